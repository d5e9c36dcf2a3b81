#include "TestSupport.h"

#include "domain/CustomerJson.h"
#include "domain/FollowUp.h"
#include "domain/Payment.h"
#include "services/CustomerMerge.h"
#include "services/DuplicateFinder.h"
#include "store/CustomerRepository.h"
#include "store/CustomerSearchIndex.h"
#include "store/FollowUpRepository.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"
#include "store/RevenueSummary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

struct Labelled
{
    const char* name;
    const char* phone;
    const char* email;
    const char* city;
    int group; // customers with the same group (> 0) are one customer
};

// A hand-labelled customer list: pairs entered twice the ways shops do it (a legal form added, the
// city in front, a number typed with +86 or dashes, the same WeChat, a homophone picked in the
// input method) among customers that only look alike (same trade, same street, same surname).
const Labelled kLabelled[] = {
    {"深圳市华彩广告有限公司", "13812345678", "", "深圳市", 1},
    {"华彩广告", "0755-86001234", "", "深圳市", 1},
    {"鑫源装饰工作室", "13900001111", "", "广州市", 2},
    {"新源装饰", "", "", "广州市", 2},
    {"长城印务有限责任公司", "13700002222", "changcheng@print.cn", "东莞市", 3},
    {"东莞长城印务", "", "ChangCheng@Print.cn", "东莞市", 3},
    {"宏达传媒", "+86 136 0000 3333", "", "佛山市", 4},
    {"佛山宏达传媒公司", "136-0000-3333", "", "佛山市", 4},
    {"李明", "13511112222", "", "", 5},
    {"李明", "135 1111 2222", "", "", 5},
    {"金鹏标识（南山店）", "13622223333", "", "深圳市", 6},
    {"金鹏标识", "", "", "深圳市", 6},
    {"广东省美印包装有限公司", "020-88887777", "", "广州市", 7},
    {"美印包装厂", "02088887777", "", "广州市", 7},
    {"Acme Signs Co., Ltd.", "13733334444", "", "", 8},
    {"ACME SIGNS", "", "", "", 8},
    {"蓝天喷绘", "13844445555", "", "杭州市", 9},
    {"蓝天喷绘店", "", "", "杭州市", 9},
    {"星光灯箱", "", "", "南京市", 10},
    {"星光灯箱有限公司", "", "", "南京市", 10},
    // Look-alikes that are different customers.
    {"华美广告", "13812340000", "", "深圳市", 0},
    {"华彩印刷厂", "13912340000", "", "深圳市", 0},
    {"鑫源五金", "13700001234", "", "广州市", 0},
    {"长城装饰", "13611112345", "", "东莞市", 0},
    {"宏大文化", "13622224567", "", "佛山市", 0},
    {"李敏", "13533335678", "", "", 0},
    {"王明", "13544446789", "", "", 0},
    {"金鹏酒店", "13555557890", "", "深圳市", 0},
    {"美印设计", "13566668901", "", "广州市", 0},
    {"蓝海喷绘", "13577779012", "", "杭州市", 0},
    {"星光文具", "13588880123", "", "南京市", 0},
    {"深圳市科技园广告", "13599991234", "", "深圳市", 0},
    {"东方市场广告", "13500002345", "", "", 0},
    {"南方市场广告", "13500003456", "", "", 0},
    {"中山装饰", "13500004567", "", "", 0},
    {"佛山装饰", "13500005678", "", "", 0},
    {"北京华彩广告有限公司", "13500006789", "", "北京市", 0}, // a branch in another city
    {"天成超市工作室", "13500007890", "", "", 0},
    {"顺发超市工作室", "13500008901", "", "", 0},
};

} // namespace

