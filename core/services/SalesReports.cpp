#include "SalesReports.h"

#include "Reports.h"
#include "store/Database.h"
#include "store/OpportunityRepository.h"
#include "store/RowSupport.h"

#include <QHash>

#include <map>

namespace shopcrm {

namespace {

QVariant startOf(const QDate& day)
{
    return utcText(day.startOfDay());
}

void requireReports(Database& db)
{
    db.access().require(Module::Sales, Action::View);
    db.access().require(Module::Reports, Action::View);
}

Money money(Database& db, qint64 fen)
{
    return db.access().can(Module::Sales, Action::Money) ? Money::fromFen(fen) : Money();
}

void add(ForecastRow& to, const ForecastRow& from)
{
    to.open += from.open;
    to.amount += from.amount;
    to.weighted += from.weighted;
    to.won += from.won;
    to.wonAmount += from.wonAmount;
}

QList<WinLossRow> winLoss(Database& db, const QDate& from, const QDate& to, const QString& key, bool lostOnly)
{
    requireReports(db);
    QVariantList values;
    OpportunityFilter filter;
    filter.state = OpportunityFilter::State::Closed;
    const QString where = opportunityWhere(db, filter, values);
    Sql q(db, QStringLiteral(
                  "SELECT o.%1, sum(s.kind = 'won'), sum(CASE WHEN s.kind = 'won' THEN o.amount ELSE 0 END), "
                  "sum(s.kind = 'lost'), sum(CASE WHEN s.kind = 'lost' THEN o.amount ELSE 0 END) FROM "
                  "opportunities o JOIN opportunity_stages s ON "
                  "s.id = o.stage_id WHERE %2 AND o.closed_at >= ? AND o.closed_at < ?%3 GROUP BY 1 "
                  "ORDER BY count(*) DESC, 1")
                  .arg(key, where, lostOnly ? QStringLiteral(" AND s.kind = 'lost'") : QString()));
    q.bindAll(values).bind(startOf(from)).bind(startOf(to.addDays(1))).exec();
    QList<WinLossRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toLongLong(), money(db, q.value(2).toLongLong()),
                     q.value(3).toLongLong(), money(db, q.value(4).toLongLong())});
    return rows;
}

} // namespace

Forecast SalesReports::forecast(Database& db, const QDate& from, const QDate& to)
{
    requireReports(db);
    Forecast f;
    f.from = QDate(from.year(), from.month(), 1);
    f.to = QDate(to.year(), to.month(), 1).addMonths(1).addDays(-1);
    QVariantList values;
    OpportunityFilter open;
    open.state = OpportunityFilter::State::Open;
    const QString openWhere = opportunityWhere(db, open, values);
    std::map<std::pair<QString, QString>, ForecastRow> rows; // month, owner
    // Each opportunity's weighted amount is rounded half-up to the fen before it is added.
    Sql expected(db,
                 QStringLiteral("SELECT substr(o.expected_close, 1, 7), o.owner, count(*), sum(o.amount), "
                                "sum(%2) FROM opportunities o WHERE %1 AND o.expected_close BETWEEN ? AND ? "
                                "GROUP BY 1, 2")
                     .arg(openWhere, OpportunityRules::weightedSql(QStringLiteral("o"))));
    expected.bindAll(values).bind(f.from.toString(Qt::ISODate)).bind(f.to.toString(Qt::ISODate)).exec();
    while (expected.next()) {
        ForecastRow& r = rows[{expected.value(0).toString(), expected.value(1).toString()}];
        r.open = expected.value(2).toLongLong();
        r.amount = money(db, expected.value(3).toLongLong());
        r.weighted = money(db, expected.value(4).toLongLong());
    }
    values.clear();
    OpportunityFilter won;
    won.state = OpportunityFilter::State::Won;
    // SQLite's 'localtime' follows the process's time zone, as the months of the review do.
    Sql wins(db,
             QStringLiteral(
                 "SELECT strftime('%Y-%m', o.closed_at, 'localtime'), o.owner, count(*), sum(o.amount) FROM "
                 "opportunities o WHERE %1 AND o.closed_at >= ? "
                 "AND o.closed_at < ? GROUP BY 1, 2")
                 .arg(opportunityWhere(db, won, values)));
    wins.bindAll(values).bind(startOf(f.from)).bind(startOf(f.to.addDays(1))).exec();
    while (wins.next()) {
        ForecastRow& r = rows[{wins.value(0).toString(), wins.value(1).toString()}];
        r.won = wins.value(2).toLongLong();
        r.wonAmount = money(db, wins.value(3).toLongLong());
    }
    QHash<QString, ForecastRow> byMonth;
    for (auto& [key, row] : rows) {
        row.month = key.first;
        row.owner = key.second;
        f.owners.append(row);
        add(byMonth[key.first], row);
        add(f.total, row);
    }
    for (QDate m = f.from; m <= f.to; m = m.addMonths(1)) {
        ForecastRow r = byMonth.value(m.toString(QStringLiteral("yyyy-MM")));
        r.month = m.toString(QStringLiteral("yyyy-MM"));
        f.months.append(r);
    }
    f.total.month = f.from.toString(QStringLiteral("yyyy-MM"));
    values.clear();
    Sql undated(
        db, QStringLiteral("SELECT count(*), coalesce(sum(o.amount), 0) FROM opportunities o WHERE %1 AND "
                           "o.expected_close = ''")
                .arg(opportunityWhere(db, open, values)));
    undated.bindAll(values).exec();
    undated.next();
    f.undated = undated.value(0).toLongLong();
    f.undatedAmount = money(db, undated.value(1).toLongLong());
    return f;
}

