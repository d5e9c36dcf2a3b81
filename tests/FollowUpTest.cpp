#include "TestSupport.h"

#include "services/Exports.h"
#include "services/TableExport.h"
#include "store/CatalogRepository.h"
#include "store/CustomerRepository.h"
#include "store/DeliveryRepository.h"
#include "store/FollowUpRepository.h"
#include "store/OrderRepository.h"
#include "store/ReminderRepository.h"
#include "store/RowSupport.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

const QTimeZone kShanghai(QByteArrayLiteral("Asia/Shanghai"));
const QTimeZone kNewYork(QByteArrayLiteral("America/New_York"));

QDateTime shanghai(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kShanghai).toUTC();
}

FollowUp followUp(qint64 customer, const QDateTime& at, const QString& details, const QDate& next = {})
{
    FollowUp f;
    f.customerId = customer;
    f.at = at;
    f.method = ContactMethod::Phone;
    f.details = details;
    f.nextDate = next;
    return f;
}

qint64 add(FollowUpRepository& repo, FollowUp f, bool closeEarlier = true)
{
    return repo.create(f, closeEarlier);
}

struct Summary
{
    QString lastContact;
    QString next;
};

Summary summaryOf(Database& db, qint64 customer)
{
    return {scalar(db, QStringLiteral("SELECT last_contact_at FROM customers WHERE id = %1").arg(customer)).toString(),
            scalar(db, QStringLiteral("SELECT next_follow_up FROM customers WHERE id = %1").arg(customer)).toString()};
}

} // namespace

TEST_CASE("follow-up: saved with attachments and read back", "[followup]")
{
    OrderShop shop;
    FollowUpRepository repo(*shop.db);
    FollowUp f = followUp(shop.customer, shanghai(2026, 11, 20, 10, 30), QStringLiteral("客户要改门头尺寸，下周报价"),
                          QDate(2026, 11, 27));
    f.method = ContactMethod::WeChat;
    f.subject = QStringLiteral("门头改尺寸");
    f.outcome = QStringLiteral("已报价");
    f.staffId = shop.designer;
    f.nextAction = QStringLiteral("发新报价");
    f.contactName = QStringLiteral("张三");
    f.attachments.append({0, QStringLiteral("报价.pdf"), QStringLiteral("application/pdf"), 5, QByteArray("%PDF-")});
    const qint64 id = repo.create(f);

    const FollowUp read = repo.get(id);
    CHECK(read.customerName == QStringLiteral("华彩广告"));
    CHECK(read.at == shanghai(2026, 11, 20, 10, 30));
    CHECK(read.method == ContactMethod::WeChat);
    CHECK(read.staffName == QStringLiteral("李明"));
    CHECK(read.nextDate == QDate(2026, 11, 27));
    CHECK(read.nextAction == QStringLiteral("发新报价"));
    REQUIRE(read.attachments.size() == 1);
    CHECK(read.attachments.at(0).data.isEmpty()); // contents are read when opened
    CHECK(repo.attachmentData(read.attachments.at(0).id) == QByteArray("%PDF-"));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'follow_up'")).toInt() == 1);

    // Editing keeps an attachment given by id, adds a new one, and drops one left out.
    FollowUp edit = read;
    edit.attachments.append({0, QStringLiteral("门头.jpg"), QStringLiteral("image/jpeg"), 3, QByteArray("JPG")});
    repo.update(edit);
    CHECK(repo.get(id).attachments.size() == 2);
    edit.attachments.removeFirst();
    repo.update(edit);
    const FollowUp twice = repo.get(id);
    REQUIRE(twice.attachments.size() == 1);
    CHECK(twice.attachments.at(0).fileName == QStringLiteral("门头.jpg"));

    // A stale copy is refused.
    FollowUp stale = read;
    stale.details = QStringLiteral("旧的");
    CHECK_THROWS_AS(repo.update(stale), StoreError);
}

