#include "ChangeRecorder.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace shopcrm {

namespace {
// Audit copies leave out empty values: a new customer is mostly blanks, and the log grows with
// every save. An absent key reads as empty.
QJsonObject withoutEmpty(const QJsonObject& o)
{
    QJsonObject result;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        if ((v.isString() && v.toString().isEmpty()) || (v.isArray() && v.toArray().isEmpty()) || v.isNull())
            continue;
        if (v.isArray()) {
            QJsonArray items;
            for (const QJsonValue& item : v.toArray())
                items.append(item.isObject() ? QJsonValue(withoutEmpty(item.toObject())) : item);
            result.insert(it.key(), items);
        } else {
            result.insert(it.key(), v);
        }
    }
    return result;
}
} // namespace

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

QString ChangeRecorder::serialize(const QJsonObject& copy)
{
    return copy.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(withoutEmpty(copy)).toJson(QJsonDocument::Compact));
}

void ChangeRecorder::record(Database& db, const QString& entity, qint64 id, const QString& op,
                            const QJsonObject& before, const QJsonObject& after)
{
    recordSerialized(db, entity, id, op, serialize(before), serialize(after));
}

void ChangeRecorder::recordSerialized(Database& db, const QString& entity, qint64 id, const QString& op,
                                      const QString& before, const QString& after)
{
    recordChange(db, entity, id, op);
    auto text = [](const QString& copy) { return copy.isNull() ? QVariant() : QVariant(copy); };
    Sql(db, QStringLiteral("INSERT INTO audit_log(at, who, desk, entity, entity_id, op, before, after) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(Database::nowUtc())
        .bind(db.session().user)
        .bind(db.session().desk)
        .bind(entity)
        .bind(id)
        .bind(op)
        .bind(text(before))
        .bind(text(after))
        .exec();
}

} // namespace shopcrm
