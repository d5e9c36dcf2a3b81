#include "CustomerEditorDialog.h"
#include "CustomerPicker.h"
#include "MainWindow.h"
#include "OrderEditorDialog.h"
#include "OrderLinesModel.h"
#include "OrderListModel.h"
#include "OrderListPage.h"
#include "RemindersPanel.h"
#include "SearchHighlight.h"
#include "store/CatalogRepository.h"
#include "store/CustomerRepository.h"
#include "store/OrderRepository.h"
#include "TestSupport.h"
#include "WidgetSupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

// The shared shop, with an earlier banner order to give the editor a last price.
struct Shop : OrderShop
{
    qint64 earlierOrder(qint64 priceFen, const QDateTime& when)
    {
        Order o = order(customer, when, priceFen);
        return OrderRepository(*db).create(o);
    }
};

// Presses keys where the keyboard focus is at each moment, as a user does.
void keys(const QList<Qt::Key>& list)
{
    for (Qt::Key k : list)
        QTest::keyClick(QApplication::focusWidget(), k);
}

void reactivate(QWidget& window)
{
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("an order is entered with the keyboard only", "[widgets][orders]")
{
    Shop shop;
    shop.earlierOrder(2200, QDateTime(QDate(2026, 10, 1), QTime(10, 0)).toUTC());
    OrderEditorDialog dialog(*shop.db, 0);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* picker = dialog.findChild<CustomerPicker*>(QStringLiteral("customerPicker"));
    REQUIRE(picker);
    REQUIRE(QApplication::focusWidget() == picker);

    // The customer by pinyin initials, picked with Enter.
    type(picker, QStringLiteral("hcgg"));
    QTest::keyClick(picker, Qt::Key_Return);
    CHECK(picker->customerId() == shop.customer);
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("contactLineEdit"))->text() == QStringLiteral("张三"));
    CHECK(dialog.isVisible());

    // To the lines (Alt+M), the product typed, Ctrl+L takes the customer's last price.
    QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
    auto* lines = dialog.findChild<QTableView*>(QStringLiteral("linesTableView"));
    REQUIRE(QApplication::focusWidget() == lines);
    typeHere(QStringLiteral("户外喷绘布"));
    keys({Qt::Key_Tab}); // commits, on to the description
    OrderLinesModel* model = dialog.linesModel();
    CHECK(model->line(0).productId > 0);
    CHECK(model->line(0).material == QStringLiteral("440g 灯布"));
    // Nothing agreed with this customer: the line starts at what they paid last, not the catalog's 25.00.
    CHECK(model->line(0).unitPrice.fen() == 2200);
    auto* lastPrice = dialog.findChild<QLabel*>(QStringLiteral("lastPriceLabel"));
    CHECK(lastPrice->text().contains(QStringLiteral("22.00")));
    CHECK(lastPrice->text().contains(QStringLiteral("Unit price: last price")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    CHECK(model->line(0).unitPrice.fen() == 2200);

    // Description, material, width, height, quantity: Tab between them.
    typeHere(QStringLiteral("sign"));
    keys({Qt::Key_Tab, Qt::Key_Tab});
    typeHere(QStringLiteral("3000"));
    keys({Qt::Key_Tab});
    typeHere(QStringLiteral("1500"));
    keys({Qt::Key_Tab});
    typeHere(QStringLiteral("2"));
    keys({Qt::Key_Tab});
    CHECK(model->line(0).areaMilli == 9000);
    CHECK(model->line(0).amount.fen() == 19800);
    CHECK(lastPrice->text().contains(QStringLiteral("0.001")));

    // Unit, price, discount, supplier, cost, then Tab past the end adds line 2.
    keys({Qt::Key_Tab, Qt::Key_Tab, Qt::Key_Tab, Qt::Key_Tab, Qt::Key_Tab});
    REQUIRE(model->rowCount() == 2);
    CHECK(lines->currentIndex() == model->index(1, OrderLinesModel::ProductColumn));
    typeHere(QStringLiteral("名片"));
    keys({Qt::Key_Tab});
    keys({Qt::Key_Tab, Qt::Key_Tab, Qt::Key_Tab, Qt::Key_Tab});
    typeHere(QStringLiteral("5"));
    keys({Qt::Key_Tab});
    CHECK(model->line(1).amount.fen() == 19250);
    CHECK(model->line(1).unit == QStringLiteral("盒"));

    // A bad price is refused in the cell, with the reason shown.
    keys({Qt::Key_Tab});
    typeHere(QStringLiteral("abc"));
    keys({Qt::Key_Return});
    QCoreApplication::processEvents(); // the cell commits on the next turn of the event loop
    CHECK(model->line(1).unitPrice.fen() == 3850);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("issuesLabel"))->text().contains(QStringLiteral("abc")));

    // Deposit (Alt+R), then Ctrl+Return saves and closes.
    QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
    REQUIRE(QApplication::focusWidget() == dialog.findChild<QLineEdit*>(QStringLiteral("depositLineEdit")));
    type(QApplication::focusWidget(), QStringLiteral("100"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(dialog.orderId() > 0);

    const Order saved = OrderRepository(*shop.db).get(dialog.orderId());
    CHECK(saved.customerId == shop.customer);
    CHECK(saved.lines.size() == 2);
    CHECK(saved.lines.at(0).description == QStringLiteral("sign"));
    CHECK(saved.total().fen() == 19800 + 19250);
    CHECK(saved.deposit.fen() == 10000);
    CHECK(saved.deliveryAddress == QStringLiteral("重庆市渝中区解放碑路1号"));
    // Numbered by its own day: the earlier order's day has a counter of its own.
    CHECK(saved.number == QStringLiteral("DD%1-001").arg(saved.orderDate.toLocalTime().toString(QStringLiteral("yyyyMMdd"))));
}

TEST_CASE("the order editor shows problems and keeps the entry when another desk saved first", "[widgets][orders]")
{
    Shop shop;
    shop.earlierOrder(2200, QDateTime(QDate(2026, 10, 1), QTime(10, 0)).toUTC());
    const qint64 id = scalar(*shop.db, QStringLiteral("SELECT id FROM orders")).toLongLong();
    OrderEditorDialog dialog(*shop.db, id);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    // Another desk changes the title meanwhile.
    Order theirs = OrderRepository(*shop.db).get(id);
    theirs.title = QStringLiteral("对方改的");
    OrderRepository(*shop.db).update(theirs);

    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("titleLineEdit"));
    title->setFocus();
    title->selectAll();
    type(title, QStringLiteral("mine"));
    // Back to the form from the merge: nothing saved, the entry kept.
    whenDialogOpens(QStringLiteral("conflictDialog"), [](QDialog* d) { d->reject(); });
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
    reactivate(dialog); // a closed dialog leaves no active window on the offscreen platform
    CHECK(dialog.isVisible());
    CHECK(title->text() == QStringLiteral("mine"));
    CHECK(OrderRepository(*shop.db).get(id).title == QStringLiteral("对方改的"));

    // Taking all of theirs saves their version and shows it.
    whenDialogOpens(QStringLiteral("conflictDialog"), [](QDialog* d) {
        d->findChild<QPushButton*>(QStringLiteral("allTheirsButton"))->click();
        d->findChild<QPushButton*>(QStringLiteral("saveMergedButton"))->click();
    });
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
    reactivate(dialog);

    // A due date before the order date is shown and nothing is saved.
    CHECK(title->text() == QStringLiteral("对方改的"));
    auto* due = dialog.findChild<QDateTimeEdit*>(QStringLiteral("dueDateEdit"));
    dialog.findChild<QCheckBox*>(QStringLiteral("hasDueCheckBox"))->setChecked(true);
    due->setDateTime(QDateTime(QDate(2026, 9, 1), QTime(9, 0)));
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("issuesLabel"))->text().contains(QStringLiteral("before the order date")));
    CHECK(OrderRepository(*shop.db).get(id).due == QDateTime(QDate(2026, 10, 4), QTime(10, 0)).toUTC());
    answerNextMessageBox(QStringLiteral("Yes"));
    dialog.reject();
}

