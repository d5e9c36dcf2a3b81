#include "Quote.h"

namespace shopcrm {

QString Quote::displayNumber() const
{
    return QuoteRules::displayNumber(number, revision);
}

QList<QuoteStatus> QuoteRules::statuses()
{
    return {QuoteStatus::Open, QuoteStatus::Accepted, QuoteStatus::Declined};
}

QString QuoteRules::statusCode(QuoteStatus status)
{
    switch (status) {
    case QuoteStatus::Open:
        return QStringLiteral("open");
    case QuoteStatus::Accepted:
        return QStringLiteral("accepted");
    case QuoteStatus::Declined:
        return QStringLiteral("declined");
    }
    return {};
}

std::optional<QuoteStatus> QuoteRules::statusFromCode(const QString& code)
{
    for (QuoteStatus s : statuses())
        if (statusCode(s) == code.trimmed().toLower() || statusName(s) == code.trimmed()) return s;
    return std::nullopt;
}

QString QuoteRules::statusName(QuoteStatus status)
{
    switch (status) {
    case QuoteStatus::Open:
        return tr("Open");
    case QuoteStatus::Accepted:
        return tr("Accepted");
    case QuoteStatus::Declined:
        return tr("Declined");
    }
    return {};
}

bool QuoteRules::isExpired(const Quote& quote, const QDate& today)
{
    return isExpired(quote.status, quote.validUntil, today);
}

bool QuoteRules::isExpired(QuoteStatus status, const QDate& validUntil, const QDate& today)
{
    return status == QuoteStatus::Open && validUntil.isValid() && validUntil < today;
}

QString QuoteRules::stateCode(const Quote& quote, const QDate& today)
{
    if (!quote.latest) return QStringLiteral("revised");
    if (isExpired(quote, today)) return QStringLiteral("expired");
    if (quote.orderId > 0) return QStringLiteral("ordered");
    return statusCode(quote.status);
}

QString QuoteRules::stateName(const Quote& quote, const QDate& today)
{
    const QString code = stateCode(quote, today);
    if (code == QLatin1String("revised")) return tr("Revised");
    if (code == QLatin1String("expired")) return tr("Expired");
    if (code == QLatin1String("ordered")) return tr("Ordered");
    return statusName(quote.status);
}

QString QuoteRules::displayNumber(const QString& number, int revision)
{
    return revision > 1 ? tr("%1 v%2").arg(number).arg(revision) : number;
}

QString QuoteRules::defaultTerms()
{
    return tr("Prices include tax. Production starts once the design is confirmed and the deposit received.");
}

void QuoteRules::normalise(Quote& quote)
{
    OrderRules::normalise(quote.body);
    quote.terms = quote.terms.trimmed();
    quote.declineReason = quote.declineReason.trimmed();
    // A quote carries no production details: those are the order's.
    quote.body.due = QDateTime();
    quote.body.urgent = false;
    quote.body.deposit = Money();
    quote.body.staff.clear();
    quote.body.status = OrderStatus::Unscheduled;
}

QList<FieldIssue> QuoteRules::check(const Quote& quote)
{
    QList<FieldIssue> issues;
    // The order's rules price and check the lines; the two order-worded messages are the quote's.
    for (const FieldIssue& issue : OrderRules::check(quote.body)) {
        if (issue.field == QLatin1String("customer"))
            issues.append({issue.field, tr("Choose the customer this quote is for.")});
        else if (issue.field == QLatin1String("order_date"))
            issues.append({QStringLiteral("quote_date"), tr("Enter the quote date.")});
        else if (issue.field == QLatin1String("lines") && quote.body.lines.isEmpty())
            issues.append({issue.field, tr("A quote needs at least one line.")});
        else
            issues.append(issue);
    }
    if (quote.validUntil.isValid() && quote.body.orderDate.isValid() &&
        quote.validUntil < quote.body.orderDate.toLocalTime().date())
        issues.append({QStringLiteral("valid_until"), tr("The quote is valid until a day before its date.")});
    if (quote.revision < 1) issues.append({QStringLiteral("revision"), tr("A revision is numbered from 1.")});
    return issues;
}

Order QuoteRules::toOrder(const Quote& quote, const QDateTime& nowUtc)
{
    Order o;
    const Order& b = quote.body;
    o.customerId = b.customerId;
    o.customerName = b.customerName;
    o.contactName = b.contactName;
    o.phone = b.phone;
    o.deliveryAddress = b.deliveryAddress;
    o.orderDate = nowUtc;
    o.title = b.title;
    o.notes = b.notes;
    o.source = b.source;
    o.lines = b.lines;
    for (OrderLine& line : o.lines)
        line.id = 0;
    o.quoteId = quote.meta.id;
    return o;
}

Quote QuoteRules::fromOrder(const Order& order, const QDateTime& nowUtc)
{
    Quote q;
    q.body = OrderRules::duplicate(order, nowUtc);
    q.body.duplicatedFrom = 0;
    q.validUntil = nowUtc.toLocalTime().date().addDays(kDefaultValidDays);
    q.terms = defaultTerms();
    normalise(q);
    return q;
}

Quote QuoteRules::forOpportunity(const Opportunity& o, const QDateTime& nowUtc)
{
    Quote q;
    q.opportunityId = o.meta.id;
    q.body.customerId = o.customerId;
    q.body.customerName = o.customerName;
    q.body.contactName = o.contactName;
    q.body.title = o.title;
    q.body.notes = o.wanted;
    q.body.orderDate = nowUtc;
    q.validUntil = nowUtc.toLocalTime().date().addDays(kDefaultValidDays);
    q.terms = defaultTerms();
    for (OrderLine line : o.lines) {
        line.id = 0;
        q.body.lines.append(line);
    }
    if (q.body.lines.isEmpty()) q.body.lines.append(OrderLine());
    return q;
}

} // namespace shopcrm
