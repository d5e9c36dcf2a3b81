#include "DeskPresence.h"

#include "ChangeRecorder.h"
#include "Database.h"
#include "RowSupport.h"

#include <QRandomGenerator>
#include <QSysInfo>

namespace shopcrm {

namespace {

DeskInfo deskFrom(const Sql& q)
{
    DeskInfo d;
    d.instance = q.value(0).toString();
    d.desk = q.value(1).toString();
    d.user = q.value(2).toString();
    d.host = q.value(3).toString();
    d.pid = q.value(4).toLongLong();
    d.program = q.value(5).toString();
    d.since = parseUtc(q.value(6));
    d.lastSeen = parseUtc(q.value(7));
    return d;
}

} // namespace

DeskPresence* DeskPresence::of(const Database& db)
{
    return RunningOn<DeskPresence>::of(db);
}

DeskPresence::DeskPresence(Database& db, const QString& program)
    : m_db(db), m_instance(QString::number(QRandomGenerator::global()->generate64(), 16)), m_program(program)
{}

DeskPresence::~DeskPresence()
{
    if (m_joined) {
        try {
            leave();
        } catch (const StoreError& e) {
            // The share may be gone as the program closes; the row goes stale and is cleared.
            qWarning("Leaving the desk list failed: %s", qPrintable(e.message()));
        }
    }
}

QString DeskPresence::staleBefore() const
{
    return QDateTime::currentDateTimeUtc().addSecs(-staleSeconds).toString(Qt::ISODateWithMs);
}

void DeskPresence::insertRow(const QString& now)
{
    Sql(m_db, QStringLiteral("INSERT INTO desk_presence(created_at, updated_at, created_by, updated_by, instance, desk, "
                             "user, host, pid, program, since, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(now).bind(now).bind(m_db.session().user).bind(m_db.session().user)
        .bind(m_instance).bind(m_db.session().desk).bind(m_db.session().user)
        .bind(QSysInfo::machineHostName()).bind(QCoreApplication::applicationPid()).bind(m_program)
        .bind(now).bind(now)
        .exec();
    ChangeRecorder::recordChange(m_db, QStringLiteral("desk"), 0, QStringLiteral("insert"));
}

void DeskPresence::join()
{
    const QString now = Database::nowUtc();
    m_db.write([&] {
        insertRow(now);
    });
    m_joined = true;
    RunningOn<DeskPresence>::set(m_db, this);
}

void DeskPresence::beat()
{
    if (!m_joined)
        return;
    const QString now = Database::nowUtc();
    const bool prune = !m_lastPrune.isValid() || m_lastPrune.secsTo(QDateTime::currentDateTimeUtc()) > 3600;
    m_db.write([&] {
        Sql update(m_db, QStringLiteral("UPDATE desk_presence SET last_seen = ?, updated_at = ? WHERE instance = ?"));
        update.bind(now).bind(now).bind(m_instance).exec();
        if (update.rowsAffected() == 0) {
            // Another desk cleared us while we were away (the share dropped for a while): back in.
            insertRow(now);
        }
        Sql(m_db, QStringLiteral("UPDATE edit_leases SET last_seen = ? WHERE instance = ?")).bind(now).bind(m_instance).exec();
        const QString stale = staleBefore();
        Sql gone(m_db, QStringLiteral("DELETE FROM desk_presence WHERE last_seen < ?"));
        gone.bind(stale).exec();
        if (gone.rowsAffected() > 0)
            ChangeRecorder::recordChange(m_db, QStringLiteral("desk"), 0, QStringLiteral("delete"));
        Sql(m_db, QStringLiteral("DELETE FROM edit_leases WHERE last_seen < ?")).bind(stale).exec();
        if (prune)
            pruneChangeLog(m_db);
    });
    if (prune)
        m_lastPrune = QDateTime::currentDateTimeUtc();
}

void DeskPresence::leave()
{
    if (!m_joined)
        return;
    m_joined = false;
    RunningOn<DeskPresence>::clear(m_db, this);
    m_db.write([&] {
        Sql(m_db, QStringLiteral("DELETE FROM desk_presence WHERE instance = ?")).bind(m_instance).exec();
        Sql(m_db, QStringLiteral("DELETE FROM edit_leases WHERE instance = ?")).bind(m_instance).exec();
        ChangeRecorder::recordChange(m_db, QStringLiteral("desk"), 0, QStringLiteral("delete"));
    });
}

QList<DeskInfo> DeskPresence::desks() const
{
    Sql q(m_db, QStringLiteral("SELECT instance, desk, user, host, pid, program, since, last_seen FROM desk_presence "
                               "WHERE last_seen >= ? ORDER BY since, id"));
    q.bind(staleBefore()).exec();
    QList<DeskInfo> result;
    while (q.next())
        result.append(deskFrom(q));
    return result;
}

QList<DeskInfo> DeskPresence::others() const
{
    QList<DeskInfo> result = desks();
    result.removeIf([&](const DeskInfo& d) { return d.instance == m_instance; });
    return result;
}

std::optional<LeaseHolder> DeskPresence::takeLease(const QString& entity, qint64 id)
{
    const QString now = Database::nowUtc();
    m_db.write([&] {
        Sql(m_db, QStringLiteral("INSERT INTO edit_leases(created_at, updated_at, created_by, updated_by, entity, entity_id, "
                                 "instance, desk, user, since, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT(entity, entity_id, instance) DO UPDATE SET last_seen = excluded.last_seen, "
                                 "updated_at = excluded.updated_at, version = version + 1"))
            .bind(now).bind(now).bind(m_db.session().user).bind(m_db.session().user)
            .bind(entity).bind(id).bind(m_instance).bind(m_db.session().desk).bind(m_db.session().user)
            .bind(now).bind(now)
            .exec();
        ChangeRecorder::recordChange(m_db, QStringLiteral("lease"), id, QStringLiteral("insert"));
    });
    return otherHolder(entity, id);
}

void DeskPresence::releaseLease(const QString& entity, qint64 id)
{
    m_db.write([&] {
        Sql release(m_db, QStringLiteral("DELETE FROM edit_leases WHERE entity = ? AND entity_id = ? AND instance = ?"));
        release.bind(entity).bind(id).bind(m_instance).exec();
        if (release.rowsAffected() > 0)
            ChangeRecorder::recordChange(m_db, QStringLiteral("lease"), id, QStringLiteral("delete"));
    });
}

std::optional<LeaseHolder> DeskPresence::otherHolder(const QString& entity, qint64 id) const
{
    Sql q(m_db, QStringLiteral("SELECT desk, user, since FROM edit_leases WHERE entity = ? AND entity_id = ? "
                               "AND instance <> ? AND last_seen >= ? ORDER BY since LIMIT 1"));
    q.bind(entity).bind(id).bind(m_instance).bind(staleBefore()).exec();
    if (!q.next())
        return std::nullopt;
    return LeaseHolder{q.value(0).toString(), q.value(1).toString(), parseUtc(q.value(2))};
}

std::optional<LeaseHolder> DeskPresence::lastChange(const QString& entity, qint64 id) const
{
    Sql q(m_db, QStringLiteral("SELECT desk, who, at FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1"));
    q.bind(entity).bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return LeaseHolder{q.value(0).toString(), q.value(1).toString(), parseUtc(q.value(2))};
}

QString DeskPresence::describe(const LeaseHolder& holder)
{
    const QDateTime local = holder.since.toLocalTime();
    const QString when = local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                                : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return tr("being edited by %1 at %2 since %3").arg(holder.user, holder.desk, when);
}

int DeskPresence::pruneChangeLog(Database& db, int keepDays, int keepRows)
{
    int removed = 0;
    db.write([&] {
        const qint64 newest = Sql(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")).scalar().toLongLong();
        Sql prune(db, QStringLiteral("DELETE FROM change_log WHERE seq <= ? AND at < ?"));
        prune.bind(newest - keepRows)
            .bind(QDateTime::currentDateTimeUtc().addDays(-keepDays).toString(Qt::ISODateWithMs))
            .exec();
        removed = prune.rowsAffected();
    });
    return removed;
}

} // namespace shopcrm
