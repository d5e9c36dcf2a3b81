#include "TestSupport.h"

#include "services/CustomerImport.h"
#include "store/CustomerRepository.h"
#include "store/CustomerSearchIndex.h"
#include "store/OrderRepository.h"

#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

// A file as another program wrote it: the text encoded by Python's codec.
QString writeEncoded(const QTemporaryDir& dir, const QString& name, const QString& text, const char* codec)
{
    const QString path = dir.filePath(name);
    QProcess p;
    p.start(pythonProgram(), {QStringLiteral("-c"),
                              QStringLiteral("import sys; open(sys.argv[1],'wb').write(sys.stdin.buffer.read().decode('utf-8')"
                                             ".encode('%1'))")
                                  .arg(QLatin1String(codec)),
                              path});
    p.waitForStarted();
    p.write(text.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished();
    REQUIRE(QFile::exists(path));
    return path;
}

const QString kSheet = QStringLiteral(
    "客户名称*,联系人,手机号码,地址,备注\r\n"
    "深圳市华彩广告有限公司,李明,13812345678,\"深圳市南山区科技园路1号, 3楼\",老客户\r\n"
    "鑫源装饰,王芳,13900001111,广州市天河区,\r\n"
    "长城印务,赵磊,13700002222,东莞市长安镇,月结\r\n");

ImportPlan planFor(Database& db, const ImportTable& t, OnDuplicate d = OnDuplicate::Skip, DuplicateKey k = DuplicateKey::PhoneOrName)
{
    return CustomerImport::plan(db, t, CustomerImport::guessMapping(t.header), d, k);
}

} // namespace

TEST_CASE("import: columns are mapped from the usual Chinese and English headers", "[import]")
{
    const QHash<int, ImportField> m = CustomerImport::guessMapping(
        {QStringLiteral("客户名称*"), QStringLiteral("联系人"), QStringLiteral("手机号码"), QStringLiteral("详细地址"),
         QStringLiteral("微信号"), QStringLiteral("备注"), QStringLiteral("Owner"), QStringLiteral("库存")});
    CHECK(m.value(0) == ImportField::Name);
    CHECK(m.value(1) == ImportField::Contact);
    CHECK(m.value(2) == ImportField::Mobile);
    CHECK(m.value(3) == ImportField::Address);
    CHECK(m.value(4) == ImportField::WeChat);
    CHECK(m.value(5) == ImportField::Notes);
    CHECK(m.value(6) == ImportField::Owner);
    CHECK_FALSE(m.contains(7));
    const QHash<int, ImportField> english =
        CustomerImport::guessMapping({QStringLiteral("Company"), QStringLiteral("Phone"), QStringLiteral("E-mail")});
    CHECK(english.value(0) == ImportField::Name);
    CHECK(english.value(1) == ImportField::Phone);
    CHECK(english.value(2) == ImportField::Email);
}

TEST_CASE("import: a GB18030 sheet from Excel comes in as the dry run said, and is reverted", "[import]")
{
    TempDb db;
    QTemporaryDir dir;
    const ImportTable table =
        ImportTable::fromFile(writeEncoded(dir, QStringLiteral("客户.csv"), kSheet, "gb18030"));
    CHECK(table.encoding == QStringLiteral("GB18030"));
    const ImportPlan plan = planFor(*db, table);
    CHECK(plan.creates == 3);
    CHECK(plan.errors == 0);
    const qint64 importId = CustomerImport::run(*db, table, plan);
    CHECK(importId > 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 3);
    CHECK(scalar(*db, QStringLiteral("SELECT address FROM customers WHERE name = '深圳市华彩广告有限公司'")).toString()
          == QStringLiteral("深圳市南山区科技园路1号, 3楼"));
    CHECK(scalar(*db, QStringLiteral("SELECT k.mobile FROM contacts k JOIN customers c ON c.id = k.customer_id "
                                     "WHERE c.name = '鑫源装饰'"))
              .toString()
          == QStringLiteral("139 0000 1111"));

    // The same file again: every row is already there.
    const ImportPlan again = planFor(*db, table);
    CHECK(again.creates == 0);
    CHECK(again.skips == 3);

    // One of the new customers is changed by hand; the revert keeps it and removes the others.
    CustomerRepository customers(*db);
    const qint64 edited = scalar(*db, QStringLiteral("SELECT id FROM customers WHERE name = '长城印务'")).toLongLong();
    Customer c = customers.get(edited);
    c.grade = QStringLiteral("A");
    customers.update(c);
    const RevertResult r = CustomerImport::revert(*db, importId);
    CHECK(r.removed == 2);
    REQUIRE(r.kept.size() == 1);
    CHECK(r.kept.first().contains(QStringLiteral("长城印务")));
    CHECK(scalar(*db, QStringLiteral("SELECT group_concat(name) FROM customers")).toString() == QStringLiteral("长城印务"));
    // The removed customers are gone from search too.
    CHECK(CustomerSearchIndex(*db).search(QStringLiteral("华彩广告"), 5).isEmpty());
    CHECK(CustomerSearchIndex(*db).search(QStringLiteral("鑫源"), 5).isEmpty());
    CHECK(CustomerSearchIndex(*db).search(QStringLiteral("长城"), 5).size() == 1);
    CHECK_NOTHROW(checkFullTextIndex(*db));
    CHECK_THROWS_AS(CustomerImport::revert(*db, importId), StoreError);
    CHECK(CustomerImport::list(*db).first().revertedAt.isValid());
}

