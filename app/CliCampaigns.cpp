// `campaign …`.
#include "CliSupport.h"

#include "store/CampaignRepository.h"
#include "store/CustomerSearchIndex.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shopcrm::cli {

namespace {

Money moneyOption(const Arguments& a, const QString& key, const Money& fallback)
{
    if (!a.options.contains(key)) return fallback;
    QString error;
    const std::optional<Money> m = Money::parse(a.option(key), &error);
    if (!m) throw UsageError{Cli::tr("--%1: %2").arg(key, error)};
    return *m;
}

QJsonValue money(const Money& m)
{
    return m.toPlainString();
}

QJsonObject resultJson(const CampaignResult& r)
{
    QJsonObject o{{QStringLiteral("name"), r.name},
                  {QStringLiteral("from"), r.from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), r.to.toString(Qt::ISODate)},
                  {QStringLiteral("new_customers"), r.newCustomers},
                  {QStringLiteral("orders"), r.orders},
                  {QStringLiteral("revenue"), money(r.revenue)}};
    if (r.campaignId > 0) {
        o.insert(QStringLiteral("id"), r.campaignId);
        o.insert(QStringLiteral("channel"), r.channel);
        o.insert(QStringLiteral("budget"), money(r.budget));
        o.insert(QStringLiteral("cost"), money(r.cost));
        o.insert(QStringLiteral("opportunities"), r.opportunities);
        o.insert(QStringLiteral("won"), r.won);
        const std::optional<Money> perCustomer = r.costPerNewCustomer();
        o.insert(QStringLiteral("cost_per_new_customer"), perCustomer ? money(*perCustomer) : QJsonValue());
        const std::optional<qint64> roi = r.roiPermille();
        o.insert(QStringLiteral("roi_percent"),
                 roi ? QJsonValue(CampaignRules::percentText(roi).chopped(2)) : QJsonValue());
    }
    return o;
}

void printResult(const CampaignResult& r)
{
    out() << (r.name.isEmpty() ? Cli::tr("(no source)") : r.name) << "  "
          << Cli::tr("%1 new customers, %2 orders, %3")
                 .arg(r.newCustomers)
                 .arg(r.orders)
                 .arg(r.revenue.toString());
    if (r.campaignId > 0) {
        const std::optional<Money> perCustomer = r.costPerNewCustomer();
        out() << "  "
              << Cli::tr("cost %1, %2 per new customer, ROI %3")
                     .arg(r.cost.toString(), perCustomer ? perCustomer->toString() : QStringLiteral("—"),
                          CampaignRules::percentText(r.roiPermille()));
    }
    out() << '\n';
}

Campaign byIdOrName(const CampaignRepository& repo, const QString& text)
{
    if (text.isEmpty()) throw UsageError{Cli::tr("Give the campaign's id or name.")};
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    if (isId) return repo.get(id);
    const std::optional<Campaign> c = repo.findByName(text);
    if (!c) throw StoreError(StoreError::Kind::NotFound, Cli::tr("There is no campaign named %1.").arg(text));
    return *c;
}

void applyOptions(const Arguments& a, Campaign& c)
{
    if (a.options.contains(QStringLiteral("name"))) c.name = a.option(QStringLiteral("name"));
    if (a.options.contains(QStringLiteral("channel"))) c.channel = a.option(QStringLiteral("channel"));
    if (a.options.contains(QStringLiteral("from"))) c.startsOn = optionalDate(a, QStringLiteral("from"));
    if (a.options.contains(QStringLiteral("to"))) c.endsOn = optionalDate(a, QStringLiteral("to"));
    c.budget = moneyOption(a, QStringLiteral("budget"), c.budget);
    c.cost = moneyOption(a, QStringLiteral("cost"), c.cost);
    if (a.options.contains(QStringLiteral("window")))
        c.windowDays = int(a.number(QStringLiteral("window"), 30, 0, 365));
    if (a.options.contains(QStringLiteral("filter"))) c.targetFilter = a.option(QStringLiteral("filter"));
    if (a.options.contains(QStringLiteral("notes"))) c.notes = a.option(QStringLiteral("notes"));
}

const QStringList kFields{QStringLiteral("name"),   QStringLiteral("channel"), QStringLiteral("from"),
                          QStringLiteral("to"),     QStringLiteral("budget"),  QStringLiteral("cost"),
                          QStringLiteral("window"), QStringLiteral("filter"),  QStringLiteral("notes")};

} // namespace

qint64 campaignIdOption(Database& db, const Arguments& a)
{
    if (!a.options.contains(QStringLiteral("campaign")) || a.option(QStringLiteral("campaign")).isEmpty())
        return 0;
    return byIdOrName(CampaignRepository(db), a.option(QStringLiteral("campaign"))).meta.id;
}

