#include "AccountDialogs.h"

#include "BackgroundTask.h"

#include "store/Database.h"
#include "store/ShopSettings.h"
#include "store/UserRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

QLabel* messageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("messageLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void showMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

SignInDialog::SignInDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to ShopCRM"));
    m_login = new QLineEdit(QSettings().value(QStringLiteral("session/lastLogin")).toString(), this);
    m_login->setObjectName(QStringLiteral("loginLineEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = messageLabel(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Login name"), m_login);
    form->addRow(tr("&Password"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* where = new QLabel(tr("Shop database: %1").arg(db.path()), this);
    where->setWordWrap(true);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

void SignInDialog::accept()
{
    if (m_login->text().trimmed().isEmpty()) {
        showMessage(m_message, tr("Type your login name."));
        m_login->setFocus();
        return;
    }
    const QString login = m_login->text();
    const QString password = m_password->text();
    const BackgroundResult<Access> signedIn = waitBriefly<Access>(
        m_db, [login, password](Database& own) { return UserRepository(own).signIn(login, password); });
    if (!signedIn.value) {
        showMessage(m_message, signedIn.error);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_db.setAccess(*signedIn.value);
    QSettings().setValue(QStringLiteral("session/lastLogin"), m_login->text().trimmed());
    QDialog::accept();
}

bool FirstRunDialog::wanted(Database& db)
{
    try {
        if (UserRepository(db).hasUsers() || !ShopSettings(db).value(QStringLiteral("auth.mode")).isEmpty())
            return false;
        return Sql(db, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM customers) AND NOT EXISTS (SELECT 1 FROM orders)"))
            .scalar()
            .toBool();
    } catch (const StoreError&) {
        return false;
    }
}

FirstRunDialog::FirstRunDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to ShopCRM"));
    auto* intro = new QLabel(tr("<b>Who works with ShopCRM?</b><p>If several people use it, create the owner's "
                                "user now: everyone then signs in with their own name and sees what their role "
                                "allows, and every change is recorded under their name. The owner adds the "
                                "others in Settings ▸ Users.</p>"),
                             this);
    intro->setWordWrap(true);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("ownerLoginLineEdit"));
    m_login->setPlaceholderText(tr("for example boss"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("ownerNameLineEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("ownerPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %1 characters").arg(UserRepository::minPasswordLength));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("ownerRepeatLineEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message = messageLabel(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Owner's &login name"), m_login);
    form->addRow(tr("Owner's &name"), m_name);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("&Repeat the password"), m_repeat);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* create = buttons->addButton(tr("Create the owner"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createOwnerButton"));
    create->setDefault(true);
    QPushButton* single = buttons->addButton(tr("Single-user shop, no sign-in"), QDialogButtonBox::ActionRole);
    single->setObjectName(QStringLiteral("singleUserButton"));
    connect(create, &QPushButton::clicked, this, &FirstRunDialog::accept);
    connect(single, &QPushButton::clicked, this, &FirstRunDialog::chooseSingleUser);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_login->setFocus();
}

void FirstRunDialog::chooseSingleUser()
{
    try {
        UserRepository(m_db).setSignInRequired(false);
    } catch (const StoreError& e) {
        showMessage(m_message, e.message());
        return;
    }
    QDialog::accept();
}

void FirstRunDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        showMessage(m_message, tr("The two passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    User owner;
    owner.login = m_login->text();
    owner.displayName = m_name->text();
    const QString password = m_password->text();
    const BackgroundResult<Access> signedIn =
        waitBriefly<Access>(m_db, [owner, password](Database& own) mutable {
            UserRepository users(own);
            users.createUser(owner, password);
            return users.signIn(owner.login, password);
        });
    if (!signedIn.value) {
        showMessage(m_message, signedIn.error);
        return;
    }
    m_db.setAccess(*signedIn.value);
    QSettings().setValue(QStringLiteral("session/lastLogin"), m_login->text().trimmed());
    QDialog::accept();
}

ChangePasswordDialog::ChangePasswordDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change my password"));
    m_current = new QLineEdit(this);
    m_current->setObjectName(QStringLiteral("currentPasswordLineEdit"));
    m_next = new QLineEdit(this);
    m_next->setObjectName(QStringLiteral("newPasswordLineEdit"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPasswordLineEdit"));
    for (QLineEdit* edit : {m_current, m_next, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    m_next->setPlaceholderText(tr("at least %1 characters").arg(UserRepository::minPasswordLength));
    m_message = messageLabel(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Current password"), m_current);
    form->addRow(tr("&New password"), m_next);
    form->addRow(tr("&Repeat the new password"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void ChangePasswordDialog::accept()
{
    if (m_next->text() != m_repeat->text()) {
        showMessage(m_message, tr("The two new passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    const QString current = m_current->text();
    const QString next = m_next->text();
    const BackgroundResult<bool> changed = waitBriefly<bool>(m_db, [current, next](Database& own) {
        UserRepository(own).changeOwnPassword(current, next);
        return true;
    });
    if (!changed.value) {
        showMessage(m_message, changed.error);
        return;
    }
    QDialog::accept();
}

} // namespace shopcrm
