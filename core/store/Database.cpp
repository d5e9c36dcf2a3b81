#include "Database.h"

#include "Migrations.h"
#include "ServerDump.h"
#include "SharedLock.h"
#include "ShopSettings.h"

#include <algorithm>
#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QTimeZone>
#include <QUrl>

#include <sqlite3.h>

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

Sql::Sql(const Database& db, const QString& statement, Once)
    : m_db(db), m_query(db.connection()), m_statement(statement), m_once(true)
{
    m_query.setForwardOnly(!db.isServer()); // as takePrepared() says
}

Sql::~Sql()
{
    m_query.finish();
    if (m_once) return;
    if (m_db.isServer()) m_query.setForwardOnly(false);
    m_db.returnPrepared(m_statement, std::move(m_query));
}

Sql& Sql::streamed()
{
    m_query.setForwardOnly(true);
    return *this;
}

QSqlQuery Database::takePrepared(const QString& statement) const
{
    auto it = m_prepared.find(statement);
    if (it != m_prepared.end() && !it->queries.isEmpty()) return it->queries.takeLast();
    QSqlQuery query(connection());
    // SQLite steps through rows as they are read, whatever else runs on the connection. QPSQL
    // reads forward-only results row by row, and a second statement run before the first is done
    // throws the rest of the first away ("Query results lost"): the program reads one list while
    // it loads each row's details, so on a server a result is read whole unless streamed().
    query.setForwardOnly(!isServer());
    // Preparing reads the schema, which in shared mode waits for the lock like any read.
    const QString text = Dialect::statement(m_engine, statement);
    retryWhileBusy(m_readWaitMs, false, [&]() -> std::optional<StoreError> {
        if (query.prepare(text)) return std::nullopt;
        return errorFrom(query.lastError(), text);
    });
    return query;
}

void Database::retryWhileBusy(int budgetMs, bool inOwnTransaction,
                              const std::function<std::optional<StoreError>()>& attempt) const
{
    QElapsedTimer waited;
    for (int tries = 0;; ++tries) {
        const std::optional<StoreError> error = attempt();
        if (!error)
            break;
        // Inside a transaction only its own BEGIN and COMMIT may wait; any other statement that
        // finds the file busy fails the transaction, and write() decides.
        if (error->kind() != StoreError::Kind::Busy || (inTransaction() && !inOwnTransaction) ||
            budgetMs <= 0)
            throw *error;
        if (!waited.isValid())
            waited.start();
        if (waited.elapsed() > budgetMs) {
            reportBusy({});
            throw *error;
        }
        reportBusy(tr("Another desk is writing; retrying…"));
        pause(tries);
    }
    if (waited.isValid())
        reportBusy({});
}

bool Database::readableNow() const
{
    if (isServer() || m_lost)
        return true; // a lost connection is the feed's to report, not a reason to put off
    const ReadWait noWaiting(*this, 0);
    try {
        Sql(*this, QStringLiteral("SELECT 1 FROM change_log LIMIT 1")).exec();
        return true;
    } catch (const StoreError& e) {
        return e.kind() != StoreError::Kind::Busy;
    }
}

void Database::pause(int attempt)
{
    // A few milliseconds at first, then up to 40: short enough that a waiting desk gets its turn
    // between another's writes, random so that waiting desks do not knock in step.
    const int ceiling = std::min(4 << std::min(attempt, 4), 40);
    QThread::usleep(static_cast<unsigned long>(1000 + QRandomGenerator::global()->bounded(ceiling * 1000)));
}

void Database::reportBusy(const QString& message) const
{
    if (m_busyObserver)
        m_busyObserver(message);
}

void Database::returnPrepared(const QString& statement, QSqlQuery&& query) const
{
    // Bounded: statements that are not reused (text built with values in it) would otherwise pile
    // up all day. The least recently returned goes first.
    auto it = m_prepared.find(statement);
    if (it == m_prepared.end()) {
        if (m_prepared.size() >= kPreparedLimit) {
            auto oldest = m_prepared.begin();
            for (auto i = m_prepared.begin(); i != m_prepared.end(); ++i)
                if (i->lastUse < oldest->lastUse) oldest = i;
            m_prepared.erase(oldest);
        }
        it = m_prepared.insert(statement, {});
    }
    it->lastUse = ++m_preparedClock;
    if (it->queries.size() < 4) it->queries.append(std::move(query));
}

qsizetype Database::preparedStatements() const
{
    return m_prepared.size();
}

Sql& Sql::bindAll(const QVariantList& values)
{
    for (const QVariant& v : values)
        bind(v);
    return *this;
}

Sql& Sql::bind(const QVariant& value)
{
    Q_ASSERT(!m_once); // a statement run once has its values written in
    // A null QString would be stored as NULL; text columns hold '' instead. NULL is QVariant().
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(m_bound++, QStringLiteral(""));
    else
        m_query.bindValue(m_bound++, value);
    return *this;
}

namespace {

// The primary SQLite result code of a failed statement (Qt reports the extended one).
int sqliteCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() % 256;
}

} // namespace

