#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

#include <functional>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

using Run = CliRun;
CliRun cli(const QStringList& args)
{
    return runCli(args);
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

namespace {
const char* const kExampleOrder = R"JSON(
{"customer": "华彩广告", "date": "2026-11-20T10:30", "due": "2026-12-01T17:00", "urgent": false, "title": "门头招牌",
 "staff": [{"name": "李明", "role": "designer"}],
 "lines": [{"product": "户外喷绘布", "width_mm": 3000, "height_mm": 1500, "quantity": "2", "unit": "m2", "unit_price": "25.00"},
           {"product": "名片", "quantity": "5", "unit": "盒", "unit_price": "38.50"}],
 "deposit": "100.00", "note": "加急"}
)JSON";

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}
} // namespace

TEST_CASE("cli: order add, show, list and status round trip", "[cli][orders]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("orders.db"));
    const QStringList base{QStringLiteral("--db"), db};
    REQUIRE(cli(base + QStringList{QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("华彩广告"), QStringLiteral("--contact"), QStringLiteral("张三"),
                                   QStringLiteral("--phone"), QStringLiteral("13800138000")})
                .status == 0);
    REQUIRE(cli(base + QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("李明"), QStringLiteral("--role"), QStringLiteral("designer")})
                .status == 0);
    const QString file = writeFile(dir, QStringLiteral("order.json"), QByteArray(kExampleOrder));

    Run add = cli(base + QStringList{QStringLiteral("order"), QStringLiteral("add"), QStringLiteral("--json"), file});
    INFO(add.err.toStdString());
    REQUIRE(add.status == 0);
    const QString number = add.json().object().value(QStringLiteral("number")).toString();
    CHECK(number == QStringLiteral("DD20261120-001"));

    Run plain = cli(base + QStringList{QStringLiteral("order"), QStringLiteral("add"), file});
    REQUIRE(plain.status == 0);
    CHECK(plain.out.trimmed() == QStringLiteral("DD20261120-002"));

    Run show = cli(base + QStringList{QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("show"), number});
    REQUIRE(show.status == 0);
    const QJsonObject o = show.json().object();
    CHECK(o.value(QStringLiteral("number")).toString() == number);
    CHECK(o.value(QStringLiteral("customer")).toString() == QStringLiteral("华彩广告"));
    CHECK(o.value(QStringLiteral("status")).toString() == QStringLiteral("unscheduled"));
    CHECK(o.value(QStringLiteral("total")).toString() == QStringLiteral("417.50"));
    CHECK(o.value(QStringLiteral("deposit")).toString() == QStringLiteral("100.00"));
    CHECK(o.value(QStringLiteral("total_in_words")).toString() == QStringLiteral("肆佰壹拾柒元伍角"));
    CHECK(o.value(QStringLiteral("due")).toString().startsWith(QStringLiteral("2026-12-01T17:00")));
    CHECK(o.value(QStringLiteral("contact")).toString() == QStringLiteral("张三"));
    const QJsonArray lines = o.value(QStringLiteral("lines")).toArray();
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).toObject().value(QStringLiteral("area_m2")).toString() == QStringLiteral("9.000"));
    CHECK(lines.at(0).toObject().value(QStringLiteral("amount")).toString() == QStringLiteral("225.00"));
    CHECK_FALSE(lines.at(1).toObject().contains(QStringLiteral("area_m2")));
    CHECK(lines.at(1).toObject().value(QStringLiteral("amount")).toString() == QStringLiteral("192.50"));

    Run status = cli(base + QStringList{QStringLiteral("order"), QStringLiteral("status"), number,
                                        QStringLiteral("in_production")});
    REQUIRE(status.status == 0);
    CHECK(cli(base + QStringList{QStringLiteral("order"), QStringLiteral("status"), number, QStringLiteral("cancelled")})
              .status == 1); // a reason is required
    REQUIRE(cli(base + QStringList{QStringLiteral("order"), QStringLiteral("status"), number, QStringLiteral("delivered")})
                .status == 0);

    Run list = cli(base + QStringList{QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("list")});
    REQUIRE(list.status == 0);
    CHECK(list.json().object().value(QStringLiteral("count")).toInt() == 1); // the delivered one is not listed
    CHECK(list.json().object().value(QStringLiteral("total")).toString() == QStringLiteral("417.50"));
    Run all = cli(base + QStringList{QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("list"),
                                     QStringLiteral("--status"), QStringLiteral("all")});
    const QJsonArray rows = all.json().object().value(QStringLiteral("orders")).toArray();
    REQUIRE(rows.size() == 2);
    QStringList statuses;
    for (const QJsonValue& r : rows)
        statuses.append(r.toObject().value(QStringLiteral("status")).toString());
    statuses.sort();
    CHECK(statuses == QStringList{QStringLiteral("delivered"), QStringLiteral("unscheduled")});

    Run history = cli(base + QStringList{QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("show"), number});
    CHECK(history.json().object().value(QStringLiteral("history")).toArray().size() == 3);
}

