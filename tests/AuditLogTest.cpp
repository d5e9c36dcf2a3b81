#include "TestSupport.h"

#include "domain/CustomerJson.h"
#include "services/Backups.h"
#include "services/Exports.h"
#include "store/AuditLog.h"
#include "store/CatalogRepository.h"
#include "store/CustomerRepository.h"
#include "store/DeliveryRepository.h"
#include "store/OrderRepository.h"
#include "store/UserRepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

QJsonObject parsed(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// A few entries of every kind: two customers created, one changed twice, a product removed.
qint64 someHistory(Database& db)
{
    CustomerRepository customers(db);
    Customer c = makeCustomer(QStringLiteral("华彩广告"), QStringLiteral("13812345678"));
    customers.create(c);
    c.notes = QStringLiteral("老客户");
    customers.update(c);
    c.grade = QStringLiteral("A");
    c.notes.clear();
    customers.update(c);
    Customer d = makeCustomer(QStringLiteral("鑫源装饰"));
    customers.create(d);
    CatalogRepository catalog(db);
    Product p;
    p.name = QStringLiteral("旧海报");
    p.unit = QStringLiteral("张");
    p.unitPrice = Money::fromFen(100);
    catalog.createProduct(p);
    catalog.removeProduct(p.meta.id);
    return c.meta.id;
}

qint64 lastEntry(Database& db)
{
    return scalar(db, QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
}

} // namespace

TEST_CASE("audit: an entry keeps only the fields that changed", "[audit]")
{
    TempDb db;
    const qint64 id = someHistory(*db);
    Sql q(*db, QStringLiteral("SELECT op, before, after FROM audit_log WHERE entity = 'customer' AND entity_id = ? "
                              "ORDER BY id"));
    q.bind(id).exec();
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("insert"));
    CHECK(q.value(1).isNull());
    CHECK(q.value(2).isNull());
    REQUIRE(q.next());
    CHECK(q.value(1).isNull());
    CHECK(parsed(q.value(2)) == QJsonObject{{QStringLiteral("notes"), QStringLiteral("老客户")}});
    REQUIRE(q.next());
    // The note was cleared (in before, not in after) and the grade set.
    CHECK(parsed(q.value(1)) == QJsonObject{{QStringLiteral("notes"), QStringLiteral("老客户")}});
    CHECK(parsed(q.value(2)) == QJsonObject{{QStringLiteral("grade"), QStringLiteral("A")}});
    CHECK_FALSE(q.next());

    // A removal keeps what was removed, without the row's bookkeeping.
    const QJsonObject removed = parsed(
        scalar(*db, QStringLiteral("SELECT before FROM audit_log WHERE entity = 'product' AND op = 'delete'")));
    CHECK(removed.value(QStringLiteral("name")).toString() == QStringLiteral("旧海报"));
    CHECK_FALSE(removed.contains(QStringLiteral("version")));
    CHECK_FALSE(removed.contains(QStringLiteral("created_by")));

    // Saving without a change adds nothing.
    CustomerRepository customers(*db);
    Customer same = customers.get(id);
    const qint64 before = lastEntry(*db);
    customers.update(same);
    CHECK(lastEntry(*db) == before);
}

TEST_CASE("audit: the chain verifies, and Python's reading of it agrees", "[audit][sqlite]")
{
    TempDb db;
    someHistory(*db);
    const AuditVerification v = AuditLog::verify(*db);
    CHECK(v.ok);
    CHECK(v.problem.isEmpty());
    const qint64 entries = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    CHECK(entries == 6);
    CHECK(v.entries == entries);
    CHECK(AuditLog::count(*db) == entries);
    CHECK(runPythonTool(QStringLiteral("audit_chain.py"), {db.path})
          == QStringLiteral("ok %1 %2").arg(entries).arg(QString::fromLatin1(v.head.toHex())));
}

