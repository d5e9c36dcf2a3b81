#include "PaymentRepository.h"

#include "ChangeRecorder.h"
#include "Database.h"
#include "RevenueSummary.h"
#include "RowSupport.h"
#include "ShopSettings.h"
#include "StoreError.h"
#include "domain/Customer.h"
#include "domain/Order.h"

#include <QHash>

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace shopcrm {

namespace {

const QString kEntity = QStringLiteral("payment");

const QString kColumns = QStringLiteral(
    "p.id, p.version, p.created_at, p.updated_at, p.created_by, p.updated_by, p.number, p.customer_id, c.name, "
    "p.paid_at, p.amount, p.method, p.account, p.handler, p.reference, p.note, p.reason, p.deposit_of");

QJsonObject toJson(const Payment& p)
{
    QJsonArray allocations;
    for (const PaymentAllocation& a : p.allocations)
        allocations.append(QJsonObject{{QStringLiteral("order_id"), a.orderId},
                                       {QStringLiteral("amount"), a.amount.toPlainString()}});
    return {{QStringLiteral("number"), p.number},
            {QStringLiteral("customer_id"), p.customerId},
            {QStringLiteral("paid_at"), utcText(p.paidAt).toString()},
            {QStringLiteral("amount"), p.amount.toPlainString()},
            {QStringLiteral("method"), PaymentRules::methodCode(p.method)},
            {QStringLiteral("account"), p.account},
            {QStringLiteral("handler"), p.handler},
            {QStringLiteral("reference"), p.reference},
            {QStringLiteral("note"), p.note},
            {QStringLiteral("reason"), p.reason},
            {QStringLiteral("deposit_of"), p.depositOf},
            {QStringLiteral("allocations"), allocations}};
}

QString listWhere(const PaymentFilter& f, QVariantList& values)
{
    QStringList where{QStringLiteral("1")};
    if (f.customerId > 0) {
        where.append(QStringLiteral("p.customer_id = ?"));
        values.append(f.customerId);
    }
    if (f.method) {
        where.append(QStringLiteral("p.method = ?"));
        values.append(PaymentRules::methodCode(*f.method));
    }
    if (f.from.isValid()) {
        where.append(QStringLiteral("p.paid_at >= ?"));
        values.append(utcText(f.from.startOfDay()));
    }
    if (f.to.isValid()) {
        where.append(QStringLiteral("p.paid_at < ?"));
        values.append(utcText(f.to.addDays(1).startOfDay()));
    }
    return where.join(QStringLiteral(" AND "));
}

const QString kRowColumns = QStringLiteral(
    "p.id, p.number, p.paid_at, p.customer_id, c.name, p.amount, p.method, p.account, p.handler, p.reference, p.note, "
    "p.reason, (SELECT group_concat(o.number, ', ') FROM payment_allocations a JOIN orders o ON o.id = a.order_id "
    "WHERE a.payment_id = p.id), p.unallocated, p.deposit_of IS NOT NULL");

QList<PaymentRow> readRows(Sql& q)
{
    QList<PaymentRow> rows;
    while (q.next()) {
        PaymentRow r;
        r.id = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.paidAt = parseUtc(q.value(2));
        r.customerId = q.value(3).toLongLong();
        r.customer = q.value(4).toString();
        r.amount = Money::fromFen(q.value(5).toLongLong());
        r.method = PaymentRules::methodFromText(q.value(6).toString()).value_or(PaymentMethod::Other);
        r.account = q.value(7).toString();
        r.handler = q.value(8).toString();
        r.reference = q.value(9).toString();
        r.note = q.value(10).toString();
        r.reason = q.value(11).toString();
        r.orders = q.value(12).toString();
        r.unallocated = Money::fromFen(q.value(13).toLongLong());
        r.deposit = q.value(14).toBool();
        rows.append(r);
    }
    return rows;
}

} // namespace

void PaymentRepository::throwConflict(qint64 id) const
{
    const auto [user, when] = lastChange(m_db, QStringLiteral("payments"), id);
    if (user.isNull())
        throw StoreError(StoreError::Kind::NotFound, tr("This payment was deleted by another desk."));
    throw StoreError(StoreError::Kind::Conflict,
                     tr("%1 changed this payment at %2, after you opened it. Nothing was saved: reload to see "
                        "their changes, then enter yours again.")
                         .arg(user, when));
}

void PaymentRepository::requireMoney() const
{
    m_db.access().require(Module::Payments, Action::View);
    m_db.access().require(Module::Payments, Action::Money);
}

QList<OpenOrder> PaymentRepository::openOrders(qint64 customerId) const
{
    requireMoney();
    Sql q(m_db, QStringLiteral("SELECT id, number, order_date, total, paid FROM orders "
                               "WHERE customer_id = ? AND status <> 4 AND paid < total ORDER BY order_date, id"));
    q.bind(customerId).exec();
    QList<OpenOrder> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), parseUtc(q.value(2)),
                       Money::fromFen(q.value(3).toLongLong()), Money::fromFen(q.value(4).toLongLong())});
    return result;
}

