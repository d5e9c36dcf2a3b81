#include "Reports.h"

#include "store/Database.h"
#include "store/ShopSettings.h"
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

// The summary tables "billed" is read from.
QString billedPrefix(BillingBasis basis)
{
    return basis == BillingBasis::Delivery ? QStringLiteral("summary_delivered") : QStringLiteral("summary");
}

const QString kBasisKey = QStringLiteral("reports/billing_basis");

// A day-range report: `sql` has %1 where the orders of the range (not cancelled) are chosen.
QList<RevenueShare> sharesOfDays(Database& db, const QDate& from, const QDate& to, const QString& sql)
{
    Sql q(db, sql.arg(QStringLiteral("o.order_date >= ? AND o.order_date < ? AND o.status <> 4")));
    q.bind(startOf(from)).bind(startOf(to.addDays(1))).exec();
    return readShares(q);
}

// One pass over each table of month (or day) totals: the period's own sums, and everything up to
// its end for what is outstanding then.
void sumPeriod(Database& db, BillingBasis basis, const QString& period, const QString& first,
               const QString& last, PeriodFigures& f)
{
    Sql billed(db,
               QStringLiteral("SELECT coalesce(sum(CASE WHEN %2 >= ? THEN billed END), 0), "
                              "coalesce(sum(CASE WHEN %2 >= ? THEN orders END), 0), coalesce(sum(billed), 0) "
                              "FROM %1_%2 WHERE %2 <= ?")
                   .arg(billedPrefix(basis), period));
    billed.bind(first).bind(first).bind(last).exec();
    billed.next();
    Sql received(db, QStringLiteral("SELECT coalesce(sum(CASE WHEN %1 >= ? THEN received END), 0), "
                                    "coalesce(sum(received), 0) FROM summary_%1 WHERE %1 <= ?")
                         .arg(period));
    received.bind(first).bind(last).exec();
    received.next();
    f.billed = Money::fromFen(billed.value(0).toLongLong());
    f.orders = billed.value(1).toLongLong();
    f.received = Money::fromFen(received.value(0).toLongLong());
    f.outstanding = Money::fromFen(billed.value(2).toLongLong() - received.value(1).toLongLong());
}

} // namespace

BillingBasis Reports::basis(Database& db)
{
    return ShopSettings(db).value(kBasisKey) == QLatin1String("delivery") ? BillingBasis::Delivery
                                                                          : BillingBasis::OrderDate;
}

void Reports::setBasis(Database& db, BillingBasis basis)
{
    db.access().require(Module::Settings, Action::Edit);
    ShopSettings(db).setValue(kBasisKey,
                              basis == BillingBasis::Delivery ? QStringLiteral("delivery") : QStringLiteral("order"));
}

QString Reports::basisName(BillingBasis basis)
{
    return basis == BillingBasis::Delivery ? tr("by delivery date") : tr("by order date");
}

Money PeriodFigures::average() const
{
    return orders > 0 ? Money::fromFen(roundedDivide(billed.fen(), orders)) : Money();
}

QString Reports::addMonths(const QString& month, int months)
{
    return monthKey(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).addMonths(months));
}

PeriodFigures Reports::figures(Database& db, const QString& first, const QString& last, BillingBasis basis)
{
    db.access().require(Module::Reports, Action::View);
    db.access().require(Module::Reports, Action::Money);
    PeriodFigures f;
    f.first = first;
    f.last = last;
    sumPeriod(db, basis, QStringLiteral("month"), first, last, f);
    return f;
}

QString Reports::daysName(const PeriodFigures& f)
{
    if (f.fromDay == f.toDay) return f.fromDay.toString(Qt::ISODate);
    return f.fromDay.toString(Qt::ISODate) + QStringLiteral(" – ") +
           f.toDay.toString(f.fromDay.year() == f.toDay.year() ? QStringLiteral("MM-dd")
                                                               : QStringLiteral("yyyy-MM-dd"));
}

