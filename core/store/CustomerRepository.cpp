#include "CustomerRepository.h"

#include "CustomerPool.h"

#include "ChangeRecorder.h"
#include "RowSupport.h"
#include "CustomerSearchIndex.h"
#include "Database.h"
#include "domain/CustomerJson.h"
#include "domain/PhoneNumber.h"
#include "domain/Pinyin.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentMap>
#include <QSet>

namespace shopcrm {

namespace {

const QString kCustomerColumns = QStringLiteral(
    "id, version, created_at, updated_at, created_by, updated_by, name, short_name, kind, grade, tags, "
    "industry, province, city, district, address, phones, email, wechat, source, owner, payment_terms, "
    "payment_days, notes, archived, postcode, campaign_id");

const QString kRowColumns = QStringLiteral(
    "id, name, contact_name, phone, region, grade, tags, updated_at, archived, last_contact_at, "
    "next_follow_up, owner, pool_since, previous_owner");

QString sortColumn(CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Name: return QStringLiteral("name_sort");
    case CustomerSort::Contact: return QStringLiteral("contact_name");
    case CustomerSort::Phone: return QStringLiteral("phone");
    case CustomerSort::Region: return QStringLiteral("region");
    case CustomerSort::Grade: return QStringLiteral("grade");
    case CustomerSort::Tags: return QStringLiteral("tags");
    case CustomerSort::Updated: return QStringLiteral("updated_at");
    case CustomerSort::LastContact: return QStringLiteral("last_contact_at");
    // Customers with nothing planned sort after every planned day (the expression is indexed).
    case CustomerSort::NextFollowUp: return QStringLiteral("coalesce(nullif(next_follow_up, ''), '9999')");
    case CustomerSort::Owner:
        return QStringLiteral("owner");
    }
    return QStringLiteral("name_sort");
}

QString listWhere(const CustomerListQuery& q, const Access& access)
{
    // Both branches name the leading index column, so SQLite walks (archived, column, id) either way.
    QString where = q.includeArchived ? QStringLiteral("archived IN (0, 1)") : QStringLiteral("archived = 0");
    // The filters' values are dates and numbers made here, never user text, so they are inlined.
    const QDate today = q.today.isValid() ? q.today : QDate::currentDate();
    switch (q.contact) {
    case ContactFilter::Any: break;
    case ContactFilter::FollowUpDue:
        where += QStringLiteral(" AND coalesce(nullif(next_follow_up, ''), '9999') <= '%1'").arg(today.toString(Qt::ISODate));
        break;
    case ContactFilter::NothingPlanned: where += QStringLiteral(" AND next_follow_up = ''"); break;
    case ContactFilter::NotContactedFor:
        // Most of a shop's customers match, so the list walks its sort index and skips the few
        // recent ones; the unary + keeps SQLite from taking the last-contact index and sorting
        // every match (3.6 s for the first page of a million customers, 1 ms this way).
        where += QStringLiteral(" AND +last_contact_at < '%1'")
                     .arg(utcText(today.addDays(-std::max(0, q.notContactedDays)).startOfDay()).toString());
        break;
    }
    // The staff name is quoted as SQL text. The pool and others' are common, so the list walks its
    // sort index (+owner keeps SQLite off the owner index); one person's are few: the owner index.
    const QString me = QLatin1Char('\'') + QString(q.me).replace(QLatin1Char('\''), QStringLiteral("''")) +
                       QLatin1Char('\'');
    switch (q.owner) {
    case OwnerFilter::Any:
        break;
    case OwnerFilter::Pool:
        where += QStringLiteral(" AND +owner = ''");
        break;
    case OwnerFilter::Mine:
        where += QStringLiteral(" AND owner = %1").arg(me);
        break;
    case OwnerFilter::Others:
        where += QStringLiteral(" AND +owner NOT IN ('', %1)").arg(me);
        break;
    }
    return where + access.ownerEquals(QStringLiteral("owner"));
}

QString firstPhone(const Customer& c)
{
    if (!c.phones.isEmpty())
        return c.phones.constFirst();
    if (const Contact* p = c.primaryContact())
        return p->mobile.isEmpty() ? p->phone : p->mobile;
    return {};
}

} // namespace