QList<PaymentAllocation> PaymentRepository::planAllocation(qint64 customerId, Money amount) const
{
    requireMoney();
    QList<PaymentAllocation> plan;
    Money left = amount;
    for (const OpenOrder& o : openOrders(customerId)) {
        if (left.fen() <= 0)
            break;
        const Money part = std::min(left, o.due());
        plan.append({o.id, o.number, part});
        left -= part;
    }
    return plan;
}

Money PaymentRepository::dueOn(qint64 orderId) const
{
    requireMoney();
    Sql q(m_db, QStringLiteral("SELECT CASE WHEN status = 4 THEN 0 ELSE total - paid END FROM orders WHERE id = ?"));
    return Money::fromFen(q.bind(orderId).scalar().toLongLong());
}

Money PaymentRepository::paidOn(qint64 orderId) const
{
    requireMoney();
    return Money::fromFen(
        Sql(m_db, QStringLiteral("SELECT paid FROM orders WHERE id = ?")).bind(orderId).scalar().toLongLong());
}

Money PaymentRepository::receivedBefore(qint64 customerId, const QDateTime& before) const
{
    requireMoney();
    return Money::fromFen(Sql(m_db, QStringLiteral("SELECT coalesce(sum(amount), 0) FROM payments WHERE customer_id = ? "
                                                   "AND paid_at < ?"))
                              .bind(customerId)
                              .bind(utcText(before))
                              .scalar()
                              .toLongLong());
}

CustomerBalance PaymentRepository::balance(qint64 customerId) const
{
    requireMoney();
    return balanceOf(customerId);
}

CustomerBalance PaymentRepository::balanceOf(qint64 customerId) const
{
    Sql q(m_db, QStringLiteral("SELECT coalesce(sum(billed), 0), coalesce(sum(received), 0) FROM summary_customer_month "
                               "WHERE customer_id = ?"));
    q.bind(customerId).exec();
    q.next();
    return {Money::fromFen(q.value(0).toLongLong()), Money::fromFen(q.value(1).toLongLong())};
}

