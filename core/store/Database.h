#pragma once

#include "Access.h"
#include "Dialect.h"
#include "FileSystemInfo.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QHash>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3_stmt;

namespace shopcrm {

class Database;
struct MigrationStep;

// A prepared statement that throws StoreError instead of returning false.
class Sql
{
public:
    Sql(const Database& db, const QString& statement);
    // A statement written out whole, values and all, and run once: not prepared, so on a server it
    // is one round trip (not PREPARE, EXECUTE and later DEALLOCATE) and planned for its very values.
    // Nothing may be bound. For values the code makes itself (numbers, escaped literals), never for
    // what a user typed unescaped.
    struct Once
    {
    };
    Sql(const Database& db, const QString& statement, Once);
    ~Sql();
    Q_DISABLE_COPY_MOVE(Sql)
    Sql& bind(const QVariant& value);
    // Binds each value in turn (a WHERE clause built with its values).
    Sql& bindAll(const QVariantList& values);
    template <typename A, typename B>
    Sql& bind(const QStringBuilder<A, B>& text)
    {
        return bind(QVariant(QString(text)));
    }
    Sql& exec();
    // On a server, rows arrive as they are read instead of all at once, and no other statement may
    // run on the connection until this one is done (libpq's single-row mode): for one long read
    // that nothing interleaves, such as a copy. Call before exec(). A file always reads this way.
    Sql& streamed();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    // The key the last INSERT on this connection gave (on PostgreSQL, its identity sequence's).
    qint64 lastInsertId() const;
    int rowsAffected() const { return m_query.numRowsAffected(); }
    int columns() const;
    // Runs and returns the first column of the first row (or an invalid QVariant).
    QVariant scalar();

private:
    const Database& m_db;
    QSqlQuery m_query;
    QString m_statement;
    int m_bound = 0;
    bool m_once = false;
};

// One INSERT run many times inside one Database::write, on SQLite's own API: for the short rows
// of a bulk import, binding through QSqlQuery (a QVariant and a placeholder lookup per value)
// costs more than the insert itself. Not for reads. On PostgreSQL it goes through QtSql.
class BulkInsert
{
public:
    BulkInsert(const Database& db, const QString& statement);
    ~BulkInsert();
    Q_DISABLE_COPY_MOVE(BulkInsert)
    BulkInsert& bind(const QString& text); // a null QString is stored as '', like Sql
    BulkInsert& bind(qint64 value);
    BulkInsert& bind(int value) { return bind(static_cast<qint64>(value)); }
    BulkInsert& bind(const QByteArray& blob);
    BulkInsert& bind(const QVariant& value); // an invalid QVariant is NULL
    BulkInsert& exec();
    qint64 lastInsertId() const;

private:
    const Database& m_db;
    QString m_statement;
    ::sqlite3_stmt* m_stmt = nullptr;
    std::unique_ptr<Sql> m_server; // on PostgreSQL: the same through QtSql
    int m_bound = 0;
};

// A read on SQLite's own API, for hot reads whose rows are many and small (search candidates):
// no QVariant per value. Waits like Sql while another desk holds the lock. On PostgreSQL it reads
// through QtSql.
class RawRead
{
public:
    RawRead(const Database& db, const QString& statement);
    ~RawRead();
    Q_DISABLE_COPY_MOVE(RawRead)
    RawRead& bind(const QString& text);
    RawRead& bind(qint64 value);
    // Steps to the next row (the first call runs the statement); false at the end.
    bool next();
    qint64 int64(int column) const;
    QString text(int column) const;
    int columns() const;
    // Ready to bind and run again.
    void reset();

private:
    const Database& m_db;
    QString m_statement;
    ::sqlite3_stmt* m_stmt = nullptr;
    std::unique_ptr<Sql> m_server; // on PostgreSQL: the same through QtSql
    bool m_ran = false;
    int m_bound = 0;
    int m_lastStep = 0;
};

// Single desk: WAL on a local disk. Shared: several desks on one file in a network folder, with a
// rollback journal, synchronous=FULL and the cross-host lock of SharedLock. The mode is kept in the
// file (the journal mode in its header and the storage_mode setting), so every desk agrees.
// Server: a PostgreSQL database (ServerAddress), where the server does the locking.
enum class StorageMode
{
    Single,
    Shared,
    Server
};

struct DatabaseOptions
{
    Session session = Session::fromEnvironment();
    bool forceReadOnly = false;
    // Tests only: a different ladder, or stopping at a version.
    const QList<MigrationStep>* ladder = nullptr;
    int upToVersion = -1;
    // Tests only: a shared file opened with SQLite's default POSIX locks, which do not cross a
    // network share (the negative control of the multi-desk tests).
    bool posixLockingForTests = false;
    // Told what an upgrade is doing, step by step, on the thread that opens (for a progress window).
    std::function<void(const QString& what)> upgradeProgress;
    // Another connection to a database that is open already (a background reader's, the change
    // feed's): a file that is not there is unreachable, never a new shop to make. A shared folder
    // that went away would otherwise get an empty database at its path, or its mount point one.
    bool mustExist = false;
};

class Database;

// What another thread needs to open a connection of its own that acts as this one (QtSql
// connections belong to the thread that opened them): take it here, open it there.
struct DatabaseTicket
{
    QString path;
    DatabaseOptions options;
    Access access;
    std::unique_ptr<Database> open() const;
};

// One connection to a ShopCRM database. Opening checks the file, refuses what is not ours or is
// newer, backs up and upgrades what is older. One Database per thread (QtSql is per thread).
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::Database)
public:
    using Options = DatabaseOptions;

    explicit Database(const QString& path, const Options& options = Options());
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    static QString defaultPath();
    // What the programs open without --db: the location chosen in Settings (a server's address),
    // else defaultPath(). Empty location: back to the file.
    static QString defaultLocation();
    static QString chosenLocation();
    static void setChosenLocation(const QString& location);

    // The file's path, or the server's address (postgresql://…, without a password).
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    // Is there a table (or a column of one) of that name, on either engine?
    bool hasTable(const QString& table) const;
    bool hasColumn(const QString& table, const QString& column) const;
    // A table's columns in their order.
    QStringList columnsOf(const QString& table) const;
    // The tables that hold the shop's data, by name: on SQLite without its own tables and without
    // the full-text index's internals (the index itself is listed).
    QStringList tables() const;
    // Inside a write: foreign keys are checked at its commit instead of at each statement, so rows
    // of tables that point at each other can arrive in any order (a copy of a whole database).
    void deferForeignKeys();
    // After rows were copied in with their keys: each key's generator continues past the largest
    // (PostgreSQL's identity sequences; SQLite does this itself).
    void continueKeysPastCopies();
    const Session& session() const { return m_session; }
    // Who acts on this connection and with which rights (everything until someone signs in).
    // Signing in also makes the user's login the session's user, which every change records.
    const Access& access() const { return m_access; }
    void setAccess(const Access& access);
    // How many distinct statements are kept prepared (bounded; for tests and the bench).
    qsizetype preparedStatements() const;
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    // A function that stops whatever statement runs on this connection (it then fails), callable
    // from any thread while this connection is open: to give up a long read nobody waits for.
    std::function<void()> interrupter() const;
    // The schema version of the file at path (0: new or empty), read without upgrading it.
    static int schemaVersionOf(const QString& path);
    // Reports a step of the upgrade to options.upgradeProgress.
    void reportUpgrade(const QString& what) const;
    QString lastUpgradeBackup() const { return m_upgradeBackup; }
    QString modeDescription() const;
    StorageMode mode() const { return m_mode; }
    const FileSystemInfo& fileSystem() const { return m_fileSystem; }
    // How the file is locked: "wal" (one computer), "shopcrm-shared (lock directory)" or "none (read-only)".
    QString locking() const;
    // Switches between single-desk and shared mode. Nobody else may have the file open: the caller
    // checks the other desks first (DeskPresence); WAL cannot be left while another connection reads.
    void setMode(StorageMode mode);
    QSqlDatabase connection() const;
    // Called with a message while a read or write waits for another desk ("busy, retrying"), and
    // with an empty string when it got through; the GUI shows it in the status bar.
    void setBusyObserver(std::function<void(const QString&)> observer) { m_busyObserver = std::move(observer); }
    // Called after each commit of this connection (the change feed looks at once).
    void setCommitObserver(std::function<void()> observer) { m_commitObserver = std::move(observer); }
    // After the file could not be reached (a share that dropped and came back, now through a new
    // mount), the connection is opened again; true when it is usable. write() does this by itself
    // at its next call; the change feed does it when it looks.
    bool recover();
    bool lostConnection() const { return m_lost; }
    // Whether a read would start now without waiting: false while another desk is committing to a
    // file (its exclusive moment), so the window can put off a refresh for a moment instead of
    // freezing. Always true on a server, where reads never wait for writers.
    bool readableNow() const;
    // A second connection to the same file in the same mode (the change feed polls on its own).
    std::unique_ptr<Database> openSibling() const;
    DatabaseTicket ticket() const;

    // Runs fn inside one write transaction (BEGIN IMMEDIATE … COMMIT); rolls back and rethrows on
    // any exception. Nested calls join the outer transaction.
    void write(const std::function<void()>& fn);
    bool inTransaction() const { return m_depth > 0; }
    // A consistent copy made with VACUUM INTO, checked with integrity_check before it is reported.
    void backupTo(const QString& target) const;
    // Replaces the whole content of this database with that of another ShopCRM file (a checked,
    // decrypted backup) through SQLite's backup API, in one write transaction: other connections
    // see either the old content or the new. The file keeps this database's storage mode.
    // progress(done, total) in pages; returning false stops and leaves the content as it was.
    void restoreFrom(const QString& source, const std::function<bool(int, int)>& progress = {});
    void exec(const QString& statement) const;
    static QString nowUtc();
    // How long a read waits for another desk's lock, and a write to begin or commit. A dead desk's
    // lock is broken after SharedLock::staleAfterMs, well within both.
    static constexpr int readBudgetMs = 30000;
    static constexpr int writeBudgetMs = 90000;
    // How long reads on this connection wait for now: readBudgetMs, or 0 while a ReadWait says so.
    int readWaitMs() const { return m_readWaitMs; }
    // For its lifetime, reads on db that find another desk committing fail at once with Busy
    // instead of waiting (the change feed looks again a moment later rather than hold the window).
    class ReadWait
    {
    public:
        ReadWait(const Database& db, int ms) : m_db(db), m_before(db.m_readWaitMs) { m_db.m_readWaitMs = ms; }
        ~ReadWait() { m_db.m_readWaitMs = m_before; }
        Q_DISABLE_COPY_MOVE(ReadWait)
    private:
        const Database& m_db;
        int m_before;
    };
    // Sleeps before retry number attempt: a growing wait with random jitter, so desks that collided
    // do not collide again in step.
    static void pause(int attempt);
    // The store error a failed statement means, with a message for the user.
    StoreError errorFrom(const QSqlError& error, const QString& statement) const;
    // The advisory lock every write on a server takes first (any number; "SHOP" in ASCII).
    static constexpr qint64 kWriterLock = 0x53484F50;
    // The channel a server commit notifies, with the writing desk as payload.
    static constexpr const char* kChangeChannel = "shopcrm_changes";

