#include "TestSupport.h"

#include "domain/Campaign.h"
#include "store/CampaignRepository.h"
#include "store/CustomerRepository.h"
#include "store/OrderRepository.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

QDateTime at(int m, int d, int h = 10)
{
    return QDateTime(QDate(2027, m, d), QTime(h, 0)).toUTC();
}

// A customer as the campaign brought them, on a given day.
qint64 customerFrom(Database& db, const QString& name, qint64 campaign, const QString& source,
                    const QDateTime& created)
{
    Customer c = makeCustomer(name);
    c.campaignId = campaign;
    c.source = source;
    const qint64 id = CustomerRepository(db).create(c);
    db.exec(QStringLiteral("UPDATE customers SET created_at = '%1' WHERE id = %2")
                .arg(created.toString(Qt::ISODateWithMs))
                .arg(id));
    return id;
}

struct CampaignShop
{
    OrderShop shop;
    Campaign flyers;
    qint64 x = 0, y = 0, w = 0;
    CampaignShop()
    {
        CampaignRepository campaigns(*shop.db);
        flyers.name = QStringLiteral("小区传单");
        flyers.channel = QStringLiteral("传单");
        flyers.startsOn = QDate(2027, 3, 1);
        flyers.endsOn = QDate(2027, 3, 7);
        flyers.windowDays = 30; // counts to 6 April
        flyers.budget = Money::fromFen(80000);
        flyers.cost = Money::fromFen(50000);
        campaigns.create(flyers);
        x = customerFrom(*shop.db, QStringLiteral("一号门店"), flyers.meta.id, QStringLiteral("传单"),
                         at(3, 3));
        w = customerFrom(*shop.db, QStringLiteral("二号门店"), flyers.meta.id, QStringLiteral("传单"),
                         at(3, 20));
        y = customerFrom(*shop.db, QStringLiteral("三号门店"), flyers.meta.id, QStringLiteral("展会"),
                         at(4, 10));
        shop.db->exec(
            QStringLiteral("UPDATE customers SET created_at = '2026-01-01T00:00:00.000Z' WHERE id = %1")
                .arg(shop.customer));
        OrderRepository orders(*shop.db);
        // Each order is 3 m × 1.5 m × 2 = 9 m² at the price per m².
        Order xs = shop.order(x, at(3, 5), 2000); // 180.00, in the window: counts (the customer's campaign)
        orders.create(xs);
        Order late = shop.order(x, at(4, 10), 5000); // after the window
        orders.create(late);
        Order cancelled = shop.order(x, at(3, 6), 5000);
        orders.create(cancelled);
        orders.setStatus(cancelled.meta.id, cancelled.meta.version, OrderStatus::Cancelled,
                         QStringLiteral("不要了"));
        Order named = shop.order(shop.customer, at(3, 6), 3000); // 270.00, names the campaign itself
        named.campaignId = flyers.meta.id;
        orders.create(named);
        Order ys = shop.order(y, at(3, 10), 1000); // 90.00: the customer came later but counts
        orders.create(ys);
        Order other = shop.order(shop.other, at(3, 6), 4000); // nothing to do with it
        orders.create(other);
    }
};

} // namespace

TEST_CASE("a campaign's return: orders and new customers in its window, cost per new customer and ROI",
          "[campaigns]")
{
    CampaignShop s;
    CampaignRepository campaigns(*s.shop.db);
    const CampaignResult r = campaigns.result(campaigns.get(s.flyers.meta.id));
    CHECK(r.to == QDate(2027, 4, 6));
    CHECK(r.newCustomers == 2); // 一号 and 二号; 三号 came after the window
    CHECK(r.orders == 3);       // 180.00 + 270.00 + 90.00
    CHECK(r.revenue.fen() == 54000);
    CHECK(r.costPerNewCustomer()->fen() == 25000); // 500.00 ÷ 2
    CHECK(*r.roiPermille() == 80);                 // (540 − 500) ÷ 500 = 8.0 %
    CHECK(CampaignRules::percentText(r.roiPermille()) == QStringLiteral("8.0 %"));
    // The customer's link round-trips.
    CHECK(CustomerRepository(*s.shop.db).get(s.x).campaignId == s.flyers.meta.id);

    // Hand figures for the rounding: 1 fen over 3 customers, a loss.
    CampaignResult loss;
    loss.cost = Money::fromFen(30000);
    loss.revenue = Money::fromFen(10001);
    loss.newCustomers = 3;
    CHECK(loss.costPerNewCustomer()->fen() == 10000);
    CHECK(*loss.roiPermille() == -667); // −199.99 ÷ 300 = −66.66… %
    CHECK(CampaignRules::percentText(loss.roiPermille()) == QStringLiteral("-66.7 %"));
    CampaignResult free;
    CHECK_FALSE(free.roiPermille());
    CHECK_FALSE(free.costPerNewCustomer());
}