TEST_CASE("follow-up: bad input is refused and nothing is saved", "[followup]")
{
    OrderShop shop;
    FollowUpRepository repo(*shop.db);
    auto refused = [&](FollowUp f, const QString& field) {
        try {
            repo.create(f);
            FAIL("saved");
        } catch (const ValidationError& e) {
            bool named = false;
            for (const FieldIssue& i : e.issues())
                named = named || i.field == field;
            CHECK(named);
        }
    };
    // The next contact before the follow-up's own (local) day.
    refused(followUp(shop.customer, shanghai(2026, 11, 20, 10), QStringLiteral("x"), QDate(2026, 11, 19)), QStringLiteral("next"));
    refused(followUp(shop.customer, shanghai(2026, 11, 20, 10), QString()), QStringLiteral("details"));
    refused(followUp(0, shanghai(2026, 11, 20, 10), QStringLiteral("x")), QStringLiteral("customer"));
    refused(followUp(999, shanghai(2026, 11, 20, 10), QStringLiteral("x")), QStringLiteral("customer"));
    FollowUp big = followUp(shop.customer, shanghai(2026, 11, 20, 10), QStringLiteral("x"));
    big.attachments.append({0,
                            QStringLiteral("big.png"),
                            {},
                            AttachmentRules::kMaxAttachmentBytes + 1,
                            QByteArray(int(AttachmentRules::kMaxAttachmentBytes + 1), 'x')});
    refused(big, QStringLiteral("attachments"));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM follow_ups")).toInt() == 0);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM follow_up_attachments")).toInt() == 0);
    CHECK(summaryOf(*shop.db, shop.customer).lastContact.isEmpty());

    // Reading a file: too large is refused before it is read, a missing file has its reason.
    QTemporaryDir dir;
    QFile large(dir.filePath(QStringLiteral("large.bin")));
    REQUIRE(large.open(QIODevice::WriteOnly));
    REQUIRE(large.resize(AttachmentRules::kMaxAttachmentBytes + 1));
    large.close();
    QString error;
    CHECK_FALSE(AttachmentRules::read(large.fileName(), &error));
    CHECK(error.contains(QStringLiteral("large.bin")));
    CHECK_FALSE(AttachmentRules::read(dir.filePath(QStringLiteral("missing.jpg")), &error));
    CHECK(error.contains(QStringLiteral("missing.jpg")));
    QFile small(dir.filePath(QStringLiteral("note.txt")));
    REQUIRE(small.open(QIODevice::WriteOnly));
    small.write("hello");
    small.close();
    const std::optional<Attachment> ok = AttachmentRules::read(small.fileName(), &error);
    REQUIRE(ok);
    CHECK(ok->size == 5);
    CHECK(ok->mimeType == QStringLiteral("text/plain"));
}

