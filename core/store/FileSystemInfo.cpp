#include "FileSystemInfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#include <sys/vfs.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace shopcrm {

namespace {

QString nearestExisting(const QString& path)
{
    QFileInfo info(QFileInfo(path).absoluteFilePath());
    while (!info.exists() && !info.isRoot() && info.absolutePath() != info.absoluteFilePath())
        info = QFileInfo(info.absolutePath());
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

// Folders that sync programs keep in step with a cloud copy; a database in one can be copied or
// replaced under a desk that has it open.
QString cloudSyncOf(const QString& folder)
{
    static const QList<std::pair<QString, QString>> known = {
        {QStringLiteral("Dropbox"), QStringLiteral("Dropbox")},
        {QStringLiteral("OneDrive"), QStringLiteral("OneDrive")},
        {QStringLiteral("Google Drive"), QStringLiteral("Google Drive")},
        {QStringLiteral("GoogleDrive"), QStringLiteral("Google Drive")},
        {QStringLiteral("iCloud Drive"), QStringLiteral("iCloud Drive")},
        {QStringLiteral("iCloudDrive"), QStringLiteral("iCloud Drive")},
        {QStringLiteral("Nutstore"), QStringLiteral("坚果云")},
        {QStringLiteral("我的坚果云"), QStringLiteral("坚果云")},
        {QStringLiteral("BaiduNetdisk"), QStringLiteral("百度网盘")},
        {QStringLiteral("BaiduSyncdisk"), QStringLiteral("百度网盘")},
        {QStringLiteral("百度网盘"), QStringLiteral("百度网盘")},
        {QStringLiteral("Seafile"), QStringLiteral("Seafile")},
        {QStringLiteral("Nextcloud"), QStringLiteral("Nextcloud")},
        {QStringLiteral("ownCloud"), QStringLiteral("ownCloud")},
        {QStringLiteral("pCloudDrive"), QStringLiteral("pCloud")},
    };
    for (const QString& part : QDir::fromNativeSeparators(folder).split(QLatin1Char('/'), Qt::SkipEmptyParts))
        for (const auto& [name, program] : known)
            if (part.compare(name, Qt::CaseInsensitive) == 0 || part.startsWith(name + QStringLiteral(" ("), Qt::CaseInsensitive))
                return program;
    return {};
}

#ifdef Q_OS_LINUX
// The mount entry with the longest mount point that holds folder: its type names FUSE programs
// ("fuse.sshfs"), which statfs only calls FUSE.
QString mountType(const QString& folder)
{
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (!mounts.open(QIODevice::ReadOnly))
        return {};
    QString best, type;
    for (const QByteArray& line : mounts.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 3)
            continue;
        // /proc/mounts writes spaces in paths as \040.
        QString point = QString::fromUtf8(fields.at(1)).replace(QStringLiteral("\\040"), QStringLiteral(" "));
        const bool inside = folder == point || point == QLatin1String("/") ||
                            folder.startsWith(point.endsWith(QLatin1Char('/')) ? point : point + QLatin1Char('/'));
        if (inside && point.size() >= best.size()) {
            best = point;
            type = QString::fromUtf8(fields.at(2));
        }
    }
    return type;
}
#endif

} // namespace

FileSystemInfo FileSystemInfo::of(const QString& path)
{
    FileSystemInfo info;
    const QString folder = nearestExisting(path);
    info.cloudSync = cloudSyncOf(folder);
#ifdef Q_OS_LINUX
    struct statfs fs;
    if (::statfs(QFile::encodeName(folder).constData(), &fs) == 0) {
        // Magic numbers from linux/magic.h and the file systems' own headers.
        switch (static_cast<unsigned long>(fs.f_type)) {
        case 0x6969UL: info.type = QStringLiteral("nfs"); info.network = true; break;
        case 0x517BUL: info.type = QStringLiteral("smb"); info.network = true; break;
        case 0xFF534D42UL: info.type = QStringLiteral("cifs"); info.network = true; break;
        case 0xFE534D42UL: info.type = QStringLiteral("smb2"); info.network = true; break;
        case 0x65735546UL: info.type = QStringLiteral("fuse"); info.network = true; break;
        case 0x01021997UL: info.type = QStringLiteral("9p"); info.network = true; break;
        case 0x5346414FUL: info.type = QStringLiteral("afs"); info.network = true; break;
        case 0x73757245UL: info.type = QStringLiteral("coda"); info.network = true; break;
        case 0x00C36400UL: info.type = QStringLiteral("ceph"); info.network = true; break;
        case 0x47504653UL: info.type = QStringLiteral("gpfs"); info.network = true; break;
        case 0xEF53UL: info.type = QStringLiteral("ext4"); break;
        case 0x58465342UL: info.type = QStringLiteral("xfs"); break;
        case 0x9123683EUL: info.type = QStringLiteral("btrfs"); break;
        case 0x01021994UL: info.type = QStringLiteral("tmpfs"); break;
        case 0x794C7630UL: info.type = QStringLiteral("overlay"); break;
        default: break;
        }
    }
    const QString mounted = mountType(folder);
    if (!mounted.isEmpty() && (info.type.isEmpty() || info.type == QLatin1String("fuse")))
        info.type = mounted;
    // A FUSE file system that keeps files on this computer is not a network one.
    static const QStringList localFuse = {QStringLiteral("fuse.fuse-overlayfs"), QStringLiteral("fuse.lxcfs"),
                                          QStringLiteral("fuse.portal"), QStringLiteral("fuseblk")};
    if (localFuse.contains(info.type))
        info.network = false;
#elif defined(Q_OS_WIN)
    const QString native = QDir::toNativeSeparators(folder);
    if (native.startsWith(QStringLiteral("\\\\"))) {
        info.type = QStringLiteral("unc");
        info.network = true;
    } else {
        const std::wstring root = native.left(3).toStdWString();
        if (GetDriveTypeW(root.c_str()) == DRIVE_REMOTE) {
            info.type = QStringLiteral("remote");
            info.network = true;
        } else {
            info.type = QStringLiteral("local");
        }
    }
#endif
    if (info.type.isEmpty())
        info.type = QStringLiteral("unknown");
    if (qEnvironmentVariableIntValue("SHOPCRM_ASSUME_NETWORK") == 1)
        info.network = true;
    return info;
}

} // namespace shopcrm
