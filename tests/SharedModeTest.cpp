// Shared mode, desks and leases, and the change feed on one computer (the share tests run the same
// against real network mounts).
#include "TestSupport.h"

#include "domain/RecordMerge.h"
#include "store/ChangeFeed.h"
#include "store/CustomerRepository.h"
#include "store/DeskPresence.h"
#include "store/FollowUpRepository.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"
#include "store/SharedLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>

#include <thread>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct AssumeNetwork
{
    AssumeNetwork() { qputenv("SHOPCRM_ASSUME_NETWORK", "1"); }
    ~AssumeNetwork() { qunsetenv("SHOPCRM_ASSUME_NETWORK"); }
};

DatabaseOptions at(const QString& desk)
{
    DatabaseOptions o;
    o.session = {QStringLiteral("user-") + desk, desk};
    return o;
}

} // namespace

TEST_CASE("a database made in a network folder is shared, and a single-desk one there is refused untouched", "[shared]")
{
    QTemporaryDir dir;
    const QString single = dir.filePath(QStringLiteral("single.db"));
    {
        Database db(single);
        CHECK(db.mode() == StorageMode::Single);
        Customer c = makeCustomer(QStringLiteral("华彩广告"));
        CustomerRepository(db).create(c);
    }
    const QByteArray before = fileHash(single);
    AssumeNetwork network;
    try {
        Database db(single);
        FAIL("a single-desk database opened from a network folder");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("shopcrm-cli shared on")));
    }
    CHECK(fileHash(single) == before);

    const QString shared = dir.filePath(QStringLiteral("shared.db"));
    Database db(shared);
    CHECK(db.mode() == StorageMode::Shared);
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("delete"));
    CHECK(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'storage_mode'")).toString() == QLatin1String("shared"));
    CHECK_THROWS_AS(db.setMode(StorageMode::Single), StoreError);
}

