#include "TestSupport.h"

#include "services/Backups.h"
#include "store/AuditLog.h"
#include "store/CustomerRepository.h"
#include "store/OrderRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

// Counts read straight from a file with a connection of its own (not through the code under test).
qint64 countIn(const QString& path, const QString& table)
{
    qint64 n = -1;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-oracle"));
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (c.open()) {
            QSqlQuery q(c);
            if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
                n = q.value(0).toLongLong();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup-oracle"));
    return n;
}

void addCustomer(Database& db, const QString& name)
{
    Customer c = makeCustomer(name);
    CustomerRepository(db).create(c);
}

// A folder on a file system of its own (tmpfs), read-only or with little room; empty when this
// machine does not let us mount one.
struct SmallMount
{
    QTemporaryDir dir;
    bool mounted = false;
    explicit SmallMount(const QString& options)
    {
        mounted = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                               options, QStringLiteral("tmpfs"), dir.path()})
                  == 0;
    }
    ~SmallMount()
    {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), {dir.path()});
    }
};

} // namespace

TEST_CASE("backup: a checked copy holds what the database held, and restoring brings it back",
          "[backup][sqlite]")
{
    OrderShop shop;
    Database& db = *shop.db;
    OrderRepository orders(db);
    Order o = shop.order(shop.customer, QDateTime::currentDateTime());
    orders.create(o);
    QTemporaryDir folder;
    const BackupInfo made = Backups::createInFolder(db, folder.path());
    CHECK(QFileInfo(made.path).fileName().startsWith(QStringLiteral("shopcrm-")));
    CHECK(made.customers == 2);
    CHECK(made.orders == 1);
    CHECK(made.lastOrder == o.number);
    CHECK(countIn(made.path, QStringLiteral("customers")) == 2);
    // The head printed on the backup is the chain's head in the backup.
    CHECK(runPythonTool(QStringLiteral("audit_chain.py"), {made.path}).endsWith(made.auditHead));
    CHECK_FALSE(made.encrypted);
    CHECK(made.bytes == QFileInfo(made.path).size());

    addCustomer(db, QStringLiteral("备份之后的客户"));
    CHECK(countIn(shop.db.path, QStringLiteral("customers")) == 3);
    QTemporaryDir safetyFolder;
    const BackupInfo safety = Backups::restore(db, made.path, {}, safetyFolder.path());
    CHECK(countIn(shop.db.path, QStringLiteral("customers")) == 2);
    CHECK(countIn(shop.db.path, QStringLiteral("orders")) == 1);
    // What was there before the restore is kept.
    CHECK(countIn(safety.path, QStringLiteral("customers")) == 3);
    // The same connection goes on working on the restored content.
    CHECK(CustomerRepository(db).count(false) == 2);
    addCustomer(db, QStringLiteral("恢复之后的客户"));
    CHECK(countIn(shop.db.path, QStringLiteral("customers")) == 3);
    // Backup and restore are in the audit log, and the chain holds across the restore.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'backup' AND op = 'restore'")).toInt() == 1);
    CHECK(AuditLog::verify(db).ok);
    CHECK(runPythonTool(QStringLiteral("audit_chain.py"), {shop.db.path}).startsWith(QStringLiteral("ok ")));
}

TEST_CASE("backup: encrypted with a passphrase, and refused with a wrong one", "[backup][sqlite]")
{
    OrderShop shop;
    Database& db = *shop.db;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("shop.db.enc"));
    const BackupInfo made = Backups::create(db, path, QStringLiteral("芝麻开门"));
    CHECK(made.encrypted);
    CHECK(Backups::isEncrypted(path));
    // Nothing of the database is readable in the file.
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK_FALSE(bytes.contains("SQLite format 3"));
    CHECK_FALSE(bytes.contains(QStringLiteral("华彩广告").toUtf8()));
    f.close();

    // Without the passphrase only the header is read; with it the whole backup is checked.
    CHECK(Backups::inspect(path).customers == 2);
    CHECK(Backups::inspect(path, QStringLiteral("芝麻开门")).customers == 2);

    addCustomer(db, QStringLiteral("新客户"));
    QTemporaryDir safetyFolder;
    try {
        Backups::restore(db, path, QStringLiteral("芝麻关门"), safetyFolder.path());
        FAIL("a wrong passphrase was accepted");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("passphrase")));
    }
    CHECK(countIn(shop.db.path, QStringLiteral("customers")) == 3);
    CHECK(QDir(safetyFolder.path()).isEmpty());

    Backups::restore(db, path, QStringLiteral("芝麻开门"), safetyFolder.path());
    CHECK(countIn(shop.db.path, QStringLiteral("customers")) == 2);
    // The safety backup is encrypted with the same passphrase.
    const QList<BackupInfo> kept = Backups::list(safetyFolder.path());
    REQUIRE(kept.size() == 1);
    CHECK(kept.at(0).encrypted);
    CHECK(kept.at(0).customers == 3);
}

