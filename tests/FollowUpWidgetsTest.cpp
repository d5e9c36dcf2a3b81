#include "AttachmentsEditor.h"
#include "CustomerEditorDialog.h"
#include "CustomerListModel.h"
#include "CustomerListPage.h"
#include "CustomerTimeline.h"
#include "FollowUpDialog.h"
#include "FollowUpListPage.h"
#include "RemindersPanel.h"
#include "services/DemoData.h"
#include "SettingsDialog.h"
#include "store/CatalogRepository.h"
#include "store/FollowUpRepository.h"
#include "TestSupport.h"
#include "WidgetSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

// The desk's user is a staff member, as in a shop where everyone logs in with their name.
qint64 meAsStaff(Database& db)
{
    StaffMember me;
    me.name = db.session().user;
    me.role = StaffRole::Sales;
    return CatalogRepository(db).createStaff(me);
}

} // namespace

TEST_CASE("a contact is recorded from the timeline's quick entry with the keyboard", "[widgets][followup]")
{
    OrderShop shop;
    const qint64 me = meAsStaff(*shop.db);
    CustomerEditorDialog dialog(*shop.db, shop.customer);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    dialog.showTimeline();
    auto* quick = child<QLineEdit>(dialog, "quickFollowUpLineEdit");
    CHECK(quick->hasFocus());
    auto* timeline = child<CustomerTimeline>(dialog, "customerTimeline");
    QAbstractItemModelTester tester(timeline->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(timeline->model()->rowCount() == 0);

    type(quick, QStringLiteral("客户要做门头，下周去量尺寸"));
    QTest::keyClick(quick, Qt::Key_X, Qt::AltModifier); // Ne&xt: plan the next contact
    auto* planNext = child<QCheckBox>(dialog, "quickPlanNextCheckBox");
    // A mnemonic clicks its button the way a mouse does, with a short animation.
    CHECK(QTest::qWaitFor([&] { return planNext->isChecked(); }, 1000));
    quick->setFocus();
    QTest::keyClick(quick, Qt::Key_Return);

    REQUIRE(timeline->model()->rowCount() == 1);
    CHECK(timeline->model()->index(0).data().toString().contains(QStringLiteral("客户要做门头")));
    CHECK(quick->text().isEmpty());
    CHECK(dialog.followUpsChanged());
    const FollowUpRow row = FollowUpRepository(*shop.db).page({}, 0, 1).at(0);
    CHECK(row.customerId == shop.customer);
    CHECK(row.contact == QStringLiteral("张三")); // the primary contact
    CHECK(row.nextDate == QDate::currentDate().addDays(3));
    CHECK(FollowUpRepository(*shop.db).get(row.id).staffId == me);

    // Kind filter: orders only shows nothing yet.
    auto* kind = child<QComboBox>(dialog, "timelineKindComboBox");
    kind->setCurrentIndex(kind->findData(static_cast<int>(TimelineEvent::Kind::OrderCreated)));
    CHECK(timeline->model()->rowCount() == 0);
    kind->setCurrentIndex(0);
    CHECK(timeline->model()->rowCount() == 1);
}

TEST_CASE("the follow-up form is prefilled, refuses a next contact before it and saves with Ctrl+Return",
          "[widgets][followup]")
{
    OrderShop shop;
    const qint64 me = meAsStaff(*shop.db);
    FollowUpDialog dialog(*shop.db, FollowUpDialog::New{shop.customer});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* details = child<QPlainTextEdit>(dialog, "followUpDetailsEdit");
    CHECK(details->hasFocus());
    CHECK(child<QComboBox>(dialog, "followUpContactComboBox")->currentText() == QStringLiteral("张三"));
    CHECK(child<QComboBox>(dialog, "followUpStaffComboBox")->currentData().toLongLong() == me);
    const QDateTime at = child<QDateTimeEdit>(dialog, "followUpAtEdit")->dateTime();
    CHECK(std::abs(at.secsTo(QDateTime::currentDateTime())) < 120);

    type(details, QStringLiteral("发了报价单"));
    QTest::keyClick(details, Qt::Key_N, Qt::AltModifier); // &Next contact on
    auto* plan = child<QCheckBox>(dialog, "followUpPlanNextCheckBox");
    REQUIRE(QTest::qWaitFor([&] { return plan->isChecked(); }, 1000));
    auto* next = child<QDateEdit>(dialog, "followUpNextDateEdit");
    next->setDate(QDate::currentDate().addDays(-2));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(dialog, "followUpIssueLabel")->text().contains(
        QDate::currentDate().addDays(-2).toString(Qt::ISODate)));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM follow_ups")).toInt() == 0);

    // An attachment over the limit is refused with the reason.
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("照片.jpg")));
    REQUIRE(big.open(QIODevice::WriteOnly));
    REQUIRE(big.resize(AttachmentRules::kMaxAttachmentBytes + 1));
    big.close();
    answerNextMessageBox(QStringLiteral("OK"));
    CHECK_FALSE(dialog.attachments()->attachFile(big.fileName()));
    QFile small(dir.filePath(QStringLiteral("quote.pdf")));
    REQUIRE(small.open(QIODevice::WriteOnly));
    small.write("%PDF-1.4 test");
    small.close();
    CHECK(dialog.attachments()->attachFile(small.fileName()));
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    next->setDate(QDate::currentDate().addDays(5));
    next->setFocus();
    QTest::keyClick(next, Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    const FollowUp saved = FollowUpRepository(*shop.db).get(dialog.followUpId());
    CHECK(saved.details == QStringLiteral("发了报价单"));
    CHECK(saved.nextDate == QDate::currentDate().addDays(5));
    REQUIRE(saved.attachments.size() == 1);
    CHECK(saved.attachments.at(0).fileName == QStringLiteral("quote.pdf"));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT next_follow_up FROM customers WHERE id = %1").arg(shop.customer))
              .toString() == QDate::currentDate().addDays(5).toString(Qt::ISODate));
}

