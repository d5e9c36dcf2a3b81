#include "TableExport.h"

#include "domain/Money.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <filesystem>

namespace shopcrm {

namespace {

[[noreturn]] void fail(const QString& message)
{
    throw StoreError(StoreError::Kind::Open, message);
}

QString plainText(const QVariant& cell, ExportColumn::Type type)
{
    if (cell.isNull())
        return {};
    switch (type) {
    case ExportColumn::Type::Money: return Money::fromFen(cell.toLongLong()).toPlainString();
    case ExportColumn::Type::DateTime:
        return cell.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case ExportColumn::Type::Date: return cell.toDate().toString(Qt::ISODate);
    case ExportColumn::Type::Integer: return QString::number(cell.toLongLong());
    case ExportColumn::Type::Text: break;
    }
    return cell.toString();
}

} // namespace

QString TableExport::neutralised(const QString& text)
{
    // A cell that starts like a formula (= + - @, a tab or CR) is opened as one by spreadsheets
    // reading CSV, and by Excel when a sheet is saved as CSV and opened again: prefixed with an
    // apostrophe it stays text (OWASP "CSV injection"). Phone numbers and signed figures (+86 138…,
    // -12.50) hold nothing a formula could run and are left as typed.
    static const QRegularExpression figures(QStringLiteral("^[0-9 .,+\\-()/]*$"));
    if (text.isEmpty() || !QStringLiteral("=+-@\t\r").contains(text.front()) || figures.match(text).hasMatch())
        return text;
    return QLatin1Char('\'') + text;
}

bool TableExport::isSupported(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx");
}

void TableExport::checkFits(const QString& path, qint64 rows)
{
    // One row is the column titles.
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 && rows + 1 >= qint64(LXW_ROW_MAX))
        fail(tr("%1 rows do not fit in one spreadsheet; export a shorter period or use .csv.").arg(rows));
}

QString TableExport::csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

qint64 TableExport::write(const QString& path, const QString& sheetName, const QList<ExportColumn>& columns,
                          const NextRow& next, const ExportOptions& options, qint64 expectedRows)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        fail(tr("%1: the file name must end in .csv or .xlsx.").arg(path));
    QList<int> picked = options.columns;
    if (picked.isEmpty())
        for (qsizetype i = 0; i < columns.size(); ++i)
            picked.append(static_cast<int>(i));
    QList<ExportColumn> chosen;
    for (const int i : std::as_const(picked)) {
        if (i < 0 || i >= columns.size())
            fail(tr("There is no column %1 to export.").arg(i + 1));
        chosen.append(columns.at(i));
    }
    qint64 done = 0;
    auto tell = [&] {
        if (options.progress && !options.progress(done, expectedRows))
            throw StoreError(StoreError::Kind::Validation, tr("The export was stopped; no file was written."));
    };
    tell();
    QVariantList full;
    const NextRow rows = [&](QVariantList& row) {
        full.clear();
        if (!next(full))
            return false;
        row.clear();
        for (const int i : std::as_const(picked))
            row.append(full.value(i));
        if (++done % 1000 == 0)
            tell();
        return true;
    };
    const qint64 written = suffix == QLatin1String("csv") ? writeCsv(path, chosen, rows, options.csvEncoding)
                                                          : writeXlsx(path, sheetName, chosen, rows);
    return written;
}

qint64 TableExport::writeCsv(const QString& path, const QList<ExportColumn>& columns, const NextRow& next,
                             TextEncoding encoding)
{
    // RFC 4180 quoting is a few lines; Debian has no C/C++ CSV writer worth a dependency. QSaveFile
    // writes beside the target and renames over it on commit; a stopped export discards it.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QString pending;
    auto flush = [&] {
        file.write(CsvReader::encode(pending, encoding == TextEncoding::Gb18030 ? encoding : TextEncoding::Utf8));
        pending.clear();
    };
    auto line = [&](const QStringList& fields) {
        pending += fields.join(QLatin1Char(','));
        pending += QStringLiteral("\r\n");
        if (pending.size() > 64 * 1024)
            flush();
    };
    if (encoding == TextEncoding::Utf8Bom)
        file.write("\xEF\xBB\xBF");
    QStringList titles;
    for (const ExportColumn& c : columns)
        titles.append(csvField(c.title));
    line(titles);
    qint64 rows = 0;
    QVariantList row;
    while (next(row)) {
        QStringList fields;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString text = plainText(row.value(i), columns.at(i).type);
            fields.append(csvField(columns.at(i).type == ExportColumn::Type::Text ? neutralised(text) : text));
        }
        line(fields);
        ++rows;
        row.clear();
    }
    flush();
    if (!file.commit())
        fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return rows;
}