TEST_CASE("campaigns compared over a period, and lead sources", "[campaigns]")
{
    CampaignShop s;
    CampaignRepository campaigns(*s.shop.db);
    Campaign fair;
    fair.name = QStringLiteral("春季展会");
    fair.channel = QStringLiteral("展会");
    fair.startsOn = QDate(2027, 5, 1);
    fair.endsOn = QDate(2027, 5, 3);
    fair.cost = Money::fromFen(200000);
    campaigns.create(fair);
    const QList<CampaignResult> march = campaigns.compare(QDate(2027, 3, 1), QDate(2027, 3, 31));
    REQUIRE(march.size() == 1);
    CHECK(march.first().name == QStringLiteral("小区传单"));
    CHECK(campaigns.compare(QDate(2027, 3, 1), QDate(2027, 5, 31)).size() == 2);

    // March: new customers by source, and orders by their customer's source (cancelled left out).
    const QList<CampaignResult> sources = campaigns.sources(QDate(2027, 3, 1), QDate(2027, 3, 31));
    QStringList seen;
    for (const CampaignResult& r : sources)
        seen.append(
            QStringLiteral("%1:%2:%3:%4").arg(r.name).arg(r.newCustomers).arg(r.orders).arg(r.revenue.fen()));
    // 华彩广告 and 鑫源装饰 have no source: 270.00 + 360.00; 传单: 180.00; 展会: 90.00.
    CHECK(seen == QStringList{QStringLiteral(":0:2:63000"), QStringLiteral("传单:2:1:18000"),
                              QStringLiteral("展会:0:1:9000")});
    // The same figures by a plain query.
    CHECK(scalar(*s.shop.db,
                 QStringLiteral("SELECT sum(o.total) FROM orders o JOIN customers c ON c.id = o.customer_id "
                                "WHERE c.source = '传单' AND o.status <> 4 AND o.order_date < '2027-04'"))
              .toLongLong() == 18000);
}

TEST_CASE("campaigns: refusals, a campaign in use is kept, and a role without money sees no amounts",
          "[campaigns]")
{
    CampaignShop s;
    CampaignRepository campaigns(*s.shop.db);
    Campaign twin = s.flyers;
    twin.meta = {};
    CHECK_THROWS_AS(campaigns.create(twin), ValidationError); // the same name
    Campaign backwards;
    backwards.name = QStringLiteral("倒过来");
    backwards.startsOn = QDate(2027, 3, 7);
    backwards.endsOn = QDate(2027, 3, 1);
    CHECK_THROWS_AS(campaigns.create(backwards), ValidationError);
    try {
        campaigns.remove(s.flyers.meta.id, s.flyers.meta.version);
        FAIL("a campaign customers came from was deleted");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("3")));
    }
    backwards.endsOn = QDate(2027, 3, 9);
    campaigns.create(backwards);
    campaigns.setTargets(backwards.meta.id, {s.x, s.y, s.x});
    CHECK(campaigns.targets(backwards.meta.id) == QList<qint64>{s.x, s.y});
    // Adding keeps who is there and adds only the new, in one write.
    campaigns.setTargets(backwards.meta.id, {s.x});
    CHECK(campaigns.addTargets(backwards.meta.id, {s.y, s.x, s.y}) == 1);
    CHECK(campaigns.addTargets(backwards.meta.id, {s.x}) == 0);
    CHECK(scalar(*s.shop.db, QStringLiteral("SELECT count(*) FROM campaign_targets WHERE campaign_id = %1")
                                 .arg(backwards.meta.id))
              .toInt() == 2);
    campaigns.remove(backwards.meta.id, backwards.meta.version);
    CHECK(scalar(*s.shop.db, QStringLiteral("SELECT count(*) FROM campaign_targets")).toInt() == 0);
    CHECK(scalar(*s.shop.db,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'campaign' AND op = 'delete'"))
              .toInt() == 1);

    s.shop.db->setAccess(roleWithout(Module::Sales, Action::Money));
    const Campaign seen = campaigns.get(s.flyers.meta.id);
    CHECK(seen.cost.fen() == 0);
    CHECK(campaigns.result(seen).revenue.fen() == 0);
    // Saving without the money right keeps the amounts.
    Campaign renamed = seen;
    renamed.notes = QStringLiteral("第二轮");
    campaigns.update(renamed);
    CHECK(scalar(*s.shop.db, QStringLiteral("SELECT cost FROM campaigns WHERE id = %1").arg(s.flyers.meta.id))
              .toInt() == 50000);
}