TEST_CASE("duplicates: a name's core drops legal forms, brackets and leading regions", "[duplicates]")
{
    CHECK(DuplicateFinder::nameCore(s("深圳市华彩广告有限公司")) == s("华彩广告"));
    CHECK(DuplicateFinder::nameCore(s("广东省广州市鑫源装饰有限责任公司")) == s("鑫源装饰"));
    CHECK(DuplicateFinder::nameCore(s("南山区金鹏标识店"), {s("广东省"), s("深圳市"), s("南山区")}) ==
          s("金鹏标识"));
    CHECK(DuplicateFinder::nameCore(s("金鹏标识（南山店）")) == s("金鹏标识"));
    CHECK(DuplicateFinder::nameCore(s("杭州蓝天喷绘工作室")) == s("蓝天喷绘"));
    CHECK(DuplicateFinder::nameCore(s("银河酒店店")) == s("银河酒店"));
    CHECK(DuplicateFinder::nameCore(s("Acme Signs Co., Ltd.")) == s("acmesigns"));
    // Too little would be left: kept as it is.
    CHECK(DuplicateFinder::nameCore(s("中山装饰")) == s("中山装饰"));
    CHECK(DuplicateFinder::nameCore(s("深圳市华店")) == s("华店"));
    // 市场, 超市 and 城市 are words, not cities.
    CHECK(DuplicateFinder::nameCore(s("东方市场广告")) == s("东方市场广告"));
    CHECK(DuplicateFinder::nameCore(s("天成超市工作室")) == s("天成超市"));
    CHECK(DuplicateFinder::nameCore(s("新城市广告")) == s("新城市广告"));
    QString region;
    CHECK(DuplicateFinder::nameCore(s("广东省哈尔滨市冰城广告"), {}, &region) == s("冰城广告"));
    CHECK(region == s("哈尔滨"));
}

TEST_CASE("duplicates: precision and recall on a hand-labelled customer list", "[duplicates]")
{
    TempDb db;
    CustomerRepository customers(*db);
    QHash<qint64, int> groupOf;
    for (const Labelled& l : kLabelled) {
        Customer c = makeCustomer(s(l.name), s(l.phone));
        c.email = s(l.email);
        c.city = s(l.city);
        customers.create(c);
        groupOf.insert(c.meta.id, l.group);
    }
    QSet<QPair<qint64, qint64>> truth;
    for (auto a = groupOf.cbegin(); a != groupOf.cend(); ++a)
        for (auto b = groupOf.cbegin(); b != groupOf.cend(); ++b)
            if (a.key() < b.key() && a.value() > 0 && a.value() == b.value())
                truth.insert({a.key(), b.key()});
    REQUIRE(truth.size() == 10);

    const QList<DuplicatePair> found = DuplicateFinder::find(*db);
    int right = 0;
    QStringList wrong;
    for (const DuplicatePair& p : found) {
        if (truth.contains({p.first, p.second}))
            ++right;
        else
            wrong.append(p.firstName + QStringLiteral(" / ") + p.secondName + QStringLiteral(": ") +
                         DuplicateFinder::reasonText(p.reasons));
    }
    const double precision = found.isEmpty() ? 0 : double(right) / double(found.size());
    const double recall = double(right) / double(truth.size());
    INFO("wrong pairs: " << wrong.join(QStringLiteral("; ")).toStdString());
    INFO("precision " << precision << ", recall " << recall);
    CHECK(recall == 1.0);
    CHECK(precision >= 0.9);

    // Reasons name what the two share; the strongest pairs come first.
    auto pairOf = [&](const char* a) {
        for (const DuplicatePair& p : found)
            if (p.firstName == s(a) || p.secondName == s(a)) return p;
        return DuplicatePair{};
    };
    CHECK(pairOf("佛山宏达传媒公司").reasons & DuplicatePair::SamePhone);
    CHECK(pairOf("佛山宏达传媒公司").reasons & DuplicatePair::SameName);
    CHECK(pairOf("东莞长城印务").reasons & DuplicatePair::SameEmail);
    CHECK(pairOf("新源装饰").reasons == DuplicatePair::SoundsAlike);
    CHECK(pairOf("美印包装厂").reasons & DuplicatePair::SamePhone); // 020-… and 020…
    CHECK(found.first().score() >= found.last().score());

    // A pair the shop says is two customers is not offered again.
    const DuplicatePair sounds = pairOf("新源装饰");
    DuplicateFinder::dismiss(*db, sounds.second, sounds.first);
    const QList<DuplicatePair> again = DuplicateFinder::find(*db);
    CHECK(again.size() == found.size() - 1);
    CHECK(scalar(*db, QStringLiteral(
                          "SELECT count(*) FROM duplicate_dismissals WHERE first_id = %1 AND second_id = %2")
                          .arg(sounds.first)
                          .arg(sounds.second))
              .toInt() == 1);

    // A number shared by a crowd is a placeholder, not a duplicate.
    TempDb crowd;
    CustomerRepository many(*crowd);
    for (int i = 0; i < 25; ++i) {
        Customer c = makeCustomer(QStringLiteral("客户%1号").arg(i), QStringLiteral("13800000000"));
        many.create(c);
    }
    CHECK(DuplicateFinder::find(*crowd).isEmpty());
}

