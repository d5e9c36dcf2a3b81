#pragma once

#include "domain/Customer.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace shopcrm {

class Database;

enum class TargetMetric
{
    Revenue,
    NewCustomers,
    FollowUps
};

// What the shop or one staff member aims for in a month ("2026-12") or a quarter ("2026-Q4"):
// revenue in fen, or a count of new customers or follow-ups.
struct SalesTarget
{
    RowMeta meta;
    QString period;
    qint64 staffId = 0; // 0: the whole shop
    QString staffName;  // read only
    TargetMetric metric = TargetMetric::Revenue;
    qint64 target = 0;
};

class SalesTargetRules final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::SalesTargetRules)
public:
    static bool isPeriod(const QString& period);
    // The period's first and last local day; invalid when it is not a period.
    static QDate first(const QString& period);
    static QDate last(const QString& period);
    static QString month(const QDate& day);   // "2026-12"
    static QString quarter(const QDate& day); // "2026-Q4"
    static QString metricCode(TargetMetric metric);
    static std::optional<TargetMetric> metricFromCode(const QString& code);
    static QString metricName(TargetMetric metric);
};

// The targets, one per period, staff member (or the shop) and metric: setting one again replaces
// it. Setting needs reports ▸ edit; reading reports ▸ view (revenue targets also ▸ see money).
class SalesTargetRepository final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::SalesTargetRepository)
public:
    explicit SalesTargetRepository(Database& db) : m_db(db) {}
    // Inserts, or replaces the target of the same period, staff member and metric.
    void set(SalesTarget& target);
    void remove(qint64 id);
    // A period's targets (all periods when empty), the shop's first, then by staff and metric.
    QList<SalesTarget> list(const QString& period = {}) const;

private:
    Database& m_db;
};

} // namespace shopcrm
