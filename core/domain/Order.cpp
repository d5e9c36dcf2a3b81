#include "Order.h"

#include <QLocale>
#include <QSet>

namespace shopcrm {

bool OrderLine::areaPriced() const
{
    return widthMm > 0 && heightMm > 0 && CatalogRules::isAreaUnit(unit);
}

Money Order::total() const
{
    Money sum;
    for (const OrderLine& line : lines)
        sum += line.amount;
    return sum;
}

QList<OrderStatus> OrderRules::statuses()
{
    return {OrderStatus::Unscheduled, OrderStatus::InProduction, OrderStatus::Done, OrderStatus::Delivered,
            OrderStatus::Cancelled};
}

QString OrderRules::statusCode(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Unscheduled: return QStringLiteral("unscheduled");
    case OrderStatus::InProduction: return QStringLiteral("in_production");
    case OrderStatus::Done: return QStringLiteral("done");
    case OrderStatus::Delivered: return QStringLiteral("delivered");
    case OrderStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unscheduled");
}

std::optional<OrderStatus> OrderRules::statusFromCode(const QString& code)
{
    for (OrderStatus s : statuses())
        if (code.trimmed() == statusCode(s) || code.trimmed() == statusName(s))
            return s;
    return std::nullopt;
}

QString OrderRules::statusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Unscheduled: return tr("Unscheduled");
    case OrderStatus::InProduction: return tr("In production");
    case OrderStatus::Done: return tr("Done", "order status");
    case OrderStatus::Delivered: return tr("Delivered");
    case OrderStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

LinePrice OrderRules::price(const OrderLine& line)
{
    LinePrice p;
    if (line.areaPriced()) {
        // mm² × thousandths of a piece / 10^6 mm² per m² = thousandths of a m².
        p.areaMilli = roundedDivide(static_cast<__int128>(line.widthMm) * line.heightMm * line.quantity.milli(),
                                    1'000'000);
        p.billableMilli = p.areaMilli;
    } else {
        p.billableMilli = line.quantity.milli();
    }
    const __int128 grossFen = static_cast<__int128>(p.billableMilli) * line.unitPrice.fen();
    if (grossFen / Quantity::kScale > Money::kMaxFen || grossFen / Quantity::kScale < -Money::kMaxFen) {
        p.overflow = true;
        return p;
    }
    p.gross = Money::fromFen(roundedDivide(grossFen, Quantity::kScale));
    p.amount = p.gross - line.discount;
    return p;
}

QString OrderRules::areaRule()
{
    return tr("width × height × quantity, rounded half up to 0.001 m²");
}

QString OrderRules::formatArea(qint64 areaMilli)
{
    return QStringLiteral("%1.%2").arg(areaMilli / 1000).arg(areaMilli % 1000, 3, 10, QLatin1Char('0'));
}

void OrderRules::normalise(Order& o)
{
    for (QString* text : {&o.contactName, &o.phone, &o.deliveryAddress, &o.title, &o.notes, &o.source, &o.cancelReason})
        *text = text->trimmed();
    for (OrderLine& line : o.lines) {
        for (QString* text : {&line.product, &line.description, &line.material, &line.unit, &line.outsourceSupplier})
            *text = text->trimmed();
        if (CatalogRules::isAreaUnit(line.unit))
            line.unit = CatalogRules::areaUnit();
        const LinePrice p = price(line);
        line.areaMilli = p.areaMilli;
        line.amount = p.amount;
    }
    QList<OrderStaff> staff;
    QSet<QString> seen;
    for (OrderStaff s : o.staff) {
        s.name = s.name.trimmed();
        const QString key = QString::number(s.staffId) + QLatin1Char('/') + s.name + QLatin1Char('/') +
                            CatalogRules::roleCode(s.role);
        if ((s.staffId == 0 && s.name.isEmpty()) || seen.contains(key))
            continue;
        seen.insert(key);
        staff.append(s);
    }
    o.staff = staff;
}

QList<FieldIssue> OrderRules::check(const Order& o)
{
    QList<FieldIssue> issues;
    if (o.customerId <= 0)
        issues.append({QStringLiteral("customer"), tr("Choose the customer this order is for.")});
    if (!o.orderDate.isValid())
        issues.append({QStringLiteral("order_date"), tr("Enter the order date.")});
    if (o.due.isValid() && o.orderDate.isValid() && o.due < o.orderDate)
        issues.append({QStringLiteral("due"), tr("The due date is before the order date.")});
    if (o.lines.isEmpty())
        issues.append({QStringLiteral("lines"), tr("An order needs at least one line.")});
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        const OrderLine& line = o.lines.at(i);
        const QString field = QStringLiteral("line%1.").arg(i + 1);
        const QString prefix = tr("Line %1: ").arg(i + 1);
        if (line.product.isEmpty() && line.description.isEmpty())
            issues.append({field + QStringLiteral("product"), prefix + tr("enter a product or a description.")});
        if (line.quantity.milli() <= 0)
            issues.append({field + QStringLiteral("quantity"), prefix + tr("the quantity must be more than zero.")});
        if (line.widthMm < 0 || line.heightMm < 0)
            issues.append({field + QStringLiteral("size"), prefix + tr("a width or height cannot be negative.")});
        else if (CatalogRules::isAreaUnit(line.unit) && (line.widthMm > 0) != (line.heightMm > 0))
            issues.append({field + QStringLiteral("size"),
                           prefix + tr("enter both width and height for a price by area, or neither.")});
        if (line.unitPrice.isNegative())
            issues.append({field + QStringLiteral("unit_price"), prefix + tr("the unit price cannot be negative.")});
        if (line.discount.isNegative())
            issues.append({field + QStringLiteral("discount"), prefix + tr("the discount cannot be negative.")});
        if (line.outsourceCost.isNegative())
            issues.append({field + QStringLiteral("outsource_cost"), prefix + tr("the outsourcing cost cannot be negative.")});
        const LinePrice p = price(line);
        if (p.overflow || !p.amount.inRange())
            issues.append({field + QStringLiteral("amount"),
                           prefix + tr("the amount is larger than %1.").arg(Money::fromFen(Money::kMaxFen).toString())});
        else if (!line.discount.isNegative() && line.discount > p.gross)
            issues.append({field + QStringLiteral("discount"), prefix + tr("the discount is larger than the line amount.")});
    }
    const Money total = o.total();
    if (!total.inRange())
        issues.append({QStringLiteral("lines"),
                       tr("The order total is larger than %1.").arg(Money::fromFen(Money::kMaxFen).toString())});
    if (o.deposit.isNegative())
        issues.append({QStringLiteral("deposit"), tr("The deposit cannot be negative.")});
    else if (o.deposit > total && !o.lines.isEmpty())
        issues.append({QStringLiteral("deposit"),
                       tr("The deposit (%1) is more than the order total (%2).").arg(o.deposit.toString(), total.toString())});
    if (o.status == OrderStatus::Cancelled && o.cancelReason.isEmpty())
        issues.append({QStringLiteral("cancel_reason"), tr("Give a reason for cancelling the order.")});
    return issues;
}

