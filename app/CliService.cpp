// `service …` and `report service`.
#include "CliSupport.h"

#include "services/OrderInput.h"
#include "store/CatalogRepository.h"
#include "store/OrderRepository.h"
#include "store/ServiceRepository.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shopcrm::cli {

namespace {

QString when(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QJsonValue whenJson(const QDateTime& utc)
{
    return utc.isValid() ? QJsonValue(utc.toLocalTime().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject requestJson(const ServiceRequest& r, const QList<ServiceMove>& moves)
{
    QJsonArray progress;
    for (const ServiceMove& m : moves)
        progress.append(QJsonObject{
            {QStringLiteral("from"), m.first ? QJsonValue() : QJsonValue(ServiceRules::statusCode(m.from))},
            {QStringLiteral("to"), ServiceRules::statusCode(m.to)},
            {QStringLiteral("at"), whenJson(m.at)},
            {QStringLiteral("by"), m.who},
            {QStringLiteral("note"), m.note}});
    QJsonArray files;
    for (const Attachment& f : r.attachments)
        files.append(QJsonObject{{QStringLiteral("name"), f.fileName}, {QStringLiteral("size"), f.size}});
    return {{QStringLiteral("id"), r.meta.id},
            {QStringLiteral("number"), r.number},
            {QStringLiteral("customer"), r.customerName},
            {QStringLiteral("customer_id"), r.customerId},
            {QStringLiteral("contact"), r.contactName},
            {QStringLiteral("order"), r.orderNumber},
            {QStringLiteral("type"), r.type},
            {QStringLiteral("priority"), ServiceRules::priorityCode(r.priority)},
            {QStringLiteral("channel"), r.channel},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("assignee"), r.assignee},
            {QStringLiteral("status"), ServiceRules::statusCode(r.status)},
            {QStringLiteral("opened"), whenJson(r.openedAt)},
            {QStringLiteral("due"), whenJson(r.due)},
            {QStringLiteral("overdue"), r.isOverdue(QDateTime::currentDateTimeUtc())},
            {QStringLiteral("resolution"), r.resolution},
            {QStringLiteral("resolved"), whenJson(r.resolvedAt)},
            {QStringLiteral("closed"), whenJson(r.closedAt)},
            {QStringLiteral("satisfaction"), r.satisfaction > 0 ? QJsonValue(r.satisfaction) : QJsonValue()},
            {QStringLiteral("satisfaction_comment"), r.satisfactionComment},
            {QStringLiteral("files"), files},
            {QStringLiteral("progress"), progress}};
}

ServiceRequest byNumber(const ServiceRepository& repo, const QString& number)
{
    if (number.isEmpty()) throw UsageError{Cli::tr("Give the request's number.")};
    const std::optional<ServiceRequest> r = repo.findByNumber(number);
    if (!r)
        throw StoreError(StoreError::Kind::NotFound, Cli::tr("There is no service request %1.").arg(number));
    return *r;
}

ServicePriority priorityOption(const Arguments& a)
{
    const std::optional<ServicePriority> p =
        ServiceRules::priorityFromText(a.option(QStringLiteral("priority"), QStringLiteral("medium")));
    if (!p) throw UsageError{Cli::tr("--priority takes low, medium, high or urgent.")};
    return *p;
}

QString staffOption(Database& db, const Arguments& a)
{
    if (!a.options.contains(QStringLiteral("assignee"))) return {};
    const QString name = a.option(QStringLiteral("assignee"));
    if (name.isEmpty()) return {};
    if (!CatalogRepository(db).staffNamed(name))
        throw UsageError{Cli::tr("There is no staff member named \"%1\".").arg(name)};
    return name;
}

int show(const Arguments& a, ServiceRepository& repo, const ServiceRequest& r)
{
    if (a.json) {
        printJson(requestJson(r, repo.moves(r.meta.id)));
        return 0;
    }
    out() << r.number << "  " << r.customerName << "  " << r.type << "  "
          << ServiceRules::priorityName(r.priority) << "  " << ServiceRules::statusName(r.status) << '\n'
          << r.description << '\n'
          << Cli::tr("Due: %1").arg(when(r.due)) << '\n';
    if (!r.resolution.isEmpty()) out() << Cli::tr("Resolution: %1").arg(r.resolution) << '\n';
    if (r.satisfaction > 0)
        out() << Cli::tr("Satisfaction: %1/5 %2").arg(r.satisfaction).arg(r.satisfactionComment) << '\n';
    for (const ServiceMove& m : repo.moves(r.meta.id))
        out() << "  " << when(m.at) << "  " << ServiceRules::statusName(m.to) << "  " << m.who << "  "
              << m.note << '\n';
    return 0;
}

QJsonObject resolutionJson(const ServiceReport::Resolution& r)
{
    const qint64 tenths = (r.averageMinutes * 10 + 30) / 60; // hours to one decimal, half up
    return {{QStringLiteral("key"), r.key},
            {QStringLiteral("resolved"), r.resolved},
            {QStringLiteral("in_time"), r.inTime},
            {QStringLiteral("in_time_percent"),
             QStringLiteral("%1.%2").arg(r.inTimePermille() / 10).arg(r.inTimePermille() % 10)},
            {QStringLiteral("average_hours"), QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10)},
            {QStringLiteral("average_minutes"), r.averageMinutes},
            {QStringLiteral("target_minutes"), r.targetMinutes},
            {QStringLiteral("rated"), r.rated},
            {QStringLiteral("satisfaction"),
             r.rated > 0 ? QJsonValue(QStringLiteral("%1.%2")
                                          .arg(r.ratingTimes100() / 100)
                                          .arg(r.ratingTimes100() % 100, 2, 10, QLatin1Char('0')))
                         : QJsonValue()}};
}

} // namespace

QString serviceUsage()
{
    return Cli::tr(
        "  service add --customer C --type T --description D [--priority low|medium|high|urgent]\n"
        "              [--order NUMBER] [--assignee STAFF] [--channel C] [--contact C]   prints the number\n"
        "  service list [--state open|overdue|resolved|done|all] [--assignee S] [--type T] [--customer C]\n"
        "  service show NUMBER | service status NUMBER STATUS [--note N] | service delete NUMBER\n"
        "  service close NUMBER [--rating 1-5] [--comment C] [--resolution R]\n"
        "  service hours [--days 1-6] [--open 09:00] [--close 18:00]   the shop's opening hours\n"
        "  service targets [--low H] [--medium H] [--high H] [--urgent H]   hours to resolve\n"
        "  report service --from DATE --to DATE\n");
}

int serviceCommand(const Arguments& a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("add")) {
        a.allowOnly({QStringLiteral("customer"), QStringLiteral("type"), QStringLiteral("description"),
                     QStringLiteral("priority"), QStringLiteral("order"), QStringLiteral("assignee"),
                     QStringLiteral("channel"), QStringLiteral("contact")});
        if (!a.options.contains(QStringLiteral("customer")) ||
            !a.options.contains(QStringLiteral("description")))
            throw UsageError{Cli::tr("Give at least --customer and --description.")};
        const std::unique_ptr<Database> db = openDatabase(a);
        ServiceRepository repo(*db);
        ServiceRequest r;
        r.customerId = customerId(*db, a.option(QStringLiteral("customer")));
        r.type = a.option(QStringLiteral("type"), repo.typeChoices().value(0));
        r.description = a.option(QStringLiteral("description"));
        r.priority = priorityOption(a);
        r.channel = a.option(QStringLiteral("channel"));
        r.contactName = a.option(QStringLiteral("contact"));
        r.assignee = staffOption(*db, a);
        if (a.options.contains(QStringLiteral("order")))
            r.orderId = orderByNumber(OrderRepository(*db), a.option(QStringLiteral("order"))).meta.id;
        const QString number = repo.create(r);
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("id"), r.meta.id},
                                  {QStringLiteral("number"), number},
                                  {QStringLiteral("due"), whenJson(r.due)}});
        else
            out() << number << '\n';
        return 0;
    }
    if (sub == QLatin1String("list")) {
        a.allowOnly({QStringLiteral("state"), QStringLiteral("assignee"), QStringLiteral("type"),
                     QStringLiteral("customer"), QStringLiteral("limit")});
        static const QStringList states{QStringLiteral("open"), QStringLiteral("overdue"),
                                        QStringLiteral("resolved"), QStringLiteral("done"),
                                        QStringLiteral("all")};
        const QString state = a.option(QStringLiteral("state"), QStringLiteral("all"));
        if (!states.contains(state))
            throw UsageError{Cli::tr("--state takes open, overdue, resolved, done or all.")};
        const std::unique_ptr<Database> db = openDatabase(a);
        ServiceFilter f;
        f.state = static_cast<ServiceFilter::State>(states.indexOf(state));
        if (a.options.contains(QStringLiteral("assignee"))) f.assignee = a.option(QStringLiteral("assignee"));
        f.type = a.option(QStringLiteral("type"));
        if (a.options.contains(QStringLiteral("customer")))
            f.customerId = customerId(*db, a.option(QStringLiteral("customer")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QJsonArray rows;
        for (const ServiceRow& r :
             ServiceRepository(*db).page(f, 0, int(a.number(QStringLiteral("limit"), 100, 1, 100000)))) {
            rows.append(QJsonObject{{QStringLiteral("number"), r.number},
                                    {QStringLiteral("customer"), r.customer},
                                    {QStringLiteral("type"), r.type},
                                    {QStringLiteral("priority"), ServiceRules::priorityCode(r.priority)},
                                    {QStringLiteral("status"), ServiceRules::statusCode(r.status)},
                                    {QStringLiteral("assignee"), r.assignee},
                                    {QStringLiteral("opened"), whenJson(r.openedAt)},
                                    {QStringLiteral("due"), whenJson(r.due)},
                                    {QStringLiteral("overdue"), r.isOverdue(now)},
                                    {QStringLiteral("order"), r.orderNumber}});
            if (!a.json)
                out() << r.number << "  " << r.customer << "  " << r.type << "  "
                      << ServiceRules::statusName(r.status) << "  " << Cli::tr("due %1").arg(when(r.due))
                      << (r.isOverdue(now) ? Cli::tr("  (late)") : QString()) << '\n';
        }
        if (a.json) printJson(rows);
        return 0;
    }
    if (sub == QLatin1String("show") || sub == QLatin1String("delete")) {
        a.allowOnly({});
        const std::unique_ptr<Database> db = openDatabase(a);
        ServiceRepository repo(*db);
        const ServiceRequest r = byNumber(repo, a.words.value(2));
        if (sub == QLatin1String("show")) return show(a, repo, r);
        repo.remove(r.meta.id, r.meta.version);
        return 0;
    }
    if (sub == QLatin1String("status")) {
        a.allowOnly({QStringLiteral("note")});
        const std::optional<ServiceStatus> to = ServiceRules::statusFromText(a.words.value(3));
        if (!to)
            throw UsageError{
                Cli::tr("The status is new, in_progress, awaiting_customer, resolved, closed or rejected.")};
        const std::unique_ptr<Database> db = openDatabase(a);
        ServiceRepository repo(*db);
        const ServiceRequest r = byNumber(repo, a.words.value(2));
        repo.move(r.meta.id, r.meta.version, *to, a.option(QStringLiteral("note")));
        return show(a, repo, repo.get(r.meta.id));
    }
    if (sub == QLatin1String("close")) {
        a.allowOnly({QStringLiteral("rating"), QStringLiteral("comment"), QStringLiteral("resolution")});
        const std::unique_ptr<Database> db = openDatabase(a);
        ServiceRepository repo(*db);
        const ServiceRequest r = byNumber(repo, a.words.value(2));
        repo.close(r.meta.id, r.meta.version, int(a.number(QStringLiteral("rating"), 0, 1, 5)),
                   a.option(QStringLiteral("comment")), a.option(QStringLiteral("resolution")));
        return show(a, repo, repo.get(r.meta.id));
    }
    if (sub == QLatin1String("hours") || sub == QLatin1String("targets")) {
        const bool hours = sub == QLatin1String("hours");
        a.allowOnly(hours
                        ? QStringList{QStringLiteral("days"), QStringLiteral("open"), QStringLiteral("close")}
                        : QStringList{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                      QStringLiteral("urgent")});
        const std::unique_ptr<Database> db = openDatabase(a);
        ServiceRepository repo(*db);
        if (hours) {
            OpeningHours h = repo.openingHours();
            if (a.options.contains(QStringLiteral("days"))) {
                // "1-6", "1,2,3,4,5" or "1-5,7".
                h.days.clear();
                for (const QString& part :
                     a.option(QStringLiteral("days")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    const QStringList ends = part.split(QLatin1Char('-'));
                    bool ok1 = false, ok2 = true;
                    const int first = ends.value(0).toInt(&ok1);
                    const int last = ends.size() > 1 ? ends.value(1).toInt(&ok2) : first;
                    if (!ok1 || !ok2 || first < 1 || last > 7 || first > last || ends.size() > 2)
                        throw UsageError{
                            Cli::tr("--days takes days 1 (Monday) to 7 (Sunday), like 1-6 or 1-5,7.")};
                    for (int d = first; d <= last; ++d)
                        if (!h.days.contains(d)) h.days.append(d);
                }
                std::sort(h.days.begin(), h.days.end());
            }
            for (const auto& [key, time] :
                 {std::pair{QStringLiteral("open"), &h.open}, std::pair{QStringLiteral("close"), &h.close}})
                if (a.options.contains(key)) {
                    *time = QTime::fromString(a.option(key), QStringLiteral("H:mm"));
                    if (!time->isValid()) throw UsageError{Cli::tr("--%1 takes a time like 09:00.").arg(key)};
                }
            if (a.options.contains(QStringLiteral("days")) || a.options.contains(QStringLiteral("open")) ||
                a.options.contains(QStringLiteral("close")))
                repo.setOpeningHours(h);
            h = repo.openingHours();
            QJsonArray days;
            for (const int d : h.days)
                days.append(d);
            if (a.json)
                printJson(QJsonObject{{QStringLiteral("days"), days},
                                      {QStringLiteral("open"), h.open.toString(QStringLiteral("HH:mm"))},
                                      {QStringLiteral("close"), h.close.toString(QStringLiteral("HH:mm"))}});
            else
                out() << h.toJson() << '\n';
            return 0;
        }
        ServiceTargets t = repo.targets();
        bool changed = false;
        for (const ServicePriority p : ServiceRules::priorities())
            if (a.options.contains(ServiceRules::priorityCode(p))) {
                t.hours[static_cast<int>(p)] = int(a.number(ServiceRules::priorityCode(p), 0, 1, 24 * 365));
                changed = true;
            }
        if (changed) repo.setTargets(t);
        t = repo.targets();
        QJsonObject json;
        for (const ServicePriority p : ServiceRules::priorities()) {
            json.insert(ServiceRules::priorityCode(p), t.of(p));
            if (!a.json)
                out() << ServiceRules::priorityName(p) << "  " << Cli::tr("%n hour(s)", "", t.of(p)) << '\n';
        }
        if (a.json) printJson(json);
        return 0;
    }
    throw UsageError{Cli::tr("service takes add, list, show, status, close, delete, hours or targets.")};
}

int serviceReportCommand(const Arguments& a)
{
    a.allowOnly({QStringLiteral("from"), QStringLiteral("to")});
    const auto [from, to] = requiredPeriod(a);
    const std::unique_ptr<Database> db = openDatabase(a);
    const ServiceReport report = ServiceRepository(*db).report(from, to);
    QJsonArray opened, months, people;
    for (const ServiceReport::TypeMonth& t : report.byTypeMonth) {
        opened.append(QJsonObject{{QStringLiteral("month"), t.month},
                                  {QStringLiteral("type"), t.type},
                                  {QStringLiteral("opened"), t.opened}});
        if (!a.json) out() << t.month << "  " << t.type << "  " << t.opened << '\n';
    }
    for (const ServiceReport::Resolution& r : report.byMonth)
        months.append(resolutionJson(r));
    for (const ServiceReport::Resolution& r : report.byAssignee)
        people.append(resolutionJson(r));
    QJsonObject all = resolutionJson(report.all);
    all.remove(QStringLiteral("key"));
    if (a.json)
        printJson(QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                              {QStringLiteral("to"), to.toString(Qt::ISODate)},
                              {QStringLiteral("opened"), opened},
                              {QStringLiteral("resolved"), all},
                              {QStringLiteral("by_month"), months},
                              {QStringLiteral("by_assignee"), people}});
    else
        out() << Cli::tr("Resolved %1, %2 within target").arg(report.all.resolved).arg(report.all.inTime)
              << '\n';
    return 0;
}

} // namespace shopcrm::cli
