#include "TestSupport.h"

#include "domain/ServiceRequest.h"
#include "store/FollowUpRepository.h"
#include "store/OrderRepository.h"
#include "store/ReminderRepository.h"
#include "store/RowSupport.h"
#include "store/ServiceRepository.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min)).toUTC();
}

QString localText(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
}

ServiceRequest request(qint64 customer, ServicePriority priority = ServicePriority::Medium)
{
    ServiceRequest r;
    r.customerId = customer;
    r.type = QStringLiteral("质量问题");
    r.priority = priority;
    r.description = QStringLiteral("喷绘颜色偏红，要求重印");
    return r;
}

} // namespace

TEST_CASE("a request's due time counts only the shop's opening hours, over evenings and weekends",
          "[service]")
{
    OpeningHours h; // Monday to Saturday, 09:00–18:00: nine hours a day
    // 30 November 2026 is a Monday.
    CHECK(ServiceRules::dueAt(local(2026, 11, 30, 10), 8, h) == local(2026, 11, 30, 18));
    // 8 hours on Monday, 9 on Tuesday, the last 7 on Wednesday.
    CHECK(ServiceRules::dueAt(local(2026, 11, 30, 10), 24, h) == local(2026, 12, 2, 16));
    // Saturday 17:00 with 4 hours: one on Saturday, none on Sunday, three on Monday.
    CHECK(ServiceRules::dueAt(local(2026, 12, 5, 17), 4, h) == local(2026, 12, 7, 12));
    // Opened on a Sunday evening or before opening: the clock starts at the next opening.
    CHECK(ServiceRules::dueAt(local(2026, 12, 6, 20), 8, h) == local(2026, 12, 7, 17));
    CHECK(ServiceRules::dueAt(local(2026, 11, 30, 7), 1, h) == local(2026, 11, 30, 10));
    CHECK(ServiceRules::openMinutesBetween(local(2026, 12, 5, 17), local(2026, 12, 7, 12), h) == 240);
    CHECK(ServiceRules::openMinutesBetween(local(2026, 11, 30, 19), local(2026, 12, 1, 8), h) == 0);
    // Open every day, 08:30–12:00: 3.5 hours a day.
    OpeningHours mornings;
    mornings.days = {1, 2, 3, 4, 5, 6, 7};
    mornings.open = QTime(8, 30);
    mornings.close = QTime(12, 0);
    CHECK(localText(ServiceRules::dueAt(local(2026, 12, 5, 11), 4, mornings)) ==
          localText(local(2026, 12, 6, 11, 30)));
    // Hours that cannot be used are refused by the settings, and counted around the clock.
    OpeningHours none;
    none.days.clear();
    CHECK_FALSE(ServiceRules::checkHours(none).isNull());
    CHECK(ServiceRules::dueAt(local(2026, 11, 30, 10), 5, none) == local(2026, 11, 30, 15));
    CHECK_FALSE(OpeningHours::fromJson(none.toJson()));
    CHECK(OpeningHours::fromJson(mornings.toJson())->open == QTime(8, 30));
}

