#include "SharedLock.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QSysInfo>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <set>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace shopcrm {

namespace {

// SQLite's VFS interface is C; this shim is the one place that speaks it. A VFS wrapper is written
// by hand because no library offers cross-host locking with a liveness proof.
constexpr qsizetype kOwnerSize = 512;
using Clock = std::chrono::steady_clock;

struct Identity
{
    std::mutex mutex;
    QByteArray desk;
    QByteArray user;
};
Identity& identity()
{
    static Identity id;
    return id;
}

// One lock this process holds; the heartbeat thread rewrites its owner file.
struct HeldLock
{
    std::string dir;
    std::string ownerFile;
    QByteArray token;
    QByteArray header; // everything but the beat line
    quint64 beat = 0;
    // Set by the heartbeat when the lock turned out to be someone else's; read on every write.
    std::atomic<bool> lost = false;
};

// What this process last saw of a lock somebody else holds.
struct Observation
{
    QByteArray content;
    Clock::time_point since;
    Clock::time_point checked;
};

struct Registry
{
    std::mutex mutex;
    std::condition_variable wake;
    std::set<HeldLock*> held;
    // Tokens of locks being taken: named in their owner file, not yet in `held`. Another desk of
    // this process that reads such an owner file must not take it for abandoned.
    std::set<QByteArray> taking;
    // Released lock directories that could not be removed yet (a waiting desk had the owner file
    // open, and the share keeps such a file as a hidden one until it is closed).
    std::set<std::string> leftovers;
    std::map<std::string, Observation> seen;
    // Lock directories this process made and could neither name itself in nor remove (the share
    // went away in between), with when.
    std::map<std::string, Clock::time_point> orphans;
    bool threadStarted = false;
};
Registry& registry()
{
    static Registry r;
    return r;
}

sqlite3_vfs* baseVfs = nullptr;
sqlite3_vfs sharedVfs;

struct SharedFile
{
    sqlite3_file base;
    sqlite3_file* real;
    char* lockDir;    // the database's lock directory; null for journals
    char* dbPath;
    int level;
    bool readOnly;
    bool unlocked;    // a read-only folder: reading without a lock is all that can be done
    HeldLock* held;
};

QByteArray readSmallFile(const std::string& path, bool* exists)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *exists = false;
        return {};
    }
    *exists = true;
    QByteArray data(kOwnerSize, '\0');
    const ssize_t n = ::pread(fd, data.data(), static_cast<size_t>(kOwnerSize), 0);
    ::close(fd);
    data.truncate(n > 0 ? static_cast<qsizetype>(n) : 0);
    return data;
}

// The owner file has a fixed size: a share that caches sizes then never cuts a read short.
bool writeOwnerFile(const std::string& path, const QByteArray& content, bool create)
{
    QByteArray padded = content.left(kOwnerSize - 1);
    padded.append(QByteArray(kOwnerSize - 1 - padded.size(), ' '));
    padded.append('\n');
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | (create ? O_CREAT | O_EXCL : 0), 0666);
    if (fd < 0)
        return false;
    const ssize_t n = ::pwrite(fd, padded.constData(), static_cast<size_t>(padded.size()), 0);
    const bool closed = ::close(fd) == 0;
    return n == padded.size() && closed;
}

QByteArray ownerContent(const HeldLock& lock)
{
    return lock.header + "beat=" + QByteArray::number(lock.beat) + '\n';
}

QByteArray valueOf(const QByteArray& content, const QByteArray& key)
{
    for (const QByteArray& line : content.split('\n'))
        if (line.startsWith(QByteArray(key + '=')))
            return line.mid(key.size() + 1).trimmed();
    return {};
}

void appendLog(const char* dbPath, const QByteArray& line)
{
    QFile log(SharedLock::logPathFor(QString::fromUtf8(dbPath)));
    if (log.open(QIODevice::Append))
        log.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ' ' + line + '\n');
    qWarning("%s", line.constData());
}

// The heartbeat: while this process holds a lock, its owner file changes every beat, and a lock
// that is no longer ours (broken while we slept) is marked lost.
void heartbeatLoop()
{
    Registry& r = registry();
    std::unique_lock guard(r.mutex);
    for (;;) {
        r.wake.wait_for(guard, std::chrono::milliseconds(SharedLock::beatMs()));
        for (HeldLock* lock : r.held) {
            if (lock->lost)
                continue;
            bool exists = false;
            const QByteArray now = readSmallFile(lock->ownerFile, &exists);
            if (exists && valueOf(now, "token") != lock->token) {
                lock->lost = true;
                continue;
            }
            if (!exists) {
                // The share may be away for a moment; the lock is ours until someone else's token shows.
                continue;
            }
            ++lock->beat;
            writeOwnerFile(lock->ownerFile, ownerContent(*lock), false);
        }
    }
}

