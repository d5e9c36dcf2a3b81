#include "store/CustomerRepository.h"
#include "store/CustomerSearchIndex.h"
#include "store/Dialect.h"
#include "store/Migrations.h"
#include "store/OrderRepository.h"
#include "store/RowSupport.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {
// What a database holds, as bytes to compare: a file's content, a server database's data as
// pg_dump writes it (without the random key of its \restrict lines).
QByteArray fileHash(const QString& path)
{
    if (ServerAddress::isServerUrl(path)) {
        QStringList lines = runTool(QStringLiteral("pg_dump"),
                                    {QStringLiteral("--data-only"), QStringLiteral("--dbname=") + path})
                                .split(QLatin1Char('\n'));
        lines.removeIf([](const QString& line) {
            return line.startsWith(QLatin1String("\\restrict")) ||
                   line.startsWith(QLatin1String("\\unrestrict"));
        });
        return QCryptographicHash::hash(lines.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256);
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
// A database file in dir holding one customer, closed again.
QString seededFile(const QTemporaryDir& dir, const QString& customerName)
{
    const QString path = dir.filePath(QStringLiteral("shop.db"));
    Database db(path);
    Customer c = makeCustomer(customerName);
    CustomerRepository(db).create(c);
    return path;
}

const int kLatest = Migrations::latestVersion(Migrations::ladder());

// Today's ladder with one more step on top (its version is the next one).
QList<MigrationStep> ladderWith(MigrationStep extra)
{
    QList<MigrationStep> ladder = Migrations::ladder();
    extra.version = kLatest + 1;
    ladder.append(extra);
    return ladder;
}
} // namespace

TEST_CASE("a fresh database gets the whole ladder and single-desk settings", "[database][sqlite]")
{
    TempDb db;
    CHECK(db->schemaVersion() == Migrations::latestVersion(Migrations::ladder()));
    CHECK(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM schema_version")).toInt() == kLatest);
    CHECK(db->lastUpgradeBackup().isEmpty()); // nothing to back up on a new file
    CHECK_FALSE(db->isReadOnly());
}

TEST_CASE("the default database lives in the user's data folder", "[database]")
{
    CHECK(Database::defaultPath().endsWith(QStringLiteral("/ShopCRM/shopcrm.db")));
    CHECK(Database::defaultPath().startsWith(qEnvironmentVariable("XDG_DATA_HOME")));
}

TEST_CASE("a schema 1 database upgrades, keeps its data, builds the search index and is backed up", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    loadDump(QStringLiteral(SHOPCRM_FIXTURES "/shopcrm-v1.sql"), path);
    Database db(path);
    CHECK(db.schemaVersion() == kLatest);
    REQUIRE_FALSE(db.lastUpgradeBackup().isEmpty());
    CHECK(QFile::exists(db.lastUpgradeBackup()));
    {
        Database backup(db.lastUpgradeBackup(), DatabaseOptions{Session::fromEnvironment(), true, nullptr, 1, false, {}});
        CHECK(backup.schemaVersion() == 1);
    }
    CustomerRepository repo(db);
    const Customer c = repo.get(1);
    CHECK(c.name == QStringLiteral("长城华彩广告有限公司"));
    CHECK(c.contacts.size() == 1);
    CHECK(c.contacts.at(0).birthday == QDate(1980, 5, 17));
    CustomerSearchIndex index(db);
    CHECK(index.search(QStringLiteral("changcheng"), 5).value(0).id == 1);
    CHECK(index.search(QStringLiteral("张长青"), 5).value(0).id == 1);
    CHECK(index.search(QStringLiteral("华彩 zcq"), 5).value(0).id == 1); // terms in two fields
    CHECK(index.search(QStringLiteral("乐行"), 5).isEmpty()); // archived in the fixture
    CHECK(index.search(QStringLiteral("乐行"), 5, true).value(0).id == 2);
    CHECK(repo.page(CustomerListQuery{}, 0, 10).size() == 1);
}

TEST_CASE("a database from a newer ShopCRM is refused and left alone", "[database]")
{
    TempDb db;
    db->exec(QStringLiteral("INSERT INTO schema_version VALUES (99, 'from the future', '2030-01-01')"));
    const QString path = db.path;
    db.db.reset();
    const QByteArray before = fileHash(path);
    try {
        Database again(path);
        FAIL("opened a newer database");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreError::Kind::NewerSchema);
        CHECK(e.message().contains(QStringLiteral("newer version")));
    }
    CHECK(fileHash(path) == before);
}

TEST_CASE("an upgraded schema 1 database takes orders for its old customers", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    loadDump(QStringLiteral(SHOPCRM_FIXTURES "/shopcrm-v1.sql"), path);
    Database db(path);
    Order o;
    o.customerId = scalar(db, QStringLiteral("SELECT min(id) FROM customers")).toLongLong();
    OrderLine line;
    line.product = QStringLiteral("名片");
    line.unit = QStringLiteral("盒");
    line.unitPrice = Money::fromFen(3850);
    o.lines.append(line);
    OrderRepository(db).create(o);
    CHECK(o.number.startsWith(QStringLiteral("DD")));
    CHECK(OrderRepository(db).get(o.meta.id).customerName ==
          scalar(db, QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(o.customerId)).toString());
}

TEST_CASE("a failed migration rolls back and leaves the old schema", "[database]")
{
    QTemporaryDir dir;
    const QString path = seededFile(dir, QStringLiteral("华彩"));
    const QList<MigrationStep> ladder = ladderWith({3, QStringLiteral("breaks"), [](Database& db) {
                                                        db.exec(QStringLiteral("CREATE TABLE half_done(x)"));
                                                        db.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
                                                    }});
    DatabaseOptions options;
    options.ladder = &ladder;
    try {
        Database db(path, options);
        FAIL("a failing migration succeeded");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreError::Kind::Migration);
        CHECK(e.message().contains(QStringLiteral("schema %1").arg(kLatest + 1)));
    }
    Database db(path);
    CHECK(db.schemaVersion() == kLatest);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")).toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 1);
}

