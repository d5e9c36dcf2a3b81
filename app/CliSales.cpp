// `opportunity …` and `report forecast|funnel|win-loss`.
#include "CliSupport.h"

#include "services/Exports.h"
#include "services/OrderInput.h"
#include "services/SalesReports.h"
#include "store/CatalogRepository.h"
#include "store/OpportunityRepository.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shopcrm::cli {

namespace {

QJsonObject opportunityJson(const Opportunity& o, const QList<StageMove>& moves)
{
    QJsonArray history;
    for (const StageMove& m : moves)
        history.append(QJsonObject{
            {QStringLiteral("from"), m.fromName.isEmpty() ? QJsonValue() : QJsonValue(m.fromName)},
            {QStringLiteral("to"), m.toName},
            {QStringLiteral("at"), m.at.toLocalTime().toString(Qt::ISODate)},
            {QStringLiteral("by"), m.who}});
    QJsonArray lines;
    for (const OrderLine& l : o.lines)
        lines.append(QJsonObject{{QStringLiteral("product"), l.product},
                                 {QStringLiteral("description"), l.description},
                                 {QStringLiteral("width_mm"), l.widthMm},
                                 {QStringLiteral("height_mm"), l.heightMm},
                                 {QStringLiteral("quantity"), l.quantity.toString()},
                                 {QStringLiteral("unit"), l.unit},
                                 {QStringLiteral("unit_price"), l.unitPrice.toPlainString()},
                                 {QStringLiteral("area"), OrderRules::formatArea(l.areaMilli)},
                                 {QStringLiteral("amount"), l.amount.toPlainString()}});
    QJsonArray files;
    for (const Attachment& f : o.attachments)
        files.append(QJsonObject{{QStringLiteral("id"), f.id},
                                 {QStringLiteral("name"), f.fileName},
                                 {QStringLiteral("type"), f.mimeType},
                                 {QStringLiteral("size"), f.size}});
    return {{QStringLiteral("id"), o.meta.id},
            {QStringLiteral("version"), o.meta.version},
            {QStringLiteral("customer"), o.customerName},
            {QStringLiteral("customer_id"), o.customerId},
            {QStringLiteral("contact"), o.contactName},
            {QStringLiteral("title"), o.title},
            {QStringLiteral("wanted"), o.wanted},
            {QStringLiteral("amount"), o.amount.toPlainString()},
            {QStringLiteral("probability"), o.probability},
            {QStringLiteral("weighted"), o.weighted().toPlainString()},
            {QStringLiteral("stage"), o.stageName},
            {QStringLiteral("state"), OpportunityRules::kindCode(o.stageKind)},
            {QStringLiteral("expected_close"),
             o.expectedClose.isValid() ? QJsonValue(o.expectedClose.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("source"), o.source},
            {QStringLiteral("owner"), o.owner},
            {QStringLiteral("competitor"), o.competitor},
            {QStringLiteral("next_step"), o.nextStep},
            {QStringLiteral("lost_reason"), o.lostReason},
            {QStringLiteral("notes"), o.notes},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("lines_total"), o.linesTotal().toPlainString()},
            {QStringLiteral("files"), files},
            {QStringLiteral("history"), history}};
}

OpportunityStage stageOf(const OpportunityRepository& repo, const QString& text)
{
    const std::optional<OpportunityStage> s = repo.findStage(text);
    if (!s) {
        QStringList names;
        for (const OpportunityStage& stage : repo.stages())
            names.append(stage.displayName());
        throw UsageError{Cli::tr("There is no stage \"%1\". The stages are: %2.")
                             .arg(text, names.join(QStringLiteral(", ")))};
    }
    return *s;
}

// --amount, --probability, --close, --owner, --source, --contact, --wanted, --competitor,
// --next, --notes, --lines onto an opportunity.
void applyOptions(const Arguments& a, Database& db, Opportunity& o)
{
    if (a.options.contains(QStringLiteral("amount"))) {
        QString error;
        const std::optional<Money> amount = Money::parse(a.option(QStringLiteral("amount")), &error);
        if (!amount) throw UsageError{Cli::tr("--amount: %1").arg(error)};
        o.amount = *amount;
    }
    if (a.options.contains(QStringLiteral("campaign"))) o.campaignId = campaignIdOption(db, a);
    if (a.options.contains(QStringLiteral("probability")))
        o.probability = int(a.number(QStringLiteral("probability"), 0, 0, 100));
    if (a.options.contains(QStringLiteral("close"))) {
        o.expectedClose = optionalDate(a, QStringLiteral("close"));
    }
    const std::pair<const char*, QString*> texts[] = {{"owner", &o.owner},           {"source", &o.source},
                                                      {"contact", &o.contactName},   {"wanted", &o.wanted},
                                                      {"competitor", &o.competitor}, {"next", &o.nextStep},
                                                      {"notes", &o.notes},           {"title", &o.title}};
    for (const auto& [key, field] : texts)
        if (a.options.contains(QString::fromLatin1(key)))
            *field = a.option(QString::fromLatin1(
                key)); // --lines FILE|-: {"lines": [...]} or a bare array, in the order JSON's line shape.
    if (a.options.contains(QStringLiteral("lines"))) {
        const QByteArray input = readInput(a.option(QStringLiteral("lines")));
        const QJsonDocument doc = QJsonDocument::fromJson(input);
        const QJsonArray array =
            doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("lines")).toArray();
        if (!doc.isArray() && !doc.object().value(QStringLiteral("lines")).isArray())
            throw UsageError{Cli::tr("--lines takes a JSON array of lines, or an object with \"lines\".")};
        QList<FieldIssue> issues;
        o.lines = OrderInput::linesFromJson(db, array, issues);
        if (!issues.isEmpty()) throw ValidationError(issues);
    }
}

