#include "TestSupport.h"
#include "store/CustomerRepository.h"
#include "store/CustomerSearchIndex.h"

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

struct SearchFixture
{
    TempDb db;
    CustomerRepository repo{*db};
    CustomerSearchIndex index{*db};
    QHash<QString, qint64> ids;

    SearchFixture()
    {
        add(QStringLiteral("华彩广告有限公司"), QStringLiteral("138 1234 5678"), QStringLiteral("李明"),
            QStringLiteral("深圳市南山区科技园南路88号"), QStringLiteral("华彩"));
        add(QStringLiteral("长城印务"), QStringLiteral("0755-2345 6789"), QStringLiteral("张长青"), QStringLiteral("宝安区"));
        add(QStringLiteral("重庆乐行文化传媒"), QStringLiteral("+86 139 8765 4321"), QStringLiteral("王芳"),
            QStringLiteral("渝中区解放碑"));
        add(QStringLiteral("厦门银行"), QStringLiteral("0592-5551234"), QStringLiteral("陈静"), QStringLiteral("思明区"));
        add(QStringLiteral("华彩"), QString(), QString(), QString());
        add(QStringLiteral("Bright Signs Ltd"), QStringLiteral("13500001111"), QStringLiteral("Tom"), QString());
    }

    void add(const QString& name, const QString& phone, const QString& contact, const QString& address,
             const QString& shortName = {})
    {
        Customer c = makeCustomer(name, phone, contact);
        c.address = address;
        c.shortName = shortName;
        repo.create(c);
        ids.insert(name, c.meta.id);
    }

    QList<qint64> find(const QString& query, int limit = 10)
    {
        QList<qint64> result;
        for (const CustomerSearchIndex::Hit& h : index.search(query, limit))
            result.append(h.id);
        return result;
    }
};

} // namespace

TEST_CASE("search finds Chinese substrings of three or more characters", "[search]")
{
    SearchFixture f;
    CHECK(f.find(QStringLiteral("广告有")).contains(f.ids[QStringLiteral("华彩广告有限公司")]));
    CHECK(f.find(QStringLiteral("科技园")) == QList<qint64>{f.ids[QStringLiteral("华彩广告有限公司")]});
    CHECK(f.find(QStringLiteral("文化传媒")) == QList<qint64>{f.ids[QStringLiteral("重庆乐行文化传媒")]});
    CHECK(f.find(QStringLiteral("解放碑")) == QList<qint64>{f.ids[QStringLiteral("重庆乐行文化传媒")]});
    CHECK(f.find(QStringLiteral("不存在的")).isEmpty());
}

TEST_CASE("search answers one and two character queries", "[search]")
{
    SearchFixture f;
    CHECK(f.find(QStringLiteral("乐行")) == QList<qint64>{f.ids[QStringLiteral("重庆乐行文化传媒")]});
    CHECK(f.find(QStringLiteral("银")) == QList<qint64>{f.ids[QStringLiteral("厦门银行")]});
    CHECK(f.find(QStringLiteral("王芳")) == QList<qint64>{f.ids[QStringLiteral("重庆乐行文化传媒")]});
    const QList<qint64> hua = f.find(QStringLiteral("华彩"));
    REQUIRE(hua.size() == 2);
    CHECK(hua.at(0) == f.ids[QStringLiteral("华彩")]); // the exact name ranks first
}

