#pragma once

#include <QString>
#include <QTemporaryDir>

// In a Catch2 test: ends the test with a warning where no cluster can be started here.
#define REQUIRE_CLUSTER(cluster)                                                                             \
    if (!(cluster).available()) {                                                                            \
        WARN("Skipped: no PostgreSQL cluster can be started here: " << (cluster).whyNot().toStdString());    \
        return;                                                                                              \
    }

namespace shopcrm::test {

// A throwaway PostgreSQL cluster for a test, from Debian's postgresql package: initdb in a
// temporary folder and the server on a Unix socket in that folder only (no TCP port), run as the
// postgres user because PostgreSQL refuses to run as root. Stopped and removed at the end.
// available() is false, with the reason, where it cannot be made (no PostgreSQL, not root).
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    bool available() const { return m_error.isEmpty(); }
    QString whyNot() const { return m_error; }
    // Where the socket is (libpq takes a folder as the host), the superuser and a database.
    QString socketDir() const { return m_dir.path(); }
    static constexpr int kPort = 5432;
    static QString user() { return QStringLiteral("shopcrm"); }
    // Makes a new database, empty or a copy of another (which nobody may have open); returns its name.
    QString createDatabase(const QString& name, const QString& copyOf = {});
    // The program's address of a database in this cluster (the socket folder %2F-encoded as host).
    QString url(const QString& database) const;

private:
    bool asPostgres(const QString& program, const QStringList& args, int timeoutMs = 60000);
    QTemporaryDir m_dir;
    QString m_bin;
    QString m_error;
    bool m_started = false;
};

} // namespace shopcrm::test