// Everything a new or changed customer row needs beyond its fields, computed without the database.
struct CustomerDerived
{
    QString nameSort;
    QString nameKey;
    QString contactName;
    QString phone;
    QString region;
    CustomerSearchIndex::Entry search;
};

CustomerRepository::Derived CustomerRepository::derive(const Customer& c)
{
    const Contact* primary = c.primaryContact();
    // The pinyin comes first so that Chinese names sort the way a shop expects (by reading).
    return {Pinyin::sortKey(c.name) + QLatin1Char('\x01') + c.name,
            CustomerRules::nameKey(c.name),
            primary ? primary->name : QString(),
            firstPhone(c),
            c.region(),
            CustomerSearchIndex::entryFor(c)};
}

void CustomerRepository::validate(Customer& c)
{
    CustomerRules::normalise(c);
    QList<FieldIssue> errors;
    for (const FieldIssue& issue : CustomerRules::check(c))
        if (issue.blocking)
            errors.append(issue);
    if (!errors.isEmpty())
        throw ValidationError(errors);
}

void CustomerRepository::refreshOrderSortKeys(qint64 customerId, const QString& nameSort)
{
    // The order list sorts by customer through a copy of the customer's sort key on each order.
    Sql(m_db, QStringLiteral("UPDATE orders SET customer_sort = ? WHERE customer_id = ? AND customer_sort <> ?"))
        .bind(nameSort).bind(customerId).bind(nameSort).exec();
}

void CustomerRepository::refreshListColumns(const Customer& c)
{
    const Derived d = derive(c);
    Sql(m_db, QStringLiteral("UPDATE customers SET name_sort = ?, name_key = ?, contact_name = ?, phone = ?, "
                             "region = ? WHERE id = ?"))
        .bind(d.nameSort).bind(d.nameKey).bind(d.contactName).bind(d.phone).bind(d.region).bind(c.meta.id).exec();
    refreshOrderSortKeys(c.meta.id, d.nameSort);
}

// The columns a save writes, in the order bindFields binds them.
const QStringList kFieldColumns{
    QStringLiteral("name"),          QStringLiteral("short_name"),   QStringLiteral("kind"),
    QStringLiteral("grade"),         QStringLiteral("tags"),         QStringLiteral("industry"),
    QStringLiteral("province"),      QStringLiteral("city"),         QStringLiteral("district"),
    QStringLiteral("address"),       QStringLiteral("phones"),       QStringLiteral("email"),
    QStringLiteral("wechat"),        QStringLiteral("source"),       QStringLiteral("owner"),
    QStringLiteral("payment_terms"), QStringLiteral("payment_days"), QStringLiteral("notes"),
    QStringLiteral("archived"),      QStringLiteral("name_sort"),    QStringLiteral("name_key"),
    QStringLiteral("contact_name"),  QStringLiteral("phone"),        QStringLiteral("region"),
    QStringLiteral("postcode"),      QStringLiteral("campaign_id")};

