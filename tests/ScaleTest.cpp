// The bulk paths the demo and the bench write with, the summaries after many random edits, and
// keyset paging while other writes go on: each checked against plain SQL over the same file.
#include "TestSupport.h"

#include "services/DemoData.h"
#include "services/Reports.h"
#include "store/AuditLog.h"
#include "store/CustomerRepository.h"
#include "store/CustomerSearchIndex.h"
#include "store/Database.h"
#include "store/FollowUpRepository.h"
#include "store/Migrations.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"
#include "store/RevenueSummary.h"
#include "store/RowSupport.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QSet>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

// A shop of 400 customers with 3,000 orders over three years and their payments, written by the
// demo through the bulk paths.
void fillShop(Database& db)
{
    DemoData demo(7);
    demo.setYears(3);
    demo.insertCustomers(db, 400);
    demo.insertOrders(db, 3000);
    demo.insertFollowUps(db, 1500);
    demo.insertPayments(db);
}

qint64 count(Database& db, const QString& sql)
{
    return scalar(db, sql).toLongLong();
}

} // namespace

TEST_CASE("orders and payments written in bulk keep every rule of one-by-one writes", "[scale][orders][payments]")
{
    TempDb db;
    fillShop(*db);
    REQUIRE(count(*db, QStringLiteral("SELECT count(*) FROM orders")) == 3000);
    REQUIRE(count(*db, QStringLiteral("SELECT count(*) FROM payments")) > 1000);

    // Numbers: unique, and within a day they count up from 1 in time order.
    CHECK(count(*db, QStringLiteral("SELECT count(DISTINCT number) FROM orders")) == 3000);
    CHECK(count(*db, QStringLiteral("SELECT count(DISTINCT number) FROM payments")) ==
          count(*db, QStringLiteral("SELECT count(*) FROM payments")));
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM orders a JOIN orders b ON b.id = a.id + 1 "
                                    "WHERE b.order_date < a.order_date")) == 0);
    // Deposits are payments of their order, numbered after it.
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM orders WHERE deposit > 0")) ==
          count(*db, QStringLiteral("SELECT count(*) FROM payments p JOIN orders o ON o.id = p.deposit_of "
                                    "WHERE p.amount = o.deposit AND p.number = 'DJ-' || o.number")));
    // What each order has been paid is what is allocated to it, never more than its total.
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM orders o WHERE paid <> (SELECT coalesce(sum(amount), 0) "
                                    "FROM payment_allocations a WHERE a.order_id = o.id)")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM orders WHERE paid > total OR paid < 0")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM payments p WHERE unallocated <> amount - (SELECT "
                                    "coalesce(sum(amount), 0) FROM payment_allocations a WHERE a.payment_id = p.id)")) == 0);
    // Every order has its lines, a history that starts unscheduled and ends where the order is.
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_lines l "
                                    "WHERE l.order_id = o.id)")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM orders o WHERE total <> (SELECT sum(amount) FROM order_lines "
                                    "l WHERE l.order_id = o.id)")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM orders o WHERE status <> (SELECT to_status FROM "
                                    "order_status_history h WHERE h.order_id = o.id ORDER BY at DESC, id DESC LIMIT 1)")) == 0);
    // One feed entry and one audit entry per record, and the chain still verifies.
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'order' AND op = 'insert'")) == 3000);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'payment' AND op = 'insert'")) ==
          count(*db, QStringLiteral("SELECT count(*) FROM payments")));
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'follow_up' AND op = 'insert'")) == 1500);
    CHECK(AuditLog::verify(*db).ok);
    // Each customer's last contact and next plan are those of its follow-ups.
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM customers c WHERE last_contact_at <> coalesce((SELECT max(at) "
                                    "FROM follow_ups f WHERE f.customer_id = c.id), '')")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM customers c WHERE next_follow_up <> coalesce((SELECT "
                                    "min(next_date) FROM follow_ups f WHERE f.customer_id = c.id AND next_done = 0 AND "
                                    "next_date IS NOT NULL), '')")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM customers WHERE last_contact_at <> ''")) > 100);
    // The summaries are what a rebuild makes of the orders and payments.
    const QStringList kept = summaries(*db);
    RevenueSummary::rebuild(*db);
    CHECK(summaries(*db) == kept);
    // Counts that stop early say whether a list is long without walking it.
    CHECK(OrderRepository(*db).countsMoreThan(OrderFilter(), 2999));
    CHECK_FALSE(OrderRepository(*db).countsMoreThan(OrderFilter(), 3000));
    CHECK(CustomerRepository(*db).countsMoreThan(CustomerListQuery(), 399));
    CHECK_FALSE(CustomerRepository(*db).countsMoreThan(CustomerListQuery(), 400));
    CHECK(PaymentRepository(*db).count(PaymentFilter(), 10) == 10);
    CHECK(FollowUpRepository(*db).count(FollowUpFilter(), 1499) == 1499);
    CHECK(FollowUpRepository(*db).count(FollowUpFilter(), 5000) == 1500);
}

TEST_CASE("the summaries equal a rebuild after a thousand random edits", "[scale][orders][payments]")
{
    TempDb db;
    fillShop(*db);
    OrderRepository orders(*db);
    PaymentRepository payments(*db);
    QRandomGenerator random(11);
    const qint64 lastOrder = count(*db, QStringLiteral("SELECT max(id) FROM orders"));
    const qint64 lastCustomer = count(*db, QStringLiteral("SELECT max(id) FROM customers"));
    int edits = 0, refused = 0;
    // Most old orders are delivered: an edit reopens them first, as the desk would.
    auto open = [&](qint64 id) {
        Order o = orders.get(id);
        if (!OrderRules::isClosed(o.status))
            return o;
        orders.reopen(id, o.meta.version, QStringLiteral("改单"));
        return orders.get(id);
    };
    for (int i = 0; i < 1000; ++i) {
        const qint64 id = 1 + random.bounded(lastOrder);
        try {
            switch (random.bounded(6)) {
            case 0: { // prices, quantities and the deposit change
                Order o = open(id);
                o.lines[0].quantity = Quantity::fromUnits(1 + random.bounded(20));
                o.lines[0].unitPrice = Money::fromFen(100 + random.bounded(90000));
                o.deposit = random.bounded(3) == 0 ? Money::fromFen(o.total().fen() / 4 / 100 * 100) : o.deposit;
                orders.update(o);
                break;
            }
            case 1: { // another customer, another month
                Order o = open(id);
                o.customerId = 1 + random.bounded(lastCustomer);
                o.orderDate = o.orderDate.addDays(-random.bounded(90));
                orders.update(o);
                break;
            }
            case 2: {
                const Order o = orders.get(id);
                const auto to = static_cast<OrderStatus>(random.bounded(5));
                orders.setStatus(id, o.meta.version, to, QStringLiteral("测试"));
                break;
            }
            case 3:
                orders.reopen(id, orders.get(id).meta.version, QStringLiteral("返工"));
                break;
            case 4: { // a payment on account, sometimes changed, sometimes removed again
                Payment p;
                p.customerId = 1 + random.bounded(lastCustomer);
                p.paidAt = QDateTime::currentDateTimeUtc().addDays(-random.bounded(700));
                p.amount = Money::fromFen(100 * (1 + random.bounded(5000)));
                p.method = PaymentMethod::Cash;
                payments.create(p, 0, Overpayment::KeepAsCredit);
                if (random.bounded(2)) {
                    p = payments.get(p.meta.id);
                    p.amount = Money::fromFen(p.amount.fen() + 1234);
                    p.allocations.clear();
                    payments.update(p, Overpayment::KeepAsCredit);
                }
                if (random.bounded(3) == 0)
                    payments.remove(p.meta.id, payments.get(p.meta.id).meta.version);
                break;
            }
            default: { // a refund on an order that was paid
                const Order o = orders.get(id);
                const qint64 paid = count(*db, QStringLiteral("SELECT paid FROM orders WHERE id = %1").arg(id));
                if (paid <= 0) {
                    ++refused;
                    continue;
                }
                Payment p;
                p.customerId = o.customerId;
                p.paidAt = QDateTime::currentDateTimeUtc();
                p.amount = Money::fromFen(-std::min<qint64>(paid, 500));
                p.method = PaymentMethod::WeChatPay;
                p.reason = QStringLiteral("退差价");
                payments.create(p, id);
                break;
            }
            }
            ++edits;
        } catch (const StoreError&) {
            ++refused; // a closed order, a move the workflow does not allow: the rules said no
        }
    }
    INFO(edits << " edits, " << refused << " refused");
    REQUIRE(edits > 600);
    const QStringList kept = summaries(*db);
    RevenueSummary::rebuild(*db);
    CHECK(summaries(*db) == kept);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM orders o WHERE paid <> (SELECT coalesce(sum(amount), 0) "
                                    "FROM payment_allocations a WHERE a.order_id = o.id)")) == 0);
}

