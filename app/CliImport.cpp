// `import customers FILE …`, `import list`, `import revert ID`.
#include "CliSupport.h"
#include "services/CustomerImport.h"
#include "services/OrderImport.h"
#include "services/ProductImport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
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

// --mapping FILE: a JSON object from a column (its header, or its number from 1) to a field code.
template <typename Field>
QHash<int, Field> mappingFromFile(const QString& path, const ImportTable& table,
                                  const std::function<std::optional<Field>(const QString&)>& fromCode, const QStringList& codes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Open, Cli::tr("Cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject())
        throw UsageError{Cli::tr("%1 is not a JSON object of column: field (%2).").arg(path, error.errorString())};
    QHash<int, Field> mapping;
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        bool number = false;
        int column = it.key().toInt(&number) - 1;
        if (!number)
            column = static_cast<int>(table.header.indexOf(it.key()));
        if (column < 0 || column >= table.header.size())
            throw UsageError{Cli::tr("The file has no column \"%1\".").arg(it.key())};
        const std::optional<Field> field = fromCode(it.value().toString());
        if (!field)
            throw UsageError{Cli::tr("\"%1\" is not a field; fields are %2.").arg(it.value().toString(), codes.join(QStringLiteral(", ")))};
        mapping.insert(column, *field);
    }
    return mapping;
}

// What any import did or would do, for the output.
struct Outcome
{
    int creates = 0;
    int updates = 0;
    int skips = 0;
    int errors = 0;
    QList<std::tuple<int, ImportRow::Action, QString>> rows;
    QList<std::pair<QString, QString>> mapping; // column → field name
    qint64 importId = 0;
};

} // namespace

