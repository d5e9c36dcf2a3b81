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
        {QStringLiteral("kind"), tr("Kind"), [](const Customer& c) { return CustomerRules::kindName(c.kind); },
         [](Customer& into, const Customer& from) { into.kind = from.kind; }},
        textField<Customer>(QStringLiteral("grade"), tr("Grade"), &Customer::grade),
        {QStringLiteral("tags"), tr("Tags"), [](const Customer& c) { return c.tags.join(QStringLiteral(", ")); },
         [](Customer& into, const Customer& from) { into.tags = from.tags; }},
        textField<Customer>(QStringLiteral("industry"), tr("Industry"), &Customer::industry),
        {QStringLiteral("region"), tr("Region"), [](const Customer& c) { return c.region(); },
         [](Customer& into, const Customer& from) {
             into.province = from.province;
             into.city = from.city;
             into.district = from.district;
         }},
        textField<Customer>(QStringLiteral("address"), tr("Address"), &Customer::address),
        {QStringLiteral("phones"), tr("Phones"), [](const Customer& c) { return c.phones.join(QStringLiteral(", ")); },
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

} // namespace shopcrm
