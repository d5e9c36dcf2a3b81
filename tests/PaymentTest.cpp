#include "TestSupport.h"

#include "services/Exports.h"
#include "services/Reports.h"
#include "store/CatalogRepository.h"
#include "store/CustomerRepository.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"
#include "store/ReminderRepository.h"
#include "store/RevenueSummary.h"
#include "store/RowSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

QDateTime local(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min)).toUTC();
}

Payment payment(qint64 customer, qint64 fen, const QDateTime& at, PaymentMethod method = PaymentMethod::BankTransfer)
{
    Payment p;
    p.customerId = customer;
    p.amount = Money::fromFen(fen);
    p.paidAt = at;
    p.method = method;
    return p;
}

qint64 paidOn(Database& db, qint64 order)
{
    return scalar(db, QStringLiteral("SELECT paid FROM orders WHERE id = %1").arg(order)).toLongLong();
}


} // namespace

TEST_CASE("payments settle orders, and a deposit is a payment", "[payments]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    PaymentRepository payments(*shop.db);
    Order first = shop.order(shop.customer, local(2026, 10, 5)); // 225.00
    first.deposit = Money::fromFen(5000);
    orders.create(first);
    Order second = shop.order(shop.customer, local(2026, 10, 20)); // 225.00
    orders.create(second);

    // The deposit is a payment of its order.
    CHECK(paidOn(*shop.db, first.meta.id) == 5000);
    CHECK(payments.dueOn(first.meta.id).fen() == 17500);
    REQUIRE(payments.count({}) == 1);
    const PaymentRow deposit = payments.page({}, 0, 1).at(0);
    CHECK(deposit.deposit);
    CHECK(deposit.number == QStringLiteral("DJ-") + first.number);
    // Changing the deposit on the order changes the payment; a deposit cannot be deleted by itself.
    first = orders.get(first.meta.id);
    first.deposit = Money::fromFen(8000);
    orders.update(first);
    CHECK(paidOn(*shop.db, first.meta.id) == 8000);
    CHECK_THROWS_AS(payments.remove(deposit.id, payments.get(deposit.id).meta.version), StoreError);

    // Against one order: partly paid.
    Payment part = payment(shop.customer, 10000, local(2026, 11, 1));
    payments.create(part, first.meta.id);
    CHECK(paidOn(*shop.db, first.meta.id) == 18000);
    CHECK(PaymentRules::state(Money::fromFen(22500), Money::fromFen(18000)) == PaidState::PartlyPaid);

    // More than is due on it: refused and nothing saved, or kept as credit when asked.
    Payment over = payment(shop.customer, 10000, local(2026, 11, 2));
    try {
        payments.create(over, first.meta.id);
        FAIL("saved");
    } catch (const ValidationError& e) {
        CHECK(e.issues().at(0).field == QStringLiteral("overpayment"));
        CHECK(e.message().contains(QStringLiteral("45.00")));
    }
    CHECK(payments.count({}) == 2);
    CHECK(paidOn(*shop.db, first.meta.id) == 18000);
    payments.create(over, first.meta.id, Overpayment::KeepAsCredit);
    CHECK(paidOn(*shop.db, first.meta.id) == 22500);
    CHECK(payments.get(over.meta.id).unallocated().fen() == 5500);

    // On account: the oldest unpaid order first.
    Payment onAccount = payment(shop.customer, 20000, local(2026, 11, 3), PaymentMethod::WeChatPay);
    payments.create(onAccount);
    CHECK(paidOn(*shop.db, second.meta.id) == 20000);
    const CustomerBalance balance = payments.balance(shop.customer);
    CHECK(balance.billed.fen() == 45000);
    CHECK(balance.received.fen() == 8000 + 10000 + 10000 + 20000);
    CHECK(balance.balance().fen() == -3000); // 30.00 credit

    // A refund needs a reason, gives back at most what was paid, and reduces what the order has.
    Payment refund = payment(shop.customer, -5000, local(2026, 11, 4), PaymentMethod::Cash);
    CHECK_THROWS_AS(payments.create(refund, second.meta.id), ValidationError);
    refund.reason = QStringLiteral("少做了一块");
    payments.create(refund, second.meta.id);
    CHECK(paidOn(*shop.db, second.meta.id) == 15000);
    Payment tooMuch = payment(shop.customer, -1000000, local(2026, 11, 4));
    tooMuch.reason = QStringLiteral("x");
    CHECK_THROWS_AS(payments.create(tooMuch), ValidationError);

    // A date in the future is refused.
    Payment future = payment(shop.customer, 100, QDateTime::currentDateTimeUtc().addDays(2));
    CHECK_THROWS_AS(payments.create(future), ValidationError);
    CHECK(payments.count({}) == 5);

    // Deleting a payment takes it off its orders; the audit keeps it.
    payments.remove(onAccount.meta.id, payments.get(onAccount.meta.id).meta.version);
    CHECK(paidOn(*shop.db, second.meta.id) == -5000);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'payment' AND op = 'delete'"))
              .toInt() == 1);

    // An order with payments from its customer cannot move to another customer.
    Order moved = orders.get(first.meta.id);
    moved.customerId = shop.other;
    CHECK_THROWS_AS(orders.update(moved), ValidationError);
}

