#include "TestSupport.h"

#include "services/CsvReader.h"
#include "services/TableExport.h"

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
