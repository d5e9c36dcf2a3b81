#pragma once

#include "CustomerImport.h"
#include "domain/Catalog.h"

namespace shopcrm {

enum class ProductField
{
    Name,
    Category,
    Spec,
    Unit,
    Pricing,
    Price,
    Cost,
    Code
};

struct ProductImportRow
{
    ImportRow::Action action = ImportRow::Action::Error;
    int row = 0;
    qint64 existingId = 0;
    QString message;
    Product product;
    QString category; // created on import when the catalog has no such category
};

struct ProductImportPlan
{
    QList<ProductImportRow> rows;
    int creates = 0;
    int updates = 0;
    int skips = 0;
    int errors = 0;
};

// A price list from a spreadsheet into the catalog: columns mapped from their headers (产品名称,
// 类别, 规格/材质, 单位, 计价方式, 单价, 成本…), each row checked (a name, a price that reads as
// money, a known pricing), matched to a product of the same name (skip, update or add), a dry run,
// the import in one transaction, and its undo through CustomerImport::revert.
class ProductImport final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::ProductImport)
public:
    static QList<ProductField> fields();
    static QString fieldName(ProductField field);
    static QString fieldCode(ProductField field);
    static std::optional<ProductField> fieldFromCode(const QString& code);
    static QHash<int, ProductField> guessMapping(const QStringList& header);

    static ProductImportPlan plan(Database& db, const ImportTable& table,
                                  const QHash<int, ProductField>& mapping, OnDuplicate onDuplicate);
    static qint64 run(Database& db, const ImportTable& table, const ProductImportPlan& plan,
                      const std::function<bool(int, int)>& progress = {});
    // Undoes one item of an import (inside the revert's transaction).
    static void revertItem(Database& db, qint64 id, const QString& action, int versionAfter,
                           const QString& before, RevertResult& result);
};

} // namespace shopcrm
