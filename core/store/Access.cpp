#include "Access.h"

#include "Database.h"

namespace shopcrm {

void Access::require(Module m, Action a) const
{
    if (can(m, a))
        return;
    const QString who = roleName.isEmpty() ? login : roleName;
    if (a == Action::Money)
        throw StoreError(StoreError::Kind::Denied,
                         tr("The role %1 does not see money in %2.").arg(who, Rights::name(m)));
    throw StoreError(StoreError::Kind::Denied,
                     tr("The role %1 may not do this: %2 ▸ %3.").arg(who, Rights::name(m), Rights::name(a)));
}

void Access::requireOwnCustomer(const Database& db, qint64 customerId) const
{
    if (!ownCustomersOnly)
        return;
    const QString owner =
        Sql(db, QStringLiteral("SELECT owner FROM customers WHERE id = ?")).bind(customerId).scalar().toString();
    if (!owns(owner))
        throw StoreError(StoreError::Kind::Denied,
                         tr("This customer is looked after by %1; your role sees only your own customers.").arg(owner));
}

namespace {
// The staff name comes from the users table, not from what is typed in a search; it is still
// quoted as an SQL literal.
QString literal(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

QString Access::ownerClause(const QString& customerIdColumn) const
{
    if (!ownCustomersOnly)
        return {};
    return QStringLiteral(" AND %1 IN (SELECT id FROM customers WHERE owner IN (%2, ''))")
        .arg(customerIdColumn, literal(staffName));
}

QString Access::ownerEquals(const QString& ownerColumn) const
{
    if (!ownCustomersOnly)
        return {};
    return QStringLiteral(" AND %1 IN (%2, '')").arg(ownerColumn, literal(staffName));
}

} // namespace shopcrm
