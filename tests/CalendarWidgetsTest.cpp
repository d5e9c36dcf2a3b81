#include "CalendarDialogs.h"
#include "CalendarPage.h"
#include "CalendarView.h"
#include "store/CalendarRepository.h"
#include "store/RowSupport.h"
#include "store/TaskRepository.h"
#include "TestSupport.h"
#include "WidgetSupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

// The Wednesday of the week shown, at a local hour.
QDateTime wednesday(const CalendarView& view, int hour, int minute = 0)
{
    return QDateTime(view.firstDay().addDays(2), QTime(hour, minute)).toUTC();
}

void drag(QWidget* w, const QPoint& from, const QPoint& to)
{
    QTest::mousePress(w, Qt::LeftButton, {}, from);
    // Through a few points on the way, as a hand does.
    for (int i = 1; i <= 4; ++i) {
        QMouseEvent move(QEvent::MouseMove, from + (to - from) * i / 4,
                         w->mapToGlobal(from + (to - from) * i / 4), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(w, &move);
    }
    QTest::mouseRelease(w, Qt::LeftButton, {}, to);
}

} // namespace

TEST_CASE("calendar page: a task dragged one day on moves its due time by a day, same hour", "[ui][calendar]")
{
    OrderShop shop;
    CalendarPage page(*shop.db);
    page.resize(1200, 800);
    page.show();
    CalendarView* view = page.view();
    view->setMode(CalendarView::Mode::Week);
    view->setAnchor(QDate(2027, 3, 3));
    Task t;
    t.title = QStringLiteral("取展架");
    t.due = wednesday(*view, 10);
    TaskRepository(*shop.db).create(t);
    page.refresh();
    const QString key = QStringLiteral("task-%1").arg(t.meta.id);
    const QRect before = view->itemRect(key);
    REQUIRE_FALSE(before.isEmpty());
    // One column to the right is one day on; the pointer keeps its height, so the time stays.
    const int column =
        (view->width() - view->itemRect(key).left() + 2) / 5; // five columns from Wednesday's left
    drag(view, before.center(), before.center() + QPoint(column, 0));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT due_at FROM tasks")).toString() ==
          utcText(wednesday(*view, 10).addDays(1)).toString());
    CHECK(page.taskList()->count() == 1);
    // Ticked in the list beside the calendar: done.
    page.taskList()->item(0)->setCheckState(Qt::Checked);
    CHECK_FALSE(scalar(*shop.db, QStringLiteral("SELECT done_at FROM tasks")).isNull());
    CHECK(page.taskList()->count() == 0);
}

TEST_CASE("calendar page: moving a booking onto someone's other booking asks first", "[ui][calendar]")
{
    OrderShop shop;
    CalendarPage page(*shop.db);
    page.resize(1200, 800);
    page.show();
    CalendarView* view = page.view();
    view->setMode(CalendarView::Mode::Week);
    view->setAnchor(QDate(2027, 3, 3));
    CalendarRepository calendar(*shop.db);
    Appointment install;
    install.title = QStringLiteral("门头安装");
    install.start = wednesday(*view, 9);
    install.end = wednesday(*view, 12);
    install.people = {QStringLiteral("王师傅")};
    calendar.create(install);
    Appointment measure;
    measure.title = QStringLiteral("量尺寸");
    measure.start = wednesday(*view, 14);
    measure.end = wednesday(*view, 15);
    measure.people = {QStringLiteral("王师傅")};
    calendar.create(measure);
    page.refresh();
    CalendarItem item;
    for (const CalendarItem& it : view->items())
        if (it.id == measure.meta.id) item = it;
    REQUIRE(item.id == measure.meta.id);

    answerNextMessageBox(QStringLiteral("No"));
    CHECK_FALSE(page.moveItem(item, QDateTime(view->firstDay().addDays(2), QTime(10, 0))));
    CHECK(scalar(*shop.db,
                 QStringLiteral("SELECT starts_at FROM appointments WHERE id = %1").arg(measure.meta.id))
              .toString() == utcText(wednesday(*view, 14)).toString());
    answerNextMessageBox(QStringLiteral("Yes"));
    CHECK(page.moveItem(item, QDateTime(view->firstDay().addDays(2), QTime(10, 0))));
    CHECK(
        scalar(*shop.db, QStringLiteral("SELECT starts_at || ' ' || ends_at FROM appointments WHERE id = %1")
                             .arg(measure.meta.id))
            .toString() == utcText(wednesday(*view, 10)).toString() + QLatin1Char(' ') +
                               utcText(wednesday(*view, 11)).toString());

    // The form says whom a new booking would double-book while it is typed.
    Appointment fresh;
    fresh.title = QStringLiteral("送货");
    fresh.start = wednesday(*view, 10, 30);
    fresh.end = wednesday(*view, 12, 30);
    fresh.people = {QStringLiteral("王师傅")};
    AppointmentDialog dialog(*shop.db, fresh);
    dialog.show();
    CHECK(dialog.clashText().contains(QStringLiteral("门头安装")));
    CHECK(dialog.clashText().contains(QStringLiteral("量尺寸")));
    answerNextMessageBox(QStringLiteral("Yes"));
    CHECK(dialog.save());
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM appointments")).toInt() == 3);
}

TEST_CASE("task form: a title is needed, and what was typed stays after a refusal", "[ui][calendar]")
{
    OrderShop shop;
    Task fresh;
    TaskDialog dialog(*shop.db, fresh);
    dialog.show();
    auto* title = child<QLineEdit>(dialog, "taskTitleEdit");
    auto* notes = child<QPlainTextEdit>(dialog, "taskNotesEdit");
    notes->setPlainText(QStringLiteral("带上样品"));
    CHECK_FALSE(dialog.save());
    CHECK_FALSE(child<QLabel>(dialog, "issueLabel")->text().isEmpty());
    CHECK(notes->toPlainText() == QStringLiteral("带上样品"));
    type(title, QStringLiteral("call back"));
    REQUIRE(dialog.save());
    CHECK(scalar(*shop.db, QStringLiteral("SELECT title || '|' || notes FROM tasks")).toString() ==
          QStringLiteral("call back|带上样品"));
}
