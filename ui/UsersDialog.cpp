#include "UsersDialog.h"

#include "BackgroundTask.h"

#include "store/CatalogRepository.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

QString roleTitle(const Role& r)
{
    return r.builtin ? Rights::builtinRoleName(r.code) : r.name;
}

} // namespace

UsersDialog::UsersDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users and roles"));
    resize(860, 560);

    m_signIn = new QCheckBox(tr("Everyone &signs in with their own user (off: a single-user shop without sign-in)"), this);
    m_signIn->setObjectName(QStringLiteral("signInCheckBox"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    // Users.
    auto* usersPage = new QWidget(this);
    m_users = new QTableWidget(0, 6, usersPage);
    m_users->setObjectName(QStringLiteral("usersTableWidget"));
    m_users->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Staff member"), tr("State"), tr("Last sign-in")});
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setSelectionMode(QAbstractItemView::SingleSelection);
    m_users->verticalHeader()->hide();
    m_users->horizontalHeader()->setStretchLastSection(true);
    auto* add = new QPushButton(tr("&Add user…"), usersPage);
    add->setObjectName(QStringLiteral("addUserButton"));
    auto* edit = new QPushButton(tr("&Edit…"), usersPage);
    edit->setObjectName(QStringLiteral("editUserButton"));
    auto* reset = new QPushButton(tr("&Reset password…"), usersPage);
    reset->setObjectName(QStringLiteral("resetPasswordButton"));
    auto* toggle = new QPushButton(tr("&Disable / enable"), usersPage);
    toggle->setObjectName(QStringLiteral("toggleUserButton"));
    auto* userButtons = new QHBoxLayout;
    for (QPushButton* b : {add, edit, reset, toggle})
        userButtons->addWidget(b);
    userButtons->addStretch(1);
    auto* usersLayout = new QVBoxLayout(usersPage);
    usersLayout->addWidget(m_users, 1);
    usersLayout->addLayout(userButtons);

    // Roles.
    auto* rolesPage = new QWidget(this);
    m_roles = new QListWidget(rolesPage);
    m_roles->setObjectName(QStringLiteral("rolesListWidget"));
    m_roles->setMaximumWidth(200);
    m_roleName = new QLineEdit(rolesPage);
    m_roleName->setObjectName(QStringLiteral("roleNameLineEdit"));
    m_ownOnly = new QCheckBox(tr("Sees only the &customers whose owner is the user's staff member"), rolesPage);
    m_ownOnly->setObjectName(QStringLiteral("ownCustomersCheckBox"));
    m_rights = new QTableWidget(kModuleCount, kActionCount, rolesPage);
    m_rights->setObjectName(QStringLiteral("rightsTableWidget"));
    QStringList modules;
    for (Module m : Rights::modules())
        modules.append(Rights::name(m));
    QStringList actions;
    for (Action a : Rights::actions())
        actions.append(Rights::name(a));
    m_rights->setVerticalHeaderLabels(modules);
    m_rights->setHorizontalHeaderLabels(actions);
    m_rights->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rights->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < kModuleCount; ++r)
        for (int c = 0; c < kActionCount; ++c) {
            auto* item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            m_rights->setItem(r, c, item);
        }
    auto* addRoleButton = new QPushButton(tr("New &role…"), rolesPage);
    addRoleButton->setObjectName(QStringLiteral("addRoleButton"));
    auto* removeRoleButton = new QPushButton(tr("De&lete role"), rolesPage);
    removeRoleButton->setObjectName(QStringLiteral("removeRoleButton"));
    auto* saveRoleButton = new QPushButton(tr("&Save role"), rolesPage);
    saveRoleButton->setObjectName(QStringLiteral("saveRoleButton"));
    auto* roleForm = new QFormLayout;
    roleForm->addRow(tr("Role &name"), m_roleName);
    auto* roleRight = new QVBoxLayout;
    roleRight->addLayout(roleForm);
    roleRight->addWidget(m_ownOnly);
    roleRight->addWidget(m_rights, 1);
    auto* roleButtons = new QHBoxLayout;
    roleButtons->addWidget(addRoleButton);
    roleButtons->addWidget(removeRoleButton);
    roleButtons->addStretch(1);
    roleButtons->addWidget(saveRoleButton);
    roleRight->addLayout(roleButtons);
    auto* rolesLayout = new QHBoxLayout(rolesPage);
    rolesLayout->addWidget(m_roles);
    rolesLayout->addLayout(roleRight, 1);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("usersTabWidget"));
    tabs->addTab(usersPage, tr("&Users"));
    tabs->addTab(rolesPage, tr("R&oles and rights"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_signIn);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] { editUser(User()); });
    connect(edit, &QPushButton::clicked, this, [this] {
        for (const User& u : std::as_const(m_userRows))
            if (u.meta.id == currentUserId())
                editUser(u);
    });
    connect(m_users, &QTableWidget::cellDoubleClicked, edit, &QPushButton::click);
    connect(reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(toggle, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(m_roles, &QListWidget::currentRowChanged, this, &UsersDialog::showRole);
    connect(addRoleButton, &QPushButton::clicked, this, &UsersDialog::addRole);
    connect(removeRoleButton, &QPushButton::clicked, this, &UsersDialog::removeRole);
    connect(saveRoleButton, &QPushButton::clicked, this, &UsersDialog::saveRole);
    connect(m_signIn, &QCheckBox::toggled, this, [this](bool on) {
        try {
            UserRepository(m_db).setSignInRequired(on);
            m_message->hide();
        } catch (const StoreError& e) {
            const QSignalBlocker block(m_signIn);
            m_signIn->setChecked(!on);
            fail(e);
        }
    });
    try {
        const QSignalBlocker block(m_signIn);
        m_signIn->setChecked(UserRepository(m_db).signInRequired());
        reloadUsers();
        reloadRoles();
    } catch (const StoreError& e) {
        fail(e);
    }
}

void UsersDialog::fail(const StoreError& error)
{
    m_message->setText(error.message());
    m_message->show();
}

qint64 UsersDialog::currentUserId() const
{
    const int row = m_users->currentRow();
    return row >= 0 && row < m_userRows.size() ? m_userRows.at(row).meta.id : 0;
}

void UsersDialog::reloadUsers()
{
    const qint64 keep = currentUserId();
    m_userRows = UserRepository(m_db).users();
    m_users->setRowCount(0);
    for (const User& u : std::as_const(m_userRows)) {
        const int row = m_users->rowCount();
        m_users->insertRow(row);
        const bool locked = u.lockedUntil.isValid() && u.lockedUntil > QDateTime::currentDateTimeUtc();
        const QStringList cells = {u.login,
                                   u.displayName,
                                   Rights::builtinRoleName(u.roleName),
                                   u.staffName,
                                   !u.active ? tr("disabled")
                                   : locked  ? tr("locked until %1").arg(u.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")))
                                             : tr("active"),
                                   u.lastLoginAt.isValid() ? u.lastLoginAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                           : tr("never")};
        for (int c = 0; c < cells.size(); ++c)
            m_users->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (u.meta.id == keep)
            m_users->selectRow(row);
    }
}

bool UsersDialog::editUser(User user)
{
    const bool adding = user.meta.id == 0;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("userEditDialog"));
    dialog.setWindowTitle(adding ? tr("New user") : tr("User %1").arg(user.login));
    auto* login = new QLineEdit(user.login, &dialog);
    login->setObjectName(QStringLiteral("userLoginLineEdit"));
    login->setEnabled(adding);
    auto* name = new QLineEdit(user.displayName, &dialog);
    name->setObjectName(QStringLiteral("userNameLineEdit"));
    auto* role = new QComboBox(&dialog);
    role->setObjectName(QStringLiteral("userRoleComboBox"));
    for (const Role& r : std::as_const(m_roleRows))
        role->addItem(roleTitle(r), r.meta.id);
    role->setCurrentIndex(std::max(0, role->findData(user.roleId > 0 ? user.roleId : m_roleRows.value(2).meta.id)));
    auto* staff = new QComboBox(&dialog);
    staff->setObjectName(QStringLiteral("userStaffComboBox"));
    staff->addItem(tr("(none)"), 0);
    for (const StaffMember& s : CatalogRepository(m_db).staff())
        staff->addItem(s.name, s.meta.id);
    staff->setCurrentIndex(std::max(0, staff->findData(user.staffId)));
    auto* active = new QCheckBox(tr("May sign in"), &dialog);
    active->setObjectName(QStringLiteral("userActiveCheckBox"));
    active->setChecked(user.active);
    auto* password = new QLineEdit(&dialog);
    password->setObjectName(QStringLiteral("userPasswordLineEdit"));
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("at least %1 characters").arg(UserRepository::minPasswordLength));
    auto* repeat = new QLineEdit(&dialog);
    repeat->setObjectName(QStringLiteral("userRepeatLineEdit"));
    repeat->setEchoMode(QLineEdit::Password);
    auto* message = new QLabel(&dialog);
    message->setObjectName(QStringLiteral("userMessageLabel"));
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #b00020;"));
    message->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Login name"), login);
    form->addRow(tr("&Name"), name);
    form->addRow(tr("&Role"), role);
    form->addRow(tr("&Staff member"), staff);
    form->addRow(QString(), active);
    if (adding) {
        form->addRow(tr("&Password"), password);
        form->addRow(tr("R&epeat the password"), repeat);
    } else {
        password->hide();
        repeat->hide();
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        User u = user;
        u.login = login->text();
        u.displayName = name->text();
        u.roleId = role->currentData().toLongLong();
        u.staffId = staff->currentData().toLongLong();
        u.active = active->isChecked();
        try {
            if (adding) {
                if (password->text() != repeat->text())
                    throw StoreError(StoreError::Kind::Validation, tr("The two passwords differ."));
                // Hashing the password takes tens of milliseconds on purpose: not on this thread.
                const QString typed = password->text();
                const BackgroundResult<qint64> created =
                    waitBriefly<qint64>(m_db, [u, typed](Database& own) mutable {
                        return UserRepository(own).createUser(u, typed);
                    });
                if (!created.value) throw StoreError(StoreError::Kind::Validation, created.error);
            } else {
                UserRepository(m_db).updateUser(u);
            }
        } catch (const StoreError& e) {
            // What was typed stays; the message says what to change.
            message->setText(e.message());
            message->show();
            return;
        }
        dialog.accept();
    });
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    try {
        reloadUsers();
    } catch (const StoreError& e) {
        fail(e);
    }
    return true;
}

