#include "RecordMerge.h"

#include "Catalog.h"

#include <QLocale>

namespace shopcrm {

namespace {

template <typename T, typename Member>
typename RecordMerge<T>::Field textField(const QString& key, const QString& label, Member member)
{
    return {key, label, [member](const T& r) { return QString(r.*member); },
            [member](T& into, const T& from) { into.*member = from.*member; }};
}

QString contactsText(const Customer& c)
{
    QStringList out;
    for (const Contact& k : c.contacts) {
        QStringList parts{k.name, k.title, k.mobile, k.phone, k.email, k.wechat};
        parts.removeAll(QString());
        out.append(parts.join(QLatin1Char(' ')) + (k.primary ? QStringLiteral(" *") : QString()));
    }
    return out.join(QStringLiteral("; "));
}

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString lineText(const OrderLine& l)
{
    QString s = l.product.isEmpty() ? l.description : l.product;
    if (!l.product.isEmpty() && !l.description.isEmpty())
        s += QStringLiteral(" (") + l.description + QLatin1Char(')');
    if (!l.material.isEmpty())
        s += QStringLiteral(" ") + l.material;
    if (l.widthMm > 0 && l.heightMm > 0)
        s += QStringLiteral(" %1×%2").arg(l.widthMm).arg(l.heightMm);
    s += QStringLiteral(" × %1 %2 @ %3").arg(l.quantity.toString(), l.unit, l.unitPrice.toString());
    if (!l.discount.isZero())
        s += QStringLiteral(" −%1").arg(l.discount.toString());
    return s;
}

const OrderLine* lineWithId(const Order& o, qint64 id)
{
    for (const OrderLine& l : o.lines)
        if (l.id == id)
            return &l;
    return nullptr;
}

} // namespace

RecordMerge<Customer> RecordMerges::customer(const Customer& base, const Customer& mine, const Customer& theirs)
{
    using F = RecordMerge<Customer>::Field;
    QList<F> fields = {
        textField<Customer>(QStringLiteral("name"), tr("Name"), &Customer::name),
        textField<Customer>(QStringLiteral("shortName"), tr("Short name"), &Customer::shortName),
        {QStringLiteral("kind"), tr("Kind"),
         [](const Customer& c) { return CustomerRules::kindName(c.kind); },
         [](Customer& into, const Customer& from) { into.kind = from.kind; }},
        textField<Customer>(QStringLiteral("grade"), tr("Grade"), &Customer::grade),
        {QStringLiteral("tags"), tr("Tags"),
         [](const Customer& c) { return c.tags.join(QStringLiteral(", ")); },
         [](Customer& into, const Customer& from) { into.tags = from.tags; }},
        textField<Customer>(QStringLiteral("industry"), tr("Industry"), &Customer::industry),
        {QStringLiteral("region"), tr("Region"), [](const Customer& c) { return c.region(); },
         [](Customer& into, const Customer& from) {
             into.province = from.province;
             into.city = from.city;
             into.district = from.district;
         }},
        textField<Customer>(QStringLiteral("address"), tr("Address"), &Customer::address),
        textField<Customer>(QStringLiteral("postcode"), tr("Postcode"), &Customer::postcode),
        {QStringLiteral("phones"), tr("Phones"),
         [](const Customer& c) { return c.phones.join(QStringLiteral(", ")); },
         [](Customer& into, const Customer& from) { into.phones = from.phones; }},
        textField<Customer>(QStringLiteral("email"), tr("E-mail"), &Customer::email),
        textField<Customer>(QStringLiteral("wechat"), tr("WeChat"), &Customer::wechat),
        textField<Customer>(QStringLiteral("source"), tr("Source"), &Customer::source),
        textField<Customer>(QStringLiteral("owner"), tr("Owner"), &Customer::owner),
        {QStringLiteral("terms"), tr("Payment terms"),
         [](const Customer& c) {
             return c.paymentTerms == PaymentTerms::MonthlyAccount
                        ? tr("%1, %2 days").arg(CustomerRules::termsName(c.paymentTerms)).arg(c.paymentDays)
                        : CustomerRules::termsName(c.paymentTerms);
         },
         [](Customer& into, const Customer& from) {
             into.paymentTerms = from.paymentTerms;
             into.paymentDays = from.paymentDays;
         }},
        textField<Customer>(QStringLiteral("notes"), tr("Notes"), &Customer::notes),
        {QStringLiteral("contacts"), tr("Contacts"), contactsText,
         [](Customer& into, const Customer& from) { into.contacts = from.contacts; }},
    };
    return RecordMerge<Customer>(fields, base, mine, theirs);
}

RecordMerge<Order> RecordMerges::order(const Order& base, const Order& mine, const Order& theirs)
{
    using F = RecordMerge<Order>::Field;
    QList<F> fields = {
        {QStringLiteral("customer"), tr("Customer"),
         [](const Order& o) { return o.customerName.isEmpty() ? QString::number(o.customerId) : o.customerName; },
         [](Order& into, const Order& from) {
             into.customerId = from.customerId;
             into.customerName = from.customerName;
         }},
        textField<Order>(QStringLiteral("contact"), tr("Contact"), &Order::contactName),
        textField<Order>(QStringLiteral("phone"), tr("Phone"), &Order::phone),
        textField<Order>(QStringLiteral("address"), tr("Delivery address"), &Order::deliveryAddress),
        {QStringLiteral("date"), tr("Order date"), [](const Order& o) { return localTime(o.orderDate); },
         [](Order& into, const Order& from) { into.orderDate = from.orderDate; }},
        {QStringLiteral("due"), tr("Due"), [](const Order& o) { return localTime(o.due); },
         [](Order& into, const Order& from) { into.due = from.due; }},
        {QStringLiteral("urgent"), tr("Urgent"), [](const Order& o) { return o.urgent ? tr("yes") : tr("no"); },
         [](Order& into, const Order& from) { into.urgent = from.urgent; }},
        textField<Order>(QStringLiteral("title"), tr("Title"), &Order::title),
        textField<Order>(QStringLiteral("notes"), tr("Notes"), &Order::notes),
        textField<Order>(QStringLiteral("source"), tr("Source"), &Order::source),
        {QStringLiteral("deposit"), tr("Deposit"), [](const Order& o) { return o.deposit.toString(); },
         [](Order& into, const Order& from) { into.deposit = from.deposit; }},
        {QStringLiteral("staff"), tr("Staff"),
         [](const Order& o) {
             QStringList names;
             for (const OrderStaff& s : o.staff)
                 names.append(s.name + QLatin1Char('/') + CatalogRules::roleName(s.role));
             return names.join(QStringLiteral(", "));
         },
         [](Order& into, const Order& from) { into.staff = from.staff; }},
    };
    // The lines any copy has, by id (new lines of mine have none and are added as they are).
    QList<qint64> ids;
    for (const Order* o : {&theirs, &base, &mine})
        for (const OrderLine& l : o->lines)
            if (l.id > 0 && !ids.contains(l.id))
                ids.append(l.id);
    int position = 0;
    for (const qint64 id : std::as_const(ids)) {
        ++position;
        const QString label = tr("Line %1").arg(position);
        fields.append({QStringLiteral("line:%1").arg(id), label,
                       [id](const Order& o) {
                           const OrderLine* l = lineWithId(o, id);
                           return l ? lineText(*l) : tr("(removed)");
                       },
                       [id](Order& into, const Order& from) {
                           const OrderLine* wanted = lineWithId(from, id);
                           auto it = std::find_if(into.lines.begin(), into.lines.end(),
                                                  [id](const OrderLine& l) { return l.id == id; });
                           if (!wanted && it != into.lines.end())
                               into.lines.erase(it);
                           else if (wanted && it != into.lines.end())
                               *it = *wanted;
                           else if (wanted)
                               into.lines.append(*wanted);
                       }});
    }
    int added = 0;
    for (qsizetype i = 0; i < mine.lines.size(); ++i) {
        if (mine.lines.at(i).id > 0)
            continue;
        ++added;
        fields.append({QStringLiteral("new:%1").arg(i), tr("New line %1").arg(added),
                       [i](const Order& o) {
                           // Only mine has this line: the other copies show none.
                           return i < o.lines.size() && o.lines.at(i).id == 0 ? lineText(o.lines.at(i)) : QString();
                       },
                       [i](Order& into, const Order& from) { into.lines.append(from.lines.at(i)); }});
    }
    return RecordMerge<Order>(fields, base, mine, theirs);
}

RecordMerge<FollowUp> RecordMerges::followUp(const FollowUp& base, const FollowUp& mine, const FollowUp& theirs)
{
    using F = RecordMerge<FollowUp>::Field;
    const QList<F> fields = {
        {QStringLiteral("at"), tr("When"), [](const FollowUp& f) { return localTime(f.at); },
         [](FollowUp& into, const FollowUp& from) { into.at = from.at; }},
        {QStringLiteral("method"), tr("How"), [](const FollowUp& f) { return FollowUpRules::methodName(f.method); },
         [](FollowUp& into, const FollowUp& from) { into.method = from.method; }},
        textField<FollowUp>(QStringLiteral("contact"), tr("Contact"), &FollowUp::contactName),
        textField<FollowUp>(QStringLiteral("subject"), tr("Subject"), &FollowUp::subject),
        textField<FollowUp>(QStringLiteral("details"), tr("What was said"), &FollowUp::details),
        textField<FollowUp>(QStringLiteral("outcome"), tr("Outcome"), &FollowUp::outcome),
        {QStringLiteral("staff"), tr("Staff"), [](const FollowUp& f) { return f.staffName.isEmpty() && f.staffId > 0 ? QString::number(f.staffId) : f.staffName; },
         [](FollowUp& into, const FollowUp& from) {
             into.staffId = from.staffId;
             into.staffName = from.staffName;
         }},
        {QStringLiteral("next"), tr("Next contact"),
         [](const FollowUp& f) {
             return f.nextDate.isValid() ? f.nextDate.toString(Qt::ISODate) + QLatin1Char(' ') + f.nextAction +
                                               (f.nextDone ? QLatin1Char(' ') + tr("(done)") : QString())
                                         : QString();
         },
         [](FollowUp& into, const FollowUp& from) {
             into.nextDate = from.nextDate;
             into.nextAction = from.nextAction;
             into.nextDone = from.nextDone;
         }},
        {QStringLiteral("order"), tr("Order"), [](const FollowUp& f) { return f.orderId > 0 ? (f.orderNumber.isEmpty() ? QString::number(f.orderId) : f.orderNumber) : QString(); },
         [](FollowUp& into, const FollowUp& from) {
             into.orderId = from.orderId;
             into.orderNumber = from.orderNumber;
         }},
        {QStringLiteral("attachments"), tr("Attachments"),
         [](const FollowUp& f) {
             QStringList names;
             for (const Attachment& a : f.attachments)
                 names.append(a.fileName);
             return names.join(QStringLiteral(", "));
         },
         [](FollowUp& into, const FollowUp& from) { into.attachments = from.attachments; }},
    };
    return RecordMerge<FollowUp>(fields, base, mine, theirs);
}

RecordMerge<Payment> RecordMerges::payment(const Payment& base, const Payment& mine, const Payment& theirs)
{
    using F = RecordMerge<Payment>::Field;
    const QList<F> fields = {
        {QStringLiteral("date"), tr("Date"), [](const Payment& p) { return p.paidAt.toLocalTime().date().toString(Qt::ISODate); },
         [](Payment& into, const Payment& from) { into.paidAt = from.paidAt; }},
        {QStringLiteral("amount"), tr("Amount"), [](const Payment& p) { return p.amount.toString(); },
         [](Payment& into, const Payment& from) { into.amount = from.amount; }},
        {QStringLiteral("method"), tr("Method"), [](const Payment& p) { return PaymentRules::methodName(p.method); },
         [](Payment& into, const Payment& from) { into.method = from.method; }},
        textField<Payment>(QStringLiteral("account"), tr("Account"), &Payment::account),
        textField<Payment>(QStringLiteral("handler"), tr("Taken by"), &Payment::handler),
        textField<Payment>(QStringLiteral("reference"), tr("Reference"), &Payment::reference),
        textField<Payment>(QStringLiteral("note"), tr("Note"), &Payment::note),
        textField<Payment>(QStringLiteral("reason"), tr("Refund reason"), &Payment::reason),
        {QStringLiteral("allocations"), tr("Against orders"),
         [](const Payment& p) {
             QStringList parts;
             for (const PaymentAllocation& a : p.allocations)
                 parts.append((a.orderNumber.isEmpty() ? QString::number(a.orderId) : a.orderNumber) +
                              QLatin1Char(' ') + a.amount.toString());
             return parts.join(QStringLiteral(", "));
         },
         [](Payment& into, const Payment& from) { into.allocations = from.allocations; }},
    };
    return RecordMerge<Payment>(fields, base, mine, theirs);
}

} // namespace shopcrm
