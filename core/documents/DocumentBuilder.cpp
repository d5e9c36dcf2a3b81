#include "DocumentBuilder.h"

#include "domain/ChineseAmount.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/DeliveryRepository.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"

#include <QLocale>

namespace shopcrm {

namespace {

QString day(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString minute(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString size(int w, int h)
{
    return w > 0 && h > 0 ? QStringLiteral("%1×%2").arg(w).arg(h) : QString();
}

// A priced document's "description / spec" cell: the description and the material, as given.
QString spec(const QString& description, const QString& material)
{
    QStringList parts{description, material};
    parts.removeAll(QString());
    return parts.join(QStringLiteral("，"));
}

} // namespace

QString DocumentBuilder::reprintMark()
{
    return tr("REPRINT");
}

PrintDocument DocumentBuilder::workOrder(const Order& o)
{
    PrintDocument d;
    d.kind = QStringLiteral("work_order");
    d.title = tr("Work order");
    d.number = o.number;
    d.qrText = o.number;
    d.urgent = o.urgent;
    QStringList staff;
    for (StaffRole role : CatalogRules::roles()) {
        QStringList names;
        for (const OrderStaff& s : o.staff)
            if (s.role == role)
                names.append(s.name);
        if (!names.isEmpty())
            staff.append(CatalogRules::roleName(role) + QLatin1Char(' ') + names.join(QStringLiteral("、")));
    }
    d.fields = {{QStringLiteral("customer"), tr("Customer"), o.customerName},
                {QStringLiteral("contact"), tr("Contact"), o.contactName},
                {QStringLiteral("phone"), tr("Phone"), o.phone},
                {QStringLiteral("order_date"), tr("Ordered"), minute(o.orderDate)},
                {QStringLiteral("due"), tr("Due"), minute(o.due)},
                {QStringLiteral("title"), tr("Job"), o.title},
                {QStringLiteral("staff"), tr("Staff"), staff.join(QStringLiteral("；"))},
                {QStringLiteral("address"), tr("Deliver to"), o.deliveryAddress}};
    d.columns = {{QStringLiteral("no"), tr("No."), 6, Qt::AlignCenter},
                 {QStringLiteral("product"), tr("Product"), 16, Qt::AlignLeft},
                 {QStringLiteral("description"), tr("Description"), 23, Qt::AlignLeft},
                 {QStringLiteral("material"), tr("Material / process"), 18, Qt::AlignLeft},
                 {QStringLiteral("size"), tr("Size (mm)"), 12, Qt::AlignCenter},
                 {QStringLiteral("quantity"), tr("Qty"), 7, Qt::AlignRight},
                 {QStringLiteral("unit"), tr("Unit"), 6, Qt::AlignCenter},
                 {QStringLiteral("area"), tr("m²"), 8, Qt::AlignRight},
                 {QStringLiteral("outsourced"), tr("Outsourced to"), 12, Qt::AlignLeft}};
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        const OrderLine& l = o.lines.at(i);
        d.rows.append({QString::number(i + 1), l.product, l.description, l.material, size(l.widthMm, l.heightMm),
                       l.quantity.toString(), l.unit, l.areaPriced() ? OrderRules::formatArea(l.areaMilli) : QString(),
                       l.outsourceSupplier});
    }
    if (!o.notes.isEmpty())
        d.notes.append(tr("Notes: %1").arg(QString(o.notes).replace(QLatin1Char('\n'), QStringLiteral("  "))));
    d.signatures = {tr("Designed"), tr("Produced"), tr("Checked"), tr("Delivered / installed")};
    return d;
}

PrintDocument DocumentBuilder::quote(const Quote& q, const QString& preparedBy)
{
    const Order& o = q.body;
    PrintDocument d;
    d.kind = QStringLiteral("quote");
    d.title = tr("Quotation");
    d.number = q.displayNumber();
    d.qrText = q.number;
    d.fields = {{QStringLiteral("customer"), tr("Customer"), o.customerName},
                {QStringLiteral("contact"), tr("Contact"), o.contactName},
                {QStringLiteral("phone"), tr("Phone"), o.phone},
                {QStringLiteral("quote_date"), tr("Date"), day(o.orderDate)},
                {QStringLiteral("valid_until"), tr("Valid until"),
                 q.validUntil.isValid() ? q.validUntil.toString(QStringLiteral("yyyy-MM-dd")) : QString()},
                {QStringLiteral("title"), tr("Job"), o.title},
                {QStringLiteral("prepared_by"), tr("Quoted by"), preparedBy},
                {QStringLiteral("address"), tr("Deliver to"), o.deliveryAddress}};
    d.columns = {{QStringLiteral("no"), tr("No."), 6, Qt::AlignCenter},
                 {QStringLiteral("product"), tr("Product"), 16, Qt::AlignLeft},
                 {QStringLiteral("description"), tr("Description / spec"), 21, Qt::AlignLeft},
                 {QStringLiteral("size"), tr("Size (mm)"), 12, Qt::AlignCenter},
                 {QStringLiteral("quantity"), tr("Qty"), 8, Qt::AlignRight},
                 {QStringLiteral("unit"), tr("Unit"), 6, Qt::AlignCenter},
                 {QStringLiteral("area"), tr("m²"), 8, Qt::AlignRight},
                 {QStringLiteral("unit_price"), tr("Unit price"), 10, Qt::AlignRight},
                 {QStringLiteral("discount"), tr("Discount"), 9, Qt::AlignRight},
                 {QStringLiteral("amount"), tr("Amount"), 12, Qt::AlignRight}};
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        const OrderLine& l = o.lines.at(i);
        d.rows.append({QString::number(i + 1), l.product, spec(l.description, l.material),
                       size(l.widthMm, l.heightMm), l.quantity.toString(), l.unit,
                       l.areaPriced() ? OrderRules::formatArea(l.areaMilli) : QString(),
                       l.unitPrice.toString(), l.discount.isZero() ? QString() : l.discount.toString(),
                       l.amount.toString()});
    }
    d.totals = {{QStringLiteral("total"), tr("Total"), QStringLiteral("¥") + q.total().toString()},
                {QStringLiteral("total_words"), tr("Total in words"), ChineseAmount::words(q.total())}};
    if (!q.terms.isEmpty())
        d.notes.append(
            tr("Terms: %1").arg(QString(q.terms).replace(QLatin1Char('\n'), QStringLiteral("  "))));
    if (!o.notes.isEmpty())
        d.notes.append(
            tr("Notes: %1").arg(QString(o.notes).replace(QLatin1Char('\n'), QStringLiteral("  "))));
    d.signatures = {tr("Customer's confirmation (signature and seal)"), tr("Date")};
    d.plies = {tr("Stub"), tr("Customer")};
    return d;
}

PrintDocument DocumentBuilder::deliverySlip(const DeliverySlip& s)
{
    PrintDocument d;
    d.kind = QStringLiteral("delivery_slip");
    d.title = tr("Delivery slip");
    d.number = s.number;
    d.qrText = s.number;
    d.fields = {{QStringLiteral("customer"), tr("Customer"), s.customerName},
                {QStringLiteral("contact"), tr("Contact"), s.contactName},
                {QStringLiteral("phone"), tr("Phone"), s.phone},
                {QStringLiteral("date"), tr("Date"), day(s.deliveredAt)},
                {QStringLiteral("orders"), tr("Orders"), s.orderNumbers().join(QStringLiteral(", "))},
                {QStringLiteral("address"), tr("Deliver to"), s.deliveryAddress}};
    d.columns = {{QStringLiteral("no"), tr("No."), 6, Qt::AlignCenter},
                 {QStringLiteral("product"), tr("Product"), 16, Qt::AlignLeft},
                 {QStringLiteral("description"), tr("Description / spec"), 21, Qt::AlignLeft},
                 {QStringLiteral("size"), tr("Size (mm)"), 12, Qt::AlignCenter},
                 {QStringLiteral("quantity"), tr("Qty"), 8, Qt::AlignRight},
                 {QStringLiteral("unit"), tr("Unit"), 6, Qt::AlignCenter},
                 {QStringLiteral("unit_price"), tr("Unit price"), 10, Qt::AlignRight},
                 {QStringLiteral("amount"), tr("Amount"), 12, Qt::AlignRight},
                 {QStringLiteral("order"), tr("Order"), 18, Qt::AlignLeft}};
    for (qsizetype i = 0; i < s.lines.size(); ++i) {
        const DeliveryLine& l = s.lines.at(i);
        d.rows.append({QString::number(i + 1), l.product, spec(l.description, l.material),
                       size(l.widthMm, l.heightMm), l.quantity.toString(), l.unit, l.unitPrice.toString(),
                       l.amount.toString(), l.orderNumber});
    }
    d.totals = {{QStringLiteral("total"), tr("Total"), QStringLiteral("¥") + s.total().toString()},
                {QStringLiteral("total_words"), tr("Total in words"), ChineseAmount::words(s.total())}};
    if (!s.notes.isEmpty())
        d.notes.append(tr("Notes: %1").arg(s.notes));
    d.signatures = {tr("Receiver's signature"), tr("Date received"), tr("Delivered by")};
    d.plies = {tr("Stub"), tr("Customer"), tr("Accounts")};
    return d;
}

Statement DocumentBuilder::makeStatement(Database& db, qint64 customerId, const QDate& from, const QDate& to)
{
    Statement st;
    const Customer c = CustomerRepository(db).get(customerId);
    st.customerId = customerId;
    st.customerName = c.name;
    st.from = from;
    st.to = to;
    const QDateTime start = from.startOfDay().toUTC();
    const QDateTime end = to.addDays(1).startOfDay().toUTC();
    // Billed when delivered; received is every payment (deposits included) less refunds.
    DeliveryRepository deliveries(db);
    PaymentRepository payments(db);
    st.opening = deliveries.deliveredBefore(customerId, start) - payments.receivedBefore(customerId, start);
    for (const DeliverySlip& s : deliveries.forCustomer(customerId, start, end))
        st.entries.append({s.deliveredAt, s.number,
                           tr("Delivery of %1").arg(s.orderNumbers().join(QStringLiteral(", "))), s.total(), Money(), {}});
    for (const DeliveryRepository::Unslipped& u : deliveries.deliveredWithoutSlips(customerId, end)) {
        if (u.at < start)
            st.opening += u.rest;
        else
            st.entries.append({u.at, u.number, tr("Order %1 delivered").arg(u.number), u.rest, Money(), {}});
    }
    PaymentFilter inPeriod;
    inPeriod.customerId = customerId;
    inPeriod.from = from;
    inPeriod.to = to;
    for (const PaymentRow& p : payments.page(inPeriod, 0, 100000)) {
        QString what = p.deposit ? tr("Deposit on order %1").arg(p.orders)
                       : p.amount.fen() < 0 ? tr("Refund: %1").arg(p.reason)
                                            : tr("Payment, %1").arg(PaymentRules::methodName(p.method));
        if (!p.deposit && !p.orders.isEmpty())
            what += QStringLiteral(" (%1)").arg(p.orders);
        st.entries.append({p.paidAt, p.number, what, Money(), p.amount, {}});
    }
    OrderListQuery q;
    q.filter.customerId = customerId;
    q.filter.from = from;
    q.filter.to = to;
    q.sort = OrderSort::OrderDate;
    q.order = Qt::AscendingOrder;
    OrderRepository orders(db);
    for (const OrderRow& r : orders.page(q, 0, 100000))
        st.orders.append(orders.get(r.id));
    std::stable_sort(st.entries.begin(), st.entries.end(),
                     [](const Statement::Entry& a, const Statement::Entry& b) { return a.at < b.at; });
    Money balance = st.opening;
    for (Statement::Entry& e : st.entries) {
        balance = balance + e.debit - e.credit;
        e.balance = balance;
    }
    st.closing = balance;
    return st;
}

PrintDocument DocumentBuilder::receivables(const QList<AgingRow>& rows, const QDate& today)
{
    PrintDocument d;
    d.kind = QStringLiteral("receivables");
    d.title = tr("Receivables");
    d.fields = {{QStringLiteral("date"), tr("As of"), today.toString(Qt::ISODate)},
                {QStringLiteral("customers"), tr("Customers"), QString::number(rows.size())}};
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    d.columns = {{QStringLiteral("customer"), tr("Customer"), 26},
                 {QStringLiteral("terms"), tr("Terms"), 9},
                 {QStringLiteral("not_due"), tr("Not yet due"), 10, right},
                 {QStringLiteral("d0"), tr("0–30 days"), 10, right},
                 {QStringLiteral("d31"), tr("31–60 days"), 10, right},
                 {QStringLiteral("d61"), tr("61–90 days"), 10, right},
                 {QStringLiteral("d90"), tr("Over 90 days"), 10, right},
                 {QStringLiteral("credit"), tr("Credit"), 9, right},
                 {QStringLiteral("total"), tr("Owes"), 11, right}};
    Money sums[7];
    auto cell = [](Money m) { return m.isZero() ? QString() : m.toString(); };
    for (const AgingRow& r : rows) {
        const Money values[7] = {r.notDue, r.days0to30, r.days31to60, r.days61to90, r.over90, r.credit, r.total()};
        QStringList row{r.customer, r.terms};
        for (int i = 0; i < 7; ++i) {
            row.append(cell(values[i]));
            sums[i] += values[i];
        }
        d.rows.append(row);
    }
    d.totals = {{QStringLiteral("past_due"), tr("Past due"), (sums[1] + sums[2] + sums[3] + sums[4]).toString()},
                {QStringLiteral("over_90"), tr("Over 90 days"), sums[4].toString()},
                {QStringLiteral("total"), tr("Owed in all"), sums[6].toString()}};
    return d;
}

PrintDocument DocumentBuilder::statement(const Statement& st)
{
    PrintDocument d;
    d.kind = QStringLiteral("statement");
    d.title = tr("Statement of account");
    const QLocale locale;
    d.fields = {{QStringLiteral("customer"), tr("Customer"), st.customerName},
                {QStringLiteral("period"), tr("Period"),
                 tr("%1 to %2").arg(st.from.toString(Qt::ISODate), st.to.toString(Qt::ISODate))},
                {QStringLiteral("opening"), tr("Opening balance"), QStringLiteral("¥") + st.opening.toString()}};
    d.columns = {{QStringLiteral("date"), tr("Date"), 12, Qt::AlignCenter},
                 {QStringLiteral("document"), tr("Document"), 16, Qt::AlignLeft},
                 {QStringLiteral("text"), tr("Description"), 30, Qt::AlignLeft},
                 {QStringLiteral("debit"), tr("Delivered"), 12, Qt::AlignRight},
                 {QStringLiteral("credit"), tr("Received"), 12, Qt::AlignRight},
                 {QStringLiteral("balance"), tr("Balance"), 13, Qt::AlignRight}};
    for (const Statement::Entry& e : st.entries)
        d.rows.append({day(e.at), e.document, e.text, e.debit.isZero() ? QString() : e.debit.toString(),
                       e.credit.isZero() ? QString() : e.credit.toString(), e.balance.toString()});
    Money delivered, received;
    for (const Statement::Entry& e : st.entries) {
        delivered += e.debit;
        received += e.credit;
    }
    Money ordered;
    for (const Order& o : st.orders)
        if (o.status != OrderStatus::Cancelled)
            ordered += o.total();
    d.totals = {{QStringLiteral("delivered"), tr("Delivered in the period"), QStringLiteral("¥") + delivered.toString()},
                {QStringLiteral("received"), tr("Received in the period"), QStringLiteral("¥") + received.toString()},
                {QStringLiteral("closing"), tr("Closing balance"),
                 QStringLiteral("¥") + st.closing.toString() + QStringLiteral("（") + ChineseAmount::words(st.closing) +
                     QStringLiteral("）")}};
    d.notes.append(tr("Orders placed in the period: %n, worth ¥%1.", nullptr, static_cast<int>(st.orders.size()))
                       .arg(ordered.toString()));
    d.signatures = {tr("Confirmed by the customer"), tr("Date")};
    return d;
}

} // namespace shopcrm
