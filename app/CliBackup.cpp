// `backup`, `restore`, `check` and `migrate-to`: safe copies, verified restores, the health of the
// file and the move to another engine.
#include "CliSupport.h"
#include "services/Backups.h"
#include "services/DatabaseCopy.h"
#include "store/AuditLog.h"
#include "store/Dialect.h"
#include "store/ServerProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace shopcrm::cli {

namespace {

QString localTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QJsonObject infoJson(const BackupInfo& b)
{
    QJsonObject o{{QStringLiteral("path"), b.path},
                  {QStringLiteral("taken_at"), b.takenAt.toString(Qt::ISODate)},
                  {QStringLiteral("bytes"), b.bytes},
                  {QStringLiteral("encrypted"), b.encrypted},
                  {QStringLiteral("schema"), b.schema},
                  {QStringLiteral("customers"), b.customers},
                  {QStringLiteral("orders"), b.orders},
                  {QStringLiteral("last_order"), b.lastOrder},
                  {QStringLiteral("last_order_at"), b.lastOrderAt.toString(Qt::ISODate)},
                  {QStringLiteral("audit_entries"), b.auditEntries},
                  {QStringLiteral("audit_head"), b.auditHead}};
    if (!b.problem.isEmpty())
        o.insert(QStringLiteral("problem"), b.problem);
    return o;
}

void printInfo(const BackupInfo& b)
{
    out() << Cli::tr("Backup:      %1").arg(QDir::toNativeSeparators(b.path)) << '\n';
    if (!b.problem.isEmpty()) {
        out() << Cli::tr("Problem:     %1").arg(b.problem) << '\n';
        return;
    }
    out() << Cli::tr("Taken:       %1").arg(localTime(b.takenAt)) << '\n'
          << Cli::tr("Size:        %1 MB%2")
                 .arg(double(b.bytes) / 1e6, 0, 'f', 1)
                 .arg(b.encrypted ? Cli::tr(", encrypted") : QString())
          << '\n'
          << Cli::tr("Holds:       %1 customers, %2 orders").arg(b.customers).arg(b.orders) << '\n';
    if (!b.lastOrder.isEmpty())
        out() << Cli::tr("Last order:  %1 of %2").arg(b.lastOrder, localTime(b.lastOrderAt)) << '\n';
    out() << Cli::tr("Audit head:  %1 (%2 entries)").arg(b.auditHead).arg(b.auditEntries) << '\n';
}

// The passphrase from SHOPCRM_BACKUP_PASSPHRASE, else asked on the terminal without echo.
QString passphrase(bool twice)
{
    const QString fromEnvironment = qEnvironmentVariable("SHOPCRM_BACKUP_PASSPHRASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!isatty(STDIN_FILENO))
        throw StoreError(StoreError::Kind::Validation,
                         Cli::tr("Give the backup passphrase in SHOPCRM_BACKUP_PASSPHRASE or run this on a terminal."));
    const QString first = readSecret(Cli::tr("Backup passphrase: "));
    if (first.isEmpty())
        throw StoreError(StoreError::Kind::Validation, Cli::tr("The passphrase is empty."));
    if (twice && readSecret(Cli::tr("The same passphrase again: ")) != first)
        throw StoreError(StoreError::Kind::Validation, Cli::tr("The two passphrases differ; nothing was done."));
    return first;
}

int scheduleCommand(const Arguments& a)
{
    a.allowOnly({QStringLiteral("dir"), QStringLiteral("every"), QStringLiteral("keep-daily"), QStringLiteral("keep-weekly"),
                 QStringLiteral("keep-monthly")});
    auto db = openDatabase(a);
    BackupSchedule s = Backups::schedule(*db);
    if (!a.options.isEmpty() || a.flags.contains(QStringLiteral("--encrypt")) || a.flags.contains(QStringLiteral("--plain"))) {
        s.folder = a.option(QStringLiteral("dir"), s.folder);
        s.everyDays = static_cast<int>(a.number(QStringLiteral("every"), s.everyDays, 0, 31));
        s.retention.daily = static_cast<int>(a.number(QStringLiteral("keep-daily"), s.retention.daily, 1, 366));
        s.retention.weekly = static_cast<int>(a.number(QStringLiteral("keep-weekly"), s.retention.weekly, 0, 520));
        s.retention.monthly = static_cast<int>(a.number(QStringLiteral("keep-monthly"), s.retention.monthly, 0, 240));
        if (a.flags.contains(QStringLiteral("--encrypt")))
            s.encrypt = true;
        if (a.flags.contains(QStringLiteral("--plain")))
            s.encrypt = false;
        Backups::setSchedule(*db, s);
    }
    const QDateTime last = Backups::lastScheduled(*db);
    if (a.json) {
        printJson(QJsonObject{{QStringLiteral("folder"), s.folder},
                              {QStringLiteral("every_days"), s.everyDays},
                              {QStringLiteral("keep_daily"), s.retention.daily},
                              {QStringLiteral("keep_weekly"), s.retention.weekly},
                              {QStringLiteral("keep_monthly"), s.retention.monthly},
                              {QStringLiteral("encrypt"), s.encrypt},
                              {QStringLiteral("last"), last.toString(Qt::ISODate)}});
        return 0;
    }
    out() << Cli::tr("Folder:      %1").arg(QDir::toNativeSeparators(s.folder)) << '\n'
          << (s.everyDays > 0 ? Cli::tr("Every:       %n day(s)", nullptr, s.everyDays) : Cli::tr("Every:       never"))
          << '\n'
          << Cli::tr("Keep:        %1 daily, %2 weekly, %3 monthly")
                 .arg(s.retention.daily)
                 .arg(s.retention.weekly)
                 .arg(s.retention.monthly)
          << '\n'
          << Cli::tr("Encrypted:   %1").arg(s.encrypt ? Cli::tr("yes") : Cli::tr("no")) << '\n'
          << Cli::tr("Last:        %1").arg(last.isValid() ? localTime(last) : Cli::tr("never")) << '\n';
    return 0;
}

} // namespace

QString backupUsage()
{
    return Cli::tr(
        "  backup OUT [--encrypt]                 a checked copy of the database into the new file OUT\n"
        "  backup list [--dir D]                  the backups in the schedule's folder (or D)\n"
        "  backup auto                            the scheduled backup if it is due, then pruning\n"
        "  backup schedule [--dir D] [--every DAYS] [--keep-daily N] [--keep-weekly N]\n"
        "                  [--keep-monthly N] [--encrypt|--plain]\n"
        "  restore IN [--yes]                     show what a backup holds; with --yes replace the\n"
        "                                         database with it (the current one is backed up first)\n"
        "  check                                  SQLite's integrity check and the audit chain\n"
        "                                         (passphrases: SHOPCRM_BACKUP_PASSPHRASE or a prompt)\n"
        "  migrate-to TARGET                      copy the whole database into a new, empty one: a server's\n"
        "                                         postgresql://… database or a new file; checked after\n");
}

int backupCommand(const Arguments& a)
{
    const QString verb = a.words.value(1);
    if (verb.isEmpty())
        throw UsageError{Cli::tr("Give the backup file to write, or list, auto or schedule.")};
    if (verb == QLatin1String("schedule"))
        return scheduleCommand(a);
    if (verb == QLatin1String("list")) {
        a.allowOnly({QStringLiteral("dir")});
        QString folder = a.option(QStringLiteral("dir"));
        if (folder.isEmpty()) {
            auto db = openDatabase(a);
            folder = Backups::schedule(*db).folder;
        }
        const QList<BackupInfo> backups = Backups::list(folder);
        if (a.json) {
            QJsonArray list;
            for (const BackupInfo& b : backups)
                list.append(infoJson(b));
            printJson(list);
            return 0;
        }
        if (backups.isEmpty())
            out() << Cli::tr("No backups in %1.").arg(QDir::toNativeSeparators(folder)) << '\n';
        for (const BackupInfo& b : backups)
            out() << localTime(b.takenAt) << '\t' << QString::number(double(b.bytes) / 1e6, 'f', 1) << " MB\t"
                  << (b.problem.isEmpty()
                          ? Cli::tr("%1 customers, %2 orders").arg(b.customers).arg(b.orders)
                          : b.problem)
                  << (b.encrypted ? QStringLiteral("\t") + Cli::tr("encrypted") : QString()) << '\t'
                  << QFileInfo(b.path).fileName() << '\t' << b.auditHead.left(16) << '\n';
        return 0;
    }
    if (verb == QLatin1String("auto")) {
        a.allowOnly({});
        auto db = openDatabase(a);
        const BackupSchedule s = Backups::schedule(*db);
        const std::optional<BackupInfo> made = Backups::runScheduled(
            *db, QDateTime::currentDateTimeUtc(), s.encrypt ? passphrase(false) : QString());
        if (a.json)
            printJson(made ? infoJson(*made) : QJsonObject{{QStringLiteral("due"), false}});
        else if (made)
            printInfo(*made);
        else
            out() << Cli::tr("No backup is due.") << '\n';
        return 0;
    }
    a.allowOnly({});
    const bool encrypt = a.flags.contains(QStringLiteral("--encrypt"));
    auto db = openDatabase(a);
    const QString secret = encrypt ? passphrase(true) : QString();
    QElapsedTimer timer;
    timer.start();
    const BackupInfo info = Backups::create(*db, verb, secret);
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (a.json) {
        QJsonObject o = infoJson(info);
        o.insert(QStringLiteral("seconds"), seconds);
        printJson(o);
    } else {
        printInfo(info);
    }
    return 0;
}

int restoreCommand(const Arguments& a)
{
    a.allowOnly({});
    const QString path = a.words.value(1);
    if (path.isEmpty())
        throw UsageError{Cli::tr("Give the backup to restore.")};
    const QString secret = Backups::isEncrypted(path) ? passphrase(false) : QString();
    const BackupInfo incoming = Backups::inspect(path, secret);
    if (!a.flags.contains(QStringLiteral("--yes"))) {
        if (a.json)
            printJson(infoJson(incoming));
        else
            printInfo(incoming);
        err() << Cli::tr("Nothing was changed. Add --yes to replace the database with this backup.") << '\n';
        return 1;
    }
    auto db = openDatabase(a);
    QElapsedTimer timer;
    timer.start();
    const BackupInfo safety = Backups::restore(*db, path, secret, Backups::schedule(*db).folder);
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (a.json) {
        printJson(QJsonObject{{QStringLiteral("restored"), infoJson(incoming)},
                              {QStringLiteral("safety_backup"), safety.path},
                              {QStringLiteral("seconds"), seconds}});
    } else {
        out() << Cli::tr("Restored %1 (%2 customers, %3 orders). The database as it was is kept in %4.")
                     .arg(QDir::toNativeSeparators(path), QString::number(incoming.customers),
                          QString::number(incoming.orders), QDir::toNativeSeparators(safety.path))
              << '\n';
    }
    return 0;
}

int checkCommand(const Arguments& a)
{
    a.allowOnly({});
    auto db = openDatabase(a);
    QString integrity;
    if (db->isServer()) {
        // PostgreSQL has no integrity_check of its own for a client to run: every table is read
        // through instead, which a damaged table fails.
        for (const QString& table : db->tables())
            Sql(*db, QStringLiteral("SELECT count(*) FROM (SELECT * FROM %1) AS t").arg(table)).scalar();
        integrity = QStringLiteral("ok");
    } else {
        integrity = Sql(*db, QStringLiteral("PRAGMA integrity_check")).scalar().toString();
    }
    const AuditVerification audit = AuditLog::verify(*db);
    const bool ok = integrity == QLatin1String("ok") && audit.ok;
    if (a.json) {
        printJson(QJsonObject{{QStringLiteral("ok"), ok},
                              {QStringLiteral("integrity"), integrity},
                              {QStringLiteral("audit_ok"), audit.ok},
                              {QStringLiteral("audit_entries"), audit.entries},
                              {QStringLiteral("audit_problem"), audit.problem},
                              {QStringLiteral("audit_head"), QString::fromLatin1(audit.head.toHex())}});
    } else {
        (integrity == QLatin1String("ok") ? out() : err())
            << Cli::tr("Integrity: %1").arg(integrity == QLatin1String("ok") ? Cli::tr("ok") : integrity) << '\n';
        (audit.ok ? out() : err()) << (audit.ok ? Cli::tr("Audit log: ok, %1 entries, head %2")
                                                      .arg(audit.entries)
                                                      .arg(QString::fromLatin1(audit.head.toHex()))
                                                : Cli::tr("Audit log: %1").arg(audit.problem))
                                   << '\n';
    }
    return ok ? 0 : 1;
}

int migrateCommand(const Arguments& a)
{
    a.allowOnly({});
    const QString target = a.words.value(1);
    if (target.isEmpty() || a.words.size() > 2)
        throw UsageError{
            Cli::tr("migrate-to takes the new database: postgresql://user@host/dbname or a file.")};
    auto db = openDatabase(a);
    if (ServerAddress::isServerUrl(target) && qEnvironmentVariableIsEmpty("PGPASSWORD") &&
        isatty(STDIN_FILENO)) {
        // A server that wants a password nobody gave is asked for it here, before anything is read.
        const ServerProbe probe = ServerProbe::look(target);
        if (!probe.reached && probe.problem.contains(QLatin1String("password")))
            qputenv("PGPASSWORD", readSecret(Cli::tr("Password for %1: ").arg(target)).toUtf8());
    }
    QString current;
    QElapsedTimer shown;
    const CopyReport report =
        DatabaseCopy::copy(*db, target, [&](const QString& table, qint64 done, qint64 total) {
            // One line per table, and one a second while a big one is copied.
            if (a.json) return true;
            if (table != current || !shown.isValid() || shown.elapsed() > 1000 || done == total) {
                err() << Cli::tr("  %1: %2 of %3 rows").arg(table).arg(done).arg(total) << '\n';
                err().flush();
                current = table;
                shown.start();
            }
            return true;
        });
    if (a.json) {
        QJsonArray tables;
        for (const CopiedTable& t : report.tables)
            tables.append(QJsonObject{{QStringLiteral("table"), t.name}, {QStringLiteral("rows"), t.rows}});
        auto months = [](const QList<MonthFigures>& list) {
            QJsonArray out;
            for (const MonthFigures& m : list)
                out.append(QJsonObject{{QStringLiteral("month"), m.month},
                                       {QStringLiteral("count"), m.count},
                                       {QStringLiteral("total_fen"), m.totalFen}});
            return out;
        };
        printJson(QJsonObject{{QStringLiteral("source"), report.source},
                              {QStringLiteral("target"), report.target},
                              {QStringLiteral("schema"), report.schema},
                              {QStringLiteral("rows"), report.rows},
                              {QStringLiteral("tables"), tables},
                              {QStringLiteral("order_months"), months(report.orderMonths)},
                              {QStringLiteral("payment_months"), months(report.paymentMonths)},
                              {QStringLiteral("audit_entries"), report.auditEntries},
                              {QStringLiteral("elapsed_ms"), report.elapsedMs}});
        return 0;
    }
    out()
        // One pass of arg(): a server's address holds %2F, which a later pass would take for a place.
        << Cli::tr("Copied %1 rows in %2 tables from %3 to %4 in %5 s.")
               .arg(QString::number(report.rows), QString::number(report.tables.size()),
                    QDir::toNativeSeparators(report.source), report.target,
                    QString::number(report.elapsedMs / 1000.0, 'f', 1))
        << '\n'
        << Cli::tr(
               "Checked: every table's rows, orders and payments per month (%1 and %2 months), and the audit "
               "chain (%3 entries, ending where the source's ends).")
               .arg(report.orderMonths.size())
               .arg(report.paymentMonths.size())
               .arg(report.auditEntries)
        << '\n'
        << Cli::tr("To work on the copy: shopcrm-cli --db %1 …, or in the program Settings ▸ Database.")
               .arg(report.target)
        << '\n';
    return 0;
}

QString readSecret(const QString& prompt)
{
    err() << prompt;
    err().flush();
    termios old{};
    const bool terminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        err() << '\n';
    }
    return line;
}

} // namespace shopcrm::cli
