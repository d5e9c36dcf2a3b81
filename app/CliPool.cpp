// shopcrm-cli: the public customer pool (公海) — claim, release, the return rules and their run.
#include "CliSupport.h"
#include "store/CustomerPool.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shopcrm::cli {

QString poolUsage()
{
    return Cli::tr(
        "  pool list [--limit N]                  customers nobody looks after, newest first\n"
        "  pool claim ID [--staff NAME] | pool release ID [--reason R]\n"
        "  pool run [--date D] [--dry-run]        return idle customers as of D; prints what moved\n"
        "  pool rules [--grade G] [--no-followup-days N] [--no-order-days M] [--remind-days K]\n"
        "             [--reclaim-wait-days D] [--claims-per-day C] [--max-owned O]   (0: off)\n"
        "  customer owner ID STAFF|-               give a customer to someone (- : the pool)\n");
}

namespace {

QJsonObject returnJson(const PoolReturn& r)
{
    return {{QStringLiteral("customer_id"), r.customerId},
            {QStringLiteral("customer"), r.customer},
            {QStringLiteral("owner"), r.owner},
            {QStringLiteral("grade"), r.grade},
            {QStringLiteral("returns_on"), r.returnsOn.toString(Qt::ISODate)},
            {QStringLiteral("reason"), r.reason}};
}

qint64 idAt(const Arguments& a, int index)
{
    bool ok = false;
    const qint64 id = a.words.value(index).toLongLong(&ok);
    if (!ok || id <= 0) throw UsageError{Cli::tr("Give the customer's id.")};
    return id;
}

} // namespace

int customerOwnerCommand(const Arguments& a)
{
    a.allowOnly({});
    const qint64 id = idAt(a, 2);
    if (a.words.size() != 4)
        throw UsageError{Cli::tr("Give the customer's id and the staff member's name, or - for the pool.")};
    const QString staff = a.words.at(3) == QLatin1String("-") ? QString() : a.words.at(3);
    auto db = openDatabase(a);
    CustomerPool::assign(*db, id, staff);
    if (a.json) printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("owner"), staff}});
    return 0;
}

int poolCommand(const Arguments& a)
{
    const QString verb = a.words.value(1);
    if (verb == QLatin1String("list")) {
        a.allowOnly({QStringLiteral("limit")});
        const int limit = int(a.number(QStringLiteral("limit"), 100, 1, 1000000));
        auto db = openDatabase(a);
        const QDate today = QDate::currentDate();
        QJsonArray array;
        for (const PoolEntry& e : CustomerPool::pool(*db, limit)) {
            const int days = e.since.isValid() ? int(e.since.toLocalTime().date().daysTo(today)) : -1;
            if (a.json)
                array.append(
                    QJsonObject{{QStringLiteral("customer_id"), e.customerId},
                                {QStringLiteral("customer"), e.customer},
                                {QStringLiteral("grade"), e.grade},
                                {QStringLiteral("since"),
                                 e.since.isValid() ? QJsonValue(e.since.toLocalTime().toString(Qt::ISODate))
                                                   : QJsonValue()},
                                {QStringLiteral("days"), days},
                                {QStringLiteral("previous_owner"), e.previousOwner}});
            else
                out() << e.customerId << "  " << e.customer << "  "
                      << (days >= 0 ? Cli::tr("%n day(s) in the pool", "", days) : Cli::tr("never owned"))
                      << "  " << e.previousOwner << '\n';
        }
        if (a.json) printJson(QJsonObject{{QStringLiteral("pool"), array}});
        return 0;
    }
    if (verb == QLatin1String("claim")) {
        a.allowOnly({QStringLiteral("staff")});
        const qint64 id = idAt(a, 2);
        auto db = openDatabase(a);
        const QString staff = a.option(QStringLiteral("staff"), db->access().staffName);
        if (staff.isEmpty())
            throw UsageError{
                Cli::tr("Say who claims it with --staff NAME (you are not linked to a staff member).")};
        CustomerPool::claim(*db, id, staff);
        if (a.json) printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("owner"), staff}});
        return 0;
    }
    if (verb == QLatin1String("release")) {
        a.allowOnly({QStringLiteral("reason")});
        const qint64 id = idAt(a, 2);
        auto db = openDatabase(a);
        CustomerPool::release(*db, id, a.option(QStringLiteral("reason")));
        if (a.json) printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("owner"), QString()}});
        return 0;
    }
    if (verb == QLatin1String("run")) {
        a.allowOnly({QStringLiteral("date")});
        const QDate date = a.options.contains(QStringLiteral("date"))
                               ? optionalDate(a, QStringLiteral("date"))
                               : QDate::currentDate();
        auto db = openDatabase(a);
        const PoolRun run = CustomerPool::run(*db, date, !a.flags.contains(QStringLiteral("--dry-run")));
        if (a.json) {
            QJsonArray returned, upcoming;
            for (const PoolReturn& r : run.returned)
                returned.append(returnJson(r));
            for (const PoolReturn& r : run.upcoming)
                upcoming.append(returnJson(r));
            printJson(QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                                  {QStringLiteral("checked"), run.checked},
                                  {QStringLiteral("returned"), returned},
                                  {QStringLiteral("upcoming"), upcoming}});
            return 0;
        }
        out() << Cli::tr("%n customer(s) returned to the pool.", "", int(run.returned.size())) << '\n';
        for (const PoolReturn& r : run.returned)
            out() << "  " << r.customerId << "  " << r.customer << "  " << r.owner << "  " << r.reason
                  << '\n';
        for (const PoolReturn& r : run.upcoming)
            out() << Cli::tr("  %1 returns on %2 (%3)")
                         .arg(r.customer, r.returnsOn.toString(Qt::ISODate), r.owner)
                  << '\n';
        return 0;
    }
    if (verb == QLatin1String("rules")) {
        const QStringList keys{QStringLiteral("no-followup-days"), QStringLiteral("no-order-days"),
                               QStringLiteral("remind-days"),      QStringLiteral("reclaim-wait-days"),
                               QStringLiteral("claims-per-day"),   QStringLiteral("max-owned")};
        a.allowOnly(QStringList(keys) << QStringLiteral("grade"));
        auto db = openDatabase(a);
        PoolRules rules = CustomerPool::rules(*db);
        const QString grade = a.option(QStringLiteral("grade")).trimmed();
        bool changing = false;
        for (const QString& k : keys)
            changing = changing || a.options.contains(k);
        if (changing) {
            PoolRule rule = grade.isEmpty() ? rules.defaults : rules.forGrade(grade);
            int* fields[] = {&rule.noFollowUpDays,  &rule.noOrderDays,  &rule.remindDays,
                             &rule.reclaimWaitDays, &rule.claimsPerDay, &rule.maxOwned};
            for (qsizetype i = 0; i < keys.size(); ++i)
                if (a.options.contains(keys.at(i))) *fields[i] = int(a.number(keys.at(i), 0, 0, 1000000));
            if (grade.isEmpty())
                rules.defaults = rule;
            else
                rules.grades.insert(grade, rule);
            CustomerPool::setRules(*db, rules);
        }
        printJson(rules.toJson());
        return 0;
    }
    throw UsageError{Cli::tr("Unknown pool command \"%1\".").arg(verb)};
}

} // namespace shopcrm::cli