private:
    friend class Sql;
    friend class BulkInsert;
    friend class RawRead;
    friend class ServerCopy;
    // Prepared statements are kept for reuse: preparing costs more than running most of ours.
    // A statement in use is taken out of the pool, so nested use of the same text is safe.
    QSqlQuery takePrepared(const QString& statement) const;
    void returnPrepared(const QString& statement, QSqlQuery&& query) const;

    void open(const Options& options);
    void openServer();
    void connect(StorageMode mode);
    void disconnect();
    void applyPragmas();
    void storeMode(StorageMode mode);
    StoreError singleDeskOnNetwork() const;
    // Runs statement, retrying while another desk holds the lock (with jitter), up to budgetMs.
    void execRetrying(const QString& statement, int budgetMs);
    void beginServerWrite();
    void reportBusy(const QString& message) const;
    // Runs attempt (which returns the error it met, or nothing) again while another desk holds the
    // lock: at short random intervals, telling the busy observer, up to budgetMs.
    void retryWhileBusy(int budgetMs, bool inOwnTransaction,
                        const std::function<std::optional<StoreError>()>& attempt) const;
    void checkHeader() const;
    StoreError serverErrorFrom(const QSqlError& error, const QString& statement) const;
    void upgrade(const Options& options);
    void requireWritable() const;

    QString m_path;
    Engine m_engine = Engine::SQLite;
    std::optional<ServerAddress> m_server;
    QString m_connectionName;
    Session m_session;
    Access m_access;
    bool m_readOnly = false;
    int m_depth = 0;
    QString m_upgradeBackup;
    Options m_options;
    StorageMode m_mode = StorageMode::Single;
    FileSystemInfo m_fileSystem;
    std::function<void(const QString&)> m_busyObserver;
    mutable int m_readWaitMs = readBudgetMs;
    std::function<void()> m_commitObserver;
    mutable bool m_lost = false;
    struct Prepared
    {
        QList<QSqlQuery> queries;
        quint64 lastUse = 0;
    };
    static constexpr qsizetype kPreparedLimit = 256;
    mutable QHash<QString, Prepared> m_prepared;
    mutable quint64 m_preparedClock = 0;
};

// The one object of a kind that the program runs on a database (its change feed, its presence
// among the desks), for the editors that follow it without being handed it. Main thread only.
template <typename T>
class RunningOn final
{
public:
    static T* of(const Database& db) { return running().value(&db); }
    static void set(const Database& db, T* object) { running().insert(&db, object); }
    static void clear(const Database& db, const T* object)
    {
        if (running().value(&db) == object)
            running().remove(&db);
    }

private:
    static QHash<const Database*, T*>& running()
    {
        static QHash<const Database*, T*> objects;
        return objects;
    }
};

} // namespace shopcrm