TEST_CASE("the revenue summaries stay equal to a rebuild through edits, cancellations and deletions", "[payments]")
{
    OrderShop shop;
    CatalogRepository catalog(*shop.db);
    ProductCategory signs;
    signs.name = QStringLiteral("招牌");
    const qint64 category = catalog.createCategory(signs);
    Product sign;
    sign.name = QStringLiteral("发光字");
    sign.unit = QStringLiteral("个");
    sign.unitPrice = Money::fromFen(12000);
    sign.categoryId = category;
    const qint64 signProduct = catalog.createProduct(sign);
    OrderRepository orders(*shop.db);
    PaymentRepository payments(*shop.db);
    QRandomGenerator random(7);
    QList<qint64> ids;
    for (int i = 0; i < 60; ++i) {
        const qint64 customer = i % 3 ? shop.customer : shop.other;
        // October 2025 to January 2026.
        const QDate day = QDate(2025, 10, 1).addMonths(i % 4).addDays(i % 28);
        Order o = shop.order(customer, QDateTime(day, QTime(9 + i % 10, 0)).toUTC(), 1000 + int(random.bounded(3000u)));
        if (i % 4 == 1) {
            OrderLine l;
            l.productId = signProduct;
            l.product = sign.name;
            l.quantity = Quantity::fromUnits(1 + i % 3);
            l.unitPrice = Money::fromFen(12000);
            o.lines.append(l);
        }
        if (i % 5 == 0)
            o.deposit = Money::fromFen(1000);
        if (i % 7 == 0)
            o.staff.clear();
        ids.append(orders.create(o));
    }
    for (int i = 0; i < 60; i += 6) {
        Order o = orders.get(ids.at(i));
        o.lines[0].unitPrice = Money::fromFen(500 + i);
        o.orderDate = o.orderDate.addDays(25); // into the next month
        o.due = o.orderDate.addDays(3);
        o.deposit = Money();
        orders.update(o);
    }
    for (int i = 2; i < 60; i += 9)
        orders.setStatus(ids.at(i), -1, OrderStatus::Cancelled, QStringLiteral("客户取消"));
    orders.reopen(ids.at(2), -1, QStringLiteral("又要了"));
    for (int i = 3; i < 60; i += 4)
        if (orders.get(ids.at(i)).status != OrderStatus::Cancelled)
            orders.setStatus(ids.at(i), -1, OrderStatus::Delivered);
    orders.reopen(ids.at(7), -1, QStringLiteral("返工"));
    for (int i = 0; i < 20; ++i) {
        Payment p = payment(i % 2 ? shop.customer : shop.other, 5000 + i * 100, local(2025, 12, 1 + i));
        payments.create(p, 0, Overpayment::KeepAsCredit);
        if (i % 4 == 0) {
            p.amount = Money::fromFen(p.amount.fen() + 777);
            p.paidAt = local(2026, 1, 3);
            p.allocations.clear();
            payments.update(p, Overpayment::KeepAsCredit);
        }
        if (i % 5 == 0)
            payments.remove(p.meta.id, payments.get(p.meta.id).meta.version);
    }
    Payment refund = payment(shop.customer, -3000, local(2026, 1, 10));
    refund.reason = QStringLiteral("退差价");
    payments.create(refund);

    const QStringList kept = summaries(*shop.db);
    REQUIRE(!kept.isEmpty());
    RevenueSummary::rebuild(*shop.db);
    CHECK(summaries(*shop.db) == kept);
}

