#include "OrderListModel.h"
#include "services/DemoData.h"
#include "store/OrderRepository.h"
#include "TestSupport.h"
#include "WidgetSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

TEST_CASE("the order list model passes QAbstractItemModelTester through filters and sorts", "[model][orders]")
{
    TempDb db;
    DemoData demo(7);
    demo.insertCustomers(*db, 80);
    demo.insertOrders(*db, 1500);
    OrderListModel model(*db);
    CHECK(model.rowCount() == 0); // nothing read before its page asks
    model.refresh();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 unfinished = scalar(*db, QStringLiteral("SELECT count(*) FROM orders WHERE status < 3")).toLongLong();
    CHECK(model.rowCount() == unfinished);
    CHECK(model.columnCount() == OrderListModel::ColumnCount);

    QSignalSpy totals(&model, &OrderListModel::totalsChanged);
    model.setFilter(OrderFilter());
    CHECK(model.rowCount() == 1500);
    CHECK(totals.count() == 1);
    CHECK(model.totals().total.fen() == scalar(*db, QStringLiteral("SELECT sum(total) FROM orders")).toLongLong());
    for (int column = 0; column < OrderListModel::ColumnCount; ++column) {
        model.sort(column, column % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        CHECK_FALSE(model.index(1499, column).data().isNull());
    }
    model.sort(OrderListModel::TotalColumn, Qt::DescendingOrder);
    CHECK(model.index(0, OrderListModel::TotalColumn).data().toString() ==
          Money::fromFen(scalar(*db, QStringLiteral("SELECT max(total) FROM orders")).toLongLong()).toString());
    // Scrolling to the end reads pages as needed and keeps a bounded number of them.
    for (int row = 0; row < model.rowCount(); row += 50)
        model.index(row, 0).data();
    CHECK(model.cachedPageCount() <= OrderListModel::kMaxPages);
    const qint64 id = model.idAt(1234);
    CHECK(model.rowOfId(id) == 1234);

    OrderFilter urgent;
    urgent.urgentOnly = true;
    model.setFilter(urgent);
    CHECK(model.rowCount() == scalar(*db, QStringLiteral("SELECT count(*) FROM orders WHERE urgent = 1")).toLongLong());
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, 0).data().toString().contains(QStringLiteral("urgent")));
}

TEST_CASE("a long order list shows its first page at once and is counted in another thread",
          "[model][orders]")
{
    TempDb db;
    DemoData demo(9);
    demo.insertCustomers(*db, 50);
    demo.insertOrders(*db, 700);
    // A shop's whole history is counted in the background; here "long" starts at 100 orders.
    const LongListsFrom longLists(100);
    {
        OrderListModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy totals(&model, &OrderListModel::totalsChanged);
        model.setFilter(OrderFilter());
        CHECK(model.counting());
        CHECK(model.rowCount() == OrderListModel::kPageSize);
        CHECK(model.idAt(0) ==
              scalar(*db, QStringLiteral("SELECT id FROM orders ORDER BY order_date DESC, id DESC LIMIT 1"))
                  .toLongLong());
        REQUIRE(totals.wait(10000));
        CHECK_FALSE(model.counting());
        CHECK(model.rowCount() == 700);
        CHECK(model.totals().count == 700);
        CHECK(model.totals().total.fen() ==
              scalar(*db, QStringLiteral("SELECT sum(total) FROM orders")).toLongLong());
        CHECK(model.idAt(699) ==
              scalar(*db, QStringLiteral("SELECT id FROM orders ORDER BY order_date, id LIMIT 1"))
                  .toLongLong());
        // A short filter is counted at once, as before.
        OrderFilter urgent;
        urgent.urgentOnly = true;
        model.setFilter(urgent);
        CHECK_FALSE(model.counting());
        CHECK(model.rowCount() ==
              scalar(*db, QStringLiteral("SELECT count(*) FROM orders WHERE urgent = 1")).toLongLong());
        // A count overtaken by another filter is dropped.
        model.setFilter(OrderFilter());
        model.setFilter(urgent);
        QTest::qWait(300);
        CHECK(model.rowCount() ==
              scalar(*db, QStringLiteral("SELECT count(*) FROM orders WHERE urgent = 1")).toLongLong());
    }
}
