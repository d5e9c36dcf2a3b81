// `user …`, `role …` and `users on|off`: who signs in and what each role may do.
#include "CliSupport.h"
#include "store/CatalogRepository.h"
#include "store/UserRepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace shopcrm::cli {

namespace {

// A password from standard input (one line), for scripts: never from the command line, where
// other users of the computer could read it in the process list.
QString passwordFromStdin(const Arguments& a)
{
    if (!a.flags.contains(QStringLiteral("--password-stdin")))
        throw UsageError{Cli::tr("Give the password on standard input with --password-stdin.")};
    QTextStream in(stdin);
    return in.readLine();
}

Role roleNamed(UserRepository& users, const QString& name)
{
    if (name.trimmed().isEmpty())
        throw UsageError{Cli::tr("Give the role.")};
    const std::optional<Role> r = users.roleByCode(name);
    if (!r)
        throw StoreError(StoreError::Kind::NotFound, Cli::tr("There is no role \"%1\".").arg(name));
    return *r;
}

User userNamed(UserRepository& users, const QString& login)
{
    if (login.trimmed().isEmpty())
        throw UsageError{Cli::tr("Give the user's login name.")};
    const std::optional<User> u = users.findByLogin(login);
    if (!u)
        throw StoreError(StoreError::Kind::NotFound, Cli::tr("There is no user \"%1\".").arg(login));
    return *u;
}

QString roleTitle(const Role& r)
{
    return r.builtin ? Rights::builtinRoleName(r.code) : r.name;
}

QJsonObject roleJson(const Role& r)
{
    return {{QStringLiteral("id"), r.meta.id},
            {QStringLiteral("code"), r.code},
            {QStringLiteral("name"), roleTitle(r)},
            {QStringLiteral("builtin"), r.builtin},
            {QStringLiteral("own_customers_only"), r.ownCustomersOnly},
            {QStringLiteral("rights"), QJsonArray::fromStringList(r.rights.toText().split(QLatin1Char(' '), Qt::SkipEmptyParts))}};
}

void changeRights(UserRepository& users, const Arguments& a, bool grant)
{
    Role r = roleNamed(users, a.words.value(2));
    const QStringList words = a.words.mid(3);
    if (words.isEmpty())
        throw UsageError{Cli::tr("Give the rights, such as orders.view or payments (every action of a module).")};
    for (const QString& word : words) {
        const QList<std::pair<Module, Action>> pairs = Rights::parse(word);
        if (pairs.isEmpty())
            throw UsageError{Cli::tr("\"%1\" is not a right: write module.action, such as orders.money.").arg(word)};
        for (const auto& [m, act] : pairs)
            grant ? r.rights.grant(m, act) : r.rights.revoke(m, act);
    }
    users.updateRole(r);
}

} // namespace

QString userUsage()
{
    return Cli::tr("  user add --login L --name N --role R [--staff S] --password-stdin\n"
                   "                                         the first user is the shop's owner\n"
                   "  user list | user disable L | user enable L\n"
                   "  user reset-password L --password-stdin\n"
                   "  user password --password-stdin         your own: the current and the new one, a line each\n"
                   "  role list | role show R | role add NAME [--like R] [--own-customers]\n"
                   "  role grant R RIGHT… | role revoke R RIGHT…   rights as module.action (orders.money) or module\n"
                   "  users on|off                           sign in, or a single-user shop without sign-in\n"
                   "--user L       act as this user (or SHOPCRM_USER); the password from SHOPCRM_PASSWORD\n"
                   "               or a prompt\n");
}

