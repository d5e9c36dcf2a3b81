#include "Exports.h"

#include "domain/PhoneNumber.h"
#include "Reports.h"
#include "SalesReports.h"
#include "store/AuditLog.h"
#include "store/CatalogRepository.h"
#include "store/CustomerSearchIndex.h"
#include "store/Database.h"
#include "TableExport.h"
#include "VCard.h"

#include <QFileInfo>
#include <QSaveFile>

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

namespace {

// The options without the money columns, for a role that does not see money.
ExportOptions withoutMoney(const Database& db, Module module, const QList<ExportColumn>& columns, ExportOptions options)
{
    if (db.access().seesMoney(module))
        return options;
    if (options.columns.isEmpty())
        for (qsizetype i = 0; i < columns.size(); ++i)
            options.columns.append(static_cast<int>(i));
    options.columns.removeIf([&](int i) { return columns.value(i).type == ExportColumn::Type::Money; });
    return options;
}

// What the customer list shows for a search: the ranked results, through its filters.
QList<CustomerRow> searchedCustomers(Database& db, const CustomerListQuery& query, const QString& search)
{
    QList<qint64> ids;
    for (const CustomerSearchIndex::Hit& hit :
         CustomerSearchIndex(db).search(search, 1000000, query.includeArchived))
        ids.append(hit.id);
    QList<CustomerRow> found;
    for (const CustomerRow& r : CustomerRepository(db).rows(ids))
        if (CustomerRepository::matches(r, query)) found.append(r);
    return found;
}

} // namespace

qint64 Exports::customers(Database& db, const CustomerListQuery& query, const QString& search, const QString& path,
                          const ExportOptions& options)
{
    db.access().require(Module::Customers, Action::Export);
    using Type = ExportColumn::Type;
    // The customer list's columns, in its order.
    const QList<ExportColumn> columns{
        {tr("Name"), Type::Text, 30},           {tr("Contact"), Type::Text, 10},
        {tr("Phone"), Type::Text, 16},          {tr("Region"), Type::Text, 22},
        {tr("Grade"), Type::Text, 6},           {tr("Tags"), Type::Text, 16},
        {tr("Updated"), Type::DateTime, 17},    {tr("Last contact"), Type::DateTime, 17},
        {tr("Next follow-up"), Type::Date, 12}, {tr("Owner"), Type::Text, 10}};
    auto fill = [](const CustomerRow& c) {
        return QVariantList{c.name,
                            c.contact,
                            c.phone,
                            c.region,
                            c.grade,
                            c.tags,
                            c.updatedAt,
                            c.lastContact.isValid() ? QVariant(c.lastContact) : QVariant(),
                            c.nextFollowUp.isValid() ? QVariant(c.nextFollowUp) : QVariant(),
                            c.owner};
    };
    const CustomerRepository repository(db);
    qint64 rows = 0;
    if (!search.trimmed().isEmpty()) {
        const QList<CustomerRow> found = searchedCustomers(db, query, search);
        TableExport::checkFits(path, found.size());
        qsizetype at = 0;
        rows = TableExport::write(
            path, tr("Customers"), columns,
            [&](QVariantList& row) {
                if (at == found.size())
                    return false;
                row = fill(found.at(at++));
                return true;
            },
            options, found.size());
    } else {
        const qint64 expected = repository.count(query);
        TableExport::checkFits(path, expected);
        rows = TableExport::write(path, tr("Customers"), columns, pagedRows<CustomerRow>(repository, query, fill), options,
                                  expected);
    }
    return audited(db, QStringLiteral("customer"), path, rows);
}

