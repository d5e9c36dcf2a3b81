#include "AuditLog.h"

#include "Database.h"
#include "RowSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace shopcrm {

namespace {

bool isEmptyValue(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())
           || (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
}

// Nested items (order lines, contacts) without their empty values, so a blank and a missing
// value compare equal.
QJsonValue withoutEmpty(const QJsonValue& v)
{
    if (v.isArray()) {
        QJsonArray items;
        for (const QJsonValue& item : v.toArray())
            items.append(withoutEmpty(item));
        return items;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QJsonObject result;
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!isEmptyValue(it.value()))
                result.insert(it.key(), withoutEmpty(it.value()));
        return result;
    }
    return v;
}

// What every row carries and the entry records by itself (entity_id, at, who), or what is
// computed from other fields.
bool isBookkeeping(const QString& key)
{
    static const QStringList keys = {QStringLiteral("id"),         QStringLiteral("version"),
                                     QStringLiteral("created_at"), QStringLiteral("created_by"),
                                     QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                                     QStringLiteral("total_in_words")};
    return keys.contains(key);
}

QJsonObject parseObject(const QVariant& text, bool* ok)
{
    *ok = true;
    if (text.isNull() || text.toString().isEmpty())
        return {};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *ok = false;
        return {};
    }
    return doc.object();
}

// Netstring-like fields (length, colon, bytes) so that no choice of text can make two different
// entries serialise alike; a null field is "-:".
void addField(QByteArray& out, const QString& text, bool isNull = false)
{
    if (isNull) {
        out.append("-:");
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    out.append(QByteArray::number(utf8.size()));
    out.append(':');
    out.append(utf8);
}

AuditEntry readEntry(const Sql& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.who = q.value(2).toString();
    e.desk = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toLongLong();
    e.op = q.value(6).toString();
    e.before = q.value(7).toString();
    e.after = q.value(8).toString();
    e.hash = q.value(9).toByteArray();
    return e;
}

const QString kEntryColumns = QStringLiteral("id, at, who, desk, entity, entity_id, op, before, after, hash");

} // namespace

std::pair<QJsonObject, QJsonObject> AuditLog::diff(const QJsonObject& before, const QJsonObject& after)
{
    QJsonObject changedBefore;
    QJsonObject changedAfter;
    QStringList keys = before.keys();
    for (const QString& key : after.keys())
        if (!before.contains(key))
            keys.append(key);
    for (const QString& key : std::as_const(keys)) {
        if (isBookkeeping(key))
            continue;
        const QJsonValue old = withoutEmpty(before.value(key));
        const QJsonValue now = withoutEmpty(after.value(key));
        const bool oldEmpty = isEmptyValue(old);
        const bool nowEmpty = isEmptyValue(now);
        if ((oldEmpty && nowEmpty) || old == now)
            continue;
        if (!oldEmpty)
            changedBefore.insert(key, old);
        if (!nowEmpty)
            changedAfter.insert(key, now);
    }
    return {changedBefore, changedAfter};
}