std::optional<QList<qint64>> chosenCustomers(Database& db, const Arguments& a)
{
    if (a.options.contains(QStringLiteral("customers"))) {
        QList<qint64> ids;
        for (const QString& id :
             a.option(QStringLiteral("customers")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids.append(customerId(db, id.trimmed()));
        return ids;
    }
    if (const qint64 campaign = campaignIdOption(db, a); campaign > 0)
        return CampaignRepository(db).audience(campaign);
    // A search as the customer list's box takes it: name, phone, pinyin, initials, address.
    if (a.options.contains(QStringLiteral("to"))) {
        const QString filter = a.option(QStringLiteral("to")).trimmed();
        if (filter.isEmpty()) throw UsageError{Cli::tr("--to takes a customer search, e.g. --to 渝中区.")};
        QList<qint64> ids;
        for (const CustomerSearchIndex::Hit& hit : CustomerSearchIndex(db).search(filter, 5000))
            ids.append(hit.id);
        return ids;
    }
    return std::nullopt;
}

QString campaignUsage()
{
    return Cli::tr(
        "  campaign add --name N --from DATE --to DATE [--channel C] [--budget A] [--cost A] [--window "
        "DAYS]\n"
        "               [--filter SEARCH] [--notes N]   what it brought counts to DAYS (30) after its end\n"
        "  campaign edit ID|NAME [same options] | campaign delete ID|NAME | campaign list\n"
        "  campaign targets ID|NAME [--customers ID,…]   its picked customers (replaced when given)\n"
        "  campaign report ID|NAME | campaign report --from DATE --to DATE   ROI; campaigns and sources\n"
        "      customer add and opportunity add take --campaign ID|NAME; an order's JSON \"campaign_id\"\n");
}

int campaignCommand(const Arguments& a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("add")) {
        a.allowOnly(kFields);
        if (!a.options.contains(QStringLiteral("name")) || !a.options.contains(QStringLiteral("from")) ||
            !a.options.contains(QStringLiteral("to")))
            throw UsageError{Cli::tr("Give at least --name, --from and --to.")};
        const std::unique_ptr<Database> db = openDatabase(a);
        Campaign c;
        applyOptions(a, c);
        printCreated(a, CampaignRepository(*db).create(c));
        return 0;
    }
    if (sub == QLatin1String("edit")) {
        a.allowOnly(kFields);
        const std::unique_ptr<Database> db = openDatabase(a);
        CampaignRepository repo(*db);
        Campaign c = byIdOrName(repo, a.words.value(2));
        applyOptions(a, c);
        repo.update(c);
        if (a.json) printJson(resultJson(repo.result(c)));
        return 0;
    }
    if (sub == QLatin1String("delete")) {
        a.allowOnly({});
        const std::unique_ptr<Database> db = openDatabase(a);
        CampaignRepository repo(*db);
        const Campaign c = byIdOrName(repo, a.words.value(2));
        repo.remove(c.meta.id, c.meta.version);
        return 0;
    }
    if (sub == QLatin1String("list")) {
        a.allowOnly({});
        const std::unique_ptr<Database> db = openDatabase(a);
        QJsonArray rows;
        for (const Campaign& c : CampaignRepository(*db).list()) {
            rows.append(QJsonObject{{QStringLiteral("id"), c.meta.id},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("channel"), c.channel},
                                    {QStringLiteral("from"), c.startsOn.toString(Qt::ISODate)},
                                    {QStringLiteral("to"), c.endsOn.toString(Qt::ISODate)},
                                    {QStringLiteral("window_days"), c.windowDays},
                                    {QStringLiteral("budget"), money(c.budget)},
                                    {QStringLiteral("cost"), money(c.cost)}});
            if (!a.json)
                out() << c.meta.id << "  " << c.name << "  " << c.channel << "  "
                      << c.startsOn.toString(Qt::ISODate) << " – " << c.endsOn.toString(Qt::ISODate) << "  "
                      << c.cost.toString() << '\n';
        }
        if (a.json) printJson(rows);
        return 0;
    }
    if (sub == QLatin1String("targets")) {
        a.allowOnly({QStringLiteral("customers")});
        const std::unique_ptr<Database> db = openDatabase(a);
        CampaignRepository repo(*db);
        const Campaign c = byIdOrName(repo, a.words.value(2));
        if (a.options.contains(QStringLiteral("customers"))) {
            QList<qint64> ids;
            for (const QString& part :
                 a.option(QStringLiteral("customers")).split(QLatin1Char(','), Qt::SkipEmptyParts))
                ids.append(customerId(*db, part.trimmed()));
            repo.setTargets(c.meta.id, ids);
        }
        QJsonArray ids;
        for (const qint64 id : repo.targets(c.meta.id)) {
            ids.append(id);
            if (!a.json) out() << id << '\n';
        }
        if (a.json) printJson(ids);
        return 0;
    }
    if (sub == QLatin1String("report")) {
        a.allowOnly({QStringLiteral("from"), QStringLiteral("to")});
        const std::unique_ptr<Database> db = openDatabase(a);
        CampaignRepository repo(*db);
        if (!a.words.value(2).isEmpty()) {
            const CampaignResult r = repo.result(byIdOrName(repo, a.words.value(2)));
            if (a.json)
                printJson(resultJson(r));
            else
                printResult(r);
            return 0;
        }
        const auto [from, to] = requiredPeriod(a);
        const QList<CampaignResult> campaigns = repo.compare(from, to);
        const QList<CampaignResult> sources = repo.sources(from, to);
        if (a.json) {
            QJsonArray c, s;
            for (const CampaignResult& r : campaigns)
                c.append(resultJson(r));
            for (const CampaignResult& r : sources)
                s.append(resultJson(r));
            printJson(QJsonObject{{QStringLiteral("campaigns"), c}, {QStringLiteral("sources"), s}});
            return 0;
        }
        out() << Cli::tr("Campaigns") << '\n';
        for (const CampaignResult& r : campaigns)
            printResult(r);
        out() << Cli::tr("Lead sources") << '\n';
        for (const CampaignResult& r : sources)
            printResult(r);
        return 0;
    }
    throw UsageError{Cli::tr("Unknown campaign command.")};
}

} // namespace shopcrm::cli