// PostgreSQL's error classes (SQLSTATE, first two characters, or the whole code) as the store's.
StoreError Database::serverErrorFrom(const QSqlError& error, const QString& statement) const
{
    const QString state = error.nativeErrorCode();
    const QString klass = state.left(2);
    const bool noAnswer = state.isEmpty() && error.type() == QSqlError::ConnectionError;
    if (klass == QLatin1String("08") || klass == QLatin1String("57") || noAnswer || !connection().isOpen()) {
        m_lost = true;
        return StoreError(StoreError::Kind::Unavailable,
                          tr("The database server cannot be reached (%1); nothing was saved.")
                              .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText()));
    }
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return StoreError(
            StoreError::Kind::Busy,
            tr("Another desk is using the database and did not finish in time; nothing was saved. "
               "Please try again."));
    if (state == QLatin1String("25006"))
        return StoreError(StoreError::Kind::ReadOnly, tr("The database is read-only; nothing was saved."));
    if (klass == QLatin1String("53"))
        return StoreError(
            StoreError::Kind::DiskFull,
            tr("The database server is out of space; nothing was saved. Please tell whoever looks "
               "after the server."));
    if (klass == QLatin1String("28"))
        return StoreError(StoreError::Kind::Open,
                          tr("The database server refused the sign-in: %1").arg(error.databaseText()));
    return StoreError(StoreError::Kind::Sql, error.text() + QStringLiteral(" — ") + statement);
}

StoreError Database::errorFrom(const QSqlError& error, const QString& statement) const
{
    if (m_engine == Engine::PostgreSQL) return serverErrorFrom(error, statement);
    switch (sqliteCode(error)) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StoreError(StoreError::Kind::Busy,
                          tr("Another desk is using the database and did not finish in time; nothing was saved. "
                             "Please try again."));
    case 8: // SQLITE_READONLY
        return StoreError(StoreError::Kind::ReadOnly, tr("The database is read-only; nothing was saved."));
    case 13: // SQLITE_FULL
        return StoreError(StoreError::Kind::DiskFull,
                          tr("The disk that holds the database is full; nothing was saved. Free some space and try "
                             "again."));
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        m_lost = true;
        if (m_fileSystem.network)
            return StoreError(StoreError::Kind::Unavailable,
                              tr("The shared folder cannot be reached (%1); nothing was saved.").arg(error.driverText()));
        return StoreError(StoreError::Kind::Unavailable,
                          tr("The database file cannot be read or written (%1); nothing was saved.")
                              .arg(error.driverText()));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return StoreError(StoreError::Kind::NotADatabase,
                          tr("The database %1 is damaged: %2").arg(m_path, error.text()));
    default:
        return StoreError(StoreError::Kind::Sql, error.text() + QStringLiteral(" — ") + statement);
    }
}

Sql& Sql::exec()
{
    m_bound = 0;
    const QString once = m_once ? Dialect::statement(m_db.engine(), m_statement) : QString();
    m_db.retryWhileBusy(m_db.readWaitMs(), false, [&]() -> std::optional<StoreError> {
        if (m_once ? m_query.exec(once) : m_query.exec()) return std::nullopt;
        return m_db.errorFrom(m_query.lastError(), m_statement);
    });
    return *this;
}

int Sql::columns() const
{
    return m_query.record().count();
}

qint64 Sql::lastInsertId() const
{
    if (m_db.engine() == Engine::SQLite) return m_query.lastInsertId().toLongLong();
    // QPSQL reports an OID, which tables no longer have: the identity column's sequence knows.
    return Sql(m_db, QStringLiteral("SELECT lastval()")).scalar().toLongLong();
}

QVariant Sql::scalar()
{
    exec();
    return next() ? value(0) : QVariant();
}

namespace {

sqlite3* sqliteHandle(const Database& db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !handle.isValid())
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// A statement on SQLite's own API; a failure is the store's error, naming the statement.
sqlite3_stmt* prepareRaw(const Database& db, sqlite3* handle, const QString& statement, unsigned flags)
{
    const QByteArray utf8 = statement.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(handle, utf8.constData(), static_cast<int>(utf8.size()), flags, &stmt, nullptr) != SQLITE_OK) {
        const int code = sqlite3_extended_errcode(handle);
        throw db.errorFrom(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError,
                                     QString::number(code)),
                           statement);
    }
    return stmt;
}

} // namespace

BulkInsert::BulkInsert(const Database& db, const QString& statement) : m_db(db), m_statement(statement)
{
    if (db.isServer()) {
        if (!db.inTransaction())
            throw StoreError(StoreError::Kind::Sql, QStringLiteral("BulkInsert needs a write transaction"));
        m_server = std::make_unique<Sql>(db, statement);
        return;
    }
    sqlite3* handle = sqliteHandle(db);
    if (!handle || !db.inTransaction())
        throw StoreError(StoreError::Kind::Sql, QStringLiteral("BulkInsert needs an SQLite write transaction"));
    m_stmt = prepareRaw(db, handle, statement, SQLITE_PREPARE_PERSISTENT);
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_stmt);
}

