#include "TestSupport.h"

#include "store/CatalogRepository.h"
#include "store/CustomerPool.h"
#include "store/CustomerRepository.h"
#include "store/FollowUpRepository.h"
#include "store/OrderRepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0)).toUTC();
}

struct PoolShop : OrderShop
{
    qint64 x = 0, y = 0, z = 0, w = 0;
    PoolShop()
    {
        CatalogRepository catalog(*db);
        for (const char* name : {"王芳", "李四"}) {
            StaffMember s;
            s.name = QString::fromUtf8(name);
            catalog.createStaff(s);
        }
        CustomerRepository customers(*db);
        auto make = [&](const char* name, const char* grade) {
            Customer c = makeCustomer(QString::fromUtf8(name));
            c.grade = QString::fromUtf8(grade);
            return customers.create(c);
        };
        x = make("甲广告", "");
        y = make("乙装饰", "");
        z = make("丙传媒", "A");
        w = make("丁印务", "");
        PoolRules rules;
        rules.defaults = {30, 0, 5, 10, 2, 3};
        rules.grades.insert(QStringLiteral("A"), PoolRule{60, 90, 7, 10, 0, 0});
        CustomerPool::setRules(*db, rules);
        for (qint64 id : {x, y, z})
            CustomerPool::assign(*db, id, QStringLiteral("王芳"), at(3, 1));
    }
    QString owner(qint64 id)
    {
        return scalar(*db, QStringLiteral("SELECT owner FROM customers WHERE id = %1").arg(id)).toString();
    }
    void followUp(qint64 customer, const QDateTime& when)
    {
        FollowUp f;
        f.customerId = customer;
        f.at = when;
        f.subject = QStringLiteral("回访");
        FollowUpRepository(*db).create(f);
    }
};

