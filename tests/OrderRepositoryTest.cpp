#include "TestSupport.h"
#include "domain/OrderJson.h"
#include "store/CatalogRepository.h"
#include "store/CustomerRepository.h"
#include "store/OrderRepository.h"

#include <QFile>
#include <QProcess>
#include <QSet>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

using Shop = OrderShop;

QDateTime at(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0)).toUTC();
}

} // namespace

TEST_CASE("an order is numbered, saved with its lines, staff and history, and read back", "[orders]")
{
    Shop shop;
    OrderRepository repo(*shop.db);
    Order o = shop.order(shop.customer, at(2026, 11, 20));
    OrderLine cards;
    cards.product = QStringLiteral("名片");
    cards.unit = QStringLiteral("盒");
    cards.quantity = Quantity::fromUnits(5);
    cards.unitPrice = Money::fromFen(3850);
    o.lines.append(cards);
    o.deposit = Money::fromFen(10000);
    repo.create(o);
    CHECK(o.number == QStringLiteral("DD20261120-001"));
    CHECK(o.meta.version == 1);

    const Order read = repo.get(o.meta.id);
    CHECK(read.number == o.number);
    CHECK(read.customerName == QStringLiteral("华彩广告"));
    CHECK(read.total().fen() == 41750);
    REQUIRE(read.lines.size() == 2);
    CHECK(read.lines.at(0).areaMilli == 9000);
    CHECK(read.lines.at(0).amount.fen() == 22500);
    CHECK(read.lines.at(1).productId == 0);
    REQUIRE(read.staff.size() == 1);
    CHECK(read.staff.at(0).name == QStringLiteral("李明"));
    CHECK(read.orderDate == o.orderDate);
    CHECK(read.due == o.due);
    const QList<StatusChange> history = repo.history(o.meta.id);
    REQUIRE(history.size() == 1);
    CHECK_FALSE(history.at(0).from);
    CHECK(history.at(0).user == QStringLiteral("tester"));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT total FROM orders")).toLongLong() == 41750);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'order'")).toInt() == 1);
    CHECK(repo.findByNumber(QStringLiteral("DD20261120-001"))->meta.id == o.meta.id);
    CHECK_FALSE(repo.findByNumber(QStringLiteral("nope")));
}

TEST_CASE("bad orders are refused whole", "[orders]")
{
    Shop shop;
    OrderRepository repo(*shop.db);
    Order o = shop.order(shop.customer, at(2026, 11, 20));
    o.due = o.orderDate.addSecs(-3600);
    o.lines[0].quantity = Quantity::fromMilli(0);
    CHECK_THROWS_AS(repo.create(o), ValidationError);
    Order ghost = shop.order(999, at(2026, 11, 20));
    CHECK_THROWS_AS(repo.create(ghost), ValidationError);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM orders")).toInt() == 0);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM counters WHERE value > 0")).toInt() == 0);
}

TEST_CASE("editing keeps line ids, and a stale save is a conflict that lists the differences", "[orders]")
{
    Shop shop;
    OrderRepository repo(*shop.db);
    Order o = shop.order(shop.customer, at(2026, 11, 20));
    repo.create(o);
    const qint64 lineId = o.lines.at(0).id;

    Order mine = repo.get(o.meta.id);
    Order theirs = repo.get(o.meta.id);
    theirs.title = QStringLiteral("店招");
    theirs.lines[0].quantity = Quantity::fromUnits(3);
    repo.update(theirs);
    CHECK(theirs.meta.version == 2);
    CHECK(repo.get(o.meta.id).lines.at(0).id == lineId);
    CHECK(repo.get(o.meta.id).total().fen() == 33750);

    mine.notes = QStringLiteral("我的备注");
    try {
        repo.update(mine);
        FAIL("a stale save must not go through");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreError::Kind::Conflict);
        CHECK(e.message().contains(QStringLiteral("tester")));
        CHECK(e.message().contains(QStringLiteral("店招")));
        CHECK(e.message().contains(QStringLiteral("我的备注")));
    }
    CHECK(repo.get(o.meta.id).notes.isEmpty());
    // The user's copy is untouched, so they can reload and enter it again.
    CHECK(mine.notes == QStringLiteral("我的备注"));
    CHECK(mine.meta.version == 1);
}