TEST_CASE("audit: a changed, removed or reordered entry is found", "[audit][sqlite]")
{
    TempDb db;
    someHistory(*db);
    const qint64 last = lastEntry(*db);
    REQUIRE(last == 6);

    SECTION("changed")
    {
        db->exec(QStringLiteral("UPDATE audit_log SET after = '{\"notes\":\"新客户\"}' WHERE id = 2"));
        const AuditVerification v = AuditLog::verify(*db);
        CHECK_FALSE(v.ok);
        CHECK(v.brokenAt == 2);
        CHECK(runPythonTool(QStringLiteral("audit_chain.py"), {db.path}) == QStringLiteral("broken 2"));
    }
    SECTION("who changed")
    {
        db->exec(QStringLiteral("UPDATE audit_log SET who = 'somebody' WHERE id = 4"));
        CHECK(AuditLog::verify(*db).brokenAt == 4);
    }
    SECTION("removed from the middle")
    {
        db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3"));
        const AuditVerification v = AuditLog::verify(*db);
        CHECK_FALSE(v.ok);
        CHECK(v.brokenAt == 4);
        CHECK(runPythonTool(QStringLiteral("audit_chain.py"), {db.path}) == QStringLiteral("broken 4"));
    }
    SECTION("reordered")
    {
        db->exec(QStringLiteral("UPDATE audit_log SET id = -2 WHERE id = 2"));
        db->exec(QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 3"));
        db->exec(QStringLiteral("UPDATE audit_log SET id = 3 WHERE id = -2"));
        const AuditVerification v = AuditLog::verify(*db);
        CHECK_FALSE(v.ok);
        CHECK(v.brokenAt == 2);
    }
    SECTION("the newest removed")
    {
        db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 6"));
        const AuditVerification v = AuditLog::verify(*db);
        CHECK_FALSE(v.ok);
        CHECK(v.brokenAt == 6);
        CHECK(v.problem.contains(QStringLiteral("5")));
        CHECK(runPythonTool(QStringLiteral("audit_chain.py"), {db.path}) == QStringLiteral("broken 6"));
    }
    SECTION("the CLI reports the first broken link with exit 1")
    {
        CliRun ok = runCli({QStringLiteral("--db"), db.path, QStringLiteral("audit"), QStringLiteral("verify")});
        db.db.reset();
        CHECK(ok.status == 0);
        CHECK(ok.out.startsWith(QStringLiteral("ok: 6 ")));
        Database raw(db.path);
        raw.exec(QStringLiteral("UPDATE audit_log SET op = 'archive' WHERE id = 5"));
        CliRun broken = runCli({QStringLiteral("--db"), db.path, QStringLiteral("--json"), QStringLiteral("audit"),
                                QStringLiteral("verify")});
        CHECK(broken.status == 1);
        CHECK(broken.json().object().value(QStringLiteral("broken_at")).toInteger() == 5);
    }
}

TEST_CASE("audit: two connections writing in turn keep one chain", "[audit]")
{
    TempDb db;
    Database second(db.path);
    CustomerRepository one(*db);
    CustomerRepository two(second);
    for (int i = 0; i < 20; ++i) {
        Customer c = makeCustomer(QStringLiteral("客户%1").arg(i));
        (i % 2 ? one : two).create(c);
    }
    const AuditVerification v = AuditLog::verify(*db);
    CHECK(v.ok);
    CHECK(v.entries == 20);
    CHECK(runPythonTool(QStringLiteral("audit_chain.py"), {db.path}).startsWith(QStringLiteral("ok 20 ")));
}

TEST_CASE("audit: prints and exports are entries too", "[audit]")
{
    TempDb db;
    const qint64 before = lastEntry(*db);
    PrintLog::record(*db, QStringLiteral("delivery_slip"), 7, {}, QStringLiteral("241x140"));
    PrintLog::record(*db, QStringLiteral("delivery_slip"), 7, {}, QStringLiteral("a4"));
    Sql q(*db, QStringLiteral("SELECT entity, entity_id, op, after, who FROM audit_log WHERE id > ? ORDER BY id"));
    q.bind(before).exec();
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("delivery_slip"));
    CHECK(q.value(1).toLongLong() == 7);
    CHECK(q.value(2).toString() == QStringLiteral("print"));
    CHECK(parsed(q.value(3)) == QJsonObject{{QStringLiteral("copy"), 1}, {QStringLiteral("form"), QStringLiteral("241x140")}});
    CHECK(q.value(4).toString() == db->session().user);
    REQUIRE(q.next());
    CHECK(parsed(q.value(3)).value(QStringLiteral("copy")).toInt() == 2);

    const QString file = db.dir.filePath(QStringLiteral("跟进.csv"));
    Exports::followUps(*db, {}, file);
    const QJsonObject exported =
        parsed(scalar(*db, QStringLiteral("SELECT after FROM audit_log WHERE op = 'export' AND entity = 'follow_up'")));
    CHECK(exported == QJsonObject{{QStringLiteral("file"), QStringLiteral("跟进.csv")}, {QStringLiteral("rows"), 0}});
    CHECK(AuditLog::verify(*db).ok);
}

