#include "UserRepository.h"

#include "AuditLog.h"
#include "ChangeRecorder.h"
#include "Database.h"
#include "RowSupport.h"
#include "ShopSettings.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <sodium.h>

namespace shopcrm {

namespace {

const QString kRoleColumns = QStringLiteral("id, version, created_at, updated_at, created_by, updated_by, code, name, "
                                            "builtin, own_customers_only, rights");

QJsonObject toJson(const Role& r)
{
    return {{QStringLiteral("code"), r.code},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("own_customers_only"), r.ownCustomersOnly},
            {QStringLiteral("rights"), r.rights.toText()}};
}

QJsonObject toJson(const User& u)
{
    return {{QStringLiteral("login"), u.login},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("staff_id"), u.staffId},
            {QStringLiteral("role_id"), u.roleId},
            {QStringLiteral("active"), u.active}};
}

Role readRole(const Sql& q)
{
    int col = 0;
    Role r;
    r.meta = readMeta(q, col);
    r.code = q.value(col++).toString();
    r.name = q.value(col++).toString();
    r.builtin = q.value(col++).toBool();
    r.ownCustomersOnly = q.value(col++).toBool();
    r.rights = Rights::fromText(q.value(col++).toString());
    // The owner has every right, whatever the row says.
    if (r.code == QLatin1String("owner"))
        r.rights = Rights::all();
    return r;
}

void initSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw StoreError(StoreError::Kind::Sql, UserRepository::tr("The password library could not start."));
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

QString UserRepository::hashPassword(const QString& password)
{
    return hashPassword(password, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
}

QString UserRepository::hashPassword(const QString& password, unsigned long long opsLimit, size_t memLimit)
{
    initSodium();
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()), opsLimit, memLimit) != 0)
        throw StoreError(StoreError::Kind::Sql, tr("Not enough memory to protect the password."));
    return QString::fromLatin1(hash);
}

bool UserRepository::verifyPassword(const QString& hash, const QString& password)
{
    initSodium();
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return !h.isEmpty() && crypto_pwhash_str_verify(h.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

QList<FieldIssue> UserRepository::checkPassword(const QString& password)
{
    QList<FieldIssue> issues;
    if (password.size() < minPasswordLength)
        issues.append({QStringLiteral("password"),
                       tr("A password needs at least %1 characters.").arg(minPasswordLength), true});
    return issues;
}

void UserRepository::requireManageUsers() const
{
    m_db.access().require(Module::Users, Action::Edit);
}

QList<Role> UserRepository::roles() const
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM roles ORDER BY builtin DESC, id").arg(kRoleColumns));
    q.exec();
    QList<Role> result;
    while (q.next())
        result.append(readRole(q));
    return result;
}

Role UserRepository::role(qint64 id) const
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM roles WHERE id = ?").arg(kRoleColumns));
    q.bind(id).exec();
    if (!q.next())
        throw StoreError(StoreError::Kind::NotFound, tr("There is no role with id %1.").arg(id));
    return readRole(q);
}

std::optional<Role> UserRepository::roleByCode(const QString& code) const
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM roles WHERE code = ? COLLATE NOCASE OR name = ?").arg(kRoleColumns));
    q.bind(code.trimmed()).bind(code.trimmed()).exec();
    if (!q.next())
        return std::nullopt;
    return readRole(q);
}

