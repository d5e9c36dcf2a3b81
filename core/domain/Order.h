#pragma once

#include "Catalog.h"
#include "Customer.h"
#include "Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopcrm {

// The production workflow. The numbers are stored and give the list its sort order.
enum class OrderStatus { Unscheduled = 0, InProduction = 1, Done = 2, Delivered = 3, Cancelled = 4 };

struct OrderLine
{
    qint64 id = 0;
    qint64 productId = 0; // 0: free text
    QString product;
    QString description;
    QString material; // material / process (材质 / 工艺)
    int widthMm = 0;
    int heightMm = 0;
    Quantity quantity = Quantity::fromUnits(1);
    QString unit;
    Money unitPrice;
    Money discount;             // taken off this line's amount
    QString outsourceSupplier;  // 外协
    Money outsourceCost;
    // Worked out by OrderRules::price (normalise keeps them current).
    qint64 areaMilli = 0; // m² × 1000, for area-priced lines
    Money amount;

    // A line in m² with both sizes is priced by area; in m² without sizes the quantity is the area.
    bool areaPriced() const;
};

struct OrderStaff
{
    qint64 staffId = 0;
    QString name;
    StaffRole role = StaffRole::Other;
};

struct Order
{
    RowMeta meta;
    QString number; // given at the first save
    qint64 customerId = 0;
    QString customerName; // as read; the customer row is the truth
    QString contactName;
    QString phone;
    QString deliveryAddress;
    QDateTime orderDate; // UTC
    QDateTime due;       // UTC; invalid when there is none
    bool urgent = false;
    QString title;
    QString notes;
    QString source;
    qint64 campaignId = 0; // the marketing campaign it came from; 0 none (the customer's counts)
    OrderStatus status = OrderStatus::Unscheduled;
    QDateTime statusAt; // UTC
    QString cancelReason;
    Money deposit; // 定金 received at order time
    QList<OrderLine> lines;
    QList<OrderStaff> staff;
    qint64 duplicatedFrom = 0;
    qint64 quoteId = 0; // the quote it was made from

    Money total() const;
};

struct StatusChange
{
    QDateTime at; // UTC
    QString user;
    QString desk;
    std::optional<OrderStatus> from; // none for the order's creation
    OrderStatus to = OrderStatus::Unscheduled;
    QString reason;
};

struct LinePrice
{
    qint64 areaMilli = 0;
    qint64 billableMilli = 0; // area or quantity, ×1000
    Money gross;               // before the discount
    Money amount;
    bool overflow = false;     // beyond Money::kMaxFen
};

class OrderRules final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::OrderRules)
public:
    static QList<OrderStatus> statuses();
    static QString statusCode(OrderStatus status);
    static std::optional<OrderStatus> statusFromCode(const QString& code);
    static QString statusName(OrderStatus status);
    static bool isClosed(OrderStatus status) { return status == OrderStatus::Delivered || status == OrderStatus::Cancelled; }

    // area = width × height × quantity in m², rounded half up to 0.001 m²; amount = area (or
    // quantity) × unit price, rounded half up to the fen once, then the line discount taken off.
    static LinePrice price(const OrderLine& line);
    static QString areaRule();
    // Trims text, works out each line's area and amount, folds duplicate staff assignments.
    static void normalise(Order& order);
    // Errors block the save. Field names: customer, order_date, due, deposit, lines, lineN.field.
    static QList<FieldIssue> check(const Order& order);
    // What differs between two copies of an order, one line per field, for a conflict message.
    static QStringList differences(const Order& theirs, const Order& mine);
    // Contact, phone and delivery address from the customer, where the order has none yet.
    static void applyCustomerDefaults(Order& order, const Customer& customer);
    // A new order with the same customer, lines and staff; dates reset to now.
    static Order duplicate(const Order& order, const QDateTime& nowUtc);
    static QString formatArea(qint64 areaMilli); // "9.000"
};

} // namespace shopcrm
