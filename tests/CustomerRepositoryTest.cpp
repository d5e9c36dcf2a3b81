#include "TestSupport.h"
#include "store/CustomerRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

TEST_CASE("create, read back and update a customer with contacts", "[repository]")
{
    TempDb db;
    CustomerRepository repo(*db);
    Customer c = makeCustomer(QStringLiteral("华彩广告有限公司"), QStringLiteral("13812345678"), QStringLiteral("李明"));
    c.shortName = QStringLiteral("华彩");
    c.tags = {QStringLiteral("门头"), QStringLiteral("喷绘")};
    c.province = QStringLiteral("广东省");
    c.city = QStringLiteral("深圳市");
    c.paymentTerms = PaymentTerms::MonthlyAccount;
    c.paymentDays = 30;
    const qint64 id = repo.create(c);
    CHECK(id > 0);
    CHECK(c.meta.version == 1);
    CHECK(c.meta.createdBy == QStringLiteral("tester"));

    Customer read = repo.get(id);
    CHECK(read.name == c.name);
    CHECK(read.phones == QStringList{QStringLiteral("138 1234 5678")});
    CHECK(read.tags == c.tags);
    CHECK(read.paymentDays == 30);
    REQUIRE(read.contacts.size() == 1);
    CHECK(read.contacts.at(0).primary);
    CHECK(read.meta.createdAt.timeSpec() == Qt::UTC);

    Contact second;
    second.name = QStringLiteral("王芳");
    second.mobile = QStringLiteral("+86 139 0000 1111");
    read.contacts.append(second);
    read.address = QStringLiteral("科技园南路 88 号");
    repo.update(read);
    CHECK(read.meta.version == 2);
    const Customer again = repo.get(id);
    CHECK(again.meta.version == 2);
    CHECK(again.contacts.size() == 2);
    CHECK(again.contacts.at(1).mobile == QStringLiteral("139 0000 1111"));
    CHECK(again.address == QStringLiteral("科技园南路 88 号"));

    Customer fewer = again;
    fewer.contacts.removeFirst();
    repo.update(fewer);
    const Customer last = repo.get(id);
    REQUIRE(last.contacts.size() == 1);
    CHECK(last.contacts.at(0).name == QStringLiteral("王芳"));
    CHECK(last.contacts.at(0).primary); // the only contact becomes the primary one
}

TEST_CASE("an empty name is refused with a field message and nothing is saved", "[repository]")
{
    TempDb db;
    CustomerRepository repo(*db);
    Customer c = makeCustomer(QStringLiteral("  "));
    try {
        repo.create(c);
        FAIL("saved a customer without a name");
    } catch (const ValidationError& e) {
        REQUIRE(e.issues().size() == 1);
        CHECK(e.issues().at(0).field == QStringLiteral("name"));
    }
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM change_log")).toInt() == 0);
}

TEST_CASE("saving a stale copy is a conflict that names who changed it", "[repository]")
{
    TempDb db;
    CustomerRepository repo(*db);
    Customer c = makeCustomer(QStringLiteral("华彩"));
    repo.create(c);
    Customer mine = repo.get(c.meta.id);
    Customer theirs = repo.get(c.meta.id);

    DatabaseOptions other;
    other.session.user = QStringLiteral("王芳");
    other.session.desk = QStringLiteral("desk-2");
    Database otherDesk(db.path, other);
    theirs.notes = QStringLiteral("theirs");
    CustomerRepository(otherDesk).update(theirs);

    mine.notes = QStringLiteral("mine");
    try {
        repo.update(mine);
        FAIL("a stale save went through");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreError::Kind::Conflict);
        CHECK(e.message().contains(QStringLiteral("王芳")));
    }
    CHECK(repo.get(c.meta.id).notes == QStringLiteral("theirs"));
    CHECK_THROWS_AS(repo.setArchived(c.meta.id, mine.meta.version, true), StoreError);
}

