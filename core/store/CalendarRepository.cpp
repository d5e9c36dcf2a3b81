#include "CalendarRepository.h"

#include "ChangeRecorder.h"
#include "Database.h"
#include "FollowUpRepository.h"
#include "OrderRepository.h"
#include "RowSupport.h"
#include "ServiceRepository.h"
#include "StoreError.h"
#include "TaskRepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace shopcrm {

namespace {

const QString kEntity = QStringLiteral("appointment");

// The longest appointment (two weeks, as the rules allow): an overlap search looks back this far
// from its window's start, so the index on the start time bounds it.
constexpr qint64 kLookBackSecs = 14 * 24 * 3600;

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QJsonObject toJson(const Appointment& a)
{
    return {{QStringLiteral("title"), a.title},
            {QStringLiteral("kind"), CalendarRules::appointmentKindCode(a.kind)},
            {QStringLiteral("start"), utcText(a.start).toString()},
            {QStringLiteral("end"), utcText(a.end).toString()},
            {QStringLiteral("place"), a.place},
            {QStringLiteral("people"), QJsonArray::fromStringList(a.people)},
            {QStringLiteral("customer_id"), a.customerId},
            {QStringLiteral("order_id"), a.orderId},
            {QStringLiteral("service_id"), a.serviceId},
            {QStringLiteral("notes"), a.notes}};
}

QString ownOrNone(const Database& db, const QString& column)
{
    const QString own = db.access().ownerClause(column);
    return own.isEmpty() ? QString() : QStringLiteral(" AND (%1 IS NULL OR %2)").arg(column, own.mid(5));
}

QStringList peopleOf(const QVariant& joined)
{
    QStringList people = joined.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    people.sort();
    return people;
}

} // namespace

