#pragma once

#include "domain/Order.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QVariant>

#include <optional>

namespace shopcrm {

struct ListAnchors; // store/RowSupport.h

class Database;

// What the order list shows of one order.
struct OrderRow
{
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    QString customer;
    QString title;
    Money total;
    Money deposit;
    Money paid; // payments allocated to it, the deposit included
    OrderStatus status = OrderStatus::Unscheduled;
    QDateTime orderDate; // UTC
    QDateTime due;       // UTC, invalid when none
    bool urgent = false;
    QString staff;
    QString createdBy;
    int version = 0;    // as listed: a change made from the list is checked against it
    QVariant sortValue; // the value of the sort column, for keyset paging
};

enum class OrderSort { Number, OrderDate, Customer, Title, Total, Deposit, Status, Due, Staff, CreatedBy, AmountDue };

// Due-date filters; "overdue" and "due today or overdue" only ever list unfinished orders.
enum class DueFilter { Any, Today, Overdue, TodayOrOverdue, ThisWeek };

struct OrderFilter
{
    QList<OrderStatus> statuses; // empty: every status
    QDate from;                  // order date, shop's local days, inclusive
    QDate to;
    qint64 customerId = 0;
    qint64 staffId = 0;
    qint64 categoryId = -1; // -1: any; 0: lines without a catalog product; else orders with a line in it
    QDate deliveredFrom;    // delivered orders, by the local day they were delivered (inclusive)
    QDate deliveredTo;
    DueFilter due = DueFilter::Any;
    bool urgentOnly = false;
    // Where the due filters start their day (tests and the CLI's --date set it; default now).
    QDateTime now;

    // The list's default: everything not delivered or cancelled.
    static OrderFilter unfinished();
};

struct OrderListQuery
{
    OrderFilter filter;
    OrderSort sort = OrderSort::OrderDate;
    Qt::SortOrder order = Qt::DescendingOrder;
};

struct OrderTotals
{
    qint64 count = 0;
    Money total;
    Money deposit;
};

// A price this customer paid for a product on an earlier order.
struct LastPrice
{
    qint64 orderId = 0;
    QString number;
    QDateTime orderDate; // UTC
    Money unitPrice;
    QString unit;
    Quantity quantity;
    int widthMm = 0;
    int heightMm = 0;
};

class OrderRepository final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::OrderRepository)
public:
    explicit OrderRepository(Database& db) : m_db(db) {}

    // Validates, gives the order its number from the counter table and saves it, all in one
    // transaction. A supplied history (demo data, imports) is kept instead of "created now".
    qint64 create(Order& order, const QList<StatusChange>& history = {});
    // An order from another program (an import): it keeps its own number (unique among ours) and
    // its history; the counter is not used.
    qint64 createWithNumber(Order& order, const QList<StatusChange>& history);
    // Many new orders in one transaction (generated data, a bulk import): the same rows, numbers
    // (given day by day in order), history, deposits, summaries, change feed and audit as create()
    // for each, through SQLite's own API with each statement prepared once. histories is empty or
    // one per order. The customers' search activity is not moved here, because re-keying a
    // customer costs more than writing an order: the latest order day per customer is merged
    // into `activity`, for CustomerSearchIndex::touchMany once all batches are written.
    void createMany(QList<Order>& orders, const QList<QList<StatusChange>>& histories, QHash<qint64, QDate>& activity);
    // Deletes an order nothing else refers to (no payment, delivery slip or follow-up), as an
    // import's undo does; StoreError(Validation) naming what refers to it otherwise.
    void removeUnused(qint64 id);
    // Saves only if nobody changed the order since order.meta.version was read: otherwise a
    // Conflict whose message lists what differs. A delivered or cancelled order is Locked.
    void update(Order& order);
    // Moves an unfinished order along the workflow, with a reason when cancelling; delivered and
    // cancelled orders only leave their state through reopen().
    void setStatus(qint64 id, int expectedVersion, OrderStatus status, const QString& reason = {});
    // Makes a delivered order done again, or a cancelled one unscheduled; a reason is kept.
    void reopen(qint64 id, int expectedVersion, const QString& reason);

    Order get(qint64 id) const; // NotFound when missing
    std::optional<Order> find(qint64 id) const;
    std::optional<Order> findByNumber(const QString& number) const;
    QList<StatusChange> history(qint64 id) const;

    // The prices this customer paid for this product (catalog name or free text, matched with
    // case and spaces folded) on its most recent orders, newest first, one per order.
    QList<LastPrice> lastPrices(qint64 customerId, const QString& product, int limit = 3,
                                qint64 excludeOrderId = 0) const;

    OrderTotals totals(const OrderFilter& filter) const;
    // Whether more than `limit` orders match: a count that stops after limit + 1.
    bool countsMoreThan(const OrderFilter& filter, qint64 limit) const;
    // As CustomerRepository::page: with the total known, the second half is read from the end.
    // With anchors (read by anchors()), a page is read after the nearest anchor before it.
    QList<OrderRow> page(const OrderListQuery& query, qint64 offset, int limit, qint64 total = -1,
                         const ListAnchors* anchors = nullptr) const;
    ListAnchors anchors(const OrderListQuery& query, int every) const;
    QList<OrderRow> pageAfter(const OrderListQuery& query, const OrderRow& last, int limit) const;
    qint64 positionOf(const OrderListQuery& query, qint64 id) const;
    // Unfinished orders due by the end of the shop's day, and how many of them are overdue.
    std::pair<qint64, qint64> dueTodayAndOverdue(const QDateTime& now = {}) const;

    // Lines as order_lines keeps them, in any table of the same shape (quote_lines): read in
    // position order, or inserted at positions firstPosition… with their new ids set.
    static QList<OrderLine> readLines(Database& db, const QString& table, const QString& parentColumn,
                                      qint64 parentId);
    static void insertLines(Database& db, const QString& table, const QString& parentColumn, qint64 parentId,
                            QList<OrderLine>& lines, int firstPosition = 0);

private:
    qint64 insert(Order& order, const QList<StatusChange>& history, bool keepNumber);
    // The order as stored, for the writes (find() hides the money from a role that may not see it).
    std::optional<Order> load(qint64 id) const;
    struct Where
    {
        QString sql;
        QVariantList binds;
    };
    Where where(const OrderFilter& filter) const;
    void saveLines(Order& order);
    void saveStaff(const Order& order);
    void addHistory(qint64 id, const StatusChange& change);
    void changeStatus(qint64 id, int expectedVersion, OrderStatus to, const QString& reason, bool reopening);
    [[noreturn]] void throwConflict(const Order& theirs, const Order& mine) const;
    // Lines already (partly) delivered cannot be removed or cut below what went out.
    void checkDeliveredLines(const Order& order) const;
    QList<OrderRow> readRows(class Sql& q) const;
    static void validate(Order& order);

    Database& m_db;
};

} // namespace shopcrm