TEST_CASE("every write appends to the change feed and the audit log in its transaction", "[repository]")
{
    TempDb db;
    CustomerRepository repo(*db);
    Customer c = makeCustomer(QStringLiteral("华彩"), {}, QStringLiteral("李明"));
    repo.create(c);
    c.notes = QStringLiteral("老客户");
    repo.update(c);
    repo.setArchived(c.meta.id, c.meta.version, true);

    Sql feed(*db, QStringLiteral("SELECT entity, op, desk FROM change_log ORDER BY seq"));
    feed.exec();
    QStringList ops;
    while (feed.next()) {
        ops.append(feed.value(0).toString() + QLatin1Char(':') + feed.value(1).toString());
        CHECK(feed.value(2).toString() == QStringLiteral("desk-test"));
    }
    CHECK(ops == QStringList{QStringLiteral("contact:insert"), QStringLiteral("customer:insert"),
                             QStringLiteral("contact:update"), QStringLiteral("customer:update"),
                             QStringLiteral("customer:archive")});

    Sql audit(*db, QStringLiteral("SELECT who, op, before, after FROM audit_log WHERE entity = 'customer' ORDER BY id"));
    audit.exec();
    REQUIRE(audit.next());
    CHECK(audit.value(0).toString() == QStringLiteral("tester"));
    CHECK(audit.value(2).isNull());
    CHECK(audit.value(3).isNull()); // a create keeps no copy: the row holds it
    REQUIRE(audit.next());
    // Only the field that changed, which was empty before.
    CHECK(audit.value(2).isNull());
    CHECK(audit.value(3).toString() == QStringLiteral("{\"notes\":\"老客户\"}"));
    REQUIRE(audit.next());
    CHECK(audit.value(1).toString() == QStringLiteral("archive"));
}

TEST_CASE("a failed write leaves no trace", "[repository]")
{
    TempDb db;
    CustomerRepository repo(*db);
    Customer c = makeCustomer(QStringLiteral("华彩"));
    CHECK_THROWS(db->write([&] {
        repo.create(c);
        throw std::runtime_error("power cut");
    }));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customer_key")).toInt() == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == 0);
}

TEST_CASE("duplicates are found by folded name or by phone", "[repository]")
{
    TempDb db;
    CustomerRepository repo(*db);
    Customer a = makeCustomer(QStringLiteral("华彩 广告"), QStringLiteral("138 1234 5678"));
    repo.create(a);
    CHECK(repo.duplicatesOf(makeCustomer(QStringLiteral("华彩广告"))).size() == 1);
    Customer byPhone = makeCustomer(QStringLiteral("别的名字"), QStringLiteral("+86 13812345678"));
    CustomerRules::normalise(byPhone);
    CHECK(repo.duplicatesOf(byPhone).value(0).id == a.meta.id);
    CHECK(repo.duplicatesOf(makeCustomer(QStringLiteral("完全不同"))).isEmpty());
    CHECK(repo.duplicatesOf(a).isEmpty()); // not a duplicate of itself
}

TEST_CASE("archived customers are hidden from the list unless asked for", "[repository]")
{
    TempDb db;
    CustomerRepository repo(*db);
    Customer a = makeCustomer(QStringLiteral("甲公司"));
    Customer b = makeCustomer(QStringLiteral("乙公司"));
    repo.create(a);
    repo.create(b);
    repo.setArchived(b.meta.id, b.meta.version, true);
    CHECK(repo.count(false) == 1);
    CHECK(repo.count(true) == 2);
    CustomerListQuery all;
    all.includeArchived = true;
    CHECK(repo.page(all, 0, 10).size() == 2);
    CHECK(repo.page(CustomerListQuery{}, 0, 10).size() == 1);
    CHECK(repo.get(b.meta.id).archived);
}