namespace {

// Sql or BulkInsert.
template <typename Statement>
void bindFields(Statement& sql, const Customer& c, const CustomerDerived& d)
{
    sql.bind(c.name).bind(c.shortName).bind(CustomerRules::kindCode(c.kind)).bind(c.grade);
    sql.bind(c.tags.join(QLatin1Char(','))).bind(c.industry).bind(c.province).bind(c.city).bind(c.district);
    sql.bind(c.address).bind(c.phones.join(QLatin1Char('\n'))).bind(c.email).bind(c.wechat).bind(c.source);
    sql.bind(c.owner).bind(CustomerRules::termsCode(c.paymentTerms)).bind(c.paymentDays).bind(c.notes);
    sql.bind(c.archived ? 1 : 0);
    sql.bind(d.nameSort).bind(d.nameKey).bind(d.contactName).bind(d.phone).bind(d.region);
    sql.bind(c.postcode);
    sql.bind(c.campaignId > 0 ? QVariant(c.campaignId) : QVariant());
}

QString insertStatement()
{
    return QStringLiteral("INSERT INTO customers(version, created_at, updated_at, created_by, updated_by, "
                          "search_day, %1) "
                          "VALUES (1, ?, ?, ?, ?, ?%2)")
        .arg(kFieldColumns.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(kFieldColumns.size()));
}

const QString kInsertContact = QStringLiteral(
    "INSERT INTO contacts(version, created_at, updated_at, created_by, updated_by, customer_id, position, "
    "is_primary, name, title, mobile, phone, email, wechat, birthday, notes, postcode) "
    "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

// A contact's own fields, in the order both contact statements name them.
template <typename Statement> Statement& bindContactFields(Statement& statement, const Contact& contact)
{
    const QVariant birthday = contact.birthday.isValid() ? QVariant(contact.birthday.toString(Qt::ISODate)) : QVariant();
    return statement.bind(contact.primary ? 1 : 0)
        .bind(contact.name)
        .bind(contact.title)
        .bind(contact.mobile)
        .bind(contact.phone)
        .bind(contact.email)
        .bind(contact.wechat)
        .bind(birthday)
        .bind(contact.notes)
        .bind(contact.postcode);
}

template <typename Statement>
void bindContact(Statement& insert, qint64 customerId, int position, const Contact& contact,
                 const QString& now, const QString& user)
{
    insert.bind(now).bind(now).bind(user).bind(user).bind(customerId).bind(position);
    bindContactFields(insert, contact);
}

} // namespace

void CustomerRepository::insertNew(Customer& c, const Derived& d, const QString& now)
{
    static const QString statement = insertStatement();
    Sql insert(m_db, statement);
    const int day = CustomerSearchIndex::dayNumber(QDate::currentDate());
    insert.bind(now).bind(now).bind(m_db.session().user).bind(m_db.session().user).bind(day);
    bindFields(insert, c, d);
    insert.exec();
    stampInsert(c.meta, insert.lastInsertId(), now, m_db.session().user);
    saveContacts(c, now);
    CustomerSearchIndex(m_db).insert(c.meta.id, d.search, day);
}

qint64 CustomerRepository::create(Customer& c)
{
    m_db.access().require(Module::Customers, Action::Create);
    validate(c);
    const Derived derived = derive(c);
    m_db.write([&] {
        insertNew(c, derived, Database::nowUtc());
        ChangeRecorder::record(m_db, QStringLiteral("customer"), c.meta.id, QStringLiteral("insert"), {},
                               CustomerJson::toJson(c));
    });
    return c.meta.id;
}

CustomerRepository::Prepared::Prepared() = default;
CustomerRepository::Prepared::~Prepared() = default;
CustomerRepository::Prepared::Prepared(Prepared&&) noexcept = default;
CustomerRepository::Prepared& CustomerRepository::Prepared::operator=(Prepared&&) noexcept = default;

void CustomerRepository::createMany(QList<Customer>& customers)
{
    Prepared prepared = prepareMany(std::move(customers));
    writePrepared(prepared);
    customers = std::move(prepared.customers);
}

CustomerRepository::Prepared CustomerRepository::prepareMany(QList<Customer> customers)
{
    // Only computation here: no statement runs, so any thread may call this.
    QList<QString> problems(customers.size());
    QtConcurrent::blockingMap(customers, [&](Customer& c) {
        try {
            validate(c);
        } catch (const ValidationError& e) {
            problems[&c - customers.data()] = e.message();
        }
    });
    for (qsizetype i = 0; i < problems.size(); ++i)
        if (!problems.at(i).isNull())
            throw StoreError(StoreError::Kind::Validation,
                             tr("Customer %1 of %2 (%3): %4")
                                 .arg(i + 1)
                                 .arg(customers.size())
                                 .arg(customers.at(i).name.isEmpty() ? tr("no name") : customers.at(i).name,
                                      problems.at(i)));
    Prepared prepared;
    prepared.derived = QtConcurrent::blockingMapped(customers, &CustomerRepository::derive);
    prepared.customers = std::move(customers);
    return prepared;
}

void CustomerRepository::writePrepared(Prepared& prepared)
{
    m_db.access().require(Module::Customers, Action::Create);
    QList<Customer>& customers = prepared.customers;
    m_db.write([&] {
        // What create does for each customer, with each statement prepared once for all of them.
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        BulkInsert insert(m_db, insertStatement());
        BulkInsert insertContact(m_db, kInsertContact);
        CustomerSearchIndex::Bulk search(m_db);
        const int day = CustomerSearchIndex::dayNumber(QDate::currentDate());
        QList<qint64> ids;
        QList<qint64> contactIds;
        ids.reserve(customers.size());
        for (qsizetype i = 0; i < customers.size(); ++i) {
            Customer& c = customers[i];
            insert.bind(now).bind(now).bind(user).bind(user).bind(day);
            bindFields(insert, c, prepared.derived.at(i));
            stampInsert(c.meta, insert.exec().lastInsertId(), now, user);
            ids.append(c.meta.id);
            for (qsizetype k = 0; k < c.contacts.size(); ++k) {
                bindContact(insertContact, c.meta.id, static_cast<int>(k), c.contacts.at(k), now, user);
                stampInsert(c.contacts[k].meta, insertContact.exec().lastInsertId(), now, user);
                contactIds.append(c.contacts.at(k).meta.id);
            }
            search.insert(c.meta.id, prepared.derived.at(i).search, day);
        }
        search.flush();
        ChangeRecorder::recordChanges(m_db, QStringLiteral("contact"), contactIds, QStringLiteral("insert"));
        ChangeRecorder::recordCreatedMany(m_db, QStringLiteral("customer"), ids);
    });
}

void CustomerRepository::update(Customer& c)
{
    m_db.access().require(Module::Customers, Action::Edit);
    validate(c);
    const Derived d = derive(c);
    m_db.write([&] {
        const std::optional<Customer> before = find(c.meta.id);
        if (!before)
            throw StoreError(StoreError::Kind::NotFound, tr("Customer %1 no longer exists.").arg(c.meta.id));
        if (!m_db.access().owns(before->owner))
            throw StoreError(StoreError::Kind::Denied, tr("Your role changes only your own customers."));
        const QString now = Database::nowUtc();
        static const QString statement =
            QStringLiteral("UPDATE customers SET version = version + 1, updated_at = ?, updated_by = ?, %1 = ? "
                           "WHERE id = ? AND version = ?")
                .arg(kFieldColumns.join(QStringLiteral(" = ?, ")));
        Sql update(m_db, statement);
        update.bind(now).bind(m_db.session().user);
        bindFields(update, c, d);
        update.bind(c.meta.id).bind(c.meta.version).exec();
        if (update.rowsAffected() == 0)
            throwConflict(c.meta.id);
        refreshOrderSortKeys(c.meta.id, d.nameSort);
        c.meta.version += 1;
        c.meta.updatedAt = parseUtc(now);
        c.meta.updatedBy = m_db.session().user;
        saveContacts(c, now);
        if (before->owner != c.owner)
            CustomerPool::recordOwnerChange(m_db, c.meta.id, before->owner, c.owner, QStringLiteral("assign"),
                                            {}, now);
        CustomerSearchIndex(m_db).update(c, &*before);
        ChangeRecorder::record(m_db, QStringLiteral("customer"), c.meta.id, QStringLiteral("update"),
                               CustomerJson::toJson(*before), CustomerJson::toJson(c));
    });
}

void CustomerRepository::setArchived(qint64 id, int expectedVersion, bool archived)
{
    m_db.access().require(Module::Customers, Action::Delete);
    m_db.write([&] {
        const std::optional<Customer> before = find(id);
        if (!before)
            throw StoreError(StoreError::Kind::NotFound, tr("Customer %1 no longer exists.").arg(id));
        if (!m_db.access().owns(before->owner))
            throw StoreError(StoreError::Kind::Denied, tr("Your role changes only your own customers."));
        const QString now = Database::nowUtc();
        Sql update(m_db, QStringLiteral("UPDATE customers SET version = version + 1, updated_at = ?, updated_by = ?, "
                                        "archived = ? WHERE id = ? AND version = ?"));
        update.bind(now).bind(m_db.session().user).bind(archived ? 1 : 0).bind(id).bind(expectedVersion).exec();
        if (update.rowsAffected() == 0)
            throwConflict(id);
        ChangeRecorder::record(m_db, QStringLiteral("customer"), id,
                               archived ? QStringLiteral("archive") : QStringLiteral("unarchive"),
                               CustomerJson::toJson(*before), CustomerJson::toJson(get(id)));
    });
}

void CustomerRepository::removeUnused(qint64 id)
{
    m_db.access().require(Module::Customers, Action::Delete);
    m_db.write([&] {
        const std::optional<Customer> before = find(id);
        if (!before)
            throw StoreError(StoreError::Kind::NotFound, tr("Customer %1 no longer exists.").arg(id));
        for (const auto& [table, what] : {std::pair{QStringLiteral("orders"), tr("orders")},
                                          std::pair{QStringLiteral("follow_ups"), tr("follow-ups")},
                                          std::pair{QStringLiteral("payments"), tr("payments")},
                                          std::pair{QStringLiteral("delivery_slips"), tr("delivery slips")}}) {
            const qint64 uses = Sql(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id = ?").arg(table))
                                    .bind(id)
                                    .scalar()
                                    .toLongLong();
            if (uses > 0)
                throw StoreError(StoreError::Kind::Validation, tr("it has %1 %2 now; it was kept").arg(uses).arg(what));
        }
        CustomerSearchIndex(m_db).remove(*before);
        for (const Contact& k : before->contacts)
            ChangeRecorder::recordChange(m_db, QStringLiteral("contact"), k.meta.id, QStringLiteral("delete"));
        Sql(m_db, QStringLiteral("DELETE FROM contacts WHERE customer_id = ?")).bind(id).exec();
        Sql(m_db, QStringLiteral("DELETE FROM customers WHERE id = ?")).bind(id).exec();
        ChangeRecorder::record(m_db, QStringLiteral("customer"), id, QStringLiteral("delete"), CustomerJson::toJson(*before), {});
    });
}

void CustomerRepository::throwConflict(qint64 id) const
{
    const auto [user, when] = lastChange(m_db, QStringLiteral("customers"), id);
    if (user.isNull())
        throw StoreError(StoreError::Kind::NotFound, tr("Customer %1 was deleted by another desk.").arg(id));
    throw StoreError(StoreError::Kind::Conflict,
                     tr("%1 changed this customer at %2, after you opened it. Nothing was saved: reload to see "
                        "their changes, then enter yours again.")
                         .arg(user, when));
}

void CustomerRepository::saveContacts(Customer& c, const QString& now)
{
    QSet<qint64> existing;
    Sql ids(m_db, QStringLiteral("SELECT id FROM contacts WHERE customer_id = ?"));
    ids.bind(c.meta.id).exec();
    while (ids.next())
        existing.insert(ids.value(0).toLongLong());
    QSet<qint64> kept;
    const QString user = m_db.session().user;
    for (qsizetype i = 0; i < c.contacts.size(); ++i) {
        Contact& contact = c.contacts[i];
        if (contact.meta.id > 0 && existing.contains(contact.meta.id)) {
            Sql update(
                m_db,
                QStringLiteral("UPDATE contacts SET version = version + 1, updated_at = ?, updated_by = ?, "
                               "position = ?, is_primary = ?, name = ?, title = ?, mobile = ?, phone = ?, "
                               "email = ?, wechat = ?, birthday = ?, notes = ?, postcode = ? WHERE id = ?"));
            update.bind(now).bind(user).bind(i);
            bindContactFields(update, contact).bind(contact.meta.id).exec();
            contact.meta.version += 1;
            ChangeRecorder::recordChange(m_db, QStringLiteral("contact"), contact.meta.id, QStringLiteral("update"));
        } else {
            Sql insert(m_db, kInsertContact);
            bindContact(insert, c.meta.id, static_cast<int>(i), contact, now, user);
            insert.exec();
            stampInsert(contact.meta, insert.lastInsertId(), now, user);
            ChangeRecorder::recordChange(m_db, QStringLiteral("contact"), contact.meta.id, QStringLiteral("insert"));
        }
        contact.meta.updatedAt = parseUtc(now);
        contact.meta.updatedBy = user;
        kept.insert(contact.meta.id);
    }
    for (const qint64 id : existing) {
        if (kept.contains(id))
            continue;
        Sql(m_db, QStringLiteral("DELETE FROM contacts WHERE id = ?")).bind(id).exec();
        ChangeRecorder::recordChange(m_db, QStringLiteral("contact"), id, QStringLiteral("delete"));
    }
}

std::optional<Customer> CustomerRepository::find(qint64 id) const
{
    m_db.access().require(Module::Customers, Action::View);
    return load(id);
}

std::optional<Customer> CustomerRepository::load(qint64 id) const
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(kCustomerColumns));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    Customer c;
    int col = 0;
    auto next = [&] { return q.value(col++); };
    c.meta = readMeta(q, col);
    c.name = next().toString();
    c.shortName = next().toString();
    c.kind = CustomerRules::kindFromCode(next().toString());
    c.grade = next().toString();
    c.tags = next().toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.industry = next().toString();
    c.province = next().toString();
    c.city = next().toString();
    c.district = next().toString();
    c.address = next().toString();
    c.phones = next().toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    c.email = next().toString();
    c.wechat = next().toString();
    c.source = next().toString();
    c.owner = next().toString();
    c.paymentTerms = CustomerRules::termsFromCode(next().toString());
    c.paymentDays = next().toInt();
    c.notes = next().toString();
    c.archived = next().toBool();
    c.postcode = next().toString();
    c.campaignId = next().toLongLong();

