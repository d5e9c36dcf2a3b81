#pragma once

#include "domain/Campaign.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace shopcrm {

class Database;

// Campaigns and their target lists (the sales rights: view, create, edit, delete; the money right
// for budgets, costs and revenue), and what they brought.
//
// Attribution: an order counts for a campaign when it names the campaign, or names none and its
// customer came from the campaign; either way only orders dated from the campaign's first day to
// `windowDays` after its last, cancelled ones left out. New customers are those who came from it,
// created in the same window; opportunities likewise (won: at a won stage).
class CampaignRepository final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::CampaignRepository)
public:
    explicit CampaignRepository(Database& db) : m_db(db) {}

    qint64 create(Campaign& campaign);
    void update(Campaign& campaign); // only if nobody saved since it was read
    // Refused while customers, opportunities or orders name it (say how many).
    void remove(qint64 id, int expectedVersion);
    std::optional<Campaign> find(qint64 id) const;
    Campaign get(qint64 id) const;
    std::optional<Campaign> findByName(const QString& name) const;
    // Newest first.
    QList<Campaign> list() const;
    QStringList channelChoices() const;

    // The picked customers of its list (besides its saved search), replaced as a whole.
    QList<qint64> targets(qint64 id) const;
    void setTargets(qint64 id, const QList<qint64>& customerIds);
    // Adds customers not yet picked, in one write; how many were new.
    int addTargets(qint64 id, const QList<qint64>& customerIds);
    // Everyone on its list: the picked customers, then those its saved search finds (active ones,
    // at most `limit` in all), each once.
    QList<qint64> audience(qint64 id, int limit = 5000) const;

    CampaignResult result(const Campaign& campaign) const;
    // Every campaign that ran in [from, to] (any overlap), in start order.
    QList<CampaignResult> compare(const QDate& from, const QDate& to) const;
    // Lead sources (the customers' source) over [from, to]: new customers created then, and the
    // orders dated then of customers from each source; most revenue first.
    QList<CampaignResult> sources(const QDate& from, const QDate& to) const;

private:
    // Campaigns by a clause of ours ("WHERE id = ?", "ORDER BY …") with its values bound.
    QList<Campaign> read(const QString& whereAndOrder, const QVariantList& values) const;
    [[noreturn]] void throwConflict(qint64 id) const;
    // Replaces the picked customers, inside the caller's write.
    void writeTargets(qint64 id, const QList<qint64>& customerIds);
    Database& m_db;
};

} // namespace shopcrm
