#include "Database.h"

#include "Migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QSysInfo>

namespace shopcrm {

Session Session::fromEnvironment()
{
    Session s;
    s.user = qEnvironmentVariable("SHOPCRM_USER", qEnvironmentVariable("USER", QStringLiteral("user")));
    s.desk = qEnvironmentVariable("SHOPCRM_DESK", QSysInfo::machineHostName());
    return s;
}

Sql::Sql(const Database& db, const QString& statement)
    : m_db(db), m_query(db.takePrepared(statement)), m_statement(statement)
{}

Sql::~Sql()
{
    m_query.finish();
    m_db.returnPrepared(m_statement, std::move(m_query));
}

QSqlQuery Database::takePrepared(const QString& statement) const
{
    auto it = m_prepared.find(statement);
    if (it != m_prepared.end() && !it->isEmpty())
        return it->takeLast();
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        throw StoreError(StoreError::Kind::Sql, query.lastError().text() + QStringLiteral(" — ") + statement);
    return query;
}

void Database::returnPrepared(const QString& statement, QSqlQuery&& query) const
{
    QList<QSqlQuery>& list = m_prepared[statement];
    if (list.size() < 4)
        list.append(std::move(query));
}

Sql& Sql::bindAll(const QVariantList& values)
{
    for (const QVariant& v : values)
        bind(v);
    return *this;
}

Sql& Sql::bind(const QVariant& value)
{
    // A null QString would be stored as NULL; text columns hold '' instead. NULL is QVariant().
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(m_bound++, QStringLiteral(""));
    else
        m_query.bindValue(m_bound++, value);
    return *this;
}

Sql& Sql::exec()
{
    m_bound = 0;
    if (!m_query.exec()) {
        const QSqlError error = m_query.lastError();
        // SQLITE_READONLY (8) and its extended codes
        const bool readOnly = error.nativeErrorCode().toInt() % 256 == 8;
        throw StoreError(readOnly ? StoreError::Kind::ReadOnly : StoreError::Kind::Sql,
                         readOnly ? Database::tr("The database is read-only; nothing was saved.")
                                  : error.text() + QStringLiteral(" — ") + m_statement);
    }
    return *this;
}

QVariant Sql::scalar()
{
    exec();
    return next() ? value(0) : QVariant();
}

Database::Database(const QString& path, const Options& options)
    : m_path(QFileInfo(path).absoluteFilePath()), m_session(options.session)
{
    static QAtomicInteger<int> counter;
    m_connectionName = QStringLiteral("shopcrm-%1").arg(counter.fetchAndAddRelaxed(1));
    try {
        open(options);
        upgrade(options);
    } catch (...) {
        m_prepared.clear();
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Database::~Database()
{
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/ShopCRM/shopcrm.db");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void Database::exec(const QString& statement) const
{
    Sql(*this, statement).exec();
}

void Database::checkHeader() const
{
    QFile file(m_path);
    if (!file.exists() || file.size() == 0)
        return;
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Open, tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is not a ShopCRM database (it is not an SQLite file). It was left untouched.")
                             .arg(m_path));
}

void Database::open(const Options& options)
{
    const QFileInfo info(m_path);
    if (info.isDir())
        throw StoreError(StoreError::Kind::Open, tr("%1 is a folder, not a database file.").arg(m_path));
    checkHeader();
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            throw StoreError(StoreError::Kind::Open, tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }
    const QFileInfo dir(info.absolutePath());
    m_readOnly = options.forceReadOnly || (info.exists() && (!info.isWritable() || !dir.isWritable()));
    if (!info.exists() && !dir.isWritable())
        throw StoreError(StoreError::Kind::Open, tr("Cannot create %1: the folder is read-only.").arg(m_path));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(m_readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        throw StoreError(StoreError::Kind::Open, tr("Cannot open %1: %2").arg(m_path, db.lastError().text()));

    // Reading the schema is the first thing that touches the pages: a damaged file fails here,
    // before any pragma could write to it.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next())
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is damaged or not a database: %2. It was left untouched.")
                             .arg(m_path, probe.lastError().text()));
    const int objects = probe.value(0).toInt();
    probe.finish();
    if (objects > 0) {
        Sql known(*this, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_version'"));
        if (known.scalar().toInt() == 0)
            throw StoreError(StoreError::Kind::NotADatabase,
                             tr("%1 is an SQLite database but not a ShopCRM database. It was left untouched.")
                                 .arg(m_path));
    }
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    // 64 MiB of page cache: the search indexes take keys in random order, and with SQLite's 2 MiB
    // default a bulk insert of 100,000 customers spends most of its time re-reading pages.
    exec(QStringLiteral("PRAGMA cache_size=-65536"));
    if (!m_readOnly) {
        // Single desk on a local disk (DESIGN §3).
        exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
}

int Database::schemaVersion() const
{
    Sql exists(*this, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_version'"));
    if (exists.scalar().toInt() == 0)
        return 0;
    return Sql(*this, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")).scalar().toInt();
}

void Database::upgrade(const Options& options)
{
    const QList<MigrationStep>& ladder = options.ladder ? *options.ladder : Migrations::ladder();
    const int current = schemaVersion();
    const int latest = Migrations::latestVersion(ladder);
    if (current > latest)
        throw StoreError(StoreError::Kind::NewerSchema,
                         tr("%1 was made by a newer version of ShopCRM (schema %2; this program knows up to %3). "
                            "Please install the newer ShopCRM.")
                             .arg(m_path)
                             .arg(current)
                             .arg(latest));
    const int target = options.upToVersion >= 0 ? std::min(options.upToVersion, latest) : latest;
    if (current >= target)
        return;
    if (m_readOnly)
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("%1 needs an upgrade from schema %2 to %3, but it is read-only.")
                             .arg(m_path)
                             .arg(current)
                             .arg(target));
    if (current > 0) {
        m_upgradeBackup = QStringLiteral("%1.v%2-%3.bak")
                              .arg(m_path)
                              .arg(current)
                              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        backupTo(m_upgradeBackup);
    }
    Migrations::run(*this, ladder, target);
}

void Database::requireWritable() const
{
    if (m_readOnly)
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("The database %1 is open read-only; nothing was saved.").arg(m_path));
}

void Database::write(const std::function<void()>& fn)
{
    requireWritable();
    if (m_depth > 0) {
        ++m_depth;
        try {
            fn();
        } catch (...) {
            --m_depth;
            throw;
        }
        --m_depth;
        return;
    }
    exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_depth = 1;
    try {
        fn();
        exec(QStringLiteral("COMMIT"));
        m_depth = 0;
    } catch (...) {
        m_depth = 0;
        QSqlQuery rollback(connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

QString Database::modeDescription() const
{
    return m_readOnly ? tr("Single desk, read-only") : tr("Single desk (local file)");
}

void Database::backupTo(const QString& target) const
{
    if (QFileInfo::exists(target))
        throw StoreError(StoreError::Kind::Open, tr("The backup file %1 exists already.").arg(target));
    Sql(*this, QStringLiteral("VACUUM INTO ?")).bind(target).exec();
    QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName + QStringLiteral("-check"));
    QString result;
    {
        check.setDatabaseName(target);
        check.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (check.open()) {
            QSqlQuery q(check);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
        }
        check.close();
    }
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName + QStringLiteral("-check"));
    if (result != QLatin1String("ok")) {
        QFile::remove(target);
        throw StoreError(StoreError::Kind::Open, tr("The backup %1 failed its integrity check.").arg(target));
    }
}

} // namespace shopcrm