TEST_CASE("holidays stop the clock and make-up working days run it", "[service]")
{
    OpeningHours h; // Monday to Saturday, 09:00–18:00
    QString error;
    const std::optional<QList<DayException>> closed =
        OpeningHours::parseDays(QStringLiteral("2027-02-06..2027-02-12 春节\n\n2027-5-1 劳动节"), &error);
    REQUIRE(closed);
    REQUIRE(closed->size() == 2);
    CHECK(closed->at(0).note == QStringLiteral("春节"));
    CHECK(closed->at(1).from == QDate(2027, 5, 1));
    CHECK(closed->at(1).to == QDate(2027, 5, 1));
    h.closedDays = *closed;
    h.extraDays = *OpeningHours::parseDays(QStringLiteral("2027-02-21 调休"), &error);
    // Friday 5 February 16:00, 8 hours: two on Friday; Saturday 6 to Friday 12 are the holiday;
    // six on Saturday 13.
    CHECK(ServiceRules::dueAt(local(2027, 2, 5, 16), 8, h) == local(2027, 2, 13, 15));
    CHECK(ServiceRules::dueAt(local(2027, 2, 5, 16), 8, OpeningHours()) == local(2027, 2, 6, 15));
    // Saturday 20 February 17:00, 4 hours: one on Saturday, three on Sunday 21, a make-up day.
    CHECK(ServiceRules::dueAt(local(2027, 2, 20, 17), 4, h) == local(2027, 2, 21, 12));
    CHECK(ServiceRules::openMinutesBetween(local(2027, 2, 5, 9), local(2027, 2, 13, 18), h) == 2 * 9 * 60);
    // Kept through the settings' JSON.
    const std::optional<OpeningHours> back = OpeningHours::fromJson(h.toJson());
    REQUIRE(back);
    CHECK_FALSE(back->isOpenOn(QDate(2027, 2, 8)));
    CHECK(back->isOpenOn(QDate(2027, 2, 21)));
    CHECK(OpeningHours::daysText(back->closedDays) ==
          QStringLiteral("2027-02-06..2027-02-12 春节\n2027-05-01 劳动节"));
    // A line that is no day, or a range the wrong way round, is named.
    CHECK_FALSE(OpeningHours::parseDays(QStringLiteral("2027-02-06\n春节"), &error));
    CHECK(error.contains(QStringLiteral("2")));
    CHECK_FALSE(OpeningHours::parseDays(QStringLiteral("2027-02-12..2027-02-06"), &error));
    CHECK_FALSE(OpeningHours::parseDays(QStringLiteral("2027-02-30"), &error));
}

TEST_CASE("a service request is numbered, due by its priority's target, and moves through its states",
          "[service]")
{
    OrderShop shop;
    ServiceRepository repo(*shop.db);
    ServiceTargets targets;
    targets.hours[int(ServicePriority::Urgent)] = 2;
    repo.setTargets(targets);
    OpeningHours hours;
    hours.days = {1, 2, 3, 4, 5};
    repo.setOpeningHours(hours);

    Order o = shop.order(shop.customer, local(2026, 11, 27, 9));
    OrderRepository(*shop.db).create(o);
    ServiceRequest r = request(shop.customer, ServicePriority::Urgent);
    r.orderId = o.meta.id;
    r.openedAt = local(2026, 12, 4, 17); // a Friday, one hour before closing
    const QString number = repo.create(r);
    CHECK(number == QStringLiteral("FW20261204-001"));
    // One hour on Friday, the second on Monday morning.
    CHECK(r.due == local(2026, 12, 7, 10));
    CHECK(scalar(*shop.db,
                 QStringLiteral("SELECT status || ' ' || priority || ' ' || order_id FROM service_requests"))
              .toString() == QStringLiteral("new urgent %1").arg(o.meta.id));
    ServiceRequest second = request(shop.other);
    second.openedAt = local(2026, 12, 4, 11);
    CHECK(repo.create(second) == QStringLiteral("FW20261204-002"));

    // An order of another customer is refused; so is an empty description.
    ServiceRequest wrong = request(shop.other);
    wrong.orderId = o.meta.id;
    CHECK_THROWS_AS(repo.create(wrong), ValidationError);
    ServiceRequest empty = request(shop.other);
    empty.description = QStringLiteral("  ");
    CHECK_THROWS_AS(repo.create(empty), ValidationError);

    // New → in progress → resolved (which needs a resolution) → closed with the customer's rating.
    int version = repo.move(r.meta.id, r.meta.version, ServiceStatus::InProgress, QStringLiteral("安排重印"));
    CHECK_THROWS_AS(repo.move(r.meta.id, version, ServiceStatus::Resolved), ValidationError);
    CHECK_THROWS_AS(repo.move(r.meta.id, version - 1, ServiceStatus::Resolved, QStringLiteral("x")),
                    StoreError);
    version = repo.move(r.meta.id, version, ServiceStatus::Resolved, QStringLiteral("已重印并送达"));
    CHECK_THROWS_AS(repo.move(r.meta.id, version, ServiceStatus::New), ValidationError);
    version = repo.close(r.meta.id, version, 4, QStringLiteral("颜色满意"));
    const ServiceRequest closed = repo.get(r.meta.id);
    CHECK(closed.status == ServiceStatus::Closed);
    CHECK(closed.meta.version == version);
    CHECK(closed.satisfaction == 4);
    CHECK(closed.resolution == QStringLiteral("已重印并送达"));
    CHECK(closed.resolvedAt.isValid());
    CHECK(closed.closedAt.isValid());
    CHECK(scalar(*shop.db,
                 QStringLiteral("SELECT group_concat(coalesce(from_status, '-') || '>' || to_status, ' ') "
                                "FROM (SELECT * FROM service_moves WHERE request_id = %1 ORDER BY id)")
                     .arg(r.meta.id))
              .toString() == QStringLiteral("->new new>in_progress in_progress>resolved resolved>closed"));
    CHECK(
        scalar(*shop.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'service_request' AND "
                                        "entity_id = %1")
                             .arg(r.meta.id))
            .toInt() == 5); // created, three moves, the rating

    // Reopened: back in progress, no longer resolved, closed or rated.
    repo.move(r.meta.id, version, ServiceStatus::InProgress, QStringLiteral("客户又来电"));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT coalesce(resolved_at, '') || coalesce(closed_at, '') || "
                                          "satisfaction FROM service_requests WHERE id = %1")
                               .arg(r.meta.id))
              .toString() == QStringLiteral("0"));

    // A change of priority moves the due time to the new target; a stale copy is a conflict.
    ServiceRequest edited = repo.get(second.meta.id);
    edited.priority = ServicePriority::Urgent;
    repo.update(edited);
    CHECK(edited.due == local(2026, 12, 4, 13));
    ServiceRequest stale = second;
    stale.description = QStringLiteral("旧的");
    CHECK_THROWS_AS(repo.update(stale), StoreError);
    // The customer's timeline shows the request's opening and each step, as service_moves has them.
    TimelineFilter service;
    service.kinds = {TimelineEvent::Kind::Service};
    const QList<TimelineEvent> events = FollowUpRepository(*shop.db).timeline(shop.customer, service);
    CHECK(events.size() == scalar(*shop.db, QStringLiteral("SELECT count(*) FROM service_moves m JOIN "
                                                           "service_requests s ON s.id = m.request_id WHERE "
                                                           "s.customer_id = %1")
                                                .arg(shop.customer))
                               .toInt());
    REQUIRE(events.size() == 5);
    CHECK(events.last().summary.contains(number));
    CHECK(events.last().detail == QStringLiteral("喷绘颜色偏红，要求重印"));
}

