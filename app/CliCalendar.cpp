// `task …`, `appointment …` and `calendar`.
#include "CliSupport.h"

#include "documents/PrintDocument.h"
#include "services/ICalendar.h"
#include "store/CalendarRepository.h"
#include "store/CatalogRepository.h"
#include "store/StoreError.h"
#include "store/TaskRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace shopcrm::cli {

namespace {

QJsonValue whenJson(const QDateTime& utc)
{
    return utc.isValid() ? QJsonValue(utc.toLocalTime().toString(Qt::ISODate)) : QJsonValue();
}

QString when(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// "2027-03-02 10:00", "2027-03-02T10:00" or a day alone (by 18:00 that day), in the shop's time.
QDateTime timeOption(const Arguments& a, const QString& key)
{
    if (!a.options.contains(key)) return {};
    const QString text = a.option(key).trimmed();
    for (const QString& format : {QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-ddTHH:mm"),
                                  QStringLiteral("yyyy-MM-dd H:mm"), QStringLiteral("yyyy-MM-ddTHH:mm:ss")}) {
        const QDateTime t = QDateTime::fromString(text, format);
        if (t.isValid()) return t.toUTC();
    }
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid()) return QDateTime(day, QTime(18, 0)).toUTC();
    throw UsageError{Cli::tr("--%1 takes a time such as 2027-03-02 10:00, or a day.").arg(key)};
}

QString staffNamed(Database& db, const QString& name)
{
    const QString n = name.simplified();
    if (n.isEmpty()) return {};
    if (!CatalogRepository(db).staffNamed(n))
        throw UsageError{Cli::tr("There is no staff member named \"%1\".").arg(n)};
    return n;
}

QJsonObject taskJson(const Task& t)
{
    return {{QStringLiteral("id"), t.meta.id},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("notes"), t.notes},
            {QStringLiteral("customer"), t.customerName},
            {QStringLiteral("customer_id"), t.customerId},
            {QStringLiteral("order"), t.orderNumber},
            {QStringLiteral("service"), t.serviceNumber},
            {QStringLiteral("assignee"), t.assignee},
            {QStringLiteral("due"), whenJson(t.due)},
            {QStringLiteral("done"), whenJson(t.doneAt)},
            {QStringLiteral("done_by"), t.doneBy}};
}

QString kindCode(CalendarItem::Kind k)
{
    switch (k) {
    case CalendarItem::Kind::Appointment:
        return QStringLiteral("appointment");
    case CalendarItem::Kind::Task:
        return QStringLiteral("task");
    case CalendarItem::Kind::FollowUpPlan:
        return QStringLiteral("followup");
    case CalendarItem::Kind::OrderDue:
        return QStringLiteral("order");
    case CalendarItem::Kind::ServiceDue:
        return QStringLiteral("service");
    }
    return {};
}

QJsonObject itemJson(const CalendarItem& it)
{
    QJsonObject o{{QStringLiteral("kind"), kindCode(it.kind)},
                  {QStringLiteral("id"), it.id},
                  {QStringLiteral("title"), it.title},
                  {QStringLiteral("people"), QJsonArray::fromStringList(it.people)},
                  {QStringLiteral("customer"), it.customer},
                  {QStringLiteral("done"), it.done},
                  {QStringLiteral("late"), it.late}};
    if (it.allDay) {
        o.insert(QStringLiteral("day"), it.day.toString(Qt::ISODate));
    } else {
        o.insert(QStringLiteral("start"), whenJson(it.start));
        if (it.end > it.start) o.insert(QStringLiteral("end"), whenJson(it.end));
    }
    if (it.kind == CalendarItem::Kind::Appointment) {
        o.insert(QStringLiteral("type"), CalendarRules::appointmentKindCode(it.appointmentKind));
        o.insert(QStringLiteral("place"), it.place);
    }
    return o;
}

