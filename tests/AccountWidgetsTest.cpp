// Signing in, the first start of a shop, the users and roles editor, the audit viewer, backups, and
// what a role without money sees of the window.
#include "AccountDialogs.h"
#include "AuditDialog.h"
#include "BackupDialog.h"
#include "CustomerEditorDialog.h"
#include "MainWindow.h"
#include "OrderEditorDialog.h"
#include "OrderListModel.h"
#include "OrderLinesModel.h"
#include "OrderListPage.h"
#include "TestSupport.h"
#include "UsersDialog.h"
#include "WidgetSupport.h"
#include "services/DemoData.h"
#include "services/Translations.h"
#include "store/AuditLog.h"
#include "store/CustomerRepository.h"
#include "store/OrderRepository.h"
#include "store/UserRepository.h"

#include <QCheckBox>
#include <QDir>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

const QString kOwnerPassword = QStringLiteral("老板的好口令");

void addUser(Database& db, const QString& login, const QString& role, const QString& password = QStringLiteral("secret-1"))
{
    UserRepository users(db);
    User u;
    u.login = login;
    u.displayName = login;
    u.roleId = users.roleByCode(role)->meta.id;
    users.createUser(u, password);
}

// A shop whose owner has signed in on db, with one order.
struct OwnedShop : OrderShop
{
    qint64 orderId = 0;
    OwnedShop()
    {
        addUser(*db, QStringLiteral("boss"), QStringLiteral("owner"), kOwnerPassword);
        UserRepository(*db).signIn(QStringLiteral("boss"), kOwnerPassword);
        Order o = order(customer, QDateTime::currentDateTime());
        OrderRepository(*db).create(o);
        orderId = o.meta.id;
    }
};

