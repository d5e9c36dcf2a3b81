#include "TestSupport.h"

#include "services/CsvReader.h"

#include <QProcess>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

using Rows = QList<QStringList>;

// Text recoded by Python's codecs (an oracle independent of ICU): from one codec to another.
QByteArray pythonRecoded(const QByteArray& bytes, const char* from, const char* to)
{
    QProcess p;
    p.start(pythonProgram(), {QStringLiteral("-c"),
                              QStringLiteral("import sys; sys.stdout.buffer.write(sys.stdin.buffer.read()"
                                             ".decode('%1').encode('%2'))")
                                  .arg(QLatin1String(from), QLatin1String(to))});
    p.waitForStarted();
    p.write(bytes);
    p.closeWriteChannel();
    p.waitForFinished();
    return p.readAllStandardOutput();
}

QByteArray pythonEncoded(const QString& text, const char* codec)
{
    return pythonRecoded(text.toUtf8(), "utf-8", codec);
}

QString pythonDecoded(const QByteArray& bytes, const char* codec)
{
    return QString::fromUtf8(pythonRecoded(bytes, codec, "utf-8"));
}

// Expected rows written as UTF-8 literals.
Rows table(std::initializer_list<std::initializer_list<const char*>> records)
{
    Rows result;
    for (const auto& record : records) {
        QStringList row;
        for (const char* field : record)
            row.append(QString::fromUtf8(field));
        result.append(row);
    }
    return result;
}

Rows rows(const QString& text, QChar delimiter = QLatin1Char(','))
{
    return CsvReader::parse(text, delimiter).rows;
}

} // namespace

TEST_CASE("csv: RFC 4180 fields, quotes, line breaks and line endings", "[csv]")
{
    CHECK(rows(QStringLiteral("a,b,c\r\n1,2,3\r\n")) == table({{"a", "b", "c"}, {"1", "2", "3"}}));
    CHECK(rows(QStringLiteral("a,b\n1,2")) == table({{"a", "b"}, {"1", "2"}}));
    CHECK(rows(QStringLiteral("a,b\r1,2\r")) == table({{"a", "b"}, {"1", "2"}}));
    CHECK(rows(QStringLiteral("a,,c\n,,\n")) == table({{"a", "", "c"}, {"", "", ""}}));
    // Quoted: a delimiter, a line break and a doubled quote inside.
    const CsvTable t = CsvReader::parse(QStringLiteral("name,note\n\"华彩, 广告\",\"第一行\n第二行 \"\"重要\"\"\"\n鑫源,x\n"),
                                        QLatin1Char(','));
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows.at(1) == QStringList{QStringLiteral("华彩, 广告"), QStringLiteral("第一行\n第二行 \"重要\"")});
    // Records start on lines 1, 2 and 4 (the quoted line break took line 3).
    CHECK(t.lines == QList<int>{1, 2, 4});
    CHECK(t.problems.isEmpty());
    // A quoted empty field is a record; blank lines are not.
    CHECK(rows(QStringLiteral("\"\"\n")) == table({{""}}));
    CHECK(rows(QStringLiteral("a\n\n\nb\n")) == table({{"a"}, {"b"}}));
    CHECK(CsvReader::parse(QStringLiteral("a\n\n\nb\n"), QLatin1Char(',')).lines == QList<int>{1, 4});
    // A quote inside an unquoted field is text (15" 显示器), as spreadsheets read it.
    CHECK(rows(QStringLiteral("size\n15\" 显示器\n")) == table({{"size"}, {"15\" 显示器"}}));
    // Spaces after a closing quote are dropped.
    CHECK(rows(QStringLiteral("\"a\"  ,b\n")) == table({{"a", "b"}}));
}

TEST_CASE("csv: ragged rows and an unterminated quote are reported with their row and line", "[csv]")
{
    const CsvTable ragged = CsvReader::parse(QStringLiteral("a,b,c\n1,2\n4,5,6\n7,8,9,10\n"), QLatin1Char(','));
    REQUIRE(ragged.problems.size() == 2);
    CHECK(ragged.problems.at(0).row == 2);
    CHECK(ragged.problems.at(0).line == 2);
    CHECK(ragged.problems.at(1).row == 4);
    CHECK(ragged.problems.at(1).message.contains(QStringLiteral("4 fields")));

    const CsvTable open = CsvReader::parse(QStringLiteral("a,b\n\"open,2\n3,4\n"), QLatin1Char(','));
    REQUIRE_FALSE(open.problems.isEmpty());
    CHECK(open.problems.first().message.contains(QStringLiteral("never closed")));
    CHECK(open.problems.first().row == 2);
    CHECK(open.problems.first().line == 2);
}

