#pragma once

#include "domain/Money.h"
#include "domain/Order.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace shopcrm {

class Database;

// The revenue summaries (schema 6), kept correct in the same transaction as every write that
// changes them: an order's contribution (its total in its order month — and, once delivered, in
// the month it was delivered — for its customer, each product category on its lines and each staff
// member on it) is taken away before a change and added after it; a cancelled order contributes nothing; a payment adds its amount to "received"
// in its month. Months are the shop's local months ('2026-11'). rebuild() recomputes everything
// from the orders and payments themselves (after a migration, and in tests as the independent check).
class RevenueSummary final
{
public:
    static QString monthOf(const QDateTime& utc);
    // sign +1 adds the order's contribution, -1 takes it away.
    static void applyOrder(Database& db, const Order& order, int sign);
    static void applyPayment(Database& db, qint64 customerId, const QDateTime& paidAt, Money amount, int sign);
    static void rebuild(Database& db);
    // Only the per-customer tables of these customers (after their orders and payments moved from
    // one customer to another: a merge or its undo). The shop's monthly totals do not change.
    static void rebuildCustomers(Database& db, const QList<qint64>& customerIds);
    // Only the per-category table: after a product moves to another category.
    static void rebuildCategories(Database& db);

private:
    static void addOrder(Database& db, const QString& prefix, const QString& month, const Order& order, int sign);
    static void add(Database& db, const QString& table, const QString& keyColumn, const QString& month, qint64 key,
                    qint64 billed, qint64 orders, qint64 received);
};

} // namespace shopcrm
