#include "ServiceRepository.h"

#include "AttachmentStore.h"
#include "ChangeRecorder.h"
#include "Database.h"
#include "RowSupport.h"
#include "ShopSettings.h"
#include "StoreError.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <map>

namespace shopcrm {

namespace {

const QString kEntity = QStringLiteral("service_request");
const QString kHoursKey = QStringLiteral("service.hours");
const QString kTargetsKey = QStringLiteral("service.targets");
const QString kTypesKey = QStringLiteral("service.types");

const QString kColumns = QStringLiteral("s.id, s.version, s.created_at, s.updated_at, s.created_by, "
                                        "s.updated_by, s.number, s.customer_id, c.name, "
                                        "s.contact_name, s.order_id, o.number, s.type, s.priority, "
                                        "s.channel, s.description, s.assignee, s.status, "
                                        "s.opened_at, s.due_at, s.resolution, s.resolved_at, s.closed_at, "
                                        "s.satisfaction, s.satisfaction_comment, "
                                        "c.owner");
const QString kJoins =
    QStringLiteral("JOIN customers c ON c.id = s.customer_id LEFT JOIN orders o ON o.id = s.order_id");

AttachmentStore files(Database& db)
{
    return AttachmentStore(db, QStringLiteral("service_attachments"), QStringLiteral("request_id"));
}

ServiceStatus statusOf(const QVariant& v)
{
    return ServiceRules::statusFromText(v.toString()).value_or(ServiceStatus::New);
}

ServicePriority priorityOf(const QVariant& v)
{
    return ServiceRules::priorityFromText(v.toString()).value_or(ServicePriority::Medium);
}

QJsonObject toJson(const ServiceRequest& r)
{
    QJsonArray names;
    for (const Attachment& a : r.attachments)
        names.append(a.fileName);
    return {{QStringLiteral("number"), r.number},
            {QStringLiteral("customer_id"), r.customerId},
            {QStringLiteral("contact"), r.contactName},
            {QStringLiteral("order_id"), r.orderId},
            {QStringLiteral("type"), r.type},
            {QStringLiteral("priority"), ServiceRules::priorityCode(r.priority)},
            {QStringLiteral("channel"), r.channel},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("assignee"), r.assignee},
            {QStringLiteral("status"), ServiceRules::statusCode(r.status)},
            {QStringLiteral("due"), utcText(r.due).toString()},
            {QStringLiteral("resolution"), r.resolution},
            {QStringLiteral("satisfaction"), r.satisfaction},
            {QStringLiteral("satisfaction_comment"), r.satisfactionComment},
            {QStringLiteral("files"), names}};
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// customer_id, contact_name, order_id, type, priority, channel, description, assignee.
Sql& bindFields(Sql& q, const ServiceRequest& r)
{
    return q.bind(r.customerId)
        .bind(r.contactName)
        .bind(idOrNull(r.orderId))
        .bind(r.type)
        .bind(ServiceRules::priorityCode(r.priority))
        .bind(r.channel)
        .bind(r.description)
        .bind(r.assignee);
}

} // namespace

bool ServiceRow::isOpen() const
{
    return status != ServiceStatus::Resolved && status != ServiceStatus::Closed &&
           status != ServiceStatus::Rejected;
}

OpeningHours ServiceRepository::openingHours() const
{
    return OpeningHours::fromJson(ShopSettings(m_db).value(kHoursKey)).value_or(OpeningHours());
}

void ServiceRepository::setOpeningHours(const OpeningHours& hours)
{
    m_db.access().require(Module::Settings, Action::Edit);
    if (const QString problem = ServiceRules::checkHours(hours); !problem.isNull())
        throw ValidationError({{QStringLiteral("hours"), problem}});
    ShopSettings(m_db).setValue(kHoursKey, hours.toJson());
}

ServiceTargets ServiceRepository::targets() const
{
    return ServiceTargets::fromJson(ShopSettings(m_db).value(kTargetsKey)).value_or(ServiceTargets());
}

void ServiceRepository::setTargets(const ServiceTargets& targets)
{
    m_db.access().require(Module::Settings, Action::Edit);
    for (const int hours : targets.hours)
        if (hours <= 0 || hours > 24 * 365)
            throw ValidationError(
                {{QStringLiteral("targets"), tr("A target is from 1 hour to a year of hours.")}});
    ShopSettings(m_db).setValue(kTargetsKey, targets.toJson());
}

QStringList ServiceRepository::typeChoices() const
{
    QStringList types = ShopSettings(m_db).value(kTypesKey).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (types.isEmpty()) types = ServiceRules::defaultTypes();
    Sql used(m_db, QStringLiteral("SELECT DISTINCT type FROM service_requests ORDER BY type LIMIT 50"));
    used.exec();
    while (used.next())
        if (!types.contains(used.value(0).toString())) types.append(used.value(0).toString());
    return types;
}

void ServiceRepository::setTypes(const QStringList& types)
{
    m_db.access().require(Module::Settings, Action::Edit);
    QStringList clean;
    for (const QString& t : types)
        if (const QString s = t.simplified(); !s.isEmpty() && !clean.contains(s)) clean.append(s);
    ShopSettings(m_db).setValue(kTypesKey, clean.join(QLatin1Char('\n')));
}

QStringList ServiceRepository::channelChoices() const
{
    QStringList channels = ServiceRules::defaultChannels();
    Sql used(m_db, QStringLiteral(
                       "SELECT DISTINCT channel FROM service_requests WHERE channel <> '' ORDER BY channel "
                       "LIMIT 50"));
    used.exec();
    while (used.next())
        if (!channels.contains(used.value(0).toString())) channels.append(used.value(0).toString());
    return channels;
}

void ServiceRepository::recordMove(qint64 id, std::optional<ServiceStatus> from, ServiceStatus to,
                                   const QString& now, const QString& note)
{
    Sql(m_db,
        QStringLiteral("INSERT INTO service_moves(request_id, from_status, to_status, at, who, desk, note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"))
        .bind(id)
        .bind(from ? QVariant(ServiceRules::statusCode(*from)) : QVariant())
        .bind(ServiceRules::statusCode(to))
        .bind(now)
        .bind(m_db.session().user)
        .bind(m_db.session().desk)
        .bind(note)
        .exec();
}

void ServiceRepository::throwConflict(qint64 id) const
{
    const auto [user, when] = lastChange(m_db, QStringLiteral("service_requests"), id);
    if (user.isNull())
        throw StoreError(StoreError::Kind::NotFound, tr("This service request was deleted by another desk."));
    throw StoreError(
        StoreError::Kind::Conflict,
        tr("%1 changed this service request at %2, after you opened it. Nothing was saved: reload "
           "to see their changes, then enter yours again.")
            .arg(user, when));
}

QString ServiceRepository::create(ServiceRequest& r)
{
    m_db.access().require(Module::FollowUps, Action::Create);
    if (r.customerId > 0) m_db.access().requireOwnCustomer(m_db, r.customerId);
    r.status = ServiceStatus::New;
    r.satisfaction = 0;
    ServiceRules::normalise(r);
    if (const QList<FieldIssue> issues = ServiceRules::check(r); !issues.isEmpty())
        throw ValidationError(issues);
    if (!r.openedAt.isValid()) r.openedAt = QDateTime::currentDateTimeUtc();
    if (!r.due.isValid()) r.due = ServiceRules::dueAt(r.openedAt, targets().of(r.priority), openingHours());
    m_db.write([&] {
        if (!Sql(m_db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"))
                 .bind(r.customerId)
                 .scalar()
                 .toInt())
            throw ValidationError(
                {{QStringLiteral("customer"), tr("There is no customer with id %1.").arg(r.customerId)}});
        if (r.orderId > 0 && Sql(m_db, QStringLiteral("SELECT customer_id FROM orders WHERE id = ?"))
                                     .bind(r.orderId)
                                     .scalar()
                                     .toLongLong() != r.customerId)
            throw ValidationError({{QStringLiteral("order"), tr("The order is not this customer's.")}});
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        r.number = DocumentNumbers::next(m_db, QStringLiteral("service"), QStringLiteral("service_requests"),
                                         r.openedAt.toLocalTime().date());
        Sql insert(m_db,
                   QStringLiteral(
                       "INSERT INTO service_requests(created_at, updated_at, created_by, updated_by, number, "
                       "customer_id, contact_name, order_id, type, priority, channel, description, assignee, "
                       "status, opened_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(now).bind(now).bind(user).bind(user).bind(r.number);
        bindFields(insert, r)
            .bind(ServiceRules::statusCode(r.status))
            .bind(utcText(r.openedAt))
            .bind(utcText(r.due))
            .exec();
        stampInsert(r.meta, insert.lastInsertId(), now, user);
        recordMove(r.meta.id, std::nullopt, r.status, now, QString());
        files(m_db).save(r.meta.id, r.attachments);
        ChangeRecorder::record(m_db, kEntity, r.meta.id, QStringLiteral("insert"), {}, toJson(r));
    });
    return r.number;
}

void ServiceRepository::update(ServiceRequest& r, bool dueSetByHand)
{
    m_db.access().require(Module::FollowUps, Action::Edit);
    ServiceRules::normalise(r);
    m_db.write([&] {
        const std::optional<ServiceRequest> before = find(r.meta.id);
        if (!before || before->meta.version != r.meta.version) throwConflict(r.meta.id);
        m_db.access().requireOwnCustomer(m_db, r.customerId);
        // The status and its times change through move() and close() only.
        r.status = before->status;
        r.satisfaction = before->satisfaction;
        r.satisfactionComment = before->satisfactionComment;
        r.openedAt = before->openedAt;
        if (!dueSetByHand && r.priority != before->priority)
            r.due = ServiceRules::dueAt(r.openedAt, targets().of(r.priority), openingHours());
        if (const QList<FieldIssue> issues = ServiceRules::check(r); !issues.isEmpty())
            throw ValidationError(issues);
        const QString now = Database::nowUtc();
        Sql update(
            m_db, QStringLiteral("UPDATE service_requests SET version = version + 1, updated_at = ?, "
                                 "updated_by = ?, customer_id = ?, contact_name = ?, order_id = ?, type = ?, "
                                 "priority = ?, channel = ?, description = ?, assignee = ?, due_at = ?, "
                                 "resolution = ? WHERE id = ? AND version = ?"));
        update.bind(now).bind(m_db.session().user);
        bindFields(update, r)
            .bind(utcText(r.due))
            .bind(r.resolution)
            .bind(r.meta.id)
            .bind(r.meta.version)
            .exec();
        if (update.rowsAffected() == 0) throwConflict(r.meta.id);
        files(m_db).save(r.meta.id, r.attachments);
        stampUpdate(r.meta, now, m_db.session().user);
        ChangeRecorder::record(m_db, kEntity, r.meta.id, QStringLiteral("update"), toJson(*before),
                               toJson(r));
    });
}

int ServiceRepository::move(qint64 id, int expectedVersion, ServiceStatus to, const QString& note)
{
    m_db.access().require(Module::FollowUps, Action::Edit);
    int version = 0;
    m_db.write([&] {
        const std::optional<ServiceRequest> before = find(id);
        if (!before || before->meta.version != expectedVersion) throwConflict(id);
        if (before->status == to) {
            version = before->meta.version;
            return;
        }
        if (!ServiceRules::canMove(before->status, to))
            throw ValidationError(
                {{QStringLiteral("status"),
                  tr("A request that is %1 cannot become %2.")
                      .arg(ServiceRules::statusName(before->status), ServiceRules::statusName(to))}});
        ServiceRequest after = *before;
        after.status = to;
        const QString text = note.trimmed();
        if (to == ServiceStatus::Resolved || to == ServiceStatus::Rejected) {
            if (!text.isEmpty()) after.resolution = text;
        }
        if (to == ServiceStatus::InProgress) after.satisfaction = 0; // reopened: rated again when closed
        if (const QList<FieldIssue> issues = ServiceRules::check(after); !issues.isEmpty())
            throw ValidationError(issues);
        const QString now = Database::nowUtc();
        const bool resolving = to == ServiceStatus::Resolved || to == ServiceStatus::Rejected;
        const bool closing = to == ServiceStatus::Closed || to == ServiceStatus::Rejected;
        const bool reopening = to == ServiceStatus::InProgress || to == ServiceStatus::AwaitingCustomer;
        Sql update(m_db, QStringLiteral("UPDATE service_requests SET version = version + 1, updated_at = ?, "
                                        "updated_by = ?, status = ?, resolution = ?, satisfaction = ?, "
                                        "resolved_at = %1, closed_at = %2 WHERE id = ? AND version = ?")
                             .arg(resolving   ? QStringLiteral("?")
                                  : reopening ? QStringLiteral("NULL")
                                              : QStringLiteral("resolved_at"),
                                  closing     ? QStringLiteral("?")
                                  : reopening ? QStringLiteral("NULL")
                                              : QStringLiteral("closed_at")));
        update.bind(now)
            .bind(m_db.session().user)
            .bind(ServiceRules::statusCode(to))
            .bind(after.resolution)
            .bind(after.satisfaction);
        if (resolving) update.bind(now);
        if (closing) update.bind(now);
        update.bind(id).bind(expectedVersion).exec();
        if (update.rowsAffected() == 0) throwConflict(id);
        recordMove(id, before->status, to, now, text);
        ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("update"), toJson(*before), toJson(after));
        version = before->meta.version + 1;
    });
    return version;
}

int ServiceRepository::close(qint64 id, int expectedVersion, int rating, const QString& comment,
                             const QString& resolution)
{
    int version = expectedVersion;
    m_db.write([&] {
        const ServiceRequest r = get(id);
        if (r.meta.version != expectedVersion) throwConflict(id);
        if (r.status != ServiceStatus::Resolved)
            version = move(id, version, ServiceStatus::Resolved, resolution);
        version = move(id, version, ServiceStatus::Closed);
        if (rating < 0 || rating > 5)
            throw ValidationError(
                {{QStringLiteral("satisfaction"), tr("Satisfaction is rated from 1 to 5.")}});
        if (rating == 0 && comment.trimmed().isEmpty()) return;
        const ServiceRequest closed = get(id);
        ServiceRequest rated = closed;
        rated.satisfaction = rating;
        rated.satisfactionComment = comment.trimmed();
        const QString now = Database::nowUtc();
        Sql(m_db, QStringLiteral(
                      "UPDATE service_requests SET version = version + 1, updated_at = ?, updated_by = ?, "
                      "satisfaction = ?, satisfaction_comment = ? WHERE id = ?"))
            .bind(now)
            .bind(m_db.session().user)
            .bind(rating)
            .bind(rated.satisfactionComment)
            .bind(id)
            .exec();
        ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("update"), toJson(closed), toJson(rated));
        ++version;
    });
    return version;
}

void ServiceRepository::remove(qint64 id, int expectedVersion)
{
    m_db.access().require(Module::FollowUps, Action::Delete);
    m_db.write([&] {
        const std::optional<ServiceRequest> before = find(id);
        if (!before)
            throw StoreError(StoreError::Kind::NotFound,
                             tr("This service request was deleted by another desk."));
        if (before->meta.version != expectedVersion) throwConflict(id);
        Sql(m_db, QStringLiteral("DELETE FROM service_requests WHERE id = ?")).bind(id).exec();
        ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("delete"), toJson(*before), {});
    });
}

std::optional<ServiceRequest> ServiceRepository::find(qint64 id) const
{
    m_db.access().require(Module::FollowUps, Action::View);
    Sql q(m_db, QStringLiteral("SELECT %1 FROM service_requests s %2 WHERE s.id = ?").arg(kColumns, kJoins));
    q.bind(id).exec();
    if (!q.next()) return std::nullopt;
    ServiceRequest r;
    int col = 0;
    r.meta = readMeta(q, col);
    r.number = q.value(col++).toString();
    r.customerId = q.value(col++).toLongLong();
    r.customerName = q.value(col++).toString();
    r.contactName = q.value(col++).toString();
    r.orderId = q.value(col++).toLongLong();
    r.orderNumber = q.value(col++).toString();
    r.type = q.value(col++).toString();
    r.priority = priorityOf(q.value(col++));
    r.channel = q.value(col++).toString();
    r.description = q.value(col++).toString();
    r.assignee = q.value(col++).toString();
    r.status = statusOf(q.value(col++));
    r.openedAt = parseUtc(q.value(col++));
    r.due = parseUtc(q.value(col++));
    r.resolution = q.value(col++).toString();
    r.resolvedAt = parseUtc(q.value(col++));
    r.closedAt = parseUtc(q.value(col++));
    r.satisfaction = q.value(col++).toInt();
    r.satisfactionComment = q.value(col++).toString();
    if (!m_db.access().owns(q.value(col++).toString())) return std::nullopt;
    r.attachments = files(m_db).list(id);
    return r;
}

ServiceRequest ServiceRepository::get(qint64 id) const
{
    std::optional<ServiceRequest> r = find(id);
    if (!r)
        throw StoreError(StoreError::Kind::NotFound, tr("There is no service request with id %1.").arg(id));
    return *r;
}

std::optional<ServiceRequest> ServiceRepository::findByNumber(const QString& number) const
{
    const qint64 id = Sql(m_db, QStringLiteral("SELECT id FROM service_requests WHERE number = ?"))
                          .bind(number.trimmed())
                          .scalar()
                          .toLongLong();
    return id > 0 ? find(id) : std::nullopt;
}

QList<ServiceMove> ServiceRepository::moves(qint64 id) const
{
    m_db.access().require(Module::FollowUps, Action::View);
    Sql q(m_db, QStringLiteral(
                    "SELECT from_status, to_status, at, who, note FROM service_moves WHERE request_id = ? "
                    "ORDER BY at, id"));
    q.bind(id).exec();
    QList<ServiceMove> result;
    while (q.next())
        result.append({statusOf(q.value(0)), statusOf(q.value(1)), q.value(0).isNull(), parseUtc(q.value(2)),
                       q.value(3).toString(), q.value(4).toString()});
    return result;
}

QByteArray ServiceRepository::attachmentData(qint64 attachmentId) const
{
    m_db.access().require(Module::FollowUps, Action::View);
    return files(m_db).data(attachmentId);
}

QString ServiceRepository::where(const ServiceFilter& f, QVariantList& values) const
{
    QStringList where{QStringLiteral("1")};
    const QString open = QStringLiteral("s.status IN ('new', 'in_progress', 'awaiting_customer')");
    switch (f.state) {
    case ServiceFilter::State::Open:
        where.append(open);
        break;
    case ServiceFilter::State::Overdue:
        where.append(open + QStringLiteral(" AND s.due_at < ?"));
        values.append(utcText(f.now.isValid() ? f.now : QDateTime::currentDateTimeUtc()));
        break;
    case ServiceFilter::State::Resolved:
        where.append(QStringLiteral("s.status = 'resolved'"));
        break;
    case ServiceFilter::State::Done:
        where.append(QStringLiteral("s.status IN ('closed', 'rejected')"));
        break;
    case ServiceFilter::State::Any:
        break;
    }
    if (f.assignee) {
        where.append(QStringLiteral("s.assignee = ?"));
        values.append(*f.assignee);
    }
    if (!f.type.isEmpty()) {
        where.append(QStringLiteral("s.type = ?"));
        values.append(f.type);
    }
    if (f.priority) {
        where.append(QStringLiteral("s.priority = ?"));
        values.append(ServiceRules::priorityCode(*f.priority));
    }
    if (f.customerId > 0) {
        where.append(QStringLiteral("s.customer_id = ?"));
        values.append(f.customerId);
    }
    if (f.orderId > 0) {
        where.append(QStringLiteral("s.order_id = ?"));
        values.append(f.orderId);
    }
    if (f.openedFrom.isValid()) {
        where.append(QStringLiteral("s.opened_at >= ?"));
        values.append(utcText(f.openedFrom.startOfDay()));
    }
    if (f.openedTo.isValid()) {
        where.append(QStringLiteral("s.opened_at < ?"));
        values.append(utcText(f.openedTo.addDays(1).startOfDay()));
    }
    if (const QString text = f.text.trimmed(); !text.isEmpty()) {
        // instr, not LIKE: what staff type is matched as typed.
        where.append(
            QStringLiteral("(instr(s.number, ?) > 0 OR instr(s.description, ?) > 0 OR s.customer_id IN "
                           "(SELECT id FROM customers WHERE instr(name, ?) > 0))"));
        values << text << text << text;
    }
    return where.join(QStringLiteral(" AND ")) + m_db.access().ownerClause(QStringLiteral("s.customer_id"));
}

qint64 ServiceRepository::count(const ServiceFilter& filter, qint64 atMost) const
{
    m_db.access().require(Module::FollowUps, Action::View);
    QVariantList values;
    const QString w = where(filter, values);
    const QString sql =
        atMost >= 0 ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM service_requests s WHERE %1 "
                                     "LIMIT %2)")
                          .arg(w)
                          .arg(atMost)
                    : QStringLiteral("SELECT count(*) FROM service_requests s WHERE %1").arg(w);
    return Sql(m_db, sql).bindAll(values).scalar().toLongLong();
}

