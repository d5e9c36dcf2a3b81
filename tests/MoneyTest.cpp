#include "domain/Money.h"
#include "domain/Order.h"

#include <catch2/catch.hpp>

using namespace shopcrm;

namespace {
Money yuan(const char* text)
{
    const std::optional<Money> m = Money::parse(QString::fromUtf8(text));
    REQUIRE(m);
    return *m;
}

OrderLine line(const char* unit, int w, int h, const char* quantity, const char* price)
{
    OrderLine l;
    l.product = QStringLiteral("x");
    l.unit = QString::fromUtf8(unit);
    l.widthMm = w;
    l.heightMm = h;
    l.quantity = *Quantity::parse(QString::fromUtf8(quantity));
    l.unitPrice = yuan(price);
    return l;
}
} // namespace

TEST_CASE("money parses what a shop types and refuses the rest", "[money]")
{
    CHECK(yuan("12.5").fen() == 1250);
    CHECK(yuan("12.50").fen() == 1250);
    CHECK(yuan("¥1,234.5").fen() == 123450);
    CHECK(yuan("￥１２．３").fen() == 1230);
    CHECK(yuan(" 38.50元 ").fen() == 3850);
    CHECK(yuan("-3").fen() == -300);
    CHECK(yuan("0.01").fen() == 1);
    CHECK(yuan("9999999999.99").fen() == Money::kMaxFen);

    QString error;
    CHECK_FALSE(Money::parse(QStringLiteral("12.345"), &error));
    CHECK(error.contains(QStringLiteral("two decimals")));
    CHECK_FALSE(Money::parse(QStringLiteral("abc"), &error));
    CHECK(error.contains(QStringLiteral("abc")));
    CHECK_FALSE(Money::parse(QStringLiteral(""), &error));
    CHECK_FALSE(Money::parse(QStringLiteral("1.2.3")));
    CHECK_FALSE(Money::parse(QStringLiteral("10000000000.00")));
    CHECK_FALSE(Money::parse(QStringLiteral("99999999999999999999999")));
    CHECK_FALSE(Money::parse(QStringLiteral(",5")));
}

TEST_CASE("money prints grouped and plain forms", "[money]")
{
    CHECK(Money::fromFen(123450).toString() == QStringLiteral("1,234.50"));
    CHECK(Money::fromFen(5).toString() == QStringLiteral("0.05"));
    CHECK(Money::fromFen(-100000001).toString() == QStringLiteral("-1,000,000.01"));
    CHECK(Money::fromFen(123450).toPlainString() == QStringLiteral("1234.50"));
    CHECK(Money::fromFen(Money::kMaxFen).toPlainString() == QStringLiteral("9999999999.99"));
    for (qint64 fen : {0LL, 1LL, 99LL, 100LL, 123456789LL, Money::kMaxFen, -42LL})
        CHECK(Money::parse(Money::fromFen(fen).toString())->fen() == fen);
}

TEST_CASE("quantities are fixed point with three decimals", "[money]")
{
    CHECK(Quantity::parse(QStringLiteral("2"))->milli() == 2000);
    CHECK(Quantity::parse(QStringLiteral("0.125"))->milli() == 125);
    CHECK(Quantity::parse(QStringLiteral("1,000"))->milli() == 1000000);
    CHECK_FALSE(Quantity::parse(QStringLiteral("0.1255")));
    CHECK_FALSE(Quantity::parse(QStringLiteral("two")));
    CHECK_FALSE(Quantity::parse(QStringLiteral("10000001")));
    CHECK(Quantity::fromMilli(2500).toString() == QStringLiteral("2.5"));
    CHECK(Quantity::fromMilli(2000).toString() == QStringLiteral("2"));
    CHECK(Quantity::fromMilli(1).toString() == QStringLiteral("0.001"));
}

TEST_CASE("rounding is half up, in integers, at the fen", "[money]")
{
    CHECK(roundedDivide(5, 10) == 1);
    CHECK(roundedDivide(4, 10) == 0);
    CHECK(roundedDivide(-5, 10) == -1);
    CHECK(roundedDivide(15, 10) == 2);
    CHECK(roundedDivide(25, 10) == 3);
    // 10^7 units × 10^10 yuan would overflow 64 bits before the division.
    const __int128 big = static_cast<__int128>(Quantity::kMaxMilli) * Money::kMaxFen;
    CHECK(roundedDivide(big, Quantity::kScale) == static_cast<qint64>(big / 1000));
}