TEST_CASE("the customer list filters by follow-ups and shows last contact and next follow-up", "[widgets][followup]")
{
    OrderShop shop;
    FollowUpRepository repo(*shop.db);
    FollowUp f;
    f.customerId = shop.customer;
    f.at = QDateTime::currentDateTimeUtc().addDays(-3);
    f.details = QStringLiteral("问价格");
    f.nextDate = QDate::currentDate();
    repo.create(f);
    CustomerListPage page(*shop.db);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(page.model()->rowCount() == 2);
    const int row = page.model()->rowOfId(shop.customer);
    CHECK(page.model()->index(row, CustomerListModel::NextFollowUpColumn).data().toString() ==
          QDate::currentDate().toString(Qt::ISODate));
    CHECK_FALSE(page.model()->index(row, CustomerListModel::LastContactColumn).data().toString().isEmpty());
    page.setContactFilter(ContactFilter::FollowUpDue);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->idAt(0) == shop.customer);
    page.setContactFilter(ContactFilter::NothingPlanned);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->idAt(0) == shop.other);
    page.setContactFilter(ContactFilter::NotContactedFor); // 30 days by default: the other one, never contacted
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->idAt(0) == shop.other);
    page.model()->sort(CustomerListModel::NextFollowUpColumn, Qt::AscendingOrder);
    page.setContactFilter(ContactFilter::Any);
    CHECK(page.model()->idAt(0) == shop.customer);
}

TEST_CASE("the reminders panel lists what is due, marks done, snoozes and notices new reminders",
          "[widgets][reminders]")
{
    OrderShop shop;
    FollowUpRepository repo(*shop.db);
    auto plan = [&](qint64 customer, const QDate& next) {
        FollowUp f;
        f.customerId = customer;
        f.at = QDateTime(next.addDays(-5), QTime(10, 0)).toUTC();
        f.details = QStringLiteral("约了回电");
        f.nextDate = next;
        f.nextAction = QStringLiteral("回电确认");
        return repo.create(f, false);
    };
    const QDate today = QDate::currentDate();
    plan(shop.customer, today);
    plan(shop.other, today.addDays(1));
    RemindersPanel panel(*shop.db);
    QSignalSpy fresh(&panel, &RemindersPanel::newlyDue);
    // What is due is read in another thread: each step waits until the panel shows it.
    QSignalSpy refreshed(&panel, &RemindersPanel::refreshed);
    auto shown = [&] {
        const int before = refreshed.count();
        return refreshed.wait(10000) && refreshed.count() > before;
    };
    REQUIRE(shown());
    CHECK(panel.reminders().followUps.size() == 1);
    QTreeWidget* tree = panel.tree();
    REQUIRE(tree->topLevelItemCount() == 4); // follow-ups, orders, birthdays, balances
    CHECK(tree->topLevelItem(0)->childCount() == 1);
    CHECK(tree->topLevelItem(0)->child(0)->text(0).startsWith(QStringLiteral("华彩广告")));

    // Tomorrow the other plan falls due: it is reported as new, the one already shown is not.
    panel.setClock(QDateTime(today.addDays(1), QTime(9, 0)).toUTC());
    panel.refresh();
    REQUIRE(shown());
    REQUIRE(fresh.count() == 1);
    const auto reported = fresh.at(0).at(0).value<QList<Reminder>>();
    REQUIRE(reported.size() == 1);
    CHECK(reported.at(0).customer == QStringLiteral("鑫源装饰"));
    CHECK(panel.reminders().followUps.size() == 2);

    // Done and snoozed.
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    panel.markCurrentDone();
    REQUIRE(shown());
    CHECK(panel.reminders().followUps.size() == 1);
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    panel.snoozeCurrent(3);
    REQUIRE(shown());
    CHECK(panel.reminders().followUps.isEmpty());
    panel.setClock(QDateTime(today.addDays(4), QTime(9, 0)).toUTC());
    panel.refresh();
    REQUIRE(shown());
    CHECK(panel.reminders().followUps.size() == 1);
}

