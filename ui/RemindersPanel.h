#pragma once

#include "store/ReminderRepository.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace shopcrm {

class Database;

// What is due today, in three groups: follow-ups planned for today or earlier, unfinished orders
// due today or overdue, contacts' birthdays in the coming week. Each can be opened, marked done or
// snoozed. It looks again every minute (the day turns, orders fall due, other desks add plans) and
// reports reminders that have just fallen due, so the window can show a desktop notification.
class RemindersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemindersPanel)
public:
    explicit RemindersPanel(Database& db, QWidget* parent = nullptr);

    const ReminderList& reminders() const { return m_list; }
    QTreeWidget* tree() const { return m_tree; }
    // The reminder of the selected row, if a reminder (not a group) is selected.
    const Reminder* current() const;
    // Time travel for tests: the moment "now" is taken to be (invalid: the clock).
    void setClock(const QDateTime& now) { m_clock = now; }

public slots:
    // Reads what is due in another thread; the panel changes when it is read: refreshed.
    void refresh();
    void openCurrent();
    void markCurrentDone();
    void snoozeCurrent(int days);
    // The order-ready notice for an order, the payment notice for a balance.
    void notifyCurrent();

signals:
    void openCustomer(qint64 customerId);
    void openOrder(qint64 orderId);
    void openFollowUp(qint64 followUpId);
    void openServiceRequest(qint64 requestId);
    void openTask(qint64 taskId);
    // Reminders that were not due at the previous look (not sent for the first look).
    void newlyDue(const QList<shopcrm::Reminder>& reminders);
    void countChanged(int count);
    // A refresh() is shown (or its error is in the summary line).
    void refreshed();

private:
    void show(const ReminderList& list);
    void fillGroup(QTreeWidgetItem* group, const QString& title, const QList<Reminder>& items);

    Database& m_db;
    ReminderList m_list;
    QList<Reminder> m_all; // the rows of the tree, in order
    QSet<QString> m_seen;
    bool m_firstLook = true;
    QDateTime m_clock;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_snooze = nullptr;
    QPushButton* m_notify = nullptr;
    QTimer* m_timer = nullptr;
    class BackgroundReader* m_reader = nullptr;
};

} // namespace shopcrm
