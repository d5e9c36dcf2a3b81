// Several desks on one PostgreSQL database: real desk processes (tests/DeskWriter) against a real
// server the test starts, checked through the test's own connection and Python's reading of the
// audit chain.
#include "PgCluster.h"
#include "TestSupport.h"

#include "store/CustomerRepository.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <algorithm>
#include <iostream>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

// A shop of three customers on the server, as the desks find it.
QString makeShop(PgCluster& cluster, const QString& name)
{
    const QString database = cluster.createDatabase(name);
    Database db(cluster.url(database));
    CustomerRepository customers(db);
    for (const QString& n :
         {QStringLiteral("华彩广告"), QStringLiteral("鑫源装饰"), QStringLiteral("蓝天印务")}) {
        Customer c = makeCustomer(n);
        customers.create(c);
    }
    return database;
}

void startDesk(QProcess& process, const QString& url, const QString& desk, int count, const QString& gate,
               const QStringList& flags = {})
{
    process.start(QStringLiteral(SHOPCRM_DESK_WRITER),
                  QStringList{url, desk, QString::number(count), gate} + flags);
    REQUIRE(process.waitForStarted());
}

} // namespace

TEST_CASE("1, 2, 4 and 8 desks on one server database lose no update and no number", "[postgresql][desks]")
{
    PgCluster cluster;
    REQUIRE_CLUSTER(cluster);
    for (const int desks : {1, 2, 4, 8}) {
        DYNAMIC_SECTION(desks << " desks")
        {
            const QString database = makeShop(cluster, QStringLiteral("desks%1").arg(desks));
            const QString url = cluster.url(database);
            const int each = 240 / desks;
            QTemporaryDir gateDir;
            const QString gate = gateDir.filePath(QStringLiteral("go"));
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < desks; ++i) {
                processes.push_back(std::make_unique<QProcess>());
                startDesk(*processes.back(), url, QStringLiteral("desk%1").arg(i + 1), each, gate);
            }
            QElapsedTimer timer;
            QFile(gate).open(QIODevice::WriteOnly);
            timer.start();
            DeskOutput printed;
            for (auto& p : processes) {
                REQUIRE(p->waitForFinished(600000));
                printed.add(p->readAllStandardOutput());
                if (p->exitCode() != 0) printed.errors.append(QString::fromUtf8(p->readAllStandardError()));
            }
            const double seconds = double(timer.elapsed()) / 1000.0;
            CHECK(printed.errors.join(QLatin1Char('\n')) == QString());
            CHECK(printed.latenciesMs.size() == desks * each);

            PlainServer oracle(cluster, database);
            // Every edit a desk printed is counted in the notes: none was lost to another desk's save.
            for (qint64 id = 1; id <= 3; ++id) {
                CHECK(oracle
                          .scalar(QStringLiteral(
                                      "SELECT coalesce(NULLIF(notes, ''), '0') FROM customers WHERE id = %1")
                                      .arg(id))
                          .toInt() == printed.editsOf(id));
            }
            // Every number printed is there once, and the day's numbers run 1…N with none missing.
            const QStringList stored =
                oracle.column(QStringLiteral("SELECT number FROM orders ORDER BY number"));
            QStringList orders = printed.orders;
            orders.sort();
            CHECK(stored == orders);
            for (qsizetype i = 0; i < stored.size(); ++i)
                CHECK(stored.at(i) == QStringLiteral("DD20260315-%1").arg(i + 1, 3, 10, QLatin1Char('0')));
            QStringList payments = printed.payments;
            payments.sort();
            CHECK(oracle.column(QStringLiteral("SELECT number FROM payments ORDER BY number")) == payments);
            CHECK(
                oracle.scalar(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM payments")).toLongLong() ==
                100 * payments.size());
            // Desks committing at once never fork the audit chain (recomputed by Python).
            CHECK(runPythonTool(QStringLiteral("audit_chain.py"), {url}).startsWith(QStringLiteral("ok ")));
            std::cout << "server: " << desks << " desks, " << printed.latenciesMs.size() << " writes in "
                      << seconds << " s = " << printed.latenciesMs.size() / seconds
                      << " writes/s; commit ms p50 " << percentile(printed.latenciesMs, 0.5) << " p95 "
                      << percentile(printed.latenciesMs, 0.95) << " max "
                      << percentile(printed.latenciesMs, 1.0) << std::endl;
        }
    }
}

