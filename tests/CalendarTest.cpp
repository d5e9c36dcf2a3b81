#include "TestSupport.h"

#include "domain/Calendar.h"
#include "services/ICalendar.h"
#include "store/CalendarRepository.h"
#include "store/FollowUpRepository.h"
#include "store/OrderRepository.h"
#include "store/ReminderRepository.h"
#include "store/RowSupport.h"
#include "store/ServiceRepository.h"
#include "store/StoreError.h"
#include "store/TaskRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

// The week of Monday 1 March 2027, in the shop's time.
QDateTime local(int d, int h, int min = 0, int m = 3)
{
    return QDateTime(QDate(2027, m, d), QTime(h, min)).toUTC();
}

Appointment booking(const QString& title, const QDateTime& start, const QDateTime& end,
                    const QStringList& people)
{
    Appointment a;
    a.title = title;
    a.kind = AppointmentKind::Installation;
    a.start = start;
    a.end = end;
    a.people = people;
    return a;
}

QStringList keys(const QList<CalendarItem>& items)
{
    QStringList k;
    for (const CalendarItem& it : items)
        k.append(it.key());
    return k;
}

qint64 audits(Database& db, const QString& entity, qint64 id, const QString& op)
{
    return scalar(db,
                  QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = '%1' AND entity_id = %2 AND "
                                 "op = '%3'")
                      .arg(entity)
                      .arg(id)
                      .arg(op))
        .toLongLong();
}

} // namespace

TEST_CASE("tasks: about an order, listed open first by due time, done and undone, audited", "[calendar]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    Order o = shop.order(shop.customer, local(1, 9));
    orders.create(o);
    Order theirs = shop.order(shop.other, local(1, 9));
    orders.create(theirs);
    TaskRepository tasks(*shop.db);

    Task proof;
    proof.title = QStringLiteral("  打电话确认  门头 校样 ");
    proof.orderId = o.meta.id; // the customer follows from the order
    proof.due = local(2, 10);
    const qint64 a = tasks.create(proof);
    CHECK(proof.title == QStringLiteral("打电话确认 门头 校样"));
    CHECK(
        scalar(*shop.db, QStringLiteral("SELECT customer_id FROM tasks WHERE id = %1").arg(a)).toLongLong() ==
        shop.customer);
    Task stand;
    stand.title = QStringLiteral("去供应商取展架");
    const qint64 b = tasks.create(stand);
    Task early;
    early.title = QStringLiteral("准备安装工具");
    early.assignee = QStringLiteral("李明");
    early.due = local(1, 9);
    const qint64 c = tasks.create(early);

    Task wrong;
    wrong.title = QStringLiteral("送样品");
    wrong.customerId = shop.customer;
    wrong.orderId = theirs.meta.id;
    CHECK_THROWS_AS(tasks.create(wrong), ValidationError);
    Task untitled;
    untitled.title = QStringLiteral("   ");
    CHECK_THROWS_AS(tasks.create(untitled), ValidationError);

    auto ids = [](const QList<Task>& list) {
        QList<qint64> out;
        for (const Task& t : list)
            out.append(t.meta.id);
        return out;
    };
    CHECK(ids(tasks.list({})) == QList<qint64>{c, a, b});
    TaskFilter mine;
    mine.assignee = QStringLiteral("李明");
    CHECK(ids(tasks.list(mine)) == QList<qint64>{c});
    TaskFilter aboutOrder;
    aboutOrder.orderId = o.meta.id;
    CHECK(ids(tasks.list(aboutOrder)) == QList<qint64>{a});
    CHECK(tasks.get(a).orderNumber == o.number);
    CHECK(tasks.get(a).customerName == QStringLiteral("华彩广告"));

    const int v = tasks.setDone(a, proof.meta.version, true);
    CHECK(v == proof.meta.version + 1);
    CHECK_FALSE(scalar(*shop.db, QStringLiteral("SELECT done_at FROM tasks WHERE id = %1").arg(a)).isNull());
    CHECK(ids(tasks.list({})) == QList<qint64>{c, b});
    TaskFilter done;
    done.state = TaskFilter::State::Done;
    CHECK(ids(tasks.list(done)) == QList<qint64>{a});
    // Saved with the version read before it was done: refused.
    CHECK_THROWS_AS(tasks.update(proof), StoreError);
    CHECK(tasks.setDone(a, v, false) == v + 1);
    CHECK(
        scalar(*shop.db, QStringLiteral("SELECT done_at IS NULL FROM tasks WHERE id = %1").arg(a)).toInt() ==
        1);
    CHECK(audits(*shop.db, QStringLiteral("task"), a, QStringLiteral("update")) == 2);

    // Due today or late at a fixed clock, for the reminders: 1 March's, not 2 March's.
    CHECK(ids(tasks.dueBy(local(1, 20))) == QList<qint64>{c});
    CHECK(ids(tasks.dueBy(local(2, 8))) == QList<qint64>{c, a});

    // The same in the reminders; done there is the task done.
    const ReminderList reminders = ReminderRepository(*shop.db).due(local(2, 8));
    REQUIRE(reminders.tasks.size() == 2);
    CHECK(reminders.tasks.at(0).refId == c);
    CHECK(reminders.tasks.at(0).daysLate == 1);
    CHECK(reminders.tasks.at(0).who == QStringLiteral("李明"));
    ReminderRepository(*shop.db).markDone(reminders.tasks.at(0));
    CHECK(tasks.get(c).isDone());
    CHECK(ReminderRepository(*shop.db).due(local(2, 8)).tasks.size() == 1);

    Task gone = tasks.get(b);
    tasks.remove(b, gone.meta.version);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM tasks WHERE id = %1").arg(b)).toInt() == 0);
    CHECK(audits(*shop.db, QStringLiteral("task"), b, QStringLiteral("delete")) == 1);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'task'")).toInt() ==
          7);
}

