#include "TestSupport.h"

#include "services/CustomerMerge.h"
#include "store/AuditLog.h"
#include "store/CustomerRepository.h"
#include "store/OpportunityRepository.h"
#include "store/OrderRepository.h"
#include "store/QuoteRepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

// A banner 3000 × 1500 mm × 2 at priceFen per m² (9 m²) and one installation at 200.00.
Quote bannerQuote(const OrderShop& shop, qint64 priceFen, const QDate& validUntil = {})
{
    Quote q;
    q.body = shop.order(shop.customer, QDateTime::currentDateTimeUtc(), priceFen);
    OrderLine install;
    install.product = QStringLiteral("安装");
    install.quantity = Quantity::fromUnits(1);
    install.unit = QStringLiteral("次");
    install.unitPrice = Money::fromFen(20000);
    q.body.lines.append(install);
    q.validUntil = validUntil;
    q.terms = QStringLiteral("含税价，设计确认并收到定金后开始制作。");
    return q;
}

qint64 count(Database& db, const QString& sql)
{
    return scalar(db, sql).toLongLong();
}

} // namespace

TEST_CASE("a quote is numbered from its own counter and priced as an order would be", "[quotes]")
{
    OrderShop shop;
    QuoteRepository quotes(*shop.db);
    Quote q = bannerQuote(shop, 3500);
    q.body.deposit = Money::fromFen(10000); // an order's, not a quote's
    const qint64 id = quotes.create(q);
    const QString today = QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
    CHECK(q.number == QStringLiteral("BJ%1-001").arg(today));
    CHECK(q.revision == 1);
    // 9 m² × 35.00 = 315.00, plus 200.00.
    CHECK(count(*shop.db, QStringLiteral("SELECT total FROM quotes WHERE id = %1").arg(id)) == 51500);
    CHECK(count(*shop.db,
                QStringLiteral("SELECT sum(amount) FROM quote_lines WHERE quote_id = %1").arg(id)) == 51500);
    CHECK(
        count(*shop.db,
              QStringLiteral("SELECT area FROM quote_lines WHERE quote_id = %1 AND position = 0").arg(id)) ==
        9000);
    const Quote read = quotes.get(id);
    CHECK(read.body.lines.size() == 2);
    CHECK(read.body.deposit.isZero());
    CHECK(read.body.staff.isEmpty());
    CHECK(read.terms == q.terms);
    // A second one the same day takes the next number; orders keep their own counter.
    Quote second = bannerQuote(shop, 3000);
    quotes.create(second);
    CHECK(second.number == QStringLiteral("BJ%1-002").arg(today));
    Order order = shop.order(shop.customer, QDateTime::currentDateTimeUtc());
    OrderRepository(*shop.db).create(order);
    CHECK(order.number == QStringLiteral("DD%1-001").arg(today));
    // The change feed and the audit have each quote.
    CHECK(count(*shop.db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'quote'")) == 2);

    Quote empty;
    empty.body.customerId = shop.customer;
    try {
        quotes.create(empty);
        FAIL("a quote without lines was saved");
    } catch (const ValidationError& e) {
        CHECK(e.message().contains(QStringLiteral("A quote needs at least one line")));
    }
    Quote backwards = bannerQuote(shop, 3000, QDate::currentDate().addDays(-1));
    CHECK_THROWS_AS(quotes.create(backwards), ValidationError);
}

TEST_CASE("revising a quote keeps every revision under one number, only the latest answerable", "[quotes]")
{
    OrderShop shop;
    QuoteRepository quotes(*shop.db);
    Quote q = bannerQuote(shop, 3500);
    const qint64 first = quotes.create(q);
    Quote revised = quotes.get(first);
    revised.body.lines[0].unitPrice = Money::fromFen(3200);
    const qint64 second = quotes.revise(revised);
    CHECK(second != first);
    CHECK(revised.number == q.number);
    CHECK(revised.revision == 2);
    CHECK(revised.displayNumber() == q.number + QStringLiteral(" v2"));
    // The first revision is kept as it was: its own lines and total.
    CHECK(count(*shop.db, QStringLiteral("SELECT total FROM quotes WHERE id = %1").arg(first)) == 51500);
    CHECK(count(*shop.db,
                QStringLiteral("SELECT unit_price FROM quote_lines WHERE quote_id = %1 AND position = 0")
                    .arg(first)) == 3500);
    // 9 × 32.00 + 200.00
    CHECK(count(*shop.db, QStringLiteral("SELECT total FROM quotes WHERE id = %1").arg(second)) == 48800);
    CHECK(count(*shop.db, QStringLiteral("SELECT count(*) FROM quotes WHERE number = '%1' AND latest = 1")
                              .arg(q.number)) == 1);
    CHECK(count(*shop.db, QStringLiteral("SELECT latest FROM quotes WHERE id = %1").arg(first)) == 0);
    const QList<QuoteRow> all = quotes.revisions(q.number);
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).revision == 1);
    CHECK_FALSE(all.at(0).latest);
    CHECK(all.at(1).total == Money::fromFen(48800));
    CHECK(quotes.findByNumber(q.number)->meta.id == second);
    CHECK(quotes.findByNumber(q.number, 1)->meta.id == first);
    // The old revision cannot be answered, revised or changed any more.
    const Quote old = quotes.get(first);
    CHECK(QuoteRules::stateCode(old, QDate::currentDate()) == QStringLiteral("revised"));
    CHECK_THROWS_AS(quotes.setStatus(first, old.meta.version, QuoteStatus::Accepted), StoreError);
    Quote stale = old;
    CHECK_THROWS_AS(quotes.revise(stale), StoreError);
    // The list shows one line per quote unless revisions are asked for.
    QuoteFilter filter;
    CHECK(quotes.count(filter) == 1);
    filter.revisions = true;
    CHECK(quotes.count(filter) == 2);
}