TEST_CASE("follow-up: last contact and next follow-up follow edits and deletions", "[followup]")
{
    OrderShop shop;
    FollowUpRepository repo(*shop.db);
    FollowUp first = followUp(shop.customer, shanghai(2026, 11, 2, 9), QStringLiteral("第一次"), QDate(2026, 11, 9));
    repo.create(first);
    Summary s = summaryOf(*shop.db, shop.customer);
    CHECK(s.lastContact == utcText(shanghai(2026, 11, 2, 9)).toString());
    CHECK(s.next == QStringLiteral("2026-11-09"));

    // A later contact settles the earlier plan and brings its own.
    FollowUp second = followUp(shop.customer, shanghai(2026, 11, 8, 15), QStringLiteral("第二次"), QDate(2026, 11, 20));
    repo.create(second);
    CHECK(repo.get(first.meta.id).nextDone);
    CHECK(repo.get(first.meta.id).closedBy == second.meta.id);
    s = summaryOf(*shop.db, shop.customer);
    CHECK(s.lastContact == utcText(shanghai(2026, 11, 8, 15)).toString());
    CHECK(s.next == QStringLiteral("2026-11-20"));

    // Recorded without settling: both plans stay open, the earliest one shows.
    FollowUp third = followUp(shop.customer, shanghai(2026, 11, 10, 11), QStringLiteral("第三次"), QDate(2026, 11, 12));
    repo.create(third, false);
    CHECK(summaryOf(*shop.db, shop.customer).next == QStringLiteral("2026-11-12"));

    // Editing the time and the plan.
    FollowUp edit = repo.get(third.meta.id);
    edit.at = shanghai(2026, 11, 1, 8);
    edit.nextDate = QDate(2026, 11, 25);
    repo.update(edit);
    s = summaryOf(*shop.db, shop.customer);
    CHECK(s.lastContact == utcText(shanghai(2026, 11, 8, 15)).toString());
    CHECK(s.next == QStringLiteral("2026-11-20"));

    repo.setPlanDone(second.meta.id, true);
    CHECK(summaryOf(*shop.db, shop.customer).next == QStringLiteral("2026-11-25"));
    repo.movePlan(third.meta.id, QDate(2026, 12, 1));
    CHECK(summaryOf(*shop.db, shop.customer).next == QStringLiteral("2026-12-01"));

    // Deleting the second follow-up reopens the plan it settled, and the last contact steps back.
    repo.remove(second.meta.id, repo.get(second.meta.id).meta.version);
    CHECK_FALSE(repo.get(first.meta.id).nextDone);
    s = summaryOf(*shop.db, shop.customer);
    CHECK(s.lastContact == utcText(shanghai(2026, 11, 2, 9)).toString());
    CHECK(s.next == QStringLiteral("2026-11-09"));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'follow_up' AND op = 'delete'"))
              .toInt() == 1);

    // Moving a follow-up to another customer updates both.
    FollowUp moved = repo.get(first.meta.id);
    moved.customerId = shop.other;
    repo.update(moved);
    CHECK(summaryOf(*shop.db, shop.other).next == QStringLiteral("2026-11-09"));
    CHECK(summaryOf(*shop.db, shop.customer).next == QStringLiteral("2026-12-01"));
    repo.remove(third.meta.id, repo.get(third.meta.id).meta.version);
    s = summaryOf(*shop.db, shop.customer);
    CHECK(s.lastContact.isEmpty());
    CHECK(s.next.isEmpty());

    // Staff who recorded follow-ups stay on record.
    FollowUp byStaff = followUp(shop.customer, shanghai(2026, 11, 3, 9), QStringLiteral("x"));
    byStaff.staffId = shop.designer;
    repo.create(byStaff);
    try {
        CatalogRepository(*shop.db).removeStaff(shop.designer);
        FAIL("deleted");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreError::Kind::Validation);
    }
}

TEST_CASE("follow-up: customer list sorts and filters by contact", "[followup]")
{
    TempDb db;
    CustomerRepository customers(*db);
    FollowUpRepository repo(*db);
    QList<qint64> ids;
    db->write([&] {
        for (int i = 0; i < 40; ++i)
        {
            Customer c = makeCustomer(QStringLiteral("客户%1").arg(i, 2, 10, QLatin1Char('0')));
            ids.append(customers.create(c));
        }
    });
    const QDate today(2026, 11, 24);
    // Customers 0–9: contacted on the (10 + i)th, next planned on the (20 + i)th; 10–19: contacted
    // 40+ days ago, nothing planned; 20–39 never contacted.
    for (int i = 0; i < 10; ++i)
        add(repo, followUp(ids[i], QDateTime(QDate(2026, 11, 10 + i), QTime(10, 0)).toUTC(), QStringLiteral("x"),
                           QDate(2026, 11, 20 + i)));
    for (int i = 10; i < 20; ++i)
        add(repo, followUp(ids[i], today.addDays(-40 - i).startOfDay().addSecs(3600 * 10), QStringLiteral("x")));

    CustomerListQuery q;
    q.today = today;
    q.contact = ContactFilter::FollowUpDue;
    CHECK(customers.count(q) == 5); // plans on the 20th … 24th
    q.contact = ContactFilter::NothingPlanned;
    CHECK(customers.count(q) == 30);
    q.contact = ContactFilter::NotContactedFor;
    q.notContactedDays = 30;
    CHECK(customers.count(q) == 30); // the ten contacted long ago and the twenty never contacted
    q.notContactedDays = 10; // before the 14th: customers 0–3 as well
    CHECK(customers.count(q) == 34);

    // Keyset pages walk the same order as one page, both ways, for the new sorts.
    for (const CustomerSort sort : {CustomerSort::LastContact, CustomerSort::NextFollowUp}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            CustomerListQuery all;
            all.sort = sort;
            all.order = order;
            const QList<CustomerRow> one = customers.page(all, 0, 100);
            REQUIRE(one.size() == 40);
            QList<CustomerRow> walked = customers.page(all, 0, 7);
            while (walked.size() < 40)
                walked += customers.pageAfter(all, walked.constLast(), 7);
            for (int i = 0; i < 40; ++i) {
                CHECK(walked.at(i).id == one.at(i).id);
                CHECK(customers.positionOf(all, one.at(i).id) == i);
            }
        }
    }
    CustomerListQuery byNext;
    byNext.sort = CustomerSort::NextFollowUp;
    const QList<CustomerRow> rows = customers.page(byNext, 0, 100);
    CHECK(rows.at(0).nextFollowUp == QDate(2026, 11, 20)); // the earliest plan first, unplanned last
    CHECK(rows.at(9).nextFollowUp == QDate(2026, 11, 29));
    CHECK_FALSE(rows.at(10).nextFollowUp.isValid());
    CHECK(rows.at(0).lastContact.isValid());
}

