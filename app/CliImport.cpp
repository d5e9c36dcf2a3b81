// `import customers FILE …`, `import list`, `import revert ID`.
#include "CliSupport.h"
#include "services/CustomerImport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace shopcrm::cli {

namespace {

QString actionCode(ImportRow::Action a)
{
    switch (a) {
    case ImportRow::Action::Create: return QStringLiteral("create");
    case ImportRow::Action::Update: return QStringLiteral("update");
    case ImportRow::Action::Skip: return QStringLiteral("skip");
    case ImportRow::Action::Error: return QStringLiteral("error");
    }
    return {};
}

} // namespace

QString importUsage()
{
    return Cli::tr("  import customers FILE [--encoding auto|utf-8|gb18030] [--sheet N] [--on-duplicate skip|update|create]\n"
                   "                  [--key phone|name|either] [--dry-run]\n"
                   "                                         .csv or .xlsx; exit 1 with every row's error and\n"
                   "                                         nothing imported when any row is wrong\n"
                   "  import list | import revert ID\n");
}

int importCommand(const Arguments& a)
{
    const QString verb = a.words.value(1);
    if (verb == QLatin1String("list")) {
        a.allowOnly({});
        auto db = openDatabase(a);
        const QList<ImportRecord> list = CustomerImport::list(*db);
        if (a.json) {
            QJsonArray array;
            for (const ImportRecord& r : list)
                array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                         {QStringLiteral("at"), r.at.toString(Qt::ISODate)},
                                         {QStringLiteral("by"), r.who},
                                         {QStringLiteral("file"), r.file},
                                         {QStringLiteral("created"), r.created},
                                         {QStringLiteral("updated"), r.updated},
                                         {QStringLiteral("skipped"), r.skipped},
                                         {QStringLiteral("reverted_at"), r.revertedAt.toString(Qt::ISODate)}});
            printJson(array);
            return 0;
        }
        for (const ImportRecord& r : list)
            out() << r.id << '\t' << r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t' << r.who << '\t'
                  << r.file << '\t' << Cli::tr("%1 created, %2 updated, %3 skipped").arg(r.created).arg(r.updated).arg(r.skipped)
                  << (r.revertedAt.isValid() ? QStringLiteral("\t") + Cli::tr("reverted") : QString()) << '\n';
        return 0;
    }
    if (verb == QLatin1String("revert")) {
        a.allowOnly({});
        bool ok = false;
        const qint64 id = a.words.value(2).toLongLong(&ok);
        if (!ok || id <= 0)
            throw UsageError{Cli::tr("Give the import's number (see import list).")};
        auto db = openDatabase(a);
        const RevertResult r = CustomerImport::revert(*db, id);
        if (a.json) {
            printJson(QJsonObject{{QStringLiteral("removed"), r.removed},
                                  {QStringLiteral("restored"), r.restored},
                                  {QStringLiteral("kept"), QJsonArray::fromStringList(r.kept)}});
            return 0;
        }
        out() << Cli::tr("Removed %1 customers, restored %2.").arg(r.removed).arg(r.restored) << '\n';
        for (const QString& k : r.kept)
            out() << Cli::tr("Kept: %1").arg(k) << '\n';
        return 0;
    }
    if (verb != QLatin1String("customers"))
        throw UsageError{Cli::tr("import takes customers, list or revert.")};
    a.allowOnly({QStringLiteral("encoding"), QStringLiteral("sheet"), QStringLiteral("on-duplicate"), QStringLiteral("key")});
    const QString path = a.words.value(2);
    if (path.isEmpty())
        throw UsageError{Cli::tr("Give the file to import.")};
    std::optional<TextEncoding> encoding;
    const QString enc = a.option(QStringLiteral("encoding"), QStringLiteral("auto")).toLower();
    if (enc == QLatin1String("utf-8") || enc == QLatin1String("utf8"))
        encoding = TextEncoding::Utf8;
    else if (enc == QLatin1String("gb18030") || enc == QLatin1String("gbk"))
        encoding = TextEncoding::Gb18030;
    else if (enc != QLatin1String("auto"))
        throw UsageError{Cli::tr("--encoding takes auto, utf-8 or gb18030.")};
    const QString dup = a.option(QStringLiteral("on-duplicate"), QStringLiteral("skip"));
    const OnDuplicate onDuplicate = dup == QLatin1String("update")   ? OnDuplicate::Update
                                    : dup == QLatin1String("create") ? OnDuplicate::Create
                                    : dup == QLatin1String("skip")   ? OnDuplicate::Skip
                                                                     : throw UsageError{Cli::tr("--on-duplicate takes skip, update or create.")};
    const QString keyText = a.option(QStringLiteral("key"), QStringLiteral("either"));
    const DuplicateKey key = keyText == QLatin1String("phone")    ? DuplicateKey::Phone
                             : keyText == QLatin1String("name")   ? DuplicateKey::Name
                             : keyText == QLatin1String("either") ? DuplicateKey::PhoneOrName
                                                                  : throw UsageError{Cli::tr("--key takes phone, name or either.")};
    const int sheet = static_cast<int>(a.number(QStringLiteral("sheet"), 1, 1, 1000)) - 1;
    auto db = openDatabase(a);
    QElapsedTimer timer;
    timer.start();
    const ImportTable table = ImportTable::fromFile(path, encoding, sheet);
    const QHash<int, ImportField> mapping = CustomerImport::guessMapping(table.header);
    if (!mapping.values().contains(ImportField::Name))
        throw StoreError(StoreError::Kind::Validation,
                         Cli::tr("No column is the customer's name (headers such as 客户名称, 公司名称 or Name)."));
    const ImportPlan plan = CustomerImport::plan(*db, table, mapping, onDuplicate, key);
    const bool dryRun = a.flags.contains(QStringLiteral("--dry-run"));
    qint64 importId = 0;
    if (!dryRun && plan.errors == 0)
        importId = CustomerImport::run(*db, table, plan);
    const double seconds = double(timer.elapsed()) / 1000.0;
    QJsonArray errors;
    for (const ImportRow& r : plan.rows)
        if (r.action == ImportRow::Action::Error)
            errors.append(QJsonObject{{QStringLiteral("row"), r.row}, {QStringLiteral("message"), r.message}});
    if (a.json) {
        QJsonObject o{{QStringLiteral("file"), table.file},
                      {QStringLiteral("encoding"), table.encoding},
                      {QStringLiteral("dry_run"), dryRun},
                      {QStringLiteral("created"), plan.creates},
                      {QStringLiteral("updated"), plan.updates},
                      {QStringLiteral("skipped"), plan.skips},
                      {QStringLiteral("errors"), errors},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(table.problems)},
                      {QStringLiteral("seconds"), seconds}};
        if (importId > 0)
            o.insert(QStringLiteral("import_id"), importId);
        QJsonArray columns;
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
            columns.append(QJsonObject{{QStringLiteral("column"), table.header.value(it.key())},
                                       {QStringLiteral("field"), CustomerImport::fieldName(it.value())}});
        o.insert(QStringLiteral("mapping"), columns);
        printJson(o);
    } else {
        out() << Cli::tr("%1 (%2): %3 to create, %4 to update, %5 skipped, %6 with errors.")
                     .arg(table.file, table.encoding)
                     .arg(plan.creates)
                     .arg(plan.updates)
                     .arg(plan.skips)
                     .arg(plan.errors)
              << '\n';
        for (const ImportRow& r : plan.rows)
            if (r.action == ImportRow::Action::Error || r.action == ImportRow::Action::Skip)
                out() << Cli::tr("Row %1: %2 — %3").arg(r.row).arg(actionCode(r.action), r.message) << '\n';
        if (importId > 0)
            out() << Cli::tr("Imported as import %1 (undo with: import revert %1).").arg(importId) << '\n';
        else if (dryRun)
            out() << Cli::tr("Dry run: nothing was written.") << '\n';
    }
    if (plan.errors > 0) {
        err() << Cli::tr("%n row(s) have errors; nothing was imported.", "", plan.errors) << '\n';
        return 1;
    }
    return 0;
}

} // namespace shopcrm::cli