TEST_CASE("status workflow: history, cancel reason, read-only until reopened", "[orders]")
{
    Shop shop;
    OrderRepository repo(*shop.db);
    Order o = shop.order(shop.customer, at(2026, 11, 20));
    repo.create(o);
    const qint64 id = o.meta.id;

    repo.setStatus(id, 1, OrderStatus::InProduction);
    repo.setStatus(id, 2, OrderStatus::Done);
    CHECK_THROWS_AS(repo.setStatus(id, 1, OrderStatus::Delivered), StoreError); // stale version
    repo.setStatus(id, -1, OrderStatus::Delivered);
    Order delivered = repo.get(id);
    CHECK(delivered.status == OrderStatus::Delivered);

    delivered.title = QStringLiteral("改不了");
    try {
        repo.update(delivered);
        FAIL("a delivered order is read-only");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreError::Kind::Locked);
    }
    CHECK_THROWS_AS(repo.setStatus(id, -1, OrderStatus::InProduction), StoreError);

    repo.reopen(id, -1, QStringLiteral("客户要求修改"));
    CHECK(repo.get(id).status == OrderStatus::Done);
    Order reopened = repo.get(id);
    reopened.title = QStringLiteral("改好了");
    repo.update(reopened);

    CHECK_THROWS_AS(repo.setStatus(id, -1, OrderStatus::Cancelled), ValidationError);
    repo.setStatus(id, -1, OrderStatus::Cancelled, QStringLiteral("客户取消"));
    CHECK(repo.get(id).cancelReason == QStringLiteral("客户取消"));
    repo.reopen(id, -1, QStringLiteral("又要了"));
    CHECK(repo.get(id).status == OrderStatus::Unscheduled);
    CHECK(repo.get(id).cancelReason.isEmpty());

    const QList<StatusChange> h = repo.history(id);
    QList<OrderStatus> steps;
    for (const StatusChange& c : h)
        steps.append(c.to);
    CHECK(steps == QList<OrderStatus>{OrderStatus::Unscheduled, OrderStatus::InProduction, OrderStatus::Done,
                                      OrderStatus::Delivered, OrderStatus::Done, OrderStatus::Cancelled,
                                      OrderStatus::Unscheduled});
    CHECK(h.at(4).reason == QStringLiteral("客户要求修改"));
    CHECK(h.at(5).from == OrderStatus::Done);
    CHECK(h.at(5).reason == QStringLiteral("客户取消"));
}

TEST_CASE("last prices: this customer's three latest orders of the product, newest first", "[orders]")
{
    Shop shop;
    OrderRepository repo(*shop.db);
    const qint64 prices[] = {2000, 2200, 2400, 2600};
    for (int i = 0; i < 4; ++i) {
        Order o = shop.order(shop.customer, at(2026, 1 + i, 10), prices[i]);
        o.lines.append(o.lines.at(0)); // two lines of the same product: one price per order
        o.lines[1].unitPrice = Money::fromFen(1);
        repo.create(o);
    }
    Order elsewhere = shop.order(shop.other, at(2026, 6, 1), 9900);
    repo.create(elsewhere);
    Order cancelled = shop.order(shop.customer, at(2026, 7, 1), 100);
    repo.create(cancelled);
    repo.setStatus(cancelled.meta.id, -1, OrderStatus::Cancelled, QStringLiteral("x"));

    const QList<LastPrice> last = repo.lastPrices(shop.customer, QStringLiteral(" 户外喷绘布 "));
    REQUIRE(last.size() == 3);
    CHECK(last.at(0).unitPrice.fen() == 2600);
    CHECK(last.at(1).unitPrice.fen() == 2400);
    CHECK(last.at(2).unitPrice.fen() == 2200);
    CHECK(last.at(0).number == QStringLiteral("DD20260410-001"));
    CHECK(last.at(0).widthMm == 3000);
    CHECK(repo.lastPrices(shop.other, QStringLiteral("户外喷绘布")).size() == 1);
    CHECK(repo.lastPrices(shop.customer, QStringLiteral("名片")).isEmpty());
    // While editing the latest order itself, its own price is not "last".
    const qint64 latest = repo.findByNumber(QStringLiteral("DD20260410-001"))->meta.id;
    CHECK(repo.lastPrices(shop.customer, QStringLiteral("户外喷绘布"), 3, latest).at(0).unitPrice.fen() == 2400);
}