TEST_CASE("shared on and off switch the file's mode, and every desk then opens it the same way",
          "[shared][sqlite]")
{
    TempDb shop;
    shop->setMode(StorageMode::Shared);
    CHECK(scalar(*shop, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("delete"));
    Customer c = makeCustomer(QStringLiteral("鑫源装饰"));
    CustomerRepository(*shop).create(c);
    {
        Database other(shop.path, at(QStringLiteral("前台2")));
        CHECK(other.mode() == StorageMode::Shared);
        CHECK(CustomerRepository(other).get(c.meta.id).name == QStringLiteral("鑫源装饰"));
    }
    // Nothing is left behind by the lock once the desks are done.
    CHECK(!QFile::exists(shop.path + QStringLiteral(".lock")));
    shop->setMode(StorageMode::Single);
    CHECK(scalar(*shop, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    Database again(shop.path, at(QStringLiteral("前台3")));
    CHECK(again.mode() == StorageMode::Single);
}

TEST_CASE("desks see each other, stale ones go, and a lease names who is editing", "[shared]")
{
    TempDb shop(at(QStringLiteral("前台1")));
    Database second(shop.path, at(QStringLiteral("前台2")));
    DeskPresence one(*shop);
    DeskPresence two(second);
    one.join();
    two.join();
    REQUIRE(one.others().size() == 1);
    CHECK(one.others().first().desk == QStringLiteral("前台2"));
    CHECK(one.desks().size() == 2);

    CHECK(!one.takeLease(QStringLiteral("customer"), 7).has_value());
    const std::optional<LeaseHolder> holder = two.takeLease(QStringLiteral("customer"), 7);
    REQUIRE(holder.has_value());
    CHECK(holder->desk == QStringLiteral("前台1"));
    CHECK(DeskPresence::describe(*holder).startsWith(QStringLiteral("being edited by user-前台1 at 前台1 since ")));
    one.releaseLease(QStringLiteral("customer"), 7);
    CHECK(!two.otherHolder(QStringLiteral("customer"), 7).has_value());

    // A desk that stopped beating a minute ago is gone for the others and cleared by their beat.
    shop->exec(QStringLiteral("UPDATE desk_presence SET last_seen = '2020-01-01T00:00:00.000Z' WHERE desk = '前台2'"));
    CHECK(one.others().isEmpty());
    one.beat();
    CHECK(scalar(*shop, QStringLiteral("SELECT count(*) FROM desk_presence")).toInt() == 1);
    two.leave();
    one.leave();
    CHECK(scalar(*shop, QStringLiteral("SELECT count(*) FROM desk_presence")).toInt() == 0);
}

TEST_CASE("the change feed reports another desk's writes by kind and id, and its own as its own", "[shared]")
{
    TempDb shop(at(QStringLiteral("前台1")));
    Database second(shop.path, at(QStringLiteral("前台2")));
    ChangeFeed feed(*shop);
    CHECK(feed.poll().isEmpty());
    Customer c = makeCustomer(QStringLiteral("蓝天印务"));
    CustomerRepository(second).create(c);
    ChangeBatch batch = feed.poll();
    REQUIRE(batch.size() == 1);
    CHECK(batch.first().entity == QLatin1String("customer"));
    CHECK(batch.first().ids == QSet<qint64>{c.meta.id});
    CHECK(batch.first().otherDesk);
    CHECK(feed.poll().isEmpty());

    Customer mine = makeCustomer(QStringLiteral("本机客户"));
    CustomerRepository(*shop).create(mine);
    batch = feed.poll();
    REQUIRE(batch.size() == 1);
    CHECK(!batch.first().otherDesk);

    // A feed that was away longer than the log keeps is told to reload everything.
    const qint64 seen = feed.lastSeq();
    for (int i = 0; i < 3; ++i) {
        Customer more = makeCustomer(QStringLiteral("客户%1").arg(i));
        CustomerRepository(second).create(more);
    }
    second.exec(QStringLiteral("DELETE FROM change_log WHERE seq <= %1").arg(seen + 1));
    batch = feed.poll();
    REQUIRE(batch.size() == 1);
    CHECK(batch.first().everything);
}

TEST_CASE("an order saved from a stale copy merges field by field and line by line", "[shared][conflict]")
{
    OrderShop shop;
    Order o = shop.order(shop.customer, QDateTime(QDate(2026, 11, 2), QTime(10, 0)).toUTC());
    OrderLine cards;
    cards.product = QStringLiteral("名片");
    cards.unit = QStringLiteral("盒");
    cards.quantity = Quantity::fromUnits(2);
    cards.unitPrice = Money::fromFen(3850);
    o.lines.append(cards);
    OrderRepository orders(*shop.db);
    orders.create(o);
    const Order base = orders.get(o.meta.id);
    REQUIRE(base.lines.size() == 2);

    // Theirs: a new title and the banner's quantity; saved first.
    Order theirs = base;
    theirs.title = QStringLiteral("门头招牌（改）");
    theirs.lines[0].quantity = Quantity::fromUnits(3);
    orders.update(theirs);
    // Mine: the notes, the cards' price, and a new line.
    Order mine = base;
    mine.notes = QStringLiteral("周五前送到");
    mine.lines[1].unitPrice = Money::fromFen(4000);
    OrderLine flyer;
    flyer.product = QStringLiteral("传单");
    flyer.unit = QStringLiteral("张");
    flyer.quantity = Quantity::fromUnits(500);
    flyer.unitPrice = Money::fromFen(20);
    mine.lines.append(flyer);
    CHECK_THROWS_AS(orders.update(mine), StoreError);

    const RecordMerge<Order> merge = RecordMerges::order(base, mine, orders.get(o.meta.id));
    CHECK_FALSE(merge.hasConflicts());
    QStringList keys;
    for (const MergeItem& i : merge.items())
        keys.append(i.key + (i.take == MergeItem::Take::Mine ? QStringLiteral("=mine") : QStringLiteral("=theirs")));
    keys.sort();
    CHECK(keys == QStringList{QStringLiteral("line:%1=theirs").arg(base.lines[0].id),
                              QStringLiteral("line:%1=mine").arg(base.lines[1].id), QStringLiteral("new:2=mine"),
                              QStringLiteral("notes=mine"), QStringLiteral("title=theirs")});
    Order merged = merge.result(merge.items());
    orders.update(merged);

    // The oracle: the stored rows, by plain SQL. 3000×1500 mm × 3 = 13.5 m² at 25.00 = 337.50;
    // 2 boxes at 40.00 = 80.00; 500 flyers at 0.20 = 100.00; total 517.50.
    CHECK(scalar(*shop.db, QStringLiteral("SELECT title || '|' || notes FROM orders")).toString() ==
          QStringLiteral("门头招牌（改）|周五前送到"));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT group_concat(product || ':' || quantity || ':' || unit_price, ',') "
                                          "FROM (SELECT * FROM order_lines ORDER BY position)"))
              .toString() == QStringLiteral("户外喷绘布:3000:2500,名片:2000:4000,传单:500000:20"));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT total FROM orders")).toLongLong() == 51750);

    // A field both changed is a conflict, and starts as mine.
    Order again = orders.get(o.meta.id);
    Order theirs2 = again;
    theirs2.title = QStringLiteral("他们的标题");
    orders.update(theirs2);
    Order mine2 = again;
    mine2.title = QStringLiteral("我的标题");
    const RecordMerge<Order> second = RecordMerges::order(again, mine2, orders.get(o.meta.id));
    REQUIRE(second.items().size() == 1);
    CHECK(second.items().first().conflict);
    CHECK(second.result(second.items()).title == QStringLiteral("我的标题"));
}