TEST_CASE("area pricing: width × height × quantity in m², then the price", "[money][pricing]")
{
    // The issue's example: 3 m × 1.5 m × 2 = 9 m² × 25.00 = 225.00.
    OrderLine banner = line("m2", 3000, 1500, "2", "25.00");
    REQUIRE(banner.areaPriced());
    LinePrice p = OrderRules::price(banner);
    CHECK(p.areaMilli == 9000);
    CHECK(p.amount.fen() == 22500);

    // 333 × 333 mm = 0.110889 m² → 0.111 m² (half up at 0.001); × 3 = 0.332667 → 0.333 m².
    p = OrderRules::price(line("m²", 333, 333, "3", "100"));
    CHECK(p.areaMilli == 333);
    CHECK(p.amount.fen() == 3330);

    // 0.0005 m² rounds up to 0.001 m².
    CHECK(OrderRules::price(line("m2", 1, 500, "1", "1")).areaMilli == 1);
    // Amount rounding: 1.5 m² × 0.33 = 0.495 → 0.50 (half up once, at the line).
    p = OrderRules::price(line("平方米", 1000, 1500, "1", "0.33"));
    CHECK(p.amount.fen() == 50);

    // A line in m² without sizes: the quantity is the area.
    OrderLine plain = line("m2", 0, 0, "2.5", "40");
    CHECK_FALSE(plain.areaPriced());
    CHECK(OrderRules::price(plain).amount.fen() == 10000);

    // Per unit, with sizes only for information.
    OrderLine sign = line("块", 3000, 800, "1", "1500");
    CHECK_FALSE(sign.areaPriced());
    CHECK(OrderRules::price(sign).amount.fen() == 150000);

    // Quantity with decimals per unit: 2.345 m × 10.01 = 23.47345 → 23.47.
    CHECK(OrderRules::price(line("米", 0, 0, "2.345", "10.01")).amount.fen() == 2347);
}

TEST_CASE("discounts and limits on a line", "[money][pricing]")
{
    OrderLine l = line("张", 0, 0, "1000", "0.18");
    l.discount = yuan("10");
    LinePrice p = OrderRules::price(l);
    CHECK(p.gross.fen() == 18000);
    CHECK(p.amount.fen() == 17000);

    // Large but allowed: 10,000,000 sheets × 999.99.
    OrderLine big = line("张", 0, 0, "10000000", "999.99");
    p = OrderRules::price(big);
    CHECK_FALSE(p.overflow);
    CHECK(p.amount.fen() == 999990000000);
    // Too large for the program: refused, not wrapped.
    OrderLine huge = line("m2", 100000, 100000, "10000", "9999999");
    CHECK(OrderRules::price(huge).overflow);
}

TEST_CASE("order validation names each problem", "[money][pricing]")
{
    Order o;
    o.orderDate = QDateTime(QDate(2026, 11, 20), QTime(10, 30), Qt::UTC);
    o.due = o.orderDate.addDays(-1);
    OrderLine zero = line("个", 0, 0, "0", "5");
    OrderLine oneSide = line("m2", 1000, 0, "1", "5");
    OrderLine overDiscount = line("个", 0, 0, "1", "5");
    overDiscount.discount = yuan("6");
    o.lines = {zero, oneSide, overDiscount};
    o.deposit = yuan("1000");
    OrderRules::normalise(o);
    QStringList fields;
    for (const FieldIssue& issue : OrderRules::check(o))
        fields.append(issue.field);
    CHECK(fields.contains(QStringLiteral("customer")));
    CHECK(fields.contains(QStringLiteral("due")));
    CHECK(fields.contains(QStringLiteral("line1.quantity")));
    CHECK(fields.contains(QStringLiteral("line2.size")));
    CHECK(fields.contains(QStringLiteral("line3.discount")));
    CHECK(fields.contains(QStringLiteral("deposit")));

    Order empty;
    empty.customerId = 1;
    empty.orderDate = o.orderDate;
    CHECK(OrderRules::check(empty).constFirst().field == QStringLiteral("lines"));
}