TEST_CASE("the follow-ups page filters and exports what it shows", "[widgets][followup]")
{
    OrderShop shop;
    FollowUpRepository repo(*shop.db);
    for (int i = 0; i < 30; ++i) {
        FollowUp f;
        f.customerId = i % 3 ? shop.customer : shop.other;
        f.at = QDateTime::currentDateTimeUtc().addDays(-i);
        f.method = i % 2 ? ContactMethod::WeChat : ContactMethod::Phone;
        f.details = QStringLiteral("第%1次").arg(i);
        repo.create(f, false);
    }
    FollowUpListPage page(*shop.db);
    page.show(); // the list is read when its page is shown
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(page.model()->rowCount() == 30);
    auto* method = child<QComboBox>(page, "followUpFilterMethod");
    method->setCurrentIndex(method->findData(static_cast<int>(ContactMethod::WeChat)));
    CHECK(page.model()->rowCount() == 15);
    auto* period = child<QComboBox>(page, "followUpFilterPeriod");
    period->setCurrentIndex(2); // the last 7 days: days 1, 3, 5
    CHECK(page.model()->rowCount() == 3);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("shown.csv"));
    page.exportTo(csv);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.size() == 4); // the header and the three rows shown
}

TEST_CASE("the shop edits its outcome list in Settings and the follow-up form offers it", "[widgets][followup]")
{
    OrderShop shop;
    {
        SettingsDialog settings(*shop.db);
        auto* outcomes = child<QPlainTextEdit>(settings, "followUpOutcomesEdit");
        CHECK(outcomes->toPlainText().split(QLatin1Char('\n')) == FollowUpRules::defaultOutcomes());
        outcomes->setPlainText(QStringLiteral("要样品\n已报价\n\n已成交\n"));
        settings.accept();
    }
    CHECK(FollowUpRepository(*shop.db).outcomeChoices() ==
          QStringList({QStringLiteral("要样品"), QStringLiteral("已报价"), QStringLiteral("已成交")}));
    FollowUpDialog dialog(*shop.db, FollowUpDialog::New{shop.customer});
    auto* outcome = child<QComboBox>(dialog, "followUpOutcomeComboBox");
    CHECK(outcome->findText(QStringLiteral("要样品")) > 0);
    CHECK(outcome->findText(QStringLiteral("已成交")) > 0);
}

TEST_CASE("a long follow-up list shows its first page at once and is counted in another thread",
          "[widgets][followup]")
{
    TempDb db;
    DemoData demo(6);
    demo.insertCustomers(*db, 60);
    demo.insertFollowUps(*db, 700);
    const LongListsFrom longLists(100); // "long" starts at 100 rows here
    {
        FollowUpListPage page(*db);
        QSignalSpy counted(page.model(), &FollowUpListModel::countChanged);
        page.show(); // the list is read when its page is shown
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(page.model()->counting());
        CHECK(page.model()->rowCount() == 256);
        CHECK(child<QLabel>(page, "followUpCountLabel")->text().contains(QStringLiteral("Counting")));
        const qint64 newest =
            scalar(*db, QStringLiteral("SELECT id FROM follow_ups ORDER BY at DESC, id DESC LIMIT 1"))
                .toLongLong();
        CHECK(page.model()->idAt(0) == newest);
        REQUIRE(counted.wait(10000));
        CHECK_FALSE(page.model()->counting());
        CHECK(page.model()->rowCount() == 700);
        CHECK(child<QLabel>(page, "followUpCountLabel")->text().contains(QStringLiteral("700")));
        CHECK(page.model()->idAt(0) == newest); // the first page stayed where it was
        CHECK(page.model()->idAt(699) != 0);
    }
}