void startHeartbeat()
{
    Registry& r = registry();
    if (r.threadStarted)
        return;
    r.threadStarted = true;
    std::thread(heartbeatLoop).detach();
}

void removeLockDir(const std::string& dir, Registry& r)
{
    ::unlink((dir + "/owner").c_str());
    if (::rmdir(dir.c_str()) != 0 && errno != ENOENT)
        r.leftovers.insert(dir);
}

// Breaks the lock at dir when its owner file still reads `stale`. Only one desk breaks at a time
// (the breaking directory); the lock is renamed away, so a desk that took the lock meanwhile is
// never the one removed. `why` ends the line the log keeps.
bool breakStaleLock(SharedFile* f, const QByteArray& stale, const QByteArray& why)
{
    const std::string breaking = std::string(f->lockDir) + "-break";
    if (::mkdir(breaking.c_str(), 0777) != 0) {
        if (errno == EEXIST) {
            // A breaker that died leaves its directory; it is judged by the same rule, twice as long.
            Registry& r = registry();
            std::lock_guard guard(r.mutex);
            struct stat st;
            if (::stat(breaking.c_str(), &st) == 0) {
                const QByteArray key = "break:" + QByteArray::number(static_cast<qint64>(st.st_mtime)) + ':' +
                                       QByteArray::number(static_cast<qint64>(st.st_ino));
                auto it = r.seen.find(breaking);
                if (it == r.seen.end() || it->second.content != key)
                    r.seen[breaking] = {key, Clock::now(), Clock::now()};
                else if (Clock::now() - it->second.since > std::chrono::milliseconds(2 * SharedLock::staleAfterMs())) {
                    ::rmdir(breaking.c_str());
                    r.seen.erase(breaking);
                }
            }
        }
        return false;
    }
    bool broken = false;
    bool exists = false;
    const std::string owner = std::string(f->lockDir) + "/owner";
    const QByteArray now = readSmallFile(owner, &exists);
    if (now == stale) {
        const std::string aside = std::string(f->lockDir) + ".stale-" +
                                  std::to_string(QRandomGenerator::global()->generate64());
        if (::rename(f->lockDir, aside.c_str()) == 0) {
            {
                std::lock_guard guard(registry().mutex);
                removeLockDir(aside, registry());
            }
            broken = true;
            const QByteArray who = stale.isEmpty()
                                       ? QByteArray("a desk that died before naming itself")
                                       : "desk " + valueOf(stale, "desk") + " (user " + valueOf(stale, "user") +
                                             ", host " + valueOf(stale, "host") + ", pid " + valueOf(stale, "pid") +
                                             ", holding since " + valueOf(stale, "since") + ", beat " +
                                             valueOf(stale, "beat") + ")";
            QByteArray by;
            {
                std::lock_guard guard(identity().mutex);
                by = identity().desk;
            }
            appendLog(f->dbPath, "shopcrm: broke the stale lock of " + who + ": " + why +
                                     "; broken by desk " + by + ", pid " + QByteArray::number(::getpid()));
        }
    }
    ::rmdir(breaking.c_str());
    return broken;
}

// A lock this very process took and no longer holds: its release failed because the share was
// away at that moment. Nobody beats it, so it is abandoned for certain, and waiting out the
// heartbeat would only freeze this desk when the share comes back.
bool abandonedByUs(const QByteArray& content)
{
    if (valueOf(content, "pid") != QByteArray::number(::getpid()) ||
        valueOf(content, "host") != QSysInfo::machineHostName().toUtf8())
        return false;
    const QByteArray token = valueOf(content, "token");
    Registry& r = registry();
    std::lock_guard guard(r.mutex);
    for (const HeldLock* lock : r.held)
        if (lock->token == token) return false;
    return !token.isEmpty() && !r.taking.contains(token);
}

// The lock directory is one this process made and left unnamed, and no other desk can have broken
// it and made its own since: that takes another desk a stale period of watching it.
bool orphanedByUs(const std::string& dir, const QByteArray& content)
{
    Registry& r = registry();
    std::lock_guard guard(r.mutex);
    auto it = r.orphans.find(dir);
    if (it == r.orphans.end()) return false;
    const bool ours = content.trimmed().isEmpty() &&
                      Clock::now() - it->second < std::chrono::milliseconds(SharedLock::staleAfterMs());
    r.orphans.erase(it);
    return ours;
}

