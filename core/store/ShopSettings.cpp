#include "ShopSettings.h"

#include "ChangeRecorder.h"
#include "Database.h"

#include <QJsonObject>

namespace shopcrm {

QString ShopSettings::value(const QString& key, const QString& fallback) const
{
    Sql q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bind(key).exec();
    return q.next() ? q.value(0).toString() : fallback;
}

void ShopSettings::setValue(const QString& key, const QString& value)
{
    m_db.write([&] {
        const QString before = this->value(key);
        Sql(m_db, QStringLiteral("INSERT INTO settings(key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                                 "updated_at = excluded.updated_at, updated_by = excluded.updated_by"))
            .bind(key).bind(value).bind(Database::nowUtc()).bind(m_db.session().user).exec();
        // The setting's key is the field that changed.
        ChangeRecorder::record(m_db, QStringLiteral("setting"), 0, QStringLiteral("update"), {{key, before}},
                               {{key, value}});
    });
}

QString ShopSettings::defaultPattern(const QString& series)
{
    if (series == QLatin1String("order"))
        return NumberPattern::defaultOrderPattern();
    if (series == QLatin1String("delivery"))
        return QStringLiteral("SD{yyyy}{MM}{dd}-{seq:3}");
    if (series == QLatin1String("payment"))
        return QStringLiteral("SK{yyyy}{MM}{dd}-{seq:3}"); // 收款
    if (series == QLatin1String("quote")) return QStringLiteral("BJ{yyyy}{MM}{dd}-{seq:3}"); // 报价
    if (series == QLatin1String("service")) return QStringLiteral("FW{yyyy}{MM}{dd}-{seq:3}"); // 服务
    return series.left(2).toUpper() + QStringLiteral("{yyyy}{MM}{dd}-{seq:3}");
}

ShopSettings::Numbering ShopSettings::numbering(const QString& series) const
{
    Numbering n;
    n.pattern = value(QStringLiteral("numbering/%1/pattern").arg(series), defaultPattern(series));
    n.reset = NumberPattern::resetFromCode(value(QStringLiteral("numbering/%1/reset").arg(series)))
                  .value_or(NumberPattern::naturalReset(n.pattern));
    return n;
}

void ShopSettings::setNumbering(const QString& series, const Numbering& n)
{
    m_db.access().require(Module::Settings, Action::Edit);
    QList<FieldIssue> issues;
    if (const QString p = NumberPattern::problem(n.pattern); !p.isNull())
        issues.append({QStringLiteral("pattern"), p});
    else if (const QString r = NumberPattern::resetProblem(n.pattern, n.reset); !r.isNull())
        issues.append({QStringLiteral("reset"), r});
    if (!issues.isEmpty())
        throw ValidationError(issues);
    m_db.write([&] {
        setValue(QStringLiteral("numbering/%1/pattern").arg(series), n.pattern.trimmed());
        setValue(QStringLiteral("numbering/%1/reset").arg(series), NumberPattern::resetCode(n.reset));
    });
}

QString DocumentNumbers::next(Database& db, const QString& series, const QString& table, const QDate& localDate)
{
    Q_ASSERT(db.inTransaction());
    const ShopSettings::Numbering n = ShopSettings(db).numbering(series);
    const QString period = NumberPattern::period(n.reset, localDate);
    Sql(db, QStringLiteral("INSERT INTO counters(series, period, value) VALUES (?, ?, 0) ON CONFLICT DO NOTHING"))
        .bind(series).bind(period).exec();
    // `table` is one of ours (orders, …), never user input.
    Sql exists(db, QStringLiteral("SELECT 1 FROM %1 WHERE number = ?").arg(table));
    for (;;) {
        Sql bump(db, QStringLiteral("UPDATE counters SET value = value + 1 WHERE series = ? AND period = ? RETURNING value"));
        bump.bind(series).bind(period).exec();
        if (!bump.next())
            throw StoreError(StoreError::Kind::Sql, Database::tr("The document counter %1 is missing.").arg(series));
        const QString number = NumberPattern::format(n.pattern, localDate, bump.value(0).toLongLong());
        exists.bind(number).exec();
        if (!exists.next())
            return number;
    }
}

QStringList DocumentNumbers::nextMany(Database& db, const QString& series, const QString& table, const QDate& localDate,
                                      qsizetype count)
{
    Q_ASSERT(db.inTransaction());
    const ShopSettings::Numbering n = ShopSettings(db).numbering(series);
    const QString period = NumberPattern::period(n.reset, localDate);
    Sql(db, QStringLiteral("INSERT INTO counters(series, period, value) VALUES (?, ?, 0) ON CONFLICT DO NOTHING"))
        .bind(series).bind(period).exec();
    qint64 value = Sql(db, QStringLiteral("SELECT value FROM counters WHERE series = ? AND period = ?"))
                       .bind(series).bind(period).scalar().toLongLong();
    RawRead exists(db, QStringLiteral("SELECT 1 FROM %1 WHERE number = ?").arg(table));
    QStringList numbers;
    numbers.reserve(count);
    while (numbers.size() < count) {
        const QString number = NumberPattern::format(n.pattern, localDate, ++value);
        exists.bind(number);
        const bool taken = exists.next();
        exists.reset();
        if (!taken)
            numbers.append(number);
    }
    Sql(db, QStringLiteral("UPDATE counters SET value = ? WHERE series = ? AND period = ?"))
        .bind(value).bind(series).bind(period).exec();
    return numbers;
}

} // namespace shopcrm
