#include "Reports.h"

#include "store/Database.h"
#include "store/RowSupport.h"

#include <QHash>

namespace shopcrm {

namespace {

QList<RevenueShare> readShares(Sql& q)
{
    QList<RevenueShare> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), Money::fromFen(q.value(2).toLongLong()),
                       q.value(3).toLongLong()});
    return result;
}

QString startOf(const QDate& day)
{
    return utcText(day.startOfDay()).toString();
}

} // namespace

Money PeriodFigures::average() const
{
    return orders > 0 ? Money::fromFen(roundedDivide(billed.fen(), orders)) : Money();
}

QString Reports::addMonths(const QString& month, int months)
{
    return monthKey(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).addMonths(months));
}

PeriodFigures Reports::figures(Database& db, const QString& first, const QString& last)
{
    PeriodFigures f;
    f.first = first;
    f.last = last;
    // One pass over the month totals: the period's own sums, and everything up to its end.
    Sql q(db, QStringLiteral("SELECT coalesce(sum(CASE WHEN month >= ? THEN billed END), 0), "
                             "coalesce(sum(CASE WHEN month >= ? THEN received END), 0), "
                             "coalesce(sum(CASE WHEN month >= ? THEN orders END), 0), "
                             "coalesce(sum(billed) - sum(received), 0) FROM summary_month WHERE month <= ?"));
    q.bind(first).bind(first).bind(first).bind(last).exec();
    if (q.next()) {
        f.billed = Money::fromFen(q.value(0).toLongLong());
        f.received = Money::fromFen(q.value(1).toLongLong());
        f.orders = q.value(2).toLongLong();
        f.outstanding = Money::fromFen(q.value(3).toLongLong());
    }
    return f;
}

QList<PeriodFigures> Reports::months(Database& db, const QString& first, const QString& last)
{
    QHash<QString, PeriodFigures> byMonth;
    Sql q(db, QStringLiteral("SELECT month, billed, received, orders FROM summary_month WHERE month BETWEEN ? AND ?"));
    q.bind(first).bind(last).exec();
    while (q.next()) {
        PeriodFigures f;
        f.first = f.last = q.value(0).toString();
        f.billed = Money::fromFen(q.value(1).toLongLong());
        f.received = Money::fromFen(q.value(2).toLongLong());
        f.orders = q.value(3).toLongLong();
        byMonth.insert(f.first, f);
    }
    Money running = Money::fromFen(Sql(db, QStringLiteral("SELECT coalesce(sum(billed) - sum(received), 0) FROM "
                                                          "summary_month WHERE month < ?"))
                                       .bind(first)
                                       .scalar()
                                       .toLongLong());
    QList<PeriodFigures> result;
    for (QString m = first; m <= last; m = addMonths(m, 1)) {
        PeriodFigures f = byMonth.value(m);
        f.first = f.last = m;
        running += f.billed - f.received;
        f.outstanding = running;
        result.append(f);
    }
    return result;
}

