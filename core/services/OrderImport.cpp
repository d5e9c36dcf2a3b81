#include "OrderImport.h"

#include "domain/Payment.h"
#include "store/AuditLog.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"
#include "XlsxReader.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace shopcrm {

namespace {

QStringList words(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* w : list)
        result.append(ImportTable::headerKey(QString::fromUtf8(w)));
    return result;
}

} // namespace

QList<OrderField> OrderImport::fields()
{
    return {OrderField::Number,   OrderField::Date,   OrderField::Customer, OrderField::Title,
            OrderField::Product,  OrderField::Spec,   OrderField::Width,    OrderField::Height,
            OrderField::Quantity, OrderField::Unit,   OrderField::Price,    OrderField::Amount,
            OrderField::Paid,     OrderField::Status, OrderField::Due,      OrderField::Notes};
}

QString OrderImport::fieldName(OrderField f)
{
    switch (f) {
    case OrderField::Number:
        return tr("Order number");
    case OrderField::Date:
        return tr("Order date");
    case OrderField::Customer:
        return tr("Customer");
    case OrderField::Title:
        return tr("Title");
    case OrderField::Product:
        return tr("Product");
    case OrderField::Spec:
        return tr("Spec / material");
    case OrderField::Width:
        return tr("Width (mm)");
    case OrderField::Height:
        return tr("Height (mm)");
    case OrderField::Quantity:
        return tr("Quantity");
    case OrderField::Unit:
        return tr("Unit");
    case OrderField::Price:
        return tr("Unit price");
    case OrderField::Amount:
        return tr("Amount");
    case OrderField::Paid:
        return tr("Paid");
    case OrderField::Status:
        return tr("Status");
    case OrderField::Due:
        return tr("Due");
    case OrderField::Notes:
        return tr("Notes");
    }
    return {};
}

QString OrderImport::fieldCode(OrderField f)
{
    static const QStringList codes{
        QStringLiteral("number"), QStringLiteral("date"),    QStringLiteral("customer"),
        QStringLiteral("title"),  QStringLiteral("product"), QStringLiteral("spec"),
        QStringLiteral("width"),  QStringLiteral("height"),  QStringLiteral("quantity"),
        QStringLiteral("unit"),   QStringLiteral("price"),   QStringLiteral("amount"),
        QStringLiteral("paid"),   QStringLiteral("status"),  QStringLiteral("due"),
        QStringLiteral("notes")};
    return codes.at(static_cast<int>(f));
}

std::optional<OrderField> OrderImport::fieldFromCode(const QString& code)
{
    for (const OrderField f : fields())
        if (fieldCode(f) == code) return f;
    return std::nullopt;
}

QHash<int, OrderField> OrderImport::guessMapping(const QStringList& header)
{
    // What order books call their columns (compared as ImportTable::headerKey leaves them).
    static const QList<std::pair<OrderField, QStringList>> names = {
        {OrderField::Number,
         words({"单号", "订单号", "订单编号", "单据编号", "编号", "number", "orderno", "ordernumber"})},
        {OrderField::Date, words({"日期", "下单日期", "开单日期", "订单日期", "date", "orderdate"})},
        {OrderField::Customer, words({"客户", "客户名称", "单位", "单位名称", "customer"})},
        {OrderField::Title, words({"标题", "订单名称", "项目名称", "title"})},
        {OrderField::Product, words({"品名", "产品", "产品名称", "名称", "项目", "内容", "product", "item"})},
        {OrderField::Spec, words({"规格", "材质", "材质工艺", "工艺", "规格材质", "spec", "material"})},
        {OrderField::Width, words({"宽", "宽度", "宽mm", "宽(mm)", "width"})},
        {OrderField::Height, words({"高", "高度", "高mm", "高(mm)", "长", "height"})},
        {OrderField::Quantity, words({"数量", "qty", "quantity"})},
        {OrderField::Unit, words({"单位", "unit"})},
        {OrderField::Price, words({"单价", "价格", "price", "unitprice"})},
        {OrderField::Amount, words({"金额", "小计", "合计", "amount", "total"})},
        {OrderField::Paid, words({"已收", "已付", "实收", "收款", "已收款", "paid"})},
        {OrderField::Status, words({"状态", "订单状态", "status"})},
        {OrderField::Due, words({"交货日期", "交期", "交货时间", "due", "duedate"})},
        {OrderField::Notes, words({"备注", "说明", "notes", "note", "remark"})}};
    QHash<int, OrderField> mapping;
    QList<OrderField> used;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = ImportTable::headerKey(header.at(i));
        for (const auto& [field, list] : names)
            if (!used.contains(field) && list.contains(key)) {
                mapping.insert(i, field);
                used.append(field);
                break;
            }
    }
    // 单位 names the customer in some books and the unit of a line in others: with a customer
    // column elsewhere it is the unit.
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        if (it.value() == OrderField::Customer &&
            ImportTable::headerKey(header.at(it.key())) == QString::fromUtf8("单位") &&
            std::count(mapping.cbegin(), mapping.cend(), OrderField::Unit) == 0) {
            it.value() = OrderField::Unit;
            break;
        }
    return mapping;
}

