// shopcrm-cli: order, staff and product commands.
#include "CliSupport.h"
#include "domain/OrderJson.h"
#include "services/OrderInput.h"
#include "store/CatalogRepository.h"
#include "store/DeliveryRepository.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

namespace shopcrm::cli {

QString orderUsage()
{
    return Cli::tr("  order add [--json] FILE|-                one order as JSON; prints its number\n"
                   "  order show NUMBER\n"
                   "  order list [--status S,…|all] [--from DATE] [--to DATE] [--customer ID|NAME]\n"
                   "             [--staff NAME] [--due today|overdue|attention|week] [--urgent] [--limit N]\n"
                   "  order status NUMBER unscheduled|in_production|done|delivered|cancelled [--reason R]\n"
                   "  order reopen NUMBER --reason R | order duplicate NUMBER\n"
                   "  staff add --name N [--role designer|production|installer|sales|other] [--phone P]\n"
                   "  staff list [--all]\n"
                   "  product add --name N [--unit U] [--price P] [--pricing unit|area] [--category C] [--spec S]\n              [--cost C]\n"
                   "  product list [--all]\n");
}

namespace {

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// The keys that carry money in an order's JSON, left out for a role that does not see money.
QJsonObject withoutMoney(QJsonObject o)
{
    static const QStringList keys = {QStringLiteral("unit_price"), QStringLiteral("amount"), QStringLiteral("discount"),
                                     QStringLiteral("outsource_cost"), QStringLiteral("total"), QStringLiteral("total_in_words"),
                                     QStringLiteral("deposit"), QStringLiteral("paid"), QStringLiteral("amount_due"),
                                     QStringLiteral("payment_state")};
    for (const QString& key : keys)
        o.remove(key);
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().isArray()) {
            QJsonArray items;
            for (const QJsonValue& item : it.value().toArray())
                items.append(item.isObject() ? QJsonValue(withoutMoney(item.toObject())) : item);
            it.value() = items;
        }
    return o;
}

QJsonObject rowJson(const OrderRow& r)
{
    return {{QStringLiteral("number"), r.number},
            {QStringLiteral("customer"), r.customer},
            {QStringLiteral("customer_id"), r.customerId},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("total"), r.total.toPlainString()},
            {QStringLiteral("deposit"), r.deposit.toPlainString()},
            {QStringLiteral("status"), OrderRules::statusCode(r.status)},
            {QStringLiteral("date"), OrderJson::time(r.orderDate)},
            {QStringLiteral("due"), r.due.isValid() ? QJsonValue(OrderJson::time(r.due)) : QJsonValue()},
            {QStringLiteral("urgent"), r.urgent},
            {QStringLiteral("staff"), r.staff},
            {QStringLiteral("created_by"), r.createdBy}};
}

void printOrder(const Order& o, const QList<StatusChange>& history, bool money)
{
    out() << Cli::tr("Order %1").arg(o.number) << "  " << OrderRules::statusName(o.status)
          << (o.urgent ? QStringLiteral("  ") + Cli::tr("URGENT") : QString()) << '\n';
    auto line = [](const QString& label, const QString& value) {
        if (!value.isEmpty())
            out() << "  " << label << ": " << value << '\n';
    };
    line(Cli::tr("Customer"), o.customerName);
    line(Cli::tr("Contact"), QStringList{o.contactName, o.phone}.join(QLatin1Char(' ')).trimmed());
    line(Cli::tr("Delivery address"), o.deliveryAddress);
    line(Cli::tr("Order date"), localTime(o.orderDate));
    line(Cli::tr("Due"), localTime(o.due));
    line(Cli::tr("Title"), o.title);
    QStringList staff;
    for (const OrderStaff& s : o.staff)
        staff.append(s.name + QStringLiteral(" (") + CatalogRules::roleName(s.role) + QLatin1Char(')'));
    line(Cli::tr("Staff"), staff.join(QStringLiteral(", ")));
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        const OrderLine& l = o.lines.at(i);
        QString text = QStringLiteral("%1. %2").arg(i + 1).arg(l.product.isEmpty() ? l.description : l.product);
        if (l.widthMm > 0 && l.heightMm > 0)
            text += QStringLiteral("  %1×%2 mm").arg(l.widthMm).arg(l.heightMm);
        if (l.areaPriced())
            text += QStringLiteral("  × %1 = %2 m²").arg(l.quantity.toString(), OrderRules::formatArea(l.areaMilli));
        else
            text += QStringLiteral("  × %1 %2").arg(l.quantity.toString(), l.unit);
        if (money)
            text += QStringLiteral("  @ %1 = %2").arg(l.unitPrice.toString(), l.amount.toString());
        out() << "    " << text << '\n';
    }
    if (money) {
        line(Cli::tr("Total"), o.total().toString());
        line(Cli::tr("Deposit"), o.deposit.toString());
    }
    line(Cli::tr("Notes"), o.notes);
    for (const StatusChange& c : history)
        out() << "    " << localTime(c.at) << "  " << OrderRules::statusName(c.to) << "  " << c.user
              << (c.reason.isEmpty() ? QString() : QStringLiteral("  ") + c.reason) << '\n';
}

} // namespace

