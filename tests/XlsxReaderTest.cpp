#include "TestSupport.h"

#include "services/XlsxReader.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

QString workbook(const QTemporaryDir& dir, const QString& kind)
{
    const QString path = dir.filePath(kind + QStringLiteral(".xlsx"));
    runPythonTool(QStringLiteral("make_xlsx.py"), {path, kind});
    REQUIRE(QFile::exists(path));
    return path;
}

} // namespace

TEST_CASE("xlsx: values as Excel stores them, from a workbook openpyxl wrote", "[xlsx]")
{
    QTemporaryDir dir;
    const XlsxReader reader(workbook(dir, QStringLiteral("openpyxl")));
    CHECK(reader.sheetNames() == QStringList{QStringLiteral("客户"), QStringLiteral("产品")});
    const XlsxSheet s = reader.sheet(0);
    REQUIRE(s.rows.size() == 4);
    CHECK(s.rowNumbers == QList<int>{1, 2, 3, 5}); // row 4 is empty and left out
    CHECK(s.rows.at(0).at(0).toString() == QStringLiteral("客户名称"));
    const QVariantList first = s.rows.at(1);
    CHECK(first.at(0).toString() == QStringLiteral("深圳市华彩广告有限公司"));
    CHECK(first.at(2).toString() == QStringLiteral("13812345678")); // typed as text, stays text
    CHECK(first.at(3).typeId() == QMetaType::QDate);
    CHECK(first.at(3).toDate() == QDate(2026, 3, 5));
    CHECK(first.at(4).typeId() == QMetaType::Double);
    CHECK(first.at(4).toDouble() == 1234.5);
    CHECK(first.at(5).typeId() == QMetaType::Bool);
    CHECK(first.at(5).toBool());
    const QVariantList second = s.rows.at(2);
    CHECK_FALSE(second.at(1).isValid()); // an empty cell
    CHECK(second.at(2).toDouble() == 13900001111.0);
    CHECK(second.at(3).toDateTime() == QDateTime(QDate(2026, 3, 5), QTime(14, 30)));
    // A custom Chinese date format is a date; 1 March 1900 is past Excel's phantom 29 February.
    const QVariantList fifth = s.rows.at(3);
    CHECK(fifth.at(3).toDate() == QDate(1900, 3, 1));
    // Merged cells keep their value in the first cell.
    CHECK(fifth.at(1).toString() == QStringLiteral("合并"));
    CHECK_FALSE(fifth.at(2).isValid());
    // openpyxl saves formulas without a value: reported, not guessed.
    CHECK_FALSE(fifth.at(4).isValid());
    REQUIRE(s.problems.size() == 1);
    CHECK(s.problems.first().startsWith(QStringLiteral("E5:")));
    const XlsxSheet products = reader.sheet(1);
    CHECK(products.rows.at(1).at(1).toDouble() == 38.5);
}

TEST_CASE("xlsx: formulas by their saved values, inline strings and the 1904 date system", "[xlsx]")
{
    QTemporaryDir dir;
    const XlsxReader reader(workbook(dir, QStringLiteral("cached")));
    CHECK(reader.sheetNames() == QStringList{QStringLiteral("订单")});
    const XlsxSheet s = reader.sheet();
    REQUIRE(s.rows.size() == 2);
    CHECK(s.rows.at(0).at(1).toString() == QStringLiteral("合计")); // two runs of one string
    CHECK(s.rows.at(1).at(1).toDouble() == 84.0);
    CHECK(s.rows.at(1).at(2).toDate() == QDate(1904, 1, 1));
    CHECK(s.rows.at(1).at(3).toString() == QStringLiteral("AB"));
    REQUIRE(s.problems.size() == 1);
    CHECK(s.problems.first().contains(QStringLiteral("#DIV/0!")));
}

TEST_CASE("xlsx: Excel's day numbers, its phantom 29 February 1900 and cell references", "[xlsx]")
{
    CHECK(XlsxReader::dateFromSerial(1) == QDate(1900, 1, 1));
    CHECK(XlsxReader::dateFromSerial(59) == QDate(1900, 2, 28));
    CHECK(XlsxReader::dateFromSerial(61) == QDate(1900, 3, 1));
    CHECK(XlsxReader::dateFromSerial(46086) == QDate(2026, 3, 5));
    CHECK(XlsxReader::dateFromSerial(46086.75) == QDate(2026, 3, 5));
    CHECK(XlsxReader::cellPosition(QStringLiteral("A1")) == std::pair<int, int>{0, 1});
    CHECK(XlsxReader::cellPosition(QStringLiteral("BC12")) == std::pair<int, int>{54, 12});
    CHECK(XlsxReader::isDateFormat(0, QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")));
    CHECK(XlsxReader::isDateFormat(31, {}));
    CHECK_FALSE(XlsxReader::isDateFormat(164, QStringLiteral("#,##0.00\"元\"")));
    CHECK_FALSE(XlsxReader::isDateFormat(165, QStringLiteral("[Red]0.00")));
}

TEST_CASE("xlsx: a protected workbook and a file that is no workbook are refused with the reason", "[xlsx]")
{
    QTemporaryDir dir;
    const QString protectedPath = dir.filePath(QStringLiteral("locked.xlsx"));
    QFile locked(protectedPath);
    REQUIRE(locked.open(QIODevice::WriteOnly));
    locked.write(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(512, '\0'));
    locked.close();
    try {
        XlsxReader reader(protectedPath);
        FAIL("read");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("password")));
    }
    const QString textPath = dir.filePath(QStringLiteral("notes.xlsx"));
    QFile text(textPath);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("客户名称\n");
    text.close();
    CHECK_THROWS_AS(XlsxReader(textPath), StoreError);
}
