// shopcrm-cli: follow-ups, reminders and exports.
#include "CliSupport.h"
#include "domain/OrderJson.h"
#include "services/Exports.h"
#include "services/OrderInput.h"
#include "store/CatalogRepository.h"
#include "store/FollowUpRepository.h"
#include "store/ReminderRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace shopcrm::cli {

QString followUpUsage()
{
    return Cli::tr(
        "  followup add --customer ID|NAME --method phone|visit|wechat|qq|email|sms|other\n"
        "               --details TEXT [--at TIME] [--subject S] [--outcome O] [--contact C]\n"
        "               [--staff NAME] [--next DATE] [--action A] [--order NUMBER]\n"
        "  followup list [--customer ID|NAME] [--staff NAME] [--method M] [--outcome O]\n"
        "                [--from DATE] [--to DATE] [--limit N]\n"
        "  export followups FILE [same filters]  .csv or .xlsx by extension\n"
        "  export customers FILE [--search Q] [--sort name|contact|phone|region|grade|tags|updated|\n"
        "                        last-contact|next-follow-up] [--archived]\n"
        "  export orders FILE [--status S,…] [--from D] [--to D] [--customer C] [--staff S] [--due D]\n"
        "  export contacts FILE.vcf [--search Q] [--archived]   vCard 3.0, a card a contact\n"
        "  export products FILE [--archived] | export receivables FILE\n"
        "                                         every export: [--encoding utf-8|gb18030] for .csv\n"
        "  reminders [--date DATE]                follow-ups and orders due, birthdays, balances,\n"
        "                                         customers going back to the pool, service and tasks due\n");
}

namespace {

QJsonValue day(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

qint64 staffId(Database& db, const QString& name)
{
    if (name.isEmpty())
        return 0;
    const std::optional<StaffMember> s = CatalogRepository(db).staffNamed(name);
    if (!s)
        throw StoreError(StoreError::Kind::NotFound, Cli::tr("There is no staff member \"%1\".").arg(name));
    return s->meta.id;
}

FollowUpFilter filterFrom(Database& db, const Arguments& a)
{
    FollowUpFilter f;
    if (a.options.contains(QStringLiteral("customer")))
        f.customerId = customerId(db, a.option(QStringLiteral("customer")));
    f.staffId = staffId(db, a.option(QStringLiteral("staff")));
    if (a.options.contains(QStringLiteral("method"))) {
        f.method = FollowUpRules::methodFromText(a.option(QStringLiteral("method")));
        if (!f.method)
            throw UsageError{Cli::tr("--method takes phone, visit, wechat, qq, email, sms or other.")};
    }
    f.outcome = a.option(QStringLiteral("outcome")).trimmed();
    f.from = optionalDate(a, QStringLiteral("from"));
    f.to = optionalDate(a, QStringLiteral("to"));
    return f;
}

QJsonObject rowJson(const FollowUpRow& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("at"), OrderJson::time(r.at)},
            {QStringLiteral("customer"), r.customer},
            {QStringLiteral("customer_id"), r.customerId},
            {QStringLiteral("contact"), r.contact},
            {QStringLiteral("method"), FollowUpRules::methodCode(r.method)},
            {QStringLiteral("subject"), r.subject},
            {QStringLiteral("details"), r.details},
            {QStringLiteral("outcome"), r.outcome},
            {QStringLiteral("staff"), r.staff},
            {QStringLiteral("next"), day(r.nextDate)},
            {QStringLiteral("next_action"), r.nextAction},
            {QStringLiteral("next_done"), r.nextDone},
            {QStringLiteral("order"), r.orderNumber},
            {QStringLiteral("attachments"), r.attachments}};
}

