#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include "domain/Money.h"

namespace shopcrm {

class Database;

// Something somebody should act on today: a planned follow-up, an unfinished order that is due,
// a contact's birthday (and, once payments exist, a balance past its terms).
struct Reminder
{
    enum class Kind
    {
        FollowUp,
        Order,
        Birthday,
        Balance,
        PoolReturn,
        Service,
        Task
    };
    Kind kind = Kind::FollowUp;
    qint64 refId = 0;  // the follow-up, the order, the contact, or the customer (balances)
    QString occasion;  // which occurrence: the plan's day, the order's due time, the birthday's day
    qint64 customerId = 0;
    QString customer;
    QString title;     // "Call back: send the revised quote", "DD20261120-001 门头招牌", "王芳"
    QString who;       // the staff member, or the order's staff
    QDate day;         // the local day it is due on (birthdays: this year's birthday)
    QDateTime dueAt;   // orders: the due time (UTC)
    int daysLate = 0;  // > 0 overdue by that many days; birthdays: < 0 days to go
    int age = 0;       // birthdays with a year of birth: the age on that day
    Money amount;      // balances: what is past due

    // The key that says "this very reminder", for done/snoozed and for notifying once.
    QString key() const;
    static QString kindCode(Kind kind);
};

struct ReminderList
{
    QDate today;
    QList<Reminder> followUps;
    QList<Reminder> orders;
    QList<Reminder> birthdays;
    QList<Reminder> balances; // money past its payment terms
    QList<Reminder> pool;     // customers going back to the public pool within their reminder days
    QList<Reminder> service;  // service requests due today or late
    QList<Reminder> tasks;    // tasks due today or late

    int total() const
    {
        return int(followUps.size() + orders.size() + birthdays.size() + balances.size() + pool.size() +
                   service.size() + tasks.size());
    }
    QList<Reminder> all() const { return followUps + orders + birthdays + balances + pool + service + tasks; }
};

// Computes what is due on the shop's local day and remembers what people marked done or snoozed.
// Follow-up plans are settled on the follow-up itself (done, or moved to a later day); orders and
// birthdays are dismissed per occurrence, so an order whose due date moves reminds again.
class ReminderRepository final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::ReminderRepository)
public:
    static constexpr int kBirthdayDays = 7;

    explicit ReminderRepository(Database& db) : m_db(db) {}

    ReminderList due(const QDateTime& now = QDateTime::currentDateTimeUtc(),
                     const QTimeZone& zone = QTimeZone::systemTimeZone()) const;
    void markDone(const Reminder& reminder);
    // Hidden until `day` (the shop's local day); a follow-up's plan moves to that day.
    void snooze(const Reminder& reminder, const QDate& day);

    // The day a birthday falls on in `year`; 29 February is kept on 28 February in other years.
    static QDate birthdayIn(const QDate& birthday, int year);

private:
    QList<Reminder> followUpsDue(const QDate& today) const;
    QList<Reminder> ordersDue(const QDate& today, const QTimeZone& zone) const;
    QList<Reminder> birthdays(const QDate& today) const;
    QList<Reminder> overdueBalances(const QDate& today) const;
    // The owner's (everyone's for a role that sees every customer) customers the pool rules will
    // take back within their reminder days.
    QList<Reminder> poolReturns(const QDate& today) const;
    QList<Reminder> serviceDue(const QDateTime& now, const QDate& today) const;
    QList<Reminder> tasksDue(const QDateTime& now, const QDate& today) const;
    bool dismissed(const Reminder& r, const QDate& today) const;
    // Done (no day) or snoozed until a day, for this occurrence of an order or birthday.
    void dismiss(const Reminder& r, const QDate& until);

    Database& m_db;
    // The occurrences hidden on a day, read once for all the reminders of one look.
    mutable QDate m_dismissedOn;
    mutable QSet<QString> m_dismissed;
};

} // namespace shopcrm
