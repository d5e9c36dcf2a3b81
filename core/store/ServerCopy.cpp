#include "ServerCopy.h"

#include "Database.h"
#include "StoreError.h"

#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

namespace shopcrm {

namespace {

// Sent to the server in pieces of about this size: few calls, little memory.
constexpr qsizetype kSendAt = 256 * 1024;

PGconn* connectionOf(const Database& db)
{
    const QVariant handle = db.connection().driver()->handle();
    // QPSQL declares its handle as libpq's struct, pg_conn*, of which PGconn is the typedef.
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 || !handle.isValid()) return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

QSqlError errorOf(PGconn* connection, PGresult* result)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString message =
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection));
    return QSqlError(QString(), message.trimmed(), QSqlError::StatementError,
                     QString::fromLatin1(state ? state : ""));
}

// The columns quoted: one of the program's is named user, which PostgreSQL reserves.
QString quotedList(const QStringList& columns)
{
    QStringList quoted;
    for (const QString& c : columns)
        quoted.append(QLatin1Char('"') + c + QLatin1Char('"'));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

ServerCopy::ServerCopy(const Database& db, const QString& table, const QStringList& columns)
    : m_db(db), m_statement(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, quotedList(columns)))
{
    PGconn* connection = connectionOf(db);
    if (!connection || !db.inTransaction())
        throw StoreError(StoreError::Kind::Sql,
                         QStringLiteral("ServerCopy needs a server's write transaction"));
    m_connection = connection;
    PGresult* result = PQexec(connection, m_statement.toUtf8().constData());
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    const QSqlError error = started ? QSqlError() : errorOf(connection, result);
    PQclear(result);
    if (!started) throw db.errorFrom(error, m_statement);
    m_open = true;
    m_buffer.reserve(kSendAt + 4096);
}

ServerCopy::~ServerCopy()
{
    if (!m_open) return;
    // Unfinished (an exception on the way): the copy ends in an error, and so does the transaction.
    auto* connection = static_cast<PGconn*>(m_connection);
    PQputCopyEnd(connection, "the copy was abandoned");
    while (PGresult* result = PQgetResult(connection))
        PQclear(result);
}

void ServerCopy::appendValue(QByteArray& line, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        line += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        line += QByteArray::number(value.toLongLong());
        return;
    case QMetaType::Bool:
        line += value.toBool() ? "1" : "0";
        return;
    case QMetaType::Double:
        line += QByteArray::number(value.toDouble(), 'g', 17);
        return;
    case QMetaType::QByteArray:
        // bytea's hex form, its backslash escaped as COPY's text format wants every backslash.
        line += "\\\\x";
        line += value.toByteArray().toHex();
        return;
    default:
        break;
    }
    const QByteArray text = value.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

void ServerCopy::row(const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0) m_buffer += '\t';
        appendValue(m_buffer, values.at(i));
    }
    m_buffer += '\n';
    ++m_rows;
    if (m_buffer.size() >= kSendAt) send();
}

void ServerCopy::send()
{
    if (m_buffer.isEmpty()) return;
    auto* connection = static_cast<PGconn*>(m_connection);
    if (PQputCopyData(connection, m_buffer.constData(), static_cast<int>(m_buffer.size())) != 1) {
        m_open = false;
        throw m_db.errorFrom(errorOf(connection, nullptr), m_statement);
    }
    m_buffer.clear();
}

qint64 ServerCopy::finish()
{
    send();
    auto* connection = static_cast<PGconn*>(m_connection);
    m_open = false;
    if (PQputCopyEnd(connection, nullptr) != 1)
        throw m_db.errorFrom(errorOf(connection, nullptr), m_statement);
    QSqlError error;
    while (PGresult* result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !error.isValid())
            error = errorOf(connection, result);
        PQclear(result);
    }
    if (error.isValid()) throw m_db.errorFrom(error, m_statement);
    return m_rows;
}

} // namespace shopcrm
