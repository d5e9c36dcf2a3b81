#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace shopcrm::test {

// A real network share without a network: an OpenSSH server listening on 127.0.0.1 and one sshfs
// mount of its folder per desk. POSIX locks taken through one mount are not seen through another,
// as between two computers on an SMB or NFS share. available() is false (with the reason) where
// FUSE, sshfs or sshd is missing; the tests then say so and skip.
class NetworkShare
{
public:
    explicit NetworkShare(int mounts);
    ~NetworkShare();
    NetworkShare(const NetworkShare&) = delete;
    NetworkShare& operator=(const NetworkShare&) = delete;

    bool available() const { return m_error.isEmpty(); }
    QString whyNot() const { return m_error; }
    // The folder as desk i sees it, and as the server holds it.
    QString mount(int i) const { return m_mounts.at(i); }
    QString serverFolder() const { return m_server; }
    // Ends the sshfs process of mount i (the share drops for that desk), and mounts it again.
    void drop(int i);
    bool remount(int i);

private:
    bool startServer();
    bool mountAt(int i);

    QTemporaryDir m_dir;
    QString m_error;
    QString m_server;
    QStringList m_mounts;
    int m_port = 0;
    std::unique_ptr<QProcess> m_sshd;
};

} // namespace shopcrm::test