const QStringList kFields{QStringLiteral("amount"),  QStringLiteral("probability"), QStringLiteral("close"),
                          QStringLiteral("owner"),   QStringLiteral("source"),      QStringLiteral("contact"),
                          QStringLiteral("wanted"),  QStringLiteral("competitor"),  QStringLiteral("next"),
                          QStringLiteral("notes"),   QStringLiteral("title"),       QStringLiteral("lines"),
                          QStringLiteral("campaign")};

qint64 idOf(const Arguments& a)
{
    bool ok = false;
    const qint64 id = a.words.value(2).toLongLong(&ok);
    if (!ok || id <= 0) throw UsageError{Cli::tr("Give the opportunity's id.")};
    return id;
}

int show(const Arguments& a, Database& db, qint64 id)
{
    OpportunityRepository repo(db);
    const Opportunity o = repo.get(id);
    if (a.json) {
        printJson(opportunityJson(o, repo.moves(id)));
        return 0;
    }
    out() << o.meta.id << "  " << o.title << "  " << o.customerName << '\n'
          << Cli::tr("Stage: %1 (%2%)").arg(o.stageName).arg(o.probability) << '\n'
          << Cli::tr("Amount: %1, weighted %2").arg(o.amount.toString(), o.weighted().toString()) << '\n';
    if (o.expectedClose.isValid())
        out() << Cli::tr("Expected close: %1").arg(o.expectedClose.toString(Qt::ISODate)) << '\n';
    for (const OrderLine& l : o.lines)
        out() << "  " << (l.product.isEmpty() ? l.description : l.product) << "  " << l.quantity.toString()
              << l.unit << "  " << l.amount.toString() << '\n';
    for (const Attachment& f : o.attachments)
        out() << "  " << Cli::tr("File: %1 (%2)").arg(f.fileName, AttachmentRules::formatSize(f.size))
              << '\n';
    for (const StageMove& m : repo.moves(id))
        out() << "  " << m.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
              << (m.fromName.isEmpty() ? m.toName : Cli::tr("%1 → %2").arg(m.fromName, m.toName)) << '\n';
    return 0;
}

