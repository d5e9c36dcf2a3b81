#pragma once

#include "Customer.h"
#include "Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shopcrm {

// How a product is priced: per unit (piece, set, metre, hour…) or per area (width × height × quantity → m²).
enum class PricingMode { PerUnit, PerArea };

struct ProductCategory
{
    RowMeta meta;
    QString name;
    bool archived = false;
};

struct Product
{
    RowMeta meta;
    qint64 categoryId = 0; // 0: none
    QString name;
    QString code;          // the shop's own product code or SKU, unique when given; may be empty
    QString spec;          // spec / material, e.g. "440g 灯布"
    QString unit;          // 个, 张, 套, m², 米, 小时…
    PricingMode pricing = PricingMode::PerUnit;
    Money unitPrice;
    std::optional<Money> cost;
    bool archived = false;
};

enum class StaffRole { Designer, Production, Installer, Sales, Other };

struct StaffMember
{
    RowMeta meta;
    QString name;
    StaffRole role = StaffRole::Other;
    QString phone;
    bool active = true;
};

class CatalogRules final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::CatalogRules)
public:
    static QString pricingCode(PricingMode mode);
    static PricingMode pricingFromCode(const QString& code);
    static QString pricingName(PricingMode mode);
    static QString roleCode(StaffRole role);
    static std::optional<StaffRole> roleFromCode(const QString& code); // code or translated name
    static QString roleName(StaffRole role);
    static QList<StaffRole> roles();
    // The units a shop picks from (translated); free text is allowed as well.
    static QStringList commonUnits();
    // "m2", "㎡", "平方米", "平米" all mean square metres: the unit of area-priced lines.
    static bool isAreaUnit(const QString& unit);
    static QString areaUnit() { return QStringLiteral("m²"); }

    static QList<FieldIssue> check(const Product& product);
    static QList<FieldIssue> check(const StaffMember& staff);
};

} // namespace shopcrm