TEST_CASE("a review ranks the customers of a year, of a month and of any range as the orders do",
          "[scale][reports]")
{
    TempDb db;
    fillShop(*db);
    // The ten largest customers summed straight from the orders, by order date or by delivery.
    auto fromOrders = [&](const QString& first, const QString& last, BillingBasis basis) {
        const QString date =
            basis == BillingBasis::Delivery ? QStringLiteral("status_at") : QStringLiteral("order_date");
        Sql q(*db,
              QStringLiteral(
                  "SELECT customer_id, sum(total), count(*) FROM orders WHERE %1 AND strftime('%Y-%m', %2, "
                  "'localtime') BETWEEN ? AND ? GROUP BY customer_id HAVING sum(total) > 0 "
                  "ORDER BY 2 DESC, 1 LIMIT 10")
                  .arg(basis == BillingBasis::Delivery ? QStringLiteral("status = 3")
                                                       : QStringLiteral("status <> 4"),
                       date));
        q.bind(first).bind(last).exec();
        QStringList rows;
        while (q.next())
            rows.append(QStringLiteral("%1:%2:%3")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
        return rows;
    };
    auto ranked = [&](const QString& first, const QString& last, BillingBasis basis) {
        QStringList rows;
        for (const RevenueShare& s : Reports::review(*db, first, last, basis).topCustomers)
            rows.append(QStringLiteral("%1:%2:%3").arg(s.id).arg(s.billed.fen()).arg(s.orders));
        return rows;
    };
    const QString year = QString::number(QDate::currentDate().year() - 1);
    for (const BillingBasis basis : {BillingBasis::OrderDate, BillingBasis::Delivery}) {
        INFO("basis " << int(basis));
        const QStringList wholeYear =
            fromOrders(year + QStringLiteral("-01"), year + QStringLiteral("-12"), basis);
        REQUIRE(wholeYear.size() == 10);
        CHECK(ranked(year + QStringLiteral("-01"), year + QStringLiteral("-12"), basis) == wholeYear);
        CHECK(ranked(year + QStringLiteral("-03"), year + QStringLiteral("-03"), basis) ==
              fromOrders(year + QStringLiteral("-03"), year + QStringLiteral("-03"), basis));
        CHECK(ranked(year + QStringLiteral("-04"), year + QStringLiteral("-09"), basis) ==
              fromOrders(year + QStringLiteral("-04"), year + QStringLiteral("-09"), basis));
    }
    // A year's totals follow an order moved into another year and a cancelled one.
    OrderRepository orders(*db);
    const qint64 top =
        fromOrders(year + QStringLiteral("-01"), year + QStringLiteral("-12"), BillingBasis::OrderDate)
            .first()
            .section(QLatin1Char(':'), 0, 0)
            .toLongLong();
    const qint64 moved = count(
        *db, QStringLiteral("SELECT id FROM orders WHERE customer_id = %1 AND status <> 4 AND "
                            "strftime('%Y', order_date, 'localtime') = '%2' ORDER BY total DESC LIMIT 1")
                 .arg(top)
                 .arg(year));
    Order o = orders.get(moved);
    if (OrderRules::isClosed(o.status)) {
        orders.reopen(moved, o.meta.version, QStringLiteral("改单"));
        o = orders.get(moved);
    }
    o.orderDate = o.orderDate.addYears(-1);
    orders.update(o);
    CHECK(ranked(year + QStringLiteral("-01"), year + QStringLiteral("-12"), BillingBasis::OrderDate) ==
          fromOrders(year + QStringLiteral("-01"), year + QStringLiteral("-12"), BillingBasis::OrderDate));
    const QStringList kept = summaries(*db);
    RevenueSummary::rebuild(*db);
    CHECK(summaries(*db) == kept);
}

TEST_CASE("an older database gains its customers' yearly totals and the shop's daily totals",
          "[scale][reports][database][sqlite]")
{
    TempDb db;
    fillShop(*db);
    const QStringList kept = summaries(*db);
    REQUIRE(count(*db, QStringLiteral("SELECT count(*) FROM summary_customer_year")) > 300);
    REQUIRE(count(*db, QStringLiteral("SELECT count(*) FROM summary_day")) > 300);
    // As schema 12 left it: no yearly tables, no daily ones.
    db->exec(QStringLiteral("DROP TABLE summary_customer_year"));
    db->exec(QStringLiteral("DROP TABLE summary_delivered_customer_year"));
    db->exec(QStringLiteral("DROP TABLE summary_day"));
    db->exec(QStringLiteral("DROP TABLE summary_delivered_day"));
    for (const char* table : {"customers", "orders"}) {
        db->exec(QStringLiteral("DROP INDEX %1_by_campaign").arg(QLatin1String(table)));
        db->exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN campaign_id").arg(QLatin1String(table)));
    }
    for (const char* table :
         {"messages", "campaign_targets", "campaigns", "appointment_people", "appointments", "tasks",
          "service_attachments", "service_moves", "service_requests", "opportunity_lines",
          "opportunity_attachments", "negotiated_prices", "quote_lines", "quotes", "opportunity_moves",
          "opportunities", "opportunity_stages", "sales_targets"})
        db->exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table)));
    db->exec(QStringLiteral("DROP INDEX customers_by_created"));
    db->exec(QStringLiteral("DROP INDEX customers_by_owner"));
    db->exec(QStringLiteral("DROP INDEX customers_in_pool"));
    db->exec(QStringLiteral("DROP TABLE pool_moves"));
    for (const char* column : {"owner_since", "pool_since", "previous_owner", "postcode"})
        db->exec(QStringLiteral("ALTER TABLE customers DROP COLUMN %1").arg(QLatin1String(column)));
    db->exec(QStringLiteral("ALTER TABLE contacts DROP COLUMN postcode"));
    db->exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 13"));
    db.db.reset();
    db.db = std::make_unique<Database>(db.path);
    CHECK(db->schemaVersion() == Migrations::latestVersion(Migrations::ladder()));
    CHECK(summaries(*db) == kept);
}

