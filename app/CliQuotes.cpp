// shopcrm-cli: quotes (报价单) — add, revise, answer, make into orders, list and show.
#include "CliSupport.h"
#include "domain/OrderJson.h"
#include "services/OrderInput.h"
#include "store/DeliveryRepository.h"
#include "store/QuoteRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shopcrm::cli {

QString quoteUsage()
{
    return Cli::tr("  quote add [--json] FILE|-                a quote as an order's JSON plus valid_until,\n"
                   "                                         terms and opportunity; prints its number\n"
                   "  quote revise NUMBER FILE|-             the next revision, from the same JSON\n"
                   "  quote show NUMBER [--revision N]\n"
                   "  quote list [--state open|expired|accepted|declined|ordered|all] [--customer ID|NAME]\n"
                   "             [--from DATE] [--to DATE] [--revisions] [--limit N]\n"
                   "  quote accept|reopen NUMBER | quote decline NUMBER [--reason R]\n"
                   "  quote to-order NUMBER                  makes the order; prints its number\n"
                   "  quote delete NUMBER                    every revision of a quote never ordered\n");
}

namespace {

// The order's JSON shape read by OrderInput, plus what only a quote has.
Quote quoteFromJson(Database& db, QJsonObject json, const Quote* revising)
{
    if (revising && !json.contains(QStringLiteral("customer")))
        json.insert(QStringLiteral("customer"), revising->body.customerId);
    Quote q = revising ? *revising : Quote();
    QList<FieldIssue> issues;
    try {
        q.body = OrderInput::fromJson(db, json);
    } catch (const ValidationError& e) {
        issues = e.issues();
    }
    if (revising) q.body.meta = revising->meta;
    const QString valid = json.value(QStringLiteral("valid_until")).toString().trimmed();
    if (!valid.isEmpty()) {
        q.validUntil = QDate::fromString(valid, Qt::ISODate);
        if (!q.validUntil.isValid())
            issues.append({QStringLiteral("valid_until"),
                           Cli::tr("\"%1\" is not a date (use 2026-12-31).").arg(valid)});
    } else if (!revising) {
        const QDate from =
            q.body.orderDate.isValid() ? q.body.orderDate.toLocalTime().date() : QDate::currentDate();
        q.validUntil = from.addDays(QuoteRules::kDefaultValidDays);
    }
    if (json.contains(QStringLiteral("terms")))
        q.terms = json.value(QStringLiteral("terms")).toString();
    else if (!revising)
        q.terms = QuoteRules::defaultTerms();
    if (json.contains(QStringLiteral("opportunity")))
        q.opportunityId = json.value(QStringLiteral("opportunity")).toVariant().toLongLong();
    if (!issues.isEmpty()) throw ValidationError(issues);
    return q;
}

Quote quoteByNumber(const QuoteRepository& repo, const QString& number, int revision = 0)
{
    if (number.trimmed().isEmpty()) throw UsageError{Cli::tr("Give the quote's number.")};
    const std::optional<Quote> q = repo.findByNumber(number, revision);
    if (!q)
        throw StoreError(StoreError::Kind::NotFound,
                         revision > 0 ? Cli::tr("Quote %1 has no revision %2.").arg(number).arg(revision)
                                      : Cli::tr("There is no quote numbered %1.").arg(number));
    return *q;
}

QJsonObject rowJson(const QuoteRow& r, bool money)
{
    QJsonObject o{{QStringLiteral("number"), r.number},
                  {QStringLiteral("revision"), r.revision},
                  {QStringLiteral("latest"), r.latest},
                  {QStringLiteral("customer"), r.customer},
                  {QStringLiteral("customer_id"), r.customerId},
                  {QStringLiteral("title"), r.title},
                  {QStringLiteral("date"), OrderJson::time(r.quoteDate)},
                  {QStringLiteral("valid_until"),
                   r.validUntil.isValid() ? r.validUntil.toString(Qt::ISODate) : QString()},
                  {QStringLiteral("status"), QuoteRules::statusCode(r.status)},
                  {QStringLiteral("order_number"), r.orderNumber},
                  {QStringLiteral("created_by"), r.createdBy}};
    if (money) o.insert(QStringLiteral("total"), r.total.toPlainString());
    return o;
}

int show(const Arguments& a, Database& db, const Quote& q)
{
    QuoteRepository repo(db);
    const bool money = db.access().seesMoney(Module::Sales);
    if (a.json) {
        QJsonObject json = QuoteJson::toJson(q);
        json.insert(QStringLiteral("state"), QuoteRules::stateCode(q, QDate::currentDate()));
        if (!money)
            for (const char* key : {"total", "total_in_words"})
                json.remove(QLatin1String(key));
        QJsonArray revisions;
        for (const QuoteRow& r : repo.revisions(q.number))
            revisions.append(rowJson(r, money));
        json.insert(QStringLiteral("revisions"), revisions);
        json.insert(QStringLiteral("prints"), PrintLog::printsSoFar(db, QStringLiteral("quote"), q.meta.id));
        printJson(json);
        return 0;
    }
    out() << q.displayNumber() << "  " << q.body.customerName << "  " << q.body.title << '\n'
          << Cli::tr("State: %1").arg(QuoteRules::stateName(q, QDate::currentDate())) << '\n';
    if (q.validUntil.isValid())
        out() << Cli::tr("Valid until: %1").arg(q.validUntil.toString(Qt::ISODate)) << '\n';
    for (const OrderLine& l : q.body.lines)
        out() << "  " << l.product << "  " << l.quantity.toString() << l.unit
              << (money ? QStringLiteral("  ") + l.amount.toString() : QString()) << '\n';
    if (money) out() << Cli::tr("Total: %1").arg(q.total().toString()) << '\n';
    if (q.orderId > 0) out() << Cli::tr("Order: %1").arg(q.orderNumber) << '\n';
    return 0;
}

QuoteFilter::State stateOf(const QString& text)
{
    static const QHash<QString, QuoteFilter::State> states{
        {QStringLiteral("all"), QuoteFilter::State::Any},
        {QStringLiteral("open"), QuoteFilter::State::Open},
        {QStringLiteral("expired"), QuoteFilter::State::Expired},
        {QStringLiteral("accepted"), QuoteFilter::State::Accepted},
        {QStringLiteral("declined"), QuoteFilter::State::Declined},
        {QStringLiteral("ordered"), QuoteFilter::State::Ordered}};
    if (!states.contains(text))
        throw UsageError{Cli::tr("--state is open, expired, accepted, declined, ordered or all.")};
    return states.value(text);
}

int list(const Arguments& a)
{
    a.allowOnly({QStringLiteral("state"), QStringLiteral("customer"), QStringLiteral("from"),
                 QStringLiteral("to"), QStringLiteral("limit")});
    QuoteFilter filter;
    filter.state = stateOf(a.option(QStringLiteral("state"), QStringLiteral("all")));
    filter.from = optionalDate(a, QStringLiteral("from"));
    filter.to = optionalDate(a, QStringLiteral("to"));
    filter.revisions = a.flags.contains(QStringLiteral("--revisions"));
    const int limit = int(a.number(QStringLiteral("limit"), 100, 1, 100000));
    auto db = openDatabase(a);
    if (a.options.contains(QStringLiteral("customer")))
        filter.customerId = customerId(*db, a.option(QStringLiteral("customer")));
    QuoteRepository repo(*db);
    const QList<QuoteRow> rows = repo.page(filter, 0, limit);
    const bool money = db->access().seesMoney(Module::Sales);
    if (a.json) {
        QJsonArray array;
        for (const QuoteRow& r : rows)
            array.append(rowJson(r, money));
        printJson(
            QJsonObject{{QStringLiteral("quotes"), array}, {QStringLiteral("count"), repo.count(filter)}});
        return 0;
    }
    for (const QuoteRow& r : rows)
        out() << r.displayNumber() << "  " << r.quoteDate.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))
              << "  " << r.customer << "  " << r.title
              << (money ? QStringLiteral("  ") + r.total.toString() : QString()) << "  "
              << QuoteRules::statusName(r.status)
              << (r.orderNumber.isEmpty() ? QString() : QStringLiteral(" → ") + r.orderNumber) << '\n';
    return 0;
}

} // namespace

