#pragma once

#include "Access.h"
#include "domain/Customer.h"
#include "domain/Rights.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopcrm {

class Database;

struct Role
{
    RowMeta meta;
    QString code; // owner, manager, front_desk, production, or the shop's own
    QString name;
    bool builtin = false;
    bool ownCustomersOnly = false;
    Rights rights;
};

struct User
{
    RowMeta meta;
    QString login;
    QString displayName;
    qint64 staffId = 0; // 0: not linked to a staff member
    qint64 roleId = 0;
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
    QDateTime lastLoginAt;
    // Read for lists: the role's and staff member's names.
    QString roleName;
    QString staffName;
};

// Users, roles and signing in. Passwords are kept only as Argon2id hashes (libsodium's
// crypto_pwhash_str at its interactive cost) and rehashed at sign-in when the cost was raised.
// After maxAttempts wrong passwords in a row an account is locked for lockMinutes.
class UserRepository final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::UserRepository)
public:
    static constexpr int maxAttempts = 5;
    static constexpr int lockMinutes = 15;
    static constexpr int minPasswordLength = 6;

    explicit UserRepository(Database& db) : m_db(db) {}

    QList<Role> roles() const;
    Role role(qint64 id) const;
    std::optional<Role> roleByCode(const QString& code) const;
    qint64 createRole(Role& role);
    void updateRole(Role& role); // the owner's role cannot be narrowed
    void removeRole(qint64 id);  // refused while users have it, and for the built-in roles

    bool hasUsers() const;
    QList<User> users() const;
    User user(qint64 id) const;
    std::optional<User> findByLogin(const QString& login) const;
    // The first user of a shop is its owner, whatever role was asked, and turns sign-in on.
    qint64 createUser(User& user, const QString& password);
    void updateUser(User& user); // keeps at least one active owner
    void setActive(qint64 id, bool active);
    void resetPassword(qint64 id, const QString& password);
    // The signed-in user's own password, after checking the current one.
    void changeOwnPassword(const QString& current, const QString& password);

    // Sign-in is needed once users exist, unless the owner chose a single-user shop.
    bool signInRequired() const;
    void setSignInRequired(bool required);
    // Checks the password (counting failures and locking the account), records the login or the
    // failed attempt in the audit log and returns the user's access; StoreError(Denied) otherwise.
    Access signIn(const QString& login, const QString& password, const QDateTime& now = QDateTime::currentDateTimeUtc());
    Access accessOf(const User& user) const;

    static QString hashPassword(const QString& password);
    // At a given Argon2id cost (opsLimit passes over memLimit bytes); hashPassword uses today's.
    static QString hashPassword(const QString& password, unsigned long long opsLimit, size_t memLimit);
    static bool verifyPassword(const QString& hash, const QString& password);
    static QList<FieldIssue> checkPassword(const QString& password);

private:
    void requireManageUsers() const;
    void keepAnOwner(qint64 changingUserId, qint64 newRoleId, bool newActive) const;
    QList<User> readUsers(const QString& where, const QVariantList& binds) const;
    Database& m_db;
};

} // namespace shopcrm