qint64 Exports::contacts(Database& db, const CustomerListQuery& query, const QString& search, const QString& path,
                         const std::function<bool(qint64, qint64)>& progress)
{
    db.access().require(Module::Customers, Action::Export);
    CustomerRepository repository(db);
    QList<qint64> ids;
    if (!search.trimmed().isEmpty()) {
        for (const CustomerRow& r : searchedCustomers(db, query, search))
            ids.append(r.id);
    } else {
        const TableExport::NextRow next = pagedRows<CustomerRow>(
            repository, query, [](const CustomerRow& r) { return QVariantList{r.id}; });
        for (QVariantList row; next(row);)
            ids.append(row.value(0).toLongLong());
    }
    // The region in front of the street, unless the address starts with it already.
    auto fullAddress = [](const Customer& c) -> QString {
        const QString region = c.region().remove(QLatin1Char(' '));
        for (const QString& start : {c.province, c.city, c.district})
            if (!start.isEmpty() && c.address.startsWith(start))
                return c.address;
        return region + c.address;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StoreError(StoreError::Kind::Open, tr("Cannot write %1: %2").arg(path, file.errorString()));
    qint64 cards = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (progress && i % 200 == 0 && !progress(i, ids.size()))
            throw StoreError(StoreError::Kind::Validation, tr("The export was stopped; no file was written."));
        const std::optional<Customer> c = repository.find(ids.at(i));
        if (!c)
            continue;
        QList<VCardEntry> entries;
        const bool company = c->kind == CustomerKind::Company;
        for (const Contact& k : c->contacts) {
            VCardEntry e;
            e.formattedName = k.name.isEmpty() ? c->name : k.name;
            e.organisation = company ? c->name : QString();
            e.title = k.title;
            if (!k.mobile.isEmpty())
                e.mobiles.append(k.mobile);
            if (!k.phone.isEmpty())
                e.phones.append(k.phone);
            e.phones += c->phones;
            for (const QString& mail : {k.email, c->email})
                if (!mail.isEmpty() && !e.emails.contains(mail))
                    e.emails.append(mail);
            e.wechat = k.wechat.isEmpty() ? c->wechat : k.wechat;
            e.address = fullAddress(*c);
            e.birthday = k.birthday;
            e.note = k.notes;
            entries.append(e);
        }
        if (entries.isEmpty()) {
            VCardEntry e;
            e.formattedName = c->name;
            e.organisation = company ? c->name : QString();
            // A person's own mobile is a mobile on the card.
            for (const QString& phone : c->phones) {
                const QString digits = PhoneNumber::parse(phone).digits;
                (digits.size() == 11 && digits.startsWith(QLatin1Char('1')) ? e.mobiles : e.phones).append(phone);
            }
            if (!c->email.isEmpty())
                e.emails.append(c->email);
            e.wechat = c->wechat;
            e.address = fullAddress(*c);
            e.note = c->notes;
            entries.append(e);
        }
        file.write(VCard::write(entries));
        cards += entries.size();
    }
    if (!file.commit())
        throw StoreError(StoreError::Kind::Open, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return audited(db, QStringLiteral("contact"), path, cards);
}

qint64 Exports::orders(Database& db, const OrderListQuery& query, const QString& path, const ExportOptions& options)
{
    db.access().require(Module::Orders, Action::Export);
    using Type = ExportColumn::Type;
    // The order list's columns, in its order; its payment column as the amount still due.
    const QList<ExportColumn> columns{
        {tr("Number"), Type::Text, 18},  {tr("Date"), Type::DateTime, 17},   {tr("Customer"), Type::Text, 28},
        {tr("Title"), Type::Text, 28},   {tr("Total"), Type::Money, 12},     {tr("Deposit"), Type::Money, 12},
        {tr("Status"), Type::Text, 10},  {tr("Due"), Type::DateTime, 17},    {tr("Staff"), Type::Text, 14},
        {tr("Created by"), Type::Text, 10}, {tr("Amount due"), Type::Money, 12}};
    const OrderRepository repository(db);
    const qint64 expected = repository.totals(query.filter).count;
    TableExport::checkFits(path, expected);
    const qint64 rows = TableExport::write(
        path, tr("Orders"), columns,
        pagedRows<OrderRow>(repository, query,
                            [](const OrderRow& o) {
                                const bool cancelled = o.status == OrderStatus::Cancelled;
                                return QVariantList{o.number,
                                                    o.orderDate,
                                                    o.customer,
                                                    o.title,
                                                    o.total.fen(),
                                                    o.deposit.isZero() ? QVariant() : QVariant(o.deposit.fen()),
                                                    OrderRules::statusName(o.status),
                                                    o.due.isValid() ? QVariant(o.due) : QVariant(),
                                                    o.staff,
                                                    o.createdBy,
                                                    cancelled ? QVariant() : QVariant((o.total - o.paid).fen())};
                            }),
        withoutMoney(db, Module::Orders, columns, options), expected);
    return audited(db, QStringLiteral("order"), path, rows);
}

qint64 Exports::products(Database& db, bool includeArchived, const QString& path, const ExportOptions& options,
                         const QList<qint64>& ids)
{
    db.access().require(Module::Catalog, Action::Export);
    using Type = ExportColumn::Type;
    // The catalog's product table, in its order.
    const QList<ExportColumn> columns{
        {tr("Product"), Type::Text, 24}, {tr("Code"), Type::Text, 10},
        {tr("Category"), Type::Text, 14},   {tr("Spec / material"), Type::Text, 20},
        {tr("Unit"), Type::Text, 8},     {tr("Pricing"), Type::Text, 10},    {tr("Default price"), Type::Money, 12},
        {tr("Cost"), Type::Money, 12},   {tr("Orders"), Type::Integer, 8},   {tr("Archived"), Type::Text, 8}};
    const CatalogRepository catalog(db);
    QHash<qint64, QString> categories;
    for (const ProductCategory& c : catalog.categories(true))
        categories.insert(c.meta.id, c.name);
    QList<Product> list = catalog.products(includeArchived);
    if (!ids.isEmpty()) {
        // What the list shows (a search shows some), in its order.
        list.removeIf([&](const Product& p) { return !ids.contains(p.meta.id); });
        std::stable_sort(list.begin(), list.end(), [&](const Product& a, const Product& b) {
            const qsizetype ia = ids.indexOf(a.meta.id), ib = ids.indexOf(b.meta.id);
            return (ia < 0 ? ids.size() : ia) < (ib < 0 ? ids.size() : ib);
        });
    }
    qsizetype at = 0;
    const qint64 rows = TableExport::write(
        path, tr("Products"), columns,
        [&](QVariantList& row) {
            if (at == list.size())
                return false;
            const Product& p = list.at(at++);
            row = {p.name,
                   p.code,
                   categories.value(p.categoryId),
                   p.spec,
                   p.unit,
                   CatalogRules::pricingName(p.pricing),
                   p.unitPrice.fen(),
                   p.cost ? QVariant(p.cost->fen()) : QVariant(),
                   catalog.ordersUsingProduct(p.meta.id),
                   p.archived ? tr("yes") : QString()};
            return true;
        },
        withoutMoney(db, Module::Catalog, columns, options), list.size());
    return audited(db, QStringLiteral("product"), path, rows);
}

qint64 Exports::followUps(Database& db, const FollowUpFilter& filter, const QString& path, const ExportOptions& options)
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
                              }), options, repository.count(filter)));
}

