#pragma once

#include "Attachment.h"
#include "Customer.h"
#include "Money.h"
#include "Order.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopcrm {

enum class StageKind
{
    Open,
    Won,
    Lost
};

// One step of the shop's sales pipeline (Settings): a name, the probability an opportunity in it
// gets by default, and whether it is still open, won or lost. The built-in ones have a code and
// are shown in the user's language until the shop renames them.
struct OpportunityStage
{
    qint64 id = 0;
    int version = 0;
    QString code; // first_contact, needs_confirmed, quoted, negotiation, won, lost; empty: the shop's own
    QString name; // empty for a built-in stage not renamed
    int probability = 0;
    int position = 0;
    StageKind kind = StageKind::Open;
    bool archived = false;

    QString displayName() const;
};

// A sale in the making: who wants what, how much it may bring, how likely, and by when.
struct Opportunity
{
    RowMeta meta;
    qint64 customerId = 0;
    QString customerName; // read only
    QString contactName;
    QString title;
    QString wanted; // what the customer asked for, free text
    Money amount;
    qint64 stageId = 0;
    QString stageName;                     // read only
    StageKind stageKind = StageKind::Open; // read only
    int probability = -1;                  // -1 when saving: the stage's default
    QDate expectedClose;                   // the shop's local day; invalid: not known yet
    QString source;
    qint64 campaignId = 0; // the marketing campaign it came from; 0 none
    QString owner; // a staff member's name, as customers have
    QString competitor;
    QString nextStep;
    QString lostReason;
    QString notes;
    QDateTime stageAt;  // UTC, read only: when it came to its stage
    QDateTime closedAt; // UTC, read only: when it was won or lost
    // What is wanted as product lines, priced as an order's (optional; a quote made for the
    // opportunity starts from them), and files: drawings, photos of the site, the customer's brief.
    QList<OrderLine> lines;
    QList<Attachment> attachments;

    Money linesTotal() const;

    // The amount times the probability, rounded half-up to the fen.
    Money weighted() const;
    bool isOpen() const { return stageKind == StageKind::Open; }
};

// One move from a stage to another (the first has no "from").
struct StageMove
{
    qint64 fromStage = 0;
    qint64 toStage = 0;
    QString fromName;
    QString toName;
    QDateTime at; // UTC
    QString who;
};

class OpportunityRules final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::OpportunityRules)
public:
    static QString kindCode(StageKind kind);
    static std::optional<StageKind> kindFromCode(const QString& code);
    static QString kindName(StageKind kind);
    // The built-in stage's name in the user's language.
    static QString builtinStageName(const QString& code);
    // The lost reasons offered when the shop has not edited its own list.
    static QStringList defaultLostReasons();
    static QStringList defaultSources();
    static void normalise(Opportunity& o);
    // Field issues: no customer, no title, a negative amount, a probability outside 0–100, a lost
    // opportunity without its reason.
    static QList<FieldIssue> check(const Opportunity& o, StageKind kind);
    // amount × probability / 100, half-up.
    static Money weigh(Money amount, int probability);
    // The same in SQL on the opportunities table aliased `alias`, for sums of rounded figures.
    static QString weightedSql(const QString& alias);
};

} // namespace shopcrm
