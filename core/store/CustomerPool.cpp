#include "CustomerPool.h"

#include "ChangeRecorder.h"
#include "Database.h"
#include "RowSupport.h"
#include "ShopSettings.h"
#include "StoreError.h"

#include <QJsonDocument>
#include <QLocale>

namespace shopcrm {

namespace {

const QString kRulesKey = QStringLiteral("pool.rules");
// Returns are written a few hundred to a transaction, so other desks wait milliseconds, not the run.
constexpr int kBatch = 300;

PoolRule ruleFrom(const QJsonObject& o)
{
    PoolRule r;
    r.noFollowUpDays = o.value(QStringLiteral("no_followup_days")).toInt();
    r.noOrderDays = o.value(QStringLiteral("no_order_days")).toInt();
    r.remindDays = o.value(QStringLiteral("remind_days")).toInt();
    r.reclaimWaitDays = o.value(QStringLiteral("reclaim_wait_days")).toInt();
    r.claimsPerDay = o.value(QStringLiteral("claims_per_day")).toInt();
    r.maxOwned = o.value(QStringLiteral("max_owned")).toInt();
    return r;
}

QDate localDay(const QVariant& utc)
{
    const QDateTime t = parseUtc(utc);
    return t.isValid() ? t.toLocalTime().date() : QDate();
}

QString startOfDayUtc(const QDate& day)
{
    return utcText(day.startOfDay().toUTC()).toString();
}

} // namespace

QJsonObject PoolRule::toJson() const
{
    return {{QStringLiteral("no_followup_days"), noFollowUpDays},
            {QStringLiteral("no_order_days"), noOrderDays},
            {QStringLiteral("remind_days"), remindDays},
            {QStringLiteral("reclaim_wait_days"), reclaimWaitDays},
            {QStringLiteral("claims_per_day"), claimsPerDay},
            {QStringLiteral("max_owned"), maxOwned}};
}

const PoolRule& PoolRules::forGrade(const QString& grade) const
{
    const auto it = grades.constFind(grade);
    return it != grades.cend() ? *it : defaults;
}

QJsonObject PoolRules::toJson() const
{
    QJsonObject byGrade;
    for (auto it = grades.cbegin(); it != grades.cend(); ++it)
        byGrade.insert(it.key(), it->toJson());
    return {{QStringLiteral("default"), defaults.toJson()}, {QStringLiteral("grades"), byGrade}};
}

PoolRules PoolRules::fromJson(const QJsonObject& json)
{
    PoolRules r;
    r.defaults = ruleFrom(json.value(QStringLiteral("default")).toObject());
    const QJsonObject byGrade = json.value(QStringLiteral("grades")).toObject();
    for (auto it = byGrade.begin(); it != byGrade.end(); ++it)
        r.grades.insert(it.key(), ruleFrom(it.value().toObject()));
    return r;
}

PoolRules CustomerPool::rules(Database& db)
{
    return PoolRules::fromJson(QJsonDocument::fromJson(ShopSettings(db).value(kRulesKey).toUtf8()).object());
}

void CustomerPool::setRules(Database& db, const PoolRules& rules)
{
    db.access().require(Module::Settings, Action::Edit);
    QList<FieldIssue> issues;
    auto check = [&](const PoolRule& r, const QString& grade) {
        const QString who = grade.isEmpty() ? tr("The default rule") : tr("The rule for grade %1").arg(grade);
        for (const int days : {r.noFollowUpDays, r.noOrderDays, r.remindDays, r.reclaimWaitDays})
            if (days < 0 || days > 3650) {
                issues.append(
                    {QStringLiteral("days"), tr("%1: a number of days is from 0 (off) to 3650.").arg(who)});
                return;
            }
        if (r.claimsPerDay < 0 || r.maxOwned < 0)
            issues.append({QStringLiteral("limits"), tr("%1: a limit cannot be negative.").arg(who)});
    };
    check(rules.defaults, {});
    for (auto it = rules.grades.cbegin(); it != rules.grades.cend(); ++it)
        check(*it, it.key());
    if (!issues.isEmpty()) throw ValidationError(issues);
    ShopSettings(db).setValue(
        kRulesKey, QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact)));
}

