#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace shopcrm {

struct ServerAddress;

// A server database's copies, made and put back by PostgreSQL's own client programs (Debian's
// postgresql-client): pg_dump writes a custom-format archive, pg_restore reads it, psql replays it.
// The archive is what a server's administrator restores by hand too; the program keeps to it
// rather than a format of its own. The programs read the password as the program's connection
// does (PGPASSWORD, ~/.pgpass).
class ServerDump final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::ServerDump)
public:
    // One row of a table in an archive: its table, the table's columns and the row's fields as
    // text (NULL as a null QString).
    using Row =
        std::function<void(const QString& table, const QStringList& columns, const QStringList& fields)>;

    // Does the file start as a pg_dump custom-format archive?
    static bool isArchive(const QString& path);
    // Writes the server database into target (a new file), one consistent snapshot.
    static void dump(const ServerAddress& address, const QString& target);
    // Reads the tables' rows back from the archive, each handed to row as it is read; throws
    // StoreError when the archive cannot be read (damaged, not an archive, cut short) or lacks
    // one of the tables, which is the archive's check.
    static void read(const QString& path, const QStringList& tables, const Row& row);
    // Replaces every table of the server database with the archive's, in one transaction: either
    // all of the archive is there afterwards or nothing was changed.
    static void restore(const ServerAddress& address, const QStringList& currentTables, const QString& path);
};

} // namespace shopcrm
