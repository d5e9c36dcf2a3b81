#include "PgCluster.h"

#include <QDir>
#include <QProcess>
#include <QUrl>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace shopcrm::test {

PgCluster::PgCluster()
{
    // The newest server Debian installed: /usr/lib/postgresql/<major>/bin.
    const QStringList majors =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& major : majors)
        if (QFile::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(major)))
            m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin/").arg(major);
    if (m_bin.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL is not installed (Debian's postgresql package)");
        return;
    }
    if (geteuid() != 0) {
        m_error = QStringLiteral("the cluster is run as the postgres user, which needs root");
        return;
    }
    const passwd* pg = getpwnam("postgres");
    if (!pg) {
        m_error = QStringLiteral("there is no postgres user");
        return;
    }
    if (!m_dir.isValid() || chown(m_dir.path().toLocal8Bit().constData(), pg->pw_uid, pg->pw_gid) != 0) {
        m_error = QStringLiteral("cannot make a folder for the cluster");
        return;
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!asPostgres(m_bin + QStringLiteral("initdb"),
                    {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                     QStringLiteral("-U"), user(), QStringLiteral("-E"), QStringLiteral("UTF8"),
                     QStringLiteral("--locale=C.UTF-8")}))
        return;
    // fsync off: a test's cluster is thrown away, and must not wait on the disk.
    const QString options =
        QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=off -c full_page_writes=off")
            .arg(m_dir.path())
            .arg(kPort);
    if (!asPostgres(m_bin + QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                     m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                     QStringLiteral("start")}))
        return;
    m_started = true;
}

QString PgCluster::url(const QString& database) const
{
    return QStringLiteral("postgresql://") + user() + QLatin1Char('@') +
           QString::fromUtf8(QUrl::toPercentEncoding(socketDir())) + QLatin1Char(':') +
           QString::number(kPort) + QLatin1Char('/') + database;
}

PgCluster::~PgCluster()
{
    if (m_started)
        asPostgres(m_bin + QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                    QStringLiteral("immediate"), QStringLiteral("stop")});
}

QString PgCluster::createDatabase(const QString& name, const QString& copyOf)
{
    QStringList args{QStringLiteral("-h"),   m_dir.path(),         QStringLiteral("-p"),
                     QString::number(kPort), QStringLiteral("-U"), user()};
    if (!copyOf.isEmpty()) args << QStringLiteral("-T") << copyOf;
    asPostgres(m_bin + QStringLiteral("createdb"), args << name);
    return name;
}

bool PgCluster::asPostgres(const QString& program, const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("runuser"),
            QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2")
                      .arg(QFileInfo(program).fileName(), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

} // namespace shopcrm::test
