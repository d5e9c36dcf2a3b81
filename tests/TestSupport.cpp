#include "TestSupport.h"

#include "PgCluster.h"
#include "services/CsvReader.h"

#include "store/CatalogRepository.h"
#include "store/CustomerRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <stdexcept>

namespace shopcrm::test {

namespace {

// The run's cluster under SHOPCRM_TEST_SERVER=1, started when first asked for.
PgCluster& testCluster()
{
    static PgCluster cluster;
    return cluster;
}

} // namespace

QString testServerUnavailable()
{
    if (qEnvironmentVariableIntValue("SHOPCRM_TEST_SERVER") != 1) return {};
    return testCluster().available() ? QString() : testCluster().whyNot();
}

QString databaseForTest(const QString& filePath, const DatabaseOptions& options)
{
    if (qEnvironmentVariableIntValue("SHOPCRM_TEST_SERVER") != 1) return filePath;
    PgCluster& cluster = testCluster();
    static int made = 0;
    static bool templateMade = false;
    if (!cluster.available())
        throw std::runtime_error("SHOPCRM_TEST_SERVER=1, but no PostgreSQL cluster: " +
                                 cluster.whyNot().toStdString());
    const QString name = QStringLiteral("test%1").arg(++made);
    if (options.ladder || options.upToVersion >= 0) return cluster.url(cluster.createDatabase(name));
    const QString shop = QStringLiteral("shop_template");
    if (!templateMade) {
        cluster.createDatabase(shop);
        Database(cluster.url(shop)); // the ladder, once; closed again, as a template must be
        templateMade = true;
    }
    return cluster.url(cluster.createDatabase(name, shop));
}

Access roleWithout(Module module, Action action)
{
    Access access;
    access.userId = 7;
    access.roleName = QStringLiteral("workshop");
    access.rights = Rights::all();
    access.rights.revoke(module, action);
    return access;
}

QString runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        throw std::runtime_error(
            QStringLiteral("%1 %2 failed: %3")
                .arg(program, args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()))
                .toStdString());
    return QString::fromUtf8(p.readAllStandardOutput());
}

CliRun runCli(const QStringList& args, const QHash<QString, QString>& env, const QByteArray& input)
{
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(SHOPCRM_CLI), args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString pythonProgram()
{
    // Debian's interpreter, with the modules the README's test command installs (openpyxl); a
    // python3 found first on the PATH (pyenv, a virtualenv) may lack them.
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
}

LocalServer::LocalServer(const QString& script, const QStringList& args) : m_script(script)
{
    process.start(pythonProgram(),
                  QStringList{QStringLiteral(SHOPCRM_TOOLS "/") + script, dir.path()} + args);
    if (!process.waitForStarted(10000) || !process.waitForReadyRead(20000))
        throw std::runtime_error("the local server " + script.toStdString() +
                                 " did not start: " + process.readAllStandardError().toStdString());
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    if (!line.startsWith(QStringLiteral("ready ")))
        throw std::runtime_error("the local server said: " + line.toStdString());
    port = line.mid(6).toInt();
}

LocalServer::~LocalServer()
{
    stop();
}

void LocalServer::stop()
{
    if (process.state() == QProcess::NotRunning) return;
    process.kill();
    process.waitForFinished(10000);
}

QJsonArray LocalServer::kept() const
{
    return QJsonDocument::fromJson(runPythonTool(m_script, {QStringLiteral("read"), dir.path()}).toUtf8())
        .array();
}

namespace {

void writeList(const QString& path, const QStringList& lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) throw std::runtime_error("cannot write " + path.toStdString());
    f.write(lines.join(QLatin1Char('\n')).toUtf8());
}

} // namespace

void SmsSink::throttle(const QStringList& numbers) const
{
    writeList(dir.filePath(QStringLiteral("throttle")), numbers);
}

void SmsSink::refuse(const QStringList& numbers) const
{
    writeList(dir.filePath(QStringLiteral("refuse")), numbers);
}

