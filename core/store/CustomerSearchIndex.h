#pragma once

#include "domain/Customer.h"
#include "domain/TextSearch.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace shopcrm {

class BulkInsert;
class Database;

// Customer search. Every customer is a handful of documents in search_fts, an FTS5 table of keys
// without content: one document per field (name, short name, contacts, phones, address and notes)
// and per how a place in it starts (the whole field, its start, a word start, anywhere else).
// A document's rowid orders the answers: field first, then that kind of start, then the most
// recent activity, then the customer, so a search reads its best answers first and stops. One more
// document per customer holds all its keys, so a query of several terms finds in one full-text
// query the customers that have them all. Keys are
// pinyin syllables and their pairs, initials in threes, digits in fours; a candidate is confirmed
// against the customer's own text before it is shown (homophones and polyphones drop out there).
// customer_key keeps each phone's digits for finding duplicates. Writes keep both in step with the
// customers table inside the caller's transaction. On a server search_fts is a plain table whose
// keys column is a tsvector of the keys, with a word index per kind of document (schema 30).
class CustomerSearchIndex final
{
public:
    // The fields, in the order search ranks them.
    enum Field
    {
        NameField = 0,
        ShortNameField = 1,
        ContactField = 2,
        PhoneField = 3,
        OtherField = 4
    };
    enum KeyKind
    {
        PhoneKey = 4
    }; // the kind of customer_key rows (earlier schemas had others)

    struct Hit
    {
        qint64 id = 0;
        Field field = NameField;
        MatchQuality quality = MatchQuality::Exact;
        int rank() const { return int(field) * 4 + int(quality); } // lower is better
    };

    // What one customer contributes to the index; computing it touches no database, so bulk
    // writers compute entries on several threads and insert them on one.
    struct Entry
    {
        QStringList phones;                   // search digits, for customer_key
        QList<QPair<int, QString>> documents; // (field × 4 + start kind, keys separated by spaces)
    };
    static Entry entryFor(const Customer& customer);

    // Adds many new customers' entries in one bulk write (an import), statements prepared once.
    // On a server the documents are gathered and sent as one COPY stream at flush() (or when many
    // are waiting): call it before the write ends. A file takes each at once.
    class Bulk
    {
    public:
        explicit Bulk(Database& db);
        ~Bulk();
        Q_DISABLE_COPY_MOVE(Bulk)
        void insert(qint64 id, const Entry& entry, int day);
        void flush();

    private:
        Database& m_db;
        std::unique_ptr<BulkInsert> m_key, m_document;
        QList<QVariantList> m_serverDocuments;
    };

    explicit CustomerSearchIndex(Database& db) : m_db(db) {}
    // A new customer whose row already holds search_day = day.
    void insert(qint64 id, const Entry& entry, int day);
    // previous: the customer as stored before this change, whose documents are removed (a document
    // without content is removed by giving its keys again); nullptr for a customer new to the index.
    void update(const Customer& customer, const Customer* previous);
    // Something happened with the customer on day (an order, a follow-up): the customer moves ahead
    // among answers that match equally well. Cheap when the customer was already active that day.
    void touch(qint64 customerId, const QDate& day);
    // touch() for many customers at once, after a bulk write of orders or follow-ups: in
    // transactions of a thousand customers, their entries computed on all cores.
    void touchMany(const QHash<qint64, QDate>& latest);
    void rebuildAll();
    // A bulk write leaves the full-text index in many small segments, and a search looks every
    // key up in each: after `written` customers' documents were written or moved in bulk (at least
    // ten thousand, and a fifth of the shop), the segments are merged into one. At 20,000 customers
    // a whole name's search went from 5.8 to 1.8 ms (p95). Call inside or outside a write.
    void compactAfterBulk(qint64 written);
    // Forgets a customer that is deleted (call before its row goes).
    void remove(const Customer& customer);
    // Best first: by field, how the first term meets it, then recent activity. Every term of the
    // query must match somewhere in the customer.
    QList<Hit> search(const QString& query, int limit, bool includeArchived = false) const;
    // The full-text query that finds candidates for a term, with @ where the start kind goes;
    // initialKeys narrows a term of three or more units by their initials (names, contacts), which
    // addresses and notes have no keys for. wholeCustomer: the query of the document holding all
    // of a customer's keys (no start kinds, and fewer kinds of key), which finds a superset.
    static QString matchExpression(const SearchTerm& term, bool initialKeys, bool wholeCustomer = false);
    // The rowids a search reads before confirming any, best first (the benchmark's bare query).
    QList<qint64> bareCandidates(const QString& typed, int limit) const;
    // A phone number's digits as search and customer_key keep them (PhoneNumber::queryDigits).
    static QString phoneDigits(const QString& phone);
    // Days since 2000-01-01, as kept in customers.search_day.
    static int dayNumber(const QDate& day);
    static qint64 rowid(int document, int day, qint64 customerId);
    // Normalises a query the way names are compared: case folded, white space removed.
    static QString normaliseQuery(const QString& query);
    // On a server: space-separated keys (an SQL expression of text, by default the column schema 29
    // kept them in) as full-text words, verbatim: no parsing, no stemming. Since schema 30 the
    // server's column holds this value itself (a tsvector), indexed, with statistics of its words.
    static QString serverWords(const QString& keys = QStringLiteral("keys"));
    // On a server: the word indexes (CREATE INDEX statements), one per kind of document, each over
    // the rowids of its kind, which is the range every search query names.
    static QStringList serverIndexes();

private:
    // One part of a search: the candidates of one field whose match starts one way.
    struct Segment
    {
        QString expression;
        Field field;
        MatchQuality quality;
    };
    static QList<Segment> segmentsFor(const SearchTerm& lead);
    // The customers whose whole documents hold every term (each term's whole-customer expression,
    // empty for one they cannot express), if there are at most `cap`.
    std::optional<QSet<qint64>> customersWithAll(const QStringList& wholeExpressions, qsizetype cap) const;
    void forget(qint64 id, const Entry& entry, int day);
    int storedDay(qint64 id) const;

    Database& m_db;
};

} // namespace shopcrm
