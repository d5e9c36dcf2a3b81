#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace shopcrm {

class Database;

// The shop's rules for the public pool (公海), per customer grade with a default for the rest.
// A day count of 0 switches that rule off.
struct PoolRule
{
    int noFollowUpDays = 0;  // back to the pool after this many days without a follow-up
    int noOrderDays = 0;     // … or without an order
    int remindDays = 0;      // the owner is reminded this many days before
    int reclaimWaitDays = 0; // a former owner may claim it again only after this many days
    int claimsPerDay = 0;    // claims per person per day (the default rule's counts for everyone)
    int maxOwned = 0;        // customers a person may own (the default rule's counts for everyone)

    bool operator==(const PoolRule&) const = default;
    // no_followup_days, no_order_days, remind_days, reclaim_wait_days, claims_per_day, max_owned.
    QJsonObject toJson() const;
};

struct PoolRules
{
    PoolRule defaults;
    QMap<QString, PoolRule> grades;

    const PoolRule& forGrade(const QString& grade) const;
    QJsonObject toJson() const;
    static PoolRules fromJson(const QJsonObject& json);
};

// A customer that went back to the pool, or will.
struct PoolReturn
{
    qint64 customerId = 0;
    QString customer;
    QString owner;
    QString grade;
    QDate returnsOn;
    QString reason; // "45 days without a follow-up"
};

// What one run of the rules did on a day.
struct PoolRun
{
    QDate asOf;
    qint64 checked = 0;         // owned customers looked at
    QList<PoolReturn> returned; // moved to the pool by this run
    QList<PoolReturn> upcoming; // returning within their reminder days
};

// A customer in the pool, for its list.
struct PoolEntry
{
    qint64 customerId = 0;
    QString customer;
    QString grade;
    QDateTime since; // UTC; invalid when never owned
    QString previousOwner;
};

// Customers with an owner and the public pool (公海, no owner): claiming, releasing, assigning and
// the rules that return idle customers. Each move is one short write with the customer's version,
// the change feed, the audit and a row in pool_moves (which the claim limits and the former owner's
// waiting period read).
class CustomerPool final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::CustomerPool)
public:
    static PoolRules rules(Database& db);
    // Settings ▸ edit; each day count 0 … 3650.
    static void setRules(Database& db, const PoolRules& rules);

    // The staff member takes a customer from the pool, within the claim limits and the waiting
    // period of a former owner.
    static void claim(Database& db, qint64 customerId, const QString& staff,
                      const QDateTime& now = QDateTime::currentDateTimeUtc());
    // The owner (or a role that sees every customer) gives it back.
    static void release(Database& db, qint64 customerId, const QString& reason,
                        const QDateTime& now = QDateTime::currentDateTimeUtc());
    // A role that sees every customer gives it to someone (empty: the pool).
    static void assign(Database& db, qint64 customerId, const QString& staff,
                       const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Applies the rules as of the end of asOf: every owned customer past its days goes back (in
    // short writes of a few hundred). Running it again the same day moves nothing more.
    static PoolRun run(Database& db, const QDate& asOf, bool apply = true);
    // Owned customers that will return within their reminder days, soonest first; one owner's
    // when given.
    static QList<PoolReturn> upcoming(Database& db, const QDate& asOf, const QString& owner = {});
    static QList<PoolEntry> pool(Database& db, int limit = 1000);

    // Keeps owner_since, pool_since, previous_owner and pool_moves in step when a customer's owner
    // changes (inside the caller's write; the customer form calls it too).
    static void recordOwnerChange(Database& db, qint64 customerId, const QString& from, const QString& to,
                                  const QString& op, const QString& reason, const QString& nowUtc);

private:
    // The customer as the move found it, for the move's own checks.
    struct CustomerNow
    {
        QString owner;
        QString name;
        QString grade;
    };
    static void move(Database& db, qint64 customerId, const QString& to, const QString& op,
                     const QString& reason, const QDateTime& now,
                     const std::function<void(const CustomerNow&)>& check);
};

} // namespace shopcrm