TEST_CASE("a quote changed in place checks its version, and an answered one must be reopened or revised",
          "[quotes]")
{
    OrderShop shop;
    QuoteRepository quotes(*shop.db);
    Quote q = bannerQuote(shop, 3500);
    const qint64 id = quotes.create(q);
    Quote mine = quotes.get(id);
    Quote theirs = quotes.get(id);
    theirs.body.title = QStringLiteral("另一张桌子改的");
    quotes.update(theirs);
    mine.body.title = QStringLiteral("我改的");
    try {
        quotes.update(mine);
        FAIL("a stale copy was saved");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreError::Kind::Conflict);
    }
    CHECK(scalar(*shop.db, QStringLiteral("SELECT title FROM quotes WHERE id = %1").arg(id)).toString() ==
          QStringLiteral("另一张桌子改的"));

    Quote current = quotes.get(id);
    const int version =
        quotes.setStatus(id, current.meta.version, QuoteStatus::Declined, QStringLiteral("价格太高"));
    CHECK(version == current.meta.version + 1);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT decline_reason FROM quotes WHERE id = %1").arg(id))
              .toString() == QStringLiteral("价格太高"));
    Quote declined = quotes.get(id);
    declined.body.title = QStringLiteral("改");
    try {
        quotes.update(declined);
        FAIL("a declined quote was changed in place");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreError::Kind::Locked);
    }
    CHECK_THROWS_AS(quotes.makeOrder(id, declined.meta.version), StoreError);
    // Open again, it can change; a new revision is open whatever the last one's answer was.
    quotes.setStatus(id, declined.meta.version, QuoteStatus::Open);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT decline_reason FROM quotes WHERE id = %1").arg(id))
              .toString()
              .isEmpty());
    Quote reopened = quotes.get(id);
    quotes.setStatus(id, reopened.meta.version, QuoteStatus::Declined, QStringLiteral("太贵"));
    Quote again = quotes.get(id);
    again.body.lines[0].unitPrice = Money::fromFen(3000);
    quotes.revise(again);
    CHECK(again.status == QuoteStatus::Open);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT status FROM quotes WHERE id = %1").arg(again.meta.id))
              .toString() == QStringLiteral("open"));
}

