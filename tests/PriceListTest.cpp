#include "TestSupport.h"

#include "services/CustomerMerge.h"
#include "store/CustomerRepository.h"
#include "store/OrderRepository.h"
#include "store/PriceListRepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

NegotiatedPrice agreed(qint64 customerId, const QString& grade, const QString& product, qint64 fen,
                       const QDate& from = {}, const QDate& to = {})
{
    NegotiatedPrice p;
    p.customerId = customerId;
    p.grade = grade;
    p.product = product;
    p.unitPrice = Money::fromFen(fen);
    p.validFrom = from;
    p.validTo = to;
    return p;
}

void setGrade(Database& db, qint64 customerId, const QString& grade)
{
    CustomerRepository customers(db);
    Customer c = customers.get(customerId);
    c.grade = grade;
    customers.update(c);
}

} // namespace

TEST_CASE(
    "a line starts at the customer's agreed price, then the grade's, then the last price, then the catalog's",
    "[prices]")
{
    OrderShop shop;
    PriceListRepository prices(*shop.db);
    const QDate day(2026, 12, 10);
    const QString banner = QStringLiteral("户外喷绘布");
    // Nothing agreed or bought: the catalog's 25.00.
    PriceSuggestion s = prices.suggest(shop.customer, banner, day);
    CHECK(s.source == PriceSource::Catalog);
    CHECK(s.unitPrice == Money::fromFen(2500));
    // A product nobody knows: nothing.
    CHECK(prices.suggest(shop.customer, QStringLiteral("不存在的东西"), day).source == PriceSource::None);

    // An order at 22.00 on 1 December: the last price.
    Order o = shop.order(shop.customer, QDateTime(QDate(2026, 12, 1), QTime(10, 0)).toUTC(), 2200);
    OrderRepository(*shop.db).create(o);
    s = prices.suggest(shop.customer, banner, day);
    CHECK(s.source == PriceSource::Last);
    CHECK(s.unitPrice == Money::fromFen(2200));
    CHECK(s.detail.contains(o.number));
    // The other customer bought nothing: still the catalog's.
    CHECK(prices.suggest(shop.other, banner, day).source == PriceSource::Catalog);

    // Grade A agreed 20.00 for December: it comes before the last price, for A customers only.
    setGrade(*shop.db, shop.customer, QStringLiteral("A"));
    NegotiatedPrice grade = agreed(0, QStringLiteral("A"), QStringLiteral(" 户外喷绘布 "), 2000,
                                   QDate(2026, 12, 1), QDate(2026, 12, 31));
    prices.save(grade);
    CHECK(grade.productId == shop.banner); // matched to the catalog product
    CHECK(grade.unit ==
          scalar(*shop.db, QStringLiteral("SELECT unit FROM products WHERE id = %1").arg(shop.banner))
              .toString());
    CHECK_FALSE(grade.unit.isEmpty());
    s = prices.suggest(shop.customer, banner, day);
    CHECK(s.source == PriceSource::Negotiated);
    CHECK(s.fromGrade);
    CHECK(s.unitPrice == Money::fromFen(2000));
    CHECK(prices.suggest(shop.other, banner, day).source == PriceSource::Catalog);
    // Outside its period the grade's price does not apply.
    CHECK(prices.suggest(shop.customer, banner, QDate(2027, 1, 1)).source == PriceSource::Last);
    CHECK(prices.suggest(shop.customer, banner, QDate(2026, 11, 30)).source == PriceSource::Last);

    // The customer's own agreement, 18.00 with no end, comes before the grade's.
    NegotiatedPrice own = agreed(shop.customer, {}, banner, 1800, QDate(2026, 12, 5));
    prices.save(own);
    s = prices.suggest(shop.customer, banner, day);
    CHECK(s.source == PriceSource::Negotiated);
    CHECK_FALSE(s.fromGrade);
    CHECK(s.unitPrice == Money::fromFen(1800));
    // Before it starts, the grade's still applies.
    CHECK(prices.suggest(shop.customer, banner, QDate(2026, 12, 4)).unitPrice == Money::fromFen(2000));
    // A later agreement of the customer's replaces the earlier from its first day.
    NegotiatedPrice later = agreed(shop.customer, {}, banner, 1700, QDate(2026, 12, 20));
    prices.save(later);
    CHECK(prices.suggest(shop.customer, banner, QDate(2026, 12, 19)).unitPrice == Money::fromFen(1800));
    CHECK(prices.suggest(shop.customer, banner, QDate(2026, 12, 20)).unitPrice == Money::fromFen(1700));
    // Matched by name with case and spaces folded, as last prices are.
    CHECK(prices.suggest(shop.customer, QStringLiteral("户外喷绘布 "), day).source ==
          PriceSource::Negotiated);

    // Which source a typed price matches.
    const Money n = Money::fromFen(1800), l = Money::fromFen(2200), c = Money::fromFen(2500);
    CHECK(PriceRules::sourceOf(Money::fromFen(2200), &n, &l, &c) == PriceSource::Last);
    CHECK(PriceRules::sourceOf(Money::fromFen(1900), &n, &l, &c) == PriceSource::None);
    CHECK(PriceRules::sourceOf(Money::fromFen(2500), nullptr, nullptr, &c) == PriceSource::Catalog);
}

