#pragma once

#include "domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace shopcrm {

class Database;

// Billed (orders not cancelled, by order month), received (payments less refunds, by payment
// month) and outstanding (everything billed up to the end of the period less everything received)
// for one month or a run of months, in the shop's local time.
struct PeriodFigures
{
    QString first; // "2026-01"
    QString last;  // "2026-12"; equal to first for one month
    Money billed;
    Money received;
    Money outstanding;
    qint64 orders = 0;
    // Set when the figures are of a run of days rather than of whole months (a period in progress
    // and the days it is compared with): the shop's local days, inclusive.
    QDate fromDay;
    QDate toDay;
    Money average() const;
};

// A part of the revenue: a customer, a product category, a staff member or a product.
struct RevenueShare
{
    qint64 id = 0; // 0: none (lines without a catalog product, orders without staff)
    QString name;
    Money billed;
    qint64 orders = 0;
};

struct Review
{
    PeriodFigures figures;
    PeriodFigures previous; // the period just before, as long
    PeriodFigures lastYear; // the same period a year earlier
    // A period still in progress (today falls in it before its last day) is compared by days: its
    // first days up to today against as many first days of the period before (no more than it
    // has) and the same days a year earlier. Invalid for a period that is over.
    QDate through;
    QList<PeriodFigures> trend; // 12 months ending with the period's last month
    QList<RevenueShare> categories;
    QList<RevenueShare> topCustomers; // the 10 largest
    QList<RevenueShare> staff;
};


// The monthly revenue review and the receivables, read from the revenue summaries (schema 6), so
// they take milliseconds however many orders there are. Ranges of days (the CLI's customer,
// product and staff reports) read the orders of that range. Receivables are PaymentRepository's.
// What "billed" counts: orders by the date they were taken (the default), or delivered orders by
// the date they were delivered. A shop setting; received is always by the payment's date.
enum class BillingBasis { OrderDate, Delivery };

class Reports final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::Reports)
public:
    static BillingBasis basis(Database& db); // the shop's choice (settings)
    static void setBasis(Database& db, BillingBasis basis);
    static QString basisName(BillingBasis basis);

    static QString monthKey(const QDate& day) { return day.toString(QStringLiteral("yyyy-MM")); }
    static QString addMonths(const QString& month, int months);
    // "2026-11-01", "2026-11-01 – 11-15" or "2025-12-20 – 2026-01-05": the days a figure counts.
    static QString daysName(const PeriodFigures& f);

    static PeriodFigures figures(Database& db, const QString& first, const QString& last,
                                 BillingBasis basis = BillingBasis::OrderDate);
    static QList<PeriodFigures> months(Database& db, const QString& first, const QString& last,
                                       BillingBasis basis = BillingBasis::OrderDate);
    // Days from..to inclusive (the shop's local days) from the daily totals; outstanding as at the
    // end of `to`.
    static PeriodFigures days(Database& db, const QDate& from, const QDate& to,
                              BillingBasis basis = BillingBasis::OrderDate);
    static Review review(Database& db, const QString& first, const QString& last,
                         BillingBasis basis = BillingBasis::OrderDate,
                         const QDate& today = QDate::currentDate());

    // Days from..to inclusive, the shop's local days; cancelled orders left out.
    static QList<RevenueShare> byCustomer(Database& db, const QDate& from, const QDate& to);
    static QList<RevenueShare> byProduct(Database& db, const QDate& from, const QDate& to);
    static QList<RevenueShare> byStaff(Database& db, const QDate& from, const QDate& to);
};

} // namespace shopcrm