    Sql contacts(
        m_db,
        QStringLiteral("SELECT id, version, created_at, updated_at, created_by, updated_by, is_primary, "
                       "name, title, mobile, phone, email, wechat, birthday, notes, postcode FROM contacts "
                       "WHERE customer_id = ? ORDER BY position, id"));
    contacts.bind(id).exec();
    while (contacts.next()) {
        Contact k;
        int i = 0;
        auto v = [&] { return contacts.value(i++); };
        k.meta = readMeta(contacts, i);
        k.primary = v().toBool();
        k.name = v().toString();
        k.title = v().toString();
        k.mobile = v().toString();
        k.phone = v().toString();
        k.email = v().toString();
        k.wechat = v().toString();
        k.birthday = QDate::fromString(v().toString(), Qt::ISODate);
        k.notes = v().toString();
        k.postcode = v().toString();
        c.contacts.append(k);
    }
    return c;
}

Customer CustomerRepository::get(qint64 id) const
{
    std::optional<Customer> c = find(id);
    if (!c)
        throw StoreError(StoreError::Kind::NotFound, tr("There is no customer with id %1.").arg(id));
    if (!m_db.access().owns(c->owner))
        throw StoreError(StoreError::Kind::Denied,
                         tr("%1 is looked after by %2; your role sees only your own customers.").arg(c->name, c->owner));
    return *c;
}