TEST_CASE("search by full pinyin and by initials, under every reading", "[search]")
{
    SearchFixture f;
    const qint64 huacai = f.ids[QStringLiteral("华彩广告有限公司")];
    const qint64 changcheng = f.ids[QStringLiteral("长城印务")];
    const qint64 chongqing = f.ids[QStringLiteral("重庆乐行文化传媒")];
    const qint64 xiamen = f.ids[QStringLiteral("厦门银行")];
    CHECK(f.find(QStringLiteral("huacaiguang")).contains(huacai));
    CHECK(f.find(QStringLiteral("HuaCai")).contains(huacai));
    CHECK(f.find(QStringLiteral("hcgg")) == QList<qint64>{huacai});
    CHECK(f.find(QStringLiteral("changcheng")) == QList<qint64>{changcheng});
    CHECK(f.find(QStringLiteral("zhangcheng")) == QList<qint64>{changcheng});
    CHECK(f.find(QStringLiteral("chongqing")).value(0) == chongqing);
    CHECK(f.find(QStringLiteral("cqlx")) == QList<qint64>{chongqing});
    CHECK(f.find(QStringLiteral("leyue")).isEmpty());
    CHECK(f.find(QStringLiteral("yuexing")).contains(chongqing)); // 乐 read yue
    CHECK(f.find(QStringLiteral("xiamen")).value(0) == xiamen);
    CHECK(f.find(QStringLiteral("xmyh")).value(0) == xiamen);
    CHECK(f.find(QStringLiteral("yinhang")).contains(xiamen));    // 行 read hang
    CHECK(f.find(QStringLiteral("zhangchangqing")).contains(changcheng)); // a contact's pinyin
    CHECK(f.find(QStringLiteral("hc")).value(0) == f.ids[QStringLiteral("华彩")]);
}

TEST_CASE("search by phone digits whatever the spacing, dashes or +86", "[search]")
{
    SearchFixture f;
    const qint64 huacai = f.ids[QStringLiteral("华彩广告有限公司")];
    const qint64 changcheng = f.ids[QStringLiteral("长城印务")];
    for (const char* q : {"13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "0086 13812345678",
                          "1234 5678", "12345"})
        CHECK(f.find(QString::fromLatin1(q)).value(0) == huacai);
    CHECK(f.find(QStringLiteral("0755-23456789")).value(0) == changcheng);
    CHECK(f.find(QStringLiteral("75523456789")).value(0) == changcheng);
    CHECK(f.find(QStringLiteral("8765")).value(0) == f.ids[QStringLiteral("重庆乐行文化传媒")]);
}

TEST_CASE("search ranks exact before prefix before substring and hides archived", "[search]")
{
    SearchFixture f;
    f.add(QStringLiteral("新华彩印"), QString(), QString(), QString());
    const QList<qint64> hits = f.find(QStringLiteral("华彩"));
    REQUIRE(hits.size() == 3);
    CHECK(hits.at(0) == f.ids[QStringLiteral("华彩")]);
    CHECK(hits.at(1) == f.ids[QStringLiteral("华彩广告有限公司")]);
    CHECK(hits.at(2) == f.ids[QStringLiteral("新华彩印")]);
    const Customer c = f.repo.get(f.ids[QStringLiteral("华彩")]);
    f.repo.setArchived(c.meta.id, c.meta.version, true);
    CHECK_FALSE(f.find(QStringLiteral("华彩")).contains(c.meta.id));
    CHECK(f.index.search(QStringLiteral("华彩"), 10, true).size() == 3);
    CHECK(f.find(QStringLiteral("华彩"), 1).size() == 1);
}

TEST_CASE("search follows edits and tolerates odd input", "[search]")
{
    SearchFixture f;
    Customer c = f.repo.get(f.ids[QStringLiteral("长城印务")]);
    c.name = QStringLiteral("长城喷绘");
    f.repo.update(c);
    CHECK(f.find(QStringLiteral("印务")).isEmpty());
    CHECK(f.find(QStringLiteral("城印务")).isEmpty());
    CHECK(f.find(QStringLiteral("城喷绘")) == QList<qint64>{c.meta.id});
    CHECK(f.find(QStringLiteral("ccph")) == QList<qint64>{c.meta.id});
    CHECK_NOTHROW(checkFullTextIndex(*f.db));
    for (const char* odd : {"", "   ", "\"", "%", "_", "a\"b\"c", "'; DROP TABLE customers; --", "*", "NEAR("})
        CHECK_NOTHROW(f.find(QString::fromUtf8(odd)));
    CHECK(f.find(QStringLiteral("bright")).value(0) == f.ids[QStringLiteral("Bright Signs Ltd")]);
    CHECK(f.find(QStringLiteral("BRIGHT SIGNS")).value(0) == f.ids[QStringLiteral("Bright Signs Ltd")]);
}