TEST_CASE("status changes from the editor are kept as history, and delivered orders are read-only", "[widgets][orders]")
{
    Shop shop;
    shop.earlierOrder(2200, QDateTime::currentDateTimeUtc().addDays(-1));
    const qint64 id = scalar(*shop.db, QStringLiteral("SELECT id FROM orders")).toLongLong();
    OrderEditorDialog dialog(*shop.db, id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QPushButton*>(QStringLiteral("statusButton_in_production"))->click();
    dialog.findChild<QPushButton*>(QStringLiteral("statusButton_delivered"))->click();
    CHECK(OrderRepository(*shop.db).get(id).status == OrderStatus::Delivered);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("readOnlyNotice"))->isVisible());
    CHECK_FALSE(dialog.findChild<QLineEdit*>(QStringLiteral("titleLineEdit"))->isEnabled());
    CHECK_FALSE(dialog.linesModel()->flags(dialog.linesModel()->index(0, 0)).testFlag(Qt::ItemIsEditable));
    answerNextInputDialog(QStringLiteral("客户要改"));
    dialog.findChild<QPushButton*>(QStringLiteral("reopenButton"))->click();
    CHECK(OrderRepository(*shop.db).get(id).status == OrderStatus::Done);
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("titleLineEdit"))->isEnabled());
    CHECK(OrderRepository(*shop.db).history(id).size() == 4);
}

