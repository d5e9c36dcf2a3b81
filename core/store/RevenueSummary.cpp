#include "RevenueSummary.h"

#include "Database.h"
#include "Migrations.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace shopcrm {

namespace {

// SQLite's 'localtime' and Qt's local time both follow the process's time zone, so the SQL
// rebuild and the C++ deltas put an order in the same month.
const char* const kRebuildCategories = R"SQL(
DELETE FROM summary_category_month;
INSERT INTO summary_category_month(month, category_id, billed, orders)
    SELECT strftime('%Y-%m', o.order_date, 'localtime'), coalesce(p.category_id, 0), sum(l.amount), count(DISTINCT o.id)
    FROM order_lines l JOIN orders o ON o.id = l.order_id LEFT JOIN products p ON p.id = l.product_id
    WHERE o.status <> 4 GROUP BY 1, 2;
DELETE FROM summary_delivered_category_month;
INSERT INTO summary_delivered_category_month(month, category_id, billed, orders)
    SELECT strftime('%Y-%m', o.status_at, 'localtime'), coalesce(p.category_id, 0), sum(l.amount), count(DISTINCT o.id)
    FROM order_lines l JOIN orders o ON o.id = l.order_id LEFT JOIN products p ON p.id = l.product_id
    WHERE o.status = 3 GROUP BY 1, 2;
)SQL";

const char* const kRebuild = R"SQL(
DELETE FROM summary_month;
DELETE FROM summary_customer_month;
DELETE FROM summary_staff_month;
INSERT INTO summary_customer_month(month, customer_id, billed, orders, received)
    SELECT strftime('%Y-%m', order_date, 'localtime'), customer_id, sum(total), count(*), 0
    FROM orders WHERE status <> 4 GROUP BY 1, 2;
INSERT INTO summary_customer_month(month, customer_id, billed, orders, received)
    SELECT strftime('%Y-%m', paid_at, 'localtime'), customer_id, 0, 0, sum(amount) FROM payments WHERE true GROUP BY 1, 2
    ON CONFLICT (month, customer_id) DO UPDATE SET received = received + excluded.received;
INSERT INTO summary_month(month, billed, orders, received)
    SELECT month, sum(billed), sum(orders), sum(received) FROM summary_customer_month GROUP BY month;
INSERT INTO summary_staff_month(month, staff_id, billed, orders)
    SELECT strftime('%Y-%m', o.order_date, 'localtime'), s.staff_id, sum(o.total), count(*)
    FROM (SELECT DISTINCT order_id, staff_id FROM order_staff) s JOIN orders o ON o.id = s.order_id
    WHERE o.status <> 4 GROUP BY 1, 2;
DELETE FROM summary_delivered_month;
DELETE FROM summary_delivered_customer_month;

DELETE FROM summary_delivered_staff_month;
INSERT INTO summary_delivered_customer_month(month, customer_id, billed, orders)
    SELECT strftime('%Y-%m', status_at, 'localtime'), customer_id, sum(total), count(*)
    FROM orders WHERE status = 3 GROUP BY 1, 2;
INSERT INTO summary_delivered_month(month, billed, orders)
    SELECT month, sum(billed), sum(orders) FROM summary_delivered_customer_month GROUP BY month;
INSERT INTO summary_delivered_staff_month(month, staff_id, billed, orders)
    SELECT strftime('%Y-%m', o.status_at, 'localtime'), s.staff_id, sum(o.total), count(*)
    FROM (SELECT DISTINCT order_id, staff_id FROM order_staff) s JOIN orders o ON o.id = s.order_id
    WHERE o.status = 3 GROUP BY 1, 2;
)SQL";

// The yearly tables came with schema 13; an upgrade that rebuilds at an earlier step has none yet.
const char* const kRebuildYears = R"SQL(
DELETE FROM summary_customer_year;
INSERT INTO summary_customer_year(year, customer_id, billed, orders)
    SELECT strftime('%Y', order_date, 'localtime'), customer_id, sum(total), count(*)
    FROM orders WHERE status <> 4 GROUP BY 1, 2;
DELETE FROM summary_delivered_customer_year;
INSERT INTO summary_delivered_customer_year(year, customer_id, billed, orders)
    SELECT strftime('%Y', status_at, 'localtime'), customer_id, sum(total), count(*)
    FROM orders WHERE status = 3 GROUP BY 1, 2;
)SQL";

// The daily tables came with schema 15.
const char* const kRebuildDays = R"SQL(
DELETE FROM summary_day;
INSERT INTO summary_day(day, billed, orders, received)
    SELECT strftime('%Y-%m-%d', order_date, 'localtime'), sum(total), count(*), 0
    FROM orders WHERE status <> 4 GROUP BY 1;