qint64 UserRepository::createRole(Role& r)
{
    requireManageUsers();
    r.name = r.name.simplified();
    r.code = r.code.trimmed().isEmpty() ? r.name : r.code.trimmed();
    if (r.name.isEmpty())
        throw ValidationError({{QStringLiteral("name"), tr("Give the role a name."), true}});
    m_db.write([&] {
        if (roleByCode(r.code) || roleByCode(r.name))
            throw ValidationError({{QStringLiteral("name"), tr("There is a role named %1 already.").arg(r.name), true}});
        const QString now = Database::nowUtc();
        Sql insert(m_db, QStringLiteral("INSERT INTO roles(created_at, updated_at, created_by, updated_by, code, name, builtin, "
                                        "own_customers_only, rights) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)"));
        insert.bind(now).bind(now).bind(m_db.session().user).bind(m_db.session().user).bind(r.code).bind(r.name)
            .bind(r.ownCustomersOnly ? 1 : 0).bind(r.rights.toText()).exec();
        stampInsert(r.meta, insert.lastInsertId(), now, m_db.session().user);
        r.builtin = false;
        ChangeRecorder::record(m_db, QStringLiteral("role"), r.meta.id, QStringLiteral("insert"), {}, toJson(r));
    });
    return r.meta.id;
}

void UserRepository::updateRole(Role& r)
{
    requireManageUsers();
    r.name = r.name.simplified();
    if (r.name.isEmpty())
        throw ValidationError({{QStringLiteral("name"), tr("Give the role a name."), true}});
    m_db.write([&] {
        const Role before = role(r.meta.id);
        if (before.code == QLatin1String("owner") && (r.rights != Rights::all() || r.ownCustomersOnly))
            throw StoreError(StoreError::Kind::Validation, tr("The owner's role always has every right."));
        const QString now = Database::nowUtc();
        Sql update(m_db, QStringLiteral("UPDATE roles SET version = version + 1, updated_at = ?, updated_by = ?, name = ?, "
                                        "own_customers_only = ?, rights = ? WHERE id = ? AND version = ?"));
        update.bind(now).bind(m_db.session().user).bind(r.name).bind(r.ownCustomersOnly ? 1 : 0).bind(r.rights.toText())
            .bind(r.meta.id).bind(r.meta.version).exec();
        if (update.rowsAffected() == 0)
            throw StoreError(StoreError::Kind::Conflict,
                             tr("Someone changed this role after you opened it. Nothing was saved: reload it first."));
        stampUpdate(r.meta, now, m_db.session().user);
        ChangeRecorder::record(m_db, QStringLiteral("role"), r.meta.id, QStringLiteral("update"), toJson(before), toJson(r));
    });
}

void UserRepository::removeRole(qint64 id)
{
    requireManageUsers();
    m_db.write([&] {
        const Role r = role(id);
        if (r.builtin)
            throw StoreError(StoreError::Kind::Validation, tr("The built-in role %1 cannot be deleted.").arg(r.name));
        const qint64 holders = Sql(m_db, QStringLiteral("SELECT count(*) FROM users WHERE role_id = ?")).bind(id).scalar().toLongLong();
        if (holders > 0)
            throw StoreError(StoreError::Kind::Validation,
                             tr("%n user(s) have the role %1; give them another role first.", "", int(holders)).arg(r.name));
        Sql(m_db, QStringLiteral("DELETE FROM roles WHERE id = ?")).bind(id).exec();
        ChangeRecorder::record(m_db, QStringLiteral("role"), id, QStringLiteral("delete"), toJson(r), {});
    });
}

bool UserRepository::hasUsers() const
{
    return Sql(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)")).scalar().toBool();
}

QList<User> UserRepository::readUsers(const QString& where, const QVariantList& binds) const
{
    Sql q(m_db, QStringLiteral("SELECT u.id, u.version, u.created_at, u.updated_at, u.created_by, u.updated_by, u.login, "
                               "u.display_name, coalesce(u.staff_id, 0), u.role_id, u.active, u.failed_attempts, "
                               "u.locked_until, u.last_login_at, r.name, coalesce(s.name, '') FROM users u "
                               "JOIN roles r ON r.id = u.role_id LEFT JOIN staff s ON s.id = u.staff_id %1 ORDER BY u.id")
                    .arg(where));
    q.bindAll(binds).exec();
    QList<User> result;
    while (q.next()) {
        int col = 0;
        User u;
        u.meta = readMeta(q, col);
        u.login = q.value(col++).toString();
        u.displayName = q.value(col++).toString();
        u.staffId = q.value(col++).toLongLong();
        u.roleId = q.value(col++).toLongLong();
        u.active = q.value(col++).toBool();
        u.failedAttempts = q.value(col++).toInt();
        u.lockedUntil = parseUtc(q.value(col++));
        u.lastLoginAt = parseUtc(q.value(col++));
        u.roleName = q.value(col++).toString();
        u.staffName = q.value(col++).toString();
        result.append(u);
    }
    return result;
}

