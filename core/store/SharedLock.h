#pragma once

#include <QString>

namespace shopcrm {

// Locking for a database file that several computers open through a network folder.
//
// POSIX locks do not cross an sshfs, SMB or NFS share reliably, so a shared database is locked with
// a directory made next to it (`shop.db.lock`): mkdir is atomic on every share. The VFS
// "shopcrm-shared" does its file I/O through SQLite's "unix-none" and its locking here:
// - any lock is exclusive (readers too), held only while a statement or transaction runs;
// - the holder writes an owner file inside the directory (host, pid, desk, user, a token) and a
//   thread of its process rewrites it every second with a growing beat count while it holds the
//   lock, however long the transaction;
// - a desk that finds the directory waits; when the owner file has not changed for staleAfterMs of
//   its own clock (no clocks are compared across computers), the holder is gone: the lock is broken
//   by renaming the directory away under a second "breaking" directory, and the decision is logged
//   in `shop.db.lock-log` next to the database;
// - a hot journal left by the dead holder is never deleted here: the next lock holder's SQLite
//   rolls it back (this VFS reports no other holder while it holds the lock, which the stock
//   unix-dotfile VFS gets wrong);
// - a holder whose lock was broken (it slept longer than staleAfterMs) notices at its next beat and
//   from then on every write to the database fails instead of overwriting another desk's work.
class SharedLock final
{
public:
    static constexpr const char* vfsName = "shopcrm-shared";
    // Registers the VFS once per process; safe to call from any thread.
    static void registerVfs();
    // Who holds the locks this process takes (shown to the other desks and in the log).
    static void setIdentity(const QString& desk, const QString& user);
    // How long an unchanged owner file means a dead holder: 15 s, or SHOPCRM_LOCK_STALE_MS.
    static int staleAfterMs();
    static int beatMs();
    // The lock directory of a database file, and whether it is there now.
    static QString lockPathFor(const QString& databasePath);
    static QString logPathFor(const QString& databasePath);
    // What the owner file of a held lock says (desk, user, since), empty when nobody holds it.
    static QString describeHolder(const QString& databasePath);
};

} // namespace shopcrm