TEST_CASE("the open, overdue and due-today requests, by a fixed clock", "[service]")
{
    OrderShop shop;
    ServiceRepository repo(*shop.db);
    auto add = [&](const QDateTime& due, const QString& assignee) {
        ServiceRequest r = request(shop.customer);
        r.due = due;
        r.assignee = assignee;
        repo.create(r);
        return r;
    };
    const QDateTime now = local(2026, 12, 2, 11);
    const ServiceRequest late = add(local(2026, 12, 1, 17), QStringLiteral("王芳"));
    const ServiceRequest today = add(local(2026, 12, 2, 16), QStringLiteral("李明"));
    add(local(2026, 12, 3, 10), QStringLiteral("王芳"));
    const ServiceRequest done = add(local(2026, 11, 30, 10), QStringLiteral("王芳"));
    repo.move(done.meta.id, done.meta.version, ServiceStatus::Rejected, QStringLiteral("不属于售后"));
    ServiceFilter overdue;
    overdue.state = ServiceFilter::State::Overdue;
    overdue.now = now;
    CHECK(repo.count(overdue) == 1);
    CHECK(repo.page(overdue, 0, 10).at(0).id == late.meta.id);
    ServiceFilter open;
    open.state = ServiceFilter::State::Open;
    open.assignee = QStringLiteral("王芳");
    CHECK(repo.count(open) == 2);
    QList<qint64> due;
    for (const ServiceRow& r : repo.dueBy(now))
        due.append(r.id);
    CHECK(due == QList<qint64>{late.meta.id, today.meta.id});
    // The reminders list the same two, with how late; done, one stays away until its due time moves.
    const ReminderList reminders = ReminderRepository(*shop.db).due(now);
    REQUIRE(reminders.service.size() == 2);
    CHECK(reminders.service.at(0).refId == late.meta.id);
    CHECK(reminders.service.at(0).daysLate == 1);
    CHECK(reminders.service.at(1).daysLate == 0);
    ReminderRepository(*shop.db).markDone(reminders.service.at(0));
    CHECK(ReminderRepository(*shop.db).due(now).service.size() == 1);
    // Read in pages after the last row: open ones by due time, all of them newest first.
    const QList<ServiceRow> first = repo.page(open, 0, 1);
    REQUIRE(first.size() == 1);
    CHECK(first.at(0).id == late.meta.id);
    CHECK(repo.pageAfter(open, first.at(0), 5).size() == 1);
    ServiceFilter all;
    const QList<ServiceRow> newest = repo.page(all, 0, 2);
    REQUIRE(newest.size() == 2);
    QList<qint64> rest;
    for (const ServiceRow& r : repo.pageAfter(all, newest.last(), 5))
        rest.append(r.id);
    CHECK(rest == QList<qint64>{today.meta.id, late.meta.id});
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM service_requests WHERE status IN ('new', "
                                          "'in_progress', 'awaiting_customer')"))
              .toInt() == 3);
}

