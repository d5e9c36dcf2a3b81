#pragma once

#include "Order.h"

#include <QJsonObject>

namespace shopcrm {

// An order as JSON: money and quantities as decimal strings, times as local ISO-8601 with their
// offset, status as its code. Used for the audit log and `shopcrm-cli order show --json`.
class OrderJson final
{
public:
    static QJsonObject toJson(const Order& order);
    static QJsonObject lineToJson(const OrderLine& line);
    static QString time(const QDateTime& utc);
};

} // namespace shopcrm