int add(const Arguments& a)
{
    a.allowOnly(QStringList(kFields) << QStringLiteral("customer") << QStringLiteral("stage"));
    if (!a.options.contains(QStringLiteral("customer")) || !a.options.contains(QStringLiteral("title")))
        throw UsageError{Cli::tr("Give at least --customer and --title.")};
    const std::unique_ptr<Database> db = openDatabase(a);
    OpportunityRepository repo(*db);
    Opportunity o;
    o.customerId = customerId(*db, a.option(QStringLiteral("customer")));
    if (a.options.contains(QStringLiteral("stage")))
        o.stageId = stageOf(repo, a.option(QStringLiteral("stage"))).id;
    applyOptions(a, *db, o);
    printCreated(a, repo.create(o));
    return 0;
}

int list(const Arguments& a)
{
    a.allowOnly({QStringLiteral("state"), QStringLiteral("stage"), QStringLiteral("customer"),
                 QStringLiteral("owner"), QStringLiteral("source"), QStringLiteral("from"),
                 QStringLiteral("to"), QStringLiteral("search"), QStringLiteral("limit")});
    const std::unique_ptr<Database> db = openDatabase(a);
    OpportunityRepository repo(*db);
    OpportunityFilter filter;
    const QString state = a.option(QStringLiteral("state"), QStringLiteral("any"));
    static const QStringList states{QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost"),
                                    QStringLiteral("closed"), QStringLiteral("any")};
    if (!states.contains(state)) throw UsageError{Cli::tr("--state takes open, won, lost, closed or any.")};
    filter.state = static_cast<OpportunityFilter::State>(states.indexOf(state));
    if (a.options.contains(QStringLiteral("stage")))
        filter.stageId = stageOf(repo, a.option(QStringLiteral("stage"))).id;
    if (a.options.contains(QStringLiteral("customer")))
        filter.customerId = customerId(*db, a.option(QStringLiteral("customer")));
    if (a.options.contains(QStringLiteral("owner"))) filter.owner = a.option(QStringLiteral("owner"));
    if (a.options.contains(QStringLiteral("source"))) filter.source = a.option(QStringLiteral("source"));
    filter.closeFrom = optionalDate(a, QStringLiteral("from"));
    filter.closeTo = optionalDate(a, QStringLiteral("to"));
    filter.text = a.option(QStringLiteral("search"));
    const int limit = int(a.number(QStringLiteral("limit"), 100, 1, 100000));
    QJsonArray rows;
    for (const OpportunityRow& r : repo.page(filter, 0, limit)) {
        rows.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("customer"), r.customer},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("stage"), r.stage},
            {QStringLiteral("state"), OpportunityRules::kindCode(r.kind)},
            {QStringLiteral("amount"), r.amount.toPlainString()},
            {QStringLiteral("probability"), r.probability},
            {QStringLiteral("weighted"), r.weighted().toPlainString()},
            {QStringLiteral("expected_close"),
             r.expectedClose.isValid() ? QJsonValue(r.expectedClose.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("owner"), r.owner},
            {QStringLiteral("source"), r.source}});
        if (!a.json)
            out() << r.id << "  " << r.stage << "  " << r.title << "  " << r.customer << "  "
                  << r.amount.toString() << "  " << r.expectedClose.toString(Qt::ISODate) << '\n';
    }
    if (a.json)
        printJson(QJsonObject{{QStringLiteral("count"), repo.count(filter)},
                              {QStringLiteral("opportunities"), rows}});
    return 0;
}