TEST_CASE("the service report: opened by type and month, resolved within target, satisfaction",
          "[service][reports]")
{
    OrderShop shop;
    ServiceRepository repo(*shop.db);
    // Targets (medium 24 h, high 8 h) over the default hours: Monday to Saturday, 09:00–18:00.
    struct Case
    {
        QString type;
        ServicePriority priority;
        QDateTime opened;
        QDateTime resolved;
        int rating;
        QString assignee;
    };
    const QList<Case> cases{
        // 8 open hours: within high's 8.
        {QStringLiteral("质量问题"), ServicePriority::High, local(2026, 11, 2, 9), local(2026, 11, 2, 17), 5,
         QStringLiteral("王芳")},
        // Saturday 17:00 to Monday 12:00: 4 open hours; within high's 8.
        {QStringLiteral("交期"), ServicePriority::High, local(2026, 11, 7, 17), local(2026, 11, 9, 12), 3,
         QStringLiteral("王芳")},
        // 27 open hours (three full days): over medium's 24.
        {QStringLiteral("质量问题"), ServicePriority::Medium, local(2026, 11, 10, 9), local(2026, 11, 12, 18),
         2, QStringLiteral("李明")},
        // Opened in November, resolved in December, not rated.
        {QStringLiteral("安装/维修"), ServicePriority::Medium, local(2026, 11, 30, 9), local(2026, 12, 1, 10),
         0, QStringLiteral("李明")},
    };
    for (const Case& c : cases) {
        ServiceRequest r = request(shop.customer, c.priority);
        r.type = c.type;
        r.assignee = c.assignee;
        r.openedAt = c.opened;
        repo.create(r);
        int version =
            repo.move(r.meta.id, r.meta.version, ServiceStatus::Resolved, QStringLiteral("处理完毕"));
        if (c.rating > 0) repo.close(r.meta.id, version, c.rating, {});
        Sql(*shop.db, QStringLiteral("UPDATE service_requests SET resolved_at = ? WHERE id = ?"))
            .bind(utcText(c.resolved))
            .bind(r.meta.id)
            .exec();
    }
    ServiceRequest open = request(shop.other);
    open.openedAt = local(2026, 11, 20, 10);
    repo.create(open);

    const ServiceReport november = repo.report(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QStringList opened;
    for (const ServiceReport::TypeMonth& t : november.byTypeMonth)
        opened.append(QStringLiteral("%1 %2 %3").arg(t.month, t.type).arg(t.opened));
    CHECK(opened == QStringList{QStringLiteral("2026-11 质量问题 3"), QStringLiteral("2026-11 交期 1"),
                                QStringLiteral("2026-11 安装/维修 1")});
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM service_requests WHERE type = '质量问题'"))
              .toInt() == 3);
    // Resolved in November: three; two within target; (480 + 240 + 1620) / 3 = 780 minutes.
    CHECK(november.all.resolved == 3);
    CHECK(november.all.inTime == 2);
    CHECK(november.all.inTimePermille() == 667);
    CHECK(november.all.averageMinutes == 780);
    CHECK(november.all.targetMinutes == (480 + 480 + 1440) / 3);
    CHECK(november.all.ratingTimes100() == 333); // (5 + 3 + 2) / 3
    REQUIRE(november.byAssignee.size() == 2);
    CHECK(november.byAssignee.at(0).key == QStringLiteral("王芳"));
    CHECK(november.byAssignee.at(0).ratingTimes100() == 400);
    CHECK(november.byAssignee.at(0).inTime == 2);
    CHECK(november.byAssignee.at(1).inTime == 0);
    const ServiceReport december = repo.report(QDate(2026, 12, 1), QDate(2026, 12, 31));
    CHECK(december.all.resolved == 1);
    CHECK(december.all.averageMinutes == 10 * 60); // Monday 09:00 to Tuesday 10:00
    CHECK(december.all.rated == 0);
}

