#include "TestSupport.h"

#include "services/CsvReader.h"
#include "services/ProductImport.h"
#include "store/CatalogRepository.h"

#include <QFile>
#include <QJsonArray>
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

qint64 fen(Database& db, const char* product)
{
    return scalar(db, QStringLiteral("SELECT unit_price FROM products WHERE name = '%1'").arg(s(product)))
        .toLongLong();
}

const char* const kPriceList = "品名,分类,规格/材质,单位,计价方式,单价,成本\n"
                               "户外喷绘布,喷绘写真,440g 灯布,m²,按面积,25.00,9\n"
                               "名片,印刷,300g 铜版纸,盒,按件,¥38.50,12.00\n"
                               "亚克力发光字,招牌,3mm 亚克力,个,按件,\"1,280.00\",\n";

} // namespace

TEST_CASE("product import: a price list comes in with its categories, as the dry run said",
          "[import][products]")
{
    TempDb db;
    const ImportTable table = importTableOf(s(kPriceList));
    const QHash<int, ProductField> mapping = ProductImport::guessMapping(table.header);
    CHECK(mapping.value(0) == ProductField::Name);
    CHECK(mapping.value(2) == ProductField::Spec);
    CHECK(mapping.value(4) == ProductField::Pricing);
    CHECK(mapping.value(5) == ProductField::Price);
    const ProductImportPlan plan = ProductImport::plan(*db, table, mapping, OnDuplicate::Skip);
    CHECK(plan.creates == 3);
    CHECK(plan.errors == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM products")).toInt() == 0);
    const qint64 id = ProductImport::run(*db, table, plan);
    CHECK(fen(*db, "户外喷绘布") == 2500);
    CHECK(fen(*db, "名片") == 3850);
    CHECK(fen(*db, "亚克力发光字") == 128000);
    CHECK(scalar(*db, QStringLiteral("SELECT pricing FROM products WHERE name = '户外喷绘布'")).toString() ==
          QStringLiteral("area"));
    CHECK(scalar(*db, QStringLiteral("SELECT cost FROM products WHERE name = '名片'")).toLongLong() == 1200);
    CHECK(scalar(*db, QStringLiteral(
                          "SELECT c.name FROM products p JOIN product_categories c ON c.id = p.category_id "
                          "WHERE p.name = '名片'"))
              .toString() == s("印刷"));

    // A new price list: one price changed, one new product; updated in place, then undone.
    const ImportTable next = importTableOf(s("品名,单价\n名片,42.00\n易拉宝,120\n"));
    const ProductImportPlan update =
        ProductImport::plan(*db, next, ProductImport::guessMapping(next.header), OnDuplicate::Update);
    CHECK(update.updates == 1);
    CHECK(update.creates == 1);
    const qint64 second = ProductImport::run(*db, next, update);
    CHECK(fen(*db, "名片") == 4200);
    CHECK(scalar(*db, QStringLiteral("SELECT spec FROM products WHERE name = '名片'")).toString() ==
          s("300g 铜版纸"));
    const RevertResult r = CustomerImport::revert(*db, second);
    CHECK(r.removed == 1);
    CHECK(r.restored == 1);
    CHECK(fen(*db, "名片") == 3850);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM products WHERE name = '易拉宝'")).toInt() == 0);
    // The first import's 名片 was changed since (by the second import and its undo): it stays.
    const RevertResult first = CustomerImport::revert(*db, id);
    CHECK(first.removed == 2);
    REQUIRE(first.kept.size() == 1);
    CHECK(first.kept.first().contains(s("名片")));
    CHECK(scalar(*db, QStringLiteral("SELECT group_concat(name) FROM products")).toString() == s("名片"));
}

TEST_CASE("product import: wrong rows are named by their row, and nothing is imported", "[import][products]")
{
    TempDb db;
    const ImportTable table = importTableOf(
        s("品名,计价方式,单价\n户外喷绘布,按面积,25\n,按件,10\n名片,按重量,38.5\n海报,按件,abc\n"));
    const ProductImportPlan plan =
        ProductImport::plan(*db, table, ProductImport::guessMapping(table.header), OnDuplicate::Skip);
    CHECK(plan.errors == 3);
    QStringList rows;
    for (const ProductImportRow& r : plan.rows)
        if (r.action == ImportRow::Action::Error) rows.append(QString::number(r.row));
    CHECK(rows == QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")});
    CHECK_THROWS_AS(ProductImport::run(*db, table, plan), StoreError);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM products")).toInt() == 0);
}

TEST_CASE("product import from the command line, with a mapping file", "[import][products][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    const QString csv = dir.filePath(QStringLiteral("prices.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(CsvReader::encode(s("A,B,C\n横幅,按面积,18\n单页,按件,0.35\n"), TextEncoding::Gb18030));
    }
    const QString mapping = dir.filePath(QStringLiteral("mapping.json"));
    {
        QFile f(mapping);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"A": "name", "2": "pricing", "C": "price"})");
    }
    const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                               QStringLiteral("products"), csv, QStringLiteral("--mapping"), mapping});
    REQUIRE(run.status == 0);
    CHECK(run.json().object().value(QStringLiteral("created")).toInt() == 2);
    CHECK(run.json().object().value(QStringLiteral("encoding")).toString() == QStringLiteral("GB18030"));
    Database check(db);
    CHECK(fen(check, "单页") == 35);
    CHECK(scalar(check, QStringLiteral("SELECT pricing FROM products WHERE name = '横幅'")).toString() ==
          QStringLiteral("area"));
    const CliRun bad = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                               QStringLiteral("products"), csv, QStringLiteral("--mapping"), csv});
    CHECK(bad.status == 2);
}
