// libFuzzer target for the CSV reader: any bytes, read with the encoding detected and with each
// encoding forced, must give a table without crashing, hanging or reading out of bounds (ASan and
// UBSan are on), and a table read without problems must come back the same when written out again
// with RFC 4180 quoting and read once more.
#include "services/CsvReader.h"

#include <QStringList>

#include <cstdint>
#include <cstdlib>

using shopcrm::CsvReader;
using shopcrm::CsvTable;
using shopcrm::TextEncoding;

namespace {

// The oracle's own quoting (not the program's writer): quote every field, double the quotes.
QString quoted(const QStringList& fields, QChar delimiter)
{
    QStringList out;
    for (const QString& f : fields)
        out.append(QLatin1Char('"') + QString(f).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                   QLatin1Char('"'));
    return out.join(delimiter);
}

void check(bool condition)
{
    if (!condition) std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const CsvTable detected = CsvReader::read(bytes);
    check(detected.rows.size() == detected.lines.size());
    for (const TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Gb18030}) {
        const CsvTable forced = CsvReader::read(bytes, e);
        check(forced.rows.size() == forced.lines.size());
        for (qsizetype i = 1; i < forced.lines.size(); ++i)
            check(forced.lines.at(i) > forced.lines.at(i - 1));
    }
    if (!detected.problems.isEmpty() || detected.rows.isEmpty()) return 0;
    QString text;
    for (const QStringList& row : detected.rows)
        text += quoted(row, detected.delimiter) + QStringLiteral("\r\n");
    const CsvTable again = CsvReader::parse(text, detected.delimiter);
    check(again.problems.isEmpty());
    check(again.rows == detected.rows);
    return 0;
}