QDateTime OrderImport::parseDateTime(const QVariant& cell)
{
    const QTimeZone local = QTimeZone::systemTimeZone();
    if (cell.typeId() == QMetaType::QDate) return QDateTime(cell.toDate(), QTime(12, 0), local);
    if (cell.typeId() == QMetaType::QDateTime) return cell.toDateTime();
    QString text = cell.typeId() == QMetaType::Double ? QString::number(cell.toDouble(), 'f', 6)
                                                      : cell.toString().trimmed();
    if (text.isEmpty()) return {};
    // An Excel serial, as a CSV saved from Excel may hold it.
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(\\.\\d+)?$"));
    if (const QRegularExpressionMatch m = serial.match(text); m.hasMatch()) {
        const double value = text.toDouble();
        const QDate d = XlsxReader::dateFromSerial(value);
        const int seconds = static_cast<int>(std::lround((value - std::floor(value)) * 86400.0));
        return QDateTime(d, seconds > 0 ? QTime(0, 0).addSecs(seconds) : QTime(12, 0), local);
    }
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/"
                       ".月]\\s*(\\d{1,2})\\s*日?\\s*(?:T?(\\d{1,2})[:：](\\d{2}))?"));
    static const QRegularExpression dmy(
        QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2}))?"));
    int y = 0, m = 0, d = 0, h = -1, min = 0;
    if (const QRegularExpressionMatch a = ymd.match(text); a.hasMatch()) {
        y = a.captured(1).toInt();
        m = a.captured(2).toInt();
        d = a.captured(3).toInt();
        if (!a.captured(4).isEmpty()) {
            h = a.captured(4).toInt();
            min = a.captured(5).toInt();
        }
    } else if (const QRegularExpressionMatch b = dmy.match(text); b.hasMatch()) {
        d = b.captured(1).toInt();
        m = b.captured(2).toInt();
        y = b.captured(3).toInt();
        if (!b.captured(4).isEmpty()) {
            h = b.captured(4).toInt();
            min = b.captured(5).toInt();
        }
    } else {
        return {};
    }
    const QDate date(y, m, d);
    const QTime time = h >= 0 ? QTime(h, min) : QTime(12, 0);
    if (!date.isValid() || !time.isValid()) return {};
    return QDateTime(date, time, local);
}

std::optional<OrderStatus> OrderImport::parseStatus(const QString& text)
{
    const QString t = ImportTable::headerKey(text);
    if (t.isEmpty()) return OrderStatus::Delivered; // history: what was ordered was delivered
    const QList<std::pair<OrderStatus, QStringList>> names = {
        {OrderStatus::Delivered,
         words({"已交货", "已送货", "交货", "送货", "已发货", "已完结", "完结", "delivered"})},
        {OrderStatus::Done, words({"已完成", "完成", "做好", "待送货", "done", "finished"})},
        {OrderStatus::InProduction, words({"生产中", "制作中", "在做", "inproduction", "production"})},
        {OrderStatus::Unscheduled, words({"未开始", "待排产", "新单", "unscheduled", "new"})},
        {OrderStatus::Cancelled, words({"已取消", "取消", "作废", "cancelled", "canceled"})}};
    for (const auto& [status, list] : names)
        if (list.contains(t) || t == ImportTable::headerKey(OrderRules::statusName(status))) return status;
    return std::nullopt;
}

