#include "ChangeRecorder.h"

#include "AuditLog.h"
#include "Database.h"

namespace shopcrm {

void ChangeRecorder::recordChange(Database& db, const QString& entity, qint64 id, const QString& op)
{
    Sql(db, QStringLiteral("INSERT INTO change_log(entity, entity_id, op, desk, at) VALUES (?, ?, ?, ?, ?)"))
        .bind(entity)
        .bind(id)
        .bind(op)
        .bind(db.session().desk)
        .bind(Database::nowUtc())
        .exec();
}

void ChangeRecorder::recordCreated(Database& db, const QString& entity, qint64 id)
{
    recordChange(db, entity, id, QStringLiteral("insert"));
    AuditLog::append(db, entity, id, QStringLiteral("insert"), QString(), QString());
}

void ChangeRecorder::recordChanges(Database& db, const QString& entity, const QList<qint64>& ids, const QString& op)
{
    BulkInsert insert(db, QStringLiteral("INSERT INTO change_log(entity, entity_id, op, desk, at) VALUES (?, ?, ?, ?, ?)"));
    const QString now = Database::nowUtc();
    for (const qint64 id : ids)
        insert.bind(entity).bind(id).bind(op).bind(db.session().desk).bind(now).exec();
}

void ChangeRecorder::recordCreatedMany(Database& db, const QString& entity, const QList<qint64>& ids)
{
    recordChanges(db, entity, ids, QStringLiteral("insert"));
    AuditLog::appendMany(db, entity, ids, QStringLiteral("insert"));
}

void ChangeRecorder::record(Database& db, const QString& entity, qint64 id, const QString& op,
                            const QJsonObject& before, const QJsonObject& after)
{
    if (op == QLatin1String("insert")) {
        recordCreated(db, entity, id);
        return;
    }
    recordChange(db, entity, id, op);
    const auto [changedBefore, changedAfter] = AuditLog::diff(before, after);
    if (changedBefore.isEmpty() && changedAfter.isEmpty() && op == QLatin1String("update"))
        return;
    AuditLog::append(db, entity, id, op, AuditLog::compact(changedBefore), AuditLog::compact(changedAfter));
}

} // namespace shopcrm