QList<qint64> ids(const QList<PoolReturn>& list)
{
    QList<qint64> result;
    for (const PoolReturn& r : list)
        result.append(r.customerId);
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

TEST_CASE("the pool's rules return idle customers on a fixed calendar, per grade, a follow-up or order "
          "resetting the clock",
          "[pool]")
{
    PoolShop shop;
    Database& db = *shop.db;
    shop.followUp(shop.y, at(3, 20));
    // Z (grade A): an order on 15 March; a cancelled one later does not count.
    Order order = shop.order(shop.z, at(3, 15));
    OrderRepository(db).create(order);
    Order cancelled = shop.order(shop.z, at(5, 1));
    OrderRepository(db).create(cancelled);
    OrderRepository(db).setStatus(cancelled.meta.id, cancelled.meta.version, OrderStatus::Cancelled,
                                  QStringLiteral("不做了"));
    shop.followUp(shop.z, at(5, 1));

    // 30 March: X (taken 1 March, no follow-up) returns on 31 March, within its 5 reminder days.
    PoolRun run = CustomerPool::run(db, QDate(2026, 3, 30));
    CHECK(run.returned.isEmpty());
    CHECK(run.checked == 3);
    REQUIRE(ids(run.upcoming) == QList<qint64>{shop.x});
    CHECK(run.upcoming.first().returnsOn == QDate(2026, 3, 31));
    CHECK(CustomerPool::upcoming(db, QDate(2026, 3, 30), QStringLiteral("王芳")).size() == 1);
    CHECK(CustomerPool::upcoming(db, QDate(2026, 3, 30), QStringLiteral("李四")).isEmpty());
    CHECK(CustomerPool::upcoming(db, QDate(2026, 3, 25), {}).isEmpty()); // 6 days before: not yet

    run = CustomerPool::run(db, QDate(2026, 3, 31));
    REQUIRE(ids(run.returned) == QList<qint64>{shop.x});
    CHECK(run.returned.first().reason.contains(QStringLiteral("follow-up")));
    CHECK(shop.owner(shop.x).isEmpty());
    CHECK(scalar(db, QStringLiteral("SELECT previous_owner FROM customers WHERE id = %1").arg(shop.x))
              .toString() == QStringLiteral("王芳"));
    CHECK(
        scalar(db, QStringLiteral("SELECT count(*) FROM pool_moves WHERE customer_id = %1 AND op = 'return'")
                       .arg(shop.x))
            .toInt() == 1);
    CHECK(scalar(db, QStringLiteral(
                         "SELECT count(*) FROM audit_log WHERE entity = 'customer' AND entity_id = %1 AND "
                         "op = 'update' AND before LIKE '%王芳%'")
                         .arg(shop.x))
              .toInt() >= 1);
    // The same day again: nothing more moves.
    run = CustomerPool::run(db, QDate(2026, 3, 31));
    CHECK(run.returned.isEmpty());
    CHECK(run.checked == 2);

    // Y's follow-up on 20 March moved its clock to 19 April.
    CHECK(CustomerPool::run(db, QDate(2026, 4, 18)).returned.isEmpty());
    CHECK(ids(CustomerPool::run(db, QDate(2026, 4, 19)).returned) == QList<qint64>{shop.y});

    // Z is grade A: 60 days from its follow-up (30 June), 90 from its order (13 June): the order decides.
    CHECK(ids(CustomerPool::upcoming(db, QDate(2026, 6, 6))) == QList<qint64>{shop.z});
    CHECK(CustomerPool::upcoming(db, QDate(2026, 6, 5)).isEmpty());
    run = CustomerPool::run(db, QDate(2026, 6, 13));
    REQUIRE(ids(run.returned) == QList<qint64>{shop.z});
    CHECK(run.returned.first().reason.contains(QStringLiteral("order")));
    CHECK(run.returned.first().returnsOn == QDate(2026, 6, 13));
}

TEST_CASE("claiming from the pool keeps the limits per day and per person and a former owner's wait",
          "[pool]")
{
    PoolShop shop;
    Database& db = *shop.db;
    CustomerPool::run(db, QDate(2026, 3, 31)); // X, Y and (follow-up 30 days) … back to the pool
    REQUIRE(shop.owner(shop.x).isEmpty());
    REQUIRE(shop.owner(shop.y).isEmpty());
    // The former owner waits 10 days from 31 March.
    try {
        CustomerPool::claim(db, shop.x, QStringLiteral("王芳"), at(4, 9));
        FAIL("claimed within the waiting period");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreError::Kind::Denied);
    }
    CustomerPool::claim(db, shop.x, QStringLiteral("王芳"), at(4, 10));
    CHECK(shop.owner(shop.x) == QStringLiteral("王芳"));
    // Somebody else's is not in the pool.
    CHECK_THROWS_AS(CustomerPool::claim(db, shop.x, QStringLiteral("李四"), at(4, 10)), StoreError);
    // Two claims a day each.
    CustomerPool::claim(db, shop.y, QStringLiteral("李四"), at(4, 11, 9));
    CustomerPool::claim(db, shop.w, QStringLiteral("李四"), at(4, 11, 10));
    Customer extra = makeCustomer(QStringLiteral("戊文化"));
    const qint64 v = CustomerRepository(db).create(extra);
    try {
        CustomerPool::claim(db, v, QStringLiteral("李四"), at(4, 11, 15));
        FAIL("a third claim the same day");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("today")));
    }
    // The next day it may; then 李四 owns 3, the most one person may.
    CustomerPool::claim(db, v, QStringLiteral("李四"), at(4, 12));
    Customer more = makeCustomer(QStringLiteral("己设计"));
    const qint64 u = CustomerRepository(db).create(more);
    try {
        CustomerPool::claim(db, u, QStringLiteral("李四"), at(4, 13));
        FAIL("a fourth customer for one person");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("3")));
    }
    // Released, it is in the pool with its previous owner; the list shows it first.
    CustomerPool::release(db, v, QStringLiteral("不做了"), at(4, 14));
    const QList<PoolEntry> pool = CustomerPool::pool(db, 10);
    REQUIRE_FALSE(pool.isEmpty());
    CHECK(pool.first().customerId == v);
    CHECK(pool.first().previousOwner == QStringLiteral("李四"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pool_moves WHERE op = 'claim'")).toInt() == 4);
}

TEST_CASE("pool rules, run and claim, and customer owner on the command line", "[pool][cli]")
{
    PoolShop shop;
    const QString path = shop.db.path;
    shop.db.db.reset();
    auto cli = [&](QStringList args) {
        args.prepend(QStringLiteral("--json"));
        args.prepend(path);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    };
    CliRun rules = cli({QStringLiteral("pool"), QStringLiteral("rules"), QStringLiteral("--grade"),
                        QStringLiteral("B"), QStringLiteral("--no-followup-days"), QStringLiteral("15")});
    REQUIRE(rules.status == 0);
    CHECK(rules.json()
              .object()
              .value(QStringLiteral("grades"))
              .toObject()
              .value(QStringLiteral("B"))
              .toObject()
              .value(QStringLiteral("no_followup_days"))
              .toInt() == 15);
    CHECK(rules.json()
              .object()
              .value(QStringLiteral("default"))
              .toObject()
              .value(QStringLiteral("no_followup_days"))
              .toInt() == 30);
    const CliRun dry = cli({QStringLiteral("pool"), QStringLiteral("run"), QStringLiteral("--date"),
                            QStringLiteral("2026-03-31"), QStringLiteral("--dry-run")});
    REQUIRE(dry.status == 0);
    CHECK(dry.json().object().value(QStringLiteral("returned")).toArray().size() == 2);
    CliRun run = cli({QStringLiteral("pool"), QStringLiteral("run"), QStringLiteral("--date"),
                      QStringLiteral("2026-03-31")});
    REQUIRE(run.status == 0);
    CHECK(run.json().object().value(QStringLiteral("returned")).toArray().size() == 2);
    run = cli({QStringLiteral("pool"), QStringLiteral("run"), QStringLiteral("--date"),
               QStringLiteral("2026-03-31")});
    CHECK(run.json().object().value(QStringLiteral("returned")).toArray().isEmpty());
    const CliRun owner = cli({QStringLiteral("customer"), QStringLiteral("owner"), QString::number(shop.x),
                              QStringLiteral("李四")});
    REQUIRE(owner.status == 0);
    const CliRun list = cli({QStringLiteral("pool"), QStringLiteral("list")});
    REQUIRE(list.status == 0);
    const QJsonArray pool = list.json().object().value(QStringLiteral("pool")).toArray();
    bool sawY = false;
    for (const QJsonValue& v : pool) {
        CHECK(v.toObject().value(QStringLiteral("customer_id")).toInteger() != shop.x);
        if (v.toObject().value(QStringLiteral("customer_id")).toInteger() == shop.y) {
            sawY = true;
            CHECK(v.toObject().value(QStringLiteral("previous_owner")).toString() == QStringLiteral("王芳"));
        }
    }
    CHECK(sawY);
    const CliRun claim = cli({QStringLiteral("pool"), QStringLiteral("claim"), QString::number(shop.y)});
    CHECK(claim.status == 2); // nobody signed in is a staff member: --staff is needed
    const CliRun claimed = cli({QStringLiteral("pool"), QStringLiteral("claim"), QString::number(shop.y),
                                QStringLiteral("--staff"), QStringLiteral("李四")});
    CHECK(claimed.status == 0);
    const CliRun bad = cli({QStringLiteral("pool"), QStringLiteral("rules"), QStringLiteral("--remind-days"),
                            QStringLiteral("-3")});
    CHECK(bad.status != 0);
}