Funnel SalesReports::funnel(Database& db, const QDate& from, const QDate& to, const QDate& today)
{
    requireReports(db);
    Funnel f;
    f.from = from;
    f.to = to;
    const QList<OpportunityStage> all = OpportunityRepository(db).stages(true);
    QHash<qint64, OpportunityStage> stageById;
    for (const OpportunityStage& s : all)
        stageById.insert(s.id, s);
    // The funnel's steps: the open stages in order, then the won one(s); lost is where it ends.
    for (const OpportunityStage& s : all)
        if (!s.archived && s.kind != StageKind::Lost) f.stages.append({s});
    auto stepOf = [&](qint64 stageId) -> int {
        const OpportunityStage s = stageById.value(stageId);
        for (int i = 0; i < f.stages.size(); ++i)
            if (f.stages.at(i).stage.id == stageId ||
                (s.kind == StageKind::Won && f.stages.at(i).stage.kind == StageKind::Won))
                return i;
        // An archived open stage counts as the last step placed before it.
        int step = -1;
        for (int i = 0; i < f.stages.size(); ++i)
            if (f.stages.at(i).stage.kind == StageKind::Open && f.stages.at(i).stage.position <= s.position)
                step = i;
        return s.kind == StageKind::Lost ? -1 : step;
    };
    QVariantList values;
    const QString where = opportunityWhere(db, OpportunityFilter(), values);
    Sql q(db,
          QStringLiteral(
              "SELECT o.id, o.amount, s.kind, m.to_stage, m.at FROM opportunities o JOIN "
              "opportunity_stages s ON s.id = o.stage_id JOIN opportunity_moves m ON m.opportunity_id = o.id "
              "WHERE %1 AND o.created_at >= ? AND o.created_at < ? ORDER BY o.id, m.at, m.id")
              .arg(where));
    q.bindAll(values).bind(startOf(from)).bind(startOf(to.addDays(1))).exec();
    QList<double> days(f.stages.size(), 0.0);
    const QDateTime end = today.addDays(1).startOfDay().toUTC();
    qint64 current = 0;
    int furthest = -1;
    int step = -1;
    QDateTime since;
    bool open = false;
    auto finish = [&] {
        if (current == 0) return;
        for (int i = 0; i <= furthest && i < f.stages.size(); ++i)
            ++f.stages[i].reached;
        // Still open: its current stay runs until today.
        if (open && step >= 0 && since.isValid()) {
            days[step] += std::max<qint64>(0, since.secsTo(end)) / 86400.0;
            ++f.stages[step].timed;
        }
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != current) {
            finish();
            current = id;
            furthest = -1;
            step = -1;
            since = QDateTime();
            const StageKind kind =
                OpportunityRules::kindFromCode(q.value(2).toString()).value_or(StageKind::Open);
            open = kind == StageKind::Open;
            ++f.created;
            f.won += kind == StageKind::Won ? 1 : 0;
            f.lost += kind == StageKind::Lost ? 1 : 0;
            if (kind == StageKind::Won) f.wonAmount += money(db, q.value(1).toLongLong());
        }
        const QDateTime at = parseUtc(q.value(4));
        // The stay in the step it leaves ends here.
        if (step >= 0 && since.isValid() && f.stages.at(step).stage.kind == StageKind::Open) {
            days[step] += std::max<qint64>(0, since.secsTo(at)) / 86400.0;
            ++f.stages[step].timed;
        }
        step = stepOf(q.value(3).toLongLong());
        since = at;
        furthest = std::max(furthest, step);
    }
    finish();
    for (int i = 0; i < f.stages.size(); ++i) {
        FunnelStage& s = f.stages[i];
        s.averageDays = s.timed > 0 ? days.at(i) / static_cast<double>(s.timed) : 0;
        if (i + 1 < f.stages.size())
            s.conversionPermille =
                s.reached > 0 ? (f.stages.at(i + 1).reached * 1000 + s.reached / 2) / s.reached : 0;
    }
    return f;
}

