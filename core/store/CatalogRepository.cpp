#include "CatalogRepository.h"

#include "ChangeRecorder.h"
#include "RowSupport.h"
#include "StoreError.h"

#include <QJsonObject>

namespace shopcrm {

namespace {

QJsonObject toJson(const ProductCategory& c)
{
    return {{QStringLiteral("name"), c.name}, {QStringLiteral("archived"), c.archived}};
}

QJsonObject toJson(const Product& p)
{
    QJsonObject o{{QStringLiteral("name"), p.name},
                  {QStringLiteral("category_id"), p.categoryId},
                  {QStringLiteral("code"), p.code},
                  {QStringLiteral("spec"), p.spec},
                  {QStringLiteral("unit"), p.unit},
                  {QStringLiteral("pricing"), CatalogRules::pricingCode(p.pricing)},
                  {QStringLiteral("unit_price"), p.unitPrice.toPlainString()},
                  {QStringLiteral("archived"), p.archived}};
    if (p.cost)
        o.insert(QStringLiteral("cost"), p.cost->toPlainString());
    return o;
}

QJsonObject toJson(const StaffMember& s)
{
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("role"), CatalogRules::roleCode(s.role)},
            {QStringLiteral("phone"), s.phone},
            {QStringLiteral("active"), s.active}};
}

void validate(const QList<FieldIssue>& issues)
{
    if (!issues.isEmpty())
        throw ValidationError(issues);
}

void normalise(Product& p)
{
    p.name = p.name.simplified();
    p.code = p.code.trimmed();
    p.spec = p.spec.trimmed();
    p.unit = p.unit.trimmed();
    if (CatalogRules::isAreaUnit(p.unit))
        p.unit = CatalogRules::areaUnit();
    if (p.pricing == PricingMode::PerArea)
        p.unit = CatalogRules::areaUnit();
}

const QString kProductColumns = metaColumns() +
    QStringLiteral(", category_id, name, spec, unit, pricing, unit_price, cost, archived, code");
const QString kStaffColumns = metaColumns() + QStringLiteral(", name, role, phone, active");

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

void CatalogRepository::throwConflict(const QString& table, qint64 id) const
{
    const auto [user, when] = lastChange(m_db, table, id);
    if (user.isNull())
        throw StoreError(StoreError::Kind::NotFound, tr("This record was deleted by another desk."));
    throw StoreError(StoreError::Kind::Conflict,
                     tr("%1 changed this record at %2, after you opened it. Nothing was saved: reload to see their "
                        "changes, then enter yours again.")
                         .arg(user, when));
}

qint64 CatalogRepository::createCategory(ProductCategory& c)
{
    m_db.access().require(Module::Catalog, Action::Create);
    c.name = c.name.simplified();
    if (c.name.isEmpty())
        throw ValidationError({{QStringLiteral("name"), tr("A category needs a name.")}});
    m_db.write([&] {
        if (Sql(m_db, QStringLiteral("SELECT count(*) FROM product_categories WHERE name = ?")).bind(c.name).scalar().toInt())
            throw ValidationError({{QStringLiteral("name"), tr("There is already a category named %1.").arg(c.name)}});
        const QString now = Database::nowUtc();
        Sql insert(m_db, QStringLiteral("INSERT INTO product_categories(created_at, updated_at, created_by, updated_by, "
                                        "name, archived) VALUES (?, ?, ?, ?, ?, ?)"));
        insert.bind(now).bind(now).bind(m_db.session().user).bind(m_db.session().user).bind(c.name)
            .bind(c.archived ? 1 : 0).exec();
        stampInsert(c.meta, insert.lastInsertId(), now, m_db.session().user);
        ChangeRecorder::record(m_db, QStringLiteral("product_category"), c.meta.id, QStringLiteral("insert"), {}, toJson(c));
    });
    return c.meta.id;
}

QList<ProductCategory> CatalogRepository::categories(bool includeArchived) const
{
    Sql q(m_db, QStringLiteral("SELECT %1, name, archived FROM product_categories WHERE archived <= ? ORDER BY name")
                    .arg(metaColumns()));
    q.bind(includeArchived ? 1 : 0).exec();
    QList<ProductCategory> result;
    while (q.next()) {
        ProductCategory c;
        int col = 0;
        c.meta = readMeta(q, col);
        c.name = q.value(col++).toString();
        c.archived = q.value(col++).toBool();
        result.append(c);
    }
    return result;
}

