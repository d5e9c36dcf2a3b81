#include "Exports.h"

#include "TableExport.h"

namespace shopcrm {

qint64 Exports::followUps(Database& db, const FollowUpFilter& filter, const QString& path)
{
    using Type = ExportColumn::Type;
    const QList<ExportColumn> columns{
        {tr("Time"), Type::DateTime, 17},     {tr("Customer"), Type::Text, 28},
        {tr("Contact"), Type::Text, 10},      {tr("Method"), Type::Text, 9},
        {tr("Subject"), Type::Text, 24},      {tr("Details"), Type::Text, 48},
        {tr("Outcome"), Type::Text, 10},      {tr("Staff"), Type::Text, 9},
        {tr("Next follow-up"), Type::Date, 12}, {tr("Planned action"), Type::Text, 24},
        {tr("Plan done"), Type::Text, 8},     {tr("Order"), Type::Text, 16},
        {tr("Attachments"), Type::Integer, 8}};
    const FollowUpRepository repository(db);
    constexpr int kBatch = 1000;
    // Keyset pages: memory stays flat however many follow-ups there are.
    QList<FollowUpRow> batch = repository.page(filter, 0, kBatch);
    qsizetype at = 0;
    return TableExport::write(path, tr("Follow-ups"), columns, [&](QVariantList& row) {
        if (at == batch.size()) {
            if (batch.size() < kBatch)
                return false;
            batch = repository.pageAfter(filter, batch.constLast(), kBatch);
            at = 0;
            if (batch.isEmpty())
                return false;
        }
        const FollowUpRow& f = batch.at(at++);
        row = {f.at,
               f.customer,
               f.contact,
               FollowUpRules::methodName(f.method),
               f.subject,
               f.details,
               f.outcome,
               f.staff,
               f.nextDate.isValid() ? QVariant(f.nextDate) : QVariant(),
               f.nextAction,
               f.nextDate.isValid() ? (f.nextDone ? tr("yes") : tr("no")) : QString(),
               f.orderNumber,
               qint64(f.attachments)};
        return true;
    });
}

} // namespace shopcrm
