#pragma once

#include "domain/Customer.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

#include <optional>

namespace shopcrm {

struct ListAnchors; // store/RowSupport.h

class Database;
struct Access;

// What the customer list shows of one customer.
struct CustomerRow
{
    qint64 id = 0;
    QString name;
    QString contact;
    QString phone;
    QString region;
    QString grade;
    QString tags;
    QDateTime updatedAt;
    QDateTime lastContact; // UTC; invalid: never
    QDate nextFollowUp;    // invalid: nothing planned
    bool archived = false;
    QString owner;         // empty: in the public pool
    QDateTime poolSince;   // UTC: since when it is in the pool
    QString previousOwner; // who had it before
    QVariant sortValue; // the value of the sort column, for keyset paging
};

enum class CustomerSort
{
    Name,
    Contact,
    Phone,
    Region,
    Grade,
    Tags,
    Updated,
    LastContact,
    NextFollowUp,
    Owner
};

// The customer list's quick filters on follow-ups.
enum class ContactFilter { Any, FollowUpDue, NothingPlanned, NotContactedFor };

// Whose customers the list shows: everyone's, the public pool's (no owner), mine, or others'.
enum class OwnerFilter
{
    Any,
    Pool,
    Mine,
    Others
};

struct CustomerListQuery
{
    CustomerSort sort = CustomerSort::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    bool includeArchived = false;
    ContactFilter contact = ContactFilter::Any;
    int notContactedDays = 30;
    OwnerFilter owner = OwnerFilter::Any;
    QString me;  // the staff member "mine" means
    QDate today; // the shop's local day for the filters; invalid: today
};

class CustomerRepository final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::CustomerRepository)
public:
    explicit CustomerRepository(Database& db) : m_db(db) {}

    // Normalises and validates (ValidationError), then saves; fills in id, version and meta.
    qint64 create(Customer& customer);
    // Bulk create (demo data, imports): every customer is checked first and nothing is saved if
    // one fails (the message names it); the derived data (phones, pinyin, search keys, audit
    // copies) is computed on all cores; the rows are written in the caller's or one transaction.
    void createMany(QList<Customer>& customers);
    // createMany in two halves, so a bulk writer can prepare the next batch while this one is
    // written: prepareMany touches no database (any thread); writePrepared runs on the db's thread.
    class Prepared
    {
    public:
        Prepared();
        ~Prepared();
        Prepared(Prepared&&) noexcept;
        Prepared& operator=(Prepared&&) noexcept;
        QList<Customer> customers;

    private:
        friend class CustomerRepository;
        QList<struct CustomerDerived> derived;
    };
    static Prepared prepareMany(QList<Customer> customers);
    void writePrepared(Prepared& prepared);
    // Saves only if nobody saved since customer.meta.version was read (Conflict otherwise).
    void update(Customer& customer);
    void setArchived(qint64 id, int expectedVersion, bool archived);
    // Deletes a customer nothing refers to (no order, follow-up, payment or delivery slip), as an
    // import's revert does; StoreError(Validation) naming what refers to it otherwise.
    void removeUnused(qint64 id);

    Customer get(qint64 id) const; // NotFound when missing
    std::optional<Customer> find(qint64 id) const;
    // find without the rights check, for what a write keeps in step (the search index).
    std::optional<Customer> load(qint64 id) const;
    // Customers with the same name (case and spaces folded) or a shared phone number.
    QList<CustomerRow> duplicatesOf(const Customer& customer) const;
    // Keeps the list columns (pinyin sort key, primary contact, phone, region) in step.
    void refreshListColumns(const Customer& customer);

    qint64 count(bool includeArchived) const;
    qint64 count(const CustomerListQuery& query) const;
    // Whether more than `limit` customers match: a count that stops after limit + 1.
    bool countsMoreThan(const CustomerListQuery& query, qint64 limit) const;
    // Whether a row passes the query's follow-up filter (for search results, which are ranked, not listed).
    static bool matches(const CustomerRow& row, const CustomerListQuery& query);
    // The list's SQL: the sort expression and the condition (the bench's baselines read the same).
    static QString sortExpression(CustomerSort sort);
    static QString listCondition(const CustomerListQuery& query, const Access& access);
    // A page by position (for jumps), or the page after/before a known row (keyset, for scrolling).
    // Rows offset… of the list; with the list's total known, a page in its second half is read
    // from the end (OFFSET walks every row it skips, so the end of a long list is as quick as its start).
    // With anchors (read by anchors()), a page is read after the nearest anchor before it.
    QList<CustomerRow> page(const CustomerListQuery& query, qint64 offset, int limit, qint64 total = -1,
                            const ListAnchors* anchors = nullptr) const;
    ListAnchors anchors(const CustomerListQuery& query, int every) const;
    QList<CustomerRow> pageAfter(const CustomerListQuery& query, const CustomerRow& last, int limit) const;
    // Where a customer stands in the list for this query (0-based), or -1 if it is not listed.
    qint64 positionOf(const CustomerListQuery& query, qint64 id) const;
    // Rows for these ids, in the order given (search results).
    QList<CustomerRow> rows(const QList<qint64>& ids) const;

private:
    void refreshOrderSortKeys(qint64 customerId, const QString& nameSort);
    // Contacts are audited inside their customer's before/after copies; each also enters the change feed.
    void saveContacts(Customer& customer, const QString& now);
    using Derived = struct CustomerDerived;
    static Derived derive(const Customer& customer);
    static void validate(Customer& customer);
    void insertNew(Customer& customer, const Derived& derived, const QString& now);
    [[noreturn]] void throwConflict(qint64 id) const;
    QList<CustomerRow> readRows(class Sql& sql) const;

    Database& m_db;
};

} // namespace shopcrm