OrderFilter orderFilterFrom(Database& db, const Arguments& a, const OrderFilter& defaults)
{
    OrderFilter filter = defaults;
    if (a.options.contains(QStringLiteral("status"))) {
        filter.statuses.clear();
        const QString statuses = a.option(QStringLiteral("status"));
        if (statuses != QLatin1String("all")) {
            for (const QString& code : statuses.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const std::optional<OrderStatus> s = OrderRules::statusFromCode(code);
                if (!s)
                    throw UsageError{Cli::tr("Unknown status \"%1\".").arg(code)};
                filter.statuses.append(*s);
            }
        }
    }
    filter.from = optionalDate(a, QStringLiteral("from"));
    filter.to = optionalDate(a, QStringLiteral("to"));
    filter.urgentOnly = a.flags.contains(QStringLiteral("--urgent"));
    const QString due = a.option(QStringLiteral("due"));
    if (due == QLatin1String("today"))
        filter.due = DueFilter::Today;
    else if (due == QLatin1String("overdue"))
        filter.due = DueFilter::Overdue;
    else if (due == QLatin1String("attention"))
        filter.due = DueFilter::TodayOrOverdue;
    else if (due == QLatin1String("week"))
        filter.due = DueFilter::ThisWeek;
    else if (!due.isEmpty())
        throw UsageError{Cli::tr("--due is today, overdue, attention or week.")};
    if (a.options.contains(QStringLiteral("customer")))
        filter.customerId = customerId(db, a.option(QStringLiteral("customer")));
    if (a.options.contains(QStringLiteral("staff"))) {
        const std::optional<StaffMember> s = CatalogRepository(db).staffNamed(a.option(QStringLiteral("staff")));
        if (!s)
            throw StoreError(StoreError::Kind::NotFound,
                             Cli::tr("There is no staff member named \"%1\".").arg(a.option(QStringLiteral("staff"))));
        filter.staffId = s->meta.id;
    }
    return filter;
}