TEST_CASE("the review's figures match independent queries, months split at local midnight", "[payments][reports]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    PaymentRepository payments(*shop.db);
    // 23:59 on 31 January and 00:00 on 1 February (local) fall in different months; so do
    // 31 December and 1 January.
    auto add = [&](qint64 customer, const QDateTime& when, qint64 pricePerM2) {
        Order o = shop.order(customer, when, pricePerM2);
        return orders.create(o);
    };
    add(shop.customer, local(2026, 1, 31, 23, 59), 1000); // 9 m² × 10.00
    add(shop.customer, local(2026, 2, 1, 0, 0), 2000);
    add(shop.other, local(2025, 12, 31, 23, 30), 3000);
    add(shop.other, local(2026, 1, 1, 0, 30), 4000);
    Order cancelled = shop.order(shop.other, local(2026, 2, 10), 9000);
    orders.create(cancelled);
    orders.setStatus(cancelled.meta.id, -1, OrderStatus::Cancelled, QStringLiteral("不要了"));
    Payment jan = payment(shop.other, 20000, local(2026, 1, 31, 23, 0));
    payments.create(jan, 0, Overpayment::KeepAsCredit);
    Payment feb = payment(shop.customer, 5000, local(2026, 2, 1, 8, 0));
    payments.create(feb);
    Payment refund = payment(shop.other, -2000, local(2026, 2, 2));
    refund.reason = QStringLiteral("质量问题");
    payments.create(refund);

    // Independent: straight from orders and payments with local month boundaries.
    auto billed = [&](int y, int m) {
        const QDate start(y, m, 1);
        return Sql(*shop.db, QStringLiteral("SELECT coalesce(sum(total), 0) FROM orders WHERE status <> 4 AND "
                                            "order_date >= ? AND order_date < ?"))
            .bind(utcText(start.startOfDay())).bind(utcText(start.addMonths(1).startOfDay()))
            .scalar().toLongLong();
    };
    auto received = [&](int y, int m) {
        const QDate start(y, m, 1);
        return Sql(*shop.db, QStringLiteral("SELECT coalesce(sum(amount), 0) FROM payments WHERE paid_at >= ? AND "
                                            "paid_at < ?"))
            .bind(utcText(start.startOfDay())).bind(utcText(start.addMonths(1).startOfDay()))
            .scalar().toLongLong();
    };
    const QList<PeriodFigures> months = Reports::months(*shop.db, QStringLiteral("2025-12"), QStringLiteral("2026-02"));
    REQUIRE(months.size() == 3);
    qint64 outstanding = 0;
    const int ym[3][2] = {{2025, 12}, {2026, 1}, {2026, 2}};
    for (int i = 0; i < 3; ++i) {
        CHECK(months.at(i).billed.fen() == billed(ym[i][0], ym[i][1]));
        CHECK(months.at(i).received.fen() == received(ym[i][0], ym[i][1]));
        outstanding += billed(ym[i][0], ym[i][1]) - received(ym[i][0], ym[i][1]);
        CHECK(months.at(i).outstanding.fen() == outstanding);
    }
    CHECK(months.at(0).billed.fen() == 27000);
    CHECK(months.at(0).orders == 1);
    CHECK(months.at(1).orders == 2);
    CHECK(months.at(2).orders == 1); // the cancelled order is left out
    CHECK(months.at(2).received.fen() == 3000); // the refund is taken off

    const Review review = Reports::review(*shop.db, QStringLiteral("2026-01"), QStringLiteral("2026-01"));
    CHECK(review.figures.billed == months.at(1).billed);
    CHECK(review.previous.billed == months.at(0).billed);
    CHECK(review.figures.average().fen() == months.at(1).billed.fen() / 2);
    REQUIRE(review.topCustomers.size() == 2);
    CHECK(review.topCustomers.at(0).billed.fen() ==
          Sql(*shop.db, QStringLiteral("SELECT max(t) FROM (SELECT sum(total) t FROM orders WHERE status <> 4 AND "
                                       "order_date >= ? AND order_date < ? GROUP BY customer_id)"))
              .bind(utcText(QDate(2026, 1, 1).startOfDay())).bind(utcText(QDate(2026, 2, 1).startOfDay()))
              .scalar().toLongLong());
    REQUIRE(review.staff.size() == 1);
    CHECK(review.staff.at(0).name == QStringLiteral("李明"));
    CHECK(review.staff.at(0).orders == 2);
    REQUIRE(review.categories.size() == 1);
    CHECK(review.categories.at(0).billed == review.figures.billed);
    CHECK(review.trend.size() == 12);
    CHECK(review.trend.constLast().first == QStringLiteral("2026-01"));

    // The year view is the sum of its months.
    const PeriodFigures year = Reports::figures(*shop.db, QStringLiteral("2026-01"), QStringLiteral("2026-12"));
    CHECK(year.billed == months.at(1).billed + months.at(2).billed);

    // Day-range reports read the orders themselves.
    const QList<RevenueShare> byCustomer = Reports::byCustomer(*shop.db, QDate(2026, 1, 1), QDate(2026, 1, 31));
    REQUIRE(byCustomer.size() == 2);
    CHECK(byCustomer.at(0).billed == review.topCustomers.at(0).billed);
    CHECK(Reports::byProduct(*shop.db, QDate(2026, 2, 1), QDate(2026, 2, 28)).at(0).name == QStringLiteral("户外喷绘布"));
}

