#pragma once

#include "domain/Opportunity.h"
#include "store/SalesTargetRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace shopcrm {

class Database;

// Expected revenue in one month (of expected close) for one owner or for everyone: the open
// opportunities' amounts as they stand and weighted by their probability, beside what was won
// (by the month it was won).
struct ForecastRow
{
    QString month; // "2026-12"
    QString owner; // empty in the shop's rows
    qint64 open = 0;
    Money amount;
    Money weighted;
    qint64 won = 0;
    Money wonAmount;
};

struct Forecast
{
    QDate from;
    QDate to;
    QList<ForecastRow> months; // every month of the range, the whole shop
    QList<ForecastRow> owners; // per month and owner, only where something is expected or won
    ForecastRow total;         // the whole range
    qint64 undated = 0;        // open ones without an expected close, left out above
    Money undatedAmount;
};

// How far the opportunities created in a period got: each stage in pipeline order (won last), how
// many reached it (a skipped stage counts as passed), the share of those that went on to the next,
// and the average days spent in it.
struct FunnelStage
{
    OpportunityStage stage;
    qint64 reached = 0;
    qint64 conversionPermille = -1; // to the next stage; -1 for the last
    double averageDays = 0;         // in this stage before moving on (still open: until today)
    qint64 timed = 0;               // how many stays the average is over
};

struct Funnel
{
    QDate from;
    QDate to;
    qint64 created = 0;
    qint64 won = 0;
    qint64 lost = 0;
    Money wonAmount;
    QList<FunnelStage> stages;
};

// Won and lost in a period (by the day they closed), by lead source or by lost reason.
struct WinLossRow
{
    QString key; // the source or the reason ("" when none was given)
    qint64 won = 0;
    Money wonAmount;
    qint64 lost = 0;
    Money lostAmount;
    qint64 winRatePermille() const
    {
        return won + lost > 0 ? (won * 1000 + (won + lost) / 2) / (won + lost) : 0;
    }
};

// A target beside what was achieved in its period so far.
struct TargetProgress
{
    SalesTarget target;
    qint64 actual = 0; // fen for revenue, otherwise a count
    qint64 permille() const
    {
        return target.target > 0 ? (actual * 1000 + target.target / 2) / target.target : 0;
    }
};

// The sales analysis of a period: the forecast for its months, the funnel of the opportunities
// created in it, and those won and lost in it by lead source and by lost reason.
struct SalesAnalysis
{
    QDate from;
    QDate to;
    Forecast forecast;
    Funnel funnel;
    QList<WinLossRow> sources;
    QList<WinLossRow> reasons;
};

class SalesReports final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::SalesReports)
public:
    // Months of expected close from..to (the months holding those days).
    static Forecast forecast(Database& db, const QDate& from, const QDate& to);
    // Opportunities created from..to (the shop's local days, inclusive); days in stage up to `today`.
    static Funnel funnel(Database& db, const QDate& from, const QDate& to,
                         const QDate& today = QDate::currentDate());
    static QList<WinLossRow> bySource(Database& db, const QDate& from, const QDate& to);
    static QList<WinLossRow> byLostReason(Database& db, const QDate& from, const QDate& to);
    // All four for the period (the forecast over the months holding it).
    static SalesAnalysis analysis(Database& db, const QDate& from, const QDate& to,
                                  const QDate& today = QDate::currentDate());
    // The forecast's rows summed per owner over its months, the largest expected first.
    static QList<ForecastRow> byOwner(const Forecast& forecast);
    // "62.5%" for 625 permille.
    static QString percent(qint64 permille);
    // Each target of the period against what was achieved: revenue billed as the review counts it
    // (the shop's billing basis; a staff member's orders count in full for each one on them), new
    // customers by when they were created (a staff member's: those they own), follow-ups by when
    // they took place (a staff member's: those they made).
    static QList<TargetProgress> targets(Database& db, const QString& period);
};

} // namespace shopcrm
