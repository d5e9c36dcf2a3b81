#pragma once

#include <QCoreApplication>
#include <QString>

namespace shopcrm {

// What a PostgreSQL address leads to, looked at without changing anything there: for the
// connection test in Settings before a shop moves its desks to a server.
struct ServerProbe
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::ServerProbe)
public:
    bool reached = false;
    QString problem;       // why not, for the user
    QString serverVersion; // "PostgreSQL 15.10"
    int schema = 0;        // ShopCRM's schema there; 0: an empty database, -1: tables not ShopCRM's
    qint64 customers = 0;

    // Connects to url with password (empty: PGPASSWORD or ~/.pgpass, as libpq reads them), within
    // timeoutSeconds. Blocks: run it off the GUI thread.
    static ServerProbe look(const QString& url, const QString& password = {}, int timeoutSeconds = 10);
    // One sentence on what was found.
    QString summary() const;
};

} // namespace shopcrm