TEST_CASE("several orders change status from the list at once", "[widgets][orders]")
{
    Shop shop;
    for (int i = 0; i < 5; ++i)
        shop.earlierOrder(2000 + i, QDateTime::currentDateTimeUtc().addDays(-i));
    OrderListPage page(*shop.db);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.model()->rowCount() == 5);
    page.view()->selectionModel()->select(
        QItemSelection(page.model()->index(0, 0), page.model()->index(1, OrderListModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect);
    REQUIRE(page.view()->selectionModel()->selectedRows().size() == 2);
    answerNextMessageBox(QStringLiteral("Yes"));
    page.findChild<QAction*>(QStringLiteral("status_delivered"))->trigger();
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM orders WHERE status = 3")).toInt() == 2);
    CHECK(page.model()->rowCount() == 3); // delivered ones leave the unfinished list
    CHECK(page.findChild<QLabel*>(QStringLiteral("orderSummaryLabel"))->text().contains(QStringLiteral("3")));

    // An order another desk changed after it was listed is left as it was, and named.
    page.view()->selectionModel()->select(
        QItemSelection(page.model()->index(0, 0), page.model()->index(1, OrderListModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect);
    const qint64 changedElsewhere = page.model()->idAt(1);
    Order theirs = OrderRepository(*shop.db).get(changedElsewhere);
    theirs.title = QStringLiteral("对方改的");
    OrderRepository(*shop.db).update(theirs);
    answerNextMessageBox(QStringLiteral("Yes"));
    answerNextMessageBox(QStringLiteral("OK"));
    page.findChild<QAction*>(QStringLiteral("status_done"))->trigger();
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM orders WHERE status = 2")).toInt() == 1);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT status FROM orders WHERE id = %1").arg(changedElsewhere)).toInt() == 0);
}

