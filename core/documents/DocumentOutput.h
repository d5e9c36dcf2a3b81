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
    QString logKind;        // work_order / delivery_slip / quote; empty: not logged (statements)
    qint64 refId = 0;
    QList<qint64> orderIds;

    static OutgoingDocument workOrder(Database& db, qint64 orderId);
    static OutgoingDocument deliverySlip(Database& db, qint64 slipId);
    static OutgoingDocument quote(Database& db, qint64 quoteId);
    static OutgoingDocument statement(Database& db, qint64 customerId, const QDate& from, const QDate& to);
    static OutgoingDocument receivables(Database& db, const QDate& today);
};

class DocumentOutput final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::DocumentOutput)
public:
    // Before printing: checks the right to print and sets the copy mark (补打 when this document was
    // printed before). Returns the copy number this print will be.
    static int markCopy(Database& db, OutgoingDocument& outgoing);
    // After the print or PDF was written, never before: logs it (or audits a document without a
    // log of its own). Returns the copy number recorded.
    static int logPrint(Database& db, const OutgoingDocument& outgoing, const PageFormat& format);
    // markCopy, writePdf and logPrint: a PDF that could not be written is not logged.
    static int exportPdf(Database& db, OutgoingDocument& outgoing, const RenderOptions& options,
                         const QString& path, int* copy = nullptr);
    // Writes a PDF; returns the page count, or throws StoreError with the reason.
    static int writePdf(const PrintDocument& document, const ShopProfile& shop, const RenderOptions& options,
                        const QString& path);
};

} // namespace shopcrm