OrderImportPlan OrderImport::plan(Database& db, const ImportTable& table,
                                  const QHash<int, OrderField>& mapping)
{
    db.access().require(Module::Orders, Action::Create);
    db.access().require(Module::Orders, Action::Money);
    OrderImportPlan plan;
    for (const auto& [line, message] : table.fileErrors) {
        OrderImportItem item;
        item.row = line;
        item.rows = {line};
        item.message = message;
        plan.orders.append(item);
        ++plan.errors;
    }
    auto column = [&](OrderField f) { return mapping.key(f, -1); };
    // Rows with the same number are one order, in the order the file first names them.
    QList<QList<qsizetype>> groups;
    QHash<QString, qsizetype> groupOf;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QString number =
            column(OrderField::Number) < 0 ? QString() : table.text(i, column(OrderField::Number));
        if (number.isEmpty() || !groupOf.contains(number)) {
            if (!number.isEmpty()) groupOf.insert(number, groups.size());
            groups.append(QList<qsizetype>{i});
        } else {
            groups[groupOf.value(number)].append(i);
        }
    }
    // Customers by name, as stored and as their name key (所 "华彩广告有限公司" and "华彩广告 有限公司").
    QHash<QString, qint64> customers;
    {
        Sql q(db,
              QStringLiteral("SELECT id, name, name_key FROM customers WHERE archived = 0 ORDER BY id DESC"));
        q.exec();
        while (q.next()) {
            customers.insert(q.value(1).toString(), q.value(0).toLongLong());
            customers.insert(q.value(2).toString(), q.value(0).toLongLong());
        }
    }
    QSet<QString> newCustomers;
    for (const QList<qsizetype>& group : std::as_const(groups)) {
        OrderImportItem item;
        for (const qsizetype i : group)
            item.rows.append(table.rowNumbers.value(i));
        item.row = item.rows.constFirst();
        QStringList problems;
        auto rowProblem = [&](qsizetype i, const QString& message) {
            problems.append(group.size() > 1 ? tr("row %1: %2").arg(table.rowNumbers.value(i)).arg(message)
                                             : message);
        };
        auto cell = [&](qsizetype i, OrderField f) {
            return column(f) < 0 ? QString() : table.text(i, column(f));
        };
        auto raw = [&](qsizetype i, OrderField f) {
            return column(f) < 0 ? QVariant() : table.rows.at(i).value(column(f));
        };
        Order& o = item.order;
        const qsizetype first = group.constFirst();
        o.number = cell(first, OrderField::Number);
        o.title = cell(first, OrderField::Title);
        o.notes = cell(first, OrderField::Notes);
        item.customer = cell(first, OrderField::Customer).simplified();
        o.orderDate = parseDateTime(raw(first, OrderField::Date)).toUTC();
        if (!o.orderDate.isValid())
            rowProblem(first, cell(first, OrderField::Date).isEmpty()
                                  ? tr("the order has no date")
                                  : tr("\"%1\" is not a date").arg(cell(first, OrderField::Date)));
        if (const QString due = cell(first, OrderField::Due); !due.isEmpty()) {
            o.due = parseDateTime(raw(first, OrderField::Due)).toUTC();
            if (!o.due.isValid()) rowProblem(first, tr("due \"%1\" is not a date").arg(due));
        }
        const std::optional<OrderStatus> status = parseStatus(cell(first, OrderField::Status));
        if (!status)
            rowProblem(first, tr("status \"%1\" is not one of ours").arg(cell(first, OrderField::Status)));
        else
            o.status = *status;
        if (item.customer.isEmpty()) {
            rowProblem(first, tr("the order names no customer"));
        } else if (const qint64 id =
                       customers.value(item.customer, customers.value(CustomerRules::nameKey(item.customer)));
                   id > 0) {
            o.customerId = id;
        } else {
            item.newCustomer = true;
        }
        for (const qsizetype i : group) {
            if (cell(i, OrderField::Customer).simplified() != item.customer &&
                !cell(i, OrderField::Customer).isEmpty())
                rowProblem(i, tr("another customer (%1) than the order's first row")
                                  .arg(cell(i, OrderField::Customer)));
            OrderLine line;
            line.product = cell(i, OrderField::Product);
            line.material = cell(i, OrderField::Spec);
            line.unit = cell(i, OrderField::Unit);
            QString error;
            for (const auto& [field, target] : {std::pair{OrderField::Width, &line.widthMm},
                                                std::pair{OrderField::Height, &line.heightMm}}) {
                const QString v = cell(i, field);
                if (v.isEmpty()) continue;
                bool ok = false;
                const double mm = v.toDouble(&ok);
                if (!ok || mm < 0 || mm > 1e7)
                    rowProblem(i, tr("%1 \"%2\" is not a size in millimetres").arg(fieldName(field), v));
                else
                    *target = static_cast<int>(std::lround(mm));
            }
            const QString quantity = cell(i, OrderField::Quantity);
            if (const std::optional<Quantity> q =
                    Quantity::parse(quantity.isEmpty() ? QStringLiteral("1") : quantity, &error))
                line.quantity = *q;
            else
                rowProblem(i, tr("quantity \"%1\": %2").arg(quantity, error));
            const QString price = cell(i, OrderField::Price);
            const QString amount = cell(i, OrderField::Amount);
            if (!price.isEmpty()) {
                if (const std::optional<Money> m = Money::parse(price, &error))
                    line.unitPrice = *m;
                else
                    rowProblem(i, tr("unit price \"%1\": %2").arg(price, error));
            } else if (!amount.isEmpty() && line.widthMm == 0) {
                // Only an amount: the price of one, when the quantity divides it in whole fen.
                if (const std::optional<Money> m = Money::parse(amount, &error);
                    m && line.quantity.milli() > 0) {
                    const qint64 fen = m->fen() * 1000 / line.quantity.milli();
                    line.unitPrice = Money::fromFen(fen);
                }
            }
            const LinePrice priced = OrderRules::price(line);
            if (!amount.isEmpty()) {
                const std::optional<Money> m = Money::parse(amount, &error);
                if (!m)
                    rowProblem(i, tr("amount \"%1\": %2").arg(amount, error));
                else if (*m != priced.amount)
                    rowProblem(i,
                               tr("the amount is %1, but the line comes to %2 at %3")
                                   .arg(m->toString(), priced.amount.toString(), line.unitPrice.toString()));
            }
            if (line.product.isEmpty()) rowProblem(i, tr("the line has no product"));
            o.lines.append(line);
            const QString paid = cell(i, OrderField::Paid);
            if (!paid.isEmpty()) {
                if (const std::optional<Money> m = Money::parse(paid, &error); m && !m->isNegative())
                    item.paid = item.paid + *m;
                else
                    rowProblem(i,
                               tr("paid \"%1\": %2").arg(paid, error.isEmpty() ? tr("below zero") : error));
            }
        }
        if (item.newCustomer)
            o.customerId = 1; // for the checks; the real id comes when the customer is added
        OrderRules::normalise(o);
        for (const FieldIssue& issue : OrderRules::check(o))
            if (issue.blocking && issue.field != QLatin1String("customer") &&
                !issue.field.startsWith(QLatin1String("line")))
                problems.append(issue.message);
        if (item.paid > o.total())
            problems.append(tr("paid %1 is more than the order's total %2")
                                .arg(item.paid.toString(), o.total().toString()));
        if (item.newCustomer) o.customerId = 0;
        if (!problems.isEmpty()) {
            item.action = ImportRow::Action::Error;
            item.message = problems.join(QStringLiteral("; "));
            ++plan.errors;
        } else if (!o.number.isEmpty() &&
                   Sql(db, QStringLiteral("SELECT count(*) FROM orders WHERE number = ?"))
                           .bind(o.number)
                           .scalar()
                           .toInt() > 0) {
            item.action = ImportRow::Action::Skip;
            item.message = tr("there is an order numbered %1 already").arg(o.number);
            ++plan.skips;
        } else {
            item.action = ImportRow::Action::Create;
            ++plan.creates;
            plan.total = plan.total + o.total();
            plan.paid = plan.paid + item.paid;
            if (item.newCustomer) newCustomers.insert(item.customer);
        }
        plan.orders.append(item);
    }
    plan.newCustomers = static_cast<int>(newCustomers.size());
    return plan;
}

