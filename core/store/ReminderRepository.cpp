#include "ReminderRepository.h"

#include "CustomerPool.h"

#include "ChangeRecorder.h"
#include "Database.h"
#include "domain/Order.h"
#include "FollowUpRepository.h"
#include "PaymentRepository.h"
#include "RowSupport.h"
#include "ServiceRepository.h"
#include "TaskRepository.h"

#include <QSet>

#include <algorithm>

namespace shopcrm {

QString Reminder::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::FollowUp: return QStringLiteral("followup");
    case Kind::Order: return QStringLiteral("order");
    case Kind::Birthday: return QStringLiteral("birthday");
    case Kind::Balance: return QStringLiteral("balance");
    case Kind::PoolReturn:
        return QStringLiteral("pool");
    case Kind::Service:
        return QStringLiteral("service");
    case Kind::Task:
        return QStringLiteral("task");
    }
    return {};
}

QString Reminder::key() const
{
    return kindCode(kind) + QLatin1Char(':') + QString::number(refId) + QLatin1Char(':') + occasion;
}

QDate ReminderRepository::birthdayIn(const QDate& birthday, int year)
{
    if (!birthday.isValid())
        return {};
    if (birthday.month() == 2 && birthday.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, birthday.month(), birthday.day());
}

ReminderList ReminderRepository::due(const QDateTime& now, const QTimeZone& zone) const
{
    ReminderList list;
    list.today = now.toTimeZone(zone).date();
    // Each kind of reminder for the roles that see its module.
    const Access& access = m_db.access();
    if (access.can(Module::FollowUps, Action::View))
        list.followUps = followUpsDue(list.today);
    if (access.can(Module::Orders, Action::View))
        list.orders = ordersDue(list.today, zone);
    if (access.can(Module::Customers, Action::View))
        list.birthdays = birthdays(list.today);
    if (access.can(Module::Payments, Action::View) && access.seesMoney(Module::Payments))
        list.balances = overdueBalances(list.today);
    if (access.can(Module::Customers, Action::View)) list.pool = poolReturns(list.today);
    if (access.can(Module::FollowUps, Action::View)) list.service = serviceDue(now, list.today);
    if (access.can(Module::FollowUps, Action::View)) list.tasks = tasksDue(now, list.today);
    return list;
}

QList<Reminder> ReminderRepository::serviceDue(const QDateTime& now, const QDate& today) const
{
    QList<Reminder> result;
    for (const ServiceRow& s : ServiceRepository(m_db).dueBy(now)) {
        Reminder r;
        r.kind = Reminder::Kind::Service;
        r.refId = s.id;
        r.occasion = utcText(s.due).toString(); // a new due time reminds again
        r.customerId = s.customerId;
        r.customer = s.customer;
        r.title = QStringLiteral("%1 %2").arg(s.number, s.type);
        r.who = s.assignee;
        r.dueAt = s.due;
        r.day = s.due.toLocalTime().date();
        r.daysLate = std::max(0, int(r.day.daysTo(today)));
        if (!dismissed(r, today)) result.append(r);
    }
    return result;
}

QList<Reminder> ReminderRepository::tasksDue(const QDateTime& now, const QDate& today) const
{
    QList<Reminder> result;
    for (const Task& t : TaskRepository(m_db).dueBy(now)) {
        Reminder r;
        r.kind = Reminder::Kind::Task;
        r.refId = t.meta.id;
        r.occasion = utcText(t.due).toString(); // a new due time reminds again
        r.customerId = t.customerId;
        r.customer = t.customerName;
        r.title = t.title;
        r.who = t.assignee;
        r.dueAt = t.due;
        r.day = t.due.toLocalTime().date();
        r.daysLate = std::max(0, int(r.day.daysTo(today)));
        if (!dismissed(r, today)) result.append(r);
    }
    return result;
}

QList<Reminder> ReminderRepository::poolReturns(const QDate& today) const
{
    const Access& access = m_db.access();
    QList<Reminder> result;
    for (const PoolReturn& p :
         CustomerPool::upcoming(m_db, today, access.ownCustomersOnly ? access.staffName : QString())) {
        Reminder r;
        r.kind = Reminder::Kind::PoolReturn;
        r.refId = p.customerId;
        r.occasion = p.returnsOn.toString(Qt::ISODate);
        r.customerId = p.customerId;
        r.customer = p.customer;
        r.title = tr("back to the pool (%1)").arg(p.reason);
        r.who = p.owner;
        r.day = p.returnsOn;
        r.daysLate = -int(today.daysTo(p.returnsOn));
        if (!dismissed(r, today)) result.append(r);
    }
    return result;
}