QList<CustomerRow> CustomerRepository::duplicatesOf(const Customer& c) const
{
    QList<qint64> ids;
    Sql byName(m_db, QStringLiteral("SELECT id FROM customers WHERE name_key = ? AND id <> ?"));
    byName.bind(CustomerRules::nameKey(c.name)).bind(c.meta.id).exec();
    while (byName.next())
        ids.append(byName.value(0).toLongLong());
    QStringList digits;
    for (const QString& phone : c.phones)
        digits.append(CustomerSearchIndex::phoneDigits(phone));
    for (const Contact& contact : c.contacts)
        for (const QString& phone : {contact.mobile, contact.phone})
            if (!phone.isEmpty()) digits.append(CustomerSearchIndex::phoneDigits(phone));
    Sql byPhone(m_db, QStringLiteral("SELECT customer_id FROM customer_key WHERE key = ? AND kind = ? AND customer_id <> ?"));
    for (const QString& d : digits) {
        if (d.size() < 5)
            continue; // extension-like fragments would match unrelated customers
        byPhone.bind(d).bind(CustomerSearchIndex::PhoneKey).bind(c.meta.id).exec();
        while (byPhone.next())
            if (!ids.contains(byPhone.value(0).toLongLong()))
                ids.append(byPhone.value(0).toLongLong());
    }
    return rows(ids);
}

