#include "XlsxReader.h"

#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>

namespace shopcrm {

namespace {

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Text of the element the reader is on, its runs joined (shared and inline strings), leaving out
// phonetic guides (<rPh>), which Excel keeps for Japanese names.
QString readText(QXmlStreamReader& xml)
{
    QString text;
    const QStringView end = xml.name();
    const QString endName = end.toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("rPh"))
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == QLatin1String("rPh"))
            --phonetic;
        else if (xml.isStartElement() && xml.name() == QLatin1String("t") && phonetic == 0)
            text += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == endName)
            break;
    }
    return text;
}

} // namespace

QByteArray XlsxReader::part(const QString& name) const
{
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(m_path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return {};
    QByteArray data;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(archive, name.toUtf8().constData(), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) {
        if (zip_file_t* file = zip_fopen(archive, name.toUtf8().constData(), 0)) {
            data.resize(static_cast<qsizetype>(st.size));
            const zip_int64_t read = zip_fread(file, data.data(), st.size);
            zip_fclose(file);
            if (read != static_cast<zip_int64_t>(st.size))
                data.clear();
        }
    }
    zip_close(archive);
    return data;
}

XlsxReader::XlsxReader(const QString& path) : m_path(path)
{
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive) {
        QFile f(path);
        const bool encrypted = f.open(QIODevice::ReadOnly) && f.read(8) == QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
        throw StoreError(StoreError::Kind::Validation,
                         encrypted ? tr("%1 is protected with a password or is an old .xls file; open it in Excel and "
                                        "save it again as .xlsx without a password.")
                                         .arg(nativePath(path))
                                   : tr("%1 is not an Excel workbook (.xlsx).").arg(nativePath(path)));
    }
    zip_close(archive);
    const QByteArray workbook = part(QStringLiteral("xl/workbook.xml"));
    if (workbook.isEmpty())
        throw StoreError(StoreError::Kind::Validation, tr("%1 is not an Excel workbook (.xlsx).").arg(nativePath(path)));

    // Relationships: which part each sheet's r:id names.
    QHash<QString, QString> targets;
    QXmlStreamReader rels(part(QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == QLatin1String("Relationship")) {
            QString target = rels.attributes().value(QLatin1String("Target")).toString();
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            targets.insert(rels.attributes().value(QLatin1String("Id")).toString(), target);
        }
    }
    QXmlStreamReader book(workbook);
    while (!book.atEnd()) {
        book.readNext();
        if (!book.isStartElement())
            continue;
        if (book.name() == QLatin1String("workbookPr"))
            m_date1904 = book.attributes().value(QLatin1String("date1904")) == QLatin1String("1")
                         || book.attributes().value(QLatin1String("date1904")) == QLatin1String("true");
        if (book.name() == QLatin1String("sheet")) {
            QString id;
            for (const QXmlStreamAttribute& a : book.attributes())
                if (a.name() == QLatin1String("id"))
                    id = a.value().toString();
            m_sheetNames.append(book.attributes().value(QLatin1String("name")).toString());
            m_sheetParts.append(targets.value(id));
        }
    }
    if (m_sheetNames.isEmpty())
        throw StoreError(StoreError::Kind::Validation, tr("%1 has no sheets.").arg(nativePath(path)));

    QXmlStreamReader strings(part(QStringLiteral("xl/sharedStrings.xml")));
    while (!strings.atEnd()) {
        strings.readNext();
        if (strings.isStartElement() && strings.name() == QLatin1String("si"))
            m_sharedStrings.append(readText(strings));
    }

    // Styles: which cell formats are dates (by number format id or by the format's code).
    QHash<int, QString> formats;
    QXmlStreamReader styles(part(QStringLiteral("xl/styles.xml")));
    bool inCellXfs = false;
    while (!styles.atEnd()) {
        styles.readNext();
        if (styles.isStartElement() && styles.name() == QLatin1String("numFmt"))
            formats.insert(styles.attributes().value(QLatin1String("numFmtId")).toInt(),
                           styles.attributes().value(QLatin1String("formatCode")).toString());
        else if (styles.isStartElement() && styles.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (styles.isEndElement() && styles.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        else if (inCellXfs && styles.isStartElement() && styles.name() == QLatin1String("xf")) {
            const int id = styles.attributes().value(QLatin1String("numFmtId")).toInt();
            m_dateStyles.append(isDateFormat(id, formats.value(id)));
        }
    }
}

bool XlsxReader::isDateFormat(int id, const QString& code)
{
    // Excel's built-in date and time formats, the Chinese ones included (27–36, 50–58).
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    // A custom format is a date when, outside quoted text, [colours] and escapes, it has y, m, d or
    // h (such as yyyy"年"m"月"d"日" or yyyy/mm/dd hh:mm).
    static const QRegularExpression noise(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.|_.|\\*."));
    QString bare = code;
    bare.remove(noise);
    return bare.contains(QRegularExpression(QStringLiteral("[ymdhYMDH]")));
}

QDate XlsxReader::dateFromSerial(double serial, bool date1904)
{
    if (date1904)
        return QDate(1904, 1, 1).addDays(static_cast<qint64>(std::floor(serial)));
    // Day 1 is 1900-01-01 and day 60 the 29 February 1900 that never was; from day 61 on, counting
    // from 1899-12-30 gives the right date.
    const auto day = static_cast<qint64>(std::floor(serial));
    if (day < 61)
        return QDate(1899, 12, 31).addDays(day);
    return QDate(1899, 12, 30).addDays(day);
}

std::pair<int, int> XlsxReader::cellPosition(const QString& reference)
{
    int column = 0;
    int i = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i)
        column = column * 26 + (reference.at(i).toUpper().unicode() - 'A' + 1);
    return {column - 1, reference.mid(i).toInt()};
}

XlsxSheet XlsxReader::sheet(int index) const
{
    XlsxSheet result;
    if (index < 0 || index >= m_sheetNames.size())
        return result;
    result.name = m_sheetNames.at(index);
    QXmlStreamReader xml(part(m_sheetParts.at(index)));
    QVariantList row;
    int rowNumber = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            row.clear();
            rowNumber = xml.attributes().value(QLatin1String("r")).toInt();
            if (rowNumber == 0)
                rowNumber = result.rowNumbers.isEmpty() ? 1 : result.rowNumbers.constLast() + 1;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            while (!row.isEmpty() && !row.constLast().isValid())
                row.removeLast();
            if (!row.isEmpty()) {
                result.rows.append(row);
                result.rowNumbers.append(rowNumber);
            }
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const QString reference = xml.attributes().value(QLatin1String("r")).toString();
            const QString type = xml.attributes().value(QLatin1String("t")).toString();
            const int style = xml.attributes().value(QLatin1String("s")).toInt();
            int column = reference.isEmpty() ? int(row.size()) : cellPosition(reference).first;
            QString value;
            bool hasValue = false;
            bool formula = false;
            QString inlineText;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                    // openpyxl writes a formula with an empty <v>: no saved value either.
                    hasValue = !value.isEmpty();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("f")) {
                    formula = true;
                    xml.readElementText();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
                    inlineText = readText(xml);
                    hasValue = true;
                } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                    break;
                }
            }
            QVariant cell;
            if (type == QLatin1String("inlineStr")) {
                cell = inlineText;
            } else if (!hasValue) {
                if (formula)
                    result.problems.append(tr("%1: a formula without a saved value; open the file in Excel, save it "
                                              "and import again.")
                                               .arg(reference));
            } else if (type == QLatin1String("s")) {
                cell = m_sharedStrings.value(value.toInt());
            } else if (type == QLatin1String("str")) {
                cell = value;
            } else if (type == QLatin1String("b")) {
                cell = value == QLatin1String("1");
            } else if (type == QLatin1String("e")) {
                result.problems.append(tr("%1: Excel shows an error (%2) here.").arg(reference, value));
            } else {
                const double number = value.toDouble();
                if (style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style)) {
                    const QDate day = dateFromSerial(number, m_date1904);
                    const double fraction = number - std::floor(number);
                    if (fraction > 1e-9)
                        cell = QDateTime(day, QTime(0, 0).addMSecs(static_cast<int>(std::llround(fraction * 86400000.0))));
                    else
                        cell = day;
                } else {
                    cell = number;
                }
            }
            if (column < 0)
                column = int(row.size());
            while (row.size() <= column)
                row.append(QVariant());
            row[column] = cell;
        }
    }
    if (xml.hasError())
        result.problems.append(tr("The sheet %1 is damaged: %2").arg(result.name, xml.errorString()));
    return result;
}

} // namespace shopcrm