void CustomerPool::recordOwnerChange(Database& db, qint64 customerId, const QString& from, const QString& to,
                                     const QString& op, const QString& reason, const QString& nowUtc)
{
    Sql(db, QStringLiteral("UPDATE customers SET owner_since = ?, pool_since = ?, "
                           "previous_owner = CASE WHEN ? <> '' THEN ? ELSE previous_owner END WHERE id = ?"))
        .bind(to.isEmpty() ? QString() : nowUtc)
        .bind(to.isEmpty() ? nowUtc : QString())
        .bind(from)
        .bind(from)
        .bind(customerId)
        .exec();
    Sql(db,
        QStringLiteral("INSERT INTO pool_moves(customer_id, at, op, from_owner, to_owner, who, desk, reason) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(customerId)
        .bind(nowUtc)
        .bind(op)
        .bind(from)
        .bind(to)
        .bind(db.session().user)
        .bind(db.session().desk)
        .bind(reason)
        .exec();
}

void CustomerPool::move(Database& db, qint64 customerId, const QString& to, const QString& op,
                        const QString& reason, const QDateTime& now,
                        const std::function<void(const CustomerNow&)>& check)
{
    db.write([&] {
        Sql q(db, QStringLiteral("SELECT owner, version, name, archived, grade FROM customers WHERE id = ?"));
        q.bind(customerId).exec();
        if (!q.next())
            throw StoreError(StoreError::Kind::NotFound,
                             tr("There is no customer with id %1.").arg(customerId));
        const QString from = q.value(0).toString();
        const int version = q.value(1).toInt();
        if (q.value(3).toBool())
            throw StoreError(StoreError::Kind::Locked, tr("%1 is archived.").arg(q.value(2).toString()));
        check({from, q.value(2).toString(), q.value(4).toString()});
        if (from == to) return;
        const QString nowText = utcText(now).toString();
        Sql update(db,
                   QStringLiteral("UPDATE customers SET owner = ?, version = version + 1, updated_at = ?, "
                                  "updated_by = ? WHERE id = ? AND version = ?"));
        update.bind(to).bind(nowText).bind(db.session().user).bind(customerId).bind(version).exec();
        if (update.rowsAffected() == 0)
            throw StoreError(StoreError::Kind::Conflict,
                             tr("Another desk changed this customer just now; try again."));
        recordOwnerChange(db, customerId, from, to, op, reason, nowText);
        ChangeRecorder::record(db, QStringLiteral("customer"), customerId, QStringLiteral("update"),
                               {{QStringLiteral("owner"), from}}, {{QStringLiteral("owner"), to}});
    });
}

void CustomerPool::claim(Database& db, qint64 customerId, const QString& staff, const QDateTime& now)
{
    db.access().require(Module::Customers, Action::Edit);
    const QString who = staff.trimmed();
    if (who.isEmpty()) throw ValidationError({{QStringLiteral("staff"), tr("Say who claims the customer.")}});
    const PoolRules all = rules(db);
    const PoolRule& shop = all.defaults;
    move(db, customerId, who, QStringLiteral("claim"), QString(), now, [&](const CustomerNow& c) {
        const QString& owner = c.owner;
        if (!owner.isEmpty())
            throw StoreError(StoreError::Kind::Locked,
                             owner == who
                                 ? tr("%1 is yours already.").arg(c.name)
                                 : tr("%1 looks after this customer; it is not in the pool.").arg(owner));
        const QDate today = now.toLocalTime().date();
        if (shop.claimsPerDay > 0) {
            const int claimed =
                Sql(db, QStringLiteral("SELECT count(*) FROM pool_moves WHERE op = 'claim' AND "
                                       "to_owner = ? AND at >= ? AND at < ?"))
                    .bind(who)
                    .bind(startOfDayUtc(today))
                    .bind(startOfDayUtc(today.addDays(1)))
                    .scalar()
                    .toInt();
            if (claimed >= shop.claimsPerDay)
                throw StoreError(
                    StoreError::Kind::Denied,
                    tr("%1 has claimed %n customer(s) today, the most the shop allows a day.", "", claimed)
                        .arg(who));
        }
        if (shop.maxOwned > 0) {
            const int owned =
                Sql(db, QStringLiteral("SELECT count(*) FROM customers WHERE archived = 0 AND owner = ?"))
                    .bind(who)
                    .scalar()
                    .toInt();
            if (owned >= shop.maxOwned)
                throw StoreError(
                    StoreError::Kind::Denied,
                    tr("%1 looks after %n customer(s), the most the shop allows one person.", "", owned)
                        .arg(who));
        }
        const int wait = all.forGrade(c.grade).reclaimWaitDays;
        if (wait > 0) {
            Sql left(db,
                     QStringLiteral("SELECT max(at) FROM pool_moves WHERE customer_id = ? AND from_owner = ? "
                                    "AND to_owner = ''"));
            left.bind(customerId).bind(who).exec();
            if (left.next() && !left.value(0).isNull()) {
                const QDate from = localDay(left.value(0)).addDays(wait);
                if (today < from)
                    throw StoreError(
                        StoreError::Kind::Denied,
                        tr("%1 had this customer until %2 and may claim it again from %3.")
                            .arg(who, QLocale().toString(localDay(left.value(0)), QLocale::ShortFormat),
                                 QLocale().toString(from, QLocale::ShortFormat)));
            }
        }
    });
}

void CustomerPool::release(Database& db, qint64 customerId, const QString& reason, const QDateTime& now)
{
    db.access().require(Module::Customers, Action::Edit);
    move(db, customerId, QString(), QStringLiteral("release"), reason.trimmed(), now,
         [&](const CustomerNow& c) {
             const QString& owner = c.owner;
             if (owner.isEmpty())
                 throw StoreError(StoreError::Kind::Locked, tr("This customer is in the pool already."));
             if (db.access().ownCustomersOnly && owner != db.access().staffName)
                 throw StoreError(StoreError::Kind::Denied,
                                  tr("Only %1 or a manager can release this customer.").arg(owner));
         });
}

void CustomerPool::assign(Database& db, qint64 customerId, const QString& staff, const QDateTime& now)
{
    db.access().require(Module::Customers, Action::Edit);
    if (db.access().ownCustomersOnly)
        throw StoreError(StoreError::Kind::Denied,
                         tr("Your role (%1) sees only its own customers and cannot give customers to others.")
                             .arg(db.access().roleName));
    const QString to = staff.trimmed();
    if (!to.isEmpty() &&
        Sql(db, QStringLiteral("SELECT count(*) FROM staff WHERE name = ?")).bind(to).scalar().toInt() == 0)
        throw ValidationError({{QStringLiteral("staff"), tr("There is no staff member called %1.").arg(to)}});
    move(db, customerId, to, QStringLiteral("assign"), QString(), now, [](const CustomerNow&) {});
}

PoolRun CustomerPool::run(Database& db, const QDate& asOf, bool apply)
{
    if (apply) db.access().require(Module::Customers, Action::Edit);
    PoolRun result;
    result.asOf = asOf;
    const PoolRules all = rules(db);
    bool anyFollowUp = false;
    bool anyOrder = false;
    for (const PoolRule& r : QList<PoolRule>{all.defaults} + all.grades.values()) {
        anyFollowUp = anyFollowUp || r.noFollowUpDays > 0;
        anyOrder = anyOrder || r.noOrderDays > 0;
    }
    if (!anyFollowUp && !anyOrder) return result;
    // Each owned customer's clocks: since it was taken (or created), its last follow-up and, when a
    // rule needs it, its last order (orders_by_customer gives that in one index step).
    Sql q(db, QStringLiteral(
                  "SELECT c.id, c.name, c.owner, c.grade, CASE WHEN c.owner_since <> '' THEN c.owner_since "
                  "ELSE c.created_at END, c.last_contact_at, %1 FROM customers c "
                  "WHERE c.archived = 0 AND c.owner <> ''")
                  .arg(anyOrder ? QStringLiteral(
                                      "(SELECT max(o.order_date) FROM orders o WHERE o.customer_id = c.id "
                                      "AND o.status <> 4)")
                                : QStringLiteral("NULL")));
    q.exec();
    while (q.next()) {
        ++result.checked;
        const PoolRule& rule = all.forGrade(q.value(3).toString());
        if (rule.noFollowUpDays <= 0 && rule.noOrderDays <= 0) continue;
        const QDate since = localDay(q.value(4));
        PoolReturn r;
        if (rule.noFollowUpDays > 0) {
            const QDate contact = std::max(since, localDay(q.value(5)));
            r.returnsOn = contact.addDays(rule.noFollowUpDays);
            r.reason = tr("%n day(s) without a follow-up", "", rule.noFollowUpDays);
        }
        if (rule.noOrderDays > 0) {
            const QDate order = std::max(since, localDay(q.value(6)));
            const QDate on = order.addDays(rule.noOrderDays);
            if (!r.returnsOn.isValid() || on < r.returnsOn) {
                r.returnsOn = on;
                r.reason = tr("%n day(s) without an order", "", rule.noOrderDays);
            }
        }
        r.customerId = q.value(0).toLongLong();
        r.customer = q.value(1).toString();
        r.owner = q.value(2).toString();
        r.grade = q.value(3).toString();
        if (r.returnsOn <= asOf)
            result.returned.append(r);
        else if (rule.remindDays > 0 && asOf.daysTo(r.returnsOn) <= rule.remindDays)
            result.upcoming.append(r);
    }
    std::sort(result.upcoming.begin(), result.upcoming.end(),
              [](const PoolReturn& a, const PoolReturn& b) { return a.returnsOn < b.returnsOn; });
    if (!apply) return result;
    // A run as of an earlier day returns the customers on that day (the former owner's wait counts
    // from it); as of today, now.
    const QString now = asOf < QDate::currentDate()
                            ? utcText(QDateTime(asOf, QTime(23, 59, 59)).toUTC()).toString()
                            : Database::nowUtc();
    QList<PoolReturn> moved;
    for (qsizetype i = 0; i < result.returned.size(); i += kBatch) {
        db.write([&] {
            for (qsizetype k = i; k < std::min<qsizetype>(i + kBatch, result.returned.size()); ++k) {
                const PoolReturn& r = result.returned.at(k);
                // Only if it still has that owner: another desk may have moved it meanwhile.
                Sql update(db, QStringLiteral(
                                   "UPDATE customers SET owner = '', version = version + 1, updated_at = ?, "
                                   "updated_by = ? WHERE id = ? AND owner = ?"));
                update.bind(now).bind(db.session().user).bind(r.customerId).bind(r.owner).exec();
                if (update.rowsAffected() == 0) continue;
                recordOwnerChange(db, r.customerId, r.owner, QString(), QStringLiteral("return"), r.reason,
                                  now);
                ChangeRecorder::record(db, QStringLiteral("customer"), r.customerId, QStringLiteral("update"),
                                       {{QStringLiteral("owner"), r.owner}},
                                       {{QStringLiteral("owner"), QString()}});
                moved.append(r);
            }
        });
    }
    result.returned = moved;
    return result;
}

QList<PoolReturn> CustomerPool::upcoming(Database& db, const QDate& asOf, const QString& owner)
{
    // Without reminder days there is nothing to say, and no customer need be read.
    const PoolRules all = rules(db);
    bool reminds = all.defaults.remindDays > 0;
    for (const PoolRule& r : all.grades)
        reminds = reminds || r.remindDays > 0;
    if (!reminds)
        return {};
    QList<PoolReturn> result = run(db, asOf, false).upcoming;
    if (!owner.isEmpty()) result.removeIf([&](const PoolReturn& r) { return r.owner != owner; });
    return result;
}

QList<PoolEntry> CustomerPool::pool(Database& db, int limit)
{
    db.access().require(Module::Customers, Action::View);
    Sql q(db, QStringLiteral("SELECT id, name, grade, pool_since, previous_owner FROM customers "
                             "WHERE archived = 0 AND owner = '' ORDER BY pool_since DESC, id DESC LIMIT ?"));
    q.bind(limit).exec();
    QList<PoolEntry> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       parseUtc(q.value(3)), q.value(4).toString()});
    return result;
}

} // namespace shopcrm