INSERT INTO summary_day(day, billed, orders, received)
    SELECT strftime('%Y-%m-%d', paid_at, 'localtime'), 0, 0, sum(amount) FROM payments WHERE true GROUP BY 1
    ON CONFLICT (day) DO UPDATE SET received = received + excluded.received;
DELETE FROM summary_delivered_day;
INSERT INTO summary_delivered_day(day, billed, orders)
    SELECT strftime('%Y-%m-%d', status_at, 'localtime'), sum(total), count(*)
    FROM orders WHERE status = 3 GROUP BY 1;
)SQL";

// An upgrade that rebuilds at an earlier step has not made the later tables yet.
bool hasTable(Database& db, const QString& name)
{
    return db.hasTable(name);
}

} // namespace

QString RevenueSummary::monthOf(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM"));
}

QString RevenueSummary::dayOf(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
}

void RevenueSummary::Changes::add(const QString& table, const QString& keyColumn, const QString& month, qint64 key,
                                  Amounts amounts)
{
    Amounts& row = m_rows[Row{table, keyColumn, month, key}];
    row.billed += amounts.billed;
    row.orders += amounts.orders;
    row.received += amounts.received;
}

qint64 RevenueSummary::Changes::categoryOf(qint64 productId)
{
    auto it = m_categories.constFind(productId);
    if (it == m_categories.cend())
        it = m_categories.insert(productId, Sql(m_db, QStringLiteral("SELECT coalesce(category_id, 0) FROM products WHERE id = ?"))
                                                .bind(productId)
                                                .scalar()
                                                .toLongLong());
    return *it;
}

void RevenueSummary::Changes::write()
{
    for (const auto& [row, amounts] : m_rows) {
        const auto& [table, keyColumn, month, key] = row;
        if (amounts.billed == 0 && amounts.orders == 0 && amounts.received == 0)
            continue;
        const bool hasReceived = table == QLatin1String("summary_month") ||
                                 table == QLatin1String("summary_customer_month") ||
                                 table == QLatin1String("summary_day");
        const QString period = table.endsWith(QLatin1String("_year"))  ? QStringLiteral("year")
                               : table.endsWith(QLatin1String("_day")) ? QStringLiteral("day")
                                                                       : QStringLiteral("month");
        QString columns = period;
        QString values = QStringLiteral("?");
        if (!keyColumn.isEmpty()) {
            columns += QStringLiteral(", ") + keyColumn;
            values += QStringLiteral(", ?");
        }
        const QString conflict = keyColumn.isEmpty() ? period : period + QStringLiteral(", ") + keyColumn;
        Sql q(m_db, QStringLiteral("INSERT INTO %1(%2, billed, orders%3) VALUES (%4, ?, ?%5) ON CONFLICT (%6) DO UPDATE SET "
                                   "billed = billed + excluded.billed, orders = orders + excluded.orders%7")
                        .arg(table, columns, hasReceived ? QStringLiteral(", received") : QString(), values,
                             hasReceived ? QStringLiteral(", ?") : QString(), conflict,
                             hasReceived ? QStringLiteral(", received = received + excluded.received") : QString()));
        q.bind(month);
        if (!keyColumn.isEmpty())
            q.bind(key);
        q.bind(amounts.billed).bind(amounts.orders);
        if (hasReceived)
            q.bind(amounts.received);
        q.exec();
    }
    m_rows.clear();
}

void RevenueSummary::Changes::order(const Order& o, int sign)
{
    if (o.status == OrderStatus::Cancelled)
        return;
    // By order date: every order that is not cancelled; by delivery date: delivered orders, in
    // the month they were delivered.
    addOrder(QStringLiteral("summary"), dayOf(o.orderDate), o, sign);
    if (o.status == OrderStatus::Delivered && o.statusAt.isValid())
        addOrder(QStringLiteral("summary_delivered"), dayOf(o.statusAt), o, sign);
}

void RevenueSummary::Changes::addOrder(const QString& prefix, const QString& day, const Order& o, int sign)
{
    const qint64 total = o.total().fen() * sign;
    const QString month = day.left(7);
    add(prefix + QStringLiteral("_day"), {}, day, 0, {total, sign, 0});
    add(prefix + QStringLiteral("_month"), {}, month, 0, {total, sign, 0});
    add(prefix + QStringLiteral("_customer_month"), QStringLiteral("customer_id"), month, o.customerId, {total, sign, 0});
    add(prefix + QStringLiteral("_customer_year"), QStringLiteral("customer_id"), month.left(4), o.customerId,
        {total, sign, 0});
    // Lines by the category of their catalog product; free-text lines count as category 0.
    QHash<qint64, qint64> byCategory;
    for (const OrderLine& line : o.lines)
        byCategory[line.productId > 0 ? categoryOf(line.productId) : 0] += line.amount.fen();
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        add(prefix + QStringLiteral("_category_month"), QStringLiteral("category_id"), month, it.key(),
            {it.value() * sign, sign, 0});
    // Every staff member on the order is credited with the whole order, once.
    QSet<qint64> staff;
    for (const OrderStaff& s : o.staff)
        if (s.staffId > 0 && !staff.contains(s.staffId)) {
            staff.insert(s.staffId);
            add(prefix + QStringLiteral("_staff_month"), QStringLiteral("staff_id"), month, s.staffId, {total, sign, 0});
        }
}