void PaymentRepository::allocate(Payment& p, qint64 order, Overpayment overpayment) const
{
    // What this payment already holds on an order counts as available again when it is edited.
    auto heldBefore = [&](qint64 orderId) {
        if (p.meta.id <= 0)
            return Money();
        return Money::fromFen(Sql(m_db, QStringLiteral("SELECT coalesce(sum(amount), 0) FROM payment_allocations "
                                                       "WHERE payment_id = ? AND order_id = ?"))
                                  .bind(p.meta.id)
                                  .bind(orderId)
                                  .scalar()
                                  .toLongLong());
    };
    if (p.allocations.isEmpty() && !p.isRefund()) {
        if (order > 0) {
            const Money due = dueOn(order) + heldBefore(order);
            if (due.fen() > 0)
                p.allocations.append({order, {}, std::min(p.amount, due)});
        } else {
            Money left = p.amount;
            for (const OpenOrder& o : openOrders(p.customerId)) {
                if (left.fen() <= 0)
                    break;
                const Money part = std::min(left, o.due());
                p.allocations.append({o.id, o.number, part});
                left -= part;
            }
        }
    } else if (p.allocations.isEmpty() && order > 0) {
        // A refund on an order takes back at most what was paid on it.
        const Money paid = Money::fromFen(
            Sql(m_db, QStringLiteral("SELECT paid FROM orders WHERE id = ?")).bind(order).scalar().toLongLong());
        const Money back = std::min(-p.amount, paid + -heldBefore(order));
        if (back.fen() > 0)
            p.allocations.append({order, {}, -back});
    }

    QList<FieldIssue> issues;
    for (PaymentAllocation& a : p.allocations) {
        Sql q(m_db, QStringLiteral("SELECT number, customer_id, status, total, paid FROM orders WHERE id = ?"));
        q.bind(a.orderId).exec();
        if (!q.next()) {
            issues.append({QStringLiteral("allocations"), tr("There is no order with id %1.").arg(a.orderId)});
            continue;
        }
        a.orderNumber = q.value(0).toString();
        if (q.value(1).toLongLong() != p.customerId)
            issues.append({QStringLiteral("allocations"), tr("Order %1 is another customer's.").arg(a.orderNumber)});
        const bool cancelled = q.value(2).toInt() == static_cast<int>(OrderStatus::Cancelled);
        const Money total = Money::fromFen(q.value(3).toLongLong());
        const Money paid = Money::fromFen(q.value(4).toLongLong()) - heldBefore(a.orderId);
        // A deposit stays with its order even when the order is cancelled (until it is refunded).
        if (a.amount.fen() > 0 && cancelled && p.depositOf != a.orderId)
            issues.append({QStringLiteral("allocations"), tr("Order %1 is cancelled; nothing is due on it.").arg(a.orderNumber)});
        else if (a.amount.fen() > 0 && paid + a.amount > total)
            issues.append({QStringLiteral("allocations"), tr("Order %1 has %2 due, less than the %3 put on it.")
                                                              .arg(a.orderNumber, (total - paid).toString(), a.amount.toString())});
        else if (a.amount.fen() < 0 && paid + a.amount < Money())
            issues.append({QStringLiteral("allocations"), tr("Only %1 was paid on order %2; %3 cannot be refunded on it.")
                                                              .arg(paid.toString(), a.orderNumber, (-a.amount).toString())});
    }
    if (!issues.isEmpty())
        throw ValidationError(issues);
    if (!p.isRefund() && p.unallocated().fen() > 0 && overpayment == Overpayment::Refuse && p.depositOf == 0) {
        const Money due = order > 0 ? dueOn(order) + heldBefore(order) : p.allocated();
        throw ValidationError({{QStringLiteral("overpayment"),
                                tr("The payment (%1) is more than is due (%2). Keep the difference (%3) as credit on the "
                                   "customer's account, or correct the amount.")
                                    .arg(p.amount.toString(), due.toString(), p.unallocated().toString())}});
    }
}

