#include "CsvReader.h"

#include <QHash>
#include <QStringDecoder>
#include <QStringEncoder>

#include <unicode/ucnv.h>

#include <memory>

namespace shopcrm {

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

struct Converter
{
    UConverter* handle = nullptr;
    explicit Converter(const char* name)
    {
        UErrorCode status = U_ZERO_ERROR;
        handle = ucnv_open(name, &status);
        if (U_FAILURE(status))
            handle = nullptr;
    }
    ~Converter()
    {
        if (handle)
            ucnv_close(handle);
    }
    Converter(const Converter&) = delete;
    Converter& operator=(const Converter&) = delete;
};

} // namespace

bool CsvReader::isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}

TextEncoding CsvReader::detectEncoding(const QByteArray& bytes)
{
    if (bytes.startsWith(kBom))
        return TextEncoding::Utf8Bom;
    if (isValidUtf8(bytes))
        return TextEncoding::Utf8;
    // Not UTF-8: of the encodings Chinese shops' files come in, only GB18030 (a superset of GBK
    // and GB2312) is left. A wrong guess shows as garbled text in the import preview, where the
    // encoding can be chosen by hand.
    return TextEncoding::Gb18030;
}

QString CsvReader::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom: return QStringLiteral("UTF-8 BOM");
    case TextEncoding::Gb18030: return QStringLiteral("GB18030");
    }
    return {};
}

QString CsvReader::decode(const QByteArray& bytes, TextEncoding encoding, bool* valid)
{
    if (valid)
        *valid = true;
    if (encoding != TextEncoding::Gb18030) {
        const QByteArray body = bytes.startsWith(kBom) ? bytes.mid(kBom.size()) : bytes;
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = decoder.decode(body);
        if (valid)
            *valid = !decoder.hasError();
        return text;
    }
    Converter gb("GB18030");
    if (!gb.handle) {
        if (valid)
            *valid = false;
        return {};
    }
    // Stop at the first byte sequence that is not GB18030, so invalid input is reported; the
    // text is then decoded again with substitution characters for the preview.
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(gb.handle, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString text(bytes.size() + 1, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    int32_t length = ucnv_toUChars(gb.handle, reinterpret_cast<UChar*>(text.data()), static_cast<int32_t>(text.size()),
                                   bytes.constData(), static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status)) {
        if (valid)
            *valid = false;
        Converter lenient("GB18030");
        status = U_ZERO_ERROR;
        length = ucnv_toUChars(lenient.handle, reinterpret_cast<UChar*>(text.data()), static_cast<int32_t>(text.size()),
                               bytes.constData(), static_cast<int32_t>(bytes.size()), &status);
        if (U_FAILURE(status))
            return {};
    }
    text.truncate(length);
    return text;
}

QByteArray CsvReader::encode(const QString& text, TextEncoding encoding)
{
    if (encoding != TextEncoding::Gb18030) {
        QStringEncoder encoder(QStringConverter::Utf8);
        QByteArray bytes = encoder.encode(text);
        return encoding == TextEncoding::Utf8Bom ? kBom + bytes : bytes;
    }
    Converter gb("GB18030");
    if (!gb.handle)
        return {};
    QByteArray out(text.size() * 4 + 4, Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = ucnv_fromUChars(gb.handle, out.data(), static_cast<int32_t>(out.size()),
                                           reinterpret_cast<const UChar*>(text.constData()),
                                           static_cast<int32_t>(text.size()), &status);
    if (U_FAILURE(status))
        return {};
    out.truncate(length);
    return out;
}

QChar CsvReader::detectDelimiter(const QString& text)
{
    // The first lines, parsed with each candidate: the one that gives the most rows with the same
    // number of fields (more than one) wins; a tie goes to the comma.
    const QString head = text.left(64 * 1024);
    QChar best = QLatin1Char(',');
    int bestScore = 0;
    for (const QChar candidate : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        const CsvTable table = parse(head, candidate);
        QHash<qsizetype, int> widths;
        for (qsizetype i = 0; i < std::min<qsizetype>(table.rows.size(), 20); ++i)
            if (table.rows.at(i).size() > 1)
                ++widths[table.rows.at(i).size()];
        int score = 0;
        for (auto it = widths.cbegin(); it != widths.cend(); ++it)
            score = std::max(score, it.value());
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

CsvTable CsvReader::parse(const QString& text, QChar delimiter)
{
    CsvTable table;
    table.delimiter = delimiter;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool quoted = false;     // this field began with a quote
    bool afterQuote = false; // the closing quote of this field was read
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    auto endRecord = [&] {
        row.append(field);
        // Blank lines (a record of one empty field) are not records.
        if (!(row.size() == 1 && row.constFirst().isEmpty() && !quoted)) {
            table.rows.append(row);
            table.lines.append(recordLine);
        }
        row.clear();
        field.clear();
        quoted = afterQuote = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !quoted) {
            inQuotes = quoted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            row.append(field);
            field.clear();
            quoted = afterQuote = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            if (afterQuote && !c.isSpace()) {
                table.problems.append({int(table.rows.size()) + 1, recordLine,
                                       tr("Line %1: text after a closing quote; it was kept.").arg(line)});
                afterQuote = false;
            }
            if (!afterQuote || !c.isSpace())
                field += c;
        }
    }
    if (inQuotes)
        table.problems.append({int(table.rows.size()) + 1, recordLine,
                               tr("Line %1: a quote opened here is never closed; the rest of the file is in "
                                  "that one field.")
                                   .arg(quoteLine)});
    if (!field.isEmpty() || !row.isEmpty() || quoted)
        endRecord();
    // Rows with another number of fields than the header.
    if (!table.rows.isEmpty()) {
        const qsizetype width = table.rows.constFirst().size();
        for (qsizetype r = 1; r < table.rows.size(); ++r)
            if (table.rows.at(r).size() != width)
                table.problems.append({int(r) + 1, table.lines.at(r),
                                       tr("Row %1 (line %2) has %3 fields; the header has %4.")
                                           .arg(r + 1)
                                           .arg(table.lines.at(r))
                                           .arg(table.rows.at(r).size())
                                           .arg(width)});
    }
    return table;
}

CsvTable CsvReader::read(const QByteArray& bytes, std::optional<TextEncoding> encoding, QChar delimiter)
{
    const TextEncoding used = encoding.value_or(detectEncoding(bytes));
    bool valid = true;
    const QString text = decode(bytes, used, &valid);
    CsvTable table = parse(text, delimiter.isNull() ? detectDelimiter(text) : delimiter);
    table.encoding = used;
    if (!valid)
        table.problems.prepend({0, 0, tr("The file is not valid %1 text; choose another encoding.").arg(encodingName(used))});
    return table;
}

} // namespace shopcrm
