// `audit verify|list`: the hash-chained audit log.
#include "CliSupport.h"
#include "store/AuditLog.h"
#include "store/RowSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shopcrm::cli {

namespace {

QJsonValue fields(const QString& text)
{
    if (text.isEmpty())
        return QJsonValue();
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject entryJson(const AuditEntry& e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), e.at},
            {QStringLiteral("user"), e.who},
            {QStringLiteral("desk"), e.desk},
            {QStringLiteral("entity"), e.entity},
            {QStringLiteral("entity_id"), e.entityId},
            {QStringLiteral("action"), e.op},
            {QStringLiteral("before"), fields(e.before)},
            {QStringLiteral("after"), fields(e.after)},
            {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}};
}

} // namespace

QString auditUsage()
{
    return Cli::tr("  audit verify                           check that no audit entry was changed, removed or\n"
                   "                                         moved; exit 1 at the first broken link\n"
                   "  audit list [--by LOGIN] [--entity E] [--id N] [--action A] [--from D] [--to D]\n"
                   "             [--limit N]                 newest first\n");
}

int auditCommand(const Arguments& a)
{
    const QString verb = a.words.value(1);
    if (verb == QLatin1String("verify")) {
        a.allowOnly({});
        auto db = openDatabase(a);
        QElapsedTimer timer;
        timer.start();
        const AuditVerification v = AuditLog::verify(*db);
        const double seconds = double(timer.elapsed()) / 1000.0;
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("ok"), v.ok},
                                  {QStringLiteral("entries"), v.entries},
                                  {QStringLiteral("broken_at"), v.brokenAt},
                                  {QStringLiteral("problem"), v.problem},
                                  {QStringLiteral("head"), QString::fromLatin1(v.head.toHex())},
                                  {QStringLiteral("seconds"), seconds}});
        else if (v.ok)
            out() << Cli::tr("ok: %1 audit entries, chain head %2").arg(v.entries).arg(QString::fromLatin1(v.head.toHex()))
                  << '\n';
        else
            err() << Cli::tr("The audit log is broken: %1").arg(v.problem) << '\n';
        return v.ok ? 0 : 1;
    }
    if (verb == QLatin1String("list")) {
        a.allowOnly({QStringLiteral("by"), QStringLiteral("entity"), QStringLiteral("id"), QStringLiteral("action"),
                     QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("limit")});
        AuditFilter filter;
        filter.who = a.option(QStringLiteral("by"));
        filter.entity = a.option(QStringLiteral("entity"));
        filter.entityId = a.number(QStringLiteral("id"), 0, 0, std::numeric_limits<qint64>::max());
        filter.op = a.option(QStringLiteral("action"));
        const QDate from = optionalDate(a, QStringLiteral("from"));
        const QDate to = optionalDate(a, QStringLiteral("to"));
        if (from.isValid())
            filter.from = from.startOfDay().toUTC();
        if (to.isValid())
            filter.to = to.addDays(1).startOfDay().toUTC();
        const int limit = static_cast<int>(a.number(QStringLiteral("limit"), 100, 1, 1000000));
        auto db = openDatabase(a);
        const QList<AuditEntry> entries = AuditLog::list(*db, filter, limit);
        if (a.json) {
            QJsonArray list;
            for (const AuditEntry& e : entries)
                list.append(entryJson(e));
            printJson(list);
            return 0;
        }
        for (const AuditEntry& e : entries)
            out() << e.id << '\t' << parseUtc(e.at).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << '\t'
                  << e.who << '\t' << e.desk << '\t' << e.entity << ' ' << e.entityId << '\t' << e.op << '\t'
                  << e.before << (e.before.isEmpty() && e.after.isEmpty() ? QString() : QStringLiteral(" → "))
                  << e.after << '\n';
        return 0;
    }
    throw UsageError{Cli::tr("audit takes verify or list.")};
}

} // namespace shopcrm::cli
