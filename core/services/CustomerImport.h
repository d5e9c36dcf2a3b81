#pragma once

#include "domain/Customer.h"
#include "services/CsvReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace shopcrm {

class Database;

enum class ImportField
{
    Name,
    ShortName,
    Contact,
    Mobile,
    Phone,
    Address,
    WeChat,
    Email,
    Grade,
    Tags,
    Source,
    Owner,
    Notes,
    Kind,
    Postcode
};

// A table to import, whatever file it came from: the header, the rows and each row's number in
// the file (for messages).
struct ImportTable
{
    QString file;
    QString encoding; // as read ("UTF-8", "GB18030", "XLSX")
    QChar delimiter;  // as read, for CSV
    QStringList sheets; // the workbook's sheets, for XLSX
    // How the columns map to fields when the file says so itself (vCard); empty: from the header.
    QHash<int, ImportField> mapping;
    QStringList header;
    QList<QVariantList> rows;
    QList<int> rowNumbers;
    QStringList problems; // warnings about the file (a formula without a saved value…)
    // What makes the file unreadable as a table (an unterminated quote, ragged rows, bytes that are
    // not the encoding): errors of the rows they are on, which stop the import.
    QList<std::pair<int, QString>> fileErrors;

    // .csv (encoding and delimiter detected unless given), .xlsx (the first sheet unless told) or
    // .vcf (contact cards: one row a card, the columns mapped already).
    static ImportTable fromFile(const QString& path, std::optional<TextEncoding> encoding = std::nullopt, int sheet = 0,
                                QChar delimiter = QChar());
    // Identifies the file's layout (its header), to remember a mapping for files like it.
    QString layoutKey() const;
    // A cell as text: numbers as typed (13900001111, not 1.39e10), dates as 2026-03-05.
    QString text(qsizetype row, int column) const;
    // A header as compared with known column names: lower case, without spaces, punctuation and 必填.
    static QString headerKey(const QString& header);
};

enum class OnDuplicate { Skip, Update, Create };
enum class DuplicateKey { Phone, Name, PhoneOrName };

struct ImportRow
{
    enum class Action { Create, Update, Skip, Error };
    Action action = Action::Error;
    int row = 0;           // in the file
    qint64 existingId = 0; // the customer it updates or duplicates
    QString message;       // why it is skipped, or what is wrong
    Customer customer;     // what is written
};

struct ImportPlan
{
    QList<ImportRow> rows;
    int creates = 0;
    int updates = 0;
    int skips = 0;
    int errors = 0;
};

struct ImportRecord
{
    qint64 id = 0;
    QDateTime at;
    QString who;
    QString file;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    QDateTime revertedAt;
};

struct RevertResult
{
    int removed = 0;
    int restored = 0;
    QStringList kept; // records changed since the import (or in use), left as they are
};

// Customers from a spreadsheet: columns mapped to fields (guessed from Chinese and English
// headers), each row checked and matched against existing customers, a dry run that says exactly
// what the import will do, the import itself in one transaction (all rows or none), and its revert.
class CustomerImport final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::CustomerImport)
public:
    static QString fieldName(ImportField field);
    static QList<ImportField> fields();
    // For each column the field its header names, if any.
    static QHash<int, ImportField> guessMapping(const QStringList& header);
    // The table's own mapping (vCard), else the one its header suggests.
    static QHash<int, ImportField> mappingFor(const ImportTable& table);
    static QString fieldCode(ImportField field);
    static std::optional<ImportField> fieldFromCode(const QString& code);

    static ImportPlan plan(Database& db, const ImportTable& table, const QHash<int, ImportField>& mapping,
                           OnDuplicate onDuplicate, DuplicateKey key);
    // Writes the plan (refused while it has errors); returns the import's id. progress(done, all)
    // returning false cancels: nothing is kept.
    static qint64 run(Database& db, const ImportTable& table, const ImportPlan& plan,
                      const std::function<bool(int, int)>& progress = {});
    static QList<ImportRecord> list(Database& db);
    // For every kind of import, inside its transaction: the imports row (returns its id), and a row
    // per record written, with what its undo needs.
    static qint64 startRecord(Database& db, const QString& kind, const ImportTable& table, int created, int updated,
                              int skipped);
    static void recordItem(Database& db, qint64 importId, const QString& entity, qint64 id, const QString& action,
                           int versionAfter, const QString& before = {});
    // Removes the customers the import created and restores the fields it changed, except on
    // records changed since (those are listed and kept).
    static RevertResult revert(Database& db, qint64 importId);
};

} // namespace shopcrm
