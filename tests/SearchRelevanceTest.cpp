#include "domain/TextSearch.h"
#include "store/CustomerRepository.h"
#include "store/CustomerSearchIndex.h"
#include "store/OrderRepository.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

// A labelled set: names, short names, contacts and addresses that share words, polyphones (长, 重,
// 行), ü (旅 吕 女) and a mobile kept with its trunk 0. Each query below lists the customers a
// person at the desk expects, in the order expected.
struct Labelled
{
    TempDb db;
    CustomerRepository repo{*db};
    CustomerSearchIndex index{*db};
    QHash<QString, qint64> ids;

    Labelled()
    {
        add(QStringLiteral("深圳市华彩广告有限公司"), QStringLiteral("华彩"), QStringLiteral("张伟"),
            QStringLiteral("13812345678"), QStringLiteral("南山区科技园路1号"));
        add(QStringLiteral("华彩"), {}, {}, {}, {});
        add(QStringLiteral("新华彩印"), {}, {}, {}, {});
        add(QStringLiteral("科技园路打印店"), {}, QStringLiteral("刘洋"), {}, {});
        add(QStringLiteral("李娜"), {}, {}, {}, QStringLiteral("科技园路88号"));
        add(QStringLiteral("四川省娟建设股份有限公司"), {}, QStringLiteral("赵敏"), {}, {});
        add(QStringLiteral("建设路复印店"), {}, {}, {}, {});
        add(QStringLiteral("王芳"), {}, {}, {}, QStringLiteral("建设路12号"));
        add(QStringLiteral("浙江省梓涵食品有限公司"), {}, {}, {}, {});
        add(QStringLiteral("重庆长江旅游广告"), QStringLiteral("长江旅游"), QStringLiteral("周强"), {}, {});
        add(QStringLiteral("吕军"), {}, {}, {}, {});
        add(QStringLiteral("陆军"), {}, {}, {}, {});
        add(QStringLiteral("长城印务"), QStringLiteral("长城"), QStringLiteral("张长青"),
            QStringLiteral("0755-23456789"), {});
        add(QStringLiteral("远方客户"), {}, {}, QStringLiteral("015836002656"), {});
        add(QStringLiteral("鑫源装饰"), {}, QStringLiteral("张伟"), {}, {});
        add(QStringLiteral("张伟"), {}, {}, {}, {});
        add(QStringLiteral("张伟华"), {}, {}, {}, {});
        add(QStringLiteral("厦门银行"), {}, {}, {}, QStringLiteral("思明区"));
        add(QStringLiteral("女子美容院"), {}, {}, {}, {});
    }

    void add(const QString& name, const QString& shortName, const QString& contact, const QString& phone,
             const QString& address)
    {
        Customer c = makeCustomer(name, phone, contact);
        c.shortName = shortName;
        c.address = address;
        repo.create(c);
        ids.insert(name, c.meta.id);
    }

    // The names found, best first, joined for readable failures.
    std::string find(const QString& query, int limit = 20)
    {
        QStringList names;
        for (const CustomerSearchIndex::Hit& h : index.search(query, limit))
            names.append(ids.key(h.id));
        return names.join(QStringLiteral(", ")).toStdString();
    }
};

std::string names(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* n : list)
        result.append(QString::fromUtf8(n));
    return result.join(QStringLiteral(", ")).toStdString();
}

} // namespace

TEST_CASE("search relevance: names before addresses at any query length", "[search][relevance]")
{
    Labelled f;
    // 李娜's address starts with 科技, 华彩广告's has it after a word.
    CHECK(f.find(QStringLiteral("科技")) == names({"科技园路打印店", "李娜", "深圳市华彩广告有限公司"}));
    CHECK(f.find(QStringLiteral("建设")) == names({"建设路复印店", "四川省娟建设股份有限公司", "王芳"}));
    CHECK(f.find(QStringLiteral("jianshe")) == names({"建设路复印店", "四川省娟建设股份有限公司", "王芳"}));
    CHECK(f.find(QStringLiteral("科")) == names({"科技园路打印店", "李娜", "深圳市华彩广告有限公司"}));
    CHECK(f.find(QStringLiteral("科技园路")) == names({"科技园路打印店", "李娜", "深圳市华彩广告有限公司"}));
    // Three characters or syllables: the last ones must be in the address too.
    CHECK(f.find(QStringLiteral("科技园")) == names({"科技园路打印店", "李娜", "深圳市华彩广告有限公司"}));
    CHECK(f.find(QStringLiteral("kejiyuan")) == names({"科技园路打印店", "李娜", "深圳市华彩广告有限公司"}));
    CHECK(f.find(QStringLiteral("kejiyuanlu")) ==
          names({"科技园路打印店", "李娜", "深圳市华彩广告有限公司"}));
    CHECK(f.find(QStringLiteral("nanshanqu")) == names({"深圳市华彩广告有限公司"}));
    CHECK(f.find(QStringLiteral("科技路")).empty());
    CHECK(f.find(QStringLiteral("kejilu")).empty());
}