TEST_CASE("cli: bad orders are refused with a clear message and nothing is saved", "[cli][orders]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bad.db"));
    const QStringList base{QStringLiteral("--db"), db};
    REQUIRE(cli(base + QStringList{QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("华彩广告")})
                .status == 0);
    struct Case
    {
        const char* json;
        const char* message;
    };
    const Case cases[] = {
        {R"({"customer": "无此客户", "lines": [{"product": "名片", "quantity": "1", "unit_price": "1"}]})", "无此客户"},
        {R"({"customer": "华彩广告", "lines": [{"product": "名片", "quantity": "-2", "unit_price": "1"}]})", "Line 1"},
        {R"({"customer": "华彩广告", "lines": [{"product": "名片", "quantity": "0", "unit_price": "1"}]})", "more than zero"},
        {R"({"customer": "华彩广告", "lines": [{"product": "名片", "quantity": "1", "unit_price": "十元"}]})", "十元"},
        {R"({"customer": "华彩广告", "lines": [{"product": "名片", "quantity": "1", "unit_price": "1.005"}]})", "two decimals"},
        {R"({"customer": "华彩广告", "date": "2026-11-20T10:30", "due": "2026-11-19T10:30",
             "lines": [{"product": "名片", "quantity": "1", "unit_price": "1"}]})", "before the order date"},
        {R"({"customer": "华彩广告", "lines": []})", "at least one line"},
        {R"({"customer": "华彩广告", "staff": [{"name": "无名"}], "lines": [{"product": "名片", "unit_price": "1"}]})", "无名"},
        {R"({"customer": "华彩广告", "lines": [{"product": "名片", "unit_price": "1"}], "deposit": "5"})", "deposit"},
        {R"(not json)", "JSON"},
    };
    for (const Case& c : cases) {
        const QString file = writeFile(dir, QStringLiteral("bad.json"), QByteArray(c.json));
        Run run = cli(base + QStringList{QStringLiteral("order"), QStringLiteral("add"), file});
        INFO(c.json);
        INFO(run.err.toStdString());
        CHECK(run.status == 1);
        CHECK(run.err.contains(QString::fromUtf8(c.message), Qt::CaseInsensitive));
    }
    Run list = cli(base + QStringList{QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("list"),
                                      QStringLiteral("--status"), QStringLiteral("all")});
    CHECK(list.json().object().value(QStringLiteral("count")).toInt() == 0);
    CHECK(cli(base + QStringList{QStringLiteral("order"), QStringLiteral("show"), QStringLiteral("DD1")}).status == 1);
    CHECK(cli(base + QStringList{QStringLiteral("order"), QStringLiteral("frobnicate")}).status == 2);
}

TEST_CASE("cli: demo orders are numbered by date and have a history", "[cli][orders]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    Run demo = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--customers"),
                    QStringLiteral("50"), QStringLiteral("--orders"), QStringLiteral("400")});
    REQUIRE(demo.status == 0);
    Database d(db);
    CHECK(scalar(d, QStringLiteral("SELECT count(*) FROM orders")).toInt() == 400);
    CHECK(scalar(d, QStringLiteral("SELECT count(*) FROM orders WHERE substr(number, 3, 8) <> "
                                   "strftime('%Y%m%d', order_date, 'localtime')")).toInt() == 0);
    CHECK(scalar(d, QStringLiteral("SELECT count(*) FROM orders o WHERE total <> "
                                   "(SELECT sum(amount) FROM order_lines WHERE order_id = o.id)")).toInt() == 0);
    CHECK(scalar(d, QStringLiteral("SELECT count(*) FROM orders o WHERE status <> (SELECT to_status FROM "
                                   "order_status_history h WHERE h.order_id = o.id ORDER BY at DESC, id DESC LIMIT 1)")).toInt() == 0);
    CHECK(scalar(d, QStringLiteral("SELECT count(DISTINCT status) FROM orders")).toInt() >= 4); // open, done, delivered, cancelled
    CHECK(scalar(d, QStringLiteral("SELECT min(order_date) < datetime('now', '-600 days') FROM orders")).toBool());
}

