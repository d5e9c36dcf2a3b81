#include "PriceList.h"

namespace shopcrm {

QString PriceRules::sourceName(PriceSource source)
{
    switch (source) {
    case PriceSource::Negotiated:
        return tr("negotiated price");
    case PriceSource::Last:
        return tr("last price");
    case PriceSource::Catalog:
        return tr("catalog price");
    case PriceSource::None:
        return tr("price typed by hand");
    }
    return {};
}

QList<FieldIssue> PriceRules::check(const NegotiatedPrice& p)
{
    QList<FieldIssue> issues;
    if (p.customerId <= 0 && p.grade.trimmed().isEmpty())
        issues.append(
            {QStringLiteral("customer"), tr("Give the customer, or the grade, the price is agreed with.")});
    if (p.customerId > 0 && !p.grade.trimmed().isEmpty())
        issues.append(
            {QStringLiteral("grade"), tr("A price is agreed with one customer or with a grade, not both.")});
    if (p.product.trimmed().isEmpty())
        issues.append({QStringLiteral("product"), tr("Give the product the price is for.")});
    if (p.unitPrice.isNegative())
        issues.append({QStringLiteral("unit_price"), tr("The price cannot be negative.")});
    else if (!p.unitPrice.inRange())
        issues.append({QStringLiteral("unit_price"),
                       tr("The price is larger than %1.").arg(Money::fromFen(Money::kMaxFen).toString())});
    if (p.validFrom.isValid() && p.validTo.isValid() && p.validTo < p.validFrom)
        issues.append({QStringLiteral("valid_to"), tr("The price ends before it starts.")});
    return issues;
}

PriceSource PriceRules::sourceOf(const Money& unitPrice, const Money* negotiated, const Money* last,
                                 const Money* catalog)
{
    if (negotiated && *negotiated == unitPrice) return PriceSource::Negotiated;
    if (last && *last == unitPrice) return PriceSource::Last;
    if (catalog && *catalog == unitPrice) return PriceSource::Catalog;
    return PriceSource::None;
}

} // namespace shopcrm