void CalendarRepository::checkLinks(Database& db, qint64& customerId, qint64 orderId, qint64 opportunityId,
                                    qint64 serviceId)
{
    struct Link
    {
        qint64 id;
        const char* table;
        const char* field;
    };
    const Link links[] = {{orderId, "orders", "order"},
                          {opportunityId, "opportunities", "opportunity"},
                          {serviceId, "service_requests", "service"}};
    for (const Link& link : links) {
        if (link.id <= 0) continue;
        Sql q(db, QStringLiteral("SELECT customer_id FROM %1 WHERE id = ?").arg(QLatin1String(link.table)));
        q.bind(link.id).exec();
        if (!q.next())
            throw ValidationError({{QString::fromLatin1(link.field), tr("It was deleted by another desk.")}});
        const qint64 owner = q.value(0).toLongLong();
        if (customerId <= 0) customerId = owner;
        if (owner != customerId)
            throw ValidationError({{QString::fromLatin1(link.field), tr("It is not this customer's.")}});
    }
    if (customerId > 0) {
        if (!Sql(db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"))
                 .bind(customerId)
                 .scalar()
                 .toInt())
            throw ValidationError(
                {{QStringLiteral("customer"), tr("There is no customer with id %1.").arg(customerId)}});
        db.access().requireOwnCustomer(db, customerId);
    }
}

void CalendarRepository::savePeople(const Appointment& a)
{
    Sql(m_db, QStringLiteral("DELETE FROM appointment_people WHERE appointment_id = ?"))
        .bind(a.meta.id)
        .exec();
    for (const QString& person : a.people)
        Sql(m_db, QStringLiteral("INSERT INTO appointment_people(appointment_id, staff) VALUES (?, ?)"))
            .bind(a.meta.id)
            .bind(person)
            .exec();
}

qint64 CalendarRepository::create(Appointment& a)
{
    m_db.access().require(Module::FollowUps, Action::Create);
    CalendarRules::normalise(a);
    if (const QList<FieldIssue> issues = CalendarRules::check(a); !issues.isEmpty())
        throw ValidationError(issues);
    m_db.write([&] {
        checkLinks(m_db, a.customerId, a.orderId, 0, a.serviceId);
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        Sql insert(m_db,
                   QStringLiteral("INSERT INTO appointments(created_at, updated_at, created_by, updated_by, "
                                  "title, kind, starts_at, ends_at, place, customer_id, order_id, "
                                  "service_id, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(now)
            .bind(now)
            .bind(user)
            .bind(user)
            .bind(a.title)
            .bind(CalendarRules::appointmentKindCode(a.kind))
            .bind(utcText(a.start))
            .bind(utcText(a.end))
            .bind(a.place)
            .bind(idOrNull(a.customerId))
            .bind(idOrNull(a.orderId))
            .bind(idOrNull(a.serviceId))
            .bind(a.notes)
            .exec();
        stampInsert(a.meta, insert.lastInsertId(), now, user);
        savePeople(a);
        ChangeRecorder::record(m_db, kEntity, a.meta.id, QStringLiteral("insert"), {}, toJson(a));
    });
    return a.meta.id;
}

void CalendarRepository::update(Appointment& a)
{
    m_db.access().require(Module::FollowUps, Action::Edit);
    CalendarRules::normalise(a);
    if (const QList<FieldIssue> issues = CalendarRules::check(a); !issues.isEmpty())
        throw ValidationError(issues);
    m_db.write([&] {
        const std::optional<Appointment> before = find(a.meta.id);
        if (!before || before->meta.version != a.meta.version) throwConflict(a.meta.id);
        checkLinks(m_db, a.customerId, a.orderId, 0, a.serviceId);
        const QString now = Database::nowUtc();
        Sql update(m_db, QStringLiteral("UPDATE appointments SET version = version + 1, updated_at = ?, "
                                        "updated_by = ?, title = ?, kind = ?, starts_at = ?, ends_at = ?, "
                                        "place = ?, customer_id = ?, order_id = ?, service_id = ?, notes = ? "
                                        "WHERE id = ? AND version = ?"));
        update.bind(now)
            .bind(m_db.session().user)
            .bind(a.title)
            .bind(CalendarRules::appointmentKindCode(a.kind))
            .bind(utcText(a.start))
            .bind(utcText(a.end))
            .bind(a.place)
            .bind(idOrNull(a.customerId))
            .bind(idOrNull(a.orderId))
            .bind(idOrNull(a.serviceId))
            .bind(a.notes)
            .bind(a.meta.id)
            .bind(a.meta.version)
            .exec();
        if (update.rowsAffected() == 0) throwConflict(a.meta.id);
        savePeople(a);
        stampUpdate(a.meta, now, m_db.session().user);
        ChangeRecorder::record(m_db, kEntity, a.meta.id, QStringLiteral("update"), toJson(*before),
                               toJson(a));
    });
}

void CalendarRepository::remove(qint64 id, int expectedVersion)
{
    m_db.access().require(Module::FollowUps, Action::Delete);
    m_db.write([&] {
        const std::optional<Appointment> before = find(id);
        if (!before)
            throw StoreError(StoreError::Kind::NotFound, tr("This appointment was deleted by another desk."));
        if (before->meta.version != expectedVersion) throwConflict(id);
        Sql(m_db, QStringLiteral("DELETE FROM appointments WHERE id = ?")).bind(id).exec();
        ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("delete"), toJson(*before), {});
    });
}

std::optional<Appointment> CalendarRepository::find(qint64 id) const
{
    m_db.access().require(Module::FollowUps, Action::View);
    Sql q(m_db,
          QStringLiteral("SELECT a.id, a.version, a.created_at, a.updated_at, a.created_by, a.updated_by, "
                         "a.title, a.kind, a.starts_at, a.ends_at, a.place, a.customer_id, c.name, "
                         "a.order_id, o.number, a.service_id, s.number, a.notes, "
                         "(SELECT group_concat(staff, char(10)) FROM appointment_people p "
                         "WHERE p.appointment_id = a.id) "
                         "FROM appointments a LEFT JOIN customers c ON c.id = a.customer_id "
                         "LEFT JOIN orders o ON o.id = a.order_id "
                         "LEFT JOIN service_requests s ON s.id = a.service_id WHERE a.id = ?") +
              ownOrNone(m_db, QStringLiteral("a.customer_id")));
    q.bind(id).exec();
    if (!q.next()) return std::nullopt;
    Appointment a;
    int col = 0;
    a.meta = readMeta(q, col);
    a.title = q.value(col++).toString();
    a.kind =
        CalendarRules::appointmentKindFromText(q.value(col++).toString()).value_or(AppointmentKind::Other);
    a.start = parseUtc(q.value(col++));
    a.end = parseUtc(q.value(col++));
    a.place = q.value(col++).toString();
    a.customerId = q.value(col++).toLongLong();
    a.customerName = q.value(col++).toString();
    a.orderId = q.value(col++).toLongLong();
    a.orderNumber = q.value(col++).toString();
    a.serviceId = q.value(col++).toLongLong();
    a.serviceNumber = q.value(col++).toString();
    a.notes = q.value(col++).toString();
    a.people = peopleOf(q.value(col++));
    return a;
}

Appointment CalendarRepository::get(qint64 id) const
{
    std::optional<Appointment> a = find(id);
    if (!a) throw StoreError(StoreError::Kind::NotFound, tr("There is no appointment with id %1.").arg(id));
    return *a;
}

QList<CalendarItem> CalendarRepository::appointmentsBetween(const QDateTime& fromUtc, const QDateTime& toUtc,
                                                            const QStringList& people) const
{
    QString who;
    QVariantList values{utcText(fromUtc.addSecs(-kLookBackSecs)), utcText(toUtc), utcText(fromUtc)};
    if (!people.isEmpty()) {
        QStringList marks;
        for (const QString& p : people) {
            marks.append(QStringLiteral("?"));
            values.append(p);
        }
        who = QStringLiteral(" AND EXISTS (SELECT 1 FROM appointment_people q WHERE q.appointment_id = a.id "
                             "AND q.staff IN (%1))")
                  .arg(marks.join(QStringLiteral(", ")));
    }
    Sql q(m_db, QStringLiteral("SELECT a.id, a.version, a.title, a.kind, a.starts_at, a.ends_at, a.place, "
                               "a.customer_id, c.name, o.number, "
                               "(SELECT group_concat(staff, char(10)) FROM appointment_people p "
                               "WHERE p.appointment_id = a.id) "
                               "FROM appointments a LEFT JOIN customers c ON c.id = a.customer_id "
                               "LEFT JOIN orders o ON o.id = a.order_id "
                               "WHERE a.starts_at >= ? AND a.starts_at < ? AND a.ends_at > ?") +
                    who + ownOrNone(m_db, QStringLiteral("a.customer_id")) +
                    QStringLiteral(" ORDER BY a.starts_at, a.id"));
    q.bindAll(values).exec();
    QList<CalendarItem> items;
    while (q.next()) {
        CalendarItem it;
        it.kind = CalendarItem::Kind::Appointment;
        it.id = q.value(0).toLongLong();
        it.version = q.value(1).toInt();
        it.title = q.value(2).toString();
        it.appointmentKind =
            CalendarRules::appointmentKindFromText(q.value(3).toString()).value_or(AppointmentKind::Other);
        it.start = parseUtc(q.value(4));
        it.end = parseUtc(q.value(5));
        it.place = q.value(6).toString();
        it.customerId = q.value(7).toLongLong();
        it.customer = q.value(8).toString();
        it.detail = q.value(9).toString();
        it.people = peopleOf(q.value(10));
        items.append(it);
    }
    return items;
}

QList<Clash> CalendarRepository::clashes(const Appointment& appointment) const
{
    m_db.access().require(Module::FollowUps, Action::View);
    Appointment a = appointment;
    CalendarRules::normalise(a);
    if (a.people.isEmpty() || !a.start.isValid() || !a.end.isValid() || a.end <= a.start) return {};
    return CalendarRules::clashes(a, appointmentsBetween(a.start, a.end, a.people));
}

QList<CalendarItem> CalendarRepository::items(const CalendarFilter& f, const QDateTime& now) const
{
    const QDateTime nowUtc = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    const QDateTime fromUtc = f.from.startOfDay().toUTC();
    const QDateTime toUtc = f.to.addDays(1).startOfDay().toUTC();
    const QString staff = f.staff.simplified();
    const Access& access = m_db.access();
    auto wanted = [&](CalendarItem::Kind k) { return f.kinds.isEmpty() || f.kinds.contains(k); };
    QList<CalendarItem> items;
    const bool care = access.can(Module::FollowUps, Action::View);

    if (care && wanted(CalendarItem::Kind::Appointment))
        items += appointmentsBetween(fromUtc, toUtc, staff.isEmpty() ? QStringList() : QStringList{staff});

    if (care && wanted(CalendarItem::Kind::Task)) {
        QVariantList values{utcText(fromUtc), utcText(toUtc)};
        QString where = QStringLiteral("t.due_at >= ? AND t.due_at < ?");
        if (!f.withDone) where += QStringLiteral(" AND t.done_at IS NULL");
        if (!staff.isEmpty()) {
            where += QStringLiteral(" AND t.assignee = ?");
            values.append(staff);
        }
        Sql q(m_db, QStringLiteral(
                        "SELECT t.id, t.version, t.title, t.due_at, t.done_at, t.assignee, t.customer_id, "
                        "c.name, o.number FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id "
                        "LEFT JOIN orders o ON o.id = t.order_id WHERE ") +
                        where + ownOrNone(m_db, QStringLiteral("t.customer_id")));
        q.bindAll(values).exec();
        while (q.next()) {
            CalendarItem it;
            it.kind = CalendarItem::Kind::Task;
            it.id = q.value(0).toLongLong();
            it.version = q.value(1).toInt();
            it.title = q.value(2).toString();
            it.start = it.end = parseUtc(q.value(3));
            it.done = !q.value(4).isNull();
            if (!q.value(5).toString().isEmpty()) it.people = {q.value(5).toString()};
            it.customerId = q.value(6).toLongLong();
            it.customer = q.value(7).toString();
            it.detail = q.value(8).toString();
            items.append(it);
        }
    }

    if (care && wanted(CalendarItem::Kind::FollowUpPlan)) {
        QVariantList values{storedDay(f.from), storedDay(f.to)};
        QString where;
        if (!staff.isEmpty()) {
            where = QStringLiteral(" AND s.name = ?");
            values.append(staff);
        }
        Sql q(m_db,
              QStringLiteral("SELECT f.id, f.version, f.next_date, f.next_action, f.subject, f.customer_id, "
                             "c.name, s.name FROM follow_ups f JOIN customers c ON c.id = f.customer_id "
                             "LEFT JOIN staff s ON s.id = f.staff_id WHERE f.next_date IS NOT NULL "
                             "AND f.next_done = 0 AND f.next_date >= ? AND f.next_date <= ?") +
                  where + access.ownerClause(QStringLiteral("f.customer_id")));
        q.bindAll(values).exec();
        while (q.next()) {
            CalendarItem it;
            it.kind = CalendarItem::Kind::FollowUpPlan;
            it.id = q.value(0).toLongLong();
            it.version = q.value(1).toInt();
            it.allDay = true;
            it.day = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            it.start = it.end = it.day.startOfDay().toUTC();
            it.customerId = q.value(5).toLongLong();
            it.customer = q.value(6).toString();
            const QString action = q.value(3).toString();
            it.title = action.isEmpty() ? tr("Follow up %1").arg(it.customer) : action;
            it.detail = q.value(4).toString();
            if (!q.value(7).toString().isEmpty()) it.people = {q.value(7).toString()};
            items.append(it);
        }
    }

    if (access.can(Module::Orders, Action::View) && wanted(CalendarItem::Kind::OrderDue)) {
        QVariantList values{utcText(fromUtc), utcText(toUtc)};
        QString where;
        if (!staff.isEmpty()) {
            where =
                QStringLiteral(" AND EXISTS (SELECT 1 FROM order_staff os JOIN staff s ON s.id = os.staff_id "
                               "WHERE os.order_id = o.id AND s.name = ?)");
            values.append(staff);
        }
        Sql q(m_db,
              QStringLiteral("SELECT o.id, o.version, o.number, o.title, o.due_at, o.customer_id, c.name, "
                             "o.status, (SELECT group_concat(s.name, char(10)) FROM order_staff os "
                             "JOIN staff s ON s.id = os.staff_id WHERE os.order_id = o.id) "
                             "FROM orders o JOIN customers c ON c.id = o.customer_id "
                             "WHERE o.status IN (0, 1, 2) AND o.due_at >= ? AND o.due_at < ?") +
                  where + access.ownerClause(QStringLiteral("o.customer_id")));
        q.bindAll(values).exec();
        while (q.next()) {
            CalendarItem it;
            it.kind = CalendarItem::Kind::OrderDue;
            it.id = q.value(0).toLongLong();
            it.version = q.value(1).toInt();
            it.detail = q.value(2).toString();
            it.customerId = q.value(5).toLongLong();
            it.customer = q.value(6).toString();
            const QString title = q.value(3).toString();
            it.title = title.isEmpty() ? tr("Order %1 due").arg(it.detail)
                                       : tr("Order %1 due: %2").arg(it.detail, title);
            it.start = it.end = parseUtc(q.value(4));
            // Made and waiting to go out counts as done for the calendar's colours.
            it.done = q.value(7).toInt() == static_cast<int>(OrderStatus::Done);
            it.people = peopleOf(q.value(8));
            items.append(it);
        }
    }

    if (care && wanted(CalendarItem::Kind::ServiceDue)) {
        QVariantList values{utcText(fromUtc), utcText(toUtc)};
        QString where;
        if (!staff.isEmpty()) {
            where = QStringLiteral(" AND s.assignee = ?");
            values.append(staff);
        }
        Sql q(m_db, QStringLiteral("SELECT s.id, s.version, s.number, s.type, s.description, s.due_at, "
                                   "s.customer_id, c.name, s.assignee FROM service_requests s "
                                   "JOIN customers c ON c.id = s.customer_id "
                                   "WHERE s.status IN ('new', 'in_progress', 'awaiting_customer') "
                                   "AND s.due_at >= ? AND s.due_at < ?") +
                        where + access.ownerClause(QStringLiteral("s.customer_id")));
        q.bindAll(values).exec();
        while (q.next()) {
            CalendarItem it;
            it.kind = CalendarItem::Kind::ServiceDue;
            it.id = q.value(0).toLongLong();
            it.version = q.value(1).toInt();
            it.detail = q.value(2).toString();
            it.title = tr("%1 %2 due: %3")
                           .arg(it.detail, q.value(3).toString(),
                                q.value(4).toString().section(QLatin1Char('\n'), 0, 0));
            it.start = it.end = parseUtc(q.value(5));
            it.customerId = q.value(6).toLongLong();
            it.customer = q.value(7).toString();
            if (!q.value(8).toString().isEmpty()) it.people = {q.value(8).toString()};
            items.append(it);
        }
    }

    const QDate today = nowUtc.toLocalTime().date();
    for (CalendarItem& it : items)
        it.late = !it.done && it.kind != CalendarItem::Kind::Appointment &&
                  (it.allDay ? it.day < today : it.start < nowUtc);
    std::stable_sort(items.begin(), items.end(), [](const CalendarItem& a, const CalendarItem& b) {
        if (a.allDay != b.allDay) return a.allDay;
        if (a.start != b.start) return a.start < b.start;
        return a.key() < b.key();
    });
    return items;
}

namespace {

// A move made on what the calendar read before another desk changed the record is refused whole.
void refuseIfStale(const CalendarItem& item, int versionNow, const QString& what)
{
    if (versionNow != item.version)
        throw StoreError(StoreError::Kind::Conflict,
                         CalendarRepository::tr("%1 was changed at another desk since the calendar was read. "
                                                "Nothing was moved: look again, then move it.")
                             .arg(what));
}

} // namespace

void CalendarRepository::reschedule(const CalendarItem& item, const QDateTime& newStartUtc)
{
    if (!newStartUtc.isValid())
        throw StoreError(StoreError::Kind::Validation, tr("Choose the time to move it to."));
    const CalendarItem moved = CalendarRules::movedTo(item, newStartUtc);
    switch (item.kind) {
    case CalendarItem::Kind::Appointment: {
        Appointment a = get(item.id);
        if (a.meta.version != item.version) throwConflict(item.id);
        a.start = moved.start;
        a.end = moved.end;
        update(a);
        return;
    }
    case CalendarItem::Kind::Task: {
        TaskRepository tasks(m_db);
        Task t = tasks.get(item.id);
        refuseIfStale(item, t.meta.version, tr("The task \"%1\"").arg(t.title));
        t.due = moved.start;
        tasks.update(t);
        return;
    }
    case CalendarItem::Kind::FollowUpPlan:
        FollowUpRepository(m_db).movePlan(item.id, moved.day);
        return;
    case CalendarItem::Kind::OrderDue: {
        OrderRepository orders(m_db);
        Order o = orders.get(item.id);
        refuseIfStale(item, o.meta.version, tr("Order %1").arg(o.number));
        o.due = moved.start;
        orders.update(o);
        return;
    }
    case CalendarItem::Kind::ServiceDue: {
        ServiceRepository service(m_db);
        ServiceRequest r = service.get(item.id);
        refuseIfStale(item, r.meta.version, tr("Service request %1").arg(r.number));
        r.due = moved.start;
        service.update(r, true);
        return;
    }
    }
}

QStringList CalendarRepository::staffNames() const
{
    QStringList names;
    Sql q(m_db, QStringLiteral("SELECT DISTINCT name FROM staff WHERE active = 1 ORDER BY name"));
    q.exec();
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QString CalendarRepository::uidSuffix() const
{
    const QString created =
        Sql(m_db, QStringLiteral("SELECT applied_at FROM schema_version ORDER BY version LIMIT 1"))
            .scalar()
            .toString();
    QString digits;
    for (const QChar c : created)
        if (c.isDigit()) digits.append(c);
    return QStringLiteral("%1.shopcrm").arg(digits.isEmpty() ? QStringLiteral("0") : digits);
}

void CalendarRepository::throwConflict(qint64 id) const
{
    const auto [user, when] = lastChange(m_db, QStringLiteral("appointments"), id);
    if (user.isNull())
        throw StoreError(StoreError::Kind::NotFound, tr("This appointment was deleted by another desk."));
    throw StoreError(
        StoreError::Kind::Conflict,
        tr("%1 changed this appointment at %2, after you opened it. Nothing was saved: reload to "
           "see their changes, then enter yours again.")
            .arg(user, when));
}

} // namespace shopcrm
