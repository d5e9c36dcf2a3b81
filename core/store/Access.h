#pragma once

#include "StoreError.h"
#include "domain/Rights.h"

#include <QCoreApplication>

namespace shopcrm {

class Database;

// Who acts on a database and what their role allows. Repositories and services ask it before each
// read and write, so the desktop program and the command line get the same refusals. A shop that
// has no users yet, or runs as a single-user shop, acts with every right.
struct Access
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::Access)
public:
    qint64 userId = 0; // 0: nobody signed in (every right)
    QString login;
    QString displayName;
    QString roleCode;
    QString roleName;
    QString staffName; // the linked staff member, who owns customers
    Rights rights = Rights::all();
    bool ownCustomersOnly = false;

    bool can(Module m, Action a) const { return rights.has(m, a); }
    bool seesMoney(Module m) const { return can(m, Action::Money); }
    // Throws StoreError(Denied) naming the role and what it may not do.
    void require(Module m, Action a) const;
    // Whether a customer with this owner is one the role may see: its own, and those in the public
    // pool (no owner), which anyone may claim.
    bool owns(const QString& customerOwner) const
    {
        return !ownCustomersOnly || customerOwner == staffName || customerOwner.isEmpty();
    }
    // Throws StoreError(Denied) when the role sees only its own customers and this is not one
    // (reads the customer's owner only for such a role).
    void requireOwnCustomer(const Database& db, qint64 customerId) const;
    // For the list queries: " AND <column> IN (customers of this user)" or empty.
    QString ownerClause(const QString& customerIdColumn) const;
    // The same on the customers table itself: " AND <ownerColumn> = '<staff>'" or empty.
    QString ownerEquals(const QString& ownerColumn) const;
};

} // namespace shopcrm
