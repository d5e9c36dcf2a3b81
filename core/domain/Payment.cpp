#include "Payment.h"

#include <QHash>

namespace shopcrm {

Money Payment::allocated() const
{
    Money sum;
    for (const PaymentAllocation& a : allocations)
        sum += a.amount;
    return sum;
}

QList<PaymentMethod> PaymentRules::methods()
{
    return {PaymentMethod::Cash,   PaymentMethod::BankTransfer, PaymentMethod::WeChatPay,
            PaymentMethod::Alipay, PaymentMethod::Cheque,       PaymentMethod::Other};
}

QString PaymentRules::methodCode(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash: return QStringLiteral("cash");
    case PaymentMethod::BankTransfer: return QStringLiteral("bank");
    case PaymentMethod::WeChatPay: return QStringLiteral("wechat");
    case PaymentMethod::Alipay: return QStringLiteral("alipay");
    case PaymentMethod::Cheque: return QStringLiteral("cheque");
    case PaymentMethod::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<PaymentMethod> PaymentRules::methodFromText(const QString& text)
{
    const QString t = text.trimmed();
    for (PaymentMethod method : methods())
        if (t.compare(methodCode(method), Qt::CaseInsensitive) == 0 ||
            t.compare(methodName(method), Qt::CaseInsensitive) == 0)
            return method;
    static const QHash<QString, PaymentMethod> aliases{
        {QStringLiteral("现金"), PaymentMethod::Cash},           {QStringLiteral("转账"), PaymentMethod::BankTransfer},
        {QStringLiteral("银行转账"), PaymentMethod::BankTransfer}, {QStringLiteral("bank_transfer"), PaymentMethod::BankTransfer},
        {QStringLiteral("微信"), PaymentMethod::WeChatPay},      {QStringLiteral("微信支付"), PaymentMethod::WeChatPay},
        {QStringLiteral("wechat_pay"), PaymentMethod::WeChatPay}, {QStringLiteral("支付宝"), PaymentMethod::Alipay},
        {QStringLiteral("支票"), PaymentMethod::Cheque},         {QStringLiteral("其他"), PaymentMethod::Other}};
    const auto it = aliases.constFind(t.toLower());
    return it == aliases.cend() ? std::nullopt : std::optional<PaymentMethod>(*it);
}

QString PaymentRules::methodName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash: return tr("Cash");
    case PaymentMethod::BankTransfer: return tr("Bank transfer");
    case PaymentMethod::WeChatPay: return tr("WeChat Pay");
    case PaymentMethod::Alipay: return tr("Alipay");
    case PaymentMethod::Cheque: return tr("Cheque");
    case PaymentMethod::Other: return tr("Other", "payment method");
    }
    return {};
}

PaidState PaymentRules::state(Money total, Money paid)
{
    if (paid.fen() <= 0)
        return total.fen() <= 0 ? PaidState::Paid : PaidState::Unpaid;
    return paid >= total ? PaidState::Paid : PaidState::PartlyPaid;
}

QString PaymentRules::stateName(PaidState state)
{
    switch (state) {
    case PaidState::Unpaid: return tr("Unpaid");
    case PaidState::PartlyPaid: return tr("Partly paid");
    case PaidState::Paid: return tr("Paid");
    }
    return {};
}

QString PaymentRules::stateCode(PaidState state)
{
    switch (state) {
    case PaidState::Unpaid: return QStringLiteral("unpaid");
    case PaidState::PartlyPaid: return QStringLiteral("partly_paid");
    case PaidState::Paid: return QStringLiteral("paid");
    }
    return {};
}

void PaymentRules::normalise(Payment& p)
{
    p.account = p.account.simplified();
    p.handler = p.handler.simplified();
    p.reference = p.reference.simplified();
    p.note = p.note.trimmed();
    p.reason = p.reason.trimmed();
    if (p.paidAt.isValid())
        p.paidAt = p.paidAt.toUTC();
}

QList<FieldIssue> PaymentRules::check(const Payment& p, const QDate& localDay, const QDate& today)
{
    QList<FieldIssue> issues;
    if (p.customerId <= 0)
        issues.append({QStringLiteral("customer"), tr("Choose the customer who paid.")});
    if (!p.paidAt.isValid())
        issues.append({QStringLiteral("date"), tr("Enter the date the money came in.")});
    else if (today.isValid() && localDay > today && p.depositOf == 0) // a deposit is dated with its order
        issues.append({QStringLiteral("date"), tr("The payment is dated %1, which is in the future.")
                                                   .arg(localDay.toString(Qt::ISODate))});
    if (p.amount.isZero())
        issues.append({QStringLiteral("amount"), tr("Enter the amount received (negative for a refund).")});
    if (qAbs(p.amount.fen()) > Money::kMaxFen)
        issues.append({QStringLiteral("amount"), tr("The amount is larger than %1.")
                                                     .arg(Money::fromFen(Money::kMaxFen).toString())});
    if (p.isRefund() && p.reason.isEmpty())
        issues.append({QStringLiteral("reason"), tr("Give the reason for the refund.")});
    for (const PaymentAllocation& a : p.allocations) {
        if (p.isRefund() ? a.amount.fen() > 0 : a.amount.fen() < 0)
            issues.append({QStringLiteral("allocations"),
                           tr("An allocation must go the same way as the payment (order %1).").arg(a.orderNumber)});
    }
    if (p.isRefund() ? p.allocated() < p.amount : p.allocated() > p.amount)
        issues.append({QStringLiteral("allocations"), tr("The allocations (%1) come to more than the payment (%2).")
                                                          .arg(p.allocated().toString(), p.amount.toString())});
    return issues;
}

} // namespace shopcrm
