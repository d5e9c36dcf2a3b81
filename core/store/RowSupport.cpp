#include "RowSupport.h"

#include <QLocale>

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

} // namespace shopcrm
