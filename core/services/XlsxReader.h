#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace shopcrm {

// One sheet as Excel stored it: text as text, numbers as doubles, cells formatted as dates as
// QDate (QDateTime when they have a time of day), booleans as bool; formulas by the value Excel
// saved with them. Empty cells are invalid QVariants.
struct XlsxSheet
{
    QString name;
    QList<QVariantList> rows;
    QList<int> rowNumbers; // Excel's row number of each row (empty rows are left out)
    QStringList problems;  // "C7: a formula without a saved value", …
};

// Reads .xlsx files. No Debian library reads them (libxlsxwriter only writes), so the workbook is
// opened with libzip and its parts (workbook, relationships, shared strings, styles, sheets) are
// read with QXmlStreamReader — only what an import needs: values, not formatting.
class XlsxReader final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::XlsxReader)
public:
    // Throws StoreError(Validation) for what is not a readable workbook (a password-protected file
    // is an encrypted container, not a zip).
    explicit XlsxReader(const QString& path);
    QStringList sheetNames() const { return m_sheetNames; }
    XlsxSheet sheet(int index = 0) const;

    // Excel's day number (1900 system, with its 29 February 1900) as a date.
    static QDate dateFromSerial(double serial, bool date1904 = false);
    static bool isDateFormat(int numFmtId, const QString& formatCode);
    // "BC12" → column 54 (0-based), row 12.
    static std::pair<int, int> cellPosition(const QString& reference);

private:
    QByteArray part(const QString& name) const;

    QString m_path;
    QStringList m_sheetNames;
    QStringList m_sheetParts;
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles; // per cellXfs index
    bool m_date1904 = false;
};

} // namespace shopcrm