TEST_CASE("campaigns on the command line", "[campaigns][cli]")
{
    OrderShop shop;
    const QString path = shop.db.path;
    shop.db.db.reset();
    const QStringList db{QStringLiteral("--db"), path};
    auto cli = [&](const QStringList& args) { return runCli(db + args); };
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const CliRun added = cli({QStringLiteral("campaign"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("新年短信"), QStringLiteral("--channel"), QStringLiteral("短信"),
                              QStringLiteral("--from"), today, QStringLiteral("--to"), today,
                              QStringLiteral("--cost"), QStringLiteral("100"), QStringLiteral("--json")});
    REQUIRE(added.status == 0);
    CHECK(cli({QStringLiteral("campaign"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("x")})
              .status == 2);
    const CliRun customer = cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                                 QStringLiteral("短信来的客户"), QStringLiteral("--campaign"),
                                 QStringLiteral("新年短信"), QStringLiteral("--json")});
    REQUIRE(customer.status == 0);
    const qint64 id = customer.json().object().value(QStringLiteral("id")).toInteger();
    // An order for them today: 9 m² at 25.00.
    const QByteArray order =
        QStringLiteral(R"({"customer": %1, "lines": [{"product": "户外喷绘布", "unit": "m²",
        "width_mm": 3000, "height_mm": 1500, "quantity": 2, "unit_price": "25.00"}]})")
            .arg(id)
            .toUtf8();
    REQUIRE(runCli(db + QStringList{QStringLiteral("order"), QStringLiteral("add"), QStringLiteral("-")}, {},
                   order)
                .status == 0);
    const CliRun report = cli({QStringLiteral("campaign"), QStringLiteral("report"),
                               QStringLiteral("新年短信"), QStringLiteral("--json")});
    REQUIRE(report.status == 0);
    const QJsonObject r = report.json().object();
    CHECK(r.value(QStringLiteral("new_customers")).toInt() == 1);
    CHECK(r.value(QStringLiteral("revenue")).toString() == QStringLiteral("225.00"));
    CHECK(r.value(QStringLiteral("roi_percent")).toString() == QStringLiteral("125.0")); // (225 − 100) ÷ 100
    CHECK(r.value(QStringLiteral("cost_per_new_customer")).toString() == QStringLiteral("100.00"));
    const CliRun period = cli({QStringLiteral("campaign"), QStringLiteral("report"), QStringLiteral("--from"),
                               today, QStringLiteral("--to"), today, QStringLiteral("--json")});
    REQUIRE(period.status == 0);
    CHECK(period.json().object().value(QStringLiteral("campaigns")).toArray().size() == 1);
    // In use: not deleted.
    CHECK(cli({QStringLiteral("campaign"), QStringLiteral("delete"), QStringLiteral("新年短信")}).status ==
          1);
}