namespace {
QString when(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : OrderRules::tr("none");
}

QString lineSummary(const OrderLine& l)
{
    QString s = l.product.isEmpty() ? l.description : l.product;
    if (l.widthMm > 0 && l.heightMm > 0)
        s += QStringLiteral(" %1×%2").arg(l.widthMm).arg(l.heightMm);
    return s + QStringLiteral(" × %1 %2 @ %3 = %4")
                   .arg(l.quantity.toString(), l.unit, l.unitPrice.toString(), l.amount.toString());
}
} // namespace

QStringList OrderRules::differences(const Order& theirs, const Order& mine)
{
    QStringList out;
    auto field = [&](const QString& name, const QString& a, const QString& b) {
        if (a != b)
            out.append(tr("%1: theirs \"%2\", yours \"%3\"").arg(name, a, b));
    };
    field(tr("Customer"), theirs.customerName.isEmpty() ? QString::number(theirs.customerId) : theirs.customerName,
          mine.customerName.isEmpty() ? QString::number(mine.customerId) : mine.customerName);
    if (theirs.customerId == mine.customerId && theirs.customerName != mine.customerName)
        out.removeLast(); // same customer, only the name as read differs
    field(tr("Contact"), theirs.contactName, mine.contactName);
    field(tr("Phone"), theirs.phone, mine.phone);
    field(tr("Delivery address"), theirs.deliveryAddress, mine.deliveryAddress);
    field(tr("Order date"), when(theirs.orderDate), when(mine.orderDate));
    field(tr("Due"), when(theirs.due), when(mine.due));
    field(tr("Urgent"), theirs.urgent ? tr("yes") : tr("no"), mine.urgent ? tr("yes") : tr("no"));
    field(tr("Title"), theirs.title, mine.title);
    field(tr("Notes"), theirs.notes, mine.notes);
    field(tr("Source"), theirs.source, mine.source);
    field(tr("Status"), statusName(theirs.status), statusName(mine.status));
    field(tr("Deposit"), theirs.deposit.toString(), mine.deposit.toString());
    auto staffText = [](const Order& o) {
        QStringList names;
        for (const OrderStaff& s : o.staff)
            names.append(s.name + QLatin1Char('/') + CatalogRules::roleName(s.role));
        return names.join(QStringLiteral(", "));
    };
    field(tr("Staff"), staffText(theirs), staffText(mine));
    const qsizetype lines = std::max(theirs.lines.size(), mine.lines.size());
    for (qsizetype i = 0; i < lines; ++i) {
        const QString a = i < theirs.lines.size() ? lineSummary(theirs.lines.at(i)) : tr("(no line)");
        const QString b = i < mine.lines.size() ? lineSummary(mine.lines.at(i)) : tr("(no line)");
        field(tr("Line %1").arg(i + 1), a, b);
    }
    return out;
}

