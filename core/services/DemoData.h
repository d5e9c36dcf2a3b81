#pragma once

#include "domain/Customer.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>

#include <algorithm>
#include <functional>

namespace shopcrm {

class Database;

// Realistic customers of a Chinese advertising / print shop, the same for the same seed.
class DemoData final
{
public:
    explicit DemoData(quint32 seed) : m_random(seed) {}
    // How far back orders and follow-ups go (two years unless set; the bench's large shop has ten).
    void setYears(int years) { m_days = std::clamp(years, 1, 30) * 365; }
    Customer nextCustomer();
    // Inserts count customers through the repository (with audit, change feed and search index),
    // in transactions of a few thousand; progress(done, total) may return false to stop early.
    qint64 insertCustomers(Database& db, qint64 count,
                           const std::function<bool(qint64, qint64)>& progress = {});
    // A print shop's catalog (categories, products) and staff, when the database has none yet.
    void insertCatalog(Database& db);
    // Orders over the past years (two by default) for the existing customers (busy customers order more), with
    // lines, staff, deposits and a status history that fits each order's age; numbered in date
    // order through the counter table. Needs customers; adds the catalog if missing.
    qint64 insertOrders(Database& db, qint64 count, const std::function<bool(qint64, qint64)>& progress = {});
    // Follow-ups over the past years (calls, visits, WeChat…) with outcomes and plans; plans
    // from more than a month ago are done, recent ones are open (some due or overdue today).
    qint64 insertFollowUps(Database& db, qint64 count, const std::function<bool(qint64, qint64)>& progress = {});
    // Opportunities over the years given (at most two): each walks the stages a few days apart;
    // those older than three months are won (about a third) or lost, the rest still open.
    qint64 insertOpportunities(Database& db, qint64 count,
                               const std::function<bool(qint64, qint64)>& progress = {});
    // Payments for the orders there are, as a shop gets paid: most delivered orders in full some
    // days after they were due, some in part, recent work not yet; cash, transfer, WeChat Pay,
    // Alipay; a few refunds with their reason. Returns the payments made.
    qint64 insertPayments(Database& db, const std::function<bool(qint64, qint64)>& progress = {});
    // This fortnight's installations and deliveries for the installers and production staff (for the
    // customers of unfinished orders), and a few tasks for the office from two days ago on.
    // Returns the appointments and tasks made.
    qint64 insertSchedule(Database& db);

private:
    template <typename T, size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[m_random.bounded(static_cast<quint32>(N))];
    }
    // Local times over the past years, between firstHour and firstHour + hours, oldest first.
    QList<QDateTime> pastTimes(qint64 count, int firstHour, int hours);
    QString personName();
    QString mobile();

    QRandomGenerator m_random;
    int m_days = 730;
};

} // namespace shopcrm