qint64 OrderImport::run(Database& db, const ImportTable& table, const OrderImportPlan& plan,
                        const std::function<bool(int, int)>& progress)
{
    db.access().require(Module::Orders, Action::Create);
    if (plan.errors > 0)
        throw StoreError(StoreError::Kind::Validation,
                         tr("%n order(s) have errors; nothing was imported. Correct them and try again.", "",
                            plan.errors));
    qint64 importId = 0;
    db.write([&] {
        importId =
            CustomerImport::startRecord(db, QStringLiteral("orders"), table, plan.creates, 0, plan.skips);
        CustomerRepository customers(db);
        OrderRepository orders(db);
        PaymentRepository payments(db);
        QHash<QString, qint64> added;
        int done = 0;
        for (const OrderImportItem& item : plan.orders) {
            if (item.action != ImportRow::Action::Create) continue;
            if (progress && done % 100 == 0 && !progress(done, plan.creates))
                throw StoreError(StoreError::Kind::Validation,
                                 tr("The import was cancelled; nothing was imported."));
            Order o = item.order;
            if (item.newCustomer) {
                if (!added.contains(item.customer)) {
                    Customer c;
                    c.name = item.customer;
                    customers.create(c);
                    added.insert(item.customer, c.meta.id);
                    CustomerImport::recordItem(db, importId, QStringLiteral("customer"), c.meta.id,
                                               QStringLiteral("created"), 1);
                }
                o.customerId = added.value(item.customer);
            }
            // Its history: made on the order date, and in its state since the due date (or then).
            QList<StatusChange> history{{o.orderDate, db.session().user, db.session().desk, std::nullopt,
                                         OrderStatus::Unscheduled, QString()}};
            if (o.status != OrderStatus::Unscheduled)
                history.append({o.due.isValid() ? o.due : o.orderDate, db.session().user, db.session().desk,
                                OrderStatus::Unscheduled, o.status, QString()});
            if (o.number.isEmpty())
                orders.create(o, history);
            else
                orders.createWithNumber(o, history);
            if (item.paid.fen() > 0) {
                Payment p;
                p.customerId = o.customerId;
                p.paidAt = o.orderDate;
                p.amount = item.paid;
                p.method = PaymentMethod::Other;
                p.note = tr("imported with order %1").arg(o.number);
                payments.create(p, o.meta.id);
                CustomerImport::recordItem(db, importId, QStringLiteral("payment"), p.meta.id,
                                           QStringLiteral("created"), p.meta.version);
            }
            // After its payment, which may have touched it; the undo compares with this version.
            const int version = Sql(db, QStringLiteral("SELECT version FROM orders WHERE id = ?"))
                                    .bind(o.meta.id)
                                    .scalar()
                                    .toInt();
            CustomerImport::recordItem(db, importId, QStringLiteral("order"), o.meta.id,
                                       QStringLiteral("created"), version);
            ++done;
        }
        if (progress && !progress(plan.creates, plan.creates))
            throw StoreError(StoreError::Kind::Validation,
                             tr("The import was cancelled; nothing was imported."));
        AuditLog::append(db, QStringLiteral("import"), importId, QStringLiteral("import"), QString(),
                         AuditLog::compact({{QStringLiteral("file"), table.file},
                                            {QStringLiteral("kind"), QStringLiteral("orders")},
                                            {QStringLiteral("created"), plan.creates},
                                            {QStringLiteral("customers"), qint64(added.size())},
                                            {QStringLiteral("skipped"), plan.skips}}));
    });
    return importId;
}

void OrderImport::revertItem(Database& db, const QString& entity, qint64 id, int versionAfter,
                             RevertResult& result)
{
    if (entity == QLatin1String("payment")) {
        PaymentRepository payments(db);
        const std::optional<Payment> p = payments.find(id);
        if (!p) return;
        if (p->meta.version != versionAfter) {
            result.kept.append(tr("payment %1 was changed after the import").arg(p->number));
            return;
        }
        payments.remove(id, p->meta.version);
        ++result.removed;
        return;
    }
    OrderRepository orders(db);
    const std::optional<Order> o = orders.find(id);
    if (!o) return;
    if (o->meta.version != versionAfter) {
        result.kept.append(tr("order %1 was changed after the import").arg(o->number));
        return;
    }
    try {
        orders.removeUnused(id);
        ++result.removed;
    } catch (const StoreError& e) {
        if (e.kind() != StoreError::Kind::Validation) throw;
        result.kept.append(tr("order %1: %2").arg(o->number, e.message()));
    }
}

} // namespace shopcrm
