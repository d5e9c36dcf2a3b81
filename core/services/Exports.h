#pragma once

#include "store/FollowUpRepository.h"
#include "store/PaymentRepository.h"

#include <QCoreApplication>
#include <QString>

namespace shopcrm {

class Database;

// The exports users ask for (`shopcrm-cli export …` and the pages' Export… buttons), each a table written by TableExport.
class Exports final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::Exports)
public:
    // Follow-ups matching the filter, newest first; returns the rows written.
    static qint64 followUps(Database& db, const FollowUpFilter& filter, const QString& path);
    // Payments and refunds matching the filter, newest first; amounts are numbers in XLSX.
    static qint64 payments(Database& db, const PaymentFilter& filter, const QString& path);
    // Every customer who owes, aged on `today`.
    static qint64 receivables(Database& db, const QDate& today, const QString& path);
    // The revenue review: the period and its comparisons, the 12-month trend, categories, top
    // customers and staff, one section after another, amounts as numbers.
    static qint64 review(Database& db, const struct Review& review, const QString& title, const QString& path);
};

} // namespace shopcrm
