#pragma once

#include "domain/Quote.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace shopcrm {

class Database;

// Which quotes a list shows. Revised (superseded) revisions are listed only when asked.
struct QuoteFilter
{
    enum class State
    {
        Any,
        Open,     // open and still valid
        Expired,  // open and past its validity
        Accepted, // accepted, with or without an order yet
        Declined,
        Ordered // made into an order
    };
    State state = State::Any;
    qint64 customerId = 0;
    qint64 opportunityId = 0;
    QDate from; // the quote's local day, inclusive; invalid: open-ended
    QDate to;
    QString text; // in the number, the title or the customer's name
    bool revisions = false;
    QDate today; // for "expired"; invalid: the current day
};

// One line of the quote list.
struct QuoteRow
{
    qint64 id = 0;
    int version = 0;
    QString number;
    int revision = 1;
    bool latest = true;
    qint64 customerId = 0;
    QString customer;
    QString title;
    Money total;
    QDateTime quoteDate; // UTC
    QDate validUntil;
    QuoteStatus status = QuoteStatus::Open;
    qint64 orderId = 0;
    QString orderNumber;
    qint64 opportunityId = 0;
    QString createdBy;

    QString displayNumber() const { return QuoteRules::displayNumber(number, revision); }
};

// Quotes and their revisions, in the sales rights (amounts need sales ▸ see money): every write is
// one short transaction with the change feed and the audit. A quote tied to an opportunity sets
// its amount when saved, and making the order wins the opportunity.
class QuoteRepository final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::QuoteRepository)
public:
    explicit QuoteRepository(Database& db) : m_db(db) {}

    // Validates, numbers it from the counter (series "quote") and saves it as revision 1.
    qint64 create(Quote& quote);
    // Saves changes to the latest revision in place, if nobody saved it since it was read; an
    // answered quote or one made into an order is Locked.
    void update(Quote& quote);
    // Saves the quote as given as the next revision of its number (the one read, checked by
    // version, stays as it was and is no longer the latest); quote becomes the new revision.
    qint64 revise(Quote& quote);
    // Accepted, declined (with a reason) or open again; only the latest revision, never once an
    // order was made from it. Returns the new version.
    int setStatus(qint64 id, int expectedVersion, QuoteStatus status, const QString& reason = {});
    // Makes the order from the latest revision in one transaction: the order keeps the quote's
    // id, the quote is accepted and keeps the order's; an open opportunity it belongs to is won.
    // Returns the order's id.
    qint64 makeOrder(qint64 id, int expectedVersion);
    // Deletes a quote (every revision) that no order was made from; the audit keeps it.
    void remove(qint64 id, int expectedVersion);

    std::optional<Quote> find(qint64 id) const;
    Quote get(qint64 id) const; // NotFound when missing
    // revision 0: the latest.
    std::optional<Quote> findByNumber(const QString& number, int revision = 0) const;
    // Every revision of a number, first to latest.
    QList<QuoteRow> revisions(const QString& number) const;
    // Newest first (by date, then id); a page by position or the page after a known row.
    QList<QuoteRow> page(const QuoteFilter& filter, qint64 offset, int limit) const;
    QList<QuoteRow> pageAfter(const QuoteFilter& filter, const QuoteRow& last, int limit) const;
    // atMost ≥ 0: counts no further than that (whether the list is long).
    qint64 count(const QuoteFilter& filter, qint64 atMost = -1) const;

private:
    void validate(Quote& quote) const;
    qint64 insert(Quote& quote, const QString& now);
    // The quote as stored for a write, checked to be the latest, unanswered and at this version.
    Quote loadForChange(qint64 id, int expectedVersion, bool mayBeAnswered) const;
    // An opportunity's amount follows the quote saved for it last.
    void followOpportunity(const Quote& quote);
    [[noreturn]] void throwConflict(qint64 id) const;
    bool seesMoney() const;
    QList<QuoteRow> read(const QString& condition, const QVariantList& values, int limit,
                         qint64 offset) const;

    Database& m_db;
};

// A quote as JSON for the audit log and `shopcrm-cli quote show --json`: the order's shape
// (OrderJson) plus number, revision, valid_until, terms, status and links.
class QuoteJson final
{
public:
    static QJsonObject toJson(const Quote& quote);
};

} // namespace shopcrm