TEST_CASE("agreed prices are checked, one per product and first day, and changed by version", "[prices]")
{
    OrderShop shop;
    PriceListRepository prices(*shop.db);
    NegotiatedPrice none = agreed(0, {}, QStringLiteral("名片"), 3000);
    CHECK_THROWS_AS(prices.save(none), ValidationError);
    NegotiatedPrice backwards =
        agreed(shop.customer, {}, QStringLiteral("名片"), 3000, QDate(2026, 12, 31), QDate(2026, 12, 1));
    CHECK_THROWS_AS(prices.save(backwards), ValidationError);
    NegotiatedPrice negative = agreed(shop.customer, {}, QStringLiteral("名片"), -1);
    CHECK_THROWS_AS(prices.save(negative), ValidationError);

    NegotiatedPrice p = agreed(shop.customer, {}, QStringLiteral("名片"), 3000);
    prices.save(p);
    NegotiatedPrice twin = agreed(shop.customer, {}, QStringLiteral("名片"), 3200);
    try {
        prices.save(twin);
        FAIL("a second price for the same product and day was saved");
    } catch (const ValidationError& e) {
        CHECK(e.message().contains(QStringLiteral("名片")));
    }
    NegotiatedPrice stale = *prices.find(p.meta.id);
    NegotiatedPrice fresh = stale;
    fresh.unitPrice = Money::fromFen(2900);
    prices.save(fresh);
    stale.unitPrice = Money::fromFen(2800);
    CHECK_THROWS_AS(prices.save(stale), StoreError);
    CHECK(scalar(*shop.db,
                 QStringLiteral("SELECT unit_price FROM negotiated_prices WHERE id = %1").arg(p.meta.id))
              .toLongLong() == 2900);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'negotiated_price'"))
              .toInt() >= 2);
    prices.remove(p.meta.id, fresh.meta.version);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM negotiated_prices")).toInt() == 0);
}

TEST_CASE("a customer's last prices become their agreed prices in one step", "[prices]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    // Banner at 22.00 then 24.00 (the later counts); cards at 38.50 on a cancelled order do not count.
    Order first = shop.order(shop.customer, QDateTime(QDate(2026, 10, 1), QTime(9, 0)).toUTC(), 2200);
    orders.create(first);
    Order second = shop.order(shop.customer, QDateTime(QDate(2026, 11, 1), QTime(9, 0)).toUTC(), 2400);
    OrderLine cards;
    cards.product = QStringLiteral("名片");
    cards.unit = QStringLiteral("盒");
    cards.quantity = Quantity::fromUnits(5);
    cards.unitPrice = Money::fromFen(3600);
    second.lines.append(cards);
    orders.create(second);
    Order cancelled = shop.order(shop.customer, QDateTime(QDate(2026, 11, 20), QTime(9, 0)).toUTC(), 9900);
    orders.create(cancelled);
    orders.setStatus(cancelled.meta.id, cancelled.meta.version, OrderStatus::Cancelled,
                     QStringLiteral("客户取消"));

    PriceListRepository prices(*shop.db);
    // Cards were agreed already at 35.00: that agreement stays.
    NegotiatedPrice cardsAgreed = agreed(shop.customer, {}, QStringLiteral("名片"), 3500);
    prices.save(cardsAgreed);
    CHECK(prices.fillFromLastPrices(shop.customer, QDate(2026, 12, 1)) == 1);
    PriceListFilter filter;
    filter.customerId = shop.customer;
    const QList<NegotiatedPrice> list = prices.list(filter);
    REQUIRE(list.size() == 2);
    // The oracle: each product's price on the customer's latest order that was not cancelled.
    CHECK(scalar(*shop.db,
                 QStringLiteral("SELECT unit_price FROM negotiated_prices WHERE product = '户外喷绘布'"))
              .toLongLong() ==
          scalar(*shop.db,
                 QStringLiteral("SELECT l.unit_price FROM orders o JOIN order_lines l ON l.order_id = o.id "
                                "WHERE o.customer_id = %1 AND o.status <> 4 AND l.product = '户外喷绘布' "
                                "ORDER BY o.order_date DESC LIMIT 1")
                     .arg(shop.customer))
              .toLongLong());
    CHECK(scalar(*shop.db,
                 QStringLiteral("SELECT valid_from FROM negotiated_prices WHERE product = '户外喷绘布'"))
              .toString() == QStringLiteral("2026-12-01"));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT unit_price FROM negotiated_prices WHERE product = '名片'"))
              .toLongLong() == 3500);
    // Run again: nothing new.
    CHECK(prices.fillFromLastPrices(shop.customer, QDate(2026, 12, 1)) == 0);
}