// stage ID STAGE | won ID | lost ID --reason R: a move, as a drag on the board.
int move(const Arguments& a, const QString& sub)
{
    a.allowOnly({QStringLiteral("reason")});
    const qint64 id = idOf(a);
    const std::unique_ptr<Database> db = openDatabase(a);
    OpportunityRepository repo(*db);
    const Opportunity o = repo.get(id);
    OpportunityStage target;
    if (sub == QLatin1String("stage")) {
        if (a.words.size() != 4)
            throw UsageError{Cli::tr("Give the opportunity's id and the stage: opportunity stage ID STAGE.")};
        target = stageOf(repo, a.words.at(3));
    } else {
        const StageKind kind = sub == QLatin1String("won") ? StageKind::Won : StageKind::Lost;
        bool found = false;
        for (const OpportunityStage& s : repo.stages())
            if (s.kind == kind && !found) {
                target = s;
                found = true;
            }
        if (!found)
            throw UsageError{Cli::tr("The pipeline has no %1 stage.").arg(OpportunityRules::kindName(kind))};
    }
    repo.moveTo(id, o.meta.version, target.id, a.option(QStringLiteral("reason")));
    return show(a, *db, id);
}

} // namespace

QString opportunityUsage()
{
    return Cli::tr(
        "  opportunity add --customer C --title T [--amount A] [--stage S] [--probability P]\n"
        "              [--close DATE] [--owner STAFF] [--source S] [--contact C] [--wanted W]\n"
        "              [--competitor C] [--next STEP] [--notes N] [--lines FILE|-]\n"
        "  opportunity list [--state open|won|lost|closed|any] [--stage S] [--customer C]\n"
        "              [--owner O] [--source S] [--from DATE] [--to DATE] [--search T] [--limit N]\n"
        "  opportunity show ID | opportunity stage ID STAGE | opportunity won ID\n"
        "  opportunity lost ID --reason R | opportunity edit ID [--title T] [--amount A] …\n"
        "  opportunity attach ID FILE… | opportunity detach ID NAME…\n"
        "  opportunity delete ID | opportunity stages\n"
        "  report forecast|funnel|win-loss --from DATE --to DATE\n"
        "  report sales --from DATE --to DATE FILE.xlsx|FILE.csv   all three in one table\n");
}

int opportunityCommand(const Arguments& a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("add")) return add(a);
    if (sub == QLatin1String("list")) return list(a);
    if (sub == QLatin1String("show")) {
        a.allowOnly({});
        const qint64 id = idOf(a);
        const std::unique_ptr<Database> db = openDatabase(a);
        return show(a, *db, id);
    }
    if (sub == QLatin1String("stage") || sub == QLatin1String("won") || sub == QLatin1String("lost"))
        return move(a, sub);
    if (sub == QLatin1String("edit")) {
        a.allowOnly(QStringList(kFields) << QStringLiteral("stage") << QStringLiteral("reason"));
        const qint64 id = idOf(a);
        const std::unique_ptr<Database> db = openDatabase(a);
        OpportunityRepository repo(*db);
        Opportunity o = repo.get(id);
        if (a.options.contains(QStringLiteral("stage"))) {
            const qint64 stage = stageOf(repo, a.option(QStringLiteral("stage"))).id;
            if (stage != o.stageId && !a.options.contains(QStringLiteral("probability"))) o.probability = -1;
            o.stageId = stage;
        }
        if (a.options.contains(QStringLiteral("reason"))) o.lostReason = a.option(QStringLiteral("reason"));
        applyOptions(a, *db, o);
        repo.update(o);
        return show(a, *db, id);
    }
    if (sub == QLatin1String("attach") || sub == QLatin1String("detach")) {
        a.allowOnly({});
        const qint64 id = idOf(a);
        const QStringList names = a.words.mid(3);
        if (names.isEmpty())
            throw UsageError{sub == QLatin1String("attach") ? Cli::tr("Name the files to attach.")
                                                            : Cli::tr("Name the files to take off.")};
        const std::unique_ptr<Database> db = openDatabase(a);
        OpportunityRepository repo(*db);
        Opportunity o = repo.get(id);
        for (const QString& name : names) {
            if (sub == QLatin1String("attach")) {
                QString error;
                const std::optional<Attachment> file = AttachmentRules::read(name, &error);
                if (!file) throw StoreError(StoreError::Kind::Validation, error);
                o.attachments.append(*file);
                continue;
            }
            const qsizetype before = o.attachments.size();
            o.attachments.removeIf([&](const Attachment& f) { return f.fileName == name; });
            if (o.attachments.size() == before)
                throw UsageError{Cli::tr("The opportunity has no file named \"%1\".").arg(name)};
        }
        repo.update(o);
        return show(a, *db, id);
    }
    if (sub == QLatin1String("stages")) {
        a.allowOnly({});
        const std::unique_ptr<Database> db = openDatabase(a);
        QJsonArray stages;
        for (const OpportunityStage& s : OpportunityRepository(*db).stages()) {
            stages.append(QJsonObject{{QStringLiteral("id"), s.id},
                                      {QStringLiteral("name"), s.displayName()},
                                      {QStringLiteral("code"), s.code},
                                      {QStringLiteral("probability"), s.probability},
                                      {QStringLiteral("kind"), OpportunityRules::kindCode(s.kind)}});
            if (!a.json)
                out() << s.id << "  " << s.displayName() << "  " << s.probability << "%  "
                      << OpportunityRules::kindName(s.kind) << '\n';
        }
        if (a.json) printJson(stages);
        return 0;
    }
    if (sub == QLatin1String("delete")) {
        a.allowOnly({});
        const qint64 id = idOf(a);
        const std::unique_ptr<Database> db = openDatabase(a);
        OpportunityRepository repo(*db);
        repo.remove(id, repo.get(id).meta.version);
        return 0;
    }
    throw UsageError{Cli::tr(
        "opportunity takes add, list, show, edit, stage, won, lost, attach, detach, delete or stages.")};
}

