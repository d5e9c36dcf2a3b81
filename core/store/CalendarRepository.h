#pragma once

#include "domain/Calendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopcrm {

class Database;

// The calendar: appointments, and everything with a time from the other records — tasks,
// planned follow-ups, unfinished orders' due times, open service requests' due times. Appointments
// need the follow-ups rights (customer care); each other kind shows to whom may see its records.
class CalendarRepository final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::CalendarRepository)
public:
    explicit CalendarRepository(Database& db) : m_db(db) {}

    // Appointments. A clash with another booking of the same person is not refused here: the
    // program asks first (clashes()), since a shop sometimes double-books on purpose.
    qint64 create(Appointment& appointment);
    void update(Appointment& appointment); // only if nobody saved since it was read
    void remove(qint64 id, int expectedVersion);
    std::optional<Appointment> find(qint64 id) const;
    Appointment get(qint64 id) const;
    // The other appointments of its people that overlap it.
    QList<Clash> clashes(const Appointment& appointment) const;

    // Everything in the filter's days for whom it names, by start time (whole days first).
    // `nowUtc` decides what is late; invalid: the current time.
    QList<CalendarItem> items(const CalendarFilter& filter, const QDateTime& nowUtc = {}) const;
    // Moves the record behind an item read by items() to start at `newStartUtc`, audited, and only
    // if it was not changed since (Conflict): an appointment keeps its length; a task's or a
    // request's due time, or an order's, moves; a planned follow-up moves to that day.
    void reschedule(const CalendarItem& item, const QDateTime& newStartUtc);
    // Active staff, for the filters and the people of an appointment.
    QStringList staffNames() const;
    // What makes this database's iCalendar UIDs its own (when it was created), so a phone that
    // imports a calendar again updates its events instead of doubling them.
    QString uidSuffix() const;

    // Checks a record's links inside a write: each exists and is the customer's; the customer comes
    // from the order, opportunity or request when none is given. ValidationError otherwise.
    static void checkLinks(Database& db, qint64& customerId, qint64 orderId, qint64 opportunityId,
                           qint64 serviceId);

private:
    QList<CalendarItem> appointmentsBetween(const QDateTime& fromUtc, const QDateTime& toUtc,
                                            const QStringList& people) const;
    void savePeople(const Appointment& appointment);
    [[noreturn]] void throwConflict(qint64 id) const;

    Database& m_db;
};

} // namespace shopcrm