qint64 CustomerRepository::count(bool includeArchived) const
{
    CustomerListQuery q;
    q.includeArchived = includeArchived;
    return count(q);
}

qint64 CustomerRepository::count(const CustomerListQuery& query) const
{
    return Sql(m_db, QStringLiteral("SELECT count(*) FROM customers WHERE %1").arg(listWhere(query, m_db.access()))).scalar().toLongLong();
}

QString CustomerRepository::sortExpression(CustomerSort sort)
{
    return sortColumn(sort);
}

QString CustomerRepository::listCondition(const CustomerListQuery& query, const Access& access)
{
    return listWhere(query, access);
}

bool CustomerRepository::countsMoreThan(const CustomerListQuery& query, qint64 limit) const
{
    Sql q(m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM customers WHERE %1 LIMIT ?)")
                    .arg(listWhere(query, m_db.access())));
    q.bind(limit + 1).exec();
    return q.next() && q.value(0).toLongLong() > limit;
}

bool CustomerRepository::matches(const CustomerRow& row, const CustomerListQuery& query)
{
    const QDate today = query.today.isValid() ? query.today : QDate::currentDate();
    switch (query.owner) {
    case OwnerFilter::Any:
        break;
    case OwnerFilter::Pool:
        if (!row.owner.isEmpty()) return false;
        break;
    case OwnerFilter::Mine:
        if (row.owner != query.me) return false;
        break;
    case OwnerFilter::Others:
        if (row.owner.isEmpty() || row.owner == query.me) return false;
        break;
    }
    switch (query.contact) {
    case ContactFilter::Any: return true;
    case ContactFilter::FollowUpDue: return row.nextFollowUp.isValid() && row.nextFollowUp <= today;
    case ContactFilter::NothingPlanned: return !row.nextFollowUp.isValid();
    case ContactFilter::NotContactedFor:
        return !row.lastContact.isValid() ||
               row.lastContact < today.addDays(-std::max(0, query.notContactedDays)).startOfDay().toUTC();
    }
    return true;
}