QPushButton* okButton(QDialog* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(box);
    return box->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("sign-in: a wrong password says so and keeps the name, the right one signs in", "[widgets][users]")
{
    OwnedShop shop;
    Database db(shop.db.path);
    SignInDialog dialog(db);
    dialog.show();
    auto* login = child<QLineEdit>(dialog, "loginLineEdit");
    auto* password = child<QLineEdit>(dialog, "passwordLineEdit");
    auto* message = child<QLabel>(dialog, "messageLabel");
    login->clear();
    type(login, QStringLiteral("boss"));
    type(password, QStringLiteral("guess-123"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(message->isVisible());
    CHECK(message->text() == UserRepository::tr("The login name or the password is not right."));
    CHECK(login->text() == QStringLiteral("boss"));
    CHECK(password->text().isEmpty());
    CHECK(db.access().userId == 0);
    password->setFocus();
    type(password, kOwnerPassword);
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(db.access().login == QStringLiteral("boss"));
    CHECK(db.session().user == QStringLiteral("boss"));
}

TEST_CASE("first start: the owner is created, or the shop stays single-user", "[widgets][users]")
{
    TempDb db;
    REQUIRE(FirstRunDialog::wanted(*db));
    SECTION("owner")
    {
        FirstRunDialog dialog(*db);
        dialog.show();
        type(child<QLineEdit>(dialog, "ownerLoginLineEdit"), QStringLiteral("wang"));
        child<QLineEdit>(dialog, "ownerNameLineEdit")->setFocus();
        type(child<QLineEdit>(dialog, "ownerNameLineEdit"), QStringLiteral("王老板"));
        child<QLineEdit>(dialog, "ownerPasswordLineEdit")->setText(kOwnerPassword);
        child<QLineEdit>(dialog, "ownerRepeatLineEdit")->setText(QStringLiteral("别的口令123"));
        child<QPushButton>(dialog, "createOwnerButton")->click();
        CHECK(child<QLabel>(dialog, "messageLabel")->isVisible());
        CHECK_FALSE(UserRepository(*db).hasUsers());
        child<QLineEdit>(dialog, "ownerRepeatLineEdit")->setText(kOwnerPassword);
        child<QPushButton>(dialog, "createOwnerButton")->click();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(db->access().login == QStringLiteral("wang"));
        CHECK(UserRepository(*db).signInRequired());
        CHECK_FALSE(FirstRunDialog::wanted(*db));
    }
    SECTION("single user")
    {
        FirstRunDialog dialog(*db);
        dialog.show();
        child<QPushButton>(dialog, "singleUserButton")->click();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(UserRepository(*db).signInRequired());
        CHECK_FALSE(FirstRunDialog::wanted(*db));
    }
}

TEST_CASE("users dialog: the owner adds a user, and a role's rights are ticked in the grid", "[widgets][users]")
{
    OwnedShop shop;
    Database& db = *shop.db;
    UsersDialog dialog(db);
    dialog.show();
    CHECK(dialog.usersTable()->rowCount() == 1);
    CHECK(child<QCheckBox>(dialog, "signInCheckBox")->isChecked());

    whenDialogOpens(QStringLiteral("userEditDialog"), [&](QDialog* editor) {
        type(child<QLineEdit>(*editor, "userLoginLineEdit"), QStringLiteral("xiaoli"));
        child<QLineEdit>(*editor, "userNameLineEdit")->setFocus();
        type(child<QLineEdit>(*editor, "userNameLineEdit"), QStringLiteral("小李"));
        auto* role = child<QComboBox>(*editor, "userRoleComboBox");
        role->setCurrentIndex(role->findText(Rights::builtinRoleName(QStringLiteral("production"))));
        type(child<QLineEdit>(*editor, "userPasswordLineEdit"), QStringLiteral("short"));
        type(child<QLineEdit>(*editor, "userRepeatLineEdit"), QStringLiteral("short"));
        okButton(editor)->click();
        // Refused with the reason, and what was typed is still there.
        CHECK(editor->isVisible());
        CHECK(child<QLabel>(*editor, "userMessageLabel")->text().contains(QStringLiteral("6")));
        CHECK(child<QLineEdit>(*editor, "userLoginLineEdit")->text() == QStringLiteral("xiaoli"));
        child<QLineEdit>(*editor, "userPasswordLineEdit")->setText(QStringLiteral("workshop-1"));
        child<QLineEdit>(*editor, "userRepeatLineEdit")->setText(QStringLiteral("workshop-1"));
        okButton(editor)->click();
    });
    child<QPushButton>(dialog, "addUserButton")->click();
    REQUIRE(dialog.usersTable()->rowCount() == 2);
    CHECK(dialog.usersTable()->item(1, 0)->text() == QStringLiteral("xiaoli"));
    CHECK(dialog.usersTable()->item(1, 2)->text() == Rights::builtinRoleName(QStringLiteral("production")));
    CHECK(scalar(db, QStringLiteral("SELECT r.code FROM users u JOIN roles r ON r.id = u.role_id WHERE u.login = 'xiaoli'"))
              .toString()
          == QStringLiteral("production"));

    // Production may now see the orders' money: Orders row, "See money" column.
    QListWidget* roles = dialog.rolesList();
    const QList<QListWidgetItem*> found = roles->findItems(Rights::builtinRoleName(QStringLiteral("production")), Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    roles->setCurrentItem(found.first());
    QTableWidgetItem* ordersMoney = dialog.rightsTable()->item(static_cast<int>(Module::Orders), static_cast<int>(Action::Money));
    CHECK(ordersMoney->checkState() == Qt::Unchecked);
    ordersMoney->setCheckState(Qt::Checked);
    child<QPushButton>(dialog, "saveRoleButton")->click();
    const QString rights = scalar(db, QStringLiteral("SELECT rights FROM roles WHERE code = 'production'")).toString();
    CHECK(rights.split(QLatin1Char(' ')).contains(QStringLiteral("orders.money")));
    CHECK_FALSE(rights.split(QLatin1Char(' ')).contains(QStringLiteral("payments.view")));

    // The owner's own role cannot be narrowed: its boxes are not editable.
    roles->setCurrentRow(0);
    CHECK_FALSE(dialog.rightsTable()->item(0, 0)->flags().testFlag(Qt::ItemIsEnabled));
}

TEST_CASE("audit viewer: filters, field changes, and a verdict on the chain", "[widgets][audit]")
{
    OwnedShop shop;
    Database& db = *shop.db;
    CustomerRepository customers(db);
    Customer c = customers.get(shop.customer);
    c.notes = QStringLiteral("月结客户");
    customers.update(c);

    AuditDialog dialog(db);
    dialog.show();
    QTableWidget* table = dialog.table();
    REQUIRE(table->rowCount() >= 5);
    // Newest first: the change of the note, by the owner, with what changed.
    CHECK(table->item(0, 1)->text() == QStringLiteral("boss"));
    CHECK(table->item(0, 4)->text() == AuditDialog::actionName(QStringLiteral("update")));
    CHECK(table->item(0, 5)->text().contains(QStringLiteral("月结客户")));
    table->selectRow(0);
    CHECK(child<QPlainTextEdit>(dialog, "auditDetailsTextEdit")->toPlainText().contains(QStringLiteral("notes")));
    CHECK(child<QPushButton>(dialog, "auditOpenButton")->isEnabled());

    auto* action = child<QComboBox>(dialog, "auditActionComboBox");
    action->setCurrentIndex(action->findData(QStringLiteral("login")));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 4)->text() == AuditDialog::actionName(QStringLiteral("login")));

    child<QPushButton>(dialog, "auditVerifyButton")->click();
    CHECK(child<QLabel>(dialog, "auditVerdictLabel")->text().contains(QString::number(AuditLog::count(db))));
    db.exec(QStringLiteral("UPDATE audit_log SET who = 'someone' WHERE id = 3"));
    child<QPushButton>(dialog, "auditVerifyButton")->click();
    CHECK(child<QLabel>(dialog, "auditVerdictLabel")->text() == AuditLog::tr("Entry %1 does not match its chain: it was "
                                                                             "changed, or an entry before it was removed or "
                                                                             "moved.")
                                                                     .arg(3));
}

TEST_CASE("backups dialog: back up now, then restore after saying what the backup holds", "[widgets][backup]")
{
    OwnedShop shop;
    Database& db = *shop.db;
    QTemporaryDir folder;
    BackupDialog dialog(db);
    dialog.show();
    auto* path = child<QLineEdit>(dialog, "backupFolderLineEdit");
    path->setText(folder.path());
    child<QPushButton>(dialog, "saveScheduleButton")->click();
    child<QPushButton>(dialog, "backUpNowButton")->click();
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 2)->text() == QStringLiteral("2"));
    CHECK(child<QLabel>(dialog, "backupMessageLabel")->text().contains(QStringLiteral("checked")));

    Customer extra = makeCustomer(QStringLiteral("备份后新增"));
    CustomerRepository(db).create(extra);
    bool restoredSignal = false;
    QObject::connect(&dialog, &BackupDialog::restored, [&] { restoredSignal = true; });
    dialog.table()->selectRow(0);
    answerNextMessageBox(QStringLiteral("Restore"));
    child<QPushButton>(dialog, "restoreButton")->click();
    CHECK(restoredSignal);
    CHECK(CustomerRepository(db).count(false) == 2);
    // The safety backup taken first is listed too.
    CHECK(dialog.table()->rowCount() == 2);
}

