#include "PgCluster.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace shopcrm::test;

TEST_CASE("a PostgreSQL cluster the test run starts answers through Qt's QPSQL driver", "[postgresql]")
{
    PgCluster cluster;
    if (!cluster.available()) {
        WARN("Skipped: no PostgreSQL cluster can be started here: " << cluster.whyNot().toStdString());
        return;
    }
    REQUIRE(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    const QString name = cluster.createDatabase(QStringLiteral("shop"));
    REQUIRE(cluster.available());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-probe"));
        db.setHostName(cluster.socketDir()); // a folder: libpq connects through the socket in it
        db.setPort(PgCluster::kPort);
        db.setUserName(PgCluster::user());
        db.setDatabaseName(name);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT current_database(), current_setting('server_encoding'), "
                                      "current_setting('listen_addresses')")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("shop"));
        CHECK(q.value(1).toString() == QStringLiteral("UTF8"));
        CHECK(q.value(2).toString().isEmpty()); // no TCP port: the socket only
        // Chinese text goes in and comes back as it was.
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (name text)")));
        q.prepare(QStringLiteral("INSERT INTO t VALUES (?)"));
        q.addBindValue(QStringLiteral("华彩广告"));
        REQUIRE(q.exec());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM t")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("华彩广告"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-probe"));
}