qint64 CatalogRepository::categoryNamed(const QString& name)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return 0;
    qint64 id = Sql(m_db, QStringLiteral("SELECT id FROM product_categories WHERE name = ?")).bind(n).scalar().toLongLong();
    if (id == 0) {
        ProductCategory c;
        c.name = n;
        id = createCategory(c);
    }
    return id;
}

qint64 CatalogRepository::createProduct(Product& p)
{
    m_db.access().require(Module::Catalog, Action::Create);
    m_db.access().require(Module::Catalog, Action::Money);
    normalise(p);
    validate(CatalogRules::check(p));
    m_db.write([&] {
        if (productNamed(p.name))
            throw ValidationError({{QStringLiteral("name"), tr("There is already a product named %1.").arg(p.name)}});
        checkCodeFree(p);
        const QString now = Database::nowUtc();
        Sql insert(m_db, QStringLiteral("INSERT INTO products(created_at, updated_at, created_by, updated_by, category_id, "
                                        "name, name_key, spec, unit, pricing, unit_price, cost, archived, code) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(now).bind(now).bind(m_db.session().user).bind(m_db.session().user).bind(optionalId(p.categoryId))
            .bind(p.name).bind(CustomerRules::nameKey(p.name)).bind(p.spec).bind(p.unit)
            .bind(CatalogRules::pricingCode(p.pricing)).bind(p.unitPrice.fen())
            .bind(p.cost ? QVariant(p.cost->fen()) : QVariant()).bind(p.archived ? 1 : 0).bind(p.code).exec();
        stampInsert(p.meta, insert.lastInsertId(), now, m_db.session().user);
        ChangeRecorder::record(m_db, QStringLiteral("product"), p.meta.id, QStringLiteral("insert"), {}, toJson(p));
    });
    return p.meta.id;
}

void CatalogRepository::updateProduct(Product& p)
{
    m_db.access().require(Module::Catalog, Action::Edit);
    m_db.access().require(Module::Catalog, Action::Money);
    normalise(p);
    validate(CatalogRules::check(p));
    m_db.write([&] {
        const Product before = product(p.meta.id);
        if (const std::optional<Product> same = productNamed(p.name); same && same->meta.id != p.meta.id)
            throw ValidationError({{QStringLiteral("name"), tr("There is already a product named %1.").arg(p.name)}});
        checkCodeFree(p);
        const QString now = Database::nowUtc();
        Sql update(m_db, QStringLiteral("UPDATE products SET version = version + 1, updated_at = ?, updated_by = ?, "
                                        "category_id = ?, name = ?, name_key = ?, spec = ?, unit = ?, pricing = ?, "
                                        "unit_price = ?, cost = ?, archived = ?, code = ? WHERE id = ? AND version = ?"));
        update.bind(now).bind(m_db.session().user).bind(optionalId(p.categoryId)).bind(p.name)
            .bind(CustomerRules::nameKey(p.name)).bind(p.spec).bind(p.unit).bind(CatalogRules::pricingCode(p.pricing))
            .bind(p.unitPrice.fen()).bind(p.cost ? QVariant(p.cost->fen()) : QVariant()).bind(p.archived ? 1 : 0)
            .bind(p.code).bind(p.meta.id).bind(p.meta.version).exec();
        if (update.rowsAffected() == 0)
            throwConflict(QStringLiteral("products"), p.meta.id);
        stampUpdate(p.meta, now, m_db.session().user);
        ChangeRecorder::record(m_db, QStringLiteral("product"), p.meta.id, QStringLiteral("update"), toJson(before),
                               toJson(p));
    });
}

void CatalogRepository::setProductArchived(qint64 id, int expectedVersion, bool archived)
{
    m_db.access().require(Module::Catalog, Action::Delete);
    Product p = product(id);
    p.meta.version = expectedVersion;
    p.archived = archived;
    updateProduct(p);
}

qint64 CatalogRepository::ordersUsingProduct(qint64 id) const
{
    return Sql(m_db, QStringLiteral("SELECT count(DISTINCT order_id) FROM order_lines WHERE product_id = ?"))
        .bind(id)
        .scalar()
        .toLongLong();
}

void CatalogRepository::removeProduct(qint64 id)
{
    m_db.access().require(Module::Catalog, Action::Delete);
    m_db.write([&] {
        const Product before = product(id);
        if (const qint64 used = ordersUsingProduct(id))
            throw StoreError(StoreError::Kind::Validation,
                             tr("%1 is on %n order(s) and cannot be deleted; archive it instead.", "", int(used))
                                 .arg(before.name));
        Sql(m_db, QStringLiteral("DELETE FROM products WHERE id = ?")).bind(id).exec();
        ChangeRecorder::record(m_db, QStringLiteral("product"), id, QStringLiteral("delete"), toJson(before), {});
    });
}

void CatalogRepository::checkCodeFree(const Product& p) const
{
    if (p.code.isEmpty())
        return;
    const QVariant other = Sql(m_db, QStringLiteral("SELECT name FROM products WHERE code = ? AND id <> ?"))
                               .bind(p.code)
                               .bind(p.meta.id)
                               .scalar();
    if (other.isValid())
        throw ValidationError(
            {{QStringLiteral("code"), tr("%1 already has the code %2.").arg(other.toString(), p.code)}});
}

QList<Product> CatalogRepository::readProducts(Sql& q) const
{
    m_db.access().require(Module::Catalog, Action::View);
    const bool money = m_db.access().seesMoney(Module::Catalog);
    QList<Product> result;
    while (q.next()) {
        Product p;
        int col = 0;
        p.meta = readMeta(q, col);
        p.categoryId = q.value(col++).toLongLong();
        p.name = q.value(col++).toString();
        p.spec = q.value(col++).toString();
        p.unit = q.value(col++).toString();
        p.pricing = CatalogRules::pricingFromCode(q.value(col++).toString());
        p.unitPrice = Money::fromFen(q.value(col++).toLongLong());
        const QVariant cost = q.value(col++);
        if (!cost.isNull())
            p.cost = Money::fromFen(cost.toLongLong());
        p.archived = q.value(col++).toBool();
        p.code = q.value(col++).toString();
        if (!money) {
            p.unitPrice = Money();
            p.cost.reset();
        }
        result.append(p);
    }
    return result;
}

std::optional<Product> CatalogRepository::findProduct(qint64 id) const
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM products WHERE id = ?").arg(kProductColumns));
    q.bind(id).exec();
    const QList<Product> found = readProducts(q);
    return found.isEmpty() ? std::nullopt : std::optional<Product>(found.first());
}

Product CatalogRepository::product(qint64 id) const
{
    if (std::optional<Product> p = findProduct(id))
        return *p;
    throw StoreError(StoreError::Kind::NotFound, tr("There is no product with id %1.").arg(id));
}

std::optional<Product> CatalogRepository::productNamed(const QString& name) const
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM products WHERE archived = 0 AND name_key = ? ORDER BY id LIMIT 1")
                    .arg(kProductColumns));
    q.bind(CustomerRules::nameKey(name)).exec();
    const QList<Product> found = readProducts(q);
    return found.isEmpty() ? std::nullopt : std::optional<Product>(found.first());
}

