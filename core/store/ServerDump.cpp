#include "ServerDump.h"

#include "Dialect.h"
#include "StoreError.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

namespace shopcrm {

namespace {

// Debian's /usr/bin/pg_dump (postgresql-client-common) picks the newest client installed; a
// machine with only a versioned package has it under /usr/lib/postgresql/<version>/bin.
QString program(const QString& name)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty()) return onPath;
    QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(),
              [&](const QString& a, const QString& b) { return numeric.compare(a, b) > 0; });
    for (const QString& version : versions) {
        const QString path = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(version, name);
        if (QFileInfo(path).isExecutable()) return path;
    }
    throw StoreError(
        StoreError::Kind::Open,
        ServerDump::tr("PostgreSQL's %1 is not installed at this desk; it makes and restores a server "
                       "database's backups. Install Debian's package postgresql-client.")
            .arg(name));
}

// What a client program said when it failed: its own message, which names the cause (a password,
// a version, a full disk), without libpq's prefix lines repeated.
QString failure(QProcess& process)
{
    QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (said.isEmpty()) said = process.errorString();
    return said.left(2000);
}

void start(QProcess& process, const QString& name, const QStringList& args)
{
    process.start(program(name), args);
    if (!process.waitForStarted(30000))
        throw StoreError(StoreError::Kind::Open,
                         ServerDump::tr("%1 could not be started: %2").arg(name, process.errorString()));
}

void finish(QProcess& process, const QString& name, StoreError::Kind kind)
{
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw StoreError(kind, ServerDump::tr("%1 failed: %2").arg(name, failure(process)));
}

// One field of COPY's text format: backslash escapes, \N for NULL.
QString copyField(const QString& text)
{
    if (text == QLatin1String("\\N")) return {};
    if (!text.contains(QLatin1Char('\\'))) return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        // \b \f \n \r \t \v stand for their control characters, \\ and any other for itself
        // (COPY TO writes no octal or hex escapes).
        static const QString escapes = QStringLiteral("bfnrtv");
        static const QString controls = QStringLiteral("\b\f\n\r\t\v");
        const QChar e = text.at(++i);
        const qsizetype at = escapes.indexOf(e);
        out += at < 0 ? e : controls.at(at);
    }
    return out;
}

} // namespace

bool ServerDump::isArchive(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(5) == QByteArrayLiteral("PGDMP");
}

void ServerDump::dump(const ServerAddress& address, const QString& target)
{
    if (QFileInfo::exists(target))
        throw StoreError(StoreError::Kind::Open, tr("The backup file %1 exists already.").arg(target));
    QProcess process;
    // Custom format (compressed, and pg_restore picks tables out of it); no owners or grants, so
    // it restores under whichever user the shop's desks sign in as.
    start(process, QStringLiteral("pg_dump"),
          {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
           QStringLiteral("--file=") + target, QStringLiteral("--dbname=") + address.url()});
    try {
        finish(process, QStringLiteral("pg_dump"), StoreError::Kind::Open);
    } catch (...) {
        QFile::remove(target);
        throw;
    }
}

void ServerDump::read(const QString& path, const QStringList& tables, const Row& row)
{
    QStringList args{QStringLiteral("--data-only"), QStringLiteral("--file=-")};
    for (const QString& table : tables)
        args << QStringLiteral("--table=") + table;
    args << path;
    QProcess process;
    start(process, QStringLiteral("pg_restore"), args);
    static const QRegularExpression copy(QStringLiteral("^COPY (?:\\w+\\.)?(\\w+) \\((.*)\\) FROM stdin;$"));
    QString table;
    QStringList columns;
    QSet<QString> seen;
    QByteArray pending;
    auto line = [&](const QString& text) {
        if (table.isEmpty()) {
            const QRegularExpressionMatch m = copy.match(text);
            if (!m.hasMatch()) return;
            table = m.captured(1);
            columns = m.captured(2).split(QStringLiteral(", "));
            for (QString& column : columns)
                if (column.startsWith(QLatin1Char('"'))) column = column.mid(1, column.size() - 2);
            seen.insert(table);
            return;
        }
        if (text == QLatin1String("\\.")) {
            table.clear();
            return;
        }
        QStringList fields = text.split(QLatin1Char('\t'));
        for (QString& field : fields)
            field = copyField(field);
        if (fields.size() != columns.size())
            throw StoreError(
                StoreError::Kind::NotADatabase,
                tr("The backup %1 is damaged: a row of %2 does not have its columns.").arg(path, table));
        row(table, columns, fields);
    };
    // Until the program has ended and everything it wrote has been read.
    while (process.waitForReadyRead(-1) || process.bytesAvailable() > 0) {
        pending += process.readAll();
        qsizetype from = 0;
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', from)) {
            line(QString::fromUtf8(pending.constData() + from, end - from));
            from = end + 1;
        }
        pending.remove(0, from);
    }
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("The backup %1 cannot be read: %2").arg(path, failure(process)));
    for (const QString& wanted : tables)
        if (!seen.contains(wanted))
            throw StoreError(
                StoreError::Kind::NotADatabase,
                tr("The backup %1 is not a ShopCRM database's: it holds no table %2.").arg(path, wanted));
}

void ServerDump::restore(const ServerAddress& address, const QStringList& currentTables, const QString& path)
{
    // pg_restore turns the archive into statements and psql runs them after dropping the tables
    // there are now, all in one transaction (psql --single-transaction wraps every -c and -f):
    // a failure anywhere leaves the database as it was. Comments are left out: the extensions'
    // belong to whoever installed them.
    QProcess script;
    QProcess replay;
    script.setStandardOutputProcess(&replay);
    QStringList args{QStringLiteral("--single-transaction"), QStringLiteral("--set=ON_ERROR_STOP=1"),
                     QStringLiteral("--quiet"), QStringLiteral("--no-psqlrc"),
                     QStringLiteral("--dbname=") + address.url()};
    if (!currentTables.isEmpty()) {
        QStringList quoted;
        for (const QString& table : currentTables)
            quoted.append(QLatin1Char('"') +
                          QString(table).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                          QLatin1Char('"'));
        args << QStringLiteral("--command=DROP TABLE IF EXISTS %1 CASCADE")
                    .arg(quoted.join(QStringLiteral(", ")));
    }
    args << QStringLiteral("--file=-");
    start(replay, QStringLiteral("psql"), args);
    start(script, QStringLiteral("pg_restore"),
          {QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"), QStringLiteral("--no-comments"),
           QStringLiteral("--file=-"), path});
    script.waitForFinished(-1);
    replay.closeWriteChannel();
    // psql's complaint first: when it stops, pg_restore only sees its output refused.
    finish(replay, QStringLiteral("psql"), StoreError::Kind::Sql);
    finish(script, QStringLiteral("pg_restore"), StoreError::Kind::NotADatabase);
}

} // namespace shopcrm
