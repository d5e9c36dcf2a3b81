#pragma once

#include "domain/FollowUp.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimeZone>
#include <QVariant>

#include <optional>

namespace shopcrm {

class Database;

// What the follow-ups list shows of one follow-up.
struct FollowUpRow
{
    qint64 id = 0;
    QDateTime at; // UTC
    qint64 customerId = 0;
    QString customer;
    QString contact;
    ContactMethod method = ContactMethod::Phone;
    QString subject;
    QString details;
    QString outcome;
    QString staff;
    QDate nextDate;
    QString nextAction;
    bool nextDone = false;
    QString orderNumber;
    int attachments = 0;
};

struct FollowUpFilter
{
    qint64 customerId = 0;
    qint64 staffId = 0;
    std::optional<ContactMethod> method;
    QString outcome; // empty: any
    QDate from;      // shop's local days, inclusive
    QDate to;
    QTimeZone zone = QTimeZone::systemTimeZone();
};

// One line of a customer's timeline: a follow-up, an order taken or moved on, a delivery (and,
// once they exist, a payment). `refId` opens the record: a follow-up, an order or a slip.
struct TimelineEvent
{
    enum class Kind
    {
        FollowUp,
        OrderCreated,
        OrderStatus,
        Delivery,
        Opportunity,
        Quote,
        Service,
        Message // an e-mail sent (or not) from a batch
    };
    Kind kind = Kind::FollowUp;
    qint64 refId = 0;
    QDateTime at; // UTC
    QString who;
    QString summary;
    QString detail; // a second line: the outcome and next step, the amount…
};

struct TimelineFilter
{
    QSet<TimelineEvent::Kind> kinds; // empty: every kind
    qint64 staffId = 0;              // 0: everybody
};

// Follow-ups, their attachments and plans. Every write keeps the customer's "last contact" and
// "next follow-up" columns in step in the same transaction, and is audited.
class FollowUpRepository final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::FollowUpRepository)
public:
    explicit FollowUpRepository(Database& db) : m_db(db) {}

    // Validates (ValidationError) and saves with its attachments. With closeEarlierPlans, the
    // customer's open plans from earlier follow-ups are closed by this one (and reopen if it is
    // deleted). `zone` is the shop's time zone, which decides the follow-up's calendar day.
    // Many recorded contacts in one transaction (generated data, a bulk import): the same rows,
    // customer summaries, change feed and audit as create() without closing earlier plans; no
    // attachments. Search activity is not moved: the latest contact day per customer is merged
    // into `activity`, for CustomerSearchIndex::touchMany once all batches are written.
    void createMany(QList<FollowUp>& followUps, QHash<qint64, QDate>& activity,
                    const QTimeZone& zone = QTimeZone::systemTimeZone());
    qint64 create(FollowUp& followUp, bool closeEarlierPlans = true,
                  const QTimeZone& zone = QTimeZone::systemTimeZone());
    // Saves only if nobody saved since followUp.meta.version was read (Conflict otherwise).
    // Attachments are replaced by the list given (an attachment with an id and no data is kept).
    void update(FollowUp& followUp, const QTimeZone& zone = QTimeZone::systemTimeZone());
    // Deletes it with its attachments; plans it had closed are open again. The audit keeps a copy.
    void remove(qint64 id, int expectedVersion);
    // The planned next contact is done, or moved to a later day (snoozed).
    void setPlanDone(qint64 id, bool done);
    void movePlan(qint64 id, const QDate& day);

    std::optional<FollowUp> find(qint64 id) const; // attachments without their data
    FollowUp get(qint64 id) const;                 // NotFound when missing
    QByteArray attachmentData(qint64 attachmentId) const;
    // The customer's primary contact and the staff member this user is, for a new follow-up.
    FollowUp prefilled(qint64 customerId, const QDateTime& at) const;

    // atMost ≥ 0: counts no further than that (whether the list is long).
    qint64 count(const FollowUpFilter& filter, qint64 atMost = -1) const;
    // Newest first; a page by position or the page after a known row (keyset).
    QList<FollowUpRow> page(const FollowUpFilter& filter, qint64 offset, int limit) const;
    QList<FollowUpRow> pageAfter(const FollowUpFilter& filter, const FollowUpRow& last, int limit) const;
    // The days of the customer's open plans from follow-ups up to `at` (what a new one settles).
    QList<QDate> openPlans(qint64 customerId, const QDateTime& at, qint64 exceptId = 0) const;
    QStringList outcomesInUse() const;
    // The shop's outcome list (settings), or the default one.
    QStringList outcomeChoices() const;
    void setOutcomeChoices(const QStringList& outcomes);

    // One customer's timeline, newest first.
    QList<TimelineEvent> timeline(qint64 customerId, const TimelineFilter& filter = {}) const;
    // Recomputes the customer's last contact and next follow-up (also used after imports).
    void refreshCustomerSummary(qint64 customerId);

private:
    void saveAttachments(FollowUp& followUp);
    void closeEarlierPlans(const FollowUp& followUp);
    // Audits the plans an UPDATE … RETURNING id settled (closed by `by`) or opened again.
    void recordPlansSettled(class Sql& changed, bool settled, qint64 by);
    FollowUp withPlan(qint64 id) const; // NotFound, or Validation when nothing is planned
    [[noreturn]] void throwConflict(qint64 id) const;
    static void validate(FollowUp& followUp, const QTimeZone& zone);

    Database& m_db;
};

} // namespace shopcrm