TEST_CASE("a full disk and a read-only folder give a clear message and leave the database intact", "[shared][disk]")
{
    // Room for a new database (about 500 KB, and as much again of journal while it is made) and a
    // few hundred customers.
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    QDir().mkpath(mountPoint);
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=2m"), QStringLiteral("tmpfs"), mountPoint});
    if (!mount.waitForFinished(10000) || mount.exitCode() != 0) {
        WARN("Skipped: a small tmpfs cannot be mounted here (needs root): "
             << mount.readAllStandardError().toStdString());
        return;
    }
    struct Unmount
    {
        QString point;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), point}); }
    } unmount{mountPoint};
    const QString path = mountPoint + QStringLiteral("/shop.db");
    int saved = 0;
    {
        Database db(path);
        db.setMode(StorageMode::Shared);
        CustomerRepository customers(db);
        try {
            for (;; ++saved) {
                Customer c = makeCustomer(QStringLiteral("客户%1").arg(saved));
                c.notes = QString(2000, QLatin1Char('x'));
                customers.create(c);
            }
        } catch (const StoreError& e) {
            CHECK(e.kind() == StoreError::Kind::DiskFull);
            CHECK(e.message() == Database::tr("The disk that holds the database is full; nothing was saved. Free some "
                                              "space and try again."));
        }
    }
    REQUIRE(saved > 10);
    {
        Database db(path);
        CHECK(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customers")).toInt() == saved);
    }
    // The same folder read-only: the database opens read-only and a save says so.
    REQUIRE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), mountPoint}) == 0);
    Database db(path);
    CHECK(db.isReadOnly());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customers")).toInt() == saved);
    Customer c = makeCustomer(QStringLiteral("只读客户"));
    try {
        CustomerRepository(db).create(c);
        FAIL("saved into a read-only folder");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreError::Kind::ReadOnly);
    }
}

TEST_CASE("follow-ups and payments saved from a stale copy merge field by field", "[shared][conflict]")
{
    OrderShop shop;
    FollowUpRepository followUps(*shop.db);
    FollowUp f;
    f.customerId = shop.customer;
    f.at = QDateTime(QDate(2026, 11, 20), QTime(10, 0)).toUTC();
    f.details = QStringLiteral("问了门头报价");
    followUps.create(f, false);
    const FollowUp base = followUps.get(f.meta.id);
    FollowUp theirs = base;
    theirs.outcome = QStringLiteral("已报价");
    followUps.update(theirs);
    FollowUp mine = base;
    mine.details = QStringLiteral("问了门头报价，要两块");
    CHECK_THROWS_AS(followUps.update(mine), StoreError);
    const RecordMerge<FollowUp> merge = RecordMerges::followUp(base, mine, followUps.get(f.meta.id));
    REQUIRE(merge.items().size() == 2);
    FollowUp merged = merge.result(merge.items());
    followUps.update(merged);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT details || '|' || outcome FROM follow_ups")).toString() ==
          QStringLiteral("问了门头报价，要两块|已报价"));

    PaymentRepository payments(*shop.db);
    Payment p;
    p.customerId = shop.customer;
    p.paidAt = QDateTime(QDate(2026, 11, 21), QTime(9, 0)).toUTC();
    p.amount = Money::fromFen(10000);
    payments.create(p, 0, Overpayment::KeepAsCredit);
    const Payment paidBase = payments.get(p.meta.id);
    Payment paidTheirs = paidBase;
    paidTheirs.note = QStringLiteral("老板收的");
    payments.update(paidTheirs, Overpayment::KeepAsCredit);
    Payment paidMine = paidBase;
    paidMine.reference = QStringLiteral("微信 4200001234");
    CHECK_THROWS_AS(payments.update(paidMine, Overpayment::KeepAsCredit), StoreError);
    const RecordMerge<Payment> paidMerge = RecordMerges::payment(paidBase, paidMine, payments.get(p.meta.id));
    REQUIRE(paidMerge.items().size() == 2);
    Payment paidMerged = paidMerge.result(paidMerge.items());
    payments.update(paidMerged, Overpayment::KeepAsCredit);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT note || '|' || reference || '|' || amount FROM payments")).toString() ==
          QStringLiteral("老板收的|微信 4200001234|10000"));
}