QList<Reminder> ReminderRepository::followUpsDue(const QDate& today) const
{
    // Open plans up to today, over the partial index of open plans. CROSS JOIN keeps SQLite from
    // walking every customer instead (it would, without statistics: 170 ms on 100,000 customers).
    Sql q(m_db, QStringLiteral("SELECT f.id, f.next_date, f.next_action, f.subject, f.customer_id, c.name, "
                               "coalesce(s.name, f.created_by), f.method FROM follow_ups f "
                               "CROSS JOIN customers c ON c.id = f.customer_id LEFT JOIN staff s ON s.id = f.staff_id "
                               "WHERE f.next_date IS NOT NULL AND f.next_done = 0 AND f.next_date <= ? "
                               "AND c.archived = 0%1 ORDER BY f.next_date, c.name_sort, f.id")
                    .arg(m_db.access().ownerEquals(QStringLiteral("c.owner"))));
    q.bind(today.toString(Qt::ISODate)).exec();
    QList<Reminder> result;
    while (q.next()) {
        Reminder r;
        r.kind = Reminder::Kind::FollowUp;
        r.refId = q.value(0).toLongLong();
        r.day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        r.occasion = q.value(1).toString();
        const QString action = q.value(2).toString();
        r.title = !action.isEmpty() ? action
                  : q.value(3).toString().isEmpty()
                      ? tr("Follow up (last time: %1)")
                            .arg(FollowUpRules::methodName(
                                FollowUpRules::methodFromText(q.value(7).toString()).value_or(ContactMethod::Other)))
                      : tr("Follow up on: %1").arg(q.value(3).toString());
        r.customerId = q.value(4).toLongLong();
        r.customer = q.value(5).toString();
        r.who = q.value(6).toString();
        r.daysLate = int(r.day.daysTo(today));
        result.append(r);
    }
    return result;
}

bool ReminderRepository::dismissed(const Reminder& r, const QDate& today) const
{
    // A large shop has tens of thousands of reminders and few dismissals: those still in force
    // today are read once rather than looked up one reminder at a time.
    auto key = [](const QString& kind, qint64 refId, const QString& occasion) -> QString {
        return kind + QLatin1Char('|') + QString::number(refId) + QLatin1Char('|') + occasion;
    };
    if (m_dismissedOn != today) {
        m_dismissedOn = today;
        m_dismissed.clear();
        Sql q(m_db,
              QStringLiteral(
                  "SELECT kind, ref_id, occasion FROM reminder_dismissals WHERE until IS NULL OR until > ?"));
        q.bind(today.toString(Qt::ISODate)).exec();
        while (q.next())
            m_dismissed.insert(key(q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()));
    }
    return m_dismissed.contains(key(Reminder::kindCode(r.kind), r.refId, r.occasion));
}

QList<Reminder> ReminderRepository::ordersDue(const QDate& today, const QTimeZone& zone) const
{
    const QString tonight = utcText(QDateTime(today.addDays(1), QTime(0, 0), zone)).toString();
    // Unfinished orders due before tonight walk orders_by_due (status, due_at).
    Sql q(m_db, QStringLiteral("SELECT o.id, o.number, o.title, o.due_at, o.customer_id, c.name, o.staff_names, "
                               "o.urgent, o.status FROM orders o CROSS JOIN customers c ON c.id = o.customer_id "
                               "WHERE o.status < 3 AND o.due_at < ?%1 ORDER BY o.due_at, o.id")
                    .arg(m_db.access().ownerEquals(QStringLiteral("c.owner"))));
    q.bind(tonight).exec();
    QList<Reminder> result;
    while (q.next()) {
        Reminder r;
        r.kind = Reminder::Kind::Order;
        r.refId = q.value(0).toLongLong();
        const QString number = q.value(1).toString();
        const QString title = q.value(2).toString();
        r.title = (title.isEmpty() ? number : number + QLatin1Char(' ') + title) +
                  QStringLiteral(" · ") + OrderRules::statusName(static_cast<OrderStatus>(q.value(8).toInt()));
        if (q.value(7).toBool())
            r.title = tr("Urgent: %1").arg(r.title);
        r.occasion = q.value(3).toString();
        r.dueAt = parseUtc(q.value(3));
        r.day = r.dueAt.toTimeZone(zone).date();
        r.customerId = q.value(4).toLongLong();
        r.customer = q.value(5).toString();
        r.who = q.value(6).toString();
        r.daysLate = int(r.day.daysTo(today));
        if (!dismissed(r, today))
            result.append(r);
    }
    return result;
}

