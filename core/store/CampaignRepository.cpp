#include "CampaignRepository.h"

#include "ChangeRecorder.h"
#include "CustomerSearchIndex.h"
#include "Database.h"
#include "RowSupport.h"
#include "StoreError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace shopcrm {

namespace {

const QString kEntity = QStringLiteral("campaign");
const QString kColumns =
    QStringLiteral("id, version, created_at, updated_at, created_by, updated_by, name, channel, "
                   "starts_on, ends_on, budget, cost, window_days, target_filter, notes");

QJsonObject toJson(const Campaign& c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("channel"), c.channel},
            {QStringLiteral("starts_on"), storedDay(c.startsOn)},
            {QStringLiteral("ends_on"), storedDay(c.endsOn)},
            {QStringLiteral("budget"), c.budget.fen()},
            {QStringLiteral("cost"), c.cost.fen()},
            {QStringLiteral("window_days"), c.windowDays},
            {QStringLiteral("target_filter"), c.targetFilter},
            {QStringLiteral("notes"), c.notes}};
}

// The UTC bounds of local days [from, to] as stored times compare.
std::pair<QVariant, QVariant> bounds(const QDate& from, const QDate& to)
{
    return {utcText(from.startOfDay().toUTC()), utcText(to.addDays(1).startOfDay().toUTC())};
}

} // namespace

