#pragma once

#include <QString>

namespace shopcrm {

// What lies under a folder: a local disk, a network share, or a folder a cloud-sync program copies.
struct FileSystemInfo
{
    QString type;       // "ext4", "nfs", "cifs", "smb2", "fuse.sshfs", "tmpfs"…
    bool network = false;
    QString cloudSync;  // the sync program whose folder this is ("Dropbox", "OneDrive", "坚果云"…), or empty

    // Looks at the nearest existing folder at or above path. On Linux from statfs and /proc/mounts;
    // SHOPCRM_ASSUME_NETWORK=1 makes every folder a network one (for trying shared mode on one disk).
    static FileSystemInfo of(const QString& path);
};

} // namespace shopcrm