TEST_CASE("a period in progress is compared with the same days before and a year earlier",
          "[payments][reports]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    PaymentRepository payments(*shop.db);
    // Each order is 9 m² at the price: 1000 → 90.00.
    auto add = [&](const QDateTime& when, qint64 price) {
        Order o = shop.order(shop.customer, when, price);
        orders.create(o);
        return o.meta.id;
    };
    add(local(2025, 12, 1), 5000);
    add(local(2025, 12, 20), 1000);
    add(local(2026, 11, 1, 0, 5), 1000);
    add(local(2026, 11, 15, 23, 55), 2000);
    add(local(2026, 11, 30), 3000);
    add(local(2026, 12, 1, 9), 4000);
    add(local(2026, 12, 15), 1000);
    add(local(2027, 2, 28), 1000);
    add(local(2027, 3, 1), 2000);
    Payment november = payment(shop.customer, 5000, local(2026, 11, 1, 12));
    payments.create(november);
    Payment december = payment(shop.customer, 2000, local(2026, 12, 1, 12));
    payments.create(december);

    // Independent: the orders and payments of those local days, straight from the tables.
    auto between = [&](const QString& sql, const QDate& from, const QDate& to) {
        return Sql(*shop.db, sql)
            .bind(utcText(from.startOfDay()))
            .bind(utcText(to.addDays(1).startOfDay()))
            .scalar()
            .toLongLong();
    };
    auto billed = [&](const QDate& from, const QDate& to) {
        return between(
            QStringLiteral("SELECT coalesce(sum(total), 0) FROM orders WHERE status <> 4 AND order_date >= ? "
                           "AND order_date < ?"),
            from, to);
    };
    auto received = [&](const QDate& from, const QDate& to) {
        return between(
            QStringLiteral(
                "SELECT coalesce(sum(amount), 0) FROM payments WHERE paid_at >= ? AND paid_at < ?"),
            from, to);
    };
    const QDate dawn(2000, 1, 1);
    auto check = [&](const PeriodFigures& f, const QDate& from, const QDate& to) {
        CHECK(f.fromDay == from);
        CHECK(f.toDay == to);
        CHECK(f.billed.fen() == billed(from, to));
        CHECK(f.received.fen() == received(from, to));
        CHECK(f.outstanding.fen() == billed(dawn, to) - received(dawn, to));
    };

    SECTION("on the first of the month, one day against one day")
    {
        const Review r = Reports::review(*shop.db, QStringLiteral("2026-12"), QStringLiteral("2026-12"),
                                         BillingBasis::OrderDate, QDate(2026, 12, 1));
        CHECK(r.through == QDate(2026, 12, 1));
        check(r.figures, QDate(2026, 12, 1), QDate(2026, 12, 1));
        check(r.previous, QDate(2026, 11, 1), QDate(2026, 11, 1));
        check(r.lastYear, QDate(2025, 12, 1), QDate(2025, 12, 1));
        CHECK(r.figures.billed.fen() == 36000);
        CHECK(r.previous.billed.fen() == 9000); // not the whole of November (540.00)
        CHECK(r.lastYear.billed.fen() == 45000);
        CHECK(r.figures.received.fen() == 2000);
        CHECK(r.previous.received.fen() == 5000);
        CHECK(Reports::daysName(r.previous) == QStringLiteral("2026-11-01"));
    }
    SECTION("in the middle of the month, the 15th ends at local midnight")
    {
        const Review r = Reports::review(*shop.db, QStringLiteral("2026-12"), QStringLiteral("2026-12"),
                                         BillingBasis::OrderDate, QDate(2026, 12, 15));
        check(r.figures, QDate(2026, 12, 1), QDate(2026, 12, 15));
        check(r.previous, QDate(2026, 11, 1), QDate(2026, 11, 15));
        check(r.lastYear, QDate(2025, 12, 1), QDate(2025, 12, 15));
        CHECK(r.previous.billed.fen() == 27000); // 1 and 15 November, the second at 23:55
        CHECK(r.previous.orders == 2);
        CHECK(Reports::daysName(r.previous) == QStringLiteral("2026-11-01 – 11-15"));
    }
    SECTION("on its last day a month is complete and compared whole")
    {
        const Review r = Reports::review(*shop.db, QStringLiteral("2026-12"), QStringLiteral("2026-12"),
                                         BillingBasis::OrderDate, QDate(2026, 12, 31));
        CHECK_FALSE(r.through.isValid());
        CHECK(r.previous.billed.fen() == billed(QDate(2026, 11, 1), QDate(2026, 11, 30)));
        CHECK(r.previous.billed.fen() == 54000);
        CHECK_FALSE(r.previous.fromDay.isValid());
    }
    SECTION("the 30th of March is compared with no more than February has")
    {
        const Review r = Reports::review(*shop.db, QStringLiteral("2027-03"), QStringLiteral("2027-03"),
                                         BillingBasis::OrderDate, QDate(2027, 3, 30));
        check(r.previous, QDate(2027, 2, 1), QDate(2027, 2, 28));
        CHECK(r.previous.billed.fen() == 9000);
    }
    SECTION("a year in progress, to the same day of the year before")
    {
        const Review r = Reports::review(*shop.db, QStringLiteral("2026-01"), QStringLiteral("2026-12"),
                                         BillingBasis::OrderDate, QDate(2026, 12, 1));
        check(r.figures, QDate(2026, 1, 1), QDate(2026, 12, 1));
        check(r.previous, QDate(2025, 1, 1), QDate(2025, 12, 1));
        check(r.lastYear, QDate(2025, 1, 1), QDate(2025, 12, 1));
        CHECK(r.previous.billed.fen() == 45000); // 20 December 2025 is not yet comparable
    }
    SECTION("by delivery date, delivered orders by the day they were delivered")
    {
        const qint64 early = add(local(2026, 11, 2), 1000);
        orders.setStatus(early, -1, OrderStatus::Delivered);
        const QDate deliveredOn = orders.get(early).statusAt.toLocalTime().date();
        const PeriodFigures f = Reports::days(*shop.db, deliveredOn, deliveredOn, BillingBasis::Delivery);
        const qint64 delivered =
            between(QStringLiteral("SELECT coalesce(sum(total), 0) FROM orders WHERE status = 3 AND "
                                   "status_at >= ? AND status_at < ?"),
                    deliveredOn, deliveredOn);
        CHECK(delivered == 9000);
        CHECK(f.billed.fen() == delivered);
        CHECK(f.orders == 1);
    }
    const QStringList kept = summaries(*shop.db);
    RevenueSummary::rebuild(*shop.db);
    CHECK(summaries(*shop.db) == kept);
}

