#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace shopcrm {

// What a role may do: a set of (module, action) pairs. "Money" means seeing amounts (prices,
// totals, payments, balances) in that module; without it the module shows no figure.
enum class Module
{
    Customers,
    Orders,
    Printing,
    FollowUps,
    Payments,
    Reports,
    Catalog,
    Settings,
    Users,
    Audit,
    Sales
};
enum class Action { View, Create, Edit, Delete, Print, Export, Money };
constexpr int kModuleCount = 11;
constexpr int kActionCount = 7;

class Rights final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::Rights)
public:
    bool has(Module m, Action a) const { return (m_bits[index(m)] >> static_cast<int>(a)) & 1U; }
    void grant(Module m, Action a) { m_bits[index(m)] |= 1U << static_cast<int>(a); }
    void revoke(Module m, Action a) { m_bits[index(m)] &= ~(1U << static_cast<int>(a)); }
    bool operator==(const Rights& other) const = default;

    // "customers.view orders.money …", in a fixed order.
    QString toText() const;
    // Unknown words are listed in unknown (when given) and left out.
    static Rights fromText(const QString& text, QStringList* unknown = nullptr);
    static Rights all();
    // The built-in roles: owner (everything), manager, front_desk, production.
    static Rights preset(const QString& roleCode);
    static QStringList builtinRoles();
    static QString builtinRoleName(const QString& roleCode);

    static QList<Module> modules();
    static QList<Action> actions();
    static QString code(Module m);
    static QString code(Action a);
    static std::optional<Module> moduleFromCode(const QString& code);
    static std::optional<Action> actionFromCode(const QString& code);
    static QString name(Module m);
    static QString name(Action a);
    // Parses "orders.money" (a right) or "orders" (every action of the module).
    static QList<std::pair<Module, Action>> parse(const QString& right);

private:
    static int index(Module m) { return static_cast<int>(m); }
    std::array<quint8, kModuleCount> m_bits{};
};

} // namespace shopcrm
