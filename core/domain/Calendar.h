#pragma once

#include "Customer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopcrm {

// Something to do by a time: call back about the proof, fetch the banner stand from the supplier.
// It may concern a customer and one of their orders, opportunities or service requests.
struct Task
{
    RowMeta meta;
    QString title;
    QString notes;
    qint64 customerId = 0;
    QString customerName; // read only
    qint64 orderId = 0;
    QString orderNumber; // read only
    qint64 opportunityId = 0;
    QString opportunityTitle; // read only
    qint64 serviceId = 0;
    QString serviceNumber; // read only
    QString assignee;      // a staff member's name; empty: nobody's yet
    QDateTime due;         // UTC; invalid: no time set
    QDateTime doneAt;      // UTC; invalid: still to do
    QString doneBy;        // read only
    bool isDone() const { return doneAt.isValid(); }
};

enum class AppointmentKind
{
    Meeting,      // 会面 at the shop or the customer's
    Visit,        // 拜访 a sales call
    Installation, // 安装 putting up signs or banners
    Delivery,     // 送货
    Other
};

// Time booked for people: an installation at the customer's from 9 to 12, a meeting at the shop.
struct Appointment
{
    RowMeta meta;
    QString title;
    AppointmentKind kind = AppointmentKind::Meeting;
    QDateTime start; // UTC
    QDateTime end;   // UTC, after start
    QString place;
    QStringList people; // staff names
    qint64 customerId = 0;
    QString customerName; // read only
    qint64 orderId = 0;
    QString orderNumber; // read only
    qint64 serviceId = 0;
    QString serviceNumber; // read only
    QString notes;
};

// One entry of the calendar, from whichever record it stands for.
struct CalendarItem
{
    enum class Kind
    {
        Appointment,  // start to end
        Task,         // at its due time
        FollowUpPlan, // a planned next contact: a day, no time
        OrderDue,     // an unfinished order's due time
        ServiceDue    // an open service request's due time
    };
    Kind kind = Kind::Appointment;
    qint64 id = 0; // of the record: appointment, task, follow-up, order or service request
    int version = 0;
    QString title;
    QDateTime start; // UTC; for a whole day, the day's start in the shop's zone
    QDateTime end;   // UTC; equal to start for a point in time
    bool allDay = false;
    QDate day; // the local day of a whole-day item
    QStringList people;
    qint64 customerId = 0;
    QString customer;
    QString place;
    QString detail; // the appointment's kind, the order's number …
    AppointmentKind appointmentKind = AppointmentKind::Meeting;
    bool done = false;
    bool late = false; // not done and past its time
    // The calendar's key for it, unique across kinds ("task-12"): the .ics UID and the view's selection.
    QString key() const;
    // Whether it can be dragged to another time: everything but finished tasks.
    bool movable() const { return !done; }
};

// Another booking of the same person at the same time.
struct Clash
{
    QString person;
    CalendarItem item;
};

struct CalendarFilter
{
    QDate from; // local days, inclusive
    QDate to;
    QString staff; // empty: everybody
    bool withDone = true;
    // The kinds shown; empty: all.
    QList<CalendarItem::Kind> kinds;
};

class CalendarRules final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::CalendarRules)
public:
    static QList<AppointmentKind> appointmentKinds();
    static QString appointmentKindCode(AppointmentKind kind);
    static std::optional<AppointmentKind> appointmentKindFromText(const QString& text); // code or name
    static QString appointmentKindName(AppointmentKind kind);
    static QString itemKindName(CalendarItem::Kind kind);

    static void normalise(Task& task);
    static void normalise(Appointment& appointment);
    // Errors block the save. Fields: title, assignee; start, end, people.
    static QList<FieldIssue> check(const Task& task);
    static QList<FieldIssue> check(const Appointment& appointment);

    // Whether [aStart, aEnd) and [bStart, bEnd) share any time (touching ends do not).
    static bool overlaps(const QDateTime& aStart, const QDateTime& aEnd, const QDateTime& bStart,
                         const QDateTime& bEnd);
    // The bookings among `others` that share a person and some time with the appointment (itself
    // left out by id), one per person and booking, in time order.
    static QList<Clash> clashes(const Appointment& appointment, const QList<CalendarItem>& others);
    // "王师傅: 安装 亮亮超市门头 10:00–12:00", one line per clash, in the shop's time.
    static QString describe(const QList<Clash>& clashes);

    // The item moved to start at `newStartUtc`: an appointment keeps its length; a whole-day item
    // moves to the new start's local day.
    static CalendarItem movedTo(const CalendarItem& item, const QDateTime& newStartUtc);
};

} // namespace shopcrm
