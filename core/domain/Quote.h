#pragma once

#include "Opportunity.h"
#include "Order.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace shopcrm {

// Open until the customer answers; a quote made into an order is accepted.
enum class QuoteStatus
{
    Open,
    Accepted,
    Declined
};

// A quote (报价单): what an order would be, priced, with how long the price holds and on what
// terms. It is built like an order (the body: customer, contact, lines with area pricing, title,
// notes), so the same rules price it and the same documents print it. Revising keeps every
// revision under one number; only the latest can be answered or made into an order.
struct Quote
{
    RowMeta meta;
    QString number; // given at the first save, kept by every revision
    int revision = 1;
    bool latest = true;
    Order body;       // body.orderDate is the quote's date
    QDate validUntil; // the shop's local day; invalid: no limit
    QString terms;
    QuoteStatus status = QuoteStatus::Open;
    QDateTime statusAt; // UTC
    QString declineReason;
    qint64 opportunityId = 0;
    QString opportunityTitle; // read only
    qint64 orderId = 0;       // the order made from it
    QString orderNumber;      // read only

    Money total() const { return body.total(); }
    // "BJ20261202-001", or "BJ20261202-001 v2" from the second revision on.
    QString displayNumber() const;
};

class QuoteRules final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::QuoteRules)
public:
    static constexpr int kDefaultValidDays = 15;

    static QList<QuoteStatus> statuses();
    static QString statusCode(QuoteStatus status);
    static std::optional<QuoteStatus> statusFromCode(const QString& code);
    static QString statusName(QuoteStatus status);
    // Open and past its validity on that day.
    static bool isExpired(const Quote& quote, const QDate& today);
    static bool isExpired(QuoteStatus status, const QDate& validUntil, const QDate& today);
    // What the list shows: revised (not the latest), expired (open past its day), ordered, or the
    // status; as a code (revised, expired, ordered, open, accepted, declined) and translated.
    static QString stateCode(const Quote& quote, const QDate& today);
    static QString stateName(const Quote& quote, const QDate& today);
    static QString displayNumber(const QString& number, int revision);
    // The terms a new quote starts with (the shop may change them in the form).
    static QString defaultTerms();

    // Trims text and prices the lines as an order's are.
    static void normalise(Quote& quote);
    // Errors block the save. Field names as OrderRules::check, plus valid_until.
    static QList<FieldIssue> check(const Quote& quote);
    // The order the quote becomes: its customer, contact, title, notes and lines; dated now.
    static Order toOrder(const Quote& quote, const QDateTime& nowUtc);
    // A quote with an order's customer and lines (quoting a repeat job from an old order).
    static Quote fromOrder(const Order& order, const QDateTime& nowUtc);
    // A new quote for an opportunity: its customer, contact, title, what is wanted as the notes and
    // its product lines (one empty line when it has none); dated now, valid the default days.
    static Quote forOpportunity(const Opportunity& opportunity, const QDateTime& nowUtc);
};

} // namespace shopcrm