QString AuditLog::compact(const QJsonObject& fields)
{
    return fields.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

QByteArray AuditLog::entryHash(const QByteArray& previous, const AuditEntry& e)
{
    QByteArray text = "shopcrm-audit-1:";
    addField(text, QString::number(e.id));
    addField(text, e.at);
    addField(text, e.who);
    addField(text, e.desk);
    addField(text, e.entity);
    addField(text, QString::number(e.entityId));
    addField(text, e.op);
    // Empty and absent are one: an empty diff is stored as NULL.
    addField(text, e.before, e.before.isEmpty());
    addField(text, e.after, e.after.isEmpty());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    hash.addData(text);
    return hash.result();
}

void AuditLog::append(Database& db, const QString& entity, qint64 entityId, const QString& op,
                      const QString& before, const QString& after)
{
    Sql head(db, QStringLiteral("SELECT head_id, head_hash FROM audit_chain WHERE id = 1"));
    head.exec();
    if (!head.next())
        throw StoreError(StoreError::Kind::Sql, tr("The audit log has no chain anchor; the database is damaged."));
    AuditEntry e;
    e.id = head.value(0).toLongLong() + 1;
    const QByteArray previous = head.value(1).toByteArray();
    e.at = Database::nowUtc();
    e.who = db.session().user;
    e.desk = db.session().desk;
    e.entity = entity;
    e.entityId = entityId;
    e.op = op;
    e.before = before;
    e.after = after;
    e.hash = entryHash(previous, e);
    auto text = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    Sql(db, QStringLiteral("INSERT INTO audit_log(id, at, who, desk, entity, entity_id, op, before, after, hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(e.id)
        .bind(e.at)
        .bind(e.who)
        .bind(e.desk)
        .bind(e.entity)
        .bind(e.entityId)
        .bind(e.op)
        .bind(text(e.before))
        .bind(text(e.after))
        .bind(e.hash)
        .exec();
    Sql(db, QStringLiteral("UPDATE audit_chain SET head_id = ?, head_hash = ?, entries = entries + 1, "
                           "version = version + 1, updated_at = ?, updated_by = ? WHERE id = 1"))
        .bind(e.id)
        .bind(e.hash)
        .bind(e.at)
        .bind(e.who)
        .exec();
}

void AuditLog::appendMany(Database& db, const QString& entity, const QList<qint64>& ids, const QString& op)
{
    if (ids.isEmpty())
        return;
    Sql head(db, QStringLiteral("SELECT head_id, head_hash FROM audit_chain WHERE id = 1"));
    head.exec();
    if (!head.next())
        throw StoreError(StoreError::Kind::Sql, tr("The audit log has no chain anchor; the database is damaged."));
    AuditEntry e;
    e.id = head.value(0).toLongLong();
    QByteArray previous = head.value(1).toByteArray();
    e.at = Database::nowUtc();
    e.who = db.session().user;
    e.desk = db.session().desk;
    e.entity = entity;
    e.op = op;
    BulkInsert insert(db, QStringLiteral("INSERT INTO audit_log(id, at, who, desk, entity, entity_id, op, before, "
                                         "after, hash) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)"));
    for (const qint64 id : ids) {
        e.id += 1;
        e.entityId = id;
        e.hash = entryHash(previous, e);
        insert.bind(e.id).bind(e.at).bind(e.who).bind(e.desk).bind(e.entity).bind(e.entityId).bind(e.op).bind(e.hash);
        insert.exec();
        previous = e.hash;
    }
    Sql(db, QStringLiteral("UPDATE audit_chain SET head_id = ?, head_hash = ?, entries = entries + ?, "
                           "version = version + 1, updated_at = ?, updated_by = ? WHERE id = 1"))
        .bind(e.id)
        .bind(e.hash)
        .bind(ids.size())
        .bind(e.at)
        .bind(e.who)
        .exec();
}

void AuditLog::event(Database& db, const QString& entity, qint64 entityId, const QString& op,
                     const QJsonObject& details)
{
    db.write([&] { append(db, entity, entityId, op, QString(), compact(details)); });
}

QByteArray AuditLog::head(const Database& db)
{
    return Sql(db, QStringLiteral("SELECT head_hash FROM audit_chain WHERE id = 1")).scalar().toByteArray();
}

qint64 AuditLog::count(const Database& db)
{
    return Sql(db, QStringLiteral("SELECT entries FROM audit_chain WHERE id = 1")).scalar().toLongLong();
}

AuditVerification AuditLog::verify(const Database& db, const std::function<bool(qint64, qint64)>& progress)
{
    db.access().require(Module::Audit, Action::View);
    AuditVerification result;
    Sql chain(db, QStringLiteral("SELECT anchor, head_id, head_hash, entries FROM audit_chain WHERE id = 1"));
    chain.exec();
    if (!chain.next()) {
        result.problem = tr("The audit log has no chain anchor.");
        return result;
    }
    const QByteArray anchor = chain.value(0).toByteArray();
    const qint64 headId = chain.value(1).toLongLong();
    const QByteArray headHash = chain.value(2).toByteArray();
    const qint64 expected = chain.value(3).toLongLong();
    result.head = headHash;

    Sql q(db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(kEntryColumns));
    q.exec();
    QByteArray previous = anchor;
    qint64 lastId = 0;
    while (q.next()) {
        const AuditEntry e = readEntry(q);
        ++result.entries;
        if (entryHash(previous, e) != e.hash) {
            result.brokenAt = e.id;
            result.problem = tr("Entry %1 does not match its chain: it was changed, or an entry before it was "
                                "removed or moved.")
                                 .arg(e.id);
            return result;
        }
        previous = e.hash;
        lastId = e.id;
        if (progress && result.entries % 20000 == 0 && !progress(result.entries, expected)) {
            result.problem = tr("Stopped after %1 entries.").arg(result.entries);
            return result;
        }
    }
    if (lastId != headId || previous != headHash) {
        result.brokenAt = lastId + 1;
        result.problem = tr("The log ends at entry %1, but its chain's head is entry %2: the newest entries were "
                            "removed or the head was changed.")
                             .arg(lastId)
                             .arg(headId);
        return result;
    }
    if (result.entries != expected) {
        result.problem = tr("The log holds %1 entries, but its chain counted %2.").arg(result.entries).arg(expected);
        return result;
    }
    result.ok = true;
    return result;
}

QStringList AuditLog::people(const Database& db)
{
    db.access().require(Module::Audit, Action::View);
    // Skips from one name to the next over audit_log_who, however long the log is.
    QStringList result;
    Sql q(db, QStringLiteral("SELECT min(who) FROM audit_log WHERE who > ?"));
    QString last;
    for (;;) {
        q.bind(last).exec();
        if (!q.next() || q.value(0).isNull())
            break;
        last = q.value(0).toString();
        result.append(last);
    }
    return result;
}

QList<AuditEntry> AuditLog::list(const Database& db, const AuditFilter& f, int limit)
{
    db.access().require(Module::Audit, Action::View);
    QStringList where;
    QVariantList values;
    if (!f.who.isEmpty()) {
        where << QStringLiteral("who = ?");
        values << f.who;
    }
    if (!f.entity.isEmpty()) {
        where << QStringLiteral("entity = ?");
        values << f.entity;
    }
    if (f.entityId > 0) {
        where << QStringLiteral("entity_id = ?");
        values << f.entityId;
    }
    if (!f.op.isEmpty()) {
        where << QStringLiteral("op = ?");
        values << f.op;
    }
    if (f.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << utcText(f.from);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << utcText(f.to);
    }
    if (f.beforeId > 0) {
        where << QStringLiteral("id < ?");
        values << f.beforeId;
    }
    Sql q(db, QStringLiteral("SELECT %1 FROM audit_log %2 ORDER BY id DESC LIMIT ?")
                  .arg(kEntryColumns,
                       where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    q.bindAll(values).bind(limit).exec();
    QList<AuditEntry> entries;
    while (q.next())
        entries.append(readEntry(q));
    return entries;
}

void AuditLog::migrateToDiffs(Database& db)
{
    QByteArray anchor(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(anchor.begin(), anchor.end());
    const QString now = Database::nowUtc();
    Sql(db, QStringLiteral("INSERT INTO audit_chain(id, created_at, updated_at, created_by, updated_by, anchor, "
                           "head_id, head_hash, entries) VALUES (1, ?, ?, ?, ?, ?, 0, ?, 0)"))
        .bind(now)
        .bind(now)
        .bind(db.session().user)
        .bind(db.session().user)
        .bind(anchor)
        .bind(anchor)
        .exec();

    // Old entries are read in id order and rewritten one by one; the id of the next batch is kept
    // so a million entries never sit in memory at once.
    QByteArray previous = anchor;
    qint64 lastId = 0;
    qint64 entries = 0;
    for (;;) {
        QList<AuditEntry> batch;
        {
            Sql q(db, QStringLiteral("SELECT %1 FROM audit_log WHERE id > ? ORDER BY id LIMIT 5000").arg(kEntryColumns));
            q.bind(lastId).exec();
            while (q.next())
                batch.append(readEntry(q));
        }
        if (batch.isEmpty())
            break;
        for (AuditEntry& e : batch) {
            bool beforeOk = true;
            bool afterOk = true;
            const QJsonObject before = parseObject(e.before.isEmpty() ? QVariant() : QVariant(e.before), &beforeOk);
            const QJsonObject after = parseObject(e.after.isEmpty() ? QVariant() : QVariant(e.after), &afterOk);
            // Text that is not a JSON object is kept as it was: history is never lost. A create
            // keeps no copy (see ChangeRecorder): its fields are the row's, or the first change's
            // before values, or the removal's copy.
            if (e.op == QLatin1String("insert") && beforeOk && afterOk && before.isEmpty()) {
                e.before = e.after = QString();
            } else if (beforeOk && afterOk) {
                const auto [b, a] = diff(before, after);
                e.before = compact(b);
                e.after = compact(a);
            }
            e.hash = entryHash(previous, e);
            auto text = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
            Sql(db, QStringLiteral("UPDATE audit_log SET before = ?, after = ?, hash = ? WHERE id = ?"))
                .bind(text(e.before))
                .bind(text(e.after))
                .bind(e.hash)
                .bind(e.id)
                .exec();
            previous = e.hash;
            lastId = e.id;
            ++entries;
        }
    }
    Sql(db, QStringLiteral("UPDATE audit_chain SET head_id = ?, head_hash = ?, entries = ? WHERE id = 1"))
        .bind(lastId)
        .bind(previous)
        .bind(entries)
        .exec();
}

} // namespace shopcrm
