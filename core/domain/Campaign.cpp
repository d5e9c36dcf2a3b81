#include "Campaign.h"

namespace shopcrm {

namespace {

// a ÷ b rounded half up, away from zero for negatives, with b > 0.
qint64 roundedDivide(qint64 a, qint64 b)
{
    return a >= 0 ? (a + b / 2) / b : -((-a + b / 2) / b);
}

} // namespace

std::optional<Money> CampaignResult::costPerNewCustomer() const
{
    if (newCustomers <= 0) return std::nullopt;
    return Money::fromFen(roundedDivide(cost.fen(), newCustomers));
}

std::optional<qint64> CampaignResult::roiPermille() const
{
    if (cost.fen() <= 0) return std::nullopt;
    return roundedDivide((revenue.fen() - cost.fen()) * 1000, cost.fen());
}

QStringList CampaignRules::defaultChannels()
{
    return {tr("Flyers"), tr("Trade fair"), tr("WeChat"),   tr("Text messages"),
            tr("Phone"),  tr("Website"),    tr("Referrals")};
}

void CampaignRules::normalise(Campaign& c)
{
    c.name = c.name.simplified();
    c.channel = c.channel.simplified();
    c.targetFilter = c.targetFilter.simplified();
    c.notes = c.notes.trimmed();
}

QList<FieldIssue> CampaignRules::check(const Campaign& c)
{
    QList<FieldIssue> issues;
    if (c.name.isEmpty()) issues.append({QStringLiteral("name"), tr("Give the campaign a name.")});
    if (!c.startsOn.isValid()) issues.append({QStringLiteral("startsOn"), tr("Choose the day it starts.")});
    if (!c.endsOn.isValid() || (c.startsOn.isValid() && c.endsOn < c.startsOn))
        issues.append({QStringLiteral("endsOn"), tr("It must end on or after the day it starts.")});
    if (c.budget.fen() < 0) issues.append({QStringLiteral("budget"), tr("The budget cannot be negative.")});
    if (c.cost.fen() < 0) issues.append({QStringLiteral("cost"), tr("The cost cannot be negative.")});
    if (c.windowDays < 0 || c.windowDays > 365)
        issues.append(
            {QStringLiteral("windowDays"), tr("Count what it brought for 0 to 365 days after it ends.")});
    return issues;
}

QString CampaignRules::percentText(std::optional<qint64> permille)
{
    if (!permille) return QStringLiteral("—");
    const qint64 p = *permille;
    const qint64 whole = (p < 0 ? -p : p) / 10;
    return QStringLiteral("%1%2.%3 %")
        .arg(p < 0 ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg((p < 0 ? -p : p) % 10);
}

} // namespace shopcrm
