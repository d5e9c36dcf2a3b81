#include "CustomerMerge.h"

#include "domain/CustomerJson.h"
#include "store/AuditLog.h"
#include "store/ChangeRecorder.h"
#include "store/CustomerRepository.h"
#include "store/CustomerSearchIndex.h"
#include "store/Database.h"
#include "store/FollowUpRepository.h"
#include "store/RevenueSummary.h"
#include "store/RowSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace shopcrm {

namespace {

// Every table whose rows belong to one customer, with the entity name the change feed uses. A new
// table with a customer_id belongs here, or merging would leave its rows on a removed customer.
struct Owned
{
    const char* table;
    const char* entity;
};
constexpr Owned kOwned[] = {{"contacts", "contact"},
                            {"orders", "order"},
                            {"follow_ups", "follow_up"},
                            {"payments", "payment"},
                            {"delivery_slips", "delivery_slip"},
                            {"opportunities", "opportunity"},
                            {"quotes", "quote"},
                            {"negotiated_prices", "negotiated_price"},
                            {"service_requests", "service_request"},
                            {"tasks", "task"},
                            {"appointments", "appointment"},
                            {"messages", "message"}};

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// Moves rows from one customer to another (those in `ids` only, when given); returns their ids.
QList<qint64> moveRows(Database& db, const Owned& owned, qint64 from, qint64 to,
                       const QList<qint64>* ids = nullptr)
{
    const QString table = QLatin1String(owned.table);
    if (table == QLatin1String("negotiated_prices")) {
        // Where both customers agreed a price for the same product from the same day, the kept
        // customer's stands; the other is deleted (and audited) rather than moved beside it.
        Sql clashing(
            db,
            QStringLiteral("SELECT id FROM negotiated_prices d WHERE d.customer_id = ? AND EXISTS (SELECT 1 "
                           "FROM negotiated_prices k WHERE k.customer_id = ? AND k.product_key = "
                           "d.product_key AND k.valid_from = d.valid_from)"));
        clashing.bind(from).bind(to).exec();
        QList<qint64> gone;
        while (clashing.next())
            gone.append(clashing.value(0).toLongLong());
        for (const qint64 id : std::as_const(gone)) {
            const QList<QJsonObject> row = rowSnapshots(db, table, QStringLiteral("id = ?"), {id});
            Sql(db, QStringLiteral("DELETE FROM negotiated_prices WHERE id = ?")).bind(id).exec();
            ChangeRecorder::record(db, QLatin1String(owned.entity), id, QStringLiteral("delete"),
                                   row.value(0), {});
        }
    }
    QList<qint64> moved;
    Sql select(db, QStringLiteral("SELECT id FROM %1 WHERE customer_id = ? ORDER BY id").arg(table));
    select.bind(from).exec();
    while (select.next()) {
        const qint64 id = select.value(0).toLongLong();
        if (!ids || ids->contains(id)) moved.append(id);
    }
    if (moved.isEmpty()) return moved;
    const QString now = Database::nowUtc();
    QString extra;
    if (table == QLatin1String("contacts") && !ids)
        // After the kept customer's own contacts, none of them primary.
        extra =
            QStringLiteral(", is_primary = 0, position = position + "
                           "(SELECT coalesce(max(position), -1) + 1 FROM contacts WHERE customer_id = %1)")
                .arg(to);
    Sql update(db,
               QStringLiteral(
                   "UPDATE %1 SET customer_id = ?, version = version + 1, updated_at = ?, updated_by = ?%2 "
                   "WHERE id = ? AND customer_id = ?")
                   .arg(table, extra));
    for (const qint64 id : std::as_const(moved)) {
        update.bind(to).bind(now).bind(db.session().user).bind(id).bind(from).exec();
        ChangeRecorder::recordChange(db, QLatin1String(owned.entity), id, QStringLiteral("update"));
    }
    return moved;
}

// What depends on which customer an order or follow-up belongs to, for the customers that exist;
// the revenue summaries of all of them.
void refreshDerived(Database& db, const QList<qint64>& existing, const QList<qint64>& summaries)
{
    for (const qint64 id : existing) {
        Sql(db,
            QStringLiteral("UPDATE orders SET customer_sort = (SELECT name_sort FROM customers WHERE id = ?) "
                           "WHERE customer_id = ?"))
            .bind(id)
            .bind(id)
            .exec();
        FollowUpRepository(db).refreshCustomerSummary(id);
    }
    RevenueSummary::rebuildCustomers(db, summaries);
}

} // namespace

