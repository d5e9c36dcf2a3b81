#include "RowSupport.h"

#include <QLocale>
#include <QStringList>

namespace shopcrm {

QString keysetStatement(const QString& table, const QString& columns, const QString& sort,
                        Qt::SortOrder order, const QString& where, bool skip)
{
    const bool asc = order == Qt::AscendingOrder;
    const QString dir = asc ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral(
               "SELECT %1, %2 FROM %3 WHERE %4 AND (%2, id) %5 (?, ?) ORDER BY %2 %6, id %6 LIMIT ?%7")
        .arg(columns, sort, table, where, asc ? QStringLiteral(">") : QStringLiteral("<"), dir,
             skip ? QStringLiteral(" OFFSET ?") : QString());
}

ListAnchors readAnchors(const Database& db, const QString& table, const QString& sort, Qt::SortOrder order,
                        const QString& where, const QVariantList& binds, int every)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // SQLite numbers the rows as it walks the sort index and hands back every `every`-th.
    Sql q(db, QStringLiteral(
                  "SELECT v, id FROM (SELECT %1 AS v, id, row_number() OVER (ORDER BY %1 %2, id %2) AS n "
                  "FROM %3 WHERE %4) WHERE n % ? = 0 ORDER BY n")
                  .arg(sort, dir, table, where));
    q.bindAll(binds);
    q.bind(every).exec();
    ListAnchors result;
    result.every = every;
    while (q.next())
        result.keys.append({q.value(0), q.value(1).toLongLong()});
    return result;
}

std::pair<QString, QString> lastChange(const Database& db, const QString& table, qint64 id)
{
    // `table` is always one of ours, never user input.
    Sql q(db, QStringLiteral("SELECT updated_by, updated_at FROM %1 WHERE id = ?").arg(table));
    q.bind(id).exec();
    if (!q.next())
        return {};
    return {q.value(0).toString(), QLocale().toString(parseUtc(q.value(1)).toLocalTime(), QLocale::ShortFormat)};
}

QList<QJsonObject> rowSnapshots(const Database& db, const QString& table, const QString& where, const QVariantList& values)
{
    const QStringList columns = db.columnsOf(table);
    Sql q(db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY id").arg(columns.join(QStringLiteral(", ")), table, where));
    q.bindAll(values).exec();
    QList<QJsonObject> rows;
    while (q.next()) {
        QJsonObject row;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QVariant v = q.value(static_cast<int>(i));
            row.insert(columns.at(i), v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v));
        }
        rows.append(row);
    }
    return rows;
}

void insertRows(Database& db, const QString& table, const QList<QJsonObject>& rows)
{
    for (const QJsonObject& row : rows) {
        const QStringList columns = row.keys();
        Sql insert(db, QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                           .arg(table, columns.join(QStringLiteral(", ")),
                                QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        for (const QString& column : columns) {
            const QJsonValue v = row.value(column);
            if (v.isNull())
                insert.bind(QVariant());
            else if (v.isDouble())
                insert.bind(static_cast<qint64>(v.toDouble()) == v.toDouble() ? QVariant(static_cast<qint64>(v.toDouble()))
                                                                               : QVariant(v.toDouble()));
            else
                insert.bind(v.toVariant());
        }
        insert.exec();
    }
}

} // namespace shopcrm
