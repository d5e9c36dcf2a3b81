#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace shopcrm {

class Database;

// Rows into a table on a server through `COPY … FROM STDIN`: one stream of text lines for the
// whole table instead of a statement (and its parameters) per batch of rows, inside the open write
// transaction. QtSql has no COPY, so this speaks libpq's copy protocol on QPSQL's own connection.
// Nothing else may run on the connection until finish(); a copy left unfinished is ended with an
// error, which fails the transaction.
class ServerCopy final
{
public:
    ServerCopy(const Database& db, const QString& table, const QStringList& columns);
    ~ServerCopy();
    Q_DISABLE_COPY_MOVE(ServerCopy)
    // One row, a value per column: an invalid or null QVariant is NULL, a QByteArray bytes (bytea),
    // numbers as numbers, anything else text.
    void row(const QVariantList& values);
    // Ends the copy and reads the server's answer; the rows sent so far.
    qint64 finish();

    // A value as COPY's text format writes it (\N for NULL; backslash, tab and line ends escaped).
    static void appendValue(QByteArray& line, const QVariant& value);

private:
    void send();
    const Database& m_db;
    QString m_statement;
    void* m_connection = nullptr; // PGconn, owned by QPSQL
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_open = false;
};

} // namespace shopcrm