TEST_CASE("follow-up: the timeline merges follow-ups, orders and deliveries newest first", "[followup]")
{
    OrderShop shop;
    FollowUpRepository repo(*shop.db);
    OrderRepository orders(*shop.db);
    Order o = shop.order(shop.customer, shanghai(2026, 11, 10, 9));
    orders.create(o, {{shanghai(2026, 11, 10, 9), QStringLiteral("王丽"), QStringLiteral("desk1"), std::nullopt,
                       OrderStatus::Unscheduled, {}}});
    orders.setStatus(o.meta.id, -1, OrderStatus::Done);
    DeliveryRepository(*shop.db).create({o.meta.id});
    FollowUp call = followUp(shop.customer, shanghai(2026, 11, 9, 16), QStringLiteral("问价格"), QDate(2026, 11, 12));
    call.staffId = shop.designer;
    call.outcome = QStringLiteral("有意向");
    repo.create(call);
    add(repo, followUp(shop.customer, shanghai(2026, 11, 11, 10), QStringLiteral("确认设计稿")));
    add(repo, followUp(shop.other, shanghai(2026, 11, 11, 11), QStringLiteral("别的客户")));

    const QList<TimelineEvent> all = repo.timeline(shop.customer);
    // Taken, done, delivered on a slip (which marks it delivered), two follow-ups.
    REQUIRE(all.size() == 6);
    for (qsizetype i = 1; i < all.size(); ++i)
        CHECK(all.at(i - 1).at >= all.at(i).at);
    // Status change and delivery happened "now" (after the 11th), then the follow-up of the 11th,
    // the order taken on the 10th, the call of the 9th.
    CHECK(all.at(3).kind == TimelineEvent::Kind::FollowUp);
    CHECK(all.at(4).kind == TimelineEvent::Kind::OrderCreated);
    CHECK(all.at(4).who == QStringLiteral("王丽"));
    CHECK(all.at(4).summary.contains(o.number));
    CHECK(all.at(5).kind == TimelineEvent::Kind::FollowUp);
    CHECK(all.at(5).who == QStringLiteral("李明"));
    CHECK(all.at(5).detail.contains(QStringLiteral("有意向")));
    int deliveries = 0, statuses = 0;
    for (const TimelineEvent& e : all) {
        deliveries += e.kind == TimelineEvent::Kind::Delivery;
        statuses += e.kind == TimelineEvent::Kind::OrderStatus;
    }
    CHECK(deliveries == 1);
    CHECK(statuses == 2);

    TimelineFilter onlyFollowUps;
    onlyFollowUps.kinds = {TimelineEvent::Kind::FollowUp};
    CHECK(repo.timeline(shop.customer, onlyFollowUps).size() == 2);
    TimelineFilter byDesigner;
    byDesigner.staffId = shop.designer; // the designer's call and the order they are on, with its delivery
    const QList<TimelineEvent> mine = repo.timeline(shop.customer, byDesigner);
    CHECK(mine.size() == 5);
    for (const TimelineEvent& e : mine)
        CHECK(e.summary != QStringLiteral("确认设计稿"));
}