int userCommand(const Arguments& a)
{
    const QString verb = a.words.value(1);
    if (verb == QLatin1String("add")) {
        a.allowOnly({QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("staff")});
        const QString password = passwordFromStdin(a);
        auto db = openDatabase(a);
        UserRepository users(*db);
        User u;
        u.login = a.option(QStringLiteral("login"));
        u.displayName = a.option(QStringLiteral("name"));
        const bool first = !users.hasUsers();
        if (!first)
            u.roleId = roleNamed(users, a.option(QStringLiteral("role"))).meta.id;
        if (a.options.contains(QStringLiteral("staff"))) {
            const std::optional<StaffMember> s = CatalogRepository(*db).staffNamed(a.option(QStringLiteral("staff")));
            if (!s)
                throw StoreError(StoreError::Kind::NotFound,
                                 Cli::tr("There is no staff member \"%1\".").arg(a.option(QStringLiteral("staff"))));
            u.staffId = s->meta.id;
        }
        const qint64 id = users.createUser(u, password);
        if (first && !a.json)
            err() << Cli::tr("%1 is the shop's owner; from now on every command signs in.").arg(u.login) << '\n';
        printCreated(a, id);
        return 0;
    }
    if (verb == QLatin1String("list")) {
        a.allowOnly({});
        auto db = openDatabase(a);
        const QList<User> list = UserRepository(*db).users();
        if (a.json) {
            QJsonArray array;
            for (const User& u : list)
                array.append(QJsonObject{{QStringLiteral("id"), u.meta.id},
                                         {QStringLiteral("login"), u.login},
                                         {QStringLiteral("name"), u.displayName},
                                         {QStringLiteral("role"), u.roleName},
                                         {QStringLiteral("staff"), u.staffName},
                                         {QStringLiteral("active"), u.active},
                                         {QStringLiteral("locked_until"), u.lockedUntil.toString(Qt::ISODate)},
                                         {QStringLiteral("last_login"), u.lastLoginAt.toString(Qt::ISODate)}});
            printJson(array);
            return 0;
        }
        for (const User& u : list)
            out() << u.login << '\t' << u.displayName << '\t' << Rights::builtinRoleName(u.roleName) << '\t' << u.staffName
                  << '\t' << (u.active ? Cli::tr("active") : Cli::tr("disabled")) << '\n';
        return 0;
    }
    if (verb == QLatin1String("disable") || verb == QLatin1String("enable")) {
        a.allowOnly({});
        auto db = openDatabase(a);
        UserRepository users(*db);
        users.setActive(userNamed(users, a.words.value(2)).meta.id, verb == QLatin1String("enable"));
        return 0;
    }
    if (verb == QLatin1String("reset-password")) {
        a.allowOnly({});
        const QString password = passwordFromStdin(a);
        auto db = openDatabase(a);
        UserRepository users(*db);
        users.resetPassword(userNamed(users, a.words.value(2)).meta.id, password);
        return 0;
    }
    if (verb == QLatin1String("password")) {
        a.allowOnly({});
        if (!a.flags.contains(QStringLiteral("--password-stdin")))
            throw UsageError{Cli::tr("Give the current and the new password on standard input with --password-stdin.")};
        QTextStream in(stdin);
        const QString current = in.readLine();
        const QString next = in.readLine();
        auto db = openDatabase(a);
        UserRepository(*db).changeOwnPassword(current, next);
        return 0;
    }
    throw UsageError{Cli::tr("Unknown user command \"%1\".").arg(verb)};
}

int roleCommand(const Arguments& a)
{
    const QString verb = a.words.value(1);
    if (verb == QLatin1String("list") || verb == QLatin1String("show")) {
        a.allowOnly({});
        auto db = openDatabase(a);
        UserRepository users(*db);
        db->access().require(Module::Users, Action::View);
        const QList<Role> list = verb == QLatin1String("show") ? QList<Role>{roleNamed(users, a.words.value(2))} : users.roles();
        if (a.json) {
            if (verb == QLatin1String("show")) {
                printJson(roleJson(list.constFirst()));
                return 0;
            }
            QJsonArray array;
            for (const Role& r : list)
                array.append(roleJson(r));
            printJson(array);
            return 0;
        }
        for (const Role& r : list) {
            out() << roleTitle(r) << " (" << r.code << ")"
                  << (r.ownCustomersOnly ? QStringLiteral(" — ") + Cli::tr("own customers only") : QString()) << '\n';
            if (verb == QLatin1String("show"))
                for (Module m : Rights::modules()) {
                    QStringList actions;
                    for (Action act : Rights::actions())
                        if (r.rights.has(m, act))
                            actions.append(Rights::name(act));
                    out() << "  " << Rights::name(m) << ": "
                          << (actions.isEmpty() ? Cli::tr("nothing") : actions.join(QStringLiteral(", "))) << '\n';
                }
        }
        return 0;
    }
    if (verb == QLatin1String("add")) {
        a.allowOnly({QStringLiteral("like")});
        auto db = openDatabase(a);
        UserRepository users(*db);
        Role r;
        r.name = a.words.value(2);
        if (a.options.contains(QStringLiteral("like")))
            r.rights = roleNamed(users, a.option(QStringLiteral("like"))).rights;
        r.ownCustomersOnly = a.flags.contains(QStringLiteral("--own-customers"));
        printCreated(a, users.createRole(r));
        return 0;
    }
    if (verb == QLatin1String("grant") || verb == QLatin1String("revoke")) {
        a.allowOnly({});
        auto db = openDatabase(a);
        UserRepository users(*db);
        changeRights(users, a, verb == QLatin1String("grant"));
        return 0;
    }
    throw UsageError{Cli::tr("Unknown role command \"%1\".").arg(verb)};
}

int usersCommand(const Arguments& a)
{
    a.allowOnly({});
    const QString verb = a.words.value(1);
    if (verb != QLatin1String("on") && verb != QLatin1String("off"))
        throw UsageError{Cli::tr("users takes on or off.")};
    auto db = openDatabase(a);
    UserRepository(*db).setSignInRequired(verb == QLatin1String("on"));
    out() << (verb == QLatin1String("on") ? Cli::tr("Everyone signs in with their own user.")
                                          : Cli::tr("Single-user shop: ShopCRM starts without signing in."))
          << '\n';
    return 0;
}

} // namespace shopcrm::cli
