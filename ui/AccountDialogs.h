#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace shopcrm {

class Database;

// Asks who is at the desk: login name and password, checked by UserRepository::signIn (which
// counts wrong passwords and locks the account). A refusal is shown in the dialog; the login
// name stays, the password is cleared. Accepted once the database acts as that user.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)
public:
    explicit SignInDialog(Database& db, QWidget* parent = nullptr);
    void accept() override;

private:
    Database& m_db;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
};

// The first start of a new shop: create the owner's user (who then signs in on every desk), or
// keep ShopCRM a single-user shop without sign-in. Either choice can be changed in Settings later.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)
public:
    explicit FirstRunDialog(Database& db, QWidget* parent = nullptr);
    void accept() override;
    // Shown when the shop has no users, never chose, and holds no customers yet.
    static bool wanted(Database& db);

private:
    void chooseSingleUser();
    Database& m_db;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

// The signed-in user's own password: the current one, then the new one twice.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)
public:
    explicit ChangePasswordDialog(Database& db, QWidget* parent = nullptr);
    void accept() override;

private:
    Database& m_db;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_next = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace shopcrm
