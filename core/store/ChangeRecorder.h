#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace shopcrm {

class Database;

// Appends to change_log (the cross-desk change feed) and to the audit log (who, what, and the
// fields that changed). Called inside the writing transaction, so the records commit or vanish
// with the change.
class ChangeRecorder final
{
public:
    // before and after are whole copies of the record (before empty for a create, after for a
    // removal); the audit keeps only the fields that differ. A created record is audited without
    // its fields: the row holds them, and every later change keeps the old values of the fields it
    // changed, so any earlier state is the current row with the changes undone, newest first. A
    // removal keeps the whole record. A save that changed nothing is not audited.
    static void record(Database& db, const QString& entity, qint64 id, const QString& op,
                       const QJsonObject& before, const QJsonObject& after);
    static void recordCreated(Database& db, const QString& entity, qint64 id);
    // Many rows created in one bulk write (an import): the change feed and the audit, as
    // recordCreated does for each.
    static void recordCreatedMany(Database& db, const QString& entity, const QList<qint64>& ids);
    static void recordChanges(Database& db, const QString& entity, const QList<qint64>& ids, const QString& op);
    // The change feed only, for rows whose audit copy lives in a parent's record.
    static void recordChange(Database& db, const QString& entity, qint64 id, const QString& op);
};

} // namespace shopcrm
