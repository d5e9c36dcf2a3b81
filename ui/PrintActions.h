#pragma once

#include <QList>

class QWidget;

namespace shopcrm {

class Database;

// The printing a user starts from the order list, the order editor or a customer: each opens the
// preview with the document, after whatever has to happen first (a delivery slip is created from
// the chosen quantities; a statement asks for its period).
namespace PrintActions {
void workOrder(QWidget* parent, Database& db, qint64 orderId);
void quote(QWidget* parent, Database& db, qint64 quoteId);
// Returns true when a slip was created (the orders may have become delivered).
bool deliverySlip(QWidget* parent, Database& db, const QList<qint64>& orderIds);
void reprintSlip(QWidget* parent, Database& db, qint64 slipId);
void statement(QWidget* parent, Database& db, qint64 customerId);
void receivables(QWidget* parent, Database& db);
} // namespace PrintActions

} // namespace shopcrm
