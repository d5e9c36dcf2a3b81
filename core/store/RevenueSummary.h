#pragma once

#include "domain/Money.h"
#include "domain/Order.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <tuple>

namespace shopcrm {

class Database;

// The revenue summaries (schema 6), kept correct in the same transaction as every write that
// changes them: an order's contribution (its total in its order month — and, once delivered, in
// the month it was delivered — for its customer, each product category on its lines and each staff
// member on it) is taken away before a change and added after it; a cancelled order contributes
// nothing; a payment adds its amount to "received" in its month. Each customer's billed totals are
// also kept per year (schema 13), for ranking a year's customers, and the shop's totals per day
// (schema 15), for comparing a period in progress. Months are the shop's local months ('2026-11'),
// years their first four characters, days the shop's local days ('2026-11-30'). rebuild() recomputes
// everything from the orders and payments themselves (after a migration, and in tests as the independent
// check).
class RevenueSummary final
{
public:
    // Contributions gathered in memory and written at once: those of one order or payment, or of
    // thousands in a bulk write, where each summary row is then written once. Rows whose changes
    // cancel out are not written.
    class Changes
    {
    public:
        explicit Changes(Database& db) : m_db(db) {}
        // sign +1 adds the order's contribution, -1 takes it away.
        void order(const Order& order, int sign);
        void payment(qint64 customerId, const QDateTime& paidAt, Money amount, int sign);
        void write();

    private:
        struct Amounts
        {
            qint64 billed = 0;
            qint64 orders = 0;
            qint64 received = 0;
        };
        // table, key column ('' for the shop's monthly and daily tables), month, year or day, key
        using Row = std::tuple<QString, QString, QString, qint64>;
        // day: the shop's local day, "2026-11-30"; its month and year are its first 7 and 4 characters.
        void addOrder(const QString& prefix, const QString& day, const Order& order, int sign);
        void add(const QString& table, const QString& keyColumn, const QString& month, qint64 key, Amounts amounts);
        qint64 categoryOf(qint64 productId);

        Database& m_db;
        std::map<Row, Amounts> m_rows;
        QHash<qint64, qint64> m_categories;
    };

    static QString monthOf(const QDateTime& utc);
    static QString dayOf(const QDateTime& utc);
    // sign +1 adds the order's contribution, -1 takes it away.
    static void applyOrder(Database& db, const Order& order, int sign);
    static void applyPayment(Database& db, qint64 customerId, const QDateTime& paidAt, Money amount, int sign);
    static void rebuild(Database& db);
    // Only the per-customer tables of these customers (after their orders and payments moved from
    // one customer to another: a merge or its undo). The shop's monthly totals do not change.
    static void rebuildCustomers(Database& db, const QList<qint64>& customerIds);
    // Only the shop's daily totals (schema 15), inside the caller's transaction.
    static void rebuildDays(Database& db);
    // Only the per-category table: after a product moves to another category.
    static void rebuildCategories(Database& db);
};

} // namespace shopcrm
