#pragma once

#include "store/UserRepository.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace shopcrm {

class Database;

// Settings ▸ Users: who signs in (add, edit, disable, reset a password) and what each role may do
// (a grid of modules × actions, and "only their own customers"); whether the shop signs in at all.
// For the roles with the users right; every change goes through UserRepository's checks.
class UsersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersDialog)
public:
    explicit UsersDialog(Database& db, QWidget* parent = nullptr);
    QTableWidget* usersTable() const { return m_users; }
    QTableWidget* rightsTable() const { return m_rights; }
    QListWidget* rolesList() const { return m_roles; }

    // The user editor (add when user.meta.id is 0); true when saved.
    bool editUser(User user);
    void saveRole();

private:
    void reloadUsers();
    void reloadRoles(qint64 select = 0);
    void showRole();
    void resetPassword();
    void toggleActive();
    void addRole();
    void removeRole();
    qint64 currentUserId() const;
    void fail(const StoreError& error);

    Database& m_db;
    QCheckBox* m_signIn = nullptr;
    QTableWidget* m_users = nullptr;
    QListWidget* m_roles = nullptr;
    QLineEdit* m_roleName = nullptr;
    QCheckBox* m_ownOnly = nullptr;
    QTableWidget* m_rights = nullptr;
    QLabel* m_message = nullptr;
    QList<User> m_userRows;
    QList<Role> m_roleRows;
};

} // namespace shopcrm
