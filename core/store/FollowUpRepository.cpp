#include "FollowUpRepository.h"

#include "AttachmentStore.h"

#include "domain/Quote.h"
#include "domain/ServiceRequest.h"

#include <QSet>

#include "CatalogRepository.h"
#include "ChangeRecorder.h"
#include "CustomerRepository.h"
#include "CustomerSearchIndex.h"
#include "domain/Money.h"
#include "domain/Opportunity.h"
#include "domain/Order.h"
#include "RowSupport.h"
#include "ShopSettings.h"
#include "StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shopcrm {

namespace {

const QString kEntity = QStringLiteral("follow_up");
const QString kOutcomesKey = QStringLiteral("followup/outcomes");

const QString kFollowUpColumns =
    QStringLiteral("f.id, f.version, f.created_at, f.updated_at, f.created_by, f.updated_by, f.customer_id, "
                   "c.name, f.contact_name, f.at, f.method, f.subject, f.details, f.outcome, f.staff_id, "
                   "coalesce(s.name, ''), f.next_date, f.next_action, f.next_done, f.closed_by, f.order_id, "
                   "coalesce(o.number, '')");
const QString kFollowUpJoins = QStringLiteral("JOIN customers c ON c.id = f.customer_id "
                                              "LEFT JOIN staff s ON s.id = f.staff_id "
                                              "LEFT JOIN orders o ON o.id = f.order_id");

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant dayText(const QDate& day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

ContactMethod methodOf(const QVariant& code)
{
    return FollowUpRules::methodFromText(code.toString()).value_or(ContactMethod::Other);
}

QJsonObject toJson(const FollowUp& f)
{
    QJsonObject o{{QStringLiteral("customer_id"), f.customerId},
                  {QStringLiteral("contact"), f.contactName},
                  {QStringLiteral("at"), utcText(f.at).toString()},
                  {QStringLiteral("method"), FollowUpRules::methodCode(f.method)},
                  {QStringLiteral("subject"), f.subject},
                  {QStringLiteral("details"), f.details},
                  {QStringLiteral("outcome"), f.outcome},
                  {QStringLiteral("staff_id"), f.staffId},
                  {QStringLiteral("next_date"), dayText(f.nextDate).toString()},
                  {QStringLiteral("next_action"), f.nextAction},
                  {QStringLiteral("next_done"), f.nextDone},
                  {QStringLiteral("order_id"), f.orderId}};
    // The audit names the files; their contents stay out of the log.
    QJsonArray files;
    for (const Attachment& a : f.attachments)
        files.append(QJsonObject{{QStringLiteral("name"), a.fileName}, {QStringLiteral("size"), a.size}});
    if (!files.isEmpty())
        o.insert(QStringLiteral("attachments"), files);
    return o;
}

FollowUp readFollowUp(const Sql& q)
{
    FollowUp f;
    int col = 0;
    f.meta = readMeta(q, col);
    f.customerId = q.value(col++).toLongLong();
    f.customerName = q.value(col++).toString();
    f.contactName = q.value(col++).toString();
    f.at = parseUtc(q.value(col++));
    f.method = methodOf(q.value(col++));
    f.subject = q.value(col++).toString();
    f.details = q.value(col++).toString();
    f.outcome = q.value(col++).toString();
    f.staffId = q.value(col++).toLongLong();
    f.staffName = q.value(col++).toString();
    f.nextDate = QDate::fromString(q.value(col++).toString(), Qt::ISODate);
    f.nextAction = q.value(col++).toString();
    f.nextDone = q.value(col++).toBool();
    f.closedBy = q.value(col++).toLongLong();
    f.orderId = q.value(col++).toLongLong();
    f.orderNumber = q.value(col++).toString();
    return f;
}

// The WHERE clause of the follow-ups list and its values, in binding order.
QString listWhere(const FollowUpFilter& filter, QVariantList& values)
{
    QStringList where{QStringLiteral("1")};
    if (filter.customerId > 0) {
        where.append(QStringLiteral("f.customer_id = ?"));
        values.append(filter.customerId);
    }
    if (filter.staffId > 0) {
        where.append(QStringLiteral("f.staff_id = ?"));
        values.append(filter.staffId);
    }
    if (filter.method) {
        where.append(QStringLiteral("f.method = ?"));
        values.append(FollowUpRules::methodCode(*filter.method));
    }
    if (!filter.outcome.isEmpty()) {
        where.append(QStringLiteral("f.outcome = ?"));
        values.append(filter.outcome);
    }
    if (filter.from.isValid()) {
        where.append(QStringLiteral("f.at >= ?"));
        values.append(utcText(QDateTime(filter.from, QTime(0, 0), filter.zone)));
    }
    if (filter.to.isValid()) {
        where.append(QStringLiteral("f.at < ?"));
        values.append(utcText(QDateTime(filter.to.addDays(1), QTime(0, 0), filter.zone)));
    }
    return where.join(QStringLiteral(" AND "));
}

const QString kRowColumns = QStringLiteral(
    "f.id, f.at, f.customer_id, c.name, f.contact_name, f.method, f.subject, f.details, f.outcome, "
    "coalesce(s.name, ''), f.next_date, f.next_action, f.next_done, coalesce(o.number, ''), "
    "(SELECT count(*) FROM follow_up_attachments a WHERE a.follow_up_id = f.id)");

QList<FollowUpRow> readRows(Sql& q)
{
    QList<FollowUpRow> rows;
    while (q.next()) {
        FollowUpRow r;
        r.id = q.value(0).toLongLong();
        r.at = parseUtc(q.value(1));
        r.customerId = q.value(2).toLongLong();
        r.customer = q.value(3).toString();
        r.contact = q.value(4).toString();
        r.method = methodOf(q.value(5));
        r.subject = q.value(6).toString();
        r.details = q.value(7).toString();
        r.outcome = q.value(8).toString();
        r.staff = q.value(9).toString();
        r.nextDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        r.nextAction = q.value(11).toString();
        r.nextDone = q.value(12).toBool();
        r.orderNumber = q.value(13).toString();
        r.attachments = q.value(14).toInt();
        rows.append(r);
    }
    return rows;
}

QString firstLine(const QString& text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    return line.size() > 80 ? line.left(79) + QStringLiteral("…") : line;
}

} // namespace

void FollowUpRepository::validate(FollowUp& f, const QTimeZone& zone)
{
    FollowUpRules::normalise(f);
    const QList<FieldIssue> issues = FollowUpRules::check(f, f.at.isValid() ? f.at.toTimeZone(zone).date() : QDate());
    if (!issues.isEmpty())
        throw ValidationError(issues);
}

void FollowUpRepository::throwConflict(qint64 id) const
{
    const auto [user, when] = lastChange(m_db, QStringLiteral("follow_ups"), id);
    if (user.isNull())
        throw StoreError(StoreError::Kind::NotFound, tr("This follow-up was deleted by another desk."));
    throw StoreError(StoreError::Kind::Conflict,
                     tr("%1 changed this follow-up at %2, after you opened it. Nothing was saved: reload to see "
                        "their changes, then enter yours again.")
                         .arg(user, when));
}

void FollowUpRepository::createMany(QList<FollowUp>& followUps, QHash<qint64, QDate>& activity, const QTimeZone& zone)
{
    m_db.access().require(Module::FollowUps, Action::Create);
    for (FollowUp& f : followUps) {
        m_db.access().requireOwnCustomer(m_db, f.customerId);
        if (!f.attachments.isEmpty())
            throw ValidationError({{QStringLiteral("attachments"), tr("Attachments are added one follow-up at a time.")}});
        validate(f, zone);
    }
    m_db.write([&] {
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        RawRead customer(m_db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"));
        BulkInsert insert(m_db, QStringLiteral("INSERT INTO follow_ups(created_at, updated_at, created_by, updated_by, "
                                               "customer_id, contact_name, at, method, subject, details, outcome, staff_id, "
                                               "next_date, next_action, next_done, order_id) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QList<qint64> ids;
        QList<qint64> customers;
        QSet<qint64> seen;
        for (FollowUp& f : followUps) {
            customer.bind(f.customerId);
            const bool exists = customer.next();
            customer.reset();
            if (!exists)
                throw ValidationError({{QStringLiteral("customer"), tr("There is no customer with id %1.").arg(f.customerId)}});
            insert.bind(now).bind(now).bind(user).bind(user).bind(f.customerId).bind(f.contactName).bind(utcText(f.at))
                .bind(FollowUpRules::methodCode(f.method)).bind(f.subject).bind(f.details).bind(f.outcome)
                .bind(optionalId(f.staffId)).bind(dayText(f.nextDate)).bind(f.nextAction).bind(f.nextDone ? 1 : 0)
                .bind(optionalId(f.orderId)).exec();
            stampInsert(f.meta, insert.lastInsertId(), now, user);
            ids.append(f.meta.id);
            if (!seen.contains(f.customerId)) {
                seen.insert(f.customerId);
                customers.append(f.customerId);
            }
        }
        ChangeRecorder::recordCreatedMany(m_db, kEntity, ids);
        // Each customer's summary once, as refreshCustomerSummary() keeps it.
        BulkInsert summary(m_db, QStringLiteral(
            "UPDATE customers SET "
            "last_contact_at = coalesce((SELECT max(at) FROM follow_ups WHERE customer_id = ?1), ''), "
            "next_follow_up = coalesce((SELECT min(next_date) FROM follow_ups WHERE customer_id = ?1 "
            "AND next_date IS NOT NULL AND next_done = 0), '') WHERE id = ?1"));
        RawRead contacted(m_db, QStringLiteral("SELECT last_contact_at FROM customers WHERE id = ?"));
        for (const qint64 id : customers) {
            summary.bind(id).exec();
            contacted.bind(id);
            const QDateTime last = contacted.next() ? parseUtc(contacted.text(0)) : QDateTime();
            contacted.reset();
            if (last.isValid()) {
                QDate& latest = activity[id];
                latest = std::max(latest, last.toLocalTime().date());
            }
        }
        ChangeRecorder::recordChanges(m_db, QStringLiteral("customer"), customers, QStringLiteral("follow_up"));
    });
}

qint64 FollowUpRepository::create(FollowUp& f, bool closeEarlier, const QTimeZone& zone)
{
    m_db.access().require(Module::FollowUps, Action::Create);
    m_db.access().requireOwnCustomer(m_db, f.customerId);
    validate(f, zone);
    m_db.write([&] {
        if (!Sql(m_db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?")).bind(f.customerId).scalar().toInt())
            throw ValidationError({{QStringLiteral("customer"), tr("There is no customer with id %1.").arg(f.customerId)}});
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        Sql insert(m_db, QStringLiteral("INSERT INTO follow_ups(created_at, updated_at, created_by, updated_by, "
                                        "customer_id, contact_name, at, method, subject, details, outcome, staff_id, "
                                        "next_date, next_action, next_done, order_id) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(now).bind(now).bind(user).bind(user).bind(f.customerId).bind(f.contactName).bind(utcText(f.at))
            .bind(FollowUpRules::methodCode(f.method)).bind(f.subject).bind(f.details).bind(f.outcome)
            .bind(optionalId(f.staffId)).bind(dayText(f.nextDate)).bind(f.nextAction).bind(f.nextDone ? 1 : 0)
            .bind(optionalId(f.orderId)).exec();
        stampInsert(f.meta, insert.lastInsertId(), now, user);
        saveAttachments(f);
        if (closeEarlier)
            closeEarlierPlans(f);
        ChangeRecorder::record(m_db, kEntity, f.meta.id, QStringLiteral("insert"), {}, toJson(f));
        refreshCustomerSummary(f.customerId);
    });
    return f.meta.id;
}

void FollowUpRepository::closeEarlierPlans(const FollowUp& f)
{
    // Talking to the customer again settles what was planned before this contact.
    Sql close(m_db, QStringLiteral("UPDATE follow_ups SET next_done = 1, closed_by = ?, version = version + 1, "
                                   "updated_at = ?, updated_by = ? WHERE customer_id = ? AND id <> ? AND at <= ? "
                                   "AND next_date IS NOT NULL AND next_done = 0 RETURNING id"));
    close.bind(f.meta.id).bind(Database::nowUtc()).bind(m_db.session().user).bind(f.customerId).bind(f.meta.id)
        .bind(utcText(f.at)).exec();
    recordPlansSettled(close, true, f.meta.id);
}

void FollowUpRepository::saveAttachments(FollowUp& f)
{
    AttachmentStore(m_db, QStringLiteral("follow_up_attachments"), QStringLiteral("follow_up_id"))
        .save(f.meta.id, f.attachments);
}

void FollowUpRepository::update(FollowUp& f, const QTimeZone& zone)
{
    m_db.access().require(Module::FollowUps, Action::Edit);
    validate(f, zone);
    m_db.write([&] {
        const std::optional<FollowUp> before = find(f.meta.id);
        if (!before)
            throwConflict(f.meta.id);
        const QString now = Database::nowUtc();
        Sql update(m_db, QStringLiteral(
                             "UPDATE follow_ups SET version = version + 1, updated_at = ?, updated_by = ?, "
                             "customer_id = ?, contact_name = ?, at = ?, method = ?, subject = ?, "
                             "details = ?, outcome = ?, staff_id = ?, next_date = ?, next_action = ?, "
                             "next_done = ?, closed_by = CASE WHEN ? <> 0 THEN closed_by END, order_id = ? "
                             "WHERE id = ? AND version = ?"));
        update.bind(now).bind(m_db.session().user).bind(f.customerId).bind(f.contactName).bind(utcText(f.at))
            .bind(FollowUpRules::methodCode(f.method)).bind(f.subject).bind(f.details).bind(f.outcome)
            .bind(optionalId(f.staffId)).bind(dayText(f.nextDate)).bind(f.nextAction).bind(f.nextDone ? 1 : 0)
            .bind(f.nextDone ? 1 : 0).bind(optionalId(f.orderId)).bind(f.meta.id).bind(f.meta.version).exec();
        if (update.rowsAffected() == 0)
            throwConflict(f.meta.id);
        stampUpdate(f.meta, now, m_db.session().user);
        saveAttachments(f);
        ChangeRecorder::record(m_db, kEntity, f.meta.id, QStringLiteral("update"), toJson(*before), toJson(f));
        refreshCustomerSummary(f.customerId);
        if (before->customerId != f.customerId)
            refreshCustomerSummary(before->customerId);
    });
}

void FollowUpRepository::remove(qint64 id, int expectedVersion)
{
    m_db.access().require(Module::FollowUps, Action::Delete);
    m_db.write([&] {
        const std::optional<FollowUp> before = find(id);
        if (!before)
            throw StoreError(StoreError::Kind::NotFound, tr("This follow-up was deleted by another desk."));
        if (before->meta.version != expectedVersion)
            throwConflict(id);
        // What this follow-up had settled is open again.
        Sql reopen(m_db, QStringLiteral("UPDATE follow_ups SET next_done = 0, closed_by = NULL, version = version + 1, "
                                        "updated_at = ?, updated_by = ? WHERE closed_by = ? RETURNING id"));
        reopen.bind(Database::nowUtc()).bind(m_db.session().user).bind(id).exec();
        recordPlansSettled(reopen, false, 0);
        Sql(m_db, QStringLiteral("DELETE FROM follow_up_attachments WHERE follow_up_id = ?")).bind(id).exec();
        Sql(m_db, QStringLiteral("DELETE FROM follow_ups WHERE id = ?")).bind(id).exec();
        ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("delete"), toJson(*before), {});
        refreshCustomerSummary(before->customerId);
    });
}

FollowUp FollowUpRepository::withPlan(qint64 id) const
{
    const std::optional<FollowUp> f = find(id);
    if (!f)
        throw StoreError(StoreError::Kind::NotFound, tr("This follow-up was deleted by another desk."));
    if (!f->nextDate.isValid())
        throw StoreError(StoreError::Kind::Validation, tr("This follow-up has no next contact planned."));
    return *f;
}

void FollowUpRepository::setPlanDone(qint64 id, bool done)
{
    m_db.access().require(Module::FollowUps, Action::Edit);
    m_db.write([&] {
        const FollowUp before = withPlan(id);
        Sql(m_db, QStringLiteral("UPDATE follow_ups SET next_done = ?, closed_by = NULL, version = version + 1, "
                                 "updated_at = ?, updated_by = ? WHERE id = ?"))
            .bind(done ? 1 : 0).bind(Database::nowUtc()).bind(m_db.session().user).bind(id).exec();
        ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("update"),
                               {{QStringLiteral("next_done"), before.nextDone}}, {{QStringLiteral("next_done"), done}});
        refreshCustomerSummary(before.customerId);
    });
}

void FollowUpRepository::movePlan(qint64 id, const QDate& day)
{
    m_db.access().require(Module::FollowUps, Action::Edit);
    if (!day.isValid())
        throw StoreError(StoreError::Kind::Validation, tr("Choose the day to move the next contact to."));
    m_db.write([&] {
        const FollowUp before = withPlan(id);
        Sql(m_db, QStringLiteral("UPDATE follow_ups SET next_date = ?, next_done = 0, closed_by = NULL, "
                                 "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?"))
            .bind(dayText(day)).bind(Database::nowUtc()).bind(m_db.session().user).bind(id).exec();
        ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("update"),
                               {{QStringLiteral("next_date"), dayText(before.nextDate).toString()}},
                               {{QStringLiteral("next_date"), dayText(day).toString()}});
        refreshCustomerSummary(before.customerId);
    });
}

void FollowUpRepository::recordPlansSettled(Sql& changed, bool settled, qint64 by)
{
    QList<qint64> ids;
    while (changed.next())
        ids.append(changed.value(0).toLongLong());
    QJsonObject after{{QStringLiteral("next_done"), settled}};
    if (by > 0)
        after.insert(QStringLiteral("closed_by"), by);
    for (const qint64 id : ids)
        ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("update"), {{QStringLiteral("next_done"), !settled}},
                               after);
}

void FollowUpRepository::refreshCustomerSummary(qint64 customerId)
{
    // Derived columns: the customer's version is left alone, so an open customer form does not
    // conflict with a follow-up saved meanwhile.
    Sql(m_db, QStringLiteral(
                  "UPDATE customers SET "
                  "last_contact_at = coalesce((SELECT max(at) FROM follow_ups WHERE customer_id = ?), ''), "
                  "next_follow_up = coalesce((SELECT min(next_date) FROM follow_ups WHERE customer_id = ? "
                  "AND next_date IS NOT NULL AND next_done = 0), '') WHERE id = ?"))
        .bind(customerId)
        .bind(customerId)
        .bind(customerId)
        .exec();
    const QDateTime last =
        parseUtc(Sql(m_db, QStringLiteral("SELECT last_contact_at FROM customers WHERE id = ?"))
                     .bind(customerId)
                     .scalar()
                     .toString());
    if (last.isValid()) CustomerSearchIndex(m_db).touch(customerId, last.toLocalTime().date());
    ChangeRecorder::recordChange(m_db, QStringLiteral("customer"), customerId, QStringLiteral("follow_up"));
}

std::optional<FollowUp> FollowUpRepository::find(qint64 id) const
{
    m_db.access().require(Module::FollowUps, Action::View);
    Sql q(m_db, QStringLiteral("SELECT %1 FROM follow_ups f %2 WHERE f.id = ?").arg(kFollowUpColumns, kFollowUpJoins));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    FollowUp f = readFollowUp(q);
    m_db.access().requireOwnCustomer(m_db, f.customerId);
    f.attachments =
        AttachmentStore(m_db, QStringLiteral("follow_up_attachments"), QStringLiteral("follow_up_id"))
            .list(id);
    return f;
}

FollowUp FollowUpRepository::get(qint64 id) const
{
    std::optional<FollowUp> f = find(id);
    if (!f)
        throw StoreError(StoreError::Kind::NotFound, tr("There is no follow-up with id %1.").arg(id));
    return *f;
}

QByteArray FollowUpRepository::attachmentData(qint64 attachmentId) const
{
    m_db.access().require(Module::FollowUps, Action::View);
    return AttachmentStore(m_db, QStringLiteral("follow_up_attachments"), QStringLiteral("follow_up_id"))
        .data(attachmentId);
}

FollowUp FollowUpRepository::prefilled(qint64 customerId, const QDateTime& at) const
{
    FollowUp f;
    f.customerId = customerId;
    f.at = at.toUTC();
    if (const std::optional<Customer> c = CustomerRepository(m_db).find(customerId)) {
        f.customerName = c->name;
        if (const Contact* primary = c->primaryContact())
            f.contactName = primary->name;
    }
    if (const std::optional<StaffMember> me = CatalogRepository(m_db).staffNamed(m_db.session().user);
        me && me->active) {
        f.staffId = me->meta.id;
        f.staffName = me->name;
    }
    return f;
}

qint64 FollowUpRepository::count(const FollowUpFilter& filter, qint64 atMost) const
{
    QVariantList values;
    m_db.access().require(Module::FollowUps, Action::View);
    const QString where = listWhere(filter, values) + m_db.access().ownerClause(QStringLiteral("f.customer_id"));
    if (atMost >= 0) {
        // A count that stops early: whether a list is long, without walking all of it.
        Sql q(
            m_db,
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM follow_ups f WHERE %1 LIMIT ?)").arg(where));
        return q.bindAll(values).bind(atMost).scalar().toLongLong();
    }
    Sql q(m_db, QStringLiteral("SELECT count(*) FROM follow_ups f WHERE %1").arg(where));
    return q.bindAll(values).scalar().toLongLong();
}

QList<FollowUpRow> FollowUpRepository::page(const FollowUpFilter& filter, qint64 offset, int limit) const
{
    QVariantList values;
    m_db.access().require(Module::FollowUps, Action::View);
    const QString where = listWhere(filter, values) + m_db.access().ownerClause(QStringLiteral("f.customer_id"));
    Sql q(m_db, QStringLiteral("SELECT %1 FROM follow_ups f %2 WHERE %3 ORDER BY f.at DESC, f.id DESC LIMIT ? OFFSET ?")
                    .arg(kRowColumns, kFollowUpJoins, where));
    q.bindAll(values).bind(limit).bind(offset).exec();
    return readRows(q);
}

QList<FollowUpRow> FollowUpRepository::pageAfter(const FollowUpFilter& filter, const FollowUpRow& last, int limit) const
{
    QVariantList values;
    m_db.access().require(Module::FollowUps, Action::View);
    const QString where = listWhere(filter, values) + m_db.access().ownerClause(QStringLiteral("f.customer_id"));
    Sql q(m_db, QStringLiteral("SELECT %1 FROM follow_ups f %2 WHERE %3 AND (f.at, f.id) < (?, ?) "
                               "ORDER BY f.at DESC, f.id DESC LIMIT ?")
                    .arg(kRowColumns, kFollowUpJoins, where));
    q.bindAll(values).bind(utcText(last.at)).bind(last.id).bind(limit).exec();
    return readRows(q);
}

QList<QDate> FollowUpRepository::openPlans(qint64 customerId, const QDateTime& at, qint64 exceptId) const
{
    Sql q(m_db, QStringLiteral("SELECT next_date FROM follow_ups WHERE customer_id = ? AND id <> ? AND at <= ? "
                               "AND next_date IS NOT NULL AND next_done = 0 ORDER BY next_date"));
    q.bind(customerId).bind(exceptId).bind(utcText(at)).exec();
    QList<QDate> days;
    while (q.next())
        days.append(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    return days;
}

QStringList FollowUpRepository::outcomesInUse() const
{
    Sql q(m_db, QStringLiteral("SELECT DISTINCT outcome FROM follow_ups WHERE outcome <> '' ORDER BY outcome"));
    q.exec();
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

QStringList FollowUpRepository::outcomeChoices() const
{
    const QString stored = ShopSettings(m_db).value(kOutcomesKey);
    if (stored.isEmpty())
        return FollowUpRules::defaultOutcomes();
    QStringList list;
    for (const QJsonValue& v : QJsonDocument::fromJson(stored.toUtf8()).array())
        if (!v.toString().trimmed().isEmpty())
            list.append(v.toString().trimmed());
    return list.isEmpty() ? FollowUpRules::defaultOutcomes() : list;
}

void FollowUpRepository::setOutcomeChoices(const QStringList& outcomes)
{
    m_db.access().require(Module::Settings, Action::Edit);
    QJsonArray list;
    for (const QString& o : outcomes)
        if (!o.simplified().isEmpty() && !list.contains(o.simplified()))
            list.append(o.simplified());
    ShopSettings(m_db).setValue(kOutcomesKey,
                                list.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
}

QList<TimelineEvent> FollowUpRepository::timeline(qint64 customerId, const TimelineFilter& filter) const
{
    using Kind = TimelineEvent::Kind;
    m_db.access().requireOwnCustomer(m_db, customerId);
    const Access& access = m_db.access();
    // Each kind of event shows to the roles that see its module; amounts only with money.
    auto wanted = [&](Kind k) {
        const bool allowed = k == Kind::FollowUp || k == Kind::Service || k == Kind::Message
                                 ? access.can(Module::FollowUps, Action::View)
                             : k == Kind::Opportunity || k == Kind::Quote
                                 ? access.can(Module::Sales, Action::View)
                                 : access.can(Module::Orders, Action::View);
        return allowed && (filter.kinds.isEmpty() || filter.kinds.contains(k));
    };
    const bool money = access.seesMoney(Module::Orders);
    QList<TimelineEvent> events;
    // Every event query starts with the record's id, its time and who.
    auto start = [](Kind kind, const Sql& q) {
        TimelineEvent e;
        e.kind = kind;
        e.refId = q.value(0).toLongLong();
        e.at = parseUtc(q.value(1));
        e.who = q.value(2).toString();
        return e;
    };
    const QString staffOrders =
        filter.staffId > 0 ? QStringLiteral(" AND o.id IN (SELECT order_id FROM order_staff WHERE staff_id = %1)")
                                 .arg(filter.staffId)
                           : QString();

    if (wanted(Kind::FollowUp)) {
        Sql q(m_db, QStringLiteral("SELECT f.id, f.at, coalesce(s.name, f.created_by), f.method, f.subject, f.details, "
                                   "f.outcome, f.next_date, f.next_action, f.next_done, f.contact_name, "
                                   "(SELECT count(*) FROM follow_up_attachments a WHERE a.follow_up_id = f.id) "
                                   "FROM follow_ups f LEFT JOIN staff s ON s.id = f.staff_id "
                                   "WHERE f.customer_id = ?%1")
                        .arg(filter.staffId > 0 ? QStringLiteral(" AND f.staff_id = %1").arg(filter.staffId) : QString()));
        q.bind(customerId).exec();
        while (q.next()) {
            TimelineEvent e = start(Kind::FollowUp, q);
            const QString method = FollowUpRules::methodName(methodOf(q.value(3)));
            const QString subject = q.value(4).toString();
            const QString text = subject.isEmpty() ? firstLine(q.value(5).toString()) : subject;
            const QString contact = q.value(10).toString();
            e.summary = contact.isEmpty() ? tr("%1: %2").arg(method, text) : tr("%1 with %2: %3").arg(method, contact, text);
            QStringList detail;
            if (!q.value(6).toString().isEmpty())
                detail.append(tr("Outcome: %1").arg(q.value(6).toString()));
            const QDate next = QDate::fromString(q.value(7).toString(), Qt::ISODate);
            if (next.isValid()) {
                const QString action = q.value(8).toString();
                const QString when = next.toString(Qt::ISODate);
                const QString plan = action.isEmpty() ? tr("next contact %1").arg(when)
                                                      : tr("next contact %1: %2").arg(when, action);
                detail.append(q.value(9).toBool() ? tr("%1 (done)").arg(plan) : plan);
            }
            if (const int files = q.value(11).toInt())
                detail.append(tr("%n attachment(s)", "", files));
            e.detail = detail.join(QStringLiteral(" · "));
            events.append(e);
        }
    }
    if (wanted(Kind::OrderCreated) || wanted(Kind::OrderStatus)) {
        Sql q(m_db, QStringLiteral("SELECT o.id, h.at, h.who, h.from_status, h.to_status, h.reason, o.number, o.title, "
                                   "o.total FROM orders o JOIN order_status_history h ON h.order_id = o.id "
                                   "WHERE o.customer_id = ?%1")
                        .arg(staffOrders));
        q.bind(customerId).exec();
        while (q.next()) {
            const bool created = q.value(3).isNull();
            if (!wanted(created ? Kind::OrderCreated : Kind::OrderStatus))
                continue;
            TimelineEvent e = start(created ? Kind::OrderCreated : Kind::OrderStatus, q);
            const QString number = q.value(6).toString();
            const auto status = static_cast<OrderStatus>(q.value(4).toInt());
            if (created) {
                const QString title = q.value(7).toString();
                e.summary = title.isEmpty() ? tr("Order %1 taken").arg(number) : tr("Order %1 taken: %2").arg(number, title);
                e.detail = money ? tr("Total %1").arg(Money::fromFen(q.value(8).toLongLong()).toString()) : title;
            } else {
                e.summary = tr("Order %1: %2").arg(number, OrderRules::statusName(status));
                // The reason when there is one (cancelled, reopened), otherwise what the order is.
                e.detail = q.value(5).toString().isEmpty() ? q.value(7).toString() : q.value(5).toString();
            }
            events.append(e);
        }
    }
    if (wanted(Kind::Delivery)) {
        Sql q(m_db, QStringLiteral("SELECT d.id, d.delivered_at, d.created_by, d.number, d.total, "
                                   "(SELECT group_concat(DISTINCT o.number) FROM delivery_lines l JOIN orders o "
                                   "ON o.id = l.order_id WHERE l.slip_id = d.id) FROM delivery_slips d "
                                   "WHERE d.customer_id = ?%1")
                        .arg(filter.staffId > 0
                                 ? QStringLiteral(" AND EXISTS (SELECT 1 FROM delivery_lines l JOIN order_staff os ON "
                                                  "os.order_id = l.order_id WHERE l.slip_id = d.id AND os.staff_id = %1)")
                                       .arg(filter.staffId)
                                 : QString()));
        q.bind(customerId).exec();
        while (q.next()) {
            TimelineEvent e = start(Kind::Delivery, q);
            e.summary = tr("Delivered on slip %1").arg(q.value(3).toString());
            const QString orders = q.value(5).toString().replace(QLatin1Char(','), QStringLiteral(", "));
            e.detail = money ? tr("%1 · orders %2").arg(Money::fromFen(q.value(4).toLongLong()).toString(), orders)
                             : tr("orders %1").arg(orders);
            events.append(e);
        }
    }
    if (wanted(Kind::Opportunity)) {
        // Each opportunity when it was opened, and each move between stages after.
        Sql q(m_db, QStringLiteral(
                        "SELECT o.id, m.at, m.who, m.from_stage IS NULL, o.title, f.code, f.name, t.code, "
                        "t.name, t.kind, o.amount, o.lost_reason, o.expected_close FROM opportunities o "
                        "JOIN opportunity_moves m ON m.opportunity_id = o.id LEFT JOIN opportunity_stages f "
                        "ON f.id = m.from_stage JOIN opportunity_stages t ON t.id = m.to_stage "
                        "WHERE o.customer_id = ?%1")
                        .arg(filter.staffId > 0
                                 ? QStringLiteral(" AND o.owner = (SELECT name FROM staff WHERE id = %1)")
                                       .arg(filter.staffId)
                                 : QString()));
        q.bind(customerId).exec();
        const bool salesMoney = access.can(Module::Sales, Action::Money);
        auto stage = [&](int code, int name) {
            OpportunityStage s;
            s.code = q.value(code).toString();
            s.name = q.value(name).toString();
            return s.displayName();
        };
        while (q.next()) {
            TimelineEvent e = start(Kind::Opportunity, q);
            const QString title = q.value(4).toString();
            if (q.value(3).toBool()) {
                e.summary = tr("Opportunity: %1 (%2)").arg(title, stage(7, 8));
                QStringList detail;
                if (salesMoney) detail.append(Money::fromFen(q.value(10).toLongLong()).toString());
                if (!q.value(12).toString().isEmpty())
                    detail.append(tr("expected %1").arg(q.value(12).toString()));
                e.detail = detail.join(QStringLiteral(" · "));
            } else {
                e.summary = tr("Opportunity %1: %2 → %3").arg(title, stage(5, 6), stage(7, 8));
                if (q.value(9).toString() == QLatin1String("lost")) e.detail = q.value(11).toString();
            }
            events.append(e);
        }
    }
    // Quotes have no staff member of their own: they show when no one is picked.
    if (wanted(Kind::Quote) && filter.staffId == 0) {
        // Each revision when it was written, and the customer's answer to the latest.
        Sql q(m_db, QStringLiteral(
                        "SELECT id, created_at, created_by, number, revision, title, total, valid_until, "
                        "status, status_at, decline_reason, latest FROM quotes WHERE customer_id = ?"));
        q.bind(customerId).exec();
        const bool salesMoney = access.can(Module::Sales, Action::Money);
        while (q.next()) {
            TimelineEvent e = start(Kind::Quote, q);
            const QString number = QuoteRules::displayNumber(q.value(3).toString(), q.value(4).toInt());
            e.summary = tr("Quote %1: %2").arg(number, q.value(5).toString());
            QStringList detail;
            if (salesMoney) detail.append(Money::fromFen(q.value(6).toLongLong()).toString());
            if (!q.value(7).toString().isEmpty())
                detail.append(tr("valid until %1").arg(q.value(7).toString()));
            e.detail = detail.join(QStringLiteral(" · "));
            events.append(e);
            const std::optional<QuoteStatus> status = QuoteRules::statusFromCode(q.value(8).toString());
            if (status && *status != QuoteStatus::Open && q.value(11).toBool()) {
                TimelineEvent answer = e;
                answer.at = parseUtc(q.value(9));
                answer.summary = tr("Quote %1 %2").arg(number, QuoteRules::statusName(*status));
                answer.detail = q.value(10).toString();
                events.append(answer);
            }
        }
    }
    // Service requests have an assignee by name, not a staff member: they show when no one is picked.
    if (wanted(Kind::Service) && filter.staffId == 0) {
        // Each request when it was opened, and each step of its progress; newest first, so steps
        // written in the same millisecond keep their order through the sort by time below.
        Sql q(m_db, QStringLiteral(
                        "SELECT s.id, m.at, m.who, s.number, s.type, m.from_status, m.to_status, m.note, "
                        "s.description, s.satisfaction FROM service_moves m JOIN service_requests s ON "
                        "s.id = m.request_id WHERE s.customer_id = ? ORDER BY m.id DESC"));
        q.bind(customerId).exec();
        while (q.next()) {
            TimelineEvent e = start(Kind::Service, q);
            const QString number = q.value(3).toString();
            const ServiceStatus to =
                ServiceRules::statusFromText(q.value(6).toString()).value_or(ServiceStatus::New);
            if (q.value(5).isNull()) {
                e.summary = tr("Service request %1: %2").arg(number, q.value(4).toString());
                e.detail = q.value(8).toString();
            } else {
                e.summary = tr("Service request %1 %2").arg(number, ServiceRules::statusName(to));
                e.detail = q.value(7).toString();
                if (to == ServiceStatus::Closed && q.value(9).toInt() > 0)
                    e.detail = tr("rated %1/5").arg(q.value(9).toInt());
            }
            events.append(e);
        }
    }
    // Messages are the shop's, not a staff member's: they show when no one is picked.
    if (wanted(Kind::Message) && filter.staffId == 0) {
        Sql q(m_db, QStringLiteral(
                        "SELECT id, coalesce(sent_at, updated_at), updated_by, status, subject, address, "
                        "error, batch, channel, body FROM messages WHERE customer_id = ? ORDER BY id DESC"));
        q.bind(customerId).exec();
        while (q.next()) {
            TimelineEvent e = start(Kind::Message, q);
            const QString status = q.value(3).toString();
            if (q.value(8).toString() == QLatin1String("sms")) {
                const QString text = q.value(9).toString().simplified();
                e.summary = status == QLatin1String("sent") ? tr("Text message sent: %1").arg(text)
                            : status == QLatin1String("failed")
                                ? tr("Text message not sent: %1").arg(text)
                                : tr("Text message waiting to go: %1").arg(text);
            } else {
                e.summary = status == QLatin1String("sent") ? tr("E-mail sent: %1").arg(q.value(4).toString())
                            : status == QLatin1String("failed")
                                ? tr("E-mail not sent: %1").arg(q.value(4).toString())
                                : tr("E-mail waiting to go: %1").arg(q.value(4).toString());
            }
            e.detail = status == QLatin1String("failed")
                           ? q.value(6).toString()
                           : tr("to %1 (%2)").arg(q.value(5).toString(), q.value(7).toString());
            events.append(e);
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
        if (a.at != b.at)
            return a.at > b.at;
        return a.refId > b.refId;
    });
    return events;
}

} // namespace shopcrm
