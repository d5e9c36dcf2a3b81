#pragma once

#include "Customer.h"
#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopcrm {

// A marketing campaign (营销活动): flyers in the neighbourhood, a fair, a WeChat push. Customers,
// opportunities and orders name the campaign they came from; what it brought is counted from its
// first day to `windowDays` after its last.
struct Campaign
{
    RowMeta meta;
    QString name;
    QString channel; // 传单, 展会, 微信, 短信, 电话, 网站, 转介绍 … or the shop's own
    QDate startsOn;  // local days, inclusive
    QDate endsOn;
    Money budget;
    Money cost; // what it actually cost
    int windowDays = 30;
    QString targetFilter; // a saved customer search for its list, as typed in the customer list
    QString notes;
    // The last day orders and customers still count for it.
    QDate attributionEnd() const { return endsOn.addDays(windowDays); }
};

// What a campaign brought (or a lead source, with no cost).
struct CampaignResult
{
    qint64 campaignId = 0; // 0 for a lead source
    QString name;          // the campaign's, or the source ("" none)
    QString channel;
    QDate from;
    QDate to;     // the attribution window's last day
    QDate endsOn; // the campaign's own last day
    Money budget;
    Money cost;
    qint64 newCustomers = 0;
    qint64 orders = 0;
    Money revenue; // orders' totals, cancelled ones left out
    qint64 opportunities = 0;
    qint64 won = 0;
    // cost ÷ new customers, rounded half up to the fen; none without new customers.
    std::optional<Money> costPerNewCustomer() const;
    // (revenue − cost) ÷ cost in tenths of a percent (1234 = 123.4 %), half up; none without a cost.
    std::optional<qint64> roiPermille() const;
};

class CampaignRules final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::CampaignRules)
public:
    static QStringList defaultChannels();
    static void normalise(Campaign& campaign);
    // Errors block the save. Fields: name, startsOn, endsOn, budget, cost, windowDays.
    static QList<FieldIssue> check(const Campaign& campaign);
    // "123.4 %" (or "—" for none).
    static QString percentText(std::optional<qint64> permille);
};

} // namespace shopcrm