QStringList CustomerMerge::fieldCodes()
{
    return {QStringLiteral("name"),          QStringLiteral("short_name"), QStringLiteral("kind"),
            QStringLiteral("grade"),         QStringLiteral("tags"),       QStringLiteral("industry"),
            QStringLiteral("province"),      QStringLiteral("city"),       QStringLiteral("district"),
            QStringLiteral("address"),       QStringLiteral("phones"),     QStringLiteral("email"),
            QStringLiteral("wechat"),        QStringLiteral("source"),     QStringLiteral("owner"),
            QStringLiteral("payment_terms"), QStringLiteral("notes"),      QStringLiteral("postcode")};
}

QString CustomerMerge::fieldLabel(const QString& code)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("short_name"), QT_TR_NOOP("Short name")},
        {QStringLiteral("kind"), QT_TR_NOOP("Company or person")},
        {QStringLiteral("grade"), QT_TR_NOOP("Grade")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("industry"), QT_TR_NOOP("Industry")},
        {QStringLiteral("province"), QT_TR_NOOP("Province")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("district"), QT_TR_NOOP("District")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("postcode"), QT_TR_NOOP("Postcode")},
        {QStringLiteral("phones"), QT_TR_NOOP("Phones")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("wechat"), QT_TR_NOOP("WeChat")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("payment_terms"), QT_TR_NOOP("Payment terms")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")}};
    const char* label = labels.value(code);
    return label ? tr(label) : code;
}

QString CustomerMerge::fieldText(const Customer& c, const QString& code)
{
    if (code == QLatin1String("name")) return c.name;
    if (code == QLatin1String("short_name")) return c.shortName;
    if (code == QLatin1String("kind")) return c.kind == CustomerKind::Company ? tr("company") : tr("person");
    if (code == QLatin1String("grade")) return c.grade;
    if (code == QLatin1String("tags")) return c.tags.join(QStringLiteral(", "));
    if (code == QLatin1String("industry")) return c.industry;
    if (code == QLatin1String("province")) return c.province;
    if (code == QLatin1String("city")) return c.city;
    if (code == QLatin1String("district")) return c.district;
    if (code == QLatin1String("address")) return c.address;
    if (code == QLatin1String("postcode")) return c.postcode;
    if (code == QLatin1String("phones")) return c.phones.join(QStringLiteral(", "));
    if (code == QLatin1String("email")) return c.email;
    if (code == QLatin1String("wechat")) return c.wechat;
    if (code == QLatin1String("source")) return c.source;
    if (code == QLatin1String("owner")) return c.owner;
    if (code == QLatin1String("payment_terms"))
        return c.paymentTerms == PaymentTerms::MonthlyAccount
                   ? tr("monthly account, %n day(s)", "", c.paymentDays)
                   : tr("cash on delivery");
    if (code == QLatin1String("notes")) return c.notes;
    return {};
}

void CustomerMerge::takeField(Customer& kept, const Customer& other, const QString& code)
{
    if (code == QLatin1String("name"))
        kept.name = other.name;
    else if (code == QLatin1String("short_name"))
        kept.shortName = other.shortName;
    else if (code == QLatin1String("kind"))
        kept.kind = other.kind;
    else if (code == QLatin1String("grade"))
        kept.grade = other.grade;
    else if (code == QLatin1String("tags"))
        kept.tags = other.tags;
    else if (code == QLatin1String("industry"))
        kept.industry = other.industry;
    else if (code == QLatin1String("province"))
        kept.province = other.province;
    else if (code == QLatin1String("city"))
        kept.city = other.city;
    else if (code == QLatin1String("district"))
        kept.district = other.district;
    else if (code == QLatin1String("address"))
        kept.address = other.address;
    else if (code == QLatin1String("postcode"))
        kept.postcode = other.postcode;
    else if (code == QLatin1String("phones"))
        kept.phones = other.phones;
    else if (code == QLatin1String("email"))
        kept.email = other.email;
    else if (code == QLatin1String("wechat"))
        kept.wechat = other.wechat;
    else if (code == QLatin1String("source"))
        kept.source = other.source;
    else if (code == QLatin1String("owner"))
        kept.owner = other.owner;
    else if (code == QLatin1String("payment_terms")) {
        kept.paymentTerms = other.paymentTerms;
        kept.paymentDays = other.paymentDays;
    } else if (code == QLatin1String("notes"))
        kept.notes = other.notes;
}

