#include "Rights.h"

namespace shopcrm {

QList<Module> Rights::modules()
{
    return {Module::Customers, Module::Orders,  Module::Printing, Module::FollowUps,
            Module::Payments,  Module::Reports, Module::Catalog,  Module::Settings,
            Module::Users,     Module::Audit,   Module::Sales};
}

QList<Action> Rights::actions()
{
    return {Action::View, Action::Create, Action::Edit, Action::Delete, Action::Print, Action::Export, Action::Money};
}

QString Rights::code(Module m)
{
    switch (m) {
    case Module::Customers: return QStringLiteral("customers");
    case Module::Orders: return QStringLiteral("orders");
    case Module::Printing: return QStringLiteral("printing");
    case Module::FollowUps: return QStringLiteral("followups");
    case Module::Payments: return QStringLiteral("payments");
    case Module::Reports: return QStringLiteral("reports");
    case Module::Catalog: return QStringLiteral("catalog");
    case Module::Settings: return QStringLiteral("settings");
    case Module::Users: return QStringLiteral("users");
    case Module::Audit: return QStringLiteral("audit");
    case Module::Sales:
        return QStringLiteral("sales");
    }
    return {};
}

QString Rights::code(Action a)
{
    switch (a) {
    case Action::View: return QStringLiteral("view");
    case Action::Create: return QStringLiteral("create");
    case Action::Edit: return QStringLiteral("edit");
    case Action::Delete: return QStringLiteral("delete");
    case Action::Print: return QStringLiteral("print");
    case Action::Export: return QStringLiteral("export");
    case Action::Money: return QStringLiteral("money");
    }
    return {};
}

QString Rights::name(Module m)
{
    switch (m) {
    case Module::Customers: return tr("Customers");
    case Module::Orders: return tr("Orders");
    case Module::Printing: return tr("Printing");
    case Module::FollowUps: return tr("Follow-ups");
    case Module::Payments: return tr("Payments");
    case Module::Reports: return tr("Reports");
    case Module::Catalog: return tr("Products & staff");
    case Module::Settings: return tr("Settings");
    case Module::Users: return tr("Users");
    case Module::Audit: return tr("Audit log");
    case Module::Sales:
        return tr("Sales: opportunities and quotes");
    }
    return {};
}

QString Rights::name(Action a)
{
    switch (a) {
    case Action::View: return tr("View");
    case Action::Create: return tr("Create");
    case Action::Edit: return tr("Edit");
    case Action::Delete: return tr("Delete / cancel");
    case Action::Print: return tr("Print");
    case Action::Export: return tr("Export");
    case Action::Money: return tr("See money");
    }
    return {};
}

std::optional<Module> Rights::moduleFromCode(const QString& text)
{
    for (Module m : modules())
        if (code(m) == text)
            return m;
    return std::nullopt;
}

std::optional<Action> Rights::actionFromCode(const QString& text)
{
    for (Action a : actions())
        if (code(a) == text)
            return a;
    return std::nullopt;
}

QList<std::pair<Module, Action>> Rights::parse(const QString& right)
{
    const QStringList parts = right.trimmed().toLower().split(QLatin1Char('.'));
    const std::optional<Module> m = moduleFromCode(parts.value(0));
    if (!m || parts.size() > 2)
        return {};
    if (parts.size() == 1) {
        QList<std::pair<Module, Action>> every;
        for (Action a : actions())
            every.append({*m, a});
        return every;
    }
    const std::optional<Action> a = actionFromCode(parts.at(1));
    if (!a)
        return {};
    return {{*m, *a}};
}

QString Rights::toText() const
{
    QStringList words;
    for (Module m : modules())
        for (Action a : actions())
            if (has(m, a))
                words.append(code(m) + QLatin1Char('.') + code(a));
    return words.join(QLatin1Char(' '));
}

Rights Rights::fromText(const QString& text, QStringList* unknown)
{
    Rights r;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QList<std::pair<Module, Action>> pairs = parse(word);
        if (pairs.size() != 1) {
            if (unknown)
                unknown->append(word);
            continue;
        }
        r.grant(pairs.first().first, pairs.first().second);
    }
    return r;
}

Rights Rights::all()
{
    Rights r;
    for (Module m : modules())
        for (Action a : actions())
            r.grant(m, a);
    return r;
}

QStringList Rights::builtinRoles()
{
    return {QStringLiteral("owner"), QStringLiteral("manager"), QStringLiteral("front_desk"), QStringLiteral("production")};
}

QString Rights::builtinRoleName(const QString& roleCode)
{
    if (roleCode == QLatin1String("owner"))
        return tr("Owner");
    if (roleCode == QLatin1String("manager"))
        return tr("Manager");
    if (roleCode == QLatin1String("front_desk"))
        return tr("Front desk");
    if (roleCode == QLatin1String("production"))
        return tr("Production");
    return roleCode;
}

Rights Rights::preset(const QString& roleCode)
{
    if (roleCode == QLatin1String("owner"))
        return all();
    Rights r;
    auto grant = [&r](Module m, std::initializer_list<Action> list) {
        for (Action a : list)
            r.grant(m, a);
    };
    const auto every = {Action::View, Action::Create, Action::Edit, Action::Delete, Action::Print, Action::Export, Action::Money};
    if (roleCode == QLatin1String("manager")) {
        // Runs the shop day to day; the people who sign in and the shop's settings stay the owner's.
        for (Module m : {Module::Customers, Module::Orders, Module::Printing, Module::FollowUps,
                         Module::Payments, Module::Reports, Module::Catalog, Module::Sales})
            grant(m, every);
        grant(Module::Settings, {Action::View});
        grant(Module::Audit, {Action::View});
    } else if (roleCode == QLatin1String("front_desk")) {
        // Takes orders and money at the counter; deletes nothing and sees no reports.
        grant(Module::Customers, {Action::View, Action::Create, Action::Edit, Action::Print, Action::Money});
        grant(Module::Orders, {Action::View, Action::Create, Action::Edit, Action::Print, Action::Money});
        grant(Module::Printing, {Action::View, Action::Print, Action::Money});
        grant(Module::FollowUps, {Action::View, Action::Create, Action::Edit});
        grant(Module::Payments, {Action::View, Action::Create, Action::Print, Action::Money});
        grant(Module::Catalog, {Action::View, Action::Money});
        grant(Module::Sales, {Action::View, Action::Create, Action::Edit, Action::Print, Action::Money});
    } else if (roleCode == QLatin1String("production")) {
        // The workshop: work orders and their status, never a price.
        grant(Module::Customers, {Action::View});
        grant(Module::Orders, {Action::View, Action::Edit, Action::Print});
        grant(Module::Printing, {Action::View, Action::Print});
        grant(Module::FollowUps, {Action::View});
        grant(Module::Catalog, {Action::View});
    }
    return r;
}

} // namespace shopcrm