void PaymentRepository::validate(Payment& p, qint64 order, Overpayment overpayment) const
{
    PaymentRules::normalise(p);
    const QDate localDay = p.paidAt.isValid() ? p.paidAt.toLocalTime().date() : QDate();
    QList<FieldIssue> issues = PaymentRules::check(p, localDay, QDate::currentDate());
    if (issues.isEmpty() &&
        !Sql(m_db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?")).bind(p.customerId).scalar().toInt())
        issues.append({QStringLiteral("customer"), tr("There is no customer with id %1.").arg(p.customerId)});
    if (issues.isEmpty() && p.isRefund()) {
        // A refund gives back money the customer paid: never more than they paid in all.
        const Money received = balanceOf(p.customerId).received;
        if (-p.amount > received + (p.meta.id > 0 ? -load(p.meta.id)->amount : Money()))
            issues.append({QStringLiteral("amount"), tr("The refund (%1) is more than this customer has paid (%2).")
                                                         .arg((-p.amount).toString(), received.toString())});
    }
    if (!issues.isEmpty())
        throw ValidationError(issues);
    allocate(p, order, overpayment);
    const QList<FieldIssue> after = PaymentRules::check(p, localDay, QDate::currentDate());
    if (!after.isEmpty())
        throw ValidationError(after);
}

void PaymentRepository::writeAllocations(const Payment& p)
{
    Sql(m_db, QStringLiteral("DELETE FROM payment_allocations WHERE payment_id = ?")).bind(p.meta.id).exec();
    for (const PaymentAllocation& a : p.allocations)
        if (!a.amount.isZero())
            Sql(m_db, QStringLiteral("INSERT INTO payment_allocations(payment_id, order_id, amount) VALUES (?, ?, ?) "
                                     "ON CONFLICT (payment_id, order_id) DO UPDATE SET amount = amount + excluded.amount"))
                .bind(p.meta.id).bind(a.orderId).bind(a.amount.fen()).exec();
    Sql(m_db, QStringLiteral("UPDATE payments SET unallocated = ? WHERE id = ?"))
        .bind(p.unallocated().fen())
        .bind(p.meta.id)
        .exec();
}

void PaymentRepository::refreshPaid(const QList<qint64>& orderIds)
{
    for (const qint64 id : orderIds)
        Sql(m_db, QStringLiteral("UPDATE orders SET paid = (SELECT coalesce(sum(amount), 0) FROM payment_allocations "
                                 "WHERE order_id = ?) WHERE id = ?"))
            .bind(id).bind(id).exec();
}

qint64 PaymentRepository::create(Payment& p, qint64 order, Overpayment overpayment)
{
    m_db.access().require(Module::Payments, Action::Create);
    m_db.access().require(Module::Payments, Action::Money);
    m_db.access().requireOwnCustomer(m_db, p.customerId);
    return insert(p, order, overpayment);
}

qint64 PaymentRepository::insert(Payment& p, qint64 order, Overpayment overpayment)
{
    m_db.write([&] {
        validate(p, order, overpayment);
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        if (p.number.isEmpty())
            p.number = DocumentNumbers::next(m_db, QStringLiteral("payment"), QStringLiteral("payments"),
                                             p.paidAt.toLocalTime().date());
        Sql insert(m_db, QStringLiteral("INSERT INTO payments(created_at, updated_at, created_by, updated_by, number, "
                                        "customer_id, paid_at, amount, method, account, handler, reference, note, "
                                        "reason, deposit_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(now).bind(now).bind(user).bind(user).bind(p.number).bind(p.customerId).bind(utcText(p.paidAt))
            .bind(p.amount.fen()).bind(PaymentRules::methodCode(p.method)).bind(p.account).bind(p.handler)
            .bind(p.reference).bind(p.note).bind(p.reason)
            .bind(p.depositOf > 0 ? QVariant(p.depositOf) : QVariant()).exec();
        stampInsert(p.meta, insert.lastInsertId(), now, user);
        writeAllocations(p);
        QList<qint64> orders;
        for (const PaymentAllocation& a : p.allocations)
            orders.append(a.orderId);
        refreshPaid(orders);
        RevenueSummary::applyPayment(m_db, p.customerId, p.paidAt, p.amount, +1);
        ChangeRecorder::record(m_db, kEntity, p.meta.id, QStringLiteral("insert"), {}, toJson(p));
    });
    return p.meta.id;
}

void PaymentRepository::createMany(QList<Payment>& payments)
{
    // Deposits come with their orders, under the orders' rights (as syncDeposit's do).
    if (std::any_of(payments.cbegin(), payments.cend(), [](const Payment& p) { return p.depositOf <= 0; })) {
        m_db.access().require(Module::Payments, Action::Create);
        m_db.access().require(Module::Payments, Action::Money);
    }
    const QDate today = QDate::currentDate();
    for (const Payment& p : payments) {
        m_db.access().requireOwnCustomer(m_db, p.customerId);
        QList<FieldIssue> issues = PaymentRules::check(p, p.paidAt.toLocalTime().date(), today);
        for (const PaymentAllocation& a : p.allocations)
            if ((a.amount.fen() < 0) != p.isRefund())
                issues.append({QStringLiteral("allocations"), tr("A refund can only take back, a payment only pay.")});
        if (!issues.isEmpty())
            throw ValidationError(issues);
    }
    m_db.write([&] {
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        // Numbers day by day, as many at a time as the day has payments without one.
        for (qsizetype i = 0; i < payments.size();) {
            const QDate day = payments.at(i).paidAt.toLocalTime().date();
            qsizetype end = i;
            QList<qsizetype> unnumbered;
            for (; end < payments.size() && payments.at(end).paidAt.toLocalTime().date() == day; ++end)
                if (payments.at(end).number.isEmpty())
                    unnumbered.append(end);
            const QStringList numbers = unnumbered.isEmpty() ? QStringList()
                                                             : DocumentNumbers::nextMany(m_db, QStringLiteral("payment"),
                                                                                         QStringLiteral("payments"), day,
                                                                                         unnumbered.size());
            for (qsizetype k = 0; k < unnumbered.size(); ++k)
                payments[unnumbered.at(k)].number = numbers.at(k);
            i = end;
        }
        BulkInsert insert(m_db, QStringLiteral("INSERT INTO payments(created_at, updated_at, created_by, updated_by, number, "
                                               "customer_id, paid_at, amount, method, account, handler, reference, note, "
                                               "reason, deposit_of, unallocated) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        BulkInsert allocation(m_db, QStringLiteral("INSERT INTO payment_allocations(payment_id, order_id, amount) "
                                                   "VALUES (?, ?, ?) ON CONFLICT (payment_id, order_id) "
                                                   "DO UPDATE SET amount = amount + excluded.amount"));
        BulkInsert paid(m_db, QStringLiteral("UPDATE orders SET paid = paid + ? WHERE id = ?"));
        RevenueSummary::Changes summaries(m_db);
        QList<qint64> ids;
        ids.reserve(payments.size());
        for (Payment& p : payments) {
            insert.bind(now).bind(now).bind(user).bind(user).bind(p.number).bind(p.customerId).bind(utcText(p.paidAt))
                .bind(p.amount.fen()).bind(PaymentRules::methodCode(p.method)).bind(p.account).bind(p.handler)
                .bind(p.reference).bind(p.note).bind(p.reason)
                .bind(p.depositOf > 0 ? QVariant(p.depositOf) : QVariant()).bind(p.unallocated().fen()).exec();
            stampInsert(p.meta, insert.lastInsertId(), now, user);
            for (const PaymentAllocation& a : p.allocations) {
                if (a.amount.isZero())
                    continue;
                allocation.bind(p.meta.id).bind(a.orderId).bind(a.amount.fen()).exec();
                paid.bind(a.amount.fen()).bind(a.orderId).exec();
            }
            summaries.payment(p.customerId, p.paidAt, p.amount, +1);
            ids.append(p.meta.id);
        }
        summaries.write();
        ChangeRecorder::recordCreatedMany(m_db, kEntity, ids);
    });
}

void PaymentRepository::update(Payment& p, Overpayment overpayment)
{
    m_db.access().require(Module::Payments, Action::Edit);
    m_db.access().require(Module::Payments, Action::Money);
    if (const std::optional<Payment> stored = load(p.meta.id))
        m_db.access().requireOwnCustomer(m_db, stored->customerId);
    save(p, overpayment);
}

void PaymentRepository::save(Payment& p, Overpayment overpayment)
{
    m_db.write([&] {
        const std::optional<Payment> before = load(p.meta.id);
        if (!before || before->meta.version != p.meta.version)
            throwConflict(p.meta.id);
        if (before->depositOf > 0 && p.depositOf == 0)
            throw StoreError(StoreError::Kind::Validation,
                             tr("This is the deposit of an order; change it on the order."));
        validate(p, 0, overpayment);
        const QString now = Database::nowUtc();
        Sql update(m_db, QStringLiteral("UPDATE payments SET version = version + 1, updated_at = ?, updated_by = ?, "
                                        "customer_id = ?, paid_at = ?, amount = ?, method = ?, account = ?, handler = ?, "
                                        "reference = ?, note = ?, reason = ? WHERE id = ? AND version = ?"));
        update.bind(now).bind(m_db.session().user).bind(p.customerId).bind(utcText(p.paidAt)).bind(p.amount.fen())
            .bind(PaymentRules::methodCode(p.method)).bind(p.account).bind(p.handler).bind(p.reference).bind(p.note)
            .bind(p.reason).bind(p.meta.id).bind(p.meta.version).exec();
        if (update.rowsAffected() == 0)
            throwConflict(p.meta.id);
        stampUpdate(p.meta, now, m_db.session().user);
        writeAllocations(p);
        QList<qint64> orders;
        for (const PaymentAllocation& a : before->allocations + p.allocations)
            if (!orders.contains(a.orderId))
                orders.append(a.orderId);
        refreshPaid(orders);
        RevenueSummary::applyPayment(m_db, before->customerId, before->paidAt, before->amount, -1);
        RevenueSummary::applyPayment(m_db, p.customerId, p.paidAt, p.amount, +1);
        ChangeRecorder::record(m_db, kEntity, p.meta.id, QStringLiteral("update"), toJson(*before), toJson(p));
    });
}

void PaymentRepository::remove(qint64 id, int expectedVersion)
{
    m_db.access().require(Module::Payments, Action::Delete);
    m_db.write([&] {
        const std::optional<Payment> before = find(id);
        if (!before || before->meta.version != expectedVersion)
            throwConflict(id);
        if (before->depositOf > 0)
            throw StoreError(StoreError::Kind::Validation,
                             tr("This is the deposit of an order; change it on the order."));
        Sql(m_db, QStringLiteral("DELETE FROM payment_allocations WHERE payment_id = ?")).bind(id).exec();
        Sql(m_db, QStringLiteral("DELETE FROM payments WHERE id = ?")).bind(id).exec();
        QList<qint64> orders;
        for (const PaymentAllocation& a : before->allocations)
            orders.append(a.orderId);
        refreshPaid(orders);
        RevenueSummary::applyPayment(m_db, before->customerId, before->paidAt, before->amount, -1);
        ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("delete"), toJson(*before), {});
    });
}

void PaymentRepository::syncDeposit(const Order& o)
{
    Sql q(m_db, QStringLiteral("SELECT id FROM payments WHERE deposit_of = ?"));
    q.bind(o.meta.id).exec();
    const qint64 existing = q.next() ? q.value(0).toLongLong() : 0;
    if (o.deposit.isZero()) {
        if (existing > 0) {
            const Payment before = *load(existing);
            Sql(m_db, QStringLiteral("DELETE FROM payment_allocations WHERE payment_id = ?")).bind(existing).exec();
            Sql(m_db, QStringLiteral("DELETE FROM payments WHERE id = ?")).bind(existing).exec();
            RevenueSummary::applyPayment(m_db, before.customerId, before.paidAt, before.amount, -1);
            ChangeRecorder::record(m_db, kEntity, existing, QStringLiteral("delete"), toJson(before), {});
            refreshPaid({o.meta.id});
        }
        return;
    }
    Payment p = existing > 0 ? *load(existing) : Payment();
    if (existing > 0 && p.amount == o.deposit && p.paidAt == o.orderDate && p.customerId == o.customerId)
        return;
    p.customerId = o.customerId;
    p.paidAt = o.orderDate;
    p.amount = o.deposit;
    p.depositOf = o.meta.id;
    p.number = existing > 0 ? p.number : QStringLiteral("DJ-") + o.number;
    p.allocations = {{o.meta.id, o.number, o.deposit}};
    if (existing > 0)
        save(p, Overpayment::KeepAsCredit);
    else
        insert(p, o.meta.id, Overpayment::KeepAsCredit);
}

std::optional<Payment> PaymentRepository::find(qint64 id) const
{
    requireMoney();
    std::optional<Payment> p = load(id);
    if (p)
        m_db.access().requireOwnCustomer(m_db, p->customerId);
    return p;
}

std::optional<Payment> PaymentRepository::load(qint64 id) const
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM payments p JOIN customers c ON c.id = p.customer_id WHERE p.id = ?")
                    .arg(kColumns));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    Payment p;
    int col = 0;
    p.meta = readMeta(q, col);
    p.number = q.value(col++).toString();
    p.customerId = q.value(col++).toLongLong();
    p.customerName = q.value(col++).toString();
    p.paidAt = parseUtc(q.value(col++));
    p.amount = Money::fromFen(q.value(col++).toLongLong());
    p.method = PaymentRules::methodFromText(q.value(col++).toString()).value_or(PaymentMethod::Other);
    p.account = q.value(col++).toString();
    p.handler = q.value(col++).toString();
    p.reference = q.value(col++).toString();
    p.note = q.value(col++).toString();
    p.reason = q.value(col++).toString();
    p.depositOf = q.value(col++).toLongLong();
    Sql a(m_db, QStringLiteral("SELECT a.order_id, o.number, a.amount FROM payment_allocations a JOIN orders o "
                               "ON o.id = a.order_id WHERE a.payment_id = ? ORDER BY o.order_date, o.id"));
    a.bind(id).exec();
    while (a.next())
        p.allocations.append({a.value(0).toLongLong(), a.value(1).toString(), Money::fromFen(a.value(2).toLongLong())});
    return p;
}

Payment PaymentRepository::get(qint64 id) const
{
    std::optional<Payment> p = find(id);
    if (!p)
        throw StoreError(StoreError::Kind::NotFound, tr("There is no payment with id %1.").arg(id));
    return *p;
}

QList<AgingRow> PaymentRepository::receivables(const QDate& today) const
{
    requireMoney();
    // As the books stood at the end of `today`: orders taken after it are left out, and what
    // payments after it paid is owed again. The orders owing then are those owing now (the
    // covering partial index orders_unpaid) and those that later payments paid; on the current
    // day the second set is empty.
    const QVariant end = utcText(today.addDays(1).startOfDay());
    Sql q(m_db,
          QStringLiteral(
              "WITH later AS (SELECT a.order_id, sum(a.amount) AS amount FROM payments p INDEXED BY "
              "payments_by_date JOIN payment_allocations a ON a.payment_id = p.id WHERE p.paid_at >= ? "
              "GROUP BY a.order_id), "
              "owing AS (SELECT o.id, o.customer_id, o.order_date, o.total, o.paid FROM orders o INDEXED BY "
              "orders_unpaid WHERE o.status <> 4 AND o.paid < o.total AND o.order_date < ? UNION "
              "SELECT o.id, o.customer_id, o.order_date, o.total, o.paid FROM later l CROSS JOIN orders o "
              "ON o.id = l.order_id WHERE o.status <> 4 AND o.order_date < ?) "
              "SELECT w.customer_id, c.name, c.payment_terms, c.payment_days, w.order_date, "
              "w.total - w.paid + coalesce(l.amount, 0) FROM owing w LEFT JOIN later l ON l.order_id = w.id "
              "CROSS JOIN customers c ON c.id = w.customer_id WHERE w.total - w.paid + coalesce(l.amount, 0) "
              "> 0%1")
              .arg(m_db.access().ownerEquals(QStringLiteral("c.owner"))));
    q.bind(end).bind(end).bind(end).exec();
    QHash<qint64, AgingRow> rows;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        AgingRow& row = rows[id];
        const PaymentTerms terms = CustomerRules::termsFromCode(q.value(2).toString());
        if (row.customerId == 0) {
            row.customerId = id;
            row.customer = q.value(1).toString();
            row.terms = CustomerRules::termsName(terms);
        }
        const QDate ordered = parseUtc(q.value(4)).toLocalTime().date();
        QDate due = ordered;
        if (terms == PaymentTerms::MonthlyAccount)
            due = QDate(ordered.year(), ordered.month(), ordered.daysInMonth()).addDays(q.value(3).toInt());
        const Money amount = Money::fromFen(q.value(5).toLongLong());
        const qint64 late = due.daysTo(today);
        if (late < 0)
            row.notDue += amount;
        else if (late <= 30)
            row.days0to30 += amount;
        else if (late <= 60)
            row.days31to60 += amount;
        else if (late <= 90)
            row.days61to90 += amount;
        else
            row.over90 += amount;
        if (late >= 0 && (!row.oldestDue.isValid() || due < row.oldestDue)) {
            row.oldestDue = due;
            row.daysPastDue = int(late);
        }
    }
    // Credit: what customers paid and no order took (payments_credit indexes exactly those).
    Sql credit(m_db,
               QStringLiteral("SELECT customer_id, sum(unallocated) FROM payments INDEXED BY payments_credit "
                              "WHERE unallocated <> 0 AND paid_at < ? GROUP BY customer_id"));
    credit.bind(end).exec();
    while (credit.next()) {
        const auto it = rows.find(credit.value(0).toLongLong());
        if (it != rows.end())
            it->credit = std::max(Money(), Money::fromFen(credit.value(1).toLongLong()));
    }
    QList<AgingRow> result;
    for (const AgingRow& row : std::as_const(rows))
        if (row.total().fen() > 0)
            result.append(row);
    std::sort(result.begin(), result.end(), [](const AgingRow& a, const AgingRow& b) {
        return a.total() != b.total() ? a.total() > b.total() : a.customerId < b.customerId;
    });
    return result;
}