int orderCommand(const Arguments& a)
{
    const QString verb = a.words.value(1);
    if (verb == QLatin1String("add")) {
        a.allowOnly({});
        const QString path = a.words.value(2);
        if (path.isEmpty())
            throw UsageError{Cli::tr("Give the order as a JSON file, or - to read it from the standard input.")};
        const QJsonObject json = readJsonObject(path);
        auto db = openDatabase(a);
        Order o = OrderInput::fromJson(*db, json);
        OrderRepository(*db).create(o);
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("number"), o.number}, {QStringLiteral("total"), o.total().toPlainString()}});
        // (Creating an order needs the right to see its money.)
        else
            out() << o.number << '\n';
        return 0;
    }
    if (verb == QLatin1String("show")) {
        a.allowOnly({});
        auto db = openDatabase(a);
        OrderRepository repo(*db);
        const Order o = orderByNumber(repo, a.words.value(2));
        const QList<StatusChange> history = repo.history(o.meta.id);
        if (a.json) {
            QJsonObject json = OrderJson::toJson(o);
            QJsonArray changes;
            for (const StatusChange& c : history)
                changes.append(QJsonObject{{QStringLiteral("at"), OrderJson::time(c.at)},
                                           {QStringLiteral("by"), c.user},
                                           {QStringLiteral("desk"), c.desk},
                                           {QStringLiteral("from"), c.from ? QJsonValue(OrderRules::statusCode(*c.from)) : QJsonValue()},
                                           {QStringLiteral("to"), OrderRules::statusCode(c.to)},
                                           {QStringLiteral("reason"), c.reason}});
            json.insert(QStringLiteral("history"), changes);
            const bool money = db->access().seesMoney(Module::Orders) && db->access().seesMoney(Module::Payments)
                               && db->access().can(Module::Payments, Action::View);
            if (money) {
                // Nothing is due on a cancelled order, whatever was paid on it.
                const Money paid = PaymentRepository(*db).paidOn(o.meta.id);
                json.insert(QStringLiteral("paid"), paid.toPlainString());
                json.insert(QStringLiteral("amount_due"),
                            (o.status == OrderStatus::Cancelled ? Money() : o.total() - paid).toPlainString());
                json.insert(QStringLiteral("payment_state"), PaymentRules::stateCode(PaymentRules::state(o.total(), paid)));
            }
            QJsonArray prints;
            for (const PrintLog::Entry& p : PrintLog::forOrder(*db, o.meta.id))
                prints.append(QJsonObject{{QStringLiteral("at"), OrderJson::time(p.at)},
                                          {QStringLiteral("document"), p.document},
                                          {QStringLiteral("copy"), p.copy},
                                          {QStringLiteral("reprint"), p.copy > 1},
                                          {QStringLiteral("form"), p.form},
                                          {QStringLiteral("by"), p.user}});
            json.insert(QStringLiteral("prints"), prints);
            QJsonArray remaining;
            for (const Deliverable& d : DeliveryRepository(*db).deliverables({o.meta.id}))
                remaining.append(QJsonObject{{QStringLiteral("line"), d.position + 1},
                                             {QStringLiteral("delivered"), d.delivered.toString()},
                                             {QStringLiteral("remaining"), d.remaining().toString()}});
            json.insert(QStringLiteral("deliveries"), remaining);
            json.insert(QStringLiteral("created_by"), o.meta.createdBy);
            json.insert(QStringLiteral("version"), o.meta.version);
            printJson(db->access().seesMoney(Module::Orders) ? json : withoutMoney(json));
        } else {
            printOrder(o, history, db->access().seesMoney(Module::Orders));
        }
        return 0;
    }
    if (verb == QLatin1String("list")) {
        a.allowOnly({QStringLiteral("status"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("customer"),
                     QStringLiteral("staff"), QStringLiteral("due"), QStringLiteral("limit")});
        const int limit = static_cast<int>(a.number(QStringLiteral("limit"), 100, 1, 1000000));
        auto db = openDatabase(a);
        OrderListQuery query;
        query.filter = orderFilterFrom(*db, a, OrderFilter::unfinished());
        OrderRepository repo(*db);
        const OrderTotals totals = repo.totals(query.filter);
        const QList<OrderRow> rows = repo.page(query, 0, limit);
        const bool money = db->access().seesMoney(Module::Orders);
        if (a.json) {
            QJsonArray array;
            for (const OrderRow& r : rows)
                array.append(money ? rowJson(r) : withoutMoney(rowJson(r)));
            QJsonObject result{{QStringLiteral("count"), totals.count}, {QStringLiteral("orders"), array}};
            if (money) {
                result.insert(QStringLiteral("total"), totals.total.toPlainString());
                result.insert(QStringLiteral("deposit"), totals.deposit.toPlainString());
            }
            printJson(result);
        } else {
            for (const OrderRow& r : rows)
                out() << r.number << '\t' << r.customer << '\t' << r.title << '\t'
                      << (money ? r.total.toString() + QLatin1Char('\t') : QString()) << OrderRules::statusName(r.status)
                      << '\t' << localTime(r.due) << '\n';
            const int count = int(std::min<qint64>(totals.count, INT_MAX));
            out() << (money ? Cli::tr("%n order(s), total %1", "", count).arg(totals.total.toString())
                            : Cli::tr("%n order(s)", "", count))
                  << '\n';
        }
        return 0;
    }
    if (verb == QLatin1String("status") || verb == QLatin1String("reopen")) {
        a.allowOnly({QStringLiteral("reason")});
        auto db = openDatabase(a);
        OrderRepository repo(*db);
        const Order o = orderByNumber(repo, a.words.value(2));
        if (verb == QLatin1String("reopen")) {
            repo.reopen(o.meta.id, o.meta.version, a.option(QStringLiteral("reason")));
        } else {
            const std::optional<OrderStatus> s = OrderRules::statusFromCode(a.words.value(3));
            if (!s)
                throw UsageError{Cli::tr("Give the new status: unscheduled, in_production, done, delivered or cancelled.")};
            repo.setStatus(o.meta.id, o.meta.version, *s, a.option(QStringLiteral("reason")));
        }
        const Order now = repo.get(o.meta.id);
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("number"), now.number},
                                  {QStringLiteral("status"), OrderRules::statusCode(now.status)}});
        else
            out() << now.number << '\t' << OrderRules::statusName(now.status) << '\n';
        return 0;
    }
    if (verb == QLatin1String("duplicate")) {
        a.allowOnly({});
        auto db = openDatabase(a);
        OrderRepository repo(*db);
        Order copy = OrderRules::duplicate(orderByNumber(repo, a.words.value(2)), QDateTime::currentDateTimeUtc());
        repo.create(copy);
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("number"), copy.number}});
        else
            out() << copy.number << '\n';
        return 0;
    }
    throw UsageError{Cli::tr("Unknown order command \"%1\".").arg(verb)};
}