TEST_CASE("audit: list filters by user, record, action and period, newest first", "[audit]")
{
    TempDb db;
    const qint64 id = someHistory(*db);
    AuditFilter byRecord;
    byRecord.entity = QStringLiteral("customer");
    byRecord.entityId = id;
    const QList<AuditEntry> record = AuditLog::list(*db, byRecord, 10);
    REQUIRE(record.size() == 3);
    CHECK(record.at(0).id > record.at(1).id);
    CHECK(record.at(2).op == QStringLiteral("insert"));

    AuditFilter removals;
    removals.op = QStringLiteral("delete");
    CHECK(AuditLog::list(*db, removals, 10).size() == 1);

    AuditFilter nobody;
    nobody.who = QStringLiteral("nobody");
    CHECK(AuditLog::list(*db, nobody, 10).isEmpty());

    AuditFilter future;
    future.from = QDateTime::currentDateTimeUtc().addDays(1);
    CHECK(AuditLog::list(*db, future, 10).isEmpty());

    AuditFilter page;
    page.beforeId = 3;
    const QList<AuditEntry> older = AuditLog::list(*db, page, 10);
    REQUIRE(older.size() == 2);
    CHECK(older.at(0).id == 2);
}

TEST_CASE("audit: schema 8 turns whole copies into field changes and keeps what they said",
          "[audit][migration][sqlite]")
{
    DatabaseOptions atSchema8;
    atSchema8.upToVersion = 8;
    TempDb db(atSchema8);
    // Today's code writes the customers; it needs what schemas 12 and 23 added, taken away again below.
    db->exec(QStringLiteral("ALTER TABLE customers ADD COLUMN search_day INTEGER NOT NULL DEFAULT 0"));
    db->exec(
        QStringLiteral("ALTER TABLE customers ADD COLUMN postcode TEXT NOT NULL DEFAULT ''")); // schema 23
    db->exec(QStringLiteral("ALTER TABLE customers ADD COLUMN campaign_id INTEGER"));          // schema 25
    db->exec(
        QStringLiteral("ALTER TABLE contacts ADD COLUMN postcode TEXT NOT NULL DEFAULT ''")); // schema 28
    db->exec(QStringLiteral("CREATE VIRTUAL TABLE search_fts USING fts5(keys, content = '', detail = none)"));
    CustomerRepository customers(*db);
    // The states a customer went through, as an earlier version copied them whole into the log.
    Customer c = makeCustomer(QStringLiteral("华彩广告"), QStringLiteral("13812345678"));
    customers.create(c);
    const QJsonObject created = CustomerJson::toJson(customers.get(c.meta.id));
    c.notes = QStringLiteral("老客户");
    c.phones = {QStringLiteral("13900001111")};
    customers.update(c);
    const QJsonObject changed = CustomerJson::toJson(customers.get(c.meta.id));
    c.grade = QStringLiteral("A");
    customers.update(c);
    const QJsonObject graded = CustomerJson::toJson(customers.get(c.meta.id));
    auto text = [](const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };

    // Turn the file back into schema 7's shape, with the log as schema 7 wrote it.
    db->exec(QStringLiteral("DELETE FROM audit_log"));
    db->exec(QStringLiteral("DROP TABLE audit_chain"));
    db->exec(QStringLiteral("DROP INDEX audit_log_who"));
    db->exec(QStringLiteral("ALTER TABLE audit_log DROP COLUMN hash"));
    db->exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 8"));
    db->exec(QStringLiteral("DROP TABLE search_fts"));
    db->exec(QStringLiteral("ALTER TABLE customers DROP COLUMN search_day"));
    db->exec(QStringLiteral("ALTER TABLE customers DROP COLUMN postcode"));
    db->exec(QStringLiteral("ALTER TABLE customers DROP COLUMN campaign_id"));
    db->exec(QStringLiteral("ALTER TABLE contacts DROP COLUMN postcode"));
    const QList<QVariantList> old = {
        {QStringLiteral("customer"), c.meta.id, QStringLiteral("insert"), QVariant(), text(created)},
        {QStringLiteral("customer"), c.meta.id, QStringLiteral("update"), text(created), text(changed)},
        {QStringLiteral("customer"), c.meta.id, QStringLiteral("update"), text(changed), text(graded)},
        {QStringLiteral("product"), 9, QStringLiteral("delete"),
         QStringLiteral("{\"id\":9,\"version\":3,\"created_by\":\"王芳\",\"name\":\"旧海报\",\"unit_price\":\"1.00\"}"),
         QVariant()},
        {QStringLiteral("note"), 1, QStringLiteral("update"), QStringLiteral("not json"), QVariant()},
    };
    for (const QVariantList& row : old)
        Sql(*db, QStringLiteral("INSERT INTO audit_log(at, who, desk, entity, entity_id, op, before, after) "
                                "VALUES ('2026-11-30T10:00:00.000Z', '王芳', 'desk-1', ?, ?, ?, ?, ?)"))
            .bindAll(row)
            .exec();
    db.db.reset();

    Database upgraded(db.path);
    REQUIRE(upgraded.schemaVersion() >= 8);
    Sql q(upgraded, QStringLiteral("SELECT id, who, desk, op, before, after FROM audit_log ORDER BY id"));
    q.exec();
    QList<QVariantList> rows;
    while (q.next())
        rows.append({q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5)});
    REQUIRE(rows.size() == 5);
    // Who, where and when stay as they were.
    CHECK(rows.at(0).at(1).toString() == QStringLiteral("王芳"));
    CHECK(rows.at(0).at(2).toString() == QStringLiteral("desk-1"));
    // The create keeps no copy; the changes keep exactly the fields that changed.
    CHECK(rows.at(0).at(4).isNull());
    CHECK(rows.at(0).at(5).isNull());
    // (Mobiles are stored grouped 3-4-4.)
    CHECK(parsed(rows.at(1).at(4)) == QJsonObject{{QStringLiteral("phone"), QStringLiteral("138 1234 5678")},
                                                  {QStringLiteral("phones"), QJsonArray{QStringLiteral("138 1234 5678")}}});
    CHECK(parsed(rows.at(1).at(5)) == QJsonObject{{QStringLiteral("notes"), QStringLiteral("老客户")},
                                                  {QStringLiteral("phone"), QStringLiteral("139 0000 1111")},
                                                  {QStringLiteral("phones"), QJsonArray{QStringLiteral("139 0000 1111")}}});
    CHECK(rows.at(2).at(4).isNull());
    CHECK(parsed(rows.at(2).at(5)) == QJsonObject{{QStringLiteral("grade"), QStringLiteral("A")}});
    CHECK(parsed(rows.at(3).at(4)) == QJsonObject{{QStringLiteral("name"), QStringLiteral("旧海报")},
                                                  {QStringLiteral("unit_price"), QStringLiteral("1.00")}});
    // What is not a JSON object is kept word for word.
    CHECK(rows.at(4).at(4).toString() == QStringLiteral("not json"));

    // What the old create entry said is still known: today's row with the changes undone, newest first.
    QJsonObject state = CustomerJson::toJson(CustomerRepository(upgraded).get(c.meta.id));
    for (int i = 2; i >= 1; --i) {
        const QJsonObject before = parsed(rows.at(i).at(4));
        const QJsonObject after = parsed(rows.at(i).at(5));
        for (const QString& key : after.keys() + before.keys())
            if (before.contains(key))
                state.insert(key, before.value(key));
            else
                state.remove(key);
    }
    for (auto it = created.begin(); it != created.end(); ++it) {
        if (QStringList{QStringLiteral("version"), QStringLiteral("updated_at"), QStringLiteral("updated_by")}.contains(it.key()))
            continue;
        INFO(it.key().toStdString());
        const bool empty = it.value().isNull() || it.value() == QJsonValue(QString()) || it.value() == QJsonValue(QJsonArray());
        if (empty)
            CHECK((!state.contains(it.key()) || state.value(it.key()) == it.value()));
        else
            CHECK(state.value(it.key()) == it.value());
    }

    const AuditVerification v = AuditLog::verify(upgraded);
    CHECK(v.ok);
    CHECK(v.entries == 5);
    CHECK(runPythonTool(QStringLiteral("audit_chain.py"), {db.path})
          == QStringLiteral("ok 5 %1").arg(QString::fromLatin1(v.head.toHex())));
    // The next change continues the chain.
    CustomerRepository(upgraded).setArchived(c.meta.id, CustomerRepository(upgraded).get(c.meta.id).meta.version, true);
    CHECK(AuditLog::verify(upgraded).entries == 6);
    CHECK(AuditLog::verify(upgraded).ok);
}

