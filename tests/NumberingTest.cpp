#include "TestSupport.h"
#include "domain/NumberPattern.h"
#include "store/ShopSettings.h"
#include "store/StoreError.h"

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

TEST_CASE("number patterns format dates and padded sequences", "[numbering]")
{
    const QDate d(2026, 3, 5);
    CHECK(NumberPattern::format(NumberPattern::defaultOrderPattern(), d, 7) == QStringLiteral("DD20260305-007"));
    CHECK(NumberPattern::format(QStringLiteral("SD{yy}{MM}-{seq:4}"), d, 12) == QStringLiteral("SD2603-0012"));
    CHECK(NumberPattern::format(QStringLiteral("{seq}"), d, 1234) == QStringLiteral("1234"));
    // More numbers than digits: the number grows rather than wrapping.
    CHECK(NumberPattern::format(QStringLiteral("A{seq:2}"), d, 100) == QStringLiteral("A100"));

    CHECK(NumberPattern::problem(NumberPattern::defaultOrderPattern()).isNull());
    CHECK_FALSE(NumberPattern::problem(QStringLiteral("DD{yyyy}")).isNull());
    CHECK_FALSE(NumberPattern::problem(QStringLiteral("{seq}{seq}")).isNull());
    CHECK_FALSE(NumberPattern::problem(QStringLiteral("{hh}{seq}")).isNull());
    CHECK_FALSE(NumberPattern::problem(QStringLiteral("{seq} {")).isNull());
    CHECK_FALSE(NumberPattern::problem(QString()).isNull());

    CHECK(NumberPattern::naturalReset(QStringLiteral("{yyyy}{MM}{dd}{seq}")) == CounterReset::Daily);
    CHECK(NumberPattern::naturalReset(QStringLiteral("{yy}{MM}{seq}")) == CounterReset::Monthly);
    CHECK(NumberPattern::naturalReset(QStringLiteral("{yyyy}{seq}")) == CounterReset::Yearly);
    CHECK(NumberPattern::naturalReset(QStringLiteral("N{seq:6}")) == CounterReset::Never);
    CHECK_FALSE(NumberPattern::resetProblem(QStringLiteral("{yyyy}{MM}{seq}"), CounterReset::Daily).isNull());
    CHECK(NumberPattern::resetProblem(QStringLiteral("{yyyy}{MM}{dd}{seq}"), CounterReset::Never).isNull());
}

namespace {
QString nextNumber(Database& db, const QDate& day)
{
    QString number;
    db.write([&] { number = DocumentNumbers::next(db, QStringLiteral("order"), QStringLiteral("orders"), day); });
    return number;
}
} // namespace

TEST_CASE("counters reset by day, month, year or never", "[numbering]")
{
    TempDb db;
    ShopSettings settings(*db);
    const QDate d1(2026, 1, 31), d2(2026, 2, 1), d3(2027, 2, 1);

    CHECK(nextNumber(*db, d1) == QStringLiteral("DD20260131-001"));
    CHECK(nextNumber(*db, d1) == QStringLiteral("DD20260131-002"));
    CHECK(nextNumber(*db, d2) == QStringLiteral("DD20260201-001"));

    settings.setNumbering(QStringLiteral("order"), {QStringLiteral("M{yyyy}{MM}-{seq:3}"), CounterReset::Monthly});
    CHECK(nextNumber(*db, d1) == QStringLiteral("M202601-001"));
    CHECK(nextNumber(*db, d1.addDays(-5)) == QStringLiteral("M202601-002"));
    CHECK(nextNumber(*db, d2) == QStringLiteral("M202602-001"));

    settings.setNumbering(QStringLiteral("order"), {QStringLiteral("Y{yyyy}-{seq:4}"), CounterReset::Yearly});
    CHECK(nextNumber(*db, d1) == QStringLiteral("Y2026-0001"));
    CHECK(nextNumber(*db, d2) == QStringLiteral("Y2026-0002"));
    CHECK(nextNumber(*db, d3) == QStringLiteral("Y2027-0001"));

    settings.setNumbering(QStringLiteral("order"), {QStringLiteral("N{seq:5}"), CounterReset::Never});
    CHECK(nextNumber(*db, d1) == QStringLiteral("N00001"));
    CHECK(nextNumber(*db, d3) == QStringLiteral("N00002"));

    // A pattern that cannot give unique numbers is refused before it is saved.
    CHECK_THROWS_AS(settings.setNumbering(QStringLiteral("order"), {QStringLiteral("X{yyyy}{MM}-{seq}"), CounterReset::Daily}),
                    ValidationError);
    CHECK(settings.numbering(QStringLiteral("order")).pattern == QStringLiteral("N{seq:5}"));
}

TEST_CASE("a number that already exists is skipped, and a rolled back number is given again", "[numbering]")
{
    TempDb db;
    const QDate day(2026, 5, 1);
    // Another series wrote DD20260501-001 by hand (an import, say): the counter steps over it.
    db->write([&] {
        db->exec(QStringLiteral("INSERT INTO customers(created_at, updated_at, name) VALUES ('x', 'x', 'c')"));
        db->exec(QStringLiteral("INSERT INTO orders(created_at, updated_at, number, customer_id, order_date, status_at) "
                                "VALUES ('x', 'x', 'DD20260501-001', 1, 'x', 'x')"));
    });
    CHECK(nextNumber(*db, day) == QStringLiteral("DD20260501-002"));

    // A transaction that fails after taking a number gives it back: no gaps.
    CHECK_THROWS(db->write([&] {
        DocumentNumbers::next(*db, QStringLiteral("order"), QStringLiteral("orders"), day);
        throw StoreError(StoreError::Kind::Validation, QStringLiteral("later failure"));
    }));
    CHECK(nextNumber(*db, day) == QStringLiteral("DD20260501-003"));
}