QString targetUsage()
{
    return Cli::tr("  target set --period 2026-12|2026-Q4 [--staff NAME] [--revenue A] [--new-customers N]\n"
                   "             [--follow-ups N]          the shop's (or a staff member's) targets\n"
                   "  target list [--period P]             each target beside what was achieved\n"
                   "  target remove ID\n");
}

int targetCommand(const Arguments& a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("set")) {
        a.allowOnly({QStringLiteral("period"), QStringLiteral("staff"), QStringLiteral("revenue"),
                     QStringLiteral("new-customers"), QStringLiteral("follow-ups")});
        const QString period = a.option(QStringLiteral("period"));
        if (!SalesTargetRules::isPeriod(period))
            throw UsageError{Cli::tr("--period is a month like 2026-12 or a quarter like 2026-Q4.")};
        if (!a.options.contains(QStringLiteral("revenue")) &&
            !a.options.contains(QStringLiteral("new-customers")) &&
            !a.options.contains(QStringLiteral("follow-ups")))
            throw UsageError{Cli::tr("Give at least one of --revenue, --new-customers and --follow-ups.")};
        const std::unique_ptr<Database> db = openDatabase(a);
        qint64 staffId = 0;
        if (a.options.contains(QStringLiteral("staff"))) {
            const std::optional<StaffMember> s =
                CatalogRepository(*db).staffNamed(a.option(QStringLiteral("staff")));
            if (!s)
                throw UsageError{
                    Cli::tr("There is no staff member named \"%1\".").arg(a.option(QStringLiteral("staff")))};
            staffId = s->meta.id;
        }
        SalesTargetRepository repo(*db);
        QJsonArray saved;
        auto set = [&](TargetMetric metric, qint64 value) {
            SalesTarget t;
            t.period = period;
            t.staffId = staffId;
            t.metric = metric;
            t.target = value;
            repo.set(t);
            saved.append(t.meta.id);
        };
        if (a.options.contains(QStringLiteral("revenue"))) {
            QString error;
            const std::optional<Money> amount = Money::parse(a.option(QStringLiteral("revenue")), &error);
            if (!amount) throw UsageError{Cli::tr("--revenue: %1").arg(error)};
            set(TargetMetric::Revenue, amount->fen());
        }
        if (a.options.contains(QStringLiteral("new-customers")))
            set(TargetMetric::NewCustomers, a.number(QStringLiteral("new-customers"), 0, 0, 100000000));
        if (a.options.contains(QStringLiteral("follow-ups")))
            set(TargetMetric::FollowUps, a.number(QStringLiteral("follow-ups"), 0, 0, 100000000));
        if (a.json) printJson(QJsonObject{{QStringLiteral("ids"), saved}});
        return 0;
    }
    if (sub == QLatin1String("list")) {
        a.allowOnly({QStringLiteral("period")});
        const QString period =
            a.option(QStringLiteral("period"), SalesTargetRules::month(QDate::currentDate()));
        if (!SalesTargetRules::isPeriod(period))
            throw UsageError{Cli::tr("--period is a month like 2026-12 or a quarter like 2026-Q4.")};
        const std::unique_ptr<Database> db = openDatabase(a);
        QJsonArray rows;
        for (const TargetProgress& p : SalesReports::targets(*db, period)) {
            const bool money = p.target.metric == TargetMetric::Revenue;
            auto value = [&](qint64 v) {
                return money ? QJsonValue(Money::fromFen(v).toPlainString()) : QJsonValue(v);
            };
            rows.append(QJsonObject{{QStringLiteral("id"), p.target.meta.id},
                                    {QStringLiteral("period"), p.target.period},
                                    {QStringLiteral("staff"), p.target.staffName},
                                    {QStringLiteral("metric"), SalesTargetRules::metricCode(p.target.metric)},
                                    {QStringLiteral("target"), value(p.target.target)},
                                    {QStringLiteral("actual"), value(p.actual)},
                                    {QStringLiteral("percent"),
                                     QStringLiteral("%1.%2").arg(p.permille() / 10).arg(p.permille() % 10)}});
            if (!a.json)
                out() << (p.target.staffName.isEmpty() ? Cli::tr("The shop") : p.target.staffName) << "  "
                      << SalesTargetRules::metricName(p.target.metric) << "  "
                      << (money ? Money::fromFen(p.actual).toString() : QString::number(p.actual)) << " / "
                      << (money ? Money::fromFen(p.target.target).toString()
                                : QString::number(p.target.target))
                      << "  " << p.permille() / 10 << '.' << p.permille() % 10 << "%\n";
        }
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("period"), period}, {QStringLiteral("targets"), rows}});
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        a.allowOnly({});
        bool ok = false;
        const qint64 id = a.words.value(2).toLongLong(&ok);
        if (!ok) throw UsageError{Cli::tr("Give the target's id.")};
        const std::unique_ptr<Database> db = openDatabase(a);
        SalesTargetRepository(*db).remove(id);
        return 0;
    }
    throw UsageError{Cli::tr("target takes set, list or remove.")};
}