int taskCommand(const Arguments& a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("add")) {
        a.allowOnly({QStringLiteral("title"), QStringLiteral("customer"), QStringLiteral("order"),
                     QStringLiteral("due"), QStringLiteral("assignee"), QStringLiteral("notes")});
        if (!a.options.contains(QStringLiteral("title")))
            throw UsageError{Cli::tr("Give the task's --title.")};
        const std::unique_ptr<Database> db = openDatabase(a);
        Task t;
        t.title = a.option(QStringLiteral("title"));
        t.notes = a.option(QStringLiteral("notes"));
        t.due = timeOption(a, QStringLiteral("due"));
        t.assignee = staffNamed(*db, a.option(QStringLiteral("assignee")));
        if (a.options.contains(QStringLiteral("customer")))
            t.customerId = customerId(*db, a.option(QStringLiteral("customer")));
        if (a.options.contains(QStringLiteral("order")))
            t.orderId = orderByNumber(OrderRepository(*db), a.option(QStringLiteral("order"))).meta.id;
        printCreated(a, TaskRepository(*db).create(t));
        return 0;
    }
    if (sub == QLatin1String("list")) {
        a.allowOnly({QStringLiteral("state"), QStringLiteral("assignee"), QStringLiteral("customer"),
                     QStringLiteral("limit")});
        static const QStringList states{QStringLiteral("open"), QStringLiteral("done"),
                                        QStringLiteral("all")};
        const QString state = a.option(QStringLiteral("state"), QStringLiteral("open"));
        if (!states.contains(state)) throw UsageError{Cli::tr("--state takes open, done or all.")};
        const std::unique_ptr<Database> db = openDatabase(a);
        TaskFilter f;
        f.state = static_cast<TaskFilter::State>(states.indexOf(state));
        if (a.options.contains(QStringLiteral("assignee"))) f.assignee = a.option(QStringLiteral("assignee"));
        if (a.options.contains(QStringLiteral("customer")))
            f.customerId = customerId(*db, a.option(QStringLiteral("customer")));
        f.limit = int(a.number(QStringLiteral("limit"), 500, 1, 100000));
        QJsonArray rows;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Task& t : TaskRepository(*db).list(f)) {
            rows.append(taskJson(t));
            if (!a.json)
                out() << t.meta.id << "  " << (t.isDone() ? Cli::tr("[done]") : QStringLiteral("[  ]"))
                      << "  " << t.title << "  " << when(t.due)
                      << (!t.isDone() && t.due.isValid() && t.due < now ? Cli::tr("  (late)") : QString())
                      << "  " << t.assignee << "  " << t.customerName << '\n';
        }
        if (a.json) printJson(rows);
        return 0;
    }
    if (sub == QLatin1String("done") || sub == QLatin1String("delete")) {
        a.allowOnly({});
        bool ok = false;
        const qint64 id = a.words.value(2).toLongLong(&ok);
        if (!ok || id <= 0) throw UsageError{Cli::tr("Give the task's id.")};
        const std::unique_ptr<Database> db = openDatabase(a);
        TaskRepository tasks(*db);
        const Task t = tasks.get(id);
        if (sub == QLatin1String("delete")) {
            tasks.remove(id, t.meta.version);
            return 0;
        }
        tasks.setDone(id, t.meta.version, !a.flags.contains(QStringLiteral("--undo")));
        if (a.json) printJson(taskJson(tasks.get(id)));
        return 0;
    }
    throw UsageError{Cli::tr("Unknown task command.")};
}

int appointmentCommand(const Arguments& a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("add")) {
        a.allowOnly({QStringLiteral("title"), QStringLiteral("start"), QStringLiteral("end"),
                     QStringLiteral("kind"), QStringLiteral("place"), QStringLiteral("staff"),
                     QStringLiteral("customer"), QStringLiteral("order"), QStringLiteral("notes")});
        if (!a.options.contains(QStringLiteral("title")) || !a.options.contains(QStringLiteral("start")) ||
            !a.options.contains(QStringLiteral("end")))
            throw UsageError{Cli::tr("Give at least --title, --start and --end.")};
        const std::optional<AppointmentKind> kind = CalendarRules::appointmentKindFromText(
            a.option(QStringLiteral("kind"), QStringLiteral("meeting")));
        if (!kind) throw UsageError{Cli::tr("--kind takes meeting, visit, installation, delivery or other.")};
        const std::unique_ptr<Database> db = openDatabase(a);
        Appointment ap;
        ap.title = a.option(QStringLiteral("title"));
        ap.kind = *kind;
        ap.start = timeOption(a, QStringLiteral("start"));
        ap.end = timeOption(a, QStringLiteral("end"));
        ap.place = a.option(QStringLiteral("place"));
        ap.notes = a.option(QStringLiteral("notes"));
        for (const QString& name :
             a.option(QStringLiteral("staff")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            ap.people.append(staffNamed(*db, name));
        if (a.options.contains(QStringLiteral("customer")))
            ap.customerId = customerId(*db, a.option(QStringLiteral("customer")));
        if (a.options.contains(QStringLiteral("order")))
            ap.orderId = orderByNumber(OrderRepository(*db), a.option(QStringLiteral("order"))).meta.id;
        CalendarRepository calendar(*db);
        // Booked all the same, as the program does after asking: a script cannot answer a question.
        const QList<Clash> clashes = calendar.clashes(ap);
        const qint64 id = calendar.create(ap);
        if (a.json) {
            QJsonArray c;
            for (const Clash& x : clashes)
                c.append(QJsonObject{{QStringLiteral("person"), x.person},
                                     {QStringLiteral("appointment"), x.item.id},
                                     {QStringLiteral("title"), x.item.title}});
            printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("clashes"), c}});
        } else {
            out() << id << '\n';
        }
        if (!clashes.isEmpty())
            err() << Cli::tr("Booked, though these people already have something at that time:") << '\n'
                  << CalendarRules::describe(clashes) << '\n';
        return 0;
    }
    if (sub == QLatin1String("delete")) {
        a.allowOnly({});
        bool ok = false;
        const qint64 id = a.words.value(2).toLongLong(&ok);
        if (!ok || id <= 0) throw UsageError{Cli::tr("Give the appointment's id.")};
        const std::unique_ptr<Database> db = openDatabase(a);
        CalendarRepository calendar(*db);
        calendar.remove(id, calendar.get(id).meta.version);
        return 0;
    }
    throw UsageError{Cli::tr("Unknown appointment command.")};
}

