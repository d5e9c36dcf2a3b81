#pragma once

#include "store/ChangeFeed.h"

#include <QDate>
#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QPushButton;
class QSystemTrayIcon;
class QTabWidget;
class QTimer;

namespace shopcrm {

class CatalogPage;
class PipelinePage;
class ServicePage;
class CalendarPage;
class ChangeFeed;
class DeskPresence;
class CustomerListPage;
class Database;
class FollowUpListPage;
class OrderListPage;
class PaymentListPage;
class RemindersPanel;
class ReportsPage;
struct Reminder;

// Customers, orders, follow-ups, payments (with receivables), the revenue review, and products &
// staff as pages; a strip at the top says at a glance
// how many unfinished orders are due today or overdue, and opens them; the reminders panel (F9)
// lists what is due today, and a reminder falling due while the program is open shows as a
// desktop notification.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum Page
    {
        CustomersPage,
        OrdersPage,
        FollowUpsPage,
        PaymentsPage,
        ReportsPageIndex,
        CatalogPageIndex,
        SalesPageIndex,
        ServicePageIndex,
        CalendarPageIndex,
        PageCount
    };

    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;
    // The pages the signed-in role may see; the others are null.
    CustomerListPage* customerPage() const { return m_customers; }
    OrderListPage* orderPage() const { return m_orders; }
    CatalogPage* catalogPage() const { return m_catalog; }
    PipelinePage* pipelinePage() const { return m_pipeline; }
    FollowUpListPage* followUpPage() const { return m_followUps; }
    PaymentListPage* paymentPage() const { return m_payments; }
    ReportsPage* reportsPage() const { return m_reports; }
    RemindersPanel* remindersPanel() const { return m_reminders; }
    QDockWidget* remindersDock() const { return m_remindersDock; }
    QTabWidget* pages() const { return m_pages; }
    ChangeFeed* changeFeed() const { return m_feed; }

public slots:
    void updateDueAttention();
    // What another desk (or this one) changed, shown where it is on screen.
    void applyChanges(const shopcrm::ChangeBatch& batch);
    void showPage(int page);

signals:
    // The user changed the language; the application restarts its window to apply it.
    void restartRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* pageWidget(int page) const;
    void releaseReads();
    void changePassword();
    void runScheduledBackup();
    void runPoolRules();
    void openSettings();
    void openFollowUp(qint64 id);
    void notify(const QList<shopcrm::Reminder>& reminders);
    void showNotice(const QString& message, bool unreachable);
    void updateDesks();
    // What the change feed asked to be read again, done one step a turn of the event loop.
    enum Refresh : unsigned
    {
        RefreshCustomers,
        RefreshOrders,
        RefreshFollowUps,
        RefreshPayments,
        RefreshReports,
        RefreshCatalog,
        RefreshPipeline,
        RefreshService,
        RefreshCalendar,
        RefreshReminders,
        RefreshDueAttention,
        RefreshDesks,
        RefreshWhere,
    };
    void refreshNextStep();

    Database& m_db;
    QString m_backupPassphrase; // asked once a session when scheduled backups are encrypted
    bool m_backupRunning = false;
    bool m_poolRunning = false;
    QDate m_poolRunDay; // the day this desk last applied the pool rules
    QTabWidget* m_pages = nullptr;
    CustomerListPage* m_customers = nullptr;
    OrderListPage* m_orders = nullptr;
    CatalogPage* m_catalog = nullptr;
    PipelinePage* m_pipeline = nullptr;
    ServicePage* m_service = nullptr;
    CalendarPage* m_calendar = nullptr;
    FollowUpListPage* m_followUps = nullptr;
    PaymentListPage* m_payments = nullptr;
    ReportsPage* m_reports = nullptr;
    RemindersPanel* m_reminders = nullptr;
    QDockWidget* m_remindersDock = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QPushButton* m_attention = nullptr;
    QTimer* m_attentionTimer = nullptr;
    ChangeFeed* m_feed = nullptr;
    std::unique_ptr<DeskPresence> m_presence;
    QLabel* m_notice = nullptr;
    QLabel* m_desks = nullptr;
    QLabel* m_where = nullptr;
    QTimer* m_noticeTimer = nullptr;
    QTimer* m_refreshTimer = nullptr;
    static constexpr int kBusyRefreshMs = 20; // the wait before a refresh put off by another desk's commit
    unsigned m_pendingRefresh = 0; // bits of Refresh
    bool m_holdingReads = true;
};

} // namespace shopcrm
