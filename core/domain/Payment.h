#pragma once

#include "Customer.h"
#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopcrm {

enum class PaymentMethod { Cash, BankTransfer, WeChatPay, Alipay, Cheque, Other };

// The part of a payment that settles one order.
struct PaymentAllocation
{
    qint64 orderId = 0;
    QString orderNumber; // read only
    Money amount;
};

// Money received from a customer (回款), or paid back to them (a refund: a negative amount with a
// reason). A payment settles one order, or several (a payment on account is spread over the oldest
// unpaid orders); what is not allocated stays on the customer's account as credit. The deposit
// taken with an order is a payment too, kept in step with the order's deposit field.
struct Payment
{
    RowMeta meta;
    QString number;
    qint64 customerId = 0;
    QString customerName; // read only
    QDateTime paidAt;     // UTC
    Money amount;         // negative: a refund
    PaymentMethod method = PaymentMethod::Cash;
    QString account;      // the shop's receiving account, e.g. "对公 招商银行 …1234"
    QString handler;      // who took the money
    QString reference;    // transfer number, cheque number…
    QString note;
    QString reason;       // why it was refunded
    qint64 depositOf = 0; // the order whose deposit this is, 0 for other payments
    QList<PaymentAllocation> allocations;

    bool isRefund() const { return amount.fen() < 0; }
    Money allocated() const;
    Money unallocated() const { return amount - allocated(); }
};

// How an order stands with the money: paid in full, partly, or not at all.
enum class PaidState { Unpaid, PartlyPaid, Paid };

class PaymentRules final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::PaymentRules)
public:
    static QList<PaymentMethod> methods();
    static QString methodCode(PaymentMethod method);
    // A code ("wechat_pay"), a name in either language, or what a Chinese shop types (现金, 微信…).
    static std::optional<PaymentMethod> methodFromText(const QString& text);
    static QString methodName(PaymentMethod method);

    static PaidState state(Money total, Money paid);
    static QString stateName(PaidState state);
    static QString stateCode(PaidState state); // unpaid, partly_paid, paid

    static void normalise(Payment& payment);
    // `today` is the shop's local day: a payment cannot be dated after it.
    static QList<FieldIssue> check(const Payment& payment, const QDate& localDay, const QDate& today);
};

} // namespace shopcrm