int salesReportCommand(const Arguments& a)
{
    const QString what = a.words.value(1);
    a.allowOnly({QStringLiteral("from"), QStringLiteral("to")});
    const auto [from, to] = requiredPeriod(a);
    const std::unique_ptr<Database> db = openDatabase(a);
    if (what == QLatin1String("sales")) {
        const QString path = a.words.value(2);
        if (path.isEmpty() || !TableExport::isSupported(path))
            throw UsageError{Cli::tr("Name the file to write, ending in .xlsx or .csv.")};
        const SalesAnalysis analysis = SalesReports::analysis(*db, from, to);
        const qint64 rows = Exports::sales(
            *db, analysis,
            Cli::tr("Sales analysis %1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
            path);
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("rows"), rows}});
        else
            out() << Cli::tr("Wrote %n row(s) to %1.", "", int(rows)).arg(path) << '\n';
        return 0;
    }
    if (what == QLatin1String("forecast")) {
        const Forecast f = SalesReports::forecast(*db, from, to);
        auto rowJson = [](const ForecastRow& r) {
            return QJsonObject{{QStringLiteral("month"), r.month},
                               {QStringLiteral("owner"), r.owner},
                               {QStringLiteral("open"), r.open},
                               {QStringLiteral("amount"), r.amount.toPlainString()},
                               {QStringLiteral("weighted"), r.weighted.toPlainString()},
                               {QStringLiteral("won"), r.won},
                               {QStringLiteral("won_amount"), r.wonAmount.toPlainString()}};
        };
        QJsonArray months, owners;
        for (const ForecastRow& r : f.months) {
            months.append(rowJson(r));
            if (!a.json)
                out() << r.month << "  "
                      << Cli::tr("expected %1, weighted %2, won %3")
                             .arg(r.amount.toString(), r.weighted.toString(), r.wonAmount.toString())
                      << '\n';
        }
        for (const ForecastRow& r : f.owners)
            owners.append(rowJson(r));
        QJsonObject total = rowJson(f.total);
        total.remove(QStringLiteral("month"));
        total.remove(QStringLiteral("owner"));
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("from"), f.from.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), f.to.toString(Qt::ISODate)},
                                  {QStringLiteral("months"), months},
                                  {QStringLiteral("owners"), owners},
                                  {QStringLiteral("total"), total},
                                  {QStringLiteral("undated"), f.undated},
                                  {QStringLiteral("undated_amount"), f.undatedAmount.toPlainString()}});
        else
            out() << Cli::tr("In all: expected %1, weighted %2, won %3")
                         .arg(f.total.amount.toString(), f.total.weighted.toString(),
                              f.total.wonAmount.toString())
                  << '\n';
        return 0;
    }
    if (what == QLatin1String("funnel")) {
        const Funnel f = SalesReports::funnel(*db, from, to);
        QJsonArray stages;
        for (const FunnelStage& s : f.stages) {
            stages.append(
                QJsonObject{{QStringLiteral("stage"), s.stage.displayName()},
                            {QStringLiteral("reached"), s.reached},
                            {QStringLiteral("conversion_to_next"),
                             s.conversionPermille < 0 ? QJsonValue()
                                                      : QJsonValue(QStringLiteral("%1.%2")
                                                                       .arg(s.conversionPermille / 10)
                                                                       .arg(s.conversionPermille % 10))},
                            {QStringLiteral("average_days"), qRound(s.averageDays * 10) / 10.0}});
            if (!a.json)
                out() << s.stage.displayName() << "  " << s.reached << "  "
                      << (s.conversionPermille < 0
                              ? QString()
                              : Cli::tr("%1 go on").arg(SalesReports::percent(s.conversionPermille)))
                      << '\n';
        }
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                  {QStringLiteral("created"), f.created},
                                  {QStringLiteral("won"), f.won},
                                  {QStringLiteral("lost"), f.lost},
                                  {QStringLiteral("won_amount"), f.wonAmount.toPlainString()},
                                  {QStringLiteral("stages"), stages}});
        return 0;
    }
    // win-loss
    auto rows = [](const QList<WinLossRow>& list) {
        QJsonArray result;
        for (const WinLossRow& r : list)
            result.append(QJsonObject{{QStringLiteral("key"), r.key},
                                      {QStringLiteral("won"), r.won},
                                      {QStringLiteral("won_amount"), r.wonAmount.toPlainString()},
                                      {QStringLiteral("lost"), r.lost},
                                      {QStringLiteral("lost_amount"), r.lostAmount.toPlainString()}});
        return result;
    };
    const QList<WinLossRow> sources = SalesReports::bySource(*db, from, to);
    const QList<WinLossRow> reasons = SalesReports::byLostReason(*db, from, to);
    if (a.json) {
        printJson(QJsonObject{{QStringLiteral("by_source"), rows(sources)},
                              {QStringLiteral("by_lost_reason"), rows(reasons)}});
    } else {
        for (const WinLossRow& r : sources)
            out() << (r.key.isEmpty() ? Cli::tr("(no source)") : r.key) << "  "
                  << Cli::tr("won %1, lost %2").arg(r.won).arg(r.lost) << '\n';
    }
    return 0;
}

} // namespace shopcrm::cli