TEST_CASE("merge: everything moves to the kept customer, audited, and undo puts it all back", "[merge]")
{
    OrderShop shop;
    Database& db = *shop.db;
    CustomerRepository customers(db);
    OrderRepository orders(db);
    PaymentRepository payments(db);
    FollowUpRepository followUps(db);

    Customer twin = makeCustomer(s("重庆华彩广告"), s("13987654321"), s("李四"));
    twin.email = s("lisi@huacai.cn");
    customers.create(twin);
    const QDateTime october = QDateTime(QDate(2026, 10, 12), QTime(10, 0)).toUTC();
    Order mine = shop.order(shop.customer, october);
    orders.create(mine);
    Order theirs = shop.order(twin.meta.id, october.addDays(3), 4000);
    orders.create(theirs);
    Payment paid;
    paid.customerId = twin.meta.id;
    paid.amount = Money::fromFen(10000);
    paid.paidAt = october.addDays(4);
    paid.method = PaymentMethod::BankTransfer;
    payments.create(paid, theirs.meta.id);
    FollowUp call;
    call.customerId = twin.meta.id;
    call.at = october.addDays(5);
    call.method = ContactMethod::Phone;
    call.details = s("问门头报价");
    call.nextDate = QDate(2026, 12, 20);
    followUps.create(call);

    auto count = [&](const QString& table, qint64 customer) {
        return scalar(
                   db,
                   QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id = %2").arg(table).arg(customer))
            .toInt();
    };
    auto summaryRows = [&] {
        return scalar(db, QStringLiteral(
                              "SELECT group_concat(month || ':' || customer_id || ':' || billed || ':' || "
                              "received, ' ') "
                              "FROM (SELECT * FROM summary_customer_month ORDER BY month, customer_id)"))
            .toString();
    };
    const Customer keptBefore = customers.get(shop.customer);
    const QString summaryBefore = summaryRows();
    const qint64 auditBefore = scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();

    // The user keeps 华彩广告 but takes the e-mail of the other record and both records' phones.
    const QList<CustomerMerge::Holding> holds = CustomerMerge::holdings(db, twin.meta.id);
    CHECK(holds.at(0).count == 1); // contact 李四
    CHECK(holds.at(1).count == 1); // one order
    CHECK(holds.at(3).count == 1); // one payment
    Customer kept = keptBefore;
    kept.email = twin.email;
    kept.phones += twin.phones;
    const qint64 mergeId = CustomerMerge::merge(db, kept, twin.meta.id, twin.meta.version);

    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE id = %1").arg(twin.meta.id))
              .toInt() == 0);
    CHECK(count(QStringLiteral("orders"), shop.customer) == 2);
    CHECK(count(QStringLiteral("payments"), shop.customer) == 1);
    CHECK(count(QStringLiteral("follow_ups"), shop.customer) == 1);
    const Customer merged = customers.get(shop.customer);
    CHECK(merged.email == s("lisi@huacai.cn"));
    REQUIRE(merged.contacts.size() == 2);
    CHECK(merged.contacts.at(0).name == s("张三"));
    CHECK(merged.contacts.at(0).primary);
    CHECK(merged.contacts.at(1).name == s("李四"));
    CHECK_FALSE(merged.contacts.at(1).primary);
    CHECK(scalar(db, QStringLiteral("SELECT next_follow_up FROM customers WHERE id = %1").arg(shop.customer))
              .toString() == QStringLiteral("2026-12-20"));
    // The kept summaries are what a rebuild from the orders and payments gives.
    const QString summaryMerged = summaryRows();
    CHECK(summaryMerged.contains(QStringLiteral(":%1:").arg(shop.customer)));
    CHECK_FALSE(summaryMerged.contains(QStringLiteral(":%1:").arg(twin.meta.id)));
    RevenueSummary::rebuild(db);
    CHECK(summaryRows() == summaryMerged);
    // Search finds the kept customer by the other one's contact and phone; the removed one is gone.
    CustomerSearchIndex index(db);
    const QList<CustomerSearchIndex::Hit> byPhone = index.search(QStringLiteral("13987654321"), 5);
    REQUIRE(byPhone.size() == 1);
    CHECK(byPhone.first().id == shop.customer);
    const QList<CustomerSearchIndex::Hit> byContact = index.search(s("李四"), 5);
    REQUIRE(byContact.size() == 1);
    CHECK(byContact.first().id == shop.customer);
    // Audited: the removal with its whole record, the kept one's change, the merge itself.
    CHECK(scalar(db, QStringLiteral(
                         "SELECT count(*) FROM audit_log WHERE id > %1 AND op = 'merge' AND entity_id = %2")
                         .arg(auditBefore)
                         .arg(shop.customer))
              .toInt() == 1);
    CHECK(
        scalar(
            db,
            QStringLiteral(
                "SELECT before FROM audit_log WHERE op = 'delete' AND entity = 'customer' AND entity_id = %1")
                .arg(twin.meta.id))
            .toString()
            .contains(s("重庆华彩广告")));
    CHECK(runPythonTool(QStringLiteral("audit_chain.py"), {shop.db.path}).startsWith(QStringLiteral("ok ")));
    CHECK(CustomerMerge::list(db).first().droppedName == s("重庆华彩广告"));

    // Undo: the removed customer is back with its id, its records with it, the kept one as before.
    const MergeUndoResult undone = CustomerMerge::undo(db, mergeId);
    CHECK(undone.keptRestored);
    CHECK(undone.notes.isEmpty());
    const Customer back = customers.get(twin.meta.id);
    CHECK(back.name == s("重庆华彩广告"));
    REQUIRE(back.contacts.size() == 1);
    CHECK(back.contacts.first().name == s("李四"));
    CHECK(count(QStringLiteral("orders"), twin.meta.id) == 1);
    CHECK(count(QStringLiteral("payments"), twin.meta.id) == 1);
    CHECK(count(QStringLiteral("follow_ups"), twin.meta.id) == 1);
    const Customer restored = customers.get(shop.customer);
    CHECK(restored.email == keptBefore.email);
    CHECK(restored.contacts.size() == 1);
    CHECK(summaryRows() == summaryBefore);
    CHECK(index.search(QStringLiteral("13987654321"), 5).first().id == twin.meta.id);
    CHECK(CustomerMerge::list(db).first().undoneAt.isValid());
    CHECK_THROWS_AS(CustomerMerge::undo(db, mergeId), StoreError);
    CHECK(runPythonTool(QStringLiteral("audit_chain.py"), {shop.db.path}).startsWith(QStringLiteral("ok ")));
}