TEST_CASE("a desk killed at any moment, 30 times: on a server the other desk saves at once and nothing it "
          "printed is lost",
          "[postgresql][desks]")
{
    PgCluster cluster;
    REQUIRE_CLUSTER(cluster);
    const QString database = makeShop(cluster, QStringLiteral("killed"));
    const QString url = cluster.url(database);
    QTemporaryDir gateDir;
    const QString gate = gateDir.filePath(QStringLiteral("go"));
    QFile(gate).open(QIODevice::WriteOnly);
    DatabaseOptions options;
    options.session = {QStringLiteral("survivor"), QStringLiteral("desk2")};
    Database survivor(url, options);
    QStringList printed;
    qint64 slowest = 0;
    for (int round = 0; round < 30; ++round) {
        QProcess writer;
        startDesk(writer, url, QStringLiteral("desk1"), 0, gate);
        // Until it has saved something, then a random moment later, mid-write or between writes.
        REQUIRE(writer.waitForReadyRead(30000));
        QThread::msleep(QRandomGenerator::global()->bounded(5u, 120u));
        writer.kill();
        writer.waitForFinished();
        DeskOutput out;
        out.add(writer.readAllStandardOutput());
        printed += out.orders;
        // The server ends the killed desk's transaction and lock with its connection.
        QElapsedTimer timer;
        timer.start();
        Customer c = makeCustomer(QStringLiteral("幸存客户%1").arg(round));
        CustomerRepository(survivor).create(c);
        slowest = std::max(slowest, timer.elapsed());
        CHECK(timer.elapsed() < 10000);
    }
    PlainServer oracle(cluster, database);
    const QStringList stored = oracle.column(QStringLiteral("SELECT number FROM orders"));
    const QSet<QString> there(stored.begin(), stored.end());
    for (const QString& number : std::as_const(printed))
        CHECK(there.contains(number));
    CHECK(
        oracle.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE name LIKE '幸存客户%'")).toInt() ==
        30);
    CHECK(runPythonTool(QStringLiteral("audit_chain.py"), {url}).startsWith(QStringLiteral("ok ")));
    std::cout << "server, kill -9: 30 rounds, " << printed.size()
              << " orders printed before the kill, all present; "
              << "slowest save on the other desk " << slowest << " ms" << std::endl;
}

TEST_CASE("a desk holding a write for 5 s on a server: the other waits in turn, is told another desk is "
          "writing, and loses nothing",
          "[postgresql][desks]")
{
    PgCluster cluster;
    REQUIRE_CLUSTER(cluster);
    const QString database = makeShop(cluster, QStringLiteral("held"));
    const QString url = cluster.url(database);
    QTemporaryDir gateDir;
    const QString gate = gateDir.filePath(QStringLiteral("go"));
    QFile(gate).open(QIODevice::WriteOnly);
    DatabaseOptions options;
    options.session = {QStringLiteral("waiter"), QStringLiteral("desk2")};
    Database db(url, options);
    QProcess holder;
    startDesk(holder, url, QStringLiteral("desk1"), 1, gate,
              {QStringLiteral("--hold"), QStringLiteral("5000")});
    REQUIRE(holder.waitForReadyRead(30000));
    REQUIRE(holder.readLine().trimmed() == "holding");
    QStringList told;
    db.setBusyObserver([&](const QString& message) { told.append(message); });
    QElapsedTimer timer;
    timer.start();
    Customer c = makeCustomer(QStringLiteral("等待的客户"));
    CustomerRepository(db).create(c);
    const qint64 waited = timer.elapsed();
    REQUIRE(holder.waitForFinished(30000));
    CHECK(holder.exitCode() == 0);
    CHECK(holder.readAll().trimmed() == "committed");
    CHECK(waited > 2000);
    REQUIRE_FALSE(told.isEmpty());
    CHECK(told.first() == Database::tr("Another desk is writing; retrying…"));
    CHECK(told.last().isEmpty());
    PlainServer oracle(cluster, database);
    CHECK(oracle
              .scalar(QStringLiteral(
                  "SELECT count(*) FROM customers WHERE name IN ('等待的客户', '长事务客户 desk1')"))
              .toInt() == 2);
    // The holder's customer was saved first: the waiting desk came after it.
    CHECK(oracle.column(QStringLiteral("SELECT name FROM customers ORDER BY id DESC LIMIT 2")) ==
          QStringList{QStringLiteral("等待的客户"), QStringLiteral("长事务客户 desk1")});
}
