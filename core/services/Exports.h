#pragma once

#include "TableExport.h"
#include "store/CustomerRepository.h"
#include "store/FollowUpRepository.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace shopcrm {

class Database;

// The exports users ask for (`shopcrm-cli export …` and the pages' Export… buttons), each a table written by TableExport.
class Exports final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::Exports)
public:
    // Each list export has the columns of its list, in the list's order (options.columns picks and
    // arranges them as the user has), and follows its filter and sort. Money columns are left out
    // for a role that does not see money. Returns the rows written.

    // The customer list: by the query, or the search results for `search` when it is not empty.
    static qint64 customers(Database& db, const CustomerListQuery& query, const QString& search, const QString& path,
                            const ExportOptions& options = {});
    // The contacts of the customers the list shows, as vCard 3.0 (a card a contact, with the
    // customer as its organisation; a customer without contacts is a card of its own). Returns
    // the cards written.
    static qint64 contacts(Database& db, const CustomerListQuery& query, const QString& search, const QString& path,
                           const std::function<bool(qint64, qint64)>& progress = {});
    static qint64 orders(Database& db, const OrderListQuery& query, const QString& path, const ExportOptions& options = {});
    // The catalog's products; in the order of `ids` when given (the table's sort).
    static qint64 products(Database& db, bool includeArchived, const QString& path, const ExportOptions& options = {},
                           const QList<qint64>& ids = {});
    // Follow-ups matching the filter, newest first.
    static qint64 followUps(Database& db, const FollowUpFilter& filter, const QString& path,
                            const ExportOptions& options = {});
    // Payments and refunds matching the filter, newest first; amounts are numbers in XLSX.
    static qint64 payments(Database& db, const PaymentFilter& filter, const QString& path,
                           const ExportOptions& options = {});
    // Every customer who owes, aged on `today`.
    static qint64 receivables(Database& db, const QDate& today, const QString& path, const ExportOptions& options = {});
    // The revenue review: the period and its comparisons, the 12-month trend, categories, top
    // customers and staff, one section after another, amounts as numbers.
    static qint64 review(Database& db, const struct Review& review, const QString& title, const QString& path);
    // The sales analysis: the forecast by month and by owner, the funnel, won and lost by lead
    // source and the lost reasons, one section after another. Amounts need sales ▸ see money.
    static qint64 sales(Database& db, const struct SalesAnalysis& analysis, const QString& title,
                        const QString& path);
};

} // namespace shopcrm