TEST_CASE("import: any wrong row stops the whole import, with every row's reason", "[import]")
{
    TempDb db;
    QTemporaryDir dir;
    const QString text = QStringLiteral("客户名称,手机\n华彩广告,13812345678\n,13900001111\n鑫源装饰,1,2\n长城印务,13700002222\n");
    const ImportTable table = ImportTable::fromFile(writeEncoded(dir, QStringLiteral("bad.csv"), text, "utf-8"));
    const ImportPlan plan = planFor(*db, table);
    CHECK(plan.creates == 2);
    QList<int> rows;
    for (const ImportRow& r : plan.rows)
        if (r.action == ImportRow::Action::Error && !rows.contains(r.row))
            rows.append(r.row);
    std::sort(rows.begin(), rows.end());
    CHECK(rows == QList<int>{3, 4}); // the file's lines: no name, and a row too wide
    CHECK_THROWS_AS(CustomerImport::run(*db, table, plan), StoreError);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM imports")).toInt() == 0);
}

TEST_CASE("import: existing customers are skipped, updated or added again by phone or name", "[import]")
{
    TempDb db;
    Customer existing = makeCustomer(QStringLiteral("华彩广告"), QStringLiteral("13812345678"));
    existing.notes = QStringLiteral("旧备注");
    CustomerRepository(*db).create(existing);
    QTemporaryDir dir;
    const QString text = QStringLiteral("客户名称,电话,备注\n深圳华彩,13812345678,新备注\n鑫源装饰,13900001111,\n鑫源装饰,,重复\n");
    const ImportTable table = ImportTable::fromFile(writeEncoded(dir, QStringLiteral("dup.csv"), text, "utf-8"));
    SECTION("skip")
    {
        const ImportPlan plan = planFor(*db, table);
        CHECK(plan.skips == 2); // the phone matches, and row 4 repeats row 3
        CHECK(plan.creates == 1);
        CHECK(plan.rows.at(2).message.contains(QStringLiteral("3")));
    }
    SECTION("update, then revert puts the old values back")
    {
        const ImportPlan plan = planFor(*db, table, OnDuplicate::Update, DuplicateKey::Phone);
        CHECK(plan.updates == 1);
        CHECK(plan.creates == 2); // by phone only, row 4 (no phone) is another customer
        const qint64 id = CustomerImport::run(*db, table, plan);
        CHECK(scalar(*db, QStringLiteral("SELECT name || '/' || notes FROM customers WHERE id = %1").arg(existing.meta.id)).toString()
              == QStringLiteral("深圳华彩/新备注"));
        const RevertResult r = CustomerImport::revert(*db, id);
        CHECK(r.restored == 1);
        CHECK(r.removed == 2);
        CHECK(scalar(*db, QStringLiteral("SELECT name || '/' || notes FROM customers WHERE id = %1").arg(existing.meta.id)).toString()
              == QStringLiteral("华彩广告/旧备注"));
    }
    SECTION("create anyway")
    {
        const ImportPlan plan = planFor(*db, table, OnDuplicate::Create, DuplicateKey::Name);
        CHECK(plan.creates == 3);
    }
}

TEST_CASE("import: a workbook openpyxl wrote, numbers as phone numbers and merged cells", "[import][xlsx]")
{
    TempDb db;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("客户.xlsx"));
    runPythonTool(QStringLiteral("make_xlsx.py"), {path, QStringLiteral("openpyxl")});
    const ImportTable table = ImportTable::fromFile(path);
    CHECK(table.encoding == QStringLiteral("XLSX"));
    CHECK(table.problems.size() == 1); // the formula without a saved value
    const ImportPlan plan = planFor(*db, table);
    for (const ImportRow& r : plan.rows)
        INFO("row " << r.row << ": " << r.message.toStdString());
    CHECK(plan.creates == 3);
    REQUIRE(plan.errors == 0);
    CustomerImport::run(*db, table, plan);
    // A mobile typed as a number, in a row without a contact: the customer's own phone.
    CHECK(scalar(*db, QStringLiteral("SELECT phone FROM customers WHERE name = '鑫源装饰'")).toString()
          == QStringLiteral("139 0000 1111"));
    CHECK(scalar(*db, QStringLiteral("SELECT k.name FROM contacts k JOIN customers c ON c.id = k.customer_id "
                                     "WHERE c.name = '空行之后'"))
              .toString()
          == QStringLiteral("合并"));
}