BulkInsert& BulkInsert::bind(const QString& text)
{
    if (m_server) {
        m_server->bind(text);
        return *this;
    }
    // UTF-8 made by Qt (vectorised) rather than by SQLite from UTF-16; SQLITE_TRANSIENT: SQLite
    // copies it, so the temporary is safe.
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, ++m_bound, utf8.isNull() ? "" : utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

BulkInsert& BulkInsert::bind(qint64 value)
{
    if (m_server) {
        m_server->bind(value);
        return *this;
    }
    sqlite3_bind_int64(m_stmt, ++m_bound, value);
    return *this;
}

BulkInsert& BulkInsert::bind(const QByteArray& blob)
{
    if (m_server) {
        m_server->bind(blob);
        return *this;
    }
    sqlite3_bind_blob(m_stmt, ++m_bound, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkInsert& BulkInsert::bind(const QVariant& value)
{
    if (m_server) {
        m_server->bind(value);
        return *this;
    }
    switch (value.typeId()) {
    case QMetaType::UnknownType: sqlite3_bind_null(m_stmt, ++m_bound); return *this;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
    case QMetaType::UInt: return bind(value.toLongLong());
    case QMetaType::QByteArray: return bind(value.toByteArray());
    default: return bind(value.toString());
    }
}

BulkInsert& BulkInsert::exec()
{
    if (m_server) {
        m_server->exec();
        return *this;
    }
    const int rc = sqlite3_step(m_stmt);
    m_bound = 0;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt);
        return *this;
    }
    sqlite3* handle = sqlite3_db_handle(m_stmt);
    const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError,
                          QString::number(sqlite3_extended_errcode(handle)));
    sqlite3_reset(m_stmt);
    throw m_db.errorFrom(error, m_statement);
}

qint64 BulkInsert::lastInsertId() const
{
    if (m_server) return m_server->lastInsertId();
    return sqlite3_last_insert_rowid(sqlite3_db_handle(m_stmt));
}

RawRead::RawRead(const Database& db, const QString& statement) : m_db(db), m_statement(statement)
{
    if (db.isServer()) {
        m_server = std::make_unique<Sql>(db, statement);
        return;
    }
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        throw StoreError(StoreError::Kind::Sql, QStringLiteral("RawRead needs SQLite"));
    m_stmt = prepareRaw(db, handle, statement, 0);
}

RawRead::~RawRead()
{
    sqlite3_finalize(m_stmt);
}

RawRead& RawRead::bind(const QString& text)
{
    if (m_server) {
        m_server->bind(text);
        return *this;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, ++m_bound, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

RawRead& RawRead::bind(qint64 value)
{
    if (m_server) {
        m_server->bind(value);
        return *this;
    }
    sqlite3_bind_int64(m_stmt, ++m_bound, value);
    return *this;
}

bool RawRead::next()
{
    if (m_server) {
        if (!m_ran) {
            m_server->exec();
            m_ran = true;
        }
        return m_server->next();
    }
    m_db.retryWhileBusy(m_db.readWaitMs(), false, [&]() -> std::optional<StoreError> {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
            m_lastStep = rc;
            return std::nullopt;
        }
        sqlite3* handle = sqlite3_db_handle(m_stmt);
        const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError,
                              QString::number(sqlite3_extended_errcode(handle)));
        sqlite3_reset(m_stmt);
        return m_db.errorFrom(error, m_statement);
    });
    return m_lastStep == SQLITE_ROW;
}

int RawRead::columns() const
{
    if (m_server) return m_server->columns();
    return sqlite3_column_count(m_stmt);
}