QList<Product> CatalogRepository::products(bool includeArchived) const
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM products WHERE archived <= ? ORDER BY category_id, name").arg(kProductColumns));
    q.bind(includeArchived ? 1 : 0).exec();
    return readProducts(q);
}

QList<Product> CatalogRepository::matchingProducts(const QString& text, int limit) const
{
    // A shop's catalog is hundreds of products, not millions: a scan with instr is instant.
    const QString key = CustomerRules::nameKey(text);
    Sql q(m_db, QStringLiteral("SELECT %1 FROM products WHERE archived = 0 AND instr(name_key, ?) > 0 "
                               "ORDER BY instr(name_key, ?) > 1, length(name), name LIMIT ?")
                    .arg(kProductColumns));
    q.bind(key).bind(key).bind(limit).exec();
    return readProducts(q);
}

qint64 CatalogRepository::createStaff(StaffMember& s)
{
    m_db.access().require(Module::Catalog, Action::Create);
    s.name = s.name.simplified();
    s.phone = s.phone.trimmed();
    validate(CatalogRules::check(s));
    m_db.write([&] {
        const QString now = Database::nowUtc();
        Sql insert(m_db, QStringLiteral("INSERT INTO staff(created_at, updated_at, created_by, updated_by, name, role, "
                                        "phone, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(now).bind(now).bind(m_db.session().user).bind(m_db.session().user).bind(s.name)
            .bind(CatalogRules::roleCode(s.role)).bind(s.phone).bind(s.active ? 1 : 0).exec();
        stampInsert(s.meta, insert.lastInsertId(), now, m_db.session().user);
        ChangeRecorder::record(m_db, QStringLiteral("staff"), s.meta.id, QStringLiteral("insert"), {}, toJson(s));
    });
    return s.meta.id;
}

void CatalogRepository::updateStaff(StaffMember& s)
{
    m_db.access().require(Module::Catalog, Action::Edit);
    s.name = s.name.simplified();
    s.phone = s.phone.trimmed();
    validate(CatalogRules::check(s));
    m_db.write([&] {
        const std::optional<StaffMember> before = findStaff(s.meta.id);
        const QString now = Database::nowUtc();
        Sql update(m_db, QStringLiteral("UPDATE staff SET version = version + 1, updated_at = ?, updated_by = ?, "
                                        "name = ?, role = ?, phone = ?, active = ? WHERE id = ? AND version = ?"));
        update.bind(now).bind(m_db.session().user).bind(s.name).bind(CatalogRules::roleCode(s.role)).bind(s.phone)
            .bind(s.active ? 1 : 0).bind(s.meta.id).bind(s.meta.version).exec();
        if (update.rowsAffected() == 0)
            throwConflict(QStringLiteral("staff"), s.meta.id);
        stampUpdate(s.meta, now, m_db.session().user);
        ChangeRecorder::record(m_db, QStringLiteral("staff"), s.meta.id, QStringLiteral("update"),
                               before ? toJson(*before) : QJsonObject(), toJson(s));
    });
}

void CatalogRepository::removeStaff(qint64 id)
{
    m_db.access().require(Module::Catalog, Action::Delete);
    m_db.write([&] {
        const std::optional<StaffMember> before = findStaff(id);
        if (!before)
            throw StoreError(StoreError::Kind::NotFound, tr("There is no staff member with id %1.").arg(id));
        const qint64 used =
            Sql(m_db, QStringLiteral("SELECT count(*) FROM order_staff WHERE staff_id = ?")).bind(id).scalar().toLongLong();
        if (used > 0)
            throw StoreError(StoreError::Kind::Validation,
                             tr("%1 is assigned to %n order(s) and cannot be deleted; mark them inactive instead.", "",
                                int(used))
                                 .arg(before->name));
        // A salesperson who leaves keeps their follow-ups on record: they can only be made inactive.
        const qint64 followUps =
            Sql(m_db, QStringLiteral("SELECT count(*) FROM follow_ups WHERE staff_id = ?")).bind(id).scalar().toLongLong();
        if (followUps > 0)
            throw StoreError(StoreError::Kind::Validation,
                             tr("%1 recorded %n follow-up(s) and cannot be deleted; mark them inactive instead.", "",
                                int(followUps))
                                 .arg(before->name));
        Sql(m_db, QStringLiteral("DELETE FROM staff WHERE id = ?")).bind(id).exec();
        ChangeRecorder::record(m_db, QStringLiteral("staff"), id, QStringLiteral("delete"), toJson(*before), {});
    });
}

QList<StaffMember> CatalogRepository::readStaff(Sql& q) const
{
    QList<StaffMember> result;
    while (q.next()) {
        StaffMember s;
        int col = 0;
        s.meta = readMeta(q, col);
        s.name = q.value(col++).toString();
        s.role = CatalogRules::roleFromCode(q.value(col++).toString()).value_or(StaffRole::Other);
        s.phone = q.value(col++).toString();
        s.active = q.value(col++).toBool();
        result.append(s);
    }
    return result;
}

QList<StaffMember> CatalogRepository::staff(bool includeInactive) const
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM staff WHERE active >= ? ORDER BY name").arg(kStaffColumns));
    q.bind(includeInactive ? 0 : 1).exec();
    return readStaff(q);
}

std::optional<StaffMember> CatalogRepository::findStaff(qint64 id) const
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM staff WHERE id = ?").arg(kStaffColumns));
    q.bind(id).exec();
    const QList<StaffMember> found = readStaff(q);
    return found.isEmpty() ? std::nullopt : std::optional<StaffMember>(found.first());
}

std::optional<StaffMember> CatalogRepository::staffNamed(const QString& name) const
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM staff WHERE name = ? ORDER BY active DESC, id LIMIT 1").arg(kStaffColumns));
    q.bind(name.simplified()).exec();
    const QList<StaffMember> found = readStaff(q);
    return found.isEmpty() ? std::nullopt : std::optional<StaffMember>(found.first());
}

} // namespace shopcrm