TEST_CASE("making the order from a quote links both ways, and the order totals what the quote did",
          "[quotes]")
{
    OrderShop shop;
    QuoteRepository quotes(*shop.db);
    OpportunityRepository opportunities(*shop.db);
    Opportunity o;
    o.customerId = shop.customer;
    o.title = QStringLiteral("门头招牌");
    o.amount = Money::fromFen(100000);
    opportunities.create(o);
    CHECK(opportunities.get(o.meta.id).stageName == QStringLiteral("First contact"));

    Quote q = bannerQuote(shop, 3500);
    q.opportunityId = o.meta.id;
    const qint64 id = quotes.create(q);
    // The opportunity's amount is the quote's, and it has reached the quoted stage.
    CHECK(count(*shop.db, QStringLiteral("SELECT amount FROM opportunities WHERE id = %1").arg(o.meta.id)) ==
          51500);
    CHECK(scalar(*shop.db,
                 QStringLiteral("SELECT s.code FROM opportunities o JOIN opportunity_stages s ON s.id = "
                                "o.stage_id WHERE o.id = %1")
                     .arg(o.meta.id))
              .toString() == QStringLiteral("quoted"));
    Quote revised = quotes.get(id);
    revised.body.lines[0].unitPrice = Money::fromFen(3200);
    quotes.revise(revised);
    CHECK(count(*shop.db, QStringLiteral("SELECT amount FROM opportunities WHERE id = %1").arg(o.meta.id)) ==
          48800);

    const qint64 orderId = quotes.makeOrder(revised.meta.id, revised.meta.version);
    CHECK(count(*shop.db, QStringLiteral("SELECT total FROM orders WHERE id = %1").arg(orderId)) == 48800);
    CHECK(count(*shop.db, QStringLiteral("SELECT quote_id FROM orders WHERE id = %1").arg(orderId)) ==
          revised.meta.id);
    CHECK(count(*shop.db, QStringLiteral("SELECT order_id FROM quotes WHERE id = %1").arg(revised.meta.id)) ==
          orderId);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT status FROM quotes WHERE id = %1").arg(revised.meta.id))
              .toString() == QStringLiteral("accepted"));
    // Line for line, the order's lines are the quote's.
    CHECK(scalar(*shop.db,
                 QStringLiteral(
                     "SELECT group_concat(product || ':' || quantity || ':' || unit_price || ':' || "
                     "amount, ';') FROM (SELECT * FROM order_lines WHERE order_id = %1 ORDER BY position)")
                     .arg(orderId)) ==
          scalar(*shop.db,
                 QStringLiteral(
                     "SELECT group_concat(product || ':' || quantity || ':' || unit_price || ':' || "
                     "amount, ';') FROM (SELECT * FROM quote_lines WHERE quote_id = %1 ORDER BY position)")
                     .arg(revised.meta.id)));
    const Order order = OrderRepository(*shop.db).get(orderId);
    CHECK(order.quoteId == revised.meta.id);
    CHECK(order.customerId == shop.customer);
    CHECK(order.title == q.body.title);
    // The opportunity is won; its moves show the way it went.
    CHECK(opportunities.get(o.meta.id).stageKind == StageKind::Won);
    CHECK(opportunities.moves(o.meta.id).size() == 3);
    // Once ordered, the quote stays as it was.
    const Quote ordered = quotes.get(revised.meta.id);
    CHECK(ordered.orderNumber == order.number);
    CHECK(QuoteRules::stateCode(ordered, QDate::currentDate()) == QStringLiteral("ordered"));
    CHECK_THROWS_AS(quotes.makeOrder(ordered.meta.id, ordered.meta.version), StoreError);
    Quote change = ordered;
    CHECK_THROWS_AS(quotes.revise(change), StoreError);
    CHECK_THROWS_AS(quotes.remove(ordered.meta.id, ordered.meta.version), StoreError);
    QuoteFilter filter;
    filter.state = QuoteFilter::State::Ordered;
    CHECK(quotes.count(filter) == 1);
}

