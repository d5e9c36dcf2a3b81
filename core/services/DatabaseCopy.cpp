#include "DatabaseCopy.h"

#include "store/AuditLog.h"
#include "store/CustomerSearchIndex.h"
#include "store/DeskPresence.h"
#include "store/Dialect.h"
#include "store/ServerCopy.h"
#include "store/ServerProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <memory>

namespace shopcrm {

namespace {

// How often the copy says how far it is (and may be cancelled).
constexpr qint64 kRowsPerProgress = 2000;

// Tables made anew in the copy from what was copied, not copied themselves.
const QStringList kRebuilt = {QStringLiteral("search_fts"), QStringLiteral("customer_key")};

void refuseUnlessEmpty(const QString& target)
{
    if (ServerAddress::isServerUrl(target)) {
        const ServerProbe probe = ServerProbe::look(target);
        if (!probe.reached)
            throw StoreError(StoreError::Kind::Open,
                             DatabaseCopy::tr("Cannot connect to %1: %2").arg(target, probe.problem));
        if (probe.schema != 0)
            throw StoreError(
                StoreError::Kind::Validation,
                DatabaseCopy::tr("%1 is not empty: a shop's database is copied only into a new, empty "
                                 "database. Nothing was changed.")
                    .arg(target));
        return;
    }
    const QFileInfo file(target);
    if (file.exists() && file.size() > 0)
        throw StoreError(
            StoreError::Kind::Validation,
            DatabaseCopy::tr("%1 exists already: a shop's database is copied only into a new file. Nothing "
                             "was changed.")
                .arg(target));
    if (!file.absoluteDir().exists())
        throw StoreError(StoreError::Kind::Open,
                         DatabaseCopy::tr("The folder of %1 does not exist.").arg(file.absoluteFilePath()));
}

// The columns both sides have, in the target's order; a full-text table's rowid (implicit in
// SQLite, a column on a server) is named so that search keys keep their documents.
QStringList commonColumns(const Database& source, const Database& target, const QString& table)
{
    const QStringList from = source.columnsOf(table);
    const QStringList to = target.columnsOf(table);
    QStringList columns;
    if (from.contains(QLatin1String("rowid")) != to.contains(QLatin1String("rowid")))
        columns.append(QStringLiteral("rowid"));
    for (const QString& c : to)
        if (from.contains(c)) columns.append(c);
    return columns;
}

QString valuesRow(int columns)
{
    QStringList marks;
    for (int i = 0; i < columns; ++i)
        marks.append(QStringLiteral("?"));
    return QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

// Into a file, for the length of the copy: an index on every foreign key column that has none.
// While SQLite owes a deferred key (a contact copied before its customer), each row written to a
// table that others point at makes it look for the rows pointing at it; without an index that is
// a scan of the pointing table per row (orders.duplicated_from: 500,000 orders scanned 500,000
// times). The names made, to drop before the commit. (A server's keys come off instead: below.)
QStringList indexForeignKeys(Database& copy)
{
    QStringList made;
    if (copy.isServer()) return made;
    Sql unindexed(
        copy, QStringLiteral("SELECT DISTINCT m.name, f.\"from\" FROM sqlite_schema m "
                             "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND NOT EXISTS "
                             "(SELECT 1 FROM pragma_index_list(m.name) l JOIN pragma_index_info(l.name) i "
                             "WHERE i.seqno = 0 AND i.name = f.\"from\")"));
    unindexed.exec();
    QList<std::pair<QString, QString>> columns;
    while (unindexed.next())
        columns.append({unindexed.value(0).toString(), unindexed.value(1).toString()});
    for (const auto& [table, column] : columns) {
        const QString name = QStringLiteral("copying_%1_%2").arg(table, column);
        copy.exec(QStringLiteral("CREATE INDEX %1 ON %2(%3)").arg(name, table, column));
        made.append(name);
    }
    return made;
}

// Into a server, for the length of the copy: its foreign keys dropped, and added again after (the
// statements that do so, to run then). A deferred key is checked at the commit row by row, one
// trigger per row copied (11.6 million at the bench's scale: about two minutes); a key added to
// full tables is checked by one query.
QStringList dropForeignKeys(Database& copy)
{
    QStringList again;
    if (!copy.isServer()) return again;
    Sql keys(copy, QStringLiteral("SELECT CAST(CAST(conrelid AS regclass) AS text), quote_ident(conname), "
                                  "pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND "
                                  "connamespace = CAST('public' AS regnamespace) ORDER BY 1, 2"));
    keys.exec();
    QList<std::array<QString, 3>> found;
    while (keys.next())
        found.append({keys.value(0).toString(), keys.value(1).toString(), keys.value(2).toString()});
    for (const auto& [table, name, definition] : std::as_const(found)) {
        copy.exec(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, name));
        again.append(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(table, name, definition));
    }
    return again;
}

qint64 rowsOf(const Database& db, const QString& table)
{
    return Sql(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).scalar().toLongLong();
}

void copyTable(const Database& source, Database& target, const QString& table, const QStringList& columns,
               qint64 total, const DatabaseCopy::Progress& progress)
{
    const QString list = columns.join(QStringLiteral(", "));
    const QString key = columns.contains(QLatin1String("id"))      ? QStringLiteral(" ORDER BY id")
                        : columns.contains(QLatin1String("rowid")) ? QStringLiteral(" ORDER BY rowid")
                                                                   : QString();
    Sql read(source, QStringLiteral("SELECT %1 FROM %2%3").arg(list, table, key));
    read.streamed().exec();
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, list);
    const int width = static_cast<int>(columns.size());
    // Into a file: SQLite's own API, one statement prepared for the whole table. To a server: one
    // COPY stream for the table.
    std::unique_ptr<BulkInsert> fileRow;
    std::unique_ptr<ServerCopy> serverRows;
    if (target.isServer())
        serverRows = std::make_unique<ServerCopy>(target, table, columns);
    else
        fileRow = std::make_unique<BulkInsert>(target, insert + valuesRow(width));
    QVariantList row;
    row.reserve(width);
    qint64 done = 0;
    while (read.next()) {
        row.clear();
        for (int i = 0; i < width; ++i) {
            const QVariant v = read.value(i);
            // A NULL stays NULL (Sql would store a null text as ''), whatever type the driver gave it.
            row.append(v.isNull() ? QVariant() : v);
        }
        if (serverRows) {
            serverRows->row(row);
        } else {
            for (const QVariant& v : std::as_const(row))
                fileRow->bind(v);
            fileRow->exec();
        }
        if (++done % kRowsPerProgress == 0 && progress && !progress(table, done, total))
            throw StoreError(StoreError::Kind::Validation,
                             DatabaseCopy::tr("The copy was cancelled; the new database was removed."));
    }
    if (serverRows) serverRows->finish();
    if (progress && !progress(table, done, total))
        throw StoreError(StoreError::Kind::Validation,
                         DatabaseCopy::tr("The copy was cancelled; the new database was removed."));
}

QList<MonthFigures> monthsOf(const Database& db, const QString& table, const QString& dateColumn,
                             const QString& amountColumn)
{
    Sql q(db,
          QStringLiteral("SELECT substr(%2, 1, 7), count(*), CAST(coalesce(sum(%3), 0) AS INTEGER) FROM %1 "
                         "GROUP BY substr(%2, 1, 7) ORDER BY substr(%2, 1, 7)")
              .arg(table, dateColumn, amountColumn));
    q.exec();
    QList<MonthFigures> months;
    while (q.next())
        months.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return months;
}

// Whoever made the target takes it away again when the copy does not finish.
void removeTarget(std::unique_ptr<Database>& made, const QString& target)
{
    if (ServerAddress::isServerUrl(target)) {
        if (made) {
            try {
                const QStringList tables = made->tables();
                if (!tables.isEmpty())
                    made->exec(QStringLiteral("DROP TABLE IF EXISTS %1 CASCADE")
                                   .arg(tables.join(QStringLiteral(", "))));
            } catch (const StoreError& e) {
                qWarning("The tables made in %s could not be dropped: %s", qPrintable(target),
                         qPrintable(e.message()));
            }
        }
        made.reset();
        return;
    }
    made.reset();
    for (const QString& suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
}

} // namespace

QList<MonthFigures> DatabaseCopy::orderMonths(const Database& db)
{
    return monthsOf(db, QStringLiteral("orders"), QStringLiteral("order_date"), QStringLiteral("total"));
}

QList<MonthFigures> DatabaseCopy::paymentMonths(const Database& db)
{
    return monthsOf(db, QStringLiteral("payments"), QStringLiteral("paid_at"), QStringLiteral("amount"));
}

CopyReport DatabaseCopy::copy(Database& source, const QString& target, const Progress& progress)
{
    source.access().require(Module::Settings, Action::Export);
    QElapsedTimer clock;
    clock.start();
    {
        // Nobody may write to the source while it is read whole: the copy would miss their work.
        const QList<DeskInfo> others = DeskPresence(source, QStringLiteral("cli")).others();
        if (!others.isEmpty()) {
            QStringList names;
            for (const DeskInfo& d : others)
                names.append(tr("%1 (%2)").arg(d.desk, d.user));
            throw StoreError(
                StoreError::Kind::Busy,
                tr("Other desks have the database open: %1. Close ShopCRM there first; nothing was copied.")
                    .arg(names.join(QStringLiteral(", "))));
        }
    }
    refuseUnlessEmpty(target);
    // A chain that is broken already cannot be told from one the copy broke.
    const AuditVerification before = AuditLog::verify(source);
    if (!before.ok)
        throw StoreError(
            StoreError::Kind::Validation,
            tr("The audit chain of %1 does not hold (%2); nothing was copied. See shopcrm-cli audit verify.")
                .arg(source.path(), before.problem));

    CopyReport report;
    report.source = source.path();
    report.target = target;
    std::unique_ptr<Database> made;
    try {
        // The ladder makes the target's tables exactly as it makes a new shop's.
        DatabaseOptions options;
        options.session = source.session();
        made = std::make_unique<Database>(target, options);
        Database& copy = *made;
        report.schema = source.schemaVersion();
        if (copy.schemaVersion() != report.schema)
            throw StoreError(StoreError::Kind::Migration,
                             tr("The two databases are at different schema versions (%1 and %2).")
                                 .arg(report.schema)
                                 .arg(copy.schemaVersion()));
        const QStringList sourceTables = source.tables();
        QStringList tables;
        for (const QString& t : copy.tables())
            if (sourceTables.contains(t) && !kRebuilt.contains(t)) tables.append(t);

        copy.write([&] {
            // Tables point at each other (an order at its quote, the quote at its order): the keys
            // are checked once everything is in.
            copy.deferForeignKeys();
            const QStringList scaffolding = indexForeignKeys(copy);
            const QStringList keysAgain = dropForeignKeys(copy);
            // What a new database starts with (roles, settings, the audit anchor) gives way to the
            // shop's own.
            for (const QString& table : std::as_const(tables))
                copy.exec(QStringLiteral("DELETE FROM %1").arg(table));
            for (const QString& table : std::as_const(tables)) {
                const qint64 total = rowsOf(source, table);
                copyTable(source, copy, table, commonColumns(source, copy, table), total, progress);
                report.tables.append({table, total});
                report.rows += total;
            }
            for (const QString& index : scaffolding)
                copy.exec(QStringLiteral("DROP INDEX %1").arg(index));
            for (const QString& key : keysAgain)
                copy.exec(key);
            copy.continueKeysPastCopies();
            // The search index is made anew from the customers copied (in the file it is a
            // full-text index that keeps no text to read back).
            CustomerSearchIndex(copy).rebuildAll();
        });

        // A server plans its queries from statistics its autovacuum gathers some time after a bulk
        // write, and the search index's newest keys wait in GIN's pending list, read by every query,
        // until a vacuum: until then search ran 30 times slower (156 ms against 5 ms a query on
        // 1,000 customers). Both are done at once (outside the write: VACUUM takes no transaction).
        if (copy.isServer()) copy.exec(QStringLiteral("VACUUM ANALYZE"));

        // Checked by reading both sides again, not by trusting what was written.
        for (const CopiedTable& t : std::as_const(report.tables)) {
            const qint64 there = rowsOf(copy, t.name);
            if (there != t.rows)
                throw StoreError(StoreError::Kind::Sql,
                                 tr("The copy of %1 holds %2 rows where the source holds %3.")
                                     .arg(t.name)
                                     .arg(there)
                                     .arg(t.rows));
        }
        report.orderMonths = orderMonths(source);
        report.paymentMonths = paymentMonths(source);
        if (orderMonths(copy) != report.orderMonths || paymentMonths(copy) != report.paymentMonths)
            throw StoreError(StoreError::Kind::Sql,
                             tr("The orders or payments per month differ between the source and the copy."));
        const AuditVerification chain = AuditLog::verify(copy);
        if (!chain.ok)
            throw StoreError(StoreError::Kind::Sql,
                             tr("The audit chain does not hold in the copy: %1").arg(chain.problem));
        if (chain.head != before.head || chain.entries != before.entries)
            throw StoreError(StoreError::Kind::Sql,
                             tr("The audit chain of the copy ends elsewhere than the source's."));
        report.auditEntries = chain.entries;
    } catch (...) {
        removeTarget(made, target);
        throw;
    }
    report.elapsedMs = clock.elapsed();
    return report;
}

} // namespace shopcrm
