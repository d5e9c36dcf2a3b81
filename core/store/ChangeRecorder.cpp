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

void ChangeRecorder::record(Database& db, const QString& entity, qint64 id, const QString& op,
                            const QJsonObject& before, const QJsonObject& after)
{
    recordChange(db, entity, id, op);
    const QString at = Database::nowUtc();
    auto text = [](const QJsonObject& o) {
        return o.isEmpty() ? QVariant()
                           : QVariant(QString::fromUtf8(QJsonDocument(withoutEmpty(o)).toJson(QJsonDocument::Compact)));
    };
    Sql(db, QStringLiteral("INSERT INTO audit_log(at, who, desk, entity, entity_id, op, before, after) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(at)
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