TEST_CASE("the main window shows unfinished orders due today or overdue at a glance", "[widgets][orders]")
{
    Shop shop;
    Order late;
    late.customerId = shop.customer;
    late.orderDate = QDateTime::currentDateTimeUtc().addDays(-5);
    late.due = QDateTime::currentDateTimeUtc().addDays(-1);
    OrderLine l;
    l.product = QStringLiteral("名片");
    l.unitPrice = Money::fromFen(100);
    late.lines.append(l);
    OrderRepository(*shop.db).create(late);
    MainWindow window(*shop.db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* attention = window.findChild<QPushButton*>(QStringLiteral("dueAttentionButton"));
    REQUIRE(attention);
    CHECK(attention->text().contains(QStringLiteral("1 overdue")));
    QSignalSpy reads(window.orderPage()->model(), &QAbstractItemModel::modelReset);
    attention->click();
    CHECK(window.pages()->currentIndex() == MainWindow::OrdersPage);
    CHECK(window.orderPage()->model()->rowCount() == 1);
    CHECK(reads.count() == 1); // filtered, sorted and shown: read once
    CHECK(window.orderPage()->model()->data(window.orderPage()->model()->index(0, 0), OrderListModel::OverdueRole).toBool());
}

TEST_CASE("the main window paints before pages behind tabs read and before other threads start",
          "[widgets][orders]")
{
    Shop shop;
    for (int i = 0; i < 3; ++i)
        shop.earlierOrder(3000 + i, QDateTime::currentDateTimeUtc().addDays(-i));
    {
        MainWindow window(*shop.db);
        QSignalSpy reminders(window.remindersPanel(), &RemindersPanel::refreshed);
        // Built but not painted: the order list behind its tab has read nothing, and the
        // reminders wait to be read in another thread.
        CHECK(window.orderPage()->model()->rowCount() == 0);
        CHECK_FALSE(reminders.wait(300));
        CHECK(window.remindersPanel()->findChild<QLabel*>(QStringLiteral("remindersSummaryLabel"))->text() ==
              QStringLiteral("Reading what is due…"));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(reminders.wait(5000)); // started once the window had painted
        window.showPage(MainWindow::OrdersPage);
        CHECK(window.orderPage()->model()->rowCount() == 3);
    }
    // A window nobody shows lets its reads go after a second.
    MainWindow hidden(*shop.db);
    QSignalSpy reminders(hidden.remindersPanel(), &RemindersPanel::refreshed);
    CHECK(reminders.wait(5000));
}

TEST_CASE("a customer card reads the customer's orders once, when its Orders tab is shown",
          "[widgets][orders]")
{
    Shop shop;
    shop.earlierOrder(3000, QDateTime::currentDateTimeUtc().addDays(-2));
    shop.earlierOrder(3100, QDateTime::currentDateTimeUtc().addDays(-1));
    Order other = shop.order(shop.other, QDateTime::currentDateTimeUtc(), 2800);
    OrderRepository(*shop.db).create(other);
    CustomerEditorDialog card(*shop.db, shop.customer);
    card.show();
    REQUIRE(QTest::qWaitForWindowExposed(&card));
    auto* tabs = card.findChild<QTabWidget*>();
    REQUIRE(tabs);
    OrderListPage* orders = nullptr;
    for (int i = 0; i < tabs->count(); ++i)
        if (auto* page = qobject_cast<OrderListPage*>(tabs->widget(i))) orders = page;
    REQUIRE(orders);
    CHECK(orders->model()->rowCount() == 0); // nothing read behind its tab
    QSignalSpy reads(orders->model(), &QAbstractItemModel::modelReset);
    tabs->setCurrentWidget(orders);
    CHECK(orders->model()->rowCount() == 2);
    CHECK(reads.count() == 1);
}

TEST_CASE("a customer name nobody has is created on the spot from the order editor", "[widgets][orders]")
{
    Shop shop;
    OrderEditorDialog dialog(*shop.db, 0);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* picker = dialog.findChild<CustomerPicker*>(QStringLiteral("customerPicker"));
    type(picker, QStringLiteral("新客户门店"));
    answerNextMessageBox(QStringLiteral("Yes"));
    // The customer form opens with the typed name; saving it picks the new customer for the order.
    QTimer::singleShot(150, [] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* editor = qobject_cast<CustomerEditorDialog*>(w); editor && editor->isVisible()) {
                CHECK(editor->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->text() == QStringLiteral("新客户门店"));
                editor->save();
            }
    });
    QTest::keyClick(picker, Qt::Key_Return);
    const qint64 created =
        scalar(*shop.db, QStringLiteral("SELECT id FROM customers WHERE name = '新客户门店'")).toLongLong();
    REQUIRE(created > 0);
    CHECK(picker->customerId() == created);
    CHECK(picker->text() == QStringLiteral("新客户门店"));
}

