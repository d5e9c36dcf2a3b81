#include "DeliveryDialog.h"
#include "DocumentPrintDialog.h"
#include "TestSupport.h"
#include "WidgetSupport.h"
#include "services/Translations.h"
#include "store/DeliveryRepository.h"
#include "store/OrderRepository.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {
QString pdfText(const QString& path)
{
    return runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
}
} // namespace

TEST_CASE("the print dialog previews, changes paper and template at once, saves the template, exports PDF", "[widgets][documents]")
{
    Translations::apply(QStringLiteral("zh_CN"));
    OrderShop shop;
    Order o = shop.order(shop.customer, QDateTime(QDate(2026, 11, 20), QTime(9, 0)).toUTC());
    for (int i = 0; i < 40; ++i)
        o.lines.append(o.lines.constFirst());
    OrderRepository(*shop.db).create(o);
    DocumentPrintDialog dialog(*shop.db, OutgoingDocument::workOrder(*shop.db, o.meta.id));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QPrintPreviewWidget* preview = dialog.preview();
    const int a4Pages = preview->pageCount();
    CHECK(a4Pages >= 1);
    auto* form = dialog.findChild<QComboBox*>(QStringLiteral("formComboBox"));
    form->setCurrentIndex(form->findData(QStringLiteral("241x93")));
    CHECK(preview->pageCount() > a4Pages); // the short continuous form takes more pages

    // Rename the title and hide the material column: the preview follows, the template is saved.
    dialog.findChild<QLineEdit*>(QStringLiteral("templateTitleLineEdit"))->setText(QStringLiteral("生产单"));
    auto* columns = dialog.findChild<QTableWidget*>(QStringLiteral("templateColumnsTable"));
    for (int r = 0; r < columns->rowCount(); ++r)
        if (columns->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("material"))
            columns->item(r, 0)->setCheckState(Qt::Unchecked);
    dialog.findChild<QPushButton*>(QStringLiteral("saveTemplateButton"))->click();
    const DocumentTemplate saved = DocumentTemplate::load(*shop.db, QStringLiteral("work_order"));
    CHECK(saved.title == QStringLiteral("生产单"));
    const PrintDocument again = OutgoingDocument::workOrder(*shop.db, o.meta.id).document;
    CHECK(again.title == QStringLiteral("生产单"));
    CHECK(std::none_of(again.columns.cbegin(), again.columns.cend(),
                       [](const DocColumn& c) { return c.key == QLatin1String("material"); }));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wo.pdf"));
    REQUIRE(dialog.exportPdf(path));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("生产单")));
    CHECK_FALSE(text.contains(QStringLiteral("材质")));
    CHECK(PrintLog::printsSoFar(*shop.db, QStringLiteral("work_order"), o.meta.id) == 1);
    // An unwritable place is a clear message (answered here), not a crash or an empty file.
    Translations::apply(QStringLiteral("en"));
    answerNextMessageBox(QStringLiteral("OK"));
    CHECK_FALSE(dialog.exportPdf(QStringLiteral("/nonexistent/dir/wo.pdf")));
}

TEST_CASE("the delivery dialog makes a part delivery and refuses more than remains", "[widgets][documents]")
{
    OrderShop shop;
    Order o = shop.order(shop.customer, QDateTime(QDate(2026, 11, 20), QTime(9, 0)).toUTC());
    o.lines[0].quantity = Quantity::fromUnits(3);
    OrderRepository(*shop.db).create(o);
    {
        DeliveryDialog dialog(*shop.db, {o.meta.id});
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("deliveryLinesTable"));
        REQUIRE(table->rowCount() == 1);
        CHECK(table->item(0, 5)->text() == QStringLiteral("3"));
        table->item(0, 5)->setText(QStringLiteral("5"));
        dialog.accept();
        CHECK(dialog.slipId() == 0);
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("deliveryIssueLabel"))->text().contains(QStringLiteral("3 remain")));
        table->item(0, 5)->setText(QStringLiteral("1"));
        dialog.accept();
        CHECK(dialog.slipId() > 0);
    }
    const QList<Deliverable> left = DeliveryRepository(*shop.db).deliverables({o.meta.id});
    CHECK(left.at(0).remaining() == Quantity::fromUnits(2));
    CHECK(OrderRepository(*shop.db).get(o.meta.id).status == OrderStatus::Unscheduled);
}