void UsersDialog::resetPassword()
{
    const qint64 id = currentUserId();
    if (id == 0)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Reset password"),
                                                   tr("New password (at least %1 characters); tell it to the user, "
                                                      "who can change it in File ▸ Change my password:")
                                                       .arg(UserRepository::minPasswordLength),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    // Hashing the password takes tens of milliseconds on purpose: not on this thread.
    const BackgroundResult<bool> reset = waitBriefly<bool>(m_db, [id, password](Database& own) {
        UserRepository(own).resetPassword(id, password);
        return true;
    });
    if (!reset.value) {
        m_message->setText(reset.error);
        m_message->show();
        return;
    }
    try {
        m_message->hide();
        reloadUsers();
    } catch (const StoreError& e) {
        fail(e);
    }
}

void UsersDialog::toggleActive()
{
    const qint64 id = currentUserId();
    if (id == 0)
        return;
    try {
        UserRepository users(m_db);
        users.setActive(id, !users.user(id).active);
        m_message->hide();
        reloadUsers();
    } catch (const StoreError& e) {
        fail(e);
    }
}

void UsersDialog::reloadRoles(qint64 select)
{
    m_roleRows = UserRepository(m_db).roles();
    const QSignalBlocker block(m_roles);
    m_roles->clear();
    int current = 0;
    for (int i = 0; i < m_roleRows.size(); ++i) {
        m_roles->addItem(roleTitle(m_roleRows.at(i)));
        if (m_roleRows.at(i).meta.id == select)
            current = i;
    }
    m_roles->setCurrentRow(current);
    showRole();
}