TEST_CASE("cli: print a work order, a new delivery slip, a reprint and a statement to PDF", "[cli][documents]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("print.db"));
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("--language"), QStringLiteral("zh_CN")};
    REQUIRE(cli(base + QStringList{QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("华彩广告")}).status == 0);
    REQUIRE(cli(base + QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("李明")}).status == 0);
    const QString file = writeFile(dir, QStringLiteral("order.json"), QByteArray(kExampleOrder));
    REQUIRE(cli(base + QStringList{QStringLiteral("order"), QStringLiteral("add"), file}).status == 0);
    auto print = [&](const QStringList& args) { return cli(base + QStringList{QStringLiteral("--json"), QStringLiteral("print")} + args); };

    Run work = print({QStringLiteral("work-order"), QStringLiteral("DD20261120-001"), QStringLiteral("--pdf"),
                      dir.filePath(QStringLiteral("wo.pdf")), QStringLiteral("--form"), QStringLiteral("241x140")});
    INFO(work.err.toStdString());
    REQUIRE(work.status == 0);
    CHECK(work.json().object().value(QStringLiteral("pages")).toInt() == 1);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("wo.pdf"))));

    Run slip = print({QStringLiteral("delivery-slip"), QStringLiteral("DD20261120-001"), QStringLiteral("--pdf"),
                      dir.filePath(QStringLiteral("ds.pdf"))});
    REQUIRE(slip.status == 0);
    const QString number = slip.json().object().value(QStringLiteral("slip")).toString();
    CHECK(number.startsWith(QStringLiteral("SD")));
    CHECK(slip.json().object().value(QStringLiteral("total")).toString() == QStringLiteral("417.50"));
    CHECK(slip.json().object().value(QStringLiteral("copy")).toInt() == 1);
    Run show = cli(base + QStringList{QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("show"),
                                      QStringLiteral("DD20261120-001")});
    CHECK(show.json().object().value(QStringLiteral("status")).toString() == QStringLiteral("delivered"));
    // Nothing left to deliver: a clear refusal, and no second slip.
    CHECK(print({QStringLiteral("delivery-slip"), QStringLiteral("DD20261120-001"), QStringLiteral("--pdf"),
                 dir.filePath(QStringLiteral("none.pdf"))}).status == 1);

    Run again = print({QStringLiteral("delivery-slip"), QStringLiteral("--slip"), number, QStringLiteral("--pdf"),
                       dir.filePath(QStringLiteral("ds2.pdf")), QStringLiteral("--form"), QStringLiteral("241x93")});
    REQUIRE(again.status == 0);
    CHECK(again.json().object().value(QStringLiteral("copy")).toInt() == 2);
    // The order's record shows both prints, the second as a reprint, and nothing left to deliver.
    const QJsonObject record = cli(base + QStringList{QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("show"),
                                                      QStringLiteral("DD20261120-001")}).json().object();
    const QJsonArray prints = record.value(QStringLiteral("prints")).toArray();
    REQUIRE(prints.size() == 3); // work order, slip, slip again
    CHECK(prints.at(2).toObject().value(QStringLiteral("reprint")).toBool());
    CHECK(record.value(QStringLiteral("deliveries")).toArray().at(0).toObject().value(QStringLiteral("remaining")).toString() ==
          QStringLiteral("0"));

    Run statement = print({QStringLiteral("statement"), QStringLiteral("--customer"), QStringLiteral("华彩广告"),
                           QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                           QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--pdf"),
                           dir.filePath(QStringLiteral("st.pdf"))});
    REQUIRE(statement.status == 0);

    CHECK(print({QStringLiteral("work-order"), QStringLiteral("DD20261120-001"), QStringLiteral("--pdf"),
                 dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--form"), QStringLiteral("letter")}).status == 2);
    CHECK(print({QStringLiteral("work-order"), QStringLiteral("NOPE"), QStringLiteral("--pdf"),
                 dir.filePath(QStringLiteral("x.pdf"))}).status == 1);
    Run unwritable = print({QStringLiteral("work-order"), QStringLiteral("DD20261120-001"), QStringLiteral("--pdf"),
                            QStringLiteral("/nonexistent/dir/x.pdf")});
    CHECK(unwritable.status == 1);
    CHECK(unwritable.err.contains(QStringLiteral("/nonexistent/dir/x.pdf")));
}

TEST_CASE("cli: the benchmark runs at scale 0.05 and reports every scenario beside its baseline", "[cli][bench]")
{
    // The smoke test of `bench` (no time is asserted): 5,000 customers, 25,000 orders.
    Run bench = cli({QStringLiteral("bench"), QStringLiteral("--scale"), QStringLiteral("0.05"), QStringLiteral("--samples"),
                     QStringLiteral("10")});
    INFO(bench.err.toStdString());
    REQUIRE(bench.status == 0);
    const QJsonObject o = bench.json().object();
    const QJsonObject generated = o.value(QStringLiteral("generated")).toObject();
    CHECK(generated.value(QStringLiteral("customers")).toInt() == 5000);
    CHECK(generated.value(QStringLiteral("orders")).toInt() == 25000);
    CHECK(generated.value(QStringLiteral("payments")).toInt() > 10000);
    const QJsonObject database = o.value(QStringLiteral("database")).toObject();
    CHECK(database.value(QStringLiteral("orders")).toInt() >= 25000);
    CHECK(database.value(QStringLiteral("bytes_per_customer")).toDouble() > 100);
    CHECK(database.value(QStringLiteral("bytes_per_order")).toDouble() > 100);
    // Every timed scenario on the shop carries its same-run baseline and their ratio.
    int timed = 0;
    std::function<void(const QJsonObject&, const QString&)> walk = [&](const QJsonObject& node, const QString& path) {
        if (node.contains(QStringLiteral("p95_ms"))) {
            ++timed;
            INFO(path.toStdString());
            CHECK(node.value(QStringLiteral("p50_ms")).toDouble() <= node.value(QStringLiteral("p95_ms")).toDouble());
            CHECK(node.value(QStringLiteral("p95_ms")).toDouble() <= node.value(QStringLiteral("max_ms")).toDouble());
            CHECK(node.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("p95_ms")).toDouble() > 0);
            CHECK(node.value(QStringLiteral("ratio_p95")).toDouble() > 0);
        }
        for (auto it = node.begin(); it != node.end(); ++it)
            if (it.value().isObject() && it.key() != QLatin1String("baseline"))
                walk(it.value().toObject(), path + QLatin1Char('/') + it.key());
    };
    for (const char* group : {"search", "customers", "customer_card", "orders", "documents", "follow_ups", "revenue",
                              "startup", "shared_mode_local_disk"}) {
        REQUIRE(o.contains(QString::fromLatin1(group)));
        walk(o.value(QString::fromLatin1(group)).toObject(), QString::fromLatin1(group));
    }
    CHECK(timed > 60);
    const QJsonObject customers = o.value(QStringLiteral("customers")).toObject();
    CHECK(customers.value(QStringLiteral("list_1000_random_positions")).toObject().value(QStringLiteral("samples")).toInt() ==
          1000);
    CHECK(customers.value(QStringLiteral("sorted_by")).toObject().size() == 36);
    const QJsonObject documents = o.value(QStringLiteral("documents")).toObject();
    CHECK(documents.value(QStringLiteral("pdf_work_order_200_lines")).toObject().value(QStringLiteral("pages")).toInt() > 1);
    const QJsonObject revenue = o.value(QStringLiteral("revenue")).toObject();
    CHECK(revenue.value(QStringLiteral("export_payments_csv")).toObject().value(QStringLiteral("rows")).toInt() ==
          database.value(QStringLiteral("payments")).toInt());
    CHECK(revenue.value(QStringLiteral("export_payments_xlsx_last_12_months")).toObject().value(QStringLiteral("rows")).toInt() > 0);
}

TEST_CASE("cli: followup add and list, reminders and export", "[cli][followup]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("华彩广告"), QStringLiteral("--contact"), QStringLiteral("张三")})
                .status == 0);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const Run add = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("followup"),
                         QStringLiteral("add"), QStringLiteral("--customer"), QStringLiteral("华彩广告"),
                         QStringLiteral("--method"), QStringLiteral("微信"), QStringLiteral("--details"),
                         QStringLiteral("发了报价"), QStringLiteral("--next"), today, QStringLiteral("--action"),
                         QStringLiteral("问结果"), QStringLiteral("--outcome"), QStringLiteral("已报价")});
    REQUIRE(add.status == 0);
    CHECK(add.json().object().value(QStringLiteral("id")).toInteger() == 1);

    // Bad input: exit 1 with the reason, nothing saved.
    const Run unknown = cli({QStringLiteral("--db"), db, QStringLiteral("followup"), QStringLiteral("add"),
                             QStringLiteral("--customer"), QStringLiteral("没有这个客户"), QStringLiteral("--method"),
                             QStringLiteral("phone"), QStringLiteral("--details"), QStringLiteral("x")});
    CHECK(unknown.status == 1);
    CHECK(unknown.err.contains(QStringLiteral("没有这个客户")));
    const Run early = cli({QStringLiteral("--db"), db, QStringLiteral("followup"), QStringLiteral("add"),
                           QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--method"),
                           QStringLiteral("phone"), QStringLiteral("--details"), QStringLiteral("x"),
                           QStringLiteral("--at"), QStringLiteral("2026-11-20 10:00"), QStringLiteral("--next"),
                           QStringLiteral("2026-11-19")});
    CHECK(early.status == 1);
    CHECK(early.err.contains(QStringLiteral("2026-11-19")));
    const Run method = cli({QStringLiteral("--db"), db, QStringLiteral("followup"), QStringLiteral("add"),
                            QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--method"),
                            QStringLiteral("pigeon"), QStringLiteral("--details"), QStringLiteral("x")});
    CHECK(method.status == 2);

    const Run list = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("followup"),
                          QStringLiteral("list"), QStringLiteral("--method"), QStringLiteral("wechat")});
    REQUIRE(list.status == 0);
    const QJsonArray rows = list.json().array();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0)[QStringLiteral("customer")].toString() == QStringLiteral("华彩广告"));
    CHECK(rows.at(0)[QStringLiteral("contact")].toString() == QStringLiteral("张三"));
    CHECK(rows.at(0)[QStringLiteral("next")].toString() == today);

    const Run reminders = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("reminders"),
                               QStringLiteral("--date"), today});
    REQUIRE(reminders.status == 0);
    const QJsonObject r = reminders.json().object();
    REQUIRE(r.value(QStringLiteral("followups_due")).toArray().size() == 1);
    CHECK(r.value(QStringLiteral("followups_due")).toArray().at(0)[QStringLiteral("customer")].toString() ==
          QStringLiteral("华彩广告"));
    CHECK(r.value(QStringLiteral("followups_due")).toArray().at(0)[QStringLiteral("title")].toString() ==
          QStringLiteral("问结果"));
    CHECK(r.value(QStringLiteral("orders_due")).isArray());
    CHECK(r.value(QStringLiteral("birthdays")).isArray());
    // The day before, nothing is due yet.
    const Run before = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("reminders"),
                            QStringLiteral("--date"), QDate::currentDate().addDays(-1).toString(Qt::ISODate)});
    CHECK(before.json().object().value(QStringLiteral("followups_due")).toArray().isEmpty());

    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("followups"), csv}).status == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("华彩广告,张三,WeChat,,发了报价,已报价")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("followups"),
               dir.filePath(QStringLiteral("out.txt"))})
              .status == 1);
}