TEST_CASE("receivables are aged by each customer's payment terms", "[payments][reports]")
{
    OrderShop shop;
    CustomerRepository customers(*shop.db);
    Customer monthly = customers.get(shop.other);
    monthly.paymentTerms = PaymentTerms::MonthlyAccount;
    monthly.paymentDays = 30;
    customers.update(monthly);
    OrderRepository orders(*shop.db);
    const QDate today(2026, 11, 24);
    auto at = [&](int daysAgo) { return QDateTime(today.addDays(-daysAgo), QTime(10, 0)).toUTC(); };
    Order a = shop.order(shop.customer, at(10), 1000); // cash on delivery, 10 days past due
    orders.create(a);
    Order b = shop.order(shop.customer, at(45), 1000);
    orders.create(b);
    Order c = shop.order(shop.customer, at(200), 1000);
    orders.create(c);
    // Monthly account, 30 days: an order of 15 October is due on 30 November: not due yet.
    Order d = shop.order(shop.other, QDateTime(QDate(2026, 10, 15), QTime(10, 0)).toUTC(), 1000);
    orders.create(d);
    // Paid in full: not a receivable.
    Order e = shop.order(shop.customer, at(5), 1000);
    e.deposit = Money::fromFen(9000); // the whole 90.00
    orders.create(e);

    const QList<AgingRow> rows = PaymentRepository(*shop.db).receivables(today);
    REQUIRE(rows.size() == 2);
    const AgingRow& cod = rows.at(0).customerId == shop.customer ? rows.at(0) : rows.at(1);
    const AgingRow& account = rows.at(0).customerId == shop.customer ? rows.at(1) : rows.at(0);
    CHECK(cod.days0to30.fen() == 9000);
    CHECK(cod.days31to60.fen() == 9000);
    CHECK(cod.over90.fen() == 9000);
    CHECK(cod.daysPastDue == 200);
    CHECK(cod.total().fen() == 27000);
    CHECK(account.notDue.fen() == 9000);
    CHECK(account.pastDue().isZero());

    // A payment on account not allocated (more than was due) shows as credit.
    PaymentRepository payments(*shop.db);
    Payment p = payment(shop.customer, 30000, at(1));
    payments.create(p, 0, Overpayment::KeepAsCredit);
    CHECK(PaymentRepository(*shop.db).receivables(today).size() == 1);
}