int quoteCommand(const Arguments& a)
{
    const QString verb = a.words.value(1);
    if (verb == QLatin1String("add") || verb == QLatin1String("revise")) {
        a.allowOnly({});
        const bool revise = verb == QLatin1String("revise");
        const QString path = a.words.value(revise ? 3 : 2);
        if (path.isEmpty())
            throw UsageError{
                revise ? Cli::tr("Give the quote's number and the revision as a JSON file, or - for the "
                                 "standard input.")
                       : Cli::tr("Give the quote as a JSON file, or - to read it from the standard input.")};
        const QJsonObject json = readJsonObject(path);
        auto db = openDatabase(a);
        QuoteRepository repo(*db);
        std::optional<Quote> current;
        if (revise) current = quoteByNumber(repo, a.words.value(2));
        Quote q = quoteFromJson(*db, json, current ? &*current : nullptr);
        if (revise)
            repo.revise(q);
        else
            repo.create(q);
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("number"), q.number},
                                  {QStringLiteral("revision"), q.revision},
                                  {QStringLiteral("total"), q.total().toPlainString()}});
        else
            out() << q.displayNumber() << '\n';
        return 0;
    }
    if (verb == QLatin1String("list")) return list(a);
    if (verb == QLatin1String("show")) {
        a.allowOnly({QStringLiteral("revision")});
        const int revision = int(a.number(QStringLiteral("revision"), 0, 1, 100000));
        auto db = openDatabase(a);
        return show(a, *db, quoteByNumber(QuoteRepository(*db), a.words.value(2), revision));
    }
    if (verb == QLatin1String("accept") || verb == QLatin1String("decline") ||
        verb == QLatin1String("reopen")) {
        a.allowOnly(verb == QLatin1String("decline") ? QStringList{QStringLiteral("reason")} : QStringList{});
        auto db = openDatabase(a);
        QuoteRepository repo(*db);
        const Quote q = quoteByNumber(repo, a.words.value(2));
        const QuoteStatus status = verb == QLatin1String("accept")    ? QuoteStatus::Accepted
                                   : verb == QLatin1String("decline") ? QuoteStatus::Declined
                                                                      : QuoteStatus::Open;
        repo.setStatus(q.meta.id, q.meta.version, status, a.option(QStringLiteral("reason")));
        return show(a, *db, repo.get(q.meta.id));
    }
    if (verb == QLatin1String("to-order")) {
        a.allowOnly({});
        auto db = openDatabase(a);
        QuoteRepository repo(*db);
        const Quote q = quoteByNumber(repo, a.words.value(2));
        const qint64 orderId = repo.makeOrder(q.meta.id, q.meta.version);
        const Order order = OrderRepository(*db).get(orderId);
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("quote"), q.displayNumber()},
                                  {QStringLiteral("order"), order.number},
                                  {QStringLiteral("total"), order.total().toPlainString()}});
        else
            out() << order.number << '\n';
        return 0;
    }
    if (verb == QLatin1String("delete")) {
        a.allowOnly({});
        auto db = openDatabase(a);
        QuoteRepository repo(*db);
        const Quote q = quoteByNumber(repo, a.words.value(2));
        repo.remove(q.meta.id, q.meta.version);
        if (a.json) printJson(QJsonObject{{QStringLiteral("deleted"), q.number}});
        return 0;
    }
    throw UsageError{Cli::tr("Unknown quote command \"%1\".").arg(verb)};
}

} // namespace shopcrm::cli
