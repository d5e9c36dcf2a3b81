#include "PriceListRepository.h"

#include "CatalogRepository.h"
#include "ChangeRecorder.h"
#include "Database.h"
#include "OrderRepository.h"
#include "RowSupport.h"
#include "StoreError.h"

#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace shopcrm {

namespace {

const QString kEntity = QStringLiteral("negotiated_price");

const QString kColumns =
    QStringLiteral("p.id, p.version, p.created_at, p.updated_at, p.created_by, p.updated_by, p.customer_id, "
                   "(SELECT name FROM customers WHERE id = p.customer_id), p.grade, p.product_id, p.product, "
                   "p.unit, p.unit_price, "
                   "p.valid_from, p.valid_to, p.notes");

QDate day(const QVariant& text)
{
    return QDate::fromString(text.toString(), Qt::ISODate);
}

QList<NegotiatedPrice> readPrices(Sql& q)
{
    QList<NegotiatedPrice> result;
    while (q.next()) {
        NegotiatedPrice p;
        int col = 0;
        p.meta = readMeta(q, col);
        p.customerId = q.value(col++).toLongLong();
        p.customerName = q.value(col++).toString();
        p.grade = q.value(col++).toString();
        p.productId = q.value(col++).toLongLong();
        p.product = q.value(col++).toString();
        p.unit = q.value(col++).toString();
        p.unitPrice = Money::fromFen(q.value(col++).toLongLong());
        p.validFrom = day(q.value(col++));
        p.validTo = day(q.value(col++));
        p.notes = q.value(col++).toString();
        result.append(p);
    }
    return result;
}

// The columns customer_id … notes, in that order, as the insert and the update list them.
Sql& bindFields(Sql& q, const NegotiatedPrice& p, const QString& key)
{
    return q.bind(p.customerId > 0 ? QVariant(p.customerId) : QVariant())
        .bind(p.grade)
        .bind(p.productId > 0 ? QVariant(p.productId) : QVariant())
        .bind(p.product)
        .bind(key)
        .bind(p.unit)
        .bind(p.unitPrice.fen())
        .bind(storedDay(p.validFrom))
        .bind(storedDay(p.validTo))
        .bind(p.notes);
}

QJsonObject toJson(const NegotiatedPrice& p)
{
    QJsonObject o{{QStringLiteral("product"), p.product},
                  {QStringLiteral("unit"), p.unit},
                  {QStringLiteral("unit_price"), p.unitPrice.toPlainString()},
                  {QStringLiteral("valid_from"), storedDay(p.validFrom)},
                  {QStringLiteral("valid_to"), storedDay(p.validTo)},
                  {QStringLiteral("notes"), p.notes}};
    if (p.customerId > 0)
        o.insert(QStringLiteral("customer_id"), p.customerId);
    else
        o.insert(QStringLiteral("grade"), p.grade);
    return o;
}

QString localDay(const QDate& d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

} // namespace

void PriceListRepository::requireChange() const
{
    m_db.access().require(Module::Sales, Action::Edit);
    m_db.access().require(Module::Sales, Action::Money);
}

void PriceListRepository::throwConflict(qint64 id) const
{
    const auto [user, when] = lastChange(m_db, QStringLiteral("negotiated_prices"), id);
    if (user.isNull())
        throw StoreError(StoreError::Kind::NotFound, tr("This price was deleted by another desk."));
    throw StoreError(
        StoreError::Kind::Conflict,
        tr("%1 changed this price at %2, after you opened it. Nothing was saved.").arg(user, when));
}

void PriceListRepository::save(NegotiatedPrice& p)
{
    requireChange();
    if (p.customerId > 0) m_db.access().requireOwnCustomer(m_db, p.customerId);
    p.product = p.product.trimmed();
    p.grade = p.customerId > 0 ? QString() : p.grade.trimmed();
    p.unit = p.unit.trimmed();
    p.notes = p.notes.trimmed();
    QList<FieldIssue> issues = PriceRules::check(p);
    if (!issues.isEmpty()) throw ValidationError(issues);
    m_db.write([&] {
        if (p.productId <= 0)
            if (const std::optional<Product> product = CatalogRepository(m_db).productNamed(p.product)) {
                p.productId = product->meta.id;
                p.product = product->name;
                if (p.unit.isEmpty()) p.unit = product->unit;
            }
        const QString key = CustomerRules::nameKey(p.product);
        Sql clash(m_db, QStringLiteral(
                            "SELECT id FROM negotiated_prices WHERE ifnull(customer_id, 0) = ? AND grade = ? "
                            "AND product_key = ? AND valid_from = ? AND id <> ?"));
        clash.bind(p.customerId).bind(p.grade).bind(key).bind(storedDay(p.validFrom)).bind(p.meta.id).exec();
        if (clash.next())
            throw ValidationError(
                {{QStringLiteral("product"),
                  p.validFrom.isValid()
                      ? tr("%1 has an agreed price from %2 already; change that one.")
                            .arg(p.product, localDay(p.validFrom))
                      : tr("%1 has an agreed price already; change that one.").arg(p.product)}});
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        if (p.meta.id == 0) {
            Sql insert(m_db,
                       QStringLiteral(
                           "INSERT INTO negotiated_prices(created_at, updated_at, created_by, updated_by, "
                           "customer_id, grade, product_id, product, product_key, unit, unit_price, "
                           "valid_from, valid_to, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            insert.bind(now).bind(now).bind(user).bind(user);
            bindFields(insert, p, key).exec();
            stampInsert(p.meta, insert.lastInsertId(), now, user);
            ChangeRecorder::record(m_db, kEntity, p.meta.id, QStringLiteral("insert"), {}, toJson(p));
            return;
        }
        const std::optional<NegotiatedPrice> before = find(p.meta.id);
        if (!before || before->meta.version != p.meta.version) throwConflict(p.meta.id);
        Sql update(
            m_db,
            QStringLiteral(
                "UPDATE negotiated_prices SET version = version + 1, updated_at = ?, updated_by = ?, "
                "customer_id = ?, grade = ?, product_id = ?, product = ?, product_key = ?, unit = ?, "
                "unit_price = ?, valid_from = ?, valid_to = ?, notes = ? WHERE id = ? AND version = ?"));
        update.bind(now).bind(user);
        bindFields(update, p, key).bind(p.meta.id).bind(p.meta.version).exec();
        if (update.rowsAffected() == 0) throwConflict(p.meta.id);
        stampUpdate(p.meta, now, user);
        ChangeRecorder::record(m_db, kEntity, p.meta.id, QStringLiteral("update"), toJson(*before),
                               toJson(p));
    });
}

void PriceListRepository::remove(qint64 id, int expectedVersion)
{
    requireChange();
    m_db.write([&] {
        const std::optional<NegotiatedPrice> before = find(id);
        if (!before || before->meta.version != expectedVersion) throwConflict(id);
        Sql(m_db, QStringLiteral("DELETE FROM negotiated_prices WHERE id = ?")).bind(id).exec();
        ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("delete"), toJson(*before), {});
    });
}

std::optional<NegotiatedPrice> PriceListRepository::find(qint64 id) const
{
    m_db.access().require(Module::Sales, Action::View);
    Sql q(m_db, QStringLiteral("SELECT %1 FROM negotiated_prices p WHERE p.id = ?").arg(kColumns));
    q.bind(id).exec();
    const QList<NegotiatedPrice> found = readPrices(q);
    return found.isEmpty() ? std::nullopt : std::optional<NegotiatedPrice>(found.first());
}

QList<NegotiatedPrice> PriceListRepository::list(const PriceListFilter& filter) const
{
    m_db.access().require(Module::Sales, Action::View);
    QString where;
    QVariantList values;
    if (filter.customerId > 0) {
        m_db.access().requireOwnCustomer(m_db, filter.customerId);
        where = QStringLiteral("p.customer_id = ?");
        values.append(filter.customerId);
    } else {
        where = QStringLiteral("p.customer_id IS NULL AND p.grade = ?");
        values.append(filter.grade.trimmed());
    }
    if (filter.on.isValid()) {
        where += QStringLiteral(
            " AND (p.valid_from = '' OR p.valid_from <= ?) AND (p.valid_to = '' OR p.valid_to >= ?)");
        values << storedDay(filter.on) << storedDay(filter.on);
    }
    Sql q(m_db,
          QStringLiteral("SELECT %1 FROM negotiated_prices p WHERE %2 ORDER BY p.product_key, p.valid_from")
              .arg(kColumns, where));
    q.bindAll(values).exec();
    QList<NegotiatedPrice> result = readPrices(q);
    if (!m_db.access().seesMoney(Module::Sales))
        for (NegotiatedPrice& p : result)
            p.unitPrice = Money();
    return result;
}

std::optional<NegotiatedPrice> PriceListRepository::negotiated(qint64 customerId, const QString& product,
                                                               const QDate& day) const
{
    const QString key = CustomerRules::nameKey(product);
    if (customerId <= 0 || key.isEmpty()) return std::nullopt;
    // The customer's own first (customer_id IS NULL sorts after), then the latest start.
    Sql q(m_db, QStringLiteral(
                    "SELECT %1 FROM negotiated_prices p WHERE p.product_key = ? "
                    "AND (p.valid_from = '' OR p.valid_from <= ?) AND (p.valid_to = '' OR p.valid_to >= ?) "
                    "AND (p.customer_id = ? OR (p.customer_id IS NULL AND p.grade <> '' AND p.grade = "
                    "(SELECT grade FROM customers WHERE id = ?))) "
                    "ORDER BY p.customer_id IS NULL, p.valid_from DESC, p.id DESC LIMIT 1")
                    .arg(kColumns));
    q.bind(key).bind(storedDay(day)).bind(storedDay(day)).bind(customerId).bind(customerId).exec();
    const QList<NegotiatedPrice> found = readPrices(q);
    return found.isEmpty() ? std::nullopt : std::optional<NegotiatedPrice>(found.first());
}

PriceSuggestion PriceListRepository::suggest(qint64 customerId, const QString& product, const QDate& day,
                                             qint64 excludeOrderId) const
{
    PriceSuggestion s;
    if (!m_db.access().seesMoney(Module::Orders) || product.trimmed().isEmpty()) return s;
    if (const std::optional<NegotiatedPrice> n = negotiated(customerId, product, day)) {
        s.source = PriceSource::Negotiated;
        s.unitPrice = n->unitPrice;
        s.unit = n->unit;
        s.fromGrade = n->customerId == 0;
        const QString whose =
            s.fromGrade ? tr("agreed for grade %1").arg(n->grade) : tr("agreed with the customer");
        s.detail = n->validTo.isValid() ? tr("%1, until %2").arg(whose, localDay(n->validTo)) : whose;
        return s;
    }
    const QList<LastPrice> last = OrderRepository(m_db).lastPrices(customerId, product, 1, excludeOrderId);
    if (!last.isEmpty()) {
        s.source = PriceSource::Last;
        s.unitPrice = last.constFirst().unitPrice;
        s.unit = last.constFirst().unit;
        s.detail =
            tr("%1 on %2")
                .arg(last.constFirst().number, localDay(last.constFirst().orderDate.toLocalTime().date()));
        return s;
    }
    if (const std::optional<Product> p = CatalogRepository(m_db).productNamed(product)) {
        s.source = PriceSource::Catalog;
        s.unitPrice = p->unitPrice;
        s.unit = p->unit;
        s.detail = p->name;
    }
    return s;
}

int PriceListRepository::fillFromLastPrices(qint64 customerId, const QDate& from)
{
    requireChange();
    m_db.access().requireOwnCustomer(m_db, customerId);
    int added = 0;
    m_db.write([&] {
        // Each product's latest line, walking the customer's orders newest first.
        Sql q(m_db, QStringLiteral(
                        "SELECT l.product_key, l.product, l.description, l.product_id, l.unit, l.unit_price "
                        "FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.customer_id = ? "
                        "AND o.status <> 4 AND l.product_key <> '' ORDER BY o.order_date DESC, o.id DESC, "
                        "l.position"));
        q.bind(customerId).exec();
        QSet<QString> seen;
        QList<NegotiatedPrice> prices;
        while (q.next()) {
            const QString key = q.value(0).toString();
            if (seen.contains(key)) continue;
            seen.insert(key);
            NegotiatedPrice p;
            p.customerId = customerId;
            p.product = q.value(1).toString().isEmpty() ? q.value(2).toString() : q.value(1).toString();
            p.productId = q.value(3).toLongLong();
            p.unit = q.value(4).toString();
            p.unitPrice = Money::fromFen(q.value(5).toLongLong());
            p.validFrom = from;
            prices.append(p);
        }
        for (NegotiatedPrice& p : prices) {
            const std::optional<NegotiatedPrice> agreed = negotiated(customerId, p.product, from);
            if (agreed && agreed->customerId == customerId) continue;
            save(p);
            ++added;
        }
    });
    return added;
}

} // namespace shopcrm
