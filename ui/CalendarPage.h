#pragma once

#include "domain/Calendar.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QToolButton;

namespace shopcrm {

class CalendarView;
class Database;

// The calendar page (日历): a day, week or month of appointments, tasks, planned follow-ups, orders
// and service requests due, for everybody or one staff member, with the open tasks beside it.
// Dragging moves what an item stands for (asking first when it would double-book someone);
// a double click opens it. Alt+Left and Alt+Right page back and on; Ctrl+T is today.
class CalendarPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarPage)
public:
    explicit CalendarPage(Database& db, QWidget* parent = nullptr);
    CalendarView* view() const { return m_view; }
    QListWidget* taskList() const { return m_tasks; }
    CalendarFilter filter() const;
    // Moves an item as a drag does (asks about clashes unless told not to); true when it moved.
    bool moveItem(const CalendarItem& item, const QDateTime& newStartLocal, bool askAboutClashes = true);
    // Writes what the view shows (or, for a staff member, their calendar) to an .ics file.
    bool exportTo(const QString& path);

public slots:
    void refresh();
    void newTask(const QDateTime& dueLocal = {});
    void newAppointment(const QDateTime& startLocal = {});
    void openItem(const shopcrm::CalendarItem& item);
    void showToday();

signals:
    void openFollowUp(qint64 id);
    void openOrder(qint64 id);
    void openServiceRequest(qint64 id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void page(int direction);
    void updateTitle();
    void exportCalendar();

    Database& m_db;
    CalendarView* m_view = nullptr;
    QButtonGroup* m_modes = nullptr;
    QLabel* m_title = nullptr;
    QComboBox* m_staff = nullptr;
    QToolButton* m_show = nullptr;
    QList<CalendarItem::Kind> m_hidden;
    QListWidget* m_tasks = nullptr;
    QLabel* m_summary = nullptr;
    bool m_filling = false;
};

} // namespace shopcrm