qint64 CampaignRepository::create(Campaign& c)
{
    m_db.access().require(Module::Sales, Action::Create);
    CampaignRules::normalise(c);
    if (const QList<FieldIssue> issues = CampaignRules::check(c); !issues.isEmpty())
        throw ValidationError(issues);
    m_db.write([&] {
        if (findByName(c.name))
            throw ValidationError(
                {{QStringLiteral("name"), tr("There is already a campaign named %1.").arg(c.name)}});
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        Sql insert(m_db, QStringLiteral(
                             "INSERT INTO campaigns(created_at, updated_at, created_by, updated_by, name, "
                             "channel, starts_on, ends_on, budget, cost, window_days, target_filter, "
                             "notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(now)
            .bind(now)
            .bind(user)
            .bind(user)
            .bind(c.name)
            .bind(c.channel)
            .bind(storedDay(c.startsOn))
            .bind(storedDay(c.endsOn))
            .bind(c.budget.fen())
            .bind(c.cost.fen())
            .bind(c.windowDays)
            .bind(c.targetFilter)
            .bind(c.notes)
            .exec();
        stampInsert(c.meta, insert.lastInsertId(), now, user);
        ChangeRecorder::record(m_db, kEntity, c.meta.id, QStringLiteral("insert"), {}, toJson(c));
    });
    return c.meta.id;
}

void CampaignRepository::update(Campaign& c)
{
    m_db.access().require(Module::Sales, Action::Edit);
    CampaignRules::normalise(c);
    if (const QList<FieldIssue> issues = CampaignRules::check(c); !issues.isEmpty())
        throw ValidationError(issues);
    m_db.write([&] {
        const std::optional<Campaign> before = find(c.meta.id);
        if (!before || before->meta.version != c.meta.version) throwConflict(c.meta.id);
        if (const std::optional<Campaign> same = findByName(c.name); same && same->meta.id != c.meta.id)
            throw ValidationError(
                {{QStringLiteral("name"), tr("There is already a campaign named %1.").arg(c.name)}});
        // A role that may not see money keeps the amounts as they were.
        if (!m_db.access().can(Module::Sales, Action::Money)) {
            Sql q(m_db, QStringLiteral("SELECT budget, cost FROM campaigns WHERE id = ?"));
            q.bind(c.meta.id).exec();
            if (q.next()) {
                c.budget = Money::fromFen(q.value(0).toLongLong());
                c.cost = Money::fromFen(q.value(1).toLongLong());
            }
        }
        const QString now = Database::nowUtc();
        Sql update(m_db, QStringLiteral(
                             "UPDATE campaigns SET version = version + 1, updated_at = ?, updated_by = ?, "
                             "name = ?, channel = ?, starts_on = ?, ends_on = ?, budget = ?, cost = ?, "
                             "window_days = ?, target_filter = ?, notes = ? WHERE id = ? AND version = ?"));
        update.bind(now)
            .bind(m_db.session().user)
            .bind(c.name)
            .bind(c.channel)
            .bind(storedDay(c.startsOn))
            .bind(storedDay(c.endsOn))
            .bind(c.budget.fen())
            .bind(c.cost.fen())
            .bind(c.windowDays)
            .bind(c.targetFilter)
            .bind(c.notes)
            .bind(c.meta.id)
            .bind(c.meta.version)
            .exec();
        if (update.rowsAffected() == 0) throwConflict(c.meta.id);
        stampUpdate(c.meta, now, m_db.session().user);
        ChangeRecorder::record(m_db, kEntity, c.meta.id, QStringLiteral("update"), toJson(*before),
                               toJson(c));
    });
}

void CampaignRepository::remove(qint64 id, int expectedVersion)
{
    m_db.access().require(Module::Sales, Action::Delete);
    m_db.write([&] {
        const std::optional<Campaign> before = find(id);
        if (!before)
            throw StoreError(StoreError::Kind::NotFound, tr("This campaign was deleted by another desk."));
        if (before->meta.version != expectedVersion) throwConflict(id);
        QStringList uses;
        const std::pair<const char*, const char*> tables[] = {
            {"customers", QT_TR_NOOP("%n customer(s)")},
            {"opportunities", QT_TR_NOOP("%n opportunity(ies)")},
            {"orders", QT_TR_NOOP("%n order(s)")}};
        for (const auto& [table, text] : tables) {
            const int n =
                Sql(m_db,
                    QStringLiteral("SELECT count(*) FROM %1 WHERE campaign_id = ?").arg(QLatin1String(table)))
                    .bind(id)
                    .scalar()
                    .toInt();
            if (n > 0) uses.append(tr(text, nullptr, n));
        }
        if (!uses.isEmpty())
            throw StoreError(StoreError::Kind::Validation,
                             tr("%1 came from campaign %2, so it is kept: what it brought would be lost.")
                                 .arg(uses.join(QStringLiteral(", ")), before->name));
        Sql(m_db, QStringLiteral("DELETE FROM campaigns WHERE id = ?")).bind(id).exec();
        ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("delete"), toJson(*before), {});
    });
}

std::optional<Campaign> CampaignRepository::find(qint64 id) const
{
    const QList<Campaign> found = read(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Campaign>(found.first());
}

QList<Campaign> CampaignRepository::read(const QString& whereAndOrder, const QVariantList& values) const
{
    m_db.access().require(Module::Sales, Action::View);
    const bool money = m_db.access().can(Module::Sales, Action::Money);
    Sql q(m_db, QStringLiteral("SELECT %1 FROM campaigns %2").arg(kColumns, whereAndOrder));
    q.bindAll(values).exec();
    QList<Campaign> campaigns;
    while (q.next()) {
        Campaign c;
        int col = 0;
        c.meta = readMeta(q, col);
        c.name = q.value(col++).toString();
        c.channel = q.value(col++).toString();
        c.startsOn = QDate::fromString(q.value(col++).toString(), Qt::ISODate);
        c.endsOn = QDate::fromString(q.value(col++).toString(), Qt::ISODate);
        c.budget = money ? Money::fromFen(q.value(col).toLongLong()) : Money();
        c.cost = money ? Money::fromFen(q.value(col + 1).toLongLong()) : Money();
        col += 2;
        c.windowDays = q.value(col++).toInt();
        c.targetFilter = q.value(col++).toString();
        c.notes = q.value(col++).toString();
        campaigns.append(c);
    }
    return campaigns;
}

Campaign CampaignRepository::get(qint64 id) const
{
    std::optional<Campaign> c = find(id);
    if (!c) throw StoreError(StoreError::Kind::NotFound, tr("There is no campaign with id %1.").arg(id));
    return *c;
}

std::optional<Campaign> CampaignRepository::findByName(const QString& name) const
{
    const qint64 id = Sql(m_db, QStringLiteral("SELECT id FROM campaigns WHERE name = ?"))
                          .bind(name.simplified())
                          .scalar()
                          .toLongLong();
    return id > 0 ? find(id) : std::nullopt;
}

QList<Campaign> CampaignRepository::list() const
{
    return read(QStringLiteral("ORDER BY starts_on DESC, id DESC"), {});
}

QStringList CampaignRepository::channelChoices() const
{
    QStringList channels = CampaignRules::defaultChannels();
    Sql used(m_db,
             QStringLiteral(
                 "SELECT DISTINCT channel FROM campaigns WHERE channel <> '' ORDER BY channel LIMIT 50"));
    used.exec();
    while (used.next())
        if (!channels.contains(used.value(0).toString())) channels.append(used.value(0).toString());
    return channels;
}

QList<qint64> CampaignRepository::targets(qint64 id) const
{
    m_db.access().require(Module::Sales, Action::View);
    QList<qint64> ids;
    Sql q(m_db, QStringLiteral(
                    "SELECT customer_id FROM campaign_targets WHERE campaign_id = ? ORDER BY customer_id"));
    q.bind(id).exec();
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

void CampaignRepository::setTargets(qint64 id, const QList<qint64>& customerIds)
{
    m_db.access().require(Module::Sales, Action::Edit);
    m_db.write([&] { writeTargets(id, customerIds); });
}

int CampaignRepository::addTargets(qint64 id, const QList<qint64>& customerIds)
{
    m_db.access().require(Module::Sales, Action::Edit);
    int added = 0;
    m_db.write([&] {
        // Read inside the write, so what another desk added a moment ago is kept.
        QList<qint64> all = targets(id);
        QSet<qint64> seen(all.cbegin(), all.cend());
        for (const qint64 customer : customerIds)
            if (!seen.contains(customer)) {
                seen.insert(customer);
                all.append(customer);
                ++added;
            }
        if (added > 0) writeTargets(id, all);
    });
    return added;
}

void CampaignRepository::writeTargets(qint64 id, const QList<qint64>& customerIds)
{
    get(id); // NotFound when it went
    const QList<qint64> before = targets(id);
    QList<qint64> after = customerIds;
    std::sort(after.begin(), after.end());
    after.erase(std::unique(after.begin(), after.end()), after.end());
    Sql(m_db, QStringLiteral("DELETE FROM campaign_targets WHERE campaign_id = ?")).bind(id).exec();
    for (const qint64 customer : std::as_const(after)) {
        if (!Sql(m_db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"))
                 .bind(customer)
                 .scalar()
                 .toInt())
            throw ValidationError(
                {{QStringLiteral("targets"), tr("There is no customer with id %1.").arg(customer)}});
        Sql(m_db, QStringLiteral("INSERT INTO campaign_targets(campaign_id, customer_id) VALUES (?, ?)"))
            .bind(id)
            .bind(customer)
            .exec();
    }
    auto array = [](const QList<qint64>& ids) {
        QJsonArray a;
        for (const qint64 i : ids)
            a.append(i);
        return a;
    };
    ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("update"),
                           {{QStringLiteral("targets"), array(before)}},
                           {{QStringLiteral("targets"), array(after)}});
}

QList<qint64> CampaignRepository::audience(qint64 id, int limit) const
{
    const Campaign c = get(id);
    QList<qint64> ids = targets(id);
    if (!c.targetFilter.isEmpty())
        for (const CustomerSearchIndex::Hit& hit : CustomerSearchIndex(m_db).search(c.targetFilter, limit))
            if (!ids.contains(hit.id)) ids.append(hit.id);
    if (ids.size() > limit) ids.resize(limit);
    return ids;
}

CampaignResult CampaignRepository::result(const Campaign& c) const
{
    m_db.access().require(Module::Sales, Action::View);
    CampaignResult r;
    r.campaignId = c.meta.id;
    r.name = c.name;
    r.channel = c.channel;
    r.from = c.startsOn;
    r.to = c.attributionEnd();
    r.endsOn = c.endsOn;
    r.budget = c.budget;
    r.cost = c.cost;
    const auto [from, to] = bounds(r.from, r.to);
    r.newCustomers =
        Sql(m_db, QStringLiteral("SELECT count(*) FROM customers WHERE campaign_id = ? AND created_at >= ? "
                                 "AND created_at < ?"))
            .bind(c.meta.id)
            .bind(from)
            .bind(to)
            .scalar()
            .toLongLong();
    Sql orders(m_db,
               QStringLiteral("SELECT count(*), coalesce(sum(o.total), 0) FROM orders o JOIN customers c ON "
                              "c.id = o.customer_id WHERE o.status <> 4 AND o.order_date >= ? AND "
                              "o.order_date < ? AND (o.campaign_id = ? OR (o.campaign_id IS NULL AND "
                              "c.campaign_id = ?))"));
    orders.bind(from).bind(to).bind(c.meta.id).bind(c.meta.id).exec();
    if (orders.next()) {
        r.orders = orders.value(0).toLongLong();
        r.revenue = Money::fromFen(orders.value(1).toLongLong());
    }
    Sql opportunities(m_db,
                      QStringLiteral("SELECT count(*), coalesce(sum(s.kind = 'won'), 0) FROM opportunities o "
                                     "JOIN opportunity_stages s ON s.id = o.stage_id JOIN customers c ON "
                                     "c.id = o.customer_id WHERE o.created_at >= ? AND o.created_at < ? AND "
                                     "(o.campaign_id = ? OR (o.campaign_id IS NULL AND c.campaign_id = ?))"));
    opportunities.bind(from).bind(to).bind(c.meta.id).bind(c.meta.id).exec();
    if (opportunities.next()) {
        r.opportunities = opportunities.value(0).toLongLong();
        r.won = opportunities.value(1).toLongLong();
    }
    if (!m_db.access().can(Module::Sales, Action::Money)) r.revenue = Money();
    return r;
}

QList<CampaignResult> CampaignRepository::compare(const QDate& from, const QDate& to) const
{
    QList<CampaignResult> results;
    for (const Campaign& c : list())
        if (c.startsOn <= to && c.endsOn >= from) results.append(result(c));
    std::sort(results.begin(), results.end(), [](const CampaignResult& a, const CampaignResult& b) {
        return std::tie(a.from, a.campaignId) < std::tie(b.from, b.campaignId);
    });
    return results;
}

QList<CampaignResult> CampaignRepository::sources(const QDate& fromDay, const QDate& toDay) const
{
    m_db.access().require(Module::Sales, Action::View);
    const auto [from, to] = bounds(fromDay, toDay);
    QHash<QString, CampaignResult> bySource;
    auto entry = [&](const QString& source) -> CampaignResult& {
        CampaignResult& r = bySource[source];
        r.name = source;
        r.from = fromDay;
        r.to = toDay;
        return r;
    };
    Sql fresh(m_db, QStringLiteral(
                        "SELECT source, count(*) FROM customers WHERE created_at >= ? AND created_at < ? "
                        "GROUP BY source"));
    fresh.bind(from).bind(to).exec();
    while (fresh.next())
        entry(fresh.value(0).toString()).newCustomers = fresh.value(1).toLongLong();
    Sql orders(m_db,
               QStringLiteral("SELECT c.source, count(*), coalesce(sum(o.total), 0) FROM orders o JOIN "
                              "customers c ON c.id = o.customer_id WHERE o.status <> 4 AND o.order_date >= ? "
                              "AND o.order_date < ? GROUP BY c.source"));
    orders.bind(from).bind(to).exec();
    const bool money = m_db.access().can(Module::Sales, Action::Money);
    while (orders.next()) {
        CampaignResult& r = entry(orders.value(0).toString());
        r.orders = orders.value(1).toLongLong();
        r.revenue = money ? Money::fromFen(orders.value(2).toLongLong()) : Money();
    }
    QList<CampaignResult> results = bySource.values();
    std::sort(results.begin(), results.end(), [](const CampaignResult& a, const CampaignResult& b) {
        if (a.revenue.fen() != b.revenue.fen()) return a.revenue.fen() > b.revenue.fen();
        if (a.newCustomers != b.newCustomers) return a.newCustomers > b.newCustomers;
        return a.name < b.name;
    });
    return results;
}

void CampaignRepository::throwConflict(qint64 id) const
{
    const auto [user, when] = lastChange(m_db, QStringLiteral("campaigns"), id);
    if (user.isNull())
        throw StoreError(StoreError::Kind::NotFound, tr("This campaign was deleted by another desk."));
    throw StoreError(
        StoreError::Kind::Conflict,
        tr("%1 changed this campaign at %2, after you opened it. Nothing was saved: reload to see "
           "their changes, then enter yours again.")
            .arg(user, when));
}

} // namespace shopcrm
