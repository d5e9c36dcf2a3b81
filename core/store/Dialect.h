#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace shopcrm {

// The two stores the program runs on: an SQLite file (one desk, or several on a shared folder)
// and a PostgreSQL server.
enum class Engine
{
    SQLite,
    PostgreSQL
};

// A PostgreSQL database named as `postgresql://user@host:port/dbname` (libpq's URI form; host may
// be a socket folder written %2F-encoded, as libpq takes it). The password is never kept here:
// libpq takes it from PGPASSWORD or ~/.pgpass, the program from a prompt.
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString user;
    QString database;
    // The address as the program shows it and passes it on: without a password.
    QString url() const;
    // This desk's own folder for the database (the secrets' key, backups): a server has no folder
    // beside it. Named after host, port and database, with nothing a file name cannot hold.
    QString deskFolder() const;
    // Points a QPSQL connection at this address. No password: libpq reads PGPASSWORD and
    // ~/.pgpass itself (the GUI sets the former from its prompt); the caller may set one. A server
    // that does not answer is given up after timeoutSeconds.
    void configure(QSqlDatabase& db, int timeoutSeconds) const;
    // Is text a server address at all (as opposed to a file path)?
    static bool isServerUrl(const QString& text);
    // nullopt with why set when text is a server address that cannot be used.
    static std::optional<ServerAddress> parse(const QString& text, QString* why = nullptr);
};

// The program's statements are written once, in SQLite's dialect; on PostgreSQL they are rewritten
// here, in one place, the first time each is prepared (the prepared statement is kept). What is
// rewritten: DDL types (INTEGER keys become identity columns, INTEGER BIGINT, BLOB BYTEA, NOCASE
// text CITEXT, WITHOUT ROWID dropped, GLOB checks regular expressions, FTS5 tables plain tables
// with trigram indexes), BEGIN IMMEDIATE, INSERT OR IGNORE, LIKE (case-insensitive in SQLite),
// and functions PostgreSQL names otherwise (ifnull, instr, group_concat, total, two-argument
// min/max, LIMIT -1). String literals are never touched. Statements that no rewriting can carry
// (SQLite's catalog, pragmas, full-text MATCH) are written per engine where they are used.
class Dialect final
{
public:
    // One statement, rewritten for engine.
    static QString statement(Engine engine, const QString& sqlite);
    // One statement of a migration script, which may become several (a full-text table and its
    // indexes) or none (an SQLite-only vocabulary table).
    static QStringList script(Engine engine, const QString& sqlite);
};

} // namespace shopcrm