// Returns true when the lock at f->lockDir is provably abandoned and was broken.
bool checkStale(SharedFile* f)
{
    Registry& r = registry();
    {
        // Waiting desks knock often; the owner file is looked at a few times a second at most.
        std::lock_guard guard(r.mutex);
        auto it = r.seen.find(f->lockDir);
        const Clock::time_point now = Clock::now();
        if (it != r.seen.end() && now - it->second.checked < std::chrono::milliseconds(200))
            return false;
        if (it != r.seen.end())
            it->second.checked = now;
    }
    bool exists = false;
    const QByteArray content = readSmallFile(std::string(f->lockDir) + "/owner", &exists);
    struct stat st;
    if (::stat(f->lockDir, &st) != 0)
        return errno == ENOENT; // released meanwhile: try again at once
    if (exists && abandonedByUs(content))
        return breakStaleLock(f, content,
                              "this desk had taken it and could not release it while the share was away");
    if (orphanedByUs(f->lockDir, content))
        return breakStaleLock(
            f, content, "this desk had made it and could not finish or remove it while the share was away");
    {
        std::lock_guard guard(r.mutex);
        auto it = r.seen.find(f->lockDir);
        const Clock::time_point now = Clock::now();
        if (it == r.seen.end() || it->second.content != content) {
            r.seen[f->lockDir] = {content, now, now};
            return false;
        }
        if (now - it->second.since < std::chrono::milliseconds(SharedLock::staleAfterMs()))
            return false;
        r.seen.erase(it);
    }
    return breakStaleLock(f, content,
                          "its heartbeat had not changed for " +
                              QByteArray::number(SharedLock::staleAfterMs()) + " ms");
}

int acquire(SharedFile* f)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (::mkdir(f->lockDir, 0777) == 0)
            break;
        const int error = errno;
        if (error == EEXIST) {
            if (attempt == 0 && checkStale(f))
                continue;
            return SQLITE_BUSY;
        }
        if (f->readOnly && (error == EACCES || error == EROFS || error == EPERM)) {
            f->unlocked = true;
            return SQLITE_OK;
        }
        return error == EACCES || error == EPERM || error == EROFS ? SQLITE_READONLY : SQLITE_IOERR_LOCK;
    }
    auto* lock = new HeldLock;
    lock->dir = f->lockDir;
    lock->ownerFile = lock->dir + "/owner";
    lock->token = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    QByteArray desk, user;
    {
        std::lock_guard guard(identity().mutex);
        desk = identity().desk;
        user = identity().user;
    }
    lock->header = "shopcrm-lock 1\nhost=" + QSysInfo::machineHostName().toUtf8() + "\npid=" +
                   QByteArray::number(::getpid()) + "\ndesk=" + desk + "\nuser=" + user + "\ntoken=" + lock->token +
                   "\nsince=" + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + '\n';
    {
        std::lock_guard guard(registry().mutex);
        registry().taking.insert(lock->token);
    }
    if (!writeOwnerFile(lock->ownerFile, ownerContent(*lock), true)) {
        const int error = errno;
        {
            std::lock_guard guard(registry().mutex);
            registry().taking.erase(lock->token);
        }
        ::unlink(lock->ownerFile.c_str());
        if (::rmdir(f->lockDir) != 0 && errno != ENOENT) {
            std::lock_guard guard(registry().mutex);
            registry().orphans[f->lockDir] = Clock::now();
        }
        delete lock;
        return error == ENOSPC || error == EDQUOT ? SQLITE_FULL : SQLITE_IOERR_LOCK;
    }
    // A network client may keep pages of the file that another desk has rewritten since (sshfs
    // does, NFS until the file is opened again). Opening the file and dropping its cached pages now,
    // under the lock, makes SQLite read what is on the server.
    const int fd = ::open(f->dbPath, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
    Registry& r = registry();
    std::lock_guard guard(r.mutex);
    r.held.insert(lock);
    r.taking.erase(lock->token);
    startHeartbeat();
    f->held = lock;
    return SQLITE_OK;
}