TEST_CASE("booking a person who already has something at that time names the clash", "[calendar]")
{
    // The rule on its own: half-open intervals, so back-to-back bookings do not clash.
    CHECK(CalendarRules::overlaps(local(1, 10), local(1, 12), local(1, 11), local(1, 13)));
    CHECK_FALSE(CalendarRules::overlaps(local(1, 10), local(1, 12), local(1, 12), local(1, 13)));
    CHECK(CalendarRules::overlaps(local(1, 10), local(1, 12), local(1, 9), local(1, 14)));

    OrderShop shop;
    CalendarRepository calendar(*shop.db);
    Appointment wang =
        booking(QStringLiteral("亮亮超市门头安装"), local(1, 10), local(1, 12), {QStringLiteral("王师傅")});
    wang.place = QStringLiteral("解放碑路1号");
    calendar.create(wang);
    Appointment both = booking(QStringLiteral("鑫源装饰 写真安装"), local(1, 11), local(1, 13),
                               {QStringLiteral("王师傅"), QStringLiteral("李明")});
    const QList<Clash> found = calendar.clashes(both);
    REQUIRE(found.size() == 1);
    CHECK(found.first().person == QStringLiteral("王师傅"));
    CHECK(found.first().item.id == wang.meta.id);
    CHECK(CalendarRules::describe(found).contains(QStringLiteral("亮亮超市门头安装")));
    CHECK(CalendarRules::describe(found).contains(QStringLiteral("10:00")));
    // Booked anyway, as a shop sometimes does; then each clashes with the other.
    calendar.create(both);
    CHECK(calendar.clashes(wang).size() == 1);
    // Back to back, someone else, or itself: no clash.
    CHECK(
        calendar.clashes(booking(QStringLiteral("x"), local(1, 13), local(1, 14), {QStringLiteral("王师傅")}))
            .isEmpty());
    CHECK(calendar.clashes(booking(QStringLiteral("x"), local(1, 10), local(1, 12), {QStringLiteral("张三")}))
              .isEmpty());
    Appointment moved = calendar.get(both.meta.id);
    CHECK(moved.people == QStringList{QStringLiteral("李明"), QStringLiteral("王师傅")});
    moved.start = local(1, 12);
    CHECK(calendar.clashes(moved).isEmpty());
    // A clash that started the day before still counts.
    Appointment overnight = booking(QStringLiteral("展会布展"), local(1, 20).addDays(-1), local(1, 10, 30),
                                    {QStringLiteral("李明")});
    calendar.create(overnight);
    Appointment morning =
        booking(QStringLiteral("量尺寸"), local(1, 9), local(1, 10), {QStringLiteral("李明")});
    CHECK(calendar.clashes(morning).size() == 1);

    // Refusals: ends before it starts, no title.
    Appointment backwards = booking(QStringLiteral("x"), local(1, 12), local(1, 11), {});
    CHECK_THROWS_AS(calendar.create(backwards), ValidationError);
    Appointment untitled = booking(QStringLiteral(" "), local(1, 10), local(1, 11), {});
    CHECK_THROWS_AS(calendar.create(untitled), ValidationError);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM appointment_people")).toInt() == 4);
}