int addFollowUp(const Arguments& a)
{
    a.allowOnly({QStringLiteral("customer"), QStringLiteral("method"), QStringLiteral("at"), QStringLiteral("details"),
                 QStringLiteral("subject"), QStringLiteral("outcome"), QStringLiteral("contact"),
                 QStringLiteral("staff"), QStringLiteral("next"), QStringLiteral("action"), QStringLiteral("order")});
    for (const QString& required : {QStringLiteral("customer"), QStringLiteral("method")})
        if (!a.options.contains(required))
            throw UsageError{Cli::tr("followup add needs --%1.").arg(required)};
    const std::optional<ContactMethod> method = FollowUpRules::methodFromText(a.option(QStringLiteral("method")));
    if (!method)
        throw UsageError{Cli::tr("--method takes phone, visit, wechat, qq, email, sms or other.")};
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (a.options.contains(QStringLiteral("at"))) {
        at = OrderInput::parseLocalTime(a.option(QStringLiteral("at")));
        if (!at.isValid())
            throw UsageError{Cli::tr("--at takes a time such as 2026-11-20 14:30 or a date.")};
    }
    const std::unique_ptr<Database> db = openDatabase(a);
    FollowUpRepository repository(*db);
    FollowUp f = repository.prefilled(customerId(*db, a.option(QStringLiteral("customer"))), at);
    f.method = *method;
    f.details = a.option(QStringLiteral("details"));
    f.subject = a.option(QStringLiteral("subject"));
    f.outcome = a.option(QStringLiteral("outcome"));
    if (a.options.contains(QStringLiteral("contact")))
        f.contactName = a.option(QStringLiteral("contact"));
    if (a.options.contains(QStringLiteral("staff")))
        f.staffId = staffId(*db, a.option(QStringLiteral("staff")));
    f.nextDate = optionalDate(a, QStringLiteral("next"));
    f.nextAction = a.option(QStringLiteral("action"));
    if (a.options.contains(QStringLiteral("order"))) {
        const Order o = orderByNumber(OrderRepository(*db), a.option(QStringLiteral("order")));
        if (o.customerId != f.customerId)
            throw StoreError(StoreError::Kind::Validation,
                             Cli::tr("Order %1 belongs to %2, not to this customer.").arg(o.number, o.customerName));
        f.orderId = o.meta.id;
    }
    printCreated(a, repository.create(f));
    return 0;
}

int listFollowUps(const Arguments& a)
{
    a.allowOnly({QStringLiteral("customer"), QStringLiteral("staff"), QStringLiteral("method"),
                 QStringLiteral("outcome"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("limit")});
    const std::unique_ptr<Database> db = openDatabase(a);
    const FollowUpFilter filter = filterFrom(*db, a);
    const QList<FollowUpRow> rows =
        FollowUpRepository(*db).page(filter, 0, int(a.number(QStringLiteral("limit"), 50, 1, 1000000)));
    if (a.json) {
        QJsonArray list;
        for (const FollowUpRow& r : rows)
            list.append(rowJson(r));
        printJson(list);
        return 0;
    }
    for (const FollowUpRow& r : rows) {
        out() << r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << r.customer << "  "
              << FollowUpRules::methodName(r.method) << "  "
              << (r.subject.isEmpty() ? r.details.section(QLatin1Char('\n'), 0, 0) : r.subject);
        if (!r.outcome.isEmpty())
            out() << "  [" << r.outcome << ']';
        if (r.nextDate.isValid())
            out() << "  → " << r.nextDate.toString(Qt::ISODate) << (r.nextDone ? Cli::tr(" (done)") : QString());
        out() << '\n';
    }
    return 0;
}

QJsonObject reminderJson(const Reminder& r)
{
    QJsonObject o{{QStringLiteral("customer"), r.customer},
                  {QStringLiteral("customer_id"), r.customerId},
                  {QStringLiteral("title"), r.title},
                  {QStringLiteral("date"), day(r.day)}};
    switch (r.kind) {
    case Reminder::Kind::FollowUp:
        o.insert(QStringLiteral("follow_up_id"), r.refId);
        o.insert(QStringLiteral("staff"), r.who);
        o.insert(QStringLiteral("days_overdue"), r.daysLate);
        break;
    case Reminder::Kind::Order:
        o.insert(QStringLiteral("order_id"), r.refId);
        o.insert(QStringLiteral("number"), r.title.section(QLatin1Char(' '), 0, 0));
        o.insert(QStringLiteral("due"), OrderJson::time(r.dueAt));
        o.insert(QStringLiteral("staff"), r.who);
        o.insert(QStringLiteral("days_overdue"), r.daysLate);
        break;
    case Reminder::Kind::Balance:
        o.insert(QStringLiteral("amount"), r.amount.toPlainString());
        o.insert(QStringLiteral("oldest_due"), day(r.day));
        o.insert(QStringLiteral("days_overdue"), r.daysLate);
        break;
    case Reminder::Kind::Service:
        o.insert(QStringLiteral("request_id"), r.refId);
        o.insert(QStringLiteral("number"), r.title.section(QLatin1Char(' '), 0, 0));
        o.insert(QStringLiteral("due"), OrderJson::time(r.dueAt));
        o.insert(QStringLiteral("assignee"), r.who);
        o.insert(QStringLiteral("days_overdue"), r.daysLate);
        break;
    case Reminder::Kind::Task:
        o.insert(QStringLiteral("task_id"), r.refId);
        o.insert(QStringLiteral("title"), r.title);
        o.insert(QStringLiteral("due"), OrderJson::time(r.dueAt));
        o.insert(QStringLiteral("assignee"), r.who);
        o.insert(QStringLiteral("days_overdue"), r.daysLate);
        break;
    case Reminder::Kind::PoolReturn:
        o.insert(QStringLiteral("owner"), r.who);
        o.insert(QStringLiteral("in_days"), -r.daysLate);
        break;
    case Reminder::Kind::Birthday:
        o.insert(QStringLiteral("contact_id"), r.refId);
        o.insert(QStringLiteral("contact"), r.title);
        o.insert(QStringLiteral("in_days"), -r.daysLate);
        if (r.age > 0)
            o.insert(QStringLiteral("age"), r.age);
        break;
    }
    return o;
}

} // namespace

