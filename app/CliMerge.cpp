// `duplicates [dismiss A B]`, `merge KEEP DROP [--take FIELD,…]`, `merge list`, `merge undo ID`.
#include "CliSupport.h"
#include "services/CustomerMerge.h"
#include "services/DuplicateFinder.h"
#include "store/CustomerRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shopcrm::cli {

namespace {

QJsonArray reasonCodes(int reasons)
{
    QJsonArray codes;
    for (const auto& [flag, code] :
         {std::pair{DuplicatePair::SamePhone, "phone"}, std::pair{DuplicatePair::SameEmail, "email"},
          std::pair{DuplicatePair::SameWeChat, "wechat"}, std::pair{DuplicatePair::SameName, "name"},
          std::pair{DuplicatePair::SoundsAlike, "sound"}})
        if (reasons & flag) codes.append(QLatin1String(code));
    return codes;
}

qint64 idWord(const Arguments& a, int index, const QString& what)
{
    bool ok = false;
    const qint64 id = a.words.value(index).toLongLong(&ok);
    if (!ok || id <= 0) throw UsageError{what};
    return id;
}

} // namespace

QString mergeUsage()
{
    return Cli::tr(
        "  duplicates [--limit N]                 likely duplicate customers and why\n"
        "  duplicates dismiss ID ID               these two are different customers\n"
        "  merge KEEP DROP [--take FIELD,…]       DROP's contacts, orders, follow-ups, payments and\n"
        "                                         slips move to KEEP, which keeps its fields (empty\n"
        "                                         ones filled, phones and tags of both) except the\n"
        "                                         FIELDs taken from DROP; DROP is removed\n"
        "  merge list | merge undo ID\n");
}

int duplicatesCommand(const Arguments& a)
{
    if (a.words.value(1) == QLatin1String("dismiss")) {
        a.allowOnly({});
        const qint64 first = idWord(a, 2, Cli::tr("Give the two customers' numbers."));
        const qint64 second = idWord(a, 3, Cli::tr("Give the two customers' numbers."));
        auto db = openDatabase(a);
        DuplicateFinder::dismiss(*db, first, second);
        if (!a.json)
            out()
                << Cli::tr("Customers %1 and %2 are no longer offered as duplicates.").arg(first).arg(second)
                << '\n';
        return 0;
    }
    if (a.words.size() > 1) throw UsageError{Cli::tr("duplicates takes dismiss ID ID, or nothing.")};
    a.allowOnly({QStringLiteral("limit")});
    const qint64 limit = a.number(QStringLiteral("limit"), 1000, 1, 1000000);
    auto db = openDatabase(a);
    QList<DuplicatePair> pairs = DuplicateFinder::find(*db);
    const qsizetype total = pairs.size();
    if (pairs.size() > limit) pairs.resize(limit);
    if (a.json) {
        QJsonArray array;
        for (const DuplicatePair& p : std::as_const(pairs))
            array.append(QJsonObject{{QStringLiteral("first"), p.first},
                                     {QStringLiteral("second"), p.second},
                                     {QStringLiteral("first_name"), p.firstName},
                                     {QStringLiteral("second_name"), p.secondName},
                                     {QStringLiteral("reasons"), reasonCodes(p.reasons)},
                                     {QStringLiteral("shared"), QJsonArray::fromStringList(p.details)},
                                     {QStringLiteral("score"), p.score()}});
        printJson(QJsonObject{{QStringLiteral("pairs"), array}, {QStringLiteral("total"), total}});
        return 0;
    }
    for (const DuplicatePair& p : std::as_const(pairs))
        out() << p.first << '\t' << p.firstName << '\t' << p.second << '\t' << p.secondName << '\t'
              << DuplicateFinder::reasonText(p.reasons) << " (" << p.details.join(QStringLiteral(", "))
              << ")\n";
    out() << Cli::tr("%n likely pair(s).", "", int(total)) << '\n';
    return 0;
}

int mergeCommand(const Arguments& a)
{
    const QString verb = a.words.value(1);
    if (verb == QLatin1String("list")) {
        a.allowOnly({});
        auto db = openDatabase(a);
        const QList<MergeRecord> list = CustomerMerge::list(*db);
        if (a.json) {
            QJsonArray array;
            for (const MergeRecord& m : list)
                array.append(QJsonObject{{QStringLiteral("id"), m.id},
                                         {QStringLiteral("at"), m.at.toString(Qt::ISODate)},
                                         {QStringLiteral("by"), m.who},
                                         {QStringLiteral("kept"), m.keptId},
                                         {QStringLiteral("kept_name"), m.keptName},
                                         {QStringLiteral("dropped"), m.droppedId},
                                         {QStringLiteral("dropped_name"), m.droppedName},
                                         {QStringLiteral("undone_at"), m.undoneAt.toString(Qt::ISODate)}});
            printJson(array);
            return 0;
        }
        for (const MergeRecord& m : list)
            out() << m.id << '\t' << m.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
                  << m.who << '\t'
                  << Cli::tr("%1 (%2) into %3 (%4)")
                         .arg(m.droppedName)
                         .arg(m.droppedId)
                         .arg(m.keptName)
                         .arg(m.keptId)
                  << (m.undoneAt.isValid() ? QStringLiteral("\t") + Cli::tr("undone") : QString()) << '\n';
        return 0;
    }
    if (verb == QLatin1String("undo")) {
        a.allowOnly({});
        const qint64 id = idWord(a, 2, Cli::tr("Give the merge's number (see merge list)."));
        auto db = openDatabase(a);
        const MergeUndoResult r = CustomerMerge::undo(*db, id);
        if (a.json) {
            printJson(QJsonObject{{QStringLiteral("kept_restored"), r.keptRestored},
                                  {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}});
            return 0;
        }
        out() << Cli::tr("Merge %1 was undone.").arg(id) << '\n';
        for (const QString& note : r.notes)
            out() << note << '\n';
        return 0;
    }
    a.allowOnly({QStringLiteral("take")});
    const qint64 keepId = idWord(a, 1, Cli::tr("Give the customer to keep and the one to merge into it."));
    const qint64 dropId = idWord(a, 2, Cli::tr("Give the customer to keep and the one to merge into it."));
    const QStringList take = a.option(QStringLiteral("take")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& field : take)
        if (!CustomerMerge::fieldCodes().contains(field.trimmed()))
            throw UsageError{Cli::tr("--take takes fields among %1.")
                                 .arg(CustomerMerge::fieldCodes().join(QStringLiteral(", ")))};
    auto db = openDatabase(a);
    CustomerRepository customers(*db);
    const Customer keep = customers.get(keepId);
    const Customer drop = customers.get(dropId);
    Customer kept = CustomerMerge::proposed(keep, drop);
    for (const QString& field : take)
        CustomerMerge::takeField(kept, drop, field.trimmed());
    const qint64 mergeId = CustomerMerge::merge(*db, kept, dropId, drop.meta.version);
    if (a.json) {
        printJson(QJsonObject{{QStringLiteral("merge"), mergeId},
                              {QStringLiteral("kept"), keepId},
                              {QStringLiteral("dropped"), dropId}});
        return 0;
    }
    out() << Cli::tr("Merged %1 into %2 as merge %3 (undo with: merge undo %3).")
                 .arg(drop.name, keep.name)
                 .arg(mergeId)
          << '\n';
    return 0;
}

} // namespace shopcrm::cli