void RevenueSummary::Changes::payment(qint64 customerId, const QDateTime& paidAt, Money amount, int sign)
{
    const QString day = dayOf(paidAt);
    const QString month = day.left(7);
    add(QStringLiteral("summary_day"), {}, day, 0, {0, 0, amount.fen() * sign});
    add(QStringLiteral("summary_month"), {}, month, 0, {0, 0, amount.fen() * sign});
    add(QStringLiteral("summary_customer_month"), QStringLiteral("customer_id"), month, customerId, {0, 0, amount.fen() * sign});
}

void RevenueSummary::applyOrder(Database& db, const Order& o, int sign)
{
    Changes changes(db);
    changes.order(o, sign);
    changes.write();
}

void RevenueSummary::applyPayment(Database& db, qint64 customerId, const QDateTime& paidAt, Money amount, int sign)
{
    Changes changes(db);
    changes.payment(customerId, paidAt, amount, sign);
    changes.write();
}

void RevenueSummary::rebuild(Database& db)
{
    db.write([&] {
        Migrations::execScript(db, QString::fromUtf8(kRebuild));
        Migrations::execScript(db, QString::fromUtf8(kRebuildCategories));
        if (hasTable(db, QStringLiteral("summary_customer_year")))
            Migrations::execScript(db, QString::fromUtf8(kRebuildYears));
        if (hasTable(db, QStringLiteral("summary_day"))) rebuildDays(db);
    });
}

void RevenueSummary::rebuildCustomers(Database& db, const QList<qint64>& customerIds)
{
    QStringList ids;
    for (const qint64 id : customerIds)
        ids.append(QString::number(id));
    // The same queries as the full rebuild, for these customers only (ids are numbers made here).
    const QString in = QStringLiteral("customer_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    db.write([&] {
        db.exec(QStringLiteral("DELETE FROM summary_customer_month WHERE %1").arg(in));
        db.exec(QStringLiteral("DELETE FROM summary_delivered_customer_month WHERE %1").arg(in));
        db.exec(QStringLiteral("DELETE FROM summary_customer_year WHERE %1").arg(in));
        db.exec(QStringLiteral("DELETE FROM summary_delivered_customer_year WHERE %1").arg(in));
        db.exec(QStringLiteral("INSERT INTO summary_customer_month(month, customer_id, billed, orders, received) "
                               "SELECT strftime('%Y-%m', order_date, 'localtime'), customer_id, sum(total), count(*), 0 "
                               "FROM orders WHERE status <> 4 AND %1 GROUP BY 1, 2")
                    .arg(in));
        db.exec(QStringLiteral("INSERT INTO summary_customer_month(month, customer_id, billed, orders, received) "
                               "SELECT strftime('%Y-%m', paid_at, 'localtime'), customer_id, 0, 0, sum(amount) FROM payments "
                               "WHERE %1 GROUP BY 1, 2 "
                               "ON CONFLICT (month, customer_id) DO UPDATE SET received = received + excluded.received")
                    .arg(in));
        db.exec(QStringLiteral("INSERT INTO summary_delivered_customer_month(month, customer_id, billed, orders) "
                               "SELECT strftime('%Y-%m', status_at, 'localtime'), customer_id, sum(total), count(*) "
                               "FROM orders WHERE status = 3 AND %1 GROUP BY 1, 2")
                    .arg(in));
        for (const QString& basis : {QStringLiteral("summary"), QStringLiteral("summary_delivered")})
            db.exec(QStringLiteral(
                        "INSERT INTO %1_customer_year(year, customer_id, billed, orders) SELECT "
                        "substr(month, 1, 4), "
                        "customer_id, sum(billed), sum(orders) FROM %1_customer_month WHERE %2 GROUP BY 1, 2")
                        .arg(basis, in));
    });
}

void RevenueSummary::rebuildDays(Database& db)
{
    Migrations::execScript(db, QString::fromUtf8(kRebuildDays));
}

void RevenueSummary::rebuildCategories(Database& db)
{
    db.write([&] { Migrations::execScript(db, QString::fromUtf8(kRebuildCategories)); });
}

} // namespace shopcrm