int followUpCommand(const Arguments& a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("add"))
        return addFollowUp(a);
    if (sub == QLatin1String("list"))
        return listFollowUps(a);
    throw UsageError{Cli::tr("followup takes add or list.")};
}

int exportCommand(const Arguments& a)
{
    const QString what = a.words.value(1);
    const QString path = a.words.value(2);
    static const QStringList kinds{QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("orders"), QStringLiteral("products"),
                                   QStringLiteral("followups"), QStringLiteral("payments"), QStringLiteral("receivables")};
    if (!kinds.contains(what))
        throw UsageError{Cli::tr("export takes customers, contacts, orders, products, followups, payments or receivables.")};
    if (path.isEmpty())
        throw UsageError{Cli::tr("Give the file to write, ending in .csv or .xlsx.")};
    QStringList allowed{QStringLiteral("encoding")};
    if (what == QLatin1String("customers") || what == QLatin1String("contacts"))
        allowed << QStringLiteral("search") << QStringLiteral("sort");
    else if (what == QLatin1String("orders"))
        allowed << QStringLiteral("status") << QStringLiteral("from") << QStringLiteral("to") << QStringLiteral("customer")
                << QStringLiteral("staff") << QStringLiteral("due");
    else if (what == QLatin1String("payments"))
        allowed << QStringLiteral("customer") << QStringLiteral("method") << QStringLiteral("from") << QStringLiteral("to");
    else if (what == QLatin1String("followups"))
        allowed << QStringLiteral("customer") << QStringLiteral("staff") << QStringLiteral("method") << QStringLiteral("outcome")
                << QStringLiteral("from") << QStringLiteral("to");
    a.allowOnly(allowed);
    ExportOptions options;
    const QString encoding = a.option(QStringLiteral("encoding"), QStringLiteral("utf-8")).toLower();
    if (encoding == QLatin1String("gb18030") || encoding == QLatin1String("gbk"))
        options.csvEncoding = TextEncoding::Gb18030;
    else if (encoding != QLatin1String("utf-8"))
        throw UsageError{Cli::tr("--encoding is utf-8 or gb18030.")};
    const std::unique_ptr<Database> db = openDatabase(a);
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    if (what == QLatin1String("customers") || what == QLatin1String("contacts")) {
        CustomerListQuery query;
        query.includeArchived = a.flags.contains(QStringLiteral("--archived"));
        static const QStringList sorts{QStringLiteral("name"),    QStringLiteral("contact"), QStringLiteral("phone"),
                                       QStringLiteral("region"),  QStringLiteral("grade"),   QStringLiteral("tags"),
                                       QStringLiteral("updated"), QStringLiteral("last-contact"), QStringLiteral("next-follow-up")};
        const QString sort = a.option(QStringLiteral("sort"), QStringLiteral("name"));
        if (!sorts.contains(sort))
            throw UsageError{Cli::tr("--sort takes %1.").arg(sorts.join(QStringLiteral(", ")))};
        query.sort = static_cast<CustomerSort>(sorts.indexOf(sort));
        rows = what == QLatin1String("contacts") ? Exports::contacts(*db, query, a.option(QStringLiteral("search")), path)
                                                 : Exports::customers(*db, query, a.option(QStringLiteral("search")), path, options);
    } else if (what == QLatin1String("orders")) {
        OrderListQuery query;
        query.filter = orderFilterFrom(*db, a, OrderFilter{});
        rows = Exports::orders(*db, query, path, options);
    } else if (what == QLatin1String("products")) {
        rows = Exports::products(*db, a.flags.contains(QStringLiteral("--archived")), path, options);
    } else if (what == QLatin1String("payments")) {
        rows = Exports::payments(*db, paymentFilterFrom(*db, a), path, options);
    } else if (what == QLatin1String("receivables")) {
        rows = Exports::receivables(*db, QDate::currentDate(), path, options);
    } else {
        rows = Exports::followUps(*db, filterFrom(*db, a), path, options);
    }
    if (a.json)
        printJson(QJsonObject{{QStringLiteral("file"), path},
                              {QStringLiteral("rows"), rows},
                              {QStringLiteral("milliseconds"), timer.elapsed()}});
    else
        out() << Cli::tr("Wrote %n row(s) to %1.", "", int(rows)).arg(path) << '\n';
    return 0;
}