TEST_CASE("expired quotes are the open ones past their day, on a fixed calendar", "[quotes]")
{
    OrderShop shop;
    QuoteRepository quotes(*shop.db);
    const QDate today = QDate::currentDate();
    Quote a = bannerQuote(shop, 3000, today.addDays(2));
    quotes.create(a);
    Quote b = bannerQuote(shop, 3000, today);
    quotes.create(b);
    Quote c = bannerQuote(shop, 3000, today.addDays(1));
    quotes.create(c);
    quotes.setStatus(c.meta.id, c.meta.version, QuoteStatus::Accepted);
    Quote d = bannerQuote(shop, 3000); // no limit
    quotes.create(d);
    auto countOn = [&](QuoteFilter::State state, const QDate& day) {
        QuoteFilter f;
        f.state = state;
        f.today = day;
        return quotes.count(f);
    };
    CHECK(countOn(QuoteFilter::State::Expired, today) == 0);
    CHECK(countOn(QuoteFilter::State::Open, today) == 3);
    // The day after b's last day: b has expired; c was accepted, so it never expires.
    CHECK(countOn(QuoteFilter::State::Expired, today.addDays(1)) == 1);
    CHECK(countOn(QuoteFilter::State::Open, today.addDays(1)) == 2);
    CHECK(countOn(QuoteFilter::State::Expired, today.addDays(3)) == 2);
    CHECK(countOn(QuoteFilter::State::Accepted, today.addDays(3)) == 1);
    CHECK(QuoteRules::isExpired(quotes.get(b.meta.id), today.addDays(1)));
    CHECK_FALSE(QuoteRules::isExpired(quotes.get(c.meta.id), today.addDays(9)));
    CHECK(QuoteRules::stateCode(quotes.get(b.meta.id), today.addDays(1)) == QStringLiteral("expired"));
}

