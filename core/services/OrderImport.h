#pragma once

#include "CustomerImport.h"
#include "domain/Order.h"

namespace shopcrm {

enum class OrderField
{
    Number,
    Date,
    Customer,
    Title,
    Product,
    Spec,
    Width,
    Height,
    Quantity,
    Unit,
    Price,
    Amount,
    Paid,
    Status,
    Due,
    Notes
};

// One order of the file: its rows (a row a line), what the import does with it, and why.
struct OrderImportItem
{
    ImportRow::Action action = ImportRow::Action::Error;
    int row = 0;     // the first of its rows
    QList<int> rows; // every row of the order
    QString message;
    Order order;
    QString customer; // as the file names it
    bool newCustomer = false;
    Money paid;
};

struct OrderImportPlan
{
    QList<OrderImportItem> orders;
    int creates = 0;
    int skips = 0;
    int errors = 0;
    int newCustomers = 0;
    Money total;
    Money paid;
};

// A shop's order history from another program's spreadsheet: a row an order line, rows with the
// same order number one order (单号, 日期, 客户, 品名, 规格, 宽, 高, 数量, 单位, 单价, 金额, 已收,
// 状态, 交货日期…). Each order keeps its number and date, its lines are priced as ours are (an
// amount in the file that disagrees is an error of that row), what was paid becomes a payment on
// the order, and customers the shop does not have yet are added. Imported orders count in the
// revenue review like any other; the import can be undone while they are untouched.
class OrderImport final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::OrderImport)
public:
    static QList<OrderField> fields();
    static QString fieldName(OrderField field);
    static QString fieldCode(OrderField field);
    static std::optional<OrderField> fieldFromCode(const QString& code);
    static QHash<int, OrderField> guessMapping(const QStringList& header);
    // 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 05.03.2026, an Excel serial, with an optional time.
    static QDateTime parseDateTime(const QVariant& cell);
    static std::optional<OrderStatus> parseStatus(const QString& text);

    static OrderImportPlan plan(Database& db, const ImportTable& table,
                                const QHash<int, OrderField>& mapping);
    static qint64 run(Database& db, const ImportTable& table, const OrderImportPlan& plan,
                      const std::function<bool(int, int)>& progress = {});
    // Undoes one item of an import (inside the revert's transaction).
    static void revertItem(Database& db, const QString& entity, qint64 id, int versionAfter,
                           RevertResult& result);
};

} // namespace shopcrm