TEST_CASE("order list: filters, totals, keyset pages and positions agree with SQL", "[orders]")
{
    Shop shop;
    OrderRepository repo(*shop.db);
    const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(9, 0));
    for (int i = 0; i < 60; ++i) {
        Order o = shop.order(i % 3 ? shop.customer : shop.other, now.addDays(-i).toUTC(), 1000 + i);
        o.due = now.addDays(2 - i / 2).toUTC();
        o.urgent = i % 10 == 0;
        if (i % 4 == 0)
            o.staff.clear();
        repo.create(o);
        if (i % 5 == 0)
            repo.setStatus(o.meta.id, -1, OrderStatus::Delivered);
    }
    OrderListQuery q;
    q.filter = OrderFilter::unfinished();
    q.filter.now = now;
    const OrderTotals open = repo.totals(q.filter);
    CHECK(open.count == 48);
    CHECK(open.total.fen() == scalar(*shop.db, QStringLiteral("SELECT sum(total) FROM orders WHERE status < 3")).toLongLong());

    // Keyset pages walk the same rows as one big page, in every sort order.
    for (OrderSort sort : {OrderSort::OrderDate, OrderSort::Number, OrderSort::Customer, OrderSort::Total,
                           OrderSort::Due, OrderSort::Staff, OrderSort::Status}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            q.sort = sort;
            q.order = order;
            const QList<OrderRow> all = repo.page(q, 0, 1000);
            REQUIRE(all.size() == 48);
            QList<OrderRow> walked = repo.page(q, 0, 7);
            while (walked.size() < all.size()) {
                const QList<OrderRow> next = repo.pageAfter(q, walked.constLast(), 7);
                REQUIRE_FALSE(next.isEmpty());
                walked += next;
            }
            for (int i = 0; i < all.size(); ++i) {
                CHECK(walked.at(i).id == all.at(i).id);
                CHECK(repo.positionOf(q, all.at(i).id) == i);
            }
            // With the total known, pages past the middle are read from the end: the same rows.
            for (const int offset : {23, 24, 25, 40, 41, 47, 48}) {
                QList<qint64> expected, read;
                for (const OrderRow& r : all.mid(offset, 7))
                    expected.append(r.id);
                for (const OrderRow& r : repo.page(q, offset, 7, 48))
                    read.append(r.id);
                CHECK(read == expected);
            }
        }
    }
    q.sort = OrderSort::OrderDate;
    q.order = Qt::DescendingOrder;
    CHECK(repo.page(q, 0, 1).at(0).orderDate == now.addDays(-1).toUTC()); // today's was delivered

    OrderFilter f = q.filter;
    f.customerId = shop.other;
    CHECK(repo.totals(f).count == scalar(*shop.db, QStringLiteral("SELECT count(*) FROM orders WHERE status < 3 AND customer_id = %1").arg(shop.other)).toLongLong());
    f = q.filter;
    f.staffId = shop.designer;
    CHECK(repo.totals(f).count == 36);
    f = q.filter;
    f.urgentOnly = true;
    CHECK(repo.totals(f).count == 0); // every urgent one (i % 10 == 0) was delivered
    f = q.filter;
    f.from = QDate(2026, 11, 20);
    f.to = QDate(2026, 11, 23);
    CHECK(repo.totals(f).count == 4); // the 20th to the 23rd, none of them delivered
    f = OrderFilter();
    f.now = now;
    f.due = DueFilter::Today;
    CHECK(repo.totals(f).count == 2); // i = 4, 5: due at 9:00 today
    f.due = DueFilter::Overdue;
    CHECK(repo.totals(f).count == scalar(*shop.db, QStringLiteral("SELECT count(*) FROM orders WHERE status < 3 AND due_at < '%1'")
                                                       .arg(now.toUTC().toString(Qt::ISODateWithMs))).toLongLong());
    const auto [dueByTonight, overdue] = repo.dueTodayAndOverdue(now);
    CHECK(overdue == repo.totals(f).count);
    CHECK(dueByTonight >= overdue);
}

TEST_CASE("duplicating an order copies customer, lines and staff with fresh dates", "[orders]")
{
    Shop shop;
    OrderRepository repo(*shop.db);
    Order o = shop.order(shop.customer, at(2026, 1, 5));
    repo.create(o);
    repo.setStatus(o.meta.id, -1, OrderStatus::Delivered);
    const QDateTime now = at(2026, 11, 24);
    Order copy = OrderRules::duplicate(repo.get(o.meta.id), now);
    repo.create(copy);
    CHECK(copy.number == QStringLiteral("DD20261124-001"));
    const Order read = repo.get(copy.meta.id);
    CHECK(read.status == OrderStatus::Unscheduled);
    CHECK(read.duplicatedFrom == o.meta.id);
    CHECK(read.lines.size() == 1);
    CHECK(read.lines.at(0).id != o.lines.at(0).id);
    CHECK(read.due == now.addDays(3));
    CHECK(read.staff.size() == 1);
}