QList<CustomerRow> CustomerRepository::readRows(Sql& q) const
{
    m_db.access().require(Module::Customers, Action::View);
    QList<CustomerRow> rows;
    while (q.next()) {
        CustomerRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.contact = q.value(2).toString();
        r.phone = q.value(3).toString();
        r.region = q.value(4).toString();
        r.grade = q.value(5).toString();
        r.tags = q.value(6).toString();
        r.updatedAt = parseUtc(q.value(7));
        r.archived = q.value(8).toBool();
        r.lastContact = parseUtc(q.value(9).toString().isEmpty() ? QVariant() : q.value(9));
        r.nextFollowUp = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        r.owner = q.value(11).toString();
        r.poolSince = parseUtc(q.value(12).toString().isEmpty() ? QVariant() : q.value(12));
        r.previousOwner = q.value(13).toString();
        r.sortValue = q.value(14);
        rows.append(r);
    }
    return rows;
}

QList<CustomerRow> CustomerRepository::page(const CustomerListQuery& query, qint64 offset, int limit,
                                            qint64 total, const ListAnchors* anchors) const
{
    const QString column = sortColumn(query.sort);
    if (const qsizetype anchor = anchors ? anchors->before(offset) : -1; anchor >= 0) {
        Sql q(m_db, keysetStatement(QStringLiteral("customers"), kRowColumns, column, query.order,
                                    listWhere(query, m_db.access()), true));
        anchors->bindPage(q, anchor, offset, limit);
        q.exec();
        return readRows(q);
    }
    const ReadWindow window = ReadWindow::of(offset, limit, total);
    const bool ascending = (query.order == Qt::AscendingOrder) != window.fromEnd;
    const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    Sql q(m_db, QStringLiteral("SELECT %1, %2 FROM customers WHERE %3 ORDER BY %2 %4, id %4 LIMIT ? OFFSET ?")
                    .arg(kRowColumns, column, listWhere(query, m_db.access()), dir));
    q.bind(window.limit).bind(window.offset).exec();
    return window.inOrder(readRows(q));
}

