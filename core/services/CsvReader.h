#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopcrm {

// The text encodings a shop's CSV files come in: Excel on a Chinese Windows saves GB18030 (GBK),
// newer programs UTF-8, with or without a byte-order mark.
enum class TextEncoding { Utf8, Utf8Bom, Gb18030 };

struct CsvProblem
{
    int row = 0;  // 1-based record number in the file (the header is row 1)
    int line = 0; // 1-based physical line where the record starts
    QString message;
};

struct CsvTable
{
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    QList<QStringList> rows; // every record, the header included
    QList<int> lines;        // the physical line each record starts on
    QList<CsvProblem> problems;
};

// Reads CSV as RFC 4180 has it (quoted fields with "" for a quote, delimiters and line breaks
// inside quotes, CRLF or LF) in the three encodings shops use, detected or given. Qt has no CSV
// reader and its string converters know only Unicode encodings here, so the parsing is written
// here and GB18030 is decoded with ICU, which also guesses the encoding of text that is not UTF-8.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::CsvReader)
public:
    // BOM first, then strict UTF-8 validation, then ICU's detector (GB18030 when it agrees or
    // cannot tell: the other encodings of Chinese text are not in use in shops here).
    static TextEncoding detectEncoding(const QByteArray& bytes);
    static QString decode(const QByteArray& bytes, TextEncoding encoding, bool* valid = nullptr);
    static QByteArray encode(const QString& text, TextEncoding encoding);
    static QString encodingName(TextEncoding encoding);
    // Comma, semicolon or tab: the one that splits the first lines into the same number of fields,
    // more than one.
    static QChar detectDelimiter(const QString& text);
    static CsvTable parse(const QString& text, QChar delimiter);
    // Reads a file: encoding and delimiter detected unless given (a null QChar: detect).
    static CsvTable read(const QByteArray& bytes, std::optional<TextEncoding> encoding = std::nullopt,
                         QChar delimiter = QChar());

    static bool isValidUtf8(const QByteArray& bytes);
};

} // namespace shopcrm
