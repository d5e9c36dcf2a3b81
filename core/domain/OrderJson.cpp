#include "OrderJson.h"

#include "ChineseAmount.h"

#include <QJsonArray>

namespace shopcrm {

QString OrderJson::time(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(Qt::ISODate) : QString();
}

QJsonObject OrderJson::lineToJson(const OrderLine& l)
{
    QJsonObject o{{QStringLiteral("product"), l.product},
                  {QStringLiteral("description"), l.description},
                  {QStringLiteral("material"), l.material},
                  {QStringLiteral("quantity"), l.quantity.toString()},
                  {QStringLiteral("unit"), l.unit},
                  {QStringLiteral("unit_price"), l.unitPrice.toPlainString()},
                  {QStringLiteral("amount"), l.amount.toPlainString()}};
    if (l.productId > 0)
        o.insert(QStringLiteral("product_id"), l.productId);
    if (l.widthMm > 0 || l.heightMm > 0) {
        o.insert(QStringLiteral("width_mm"), l.widthMm);
        o.insert(QStringLiteral("height_mm"), l.heightMm);
    }
    if (l.areaPriced())
        o.insert(QStringLiteral("area_m2"), OrderRules::formatArea(l.areaMilli));
    if (!l.discount.isZero())
        o.insert(QStringLiteral("discount"), l.discount.toPlainString());
    if (!l.outsourceSupplier.isEmpty() || !l.outsourceCost.isZero()) {
        o.insert(QStringLiteral("outsource_supplier"), l.outsourceSupplier);
        o.insert(QStringLiteral("outsource_cost"), l.outsourceCost.toPlainString());
    }
    return o;
}

QJsonObject OrderJson::toJson(const Order& order)
{
    QJsonArray lines;
    for (const OrderLine& l : order.lines)
        lines.append(lineToJson(l));
    QJsonArray staff;
    for (const OrderStaff& s : order.staff)
        staff.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("role"), CatalogRules::roleCode(s.role)}});
    QJsonObject o{{QStringLiteral("number"), order.number},
                  {QStringLiteral("customer"), order.customerName},
                  {QStringLiteral("customer_id"), order.customerId},
                  {QStringLiteral("contact"), order.contactName},
                  {QStringLiteral("phone"), order.phone},
                  {QStringLiteral("delivery_address"), order.deliveryAddress},
                  {QStringLiteral("date"), time(order.orderDate)},
                  {QStringLiteral("due"), order.due.isValid() ? QJsonValue(time(order.due)) : QJsonValue()},
                  {QStringLiteral("urgent"), order.urgent},
                  {QStringLiteral("title"), order.title},
                  {QStringLiteral("note"), order.notes},
                  {QStringLiteral("source"), order.source},
                  {QStringLiteral("campaign_id"), order.campaignId},
                  {QStringLiteral("status"), OrderRules::statusCode(order.status)},
                  {QStringLiteral("total"), order.total().toPlainString()},
                  {QStringLiteral("total_in_words"), ChineseAmount::words(order.total())},
                  {QStringLiteral("deposit"), order.deposit.toPlainString()},
                  {QStringLiteral("lines"), lines},
                  {QStringLiteral("staff"), staff}};
    if (order.status == OrderStatus::Cancelled)
        o.insert(QStringLiteral("cancel_reason"), order.cancelReason);
    if (order.duplicatedFrom > 0)
        o.insert(QStringLiteral("duplicated_from"), order.duplicatedFrom);
    if (order.quoteId > 0) o.insert(QStringLiteral("quote_id"), order.quoteId);
    return o;
}

} // namespace shopcrm
