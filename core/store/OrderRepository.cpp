#include "OrderRepository.h"

#include "ChangeRecorder.h"
#include "CustomerSearchIndex.h"
#include "domain/OrderJson.h"
#include "PaymentRepository.h"
#include "RevenueSummary.h"
#include "RowSupport.h"
#include "ShopSettings.h"

#include <QSet>

namespace shopcrm {

namespace {

const QString kOrderColumns =
    metaColumns() + QStringLiteral(", number, customer_id, (SELECT name FROM customers c WHERE c.id = "
                                   "orders.customer_id), contact_name, phone, "
                                   "delivery_address, order_date, due_at, urgent, title, notes, source, "
                                   "status, status_at, cancel_reason, deposit, "
                                   "duplicated_from, quote_id, campaign_id");

const QString kRowColumns = QStringLiteral(
    "id, number, customer_id, (SELECT name FROM customers c WHERE c.id = orders.customer_id), title, total, deposit, "
    "status, order_date, due_at, urgent, staff_names, created_by, paid, version");

QString sortExpression(OrderSort sort)
{
    switch (sort) {
    case OrderSort::Number: return QStringLiteral("number");
    case OrderSort::OrderDate: return QStringLiteral("order_date");
    case OrderSort::Customer: return QStringLiteral("customer_sort");
    case OrderSort::Title: return QStringLiteral("title");
    case OrderSort::Total: return QStringLiteral("total");
    case OrderSort::Deposit: return QStringLiteral("deposit");
    case OrderSort::Status: return QStringLiteral("status");
    // Orders without a due date sort after every dated one.
    case OrderSort::Due: return QStringLiteral("coalesce(due_at, '9999')");
    case OrderSort::Staff: return QStringLiteral("staff_names");
    case OrderSort::CreatedBy: return QStringLiteral("created_by");
    // Not indexed: what is still due changes with every payment; the unfinished list is short.
    case OrderSort::AmountDue: return QStringLiteral("(CASE WHEN status = 4 THEN 0 ELSE total - paid END)");
    }
    return QStringLiteral("order_date");
}

QString startOfLocalDay(const QDate& day)
{
    return utcText(day.startOfDay()).toString();
}

QString staffNames(const Order& o)
{
    QStringList names;
    for (const OrderStaff& s : o.staff)
        if (!names.contains(s.name))
            names.append(s.name);
    return names.join(QStringLiteral(", "));
}

QString productKey(const OrderLine& line)
{
    return CustomerRules::nameKey(line.product.isEmpty() ? line.description : line.product);
}

} // namespace

OrderFilter OrderFilter::unfinished()
{
    OrderFilter f;
    f.statuses = {OrderStatus::Unscheduled, OrderStatus::InProduction, OrderStatus::Done};
    return f;
}

void OrderRepository::validate(Order& o)
{
    OrderRules::normalise(o);
    QList<FieldIssue> errors;
    for (const FieldIssue& issue : OrderRules::check(o))
        if (issue.blocking)
            errors.append(issue);
    if (!errors.isEmpty())
        throw ValidationError(errors);
}

qint64 OrderRepository::create(Order& o, const QList<StatusChange>& history)
{
    return insert(o, history, false);
}

qint64 OrderRepository::createWithNumber(Order& o, const QList<StatusChange>& history)
{
    if (o.number.trimmed().isEmpty())
        throw ValidationError({{QStringLiteral("number"), tr("The order has no number.")}});
    return insert(o, history, true);
}

qint64 OrderRepository::insert(Order& o, const QList<StatusChange>& history, bool keepNumber)
{
    m_db.access().require(Module::Orders, Action::Create);
    m_db.access().require(Module::Orders, Action::Money);
    m_db.access().requireOwnCustomer(m_db, o.customerId);
    if (!o.orderDate.isValid())
        o.orderDate = QDateTime::currentDateTimeUtc();
    validate(o);
    m_db.write([&] {
        Sql customer(m_db, QStringLiteral("SELECT name FROM customers WHERE id = ?"));
        customer.bind(o.customerId).exec();
        if (!customer.next())
            throw ValidationError({{QStringLiteral("customer"), tr("There is no customer with id %1.").arg(o.customerId)}});
        o.customerName = customer.value(0).toString();
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        if (keepNumber) {
            o.number = o.number.trimmed();
            if (Sql(m_db, QStringLiteral("SELECT count(*) FROM orders WHERE number = ?")).bind(o.number).scalar().toInt() > 0)
                throw ValidationError({{QStringLiteral("number"), tr("There is an order numbered %1 already.").arg(o.number)}});
        } else {
            o.number = DocumentNumbers::next(m_db, QStringLiteral("order"), QStringLiteral("orders"),
                                             o.orderDate.toLocalTime().date());
        }
        if (!history.isEmpty())
            o.statusAt = history.constLast().at;
        else
            o.statusAt = parseUtc(now);
        Sql insert(m_db,
                   QStringLiteral(
                       "INSERT INTO orders(version, created_at, updated_at, created_by, updated_by, "
                       "number, customer_id, "
                       "contact_name, phone, delivery_address, order_date, due_at, urgent, title, notes, "
                       "source, status, "
                       "status_at, cancel_reason, total, deposit, staff_names, duplicated_from, "
                       "quote_id, campaign_id, customer_sort) "
                       "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "(SELECT name_sort FROM customers WHERE id = ?))"));
        insert.bind(now)
            .bind(now)
            .bind(user)
            .bind(user)
            .bind(o.number)
            .bind(o.customerId)
            .bind(o.contactName)
            .bind(o.phone)
            .bind(o.deliveryAddress)
            .bind(utcText(o.orderDate))
            .bind(utcText(o.due))
            .bind(o.urgent ? 1 : 0)
            .bind(o.title)
            .bind(o.notes)
            .bind(o.source)
            .bind(static_cast<int>(o.status))
            .bind(utcText(o.statusAt))
            .bind(o.cancelReason)
            .bind(o.total().fen())
            .bind(o.deposit.fen())
            .bind(staffNames(o))
            .bind(o.duplicatedFrom > 0 ? QVariant(o.duplicatedFrom) : QVariant())
            .bind(o.quoteId > 0 ? QVariant(o.quoteId) : QVariant())
            .bind(o.campaignId > 0 ? QVariant(o.campaignId) : QVariant())
            .bind(o.customerId)
            .exec();
        stampInsert(o.meta, insert.lastInsertId(), now, user);
        saveLines(o);
        saveStaff(o);
        if (history.isEmpty())
            addHistory(o.meta.id, {parseUtc(now), user, m_db.session().desk, std::nullopt, o.status, o.cancelReason});
        for (const StatusChange& change : history)
            addHistory(o.meta.id, change);
        ChangeRecorder::record(m_db, QStringLiteral("order"), o.meta.id, QStringLiteral("insert"), {},
                               OrderJson::toJson(o));
        RevenueSummary::applyOrder(m_db, o, +1);
        PaymentRepository(m_db).syncDeposit(o);
        CustomerSearchIndex(m_db).touch(o.customerId, o.orderDate.toLocalTime().date());
    });
    return o.meta.id;
}

void OrderRepository::createMany(QList<Order>& orders, const QList<QList<StatusChange>>& histories,
                                 QHash<qint64, QDate>& activity)
{
    m_db.access().require(Module::Orders, Action::Create);
    m_db.access().require(Module::Orders, Action::Money);
    Q_ASSERT(histories.isEmpty() || histories.size() == orders.size());
    for (Order& o : orders) {
        m_db.access().requireOwnCustomer(m_db, o.customerId);
        if (!o.orderDate.isValid())
            o.orderDate = QDateTime::currentDateTimeUtc();
        validate(o);
    }
    m_db.write([&] {
        const QString now = Database::nowUtc();
        const Session who = m_db.session();
        for (qsizetype i = 0; i < orders.size();) {
            const QDate day = orders.at(i).orderDate.toLocalTime().date();
            qsizetype end = i;
            while (end < orders.size() && orders.at(end).orderDate.toLocalTime().date() == day)
                ++end;
            const QStringList numbers =
                DocumentNumbers::nextMany(m_db, QStringLiteral("order"), QStringLiteral("orders"), day, end - i);
            for (qsizetype k = i; k < end; ++k)
                orders[k].number = numbers.at(k - i);
            i = end;
        }
        RawRead customer(m_db, QStringLiteral("SELECT name, name_sort FROM customers WHERE id = ?"));
        BulkInsert insert(m_db, QStringLiteral(
            "INSERT INTO orders(version, created_at, updated_at, created_by, updated_by, number, customer_id, "
            "contact_name, phone, delivery_address, order_date, due_at, urgent, title, notes, source, status, "
            "status_at, cancel_reason, total, deposit, staff_names, duplicated_from, customer_sort) "
            "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        BulkInsert line(m_db, QStringLiteral(
            "INSERT INTO order_lines(order_id, position, product_id, product, product_key, description, material, "
            "width_mm, height_mm, quantity, unit, unit_price, discount, area, amount, outsource_supplier, "
            "outsource_cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        BulkInsert staff(m_db, QStringLiteral("INSERT INTO order_staff(order_id, position, staff_id, role) VALUES (?, ?, ?, ?)"));
        BulkInsert history(m_db, QStringLiteral("INSERT INTO order_status_history(order_id, at, who, desk, from_status, "
                                                "to_status, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        auto addHistory = [&](qint64 id, const StatusChange& c) {
            history.bind(id).bind(utcText(c.at)).bind(c.user).bind(c.desk)
                .bind(c.from ? QVariant(static_cast<int>(*c.from)) : QVariant()).bind(static_cast<int>(c.to))
                .bind(c.reason).exec();
        };
        RevenueSummary::Changes summaries(m_db);
        QList<qint64> ids;
        ids.reserve(orders.size());
        QList<Payment> deposits;
        for (qsizetype i = 0; i < orders.size(); ++i) {
            Order& o = orders[i];
            const QList<StatusChange> changes = histories.value(i);
            customer.bind(o.customerId);
            if (!customer.next())
                throw ValidationError({{QStringLiteral("customer"), tr("There is no customer with id %1.").arg(o.customerId)}});
            o.customerName = customer.text(0);
            const QString sortKey = customer.text(1);
            customer.reset();
            o.statusAt = changes.isEmpty() ? parseUtc(now) : changes.constLast().at;
            insert.bind(now).bind(now).bind(who.user).bind(who.user).bind(o.number).bind(o.customerId).bind(o.contactName)
                .bind(o.phone).bind(o.deliveryAddress).bind(utcText(o.orderDate)).bind(utcText(o.due))
                .bind(o.urgent ? 1 : 0).bind(o.title).bind(o.notes).bind(o.source).bind(static_cast<int>(o.status))
                .bind(utcText(o.statusAt)).bind(o.cancelReason).bind(o.total().fen()).bind(o.deposit.fen())
                .bind(staffNames(o)).bind(o.duplicatedFrom > 0 ? QVariant(o.duplicatedFrom) : QVariant())
                .bind(sortKey).exec();
            stampInsert(o.meta, insert.lastInsertId(), now, who.user);
            for (qsizetype k = 0; k < o.lines.size(); ++k) {
                OrderLine& l = o.lines[k];
                line.bind(o.meta.id).bind(static_cast<qint64>(k)).bind(l.productId > 0 ? QVariant(l.productId) : QVariant())
                    .bind(l.product).bind(productKey(l)).bind(l.description).bind(l.material).bind(l.widthMm)
                    .bind(l.heightMm).bind(l.quantity.milli()).bind(l.unit).bind(l.unitPrice.fen()).bind(l.discount.fen())
                    .bind(l.areaMilli).bind(l.amount.fen()).bind(l.outsourceSupplier).bind(l.outsourceCost.fen()).exec();
                l.id = line.lastInsertId();
            }
            for (qsizetype k = 0; k < o.staff.size(); ++k) {
                const OrderStaff& s = o.staff.at(k);
                if (s.staffId <= 0)
                    throw ValidationError({{QStringLiteral("staff"), tr("%1 is not on the staff list.").arg(s.name)}});
                staff.bind(o.meta.id).bind(static_cast<qint64>(k)).bind(s.staffId).bind(CatalogRules::roleCode(s.role)).exec();
            }
            if (changes.isEmpty())
                addHistory(o.meta.id, {parseUtc(now), who.user, who.desk, std::nullopt, o.status, o.cancelReason});
            for (const StatusChange& change : changes)
                addHistory(o.meta.id, change);
            summaries.order(o, +1);
            ids.append(o.meta.id);
            if (!o.deposit.isZero()) {
                Payment p;
                p.customerId = o.customerId;
                p.paidAt = o.orderDate;
                p.amount = o.deposit;
                p.depositOf = o.meta.id;
                p.number = QStringLiteral("DJ-") + o.number;
                p.allocations = {{o.meta.id, o.number, o.deposit}};
                deposits.append(p);
            }
            QDate& latest = activity[o.customerId];
            latest = std::max(latest, o.orderDate.toLocalTime().date());
        }
        summaries.write();
        ChangeRecorder::recordCreatedMany(m_db, QStringLiteral("order"), ids);
        if (!deposits.isEmpty())
            PaymentRepository(m_db).createMany(deposits);
    });
}

void OrderRepository::removeUnused(qint64 id)
{
    m_db.access().require(Module::Orders, Action::Delete);
    m_db.write([&] {
        const std::optional<Order> before = load(id);
        if (!before)
            throw StoreError(StoreError::Kind::NotFound, tr("Order %1 no longer exists.").arg(id));
        for (const auto& [sql, what] :
             {std::pair{QStringLiteral("SELECT count(*) FROM payment_allocations WHERE order_id = ?"), tr("payments")},
              std::pair{QStringLiteral("SELECT count(*) FROM payments WHERE deposit_of = ?"), tr("a deposit")},
              std::pair{QStringLiteral("SELECT count(*) FROM delivery_lines WHERE order_id = ?"), tr("delivery slips")},
              std::pair{QStringLiteral("SELECT count(*) FROM follow_ups WHERE order_id = ?"), tr("follow-ups")},
              std::pair{QStringLiteral("SELECT count(*) FROM document_prints WHERE order_id = ?"), tr("printed documents")}}) {
            if (Sql(m_db, sql).bind(id).scalar().toLongLong() > 0)
                throw StoreError(StoreError::Kind::Validation, tr("it has %1 now; it was kept").arg(what));
        }
        RevenueSummary::applyOrder(m_db, *before, -1);
        for (const char* table : {"order_lines", "order_staff", "order_status_history"})
            Sql(m_db, QStringLiteral("DELETE FROM %1 WHERE order_id = ?").arg(QLatin1String(table))).bind(id).exec();
        Sql(m_db, QStringLiteral("DELETE FROM orders WHERE id = ?")).bind(id).exec();
        ChangeRecorder::record(m_db, QStringLiteral("order"), id, QStringLiteral("delete"), OrderJson::toJson(*before), {});
    });
}

void OrderRepository::throwConflict(const Order& theirs, const Order& mine) const
{
    const QStringList differences = OrderRules::differences(theirs, mine);
    const QString when = QLocale().toString(theirs.meta.updatedAt.toLocalTime(), QLocale::ShortFormat);
    QString message = tr("%1 changed order %2 at %3, after you opened it. Nothing was saved; your entries are still "
                         "in the form. Reload to see their version, or copy your changes first.")
                          .arg(theirs.meta.updatedBy, theirs.number, when);
    if (!differences.isEmpty())
        message += QLatin1Char('\n') + tr("What differs:") + QStringLiteral("\n• ") + differences.join(QStringLiteral("\n• "));
    throw StoreError(StoreError::Kind::Conflict, message);
}

void OrderRepository::update(Order& o)
{
    m_db.access().require(Module::Orders, Action::Edit);
    // Saving a whole order writes its prices, which only a role that sees them may do.
    m_db.access().require(Module::Orders, Action::Money);
    validate(o);
    m_db.write([&] {
        const std::optional<Order> found = load(o.meta.id);
        if (found)
            m_db.access().requireOwnCustomer(m_db, found->customerId);
        if (!found)
            throw StoreError(StoreError::Kind::NotFound, tr("Order %1 no longer exists.").arg(o.number));
        const Order& before = *found;
        if (before.meta.version != o.meta.version)
            throwConflict(before, o);
        if (OrderRules::isClosed(before.status))
            throw StoreError(StoreError::Kind::Locked,
                             tr("Order %1 is %2 and cannot be changed; reopen it first.")
                                 .arg(before.number, OrderRules::statusName(before.status)));
        checkDeliveredLines(o);
        if (before.customerId != o.customerId &&
            Sql(m_db, QStringLiteral("SELECT count(*) FROM payment_allocations a JOIN payments p ON p.id = a.payment_id "
                                     "WHERE a.order_id = ? AND p.deposit_of IS NULL"))
                .bind(o.meta.id)
                .scalar()
                .toInt())
            throw ValidationError({{QStringLiteral("customer"),
                                    tr("Payments from %1 are recorded on order %2; it cannot move to another customer.")
                                        .arg(before.customerName, before.number)}});
        // The status moves only through setStatus, which keeps its history.
        o.status = before.status;
        o.statusAt = before.statusAt;
        o.cancelReason = before.cancelReason;
        o.number = before.number;
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        Sql update(
            m_db,
            QStringLiteral(
                "UPDATE orders SET version = version + 1, updated_at = ?, updated_by = ?, customer_id = ?, "
                "contact_name = ?, phone = ?, delivery_address = ?, order_date = ?, due_at = ?, urgent = ?, "
                "title = ?, "
                "notes = ?, source = ?, campaign_id = ?, total = ?, deposit = ?, staff_names = ?, "
                "customer_sort = (SELECT name_sort FROM customers WHERE id = customer_id) WHERE id = ? AND "
                "version = ?"));
        update.bind(now)
            .bind(user)
            .bind(o.customerId)
            .bind(o.contactName)
            .bind(o.phone)
            .bind(o.deliveryAddress)
            .bind(utcText(o.orderDate))
            .bind(utcText(o.due))
            .bind(o.urgent ? 1 : 0)
            .bind(o.title)
            .bind(o.notes)
            .bind(o.source)
            .bind(o.campaignId > 0 ? QVariant(o.campaignId) : QVariant())
            .bind(o.total().fen())
            .bind(o.deposit.fen())
            .bind(staffNames(o))
            .bind(o.meta.id)
            .bind(o.meta.version)
            .exec();
        if (update.rowsAffected() == 0) // only when another connection slipped in: ours holds the write lock
            throwConflict(*load(o.meta.id), o);
        stampUpdate(o.meta, now, user);
        saveLines(o);
        saveStaff(o);
        o.customerName = Sql(m_db, QStringLiteral("SELECT name FROM customers WHERE id = ?")).bind(o.customerId).scalar().toString();
        ChangeRecorder::record(m_db, QStringLiteral("order"), o.meta.id, QStringLiteral("update"),
                               OrderJson::toJson(before), OrderJson::toJson(o));
        RevenueSummary::applyOrder(m_db, before, -1);
        RevenueSummary::applyOrder(m_db, o, +1);
        PaymentRepository(m_db).syncDeposit(o);
    });
}

void OrderRepository::checkDeliveredLines(const Order& o) const
{
    Sql q(m_db, QStringLiteral(
                    "SELECT d.order_line_id, sum(d.quantity), l.product, l.description FROM delivery_lines d "
                    "JOIN order_lines l ON l.id = d.order_line_id WHERE d.order_id = ? "
                    "GROUP BY d.order_line_id, l.product, l.description"));
    q.bind(o.meta.id).exec();
    QList<FieldIssue> issues;
    while (q.next()) {
        const qint64 lineId = q.value(0).toLongLong();
        const Quantity delivered = Quantity::fromMilli(q.value(1).toLongLong());
        const QString name = q.value(2).toString().isEmpty() ? q.value(3).toString() : q.value(2).toString();
        const auto it = std::find_if(o.lines.cbegin(), o.lines.cend(), [lineId](const OrderLine& l) { return l.id == lineId; });
        if (it == o.lines.cend())
            issues.append({QStringLiteral("lines"),
                           tr("%1 has been delivered (%2) and cannot be removed from the order.").arg(name, delivered.toString())});
        else if (it->quantity < delivered)
            issues.append({QStringLiteral("line%1.quantity").arg(it - o.lines.cbegin() + 1),
                           tr("Line %1: %2 were delivered already; the quantity cannot be less.")
                               .arg(it - o.lines.cbegin() + 1)
                               .arg(delivered.toString())});
    }
    if (!issues.isEmpty())
        throw ValidationError(issues);
}

void OrderRepository::setStatus(qint64 id, int expectedVersion, OrderStatus status, const QString& reason)
{
    changeStatus(id, expectedVersion, status, reason, false);
}

void OrderRepository::reopen(qint64 id, int expectedVersion, const QString& reason)
{
    changeStatus(id, expectedVersion, OrderStatus::Unscheduled, reason, true);
}

void OrderRepository::changeStatus(qint64 id, int expectedVersion, OrderStatus to, const QString& reason, bool reopening)
{
    m_db.access().require(Module::Orders, to == OrderStatus::Cancelled ? Action::Delete : Action::Edit);
    m_db.write([&] {
        const std::optional<Order> found = load(id);
        if (!found)
            throw StoreError(StoreError::Kind::NotFound, tr("There is no order with id %1.").arg(id));
        const Order& before = *found;
        m_db.access().requireOwnCustomer(m_db, before.customerId);
        if (expectedVersion >= 0 && before.meta.version != expectedVersion) {
            const QString when = QLocale().toString(before.meta.updatedAt.toLocalTime(), QLocale::ShortFormat);
            throw StoreError(StoreError::Kind::Conflict,
                             tr("%1 changed order %2 at %3 (it is now %4). Nothing was changed; look at it again.")
                                 .arg(before.meta.updatedBy, before.number, when, OrderRules::statusName(before.status)));
        }
        const QString why = reason.trimmed();
        if (reopening) {
            if (!OrderRules::isClosed(before.status))
                throw StoreError(StoreError::Kind::Validation,
                                 tr("Order %1 is not delivered or cancelled, so there is nothing to reopen.").arg(before.number));
            to = before.status == OrderStatus::Delivered ? OrderStatus::Done : OrderStatus::Unscheduled;
        } else if (OrderRules::isClosed(before.status)) {
            if (before.status == to)
                return;
            throw StoreError(StoreError::Kind::Locked,
                             tr("Order %1 is %2; reopen it before changing its status.")
                                 .arg(before.number, OrderRules::statusName(before.status)));
        }
        if (before.status == to)
            return;
        if (to == OrderStatus::Cancelled && why.isEmpty())
            throw ValidationError({{QStringLiteral("cancel_reason"), tr("Give a reason for cancelling the order.")}});
        const QString now = Database::nowUtc();
        Sql update(m_db, QStringLiteral("UPDATE orders SET version = version + 1, updated_at = ?, updated_by = ?, "
                                        "status = ?, status_at = ?, cancel_reason = ? WHERE id = ?"));
        update.bind(now).bind(m_db.session().user).bind(static_cast<int>(to)).bind(now)
            .bind(to == OrderStatus::Cancelled ? why : QString()).bind(id).exec();
        addHistory(id, {parseUtc(now), m_db.session().user, m_db.session().desk, before.status, to, why});
        // Cancelling takes the order out of the revenue, reopening a cancelled order puts it back;
        // delivering it (or reopening a delivered one) moves it in the revenue by delivery date.
        const auto counts = [](OrderStatus s) { return s == OrderStatus::Cancelled || s == OrderStatus::Delivered; };
        if (counts(to) || counts(before.status)) {
            Order after = before;
            after.status = to;
            after.statusAt = parseUtc(now);
            RevenueSummary::applyOrder(m_db, before, -1);
            RevenueSummary::applyOrder(m_db, after, +1);
        }
        auto copy = [](OrderStatus s, const QString& r) {
            QJsonObject o{{QStringLiteral("status"), OrderRules::statusCode(s)}};
            if (!r.isEmpty())
                o.insert(QStringLiteral("reason"), r);
            return o;
        };
        ChangeRecorder::record(m_db, QStringLiteral("order"), id,
                               reopening ? QStringLiteral("reopen") : QStringLiteral("status"),
                               copy(before.status, before.cancelReason), copy(to, why));
    });
}

void OrderRepository::addHistory(qint64 id, const StatusChange& c)
{
    Sql(m_db, QStringLiteral("INSERT INTO order_status_history(order_id, at, who, desk, from_status, to_status, reason) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"))
        .bind(id).bind(utcText(c.at)).bind(c.user).bind(c.desk)
        .bind(c.from ? QVariant(static_cast<int>(*c.from)) : QVariant()).bind(static_cast<int>(c.to)).bind(c.reason)
        .exec();
}

void OrderRepository::saveLines(Order& o)
{
    QSet<qint64> existing;
    Sql ids(m_db, QStringLiteral("SELECT id FROM order_lines WHERE order_id = ?"));
    ids.bind(o.meta.id).exec();
    while (ids.next())
        existing.insert(ids.value(0).toLongLong());
    // Lines keep their ids across edits: later documents (delivery slips) refer to them.
    QSet<qint64> kept;
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        OrderLine& l = o.lines[i];
        const QVariant productId = l.productId > 0 ? QVariant(l.productId) : QVariant();
        if (l.id > 0 && existing.contains(l.id)) {
            Sql(m_db, QStringLiteral("UPDATE order_lines SET position = ?, product_id = ?, product = ?, product_key = ?, "
                                     "description = ?, material = ?, width_mm = ?, height_mm = ?, quantity = ?, unit = ?, "
                                     "unit_price = ?, discount = ?, area = ?, amount = ?, outsource_supplier = ?, "
                                     "outsource_cost = ? WHERE id = ?"))
                .bind(i).bind(productId).bind(l.product).bind(productKey(l)).bind(l.description).bind(l.material)
                .bind(l.widthMm).bind(l.heightMm).bind(l.quantity.milli()).bind(l.unit).bind(l.unitPrice.fen())
                .bind(l.discount.fen()).bind(l.areaMilli).bind(l.amount.fen()).bind(l.outsourceSupplier)
                .bind(l.outsourceCost.fen()).bind(l.id).exec();
        } else {
            QList<OrderLine> one{l};
            insertLines(m_db, QStringLiteral("order_lines"), QStringLiteral("order_id"), o.meta.id, one,
                        int(i));
            l.id = one.constFirst().id;
        }
        kept.insert(l.id);
    }
    for (const qint64 id : existing)
        if (!kept.contains(id))
            Sql(m_db, QStringLiteral("DELETE FROM order_lines WHERE id = ?")).bind(id).exec();
}

void OrderRepository::saveStaff(const Order& o)
{
    Sql(m_db, QStringLiteral("DELETE FROM order_staff WHERE order_id = ?")).bind(o.meta.id).exec();
    Sql insert(m_db, QStringLiteral("INSERT INTO order_staff(order_id, position, staff_id, role) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < o.staff.size(); ++i) {
        const OrderStaff& s = o.staff.at(i);
        if (s.staffId <= 0)
            throw ValidationError({{QStringLiteral("staff"), tr("%1 is not on the staff list.").arg(s.name)}});
        insert.bind(o.meta.id).bind(i).bind(s.staffId).bind(CatalogRules::roleCode(s.role)).exec();
    }
}

std::optional<Order> OrderRepository::find(qint64 id) const
{
    m_db.access().require(Module::Orders, Action::View);
    std::optional<Order> o = load(id);
    if (!o)
        return o;
    m_db.access().requireOwnCustomer(m_db, o->customerId);
    if (!m_db.access().seesMoney(Module::Orders)) {
        o->deposit = Money();
        for (OrderLine& line : o->lines)
            line.unitPrice = line.discount = line.outsourceCost = line.amount = Money();
    }
    return o;
}

std::optional<Order> OrderRepository::load(qint64 id) const
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM orders WHERE id = ?").arg(kOrderColumns));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    Order o;
    int col = 0;
    auto next = [&] { return q.value(col++); };
    o.meta = readMeta(q, col);
    o.number = next().toString();
    o.customerId = next().toLongLong();
    o.customerName = next().toString();
    o.contactName = next().toString();
    o.phone = next().toString();
    o.deliveryAddress = next().toString();
    o.orderDate = parseUtc(next());
    o.due = parseUtc(next());
    o.urgent = next().toBool();
    o.title = next().toString();
    o.notes = next().toString();
    o.source = next().toString();
    o.status = static_cast<OrderStatus>(next().toInt());
    o.statusAt = parseUtc(next());
    o.cancelReason = next().toString();
    o.deposit = Money::fromFen(next().toLongLong());
    o.duplicatedFrom = next().toLongLong();
    o.quoteId = next().toLongLong();
    o.campaignId = next().toLongLong();

    o.lines = readLines(m_db, QStringLiteral("order_lines"), QStringLiteral("order_id"), id);
    Sql staff(m_db, QStringLiteral(
                        "SELECT s.id, s.name, os.role FROM order_staff os JOIN staff s ON s.id = os.staff_id "
                        "WHERE os.order_id = ? ORDER BY os.position"));
    staff.bind(id).exec();
    while (staff.next())
        o.staff.append({staff.value(0).toLongLong(), staff.value(1).toString(),
                        CatalogRules::roleFromCode(staff.value(2).toString()).value_or(StaffRole::Other)});
    return o;
}

QList<OrderLine> OrderRepository::readLines(Database& db, const QString& table, const QString& parentColumn,
                                            qint64 parentId)
{
    // `table` and `parentColumn` are ours (order_lines, quote_lines), never user input.
    Sql lines(db, QStringLiteral(
                      "SELECT id, product_id, product, description, material, width_mm, height_mm, quantity, "
                      "unit, unit_price, discount, area, amount, outsource_supplier, outsource_cost "
                      "FROM %1 WHERE %2 = ? ORDER BY position")
                      .arg(table, parentColumn));
    lines.bind(parentId).exec();
    QList<OrderLine> result;
    while (lines.next()) {
        OrderLine l;
        int i = 0;
        auto v = [&] { return lines.value(i++); };
        l.id = v().toLongLong();
        l.productId = v().toLongLong();
        l.product = v().toString();
        l.description = v().toString();
        l.material = v().toString();
        l.widthMm = v().toInt();
        l.heightMm = v().toInt();
        l.quantity = Quantity::fromMilli(v().toLongLong());
        l.unit = v().toString();
        l.unitPrice = Money::fromFen(v().toLongLong());
        l.discount = Money::fromFen(v().toLongLong());
        l.areaMilli = v().toLongLong();
        l.amount = Money::fromFen(v().toLongLong());
        l.outsourceSupplier = v().toString();
        l.outsourceCost = Money::fromFen(v().toLongLong());
        result.append(l);
    }
    return result;
}

void OrderRepository::insertLines(Database& db, const QString& table, const QString& parentColumn,
                                  qint64 parentId, QList<OrderLine>& lines, int firstPosition)
{
    Sql insert(
        db,
        QStringLiteral(
            "INSERT INTO %1(%2, position, product_id, product, product_key, description, material, "
            "width_mm, height_mm, quantity, unit, unit_price, discount, area, amount, outsource_supplier, "
            "outsource_cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(table, parentColumn));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        OrderLine& l = lines[i];
        insert.bind(parentId)
            .bind(firstPosition + int(i))
            .bind(l.productId > 0 ? QVariant(l.productId) : QVariant())
            .bind(l.product)
            .bind(productKey(l))
            .bind(l.description)
            .bind(l.material)
            .bind(l.widthMm)
            .bind(l.heightMm)
            .bind(l.quantity.milli())
            .bind(l.unit)
            .bind(l.unitPrice.fen())
            .bind(l.discount.fen())
            .bind(l.areaMilli)
            .bind(l.amount.fen())
            .bind(l.outsourceSupplier)
            .bind(l.outsourceCost.fen())
            .exec();
        l.id = insert.lastInsertId();
    }
}

Order OrderRepository::get(qint64 id) const
{
    if (std::optional<Order> o = find(id))
        return *o;
    throw StoreError(StoreError::Kind::NotFound, tr("There is no order with id %1.").arg(id));
}

std::optional<Order> OrderRepository::findByNumber(const QString& number) const
{
    const qint64 id =
        Sql(m_db, QStringLiteral("SELECT id FROM orders WHERE number = ?")).bind(number.trimmed()).scalar().toLongLong();
    return id > 0 ? find(id) : std::nullopt;
}

QList<StatusChange> OrderRepository::history(qint64 id) const
{
    m_db.access().require(Module::Orders, Action::View);
    Sql q(m_db, QStringLiteral("SELECT at, who, desk, from_status, to_status, reason FROM order_status_history "
                               "WHERE order_id = ? ORDER BY at, id"));
    q.bind(id).exec();
    QList<StatusChange> result;
    while (q.next()) {
        StatusChange c;
        c.at = parseUtc(q.value(0));
        c.user = q.value(1).toString();
        c.desk = q.value(2).toString();
        if (!q.value(3).isNull())
            c.from = static_cast<OrderStatus>(q.value(3).toInt());
        c.to = static_cast<OrderStatus>(q.value(4).toInt());
        c.reason = q.value(5).toString();
        result.append(c);
    }
    return result;
}

QList<LastPrice> OrderRepository::lastPrices(qint64 customerId, const QString& product, int limit,
                                             qint64 excludeOrderId) const
{
    QList<LastPrice> result;
    const QString key = CustomerRules::nameKey(product);
    if (customerId <= 0 || key.isEmpty() || !m_db.access().seesMoney(Module::Orders))
        return result;
    // Walks this customer's orders newest first (orders_by_customer) and looks at each one's lines.
    Sql q(m_db, QStringLiteral("SELECT o.id, o.number, o.order_date, l.unit_price, l.unit, l.quantity, l.width_mm, "
                               "l.height_mm FROM orders o JOIN order_lines l ON l.order_id = o.id "
                               "WHERE o.customer_id = ? AND o.status <> 4 AND o.id <> ? AND l.product_key = ? "
                               "ORDER BY o.order_date DESC, o.id DESC, l.position"));
    q.bind(customerId).bind(excludeOrderId).bind(key).exec();
    while (q.next() && result.size() < limit) {
        const qint64 orderId = q.value(0).toLongLong();
        if (!result.isEmpty() && result.constLast().orderId == orderId)
            continue;
        result.append({orderId, q.value(1).toString(), parseUtc(q.value(2)), Money::fromFen(q.value(3).toLongLong()),
                       q.value(4).toString(), Quantity::fromMilli(q.value(5).toLongLong()), q.value(6).toInt(),
                       q.value(7).toInt()});
    }
    return result;
}

OrderRepository::Where OrderRepository::where(const OrderFilter& f) const
{
    Where w;
    QStringList parts;
    if (!f.statuses.isEmpty()) {
        QStringList codes;
        for (OrderStatus s : f.statuses)
            codes.append(QString::number(static_cast<int>(s)));
        parts.append(QStringLiteral("status IN (%1)").arg(codes.join(QLatin1Char(','))));
    }
    if (f.from.isValid()) {
        parts.append(QStringLiteral("order_date >= ?"));
        w.binds.append(startOfLocalDay(f.from));
    }
    if (f.to.isValid()) {
        parts.append(QStringLiteral("order_date < ?"));
        w.binds.append(startOfLocalDay(f.to.addDays(1)));
    }
    if (f.customerId > 0) {
        parts.append(QStringLiteral("customer_id = ?"));
        w.binds.append(f.customerId);
    }
    if (f.staffId > 0) {
        parts.append(QStringLiteral("id IN (SELECT order_id FROM order_staff WHERE staff_id = ?)"));
        w.binds.append(f.staffId);
    }
    if (f.deliveredFrom.isValid() && f.deliveredTo.isValid()) {
        parts.append(QStringLiteral("status = 3 AND status_at >= ? AND status_at < ?"));
        w.binds << startOfLocalDay(f.deliveredFrom) << startOfLocalDay(f.deliveredTo.addDays(1));
    }
    if (f.categoryId >= 0) {
        // Category 0: lines typed in freely, without a catalog product (as the revenue review counts them).
        parts.append(f.categoryId == 0
                         ? QStringLiteral("id IN (SELECT l.order_id FROM order_lines l LEFT JOIN products p "
                                          "ON p.id = l.product_id WHERE coalesce(p.category_id, 0) = 0)")
                         : QStringLiteral("id IN (SELECT l.order_id FROM order_lines l JOIN products p "
                                          "ON p.id = l.product_id WHERE p.category_id = ?)"));
        if (f.categoryId > 0)
            w.binds.append(f.categoryId);
    }
    if (f.urgentOnly)
        parts.append(QStringLiteral("urgent = 1"));
    const QDateTime now = f.now.isValid() ? f.now : QDateTime::currentDateTime();
    const QDate today = now.toLocalTime().date();
    switch (f.due) {
    case DueFilter::Any: break;
    case DueFilter::Today:
        parts.append(QStringLiteral("due_at >= ? AND due_at < ?"));
        w.binds << startOfLocalDay(today) << startOfLocalDay(today.addDays(1));
        break;
    case DueFilter::Overdue:
        parts.append(QStringLiteral("status < 3 AND due_at < ?"));
        w.binds << utcText(now);
        break;
    case DueFilter::TodayOrOverdue:
        parts.append(QStringLiteral("status < 3 AND due_at < ?"));
        w.binds << startOfLocalDay(today.addDays(1));
        break;
    case DueFilter::ThisWeek: {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        parts.append(QStringLiteral("due_at >= ? AND due_at < ?"));
        w.binds << startOfLocalDay(monday) << startOfLocalDay(monday.addDays(7));
        break;
    }
    }
    w.sql = (parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND ")))
            + m_db.access().ownerClause(QStringLiteral("customer_id"));
    return w;
}

OrderTotals OrderRepository::totals(const OrderFilter& filter) const
{
    m_db.access().require(Module::Orders, Action::View);
    const Where w = where(filter);
    Sql q(m_db, QStringLiteral("SELECT count(*), coalesce(sum(total), 0), coalesce(sum(deposit), 0) FROM orders WHERE %1")
                    .arg(w.sql));
    q.bindAll(w.binds);
    q.exec();
    q.next();
    if (!m_db.access().seesMoney(Module::Orders))
        return {q.value(0).toLongLong(), Money(), Money()};
    return {q.value(0).toLongLong(), Money::fromFen(q.value(1).toLongLong()), Money::fromFen(q.value(2).toLongLong())};
}

bool OrderRepository::countsMoreThan(const OrderFilter& filter, qint64 limit) const
{
    m_db.access().require(Module::Orders, Action::View);
    const Where w = where(filter);
    Sql q(m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM orders WHERE %1 LIMIT ?)").arg(w.sql));
    q.bindAll(w.binds);
    q.bind(limit + 1).exec();
    return q.next() && q.value(0).toLongLong() > limit;
}

QList<OrderRow> OrderRepository::readRows(Sql& q) const
{
    m_db.access().require(Module::Orders, Action::View);
    const bool money = m_db.access().seesMoney(Module::Orders);
    QList<OrderRow> rows;
    while (q.next()) {
        OrderRow r;
        int col = 0;
        auto v = [&] { return q.value(col++); };
        r.id = v().toLongLong();
        r.number = v().toString();
        r.customerId = v().toLongLong();
        r.customer = v().toString();
        r.title = v().toString();
        r.total = Money::fromFen(v().toLongLong());
        r.deposit = Money::fromFen(v().toLongLong());
        r.status = static_cast<OrderStatus>(v().toInt());
        r.orderDate = parseUtc(v());
        r.due = parseUtc(v());
        r.urgent = v().toBool();
        r.staff = v().toString();
        r.createdBy = v().toString();
        r.paid = Money::fromFen(v().toLongLong());
        r.version = v().toInt();
        r.sortValue = v();
        if (!money)
            r.total = r.deposit = r.paid = Money();
        rows.append(r);
    }
    return rows;
}

QList<OrderRow> OrderRepository::page(const OrderListQuery& query, qint64 offset, int limit, qint64 total,
                                      const ListAnchors* anchors) const
{
    const Where w = where(query.filter);
    if (const qsizetype anchor = anchors ? anchors->before(offset) : -1; anchor >= 0) {
        Sql q(m_db, keysetStatement(QStringLiteral("orders"), kRowColumns, sortExpression(query.sort),
                                    query.order, w.sql, true));
        q.bindAll(w.binds);
        anchors->bindPage(q, anchor, offset, limit);
        q.exec();
        return readRows(q);
    }
    const ReadWindow window = ReadWindow::of(offset, limit, total);
    const bool ascending = (query.order == Qt::AscendingOrder) != window.fromEnd;
    const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    Sql q(m_db, QStringLiteral("SELECT %1, %2 FROM orders WHERE %3 ORDER BY %2 %4, id %4 LIMIT ? OFFSET ?")
                    .arg(kRowColumns, sortExpression(query.sort), w.sql, dir));
    q.bindAll(w.binds);
    q.bind(window.limit).bind(window.offset).exec();
    return window.inOrder(readRows(q));
}

ListAnchors OrderRepository::anchors(const OrderListQuery& query, int every) const
{
    m_db.access().require(Module::Orders, Action::View);
    const Where w = where(query.filter);
    return readAnchors(m_db, QStringLiteral("orders"), sortExpression(query.sort), query.order, w.sql,
                       w.binds, every);
}

QList<OrderRow> OrderRepository::pageAfter(const OrderListQuery& query, const OrderRow& last, int limit) const
{
    const Where w = where(query.filter);
    Sql q(m_db, keysetStatement(QStringLiteral("orders"), kRowColumns, sortExpression(query.sort),
                                query.order, w.sql, false));
    q.bindAll(w.binds);
    q.bind(last.sortValue).bind(last.id).bind(limit).exec();
    return readRows(q);
}

qint64 OrderRepository::positionOf(const OrderListQuery& query, qint64 id) const
{
    const Where w = where(query.filter);
    const QString column = sortExpression(query.sort);
    Sql row(m_db, QStringLiteral("SELECT %1 FROM orders WHERE id = ? AND %2").arg(column, w.sql));
    row.bind(id);
    row.bindAll(w.binds);
    row.exec();
    if (!row.next())
        return -1;
    const QVariant key = row.value(0);
    Sql before(m_db, QStringLiteral("SELECT count(*) FROM orders WHERE %1 AND (%2, id) %3 (?, ?)")
                         .arg(w.sql, column, query.order == Qt::AscendingOrder ? QStringLiteral("<") : QStringLiteral(">")));
    before.bindAll(w.binds);
    return before.bind(key).bind(id).scalar().toLongLong();
}

std::pair<qint64, qint64> OrderRepository::dueTodayAndOverdue(const QDateTime& now) const
{
    // One pass over the unfinished orders due before tonight (orders_by_due), counting both.
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTime();
    Sql q(m_db, QStringLiteral("SELECT count(*), coalesce(sum(due_at < ?), 0) FROM orders "
                               "WHERE status < 3 AND due_at < ?"));
    q.bind(utcText(at)).bind(startOfLocalDay(at.toLocalTime().date().addDays(1))).exec();
    q.next();
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

} // namespace shopcrm
