#include "CampaignsDialog.h"
#include "CustomerEditorDialog.h"
#include "store/CampaignRepository.h"
#include "store/CustomerRepository.h"
#include "store/OrderRepository.h"
#include "TestSupport.h"
#include "WidgetSupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

TEST_CASE("campaigns window: a campaign typed in shows what it brought, and one in use is not deleted",
          "[ui][campaigns]")
{
    OrderShop shop;
    const QDate today = QDate::currentDate();
    CampaignsDialog dialog(*shop.db);
    dialog.setPeriod(today.addDays(-7), today);
    dialog.show();
    REQUIRE(dialog.campaignTable()->rowCount() == 0);

    whenDialogOpens(QStringLiteral("campaignEditorDialog"), [](QDialog* editor) {
        type(child<QLineEdit>(*editor, "campaignNameEdit"), QStringLiteral("门店传单"));
        child<QLineEdit>(*editor, "campaignCostEdit")->setText(QStringLiteral("150"));
        QMetaObject::invokeMethod(editor, [editor] {
            auto* save = static_cast<CampaignEditorDialog*>(editor);
            if (save->save()) editor->accept();
        });
    });
    dialog.newCampaign();
    REQUIRE(dialog.campaignTable()->rowCount() == 1);
    const Campaign c = *CampaignRepository(*shop.db).findByName(QStringLiteral("门店传单"));
    CHECK(c.cost.fen() == 15000);
    CHECK(c.startsOn == today);

    // 华彩广告 came from it (chosen in the customer's form) and orders 225.00 today.
    CustomerEditorDialog form(*shop.db, shop.customer);
    auto* campaign = child<QComboBox>(form, "campaignComboBox");
    campaign->setCurrentIndex(campaign->findData(c.meta.id));
    REQUIRE(form.save());
    CHECK(CustomerRepository(*shop.db).get(shop.customer).campaignId == c.meta.id);
    Order o = shop.order(shop.customer, QDateTime::currentDateTimeUtc());
    OrderRepository(*shop.db).create(o);
    dialog.refresh();
    QTableWidget* table = dialog.campaignTable();
    CHECK(table->item(0, 7)->text() == QStringLiteral("1"));
    CHECK(table->item(0, 8)->text().contains(QStringLiteral("225.00")));
    CHECK(table->item(0, 10)->text() == QStringLiteral("50.0 %")); // (225 − 150) ÷ 150

    table->selectRow(0);
    answerNextMessageBox(QStringLiteral("Yes"));
    answerNextMessageBox(QStringLiteral("OK"));
    dialog.deleteCampaign();
    CHECK(CampaignRepository(*shop.db).findByName(QStringLiteral("门店传单")));
}