TEST_CASE("the calendar gathers appointments, tasks, planned follow-ups, orders and requests due, by staff",
          "[calendar]")
{
    OrderShop shop;
    CalendarRepository calendar(*shop.db);
    OrderRepository orders(*shop.db);
    Order o = shop.order(shop.customer, local(1, 9).addDays(-3)); // due 1 March 09:00, 李明 on it
    orders.create(o);
    Order delivered = shop.order(shop.customer, local(1, 9).addDays(-2)); // due 2 March, but cancelled
    orders.create(delivered);
    orders.setStatus(delivered.meta.id, delivered.meta.version, OrderStatus::Cancelled,
                     QStringLiteral("客户取消"));

    FollowUp f;
    f.customerId = shop.customer;
    f.at = local(1, 9).addDays(-7);
    f.subject = QStringLiteral("报价");
    f.staffId = shop.designer;
    f.nextDate = QDate(2027, 3, 3);
    f.nextAction = QStringLiteral("问问报价考虑得怎么样");
    FollowUpRepository(*shop.db).create(f);

    ServiceRequest r;
    r.customerId = shop.customer;
    r.type = QStringLiteral("安装/维修");
    r.description = QStringLiteral("灯箱不亮");
    r.assignee = QStringLiteral("王师傅");
    r.openedAt = local(1, 9);
    r.due = local(4, 15);
    ServiceRepository(*shop.db).create(r);

    TaskRepository tasks(*shop.db);
    Task t;
    t.title = QStringLiteral("取展架");
    t.assignee = QStringLiteral("李明");
    t.due = local(2, 16);
    tasks.create(t);
    Task later;
    later.title = QStringLiteral("下周的事");
    later.due = local(8, 9);
    tasks.create(later);

    Appointment a =
        booking(QStringLiteral("门头安装"), local(2, 9), local(2, 12), {QStringLiteral("王师傅")});
    a.customerId = shop.customer;
    calendar.create(a);

    CalendarFilter week;
    week.from = QDate(2027, 3, 1);
    week.to = QDate(2027, 3, 7);
    const QList<CalendarItem> all = calendar.items(week, local(2, 10));
    // Whole days first, then by time.
    CHECK(keys(all) ==
          QStringList{QStringLiteral("followup-%1").arg(f.meta.id), QStringLiteral("order-%1").arg(o.meta.id),
                      QStringLiteral("appointment-%1").arg(a.meta.id),
                      QStringLiteral("task-%1").arg(t.meta.id), QStringLiteral("service-%1").arg(r.meta.id)});
    const CalendarItem& plan = all.at(0);
    CHECK(plan.allDay);
    CHECK(plan.day == QDate(2027, 3, 3));
    CHECK(plan.title == QStringLiteral("问问报价考虑得怎么样"));
    CHECK(plan.people == QStringList{QStringLiteral("李明")});
    const CalendarItem& due = all.at(1);
    CHECK(due.title.contains(o.number));
    CHECK(due.people == QStringList{QStringLiteral("李明")});
    CHECK(due.late); // 1 March 09:00, seen at 2 March 10:00
    CHECK(all.at(2).customer == QStringLiteral("华彩广告"));
    CHECK_FALSE(all.at(2).late); // appointments are never late
    CHECK_FALSE(all.at(3).late);
    CHECK(all.at(4).title.startsWith(r.number));

    CalendarFilter li = week;
    li.staff = QStringLiteral("李明");
    CHECK(keys(calendar.items(li, local(2, 10))) == QStringList{QStringLiteral("followup-%1").arg(f.meta.id),
                                                                QStringLiteral("order-%1").arg(o.meta.id),
                                                                QStringLiteral("task-%1").arg(t.meta.id)});
    CalendarFilter wang = week;
    wang.staff = QStringLiteral("王师傅");
    CHECK(keys(calendar.items(wang, local(2, 10))) ==
          QStringList{QStringLiteral("appointment-%1").arg(a.meta.id),
                      QStringLiteral("service-%1").arg(r.meta.id)});
    CalendarFilter onlyTasks = week;
    onlyTasks.kinds = {CalendarItem::Kind::Task};
    CHECK(calendar.items(onlyTasks).size() == 1);
    // A role that cannot see orders does not get their due dates.
    shop.db->setAccess(roleWithout(Module::Orders, Action::View));
    CHECK_FALSE(keys(calendar.items(week, local(2, 10))).contains(QStringLiteral("order-%1").arg(o.meta.id)));
}