TEST_CASE("customer defaults fill contact, phone and delivery address", "[orders]")
{
    Shop shop;
    const Customer c = CustomerRepository(*shop.db).get(shop.customer);
    Order o;
    OrderRules::applyCustomerDefaults(o, c);
    CHECK(o.contactName == QStringLiteral("张三"));
    CHECK(o.phone == QStringLiteral("138 1234 5678"));
    CHECK(o.deliveryAddress == QStringLiteral("重庆市渝中区解放碑路1号"));
    o.contactName = QStringLiteral("李四");
    OrderRules::applyCustomerDefaults(o, c);
    CHECK(o.contactName == QStringLiteral("李四"));
}

TEST_CASE("two processes saving 500 orders each get 1,000 unique numbers with no gaps", "[orders][processes]")
{
    Shop shop;
    const QString path = shop.db->path();
    shop.db.db.reset();
    const QString go = shop.db.dir.filePath(QStringLiteral("go"));
    QProcess a, b;
    a.start(QStringLiteral(SHOPCRM_ORDER_WRITER), {path, QStringLiteral("500"), QStringLiteral("desk-a"), go});
    b.start(QStringLiteral(SHOPCRM_ORDER_WRITER), {path, QStringLiteral("500"), QStringLiteral("desk-b"), go});
    REQUIRE(a.waitForStarted());
    REQUIRE(b.waitForStarted());
    QFile(go).open(QIODevice::WriteOnly); // both begin now
    REQUIRE(a.waitForFinished(300000));
    REQUIRE(b.waitForFinished(300000));
    INFO(QString::fromUtf8(a.readAllStandardError() + b.readAllStandardError()).toStdString());
    REQUIRE(a.exitCode() == 0);
    REQUIRE(b.exitCode() == 0);
    QStringList numbers = QString::fromUtf8(a.readAllStandardOutput() + b.readAllStandardOutput())
                              .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(numbers.size() == 1000);
    const QSet<QString> unique(numbers.begin(), numbers.end());
    CHECK(unique.size() == 1000);
    QList<int> sequence;
    for (const QString& n : numbers) {
        REQUIRE(n.startsWith(QStringLiteral("DD20260315-")));
        sequence.append(n.mid(11).toInt());
    }
    std::sort(sequence.begin(), sequence.end());
    CHECK(sequence.constFirst() == 1);
    CHECK(sequence.constLast() == 1000); // 1,000 distinct numbers from 1 to 1,000: no gaps
    Database reopened(path);
    CHECK(scalar(reopened, QStringLiteral("SELECT count(DISTINCT number) FROM orders")).toInt() == 1000);
    CHECK(scalar(reopened, QStringLiteral("SELECT count(DISTINCT desk) FROM change_log WHERE entity = 'order'")).toInt() == 2);
    // The two desks really did take turns (each run interleaves differently; more than one switch).
    Sql desks(reopened, QStringLiteral("SELECT desk FROM change_log WHERE entity = 'order' ORDER BY seq"));
    desks.exec();
    int switches = 0;
    QString previous;
    while (desks.next()) {
        switches += !previous.isEmpty() && desks.value(0).toString() != previous;
        previous = desks.value(0).toString();
    }
    INFO("desk switches: " << switches);
    CHECK(switches > 1);
}

TEST_CASE("sorting by customer follows a rename of the customer", "[orders]")
{
    Shop shop;
    OrderRepository repo(*shop.db);
    Order a = shop.order(shop.customer, at(2026, 3, 1)); // 华彩广告 (huacai)
    Order b = shop.order(shop.other, at(2026, 3, 2));    // 鑫源装饰 (xinyuan)
    repo.create(a);
    repo.create(b);
    OrderListQuery q;
    q.sort = OrderSort::Customer;
    q.order = Qt::AscendingOrder;
    CHECK(repo.page(q, 0, 2).at(0).customer == QStringLiteral("华彩广告"));
    CustomerRepository customers(*shop.db);
    Customer renamed = customers.get(shop.customer);
    renamed.name = QStringLiteral("占位广告"); // zhanwei: now after xinyuan
    customers.update(renamed);
    const QList<OrderRow> rows = repo.page(q, 0, 2);
    CHECK(rows.at(0).customer == QStringLiteral("鑫源装饰"));
    CHECK(rows.at(1).customer == QStringLiteral("占位广告"));
}