qint64 Exports::payments(Database& db, const PaymentFilter& filter, const QString& path, const ExportOptions& options)
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
                              }), options, repository.count(filter)));
}

qint64 Exports::receivables(Database& db, const QDate& today, const QString& path, const ExportOptions& options)
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
    }, options, rows.size()));
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
        // A period in progress and the days it is compared with are named by their days.
        const QString item = f.fromDay.isValid() ? Reports::daysName(f)
                             : f.first == f.last ? f.first
                                                 : tr("%1 to %2").arg(f.first, f.last);
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

qint64 Exports::sales(Database& db, const SalesAnalysis& analysis, const QString& title, const QString& path)
{
    db.access().require(Module::Reports, Action::Export);
    db.access().require(Module::Sales, Action::Money);
    using Type = ExportColumn::Type;
    const QList<ExportColumn> columns{{tr("Section"), Type::Text, 22},      {tr("Item"), Type::Text, 24},
                                      {tr("Count"), Type::Integer, 9},      {tr("Amount"), Type::Money, 14},
                                      {tr("Weighted"), Type::Money, 14},    {tr("Won"), Type::Integer, 8},
                                      {tr("Won amount"), Type::Money, 14},  {tr("Lost"), Type::Integer, 8},
                                      {tr("Lost amount"), Type::Money, 14}, {tr("Rate"), Type::Text, 9},
                                      {tr("Average days"), Type::Text, 10}};
    QList<QVariantList> rows;
    const QString period =
        tr("%1 to %2").arg(analysis.from.toString(Qt::ISODate), analysis.to.toString(Qt::ISODate));
    rows.append({title, period, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
                 QVariant(), QVariant(), QVariant()});
    auto forecast = [&](const QString& section, const QString& item, const ForecastRow& r) {
        rows.append({section, item, r.open, r.amount.fen(), r.weighted.fen(), r.won, r.wonAmount.fen(),
                     QVariant(), QVariant(), QVariant(), QVariant()});
    };
    for (const ForecastRow& r : analysis.forecast.months)
        forecast(tr("Forecast by month"), r.month, r);
    forecast(tr("Forecast by month"), tr("In all"), analysis.forecast.total);
    if (analysis.forecast.undated > 0)
        rows.append({tr("Forecast by month"), tr("No expected close"), analysis.forecast.undated,
                     analysis.forecast.undatedAmount.fen(), QVariant(), QVariant(), QVariant(), QVariant(),
                     QVariant(), QVariant(), QVariant()});
    for (const ForecastRow& r : SalesReports::byOwner(analysis.forecast))
        forecast(tr("Forecast by owner"), r.owner.isEmpty() ? tr("(nobody)") : r.owner, r);
    for (const FunnelStage& s : analysis.funnel.stages)
        rows.append(
            {tr("Funnel"), s.stage.displayName(), s.reached, QVariant(), QVariant(), QVariant(), QVariant(),
             QVariant(), QVariant(),
             s.conversionPermille < 0 ? QVariant() : QVariant(SalesReports::percent(s.conversionPermille)),
             s.timed > 0 ? QVariant(QString::number(s.averageDays, 'f', 1)) : QVariant()});
    for (const WinLossRow& r : analysis.sources)
        rows.append({tr("Won and lost by lead source"), r.key.isEmpty() ? tr("(no source)") : r.key,
                     r.won + r.lost, QVariant(), QVariant(), r.won, r.wonAmount.fen(), r.lost,
                     r.lostAmount.fen(), SalesReports::percent(r.winRatePermille()), QVariant()});
    for (const WinLossRow& r : analysis.reasons)
        rows.append({tr("Lost reasons"), r.key.isEmpty() ? tr("(no reason)") : r.key, r.lost, QVariant(),
                     QVariant(), QVariant(), QVariant(), r.lost, r.lostAmount.fen(), QVariant(), QVariant()});
    qsizetype at = 0;
    return audited(db, QStringLiteral("sales_analysis"), path,
                   TableExport::write(path, tr("Sales analysis"), columns, [&](QVariantList& row) {
                       if (at == rows.size()) return false;
                       row = rows.at(at++);
                       return true;
                   }));
}

} // namespace shopcrm