TEST_CASE("moving an item in the calendar moves the plan, task, order or request behind it, audited",
          "[calendar]")
{
    OrderShop shop;
    CalendarRepository calendar(*shop.db);
    OrderRepository orders(*shop.db);
    Order o = shop.order(shop.customer, local(1, 9).addDays(-3));
    orders.create(o);
    FollowUp f;
    f.customerId = shop.customer;
    f.at = local(1, 9).addDays(-7);
    f.subject = QStringLiteral("报价");
    f.nextDate = QDate(2027, 3, 3);
    FollowUpRepository(*shop.db).create(f);
    ServiceRequest r;
    r.customerId = shop.customer;
    r.type = QStringLiteral("交期");
    r.description = QStringLiteral("催货");
    r.openedAt = local(1, 9);
    r.due = local(4, 15);
    ServiceRepository(*shop.db).create(r);
    Task t;
    t.title = QStringLiteral("取展架");
    t.due = local(2, 16);
    TaskRepository(*shop.db).create(t);
    Appointment a =
        booking(QStringLiteral("门头安装"), local(2, 9), local(2, 12), {QStringLiteral("王师傅")});
    calendar.create(a);

    CalendarFilter week;
    week.from = QDate(2027, 3, 1);
    week.to = QDate(2027, 3, 7);
    const QList<CalendarItem> items = calendar.items(week);
    REQUIRE(items.size() == 5);
    auto item = [&](CalendarItem::Kind k) {
        for (const CalendarItem& it : items)
            if (it.kind == k) return it;
        FAIL("no item of that kind");
        return CalendarItem();
    };
    auto text = [&](const QString& sql) { return scalar(*shop.db, sql).toString(); };

    calendar.reschedule(item(CalendarItem::Kind::Appointment), local(5, 14));
    CHECK(text(QStringLiteral("SELECT starts_at || ' ' || ends_at FROM appointments")) ==
          utcText(local(5, 14)).toString() + QLatin1Char(' ') + utcText(local(5, 17)).toString());
    calendar.reschedule(item(CalendarItem::Kind::Task), local(3, 8, 30));
    CHECK(text(QStringLiteral("SELECT due_at FROM tasks")) == utcText(local(3, 8, 30)).toString());
    // A whole-day plan goes to the day it is dropped on, whatever the hour.
    calendar.reschedule(item(CalendarItem::Kind::FollowUpPlan), local(6, 15));
    CHECK(text(QStringLiteral("SELECT next_date FROM follow_ups")) == QStringLiteral("2027-03-06"));
    calendar.reschedule(item(CalendarItem::Kind::OrderDue), local(2, 17));
    CHECK(text(QStringLiteral("SELECT due_at FROM orders")) == utcText(local(2, 17)).toString());
    calendar.reschedule(item(CalendarItem::Kind::ServiceDue), local(5, 11));
    CHECK(text(QStringLiteral("SELECT due_at FROM service_requests")) == utcText(local(5, 11)).toString());

    CHECK(audits(*shop.db, QStringLiteral("appointment"), a.meta.id, QStringLiteral("update")) == 1);
    CHECK(audits(*shop.db, QStringLiteral("task"), t.meta.id, QStringLiteral("update")) == 1);
    CHECK(audits(*shop.db, QStringLiteral("order"), o.meta.id, QStringLiteral("update")) == 1);
    CHECK(audits(*shop.db, QStringLiteral("service_request"), r.meta.id, QStringLiteral("update")) == 1);
    CHECK(audits(*shop.db, QStringLiteral("follow_up"), f.meta.id, QStringLiteral("update")) == 1);

    // The items read before the moves are stale now: moving one again is refused, nothing changes.
    CHECK_THROWS_AS(calendar.reschedule(item(CalendarItem::Kind::Appointment), local(1, 8)), StoreError);
    CHECK_THROWS_AS(calendar.reschedule(item(CalendarItem::Kind::Task), local(1, 8)), StoreError);
    CHECK_THROWS_AS(calendar.reschedule(item(CalendarItem::Kind::OrderDue), local(1, 8)), StoreError);
    CHECK(text(QStringLiteral("SELECT due_at FROM tasks")) == utcText(local(3, 8, 30)).toString());
}