TEST_CASE("list pages sort in SQL and keyset paging matches offset paging", "[repository]")
{
    TempDb db;
    CustomerRepository repo(*db);
    const QStringList names{QStringLiteral("张三"), QStringLiteral("阿里"), QStringLiteral("北京华彩"),
                            QStringLiteral("Zeta"), QStringLiteral("长沙广告"), QStringLiteral("重庆印务")};
    db->write([&] {
        for (int i = 0; i < 60; ++i) {
            Customer c = makeCustomer(names.at(i % names.size()) + QString::number(i));
            c.grade = QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}.at(i % 3);
            repo.create(c);
        }
    });
    for (const CustomerSort sort : {CustomerSort::Name, CustomerSort::Grade, CustomerSort::Updated}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            CustomerListQuery q;
            q.sort = sort;
            q.order = order;
            const QList<CustomerRow> all = repo.page(q, 0, 100);
            REQUIRE(all.size() == 60);
            QList<CustomerRow> walked = repo.page(q, 0, 7);
            while (walked.size() < 60)
                walked += repo.pageAfter(q, walked.constLast(), 7);
            for (int i = 0; i < 60; ++i)
                CHECK(walked.at(i).id == all.at(i).id);
            // With the total known, pages past the middle are read from the end: the same rows.
            for (const int offset : {0, 29, 30, 31, 50, 53, 56, 59, 60}) {
                QList<qint64> expected, read;
                for (const CustomerRow& r : all.mid(offset, 7))
                    expected.append(r.id);
                for (const CustomerRow& r : repo.page(q, offset, 7, 60))
                    read.append(r.id);
                CHECK(read == expected);
            }
        }
    }
    const QList<CustomerRow> byName = repo.page(CustomerListQuery{}, 0, 100);
    // Chinese names sort by pinyin: 阿里 (a) before 北京 (b) before 长沙 (chang) before 张三 (zhang).
    QStringList firstOfEach;
    for (const CustomerRow& r : byName)
        if (!firstOfEach.contains(r.name.left(2)))
            firstOfEach.append(r.name.left(2));
    CHECK(firstOfEach.indexOf(QStringLiteral("阿里")) < firstOfEach.indexOf(QStringLiteral("北京")));
    CHECK(firstOfEach.indexOf(QStringLiteral("北京")) < firstOfEach.indexOf(QStringLiteral("长沙")));
    CHECK(firstOfEach.indexOf(QStringLiteral("重庆")) < firstOfEach.indexOf(QStringLiteral("张三")));
}

TEST_CASE(
    "a customer's postcode: saved, checked, imported by its Chinese heading and given on the command line",
    "[repository][cli]")
{
    TempDb db;
    Customer c = makeCustomer(QStringLiteral("深圳市华彩广告有限公司"));
    c.postcode = QStringLiteral(" 518000 ");
    CustomerRepository repo(*db);
    repo.create(c);
    CHECK(scalar(*db, QStringLiteral("SELECT postcode FROM customers WHERE id = %1").arg(c.meta.id))
              .toString() == QStringLiteral("518000"));
    CHECK(repo.get(c.meta.id).postcode == QStringLiteral("518000"));
    // Not six digits: kept, with a warning that does not block the save.
    Customer odd = repo.get(c.meta.id);
    odd.postcode = QStringLiteral("51800");
    QList<FieldIssue> issues = CustomerRules::check(odd);
    REQUIRE(issues.size() == 1);
    CHECK(issues.at(0).field == QStringLiteral("postcode"));
    CHECK_FALSE(issues.at(0).blocking);

    const ImportTable table =
        importTableOf(QStringLiteral("客户名称,邮编,微信\n重庆鑫源装饰,400010,xinyuan88\n"));
    const QHash<int, ImportField> mapping = CustomerImport::mappingFor(table);
    CHECK(mapping.value(1) == ImportField::Postcode);

    const QString path = db.path;
    db.db.reset();
    const CliRun added =
        runCli({QStringLiteral("--db"), path, QStringLiteral("customer"), QStringLiteral("add"),
                QStringLiteral("--name"), QStringLiteral("成都百味餐饮"), QStringLiteral("--postcode"),
                QStringLiteral("610041"), QStringLiteral("--wechat"), QStringLiteral("baiwei_cd"),
                QStringLiteral("--email"), QStringLiteral("boss@baiwei.cn"), QStringLiteral("--json")});
    REQUIRE(added.status == 0);
    const qint64 id = added.json().object().value(QStringLiteral("id")).toInteger();
    const CliRun shown = runCli({QStringLiteral("--db"), path, QStringLiteral("customer"),
                                 QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    REQUIRE(shown.status == 0);
    const QJsonObject json = shown.json().object();
    CHECK(json.value(QStringLiteral("postcode")).toString() == QStringLiteral("610041"));
    CHECK(json.value(QStringLiteral("wechat")).toString() == QStringLiteral("baiwei_cd"));
    CHECK(json.value(QStringLiteral("email")).toString() == QStringLiteral("boss@baiwei.cn"));
}
