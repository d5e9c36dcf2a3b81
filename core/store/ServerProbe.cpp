#include "ServerProbe.h"

#include "Dialect.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace shopcrm {

ServerProbe ServerProbe::look(const QString& url, const QString& password, int timeoutSeconds)
{
    ServerProbe probe;
    QString why;
    const std::optional<ServerAddress> address = ServerAddress::parse(url, &why);
    if (!address) {
        probe.problem = tr("%1 is not a server address: %2").arg(url, why);
        return probe;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        probe.problem = tr("This computer lacks Qt's PostgreSQL driver (Debian package libqt6sql6-psql).");
        return probe;
    }
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("shopcrm-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        address->configure(db, timeoutSeconds);
        if (!password.isEmpty()) db.setPassword(password);
        if (!db.open()) {
            probe.problem = db.lastError().databaseText().trimmed();
            if (probe.problem.isEmpty()) probe.problem = db.lastError().text();
        } else {
            probe.reached = true;
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SHOW server_version")) && q.next())
                probe.serverVersion =
                    QStringLiteral("PostgreSQL ") + q.value(0).toString().section(QLatin1Char(' '), 0, 0);
            int tables = 0;
            bool ours = false;
            if (q.exec(QStringLiteral(
                    "SELECT count(*), count(*) FILTER (WHERE table_name = 'schema_version') FROM "
                    "information_schema.tables WHERE table_schema = current_schema()")) &&
                q.next()) {
                tables = q.value(0).toInt();
                ours = q.value(1).toInt() > 0;
            }
            if (ours) {
                if (q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) &&
                    q.next())
                    probe.schema = q.value(0).toInt();
                if (q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next())
                    probe.customers = q.value(0).toLongLong();
            } else if (tables > 0) {
                probe.schema = -1;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return probe;
}

QString ServerProbe::summary() const
{
    if (!reached) return tr("Not connected: %1").arg(problem);
    if (schema < 0)
        return tr("Connected to %1, but the database holds tables that are not ShopCRM's: choose an empty "
                  "database or the shop's own.")
            .arg(serverVersion);
    if (schema == 0)
        return tr("Connected to %1. The database is empty: ShopCRM makes its tables there when it first "
                  "opens it.")
            .arg(serverVersion);
    return tr("Connected to %1. It holds a ShopCRM database (schema %2) with %n customer(s).", nullptr,
              static_cast<int>(customers))
        .arg(serverVersion)
        .arg(schema);
}

} // namespace shopcrm
