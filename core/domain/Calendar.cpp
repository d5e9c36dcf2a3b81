#include "Calendar.h"

#include <algorithm>

namespace shopcrm {

namespace {

// An appointment longer than two weeks is a typing mistake, not a booking.
constexpr qint64 kLongestAppointmentSecs = 14 * 24 * 3600;

} // namespace

QString CalendarItem::key() const
{
    switch (kind) {
    case Kind::Appointment:
        return QStringLiteral("appointment-%1").arg(id);
    case Kind::Task:
        return QStringLiteral("task-%1").arg(id);
    case Kind::FollowUpPlan:
        return QStringLiteral("followup-%1").arg(id);
    case Kind::OrderDue:
        return QStringLiteral("order-%1").arg(id);
    case Kind::ServiceDue:
        return QStringLiteral("service-%1").arg(id);
    }
    return {};
}

QList<AppointmentKind> CalendarRules::appointmentKinds()
{
    return {AppointmentKind::Meeting, AppointmentKind::Visit, AppointmentKind::Installation,
            AppointmentKind::Delivery, AppointmentKind::Other};
}

QString CalendarRules::appointmentKindCode(AppointmentKind kind)
{
    switch (kind) {
    case AppointmentKind::Meeting:
        return QStringLiteral("meeting");
    case AppointmentKind::Visit:
        return QStringLiteral("visit");
    case AppointmentKind::Installation:
        return QStringLiteral("installation");
    case AppointmentKind::Delivery:
        return QStringLiteral("delivery");
    case AppointmentKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<AppointmentKind> CalendarRules::appointmentKindFromText(const QString& text)
{
    const QString t = text.trimmed();
    for (const AppointmentKind k : appointmentKinds())
        if (t == appointmentKindCode(k) || t.compare(appointmentKindName(k), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

QString CalendarRules::appointmentKindName(AppointmentKind kind)
{
    switch (kind) {
    case AppointmentKind::Meeting:
        return tr("Meeting", "appointment kind");
    case AppointmentKind::Visit:
        return tr("Sales visit", "appointment kind");
    case AppointmentKind::Installation:
        return tr("Installation", "appointment kind");
    case AppointmentKind::Delivery:
        return tr("Delivery", "appointment kind");
    case AppointmentKind::Other:
        return tr("Other", "appointment kind");
    }
    return {};
}

QString CalendarRules::itemKindName(CalendarItem::Kind kind)
{
    switch (kind) {
    case CalendarItem::Kind::Appointment:
        return tr("Appointments");
    case CalendarItem::Kind::Task:
        return tr("Tasks");
    case CalendarItem::Kind::FollowUpPlan:
        return tr("Planned follow-ups");
    case CalendarItem::Kind::OrderDue:
        return tr("Orders due");
    case CalendarItem::Kind::ServiceDue:
        return tr("Service requests due");
    }
    return {};
}

void CalendarRules::normalise(Task& t)
{
    t.title = t.title.simplified();
    t.notes = t.notes.trimmed();
    t.assignee = t.assignee.simplified();
}

void CalendarRules::normalise(Appointment& a)
{
    a.title = a.title.simplified();
    a.place = a.place.simplified();
    a.notes = a.notes.trimmed();
    QStringList people;
    for (const QString& p : a.people)
        if (const QString s = p.simplified(); !s.isEmpty() && !people.contains(s)) people.append(s);
    a.people = people;
}

QList<FieldIssue> CalendarRules::check(const Task& t)
{
    QList<FieldIssue> issues;
    if (t.title.isEmpty()) issues.append({QStringLiteral("title"), tr("Say what is to be done.")});
    if (t.title.size() > 200)
        issues.append({QStringLiteral("title"),
                       tr("Keep the title under 200 characters; the rest goes in the notes.")});
    return issues;
}

QList<FieldIssue> CalendarRules::check(const Appointment& a)
{
    QList<FieldIssue> issues;
    if (a.title.isEmpty()) issues.append({QStringLiteral("title"), tr("Say what the appointment is for.")});
    if (!a.start.isValid()) issues.append({QStringLiteral("start"), tr("Choose when it starts.")});
    if (!a.end.isValid() || (a.start.isValid() && a.end <= a.start))
        issues.append({QStringLiteral("end"), tr("It must end after it starts.")});
    else if (a.start.isValid() && a.start.secsTo(a.end) > kLongestAppointmentSecs)
        issues.append({QStringLiteral("end"), tr("An appointment lasts at most two weeks.")});
    return issues;
}

bool CalendarRules::overlaps(const QDateTime& aStart, const QDateTime& aEnd, const QDateTime& bStart,
                             const QDateTime& bEnd)
{
    return aStart < bEnd && bStart < aEnd;
}

QList<Clash> CalendarRules::clashes(const Appointment& a, const QList<CalendarItem>& others)
{
    QList<Clash> found;
    for (const CalendarItem& other : others) {
        if (other.kind != CalendarItem::Kind::Appointment || (a.meta.id > 0 && other.id == a.meta.id))
            continue;
        if (!overlaps(a.start, a.end, other.start, other.end)) continue;
        for (const QString& person : a.people)
            if (other.people.contains(person)) found.append({person, other});
    }
    std::stable_sort(found.begin(), found.end(), [](const Clash& x, const Clash& y) {
        return std::tie(x.item.start, x.person) < std::tie(y.item.start, y.person);
    });
    return found;
}

QString CalendarRules::describe(const QList<Clash>& clashes)
{
    QStringList lines;
    for (const Clash& c : clashes) {
        const QDateTime s = c.item.start.toLocalTime();
        const QDateTime e = c.item.end.toLocalTime();
        const QString when = s.date() == e.date() ? tr("%1 %2–%3")
                                                        .arg(s.date().toString(QStringLiteral("MM-dd")),
                                                             s.time().toString(QStringLiteral("HH:mm")),
                                                             e.time().toString(QStringLiteral("HH:mm")))
                                                  : tr("%1 to %2")
                                                        .arg(s.toString(QStringLiteral("MM-dd HH:mm")),
                                                             e.toString(QStringLiteral("MM-dd HH:mm")));
        lines.append(tr("%1: %2 %3, %4", "person: kind title, when")
                         .arg(c.person, appointmentKindName(c.item.appointmentKind), c.item.title, when));
    }
    return lines.join(QLatin1Char('\n'));
}

CalendarItem CalendarRules::movedTo(const CalendarItem& item, const QDateTime& newStartUtc)
{
    CalendarItem moved = item;
    if (item.allDay) {
        moved.day = newStartUtc.toLocalTime().date();
        moved.start = moved.day.startOfDay().toUTC();
        moved.end = moved.start;
        return moved;
    }
    const qint64 length = item.start.secsTo(item.end);
    moved.start = newStartUtc.toUTC();
    moved.end = moved.start.addSecs(std::max<qint64>(0, length));
    return moved;
}

} // namespace shopcrm