qint64 TableExport::writeXlsx(const QString& path, const QString& sheetName, const QList<ExportColumn>& columns,
                              const NextRow& next)
{
    // libxlsxwriter writes the whole file at close; it goes to a temporary name beside the target
    // and is renamed only when complete, so a failed export never leaves half a file.
    const QFileInfo target(path);
    QTemporaryDir work(target.absoluteDir().filePath(QStringLiteral(".export-XXXXXX")));
    if (!work.isValid())
        fail(tr("Cannot write %1: the folder is not writable.").arg(path));
    const QByteArray partial = QFile::encodeName(work.filePath(QStringLiteral("export.xlsx")));
    const QByteArray tmp = QFile::encodeName(work.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows are streamed to disk: exports of any size
    options.tmpdir = const_cast<char*>(tmp.constData());
    lxw_workbook* book = workbook_new_opt(partial.constData(), &options);
    if (!book)
        fail(tr("Cannot write %1.").arg(path));
    // Sheet names are at most 31 characters and cannot hold []:*?/\.
    QString name = sheetName;
    name.remove(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")));
    const QByteArray sheetUtf8 = name.left(31).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheetUtf8.isEmpty() ? nullptr : sheetUtf8.constData());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    lxw_format* money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");
    lxw_format* dateTime = workbook_add_format(book);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm");
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);

    for (qsizetype i = 0; i < columns.size(); ++i) {
        const ExportColumn& c = columns.at(i);
        worksheet_set_column(sheet, lxw_col_t(i), lxw_col_t(i), c.width, nullptr);
        worksheet_write_string(sheet, 0, lxw_col_t(i), c.title.toUtf8().constData(), bold);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t r = 0;
    QVariantList row;
    lxw_error error = LXW_NO_ERROR;
    // A stopped export (or any error while rows are read) frees the half-written workbook; the
    // temporary folder goes with `work`.
    struct Guard
    {
        lxw_workbook* book;
        ~Guard()
        {
            if (book)
                lxw_workbook_free(book);
        }
    } guard{book};
    while (error == LXW_NO_ERROR && next(row)) {
        ++r;
        if (r >= LXW_ROW_MAX) {
            fail(tr("%1 rows do not fit in one spreadsheet; export a shorter period or use .csv.").arg(r));
        }
        for (qsizetype i = 0; i < columns.size() && error == LXW_NO_ERROR; ++i) {
            const QVariant cell = row.value(i);
            if (cell.isNull() || (cell.typeId() == QMetaType::QString && cell.toString().isEmpty()))
                continue;
            const auto col = lxw_col_t(i);
            switch (columns.at(i).type) {
            case ExportColumn::Type::Integer:
                error = worksheet_write_number(sheet, r, col, double(cell.toLongLong()), nullptr);
                break;
            case ExportColumn::Type::Money:
                // A spreadsheet cell is a double by the file format; fen / 100 prints exactly at 2 places.
                error = worksheet_write_number(sheet, r, col, double(cell.toLongLong()) / 100.0, money);
                break;
            case ExportColumn::Type::DateTime: {
                const QDateTime t = cell.toDateTime().toLocalTime();
                lxw_datetime dt{t.date().year(), t.date().month(), t.date().day(), t.time().hour(),
                                t.time().minute(), double(t.time().second())};
                error = worksheet_write_datetime(sheet, r, col, &dt, dateTime);
                break;
            }
            case ExportColumn::Type::Date: {
                const QDate d = cell.toDate();
                lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                error = worksheet_write_datetime(sheet, r, col, &dt, date);
                break;
            }
            case ExportColumn::Type::Text: {
                const QString text = neutralised(cell.toString());
                error = worksheet_write_string(sheet, r, col, text.toUtf8().constData(),
                                               text.contains(QLatin1Char('\n')) ? wrap : nullptr);
                break;
            }
            }
        }
        row.clear();
    }
    if (error != LXW_NO_ERROR)
        fail(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    worksheet_autofilter(sheet, 0, 0, r, lxw_col_t(std::max<qsizetype>(columns.size(), 1) - 1));
    guard.book = nullptr; // workbook_close frees it, whatever it returns
    error = workbook_close(book);
    if (error != LXW_NO_ERROR)
        fail(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    // Replaces the old file in one step (rename over it): until then the old export is intact.
    std::error_code renamed;
    std::filesystem::rename(std::filesystem::path(partial.toStdString()), std::filesystem::path(QFile::encodeName(path).toStdString()),
                            renamed);
    if (renamed)
        fail(tr("Cannot write %1: the file is in use or the folder is not writable.").arg(path));
    return r;
}

} // namespace shopcrm
