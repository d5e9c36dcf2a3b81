#include "TestSupport.h"
#include "store/DeliveryRepository.h"
#include "store/OrderRepository.h"

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {
QDateTime at(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(10, 0)).toUTC();
}

// The shop's banner order plus ten boxes of business cards with 5.00 off.
Order bannerAndCards(const OrderShop& shop, qint64 customer, const QDateTime& when)
{
    Order o = shop.order(customer, when);
    o.lines[0].quantity = Quantity::fromUnits(3);
    OrderLine cards;
    cards.product = QStringLiteral("名片");
    cards.unit = QStringLiteral("盒");
    cards.quantity = Quantity::fromUnits(10);
    cards.unitPrice = Money::fromFen(3850);
    cards.discount = Money::fromFen(500);
    o.lines.append(cards);
    return o;
}
} // namespace

TEST_CASE("a delivery slip for everything moves the order to delivered", "[delivery]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    Order o = bannerAndCards(shop, shop.customer, at(2026, 11, 20));
    orders.create(o);
    DeliveryRepository deliveries(*shop.db);
    const DeliverySlip slip = deliveries.create({o.meta.id}, {}, QStringLiteral("放前台"), at(2026, 11, 22));
    CHECK(slip.number == QStringLiteral("SD20261122-001"));
    CHECK(slip.total() == o.total());
    CHECK(slip.lines.size() == 2);
    CHECK(slip.deliveryAddress == QStringLiteral("重庆市渝中区解放碑路1号"));
    const Order after = orders.get(o.meta.id);
    CHECK(after.status == OrderStatus::Delivered);
    CHECK(orders.history(o.meta.id).constLast().reason == QStringLiteral("Delivery slip SD20261122-001"));
    const std::optional<DeliverySlip> read = deliveries.findByNumber(slip.number);
    REQUIRE(read);
    CHECK(read->lines.at(0).orderNumber == o.number);
    CHECK(read->lines.at(1).amount.fen() == 38500 - 500);
    CHECK_THROWS_AS(deliveries.create({o.meta.id}), ValidationError); // nothing left
}

TEST_CASE("partial deliveries: the rest stays visible and the slips add up to the order", "[delivery]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    Order o = bannerAndCards(shop, shop.customer, at(2026, 11, 20));
    orders.create(o);
    const qint64 banner = o.lines.at(0).id;
    const qint64 cards = o.lines.at(1).id;
    DeliveryRepository deliveries(*shop.db);

    const DeliverySlip first =
        deliveries.create({o.meta.id}, {{banner, Quantity::fromUnits(1)}, {cards, Quantity::fromUnits(4)}});
    // 3 m × 1.5 m × 1 = 4.5 m² × 25.00; 4 boxes × 38.50 less 4/10 of the 5.00 discount.
    CHECK(first.lines.at(0).amount.fen() == 11250);
    CHECK(first.lines.at(1).amount.fen() == 15400 - 200);
    CHECK(orders.get(o.meta.id).status == OrderStatus::Unscheduled);
    const QList<Deliverable> left = deliveries.deliverables({o.meta.id});
    CHECK(left.at(0).remaining() == Quantity::fromUnits(2));
    CHECK(left.at(1).remaining() == Quantity::fromUnits(6));

    // More than remains is refused, naming the line.
    try {
        deliveries.create({o.meta.id}, {{cards, Quantity::fromUnits(7)}});
        FAIL("delivered more than remains");
    } catch (const ValidationError& e) {
        CHECK(e.message().contains(QStringLiteral("名片")));
        CHECK(e.message().contains(QStringLiteral("6 remain")));
    }

    // Lines already delivered cannot be removed or cut below what went out.
    Order edit = orders.get(o.meta.id);
    edit.lines[1].quantity = Quantity::fromUnits(3);
    CHECK_THROWS_AS(orders.update(edit), ValidationError);
    edit = orders.get(o.meta.id);
    edit.lines.removeAt(0);
    CHECK_THROWS_AS(orders.update(edit), ValidationError);

    const DeliverySlip rest = deliveries.create({o.meta.id});
    CHECK(first.total() + rest.total() == o.total());
    CHECK(orders.get(o.meta.id).status == OrderStatus::Delivered);
    CHECK(deliveries.forOrder(o.meta.id).size() == 2);
    CHECK(rest.number.endsWith(QStringLiteral("-002")));
}

TEST_CASE("one slip for several orders of one customer, other cases refused", "[delivery]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    Order a = shop.order(shop.customer, at(2026, 11, 1));
    Order b = shop.order(shop.customer, at(2026, 11, 2));
    Order other = shop.order(shop.other, at(2026, 11, 3));
    Order cancelled = shop.order(shop.customer, at(2026, 11, 4));
    for (Order* o : {&a, &b, &other, &cancelled})
        orders.create(*o);
    orders.setStatus(cancelled.meta.id, -1, OrderStatus::Cancelled, QStringLiteral("x"));
    DeliveryRepository deliveries(*shop.db);
    CHECK_THROWS_AS(deliveries.create({a.meta.id, other.meta.id}), ValidationError);
    CHECK_THROWS_AS(deliveries.create({cancelled.meta.id}), ValidationError);
    CHECK_THROWS_AS(deliveries.create({}), ValidationError);
    CHECK_THROWS_AS(deliveries.create({a.meta.id}, {{999999, Quantity::fromUnits(1)}}), ValidationError);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM delivery_slips")).toInt() == 0);

    const DeliverySlip slip = deliveries.create({a.meta.id, b.meta.id});
    CHECK(slip.orderNumbers() == QStringList{a.number, b.number});
    CHECK(slip.total() == a.total() + b.total());
    CHECK(orders.get(a.meta.id).status == OrderStatus::Delivered);
    CHECK(orders.get(b.meta.id).status == OrderStatus::Delivered);
    CHECK(deliveries.deliveredBefore(shop.customer, QDateTime::currentDateTimeUtc().addSecs(60)) == slip.total());
}

TEST_CASE("the print log numbers copies, so a second print is a reprint", "[delivery]")
{
    OrderShop shop;
    Order o = shop.order(shop.customer, at(2026, 11, 20));
    OrderRepository(*shop.db).create(o);
    const DeliverySlip slip = DeliveryRepository(*shop.db).create({o.meta.id});
    CHECK(PrintLog::record(*shop.db, QStringLiteral("delivery_slip"), slip.meta.id, {o.meta.id}, QStringLiteral("a4")) == 1);
    CHECK(PrintLog::record(*shop.db, QStringLiteral("delivery_slip"), slip.meta.id, {o.meta.id}, QStringLiteral("241x93")) == 2);
    CHECK(PrintLog::record(*shop.db, QStringLiteral("work_order"), o.meta.id, {o.meta.id}, QStringLiteral("a4")) == 1);
    const QList<PrintLog::Entry> log = PrintLog::forOrder(*shop.db, o.meta.id);
    REQUIRE(log.size() == 3);
    CHECK(log.at(1).copy == 2);
    CHECK(log.at(1).form == QStringLiteral("241x93"));
}