Review Reports::review(Database& db, const QString& first, const QString& last)
{
    Review r;
    const QDate firstDay = QDate::fromString(first + QStringLiteral("-01"), Qt::ISODate);
    const QDate lastDay = QDate::fromString(last + QStringLiteral("-01"), Qt::ISODate);
    const int length = int((lastDay.year() - firstDay.year()) * 12 + lastDay.month() - firstDay.month() + 1);
    r.figures = figures(db, first, last);
    r.previous = figures(db, addMonths(first, -length), addMonths(last, -length));
    r.lastYear = figures(db, addMonths(first, -12), addMonths(last, -12));
    r.trend = months(db, addMonths(last, -11), last);

    Sql categories(db, QStringLiteral("SELECT s.category_id, coalesce(c.name, ''), sum(s.billed), sum(s.orders) "
                                      "FROM summary_category_month s LEFT JOIN product_categories c ON c.id = s.category_id "
                                      "WHERE s.month BETWEEN ? AND ? GROUP BY s.category_id HAVING sum(s.billed) <> 0 "
                                      "ORDER BY 3 DESC"));
    categories.bind(first).bind(last).exec();
    r.categories = readShares(categories);
    for (RevenueShare& s : r.categories)
        if (s.id == 0)
            s.name = tr("Not in the catalog");
    // One month has one row per customer: its ten largest come straight off summary_customer_top.
    // Several months are added up per customer first.
    Sql customers(db, first == last
                          ? QStringLiteral("SELECT s.customer_id, c.name, s.billed, s.orders FROM summary_customer_month s "
                                           "CROSS JOIN customers c ON c.id = s.customer_id WHERE s.month = ? AND "
                                           "s.billed > 0 ORDER BY s.billed DESC, s.customer_id LIMIT 10")
                          : QStringLiteral("SELECT s.customer_id, c.name, sum(s.billed), sum(s.orders) FROM "
                                           "summary_customer_month s JOIN customers c ON c.id = s.customer_id WHERE "
                                           "s.month BETWEEN ? AND ? GROUP BY s.customer_id HAVING sum(s.billed) > 0 "
                                           "ORDER BY 3 DESC, 1 LIMIT 10"));
    customers.bind(first);
    if (first != last)
        customers.bind(last);
    customers.exec();
    r.topCustomers = readShares(customers);
    Sql staff(db, QStringLiteral("SELECT s.staff_id, coalesce(m.name, ''), sum(s.billed), sum(s.orders) FROM summary_staff_month s "
                                 "LEFT JOIN staff m ON m.id = s.staff_id WHERE s.month BETWEEN ? AND ? GROUP BY s.staff_id "
                                 "HAVING sum(s.orders) <> 0 ORDER BY 3 DESC"));
    staff.bind(first).bind(last).exec();
    r.staff = readShares(staff);
    return r;
}

QList<RevenueShare> Reports::byCustomer(Database& db, const QDate& from, const QDate& to)
{
    Sql q(db, QStringLiteral("SELECT o.customer_id, c.name, sum(o.total), count(*) FROM orders o JOIN customers c "
                             "ON c.id = o.customer_id WHERE o.order_date >= ? AND o.order_date < ? AND o.status <> 4 "
                             "GROUP BY o.customer_id ORDER BY 3 DESC, 1"));
    q.bind(startOf(from)).bind(startOf(to.addDays(1))).exec();
    return readShares(q);
}

QList<RevenueShare> Reports::byProduct(Database& db, const QDate& from, const QDate& to)
{
    // Catalog products by id; free-text lines by what was typed.
    Sql q(db, QStringLiteral("SELECT coalesce(l.product_id, 0), CASE WHEN l.product <> '' THEN l.product ELSE "
                             "l.description END, sum(l.amount), count(DISTINCT o.id) FROM order_lines l JOIN orders o "
                             "ON o.id = l.order_id WHERE o.order_date >= ? AND o.order_date < ? AND o.status <> 4 "
                             "GROUP BY coalesce(l.product_id, 0), l.product_key ORDER BY 3 DESC, 2"));
    q.bind(startOf(from)).bind(startOf(to.addDays(1))).exec();
    return readShares(q);
}

QList<RevenueShare> Reports::byStaff(Database& db, const QDate& from, const QDate& to)
{
    Sql q(db, QStringLiteral("SELECT s.staff_id, m.name, sum(o.total), count(*) FROM (SELECT DISTINCT order_id, staff_id "
                             "FROM order_staff) s JOIN orders o ON o.id = s.order_id JOIN staff m ON m.id = s.staff_id "
                             "WHERE o.order_date >= ? AND o.order_date < ? AND o.status <> 4 GROUP BY s.staff_id "
                             "ORDER BY 3 DESC, 2"));
    q.bind(startOf(from)).bind(startOf(to.addDays(1))).exec();
    return readShares(q);
}


} // namespace shopcrm