ListAnchors CustomerRepository::anchors(const CustomerListQuery& query, int every) const
{
    return readAnchors(m_db, QStringLiteral("customers"), sortColumn(query.sort), query.order,
                       listWhere(query, m_db.access()), {}, every);
}

QList<CustomerRow> CustomerRepository::pageAfter(const CustomerListQuery& query, const CustomerRow& last,
                                                 int limit) const
{
    Sql q(m_db, keysetStatement(QStringLiteral("customers"), kRowColumns, sortColumn(query.sort), query.order,
                                listWhere(query, m_db.access()), false));
    q.bind(last.sortValue).bind(last.id).bind(limit).exec();
    return readRows(q);
}

qint64 CustomerRepository::positionOf(const CustomerListQuery& query, qint64 id) const
{
    const QString column = sortColumn(query.sort);
    Sql row(m_db, QStringLiteral("SELECT %1 FROM customers WHERE id = ? AND %2").arg(column, listWhere(query, m_db.access())));
    row.bind(id).exec();
    if (!row.next())
        return -1;
    const QVariant key = row.value(0);
    // Counting the rows before it walks the same index the list pages use.
    Sql before(m_db, QStringLiteral("SELECT count(*) FROM customers WHERE %1 AND (%2, id) %3 (?, ?)")
                         .arg(listWhere(query, m_db.access()), column,
                              query.order == Qt::AscendingOrder ? QStringLiteral("<") : QStringLiteral(">")));
    return before.bind(key).bind(id).scalar().toLongLong();
}

QList<CustomerRow> CustomerRepository::rows(const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return {};
    // In chunks through one statement with a fixed number of placeholders, so every search (a new
    // list of ids each keystroke) reuses the same prepared statement.
    constexpr int kChunk = 64;
    static const QString statement = QStringLiteral("SELECT %1, NULL FROM customers WHERE id IN (%2)")
                                         .arg(kRowColumns, QStringLiteral(",?").repeated(kChunk).mid(1));
    const QString owner = m_db.access().ownerEquals(QStringLiteral("owner"));
    QHash<qint64, CustomerRow> byId;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        Sql q(m_db, statement + owner);
        for (int i = 0; i < kChunk; ++i)
            q.bind(from + i < ids.size() ? ids.at(from + i) : qint64(0));
        q.exec();
        for (const CustomerRow& r : readRows(q))
            byId.insert(r.id, r);
    }
    QList<CustomerRow> ordered;
    for (const qint64 id : ids)
        if (byId.contains(id))
            ordered.append(byId.value(id));
    return ordered;
}

} // namespace shopcrm