TEST_CASE("a page anywhere in a long list, read after its nearest anchor, is the page at that offset",
          "[scale][lists]")
{
    TempDb db;
    DemoData demo(9);
    demo.insertCustomers(*db, 1500);
    demo.insertFollowUps(*db, 600);
    CustomerRepository customers(*db);
    QRandomGenerator random(13);
    // Each list as plain SQL orders it: names both ways, grades (many alike) downwards, and the
    // customers with nothing planned by name.
    struct Case
    {
        CustomerListQuery query;
        QString sql;
    };
    CustomerListQuery byName, byNameDown, byGrade, nothingPlanned;
    byNameDown.order = Qt::DescendingOrder;
    byGrade.sort = CustomerSort::Grade;
    byGrade.order = Qt::DescendingOrder;
    nothingPlanned.contact = ContactFilter::NothingPlanned;
    const Case cases[] = {
        {byName, QStringLiteral("SELECT id FROM customers WHERE archived = 0 ORDER BY name_sort, id")},
        {byNameDown,
         QStringLiteral("SELECT id FROM customers WHERE archived = 0 ORDER BY name_sort DESC, id DESC")},
        {byGrade, QStringLiteral("SELECT id FROM customers WHERE archived = 0 ORDER BY grade DESC, id DESC")},
        {nothingPlanned, QStringLiteral("SELECT id FROM customers WHERE archived = 0 AND next_follow_up = '' "
                                        "ORDER BY name_sort, id")},
    };
    for (const Case& c : cases) {
        INFO(c.sql.toStdString());
        QList<qint64> all;
        Sql q(*db, c.sql);
        q.exec();
        while (q.next())
            all.append(q.value(0).toLongLong());
        REQUIRE(all.size() > 500);
        const ListAnchors anchors = customers.anchors(c.query, 64);
        CHECK(anchors.keys.size() == all.size() / 64);
        for (int i = 0; i < 40; ++i) {
            const qint64 offset = i == 0 ? all.size() - 10 : random.bounded(static_cast<int>(all.size()));
            QList<qint64> read;
            for (const CustomerRow& r : customers.page(c.query, offset, 50, all.size(), &anchors))
                read.append(r.id);
            CHECK(read == all.mid(offset, 50));
        }
    }
    // Orders the same way: the whole history by date (as the page opens it) and by total.
    demo.insertOrders(*db, 1500);
    OrderRepository orders(*db);
    OrderListQuery byDate, byTotal;
    byDate.filter = OrderFilter();
    byTotal.filter = OrderFilter();
    byTotal.sort = OrderSort::Total;
    byTotal.order = Qt::AscendingOrder;
    const std::pair<OrderListQuery, QString> orderCases[] = {
        {byDate, QStringLiteral("SELECT id FROM orders ORDER BY order_date DESC, id DESC")},
        {byTotal, QStringLiteral("SELECT id FROM orders ORDER BY total, id")},
    };
    for (const auto& [query, sql] : orderCases) {
        INFO(sql.toStdString());
        QList<qint64> all;
        Sql q(*db, sql);
        q.exec();
        while (q.next())
            all.append(q.value(0).toLongLong());
        const ListAnchors anchors = orders.anchors(query, 100);
        CHECK(anchors.keys.size() == all.size() / 100);
        for (int i = 0; i < 30; ++i) {
            const qint64 offset = random.bounded(static_cast<int>(all.size()));
            QList<qint64> read;
            for (const OrderRow& r : orders.page(query, offset, 50, all.size(), &anchors))
                read.append(r.id);
            CHECK(read == all.mid(offset, 50));
        }
    }
}