TEST_CASE("backup: what is not a good backup is refused and the data stays as it was", "[backup][sqlite]")
{
    OrderShop shop;
    Database& db = *shop.db;
    QTemporaryDir folder;
    QTemporaryDir safety;
    const BackupInfo good = Backups::create(db, folder.filePath(QStringLiteral("good.db")));
    const BackupInfo locked = Backups::create(db, folder.filePath(QStringLiteral("good.db.enc")), QStringLiteral("pw"));
    addCustomer(db, QStringLiteral("不能丢的客户"));
    auto refused = [&](const QString& path, const QString& pass, StoreError::Kind kind, const QString& words) {
        INFO(path.toStdString());
        try {
            Backups::restore(db, path, pass, safety.path());
            FAIL("restored");
        } catch (const StoreError& e) {
            CHECK(e.kind() == kind);
            CHECK(e.message().contains(words));
        }
        CHECK(countIn(shop.db.path, QStringLiteral("customers")) == 3);
    };
    SECTION("a text file")
    {
        const QString path = folder.filePath(QStringLiteral("notes.db"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("客户名单\n");
        f.close();
        refused(path, {}, StoreError::Kind::NotADatabase, QStringLiteral("not a ShopCRM backup"));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = folder.filePath(QStringLiteral("other.db"));
        QProcess::execute(pythonProgram(), {QStringLiteral("-c"),
                                                      QStringLiteral("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                                                                     "c.execute('create table t(x)'); c.commit()"),
                                                      path});
        refused(path, {}, StoreError::Kind::NotADatabase, QStringLiteral("not one of ShopCRM"));
    }
    SECTION("from a newer version")
    {
        QProcess::execute(pythonProgram(),
                          {QStringLiteral("-c"),
                           QStringLiteral("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"insert into "
                                          "schema_version values (99, 'future', '2030-01-01')\"); c.commit()"),
                           good.path});
        refused(good.path, {}, StoreError::Kind::NewerSchema, QStringLiteral("newer version"));
    }
    SECTION("damaged in the middle")
    {
        QFile f(good.path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(8192, '\x5a'));
        f.close();
        refused(good.path, {}, StoreError::Kind::NotADatabase, QStringLiteral("damaged"));
    }
    SECTION("an encrypted backup cut short")
    {
        QFile f(locked.path);
        REQUIRE(f.resize(f.size() - 100));
        refused(locked.path, QStringLiteral("pw"), StoreError::Kind::Validation, QStringLiteral("damaged"));
    }
    SECTION("an encrypted backup whose header was altered")
    {
        QFile f(locked.path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        QByteArray all = f.readAll();
        all.replace("\"customers\":2", "\"customers\":9");
        f.seek(0);
        f.write(all);
        f.close();
        CHECK(Backups::inspect(locked.path).customers == 9); // the header alone is not proof…
        refused(locked.path, QStringLiteral("pw"), StoreError::Kind::Validation, QStringLiteral("damaged")); // …the content is
    }
    SECTION("no passphrase for an encrypted backup")
    {
        refused(locked.path, {}, StoreError::Kind::Validation, QStringLiteral("passphrase"));
    }
}

TEST_CASE("backup: a full or read-only folder gives a clear message and no half file", "[backup][sqlite]")
{
    OrderShop shop;
    Database& db = *shop.db;
    for (int i = 0; i < 300; ++i)
        addCustomer(db, QStringLiteral("客户%1号有一个相当长的名字用来把文件撑大一些").arg(i));
    SmallMount full(QStringLiteral("size=16k"));
    SmallMount readOnly(QStringLiteral("ro,size=16k"));
    if (!full.mounted || !readOnly.mounted) {
        WARN("mount -t tmpfs is not allowed here; the full and read-only folder cases were not run");
        return;
    }
    try {
        Backups::createInFolder(db, full.dir.path());
        FAIL("a backup fitted in 16 KiB");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreError::Kind::DiskFull);
        CHECK(e.message().contains(QStringLiteral("full")));
    }
    CHECK(QDir(full.dir.path()).entryList(QDir::Files).isEmpty());
    try {
        Backups::createInFolder(db, readOnly.dir.path());
        FAIL("a backup was written to a read-only folder");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("read-only")));
    }
    CHECK(CustomerRepository(db).count(false) == 302);
}

TEST_CASE("backup: retention keeps 7 daily, 4 weekly and 12 monthly by date", "[backup]")
{
    // A backup every day at 02:00 local time for 400 days up to 2026-12-01 (a Tuesday).
    QList<BackupInfo> backups;
    const QDate last(2026, 12, 1);
    for (int i = 0; i < 400; ++i) {
        const QDate d = last.addDays(-i);
        BackupInfo b;
        b.takenAt = QDateTime(d, QTime(2, 0)).toUTC();
        b.path = QStringLiteral("/b/shopcrm-%1-020000.db").arg(d.toString(QStringLiteral("yyyyMMdd")));
        backups.append(b);
    }
    // Someone's own file in the folder is never pruned.
    BackupInfo own;
    own.takenAt = QDateTime(QDate(2025, 1, 1), QTime(12, 0)).toUTC();
    own.path = QStringLiteral("/b/before-moving-office.db");
    backups.append(own);
    const QStringList expired = Backups::expired(backups, Retention{});
    QStringList kept;
    for (const BackupInfo& b : std::as_const(backups))
        if (!expired.contains(b.path))
            kept.append(QFileInfo(b.path).fileName());
    kept.sort();
    // By hand: days 11-25 … 12-01 (7); the newest of the 4 newest ISO weeks: 12-01 (week 49), 11-29
    // (Sunday, week 48), 11-22 (week 47), 11-15 (week 46); the newest of each of 12 months: 12-01,
    // 11-30, 10-31, 09-30, 08-31, 07-31, 06-30, 05-31, 04-30, 03-31, 02-28, 01-31.
    QStringList expected;
    for (const char* d : {"20261125", "20261126", "20261127", "20261128", "20261129", "20261130", "20261201", "20261122",
                          "20261115", "20261031", "20260930", "20260831", "20260731", "20260630", "20260531", "20260430",
                          "20260331", "20260228", "20260131"})
        expected.append(QStringLiteral("shopcrm-%1-020000.db").arg(QLatin1String(d)));
    expected.append(QStringLiteral("before-moving-office.db"));
    expected.sort();
    CHECK(kept == expected);
    CHECK(expired.size() == 400 - 19);
}

TEST_CASE("backup: the schedule is due once a day, one desk takes it, and old ones are pruned",
          "[backup][sqlite]")
{
    OrderShop shop;
    Database& db = *shop.db;
    QTemporaryDir folder;
    BackupSchedule s = Backups::schedule(db);
    CHECK(s.everyDays == 1);
    CHECK(s.retention.daily == 7);
    CHECK(s.folder == QFileInfo(shop.db.path).absoluteDir().filePath(QStringLiteral("backups")));
    s.folder = folder.path();
    s.retention = Retention{2, 0, 0};
    Backups::setSchedule(db, s);

    const QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(10, 0)).toUTC();
    CHECK(Backups::due(db, now));
    REQUIRE(Backups::runScheduled(db, now).has_value());
    CHECK_FALSE(Backups::due(db, now.addSecs(60)));
    // A second desk noticing at the same moment takes none.
    Database second(shop.db.path);
    CHECK_FALSE(Backups::runScheduled(second, now).has_value());
    CHECK(Backups::due(db, now.addDays(1)));

    // Old scheduled backups beyond two days are pruned after the next one.
    for (int days : {3, 4, 5}) {
        const QString old = folder.filePath(
            QStringLiteral("shopcrm-%1.db").arg(QDateTime::currentDateTime().addDays(-days).toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        Backups::create(db, old);
    }
    CHECK(Backups::list(folder.path()).size() == 4);
    REQUIRE(Backups::runScheduled(db, now.addDays(1)).has_value());
    CHECK(Backups::list(folder.path()).size() == 2);

    BackupSchedule bad = s;
    bad.everyDays = 40;
    CHECK_THROWS_AS(Backups::setSchedule(db, bad), ValidationError);
}

TEST_CASE("backup: the CLI backs up, lists, refuses a restore without --yes, restores and checks",
          "[backup][cli][sqlite]")
{
    OrderShop shop;
    const QString path = shop.db.path;
    shop.db.db.reset();
    QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("manual.db.enc"));
    const QHash<QString, QString> pass{{QStringLiteral("SHOPCRM_BACKUP_PASSPHRASE"), QStringLiteral("店里的口令")}};
    CliRun made = runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("backup"), out,
                          QStringLiteral("--encrypt")},
                         pass);
    REQUIRE(made.status == 0);
    CHECK(made.json().object().value(QStringLiteral("customers")).toInt() == 2);
    CHECK(made.json().object().value(QStringLiteral("encrypted")).toBool());

    CliRun listed = runCli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--dir"),
                            folder.path()});
    REQUIRE(listed.status == 0);
    CHECK(listed.json().array().size() == 1);

    CHECK(runCli({QStringLiteral("--db"), path, QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("第三个")})
              .status
          == 0);
    CliRun asked = runCli({QStringLiteral("--db"), path, QStringLiteral("restore"), out}, pass);
    CHECK(asked.status == 1);
    CHECK(asked.err.contains(QStringLiteral("--yes")));
    CHECK(countIn(path, QStringLiteral("customers")) == 3);
    CliRun wrong = runCli({QStringLiteral("--db"), path, QStringLiteral("restore"), out, QStringLiteral("--yes")},
                          {{QStringLiteral("SHOPCRM_BACKUP_PASSPHRASE"), QStringLiteral("别的")}});
    CHECK(wrong.status == 1);
    CHECK(countIn(path, QStringLiteral("customers")) == 3);
    CliRun restored = runCli({QStringLiteral("--db"), path, QStringLiteral("restore"), out, QStringLiteral("--yes")}, pass);
    CHECK(restored.status == 0);
    CHECK(countIn(path, QStringLiteral("customers")) == 2);

    CliRun check = runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
    CHECK(check.status == 0);
    CHECK(check.out.contains(QStringLiteral("Audit log: ok")));
    {
        Database raw(path);
        raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
    }
    CHECK(runCli({QStringLiteral("--db"), path, QStringLiteral("check")}).status == 1);
}
