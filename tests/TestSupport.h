#pragma once

#include <map>

#include "domain/Customer.h"
#include "domain/Order.h"
#include "services/CustomerImport.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Waits, handling events, until expr holds or timeoutMs have passed, then REQUIREs it. QtTest's
// QTRY_VERIFY cannot fail a Catch test: outside a QtTest run its failure only returns from the
// function, and the test goes on to pass.
#define REQUIRE_EVENTUALLY(expr, timeoutMs)                                                                  \
    do {                                                                                                     \
        QElapsedTimer waitedFor_;                                                                            \
        waitedFor_.start();                                                                                  \
        while (!(expr) && waitedFor_.elapsed() < (timeoutMs))                                                \
            QTest::qWait(20);                                                                                \
        REQUIRE((expr));                                                                                     \
    } while (false)

namespace shopcrm::test {

// A fresh database file in a temporary folder of its own.
// Where a test's database goes: the file at filePath, or, with SHOPCRM_TEST_SERVER=1, a new
// database in a PostgreSQL cluster the run starts once (to run the suite on a server). There a
// database the whole ladder makes is a copy of one the ladder made once for the run (PostgreSQL's
// CREATE DATABASE … TEMPLATE): running the ladder for every test is most of a server run's time.
QString databaseForTest(const QString& filePath, const DatabaseOptions& options = DatabaseOptions());
// Under SHOPCRM_TEST_SERVER=1, why the run's cluster cannot be started (no PostgreSQL, not root);
// empty when it runs or the run is on files.
QString testServerUnavailable();

struct TempDb
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("shop.db"));
    std::unique_ptr<Database> db;

    explicit TempDb(const DatabaseOptions& options = DatabaseOptions())
        : path(databaseForTest(dir.filePath(QStringLiteral("shop.db")), options)),
          db(std::make_unique<Database>(path, options))
    {
    }
    // A database elsewhere: a server's (postgresql://…) or a file the test chose.
    explicit TempDb(const QString& at, const DatabaseOptions& options = DatabaseOptions())
        : path(at), db(std::make_unique<Database>(at, options))
    {
    }
    Database& operator*() { return *db; }
    Database* operator->() { return db.get(); }
};

Customer makeCustomer(const QString& name, const QString& phone = {}, const QString& contact = {});

// A shop ready for orders: two customers (华彩广告 with contact 张三 in 重庆市渝中区, and 鑫源装饰),
// a designer, and two products (户外喷绘布 priced by area at 25.00/m², 名片 at 38.50 a box).
struct OrderShop
{
    TempDb db;
    qint64 customer = 0;
    qint64 other = 0;
    qint64 designer = 0;
    qint64 banner = 0;
    OrderShop();
    // The same shop in the database at `at` (a server's, for the server tests).
    explicit OrderShop(const QString& at);
    // A banner order: 3000 × 1500 mm × 2 at priceFen per m², due three days later, the designer on it.
    Order order(qint64 customerId, const QDateTime& when, qint64 priceFen = 2500) const;
};
QVariant scalar(Database& db, const QString& sql);
// FTS5's own check of the full-text search index in a file (throws when it is damaged). On a
// server the index is a plain table with nothing of the kind to check, and this does nothing.
void checkFullTextIndex(Database& db);
// A signed-in role with every right but one (user 7, "workshop"): Sales ▸ see money, say.
Access roleWithout(Module module, Action action);
// Every revenue summary row that is not all zeros, as text, to compare kept summaries with a rebuild.
QStringList summaries(Database& db);
// A table to import, from CSV text (comma-separated), as ImportTable::fromFile would read it.
ImportTable importTableOf(const QString& csv, const QString& file = QStringLiteral("import.csv"));

// Runs a peer tool (pdftotext, pdfinfo, unzip …) and returns what it printed; throws, failing the
// test, when it cannot start, does not finish in a minute or fails.
QString runTool(const QString& program, const QStringList& args);
// An XLSX file's first sheet as its XML.
inline QString firstSheet(const QString& xlsx)
{
    return runTool(QStringLiteral("unzip"),
                   {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
}

// One run of shopcrm-cli: its exit status (-1 when it crashed) and output.
struct CliRun
{
    int status = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};
// Runs shopcrm-cli with extra environment variables and text on its standard input.
CliRun runCli(const QStringList& args, const QHash<QString, QString>& env = {}, const QByteArray& input = {});
// The Python 3 the tests use as a peer tool.
QString pythonProgram();
// Runs a Python 3 program from tests/tools with arguments; returns its standard output, trimmed.
QString runPythonTool(const QString& script, const QStringList& args);
// A server from tests/tools run on 127.0.0.1: started with a folder of its own (and `args`), it
// prints "ready PORT"; "read FOLDER" prints what it kept, as JSON.
struct LocalServer
{
    QTemporaryDir dir;
    QProcess process;
    int port = 0;
    LocalServer(const QString& script, const QStringList& args = {});
    ~LocalServer();
    Q_DISABLE_COPY_MOVE(LocalServer)
    void stop();
    QJsonArray kept() const;

private:
    QString m_script;
};
// A real SMTP server (aiosmtpd, tests/tools/smtp_sink.py) keeping what it is given.
struct SmtpSink : LocalServer
{
    SmtpSink() : LocalServer(QStringLiteral("smtp_sink.py")) {}
    // What arrived, as Python's email parser reads it: rcpt, to, from, subject, body.
    QJsonArray messages() const { return kept(); }
};
// A stand-in for Alibaba Cloud's SMS gateway (tests/tools/sms_gateway.py) that checks each
// request's signature with `secret`; requests() are the accepted ones, with their parameters.
struct SmsSink : LocalServer
{
    explicit SmsSink(const QString& secret) : LocalServer(QStringLiteral("sms_gateway.py"), {secret}) {}
    QJsonArray requests() const { return kept(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(port); }
    // Numbers the gateway throttles once, or always refuses.
    void throttle(const QStringList& numbers) const;
    void refuse(const QStringList& numbers) const;
};
// Loads an SQL dump (the v1 fixture) into a new file.
void loadDump(const QString& dumpPath, const QString& dbPath);

class PgCluster;
// A plain connection of the test's own to a database of a test cluster: what the program wrote,
// read without the program's code.
struct PlainServer
{
    QString name;
    PlainServer(const PgCluster& cluster, const QString& database);
    ~PlainServer();
    Q_DISABLE_COPY_MOVE(PlainServer)
    QList<QVariantList> rows(const QString& sql) const;
    QStringList column(const QString& sql) const; // the first column of every row, as text
    QVariant scalar(const QString& sql) const;
};

// What desk processes (tests/DeskWriter) printed, added up: the edits per customer, the numbers
// of the orders and payments they saved, how long each save took, and the errors they stopped on.
struct DeskOutput
{
    std::map<qint64, int> edits;
    QStringList orders;
    QStringList payments;
    QList<double> latenciesMs;
    QStringList errors;
    void add(const QByteArray& output);
    int editsOf(qint64 customer) const { return edits.count(customer) ? edits.at(customer) : 0; }
};
// The p-th fraction (0.5: the median) of values.
double percentile(QList<double> values, double p);

} // namespace shopcrm::test

// Readable values in Catch's failure messages.
#include <catch2/catch.hpp>
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& l) { return '[' + l.join(QStringLiteral(", ")).toStdString() + ']'; }
};
template <>
struct StringMaker<QJsonObject>
{
    static std::string convert(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString(); }
};
template <>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime& t) { return t.toString(Qt::ISODateWithMs).toStdString(); }
};
} // namespace Catch