TEST_CASE("search relevance: exact, then prefix, then word start, then any substring", "[search][relevance]")
{
    Labelled f;
    CHECK(f.find(QStringLiteral("华彩")) == names({"华彩", "深圳市华彩广告有限公司", "新华彩印"}));
    CHECK(f.find(QStringLiteral("huacai")) == names({"华彩", "深圳市华彩广告有限公司", "新华彩印"}));
    CHECK(f.find(QStringLiteral("hc"), 3) == names({"华彩", "深圳市华彩广告有限公司", "新华彩印"}));
    // A person's name, then a name that starts with it, then the customers where they are the contact.
    CHECK(f.find(QStringLiteral("zhangwei")) ==
          names({"张伟", "张伟华", "深圳市华彩广告有限公司", "鑫源装饰"}));
    CHECK(f.find(QStringLiteral("张伟")) == names({"张伟", "张伟华", "深圳市华彩广告有限公司", "鑫源装饰"}));
    CHECK(f.find(QStringLiteral("zw"), 2) == names({"张伟", "张伟华"}));
}

TEST_CASE("search relevance: pinyin at any syllable, polyphones, ü as v or u, mixed and several terms",
          "[search][relevance]")
{
    Labelled f;
    CHECK(f.find(QStringLiteral("hanshi")) == names({"浙江省梓涵食品有限公司"}));
    CHECK(f.find(QStringLiteral("zhsp")) == names({"浙江省梓涵食品有限公司"}));
    CHECK(f.find(QStringLiteral("lvyou")) == names({"重庆长江旅游广告"}));
    CHECK(f.find(QStringLiteral("luyou")) == names({"重庆长江旅游广告"}));
    CHECK(f.find(QStringLiteral("lvjun")) == names({"吕军"}));
    const std::string lujun = f.find(QStringLiteral("lujun"));
    CHECK((lujun == names({"吕军", "陆军"}) || lujun == names({"陆军", "吕军"})));
    CHECK(f.find(QStringLiteral("nvzi")) == names({"女子美容院"}));
    CHECK(f.find(QStringLiteral("nuzi")) == names({"女子美容院"}));
    CHECK(f.find(QStringLiteral("chongqing")) == names({"重庆长江旅游广告"}));
    CHECK(f.find(QStringLiteral("changjiang")) == names({"重庆长江旅游广告"}));
    CHECK(f.find(QStringLiteral("zhangjiang")) == names({"重庆长江旅游广告"})); // 长 also reads zhang
    CHECK(f.find(QStringLiteral("yinhang")) == names({"厦门银行"}));
    CHECK(f.find(QStringLiteral("xiamenyinxing")) == names({"厦门银行"}));
    CHECK(f.find(QStringLiteral("hc广告")) == names({"深圳市华彩广告有限公司"}));
    CHECK(f.find(QStringLiteral("华cgg")) == names({"深圳市华彩广告有限公司"}));
    CHECK(f.find(QStringLiteral("深圳 华彩")) == names({"深圳市华彩广告有限公司"}));
    CHECK(f.find(QStringLiteral("华彩 南山")) == names({"深圳市华彩广告有限公司"}));
    CHECK(f.find(QStringLiteral("huacai zhangwei")) == names({"深圳市华彩广告有限公司"}));
    CHECK(f.find(QStringLiteral("zhangw"), 2) == names({"张伟", "张伟华"}));
    CHECK(f.find(QStringLiteral("ＨＵＡＣＡＩ"), 1) == names({"华彩"})); // full-width letters
}

