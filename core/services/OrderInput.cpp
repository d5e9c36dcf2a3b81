#include "OrderInput.h"

#include "store/CatalogRepository.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace shopcrm {

QDateTime OrderInput::parseLocalTime(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& format : {QStringLiteral("yyyy-MM-ddTHH:mm"), QStringLiteral("yyyy-MM-dd HH:mm"),
                                  QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm:ss")}) {
        const QDateTime local = QDateTime::fromString(t, format);
        if (local.isValid())
            return local.toUTC();
    }
    const QDate day = QDate::fromString(t, Qt::ISODate);
    if (day.isValid())
        return day.startOfDay().toUTC();
    // With an explicit offset or Z.
    const QDateTime withZone = QDateTime::fromString(t, Qt::ISODateWithMs);
    return withZone.isValid() && withZone.timeSpec() != Qt::LocalTime ? withZone.toUTC() : QDateTime();
}

namespace {
// JSON numbers are accepted for convenience, but only when they are whole or exactly representable
// in the text JSON gave us; strings are the documented form.
QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', 3).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
    return {};
}

// A decimal string (or number) onto `target`; a problem is added to `issues` under `field`.
void readMoney(const QJsonValue& v, const QString& field, const QString& label, Money& target,
               QList<FieldIssue>& issues)
{
    if (v.isUndefined() || v.isNull()) return;
    QString error;
    if (const std::optional<Money> m = Money::parse(text(v), &error))
        target = *m;
    else
        issues.append({field, label + error});
}
} // namespace

QList<OrderLine> OrderInput::linesFromJson(Database& db, const QJsonArray& lines, QList<FieldIssue>& issues)
{
    CatalogRepository catalog(db);
    QList<OrderLine> result;
    auto money = [&](const QJsonValue& v, const QString& field, const QString& label, Money& target) {
        readMoney(v, field, label, target, issues);
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject l = lines.at(i).toObject();
        const QString prefix = tr("Line %1: ").arg(i + 1);
        const QString field = QStringLiteral("line%1.").arg(i + 1);
        OrderLine line;
        line.product = l.value(QStringLiteral("product")).toString().trimmed();
        line.description = l.value(QStringLiteral("description")).toString();
        line.material = l.value(QStringLiteral("material")).toString();
        line.unit = l.value(QStringLiteral("unit")).toString();
        line.widthMm = l.value(QStringLiteral("width_mm")).toInt();
        line.heightMm = l.value(QStringLiteral("height_mm")).toInt();
        if (const std::optional<Product> p = catalog.productNamed(line.product)) {
            line.productId = p->meta.id;
            line.product = p->name;
            if (line.unit.isEmpty()) line.unit = p->unit;
            if (line.material.isEmpty()) line.material = p->spec;
            line.unitPrice = p->unitPrice;
        }
        if (l.contains(QStringLiteral("quantity"))) {
            QString error;
            if (const std::optional<Quantity> q =
                    Quantity::parse(text(l.value(QStringLiteral("quantity"))), &error))
                line.quantity = *q;
            else
                issues.append({field + QStringLiteral("quantity"), prefix + error});
        }
        money(l.value(QStringLiteral("unit_price")), field + QStringLiteral("unit_price"), prefix,
              line.unitPrice);
        money(l.value(QStringLiteral("discount")), field + QStringLiteral("discount"), prefix, line.discount);
        line.outsourceSupplier = l.value(QStringLiteral("outsource_supplier")).toString();
        money(l.value(QStringLiteral("outsource_cost")), field + QStringLiteral("outsource_cost"), prefix,
              line.outsourceCost);
        result.append(line);
    }

    return result;
}