int calendarCommand(const Arguments& a)
{
    a.allowOnly(
        {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("staff"), QStringLiteral("ics")});
    const auto [from, to] = requiredPeriod(a);
    if (from.daysTo(to) > 366) throw UsageError{Cli::tr("Ask for at most a year at a time.")};
    const std::unique_ptr<Database> db = openDatabase(a);
    CalendarFilter f;
    f.from = from;
    f.to = to;
    f.staff = a.option(QStringLiteral("staff"));
    if (!f.staff.isEmpty()) staffNamed(*db, f.staff);
    const QList<CalendarItem> items = CalendarRepository(*db).items(f);
    if (a.options.contains(QStringLiteral("ics"))) {
        const QString name = f.staff.isEmpty() ? ShopProfile::load(*db).name : f.staff;
        QSaveFile file(a.option(QStringLiteral("ics")));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(ICalendar::write(items, name.isEmpty() ? QStringLiteral("ShopCRM") : name,
                                        CalendarRepository(*db).uidSuffix(),
                                        QDateTime::currentDateTimeUtc())) < 0 ||
            !file.commit())
            throw StoreError(
                StoreError::Kind::Open,
                Cli::tr("Cannot write %1: %2").arg(a.option(QStringLiteral("ics")), file.errorString()));
    }
    if (a.json) {
        QJsonArray rows;
        for (const CalendarItem& it : items)
            rows.append(itemJson(it));
        printJson(rows);
    } else if (!a.options.contains(QStringLiteral("ics"))) {
        for (const CalendarItem& it : items)
            out() << (it.allDay ? it.day.toString(Qt::ISODate) + QStringLiteral("      ") : when(it.start))
                  << "  " << CalendarRules::itemKindName(it.kind) << "  " << it.title << "  "
                  << it.people.join(QStringLiteral(", ")) << (it.late ? Cli::tr("  (late)") : QString())
                  << '\n';
    }
    return 0;
}

} // namespace

QString calendarUsage()
{
    return Cli::tr(
        "  task add --title T [--customer C] [--order NUMBER] [--due TIME] [--assignee STAFF] [--notes N]\n"
        "  task list [--state open|done|all] [--assignee S] [--customer C] | task done ID [--undo]\n"
        "  task delete ID\n"
        "  appointment add --title T --start TIME --end TIME [--kind "
        "meeting|visit|installation|delivery|other]\n"
        "              [--staff A,B] [--place P] [--customer C] [--order NUMBER]   warns of clashes\n"
        "  appointment delete ID\n"
        "  calendar --from DATE --to DATE [--staff S] [--ics OUT.ics]   TIME is 2027-03-02 10:00\n");
}

int calendarCommands(const Arguments& a)
{
    const QString command = a.words.value(0);
    if (command == QLatin1String("task")) return taskCommand(a);
    if (command == QLatin1String("appointment")) return appointmentCommand(a);
    return calendarCommand(a);
}

} // namespace shopcrm::cli