TEST_CASE("a production user's window: no payments or review, orders without a price", "[widgets][users][rights]")
{
    OwnedShop shop;
    addUser(*shop.db, QStringLiteral("shop"), QStringLiteral("production"));
    Database db(shop.db.path);
    UserRepository(db).signIn(QStringLiteral("shop"), QStringLiteral("secret-1"));
    MainWindow window(db);
    window.show();
    CHECK(window.paymentPage() == nullptr);
    CHECK(window.reportsPage() == nullptr);
    REQUIRE(window.orderPage());
    // Customers, orders, follow-ups, products, service requests (reprints and repairs are theirs)
    // and the calendar (their installations and deliveries).
    CHECK(window.pages()->count() == 6);
    auto* orders = window.orderPage()->findChild<QTableView*>(QStringLiteral("orderTableView"));
    REQUIRE(orders);
    CHECK(orders->isColumnHidden(OrderListModel::TotalColumn));
    CHECK(orders->isColumnHidden(OrderListModel::PaymentColumn));
    CHECK_FALSE(window.orderPage()->findChild<QLabel*>(QStringLiteral("orderSummaryLabel"))->text().contains(QLatin1Char('.')));
    CHECK(window.findChild<QLabel*>(QStringLiteral("signedInLabel"))->text().contains(QStringLiteral("shop")));

    OrderEditorDialog editor(db, shop.orderId);
    editor.show();
    auto* lines = child<QTableView>(editor, "linesTableView");
    CHECK(lines->isColumnHidden(OrderLinesModel::UnitPriceColumn));
    CHECK(lines->isColumnHidden(OrderLinesModel::AmountColumn));
    CHECK_FALSE(child<QLabel>(editor, "totalLabel")->isVisible());
    CHECK(child<QLabel>(editor, "readOnlyNotice")->isVisible());
    CHECK_FALSE(child<QPushButton>(editor, "saveButton")->isEnabled());

    // A customer opens for reading: no Save, no statement (it is money), no balance line.
    CustomerEditorDialog customer(db, shop.customer);
    customer.show();
    auto* box = child<QDialogButtonBox>(customer, "editorButtonBox");
    CHECK_FALSE(box->button(QDialogButtonBox::Save)->isEnabled());
    CHECK(customer.findChild<QPushButton*>(QStringLiteral("statementButton")) == nullptr);
    CHECK(customer.findChild<QPushButton*>(QStringLiteral("customerPaymentButton")) == nullptr);
    CHECK_FALSE(child<QLabel>(customer, "customerBalanceLabel")->isVisible());
}