TEST_CASE("keyset paging skips and repeats nothing while rows are inserted", "[scale][lists]")
{
    TempDb db;
    DemoData demo(3);
    demo.insertCustomers(*db, 2000);
    demo.insertOrders(*db, 2000);
    CustomerRepository customers(*db);
    OrderRepository orders(*db);
    QRandomGenerator random(5);

    SECTION("the customer list by name")
    {
        CustomerListQuery byName;
        QSet<qint64> before;
        {
            Sql q(*db, QStringLiteral("SELECT id FROM customers WHERE archived = 0"));
            q.exec();
            while (q.next())
                before.insert(q.value(0).toLongLong());
        }
        QList<CustomerRow> walked = customers.page(byName, 0, 100);
        QSet<qint64> addedAfter; // new customers that sort after the page the list was on
        while (true) {
            // Between two pages another desk adds customers anywhere in the order.
            for (int k = 0; k < 5; ++k) {
                Customer c = makeCustomer(demo.nextCustomer().name + QString::number(random.bounded(1000)));
                customers.create(c);
                const QString sort = scalar(*db, QStringLiteral("SELECT name_sort FROM customers WHERE id = %1").arg(c.meta.id))
                                         .toString();
                if (std::pair(sort, c.meta.id) > std::pair(walked.constLast().sortValue.toString(), walked.constLast().id))
                    addedAfter.insert(c.meta.id);
            }
            const QList<CustomerRow> next = customers.pageAfter(byName, walked.constLast(), 100);
            if (next.isEmpty())
                break;
            walked += next;
        }
        QSet<qint64> seen;
        int repeated = 0;
        for (const CustomerRow& r : walked)
            repeated += seen.contains(r.id) ? 1 : (seen.insert(r.id), 0);
        CHECK(repeated == 0);
        CHECK((before - seen).isEmpty());      // nobody who was there is skipped
        CHECK((addedAfter - seen).isEmpty());  // and what was added ahead of the page is reached
        CHECK(seen.size() > before.size());
        // The order holds throughout.
        for (qsizetype i = 1; i < walked.size(); ++i)
            CHECK(std::pair(walked.at(i - 1).sortValue.toString(), walked.at(i - 1).id) <
                  std::pair(walked.at(i).sortValue.toString(), walked.at(i).id));
    }

    SECTION("the order list, newest first")
    {
        OrderListQuery newest;
        const qint64 existing = count(*db, QStringLiteral("SELECT count(*) FROM orders"));
        QList<OrderRow> walked = orders.page(newest, 0, 100);
        int added = 0;
        while (true) {
            // New orders are newer than every row shown: they belong before the list's start.
            Order o;
            o.customerId = 1 + random.bounded(2000);
            OrderLine line;
            line.product = QStringLiteral("名片");
            line.quantity = Quantity::fromUnits(1);
            line.unitPrice = Money::fromFen(3850);
            o.lines.append(line);
            orders.create(o);
            ++added;
            const QList<OrderRow> next = orders.pageAfter(newest, walked.constLast(), 100);
            if (next.isEmpty())
                break;
            walked += next;
        }
        QSet<qint64> seen;
        for (const OrderRow& r : walked)
            seen.insert(r.id);
        CHECK(seen.size() == walked.size());
        CHECK(walked.size() == existing);
        CHECK(added > 10);
    }
}

TEST_CASE("a bulk write of ten thousand customers or more leaves the search index in one segment",
          "[scale][search][sqlite]")
{
    TempDb db;
    auto segments = [&] {
        return scalar(*db, QStringLiteral("SELECT count(DISTINCT segid) FROM search_fts_idx")).toLongLong();
    };
    DemoData demo(7);
    demo.insertCustomers(*db, 4000);
    const qint64 afterSmall = segments();
    CHECK(afterSmall > 1); // left to FTS5's own merging
    demo.insertCustomers(*db, 10000);
    CHECK(segments() == 1);
    // The merged index finds what it found before, and takes writes as before.
    const Customer any = CustomerRepository(*db).get(4321);
    CHECK(CustomerSearchIndex(*db).search(any.name, 50).size() >= 1);
    Customer renamed = any;
    renamed.name = QStringLiteral("独一无二图文");
    CustomerRepository(*db).update(renamed);
    CHECK(CustomerSearchIndex(*db).search(QStringLiteral("独一无二"), 5).value(0).id == any.meta.id);
    CHECK_NOTHROW(checkFullTextIndex(*db));
}