QList<ServiceRow> ServiceRepository::page(const ServiceFilter& filter, qint64 offset, int limit) const
{
    return read(filter, nullptr, offset, limit);
}

QList<ServiceRow> ServiceRepository::pageAfter(const ServiceFilter& filter, const ServiceRow& last,
                                               int limit) const
{
    return read(filter, &last, 0, limit);
}

QList<ServiceRow> ServiceRepository::read(const ServiceFilter& filter, const ServiceRow* after, qint64 offset,
                                          int limit) const
{
    m_db.access().require(Module::FollowUps, Action::View);
    QVariantList values;
    QString w = where(filter, values);
    // Open ones by due time (every request has one), the others newest first; keyset after `after`.
    const bool byDue =
        filter.state == ServiceFilter::State::Open || filter.state == ServiceFilter::State::Overdue;
    if (after) {
        w += byDue ? QStringLiteral(" AND (s.due_at, s.id) > (?, ?)")
                   : QStringLiteral(" AND (s.opened_at, s.id) < (?, ?)");
        values << utcText(byDue ? after->due : after->openedAt) << after->id;
    }
    Sql q(m_db,
          QStringLiteral(
              "SELECT s.id, s.version, s.number, s.customer_id, c.name, s.type, s.priority, s.status, "
              "s.assignee, s.opened_at, s.due_at, o.number, s.satisfaction, s.description FROM "
              "service_requests s %1 WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
              .arg(kJoins, w,
                   byDue ? QStringLiteral("s.due_at, s.id") : QStringLiteral("s.opened_at DESC, s.id DESC")));
    q.bindAll(values).bind(limit).bind(offset).exec();
    QList<ServiceRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                     q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(),
                     priorityOf(q.value(6)), statusOf(q.value(7)), q.value(8).toString(),
                     parseUtc(q.value(9)), parseUtc(q.value(10)), q.value(11).toString(), q.value(12).toInt(),
                     q.value(13).toString()});
    return rows;
}

