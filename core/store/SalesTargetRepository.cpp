#include "SalesTargetRepository.h"

#include "ChangeRecorder.h"
#include "Database.h"
#include "RowSupport.h"
#include "StoreError.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace shopcrm {

bool SalesTargetRules::isPeriod(const QString& period)
{
    return first(period).isValid();
}

QDate SalesTargetRules::first(const QString& period)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(?:(\\d{2})|Q([1-4]))$"));
    const QRegularExpressionMatch m = shape.match(period);
    if (!m.hasMatch()) return {};
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).isEmpty() ? (m.captured(3).toInt() - 1) * 3 + 1 : m.captured(2).toInt();
    return month >= 1 && month <= 12 ? QDate(year, month, 1) : QDate();
}

QDate SalesTargetRules::last(const QString& period)
{
    const QDate start = first(period);
    if (!start.isValid()) return {};
    return start.addMonths(period.contains(QLatin1Char('Q')) ? 3 : 1).addDays(-1);
}

QString SalesTargetRules::month(const QDate& day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

QString SalesTargetRules::quarter(const QDate& day)
{
    return QStringLiteral("%1-Q%2").arg(day.year()).arg((day.month() - 1) / 3 + 1);
}

QString SalesTargetRules::metricCode(TargetMetric metric)
{
    switch (metric) {
    case TargetMetric::NewCustomers:
        return QStringLiteral("new_customers");
    case TargetMetric::FollowUps:
        return QStringLiteral("follow_ups");
    case TargetMetric::Revenue:
        break;
    }
    return QStringLiteral("revenue");
}

std::optional<TargetMetric> SalesTargetRules::metricFromCode(const QString& code)
{
    for (TargetMetric m : {TargetMetric::Revenue, TargetMetric::NewCustomers, TargetMetric::FollowUps})
        if (code == metricCode(m)) return m;
    return std::nullopt;
}

QString SalesTargetRules::metricName(TargetMetric metric)
{
    switch (metric) {
    case TargetMetric::NewCustomers:
        return tr("New customers");
    case TargetMetric::FollowUps:
        return tr("Follow-ups");
    case TargetMetric::Revenue:
        break;
    }
    return tr("Revenue");
}

void SalesTargetRepository::set(SalesTarget& t)
{
    m_db.access().require(Module::Reports, Action::Edit);
    if (t.metric == TargetMetric::Revenue) m_db.access().require(Module::Reports, Action::Money);
    QList<FieldIssue> issues;
    if (!SalesTargetRules::isPeriod(t.period))
        issues.append(
            {QStringLiteral("period"), tr("The period is a month like 2026-12 or a quarter like 2026-Q4.")});
    if (t.target < 0) issues.append({QStringLiteral("target"), tr("A target cannot be negative.")});
    if (!issues.isEmpty()) throw ValidationError(issues);
    m_db.write([&] {
        if (t.staffId > 0 && !Sql(m_db, QStringLiteral("SELECT count(*) FROM staff WHERE id = ?"))
                                  .bind(t.staffId)
                                  .scalar()
                                  .toInt())
            throw ValidationError(
                {{QStringLiteral("staff"), tr("There is no staff member with id %1.").arg(t.staffId)}});
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        Sql find(m_db, QStringLiteral("SELECT id, version, target FROM sales_targets WHERE period = ? AND "
                                      "ifnull(staff_id, 0) = ? AND metric = ?"));
        find.bind(t.period).bind(t.staffId).bind(SalesTargetRules::metricCode(t.metric)).exec();
        const QJsonObject after{{QStringLiteral("period"), t.period},
                                {QStringLiteral("staff_id"), t.staffId},
                                {QStringLiteral("metric"), SalesTargetRules::metricCode(t.metric)},
                                {QStringLiteral("target"), t.target}};
        if (find.next()) {
            t.meta.id = find.value(0).toLongLong();
            t.meta.version = find.value(1).toInt();
            QJsonObject before = after;
            before.insert(QStringLiteral("target"), find.value(2).toLongLong());
            Sql(m_db, QStringLiteral(
                          "UPDATE sales_targets SET version = version + 1, updated_at = ?, updated_by = ?, "
                          "target = ? WHERE id = ?"))
                .bind(now)
                .bind(user)
                .bind(t.target)
                .bind(t.meta.id)
                .exec();
            stampUpdate(t.meta, now, user);
            ChangeRecorder::record(m_db, QStringLiteral("sales_target"), t.meta.id, QStringLiteral("update"),
                                   before, after);
            return;
        }
        Sql insert(m_db,
                   QStringLiteral(
                       "INSERT INTO sales_targets(created_at, updated_at, created_by, updated_by, period, "
                       "staff_id, metric, target) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(now)
            .bind(now)
            .bind(user)
            .bind(user)
            .bind(t.period)
            .bind(t.staffId > 0 ? QVariant(t.staffId) : QVariant())
            .bind(SalesTargetRules::metricCode(t.metric))
            .bind(t.target)
            .exec();
        stampInsert(t.meta, insert.lastInsertId(), now, user);
        ChangeRecorder::record(m_db, QStringLiteral("sales_target"), t.meta.id, QStringLiteral("insert"), {},
                               after);
    });
}

void SalesTargetRepository::remove(qint64 id)
{
    m_db.access().require(Module::Reports, Action::Edit);
    m_db.write([&] {
        Sql q(m_db,
              QStringLiteral(
                  "SELECT period, ifnull(staff_id, 0), metric, target FROM sales_targets WHERE id = ?"));
        q.bind(id).exec();
        if (!q.next())
            throw StoreError(StoreError::Kind::NotFound, tr("This target was removed by another desk."));
        const QJsonObject before{{QStringLiteral("period"), q.value(0).toString()},
                                 {QStringLiteral("staff_id"), q.value(1).toLongLong()},
                                 {QStringLiteral("metric"), q.value(2).toString()},
                                 {QStringLiteral("target"), q.value(3).toLongLong()}};
        Sql(m_db, QStringLiteral("DELETE FROM sales_targets WHERE id = ?")).bind(id).exec();
        ChangeRecorder::record(m_db, QStringLiteral("sales_target"), id, QStringLiteral("delete"), before,
                               {});
    });
}

QList<SalesTarget> SalesTargetRepository::list(const QString& period) const
{
    m_db.access().require(Module::Reports, Action::View);
    const bool money = m_db.access().can(Module::Reports, Action::Money);
    Sql q(m_db,
          QStringLiteral(
              "SELECT t.id, t.version, t.created_at, t.updated_at, t.created_by, t.updated_by, t.period, "
              "ifnull(t.staff_id, 0), coalesce(s.name, ''), t.metric, t.target FROM sales_targets t "
              "LEFT JOIN staff s ON s.id = t.staff_id%1 ORDER BY t.period DESC, t.staff_id IS NOT NULL, "
              "s.name, t.metric")
              .arg(period.isEmpty() ? QString() : QStringLiteral(" WHERE t.period = ?")));
    if (!period.isEmpty()) q.bind(period);
    q.exec();
    QList<SalesTarget> result;
    while (q.next()) {
        SalesTarget t;
        int col = 0;
        t.meta = readMeta(q, col);
        t.period = q.value(col++).toString();
        t.staffId = q.value(col++).toLongLong();
        t.staffName = q.value(col++).toString();
        t.metric =
            SalesTargetRules::metricFromCode(q.value(col++).toString()).value_or(TargetMetric::Revenue);
        t.target = q.value(col++).toLongLong();
        // Revenue targets are money.
        if (t.metric == TargetMetric::Revenue && !money) continue;
        result.append(t);
    }
    return result;
}

} // namespace shopcrm