qint64 RawRead::int64(int column) const
{
    if (m_server) return m_server->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

QString RawRead::text(int column) const
{
    if (m_server) return m_server->value(column).toString();
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

void RawRead::reset()
{
    if (m_server) {
        m_server = std::make_unique<Sql>(m_db, m_statement);
        m_ran = false;
        return;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bound = 0;
}

Database::Database(const QString& path, const Options& options)
    : m_path(ServerAddress::isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath()),
      m_session(options.session), m_options(options)
{
    if (ServerAddress::isServerUrl(path)) {
        QString why;
        m_server = ServerAddress::parse(path, &why);
        if (!m_server) throw StoreError(StoreError::Kind::Open, tr("%1 cannot be used: %2").arg(path, why));
        m_engine = Engine::PostgreSQL;
        m_path = m_server->url();
    }
    static QAtomicInteger<int> counter;
    m_connectionName = QStringLiteral("shopcrm-%1").arg(counter.fetchAndAddRelaxed(1));
    SharedLock::registerVfs();
    SharedLock::setIdentity(m_session.desk, m_session.user);
    try {
        open(options);
        upgrade(options);
        // A database made in a network folder starts shared; its setting says so for every desk.
        if (m_mode == StorageMode::Shared && !m_readOnly &&
            ShopSettings(*this).value(QStringLiteral("storage_mode")) != QLatin1String("shared"))
            storeMode(StorageMode::Shared);
    } catch (...) {
        disconnect();
        throw;
    }
}

void Database::setAccess(const Access& access)
{
    m_access = access;
    if (!access.login.isEmpty()) {
        m_session.user = access.login;
        SharedLock::setIdentity(m_session.desk, m_session.user);
    }
}

Database::~Database()
{
    disconnect();
}

void Database::disconnect()
{
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::openSibling() const
{
    return ticket().open();
}

DatabaseTicket Database::ticket() const
{
    DatabaseTicket t{m_path, m_options, m_access};
    t.options.upToVersion = -1;
    t.options.session = m_session;
    t.options.mustExist = true;
    return t;
}

std::unique_ptr<Database> DatabaseTicket::open() const
{
    auto db = std::make_unique<Database>(path, options);
    db->setAccess(access);
    return db;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/ShopCRM/shopcrm.db");
}

QString Database::chosenLocation()
{
    return QSettings(QStringLiteral("ShopCRM"), QStringLiteral("ShopCRM"))
        .value(QStringLiteral("database/location"))
        .toString();
}

void Database::setChosenLocation(const QString& location)
{
    QSettings settings(QStringLiteral("ShopCRM"), QStringLiteral("ShopCRM"));
    if (location.isEmpty())
        settings.remove(QStringLiteral("database/location"));
    else
        settings.setValue(QStringLiteral("database/location"), location);
}

QString Database::defaultLocation()
{
    const QString chosen = chosenLocation();
    return chosen.isEmpty() ? defaultPath() : chosen;
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
    if (m_engine == Engine::PostgreSQL) {
        // PostgreSQL prepares only queries and row changes; the rest (DDL, SET, VACUUM) runs as is.
        const QString text = Dialect::statement(m_engine, statement);
        QSqlQuery query(connection());
        retryWhileBusy(readBudgetMs, false, [&]() -> std::optional<StoreError> {
            if (query.exec(text)) return std::nullopt;
            return errorFrom(query.lastError(), text);
        });
        return;
    }
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

namespace {

// The file header says whether the file is in WAL mode (bytes 18 and 19 are 2): only a single-desk
// database ever is.
bool headerSaysWal(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
}

} // namespace

StoreError Database::singleDeskOnNetwork() const
{
    return StoreError(StoreError::Kind::Open,
                      tr("%1 is a single-desk database in a network folder, where it could be damaged: open it on "
                         "the computer whose disk holds it and turn on shared mode there (shopcrm-cli shared on), or "
                         "copy it to this computer's disk. Nothing was changed.")
                          .arg(QDir::toNativeSeparators(m_path)));
}

void Database::connect(StorageMode mode)
{
    m_mode = mode;
    if (m_engine == Engine::PostgreSQL) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_server->configure(db, 10);
        if (!db.open())
            throw StoreError(
                StoreError::Kind::Open,
                tr("Cannot connect to %1: %2").arg(m_path, db.lastError().databaseText().trimmed()));
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QStringList connectOptions;
    if (m_readOnly)
        connectOptions << QStringLiteral("QSQLITE_OPEN_READONLY");
    if (mode == StorageMode::Shared && m_options.posixLockingForTests) {
        connectOptions << QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        db.setDatabaseName(m_path);
    } else if (mode == StorageMode::Shared) {
        // No busy handler of SQLite's own: its sleeps grow to 100 ms, and a desk that sleeps that long
        // loses the lock again and again to one that writes without a pause. Waits are retried here
        // (Sql::exec, write()) at short random intervals, reporting "busy" to the desk meanwhile.
        connectOptions << QStringLiteral("QSQLITE_OPEN_URI") << QStringLiteral("QSQLITE_BUSY_TIMEOUT=0");
        QUrl url = QUrl::fromLocalFile(m_path);
        url.setQuery(QStringLiteral("vfs=") + QString::fromLatin1(SharedLock::vfsName));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    } else {
        connectOptions << QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        db.setDatabaseName(m_path);
    }
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!db.open())
        throw StoreError(StoreError::Kind::Open, tr("Cannot open %1: %2").arg(m_path, db.lastError().text()));
}

void Database::openServer()
{
    connect(StorageMode::Server);
    m_readOnly = m_options.forceReadOnly;
    applyPragmas();
    const int tables =
        Sql(*this, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                  "current_schema()"))
            .scalar()
            .toInt();
    if (tables > 0 && !hasTable(QStringLiteral("schema_version")))
        throw StoreError(
            StoreError::Kind::NotADatabase,
            tr("The PostgreSQL database %1 holds tables that are not ShopCRM's. It was left untouched.")
                .arg(m_path));
}

void Database::open(const Options& options)
{
    if (m_engine == Engine::PostgreSQL) {
        openServer();
        return;
    }
    const QFileInfo info(m_path);
    if (info.isDir())
        throw StoreError(StoreError::Kind::Open, tr("%1 is a folder, not a database file.").arg(m_path));
    checkHeader();
    if (!info.exists() && options.mustExist)
        throw StoreError(StoreError::Kind::Unavailable,
                         tr("%1 cannot be found: the folder that holds it may be away.").arg(m_path));
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            throw StoreError(StoreError::Kind::Open, tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }
    const QFileInfo dir(info.absolutePath());
    m_readOnly = options.forceReadOnly || (info.exists() && (!info.isWritable() || !dir.isWritable()));
    if (!info.exists() && !dir.isWritable())
        throw StoreError(StoreError::Kind::Open, tr("Cannot create %1: the folder is read-only.").arg(m_path));
    m_fileSystem = FileSystemInfo::of(m_path);

    const bool fresh = !info.exists() || info.size() == 0;
    const bool wal = !fresh && headerSaysWal(m_path);
    if (wal && m_fileSystem.network)
        throw singleDeskOnNetwork();
    // A file with a rollback journal may be a shared one: it is opened with the shared lock until
    // its setting says otherwise, so it never reads past another desk's lock.
    connect(fresh ? (m_fileSystem.network ? StorageMode::Shared : StorageMode::Single)
                  : (wal ? StorageMode::Single : StorageMode::Shared));

    // Reading the schema is the first thing that touches the pages: a damaged file fails here,
    // before any pragma could write to it.
    int objects = 0;
    {
        QSqlQuery probe(connection());
        try {
            retryWhileBusy(readBudgetMs, false, [&]() -> std::optional<StoreError> {
                if (probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && probe.next())
                    return std::nullopt;
                return errorFrom(probe.lastError(), {});
            });
        } catch (const StoreError& e) {
            if (e.kind() == StoreError::Kind::Busy || e.kind() == StoreError::Kind::Unavailable)
                throw;
            throw StoreError(StoreError::Kind::NotADatabase,
                             tr("%1 is damaged or not a database: %2. It was left untouched.")
                                 .arg(m_path, probe.lastError().text()));
        }
        objects = probe.value(0).toInt();
    }
    if (objects > 0) {
        Sql known(*this, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_version'"));
        if (known.scalar().toInt() == 0)
            throw StoreError(StoreError::Kind::NotADatabase,
                             tr("%1 is an SQLite database but not a ShopCRM database. It was left untouched.")
                                 .arg(m_path));
    }
    if (!fresh && !wal) {
        Sql hasSettings(*this, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='settings'"));
        QString stored;
        if (hasSettings.scalar().toInt() > 0)
            stored = Sql(*this, QStringLiteral("SELECT value FROM settings WHERE key = 'storage_mode'")).scalar().toString();
        if (stored != QLatin1String("shared")) {
            if (m_fileSystem.network)
                throw singleDeskOnNetwork();
            disconnect();
            connect(StorageMode::Single);
        }
    }
    applyPragmas();
}

void Database::applyPragmas()
{
    if (m_engine == Engine::PostgreSQL) {
        // "already exists, skipping" and the like are not for the user.
        QSqlQuery(connection()).exec(QStringLiteral("SET client_min_messages TO warning"));
        // Local days and months (the reports' strftime … 'localtime') are this desk's, as on a file.
        QSqlQuery zone(connection());
        const QTimeZone local = QTimeZone::systemTimeZone();
        if (!zone.exec(QStringLiteral("SET TIME ZONE '%1'").arg(QString::fromLatin1(local.id()))))
            zone.exec(QStringLiteral("SET TIME ZONE INTERVAL '%1 seconds'")
                          .arg(local.offsetFromUtc(QDateTime::currentDateTimeUtc())));
        if (m_readOnly)
            QSqlQuery(connection()).exec(QStringLiteral("SET default_transaction_read_only TO on"));
        return;
    }
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    // 64 MiB of page cache: the search indexes take keys in random order, and with SQLite's 2 MiB
    // default a bulk insert of 100,000 customers spends most of its time re-reading pages.
    exec(QStringLiteral("PRAGMA cache_size=-65536"));
    if (m_readOnly)
        return;
    if (m_mode == StorageMode::Shared) {
        // Several computers: a rollback journal (WAL needs memory shared on one host) and every
        // commit on the disk before it is reported.
        exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        exec(QStringLiteral("PRAGMA synchronous=FULL"));
    } else {
        exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
}

void Database::setMode(StorageMode mode)
{
    requireWritable();
    if (mode == m_mode)
        return;
    if (m_engine == Engine::PostgreSQL || mode == StorageMode::Server)
        throw StoreError(
            StoreError::Kind::Open,
            tr("A database on a server is shared by its nature; it has no single-desk or shared-file mode."));
    if (mode == StorageMode::Single && m_fileSystem.network)
        throw StoreError(StoreError::Kind::Open,
                         tr("%1 is in a network folder: it can only be used there in shared mode. Copy it to a "
                            "computer's own disk to use it as a single desk.")
                             .arg(QDir::toNativeSeparators(m_path)));
    if (inTransaction())
        throw StoreError(StoreError::Kind::Sql, QStringLiteral("setMode inside a transaction"));
    if (mode == StorageMode::Shared) {
        // Leaving WAL needs the only connection; the journal mode is changed on the plain
        // connection, then the file is reopened with the shared lock.
        m_prepared.clear();
        exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        storeMode(mode);
        disconnect();
        connect(StorageMode::Shared);
    } else {
        storeMode(mode);
        disconnect();
        connect(StorageMode::Single);
    }
    applyPragmas();
}

void Database::storeMode(StorageMode mode)
{
    ShopSettings(*this).setValue(QStringLiteral("storage_mode"),
                                 mode == StorageMode::Shared ? QStringLiteral("shared") : QStringLiteral("single"));
}

QString Database::locking() const
{
    if (m_mode == StorageMode::Server)
        return QStringLiteral("server (PostgreSQL row locks; writes one at a time)");
    if (m_mode == StorageMode::Single)
        return m_readOnly ? QStringLiteral("posix (read-only)") : QStringLiteral("posix+wal");
    return QStringLiteral("lock directory with heartbeat (%1)").arg(QString::fromLatin1(SharedLock::vfsName));
}

bool Database::hasTable(const QString& table) const
{
    if (m_engine == Engine::PostgreSQL)
        return Sql(*this,
                   QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                  "current_schema() AND table_name = ?"))
                   .bind(table)
                   .scalar()
                   .toInt() > 0;
    return Sql(*this, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name = ?"))
               .bind(table)
               .scalar()
               .toInt() > 0;
}

bool Database::hasColumn(const QString& table, const QString& column) const
{
    if (m_engine == Engine::PostgreSQL)
        return Sql(*this,
                   QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                  "current_schema() AND table_name = ? AND column_name = ?"))
                   .bind(table)
                   .bind(column)
                   .scalar()
                   .toInt() > 0;
    return Sql(*this, QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"))
               .bind(table)
               .bind(column)
               .scalar()
               .toInt() > 0;
}

QStringList Database::columnsOf(const QString& table) const
{
    Sql info(*this,
             m_engine == Engine::PostgreSQL
                 ? QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                  "current_schema() AND table_name = ? ORDER BY ordinal_position")
                 : QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    info.bind(table).exec();
    QStringList columns;
    while (info.next())
        columns.append(info.value(0).toString());
    return columns;
}

QStringList Database::tables() const
{
    QStringList names;
    if (m_engine == Engine::PostgreSQL) {
        Sql q(*this, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                    "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"));
        q.exec();
        while (q.next())
            names.append(q.value(0).toString());
        return names;
    }
    // A full-text table keeps its index in shadow tables named after it (_data, _idx, _content,
    // _docsize, _config); a vocabulary table is a view of one. Neither is data of its own.
    Sql q(*this, QStringLiteral(
                     "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' "
                     "ESCAPE '!' ORDER BY name"));
    q.exec();
    QStringList fullText;
    QStringList all;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString sql = q.value(1).toString();
        if (sql.contains(QLatin1String("USING fts5vocab"), Qt::CaseInsensitive)) continue;
        if (sql.contains(QLatin1String("USING fts5"), Qt::CaseInsensitive)) fullText.append(name);
        all.append(name);
    }
    static const QStringList shadows = {QStringLiteral("_data"), QStringLiteral("_idx"),
                                        QStringLiteral("_content"), QStringLiteral("_docsize"),
                                        QStringLiteral("_config")};
    for (const QString& name : all) {
        const bool shadow = std::any_of(fullText.begin(), fullText.end(), [&](const QString& index) {
            return std::any_of(shadows.begin(), shadows.end(),
                               [&](const QString& suffix) { return name == index + suffix; });
        });
        if (!shadow) names.append(name);
    }
    return names;
}

void Database::deferForeignKeys()
{
    if (!inTransaction())
        throw StoreError(StoreError::Kind::Sql, QStringLiteral("deferForeignKeys() outside a write"));
    // Both end with the transaction.
    exec(m_engine == Engine::PostgreSQL ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                                        : QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

void Database::continueKeysPastCopies()
{
    if (m_engine != Engine::PostgreSQL) return;
    Sql keys(*this, QStringLiteral(
                        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
                        "current_schema() AND is_identity = 'YES'"));
    keys.exec();
    QList<std::pair<QString, QString>> identity;
    while (keys.next())
        identity.append({keys.value(0).toString(), keys.value(1).toString()});
    for (const auto& [table, column] : identity) {
        // is_called false: the next key handed out is the value given, one past the largest copied.
        Sql(*this, QStringLiteral(
                       "SELECT setval(pg_get_serial_sequence(?, ?), coalesce((SELECT max(%2) FROM %1), 0) + "
                       "1, false)")
                       .arg(table, column))
            .bind(table)
            .bind(column)
            .exec();
    }
}

int Database::schemaVersion() const
{
    if (!hasTable(QStringLiteral("schema_version"))) return 0;
    return Sql(*this, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")).scalar().toInt();
}

std::function<void()> Database::interrupter() const
{
    sqlite3* handle = sqliteHandle(*this);
    return [handle] {
        if (handle) sqlite3_interrupt(handle);
    };
}

int Database::schemaVersionOf(const QString& path)
{
    if (ServerAddress::isServerUrl(path) || !QFileInfo::exists(path)) return 0;
    // A quick look with SQLite's own API, read-only: the real open decides everything else.
    sqlite3* handle = nullptr;
    int version = 0;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(handle, "SELECT coalesce(max(version), 0) FROM schema_version", -1, &stmt, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            version = sqlite3_column_int(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(handle);
    return version;
}

void Database::reportUpgrade(const QString& what) const
{
    if (m_options.upgradeProgress)
        m_options.upgradeProgress(what);
}

void Database::upgrade(const Options& options)
{
    const QList<MigrationStep>& ladder = options.ladder ? *options.ladder : Migrations::ladder();
    const int current = schemaVersion();
    const int latest = Migrations::latestVersion(ladder);
    if (current > latest)
        throw StoreError(
            StoreError::Kind::NewerSchema,
            tr("%1 was made by a newer version of ShopCRM (schema %2; this program knows up to %3). "
               "Please install the newer ShopCRM.")
                .arg(m_path, QString::number(current), QString::number(latest)));
    const int target = options.upToVersion >= 0 ? std::min(options.upToVersion, latest) : latest;
    if (current >= target)
        return;
    if (m_readOnly)
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("%1 needs an upgrade from schema %2 to %3, but it is read-only.")
                             .arg(m_path, QString::number(current), QString::number(target)));
    // On a server the ladder's one transaction keeps a failed upgrade from changing anything
    // (PostgreSQL's DDL is transactional); the copy is for an upgrade that succeeds and is regretted.
    if (current > 0 && m_engine == Engine::PostgreSQL) {
        reportUpgrade(tr("Keeping a copy of the database as it was…"));
        const QString folder = m_server->deskFolder() + QStringLiteral("/backups");
        if (!QDir().mkpath(folder))
            throw StoreError(StoreError::Kind::Open,
                             tr("The folder %1 for the copy before the upgrade cannot be made.").arg(folder));
        m_upgradeBackup = QStringLiteral("%1/before-v%2-%3.dump")
                              .arg(folder, QString::number(current),
                                   QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        backupTo(m_upgradeBackup);
    }
    if (current > 0 && m_engine == Engine::SQLite) {
        reportUpgrade(tr("Keeping a copy of the database as it was…"));
        m_upgradeBackup = QStringLiteral("%1.v%2-%3.bak")
                              .arg(m_path, QString::number(current),
                                   QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
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
    if (m_lost && !recover())
        throw StoreError(StoreError::Kind::Unavailable,
                         m_fileSystem.network ? tr("The shared folder cannot be reached; nothing was saved.")
                                              : tr("The database file cannot be read or written; nothing was saved."));
    if (m_engine == Engine::PostgreSQL) {
        beginServerWrite();
    } else {
        execRetrying(QStringLiteral("BEGIN IMMEDIATE"), writeBudgetMs);
    }
    m_depth = 1;
    try {
        fn();
    } catch (...) {
        m_depth = 0;
        QSqlQuery rollback(connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    try {
        // The other desks' change feeds hear of this commit when it is made (not before).
        if (m_engine == Engine::PostgreSQL)
            Sql(*this, QStringLiteral("SELECT pg_notify(?, ?)"))
                .bind(QString::fromLatin1(kChangeChannel))
                .bind(m_session.desk)
                .exec();
        // A busy COMMIT leaves the transaction open and can simply be tried again.
        execRetrying(QStringLiteral("COMMIT"), writeBudgetMs);
        m_depth = 0;
    } catch (...) {
        m_depth = 0;
        QSqlQuery rollback(connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    if (m_commitObserver)
        m_commitObserver();
}

void Database::beginServerWrite()
{
    // One writer at a time, as on a file: the audit chain, the document numbers and the version
    // checks then see every earlier commit. The lock goes with the transaction. A desk waits for it
    // in the server's queue (the first to ask is the next to have it) a second at a time: in
    // between it is told that another desk is writing, and it gives up after the write budget as it
    // does on a file, instead of waiting without a word for as long as another desk's write lasts.
    QElapsedTimer waited;
    waited.start();
    for (bool told = false;;) {
        execRetrying(QStringLiteral("BEGIN"), writeBudgetMs);
        QSqlQuery lock(connection());
        if (lock.exec(QStringLiteral("SET LOCAL lock_timeout = 1000")) &&
            lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriterLock)) &&
            lock.exec(QStringLiteral("SET LOCAL lock_timeout = 0"))) {
            if (told) reportBusy({});
            return;
        }
        const StoreError error = errorFrom(lock.lastError(), lock.lastQuery());
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        if (error.kind() != StoreError::Kind::Busy || waited.elapsed() > writeBudgetMs) {
            if (told) reportBusy({});
            throw error;
        }
        reportBusy(tr("Another desk is writing; retrying…"));
        told = true;
    }
}

void Database::execRetrying(const QString& statement, int budgetMs)
{
    QSqlQuery query(connection());
    retryWhileBusy(budgetMs, true, [&]() -> std::optional<StoreError> {
        if (query.exec(statement))
            return std::nullopt;
        return errorFrom(query.lastError(), statement);
    });
}

bool Database::recover()
{
    if (inTransaction())
        return false;
    if (m_engine == Engine::PostgreSQL) {
        try {
            disconnect();
            connect(StorageMode::Server);
            applyPragmas();
        } catch (const StoreError& e) {
            qWarning("Reconnecting to %s failed: %s", qPrintable(m_path), qPrintable(e.message()));
            return false;
        }
        m_lost = false;
        return true;
    }
    if (!QFileInfo::exists(m_path))
        return false;
    try {
        disconnect();
        connect(m_mode);
        applyPragmas();
        Sql(*this, QStringLiteral("SELECT count(*) FROM sqlite_master")).scalar();
    } catch (const StoreError& e) {
        qWarning("Reopening %s failed: %s", qPrintable(m_path), qPrintable(e.message()));
        return false;
    }
    m_lost = false;
    return true;
}

QString Database::modeDescription() const
{
    if (m_mode == StorageMode::Server)
        return m_readOnly ? tr("PostgreSQL server, read-only") : tr("PostgreSQL server");
    if (m_mode == StorageMode::Shared)
        return m_readOnly ? tr("Shared file, read-only") : tr("Shared file (%1)").arg(m_fileSystem.type);
    return m_readOnly ? tr("Single desk, read-only") : tr("Single desk (local file)");
}

void Database::backupTo(const QString& target) const
{
    if (m_engine == Engine::PostgreSQL) {
        ServerDump::dump(*m_server, target);
        return;
    }
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

void Database::restoreFrom(const QString& source, const std::function<bool(int, int)>& progress)
{
    requireWritable();
    if (inTransaction())
        throw StoreError(StoreError::Kind::Sql, QStringLiteral("restoreFrom inside a transaction"));
    if (m_engine == Engine::PostgreSQL) {
        if (!ServerDump::isArchive(source))
            throw StoreError(StoreError::Kind::NotADatabase,
                             tr("%1 is a backup of a file, not of a server database. To bring a file's data "
                                "to a server, use shopcrm-cli migrate-to.")
                                 .arg(QDir::toNativeSeparators(source)));
        m_prepared.clear(); // statements prepared on the tables that are replaced
        ServerDump::restore(*m_server, tables(), source);
        return;
    }
    const QVariant handle = connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StoreError(StoreError::Kind::Sql, QStringLiteral("restoreFrom needs the SQLite driver"));
    sqlite3* destination = *static_cast<sqlite3* const*>(handle.constData());
    sqlite3* from = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(source).constData(), &from, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(from));
        sqlite3_close(from);
        throw StoreError(StoreError::Kind::Open, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(source), why));
    }
    m_prepared.clear(); // statements prepared on the old schema
    sqlite3_backup* copy = sqlite3_backup_init(destination, "main", from, "main");
    if (!copy) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(destination));
        sqlite3_close(from);
        throw StoreError(StoreError::Kind::Sql, tr("The restore could not start: %1").arg(why));
    }
    QElapsedTimer waited;
    waited.start();
    int attempt = 0;
    int rc = SQLITE_OK;
    bool stopped = false;
    for (;;) {
        rc = sqlite3_backup_step(copy, 2048);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (waited.elapsed() > writeBudgetMs)
                break;
            reportBusy(tr("Another desk is writing; retrying…"));
            pause(attempt++);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        if (progress && !progress(sqlite3_backup_pagecount(copy) - sqlite3_backup_remaining(copy),
                                  sqlite3_backup_pagecount(copy))) {
            stopped = true;
            break;
        }
    }
    // Finishing before SQLITE_DONE rolls the destination back to what it was.
    sqlite3_backup_finish(copy);
    sqlite3_close(from);
    reportBusy(QString());
    if (stopped)
        throw StoreError(StoreError::Kind::Sql, tr("The restore was stopped; nothing was changed."));
    if (rc != SQLITE_DONE) {
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            throw StoreError(StoreError::Kind::Busy, tr("Another desk kept the database busy; nothing was restored."));
        if (rc == SQLITE_FULL)
            throw StoreError(StoreError::Kind::DiskFull, tr("The disk is full; nothing was restored."));
        throw StoreError(StoreError::Kind::Sql,
                         tr("The restore failed and the database was left as it was: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    }
    // The copy carries the mode of the database it was taken from; this file keeps its own.
    applyPragmas();
    const QString mode = m_mode == StorageMode::Shared ? QStringLiteral("shared") : QStringLiteral("single");
    if (ShopSettings(*this).value(QStringLiteral("storage_mode"), QStringLiteral("single")) != mode)
        storeMode(m_mode);
}

} // namespace shopcrm