QList<WinLossRow> SalesReports::bySource(Database& db, const QDate& from, const QDate& to)
{
    return winLoss(db, from, to, QStringLiteral("source"), false);
}

QList<WinLossRow> SalesReports::byLostReason(Database& db, const QDate& from, const QDate& to)
{
    return winLoss(db, from, to, QStringLiteral("lost_reason"), true);
}

SalesAnalysis SalesReports::analysis(Database& db, const QDate& from, const QDate& to, const QDate& today)
{
    return {from,
            to,
            forecast(db, from, to),
            funnel(db, from, to, today),
            bySource(db, from, to),
            byLostReason(db, from, to)};
}

QList<ForecastRow> SalesReports::byOwner(const Forecast& forecast)
{
    QList<ForecastRow> rows;
    QHash<QString, qsizetype> at;
    for (const ForecastRow& r : forecast.owners) {
        auto found = at.constFind(r.owner);
        if (found == at.cend()) {
            found = at.insert(r.owner, rows.size());
            rows.append(ForecastRow{});
            rows.last().owner = r.owner;
        }
        add(rows[*found], r);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ForecastRow& a, const ForecastRow& b) {
        return a.amount.fen() != b.amount.fen() ? a.amount.fen() > b.amount.fen() : a.owner < b.owner;
    });
    return rows;
}

QString SalesReports::percent(qint64 permille)
{
    return QStringLiteral("%1%2.%3%")
        .arg(permille < 0 ? QStringLiteral("-") : QString())
        .arg(qAbs(permille) / 10)
        .arg(qAbs(permille) % 10);
}

QList<TargetProgress> SalesReports::targets(Database& db, const QString& period)
{
    QList<TargetProgress> result;
    const QDate first = SalesTargetRules::first(period);
    const QDate last = SalesTargetRules::last(period);
    if (!first.isValid()) return result;
    const QString months[] = {SalesTargetRules::month(first), SalesTargetRules::month(last)};
    const QString prefix = Reports::basis(db) == BillingBasis::Delivery ? QStringLiteral("summary_delivered")
                                                                        : QStringLiteral("summary");
    const QVariant from = startOf(first);
    const QVariant to = startOf(last.addDays(1));
    for (const SalesTarget& t : SalesTargetRepository(db).list(period)) {
        const bool staff = t.staffId > 0;
        QString sql;
        QVariantList binds;
        if (staff)
            binds.append(t.metric == TargetMetric::NewCustomers ? QVariant(t.staffName)
                                                                : QVariant(t.staffId));
        switch (t.metric) {
        case TargetMetric::Revenue:
            sql =
                staff
                    ? QStringLiteral(
                          "SELECT coalesce(sum(billed), 0) FROM %1_staff_month WHERE staff_id = ? AND month "
                          "BETWEEN ? AND ?")
                    : QStringLiteral(
                          "SELECT coalesce(sum(billed), 0) FROM %1_month WHERE month BETWEEN ? AND ?");
            sql = sql.arg(prefix);
            binds << months[0] << months[1];
            break;
        case TargetMetric::NewCustomers:
            sql = staff ? QStringLiteral("SELECT count(*) FROM customers WHERE owner = ? AND created_at >= ? "
                                         "AND created_at < ?")
                        : QStringLiteral(
                              "SELECT count(*) FROM customers WHERE created_at >= ? AND created_at < ?");
            binds << from << to;
            break;
        case TargetMetric::FollowUps:
            sql = staff ? QStringLiteral(
                              "SELECT count(*) FROM follow_ups WHERE staff_id = ? AND at >= ? AND at < ?")
                        : QStringLiteral("SELECT count(*) FROM follow_ups WHERE at >= ? AND at < ?");
            binds << from << to;
            break;
        }
        result.append({t, Sql(db, sql).bindAll(binds).scalar().toLongLong()});
    }
    return result;
}

} // namespace shopcrm