Customer CustomerMerge::proposed(const Customer& kept, const Customer& other)
{
    Customer result = kept;
    for (const QString& code : fieldCodes())
        if (fieldText(kept, code).isEmpty() && !fieldText(other, code).isEmpty())
            takeField(result, other, code);
    for (const QString& phone : other.phones)
        if (!result.phones.contains(phone)) result.phones.append(phone);
    for (const QString& tag : other.tags)
        if (!result.tags.contains(tag)) result.tags.append(tag);
    return result;
}

QString CustomerMerge::describe(const Holding& h)
{
    const int n = h.count;
    if (h.table == QLatin1String("contacts"))
        return tr("%n contact(s)", "", n);
    if (h.table == QLatin1String("orders"))
        return tr("%n order(s)", "", n);
    if (h.table == QLatin1String("follow_ups"))
        return tr("%n follow-up(s)", "", n);
    if (h.table == QLatin1String("payments"))
        return tr("%n payment(s)", "", n);
    if (h.table == QLatin1String("delivery_slips"))
        return tr("%n delivery slip(s)", "", n);
    return QStringLiteral("%1 %2").arg(n).arg(h.label);
}

QString CustomerMerge::label(qsizetype owned)
{
    const QStringList labels{
        tr("contacts"),         tr("orders"),        tr("follow-ups"),   tr("payments"),
        tr("delivery slips"),   tr("opportunities"), tr("quotes"),       tr("negotiated prices"),
        tr("service requests"), tr("tasks"),         tr("appointments"), tr("messages")};
    return labels.value(owned);
}

QList<CustomerMerge::Holding> CustomerMerge::holdings(const Database& db, qint64 customerId)
{
    QList<Holding> result;
    for (qsizetype i = 0; i < qsizetype(std::size(kOwned)); ++i) {
        const int count = Sql(db, QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id = ?")
                                      .arg(QLatin1String(kOwned[i].table)))
                              .bind(customerId)
                              .scalar()
                              .toInt();
        result.append({QLatin1String(kOwned[i].table), label(i), count});
    }
    return result;
}