TEST_CASE("receivables as of a past day leave out later orders and later payments", "[payments][reports]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    PaymentRepository payments(*shop.db);
    const QDate today(2026, 11, 24);
    auto at = [&](int daysAgo) { return QDateTime(today.addDays(-daysAgo), QTime(10, 0)).toUTC(); };
    // Each order is 9 m² at 10.00: 90.00.
    Order a = shop.order(shop.customer, at(40), 1000);
    orders.create(a);
    Order b = shop.order(shop.customer, at(5), 1000); // after the day asked about
    orders.create(b);
    Order c = shop.order(shop.other, at(20), 1000);
    orders.create(c);
    Order e = shop.order(shop.customer, at(40), 1000);
    e.deposit = Money::fromFen(9000); // paid in full when taken
    orders.create(e);
    Payment p1 = payment(shop.customer, 5000, at(30));
    payments.create(p1, a.meta.id);
    Payment p2 = payment(shop.customer, 4000, at(3)); // settles A after the day asked about
    payments.create(p2, a.meta.id);
    Payment p3 = payment(shop.other, 20000, at(2)); // pays C; 110.00 is credit
    payments.create(p3, 0, Overpayment::KeepAsCredit);
    Payment refund = payment(shop.customer, -3000, at(2)); // 30.00 of E given back later
    refund.reason = QStringLiteral("质量问题");
    payments.create(refund, e.meta.id);

    // Ten days ago: A owed 40.00 (30 days past due), C 90.00 (10 days); B not yet taken, E paid,
    // no credit yet.
    const QList<AgingRow> then = payments.receivables(today.addDays(-10));
    REQUIRE(then.size() == 2);
    CHECK(then.at(0).customerId == shop.other);
    CHECK(then.at(0).days0to30.fen() == 9000);
    CHECK(then.at(0).credit.isZero());
    CHECK(then.at(1).customerId == shop.customer);
    CHECK(then.at(1).total().fen() == 4000);
    CHECK(then.at(1).days0to30.fen() == 4000);
    CHECK(then.at(1).daysPastDue == 30);

    // Today: A is settled, B owes 90.00 and E the 30.00 refunded; the other customer's credit
    // outweighs what it owes.
    const QList<AgingRow> now = payments.receivables(today);
    REQUIRE(now.size() == 1);
    CHECK(now.at(0).customerId == shop.customer);
    CHECK(now.at(0).total().fen() == 12000);
    CHECK(now.at(0).daysPastDue == 40);

    // The command line asks for the same day.
    const CliRun run = runCli({QStringLiteral("--db"), shop.db.path, QStringLiteral("report"),
                               QStringLiteral("receivables"), QStringLiteral("--date"),
                               today.addDays(-10).toString(Qt::ISODate), QStringLiteral("--json")});
    REQUIRE(run.status == 0);
    const QJsonArray cli = run.json().array();
    REQUIRE(cli.size() == 2);
    CHECK(cli.at(1).toObject().value(QStringLiteral("total")).toString() == QStringLiteral("40.00"));
}

