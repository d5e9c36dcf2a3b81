#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QHash>
#include <QVariant>

#include <functional>

namespace shopcrm {

class Database;
struct MigrationStep;

// A prepared statement that throws StoreError instead of returning false.
class Sql
{
public:
    Sql(const Database& db, const QString& statement);
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
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // Runs and returns the first column of the first row (or an invalid QVariant).
    QVariant scalar();

private:
    const Database& m_db;
    QSqlQuery m_query;
    QString m_statement;
    int m_bound = 0;
};

struct DatabaseOptions
{
    Session session = Session::fromEnvironment();
    bool forceReadOnly = false;
    // Tests only: a different ladder, or stopping at a version.
    const QList<MigrationStep>* ladder = nullptr;
    int upToVersion = -1;
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

    QString path() const { return m_path; }
    const Session& session() const { return m_session; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    QString lastUpgradeBackup() const { return m_upgradeBackup; }
    QString modeDescription() const;
    QSqlDatabase connection() const;

    // Runs fn inside one write transaction (BEGIN IMMEDIATE … COMMIT); rolls back and rethrows on
    // any exception. Nested calls join the outer transaction.
    void write(const std::function<void()>& fn);
    bool inTransaction() const { return m_depth > 0; }
    // A consistent copy made with VACUUM INTO, checked with integrity_check before it is reported.
    void backupTo(const QString& target) const;
    void exec(const QString& statement) const;
    static QString nowUtc();

private:
    friend class Sql;
    // Prepared statements are kept for reuse: preparing costs more than running most of ours.
    // A statement in use is taken out of the pool, so nested use of the same text is safe.
    QSqlQuery takePrepared(const QString& statement) const;
    void returnPrepared(const QString& statement, QSqlQuery&& query) const;

    void open(const Options& options);
    void checkHeader() const;
    void upgrade(const Options& options);
    void requireWritable() const;

    QString m_path;
    QString m_connectionName;
    Session m_session;
    bool m_readOnly = false;
    int m_depth = 0;
    QString m_upgradeBackup;
    mutable QHash<QString, QList<QSqlQuery>> m_prepared;
};

} // namespace shopcrm
