#include "ProductImport.h"

#include "store/AuditLog.h"
#include "store/CatalogRepository.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace shopcrm {

namespace {

QString key(const QString& name)
{
    return name.simplified().remove(QLatin1Char(' ')).toCaseFolded();
}

std::optional<PricingMode> pricingFrom(const QString& text)
{
    const QString t = ImportTable::headerKey(text);
    if (t.isEmpty()) return PricingMode::PerUnit;
    for (const char* area : {"按面积", "面积", "平方", "平米", "m²", "m2", "area", "byarea", "byaream²"})
        if (t == QString::fromUtf8(area)) return PricingMode::PerArea;
    for (const char* unit : {"按件", "按数量", "件", "数量", "unit", "byunit", "piece"})
        if (t == QString::fromUtf8(unit)) return PricingMode::PerUnit;
    if (t == ImportTable::headerKey(CatalogRules::pricingName(PricingMode::PerArea)))
        return PricingMode::PerArea;
    if (t == ImportTable::headerKey(CatalogRules::pricingName(PricingMode::PerUnit)))
        return PricingMode::PerUnit;
    return std::nullopt;
}

QJsonObject fieldsOf(const Product& p, const QString& category)
{
    return {{QStringLiteral("category"), category},
            {QStringLiteral("spec"), p.spec},
            {QStringLiteral("code"), p.code},
            {QStringLiteral("unit"), p.unit},
            {QStringLiteral("pricing"), CatalogRules::pricingCode(p.pricing)},
            {QStringLiteral("price"), p.unitPrice.fen()},
            {QStringLiteral("cost"), p.cost ? QJsonValue(p.cost->fen()) : QJsonValue()}};
}

} // namespace

QList<ProductField> ProductImport::fields()
{
    return {ProductField::Name,    ProductField::Category, ProductField::Spec, ProductField::Unit,
            ProductField::Pricing, ProductField::Price,    ProductField::Cost, ProductField::Code};
}

QString ProductImport::fieldName(ProductField f)
{
    switch (f) {
    case ProductField::Name:
        return tr("Product");
    case ProductField::Category:
        return tr("Category");
    case ProductField::Spec:
        return tr("Spec / material");
    case ProductField::Unit:
        return tr("Unit");
    case ProductField::Pricing:
        return tr("Pricing");
    case ProductField::Price:
        return tr("Price");
    case ProductField::Cost:
        return tr("Cost");
    case ProductField::Code:
        return tr("Code");
    }
    return {};
}

QString ProductImport::fieldCode(ProductField f)
{
    static const QStringList codes{
        QStringLiteral("name"),    QStringLiteral("category"), QStringLiteral("spec"), QStringLiteral("unit"),
        QStringLiteral("pricing"), QStringLiteral("price"),    QStringLiteral("cost"), QStringLiteral("code")};
    return codes.at(static_cast<int>(f));
}

std::optional<ProductField> ProductImport::fieldFromCode(const QString& code)
{
    for (const ProductField f : fields())
        if (fieldCode(f) == code) return f;
    return std::nullopt;
}

QHash<int, ProductField> ProductImport::guessMapping(const QStringList& header)
{
    // What price lists call their columns (compared as ImportTable::headerKey leaves them).
    static const QList<std::pair<ProductField, QStringList>> names = [] {
        QList<std::pair<ProductField, QStringList>> list;
        auto add = [&](ProductField f, std::initializer_list<const char*> words) {
            QStringList l;
            for (const char* w : words)
                l.append(QString::fromUtf8(w));
            list.append({f, l});
        };
        add(ProductField::Name,
            {"产品名称", "产品", "品名", "名称", "商品名称", "项目", "product", "name", "item"});
        add(ProductField::Category, {"类别", "分类", "产品类别", "类型", "category", "type"});
        add(ProductField::Spec,
            {"规格", "材质", "规格材质", "规格/材质", "材料", "spec", "material", "specmaterial"});
        add(ProductField::Unit, {"单位", "计量单位", "unit"});
        add(ProductField::Pricing, {"计价方式", "计价", "pricing"});
        add(ProductField::Price,
            {"单价", "价格", "售价", "默认单价", "零售价", "price", "unitprice", "defaultprice"});
        add(ProductField::Cost, {"成本", "成本价", "进价", "cost"});
        add(ProductField::Code, {"编号", "编码", "产品编号", "产品编码", "货号", "代码", "code", "sku", "productcode"});
        return list;
    }();
    QHash<int, ProductField> mapping;
    QList<ProductField> used;
    for (int i = 0; i < header.size(); ++i) {
        const QString k = ImportTable::headerKey(header.at(i)).remove(QLatin1Char('/'));
        for (const auto& [field, words] : names) {
            bool match = false;
            for (const QString& w : words)
                match = match || ImportTable::headerKey(w).remove(QLatin1Char('/')) == k;
            if (!used.contains(field) && match) {
                mapping.insert(i, field);
                used.append(field);
                break;
            }
        }
    }
    return mapping;
}