namespace {

// A lock directory as a desk leaves it when its release could not reach the share.
void plantLock(const QString& dbPath, qint64 pid, const QByteArray& token)
{
    const QString dir = SharedLock::lockPathFor(dbPath);
    REQUIRE(QDir().mkdir(dir));
    QFile owner(dir + QStringLiteral("/owner"));
    REQUIRE(owner.open(QIODevice::WriteOnly));
    owner.write("shopcrm-lock 1\nhost=" + QSysInfo::machineHostName().toUtf8() +
                "\npid=" + QByteArray::number(pid) + "\ndesk=前台1\nuser=李明\ntoken=" + token +
                "\nsince=2026-12-03T08:00:00.000Z\nbeat=7\n");
}

QString lockLog(const QString& dbPath)
{
    QFile log(SharedLock::logPathFor(dbPath));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

} // namespace

TEST_CASE("a lock this desk could not release while the share was away is broken at its next write, another "
          "desk's only once stale",
          "[shared][sqlite]")
{
    // Short beats so another desk's lock goes stale within the test; this desk's own must not wait at all.
    qputenv("SHOPCRM_LOCK_BEAT_MS", "50");
    qputenv("SHOPCRM_LOCK_STALE_MS", "2000");
    struct Restore
    {
        ~Restore()
        {
            qunsetenv("SHOPCRM_LOCK_BEAT_MS");
            qunsetenv("SHOPCRM_LOCK_STALE_MS");
        }
    } restore;
    TempDb shop(at(QStringLiteral("前台1")));
    shop->setMode(StorageMode::Shared);

    plantLock(shop.path, QCoreApplication::applicationPid(), "0badc0ffee");
    Customer first = makeCustomer(QStringLiteral("华彩广告"));
    CustomerRepository(*shop).create(first);
    CHECK(lockLog(shop.path).contains(QStringLiteral("could not release it while the share was away")));
    CHECK_FALSE(lockLog(shop.path).contains(QStringLiteral("heartbeat had not changed")));

    // The same owner file from another process (pid 1 is never this test) is waited out.
    plantLock(shop.path, 1, "0badc0ffee");
    Customer second = makeCustomer(QStringLiteral("鑫源装饰"));
    CustomerRepository(*shop).create(second);
    CHECK(lockLog(shop.path).contains(QStringLiteral("heartbeat had not changed for 2000 ms")));
    CHECK(scalar(*shop, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 2);
    CHECK_FALSE(QFileInfo::exists(SharedLock::lockPathFor(shop.path)));
}

TEST_CASE("two desks of one process writing at once never take each other's lock for abandoned",
          "[shared][sqlite]")
{
    TempDb shop(at(QStringLiteral("前台1")));
    shop->setMode(StorageMode::Shared);
    // Each desk writes from a thread of its own, as a program's window and its background work do.
    constexpr int perDesk = 400;
    auto write = [&](const QString& deskName) {
        Database db(shop.path, at(deskName));
        for (int i = 0; i < perDesk; ++i) {
            Customer c = makeCustomer(deskName + QString::number(i));
            CustomerRepository(db).create(c);
        }
    };
    std::thread one(write, QStringLiteral("前台2"));
    std::thread two(write, QStringLiteral("前台3"));
    one.join();
    two.join();
    // A lock is broken only when its owner is gone; both were alive and wrote the whole time.
    CHECK_FALSE(lockLog(shop.path).contains(QStringLiteral("broke")));
    CHECK(scalar(*shop, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 2 * perDesk);
}

TEST_CASE("the change feed does not wait while another desk commits: it looks again a moment later",
          "[shared][sqlite]")
{
    TempDb shop(at(QStringLiteral("前台1")));
    shop->setMode(StorageMode::Shared);
    Database mine(shop.path, at(QStringLiteral("前台1")));
    Database theirs(shop.path, at(QStringLiteral("前台2")));
    ChangeFeed feed(mine);
    const qint64 seenBefore = feed.lastSeq();

    // The other desk holds the file in its commit (an exclusive lock, as while its pages are written).
    QSqlQuery hold(theirs.connection());
    REQUIRE(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    CHECK_FALSE(mine.readableNow());
    QElapsedTimer look;
    look.start();
    CHECK(feed.poll().isEmpty());
    CHECK(look.elapsed() < 1000); // a waiting read would have waited 30 s
    CHECK(feed.lastSeq() == seenBefore);
    CHECK(feed.reachable()); // busy is not away
    REQUIRE(hold.exec(QStringLiteral("ROLLBACK")));
    CHECK(mine.readableNow());

    Customer c = makeCustomer(QStringLiteral("蓝天印务"));
    CustomerRepository(theirs).create(c);
    const ChangeBatch batch = feed.poll();
    REQUIRE(batch.size() == 1);
    CHECK(batch.first().ids == QSet<qint64>{c.meta.id});
    // A page reading while the feed looked waits as patiently as ever.
    CHECK(mine.readWaitMs() == Database::readBudgetMs);
}
