#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace shopcrm {

class Database;

// What a backup holds, read from the backup itself (an encrypted one shows its counts from its
// authenticated header; its content needs the passphrase).
struct BackupInfo
{
    QString path;
    QDateTime takenAt; // UTC
    qint64 bytes = 0;
    bool encrypted = false;
    bool server = false; // a server database's (a pg_dump archive), not a file's
    int schema = 0;
    qint64 customers = 0;
    qint64 orders = 0;
    QString lastOrder;       // its number
    QDateTime lastOrderAt;   // UTC
    qint64 auditEntries = 0;
    QString auditHead;       // hex; note it down to prove later that the log was not rewritten
    QString problem;         // set by list() for a file it could not read
};

// How many backups of the schedule's folder are kept: the newest of each of the last `daily`
// days that have one, of the last `weekly` ISO weeks and of the last `monthly` months.
struct Retention
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

struct BackupSchedule
{
    QString folder;
    int everyDays = 1; // 0: no scheduled backups
    Retention retention;
    bool encrypt = false; // the passphrase is never stored; scheduled encrypted backups need it given
};

// Safe copies of a shop's database and their return. A file's copy is made with VACUUM INTO (never
// a copy of the live file) and checked with integrity_check before it counts; a server's is a
// pg_dump archive, checked by reading it back with pg_restore. Either is written under a temporary
// name and renamed, so a full disk never leaves half a backup. Encrypted backups use libsodium's
// secretstream (XChaCha20-Poly1305) with a key from the passphrase through Argon2id.
class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::Backups)
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // A backup into target (a new file). With a passphrase, it is encrypted.
    static BackupInfo create(Database& db, const QString& target, const QString& passphrase = {});
    // A backup into folder, named shopcrm-YYYYMMDD-HHMMSS.db (a server's .dump; .enc added when
    // encrypted).
    static BackupInfo createInFolder(Database& db, const QString& folder, const QString& passphrase = {});
    // Reads and checks a backup: a ShopCRM database, undamaged, not from a newer version; an
    // encrypted one is decrypted with the passphrase (or only its header is read without one).
    static BackupInfo inspect(const QString& path, const QString& passphrase = {});
    // The backups in a folder, newest first (files it cannot read are listed with their problem).
    static QList<BackupInfo> list(const QString& folder);
    // Which of these backups the retention lets go (pure, for the schedule and its tests).
    static QStringList expired(const QList<BackupInfo>& backups, const Retention& retention);
    // Removes the expired backups of folder; returns their paths.
    static QStringList prune(const QString& folder, const Retention& retention);

    // Replaces the database with a backup after checking it; the current content is backed up into
    // safetyFolder first. Refused in shared mode while another desk is active (named in the message).
    // Returns the safety backup.
    static BackupInfo restore(Database& db, const QString& path, const QString& passphrase,
                              const QString& safetyFolder, const Progress& progress = {});
    // Refuses, with the way to move data between them, a file's backup on a server and a server's
    // on a file.
    static void requireSameKind(const Database& db, const BackupInfo& backup);

    static BackupSchedule schedule(Database& db);
    static void setSchedule(Database& db, const BackupSchedule& schedule);
    static QString defaultFolder(const Database& db);
    static QDateTime lastScheduled(Database& db);
    // True when the schedule asks for a backup at now.
    static bool due(Database& db, const QDateTime& now);
    // Takes the scheduled backup if it is due and this desk is the one that claims it (several
    // desks may notice at once; one wins), then prunes. Returns the backup made, if any.
    static std::optional<BackupInfo> runScheduled(Database& db, const QDateTime& now, const QString& passphrase = {});

    static bool isEncrypted(const QString& path);

private:
    // The backup itself, without the rights check: the schedule is the shop's, set by whoever may
    // change the settings, and any desk takes it.
    static BackupInfo make(Database& db, const QString& target, const QString& passphrase);
    static QString nameIn(const QString& folder, bool server, bool encrypted);
};

} // namespace shopcrm
