#include "PaymentDialog.h"
#include "PaymentListPage.h"
#include "ReportsPage.h"
#include "TestSupport.h"
#include "WidgetSupport.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QPieSeries>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QValueAxis>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

TEST_CASE("a payment against an order starts at what is due and keeps more as credit when asked", "[widgets][payments]")
{
    OrderShop shop;
    Order o = shop.order(shop.customer, QDateTime::currentDateTimeUtc().addDays(-3)); // 225.00
    OrderRepository(*shop.db).create(o);
    PaymentDialog dialog(*shop.db, PaymentDialog::New{shop.customer, o.meta.id});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* amount = child<QLineEdit>(dialog, "paymentAmountLineEdit");
    CHECK(amount->text() == QStringLiteral("225.00"));
    CHECK(amount->hasFocus());
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("300"));
    CHECK(child<QLabel>(dialog, "paymentSummaryLabel")->text().contains(QStringLiteral("75.00")));
    answerNextMessageBox(QStringLiteral("Yes"));
    QTest::keyClick(amount, Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    const Payment saved = PaymentRepository(*shop.db).get(dialog.paymentId());
    CHECK(saved.amount.fen() == 30000);
    CHECK(saved.unallocated().fen() == 7500);
    CHECK(PaymentRepository(*shop.db).dueOn(o.meta.id).isZero());
}

TEST_CASE("a payment on account is spread oldest first and the spread can be changed", "[widgets][payments]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    Order older = shop.order(shop.customer, QDateTime::currentDateTimeUtc().addDays(-20)); // 225.00
    orders.create(older);
    Order newer = shop.order(shop.customer, QDateTime::currentDateTimeUtc().addDays(-2));
    orders.create(newer);
    PaymentDialog dialog(*shop.db, PaymentDialog::New{shop.customer, 0});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* amount = child<QLineEdit>(dialog, "paymentAmountLineEdit");
    QTest::keyClicks(amount, QStringLiteral("300"));
    auto* table = child<QTableWidget>(dialog, "paymentAllocationsTable");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == older.number);
    CHECK(table->item(0, 3)->text() == QStringLiteral("225.00"));
    CHECK(table->item(1, 3)->text() == QStringLiteral("75.00"));
    // The user puts it the other way round.
    table->item(0, 3)->setText(QStringLiteral("75.00"));
    table->item(1, 3)->setText(QStringLiteral("225.00"));
    dialog.save();
    CHECK(dialog.result() == QDialog::Accepted);
    const PaymentRepository payments(*shop.db);
    CHECK(payments.paidOn(older.meta.id).fen() == 7500);
    CHECK(payments.paidOn(newer.meta.id).fen() == 22500);

    // Receivables list what is still owed, largest first.
    PaymentListPage page(*shop.db);
    page.show(); // the list is read when its page is shown
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(page.model()->rowCount() == 1);
    QSignalSpy owed(&page, &PaymentListPage::receivablesShown);
    page.showReceivables();
    REQUIRE(owed.wait(10000));
    REQUIRE(page.receivables()->rowCount() == 1);
    CHECK(page.receivables()->item(0, 0)->text() == QStringLiteral("华彩广告"));
    CHECK(page.receivables()->item(0, 8)->text() == QStringLiteral("150.00"));
}

TEST_CASE("the revenue review shows the month, lists the orders behind a bar and prints and exports", "[widgets][reports]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    const QDate month(QDate::currentDate().year() - 1, 10, 1);
    for (int i = 0; i < 5; ++i) {
        Order o = shop.order(i % 2 ? shop.customer : shop.other, QDateTime(month.addDays(i * 3), QTime(10, 0)).toUTC(),
                             1000 * (i + 1));
        orders.create(o);
    }
    ReportsPage page(*shop.db);
    page.resize(1400, 900);
    QSignalSpy shown(&page, &ReportsPage::reviewShown);
    page.show();
    page.setMonth(month);
    // The review is read in another thread: the page says so until it is there.
    CHECK(child<QLabel>(page, "reviewTitleLabel")->text().contains(QStringLiteral("reading")));
    REQUIRE(shown.wait(10000));
    CHECK(shown.count() == 1); // the first read (for this month) was overtaken and dropped
    CHECK(page.review().figures.orders == 5);
    CHECK(page.review().figures.billed.fen() == 9000 * 15);
    CHECK(child<QLabel>(page, "reviewCard0")->text().contains(QStringLiteral("1,350.00")));
    CHECK(page.review().topCustomers.size() == 2);

    // A click on the bar of that month lists its orders.
    QSignalSpy spy(&page, &ReportsPage::showOrders);
    auto* trend = child<QChartView>(page, "trendChart");
    QBarSeries* bars = nullptr;
    for (QAbstractSeries* s : trend->chart()->series())
        if (auto* b = qobject_cast<QBarSeries*>(s))
            bars = b;
    REQUIRE(bars);
    emit bars->clicked(11, bars->barSets().at(0)); // the last of 12 months: the chosen one
    REQUIRE(spy.count() == 1);
    const auto filter = spy.at(0).at(0).value<OrderFilter>();
    CHECK(filter.from == month);
    CHECK(filter.to == month.addMonths(1).addDays(-1));
    OrderListQuery q;
    q.filter = filter;
    CHECK(orders.totals(q.filter).count == 5);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
    page.exportPdf(pdf);
    CHECK(runTool(QStringLiteral("pdfinfo"), {pdf}).simplified().contains(QStringLiteral("Pages: 2")));
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(text.contains(month.toString(QStringLiteral("yyyy-MM"))));
    CHECK(text.contains(QStringLiteral("1,350.00")));
    CHECK(text.contains(QStringLiteral("鑫源装饰")));
    const QString xlsx = dir.filePath(QStringLiteral("review.xlsx"));
    page.exportFigures(xlsx);
    const QString sheet = firstSheet(xlsx);
    CHECK(sheet.contains(QStringLiteral("<v>1350</v>")));
}

TEST_CASE("the review of the month in progress compares the same days, with amounts on the axis in thousands",
          "[payments][reports][widgets]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    // 9 m² at 1,500.00: 13,500.00 today.
    Order o = shop.order(shop.customer, QDateTime::currentDateTimeUtc(), 150000);
    orders.create(o);
    ReportsPage page(*shop.db);
    page.resize(1400, 900);
    QSignalSpy shown(&page, &ReportsPage::reviewShown);
    page.show();
    page.setMonth(QDate::currentDate());
    REQUIRE(shown.wait(10000));
    const QDate today = QDate::currentDate();
    const bool lastDay = today.day() == today.daysInMonth();
    CHECK(page.review().through.isValid() == !lastDay);
    if (!lastDay) {
        CHECK(child<QLabel>(page, "reviewTitleLabel")
                  ->text()
                  .contains(QStringLiteral("against the same days")));
        CHECK(child<QLabel>(page, "reviewCard0")->text().contains(QStringLiteral("vs the same days before")));
        CHECK(
            child<QLabel>(page, "reviewCard0")->toolTip().contains(today.toString(QStringLiteral("MM-dd"))));
    }
    auto* trend = child<QChartView>(page, "trendChart");
    const QList<QAbstractAxis*> axes = trend->chart()->axes(Qt::Vertical);
    REQUIRE(axes.size() == 1);
    CHECK(axes.at(0)->titleText() == QStringLiteral("thousand yuan"));
    CHECK(static_cast<QValueAxis*>(axes.at(0))->max() >= 13.5);
    CHECK(static_cast<QValueAxis*>(axes.at(0))->max() < 100);
}
