#include "TestSupport.h"

#include "services/CsvReader.h"
#include "services/Exports.h"
#include "services/TableExport.h"
#include "store/OrderRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

const QList<ExportColumn> kColumns{{QStringLiteral("Customer"), ExportColumn::Type::Text, 20},
                                   {QStringLiteral("Phone"), ExportColumn::Type::Text, 16},
                                   {QStringLiteral("Amount"), ExportColumn::Type::Money, 12}};

TableExport::NextRow rowsOf(const QList<QVariantList>& rows)
{
    auto at = std::make_shared<qsizetype>(0);
    return [rows, at](QVariantList& row) {
        if (*at == rows.size())
            return false;
        row = rows.at((*at)++);
        return true;
    };
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("export: cells a spreadsheet would run are neutralised, numbers and phones stay as they are", "[export]")
{
    CHECK(TableExport::neutralised(QStringLiteral("=HYPERLINK(\"http://x\")")) == QStringLiteral("'=HYPERLINK(\"http://x\")"));
    CHECK(TableExport::neutralised(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(TableExport::neutralised(QStringLiteral("+cmd|' /C calc'!A0")) == QStringLiteral("'+cmd|' /C calc'!A0"));
    CHECK(TableExport::neutralised(QStringLiteral("-2+3+cmd|x")) == QStringLiteral("'-2+3+cmd|x"));
    CHECK(TableExport::neutralised(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(TableExport::neutralised(QStringLiteral("+86 138 1234 5678")) == QStringLiteral("+86 138 1234 5678"));
    CHECK(TableExport::neutralised(QStringLiteral("-12.50")) == QStringLiteral("-12.50"));
    CHECK(TableExport::neutralised(QStringLiteral("华彩=广告")) == QStringLiteral("华彩=广告"));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    TableExport::write(csv, QStringLiteral("t"), kColumns,
                       rowsOf({{QStringLiteral("=1+2"), QStringLiteral("+86 138 1234 5678"), qint64(-1250)}}));
    // Read back with our RFC 4180 reader: the text kept its apostrophe, the refund its sign.
    const CsvTable table = CsvReader::read(readAll(csv));
    CHECK(table.encoding == TextEncoding::Utf8Bom);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows.at(1) == QStringList{QStringLiteral("'=1+2"), QStringLiteral("+86 138 1234 5678"), QStringLiteral("-12.50")});

    // In XLSX the amount stays a number and the text a string that does not start with "=".
    const QString xlsx = dir.filePath(QStringLiteral("out.xlsx"));
    TableExport::write(xlsx, QStringLiteral("t"), kColumns,
                       rowsOf({{QStringLiteral("=1+2"), QStringLiteral("+86 138 1234 5678"), qint64(-1250)}}));
    QProcess python;
    python.start(pythonProgram(), {QStringLiteral("-c"),
                                   QStringLiteral("import openpyxl,sys; s=openpyxl.load_workbook(sys.argv[1]).active; "
                                                  "print(repr(s['A2'].value), s['A2'].data_type, repr(s['C2'].value), s['C2'].data_type)"),
                                   xlsx});
    python.waitForFinished(60000);
    CHECK(QString::fromUtf8(python.readAllStandardOutput()).trimmed() == QStringLiteral("\"'=1+2\" s -12.5 n"));
}

TEST_CASE("export: a failed export leaves the earlier file as it was", "[export]")
{
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("old.xlsx"), QStringLiteral("old.csv")}) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        {
            QFile old(path);
            REQUIRE(old.open(QIODevice::WriteOnly));
            old.write("the export from last month");
        }
        int produced = 0;
        CHECK_THROWS_AS(TableExport::write(path, QStringLiteral("t"), kColumns,
                                           [&](QVariantList& row) {
                                               if (++produced == 3)
                                                   throw StoreError(StoreError::Kind::Unavailable, QStringLiteral("share gone"));
                                               row = {QStringLiteral("华彩"), QString(), qint64(100)};
                                               return true;
                                           }),
                        StoreError);
        CHECK(readAll(path) == QByteArray("the export from last month"));
        // And a complete export replaces it.
        TableExport::write(path, QStringLiteral("t"), kColumns, rowsOf({{QStringLiteral("华彩"), QString(), qint64(100)}}));
        CHECK(readAll(path) != QByteArray("the export from last month"));
        // No temporary file or folder is left beside it.
        CHECK(QDir(dir.path()).entryList({QStringLiteral(".export-*"), QStringLiteral("*.part")},
                                         QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                  .isEmpty());
    }
}

TEST_CASE("export: GB18030 for older Excel, the columns the list shows in its order, and a stop that writes nothing",
          "[export]")
{
    QTemporaryDir dir;
    QList<QVariantList> rows;
    for (int i = 0; i < 2500; ++i)
        rows.append({QStringLiteral("华彩广告%1号, 分店").arg(i), QStringLiteral("138 0000 %1").arg(i, 4, 10, QLatin1Char('0')),
                     qint64(i * 100 + 5)});
    const QString csv = dir.filePath(QStringLiteral("gb.csv"));
    ExportOptions options;
    options.csvEncoding = TextEncoding::Gb18030;
    options.columns = {2, 0}; // the amount first, the customer next, no phone
    QList<qint64> told;
    options.progress = [&](qint64 done, qint64 expected) {
        told.append(done);
        CHECK(expected == 2500);
        return true;
    };
    CHECK(TableExport::write(csv, QStringLiteral("t"), kColumns, rowsOf(rows), options, 2500) == 2500);
    CHECK(told == QList<qint64>{0, 1000, 2000});
    // Python's codec and csv module read it back.
    QProcess python;
    python.start(pythonProgram(),
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv,sys; sys.stdout.reconfigure(encoding='utf-8'); r=list(csv.reader(open(sys.argv[1],encoding='gb18030',newline=''))); "
                                 "print(len(r)); print('|'.join(r[0])); print('|'.join(r[-1]))"),
                  csv});
    python.waitForFinished(60000);
    CHECK(QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'))
          == QStringList{QStringLiteral("2501"), QStringLiteral("Amount|Customer"), QStringLiteral("2499.05|华彩广告2499号, 分店")});
    CHECK_FALSE(readAll(csv).startsWith("\xEF\xBB\xBF"));

    // Stopped after the first thousand rows: no file, and an earlier one untouched.
    for (const QString& name : {QStringLiteral("stop.csv"), QStringLiteral("stop.xlsx")}) {
        const QString path = dir.filePath(name);
        {
            QFile old(path);
            REQUIRE(old.open(QIODevice::WriteOnly));
            old.write("yesterday");
        }
        ExportOptions stop;
        stop.progress = [](qint64 done, qint64) { return done < 1000; };
        CHECK_THROWS_AS(TableExport::write(path, QStringLiteral("t"), kColumns, rowsOf(rows), stop), StoreError);
        CHECK(readAll(path) == QByteArray("yesterday"));
    }
    CHECK(QDir(dir.path()).entryList({QStringLiteral(".export-*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
    ExportOptions wrong;
    wrong.columns = {7};
    CHECK_THROWS_AS(TableExport::write(dir.filePath(QStringLiteral("x.csv")), QStringLiteral("t"), kColumns, rowsOf(rows), wrong),
                    StoreError);
}

TEST_CASE("export: orders and customers as their lists show them, money only for roles that see it", "[export]")
{
    OrderShop shop;
    Database& db = *shop.db;
    OrderRepository orders(db);
    for (int i = 0; i < 3; ++i) {
        Order o = shop.order(i == 1 ? shop.other : shop.customer, QDateTime(QDate(2026, 11, 10 + i), QTime(9, 0)).toUTC(),
                             2500 + i * 100);
        orders.create(o);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.csv"));
    OrderListQuery query;
    query.sort = OrderSort::OrderDate;
    query.order = Qt::AscendingOrder;
    query.filter.customerId = shop.customer;
    CHECK(Exports::orders(db, query, path) == 2);
    const CsvTable table = CsvReader::read(readAll(path));
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows.at(0).at(4) == QStringLiteral("Total"));
    // 3000 × 1500 mm × 2 = 9 m² at 25.00 and at 27.00, oldest first.
    CHECK(table.rows.at(1).at(4) == QStringLiteral("225.00"));
    CHECK(table.rows.at(2).at(4) == QStringLiteral("243.00"));
    CHECK(table.rows.at(1).at(2) == scalar(db, QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(shop.customer)).toString());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE op = 'export' AND entity = 'order'")).toInt() == 1);

    // A role without the money right gets the same list without the amounts.
    Access noMoney = db.access();
    noMoney.rights.revoke(Module::Orders, Action::Money);
    db.setAccess(noMoney);
    Exports::orders(db, query, path);
    const CsvTable plain = CsvReader::read(readAll(path));
    CHECK_FALSE(plain.rows.at(0).contains(QStringLiteral("Total")));
    CHECK_FALSE(plain.rows.at(0).contains(QStringLiteral("Amount due")));
    CHECK(plain.rows.at(0).contains(QStringLiteral("Status")));

    // Customers: the search the list shows, with the columns it shows.
    ExportOptions twoColumns;
    twoColumns.columns = {2, 0}; // phone, name
    const QString customers = dir.filePath(QStringLiteral("customers.csv"));
    CHECK(Exports::customers(db, {}, QStringLiteral("鑫源"), customers, twoColumns) == 1);
    const CsvTable found = CsvReader::read(readAll(customers));
    REQUIRE(found.rows.size() == 2);
    CHECK(found.rows.at(0) == QStringList{QStringLiteral("Phone"), QStringLiteral("Name")});
    CHECK(found.rows.at(1).at(1).contains(QStringLiteral("鑫源")));
}
