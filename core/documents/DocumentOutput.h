#pragma once

#include "DocumentRenderer.h"

#include <QCoreApplication>
#include <QList>

namespace shopcrm {

class Database;

// A document ready to go out: what it says (with the shop's template applied) and what to log
// when it is printed, so a second print is marked as a reprint and shows in the order's history.
struct OutgoingDocument
{
    PrintDocument document; // with the shop's saved template applied
    PrintDocument raw;      // every field and column, for the template editor
    QString logKind; // work_order / delivery_slip; empty: not logged (statements)
    qint64 refId = 0;
    QList<qint64> orderIds;

    static OutgoingDocument workOrder(Database& db, qint64 orderId);
    static OutgoingDocument deliverySlip(Database& db, qint64 slipId);
    static OutgoingDocument statement(Database& db, qint64 customerId, const QDate& from, const QDate& to);
    static OutgoingDocument receivables(Database& db, const QDate& today);
};

class DocumentOutput final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::DocumentOutput)
public:
    // Logs the print (printing it again later marks it 补打) and sets the copy mark. Returns the copy number.
    static int logPrint(Database& db, OutgoingDocument& outgoing, const PageFormat& format);
    // Writes a PDF; returns the page count, or throws StoreError with the reason.
    static int writePdf(const PrintDocument& document, const ShopProfile& shop, const RenderOptions& options,
                        const QString& path);
};

} // namespace shopcrm