ProductImportPlan ProductImport::plan(Database& db, const ImportTable& table,
                                      const QHash<int, ProductField>& mapping, OnDuplicate onDuplicate)
{
    db.access().require(Module::Catalog, Action::Create);
    db.access().require(Module::Catalog, Action::Money);
    ProductImportPlan plan;
    for (const auto& [line, message] : table.fileErrors) {
        ProductImportRow r;
        r.row = line;
        r.message = message;
        plan.rows.append(r);
        ++plan.errors;
    }
    const CatalogRepository catalog(db);
    QHash<QString, Product> existing;
    for (const Product& p : catalog.products(true))
        existing.insert(key(p.name), p);
    QHash<qint64, QString> categoryNames;
    for (const ProductCategory& c : catalog.categories(true))
        categoryNames.insert(c.meta.id, c.name);
    auto column = [&](ProductField f) { return mapping.key(f, -1); };
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        ProductImportRow r;
        r.row = table.rowNumbers.value(i);
        auto cell = [&](ProductField f) { return column(f) < 0 ? QString() : table.text(i, column(f)); };
        QStringList problems;
        Product& p = r.product;
        p.name = cell(ProductField::Name).simplified();
        if (p.name.isEmpty()) problems.append(tr("the product has no name"));
        p.spec = cell(ProductField::Spec);
        p.code = cell(ProductField::Code).trimmed();
        p.unit = cell(ProductField::Unit);
        r.category = cell(ProductField::Category).simplified();
        const std::optional<PricingMode> pricing = pricingFrom(cell(ProductField::Pricing));
        if (!pricing)
            problems.append(
                tr("pricing \"%1\" is neither by unit nor by area").arg(cell(ProductField::Pricing)));
        else
            p.pricing = *pricing;
        if (p.unit.isEmpty()) p.unit = p.pricing == PricingMode::PerArea ? QStringLiteral("m²") : tr("piece");
        QString error;
        const QString price = cell(ProductField::Price);
        if (const std::optional<Money> m =
                Money::parse(price.isEmpty() ? QStringLiteral("0") : price, &error);
            m && !m->isNegative())
            p.unitPrice = *m;
        else
            problems.append(tr("price \"%1\": %2").arg(price, error.isEmpty() ? tr("below zero") : error));
        if (const QString cost = cell(ProductField::Cost); !cost.isEmpty()) {
            if (const std::optional<Money> m = Money::parse(cost, &error))
                p.cost = *m;
            else
                problems.append(tr("cost \"%1\": %2").arg(cost, error));
        }
        if (table.rows.at(i).size() > table.header.size())
            problems.append(tr("it has %1 fields; the header has %2")
                                .arg(table.rows.at(i).size())
                                .arg(table.header.size()));
        if (!problems.isEmpty()) {
            r.message = problems.join(QStringLiteral("; "));
            plan.rows.append(r);
            ++plan.errors;
            continue;
        }
        const QString k = key(p.name);
        if (seen.contains(k) && onDuplicate != OnDuplicate::Create) {
            r.action = ImportRow::Action::Skip;
            r.message = tr("the same product as row %1").arg(seen.value(k));
        } else if (existing.contains(k) && onDuplicate == OnDuplicate::Skip) {
            r.action = ImportRow::Action::Skip;
            r.existingId = existing.value(k).meta.id;
            r.message = tr("already in the catalog");
        } else if (existing.contains(k) && onDuplicate == OnDuplicate::Update) {
            const Product& current = existing.value(k);
            r.existingId = current.meta.id;
            Product merged = current;
            if (column(ProductField::Spec) >= 0) merged.spec = p.spec;
            if (column(ProductField::Code) >= 0) merged.code = p.code;
            if (column(ProductField::Unit) >= 0) merged.unit = p.unit;
            if (column(ProductField::Pricing) >= 0) merged.pricing = p.pricing;
            if (column(ProductField::Price) >= 0) merged.unitPrice = p.unitPrice;
            if (column(ProductField::Cost) >= 0) merged.cost = p.cost;
            const QString category =
                column(ProductField::Category) >= 0 ? r.category : categoryNames.value(current.categoryId);
            const bool changed =
                fieldsOf(merged, category) != fieldsOf(current, categoryNames.value(current.categoryId));
            r.action = changed ? ImportRow::Action::Update : ImportRow::Action::Skip;
            if (!changed) r.message = tr("the catalog has these values already");
            r.category = category;
            p = merged;
        } else {
            r.action = ImportRow::Action::Create;
        }
        if (!seen.contains(k)) seen.insert(k, r.row);
        plan.rows.append(r);
        switch (r.action) {
        case ImportRow::Action::Create:
            ++plan.creates;
            break;
        case ImportRow::Action::Update:
            ++plan.updates;
            break;
        case ImportRow::Action::Skip:
            ++plan.skips;
            break;
        case ImportRow::Action::Error:
            break;
        }
    }
    return plan;
}