TEST_CASE("audit: each kind of action is one entry with its own name", "[audit]")
{
    OrderShop shop;
    Database& db = *shop.db;
    Order o = shop.order(shop.customer, QDateTime::currentDateTime());
    OrderRepository(db).create(o);
    OrderRepository(db).setStatus(o.meta.id, -1, OrderStatus::InProduction);
    OrderRepository(db).setStatus(o.meta.id, -1, OrderStatus::Cancelled, QStringLiteral("客户不要了"));
    OrderRepository(db).reopen(o.meta.id, -1, QStringLiteral("客户又要了"));
    CustomerRepository(db).setArchived(shop.other, CustomerRepository(db).get(shop.other).meta.version, true);
    QTemporaryDir folder;
    const BackupInfo made = Backups::createInFolder(db, folder.path());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'backup' AND op = 'backup'")).toInt() == 1);
    // The restore brings the log back to the backup's moment (which is before the backup's own
    // entry), then records itself with the file, the head it brought back and the safety backup.
    Backups::restore(db, made.path, {}, folder.path());
    User boss;
    boss.login = QStringLiteral("boss");
    UserRepository(db).createUser(boss, QStringLiteral("secret-1"));
    CHECK_THROWS(UserRepository(db).signIn(QStringLiteral("boss"), QStringLiteral("wrong-1")));
    UserRepository(db).signIn(QStringLiteral("boss"), QStringLiteral("secret-1"));

    Sql q(db, QStringLiteral("SELECT entity || ':' || op FROM audit_log ORDER BY id"));
    q.exec();
    QStringList actions;
    while (q.next())
        actions.append(q.value(0).toString());
    for (const char* expected : {"order:insert", "order:status", "order:reopen", "customer:archive", "backup:restore",
                                 "user:insert", "user:login_failed", "user:login"})
        CHECK(actions.contains(QString::fromLatin1(expected)));
    CHECK(actions.count(QStringLiteral("order:status")) == 2);
    // The cancellation keeps its reason, as a field that changed.
    const QJsonObject cancelled = parsed(scalar(db, QStringLiteral("SELECT after FROM audit_log WHERE op = 'status' "
                                                                   "ORDER BY id DESC LIMIT 1")));
    CHECK(cancelled == QJsonObject{{QStringLiteral("status"), QStringLiteral("cancelled")},
                                   {QStringLiteral("reason"), QStringLiteral("客户不要了")}});
    // Who signed in is the one the later entries name.
    CHECK(scalar(db, QStringLiteral("SELECT who FROM audit_log ORDER BY id DESC LIMIT 1")).toString() == QStringLiteral("boss"));
    CHECK(AuditLog::verify(db).ok);
}