QList<User> UserRepository::users() const
{
    m_db.access().require(Module::Users, Action::View);
    return readUsers({}, {});
}

User UserRepository::user(qint64 id) const
{
    if (id != m_db.access().userId)
        m_db.access().require(Module::Users, Action::View);
    const QList<User> found = readUsers(QStringLiteral("WHERE u.id = ?"), {id});
    if (found.isEmpty())
        throw StoreError(StoreError::Kind::NotFound, tr("There is no user with id %1.").arg(id));
    return found.constFirst();
}

std::optional<User> UserRepository::findByLogin(const QString& login) const
{
    const QList<User> found = readUsers(QStringLiteral("WHERE u.login = ? COLLATE NOCASE"), {login.trimmed()});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

void UserRepository::keepAnOwner(qint64 changingUserId, qint64 newRoleId, bool newActive) const
{
    const std::optional<Role> owner = roleByCode(QStringLiteral("owner"));
    if (!owner || (newRoleId == owner->meta.id && newActive))
        return;
    const qint64 others = Sql(m_db, QStringLiteral("SELECT count(*) FROM users WHERE role_id = ? AND active = 1 AND id <> ?"))
                              .bind(owner->meta.id)
                              .bind(changingUserId)
                              .scalar()
                              .toLongLong();
    if (others == 0)
        throw StoreError(StoreError::Kind::Validation,
                         tr("The shop needs at least one active owner; make someone else owner first."));
}

qint64 UserRepository::createUser(User& u, const QString& password)
{
    u.login = u.login.trimmed();
    u.displayName = u.displayName.simplified();
    if (u.displayName.isEmpty())
        u.displayName = u.login;
    QList<FieldIssue> issues;
    static const QRegularExpression loginPattern(QStringLiteral("^[^\\s]{1,32}$"));
    if (!loginPattern.match(u.login).hasMatch())
        issues.append({QStringLiteral("login"), tr("A login name is 1 to 32 characters without spaces."), true});
    issues += checkPassword(password);
    if (!issues.isEmpty())
        throw ValidationError(issues);
    const QString hash = hashPassword(password); // slow on purpose: outside the write
    m_db.write([&] {
        const bool first = !hasUsers();
        if (!first)
            m_db.access().require(Module::Users, Action::Create);
        if (findByLogin(u.login))
            throw ValidationError({{QStringLiteral("login"), tr("There is a user %1 already.").arg(u.login), true}});
        if (first) {
            u.roleId = roleByCode(QStringLiteral("owner"))->meta.id;
            u.active = true;
        } else {
            role(u.roleId); // NotFound for a role that is not there
        }
        const QString now = Database::nowUtc();
        Sql insert(m_db, QStringLiteral("INSERT INTO users(created_at, updated_at, created_by, updated_by, login, display_name, "
                                        "staff_id, role_id, password_hash, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(now).bind(now).bind(m_db.session().user).bind(m_db.session().user).bind(u.login).bind(u.displayName)
            .bind(optionalId(u.staffId)).bind(u.roleId).bind(hash).bind(u.active ? 1 : 0).exec();
        stampInsert(u.meta, insert.lastInsertId(), now, m_db.session().user);
        ChangeRecorder::record(m_db, QStringLiteral("user"), u.meta.id, QStringLiteral("insert"), {}, toJson(u));
        if (first)
            ShopSettings(m_db).setValue(QStringLiteral("auth.mode"), QStringLiteral("signin"));
    });
    return u.meta.id;
}

void UserRepository::updateUser(User& u)
{
    requireManageUsers();
    u.displayName = u.displayName.simplified();
    if (u.displayName.isEmpty())
        throw ValidationError({{QStringLiteral("display_name"), tr("Give the user a name."), true}});
    m_db.write([&] {
        const User before = user(u.meta.id);
        role(u.roleId);
        keepAnOwner(u.meta.id, u.roleId, u.active);
        const QString now = Database::nowUtc();
        Sql update(m_db, QStringLiteral("UPDATE users SET version = version + 1, updated_at = ?, updated_by = ?, "
                                        "display_name = ?, staff_id = ?, role_id = ?, active = ? WHERE id = ? AND version = ?"));
        update.bind(now).bind(m_db.session().user).bind(u.displayName).bind(optionalId(u.staffId)).bind(u.roleId)
            .bind(u.active ? 1 : 0).bind(u.meta.id).bind(u.meta.version).exec();
        if (update.rowsAffected() == 0)
            throw StoreError(StoreError::Kind::Conflict,
                             tr("Someone changed this user after you opened it. Nothing was saved: reload it first."));
        stampUpdate(u.meta, now, m_db.session().user);
        ChangeRecorder::record(m_db, QStringLiteral("user"), u.meta.id, QStringLiteral("update"), toJson(before), toJson(u));
    });
}

void UserRepository::setActive(qint64 id, bool active)
{
    User u = user(id);
    u.active = active;
    updateUser(u);
}

void UserRepository::resetPassword(qint64 id, const QString& password)
{
    requireManageUsers();
    const QList<FieldIssue> issues = checkPassword(password);
    if (!issues.isEmpty())
        throw ValidationError(issues);
    const QString hash = hashPassword(password);
    m_db.write([&] {
        const User u = user(id);
        Sql(m_db, QStringLiteral("UPDATE users SET version = version + 1, updated_at = ?, updated_by = ?, password_hash = ?, "
                                 "failed_attempts = 0, locked_until = NULL WHERE id = ?"))
            .bind(Database::nowUtc()).bind(m_db.session().user).bind(hash).bind(id).exec();
        AuditLog::append(m_db, QStringLiteral("user"), id, QStringLiteral("reset_password"), QString(),
                         AuditLog::compact({{QStringLiteral("login"), u.login}}));
        ChangeRecorder::recordChange(m_db, QStringLiteral("user"), id, QStringLiteral("update"));
    });
}

void UserRepository::changeOwnPassword(const QString& current, const QString& password)
{
    const qint64 id = m_db.access().userId;
    if (id == 0)
        throw StoreError(StoreError::Kind::Validation, tr("Nobody is signed in."));
    const QString stored =
        Sql(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?")).bind(id).scalar().toString();
    if (!verifyPassword(stored, current))
        throw ValidationError({{QStringLiteral("current"), tr("The current password is not right."), true}});
    const QList<FieldIssue> issues = checkPassword(password);
    if (!issues.isEmpty())
        throw ValidationError(issues);
    const QString hash = hashPassword(password);
    m_db.write([&] {
        Sql(m_db, QStringLiteral("UPDATE users SET version = version + 1, updated_at = ?, updated_by = ?, password_hash = ? "
                                 "WHERE id = ?"))
            .bind(Database::nowUtc()).bind(m_db.session().user).bind(hash).bind(id).exec();
        AuditLog::append(m_db, QStringLiteral("user"), id, QStringLiteral("change_password"), QString(), QString());
        ChangeRecorder::recordChange(m_db, QStringLiteral("user"), id, QStringLiteral("update"));
    });
}

bool UserRepository::signInRequired() const
{
    return hasUsers() && ShopSettings(m_db).value(QStringLiteral("auth.mode"), QStringLiteral("signin")) != QLatin1String("single");
}

void UserRepository::setSignInRequired(bool required)
{
    requireManageUsers();
    if (required && !hasUsers())
        throw StoreError(StoreError::Kind::Validation, tr("Create the owner's user first."));
    ShopSettings(m_db).setValue(QStringLiteral("auth.mode"), required ? QStringLiteral("signin") : QStringLiteral("single"));
}

Access UserRepository::accessOf(const User& u) const
{
    const Role r = role(u.roleId);
    Access a;
    a.userId = u.meta.id;
    a.login = u.login;
    a.displayName = u.displayName;
    a.roleCode = r.code;
    a.roleName = r.builtin ? Rights::builtinRoleName(r.code) : r.name;
    a.staffName = u.staffName;
    a.rights = r.rights;
    a.ownCustomersOnly = r.ownCustomersOnly;
    return a;
}

Access UserRepository::signIn(const QString& login, const QString& password, const QDateTime& now)
{
    const std::optional<User> found = findByLogin(login);
    const QString wrong = tr("The login name or the password is not right.");
    auto failed = [&](qint64 id, const QString& reason) {
        AuditLog::event(m_db, QStringLiteral("user"), id, QStringLiteral("login_failed"),
                        {{QStringLiteral("login"), login.trimmed()}, {QStringLiteral("reason"), reason}});
    };
    if (!found) {
        failed(0, QStringLiteral("unknown"));
        throw StoreError(StoreError::Kind::Denied, wrong);
    }
    const User& u = *found;
    if (!u.active) {
        failed(u.meta.id, QStringLiteral("disabled"));
        throw StoreError(StoreError::Kind::Denied, tr("The user %1 is disabled; ask the owner.").arg(u.login));
    }
    if (u.lockedUntil.isValid() && u.lockedUntil > now) {
        failed(u.meta.id, QStringLiteral("locked"));
        throw StoreError(StoreError::Kind::Denied,
                         tr("Too many wrong passwords: %1 is locked until %2. The owner can reset the password.")
                             .arg(u.login, u.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
    }
    const QString stored =
        Sql(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?")).bind(u.meta.id).scalar().toString();
    if (!verifyPassword(stored, password)) {
        const int attempts = u.failedAttempts + 1;
        const bool lock = attempts >= maxAttempts;
        m_db.write([&] {
            Sql(m_db, QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"))
                .bind(lock ? 0 : attempts)
                .bind(lock ? utcText(now.addSecs(lockMinutes * 60)) : QVariant())
                .bind(u.meta.id)
                .exec();
            AuditLog::append(m_db, QStringLiteral("user"), u.meta.id, QStringLiteral("login_failed"), QString(),
                             AuditLog::compact({{QStringLiteral("login"), u.login},
                                                {QStringLiteral("reason"), lock ? QStringLiteral("locked") : QStringLiteral("password")}}));
        });
        if (lock)
            throw StoreError(StoreError::Kind::Denied,
                             tr("Too many wrong passwords: %1 is locked for %2 minutes. The owner can reset the password.")
                                 .arg(u.login)
                                 .arg(lockMinutes));
        throw StoreError(StoreError::Kind::Denied, wrong);
    }
    // A hash made at a lower cost than today's is replaced now that the password is at hand.
    const QByteArray storedBytes = stored.toLatin1();
    const bool rehash = crypto_pwhash_str_needs_rehash(storedBytes.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                                       crypto_pwhash_MEMLIMIT_INTERACTIVE)
                        != 0;
    const QString newHash = rehash ? hashPassword(password) : QString();
    const Access access = accessOf(u);
    m_db.setAccess(access);
    m_db.write([&] {
        Sql(m_db, QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = ?%1 WHERE id = ?")
                      .arg(rehash ? QStringLiteral(", password_hash = ?") : QString()))
            .bind(utcText(now))
            .bindAll(rehash ? QVariantList{newHash} : QVariantList{})
            .bind(u.meta.id)
            .exec();
        AuditLog::append(m_db, QStringLiteral("user"), u.meta.id, QStringLiteral("login"), QString(),
                         rehash ? AuditLog::compact({{QStringLiteral("rehashed"), true}}) : QString());
    });
    return access;
}

} // namespace shopcrm