// Not run by default: the sign-in, users, audit and backup screens in Chinese on demo data, for the
// README and for looking at them (`shopcrm_ui_tests "[.screenshots]"`, into SHOPCRM_SCREENSHOT_DIR).
TEST_CASE("screenshots of users, the audit log and backups", "[.screenshots]")
{
    Translations::apply(QStringLiteral("zh_CN"));
    const QString out = qEnvironmentVariable("SHOPCRM_SCREENSHOT_DIR", QDir::tempPath());
    {
        TempDb fresh;
        FirstRunDialog welcome(*fresh);
        welcome.show();
        REQUIRE(QTest::qWaitForWindowExposed(&welcome));
        welcome.grab().save(out + QStringLiteral("/first-run-zh.png"));
    }
    TempDb shop;
    DemoData demo(7);
    demo.insertCustomers(*shop, 300);
    demo.insertOrders(*shop, 600);
    demo.insertFollowUps(*shop, 200);
    demo.insertPayments(*shop);
    addUser(*shop, QStringLiteral("wanglb"), QStringLiteral("owner"), kOwnerPassword);
    UserRepository(*shop).signIn(QStringLiteral("wanglb"), kOwnerPassword);
    addUser(*shop, QStringLiteral("xiaoli"), QStringLiteral("front_desk"));
    addUser(*shop, QStringLiteral("laozhang"), QStringLiteral("production"));
    Customer c = CustomerRepository(*shop).get(1);
    c.notes = QStringLiteral("月结客户，每月25日对账");
    CustomerRepository(*shop).update(c);
    {
        SignInDialog signIn(*shop);
        signIn.show();
        REQUIRE(QTest::qWaitForWindowExposed(&signIn));
        signIn.grab().save(out + QStringLiteral("/sign-in-zh.png"));
    }
    {
        ChangePasswordDialog password(*shop);
        password.show();
        REQUIRE(QTest::qWaitForWindowExposed(&password));
        password.grab().save(out + QStringLiteral("/change-password-zh.png"));
    }
    {
        UsersDialog users(*shop);
        users.show();
        REQUIRE(QTest::qWaitForWindowExposed(&users));
        users.grab().save(out + QStringLiteral("/users-zh.png"));
        users.findChild<QTabWidget*>(QStringLiteral("usersTabWidget"))->setCurrentIndex(1);
        users.rolesList()->setCurrentRow(3);
        users.grab().save(out + QStringLiteral("/roles-zh.png"));
    }
    {
        AuditDialog audit(*shop);
        audit.show();
        REQUIRE(QTest::qWaitForWindowExposed(&audit));
        audit.table()->selectRow(0);
        child<QPushButton>(audit, "auditVerifyButton")->click();
        audit.grab().save(out + QStringLiteral("/audit-zh.png"));
    }
    QTemporaryDir folder;
    {
        BackupDialog backups(*shop);
        child<QLineEdit>(backups, "backupFolderLineEdit")->setText(folder.path());
        child<QPushButton>(backups, "saveScheduleButton")->click();
        child<QPushButton>(backups, "backUpNowButton")->click();
        backups.show();
        REQUIRE(QTest::qWaitForWindowExposed(&backups));
        backups.grab().save(out + QStringLiteral("/backups-zh.png"));
    }
    {
        Database workshop(shop.path);
        UserRepository(workshop).signIn(QStringLiteral("laozhang"), QStringLiteral("secret-1"));
        MainWindow window(workshop);
        window.resize(1280, 720);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::OrdersPage);
        QTest::qWait(300);
        window.grab().save(out + QStringLiteral("/production-orders-zh.png"));
        OrderEditorDialog editor(workshop, 1);
        editor.show();
        REQUIRE(QTest::qWaitForWindowExposed(&editor));
        editor.grab().save(out + QStringLiteral("/production-order-zh.png"));
    }
    Translations::apply(QStringLiteral("en"));
}