TEST_CASE("a calendar exported as iCalendar reads back in another program", "[calendar][ics]")
{
    CalendarItem install;
    install.kind = CalendarItem::Kind::Appointment;
    install.id = 7;
    install.title = QStringLiteral("亮亮超市门头安装; 带梯子, 两个人");
    install.appointmentKind = AppointmentKind::Installation;
    install.start = local(2, 9);
    install.end = local(2, 12);
    install.place = QStringLiteral("重庆市渝中区解放碑路1号");
    install.customer = QStringLiteral("亮亮超市");
    install.people = {QStringLiteral("王师傅"), QStringLiteral("李明")};
    CalendarItem plan;
    plan.kind = CalendarItem::Kind::FollowUpPlan;
    plan.id = 12;
    plan.title = QStringLiteral("问问报价考虑得怎么样");
    plan.allDay = true;
    plan.day = QDate(2027, 3, 3);
    CalendarItem task;
    task.kind = CalendarItem::Kind::Task;
    task.id = 3;
    task.title = QStringLiteral("取展架");
    task.start = task.end = local(2, 16);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calendar.ics"));
    const QByteArray ics = ICalendar::write({install, plan, task}, QStringLiteral("王师傅的日程"),
                                            QStringLiteral("shop-1"), local(1, 8));
    // Lines end in CRLF and none is longer than 75 octets, as RFC 5545 asks.
    for (const QByteArray& line : ics.split('\n'))
        if (!line.isEmpty()) {
            CHECK(line.endsWith('\r'));
            CHECK(line.size() <= 76);
        }
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(ics);
    f.close();
    const QJsonObject read =
        QJsonDocument::fromJson(runPythonTool(QStringLiteral("read_ics.py"), {path}).toUtf8()).object();
    CHECK(read.value(QStringLiteral("name")).toString() == QStringLiteral("王师傅的日程"));
    const QJsonArray events = read.value(QStringLiteral("events")).toArray();
    REQUIRE(events.size() == 3);
    const QJsonObject first = events.at(0).toObject();
    CHECK(first.value(QStringLiteral("uid")).toString() == QStringLiteral("appointment-7@shop-1"));
    CHECK(first.value(QStringLiteral("summary")).toString() == install.title);
    CHECK(first.value(QStringLiteral("start")).toString() ==
          local(2, 9).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    CHECK(first.value(QStringLiteral("end")).toString() ==
          local(2, 12).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    CHECK(first.value(QStringLiteral("location")).toString() == install.place);
    CHECK(first.value(QStringLiteral("description")).toString().contains(QStringLiteral("王师傅")));
    CHECK(first.value(QStringLiteral("alarm")).toInt() == -1800);
    const QJsonObject second = events.at(1).toObject();
    CHECK(second.value(QStringLiteral("start")).toString() == QStringLiteral("date:2027-03-03"));
    CHECK(second.value(QStringLiteral("end")).toString() == QStringLiteral("date:2027-03-04"));
    CHECK_FALSE(second.contains(QStringLiteral("alarm")));
    const QJsonObject third = events.at(2).toObject();
    CHECK(third.value(QStringLiteral("uid")).toString() == QStringLiteral("task-3@shop-1"));
    CHECK_FALSE(third.contains(QStringLiteral("end")));
}

TEST_CASE("tasks, appointments and the calendar on the command line", "[calendar][cli]")
{
    OrderShop shop;
    const QString path = shop.db.path;
    shop.db.db.reset();
    const QStringList db{QStringLiteral("--db"), path};
    auto cli = [&](const QStringList& args) { return runCli(db + args); };
    const CliRun task =
        cli({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("--title"),
             QStringLiteral("取展架"), QStringLiteral("--due"), QStringLiteral("2027-03-02 16:00"),
             QStringLiteral("--assignee"), QStringLiteral("李明"), QStringLiteral("--json")});
    REQUIRE(task.status == 0);
    const qint64 taskId = task.json().object().value(QStringLiteral("id")).toInteger();
    CHECK(cli({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("x"),
               QStringLiteral("--assignee"), QStringLiteral("没有这个人")})
              .status == 2);
    const QStringList install{QStringLiteral("appointment"), QStringLiteral("add"),
                              QStringLiteral("--title"),     QStringLiteral("门头安装"),
                              QStringLiteral("--kind"),      QStringLiteral("installation"),
                              QStringLiteral("--start"),     QStringLiteral("2027-03-02 09:00"),
                              QStringLiteral("--end"),       QStringLiteral("2027-03-02 12:00"),
                              QStringLiteral("--staff"),     QStringLiteral("李明"),
                              QStringLiteral("--json")};
    const CliRun first = cli(install);
    REQUIRE(first.status == 0);
    CHECK(first.json().object().value(QStringLiteral("clashes")).toArray().isEmpty());
    // The same booking again: made, with the clash named on stderr and in the JSON.
    const CliRun second = cli(install);
    REQUIRE(second.status == 0);
    CHECK(second.json().object().value(QStringLiteral("clashes")).toArray().size() == 1);
    CHECK(second.err.contains(QStringLiteral("门头安装")));

    const QString ics = QTemporaryDir().path() + QStringLiteral(".ics");
    const CliRun week =
        cli({QStringLiteral("calendar"), QStringLiteral("--from"), QStringLiteral("2027-03-01"),
             QStringLiteral("--to"), QStringLiteral("2027-03-07"), QStringLiteral("--staff"),
             QStringLiteral("李明"), QStringLiteral("--ics"), ics, QStringLiteral("--json")});
    REQUIRE(week.status == 0);
    const QJsonArray items = week.json().array();
    REQUIRE(items.size() == 3);
    CHECK(items.at(2).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("task"));
    CHECK(items.at(2).toObject().value(QStringLiteral("start")).toString() ==
          QStringLiteral("2027-03-02T16:00:00"));
    const QJsonObject read =
        QJsonDocument::fromJson(runPythonTool(QStringLiteral("read_ics.py"), {ics}).toUtf8()).object();
    CHECK(read.value(QStringLiteral("name")).toString() == QStringLiteral("李明"));
    CHECK(read.value(QStringLiteral("events")).toArray().size() == 3);
    QFile::remove(ics);

    REQUIRE(cli({QStringLiteral("task"), QStringLiteral("done"), QString::number(taskId)}).status == 0);
    const CliRun open = cli({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(open.status == 0);
    CHECK(open.json().array().isEmpty());
    CHECK(cli({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--state"),
               QStringLiteral("done"), QStringLiteral("--json")})
              .json()
              .array()
              .size() == 1);
}
