#include "Catalog.h"

namespace shopcrm {

QString CatalogRules::pricingCode(PricingMode mode)
{
    return mode == PricingMode::PerArea ? QStringLiteral("area") : QStringLiteral("unit");
}

PricingMode CatalogRules::pricingFromCode(const QString& code)
{
    return code == QLatin1String("area") ? PricingMode::PerArea : PricingMode::PerUnit;
}

QString CatalogRules::pricingName(PricingMode mode)
{
    return mode == PricingMode::PerArea ? tr("By area (m²)") : tr("By unit");
}

QList<StaffRole> CatalogRules::roles()
{
    return {StaffRole::Designer, StaffRole::Production, StaffRole::Installer, StaffRole::Sales, StaffRole::Other};
}

QString CatalogRules::roleCode(StaffRole role)
{
    switch (role) {
    case StaffRole::Designer: return QStringLiteral("designer");
    case StaffRole::Production: return QStringLiteral("production");
    case StaffRole::Installer: return QStringLiteral("installer");
    case StaffRole::Sales: return QStringLiteral("sales");
    case StaffRole::Other: break;
    }
    return QStringLiteral("other");
}

std::optional<StaffRole> CatalogRules::roleFromCode(const QString& code)
{
    const QString c = code.trimmed();
    for (StaffRole role : roles())
        if (c.compare(roleCode(role), Qt::CaseInsensitive) == 0 || c == roleName(role))
            return role;
    return std::nullopt;
}

QString CatalogRules::roleName(StaffRole role)
{
    switch (role) {
    case StaffRole::Designer: return tr("Designer");
    case StaffRole::Production: return tr("Production");
    case StaffRole::Installer: return tr("Installer");
    case StaffRole::Sales: return tr("Sales");
    case StaffRole::Other: break;
    }
    return tr("Other", "staff role");
}

QStringList CatalogRules::commonUnits()
{
    return {areaUnit(), tr("piece"), tr("sheet"), tr("set"), tr("box"), tr("metre"), tr("hour"), tr("job")};
}

bool CatalogRules::isAreaUnit(const QString& unit)
{
    const QString u = unit.trimmed().toLower();
    return u == QLatin1String("m2") || u == QStringLiteral("m²") || u == QStringLiteral("㎡") ||
           u == QStringLiteral("平方米") || u == QStringLiteral("平米") || u == QStringLiteral("平方");
}

QList<FieldIssue> CatalogRules::check(const Product& p)
{
    QList<FieldIssue> issues;
    if (p.name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"), tr("A product needs a name.")});
    if (p.unit.trimmed().isEmpty())
        issues.append({QStringLiteral("unit"), tr("A product needs a unit (piece, sheet, m²…).")});
    if (p.unitPrice.isNegative() || !p.unitPrice.inRange())
        issues.append({QStringLiteral("unit_price"), tr("The default price cannot be negative.")});
    if (p.cost && (p.cost->isNegative() || !p.cost->inRange()))
        issues.append({QStringLiteral("cost"), tr("The cost cannot be negative.")});
    return issues;
}

QList<FieldIssue> CatalogRules::check(const StaffMember& s)
{
    QList<FieldIssue> issues;
    if (s.name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"), tr("A staff member needs a name.")});
    return issues;
}

} // namespace shopcrm