QString importUsage()
{
    return Cli::tr("  import customers|products|orders FILE [--encoding auto|utf-8|gb18030] [--sheet N] [--on-duplicate skip|update|create]\n"
                   "                  [--key phone|name|either] [--mapping FILE.json] [--dry-run]\n"
                   "                                         .csv, .xlsx or .vcf; exit 1 with every row's error and\n"
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
    if (verb != QLatin1String("customers") && verb != QLatin1String("products") && verb != QLatin1String("orders"))
        throw UsageError{Cli::tr("import takes customers, products, orders, list or revert.")};
    a.allowOnly({QStringLiteral("encoding"), QStringLiteral("sheet"), QStringLiteral("on-duplicate"), QStringLiteral("key"),
                 QStringLiteral("mapping")});
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
    const bool dryRun = a.flags.contains(QStringLiteral("--dry-run"));
    Outcome outcome;
    auto collect = [&](const auto& plan) {
        outcome.creates = plan.creates;
        outcome.updates = plan.updates;
        outcome.skips = plan.skips;
        outcome.errors = plan.errors;
        for (const auto& r : plan.rows)
            outcome.rows.append({r.row, r.action, r.message});
    };
    if (verb == QLatin1String("orders")) {
        QStringList codes;
        for (const OrderField f : OrderImport::fields())
            codes.append(OrderImport::fieldCode(f));
        const QHash<int, OrderField> mapping =
            a.options.contains(QStringLiteral("mapping"))
                ? mappingFromFile<OrderField>(a.option(QStringLiteral("mapping")), table, &OrderImport::fieldFromCode, codes)
                : OrderImport::guessMapping(table.header);
        for (const OrderField needed : {OrderField::Customer, OrderField::Date, OrderField::Product})
            if (!mapping.values().contains(needed))
                throw StoreError(StoreError::Kind::Validation,
                                 Cli::tr("No column is the %1 (see --mapping).").arg(OrderImport::fieldName(needed)));
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
            outcome.mapping.append({table.header.value(it.key()), OrderImport::fieldName(it.value())});
        const OrderImportPlan plan = OrderImport::plan(*db, table, mapping);
        outcome.creates = plan.creates;
        outcome.skips = plan.skips;
        outcome.errors = plan.errors;
        for (const OrderImportItem& r : plan.orders)
            outcome.rows.append({r.row, r.action, r.message});
        if (!dryRun && plan.errors == 0)
            outcome.importId = OrderImport::run(*db, table, plan);
    } else if (verb == QLatin1String("products")) {
        QStringList codes;
        for (const ProductField f : ProductImport::fields())
            codes.append(ProductImport::fieldCode(f));
        const QHash<int, ProductField> mapping =
            a.options.contains(QStringLiteral("mapping"))
                ? mappingFromFile<ProductField>(a.option(QStringLiteral("mapping")), table, &ProductImport::fieldFromCode, codes)
                : ProductImport::guessMapping(table.header);
        if (!mapping.values().contains(ProductField::Name))
            throw StoreError(StoreError::Kind::Validation,
                             Cli::tr("No column is the product's name (headers such as 产品名称, 品名 or Product)."));
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
            outcome.mapping.append({table.header.value(it.key()), ProductImport::fieldName(it.value())});
        const ProductImportPlan plan = ProductImport::plan(*db, table, mapping, onDuplicate);
        collect(plan);
        if (!dryRun && plan.errors == 0)
            outcome.importId = ProductImport::run(*db, table, plan);
    } else {
        QStringList codes;
        for (const ImportField f : CustomerImport::fields())
            codes.append(CustomerImport::fieldCode(f));
        const QHash<int, ImportField> mapping =
            a.options.contains(QStringLiteral("mapping"))
                ? mappingFromFile<ImportField>(a.option(QStringLiteral("mapping")), table, &CustomerImport::fieldFromCode, codes)
                : CustomerImport::mappingFor(table);
        if (!mapping.values().contains(ImportField::Name))
            throw StoreError(StoreError::Kind::Validation,
                             Cli::tr("No column is the customer's name (headers such as 客户名称, 公司名称 or Name)."));
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
            outcome.mapping.append({table.header.value(it.key()), CustomerImport::fieldName(it.value())});
        const ImportPlan plan = CustomerImport::plan(*db, table, mapping, onDuplicate, key);
        collect(plan);
        if (!dryRun && plan.errors == 0)
            outcome.importId = CustomerImport::run(*db, table, plan);
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    QJsonArray errors;
    for (const auto& [row, action, message] : outcome.rows)
        if (action == ImportRow::Action::Error)
            errors.append(QJsonObject{{QStringLiteral("row"), row}, {QStringLiteral("message"), message}});
    if (a.json) {
        QJsonObject o{{QStringLiteral("file"), table.file},
                      {QStringLiteral("encoding"), table.encoding},
                      {QStringLiteral("dry_run"), dryRun},
                      {QStringLiteral("created"), outcome.creates},
                      {QStringLiteral("updated"), outcome.updates},
                      {QStringLiteral("skipped"), outcome.skips},
                      {QStringLiteral("errors"), errors},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(table.problems)},
                      {QStringLiteral("seconds"), seconds}};
        if (outcome.importId > 0)
            o.insert(QStringLiteral("import_id"), outcome.importId);
        QJsonArray columns;
        for (const auto& [column, field] : outcome.mapping)
            columns.append(QJsonObject{{QStringLiteral("column"), column}, {QStringLiteral("field"), field}});
        o.insert(QStringLiteral("mapping"), columns);
        printJson(o);
    } else {
        out() << Cli::tr("%1 (%2): %3 to create, %4 to update, %5 skipped, %6 with errors.")
                     .arg(table.file, table.encoding)
                     .arg(outcome.creates)
                     .arg(outcome.updates)
                     .arg(outcome.skips)
                     .arg(outcome.errors)
              << '\n';
        for (const auto& [row, action, message] : outcome.rows)
            if (action == ImportRow::Action::Error || action == ImportRow::Action::Skip)
                out() << Cli::tr("Row %1: %2 — %3").arg(row).arg(actionCode(action), message) << '\n';
        if (outcome.importId > 0)
            out() << Cli::tr("Imported as import %1 (undo with: import revert %1).").arg(outcome.importId) << '\n';
        else if (dryRun)
            out() << Cli::tr("Dry run: nothing was written.") << '\n';
    }
    if (outcome.errors > 0) {
        err() << Cli::tr("%n row(s) have errors; nothing was imported.", "", outcome.errors) << '\n';
        return 1;
    }
    return 0;
}

} // namespace shopcrm::cli
