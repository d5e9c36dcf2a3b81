#pragma once

#include "store/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace shopcrm {

// One month's orders or payments as both databases count them.
struct MonthFigures
{
    QString month; // "2026-11"
    qint64 count = 0;
    qint64 totalFen = 0;
    bool operator==(const MonthFigures&) const = default;
};

struct CopiedTable
{
    QString name;
    qint64 rows = 0;
};

// What a copy did and how it was checked.
struct CopyReport
{
    QString source;
    QString target;
    int schema = 0;
    QList<CopiedTable> tables;
    qint64 rows = 0;
    QList<MonthFigures> orderMonths; // the same on both sides, or the copy failed
    QList<MonthFigures> paymentMonths;
    qint64 auditEntries = 0; // the chain verified in the copy, ending at the source's head
    qint64 elapsedMs = 0;
};

// A shop's whole database copied into a new one on the other engine (a file into an empty
// PostgreSQL database, or a server's database into a new file), through the same migration ladder
// and checked after: every table's rows counted on both sides, orders and payments per month
// (count and total), and the audit chain verified in the copy to the source's head. A target that
// holds anything is refused; a copy that fails or is cancelled leaves the target as it was found.
class DatabaseCopy final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::DatabaseCopy)
public:
    // progress(table, rows copied of it, its rows) after each batch; false cancels.
    using Progress = std::function<bool(const QString& table, qint64 done, qint64 total)>;
    static CopyReport copy(Database& source, const QString& target, const Progress& progress = {});

    // Orders and payments per month, by a plain query that means the same on both engines.
    static QList<MonthFigures> orderMonths(const Database& db);
    static QList<MonthFigures> paymentMonths(const Database& db);
};

} // namespace shopcrm