TEST_CASE("csv: the delimiter is found among comma, semicolon and tab", "[csv]")
{
    CHECK(CsvReader::detectDelimiter(QStringLiteral("a;b;c\n1;2;3\n4;5;6\n")) == QLatin1Char(';'));
    CHECK(CsvReader::detectDelimiter(QStringLiteral("a\tb\n1\t2\n")) == QLatin1Char('\t'));
    // Commas inside quotes do not fool it, nor semicolons in the text.
    CHECK(CsvReader::detectDelimiter(QStringLiteral("name;note\n\"a,b,c\";x\n\"d,e\";y\n")) == QLatin1Char(';'));
    CHECK(CsvReader::detectDelimiter(QStringLiteral("name,note\n华彩,\"备注;其他\"\n鑫源,x\n")) == QLatin1Char(','));
    CHECK(CsvReader::detectDelimiter(QStringLiteral("just one column\nvalue\n")) == QLatin1Char(','));
}

TEST_CASE("csv: UTF-8, UTF-8 with a BOM and GB18030 are told apart, short files included", "[csv]")
{
    const QString text = QStringLiteral("客户名称,联系人,手机\r\n深圳市华彩广告有限公司,李明,13812345678\r\n");
    const QByteArray utf8 = text.toUtf8();
    CHECK(CsvReader::detectEncoding(utf8) == TextEncoding::Utf8);
    CHECK(CsvReader::detectEncoding(QByteArrayLiteral("\xEF\xBB\xBF") + utf8) == TextEncoding::Utf8Bom);
    const QByteArray gb = pythonEncoded(text, "gb18030");
    REQUIRE(gb.size() > 10);
    CHECK(CsvReader::detectEncoding(gb) == TextEncoding::Gb18030);
    const CsvTable table = CsvReader::read(gb);
    CHECK(table.encoding == TextEncoding::Gb18030);
    CHECK(table.problems.isEmpty());
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows.at(1).at(0) == QStringLiteral("深圳市华彩广告有限公司"));
    // Two characters of GBK are four bytes.
    const QByteArray shortGb = pythonEncoded(QStringLiteral("张三"), "gbk");
    CHECK(shortGb.size() == 4);
    CHECK(CsvReader::detectEncoding(shortGb) == TextEncoding::Gb18030);
    CHECK(CsvReader::decode(shortGb, TextEncoding::Gb18030) == QStringLiteral("张三"));
    // A BOM is not part of the first header.
    CHECK(CsvReader::read(QByteArrayLiteral("\xEF\xBB\xBF") + utf8).rows.at(0).at(0) == QStringLiteral("客户名称"));
    // Characters beyond GBK (GB18030's four-byte forms) survive: 𠮷 and €.
    const QString rare = QStringLiteral("𠮷野家,€5\n");
    CHECK(CsvReader::decode(pythonEncoded(rare, "gb18030"), TextEncoding::Gb18030) == rare);
    CHECK(pythonDecoded(CsvReader::encode(rare, TextEncoding::Gb18030), "gb18030") == rare);
}

TEST_CASE("csv: a GB18030 file read as UTF-8 says so instead of importing garbage", "[csv]")
{
    const QByteArray gb = pythonEncoded(QStringLiteral("客户名称\n华彩广告\n"), "gb18030");
    const CsvTable asUtf8 = CsvReader::read(gb, TextEncoding::Utf8);
    REQUIRE_FALSE(asUtf8.problems.isEmpty());
    CHECK(asUtf8.problems.first().message.contains(QStringLiteral("not valid UTF-8")));
    CHECK(asUtf8.problems.first().row == 0);
    CHECK_FALSE(CsvReader::isValidUtf8(gb));
    CHECK(CsvReader::isValidUtf8(QStringLiteral("华彩").toUtf8()));
    // Invalid as GB18030 too: a lone lead byte at the end.
    bool valid = true;
    CsvReader::decode(QByteArrayLiteral("ab\x81"), TextEncoding::Gb18030, &valid);
    CHECK_FALSE(valid);
}
