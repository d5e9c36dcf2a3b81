#include "TestSupport.h"

#include "services/CsvReader.h"
#include "services/OrderImport.h"
#include "store/RevenueSummary.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString summary(Database& db)
{
    return scalar(db,
                  QStringLiteral(
                      "SELECT group_concat(month || ':' || billed || ':' || orders || ':' || received, ' ') "
                      "FROM (SELECT * FROM summary_month WHERE billed <> 0 OR orders <> 0 OR received <> 0 "
                      "ORDER BY month)"))
        .toString();
}

// Three orders of an old order book: one with two lines (a banner priced by area and cards), one
// delivered and half paid, one of a customer the shop does not have yet.
const char* const kBook =
    "单号,日期,客户,品名,规格,宽,高,数量,单位,单价,金额,已收,状态\n"
    "XS-0001,2025/3/5,华彩广告,户外喷绘布,440g,3000,1500,2,m²,25.00,225.00,225.00,已交货\n"
    "XS-0001,2025/3/5,华彩广告,名片,300g,,,5,盒,38.50,192.50,,已交货\n"
    "XS-0002,2025年4月18日,鑫源装饰,亚克力发光字,,,,1,个,1280,1280.00,600,已完成\n"
    "XS-0003,45800,新客户印务,宣传单页,,,,2000,张,0.35,700.00,,\n";

} // namespace

TEST_CASE("order import: dates in the usual shapes and statuses in Chinese", "[import][orders]")
{
    CHECK(OrderImport::parseDateTime(QStringLiteral("2026-03-05")).date() == QDate(2026, 3, 5));
    CHECK(OrderImport::parseDateTime(QStringLiteral("2026/3/5")).date() == QDate(2026, 3, 5));
    CHECK(OrderImport::parseDateTime(s("2026年3月5日")).date() == QDate(2026, 3, 5));
    CHECK(OrderImport::parseDateTime(QStringLiteral("05.03.2026")).date() == QDate(2026, 3, 5));
    CHECK(OrderImport::parseDateTime(QStringLiteral("2026.3.5 14:30")).time() == QTime(14, 30));
    CHECK(OrderImport::parseDateTime(QStringLiteral("46086")).date() == QDate(2026, 3, 5)); // Excel's serial
    CHECK(OrderImport::parseDateTime(QDate(2026, 3, 5)).date() == QDate(2026, 3, 5));
    CHECK_FALSE(OrderImport::parseDateTime(QStringLiteral("2026-02-30")).isValid());
    CHECK_FALSE(OrderImport::parseDateTime(s("下周一")).isValid());
    CHECK(OrderImport::parseStatus(s("已交货")) == OrderStatus::Delivered);
    CHECK(OrderImport::parseStatus(s("作废")) == OrderStatus::Cancelled);
    CHECK(OrderImport::parseStatus(QString()) == OrderStatus::Delivered);
    CHECK_FALSE(OrderImport::parseStatus(s("不知道")).has_value());
}

