#include "ConflictDialog.h"
#include "CustomerEditorDialog.h"
#include "CustomerListModel.h"
#include "CustomerListPage.h"
#include "domain/MergeTemplate.h"
#include "MailMergeDialog.h"
#include "MainWindow.h"
#include "PoolRulesDialog.h"
#include "SearchHighlight.h"
#include "store/CatalogRepository.h"
#include "store/CustomerPool.h"
#include "store/CustomerRepository.h"
#include "TestSupport.h"
#include "WidgetSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;


TEST_CASE("the editor refuses an empty name at the field, then saves with Ctrl+S", "[widgets]")
{
    TempDb db;
    CustomerEditorDialog dialog(*db, 0);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    auto* issue = dialog.findChild<QLabel*>(QStringLiteral("nameIssueLabel"));
    REQUIRE(name);
    REQUIRE(issue);
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.isVisible());
    CHECK(issue->isVisible());
    CHECK_FALSE(issue->text().isEmpty());
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 0);

    type(name, QStringLiteral("华彩广告"));
    QTest::keyClick(name, Qt::Key_Tab);
    type(QApplication::focusWidget(), QStringLiteral("华彩"));
    auto* phones = dialog.findChild<QLineEdit*>(QStringLiteral("phonesLineEdit"));
    type(phones, QStringLiteral("13812345678"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    const Customer saved = CustomerRepository(*db).get(dialog.customerId());
    CHECK(saved.name == QStringLiteral("华彩广告"));
    CHECK(saved.shortName == QStringLiteral("华彩"));
    CHECK(saved.phones == QStringList{QStringLiteral("138 1234 5678")});
}

TEST_CASE("the editor edits contacts and warns about a duplicate", "[widgets]")
{
    TempDb db;
    Customer existing = makeCustomer(QStringLiteral("长城印务"), QStringLiteral("13900001111"));
    CustomerRepository(*db).create(existing);

    CustomerEditorDialog dialog(*db, 0);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    type(dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit")), QStringLiteral("长城 印务"));
    dialog.findChild<QPushButton*>(QStringLiteral("addContactButton"))->click();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("contactsTableWidget"));
    REQUIRE(table->rowCount() == 1);
    table->item(0, 0)->setText(QStringLiteral("张长青"));
    table->item(0, 2)->setText(QStringLiteral("13700002222"));
    answerNextMessageBox(QStringLiteral("Open the existing one"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.openInstead() == existing.meta.id);
    CHECK(CustomerRepository(*db).count(true) == 1);

    CustomerEditorDialog second(*db, 0);
    second.show();
    type(second.findChild<QLineEdit*>(QStringLiteral("nameLineEdit")), QStringLiteral("长城 印务"));
    answerNextMessageBox(QStringLiteral("Save as a new customer"));
    CHECK(second.save());
    CHECK(CustomerRepository(*db).count(true) == 2);
}

TEST_CASE("the customer list searches as the user types and opens with Enter", "[widgets]")
{
    TempDb db;
    CustomerRepository repo(*db);
    for (const char* name : {"华彩广告有限公司", "长城印务", "重庆乐行文化", "厦门银行"}) {
        Customer c = makeCustomer(QString::fromUtf8(name));
        repo.create(c);
    }
    CustomerListPage page(*db);
    page.resize(900, 500);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.model()->rowCount() == 4);
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    page.focusSearch();
    type(search, QStringLiteral("cqlx"));
    REQUIRE_EVENTUALLY(page.model()->rowCount() == 1, 5000);
    CHECK(page.model()->index(0, 0).data().toString() == QStringLiteral("重庆乐行文化"));
    // What matched is highlighted in the list.
    auto* highlight = qobject_cast<HighlightDelegate*>(page.view()->itemDelegate());
    REQUIRE(highlight);
    CHECK(highlight->isActive());

    // Enter opens the selected customer; Esc closes the editor again.
    QTimer::singleShot(100, [] {
        auto* editor = qobject_cast<CustomerEditorDialog*>(QApplication::activeModalWidget());
        REQUIRE(editor);
        CHECK(editor->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->text() == QStringLiteral("重庆乐行文化"));
        QTest::keyClick(editor, Qt::Key_Escape);
    });
    QTest::keyClick(search, Qt::Key_Return);

    search->clear();
    REQUIRE_EVENTUALLY(page.model()->rowCount() == 4, 5000);
}

TEST_CASE("Delete archives the selected customer after confirmation", "[widgets]")
{
    TempDb db;
    Customer c = makeCustomer(QStringLiteral("要归档的客户"));
    CustomerRepository(*db).create(c);
    CustomerListPage page(*db);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.view()->setFocus();
    page.view()->selectRow(0);
    answerNextMessageBox(QStringLiteral("No"));
    QTest::keyClick(page.view(), Qt::Key_Delete);
    CHECK(page.model()->rowCount() == 1);
    answerNextMessageBox(QStringLiteral("Yes"));
    QTest::keyClick(page.view(), Qt::Key_Delete);
    CHECK(page.model()->rowCount() == 0);
    CHECK(CustomerRepository(*db).get(c.meta.id).archived);
}

TEST_CASE("the main window shows the database and a read-only notice", "[widgets]")
{
    TempDb seed;
    const QString path = seed.path;
    seed.db.reset();
    DatabaseOptions options;
    options.forceReadOnly = true;
    Database db(path, options);
    MainWindow window(db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.findChild<QLabel*>(QStringLiteral("readOnlyNotice")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("databaseLabel"))->text().contains(path));
}

TEST_CASE("the real GUI starts offscreen on a demo database and exits cleanly", "[widgets][smoke]")
{
    TempDb db;
    db->write([&] {
        for (int i = 0; i < 20; ++i) {
            Customer c = makeCustomer(QStringLiteral("客户%1").arg(i));
            CustomerRepository(*db).create(c);
        }
    });
    const QString path = db.path;
    db.db.reset();
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(env);
    const QString shot = db.dir.filePath(QStringLiteral("window.png"));
    gui.start(QStringLiteral(SHOPCRM_GUI), {QStringLiteral("--db"), path, QStringLiteral("--screenshot"), shot});
    REQUIRE(gui.waitForFinished(60000));
    CHECK(gui.exitStatus() == QProcess::NormalExit);
    CHECK(gui.exitCode() == 0);
    QImage image(shot);
    CHECK(image.width() > 600);
}

TEST_CASE("saving a customer another desk changed meanwhile merges the two edits field by field", "[widgets][conflict]")
{
    TempDb db;
    Customer c = makeCustomer(QStringLiteral("华彩广告"), QStringLiteral("13812345678"));
    CustomerRepository(*db).create(c);
    CustomerEditorDialog dialog(*db, c.meta.id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    // Another desk changes the address and the grade; this desk changes the short name and the grade.
    Customer theirs = CustomerRepository(*db).get(c.meta.id);
    theirs.address = QStringLiteral("渝中区解放碑88号");
    theirs.grade = QStringLiteral("B");
    CustomerRepository(*db).update(theirs);

    auto* shortName = dialog.findChild<QLineEdit*>(QStringLiteral("shortNameLineEdit"));
    REQUIRE(shortName);
    shortName->setFocus();
    type(shortName, QStringLiteral("华彩"));
    auto* grade = dialog.findChild<QComboBox*>(QStringLiteral("gradeComboBox"));
    grade->setCurrentText(QStringLiteral("A"));

    QList<MergeItem> shown;
    whenDialogOpens(QStringLiteral("conflictDialog"), [&](QDialog* d) {
        auto* conflict = qobject_cast<ConflictDialog*>(d);
        shown = conflict->choices();
        d->findChild<QPushButton*>(QStringLiteral("saveMergedButton"))->click();
    });
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);

    // Three fields differ: one each side changed alone (taken from that side), one both changed.
    REQUIRE(shown.size() == 3);
    auto item = [&](const QString& key) {
        for (const MergeItem& i : shown)
            if (i.key == key)
                return i;
        FAIL("no item " << key.toStdString());
        return MergeItem();
    };
    CHECK(item(QStringLiteral("address")).take == MergeItem::Take::Theirs);
    CHECK_FALSE(item(QStringLiteral("address")).conflict);
    CHECK(item(QStringLiteral("shortName")).take == MergeItem::Take::Mine);
    CHECK(item(QStringLiteral("grade")).conflict);
    CHECK(item(QStringLiteral("grade")).take == MergeItem::Take::Mine);

    // The oracle: the stored row, by plain SQL.
    CHECK(scalar(*db, QStringLiteral("SELECT short_name FROM customers")).toString() == QStringLiteral("华彩"));
    CHECK(scalar(*db, QStringLiteral("SELECT address FROM customers")).toString() == QStringLiteral("渝中区解放碑88号"));
    CHECK(scalar(*db, QStringLiteral("SELECT grade FROM customers")).toString() == QStringLiteral("A"));
    CHECK(scalar(*db, QStringLiteral("SELECT version FROM customers")).toInt() == 3);
}

TEST_CASE("the customer list shows the public pool, mine and others', and a customer is claimed and released "
          "from it",
          "[widgets][customers]")
{
    TempDb db;
    CatalogRepository catalog(*db);
    for (const char* name : {"王芳", "李四"}) {
        StaffMember s;
        s.name = QString::fromUtf8(name);
        catalog.createStaff(s);
    }
    CustomerRepository customers(*db);
    auto make = [&](const char* name, const char* owner) {
        Customer c = makeCustomer(QString::fromUtf8(name));
        c.owner = QString::fromUtf8(owner);
        return customers.create(c);
    };
    const qint64 mine = make("王芳的客户", "王芳");
    make("李四的客户", "李四");
    const qint64 pooled = make("公海客户", "");
    CustomerPool::release(*db, mine, QStringLiteral("测试"));
    CustomerPool::claim(*db, mine, QStringLiteral("王芳"), QDateTime::currentDateTimeUtc().addDays(1));
    // 王芳 signs in: "Mine" is hers.
    Access access = db->access();
    access.staffName = QStringLiteral("王芳");
    db->setAccess(access);
    CustomerListPage page(*db);
    page.show();
    auto* filter = child<QComboBox>(page, "ownerFilterComboBox");
    auto names = [&] {
        QStringList result;
        for (int r = 0; r < page.model()->rowCount(); ++r)
            result.append(page.model()->index(r, CustomerListModel::NameColumn).data().toString());
        result.sort();
        return result;
    };
    filter->setCurrentIndex(filter->findData(static_cast<int>(OwnerFilter::Pool)));
    REQUIRE(names() == QStringList{QStringLiteral("公海客户")});
    CHECK(page.model()
              ->index(0, CustomerListModel::OwnerColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Pool")));
    filter->setCurrentIndex(filter->findData(static_cast<int>(OwnerFilter::Mine)));
    CHECK(names() == QStringList{QStringLiteral("王芳的客户")});
    filter->setCurrentIndex(filter->findData(static_cast<int>(OwnerFilter::Others)));
    CHECK(names() == QStringList{QStringLiteral("李四的客户")});

    // Claimed from the pool view, it is hers; released with a reason, it is back with her as the previous
    // owner.
    filter->setCurrentIndex(filter->findData(static_cast<int>(OwnerFilter::Pool)));
    page.view()->selectRow(0);
    page.claimCurrent();
    CHECK(scalar(*db, QStringLiteral("SELECT owner FROM customers WHERE id = %1").arg(pooled)).toString() ==
          QStringLiteral("王芳"));
    CHECK(page.model()->rowCount() == 0);
    filter->setCurrentIndex(filter->findData(static_cast<int>(OwnerFilter::Mine)));
    REQUIRE(page.model()->rowCount() == 2);
    for (int r = 0; r < page.model()->rowCount(); ++r)
        if (page.model()->idAt(r) == pooled) page.view()->selectRow(r);
    answerNextInputDialog(QStringLiteral("客户搬走了"));
    page.releaseCurrent();
    CHECK(scalar(*db, QStringLiteral("SELECT previous_owner FROM customers WHERE id = %1").arg(pooled))
              .toString() == QStringLiteral("王芳"));
    CHECK(scalar(*db, QStringLiteral(
                          "SELECT reason FROM pool_moves WHERE customer_id = %1 ORDER BY id DESC LIMIT 1")
                          .arg(pooled))
              .toString() == QStringLiteral("客户搬走了"));
}

TEST_CASE("the pool's rules are set per grade in Settings", "[widgets][customers]")
{
    TempDb db;
    PoolRulesDialog dialog(*db);
    QTableWidget* table = dialog.table();
    REQUIRE(table->rowCount() == 1); // the default
    auto cell = [&](int row, int column) { return qobject_cast<QSpinBox*>(table->cellWidget(row, column)); };
    cell(0, 0)->setValue(30);
    cell(0, 2)->setValue(5);
    cell(0, 4)->setValue(3);
    dialog.addGrade(QStringLiteral("A"));
    REQUIRE(table->rowCount() == 2);
    CHECK(cell(1, 0)->value() == 30);     // a new grade starts from the default
    CHECK_FALSE(cell(1, 4)->isEnabled()); // claims a day are the shop's
    cell(1, 0)->setValue(60);
    cell(1, 1)->setValue(90);
    dialog.addGrade(QStringLiteral("A")); // already there: nothing added
    CHECK(table->rowCount() == 2);
    dialog.save();
    const PoolRules saved = CustomerPool::rules(*db);
    CHECK(saved.defaults == PoolRule{30, 0, 5, 0, 3, 0});
    REQUIRE(saved.grades.contains(QStringLiteral("A")));
    CHECK(saved.grades.value(QStringLiteral("A")).noFollowUpDays == 60);
    CHECK(saved.grades.value(QStringLiteral("A")).noOrderDays == 90);
    CHECK(saved.forGrade(QStringLiteral("B")).noFollowUpDays == 30);
}

TEST_CASE("labels and envelopes from the customer list: everyone listed, a start position, a PDF",
          "[widgets][customers][mailmerge]")
{
    TempDb db;
    for (const char* name : {"深圳市华彩广告有限公司", "重庆鑫源装饰", "成都百味餐饮"}) {
        Customer c = makeCustomer(QString::fromUtf8(name));
        c.postcode = QStringLiteral("518000");
        CustomerRepository(*db).create(c);
    }
    CustomerListPage page(*db);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    // "Everyone in the list" in the question, then the dialog opens with the three.
    answerNextMessageBox(QStringLiteral("Everyone in the list (3)"));
    QList<Addressee> shown;
    whenDialogOpens(QStringLiteral("mailMergeDialog"), [&](QDialog* d) {
        auto* dialog = qobject_cast<MailMergeDialog*>(d);
        shown = dialog->addressees();
        child<QSpinBox>(*dialog, "mailMergeStartSpinBox")->setValue(24); // the last label of a used sheet
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("labels.pdf"));
        dialog->exportPdf(pdf);
        CHECK(runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("Pages:           2")));
        CHECK(runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                  .contains(QStringLiteral("重庆鑫源装饰")));
        child<QRadioButton>(*dialog, "mailMergeEnvelopesRadio")->setChecked(true);
        CHECK_FALSE(child<QSpinBox>(*dialog, "mailMergeStartSpinBox")->isEnabled());
        dialog->exportPdf(pdf);
        CHECK(runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("Pages:           3")));
        // Letters: a field that does not exist is said at once; a known one is filled in per customer.
        child<QRadioButton>(*dialog, "mailMergeLettersRadio")->setChecked(true);
        QPlainTextEdit* text = dialog->templateEdit();
        text->setPlainText(QStringLiteral("尊敬的{客户名称}：{优惠码}"));
        CHECK(child<QLabel>(*dialog, "mailMergeTemplateCheck")->text().contains(QStringLiteral("优惠码")));
        text->setPlainText(QStringLiteral("尊敬的{客户名称}：\n订单 {订单号}"));
        // Nobody has an order: the first customer's missing field is named.
        CHECK(child<QLabel>(*dialog, "mailMergeTemplateCheck")
                  ->text()
                  .contains(MergeTemplate::token(QStringLiteral("order"),
                                                 QLocale().language() == QLocale::Chinese)));
        QStringList lacking;
        const QList<Letter> letters = dialog->mergedLetters(&lacking);
        REQUIRE(letters.size() == 3);
        CHECK(letters.at(0).body.startsWith(QStringLiteral("尊敬的")));
        CHECK(lacking.size() == 3);
        dialog->exportPdf(pdf);
        CHECK(runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                  .contains(QStringLiteral("尊敬的成都百味餐饮：")));
        dialog->reject();
    });
    page.printLabels();
    CHECK(shown.size() == 3);
}