TEST_CASE("merge: a changed record is a conflict, an edited kept customer keeps its edits on undo", "[merge]")
{
    OrderShop shop;
    Database& db = *shop.db;
    CustomerRepository customers(db);
    Customer kept = customers.get(shop.customer);
    Customer other = customers.get(shop.other);
    const int otherVersion = other.meta.version;
    other.grade = QStringLiteral("A");
    customers.update(other); // another desk, after the merge dialog opened
    CHECK_THROWS_AS(CustomerMerge::merge(db, kept, shop.other, otherVersion), StoreError);
    CHECK(customers.find(shop.other).has_value());
    CHECK_THROWS_AS(CustomerMerge::merge(db, kept, shop.customer, kept.meta.version), StoreError);

    const qint64 mergeId = CustomerMerge::merge(db, kept, shop.other, other.meta.version);
    Customer edited = customers.get(shop.customer);
    edited.notes = s("合并后改过");
    customers.update(edited);
    const MergeUndoResult r = CustomerMerge::undo(db, mergeId);
    CHECK_FALSE(r.keptRestored);
    REQUIRE(r.notes.size() == 1);
    CHECK(customers.get(shop.customer).notes == s("合并后改过"));
    CHECK(customers.get(shop.other).grade == QStringLiteral("A"));
}