TEST_CASE("order import: an old order book comes in with its numbers, lines and payments, in the review, and "
          "is undone",
          "[import][orders]")
{
    OrderShop shop; // 华彩广告 and 鑫源装饰 are customers already
    Database& db = *shop.db;
    const QString before = summary(db);
    const ImportTable table = importTableOf(s(kBook));
    const QHash<int, OrderField> mapping = OrderImport::guessMapping(table.header);
    CHECK(mapping.value(0) == OrderField::Number);
    CHECK(mapping.value(8) == OrderField::Unit);
    CHECK(mapping.value(11) == OrderField::Paid);
    const OrderImportPlan plan = OrderImport::plan(db, table, mapping);
    CHECK(plan.errors == 0);
    CHECK(plan.creates == 3);
    CHECK(plan.newCustomers == 1);
    // 9 m² × 25.00 + 5 × 38.50 = 417.50; 1,280.00; 2,000 × 0.35 = 700.00.
    CHECK(plan.total.fen() == 41750 + 128000 + 70000);
    CHECK(plan.paid.fen() == 22500 + 60000);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM orders")).toInt() == 0);

    const qint64 id = OrderImport::run(db, table, plan);
    CHECK(scalar(db, QStringLiteral(
                         "SELECT group_concat(number || '=' || total || '/' || paid || '/' || status, ' ') "
                         "FROM (SELECT * FROM orders ORDER BY number)"))
              .toString() ==
          QStringLiteral("XS-0001=41750/22500/3 XS-0002=128000/60000/2 XS-0003=70000/0/3"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                                    "WHERE o.number = 'XS-0001'"))
              .toInt() == 2);
    CHECK(
        scalar(
            db,
            QStringLiteral(
                "SELECT strftime('%Y-%m-%d', order_date, 'localtime') FROM orders WHERE number = 'XS-0002'"))
            .toString() == QStringLiteral("2025-04-18"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE name = '新客户印务'")).toInt() ==
          1);
    // The review sees them: the kept monthly summaries equal a rebuild from the orders themselves.
    const QString kept = summary(db);
    CHECK(kept.contains(QStringLiteral("2025-03:41750:1:22500")));
    RevenueSummary::rebuild(db);
    CHECK(summary(db) == kept);

    // The same book again: every order is there.
    CHECK(OrderImport::plan(db, table, mapping).skips == 3);

    const RevertResult r = CustomerImport::revert(db, id);
    INFO(r.kept.join(QStringLiteral("; ")).toStdString());
    CHECK(r.kept.isEmpty());
    CHECK(r.removed == 3 + 2 + 1); // orders, payments, the new customer
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM orders")).toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM payments")).toInt() == 0);
    CHECK(summary(db) == before);
}

TEST_CASE("order import: a wrong amount, date or status is an error of its row, and nothing is imported",
          "[import][orders]")
{
    OrderShop shop;
    Database& db = *shop.db;
    const ImportTable table = importTableOf(s("单号,日期,客户,品名,数量,单价,金额,已收,状态\n"
                                              "A1,2025-01-02,华彩广告,名片,5,38.50,190.00,,\n"
                                              "A2,下周,华彩广告,名片,1,10,,,\n"
                                              "A3,2025-01-03,华彩广告,名片,1,10,,20,\n"
                                              "A4,2025-01-04,华彩广告,名片,1,10,,,不知道\n"
                                              "A5,2025-01-05,,名片,1,10,,,\n"
                                              "A6,2025-01-06,华彩广告,名片,1,10,,,\n"));
    const OrderImportPlan plan = OrderImport::plan(db, table, OrderImport::guessMapping(table.header));
    CHECK(plan.errors == 5);
    CHECK(plan.creates == 1);
    QStringList errors;
    for (const OrderImportItem& item : plan.orders)
        if (item.action == ImportRow::Action::Error)
            errors.append(QString::number(item.row) + QLatin1Char(' ') + item.message);
    REQUIRE(errors.size() == 5);
    CHECK(errors.at(0).startsWith(QStringLiteral("2 ")));
    CHECK(errors.at(0).contains(QStringLiteral("192.50")));
    CHECK(errors.at(1).startsWith(QStringLiteral("3 ")));
    CHECK(errors.at(2).contains(QStringLiteral("20.00")));
    CHECK_THROWS_AS(OrderImport::run(db, table, plan), StoreError);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM orders")).toInt() == 0);
}

TEST_CASE("order import from the command line", "[import][orders][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    const QString csv = dir.filePath(QStringLiteral("orders.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(CsvReader::encode(s(kBook), TextEncoding::Gb18030));
    }
    const CliRun dry = runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                               QStringLiteral("orders"), csv, QStringLiteral("--dry-run")});
    REQUIRE(dry.status == 0);
    CHECK(dry.json().object().value(QStringLiteral("created")).toInt() == 3);
    const CliRun real = runCli({QStringLiteral("--db"), db, QStringLiteral("--json"),
                                QStringLiteral("import"), QStringLiteral("orders"), csv});
    REQUIRE(real.status == 0);
    Database check(db);
    CHECK(scalar(check, QStringLiteral("SELECT sum(total) FROM orders")).toLongLong() ==
          41750 + 128000 + 70000);
    CHECK(scalar(check, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 3);
}