int staffCommand(const Arguments& a)
{
    const QString verb = a.words.value(1);
    if (verb == QLatin1String("add")) {
        a.allowOnly({QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("phone")});
        StaffMember s;
        s.name = a.option(QStringLiteral("name"));
        const std::optional<StaffRole> role = CatalogRules::roleFromCode(a.option(QStringLiteral("role"), QStringLiteral("other")));
        if (!role)
            throw UsageError{Cli::tr("--role is designer, production, installer, sales or other.")};
        s.role = *role;
        s.phone = a.option(QStringLiteral("phone"));
        auto db = openDatabase(a);
        const qint64 id = CatalogRepository(*db).createStaff(s);
        printCreated(a, id);
        return 0;
    }
    if (verb == QLatin1String("list")) {
        a.allowOnly({});
        auto db = openDatabase(a);
        QJsonArray array;
        for (const StaffMember& s : CatalogRepository(*db).staff(a.flags.contains(QStringLiteral("--all")))) {
            if (a.json)
                array.append(QJsonObject{{QStringLiteral("id"), s.meta.id}, {QStringLiteral("name"), s.name},
                                         {QStringLiteral("role"), CatalogRules::roleCode(s.role)},
                                         {QStringLiteral("phone"), s.phone}, {QStringLiteral("active"), s.active}});
            else
                out() << s.meta.id << '\t' << s.name << '\t' << CatalogRules::roleName(s.role) << '\t' << s.phone << '\n';
        }
        if (a.json)
            printJson(array);
        return 0;
    }
    throw UsageError{Cli::tr("Unknown staff command \"%1\".").arg(verb)};
}

int productCommand(const Arguments& a)
{
    const QString verb = a.words.value(1);
    if (verb == QLatin1String("add")) {
        a.allowOnly({QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("price"), QStringLiteral("category"),
                     QStringLiteral("spec"), QStringLiteral("cost"), QStringLiteral("pricing")});
        Product p;
        p.name = a.option(QStringLiteral("name"));
        p.unit = a.option(QStringLiteral("unit"));
        p.spec = a.option(QStringLiteral("spec"));
        const QString pricing = a.option(QStringLiteral("pricing"), CatalogRules::isAreaUnit(p.unit) ? QStringLiteral("area")
                                                                                                     : QStringLiteral("unit"));
        if (pricing != QLatin1String("area") && pricing != QLatin1String("unit"))
            throw UsageError{Cli::tr("--pricing is unit or area.")};
        p.pricing = CatalogRules::pricingFromCode(pricing);
        QString error;
        if (a.options.contains(QStringLiteral("price"))) {
            const std::optional<Money> m = Money::parse(a.option(QStringLiteral("price")), &error);
            if (!m)
                throw StoreError(StoreError::Kind::Validation, error);
            p.unitPrice = *m;
        }
        if (a.options.contains(QStringLiteral("cost"))) {
            p.cost = Money::parse(a.option(QStringLiteral("cost")), &error);
            if (!p.cost)
                throw StoreError(StoreError::Kind::Validation, error);
        }
        auto db = openDatabase(a);
        CatalogRepository catalog(*db);
        p.categoryId = catalog.categoryNamed(a.option(QStringLiteral("category")));
        const qint64 id = catalog.createProduct(p);
        printCreated(a, id);
        return 0;
    }
    if (verb == QLatin1String("list")) {
        a.allowOnly({});
        auto db = openDatabase(a);
        QJsonArray array;
        const bool money = db->access().seesMoney(Module::Catalog);
        for (const Product& p : CatalogRepository(*db).products(a.flags.contains(QStringLiteral("--all")))) {
            if (a.json) {
                QJsonObject o{{QStringLiteral("id"), p.meta.id},         {QStringLiteral("name"), p.name},
                              {QStringLiteral("spec"), p.spec},           {QStringLiteral("unit"), p.unit},
                              {QStringLiteral("pricing"), CatalogRules::pricingCode(p.pricing)},
                              {QStringLiteral("archived"), p.archived}};
                if (money)
                    o.insert(QStringLiteral("unit_price"), p.unitPrice.toPlainString());
                array.append(o);
            } else {
                out() << p.meta.id << '\t' << p.name << '\t' << p.spec << '\t'
                      << (money ? p.unitPrice.toString() + QLatin1Char('/') : QString()) << p.unit << '\n';
            }
        }
        if (a.json)
            printJson(array);
        return 0;
    }
    throw UsageError{Cli::tr("Unknown product command \"%1\".").arg(verb)};
}

} // namespace shopcrm::cli