TEST_CASE("the product cell finds products by pinyin, initials or code, and staff by pinyin",
          "[widgets][orders][search]")
{
    Shop shop;
    CatalogRepository catalog(*shop.db);
    for (Product p : catalog.products())
        if (p.name == QStringLiteral("名片")) {
            p.code = QStringLiteral("MP-90");
            catalog.updateProduct(p);
        }
    StaffMember installer;
    installer.name = QStringLiteral("欧阳修");
    installer.role = StaffRole::Installer;
    catalog.createStaff(installer);

    OrderEditorDialog dialog(*shop.db, 0);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
    auto* lines = child<QTableView>(dialog, "linesTableView");
    REQUIRE(QApplication::focusWidget() == lines);

    // "mp" offers 名片 first, with the matched part highlighted; Down and Enter take it.
    typeHere(QStringLiteral("mp"));
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    auto* completer = editor->findChild<SearchCompleter*>();
    REQUIRE(completer);
    REQUIRE(completer->popup()->isVisible());
    CHECK(completer->popup()->model()->index(0, 0).data().toString().startsWith(QStringLiteral("名片")));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    CHECK(editor->text() == QStringLiteral("名片"));
    keys({Qt::Key_Tab});
    OrderLinesModel* model = dialog.linesModel();
    CHECK(model->line(0).product == QStringLiteral("名片"));
    CHECK(model->line(0).productId > 0);

    // By full pinyin inside the name, and by code, the same way.
    for (const char* typed : {"penhui", "ph", "mp-9", "灯布"}) {
        INFO(typed);
        lines->setCurrentIndex(model->index(0, OrderLinesModel::ProductColumn));
        lines->edit(lines->currentIndex());
        auto* cell = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        REQUIRE(cell);
        cell->clear();
        type(cell, QString::fromUtf8(typed));
        auto* c = cell->findChild<SearchCompleter*>();
        REQUIRE(c);
        REQUIRE(c->popup()->model()->rowCount() >= 1);
        const QString first = c->popup()->model()->index(0, 0).data().toString();
        CHECK(first.startsWith(QString::fromUtf8(QByteArray(typed) == "mp-9" ? "名片" : "户外喷绘布")));
        QTest::keyClick(cell, Qt::Key_Escape);
    }

    // The staff picker takes 欧阳修 by initials.
    auto* add = child<QPushButton>(dialog, "addStaffButton");
    add->click();
    QList<QComboBox*> staff = dialog.findChildren<QComboBox*>(QStringLiteral("staffComboBox"));
    REQUIRE(!staff.isEmpty());
    QComboBox* who = staff.constLast();
    REQUIRE(who->isEditable());
    who->lineEdit()->clear();
    QTest::keyClicks(who->lineEdit(), QStringLiteral("oyx"));
    auto* staffCompleter = who->lineEdit()->findChild<SearchCompleter*>();
    REQUIRE(staffCompleter);
    REQUIRE(staffCompleter->popup()->isVisible());
    QTest::keyClick(staffCompleter->popup(), Qt::Key_Down);
    QTest::keyClick(staffCompleter->popup(), Qt::Key_Return);
    CHECK(who->currentText() == QStringLiteral("欧阳修"));
    CHECK(who->currentData().toLongLong() == installer.meta.id);
    // A name typed in full is taken when the field is left; anything else goes back to the choice.
    who->lineEdit()->clear();
    type(who->lineEdit(), QStringLiteral("李明"));
    emit who->lineEdit()->editingFinished();
    CHECK(who->currentData().toLongLong() == shop.designer);
    who->lineEdit()->clear();
    type(who->lineEdit(), QStringLiteral("nobody"));
    emit who->lineEdit()->editingFinished();
    CHECK(who->currentText() == QStringLiteral("李明"));
    CHECK(who->currentData().toLongLong() == shop.designer);
}
