#pragma once

#include "domain/ServiceRequest.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopcrm {

class Database;

// Which requests the service page, the command line and the reminders list.
struct ServiceFilter
{
    enum class State
    {
        Open,     // new, in progress, waiting for the customer
        Overdue,  // open and past due at `now`
        Resolved, // resolved, not yet closed
        Done,     // closed or rejected
        Any
    };
    State state = State::Any;
    std::optional<QString> assignee; // unset: anyone; empty: nobody's
    QString type;                    // empty: any
    std::optional<ServicePriority> priority;
    qint64 customerId = 0;
    qint64 orderId = 0;
    QDate openedFrom; // local days, inclusive; invalid: open-ended
    QDate openedTo;
    QString text;  // in the number, the description or the customer's name
    QDateTime now; // for overdue; invalid: the current time
};

// One line of the list.
struct ServiceRow
{
    qint64 id = 0;
    int version = 0;
    QString number;
    qint64 customerId = 0;
    QString customer;
    QString type;
    ServicePriority priority = ServicePriority::Medium;
    ServiceStatus status = ServiceStatus::New;
    QString assignee;
    QDateTime openedAt; // UTC
    QDateTime due;      // UTC
    QString orderNumber;
    int satisfaction = 0;
    QString description;
    bool isOpen() const;
    bool isOverdue(const QDateTime& nowUtc) const { return isOpen() && due.isValid() && due < nowUtc; }
};

// The service report of a period: requests opened by type and month; those resolved in it, with the
// average opening hours they took, and how many within their priority's target; satisfaction by
// month and by assignee.
struct ServiceReport
{
    struct TypeMonth
    {
        QString month; // "2026-12"
        QString type;
        qint64 opened = 0;
    };
    struct Resolution
    {
        QString key; // a month, or an assignee ("" nobody)
        qint64 resolved = 0;
        qint64 inTime = 0;
        qint64 averageMinutes = 0; // of opening time, rounded
        qint64 targetMinutes = 0;  // the average of their targets
        qint64 rated = 0;
        qint64 ratingSum = 0;  // of 1–5 ratings
        qint64 minutesSum = 0; // of opening time taken
        qint64 targetSumMinutes = 0;
        qint64 inTimePermille() const { return resolved > 0 ? (inTime * 1000 + resolved / 2) / resolved : 0; }
        // The average rating × 100 (4.25 → 425), 0 when none.
        qint64 ratingTimes100() const { return rated > 0 ? (ratingSum * 100 + rated / 2) / rated : 0; }
    };
    QDate from;
    QDate to;
    QList<TypeMonth> byTypeMonth;
    Resolution all;
    QList<Resolution> byMonth;    // by the month resolved
    QList<Resolution> byAssignee; // most resolved first
};

// Service requests, their progress and files; every write in one short transaction with the change
// feed and the audit. Needs the follow-ups rights (customer care): view, create, edit, delete.
class ServiceRepository final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::ServiceRepository)
public:
    explicit ServiceRepository(Database& db) : m_db(db) {}

    // The shop's settings: opening hours, the target hours per priority, the types offered.
    OpeningHours openingHours() const;
    void setOpeningHours(const OpeningHours& hours);
    ServiceTargets targets() const;
    void setTargets(const ServiceTargets& targets);
    // The shop's types (Settings), then any used on requests; the defaults until the shop sets its own.
    QStringList typeChoices() const;
    void setTypes(const QStringList& types);
    QStringList channelChoices() const;

    // Numbered in the transaction; opened now when no time is given; due from the priority's
    // target in opening hours when no due time is given. Returns the number.
    QString create(ServiceRequest& request);
    // Its fields (not its status: move()); only if nobody saved since it was read. A new priority
    // moves the due time to the new target unless it was set by hand (`dueSetByHand`).
    void update(ServiceRequest& request, bool dueSetByHand = false);
    // To another status with a note (the resolution when resolved or rejected); returns the new version.
    int move(qint64 id, int expectedVersion, ServiceStatus to, const QString& note = {});
    // Closed with the customer's rating (1–5, 0 not rated) and comment; resolves it first if needed
    // (the note is then the resolution). Returns the new version.
    int close(qint64 id, int expectedVersion, int rating, const QString& comment,
              const QString& resolution = {});
    void remove(qint64 id, int expectedVersion);

    std::optional<ServiceRequest> find(qint64 id) const;
    ServiceRequest get(qint64 id) const;
    std::optional<ServiceRequest> findByNumber(const QString& number) const;
    QList<ServiceMove> moves(qint64 id) const;
    QByteArray attachmentData(qint64 attachmentId) const;

    // Newest first (open ones by due time when the filter is Open or Overdue).
    qint64 count(const ServiceFilter& filter, qint64 atMost = -1) const;
    QList<ServiceRow> page(const ServiceFilter& filter, qint64 offset, int limit) const;
    QList<ServiceRow> pageAfter(const ServiceFilter& filter, const ServiceRow& last, int limit) const;
    // Open requests due by the end of the shop's day of `nowUtc` (late ones included).
    QList<ServiceRow> dueBy(const QDateTime& nowUtc) const;

    ServiceReport report(const QDate& from, const QDate& to) const;

private:
    QString where(const ServiceFilter& filter, QVariantList& values) const;
    QList<ServiceRow> read(const ServiceFilter& filter, const ServiceRow* after, qint64 offset,
                           int limit) const;
    void recordMove(qint64 id, std::optional<ServiceStatus> from, ServiceStatus to, const QString& now,
                    const QString& note);
    [[noreturn]] void throwConflict(qint64 id) const;

    Database& m_db;
};

} // namespace shopcrm
