#include "DocumentOutput.h"

#include "DocumentBuilder.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DeliveryRepository.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"
#include "store/QuoteRepository.h"
#include "store/UserRepository.h"

#include <QFile>
#include <QPdfWriter>

namespace shopcrm {

OutgoingDocument OutgoingDocument::workOrder(Database& db, qint64 orderId)
{
    db.access().require(Module::Printing, Action::View);
    const Order o = OrderRepository(db).get(orderId);
    OutgoingDocument out;
    out.raw = DocumentBuilder::workOrder(o);
    out.document = DocumentTemplate::load(db, QStringLiteral("work_order")).applyTo(out.raw);
    out.logKind = QStringLiteral("work_order");
    out.refId = orderId;
    out.orderIds = {orderId};
    if (PrintLog::printsSoFar(db, out.logKind, orderId) > 0)
        out.raw.copyMark = out.document.copyMark = DocumentBuilder::reprintMark();
    return out;
}

OutgoingDocument OutgoingDocument::deliverySlip(Database& db, qint64 slipId)
{
    db.access().require(Module::Printing, Action::View);
    db.access().require(Module::Printing, Action::Money);
    const std::optional<DeliverySlip> slip = DeliveryRepository(db).find(slipId);
    if (!slip)
        throw StoreError(StoreError::Kind::NotFound, DocumentOutput::tr("There is no delivery slip with id %1.").arg(slipId));
    OutgoingDocument out;
    out.raw = DocumentBuilder::deliverySlip(*slip);
    out.document = DocumentTemplate::load(db, QStringLiteral("delivery_slip")).applyTo(out.raw);
    out.logKind = QStringLiteral("delivery_slip");
    out.refId = slipId;
    for (const DeliveryLine& l : slip->lines)
        if (!out.orderIds.contains(l.orderId))
            out.orderIds.append(l.orderId);
    if (PrintLog::printsSoFar(db, out.logKind, slipId) > 0)
        out.raw.copyMark = out.document.copyMark = DocumentBuilder::reprintMark();
    return out;
}

OutgoingDocument OutgoingDocument::quote(Database& db, qint64 quoteId)
{
    db.access().require(Module::Printing, Action::View);
    db.access().require(Module::Printing, Action::Money);
    const Quote q = QuoteRepository(db).get(quoteId);
    // The person who wrote it, by the name they sign with.
    QString preparedBy = q.meta.createdBy;
    if (const std::optional<User> user = UserRepository(db).findByLogin(q.meta.createdBy);
        user && !user->displayName.isEmpty())
        preparedBy = user->displayName;
    OutgoingDocument out;
    out.raw = DocumentBuilder::quote(q, preparedBy);
    out.document = DocumentTemplate::load(db, QStringLiteral("quote")).applyTo(out.raw);
    out.logKind = QStringLiteral("quote");
    out.refId = quoteId;
    if (PrintLog::printsSoFar(db, out.logKind, quoteId) > 0)
        out.raw.copyMark = out.document.copyMark = DocumentBuilder::reprintMark();
    return out;
}

OutgoingDocument OutgoingDocument::statement(Database& db, qint64 customerId, const QDate& from, const QDate& to)
{
    db.access().require(Module::Printing, Action::View);
    db.access().require(Module::Printing, Action::Money);
    OutgoingDocument out;
    out.raw = DocumentBuilder::statement(DocumentBuilder::makeStatement(db, customerId, from, to));
    out.document = DocumentTemplate::load(db, QStringLiteral("statement")).applyTo(out.raw);
    out.refId = customerId;
    return out;
}

OutgoingDocument OutgoingDocument::receivables(Database& db, const QDate& today)
{
    db.access().require(Module::Printing, Action::View);
    db.access().require(Module::Printing, Action::Money);
    OutgoingDocument out;
    out.raw = DocumentBuilder::receivables(PaymentRepository(db).receivables(today), today);
    out.document = DocumentTemplate::load(db, QStringLiteral("receivables")).applyTo(out.raw);
    return out;
}

int DocumentOutput::markCopy(Database& db, OutgoingDocument& outgoing)
{
    db.access().require(Module::Printing, Action::Print);
    const int copy =
        outgoing.logKind.isEmpty() ? 1 : PrintLog::printsSoFar(db, outgoing.logKind, outgoing.refId) + 1;
    outgoing.raw.copyMark = outgoing.document.copyMark =
        copy > 1 ? DocumentBuilder::reprintMark() : QString();
    return copy;
}

int DocumentOutput::logPrint(Database& db, const OutgoingDocument& outgoing, const PageFormat& format)
{
    db.access().require(Module::Printing, Action::Print);
    if (outgoing.logKind.isEmpty()) {
        // Statements and lists have no print log of their own, but every print is audited.
        AuditLog::event(db, QStringLiteral("document"), outgoing.refId, QStringLiteral("print"),
                        {{QStringLiteral("title"), outgoing.document.title}, {QStringLiteral("form"), format.code}});
        return 1;
    }
    return PrintLog::record(db, outgoing.logKind, outgoing.refId, outgoing.orderIds, format.code);
}

int DocumentOutput::exportPdf(Database& db, OutgoingDocument& outgoing, const RenderOptions& options,
                              const QString& path, int* copy)
{
    markCopy(db, outgoing);
    const int pages = writePdf(outgoing.document, ShopProfile::load(db), options, path);
    const int recorded = logPrint(db, outgoing, options.format);
    if (copy) *copy = recorded;
    return pages;
}

int DocumentOutput::writePdf(const PrintDocument& document, const ShopProfile& shop, const RenderOptions& options,
                             const QString& path)
{
    {
        // QPdfWriter reports nothing when it cannot write: try the file first, for a clear message.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            throw StoreError(StoreError::Kind::Open, tr("Cannot write %1: %2").arg(path, probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("ShopCRM"));
    writer.setTitle(document.title + QLatin1Char(' ') + document.number);
    DocumentRenderer::preparePdf(writer, options.format);
    return DocumentRenderer(document, shop, options).paint(&writer);
}

} // namespace shopcrm
