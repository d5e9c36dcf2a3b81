#include "RowSupport.h"

#include <QLocale>
#include <QStringList>

namespace shopcrm {

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
    QStringList columns;
    Sql info(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    info.bind(table).exec();
    while (info.next())
        columns.append(info.value(0).toString());
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