QList<ServiceRow> ServiceRepository::dueBy(const QDateTime& nowUtc) const
{
    ServiceFilter f;
    f.state = ServiceFilter::State::Overdue;
    // Overdue at the end of the shop's day: due today or late.
    f.now = nowUtc.toLocalTime().date().addDays(1).startOfDay().toUTC();
    return page(f, 0, 500);
}

ServiceReport ServiceRepository::report(const QDate& from, const QDate& to) const
{
    m_db.access().require(Module::FollowUps, Action::View);
    m_db.access().require(Module::Reports, Action::View);
    ServiceReport report;
    report.from = from;
    report.to = to;
    const QVariant start = utcText(from.startOfDay());
    const QVariant end = utcText(to.addDays(1).startOfDay());
    const QString own = m_db.access().ownerClause(QStringLiteral("s.customer_id"));
    // SQLite's 'localtime' follows the process's time zone, as the other reports' months do.
    Sql opened(m_db,
               QStringLiteral("SELECT strftime('%Y-%m', s.opened_at, 'localtime'), s.type, count(*) FROM "
                              "service_requests s WHERE s.opened_at >= ? AND s.opened_at < ?%1 GROUP BY 1, 2 "
                              "ORDER BY 1, 3 DESC, 2")
                   .arg(own));
    opened.bind(start).bind(end).exec();
    while (opened.next())
        report.byTypeMonth.append(
            {opened.value(0).toString(), opened.value(1).toString(), opened.value(2).toLongLong()});

    // Resolved in the period (rejected ones are not resolutions), each timed in opening hours.
    const OpeningHours hours = openingHours();
    const ServiceTargets target = targets();
    std::map<QString, ServiceReport::Resolution> months;
    QHash<QString, ServiceReport::Resolution> people;
    Sql resolved(m_db,
                 QStringLiteral("SELECT s.opened_at, s.resolved_at, s.priority, s.assignee, s.satisfaction, "
                                "strftime('%Y-%m', s.resolved_at, 'localtime') FROM service_requests s WHERE "
                                "s.resolved_at >= ? AND s.resolved_at < ? AND s.status IN ('resolved', "
                                "'closed')%1")
                     .arg(own));
    resolved.bind(start).bind(end).exec();
    while (resolved.next()) {
        const QDateTime openedAt = parseUtc(resolved.value(0));
        const QDateTime resolvedAt = parseUtc(resolved.value(1));
        const qint64 took = ServiceRules::openMinutesBetween(openedAt, resolvedAt, hours);
        const qint64 allowed = qint64(target.of(priorityOf(resolved.value(2)))) * 60;
        const int rating = resolved.value(4).toInt();
        const QString month = resolved.value(5).toString();
        const QString person = resolved.value(3).toString();
        for (auto* r : {&report.all, &months[month], &people[person]}) {
            ++r->resolved;
            r->inTime += took <= allowed ? 1 : 0;
            r->minutesSum += took;
            r->targetSumMinutes += allowed;
            if (rating > 0) {
                ++r->rated;
                r->ratingSum += rating;
            }
        }
    }
    auto finish = [](ServiceReport::Resolution& r) {
        if (r.resolved == 0) return;
        r.averageMinutes = (r.minutesSum + r.resolved / 2) / r.resolved;
        r.targetMinutes = (r.targetSumMinutes + r.resolved / 2) / r.resolved;
    };
    finish(report.all);
    for (auto& [month, r] : months) {
        r.key = month;
        finish(r);
        report.byMonth.append(r);
    }
    for (auto it = people.begin(); it != people.end(); ++it) {
        it->key = it.key();
        finish(*it);
        report.byAssignee.append(*it);
    }
    std::sort(report.byAssignee.begin(), report.byAssignee.end(), [](const auto& a, const auto& b) {
        return a.resolved != b.resolved ? a.resolved > b.resolved : a.key < b.key;
    });
    return report;
}

} // namespace shopcrm
