#pragma once

#include <QJsonObject>
#include <QString>

namespace shopcrm {

class Database;

// Appends to change_log (the cross-desk change feed) and audit_log (who, what, before/after).
// Called inside the writing transaction, so the records commit or vanish with the change.
class ChangeRecorder final
{
public:
    static void record(Database& db, const QString& entity, qint64 id, const QString& op,
                       const QJsonObject& before, const QJsonObject& after);
    // The audit form of a copy (empty values left out); a null string for no copy.
    static QString serialize(const QJsonObject& copy);
    static void recordSerialized(Database& db, const QString& entity, qint64 id, const QString& op,
                                 const QString& before, const QString& after);
    // The change feed only, for rows whose audit copy lives in a parent's record.
    static void recordChange(Database& db, const QString& entity, qint64 id, const QString& op);
};

} // namespace shopcrm
