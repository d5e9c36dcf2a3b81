#include "NetworkShare.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>

namespace shopcrm::test {

namespace {

bool run(const QString& program, const QStringList& args, QString* error = nullptr, int timeoutMs = 20000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                     QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}

} // namespace

NetworkShare::NetworkShare(int mounts)
{
    const QString sshfs = QStandardPaths::findExecutable(QStringLiteral("sshfs"));
    const QString sshd = QFile::exists(QStringLiteral("/usr/sbin/sshd")) ? QStringLiteral("/usr/sbin/sshd") : QString();
    if (!QFile::exists(QStringLiteral("/dev/fuse")))
        m_error = QStringLiteral("/dev/fuse is missing (no FUSE here)");
    else if (sshfs.isEmpty())
        m_error = QStringLiteral("sshfs is not installed (Debian package sshfs)");
    else if (sshd.isEmpty())
        m_error = QStringLiteral("sshd is not installed (Debian package openssh-server)");
    if (!m_error.isEmpty())
        return;
    m_server = m_dir.filePath(QStringLiteral("server"));
    QDir().mkpath(m_server);
    if (!startServer())
        return;
    for (int i = 0; i < mounts; ++i) {
        m_mounts.append(m_dir.filePath(QStringLiteral("desk%1").arg(i + 1)));
        QDir().mkpath(m_mounts.last());
        if (!mountAt(i))
            return;
    }
}

NetworkShare::~NetworkShare()
{
    for (const QString& m : std::as_const(m_mounts))
        run(QStringLiteral("fusermount"), {QStringLiteral("-u"), QStringLiteral("-z"), m});
    if (m_sshd) {
        m_sshd->kill();
        m_sshd->waitForFinished(5000);
    }
}

bool NetworkShare::startServer()
{
    const QString hostKey = m_dir.filePath(QStringLiteral("host_key"));
    const QString userKey = m_dir.filePath(QStringLiteral("user_key"));
    for (const QString& key : {hostKey, userKey})
        if (!run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                QStringLiteral("-N"), QString(), QStringLiteral("-f"), key},
                 &m_error))
            return false;
    // sshd wants its privilege separation folder.
    QDir().mkpath(QStringLiteral("/run/sshd"));
    for (int attempt = 0; attempt < 10; ++attempt) {
        m_port = 20000 + static_cast<int>(QRandomGenerator::global()->bounded(40000u));
        QFile config(m_dir.filePath(QStringLiteral("sshd_config")));
        if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_error = config.errorString();
            return false;
        }
        config.write(QStringLiteral("ListenAddress 127.0.0.1\nPort %1\nHostKey %2\nAuthorizedKeysFile %3.pub\n"
                                    "PermitRootLogin yes\nPasswordAuthentication no\nUsePAM no\nStrictModes no\n"
                                    "PidFile none\nSubsystem sftp internal-sftp\n")
                         .arg(m_port)
                         .arg(hostKey, userKey)
                         .toUtf8());
        config.close();
        m_sshd = std::make_unique<QProcess>();
        m_sshd->setProcessChannelMode(QProcess::MergedChannels);
        m_sshd->start(QStringLiteral("/usr/sbin/sshd"), {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                                                         config.fileName()});
        if (!m_sshd->waitForStarted(5000)) {
            m_error = QStringLiteral("sshd did not start");
            return false;
        }
        // sshd says "Server listening on 127.0.0.1 port N." once it accepts connections.
        QByteArray said;
        for (int wait = 0; wait < 50 && m_sshd->state() == QProcess::Running; ++wait) {
            m_sshd->waitForReadyRead(100);
            said += m_sshd->readAll();
            if (said.contains("Server listening"))
                return true;
        }
        m_sshd->kill();
        m_sshd->waitForFinished(2000);
        m_error = QStringLiteral("sshd: ") + QString::fromLocal8Bit(said + m_sshd->readAll()).trimmed();
    }
    return false;
}

bool NetworkShare::mountAt(int i)
{
    const QString key = m_dir.filePath(QStringLiteral("user_key"));
    return run(QStringLiteral("sshfs"),
               {QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-o"),
                // cache=no: sshfs otherwise answers "exists" from its own 20-second cache of
                // directory entries, and a freed lock stays taken for that long on the other mount.
                QStringLiteral("cache=no,IdentityFile=%1,StrictHostKeyChecking=no,UserKnownHostsFile=/dev/null,"
                               "BatchMode=yes,LogLevel=ERROR")
                    .arg(key),
                QStringLiteral("root@127.0.0.1:") + m_server, m_mounts.at(i)},
               &m_error);
}

void NetworkShare::drop(int i)
{
    // The sshfs process serving this mount point ends, as when a cable is pulled: the mount stays
    // but every access fails.
    run(QStringLiteral("pkill"), {QStringLiteral("-KILL"), QStringLiteral("-f"), QStringLiteral("sshfs .* ") + m_mounts.at(i) + QStringLiteral("$")});
}

bool NetworkShare::remount(int i)
{
    run(QStringLiteral("fusermount"), {QStringLiteral("-u"), QStringLiteral("-z"), m_mounts.at(i)});
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (mountAt(i))
            return true;
        QThread::msleep(100);
    }
    return false;
}

} // namespace shopcrm::test