TEST_CASE("cli: payment add, refused inputs, and the monthly report", "[cli][payments]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("华彩广告")})
                .status == 0);
    QFile json(dir.filePath(QStringLiteral("o.json")));
    REQUIRE(json.open(QIODevice::WriteOnly));
    json.write(R"({"customer": "华彩广告", "date": "2026-01-31T23:59", "lines": [{"product": "名片", "quantity": "2", "unit": "盒", "unit_price": "50.00"}]})");
    json.close();
    const Run order = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("add"),
                           json.fileName()});
    REQUIRE(order.status == 0);
    const QString number = order.json().object().value(QStringLiteral("number")).toString();
    auto pay = [&](const QStringList& extra) {
        return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("payment"),
                               QStringLiteral("add")} + extra);
    };
    // Bad amounts and dates: exit 1 with the reason, nothing saved.
    const Run decimals = pay({QStringLiteral("--order"), number, QStringLiteral("--amount"), QStringLiteral("10.005"),
                              QStringLiteral("--method"), QStringLiteral("cash")});
    CHECK(decimals.status == 1);
    CHECK(decimals.err.contains(QStringLiteral("--amount")));
    CHECK(pay({QStringLiteral("--order"), number, QStringLiteral("--amount"), QStringLiteral("abc"), QStringLiteral("--method"),
               QStringLiteral("cash")}).status == 1);
    CHECK(pay({QStringLiteral("--order"), number, QStringLiteral("--amount"), QStringLiteral("10"), QStringLiteral("--method"),
               QStringLiteral("cash"), QStringLiteral("--date"), QDate::currentDate().addDays(3).toString(Qt::ISODate)})
              .status == 1);
    const Run over = pay({QStringLiteral("--order"), number, QStringLiteral("--amount"), QStringLiteral("150"),
                          QStringLiteral("--method"), QStringLiteral("wechat"), QStringLiteral("--date"), QStringLiteral("2026-02-01")});
    CHECK(over.status == 1);
    CHECK(over.err.contains(QStringLiteral("--credit")));
    const Run refund = pay({QStringLiteral("--customer"), QStringLiteral("华彩广告"), QStringLiteral("--amount"),
                            QStringLiteral("-5"), QStringLiteral("--method"), QStringLiteral("cash")});
    CHECK(refund.status == 1);
    // Part of it in February, the rest with credit in March.
    const Run part = pay({QStringLiteral("--order"), number, QStringLiteral("--amount"), QStringLiteral("60.00"),
                          QStringLiteral("--method"), QStringLiteral("wechat"), QStringLiteral("--date"), QStringLiteral("2026-02-01")});
    REQUIRE(part.status == 0);
    CHECK(part.json().object().value(QStringLiteral("number")).toString().startsWith(QStringLiteral("SK20260201-")));
    const Run rest = pay({QStringLiteral("--customer"), QStringLiteral("华彩广告"), QStringLiteral("--amount"),
                          QStringLiteral("50"), QStringLiteral("--method"), QStringLiteral("alipay"), QStringLiteral("--date"),
                          QStringLiteral("2026-03-05"), QStringLiteral("--credit")});
    REQUIRE(rest.status == 0);
    CHECK(rest.json().object().value(QStringLiteral("credit")).toString() == QStringLiteral("10.00"));
    const Run show = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("show"),
                          number});
    CHECK(show.json().object().value(QStringLiteral("paid")).toString() == QStringLiteral("100.00"));
    CHECK(show.json().object().value(QStringLiteral("payment_state")).toString() == QStringLiteral("paid"));

    const Run monthly = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("report"),
                             QStringLiteral("monthly"), QStringLiteral("--year"), QStringLiteral("2026")});
    REQUIRE(monthly.status == 0);
    const QJsonObject report = monthly.json().object();
    CHECK(report.value(QStringLiteral("year")).toInt() == 2026);
    const QJsonArray months = report.value(QStringLiteral("months")).toArray();
    REQUIRE(months.size() == 12);
    CHECK(months.at(0)[QStringLiteral("month")].toString() == QStringLiteral("2026-01"));
    CHECK(months.at(0)[QStringLiteral("billed")].toString() == QStringLiteral("100.00"));
    CHECK(months.at(0)[QStringLiteral("orders")].toInt() == 1);
    CHECK(months.at(1)[QStringLiteral("received")].toString() == QStringLiteral("60.00"));
    CHECK(months.at(1)[QStringLiteral("outstanding")].toString() == QStringLiteral("40.00"));
    CHECK(months.at(2)[QStringLiteral("outstanding")].toString() == QStringLiteral("-10.00"));

    const Run customers = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("report"),
                               QStringLiteral("customers"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                               QStringLiteral("--to"), QStringLiteral("2026-01-31")});
    REQUIRE(customers.status == 0);
    CHECK(customers.json().object().value(QStringLiteral("rows")).toArray().at(0)[QStringLiteral("name")].toString() ==
          QStringLiteral("华彩广告"));
    const QString csv = dir.filePath(QStringLiteral("p.csv"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("payments"), csv}).status == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral(",60.00,")));
    CHECK(text.contains(QStringLiteral(",10.00,"))); // the credit
}
