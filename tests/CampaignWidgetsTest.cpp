#include "CampaignsDialog.h"
#include "CustomerEditorDialog.h"
#include "CustomerListModel.h"
#include "CustomerListPage.h"
#include "MessageDialogs.h"
#include "OrderEditorDialog.h"
#include "RemindersPanel.h"
#include "services/Mailer.h"
#include "services/SmsGateway.h"
#include "store/CampaignRepository.h"
#include "store/CustomerRepository.h"
#include "store/OrderRepository.h"
#include "TestSupport.h"
#include "WidgetSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

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

    // An order can name the campaign itself, in its form.
    OrderEditorDialog editor(*shop.db, o.meta.id);
    auto* orderCampaign = child<QComboBox>(editor, "orderCampaignComboBox");
    orderCampaign->setCurrentIndex(orderCampaign->findData(c.meta.id));
    REQUIRE(editor.save());
    CHECK(scalar(*shop.db, QStringLiteral("SELECT campaign_id FROM orders WHERE id = %1").arg(o.meta.id))
              .toLongLong() == c.meta.id);

    table->selectRow(0);
    answerNextMessageBox(QStringLiteral("Yes"));
    answerNextMessageBox(QStringLiteral("OK"));
    dialog.deleteCampaign();
    CHECK(CampaignRepository(*shop.db).findByName(QStringLiteral("门店传单")));
}

TEST_CASE(
    "e-mail window: previews each customer's message, sends through the shop's account, resends nothing",
    "[ui][messages]")
{
    OrderShop shop;
    CustomerRepository customers(*shop.db);
    Customer c = customers.get(shop.customer);
    c.email = QStringLiteral("huacai@example.com");
    customers.update(c);
    SmtpSink sink;
    MailSettings m;
    m.host = QStringLiteral("127.0.0.1");
    m.port = sink.port;
    m.security = MailSettings::Security::None;
    m.fromAddress = QStringLiteral("shop@example.com");
    m.save(*shop.db);

    MessageDialog dialog(*shop.db, {shop.customer, shop.other});
    dialog.show();
    child<QLineEdit>(dialog, "messageSubjectEdit")->setText(QStringLiteral("{客户名称} 的订单"));
    child<QPlainTextEdit>(dialog, "messageBodyEdit")
        ->setPlainText(QStringLiteral("{联系人}您好，门头已做好。"));
    dialog.refreshDrafts();
    QTableWidget* table = dialog.recipients();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(1, 3)->text() ==
          QCoreApplication::translate("shopcrm::Messages", "No e-mail address."));
    table->setCurrentCell(0, 0);
    CHECK(child<QPlainTextEdit>(dialog, "messagePreview")
              ->toPlainText()
              .contains(QStringLiteral("张三您好，门头已做好。")));
    answerNextMessageBox(QStringLiteral("Yes"));
    REQUIRE(dialog.sendAll());
    const QJsonArray got = sink.messages();
    REQUIRE(got.size() == 1);
    CHECK(got.at(0).toObject().value(QStringLiteral("subject")).toString() ==
          QStringLiteral("华彩广告 的订单"));
    CHECK(table->item(0, 3)->text() == QCoreApplication::translate("shopcrm::MessageDialog", "Sent"));
    // Sending again from the same window goes to nobody twice.
    answerNextMessageBox(QStringLiteral("Yes"));
    REQUIRE(dialog.sendAll());
    CHECK(sink.messages().size() == 1);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM messages WHERE status = 'sent'")).toInt() ==
          1);
}

TEST_CASE("message window by text message: the template to have approved, the length, sent through the "
          "gateway, and an order's ready notice goes once",
          "[ui][messages][sms]")
{
    OrderShop shop;
    Order o = shop.order(shop.customer, QDateTime::currentDateTime());
    OrderRepository(*shop.db).create(o);
    SmsSink gateway(QStringLiteral("k"));
    SmsSettings s;
    s.accessKeyId = QStringLiteral("id");
    s.signName = QStringLiteral("华彩图文");
    s.endpoint = gateway.url();
    s.save(*shop.db, QStringLiteral("k"));
    Messages::setNotice(
        *shop.db, Notice::OrderReady,
        {QString(), QStringLiteral("{联系人}您好，订单{订单号}已完成。"), QStringLiteral("SMS_9")});

    auto openReady = [&](MessageDialog& dialog) {
        dialog.show();
        dialog.useNotice(Notice::OrderReady, o.meta.id, o.number);
    };
    MessageDialog dialog(*shop.db, {shop.customer});
    openReady(dialog);
    // Only text messages are set up: they are chosen, e-mail is not.
    CHECK(child<QCheckBox>(dialog, "messageBySmsCheck")->isChecked());
    CHECK_FALSE(child<QCheckBox>(dialog, "messageByEmailCheck")->isChecked());
    CHECK(child<QLabel>(dialog, "messageSmsHint")
              ->text()
              .contains(QStringLiteral("${contact}您好，订单${order}已完成。")));
    QTableWidget* table = dialog.recipients();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 2)->text() == QStringLiteral("13812345678"));
    table->setCurrentCell(0, 0);
    const QString expected = QStringLiteral("【华彩图文】张三您好，订单%1已完成。").arg(o.number);
    CHECK(child<QPlainTextEdit>(dialog, "messagePreview")->toPlainText().contains(expected));
    answerNextMessageBox(QStringLiteral("Yes"));
    REQUIRE(dialog.sendAll());
    CHECK(dialog.batch() == QStringLiteral("ready-") + o.number);
    REQUIRE(gateway.requests().size() == 1);
    CHECK(gateway.requests().at(0).toObject().value(QStringLiteral("TemplateCode")).toString() ==
          QStringLiteral("SMS_9"));
    CHECK(table->item(0, 3)->text() == QCoreApplication::translate("shopcrm::MessageDialog", "Sent"));

    // Another window for the same notice shows it went, and sends nothing again.
    MessageDialog again(*shop.db, {shop.customer});
    openReady(again);
    CHECK(again.recipients()->item(0, 3)->text() ==
          QCoreApplication::translate("shopcrm::MessageDialog", "Sent"));
    answerNextMessageBox(QStringLiteral("Yes"));
    REQUIRE(again.sendAll());
    CHECK(gateway.requests().size() == 1);
}

