#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include "CsvReader.h"

#include <functional>

namespace shopcrm {

// One column of an exported table. The type decides how a cell is written: in XLSX numbers,
// amounts and dates are real numbers and dates (so a spreadsheet can sum and sort them), in CSV
// they are plain text a spreadsheet reads back as numbers ("1234.50", "2026-11-24 09:30").
struct ExportColumn
{
    enum class Type { Text, Integer, Money, DateTime, Date };
    QString title;
    Type type = Type::Text;
    int width = 12; // characters, for XLSX
};

// How a list is exported: which of its columns and in what order (the list's visible columns as
// the user arranged them; empty: all), the CSV encoding (UTF-8 with a byte-order mark, or GB18030
// for older Chinese Excel; XLSX ignores it), and progress, told every 1,000 rows with the rows
// expected (-1 when unknown). Returning false stops the export: StoreError, and no file is
// written (an old file of that name stays as it was).
struct ExportOptions
{
    QList<int> columns;
    TextEncoding csvEncoding = TextEncoding::Utf8Bom;
    std::function<bool(qint64 done, qint64 expected)> progress;
};

// Writes a table to .csv (UTF-8 with a byte-order mark, which Excel on Chinese Windows needs to
// read UTF-8; RFC 4180 quoting; CRLF) or .xlsx (libxlsxwriter, one sheet, streamed row by row)
// chosen by the file's extension. Cells are QVariants matching the column's type: QString,
// qint64, qint64 fen for Money, QDateTime (UTC, written in local time), QDate; a null cell is
// left empty. The file appears complete or not at all.
class TableExport final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::TableExport)
public:
    // Fills `row` and returns true while there are rows; returning false ends the table.
    using NextRow = std::function<bool(QVariantList& row)>;

    // Throws StoreError (Kind::Open) with a message fit to show on failure; returns the rows written.
    static qint64 write(const QString& path, const QString& sheetName, const QList<ExportColumn>& columns,
                        const NextRow& next, const ExportOptions& options = {}, qint64 expectedRows = -1);
    static bool isSupported(const QString& path); // .csv or .xlsx
    // Refuses, before anything is written, a table too long for one spreadsheet (XLSX only).
    static void checkFits(const QString& path, qint64 rows);
    // RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
    static QString csvField(const QString& text);
    // Text that a spreadsheet would run as a formula, made plain text.
    static QString neutralised(const QString& text);

private:
    static qint64 writeCsv(const QString& path, const QList<ExportColumn>& columns, const NextRow& next,
                           TextEncoding encoding);
    static qint64 writeXlsx(const QString& path, const QString& sheetName, const QList<ExportColumn>& columns,
                            const NextRow& next);
};

} // namespace shopcrm