TEST_CASE("a balance past its terms is a reminder until it is paid or marked done", "[payments][reminders]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    const QDate today = QDate::currentDate();
    Order o = shop.order(shop.customer, QDateTime(today.addDays(-40), QTime(10, 0)).toUTC(), 1000);
    orders.create(o);
    ReminderRepository reminders(*shop.db);
    ReminderList list = reminders.due();
    REQUIRE(list.balances.size() == 1);
    CHECK(list.balances.at(0).customer == QStringLiteral("华彩广告"));
    CHECK(list.balances.at(0).amount.fen() == 9000);
    CHECK(list.balances.at(0).daysLate == 40);
    reminders.snooze(list.balances.at(0), today.addDays(2));
    CHECK(reminders.due().balances.isEmpty());
    CHECK(reminders.due(QDateTime(today.addDays(3), QTime(9, 0)).toUTC()).balances.size() == 1);
    Payment p = payment(shop.customer, 9000, QDateTime::currentDateTimeUtc());
    PaymentRepository(*shop.db).create(p, o.meta.id);
    CHECK(reminders.due(QDateTime(today.addDays(3), QTime(9, 0)).toUTC()).balances.isEmpty());
}

TEST_CASE("export: payments as XLSX with amounts as numbers", "[payments][export]")
{
    OrderShop shop;
    Order o = shop.order(shop.customer, local(2026, 10, 5));
    OrderRepository(*shop.db).create(o);
    Payment p = payment(shop.customer, 123456, local(2026, 10, 9, 15, 30));
    p.reference = QStringLiteral("转账 0088");
    PaymentRepository(*shop.db).create(p, 0, Overpayment::KeepAsCredit);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("payments.xlsx"));
    CHECK(Exports::payments(*shop.db, {}, path) == 1);
    const QString sheet = firstSheet(path);
    CHECK(sheet.contains(QStringLiteral("<v>1234.56</v>")));  // the amount, a number
    CHECK(sheet.contains(QStringLiteral("<v>1009.56</v>")));  // the credit: 1,234.56 less the 225.00 due
    CHECK(sheet.contains(QStringLiteral("转账 0088")));
    CHECK(sheet.contains(o.number));
}

