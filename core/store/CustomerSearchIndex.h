#pragma once

#include "domain/Customer.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace shopcrm {

class BulkInsert;
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

    // What one customer contributes to the index; computing it touches no database, so bulk
    // writers compute entries on several threads and insert them on one.
    struct Entry
    {
        QList<QPair<QString, int>> keys;
        QString text;
        QString pinyin;
        QString phones;
    };
    static Entry entryFor(const Customer& customer);

    // Adds many new customers' entries in one bulk write (an import), statements prepared once.
    class Bulk
    {
    public:
        explicit Bulk(Database& db);
        ~Bulk();
        Q_DISABLE_COPY_MOVE(Bulk)
        void insert(qint64 id, const Entry& entry);

    private:
        std::unique_ptr<BulkInsert> m_key, m_search, m_fts;
    };

    explicit CustomerSearchIndex(Database& db) : m_db(db) {}
    void insert(qint64 id, const Entry& entry);

    // previous: the customer as stored before this change, whose keys are removed by value (no
    // index on customer_id is kept just for that); nullptr for a customer new to the index.
    // Keys are derived by code, so a change to how they are derived needs a migration that
    // rebuilds the index; otherwise stale keys of edited customers would stay behind.
    void update(const Customer& customer, const Customer* previous);
    void rebuildAll();
    // Forgets a customer that is deleted.
    void remove(const Customer& customer);
    // Best first. A query that reads as a phone number is compared by digits.
    QList<Hit> search(const QString& query, int limit, bool includeArchived = false) const;
    // Normalises a query the way keys are stored: case folded, white space removed.
    static QString normaliseQuery(const QString& query);

private:
    void forgetText(qint64 id);
    QList<Hit> rank(const QHash<qint64, int>& best, int limit, bool includeArchived) const;

    Database& m_db;
};

} // namespace shopcrm
