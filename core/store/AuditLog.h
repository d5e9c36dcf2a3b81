#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace shopcrm {

class Database;

// One line of the audit log: who did what to which record, and the fields that changed (before
// holds their old values, after their new ones; a field in before but not in after was cleared).
struct AuditEntry
{
    qint64 id = 0;
    QString at; // UTC, ISO 8601 with milliseconds
    QString who;
    QString desk;
    QString entity;
    qint64 entityId = 0;
    QString op;
    QString before; // compact JSON of the changed fields, or null
    QString after;
    QByteArray hash;
};

struct AuditFilter
{
    QString who;
    QString entity;
    qint64 entityId = 0;
    QString op;
    QDateTime from; // UTC, inclusive
    QDateTime to;   // UTC, exclusive
    qint64 beforeId = 0; // keyset paging: entries older than this id
};

struct AuditVerification
{
    bool ok = false;
    qint64 entries = 0;
    qint64 brokenAt = 0; // the first entry whose link does not hold (0: none, or the tail)
    QString problem;
    QByteArray head;
};

// The audit log is hash-chained: each entry's hash is SHA-256 of the previous entry's hash and a
// canonical serialisation of the entry, the first one chained to a random anchor kept in the file.
// Editing, removing or reordering an entry breaks a link that verify() finds; the chain's head
// (the last hash) is kept in audit_chain and printed on backups, so removing the newest entries
// is found as well. Appends happen inside the caller's write transaction, which also serialises
// concurrent writers (a desk's BEGIN IMMEDIATE, the shared file's lock), so the chain cannot fork.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::AuditLog)
public:
    // Appends an entry inside the current write transaction.
    static void append(Database& db, const QString& entity, qint64 entityId, const QString& op,
                       const QString& before, const QString& after);
    // An event that is not a change of a record (a print, an export, a login, a backup) in its own
    // short write; details go into `after`.
    // One fieldless entry per id (creates of a bulk import), chained in order, with one read and
    // one update of the chain's head.
    static void appendMany(Database& db, const QString& entity, const QList<qint64>& ids, const QString& op);
    static void event(Database& db, const QString& entity, qint64 entityId, const QString& op,
                      const QJsonObject& details = {});

    // The fields that differ between two copies of a record, without the row's bookkeeping
    // (id, version, created/updated at/by, which the entry itself carries) and without empty
    // values; a created record gives all its fields in after, a removed one all in before.
    static std::pair<QJsonObject, QJsonObject> diff(const QJsonObject& before, const QJsonObject& after);
    static QString compact(const QJsonObject& fields);

    static QByteArray entryHash(const QByteArray& previous, const AuditEntry& e);
    static AuditVerification verify(const Database& db,
                                    const std::function<bool(qint64 done, qint64 total)>& progress = {});
    static QByteArray head(const Database& db);
    static qint64 count(const Database& db);
    // Everyone who appears in the log, for the viewer's filter.
    static QStringList people(const Database& db);
    // Newest first.
    static QList<AuditEntry> list(const Database& db, const AuditFilter& filter, int limit);

    // Schema 8: rewrites the whole copies of earlier versions as field diffs and chains every
    // entry, oldest first.
    static void migrateToDiffs(Database& db);
};

} // namespace shopcrm