Order OrderInput::fromJson(Database& db, const QJsonObject& json)
{
    QList<FieldIssue> issues;
    Order o;
    CatalogRepository catalog(db);

    const QJsonValue customer = json.value(QStringLiteral("customer"));
    if (customer.isDouble() || (customer.isString() && customer.toString().trimmed().toLongLong() > 0)) {
        const qint64 id = customer.isDouble() ? static_cast<qint64>(customer.toDouble()) : customer.toString().toLongLong();
        if (Sql(db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?")).bind(id).scalar().toInt())
            o.customerId = id;
        else
            issues.append({QStringLiteral("customer"), tr("There is no customer with id %1.").arg(id)});
    } else if (customer.isString() && !customer.toString().trimmed().isEmpty()) {
        const QString name = customer.toString().trimmed();
        Sql q(db, QStringLiteral("SELECT id FROM customers WHERE name = ? AND archived = 0 ORDER BY id"));
        q.bind(name).exec();
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        if (ids.isEmpty())
            issues.append({QStringLiteral("customer"), tr("There is no customer named \"%1\".").arg(name)});
        else if (ids.size() > 1)
            issues.append({QStringLiteral("customer"),
                           tr("%n customers are named \"%1\"; give the customer's id instead.", "", int(ids.size())).arg(name)});
        else
            o.customerId = ids.first();
    } else {
        issues.append({QStringLiteral("customer"), tr("Give the customer as an id or an exact name.")});
    }

    auto time = [&](const QString& key, QDateTime& target) {
        const QString value = json.value(key).toString();
        if (value.trimmed().isEmpty())
            return;
        target = parseLocalTime(value);
        if (!target.isValid())
            issues.append({key, tr("\"%1\" is not a date and time (use 2026-11-20T10:30).").arg(value)});
    };
    time(QStringLiteral("date"), o.orderDate);
    if (!o.orderDate.isValid())
        o.orderDate = QDateTime::currentDateTimeUtc();
    time(QStringLiteral("due"), o.due);
    o.urgent = json.value(QStringLiteral("urgent")).toBool();
    o.title = json.value(QStringLiteral("title")).toString();
    o.notes = json.value(QStringLiteral("note")).toString(json.value(QStringLiteral("notes")).toString());
    o.source = json.value(QStringLiteral("source")).toString();
    o.campaignId = json.value(QStringLiteral("campaign_id")).toInteger();
    if (o.campaignId > 0 && !Sql(db, QStringLiteral("SELECT count(*) FROM campaigns WHERE id = ?"))
                                 .bind(o.campaignId)
                                 .scalar()
                                 .toInt())
        issues.append(
            {QStringLiteral("campaign_id"), tr("There is no campaign with id %1.").arg(o.campaignId)});
    o.contactName = json.value(QStringLiteral("contact")).toString();
    o.phone = json.value(QStringLiteral("phone")).toString();
    o.deliveryAddress = json.value(QStringLiteral("delivery_address")).toString();

    readMoney(json.value(QStringLiteral("deposit")), QStringLiteral("deposit"), tr("Deposit: "), o.deposit,
              issues);

    const QJsonArray staff = json.value(QStringLiteral("staff")).toArray();
    for (const QJsonValue& v : staff) {
        const QJsonObject s = v.toObject();
        const QString name = s.value(QStringLiteral("name")).toString().trimmed();
        const std::optional<StaffMember> member = catalog.staffNamed(name);
        if (!member) {
            issues.append({QStringLiteral("staff"),
                           tr("There is no staff member named \"%1\"; add them first (shopcrm-cli staff add --name …).")
                               .arg(name)});
            continue;
        }
        const QString roleText = s.value(QStringLiteral("role")).toString();
        const std::optional<StaffRole> role =
            roleText.isEmpty() ? std::optional<StaffRole>(member->role) : CatalogRules::roleFromCode(roleText);
        if (!role) {
            issues.append({QStringLiteral("staff"),
                           tr("Unknown role \"%1\"; use designer, production, installer, sales or other.").arg(roleText)});
            continue;
        }
        o.staff.append({member->meta.id, member->name, *role});
    }

    o.lines = linesFromJson(db, json.value(QStringLiteral("lines")).toArray(), issues);

    if (o.customerId > 0)
        OrderRules::applyCustomerDefaults(o, CustomerRepository(db).get(o.customerId));
    OrderRules::normalise(o);
    for (const FieldIssue& issue : OrderRules::check(o))
        if (issue.blocking && !(issue.field == QLatin1String("customer") && o.customerId == 0))
            issues.append(issue);
    if (!issues.isEmpty())
        throw ValidationError(issues);
    return o;
}

} // namespace shopcrm