TEST_CASE("search relevance: phones by any four digits, with or without +86, 0086 or the trunk 0",
          "[search][relevance]")
{
    Labelled f;
    for (const char* q : {"0158-36002656", "015836002656", "15836002656", "+86 158 3600 2656",
                          "0086 158-3600-2656", "3600 2656", "(0158) 3600 2656", "2656"}) {
        INFO(q);
        CHECK(f.find(QString::fromLatin1(q)) == names({"远方客户"}));
    }
    CHECK(f.find(QStringLiteral("0755 2345")) == names({"长城印务"}));
    CHECK(f.find(QStringLiteral("+86 755 2345 6789"), 1) == names({"长城印务"}));
    CHECK(f.find(QStringLiteral("1381234")) == names({"深圳市华彩广告有限公司"}));
}

TEST_CASE("search relevance: equal matches come by recent activity", "[search][relevance]")
{
    Labelled f;
    // 华彩 and 新华彩印 tie with nobody; give the two 张伟 contact customers an order each, the later
    // one more recent: it comes first among the contact matches.
    const qint64 xinyuan = f.ids[QStringLiteral("鑫源装饰")];
    OrderRepository orders(*f.db);
    Order o;
    o.customerId = xinyuan;
    o.orderDate = QDateTime::currentDateTimeUtc().addDays(2);
    OrderLine line;
    line.product = QStringLiteral("名片");
    line.unit = QStringLiteral("盒");
    line.quantity = Quantity::fromUnits(1);
    line.unitPrice = Money::fromFen(100);
    o.lines.append(line);
    orders.create(o);
    CHECK(f.find(QStringLiteral("zhangwei")) ==
          names({"张伟", "张伟华", "鑫源装饰", "深圳市华彩广告有限公司"}));
    CHECK(scalar(*f.db, QStringLiteral("SELECT search_day FROM customers WHERE id = %1").arg(xinyuan))
              .toInt() == CustomerSearchIndex::dayNumber(o.orderDate.toLocalTime().date()));
    // An edit keeps the customer's place among recent ones and its keys in step.
    Customer c = f.repo.get(xinyuan);
    c.name = QStringLiteral("鑫源装饰工程");
    f.repo.update(c);
    CHECK(f.find(QStringLiteral("zhangwei")) ==
          names({"张伟", "张伟华", "鑫源装饰", "深圳市华彩广告有限公司"}));
    CHECK(f.find(QStringLiteral("装饰工程")) == names({"鑫源装饰"})); // (listed by its first name)
    CHECK_NOTHROW(checkFullTextIndex(*f.db));
    // Many at once, as the bulk writers move them: 华彩 is now the most recent; 鑫源's day is
    // older than its order, so it stays where it is.
    const qint64 huacai = f.ids[QStringLiteral("深圳市华彩广告有限公司")];
    CustomerSearchIndex(*f.db).touchMany(
        {{huacai, QDate::currentDate().addDays(3)}, {xinyuan, QDate::currentDate().addDays(1)}});
    CHECK(f.find(QStringLiteral("zhangwei")) ==
          names({"张伟", "张伟华", "深圳市华彩广告有限公司", "鑫源装饰"}));
    CHECK(scalar(*f.db, QStringLiteral("SELECT search_day FROM customers WHERE id = %1").arg(xinyuan)).toInt() ==
          CustomerSearchIndex::dayNumber(o.orderDate.toLocalTime().date()));
    CHECK_NOTHROW(checkFullTextIndex(*f.db));
}

