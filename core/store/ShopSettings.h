#pragma once

#include "domain/NumberPattern.h"

#include <QCoreApplication>
#include <QString>

namespace shopcrm {

class Database;

// Settings the whole shop shares, kept in the database (so every desk sees the same), as
// opposed to a desk's own preferences in QSettings. Changes are audited.
class ShopSettings final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::ShopSettings)
public:
    explicit ShopSettings(Database& db) : m_db(db) {}

    QString value(const QString& key, const QString& fallback = {}) const;
    void setValue(const QString& key, const QString& value);

    // Document numbering per series ("order", later "delivery", "payment").
    struct Numbering
    {
        QString pattern;
        CounterReset reset = CounterReset::Daily;
    };
    Numbering numbering(const QString& series) const;
    // Checks the pattern and reset (ValidationError) before saving them.
    void setNumbering(const QString& series, const Numbering& numbering);
    static QString defaultPattern(const QString& series);

private:
    Database& m_db;
};

// The next document number of a series, from the counter table inside the caller's write
// transaction: the counter row is bumped with UPDATE … RETURNING, so two desks saving
// at once serialise on the write lock and never see the same value; a number that already exists
// (after a pattern change) is skipped.
class DocumentNumbers final
{
public:
    static QString next(Database& db, const QString& series, const QString& table, const QDate& localDate);
    // count numbers in a row for documents of the same local day (a bulk write): the counter
    // moves once, and numbers a document already has are skipped as next() skips them.
    static QStringList nextMany(Database& db, const QString& series, const QString& table, const QDate& localDate,
                                qsizetype count);
};

} // namespace shopcrm
