#pragma once

#include "domain/Opportunity.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace shopcrm {

class Database;

// Which opportunities a list or the pipeline shows.
struct OpportunityFilter
{
    enum class State
    {
        Open,
        Won,
        Lost,
        Closed,
        Any
    };
    State state = State::Any;
    qint64 stageId = 0;    // 0: any
    qint64 customerId = 0; // 0: any
    std::optional<QString> owner;  // unset: anyone; empty: nobody's
    std::optional<QString> source; // unset: any; empty: those without a source
    QDate closeFrom;               // the expected close, local days inclusive; invalid: open-ended
    QDate closeTo;
    // Won and lost ones closed on or after this day only (the pipeline's last columns); invalid: all.
    QDate closedSince;
    // The sales analysis' click-through: created on, or closed (won or lost) on, these local days
    // (inclusive; invalid: open-ended), lost for this reason, and those that got at least as far
    // as this stage (as the funnel counts: a skipped stage counts as passed, won passes them all).
    QDate createdFrom;
    QDate createdTo;
    QDate closedFrom;
    QDate closedTo;
    std::optional<QString> lostReason;
    qint64 reachedStageId = 0;
    QString text; // in the title, the customer's name or what is wanted
};

// One line of the list or one card on the board.
struct OpportunityRow
{
    qint64 id = 0;
    int version = 0;
    qint64 customerId = 0;
    QString customer;
    QString title;
    Money amount;
    int probability = 0;
    qint64 stageId = 0;
    QString stage;
    StageKind kind = StageKind::Open;
    QDate expectedClose;
    QString owner;
    QString source;
    QString nextStep;
    QDateTime stageAt; // UTC
    Money weighted() const { return OpportunityRules::weigh(amount, probability); }
};

// A column of the pipeline: its stage, how many are in it and what they add up to, and the first
// cards by expected close (a busy stage shows kBoardCards and says how many more there are).
struct StageColumn
{
    OpportunityStage stage;
    qint64 count = 0;
    Money total;
    Money weighted;
    QList<OpportunityRow> cards;
};

// Opportunities, their stages (the shop's list) and their moves between stages; every write in
// one short transaction with the change feed and the audit. Needs the sales rights; amounts need
// sales ▸ see money (without it they read as zero).
class OpportunityRepository final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::OpportunityRepository)
public:
    static constexpr int kBoardCards = 100;

    explicit OpportunityRepository(Database& db) : m_db(db) {}

    // The stages in pipeline order; archived ones only when asked (old opportunities keep theirs).
    QList<OpportunityStage> stages(bool withArchived = false) const;
    OpportunityStage stage(qint64 id) const;
    // A stage by id, code, or name in either language; nullopt when unknown.
    std::optional<OpportunityStage> findStage(const QString& text) const;
    // Saves the shop's list as given (new ones have id 0; order is the list's); a stage that
    // opportunities are in is archived rather than deleted when left out. Settings ▸ edit.
    void saveStages(const QList<OpportunityStage>& stages);

    // probability -1 takes the stage's default; without a stage, the first open one.
    qint64 create(Opportunity& opportunity);
    // Many in one transaction (generated data, an import): each with its stage, probability and
    // moves as they happened (moves[i] for opportunities[i], the last one its present stage; its
    // times become the stage and closing times). The same rows, change feed and audit as create(),
    // through SQLite's own API. Customers are not checked: the caller took them from the table;
    // lines and files are left out (generated data has none).
    void createMany(QList<Opportunity>& opportunities, const QList<QList<StageMove>>& moves);
    // Saves only if nobody saved since it was read. A new stage is a move (history, stage time).
    void update(Opportunity& opportunity);
    // To another stage, as a drag on the board does: the probability becomes the stage's default,
    // a lost one needs its reason. Returns the new version.
    int moveTo(qint64 id, int expectedVersion, qint64 stageId, const QString& lostReason = {});
    void remove(qint64 id, int expectedVersion);

    // With its lines and its files (without their data).
    std::optional<Opportunity> find(qint64 id) const;
    Opportunity get(qint64 id) const;
    // NotFound when another desk deleted it.
    QByteArray attachmentData(qint64 attachmentId) const;
    QList<StageMove> moves(qint64 id) const;

    // atMost ≥ 0: counts no further than that (whether the list is long).
    qint64 count(const OpportunityFilter& filter, qint64 atMost = -1) const;
    // By expected close (unknown last), then id; a page by position or the page after a known row.
    QList<OpportunityRow> page(const OpportunityFilter& filter, qint64 offset, int limit) const;
    QList<OpportunityRow> pageAfter(const OpportunityFilter& filter, const OpportunityRow& last,
                                    int limit) const;
    // Every stage (not archived) with its count, totals and first cards; won and lost as filtered.
    QList<StageColumn> board(const OpportunityFilter& filter) const;
    // What the form and the board offer: the defaults, then what the shop has typed before.
    QStringList sourceChoices() const;
    QStringList lostReasonChoices() const;

private:
    void validate(Opportunity& o, const OpportunityStage& stage) const;
    void recordMove(qint64 id, qint64 from, qint64 to, const QString& now);
    // Its lines and files as the opportunity has them (inside the write).
    void saveDetails(Opportunity& o);
    [[noreturn]] void throwConflict(qint64 id) const;
    bool seesMoney() const;

    Database& m_db;
};

// The filter as SQL on the table aliased `o` (customers as `c`), its values in binding order.
QString opportunityWhere(const Database& db, const OpportunityFilter& filter, QVariantList& values);

} // namespace shopcrm