TEST_CASE("a quote is deleted with all its revisions, the audit keeping them, and goes with its customer in "
          "a merge",
          "[quotes]")
{
    OrderShop shop;
    QuoteRepository quotes(*shop.db);
    Quote q = bannerQuote(shop, 3500);
    quotes.create(q);
    Quote revised = quotes.get(q.meta.id);
    quotes.revise(revised);
    const Quote latest = quotes.get(revised.meta.id);
    quotes.remove(latest.meta.id, latest.meta.version);
    CHECK(count(*shop.db, QStringLiteral("SELECT count(*) FROM quotes")) == 0);
    CHECK(count(*shop.db, QStringLiteral("SELECT count(*) FROM quote_lines")) == 0);
    CHECK(count(*shop.db,
                QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'quote' AND op = 'delete'")) ==
          2);

    Quote other = bannerQuote(shop, 3000);
    other.body.customerId = shop.other;
    quotes.create(other);
    bool found = false;
    for (const CustomerMerge::Holding& h : CustomerMerge::holdings(*shop.db, shop.other))
        if (h.table == QStringLiteral("quotes")) {
            found = true;
            CHECK(h.count == 1);
            CHECK(h.label == QStringLiteral("quotes"));
        }
    CHECK(found);
}

TEST_CASE("quotes need the sales rights, and their money the right to see it", "[quotes]")
{
    OrderShop shop;
    Quote q = bannerQuote(shop, 3500);
    QuoteRepository(*shop.db).create(q);
    const Access noMoney = roleWithout(Module::Sales, Action::Money);
    shop.db->setAccess(noMoney);
    QuoteRepository quotes(*shop.db);
    const Quote seen = quotes.get(q.meta.id);
    CHECK(seen.total().isZero());
    CHECK(seen.body.lines.at(0).unitPrice.isZero());
    CHECK(quotes.page({}, 0, 10).at(0).total.isZero());
    Quote copy = bannerQuote(shop, 3500);
    CHECK_THROWS_AS(quotes.create(copy), StoreError);
    Access none = noMoney;
    none.rights = Rights::all();
    for (Action a : Rights::actions())
        none.rights.revoke(Module::Sales, a);
    shop.db->setAccess(none);
    CHECK_THROWS_AS(QuoteRepository(*shop.db).get(q.meta.id), StoreError);
}

TEST_CASE("quote add, revise, accept and to-order on the command line", "[quotes][cli]")
{
    TempDb db;
    Customer customer = makeCustomer(QStringLiteral("深圳市华彩广告有限公司"));
    CustomerRepository(*db).create(customer);
    db.db.reset();
    const QString json =
        QStringLiteral(
            R"({"customer": "深圳市华彩广告有限公司", "title": "门头招牌", "valid_until": "%1",
            "lines": [{"product": "喷绘布", "width_mm": 3000, "height_mm": 1500, "quantity": "2", "unit": "m²", "unit_price": "35.00"},
                      {"product": "安装", "quantity": "1", "unit": "次", "unit_price": "200"}]})")
            .arg(QDate::currentDate().addDays(10).toString(Qt::ISODate));
    const CliRun add = runCli({QStringLiteral("--db"), db.path, QStringLiteral("--json"),
                               QStringLiteral("quote"), QStringLiteral("add"), QStringLiteral("-")},
                              {}, json.toUtf8());
    REQUIRE(add.status == 0);
    const QString number = add.json().object().value(QStringLiteral("number")).toString();
    CHECK(add.json().object().value(QStringLiteral("total")).toString() == QStringLiteral("515.00"));
    QString cheaper = json;
    cheaper.replace(QStringLiteral("\"35.00\""), QStringLiteral("\"32.00\""));
    const CliRun revise = runCli({QStringLiteral("--db"), db.path, QStringLiteral("quote"),
                                  QStringLiteral("revise"), number, QStringLiteral("-")},
                                 {}, cheaper.toUtf8());
    REQUIRE(revise.status == 0);
    CHECK(revise.out.trimmed() == number + QStringLiteral(" v2"));
    const CliRun accept = runCli({QStringLiteral("--db"), db.path, QStringLiteral("--json"),
                                  QStringLiteral("quote"), QStringLiteral("accept"), number});
    REQUIRE(accept.status == 0);
    CHECK(accept.json().object().value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    CHECK(accept.json().object().value(QStringLiteral("revisions")).toArray().size() == 2);
    const CliRun order = runCli({QStringLiteral("--db"), db.path, QStringLiteral("--json"),
                                 QStringLiteral("quote"), QStringLiteral("to-order"), number});
    REQUIRE(order.status == 0);
    CHECK(order.json().object().value(QStringLiteral("total")).toString() == QStringLiteral("488.00"));
    const QString orderNumber = order.json().object().value(QStringLiteral("order")).toString();
    const CliRun shown = runCli({QStringLiteral("--db"), db.path, QStringLiteral("--json"),
                                 QStringLiteral("order"), QStringLiteral("show"), orderNumber});
    REQUIRE(shown.status == 0);
    CHECK(shown.json().object().value(QStringLiteral("total")).toString() == QStringLiteral("488.00"));
    const CliRun again = runCli(
        {QStringLiteral("--db"), db.path, QStringLiteral("quote"), QStringLiteral("to-order"), number});
    CHECK(again.status == 1);
    CHECK(again.err.contains(orderNumber));
    const CliRun list =
        runCli({QStringLiteral("--db"), db.path, QStringLiteral("--json"), QStringLiteral("quote"),
                QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("ordered")});
    REQUIRE(list.status == 0);
    CHECK(list.json().object().value(QStringLiteral("count")).toInt() == 1);
    const CliRun bad = runCli({QStringLiteral("--db"), db.path, QStringLiteral("quote"),
                               QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("maybe")});
    CHECK(bad.status == 2);
}
