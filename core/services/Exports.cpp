#include "Exports.h"

#include "Reports.h"
#include "TableExport.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QFileInfo>

#include <memory>

namespace shopcrm {

namespace {

// Streams a keyset-paged list into TableExport's row callback, 1,000 rows a read, so memory stays
// flat however many rows there are.
template <typename Row, typename Filter, typename Repository, typename Fill>
TableExport::NextRow pagedRows(const Repository& repository, const Filter& filter, Fill fill)
{
    constexpr int kBatch = 1000;
    auto batch = std::make_shared<QList<Row>>(repository.page(filter, 0, kBatch));
    auto at = std::make_shared<qsizetype>(0);
    return [&repository, filter, fill, batch, at](QVariantList& row) {
        if (*at == batch->size()) {
            if (batch->size() < kBatch)
                return false;
            *batch = repository.pageAfter(filter, batch->constLast(), kBatch);
            *at = 0;
            if (batch->isEmpty())
                return false;
        }
        row = fill(batch->at((*at)++));
        return true;
    };
}

// Every export is audited: what was exported, into which file, how many rows.
qint64 audited(Database& db, const QString& entity, const QString& path, qint64 rows)
{
    AuditLog::event(db, entity, 0, QStringLiteral("export"),
                    {{QStringLiteral("file"), QFileInfo(path).fileName()}, {QStringLiteral("rows"), rows}});
    return rows;
}

} // namespace

qint64 Exports::followUps(Database& db, const FollowUpFilter& filter, const QString& path)
{
    db.access().require(Module::FollowUps, Action::Export);
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
    TableExport::checkFits(path, repository.count(filter));
    return audited(db, QStringLiteral("follow_up"), path, TableExport::write(path, tr("Follow-ups"), columns,
                              pagedRows<FollowUpRow>(repository, filter, [](const FollowUpRow& f) {
                                  return QVariantList{f.at,
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
                              })));
}

qint64 Exports::payments(Database& db, const PaymentFilter& filter, const QString& path)
{
    db.access().require(Module::Payments, Action::Export);
    using Type = ExportColumn::Type;
    const QList<ExportColumn> columns{
        {tr("Number"), Type::Text, 18},     {tr("Date"), Type::DateTime, 17},  {tr("Customer"), Type::Text, 28},
        {tr("Amount"), Type::Money, 12},    {tr("Method"), Type::Text, 10},    {tr("Account"), Type::Text, 18},
        {tr("Handler"), Type::Text, 9},     {tr("Reference"), Type::Text, 16}, {tr("Orders"), Type::Text, 30},
        {tr("Credit"), Type::Money, 12},    {tr("Note"), Type::Text, 24},      {tr("Refund reason"), Type::Text, 20}};
    const PaymentRepository repository(db);
    TableExport::checkFits(path, repository.count(filter));
    return audited(db, QStringLiteral("payment"), path, TableExport::write(path, tr("Payments"), columns,
                              pagedRows<PaymentRow>(repository, filter, [](const PaymentRow& p) {
                                  return QVariantList{p.number,        p.paidAt,    p.customer,
                                                      p.amount.fen(),  PaymentRules::methodName(p.method),
                                                      p.account,       p.handler,   p.reference,
                                                      p.orders,        p.unallocated.fen(),
                                                      p.note,          p.reason};
                              })));
}

qint64 Exports::receivables(Database& db, const QDate& today, const QString& path)
{
    db.access().require(Module::Payments, Action::Export);
    using Type = ExportColumn::Type;
    const QList<ExportColumn> columns{
        {tr("Customer"), Type::Text, 30},     {tr("Terms"), Type::Text, 10},      {tr("Not yet due"), Type::Money, 12},
        {tr("0–30 days"), Type::Money, 12},   {tr("31–60 days"), Type::Money, 12}, {tr("61–90 days"), Type::Money, 12},
        {tr("Over 90 days"), Type::Money, 12}, {tr("Credit"), Type::Money, 12},    {tr("Owes"), Type::Money, 12},
        {tr("Oldest due"), Type::Date, 12},   {tr("Days past due"), Type::Integer, 10}};
    const QList<AgingRow> rows = PaymentRepository(db).receivables(today);
    qsizetype at = 0;
    return audited(db, QStringLiteral("receivables"), path, TableExport::write(path, tr("Receivables"), columns, [&](QVariantList& row) {
        if (at == rows.size())
            return false;
        const AgingRow& r = rows.at(at++);
        row = {r.customer,          r.terms,           r.notDue.fen(), r.days0to30.fen(),
               r.days31to60.fen(),  r.days61to90.fen(), r.over90.fen(), r.credit.fen(),
               r.total().fen(),     r.oldestDue.isValid() ? QVariant(r.oldestDue) : QVariant(),
               qint64(r.daysPastDue)};
        return true;
    }));
}

qint64 Exports::review(Database& db, const Review& review, const QString& title, const QString& path)
{
    db.access().require(Module::Reports, Action::Export);
    db.access().require(Module::Reports, Action::Money);
    using Type = ExportColumn::Type;
    const QList<ExportColumn> columns{{tr("Section"), Type::Text, 18},  {tr("Item"), Type::Text, 30},
                                      {tr("Billed"), Type::Money, 14},  {tr("Received"), Type::Money, 14},
                                      {tr("Outstanding"), Type::Money, 14}, {tr("Orders"), Type::Integer, 9},
                                      {tr("Average order"), Type::Money, 14}};
    QList<QVariantList> rows;
    auto period = [&](const QString& section, const PeriodFigures& f) {
        const QString item = f.first == f.last ? f.first : tr("%1 to %2").arg(f.first, f.last);
        rows.append({section, item, f.billed.fen(), f.received.fen(), f.outstanding.fen(), f.orders, f.average().fen()});
    };
    period(title, review.figures);
    period(tr("Previous period"), review.previous);
    period(tr("Same period last year"), review.lastYear);
    for (const PeriodFigures& m : review.trend)
        period(tr("12 months"), m);
    auto shares = [&](const QString& section, const QList<RevenueShare>& list) {
        for (const RevenueShare& s : list)
            rows.append({section, s.name, s.billed.fen(), QVariant(), QVariant(), s.orders, QVariant()});
    };
    shares(tr("Product category"), review.categories);
    shares(tr("Top customers"), review.topCustomers);
    shares(tr("Staff"), review.staff);
    qsizetype at = 0;
    return audited(db, QStringLiteral("review"), path, TableExport::write(path, tr("Revenue review"), columns, [&](QVariantList& row) {
        if (at == rows.size())
            return false;
        row = rows.at(at++);
        return true;
    }));
}

} // namespace shopcrm