TEST_CASE("billed by delivery date counts delivered orders in the month they were delivered", "[payments][reports]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    auto delivered = [&](const QDateTime& taken, const QDateTime& deliveredAt, qint64 price) {
        Order o = shop.order(shop.customer, taken, price);
        o.status = OrderStatus::Delivered;
        orders.create(o, {{taken, QStringLiteral("王丽"), QStringLiteral("desk"), std::nullopt, OrderStatus::Unscheduled, {}},
                          {deliveredAt, QStringLiteral("王丽"), QStringLiteral("desk"), OrderStatus::Unscheduled,
                           OrderStatus::Delivered, {}}});
        return o.meta.id;
    };
    // Taken in January, delivered at 23:59 on 31 January and at 00:00 on 1 February.
    delivered(local(2026, 1, 10), local(2026, 1, 31, 23, 59), 1000);
    const qint64 late = delivered(local(2026, 1, 20), local(2026, 2, 1, 0, 0), 2000);
    Order open = shop.order(shop.customer, local(2026, 1, 25), 3000); // taken, not delivered
    orders.create(open);

    auto independent = [&](int y, int m) {
        const QDate start(y, m, 1);
        return Sql(*shop.db, QStringLiteral("SELECT coalesce(sum(total), 0) FROM orders WHERE status = 3 AND "
                                            "status_at >= ? AND status_at < ?"))
            .bind(utcText(start.startOfDay())).bind(utcText(start.addMonths(1).startOfDay()))
            .scalar().toLongLong();
    };
    const QList<PeriodFigures> byDelivery =
        Reports::months(*shop.db, QStringLiteral("2026-01"), QStringLiteral("2026-02"), BillingBasis::Delivery);
    CHECK(byDelivery.at(0).billed.fen() == independent(2026, 1));
    CHECK(byDelivery.at(0).billed.fen() == 9000);
    CHECK(byDelivery.at(1).billed.fen() == independent(2026, 2));
    CHECK(byDelivery.at(1).billed.fen() == 18000);
    const QList<PeriodFigures> byOrder = Reports::months(*shop.db, QStringLiteral("2026-01"), QStringLiteral("2026-02"));
    CHECK(byOrder.at(0).billed.fen() == 9000 + 18000 + 27000);
    CHECK(byOrder.at(1).billed.isZero());

    // Reopened, it leaves the delivered revenue; the setting picks the basis.
    orders.reopen(late, -1, QStringLiteral("返工"));
    CHECK(Reports::figures(*shop.db, QStringLiteral("2026-02"), QStringLiteral("2026-02"), BillingBasis::Delivery)
              .billed.isZero());
    CHECK(Reports::basis(*shop.db) == BillingBasis::OrderDate);
    Reports::setBasis(*shop.db, BillingBasis::Delivery);
    CHECK(Reports::basis(*shop.db) == BillingBasis::Delivery);
    const QStringList kept = summaries(*shop.db);
    RevenueSummary::rebuild(*shop.db);
    CHECK(summaries(*shop.db) == kept);
}