void release(SharedFile* f)
{
    if (f->unlocked) {
        f->unlocked = false;
        return;
    }
    HeldLock* lock = f->held;
    if (!lock)
        return;
    Registry& r = registry();
    std::lock_guard guard(r.mutex);
    r.held.erase(lock);
    f->held = nullptr;
    bool exists = false;
    const QByteArray now = readSmallFile(lock->ownerFile, &exists);
    // Only our own lock is released: one broken while we slept belongs to another desk now. It is
    // renamed away first, which succeeds even while another desk is reading the owner file (the
    // directory could not be removed then), so the lock is free at once.
    if (!lock->lost && (!exists || valueOf(now, "token") == lock->token)) {
        const std::string aside = lock->dir + ".released-" + lock->token.toStdString();
        if (::rename(lock->dir.c_str(), aside.c_str()) == 0) {
            removeLockDir(aside, r);
        } else {
            removeLockDir(lock->dir, r);
            // Never removed later by its plain name: by then it may be another desk's new lock. A
            // lock left behind this way is broken by this desk's next knock (abandonedByUs).
            r.leftovers.erase(lock->dir);
        }
    }
    for (auto it = r.leftovers.begin(); it != r.leftovers.end();) {
        if (::rmdir(it->c_str()) == 0 || errno == ENOENT)
            it = r.leftovers.erase(it);
        else
            ++it;
    }
    delete lock;
}

SharedFile* shared(sqlite3_file* file)
{
    return reinterpret_cast<SharedFile*>(file);
}

bool fenced(SharedFile* f)
{
    return f->held && f->held->lost.load();
}

int xClose(sqlite3_file* file)
{
    SharedFile* f = shared(file);
    release(f);
    const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    sqlite3_free(f->lockDir);
    sqlite3_free(f->dbPath);
    f->lockDir = nullptr;
    f->dbPath = nullptr;
    return rc;
}
int xRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    return shared(file)->real->pMethods->xRead(shared(file)->real, buffer, amount, offset);
}
int xWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (fenced(shared(file)))
        return SQLITE_IOERR_WRITE;
    return shared(file)->real->pMethods->xWrite(shared(file)->real, buffer, amount, offset);
}
int xTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    if (fenced(shared(file)))
        return SQLITE_IOERR_TRUNCATE;
    return shared(file)->real->pMethods->xTruncate(shared(file)->real, size);
}
int xSync(sqlite3_file* file, int flags)
{
    if (fenced(shared(file)))
        return SQLITE_IOERR_FSYNC;
    return shared(file)->real->pMethods->xSync(shared(file)->real, flags);
}
int xFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    return shared(file)->real->pMethods->xFileSize(shared(file)->real, size);
}
int xLock(sqlite3_file* file, int level)
{
    SharedFile* f = shared(file);
    if (!f->lockDir || f->level >= level) {
        f->level = std::max(f->level, level);
        return SQLITE_OK;
    }
    if (f->level == SQLITE_LOCK_NONE) {
        const int rc = acquire(f);
        if (rc != SQLITE_OK)
            return rc;
    } else if (level == SQLITE_LOCK_EXCLUSIVE && fenced(f)) {
        return SQLITE_IOERR_LOCK;
    }
    f->level = level;
    return SQLITE_OK;
}
int xUnlock(sqlite3_file* file, int level)
{
    SharedFile* f = shared(file);
    if (f->lockDir && level == SQLITE_LOCK_NONE && f->level > SQLITE_LOCK_NONE)
        release(f);
    f->level = std::min(f->level, level);
    return SQLITE_OK;
}
// Another desk holds a lock if the directory is there and it is not ours: while we hold the lock,
// nobody else can, so a journal we find then is hot and gets rolled back.
int xCheckReservedLock(sqlite3_file* file, int* result)
{
    SharedFile* f = shared(file);
    if (!f->lockDir || f->level > SQLITE_LOCK_NONE) {
        *result = 0;
        return SQLITE_OK;
    }
    struct stat st;
    *result = ::stat(f->lockDir, &st) == 0 ? 1 : 0;
    return SQLITE_OK;
}
int xFileControl(sqlite3_file* file, int op, void* arg)
{
    return shared(file)->real->pMethods->xFileControl(shared(file)->real, op, arg);
}
int xSectorSize(sqlite3_file* file)
{
    return shared(file)->real->pMethods->xSectorSize(shared(file)->real);
}
int xDeviceCharacteristics(sqlite3_file* file)
{
    return shared(file)->real->pMethods->xDeviceCharacteristics(shared(file)->real);
}

