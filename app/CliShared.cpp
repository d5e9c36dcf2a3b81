// `shared on|off|status`: the storage mode of the database and the desks that have it open.
#include "CliSupport.h"
#include "store/DeskPresence.h"
#include "store/SharedLock.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace shopcrm::cli {

namespace {

QString modeName(StorageMode mode)
{
    return mode == StorageMode::Shared ? QStringLiteral("shared") : QStringLiteral("single");
}

QString localTime(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

QString sharedUsage()
{
    return Cli::tr("  shared on|off                          several desks on this file (shared) or one (single);\n"
                   "                                         refused while another desk has it open\n"
                   "  shared status                          mode, file system, locking and the desks online\n");
}

int sharedCommand(const Arguments& a)
{
    a.allowOnly({});
    const QString verb = a.words.value(1, QStringLiteral("status"));
    if (verb != QLatin1String("on") && verb != QLatin1String("off") && verb != QLatin1String("status"))
        throw UsageError{Cli::tr("shared takes on, off or status.")};
    auto db = openDatabase(a);
    DeskPresence presence(*db, QStringLiteral("cli"));
    if (verb == QLatin1String("status")) {
        const QList<DeskInfo> desks = presence.desks();
        if (a.json) {
            QJsonArray list;
            for (const DeskInfo& d : desks)
                list.append(QJsonObject{{QStringLiteral("desk"), d.desk},
                                        {QStringLiteral("user"), d.user},
                                        {QStringLiteral("host"), d.host},
                                        {QStringLiteral("program"), d.program},
                                        {QStringLiteral("since"), d.since.toString(Qt::ISODate)},
                                        {QStringLiteral("last_seen"), d.lastSeen.toString(Qt::ISODate)}});
            printJson(QJsonObject{{QStringLiteral("path"), db->path()},
                                  {QStringLiteral("mode"), modeName(db->mode())},
                                  {QStringLiteral("filesystem"), db->fileSystem().type},
                                  {QStringLiteral("network"), db->fileSystem().network},
                                  {QStringLiteral("cloud_sync"), db->fileSystem().cloudSync},
                                  {QStringLiteral("locking"), db->locking()},
                                  {QStringLiteral("lock_holder"), SharedLock::describeHolder(db->path())},
                                  {QStringLiteral("desks"), list}});
            return 0;
        }
        out() << Cli::tr("Database:    %1").arg(QDir::toNativeSeparators(db->path())) << '\n'
              << Cli::tr("Mode:        %1").arg(db->modeDescription()) << '\n'
              << Cli::tr("File system: %1 (%2)")
                     .arg(db->fileSystem().type,
                          db->fileSystem().network ? Cli::tr("network folder") : Cli::tr("this computer's disk"))
              << '\n'
              << Cli::tr("Locking:     %1").arg(db->locking()) << '\n';
        if (!db->fileSystem().cloudSync.isEmpty())
            out() << Cli::tr("Warning: this folder is kept in step by %1, which may copy or replace the file while a "
                             "desk has it open.")
                         .arg(db->fileSystem().cloudSync)
                  << '\n';
        if (desks.isEmpty())
            out() << Cli::tr("No desk has it open.") << '\n';
        for (const DeskInfo& d : desks)
            out() << Cli::tr("  %1 (%2) since %3, last seen %4").arg(d.desk, d.user, localTime(d.since), localTime(d.lastSeen))
                  << '\n';
        return 0;
    }
    const StorageMode wanted = verb == QLatin1String("on") ? StorageMode::Shared : StorageMode::Single;
    if (db->mode() != wanted) {
        const QList<DeskInfo> others = presence.others();
        if (!others.isEmpty()) {
            QStringList names;
            for (const DeskInfo& d : others)
                names.append(Cli::tr("%1 (%2, since %3)").arg(d.desk, d.user, localTime(d.since)));
            throw StoreError(StoreError::Kind::Busy,
                             Cli::tr("The mode cannot be switched while other desks have the database open: %1. "
                                     "Close ShopCRM there first.")
                                 .arg(names.join(QStringLiteral(", "))));
        }
        db->setMode(wanted);
    }
    if (a.json)
        printJson(QJsonObject{{QStringLiteral("mode"), modeName(db->mode())}});
    else
        out() << (db->mode() == StorageMode::Shared
                      ? Cli::tr("The database is shared: several desks can open it from a network folder.")
                      : Cli::tr("The database is for a single desk."))
              << '\n';
    return 0;
}

} // namespace shopcrm::cli