TEST_CASE("the matched part of a text, for highlighting", "[search]")
{
    auto part = [](const char* query, const char* text) {
        const QString t = QString::fromUtf8(text);
        const QList<TextMatch> m = SearchQuery(QString::fromUtf8(query)).highlights(t);
        return m.isEmpty() ? QString() : t.mid(m.first().from, m.first().length);
    };
    CHECK(part("hc广告", "深圳市华彩广告有限公司") == QStringLiteral("华彩广告"));
    CHECK(part("jianshe", "四川省娟建设股份有限公司") == QStringLiteral("建设"));
    CHECK(part("3600 2656", "0158 3600 2656") == QStringLiteral("3600 2656"));
    CHECK(part("lvy", "重庆长江旅游广告") == QStringLiteral("旅游"));
    CHECK(part("ｌｅｄ", "LED灯箱") == QStringLiteral("LED"));
    CHECK(part("xyz", "华彩").isEmpty());
    const QList<TextMatch> two =
        SearchQuery(QStringLiteral("深圳 广告")).highlights(QStringLiteral("深圳市华彩广告"));
    REQUIRE(two.size() == 2);
    CHECK(two.at(0).from == 0);
    CHECK(two.at(1).from == 5);
    CHECK(SearchTerm(QStringLiteral("华彩")).matchIn(SearchText(QStringLiteral("华彩"))).quality ==
          MatchQuality::Exact);
    CHECK(SearchTerm(QStringLiteral("hua")).matchIn(SearchText(QStringLiteral("华彩"))).quality ==
          MatchQuality::Prefix);
    CHECK(SearchTerm(QStringLiteral("gao")).matchIn(SearchText(QStringLiteral("华彩广告"))).quality ==
          MatchQuality::Substring);
    CHECK(SearchTerm(QStringLiteral("guang")).matchIn(SearchText(QStringLiteral("华彩广告"))).quality ==
          MatchQuality::WordStart);
}

TEST_CASE("search relevance: two terms find the few customers holding both behind thousands holding one",
          "[search][relevance]")
{
    // 6,000 people named …志强 come before the three companies whose contact is a 志强 in a ranking
    // by the rarer term, and 41,000 companies (公司) with other contacts are too many to hold as a
    // set: a search confirming candidates one by one gives up long before reaching the three.
    TempDb db;
    CustomerRepository repo(*db);
    const QStringList surnames =
        QStringList{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                    QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨")};
    QList<Customer> many;
    for (int i = 0; i < 6000; ++i)
        many.append(makeCustomer(surnames.at(i % surnames.size()) + QStringLiteral("志强"),
                                 QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'))));
    for (int i = 0; i < 41000; ++i)
        many.append(makeCustomer(QStringLiteral("第%1印刷有限公司").arg(i), {}, QStringLiteral("赵敏")));
    for (int i = 0; i < 3; ++i)
        many.append(makeCustomer(QStringLiteral("华彩%1广告有限公司").arg(i), {},
                                 surnames.at(i) + QStringLiteral("志强")));
    repo.createMany(many);
    auto found = [&](const QString& query) {
        QList<qint64> ids;
        for (const CustomerSearchIndex::Hit& h : CustomerSearchIndex(*db).search(query, 50))
            ids.append(h.id);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    auto expected = [&](const QString& sql) {
        QList<qint64> ids;
        const QString all =
            scalar(*db, QStringLiteral("SELECT group_concat(id) FROM (%1)").arg(sql)).toString();
        for (const QString& id : all.split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids.append(id.toLongLong());
        return ids;
    };
    const QList<qint64> both = expected(QStringLiteral(
        "SELECT id FROM customers c WHERE name LIKE '%公司%' AND EXISTS (SELECT 1 FROM contacts k "
        "WHERE k.customer_id = c.id AND k.name LIKE '%志强%') ORDER BY id"));
    REQUIRE(both.size() == 3);
    CHECK(found(QStringLiteral("公司 志强")) == both);
    CHECK(found(QStringLiteral("志强 公司")) == both);
    CHECK(found(QStringLiteral("zhiqiang gongsi")) == both);
    CHECK(found(QStringLiteral("zq 有限")) == both);
    CHECK(found(QStringLiteral("zhiq 公司")) == both);
    CHECK(found(QStringLiteral("华彩 zhiqiang")) == both);
    CHECK(found(QStringLiteral("wzq 公司")) == both.mid(0, 1)); // 王志强 by his initials
    CHECK(found(QStringLiteral("志强 13900000005")) ==
          expected(QStringLiteral(
              "SELECT id FROM customers WHERE replace(phones, ' ', '') LIKE '%13900000005%'")));
    CHECK(found(QStringLiteral("公司 志强 华彩1")) ==
          expected(QStringLiteral("SELECT id FROM customers WHERE name LIKE '华彩1%'")));
    // Renamed, removed: the whole customer's keys follow.
    Customer renamed = repo.get(both.at(0));
    renamed.name = QStringLiteral("华彩0广告工作室");
    repo.update(renamed);
    CHECK(found(QStringLiteral("公司 志强")) == both.mid(1));
    CHECK(found(QStringLiteral("工作室 志强")) == both.mid(0, 1));
    CHECK(found(QStringLiteral("公司 赵敏")).size() == 50);
}