const sqlite3_io_methods kMethods = {
    1, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock,
    xFileControl, xSectorSize, xDeviceCharacteristics, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
};

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    SharedFile* f = shared(file);
    std::memset(f, 0, sizeof(SharedFile));
    f->real = reinterpret_cast<sqlite3_file*>(f + 1);
    const int rc = baseVfs->xOpen(baseVfs, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (f->real->pMethods)
            f->real->pMethods->xClose(f->real);
        f->real->pMethods = nullptr;
        return rc;
    }
    if ((flags & SQLITE_OPEN_MAIN_DB) && name) {
        f->dbPath = sqlite3_mprintf("%s", name);
        f->lockDir = sqlite3_mprintf("%s.lock", name);
        f->readOnly = (flags & SQLITE_OPEN_READONLY) != 0 || (outFlags && (*outFlags & SQLITE_OPEN_READONLY));
    }
    f->base.pMethods = &kMethods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return baseVfs->xDelete(baseVfs, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* result)
{
    return baseVfs->xAccess(baseVfs, name, flags, result);
}
int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return baseVfs->xFullPathname(baseVfs, name, size, out);
}
void* xDlOpen(sqlite3_vfs*, const char* name)
{
    return baseVfs->xDlOpen(baseVfs, name);
}
void xDlError(sqlite3_vfs*, int size, char* out)
{
    baseVfs->xDlError(baseVfs, size, out);
}
void (*xDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return baseVfs->xDlSym(baseVfs, handle, symbol);
}
void xDlClose(sqlite3_vfs*, void* handle)
{
    baseVfs->xDlClose(baseVfs, handle);
}
int xRandomness(sqlite3_vfs*, int size, char* out)
{
    return baseVfs->xRandomness(baseVfs, size, out);
}
int xSleep(sqlite3_vfs*, int micros)
{
    return baseVfs->xSleep(baseVfs, micros);
}
int xCurrentTime(sqlite3_vfs*, double* now)
{
    return baseVfs->xCurrentTime(baseVfs, now);
}
int xGetLastError(sqlite3_vfs*, int size, char* out)
{
    return baseVfs->xGetLastError ? baseVfs->xGetLastError(baseVfs, size, out) : 0;
}
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* now)
{
    return baseVfs->xCurrentTimeInt64(baseVfs, now);
}

} // namespace

void SharedLock::registerVfs()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_initialize();
        baseVfs = sqlite3_vfs_find("unix-none");
        if (!baseVfs)
            qFatal("SQLite has no unix-none VFS");
        std::memset(&sharedVfs, 0, sizeof(sharedVfs));
        sharedVfs.iVersion = 2;
        sharedVfs.szOsFile = static_cast<int>(sizeof(SharedFile)) + baseVfs->szOsFile;
        sharedVfs.mxPathname = baseVfs->mxPathname;
        sharedVfs.zName = vfsName;
        sharedVfs.xOpen = xOpen;
        sharedVfs.xDelete = xDelete;
        sharedVfs.xAccess = xAccess;
        sharedVfs.xFullPathname = xFullPathname;
        sharedVfs.xDlOpen = xDlOpen;
        sharedVfs.xDlError = xDlError;
        sharedVfs.xDlSym = xDlSym;
        sharedVfs.xDlClose = xDlClose;
        sharedVfs.xRandomness = xRandomness;
        sharedVfs.xSleep = xSleep;
        sharedVfs.xCurrentTime = xCurrentTime;
        sharedVfs.xGetLastError = xGetLastError;
        sharedVfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        sqlite3_vfs_register(&sharedVfs, 0);
    });
}

void SharedLock::setIdentity(const QString& desk, const QString& user)
{
    std::lock_guard guard(identity().mutex);
    // One line each in the owner file.
    identity().desk = desk.simplified().toUtf8();
    identity().user = user.simplified().toUtf8();
}

int SharedLock::staleAfterMs()
{
    bool ok = false;
    const int configured = qEnvironmentVariableIntValue("SHOPCRM_LOCK_STALE_MS", &ok);
    // Never less than four beats: a live holder must have had the chance to show it.
    return ok && configured > 0 ? std::max(configured, 4 * beatMs()) : 15000;
}

int SharedLock::beatMs()
{
    bool ok = false;
    const int configured = qEnvironmentVariableIntValue("SHOPCRM_LOCK_BEAT_MS", &ok);
    return ok && configured >= 50 ? configured : 1000;
}

QString SharedLock::lockPathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

QString SharedLock::logPathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".lock-log");
}

QString SharedLock::describeHolder(const QString& databasePath)
{
    bool exists = false;
    const QByteArray content = readSmallFile(QString(lockPathFor(databasePath) + QStringLiteral("/owner")).toStdString(), &exists);
    if (!exists)
        return {};
    return QString::fromUtf8(valueOf(content, "desk") + " / " + valueOf(content, "user") + " / " +
                             valueOf(content, "since"));
}

} // namespace shopcrm
