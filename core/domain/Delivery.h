#pragma once

#include "Customer.h"
#include "Money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopcrm {

// One line of a delivery slip: part or all of one order line.
struct DeliveryLine
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString orderNumber;
    qint64 orderLineId = 0;
    QString product;
    QString description;
    QString material;
    int widthMm = 0;
    int heightMm = 0;
    QString unit;
    Money unitPrice;
    Quantity quantity;
    Money amount;
};

// A delivery slip (送货单): its own number, one customer, lines from one or several orders.
struct DeliverySlip
{
    RowMeta meta;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    QString contactName;
    QString phone;
    QString deliveryAddress;
    QDateTime deliveredAt; // UTC
    QString notes;
    QList<DeliveryLine> lines;

    Money total() const
    {
        Money sum;
        for (const DeliveryLine& l : lines)
            sum += l.amount;
        return sum;
    }
    QStringList orderNumbers() const
    {
        QStringList numbers;
        for (const DeliveryLine& l : lines)
            if (!numbers.contains(l.orderNumber))
                numbers.append(l.orderNumber);
        return numbers;
    }
};

// What is left to deliver of one order line.
struct Deliverable
{
    qint64 orderId = 0;
    QString orderNumber;
    qint64 orderLineId = 0;
    int position = 0;
    Quantity ordered;
    Quantity delivered;
    Quantity remaining() const { return Quantity::fromMilli(ordered.milli() - delivered.milli()); }
};

} // namespace shopcrm
