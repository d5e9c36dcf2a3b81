#include "DeliveryRepository.h"

#include "AuditLog.h"
#include "ChangeRecorder.h"
#include "CustomerRepository.h"
#include "OrderRepository.h"
#include "RowSupport.h"
#include "ShopSettings.h"
#include "domain/OrderJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace shopcrm {

namespace {

QJsonObject toJson(const DeliverySlip& s)
{
    QJsonArray lines;
    for (const DeliveryLine& l : s.lines)
        lines.append(QJsonObject{{QStringLiteral("order"), l.orderNumber},
                                 {QStringLiteral("order_line_id"), l.orderLineId},
                                 {QStringLiteral("product"), l.product},
                                 {QStringLiteral("quantity"), l.quantity.toString()},
                                 {QStringLiteral("amount"), l.amount.toPlainString()}});
    return {{QStringLiteral("number"), s.number},
            {QStringLiteral("customer_id"), s.customerId},
            {QStringLiteral("delivered_at"), OrderJson::time(s.deliveredAt)},
            {QStringLiteral("total"), s.total().toPlainString()},
            {QStringLiteral("notes"), s.notes},
            {QStringLiteral("lines"), lines}};
}

// The part of a line's amount that `quantity` of it is worth: the price worked out for that
// quantity (area and rounding as on the order), less the same share of the line's discount.
Money partialAmount(const OrderLine& line, Quantity quantity)
{
    OrderLine part = line;
    part.quantity = quantity;
    part.discount = Money();
    const LinePrice p = OrderRules::price(part);
    const Money discount = Money::fromFen(roundedDivide(static_cast<__int128>(line.discount.fen()) * quantity.milli(),
                                                        line.quantity.milli()));
    return p.gross - discount;
}

const QString kSlipColumns = metaColumns() + QStringLiteral(
    ", number, customer_id, (SELECT name FROM customers c WHERE c.id = delivery_slips.customer_id), contact_name, "
    "phone, delivery_address, delivered_at, notes");

} // namespace

QList<Deliverable> DeliveryRepository::deliverables(const QList<qint64>& orderIds) const
{
    m_db.access().require(Module::Orders, Action::View);
    QList<Deliverable> result;
    Sql q(m_db, QStringLiteral("SELECT l.order_id, o.number, l.id, l.position, l.quantity, "
                               "coalesce((SELECT sum(d.quantity) FROM delivery_lines d WHERE d.order_line_id = l.id), 0) "
                               "FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.order_id = ? "
                               "ORDER BY l.position"));
    for (const qint64 id : orderIds) {
        q.bind(id).exec();
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt(),
                           Quantity::fromMilli(q.value(4).toLongLong()), Quantity::fromMilli(q.value(5).toLongLong())});
    }
    return result;
}