TEST_CASE("files that are not ShopCRM databases are refused untouched", "[database]")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("this is not a database\n");
        f.close();
        const QByteArray before = fileHash(path);
        REQUIRE_THROWS_AS(Database(path), StoreError);
        try {
            Database db(path);
        } catch (const StoreError& e) {
            CHECK(e.kind() == StoreError::Kind::NotADatabase);
        }
        CHECK(fileHash(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    SECTION("a damaged SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("broken.db"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        QByteArray bytes("SQLite format 3", 16);
        bytes.append(QByteArray(4096 - 16, '\xAB'));
        f.write(bytes);
        f.close();
        const QByteArray before = fileHash(path);
        CHECK_THROWS_AS(Database(path), StoreError);
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        loadDump(QStringLiteral(SHOPCRM_FIXTURES "/shopcrm-v1.sql"), path);
        {
            Database db(path); // upgrade it, then make it someone else's by dropping our marker
            db.exec(QStringLiteral("DROP TABLE schema_version"));
        }
        try {
            Database db(path);
            FAIL("opened a foreign database");
        } catch (const StoreError& e) {
            CHECK(e.kind() == StoreError::Kind::NotADatabase);
            CHECK(e.message().contains(QStringLiteral("not a ShopCRM database")));
        }
    }
}

TEST_CASE("a read-only file opens read-only and refuses writes", "[database]")
{
    if (geteuid() == 0) {
        // root ignores file permissions, so simulate with the read-only open flag
        TempDb seed;
        Customer c = makeCustomer(QStringLiteral("只读客户"));
        CustomerRepository(*seed).create(c);
        const QString path = seed.path;
        seed.db.reset();
        DatabaseOptions options;
        options.forceReadOnly = true;
        Database db(path, options);
        CHECK(db.isReadOnly());
        CustomerRepository repo(db);
        CHECK(repo.get(1).name == QStringLiteral("只读客户"));
        Customer more = makeCustomer(QStringLiteral("新客户"));
        try {
            repo.create(more);
            FAIL("wrote to a read-only database");
        } catch (const StoreError& e) {
            CHECK(e.kind() == StoreError::Kind::ReadOnly);
        }
        return;
    }
    TempDb seed;
    const QString path = seed.path;
    seed.db.reset();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    Database db(path);
    CHECK(db.isReadOnly());
    Customer c = makeCustomer(QStringLiteral("新客户"));
    CHECK_THROWS_AS(CustomerRepository(db).create(c), StoreError);
}

TEST_CASE("backups are consistent copies and never overwrite", "[database][sqlite]")
{
    TempDb db;
    Customer c = makeCustomer(QStringLiteral("备份测试"));
    CustomerRepository(*db).create(c);
    const QString target = db.dir.filePath(QStringLiteral("copy.db"));
    db->backupTo(target);
    {
        Database copy(target);
        CHECK(CustomerRepository(copy).get(c.meta.id).name == QStringLiteral("备份测试"));
    }
    CHECK_THROWS_AS(db->backupTo(target), StoreError);
}

TEST_CASE("a step that changes indexing gets one rebuild after the last step", "[database]")
{
    QTemporaryDir dir;
    const QString path = seededFile(dir, QStringLiteral("长城印务"));
    const QList<MigrationStep> ladder =
        ladderWith({3, QStringLiteral("renames behind the index's back"),
                    [](Database& db) { db.exec(QStringLiteral("UPDATE customers SET name = '厦门银行'")); }, true});
    DatabaseOptions options;
    options.ladder = &ladder;
    Database db(path, options);
    CHECK(db.schemaVersion() == kLatest + 1);
    CustomerSearchIndex index(db);
    CHECK(index.search(QStringLiteral("xmyh"), 5).size() == 1);
    CHECK(index.search(QStringLiteral("厦门银"), 5).size() == 1);
    CHECK(index.search(QStringLiteral("长城印"), 5).isEmpty());
    CHECK_NOTHROW(checkFullTextIndex(db));
}

TEST_CASE("the prepared-statement cache stays bounded however many different statements run", "[database]")
{
    TempDb db;
    for (int i = 0; i < 2000; ++i)
        Sql(*db, QStringLiteral("SELECT %1").arg(i)).scalar(); // statements with values written into them
    CHECK(db->preparedStatements() <= 256);
    CHECK(db->preparedStatements() >= 200);
    // A statement in steady use stays prepared: it is reused rather than prepared again.
    for (int i = 0; i < 300; ++i) {
        Sql(*db, QStringLiteral("SELECT count(*) FROM customers")).scalar();
        Sql(*db, QStringLiteral("SELECT %1").arg(10000 + i)).scalar();
    }
    CHECK(db->preparedStatements() <= 256);
    // Search keeps to a fixed set of statements: many different queries add none.
    TempDb fresh;
    for (int i = 0; i < 100; ++i) {
        Customer c = makeCustomer(QStringLiteral("客户%1号").arg(i));
        CustomerRepository(*fresh).create(c);
    }
    CustomerSearchIndex index(*fresh);
    index.search(QStringLiteral("客户"), 20);
    // On a server the index's conditions are SQL, one statement per shape of query (here one for
    // 客户1号 and one for 客户10号); each shape is prepared once.
    if (fresh->isServer())
        for (const QString& shape : {QStringLiteral("客户1号"), QStringLiteral("客户10号")})
            index.search(shape, 20);
    const qsizetype before = fresh->preparedStatements();
    for (int i = 0; i < 500; ++i)
        CHECK(index.search(QStringLiteral("客户%1号").arg(i % 100), 20).size() == 1);
    CHECK(fresh->preparedStatements() == before);
}

TEST_CASE("stored times are read back as Qt reads them, in the stored form and any other", "[database]")
{
    QRandomGenerator random(3);
    for (int i = 0; i < 2000; ++i) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(
            qint64(random.bounded(qint64(4102444800))) * 1000 + random.bounded(1000), Qt::UTC);
        const QString text = utcText(t).toString();
        REQUIRE(text.size() == 24);
        CHECK(parseUtc(text) == t);
        QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
        qt.setTimeSpec(Qt::UTC);
        CHECK(parseUtc(text) == qt);
    }
    // Other forms still parse the way Qt does; a day that does not exist is no time at all.
    CHECK(parseUtc(QStringLiteral("2026-12-02T04:49:10Z")) ==
          QDateTime(QDate(2026, 12, 2), QTime(4, 49, 10), Qt::UTC));
    CHECK(parseUtc(QStringLiteral("2024-02-29T23:59:59.999Z")) ==
          QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC));
    CHECK_FALSE(parseUtc(QStringLiteral("2026-02-30T04:49:10.000Z")).isValid());
    CHECK_FALSE(parseUtc(QVariant()).isValid());
}
