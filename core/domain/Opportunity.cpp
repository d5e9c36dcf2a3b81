#include "Opportunity.h"

namespace shopcrm {

QString OpportunityStage::displayName() const
{
    return name.isEmpty() ? OpportunityRules::builtinStageName(code) : name;
}

Money Opportunity::weighted() const
{
    return OpportunityRules::weigh(amount, probability);
}

Money OpportunityRules::weigh(Money amount, int probability)
{
    return Money::fromFen(roundedDivide(amount.fen() * probability, 100));
}

QString OpportunityRules::weightedSql(const QString& alias)
{
    // Amounts are never negative, so integer division after adding 50 rounds half-up as weigh() does.
    return QStringLiteral("(%1.amount * %1.probability + 50) / 100").arg(alias);
}

QString OpportunityRules::kindCode(StageKind kind)
{
    switch (kind) {
    case StageKind::Won:
        return QStringLiteral("won");
    case StageKind::Lost:
        return QStringLiteral("lost");
    case StageKind::Open:
        break;
    }
    return QStringLiteral("open");
}

std::optional<StageKind> OpportunityRules::kindFromCode(const QString& code)
{
    for (StageKind k : {StageKind::Open, StageKind::Won, StageKind::Lost})
        if (code == kindCode(k) || code == kindName(k)) return k;
    return std::nullopt;
}

QString OpportunityRules::kindName(StageKind kind)
{
    switch (kind) {
    case StageKind::Won:
        return tr("Won");
    case StageKind::Lost:
        return tr("Lost");
    case StageKind::Open:
        break;
    }
    return tr("Open", "opportunity");
}

QString OpportunityRules::builtinStageName(const QString& code)
{
    if (code == QLatin1String("first_contact")) return tr("First contact");
    if (code == QLatin1String("needs_confirmed")) return tr("Needs confirmed");
    if (code == QLatin1String("quoted")) return tr("Quoted");
    if (code == QLatin1String("negotiation")) return tr("Negotiation");
    if (code == QLatin1String("won")) return tr("Won");
    if (code == QLatin1String("lost")) return tr("Lost");
    return code;
}

QStringList OpportunityRules::defaultLostReasons()
{
    return {tr("Price too high"), tr("Delivery too late"), tr("Went to a competitor"),
            tr("Budget cut"),     tr("No reply"),          tr("Other")};
}

QStringList OpportunityRules::defaultSources()
{
    return {tr("Walk-in"), tr("Phone"),      tr("WeChat"), tr("Referral"),
            tr("Website"), tr("Exhibition"), tr("Flyer"),  tr("Existing customer")};
}

void OpportunityRules::normalise(Opportunity& o)
{
    o.title = o.title.simplified();
    o.contactName = o.contactName.simplified();
    o.source = o.source.simplified();
    o.owner = o.owner.simplified();
    o.competitor = o.competitor.simplified();
    o.nextStep = o.nextStep.trimmed();
    o.lostReason = o.lostReason.trimmed();
    o.wanted = o.wanted.trimmed();
    o.notes = o.notes.trimmed();
    // The lines are trimmed and priced by the order's rules.
    Order body;
    body.lines = o.lines;
    OrderRules::normalise(body);
    o.lines = body.lines;
}

QList<FieldIssue> OpportunityRules::check(const Opportunity& o, StageKind kind)
{
    QList<FieldIssue> issues;
    if (o.customerId <= 0) issues.append({QStringLiteral("customer"), tr("Choose the customer.")});
    if (o.title.isEmpty())
        issues.append({QStringLiteral("title"),
                       tr("Give the opportunity a title, for example \"Shop sign for the new branch\".")});
    if (o.amount.fen() < 0) issues.append({QStringLiteral("amount"), tr("The amount cannot be negative.")});
    if (o.probability > 100 || o.probability < -1)
        issues.append({QStringLiteral("probability"), tr("The probability is a percentage from 0 to 100.")});
    if (kind == StageKind::Lost && o.lostReason.isEmpty())
        issues.append({QStringLiteral("lost_reason"),
                       tr("Say why it was lost: it is what the lost reasons report counts.")});
    // Each line as an order's line; lines are optional, so an empty list is no issue.
    Order body;
    body.customerId = o.customerId;
    body.orderDate = QDateTime::currentDateTimeUtc();
    body.lines = o.lines;
    for (const FieldIssue& issue : OrderRules::check(body))
        if (issue.field.startsWith(QLatin1String("line")) &&
            !(issue.field == QLatin1String("lines") && o.lines.isEmpty()))
            issues.append(issue);
    issues += AttachmentRules::check(o.attachments);
    return issues;
}

Money Opportunity::linesTotal() const
{
    Money total;
    for (const OrderLine& l : lines)
        total += l.amount;
    return total;
}

} // namespace shopcrm