QList<Reminder> ReminderRepository::birthdays(const QDate& today) const
{
    // The month-days of the coming week, as stored ("MM-DD"), matched over the contacts_birthday
    // index; 29 February is asked for too when 28 February of a common year is in the week. As
    // above, CROSS JOIN keeps the planner on that index rather than walking every customer.
    QStringList monthDays;
    for (int i = 0; i <= kBirthdayDays; ++i) {
        const QDate d = today.addDays(i);
        monthDays.append(d.toString(QStringLiteral("MM-dd")));
        if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
            monthDays.append(QStringLiteral("02-29"));
    }
    QStringList marks;
    for (qsizetype i = 0; i < monthDays.size(); ++i)
        marks.append(QStringLiteral("?"));
    Sql q(m_db, QStringLiteral("SELECT k.id, k.name, k.birthday, k.customer_id, c.name FROM contacts k "
                               "CROSS JOIN customers c ON c.id = k.customer_id WHERE k.birthday IS NOT NULL "
                               "AND substr(k.birthday, 6) IN (%1) AND c.archived = 0")
                    .arg(marks.join(QLatin1Char(','))));
    for (const QString& md : monthDays)
        q.bind(md);
    q.exec();
    QList<Reminder> result;
    while (q.next()) {
        const QDate birthday = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        QDate day = birthdayIn(birthday, today.year());
        if (day < today)
            day = birthdayIn(birthday, today.year() + 1);
        if (!day.isValid() || today.daysTo(day) > kBirthdayDays)
            continue;
        Reminder r;
        r.kind = Reminder::Kind::Birthday;
        r.refId = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.customerId = q.value(3).toLongLong();
        r.customer = q.value(4).toString();
        r.day = day;
        r.occasion = day.toString(Qt::ISODate);
        r.daysLate = -int(today.daysTo(day));
        r.age = birthday.year() > 1900 ? day.year() - birthday.year() : 0;
        if (!dismissed(r, today))
            result.append(r);
    }
    std::sort(result.begin(), result.end(), [](const Reminder& a, const Reminder& b) {
        return a.day != b.day ? a.day < b.day : a.refId < b.refId;
    });
    return result;
}

QList<Reminder> ReminderRepository::overdueBalances(const QDate& today) const
{
    QList<Reminder> result;
    for (const AgingRow& row : PaymentRepository(m_db).receivables(today)) {
        const Money pastDue = std::min(row.pastDue(), row.total());
        if (pastDue.fen() <= 0)
            continue;
        Reminder r;
        r.kind = Reminder::Kind::Balance;
        r.refId = row.customerId;
        r.customerId = row.customerId;
        r.customer = row.customer;
        r.amount = pastDue;
        r.day = row.oldestDue;
        // A new oldest due day (an older debt paid, a new one overdue) is a new occasion.
        r.occasion = row.oldestDue.toString(Qt::ISODate);
        r.daysLate = row.daysPastDue;
        r.title = tr("%1 past due (%2)").arg(pastDue.toString(), row.terms);
        if (!dismissed(r, today))
            result.append(r);
    }
    return result;
}

void ReminderRepository::markDone(const Reminder& r)
{
    if (r.kind == Reminder::Kind::FollowUp) {
        FollowUpRepository(m_db).setPlanDone(r.refId, true);
    } else if (r.kind == Reminder::Kind::Task) {
        // Done in the reminders is the task done.
        TaskRepository tasks(m_db);
        tasks.setDone(r.refId, tasks.get(r.refId).meta.version, true);
    } else {
        dismiss(r, {});
    }
}

void ReminderRepository::snooze(const Reminder& r, const QDate& day)
{
    if (r.kind == Reminder::Kind::FollowUp)
        FollowUpRepository(m_db).movePlan(r.refId, day);
    else
        dismiss(r, day);
}

void ReminderRepository::dismiss(const Reminder& r, const QDate& until)
{
    m_dismissedOn = QDate(); // read again at the next look
    m_db.write([&] {
        Sql(m_db, QStringLiteral("INSERT INTO reminder_dismissals(kind, ref_id, occasion, until, at, who, desk) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, ref_id, occasion) DO UPDATE SET "
                                 "until = excluded.until, at = excluded.at, who = excluded.who, desk = excluded.desk"))
            .bind(Reminder::kindCode(r.kind)).bind(r.refId).bind(r.occasion)
            .bind(until.isValid() ? QVariant(until.toString(Qt::ISODate)) : QVariant())
            .bind(Database::nowUtc()).bind(m_db.session().user).bind(m_db.session().desk).exec();
        ChangeRecorder::recordChange(m_db, QStringLiteral("reminder"), r.refId,
                                     until.isValid() ? QStringLiteral("snoozed") : QStringLiteral("done"));
    });
}

} // namespace shopcrm