PeriodFigures Reports::days(Database& db, const QDate& from, const QDate& to, BillingBasis basis)
{
    db.access().require(Module::Reports, Action::View);
    db.access().require(Module::Reports, Action::Money);
    PeriodFigures f;
    f.first = monthKey(from);
    f.last = monthKey(to);
    f.fromDay = from;
    f.toDay = to;
    sumPeriod(db, basis, QStringLiteral("day"), from.toString(Qt::ISODate), to.toString(Qt::ISODate), f);
    return f;
}

QList<PeriodFigures> Reports::months(Database& db, const QString& first, const QString& last, BillingBasis basis)
{
    db.access().require(Module::Reports, Action::View);
    db.access().require(Module::Reports, Action::Money);
    QHash<QString, PeriodFigures> byMonth;
    Sql billed(db, QStringLiteral("SELECT month, billed, orders FROM %1_month WHERE month BETWEEN ? AND ?")
                       .arg(billedPrefix(basis)));
    billed.bind(first).bind(last).exec();
    while (billed.next()) {
        PeriodFigures& f = byMonth[billed.value(0).toString()];
        f.billed = Money::fromFen(billed.value(1).toLongLong());
        f.orders = billed.value(2).toLongLong();
    }
    Sql received(db, QStringLiteral("SELECT month, received FROM summary_month WHERE month BETWEEN ? AND ?"));
    received.bind(first).bind(last).exec();
    while (received.next())
        byMonth[received.value(0).toString()].received = Money::fromFen(received.value(1).toLongLong());
    // Outstanding carries on from everything before the first month.
    Money running = figures(db, first, addMonths(first, -1), basis).outstanding;
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

Review Reports::review(Database& db, const QString& first, const QString& last, BillingBasis basis,
                       const QDate& today)
{
    db.access().require(Module::Reports, Action::View);
    db.access().require(Module::Reports, Action::Money);
    Review r;
    const QDate firstDay = QDate::fromString(first + QStringLiteral("-01"), Qt::ISODate);
    const QDate lastMonth = QDate::fromString(last + QStringLiteral("-01"), Qt::ISODate);
    const QDate lastDay = lastMonth.addMonths(1).addDays(-1);
    const int length =
        int((lastMonth.year() - firstDay.year()) * 12 + lastMonth.month() - firstDay.month() + 1);
    if (today >= firstDay && today < lastDay) {
        // In progress: on the 1st, one day against one day, not against a whole month.
        r.through = today;
        const qint64 elapsed = firstDay.daysTo(today);
        const QDate previousFirst = firstDay.addMonths(-length);
        r.figures = days(db, firstDay, today, basis);
        r.previous =
            days(db, previousFirst, std::min(previousFirst.addDays(elapsed), firstDay.addDays(-1)), basis);
        r.lastYear = days(db, firstDay.addYears(-1), today.addYears(-1), basis);
    } else {
        r.figures = figures(db, first, last, basis);
        r.previous = figures(db, addMonths(first, -length), addMonths(last, -length), basis);
        r.lastYear = figures(db, addMonths(first, -12), addMonths(last, -12), basis);
    }
    r.trend = months(db, addMonths(last, -11), last, basis);
    const QString prefix = billedPrefix(basis);

    Sql categories(
        db, QStringLiteral(
                "SELECT s.category_id, coalesce(c.name, ''), sum(s.billed), sum(s.orders) "
                "FROM %1_category_month s LEFT JOIN product_categories c ON c.id = s.category_id "
                "WHERE s.month BETWEEN ? AND ? GROUP BY s.category_id, c.name HAVING sum(s.billed) <> 0 "
                "ORDER BY 3 DESC")
                .arg(prefix));
    categories.bind(first).bind(last).exec();
    r.categories = readShares(categories);
    for (RevenueShare& s : r.categories)
        if (s.id == 0)
            s.name = tr("Not in the catalog");
    // One month or one calendar year has one row per customer: a month's ten largest come straight
    // off the summary's index, a year's from ranking its rows. Other ranges add up each customer's
    // months first. The ten are found before they are named.
    const bool wholeYear = first.left(4) == last.left(4) && first.mid(5) == QLatin1String("01") &&
                           last.mid(5) == QLatin1String("12");
    QString top;
    if (first == last)
        top = QStringLiteral(
                  "SELECT s.customer_id, c.name, s.billed, s.orders FROM %1_customer_month s CROSS JOIN "
                  "customers c ON c.id = s.customer_id WHERE s.month = ? AND s.billed > 0 ORDER BY s.billed "
                  "DESC, s.customer_id LIMIT 10")
                  .arg(prefix);
    else
        // The ten first, then their names.
        top = QStringLiteral(
                  "SELECT t.customer_id, c.name, t.billed, t.orders FROM (%1 ORDER BY 2 DESC, 1 LIMIT 10) t "
                  "CROSS JOIN customers c ON c.id = t.customer_id ORDER BY t.billed DESC, t.customer_id")
                  .arg(wholeYear
                           ? QStringLiteral(
                                 "SELECT customer_id, billed, orders FROM %1_customer_year WHERE year = ? "
                                 "AND billed > 0")
                                 .arg(prefix)
                           : QStringLiteral(
                                 "SELECT customer_id, sum(billed) AS billed, sum(orders) AS orders FROM "
                                 "%1_customer_month WHERE month BETWEEN ? AND ? GROUP BY customer_id "
                                 "HAVING sum(billed) > 0")
                                 .arg(prefix));
    Sql customers(db, top);
    if (wholeYear)
        customers.bind(first.left(4));
    else if (first == last)
        customers.bind(first);
    else
        customers.bind(first).bind(last);
    customers.exec();
    r.topCustomers = readShares(customers);
    Sql staff(
        db, QStringLiteral(
                "SELECT s.staff_id, coalesce(m.name, ''), sum(s.billed), sum(s.orders) FROM %1_staff_month s "
                "LEFT JOIN staff m ON m.id = s.staff_id WHERE s.month BETWEEN ? AND ? GROUP BY s.staff_id, "
                "m.name "
                "HAVING sum(s.orders) <> 0 ORDER BY 3 DESC")
                .arg(prefix));
    staff.bind(first).bind(last).exec();
    r.staff = readShares(staff);
    return r;
}

QList<RevenueShare> Reports::byCustomer(Database& db, const QDate& from, const QDate& to)
{
    db.access().require(Module::Reports, Action::View);
    db.access().require(Module::Reports, Action::Money);
    return sharesOfDays(
        db, from, to,
        QStringLiteral("SELECT o.customer_id, c.name, sum(o.total), count(*) FROM orders o JOIN "
                       "customers c ON c.id = o.customer_id WHERE %1 GROUP BY o.customer_id, c.name "
                       "ORDER BY 3 DESC, 1"));
}

QList<RevenueShare> Reports::byProduct(Database& db, const QDate& from, const QDate& to)
{
    db.access().require(Module::Reports, Action::View);
    db.access().require(Module::Reports, Action::Money);
    // Catalog products by id; free-text lines by what was typed.
    return sharesOfDays(
        db, from, to,
        // One name for each product: the first by text (lines may spell it apart).
        QStringLiteral("SELECT coalesce(l.product_id, 0), min(CASE WHEN l.product <> '' THEN l.product "
                       "ELSE l.description END), sum(l.amount), count(DISTINCT o.id) FROM order_lines l "
                       "JOIN orders o ON o.id = l.order_id WHERE %1 GROUP BY coalesce(l.product_id, 0), "
                       "l.product_key ORDER BY 3 DESC, 2"));
}

QList<RevenueShare> Reports::byStaff(Database& db, const QDate& from, const QDate& to)
{
    db.access().require(Module::Reports, Action::View);
    db.access().require(Module::Reports, Action::Money);
    return sharesOfDays(
        db, from, to,
        QStringLiteral("SELECT s.staff_id, m.name, sum(o.total), count(*) FROM (SELECT DISTINCT "
                       "order_id, staff_id FROM order_staff) s JOIN orders o ON o.id = s.order_id "
                       "JOIN staff m ON m.id = s.staff_id WHERE %1 GROUP BY s.staff_id, m.name "
                       "ORDER BY 3 DESC, 2"));
}


} // namespace shopcrm