QString runPythonTool(const QString& script, const QStringList& args)
{
    QProcess p;
    p.start(pythonProgram(), QStringList{QStringLiteral(SHOPCRM_TOOLS "/") + script} + args);
    p.waitForFinished(120000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        throw std::runtime_error("python3 " + script.toStdString() + " failed: " + p.readAllStandardError().toStdString());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

Customer makeCustomer(const QString& name, const QString& phone, const QString& contact)
{
    Customer c;
    c.name = name;
    if (!phone.isEmpty())
        c.phones = {phone};
    if (!contact.isEmpty()) {
        Contact k;
        k.name = contact;
        k.primary = true;
        c.contacts.append(k);
    }
    return c;
}

OrderShop::OrderShop() : OrderShop(QString()) {}

OrderShop::OrderShop(const QString& at) : db(at.isEmpty() ? TempDb() : TempDb(at))
{
    CustomerRepository customers(*db);
    Customer c = makeCustomer(QStringLiteral("华彩广告"), QStringLiteral("13812345678"), QStringLiteral("张三"));
    c.city = c.province = QStringLiteral("重庆市");
    c.district = QStringLiteral("渝中区");
    c.address = QStringLiteral("解放碑路1号");
    customer = customers.create(c);
    Customer d = makeCustomer(QStringLiteral("鑫源装饰"));
    other = customers.create(d);
    CatalogRepository catalog(*db);
    StaffMember s;
    s.name = QStringLiteral("李明");
    s.role = StaffRole::Designer;
    designer = catalog.createStaff(s);
    Product p;
    p.name = QStringLiteral("户外喷绘布");
    p.spec = QStringLiteral("440g 灯布");
    p.pricing = PricingMode::PerArea;
    p.unit = QStringLiteral("m2");
    p.unitPrice = Money::fromFen(2500);
    banner = catalog.createProduct(p);
    Product cards;
    cards.name = QStringLiteral("名片");
    cards.unit = QStringLiteral("盒");
    cards.unitPrice = Money::fromFen(3850);
    catalog.createProduct(cards);
}

Order OrderShop::order(qint64 customerId, const QDateTime& when, qint64 priceFen) const
{
    Order o;
    o.customerId = customerId;
    o.orderDate = when;
    o.due = when.addDays(3);
    o.title = QStringLiteral("门头招牌");
    OrderLine l;
    l.productId = banner;
    l.product = QStringLiteral("户外喷绘布");
    l.unit = QStringLiteral("m²");
    l.widthMm = 3000;
    l.heightMm = 1500;
    l.quantity = Quantity::fromUnits(2);
    l.unitPrice = Money::fromFen(priceFen);
    o.lines.append(l);
    o.staff.append({designer, QStringLiteral("李明"), StaffRole::Designer});
    return o;
}

void checkFullTextIndex(Database& db)
{
    if (!db.isServer())
        db.exec(QStringLiteral("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')"));
}

QVariant scalar(Database& db, const QString& sql)
{
    return Sql(db, sql).scalar();
}

void loadDump(const QString& dumpPath, const QString& dbPath)
{
    QFile file(dumpPath);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read dump");
    const QString text = QString::fromUtf8(file.readAll());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump-loader"));
        db.setDatabaseName(dbPath);
        db.open();
        QSqlQuery q(db);
        for (const QString& statement : text.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            QString body = statement;
            while (body.startsWith(QLatin1String("--")))
                body = body.mid(body.indexOf(QLatin1Char('\n')) + 1);
            if (!body.trimmed().isEmpty() && !q.exec(body))
                throw std::runtime_error(q.lastError().text().toStdString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump-loader"));
}

ImportTable importTableOf(const QString& csv, const QString& file)
{
    ImportTable t;
    const CsvTable parsed = CsvReader::parse(csv, QLatin1Char(','));
    t.header = parsed.rows.value(0);
    for (qsizetype i = 1; i < parsed.rows.size(); ++i) {
        QVariantList row;
        for (const QString& cell : parsed.rows.at(i))
            row.append(cell);
        t.rows.append(row);
        t.rowNumbers.append(parsed.lines.at(i));
    }
    t.file = file;
    return t;
}

// Every summary row that is not all zeros, as text, to compare the kept summaries with a rebuild.
QStringList summaries(Database& db)
{
    QStringList rows;
    for (const QString& sql :
         {QStringLiteral("SELECT 'm', month, 0, billed, orders, received FROM summary_month"),
          QStringLiteral(
              "SELECT 'c', month, customer_id, billed, orders, received FROM summary_customer_month"),
          QStringLiteral("SELECT 'g', month, category_id, billed, orders, 0 FROM summary_category_month"),
          QStringLiteral("SELECT 's', month, staff_id, billed, orders, 0 FROM summary_staff_month"),
          QStringLiteral("SELECT 'dm', month, 0, billed, orders, 0 FROM summary_delivered_month"),
          QStringLiteral(
              "SELECT 'dc', month, customer_id, billed, orders, 0 FROM summary_delivered_customer_month"),
          QStringLiteral(
              "SELECT 'dg', month, category_id, billed, orders, 0 FROM summary_delivered_category_month"),
          QStringLiteral(
              "SELECT 'ds', month, staff_id, billed, orders, 0 FROM summary_delivered_staff_month"),
          QStringLiteral("SELECT 'cy', year, customer_id, billed, orders, 0 FROM summary_customer_year"),
          QStringLiteral(
              "SELECT 'dcy', year, customer_id, billed, orders, 0 FROM summary_delivered_customer_year"),
          QStringLiteral("SELECT 'd', day, 0, billed, orders, received FROM summary_day"),
          QStringLiteral("SELECT 'dd', day, 0, billed, orders, 0 FROM summary_delivered_day")}) {
        Sql q(db, sql + QStringLiteral(" ORDER BY 2, 3"));
        q.exec();
        while (q.next()) {
            if (q.value(3).toLongLong() == 0 && q.value(4).toLongLong() == 0 && q.value(5).toLongLong() == 0)
                continue;
            QStringList cells;
            for (int i = 0; i < 6; ++i)
                cells.append(q.value(i).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
    }
    return rows;
}

PlainServer::PlainServer(const PgCluster& cluster, const QString& database)
    : name(QStringLiteral("plain-%1-%2").arg(database).arg(QRandomGenerator::global()->generate()))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(cluster.socketDir());
    db.setPort(PgCluster::kPort);
    db.setUserName(PgCluster::user());
    db.setDatabaseName(database);
    REQUIRE(db.open());
}

PlainServer::~PlainServer()
{
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

QList<QVariantList> PlainServer::rows(const QString& sql) const
{
    QSqlQuery q(QSqlDatabase::database(name, false));
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QList<QVariantList> out;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i));
        out.append(row);
    }
    return out;
}

QStringList PlainServer::column(const QString& sql) const
{
    QStringList values;
    for (const QVariantList& row : rows(sql))
        values.append(row.value(0).toString());
    return values;
}

QVariant PlainServer::scalar(const QString& sql) const
{
    const QList<QVariantList> r = rows(sql);
    return r.isEmpty() ? QVariant() : r.first().value(0);
}

void DeskOutput::add(const QByteArray& output)
{
    for (const QByteArray& raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1String("edit ")))
            ++edits[line.mid(5).toLongLong()];
        else if (line.startsWith(QLatin1String("order ")))
            orders.append(line.mid(6));
        else if (line.startsWith(QLatin1String("payment ")))
            payments.append(line.mid(8));
        else if (line.startsWith(QLatin1String("ms ")))
            latenciesMs.append(line.mid(3).toDouble());
    }
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, static_cast<qsizetype>(p * values.size())));
}

} // namespace shopcrm::test