TEST_CASE("duplicates and merge from the command line", "[merge][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    auto cli = [&](QStringList args) {
        args.prepend(QStringLiteral("--json"));
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    };
    REQUIRE(cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                 s("深圳市华彩广告有限公司"), QStringLiteral("--phone"), QStringLiteral("13812345678")})
                .status == 0);
    REQUIRE(cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), s("华彩广告"),
                 QStringLiteral("--phone"), QStringLiteral("+86 138-1234-5678"), QStringLiteral("--grade"),
                 QStringLiteral("A")})
                .status == 0);
    const CliRun found = cli({QStringLiteral("duplicates")});
    REQUIRE(found.status == 0);
    const QJsonArray pairs = found.json().object().value(QStringLiteral("pairs")).toArray();
    REQUIRE(pairs.size() == 1);
    const QJsonObject pair = pairs.first().toObject();
    CHECK(pair.value(QStringLiteral("reasons")).toArray().contains(QStringLiteral("phone")));
    CHECK(pair.value(QStringLiteral("reasons")).toArray().contains(QStringLiteral("name")));
    const QString keep = QString::number(pair.value(QStringLiteral("first")).toInteger());
    const QString drop = QString::number(pair.value(QStringLiteral("second")).toInteger());

    CHECK(cli({QStringLiteral("merge"), keep, drop, QStringLiteral("--take"), QStringLiteral("nonsense")})
              .status == 2);
    const CliRun merged = cli({QStringLiteral("merge"), keep, drop});
    REQUIRE(merged.status == 0);
    const QString mergeId =
        QString::number(merged.json().object().value(QStringLiteral("merge")).toInteger());
    {
        Database check(db);
        CHECK(scalar(check, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 1);
        // The kept record had no grade: it takes the other's.
        CHECK(
            scalar(check, QStringLiteral("SELECT grade FROM customers WHERE id = %1").arg(keep)).toString() ==
            QStringLiteral("A"));
    }
    CHECK(cli({QStringLiteral("duplicates")}).json().object().value(QStringLiteral("total")).toInt() == 0);
    CHECK(cli({QStringLiteral("merge"), QStringLiteral("list")}).json().array().size() == 1);
    const CliRun undone = cli({QStringLiteral("merge"), QStringLiteral("undo"), mergeId});
    REQUIRE(undone.status == 0);
    CHECK(undone.json().object().value(QStringLiteral("kept_restored")).toBool());
    CHECK(cli({QStringLiteral("merge"), QStringLiteral("undo"), mergeId}).status == 1);
    CHECK(cli({QStringLiteral("duplicates"), QStringLiteral("dismiss"), keep, drop}).status == 0);
    CHECK(cli({QStringLiteral("duplicates")}).json().object().value(QStringLiteral("total")).toInt() == 0);
    Database check(db);
    CHECK(scalar(check, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 2);
    CHECK(scalar(check, QStringLiteral("SELECT grade FROM customers WHERE id = %1").arg(keep))
              .toString()
              .isEmpty());
}