TEST_CASE("reminders: follow-ups and orders due on the shop's local day", "[reminders]")
{
    OrderShop shop;
    FollowUpRepository repo(*shop.db);
    ReminderRepository reminders(*shop.db);
    add(repo, followUp(shop.customer, shanghai(2026, 11, 20, 10), QStringLiteral("x"), QDate(2026, 11, 24)));
    // An order due at 23:30 on the 24th in Shanghai (15:30 UTC).
    Order o = shop.order(shop.other, shanghai(2026, 11, 20, 9));
    o.due = shanghai(2026, 11, 24, 23, 30);
    OrderRepository(*shop.db).create(o);

    // 23:59 on the 23rd in Shanghai: nothing yet.
    ReminderList before = reminders.due(shanghai(2026, 11, 23, 23, 59), kShanghai);
    CHECK(before.today == QDate(2026, 11, 23));
    CHECK(before.followUps.isEmpty());
    CHECK(before.orders.isEmpty());
    // 00:01 on the 24th: both are due today.
    ReminderList after = reminders.due(shanghai(2026, 11, 24, 0, 1), kShanghai);
    REQUIRE(after.followUps.size() == 1);
    CHECK(after.followUps.at(0).customer == QStringLiteral("华彩广告"));
    CHECK(after.followUps.at(0).daysLate == 0);
    REQUIRE(after.orders.size() == 1);
    CHECK(after.orders.at(0).customer == QStringLiteral("鑫源装饰"));
    // The same instant is still the 23rd in New York (11:01 on the 23rd): nothing due there.
    ReminderList newYork = reminders.due(shanghai(2026, 11, 24, 0, 1), kNewYork);
    CHECK(newYork.today == QDate(2026, 11, 23));
    CHECK(newYork.followUps.isEmpty());
    CHECK(newYork.orders.isEmpty());
    // Two days on, both are overdue by two days.
    ReminderList later = reminders.due(shanghai(2026, 11, 26, 9), kShanghai);
    CHECK(later.followUps.at(0).daysLate == 2);
    CHECK(later.orders.at(0).daysLate == 2);

    // Snoozed to the 28th: gone until then; done: gone for good.
    reminders.snooze(later.orders.at(0), QDate(2026, 11, 28));
    reminders.snooze(later.followUps.at(0), QDate(2026, 11, 28));
    // (The order is unpaid as well: that is a balance reminder of its own, not counted here.)
    auto planned = [](const ReminderList& l) { return l.followUps.size() + l.orders.size(); };
    CHECK(planned(reminders.due(shanghai(2026, 11, 27, 9), kShanghai)) == 0);
    ReminderList back = reminders.due(shanghai(2026, 11, 28, 9), kShanghai);
    CHECK(planned(back) == 2);
    CHECK(summaryOf(*shop.db, shop.customer).next == QStringLiteral("2026-11-28"));
    reminders.markDone(back.orders.at(0));
    reminders.markDone(back.followUps.at(0));
    CHECK(planned(reminders.due(shanghai(2026, 12, 5, 9), kShanghai)) == 0);
    CHECK(summaryOf(*shop.db, shop.customer).next.isEmpty());

    // A due date moved is a new occasion: it reminds again.
    Order moved = OrderRepository(*shop.db).get(o.meta.id);
    moved.due = shanghai(2026, 12, 1, 18);
    OrderRepository(*shop.db).update(moved);
    CHECK(reminders.due(shanghai(2026, 12, 1, 9), kShanghai).orders.size() == 1);
    // Finished orders never remind.
    OrderRepository(*shop.db).setStatus(o.meta.id, -1, OrderStatus::Delivered);
    CHECK(reminders.due(shanghai(2026, 12, 3, 9), kShanghai).orders.isEmpty());
}

