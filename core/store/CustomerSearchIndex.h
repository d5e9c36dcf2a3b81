#pragma once

#include "domain/Customer.h"

#include <QList>
#include <QString>

namespace shopcrm {

class Database;

// The customer search tables: customer_key (exact and prefix matches over a B-tree) and
// customer_fts (FTS5 trigram for substrings of 3+ characters). Writes keep them in step with
// the customers table inside the caller's transaction.
class CustomerSearchIndex final
{
public:
    enum KeyKind { NameKey = 0, PinyinKey = 1, InitialsKey = 2, ContactKey = 3, PhoneKey = 4 };
    struct Hit
    {
        qint64 id = 0;
        int rank = 0; // lower is better: 0 exact name … 5 substring
    };

    explicit CustomerSearchIndex(Database& db) : m_db(db) {}

    // isNew: the customer was just inserted, so there are no old rows to remove.
    void update(const Customer& customer, bool isNew = false);
    void rebuildAll();
    // Best first. A query that reads as a phone number is compared by digits.
    QList<Hit> search(const QString& query, int limit, bool includeArchived = false) const;
    // Normalises a query the way keys are stored: case folded, white space removed.
    static QString normaliseQuery(const QString& query);

private:
    Database& m_db;
};

} // namespace shopcrm