qint64 ProductImport::run(Database& db, const ImportTable& table, const ProductImportPlan& plan,
                          const std::function<bool(int, int)>& progress)
{
    db.access().require(Module::Catalog, Action::Create);
    if (plan.updates > 0) db.access().require(Module::Catalog, Action::Edit);
    if (plan.errors > 0)
        throw StoreError(
            StoreError::Kind::Validation,
            tr("%n row(s) have errors; nothing was imported. Correct them and try again.", "", plan.errors));
    const int all = plan.creates + plan.updates;
    qint64 importId = 0;
    db.write([&] {
        importId = CustomerImport::startRecord(db, QStringLiteral("products"), table, plan.creates,
                                               plan.updates, plan.skips);
        CatalogRepository catalog(db);
        QHash<qint64, QString> categoryNames;
        for (const ProductCategory& c : catalog.categories(true))
            categoryNames.insert(c.meta.id, c.name);
        int done = 0;
        for (const ProductImportRow& r : plan.rows) {
            if (r.action != ImportRow::Action::Create && r.action != ImportRow::Action::Update) continue;
            if (progress && done % 100 == 0 && !progress(done, all))
                throw StoreError(StoreError::Kind::Validation,
                                 tr("The import was cancelled; nothing was imported."));
            Product p = r.product;
            p.categoryId = r.category.isEmpty() ? 0 : catalog.categoryNamed(r.category);
            if (r.action == ImportRow::Action::Create) {
                catalog.createProduct(p);
                CustomerImport::recordItem(db, importId, QStringLiteral("product"), p.meta.id,
                                           QStringLiteral("created"), 1);
            } else {
                const Product before = catalog.product(r.existingId);
                const QString beforeCategory = categoryNames.value(before.categoryId);
                catalog.updateProduct(p);
                CustomerImport::recordItem(
                    db, importId, QStringLiteral("product"), p.meta.id, QStringLiteral("updated"),
                    p.meta.version,
                    QString::fromUtf8(
                        QJsonDocument(fieldsOf(before, beforeCategory)).toJson(QJsonDocument::Compact)));
            }
            ++done;
        }
        if (progress && !progress(all, all))
            throw StoreError(StoreError::Kind::Validation,
                             tr("The import was cancelled; nothing was imported."));
        AuditLog::append(db, QStringLiteral("import"), importId, QStringLiteral("import"), QString(),
                         AuditLog::compact({{QStringLiteral("file"), table.file},
                                            {QStringLiteral("kind"), QStringLiteral("products")},
                                            {QStringLiteral("created"), plan.creates},
                                            {QStringLiteral("updated"), plan.updates},
                                            {QStringLiteral("skipped"), plan.skips}}));
    });
    return importId;
}

void ProductImport::revertItem(Database& db, qint64 id, const QString& action, int versionAfter,
                               const QString& before, RevertResult& result)
{
    CatalogRepository catalog(db);
    const std::optional<Product> current = catalog.findProduct(id);
    if (!current) return;
    if (current->meta.version != versionAfter) {
        result.kept.append(tr("%1 (product %2) was changed after the import").arg(current->name).arg(id));
        return;
    }
    if (action == QLatin1String("created")) {
        try {
            catalog.removeProduct(id);
            ++result.removed;
        } catch (const StoreError& e) {
            if (e.kind() != StoreError::Kind::Validation) throw;
            result.kept.append(tr("%1 (product %2): %3").arg(current->name).arg(id).arg(e.message()));
        }
        return;
    }
    const QJsonObject old = QJsonDocument::fromJson(before.toUtf8()).object();
    Product restored = *current;
    restored.spec = old.value(QStringLiteral("spec")).toString();
    restored.code = old.value(QStringLiteral("code")).toString();
    restored.unit = old.value(QStringLiteral("unit")).toString();
    restored.pricing = CatalogRules::pricingFromCode(old.value(QStringLiteral("pricing")).toString());
    restored.unitPrice = Money::fromFen(static_cast<qint64>(old.value(QStringLiteral("price")).toDouble()));
    restored.cost = old.value(QStringLiteral("cost")).isNull()
                        ? std::nullopt
                        : std::optional<Money>(Money::fromFen(
                              static_cast<qint64>(old.value(QStringLiteral("cost")).toDouble())));
    const QString category = old.value(QStringLiteral("category")).toString();
    restored.categoryId = category.isEmpty() ? 0 : catalog.categoryNamed(category);
    catalog.updateProduct(restored);
    ++result.restored;
}

} // namespace shopcrm