TEST_CASE("reminders: birthdays in the coming week, over the year end and on 29 February", "[reminders]")
{
    TempDb db;
    CustomerRepository customers(*db);
    Customer c = makeCustomer(QStringLiteral("生日客户"), {}, QStringLiteral("年底"));
    c.contacts[0].birthday = QDate(1980, 1, 2);
    Contact leap;
    leap.name = QStringLiteral("闰日");
    leap.birthday = QDate(1992, 2, 29);
    c.contacts.append(leap);
    Contact summer;
    summer.name = QStringLiteral("夏天");
    summer.birthday = QDate(1975, 7, 1);
    c.contacts.append(summer);
    customers.create(c);
    ReminderRepository reminders(*db);
    auto names = [&](const QDate& day) {
        QStringList n;
        for (const Reminder& r : reminders.due(QDateTime(day, QTime(9, 0), kShanghai).toUTC(), kShanghai).birthdays)
            n.append(r.title + QLatin1Char('@') + r.day.toString(Qt::ISODate));
        return n;
    };
    // Over the year end: 2 January is within a week of 28 December.
    CHECK(names(QDate(2026, 12, 28)) == QStringList{QStringLiteral("年底@2027-01-02")});
    CHECK(names(QDate(2026, 12, 25)).isEmpty()); // eight days ahead
    CHECK(names(QDate(2027, 1, 2)) == QStringList{QStringLiteral("年底@2027-01-02")});
    CHECK(names(QDate(2027, 1, 3)).isEmpty());
    // 29 February: kept on 28 February in a common year, on the day itself in a leap year.
    CHECK(names(QDate(2027, 2, 22)) == QStringList{QStringLiteral("闰日@2027-02-28")});
    CHECK(names(QDate(2027, 3, 1)).isEmpty());
    CHECK(names(QDate(2028, 2, 23)) == QStringList{QStringLiteral("闰日@2028-02-29")});
    CHECK(names(QDate(2028, 2, 29)) == QStringList{QStringLiteral("闰日@2028-02-29")});
    const ReminderList list = reminders.due(QDateTime(QDate(2027, 6, 28), QTime(9, 0), kShanghai).toUTC(), kShanghai);
    REQUIRE(list.birthdays.size() == 1);
    CHECK(list.birthdays.at(0).age == 52);
    CHECK(list.birthdays.at(0).daysLate == -3);
    // Done for this year only.
    reminders.markDone(list.birthdays.at(0));
    CHECK(names(QDate(2027, 6, 29)).isEmpty());
    CHECK(names(QDate(2028, 6, 29)) == QStringList{QStringLiteral("夏天@2028-07-01")});
}

TEST_CASE("export: follow-ups as CSV and XLSX", "[export]")
{
    OrderShop shop;
    FollowUpRepository repo(*shop.db);
    FollowUp f = followUp(shop.customer, QDateTime(QDate(2026, 11, 20), QTime(10, 30)).toUTC(),
                          QStringLiteral("报价 3,500 元，\"含安装\"\n下周确认"), QDate(2026, 11, 27));
    f.outcome = QStringLiteral("已报价");
    repo.create(f);
    add(repo, followUp(shop.other, QDateTime(QDate(2026, 11, 21), QTime(9, 0)).toUTC(), QStringLiteral("没接")));
    QTemporaryDir dir;

    const QString csv = dir.filePath(QStringLiteral("f.csv"));
    CHECK(Exports::followUps(*shop.db, {}, csv) == 2);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    CHECK(lines.at(0).startsWith(QStringLiteral("Time,Customer,Contact,Method")));
    CHECK(lines.at(1).startsWith(QStringLiteral("2026-11-21 09:00,鑫源装饰,")));
    CHECK(text.contains(QStringLiteral("\"报价 3,500 元，\"\"含安装\"\"\n下周确认\"")));
    CHECK(text.contains(QStringLiteral(",已报价,,2026-11-27,,no,,0")));

    FollowUpFilter onlyOne;
    onlyOne.customerId = shop.customer;
    const QString xlsx = dir.filePath(QStringLiteral("f.xlsx"));
    CHECK(Exports::followUps(*shop.db, onlyOne, xlsx) == 1);
    const QString sheet = firstSheet(xlsx);
    CHECK(sheet.contains(QStringLiteral("华彩广告")));
    CHECK_FALSE(sheet.contains(QStringLiteral("鑫源装饰")));
    CHECK(sheet.contains(QStringLiteral("<dimension ref=\"A1:M2\"/>")));
    // The time is a real date number (46346 is 2026-11-20), not text.
    CHECK(sheet.contains(QStringLiteral("><v>46346.4375</v>")));
    CHECK(sheet.contains(QStringLiteral("><v>46353</v>")));
    // The temporary folder the workbook was assembled in is gone.
    const QStringList leftovers = QDir(dir.path()).entryList({QStringLiteral(".export*")}, QDir::AllEntries | QDir::Hidden);
    CHECK(leftovers.isEmpty());

    CHECK_THROWS_AS(Exports::followUps(*shop.db, {}, dir.filePath(QStringLiteral("f.txt"))), StoreError);
    CHECK(TableExport::csvField(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(TableExport::csvField(QStringLiteral("plain")) == QStringLiteral("plain"));
}