TEST_CASE("service requests on the command line", "[service][cli]")
{
    OrderShop shop;
    const QString path = shop.db.path;
    shop.db.db.reset();
    const QStringList db{QStringLiteral("--db"), path};
    const CliRun added = runCli(db + QStringList{QStringLiteral("service"), QStringLiteral("add"),
                                                 QStringLiteral("--customer"), QString::number(shop.customer),
                                                 QStringLiteral("--type"), QStringLiteral("投诉"),
                                                 QStringLiteral("--priority"), QStringLiteral("high"),
                                                 QStringLiteral("--description"),
                                                 QStringLiteral("送货晚了两天"), QStringLiteral("--json")});
    REQUIRE(added.status == 0);
    const QString number = added.json().object().value(QStringLiteral("number")).toString();
    CHECK(number.startsWith(QStringLiteral("FW")));
    const CliRun list =
        runCli(db + QStringList{QStringLiteral("service"), QStringLiteral("list"), QStringLiteral("--state"),
                                QStringLiteral("open"), QStringLiteral("--json")});
    REQUIRE(list.status == 0);
    CHECK(list.json().array().size() == 1);
    CHECK(runCli(db + QStringList{QStringLiteral("service"), QStringLiteral("status"), number,
                                  QStringLiteral("resolved")})
              .status == 1); // a resolution is needed
    const CliRun closed =
        runCli(db + QStringList{QStringLiteral("service"), QStringLiteral("close"), number,
                                QStringLiteral("--resolution"), QStringLiteral("道歉并减免运费"),
                                QStringLiteral("--rating"), QStringLiteral("4"), QStringLiteral("--json")});
    REQUIRE(closed.status == 0);
    const QJsonObject shown = closed.json().object();
    CHECK(shown.value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    CHECK(shown.value(QStringLiteral("satisfaction")).toInt() == 4);
    CHECK(shown.value(QStringLiteral("progress")).toArray().size() == 3);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const CliRun report =
        runCli(db + QStringList{QStringLiteral("report"), QStringLiteral("service"), QStringLiteral("--from"),
                                today, QStringLiteral("--to"), today, QStringLiteral("--json")});
    REQUIRE(report.status == 0);
    CHECK(report.json()
              .object()
              .value(QStringLiteral("resolved"))
              .toObject()
              .value(QStringLiteral("satisfaction"))
              .toString() == QStringLiteral("4.00"));
    const CliRun hours =
        runCli(db + QStringList{QStringLiteral("service"), QStringLiteral("hours"), QStringLiteral("--days"),
                                QStringLiteral("1-5,7"), QStringLiteral("--open"), QStringLiteral("8:30"),
                                QStringLiteral("--json")});
    REQUIRE(hours.status == 0);
    CHECK(hours.json().object().value(QStringLiteral("days")).toArray().size() == 6);
    CHECK(hours.json().object().value(QStringLiteral("open")).toString() == QStringLiteral("08:30"));
    CHECK(runCli(db + QStringList{QStringLiteral("service"), QStringLiteral("hours"),
                                  QStringLiteral("--open"), QStringLiteral("19:00")})
              .status == 1); // opens after it closes
}