qint64 CustomerMerge::merge(Database& db, const Customer& keptAsPicked, qint64 droppedId, int droppedVersion)
{
    db.access().require(Module::Customers, Action::Edit);
    db.access().require(Module::Customers, Action::Delete);
    const qint64 keptId = keptAsPicked.meta.id;
    if (keptId == droppedId || keptId <= 0 || droppedId <= 0)
        throw StoreError(StoreError::Kind::Validation, tr("Choose two different customers to merge."));
    qint64 mergeId = 0;
    db.write([&] {
        db.access().requireOwnCustomer(db, keptId);
        db.access().requireOwnCustomer(db, droppedId);
        CustomerRepository customers(db);
        const Customer dropped = customers.get(droppedId);
        if (dropped.meta.version != droppedVersion)
            throw StoreError(
                StoreError::Kind::Conflict,
                tr("%1 was changed by %2 after you opened the merge. Nothing was merged: look at it again.")
                    .arg(dropped.name, dropped.meta.updatedBy));
        const Customer keptOriginal = customers.get(keptId);
        const QList<QJsonObject> keptRow =
            rowSnapshots(db, QStringLiteral("customers"), QStringLiteral("id = ?"), {keptId});
        if (keptRow.isEmpty())
            throw StoreError(StoreError::Kind::NotFound, tr("Customer %1 no longer exists.").arg(keptId));
        QJsonObject droppedCopy{
            {QStringLiteral("customer"),
             rowSnapshots(db, QStringLiteral("customers"), QStringLiteral("id = ?"), {droppedId})
                 .constFirst()}};

        QJsonObject moved;
        for (const Owned& owned : kOwned) {
            QJsonArray ids;
            for (const qint64 id : moveRows(db, owned, droppedId, keptId))
                ids.append(id);
            moved.insert(QLatin1String(owned.table), ids);
        }

        // The dropped customer leaves the search index and the table; its whole record is audited.
        CustomerSearchIndex(db).remove(dropped);
        Sql(db, QStringLiteral("DELETE FROM customers WHERE id = ?")).bind(droppedId).exec();
        ChangeRecorder::record(db, QStringLiteral("customer"), droppedId, QStringLiteral("delete"),
                               CustomerJson::toJson(dropped), {});

        // The kept customer's search keys gain the moved contacts' names and numbers first, so the
        // index holds what the table holds when the update below replaces the keys it finds there.
        const Customer keptWithMoved = customers.get(keptId);
        CustomerSearchIndex(db).update(keptWithMoved, &keptOriginal);
        // Then the kept customer with the picked fields and every contact of both.
        Customer kept = keptAsPicked;
        kept.contacts = keptWithMoved.contacts;
        customers.update(kept);
        refreshDerived(db, {keptId}, {keptId, droppedId});

        const QString now = Database::nowUtc();
        Sql insert(
            db, QStringLiteral(
                    "INSERT INTO merges(created_at, updated_at, created_by, updated_by, kept_id, dropped_id, "
                    "kept_name, dropped_name, kept_before, kept_version_after, dropped, moved) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(now)
            .bind(now)
            .bind(db.session().user)
            .bind(db.session().user)
            .bind(keptId)
            .bind(droppedId)
            .bind(kept.name)
            .bind(dropped.name)
            .bind(json(keptRow.constFirst()))
            .bind(kept.meta.version)
            .bind(json(droppedCopy))
            .bind(json(moved))
            .exec();
        mergeId = insert.lastInsertId();
        ChangeRecorder::recordChange(db, QStringLiteral("merge"), mergeId, QStringLiteral("insert"));
        QJsonObject details{{QStringLiteral("merge"), mergeId},
                            {QStringLiteral("dropped"), droppedId},
                            {QStringLiteral("dropped_name"), dropped.name}};
        for (auto it = moved.constBegin(); it != moved.constEnd(); ++it)
            details.insert(it.key(), it.value().toArray().size());
        AuditLog::append(db, QStringLiteral("customer"), keptId, QStringLiteral("merge"), QString(),
                         AuditLog::compact(details));
    });
    return mergeId;
}

MergeUndoResult CustomerMerge::undo(Database& db, qint64 mergeId)
{
    db.access().require(Module::Customers, Action::Edit);
    db.access().require(Module::Customers, Action::Create);
    MergeUndoResult result;
    db.write([&] {
        Sql q(db,
              QStringLiteral(
                  "SELECT kept_id, dropped_id, kept_before, kept_version_after, dropped, moved, undone_at, "
                  "dropped_name FROM merges WHERE id = ?"));
        q.bind(mergeId).exec();
        if (!q.next()) throw StoreError(StoreError::Kind::NotFound, tr("There is no merge %1.").arg(mergeId));
        const qint64 keptId = q.value(0).toLongLong();
        const qint64 droppedId = q.value(1).toLongLong();
        const QJsonObject keptBefore = parse(q.value(2));
        const int keptVersionAfter = q.value(3).toInt();
        const QJsonObject dropped = parse(q.value(4));
        const QJsonObject moved = parse(q.value(5));
        const QString droppedName = q.value(7).toString();
        if (!q.value(6).isNull())
            throw StoreError(StoreError::Kind::Validation, tr("This merge was undone already."));
        db.access().requireOwnCustomer(db, keptId);
        if (Sql(db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"))
                .bind(droppedId)
                .scalar()
                .toInt() > 0)
            throw StoreError(
                StoreError::Kind::Validation,
                tr("Customer number %1 is in use again; the merge cannot be undone.").arg(droppedId));
        CustomerRepository customers(db);
        const std::optional<Customer> keptNow = customers.find(keptId);
        if (!keptNow)
            throw StoreError(
                StoreError::Kind::NotFound,
                tr("The kept customer %1 was removed since; the merge cannot be undone.").arg(keptId));

        // The removed customer comes back with its own id, as it was.
        QJsonObject row = dropped.value(QStringLiteral("customer")).toObject();
        const QString now = Database::nowUtc();
        row.insert(QStringLiteral("version"), row.value(QStringLiteral("version")).toInt() + 1);
        row.insert(QStringLiteral("updated_at"), now);
        row.insert(QStringLiteral("updated_by"), db.session().user);
        insertRows(db, QStringLiteral("customers"), {row});
        for (const Owned& owned : kOwned) {
            QList<qint64> ids;
            const QJsonArray list = moved.value(QLatin1String(owned.table)).toArray();
            for (const QJsonValue& v : list)
                ids.append(static_cast<qint64>(v.toDouble()));
            const QList<qint64> back = moveRows(db, owned, keptId, droppedId, &ids);
            if (back.size() < ids.size())
                result.notes.append(tr("%1 of the %2 %3 that moved are no longer with the kept customer and "
                                       "stay where they are.")
                                        .arg(ids.size() - back.size())
                                        .arg(ids.size())
                                        .arg(label(&owned - kOwned)));
        }
        // The kept customer's fields as they were, unless someone changed it since the merge.
        if (keptNow->meta.version == keptVersionAfter) {
            QStringList assignments;
            QVariantList values;
            for (auto it = keptBefore.constBegin(); it != keptBefore.constEnd(); ++it) {
                if (it.key() == QLatin1String("id") || it.key() == QLatin1String("version") ||
                    it.key() == QLatin1String("updated_at") || it.key() == QLatin1String("updated_by") ||
                    it.key() == QLatin1String("last_contact_at") ||
                    it.key() == QLatin1String("next_follow_up") ||
                    // The search index's own record of where the keys lie: restoring an older day
                    // would make the index update below forget the keys where they are not.
                    it.key() == QLatin1String("search_day"))
                    continue;
                assignments.append(it.key() + QStringLiteral(" = ?"));
                values.append(it.value().isNull() ? QVariant() : it.value().toVariant());
            }
            Sql(db, QStringLiteral("UPDATE customers SET %1, version = version + 1, updated_at = ?, "
                                   "updated_by = ? WHERE id = ?")
                        .arg(assignments.join(QStringLiteral(", "))))
                .bindAll(values)
                .bind(now)
                .bind(db.session().user)
                .bind(keptId)
                .exec();
            result.keptRestored = true;
        } else {
            result.notes.append(
                tr("%1 was changed after the merge; its fields stay as they are now.").arg(keptNow->name));
        }
        const Customer keptAfter = customers.get(keptId);
        CustomerSearchIndex(db).update(keptAfter, &*keptNow);
        ChangeRecorder::record(db, QStringLiteral("customer"), keptId, QStringLiteral("update"),
                               CustomerJson::toJson(*keptNow), CustomerJson::toJson(keptAfter));
        const Customer back = customers.get(droppedId);
        CustomerSearchIndex(db).update(back, nullptr);
        ChangeRecorder::recordCreated(db, QStringLiteral("customer"), droppedId);
        refreshDerived(db, {keptId, droppedId}, {keptId, droppedId});

        // A payment of one allocated to an order of the other, after the merge, is named.
        Sql crossed(
            db,
            QStringLiteral(
                "SELECT p.number, o.number FROM payment_allocations a JOIN payments p ON p.id = a.payment_id "
                "JOIN orders o ON o.id = a.order_id WHERE p.customer_id <> o.customer_id "
                "AND p.customer_id IN (?, ?)"));
        crossed.bind(keptId).bind(droppedId).exec();
        while (crossed.next())
            result.notes.append(tr("Payment %1 is allocated to order %2 of the other customer.")
                                    .arg(crossed.value(0).toString(), crossed.value(1).toString()));

        Sql(db, QStringLiteral("UPDATE merges SET undone_at = ?, version = version + 1, updated_at = ?, "
                               "updated_by = ? WHERE id = ?"))
            .bind(now)
            .bind(now)
            .bind(db.session().user)
            .bind(mergeId)
            .exec();
        ChangeRecorder::recordChange(db, QStringLiteral("merge"), mergeId, QStringLiteral("update"));
        AuditLog::append(db, QStringLiteral("customer"), keptId, QStringLiteral("unmerge"), QString(),
                         AuditLog::compact({{QStringLiteral("merge"), mergeId},
                                            {QStringLiteral("restored"), droppedId},
                                            {QStringLiteral("restored_name"), droppedName}}));
    });
    return result;
}

QList<MergeRecord> CustomerMerge::list(const Database& db, int limit)
{
    db.access().require(Module::Customers, Action::View);
    Sql q(db,
          QStringLiteral(
              "SELECT id, created_at, created_by, kept_id, dropped_id, kept_name, dropped_name, undone_at "
              "FROM merges ORDER BY id DESC LIMIT ?"));
    q.bind(limit).exec();
    QList<MergeRecord> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), parseUtc(q.value(1)), q.value(2).toString(),
                       q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString(),
                       q.value(6).toString(), parseUtc(q.value(7))});
    return result;
}

} // namespace shopcrm
