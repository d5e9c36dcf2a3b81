#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace shopcrm;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SHOPCRM_CLI), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("cli: init, add, show, list and search end to end", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.db"));
    Run init = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    REQUIRE(init.status == 0);

    Run add = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("customer"), QStringLiteral("add"),
                   QStringLiteral("--name"), QStringLiteral("华彩广告"), QStringLiteral("--phone"),
                   QStringLiteral("+86 138-1234-5678"), QStringLiteral("--contact"), QStringLiteral("李明"),
                   QStringLiteral("--address"), QStringLiteral("深圳市南山区"), QStringLiteral("--tags"),
                   QStringLiteral("门头,喷绘")});
    REQUIRE(add.status == 0);
    const qint64 id = add.json().object().value(QStringLiteral("id")).toInteger();
    CHECK(id > 0);
    Run plain = cli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("长城印务")});
    REQUIRE(plain.status == 0);
    CHECK(plain.out.trimmed().toLongLong() == id + 1);

    Run show = cli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("show"), QString::number(id),
                    QStringLiteral("--json")});
    REQUIRE(show.status == 0);
    const QJsonObject o = show.json().object();
    CHECK(o.value(QStringLiteral("id")).toInteger() == id);
    CHECK(o.value(QStringLiteral("name")).toString() == QStringLiteral("华彩广告"));
    CHECK(o.value(QStringLiteral("phone")).toString() == QStringLiteral("138 1234 5678"));
    CHECK(o.value(QStringLiteral("contact")).toString() == QStringLiteral("李明"));
    CHECK(o.value(QStringLiteral("address")).toString() == QStringLiteral("深圳市南山区"));

    Run list = cli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.status == 0);
    CHECK(list.json().array().size() == 2);

    for (const char* q : {"hcgg", "huacai", "13812345678", "138 1234", "华彩"}) {
        Run search = cli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("search"),
                          QString::fromUtf8(q), QStringLiteral("--json")});
        REQUIRE(search.status == 0);
        const QJsonArray hits = search.json().array();
        REQUIRE_FALSE(hits.isEmpty());
        CHECK(hits.at(0).toObject().value(QStringLiteral("id")).toInteger() == id);
        CHECK(hits.at(0).toObject().contains(QStringLiteral("address")));
    }
    Run text = cli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("search"), QStringLiteral("zhangcheng")});
    CHECK(text.status == 0);
    CHECK(text.out.contains(QStringLiteral("长城印务")));
}

TEST_CASE("cli: user errors exit 1, usage errors exit 2", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.db"));
    Run empty = cli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QString()});
    CHECK(empty.status == 1);
    CHECK(empty.err.contains(QStringLiteral("name")));
    Run missing = cli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("999")});
    CHECK(missing.status == 1);
    CHECK(cli({QStringLiteral("--db"), db}).status == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("frobnicate")}).status == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("abc")}).status == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--limit"),
               QStringLiteral("-3")}).status == 2);
    CHECK(cli({QStringLiteral("--help")}).status == 0);

    const QString junk = dir.filePath(QStringLiteral("junk.db"));
    QFile f(junk);
    f.open(QIODevice::WriteOnly);
    f.write("hello, not sqlite");
    f.close();
    Run bad = cli({QStringLiteral("--db"), junk, QStringLiteral("customer"), QStringLiteral("list")});
    CHECK(bad.status == 1);
    CHECK(bad.err.contains(QStringLiteral("not a ShopCRM database")));
    QFile check(junk);
    check.open(QIODevice::ReadOnly);
    CHECK(check.readAll() == QByteArray("hello, not sqlite"));
}

TEST_CASE("cli: demo data is realistic and the same for the same seed", "[cli]")
{
    QTemporaryDir dir;
    auto names = [&](const QString& file) {
        const QString db = dir.filePath(file);
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("50"),
                     QStringLiteral("--seed"), QStringLiteral("9")}).status == 0);
        Run list = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("customer"), QStringLiteral("list"),
                        QStringLiteral("--limit"), QStringLiteral("100")});
        REQUIRE(list.status == 0);
        QStringList result;
        for (const QJsonValue& v : list.json().array()) {
            const QJsonObject o = v.toObject();
            result.append(o.value(QStringLiteral("name")).toString());
            CHECK_FALSE(o.value(QStringLiteral("phone")).toString().isEmpty());
            CHECK_FALSE(o.value(QStringLiteral("contact")).toString().isEmpty());
            CHECK_FALSE(o.value(QStringLiteral("address")).toString().isEmpty());
        }
        return result;
    };
    const QStringList first = names(QStringLiteral("a.db"));
    CHECK(first.size() == 50);
    CHECK(first == names(QStringLiteral("b.db")));
}