DeliverySlip DeliveryRepository::create(const QList<qint64>& orderIds, const QHash<qint64, Quantity>& quantities,
                                        const QString& notes, const QDateTime& at)
{
    // A delivery slip carries the prices of what it delivers.
    m_db.access().require(Module::Orders, Action::Edit);
    m_db.access().require(Module::Orders, Action::Money);
    if (orderIds.isEmpty())
        throw ValidationError({{QStringLiteral("orders"), tr("Choose at least one order to deliver.")}});
    DeliverySlip slip;
    m_db.write([&] {
        OrderRepository orders(m_db);
        QList<Order> list;
        for (const qint64 id : orderIds) {
            if (std::any_of(list.cbegin(), list.cend(), [id](const Order& o) { return o.meta.id == id; }))
                continue;
            list.append(orders.get(id));
        }
        QList<FieldIssue> issues;
        for (const Order& o : list) {
            if (o.customerId != list.constFirst().customerId)
                issues.append({QStringLiteral("orders"),
                               tr("Orders %1 and %2 are for different customers; a delivery slip is for one customer.")
                                   .arg(list.constFirst().number, o.number)});
            if (o.status == OrderStatus::Cancelled)
                issues.append({QStringLiteral("orders"), tr("Order %1 is cancelled and cannot be delivered.").arg(o.number)});
        }
        if (!issues.isEmpty())
            throw ValidationError(issues);

        QHash<qint64, Deliverable> state;
        for (const Deliverable& d : deliverables(orderIds))
            state.insert(d.orderLineId, d);
        QSet<qint64> known;
        Sql deliveredAmount(m_db, QStringLiteral("SELECT coalesce(sum(amount), 0) FROM delivery_lines WHERE order_line_id = ?"));
        for (const Order& o : list) {
            for (qsizetype i = 0; i < o.lines.size(); ++i) {
                const OrderLine& line = o.lines.at(i);
                known.insert(line.id);
                const Deliverable d = state.value(line.id);
                const Quantity remaining = d.remaining();
                const bool chosen = quantities.contains(line.id);
                const Quantity now = chosen ? quantities.value(line.id) : quantities.isEmpty() ? remaining : Quantity();
                if (chosen && (now.milli() < 0 || now > remaining)) {
                    issues.append({QStringLiteral("quantity"),
                                   tr("Order %1, line %2 (%3): %4 to deliver, but %5 remain.")
                                       .arg(o.number)
                                       .arg(i + 1)
                                       .arg(line.product.isEmpty() ? line.description : line.product, now.toString(),
                                            remaining.toString())});
                    continue;
                }
                if (now.milli() <= 0)
                    continue;
                DeliveryLine dl;
                dl.orderId = o.meta.id;
                dl.orderNumber = o.number;
                dl.orderLineId = line.id;
                dl.product = line.product;
                dl.description = line.description;
                dl.material = line.material;
                dl.widthMm = line.widthMm;
                dl.heightMm = line.heightMm;
                dl.unit = line.unit;
                dl.unitPrice = line.unitPrice;
                dl.quantity = now;
                if (now == remaining) {
                    // The last of a line takes what is left of its amount, so the slips add up to the order.
                    dl.amount = line.amount - Money::fromFen(deliveredAmount.bind(line.id).scalar().toLongLong());
                } else {
                    dl.amount = partialAmount(line, now);
                }
                slip.lines.append(dl);
            }
        }
        for (auto it = quantities.cbegin(); it != quantities.cend(); ++it)
            if (!known.contains(it.key()))
                issues.append({QStringLiteral("quantity"), tr("Line %1 is not on these orders.").arg(it.key())});
        if (!issues.isEmpty())
            throw ValidationError(issues);
        if (slip.lines.isEmpty())
            throw ValidationError({{QStringLiteral("quantity"), tr("Nothing is left to deliver on these orders.")}});

        // Where and to whom: as on the first order, or the customer's own when the order has none.
        Order first = list.constFirst();
        OrderRules::applyCustomerDefaults(first, CustomerRepository(m_db).get(first.customerId));
        slip.customerId = first.customerId;
        slip.customerName = first.customerName;
        slip.contactName = first.contactName;
        slip.phone = first.phone;
        slip.deliveryAddress = first.deliveryAddress;
        slip.deliveredAt = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
        slip.notes = notes.trimmed();
        slip.number = DocumentNumbers::next(m_db, QStringLiteral("delivery"), QStringLiteral("delivery_slips"),
                                            slip.deliveredAt.toLocalTime().date());
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        Sql insert(m_db, QStringLiteral("INSERT INTO delivery_slips(created_at, updated_at, created_by, updated_by, number, "
                                        "customer_id, contact_name, phone, delivery_address, delivered_at, notes, total) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(now).bind(now).bind(user).bind(user).bind(slip.number).bind(slip.customerId).bind(slip.contactName)
            .bind(slip.phone).bind(slip.deliveryAddress).bind(utcText(slip.deliveredAt)).bind(slip.notes)
            .bind(slip.total().fen()).exec();
        stampInsert(slip.meta, insert.lastInsertId(), now, user);
        Sql line(m_db, QStringLiteral("INSERT INTO delivery_lines(slip_id, position, order_id, order_line_id, quantity, "
                                      "amount) VALUES (?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < slip.lines.size(); ++i) {
            DeliveryLine& l = slip.lines[i];
            line.bind(slip.meta.id).bind(i).bind(l.orderId).bind(l.orderLineId).bind(l.quantity.milli())
                .bind(l.amount.fen()).exec();
            l.id = line.lastInsertId();
        }
        ChangeRecorder::record(m_db, QStringLiteral("delivery_slip"), slip.meta.id, QStringLiteral("insert"), {},
                               toJson(slip));
        // Orders whose last quantities went out on this slip are delivered now.
        for (const Order& o : list) {
            bool complete = true;
            for (const Deliverable& d : deliverables({o.meta.id}))
                complete = complete && d.remaining().milli() <= 0;
            if (complete && o.status != OrderStatus::Delivered)
                orders.setStatus(o.meta.id, -1, OrderStatus::Delivered, tr("Delivery slip %1").arg(slip.number));
        }
    });
    return slip;
}

std::optional<DeliverySlip> DeliveryRepository::find(qint64 id) const
{
    // Slips carry prices and a total: only for the roles that see the orders' money.
    m_db.access().require(Module::Orders, Action::View);
    m_db.access().require(Module::Orders, Action::Money);
    Sql q(m_db, QStringLiteral("SELECT %1 FROM delivery_slips WHERE id = ?").arg(kSlipColumns));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    DeliverySlip s;
    int col = 0;
    auto next = [&] { return q.value(col++); };
    s.meta = readMeta(q, col);
    s.number = next().toString();
    s.customerId = next().toLongLong();
    s.customerName = next().toString();
    s.contactName = next().toString();
    s.phone = next().toString();
    s.deliveryAddress = next().toString();
    s.deliveredAt = parseUtc(next());
    s.notes = next().toString();
    Sql lines(m_db, QStringLiteral("SELECT d.id, d.order_id, o.number, d.order_line_id, l.product, l.description, "
                                   "l.material, l.width_mm, l.height_mm, l.unit, l.unit_price, d.quantity, d.amount "
                                   "FROM delivery_lines d JOIN orders o ON o.id = d.order_id "
                                   "JOIN order_lines l ON l.id = d.order_line_id WHERE d.slip_id = ? ORDER BY d.position"));
    lines.bind(id).exec();
    while (lines.next()) {
        DeliveryLine l;
        int i = 0;
        auto v = [&] { return lines.value(i++); };
        l.id = v().toLongLong();
        l.orderId = v().toLongLong();
        l.orderNumber = v().toString();
        l.orderLineId = v().toLongLong();
        l.product = v().toString();
        l.description = v().toString();
        l.material = v().toString();
        l.widthMm = v().toInt();
        l.heightMm = v().toInt();
        l.unit = v().toString();
        l.unitPrice = Money::fromFen(v().toLongLong());
        l.quantity = Quantity::fromMilli(v().toLongLong());
        l.amount = Money::fromFen(v().toLongLong());
        s.lines.append(l);
    }
    return s;
}

std::optional<DeliverySlip> DeliveryRepository::findByNumber(const QString& number) const
{
    const qint64 id = Sql(m_db, QStringLiteral("SELECT id FROM delivery_slips WHERE number = ?"))
                          .bind(number.trimmed())
                          .scalar()
                          .toLongLong();
    return id > 0 ? find(id) : std::nullopt;
}

QList<DeliverySlip> DeliveryRepository::forOrder(qint64 orderId) const
{
    QList<DeliverySlip> result;
    Sql q(m_db, QStringLiteral("SELECT DISTINCT s.id, s.delivered_at FROM delivery_slips s JOIN delivery_lines d "
                               "ON d.slip_id = s.id WHERE d.order_id = ? ORDER BY s.delivered_at, s.id"));
    q.bind(orderId).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (const qint64 id : ids)
        if (std::optional<DeliverySlip> s = find(id))
            result.append(*s);
    return result;
}

QList<DeliverySlip> DeliveryRepository::forCustomer(qint64 customerId, const QDateTime& from, const QDateTime& to) const
{
    Sql q(m_db, QStringLiteral("SELECT id FROM delivery_slips WHERE customer_id = ? AND delivered_at >= ? AND delivered_at < ? "
                               "ORDER BY delivered_at, id"));
    q.bind(customerId).bind(utcText(from)).bind(utcText(to)).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<DeliverySlip> result;
    for (const qint64 id : ids)
        if (std::optional<DeliverySlip> s = find(id))
            result.append(*s);
    return result;
}

Money DeliveryRepository::deliveredBefore(qint64 customerId, const QDateTime& before) const
{
    m_db.access().require(Module::Orders, Action::Money);
    return Money::fromFen(Sql(m_db, QStringLiteral("SELECT coalesce(sum(total), 0) FROM delivery_slips WHERE customer_id = ? "
                                                   "AND delivered_at < ?"))
                              .bind(customerId)
                              .bind(utcText(before))
                              .scalar()
                              .toLongLong());
}

QList<DeliveryRepository::Unslipped> DeliveryRepository::deliveredWithoutSlips(qint64 customerId,
                                                                               const QDateTime& before) const
{
    m_db.access().require(Module::Orders, Action::Money);
    Sql q(m_db, QStringLiteral("SELECT o.number, o.status_at, o.total - coalesce((SELECT sum(d.amount) FROM "
                               "delivery_lines d WHERE d.order_id = o.id), 0) FROM orders o "
                               "WHERE o.customer_id = ? AND o.status = 3 AND o.status_at < ?"));
    q.bind(customerId).bind(utcText(before)).exec();
    QList<Unslipped> result;
    while (q.next())
        if (const Money rest = Money::fromFen(q.value(2).toLongLong()); !rest.isZero())
            result.append({q.value(0).toString(), parseUtc(q.value(1)), rest});
    return result;
}

int PrintLog::printsSoFar(Database& db, const QString& document, qint64 refId)
{
    return Sql(db, QStringLiteral("SELECT coalesce(max(copy), 0) FROM document_prints WHERE document = ? AND ref_id = ?"))
        .bind(document)
        .bind(refId)
        .scalar()
        .toInt();
}

int PrintLog::record(Database& db, const QString& document, qint64 refId, const QList<qint64>& orderIds,
                     const QString& form)
{
    int copy = 0;
    db.write([&] {
        copy = printsSoFar(db, document, refId) + 1;
        const QString now = Database::nowUtc();
        Sql insert(db, QStringLiteral("INSERT INTO document_prints(document, ref_id, order_id, copy, form, at, who, desk) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        const QList<qint64> orders = orderIds.isEmpty() ? QList<qint64>{0} : orderIds;
        for (const qint64 orderId : orders)
            insert.bind(document).bind(refId).bind(orderId > 0 ? QVariant(orderId) : QVariant()).bind(copy).bind(form)
                .bind(now).bind(db.session().user).bind(db.session().desk).exec();
        ChangeRecorder::recordChange(db, QStringLiteral("print"), refId, document);
        AuditLog::append(db, document, refId, QStringLiteral("print"), QString(),
                         AuditLog::compact({{QStringLiteral("copy"), copy}, {QStringLiteral("form"), form}}));
    });
    return copy;
}

QList<PrintLog::Entry> PrintLog::forOrder(Database& db, qint64 orderId)
{
    QList<Entry> result;
    Sql q(db, QStringLiteral("SELECT at, document, ref_id, copy, form, who FROM document_prints WHERE order_id = ? "
                             "ORDER BY at, id"));
    q.bind(orderId).exec();
    while (q.next())
        result.append({parseUtc(q.value(0)), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt(),
                       q.value(4).toString(), q.value(5).toString()});
    return result;
}

} // namespace shopcrm