TEST_CASE("a merge moves the dropped customer's agreed prices, the kept customer's winning a clash",
          "[prices][merge]")
{
    OrderShop shop;
    PriceListRepository prices(*shop.db);
    NegotiatedPrice keptCards = agreed(shop.customer, {}, QStringLiteral("名片"), 3500);
    prices.save(keptCards);
    NegotiatedPrice droppedCards = agreed(shop.other, {}, QStringLiteral("名片"), 3000);
    prices.save(droppedCards);
    NegotiatedPrice droppedBanner = agreed(shop.other, {}, QStringLiteral("户外喷绘布"), 2000);
    prices.save(droppedBanner);
    const Customer kept = CustomerRepository(*shop.db).get(shop.customer);
    const Customer dropped = CustomerRepository(*shop.db).get(shop.other);
    CustomerMerge::merge(*shop.db, kept, dropped.meta.id, dropped.meta.version);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM negotiated_prices WHERE customer_id = %1")
                               .arg(shop.customer))
              .toInt() == 2);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT unit_price FROM negotiated_prices WHERE product = '名片'"))
              .toLongLong() == 3500);
    CHECK(scalar(*shop.db,
                 QStringLiteral(
                     "SELECT count(*) FROM audit_log WHERE entity = 'negotiated_price' AND op = 'delete'"))
              .toInt() == 1);
}

TEST_CASE("pricelist set, list, fill and price on the command line", "[prices][cli]")
{
    TempDb db;
    {
        Customer c = makeCustomer(QStringLiteral("华彩广告"));
        c.grade = QStringLiteral("A");
        CustomerRepository(*db).create(c);
    }
    db.db.reset();
    auto cli = [&](QStringList args) {
        args.prepend(QStringLiteral("--json"));
        args.prepend(db.path);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    };
    CliRun set = cli({QStringLiteral("pricelist"), QStringLiteral("set"), QStringLiteral("--grade"),
                      QStringLiteral("A"), QStringLiteral("--product"), QStringLiteral("写真"),
                      QStringLiteral("--price"), QStringLiteral("30"), QStringLiteral("--unit"),
                      QStringLiteral("m²")});
    REQUIRE(set.status == 0);
    CliRun price = cli({QStringLiteral("pricelist"), QStringLiteral("price"), QStringLiteral("--customer"),
                        QStringLiteral("华彩广告"), QStringLiteral("--product"), QStringLiteral("写真")});
    REQUIRE(price.status == 0);
    CHECK(price.json().object().value(QStringLiteral("source")).toString() == QStringLiteral("negotiated"));
    CHECK(price.json().object().value(QStringLiteral("grade")).toBool());
    CHECK(price.json().object().value(QStringLiteral("unit_price")).toString() == QStringLiteral("30.00"));
    // Set again for the same product and day: a change, not a second price.
    set = cli({QStringLiteral("pricelist"), QStringLiteral("set"), QStringLiteral("--customer"),
               QStringLiteral("华彩广告"), QStringLiteral("--product"), QStringLiteral("写真"),
               QStringLiteral("--price"), QStringLiteral("28.5")});
    REQUIRE(set.status == 0);
    set = cli({QStringLiteral("pricelist"), QStringLiteral("set"), QStringLiteral("--customer"),
               QStringLiteral("华彩广告"), QStringLiteral("--product"), QStringLiteral("写真"),
               QStringLiteral("--price"), QStringLiteral("27")});
    REQUIRE(set.status == 0);
    const CliRun list = cli({QStringLiteral("pricelist"), QStringLiteral("list"),
                             QStringLiteral("--customer"), QStringLiteral("华彩广告")});
    REQUIRE(list.status == 0);
    const QJsonArray rows = list.json().object().value(QStringLiteral("prices")).toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(QStringLiteral("unit_price")).toString() == QStringLiteral("27.00"));
    price = cli({QStringLiteral("pricelist"), QStringLiteral("price"), QStringLiteral("--customer"),
                 QStringLiteral("1"), QStringLiteral("--product"), QStringLiteral("写真")});
    CHECK(price.json().object().value(QStringLiteral("unit_price")).toString() == QStringLiteral("27.00"));
    CHECK_FALSE(price.json().object().value(QStringLiteral("grade")).toBool());
    const CliRun both =
        cli({QStringLiteral("pricelist"), QStringLiteral("list"), QStringLiteral("--customer"),
             QStringLiteral("1"), QStringLiteral("--grade"), QStringLiteral("A")});
    CHECK(both.status == 2);
}