TEST_CASE("import: the CLI dry-runs, imports, lists and reverts", "[import][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    const QString file = writeEncoded(dir, QStringLiteral("客户.csv"), kSheet, "gb18030");
    const CliRun dry = runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                               QStringLiteral("customers"), file, QStringLiteral("--dry-run")});
    REQUIRE(dry.status == 0);
    CHECK(dry.json().object().value(QStringLiteral("created")).toInt() == 3);
    CHECK(dry.json().object().value(QStringLiteral("encoding")).toString() == QStringLiteral("GB18030"));
    {
        Database check(db);
        CHECK(scalar(check, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 0);
    }
    const CliRun real = runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                                QStringLiteral("customers"), file});
    REQUIRE(real.status == 0);
    const qint64 id = real.json().object().value(QStringLiteral("import_id")).toInteger();
    CHECK(id > 0);
    const CliRun list = runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("list")});
    CHECK(list.json().array().size() == 1);
    const CliRun revert = runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                                  QStringLiteral("revert"), QString::number(id)});
    REQUIRE(revert.status == 0);
    CHECK(revert.json().object().value(QStringLiteral("removed")).toInt() == 3);
    const QString bad = writeEncoded(dir, QStringLiteral("bad.csv"), QStringLiteral("客户名称\n\"未结束\n"), "utf-8");
    const CliRun refused = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("customers"), bad});
    // A quote never closed: an error of the row it starts on, and nothing imported.
    CHECK(refused.status == 1);
    CHECK(refused.out.contains(QStringLiteral("Row 2")));
    {
        Database check(db);
        CHECK(scalar(check, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 0);
    }
}

TEST_CASE("import: thousands of rows are written in batches as single saves write them, or not at all", "[import]")
{
    TempDb db;
    ImportTable table;
    table.file = QStringLiteral("many.csv");
    table.encoding = QStringLiteral("UTF-8");
    table.header = {QStringLiteral("客户名称"), QStringLiteral("联系人"), QStringLiteral("手机")};
    const int rows = 4500; // three batches: 2,000, 2,000 and 500
    for (int i = 0; i < rows; ++i) {
        table.rows.append({QStringLiteral("批量%1广告").arg(i), QStringLiteral("联系人%1").arg(i),
                           QStringLiteral("1%1").arg(3900000000LL + i)});
        table.rowNumbers.append(i + 2);
    }
    const ImportPlan plan = planFor(*db, table);
    REQUIRE(plan.creates == rows);
    const qint64 auditBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();

    // Cancelled after the second batch: nothing stays, the audit chain included.
    QList<int> seen;
    CHECK_THROWS_AS(CustomerImport::run(*db, table, plan,
                                        [&](int done, int all) {
                                            seen.append(done);
                                            CHECK(all == rows);
                                            return done < 4000;
                                        }),
                    StoreError);
    CHECK(seen == QList<int>{0, 2000, 4000});
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() == auditBefore);

    CustomerImport::run(*db, table, plan);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers")).toInt() == rows);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM contacts")).toInt() == rows);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'customer' AND op = 'insert'")).toInt()
          == rows);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'contact' AND op = 'insert'")).toInt()
          == rows);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM import_items")).toInt() == rows);
    // One audit entry per customer and one for the import, chained: Python recomputes the chain.
    const qint64 entries = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    CHECK(entries == auditBefore + rows + 1);
    CHECK(runPythonTool(QStringLiteral("audit_chain.py"), {db.path}).startsWith(QStringLiteral("ok %1 ").arg(entries)));

    // A customer saved on its own gets the same search keys as its imported twin.
    CustomerRepository customers(*db);
    Customer twin = customers.get(scalar(*db, QStringLiteral("SELECT id FROM customers WHERE name = '批量4321广告'")).toLongLong());
    const qint64 imported = twin.meta.id;
    twin.meta = {};
    for (Contact& k : twin.contacts)
        k.meta = {};
    const qint64 single = customers.create(twin);
    auto keysOf = [&](qint64 id) {
        return scalar(*db, QStringLiteral("SELECT group_concat(kind || ':' || key, ' ') FROM "
                                          "(SELECT kind, key FROM customer_key WHERE customer_id = %1 ORDER BY kind, key)")
                               .arg(id))
            .toString();
    };
    CHECK(keysOf(imported).contains(QStringLiteral("13900004321")));
    CHECK(keysOf(imported) == keysOf(single));
    CustomerSearchIndex index(*db);
    CHECK(index.search(QStringLiteral("139 0000 4321"), 5).size() == 2);
    CHECK(index.search(QStringLiteral("批量4321"), 5).size() == 2);
}