void UsersDialog::showRole()
{
    const int row = m_roles->currentRow();
    if (row < 0 || row >= m_roleRows.size())
        return;
    const Role& r = m_roleRows.at(row);
    const bool owner = r.code == QLatin1String("owner");
    m_roleName->setText(roleTitle(r));
    m_roleName->setEnabled(!r.builtin);
    m_ownOnly->setChecked(r.ownCustomersOnly);
    m_ownOnly->setEnabled(!owner);
    const QList<Module> modules = Rights::modules();
    const QList<Action> actions = Rights::actions();
    for (int m = 0; m < kModuleCount; ++m)
        for (int a = 0; a < kActionCount; ++a) {
            QTableWidgetItem* item = m_rights->item(m, a);
            item->setCheckState(r.rights.has(modules.at(m), actions.at(a)) ? Qt::Checked : Qt::Unchecked);
            item->setFlags(owner ? Qt::ItemIsUserCheckable : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        }
}

void UsersDialog::saveRole()
{
    const int row = m_roles->currentRow();
    if (row < 0 || row >= m_roleRows.size())
        return;
    Role r = m_roleRows.at(row);
    if (!r.builtin)
        r.name = m_roleName->text();
    r.ownCustomersOnly = m_ownOnly->isChecked();
    const QList<Module> modules = Rights::modules();
    const QList<Action> actions = Rights::actions();
    Rights rights;
    for (int m = 0; m < kModuleCount; ++m)
        for (int a = 0; a < kActionCount; ++a)
            if (m_rights->item(m, a)->checkState() == Qt::Checked)
                rights.grant(modules.at(m), actions.at(a));
    r.rights = rights;
    try {
        UserRepository(m_db).updateRole(r);
        m_message->hide();
        reloadRoles(r.meta.id);
        reloadUsers();
    } catch (const StoreError& e) {
        fail(e);
    }
}

void UsersDialog::addRole()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New role"), tr("Name of the role (it starts with the "
                                                                      "front desk's rights):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    Role r;
    r.name = name;
    r.rights = Rights::preset(QStringLiteral("front_desk"));
    try {
        UserRepository(m_db).createRole(r);
        m_message->hide();
        reloadRoles(r.meta.id);
    } catch (const StoreError& e) {
        fail(e);
    }
}

void UsersDialog::removeRole()
{
    const int row = m_roles->currentRow();
    if (row < 0 || row >= m_roleRows.size())
        return;
    const Role r = m_roleRows.at(row);
    if (QMessageBox::question(this, tr("Delete role"), tr("Delete the role %1?").arg(roleTitle(r))) != QMessageBox::Yes)
        return;
    try {
        UserRepository(m_db).removeRole(r.meta.id);
        m_message->hide();
        reloadRoles();
    } catch (const StoreError& e) {
        fail(e);
    }
}

} // namespace shopcrm