qint64 PaymentRepository::count(const PaymentFilter& filter, qint64 atMost) const
{
    requireMoney();
    QVariantList values;
    const QString where = listWhere(filter, values) + m_db.access().ownerClause(QStringLiteral("p.customer_id"));
    if (atMost >= 0) {
        // A count that stops early: whether a list is long, without walking all of it.
        Sql q(m_db,
              QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM payments p WHERE %1 LIMIT ?)").arg(where));
        return q.bindAll(values).bind(atMost).scalar().toLongLong();
    }
    Sql q(m_db, QStringLiteral("SELECT count(*) FROM payments p WHERE %1").arg(where));
    return q.bindAll(values).scalar().toLongLong();
}

QList<PaymentRow> PaymentRepository::page(const PaymentFilter& filter, qint64 offset, int limit) const
{
    requireMoney();
    QVariantList values;
    const QString where = listWhere(filter, values) + m_db.access().ownerClause(QStringLiteral("p.customer_id"));
    Sql q(m_db, QStringLiteral("SELECT %1 FROM payments p JOIN customers c ON c.id = p.customer_id WHERE %2 "
                               "ORDER BY p.paid_at DESC, p.id DESC LIMIT ? OFFSET ?")
                    .arg(kRowColumns, where));
    q.bindAll(values).bind(limit).bind(offset).exec();
    return readRows(q);
}

QList<PaymentRow> PaymentRepository::pageAfter(const PaymentFilter& filter, const PaymentRow& last, int limit) const
{
    requireMoney();
    QVariantList values;
    const QString where = listWhere(filter, values) + m_db.access().ownerClause(QStringLiteral("p.customer_id"));
    Sql q(m_db, QStringLiteral("SELECT %1 FROM payments p JOIN customers c ON c.id = p.customer_id WHERE %2 "
                               "AND (p.paid_at, p.id) < (?, ?) ORDER BY p.paid_at DESC, p.id DESC LIMIT ?")
                    .arg(kRowColumns, where));
    q.bindAll(values).bind(utcText(last.paidAt)).bind(last.id).bind(limit).exec();
    return readRows(q);
}

} // namespace shopcrm