TEST_CASE("a campaign's picked customers: added from the customer list, counted and cleared in its form",
          "[ui][campaigns]")
{
    OrderShop shop;
    Campaign c;
    c.name = QStringLiteral("新年问候");
    c.channel = QStringLiteral("短信");
    c.startsOn = QDate::currentDate();
    c.endsOn = QDate::currentDate().addDays(7);
    CampaignRepository(*shop.db).create(c);

    // Customers ▸ More ▸ Add to a campaign's list…, for everyone listed (two customers).
    CustomerListPage page(*shop.db);
    page.resize(900, 500);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE_EVENTUALLY(page.model()->rowCount() == 2, 5000);
    answerNextInputDialog(QStringLiteral("新年问候"));
    answerNextMessageBox(QStringLiteral("Everyone"));
    answerNextMessageBox(QStringLiteral("OK"));
    page.addToCampaign();
    CHECK(
        scalar(*shop.db,
               QStringLiteral("SELECT count(*) FROM campaign_targets WHERE campaign_id = %1").arg(c.meta.id))
            .toInt() == 2);
    // Adding the same again picks nobody twice.
    answerNextInputDialog(QStringLiteral("新年问候"));
    answerNextMessageBox(QStringLiteral("Everyone"));
    answerNextMessageBox(QStringLiteral("OK"));
    page.addToCampaign();
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM campaign_targets")).toInt() == 2);

    // The campaign's form counts them; clearing takes them off when it is saved.
    CampaignEditorDialog form(*shop.db, CampaignRepository(*shop.db).get(c.meta.id));
    form.show();
    CHECK(child<QLabel>(form, "campaignPickedLabel")
              ->text()
              .contains(QCoreApplication::translate("shopcrm::CampaignEditorDialog",
                                                    "and %n picked customer(s)", nullptr, 2)));
    answerNextMessageBox(QStringLiteral("Yes"));
    child<QPushButton>(form, "campaignClearPickedButton")->click();
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM campaign_targets")).toInt() == 2); // not yet
    REQUIRE(form.save());
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM campaign_targets")).toInt() == 0);
}

TEST_CASE("the reminders' Tell… opens the order-ready notice for an order due, once per order",
          "[ui][messages][reminders]")
{
    OrderShop shop;
    // Ordered four days ago: due yesterday, so it is in the reminders.
    Order o = shop.order(shop.customer, QDateTime::currentDateTime().addDays(-4));
    OrderRepository(*shop.db).create(o);
    RemindersPanel panel(*shop.db);
    QSignalSpy refreshed(&panel, &RemindersPanel::refreshed);
    REQUIRE((refreshed.count() > 0 || refreshed.wait(10000)));
    auto* tell = child<QPushButton>(panel, "reminderNotifyButton");
    QTreeWidgetItem* orderItem = nullptr;
    for (int g = 0; g < panel.tree()->topLevelItemCount(); ++g)
        for (int i = 0; i < panel.tree()->topLevelItem(g)->childCount(); ++i)
            if (panel.tree()->topLevelItem(g)->child(i)->text(0).contains(o.number))
                orderItem = panel.tree()->topLevelItem(g)->child(i);
    REQUIRE(orderItem);
    panel.tree()->setCurrentItem(orderItem);
    REQUIRE(panel.current());
    CHECK(panel.current()->kind == Reminder::Kind::Order);
    CHECK(tell->isEnabled());
    QString batch;
    QString body;
    whenDialogOpens(QStringLiteral("messageDialog"), [&](QDialog* d) {
        batch = static_cast<MessageDialog*>(d)->batch();
        body = child<QPlainTextEdit>(*d, "messageBodyEdit")->toPlainText();
        d->reject();
    });
    tell->click();
    CHECK(batch == QStringLiteral("ready-") + o.number);
    CHECK(body == Messages::defaultNotice(Notice::OrderReady).body);
}
