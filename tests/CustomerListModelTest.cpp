#include "CustomerListModel.h"
#include "services/DemoData.h"
#include "store/CustomerRepository.h"
#include "TestSupport.h"
#include "WidgetSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

TEST_CASE("the customer list model passes QAbstractItemModelTester", "[model]")
{
    TempDb db;
    DemoData(3).insertCustomers(*db, 600);
    CustomerListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 600);
    CHECK(model.columnCount() == CustomerListModel::ColumnCount);
    CHECK(model.index(0, 0).data().toString().size() > 0);
    CHECK(model.index(599, CustomerListModel::PhoneColumn).data().toString().size() > 0);
    CHECK_FALSE(model.index(600, 0).isValid());
    model.sort(CustomerListModel::UpdatedColumn, Qt::DescendingOrder);
    model.setSearch(QStringLiteral("广告"));
    CHECK(model.isSearching());
    CHECK(model.rowCount() > 0);
    CHECK(model.rowCount() <= CustomerListModel::kSearchLimit);
    model.setSearch(QString());
    model.setIncludeArchived(true);
    CHECK(model.rowCount() == 600);
}

TEST_CASE("the model reads pages on demand and keeps a bounded number", "[model]")
{
    TempDb db;
    DemoData(4).insertCustomers(*db, 3000);
    CustomerListModel model(*db);
    CHECK(model.rowCount() == 3000);
    CHECK(model.cachedPageCount() == 0); // counting reads no rows
    CustomerRepository repo(*db);
    const QList<CustomerRow> expected = repo.page(CustomerListQuery{}, 0, 3000);
    for (int row = 0; row < 3000; ++row)
        REQUIRE(model.idAt(row) == expected.at(row).id);
    CHECK(model.cachedPageCount() <= CustomerListModel::kMaxPages);
    CHECK(model.idAt(2999) == expected.constLast().id); // a jump back after eviction
    CHECK(model.idAt(0) == expected.constFirst().id);
    model.refresh(); // no pages cached: the position comes from SQL
    for (const int row : {0, 1, 777, 2999})
        CHECK(model.rowOfId(expected.at(row).id) == row);
    model.sort(CustomerListModel::UpdatedColumn, Qt::DescendingOrder);
    const qint64 someId = expected.at(1234).id;
    CHECK(model.idAt(model.rowOfId(someId)) == someId);
}

TEST_CASE("sorting the model sorts in SQL by the chosen column", "[model]")
{
    TempDb db;
    CustomerRepository repo(*db);
    for (const char* grade : {"B", "A", "C"}) {
        Customer c = makeCustomer(QStringLiteral("客户") + QString::fromLatin1(grade));
        c.grade = QString::fromLatin1(grade);
        repo.create(c);
    }
    CustomerListModel model(*db);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(CustomerListModel::GradeColumn, Qt::AscendingOrder);
    CHECK(reset.count() == 1);
    CHECK(model.index(0, CustomerListModel::GradeColumn).data().toString() == QStringLiteral("A"));
    model.sort(CustomerListModel::GradeColumn, Qt::DescendingOrder);
    CHECK(model.index(0, CustomerListModel::GradeColumn).data().toString() == QStringLiteral("C"));
    CHECK(model.data(model.index(0, 0), CustomerListModel::IdRole).toLongLong() > 0);
}

TEST_CASE("a long customer list shows its first page at once and is counted in another thread",
          "[model][customers]")
{
    TempDb db;
    DemoData(4).insertCustomers(*db, 700);
    const LongListsFrom longLists(100); // "long" starts at 100 customers here
    {
        CustomerListModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy counted(&model, &CustomerListModel::countChanged);
        CHECK(model.counting());
        CHECK(model.rowCount() == CustomerListModel::kPageSize);
        REQUIRE(counted.wait(10000));
        CHECK_FALSE(model.counting());
        CHECK(model.rowCount() == 700);
        CHECK(model.idAt(699) ==
              scalar(*db, QStringLiteral("SELECT id FROM customers ORDER BY name_sort DESC, id DESC LIMIT 1"))
                  .toLongLong());
        // A search is counted at once, as before; so is a short filter.
        model.setSearch(QStringLiteral("广告"));
        CHECK_FALSE(model.counting());
        model.setSearch({});
        CHECK(model.counting());
        model.setContactFilter(ContactFilter::FollowUpDue);
        CHECK_FALSE(model.counting());
        CHECK(model.rowCount() == 0);
        QTest::qWait(300); // the overtaken count is dropped
        CHECK(model.rowCount() == 0);
    }
}