int remindersCommand(const Arguments& a)
{
    a.allowOnly({QStringLiteral("date")});
    const std::unique_ptr<Database> db = openDatabase(a);
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (const QDate d = optionalDate(a, QStringLiteral("date")); d.isValid())
        now = QDateTime(d, QTime(12, 0)).toUTC(); // that day, in the shop's time zone
    const ReminderList list = ReminderRepository(*db).due(now);
    if (a.json) {
        auto array = [](const QList<Reminder>& items) {
            QJsonArray result;
            for (const Reminder& r : items)
                result.append(reminderJson(r));
            return result;
        };
        printJson(QJsonObject{{QStringLiteral("date"), day(list.today)},
                              {QStringLiteral("followups_due"), array(list.followUps)},
                              {QStringLiteral("orders_due"), array(list.orders)},
                              {QStringLiteral("birthdays"), array(list.birthdays)},
                              {QStringLiteral("overdue_balances"), array(list.balances)},
                              {QStringLiteral("pool_returns"), array(list.pool)},
                              {QStringLiteral("service_due"), array(list.service)},
                              {QStringLiteral("tasks_due"), array(list.tasks)}});
        return 0;
    }
    auto section = [](const QString& title, const QList<Reminder>& items, const auto& line) {
        out() << title << " (" << items.size() << ")\n";
        for (const Reminder& r : items)
            out() << "  " << line(r) << '\n';
    };
    section(Cli::tr("Follow-ups due"), list.followUps, [](const Reminder& r) {
        return QStringLiteral("%1  %2  %3  %4").arg(r.day.toString(Qt::ISODate), r.customer, r.title, r.who);
    });
    section(Cli::tr("Orders due"), list.orders, [](const Reminder& r) {
        return QStringLiteral("%1  %2  %3").arg(r.dueAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                r.customer, r.title);
    });
    section(Cli::tr("Birthdays"), list.birthdays, [](const Reminder& r) {
        return QStringLiteral("%1  %2  %3").arg(r.day.toString(Qt::ISODate), r.title, r.customer);
    });
    section(Cli::tr("Balances past due"), list.balances, [](const Reminder& r) {
        return QStringLiteral("%1  %2  %3").arg(r.day.toString(Qt::ISODate), r.customer, r.title);
    });
    section(Cli::tr("Going back to the pool"), list.pool, [](const Reminder& r) {
        return QStringLiteral("%1  %2  %3  %4").arg(r.day.toString(Qt::ISODate), r.customer, r.who, r.title);
    });
    section(Cli::tr("Service requests due"), list.service, [](const Reminder& r) {
        return QStringLiteral("%1  %2  %3  %4")
            .arg(r.dueAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.customer, r.title,
                 r.who);
    });
    section(Cli::tr("Tasks due"), list.tasks, [](const Reminder& r) {
        return QStringLiteral("%1  %2  %3  %4")
            .arg(r.dueAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.title, r.customer,
                 r.who);
    });
    return 0;
}

} // namespace shopcrm::cli
