#pragma once

#include "domain/Payment.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace shopcrm {

class Database;

// What to do with the part of a payment that is more than what is due.
enum class Overpayment { Refuse, KeepAsCredit };

// One unpaid (or partly paid) order, for allocating a payment and for receivables.
struct OpenOrder
{
    qint64 id = 0;
    QString number;
    QDateTime orderDate;
    Money total;
    Money paid;
    Money due() const { return total - paid; }
};

// Where a customer stands: billed (orders not cancelled), received (payments, refunds taken off),
// and the balance (positive: they owe; negative: credit).
struct CustomerBalance
{
    Money billed;
    Money received;
    Money balance() const { return billed - received; }
};

// What one customer owes by how long it is past due, by their payment terms: cash on delivery is
// due on the order date, a monthly account at the end of the order's month plus its days.
struct AgingRow
{
    qint64 customerId = 0;
    QString customer;
    QString terms;
    Money notDue;
    Money days0to30;
    Money days31to60;
    Money days61to90;
    Money over90;
    Money credit; // unallocated payments, taken off the total
    QDate oldestDue;
    int daysPastDue = 0; // of the oldest
    Money total() const { return notDue + days0to30 + days31to60 + days61to90 + over90 - credit; }
    Money pastDue() const { return days0to30 + days31to60 + days61to90 + over90; }
};

struct PaymentRow
{
    qint64 id = 0;
    QString number;
    QDateTime paidAt;
    qint64 customerId = 0;
    QString customer;
    Money amount;
    PaymentMethod method = PaymentMethod::Cash;
    QString account;
    QString handler;
    QString reference;
    QString note;
    QString reason;
    QString orders; // the orders it settles, "DD…-001, DD…-002"
    Money unallocated;
    bool deposit = false;
};

struct PaymentFilter
{
    qint64 customerId = 0;
    std::optional<PaymentMethod> method;
    QDate from; // shop's local days, inclusive
    QDate to;
};

// Payments and refunds, their allocation to orders, each order's paid amount and the revenue
// summaries, all in one transaction per write, audited.
class PaymentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::PaymentRepository)
public:
    explicit PaymentRepository(Database& db) : m_db(db) {}

    // Saves a payment. With no allocations given: against `order` (0: on account, spread over the
    // customer's oldest unpaid orders). More than is due is refused or kept as credit as asked;
    // a refund may be allocated to an order it was paid on, or taken from credit.
    qint64 create(Payment& payment, qint64 order = 0, Overpayment overpayment = Overpayment::Refuse);
    // Many payments in one transaction (generated data, a bulk import): each already carries its
    // allocations, which may not spread more than its amount and must share its sign; that no
    // order is paid beyond its total is the caller's to have checked (it reads no order). The
    // same rows, numbers, paid totals, summaries, change feed and audit as create(), written
    // through SQLite's own API with each statement prepared once. Numbers are given by the day,
    // in order. Deposits (depositOf set) need only the rights of the orders they come with.
    void createMany(QList<Payment>& payments);
    // Replaces amount, date, method, notes and allocations (deposits change with their order).
    void update(Payment& payment, Overpayment overpayment = Overpayment::Refuse);
    void remove(qint64 id, int expectedVersion);

    std::optional<Payment> find(qint64 id) const;
    Payment get(qint64 id) const;
    // The customer's orders with money still due, oldest first.
    QList<OpenOrder> openOrders(qint64 customerId) const;
    // How a payment on account would be spread: oldest first, what remains is credit.
    QList<PaymentAllocation> planAllocation(qint64 customerId, Money amount) const;
    Money dueOn(qint64 orderId) const; // 0 for a cancelled order
    Money paidOn(qint64 orderId) const;
    CustomerBalance balance(qint64 customerId) const;
    // Everything the customer paid (less refunds) before a time, for a statement's opening balance.
    Money receivedBefore(qint64 customerId, const QDateTime& before) const;
    // Every customer who owed money at the end of `today` (the shop's local day), aged on that
    // day, largest first: orders taken later are left out and payments made later not counted.
    // (An order cancelled since still counts as cancelled: when it was cancelled is not kept.)
    QList<AgingRow> receivables(const QDate& today) const;

    // atMost ≥ 0: counts no further than that (whether the list is long).
    qint64 count(const PaymentFilter& filter, qint64 atMost = -1) const;
    QList<PaymentRow> page(const PaymentFilter& filter, qint64 offset, int limit) const;
    QList<PaymentRow> pageAfter(const PaymentFilter& filter, const PaymentRow& last, int limit) const;

    // The deposit payment of an order, kept in step with its deposit field (from OrderRepository).
    void syncDeposit(const struct Order& order);

private:
    // Payments are money: every read needs payments ▸ view and ▸ see money.
    void requireMoney() const;
    std::optional<Payment> load(qint64 id) const;
    CustomerBalance balanceOf(qint64 customerId) const;
    // The writes without the rights check, for an order's deposit (governed by the order's rights).
    qint64 insert(Payment& p, qint64 order, Overpayment overpayment);
    void save(Payment& p, Overpayment overpayment);
    void validate(Payment& p, qint64 order, Overpayment overpayment) const;
    void allocate(Payment& p, qint64 order, Overpayment overpayment) const;
    void writeAllocations(const Payment& p);
    void refreshPaid(const QList<qint64>& orderIds);
    [[noreturn]] void throwConflict(qint64 id) const;

    Database& m_db;
};

} // namespace shopcrm