void OrderRules::applyCustomerDefaults(Order& o, const Customer& c)
{
    o.customerId = c.meta.id;
    o.customerName = c.name;
    const Contact* primary = c.primaryContact();
    if (o.contactName.isEmpty() && primary)
        o.contactName = primary->name;
    if (o.phone.isEmpty()) {
        if (primary && !primary->mobile.isEmpty())
            o.phone = primary->mobile;
        else if (primary && !primary->phone.isEmpty())
            o.phone = primary->phone;
        else if (!c.phones.isEmpty())
            o.phone = c.phones.constFirst();
    }
    if (o.deliveryAddress.isEmpty() && !c.address.isEmpty()) {
        // Addresses are often typed with the district already in them.
        QString prefix = c.city == c.province ? c.city : c.province + c.city;
        if (!c.address.contains(c.district))
            prefix += c.district;
        o.deliveryAddress = c.address.startsWith(prefix) ? c.address : prefix + c.address;
    }
}

Order OrderRules::duplicate(const Order& o, const QDateTime& nowUtc)
{
    Order copy;
    copy.customerId = o.customerId;
    copy.customerName = o.customerName;
    copy.contactName = o.contactName;
    copy.phone = o.phone;
    copy.deliveryAddress = o.deliveryAddress;
    copy.orderDate = nowUtc;
    // Keep the same lead time the original had.
    if (o.due.isValid() && o.orderDate.isValid())
        copy.due = nowUtc.addSecs(std::max<qint64>(0, o.orderDate.secsTo(o.due)));
    copy.urgent = o.urgent;
    copy.title = o.title;
    copy.notes = o.notes;
    copy.source = o.source;
    copy.staff = o.staff;
    copy.lines = o.lines;
    for (OrderLine& line : copy.lines)
        line.id = 0;
    copy.duplicatedFrom = o.meta.id;
    return copy;
}

} // namespace shopcrm
