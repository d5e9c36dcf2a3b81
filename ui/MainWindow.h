#pragma once

#include <QMainWindow>

class QPushButton;
class QTabWidget;
class QTimer;

namespace shopcrm {

class CatalogPage;
class CustomerListPage;
class Database;
class OrderListPage;

// Customers, orders, and products & staff as pages; a strip at the top says at a glance how many
// unfinished orders are due today or overdue, and opens them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum Page { CustomersPage, OrdersPage, CatalogPageIndex };

    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;
    CustomerListPage* customerPage() const { return m_customers; }
    OrderListPage* orderPage() const { return m_orders; }
    CatalogPage* catalogPage() const { return m_catalog; }
    QTabWidget* pages() const { return m_pages; }

public slots:
    void updateDueAttention();
    void showPage(int page);

signals:
    // The user changed the language; the application restarts its window to apply it.
    void restartRequested();

private:
    void openSettings();

    Database& m_db;
    QTabWidget* m_pages = nullptr;
    CustomerListPage* m_customers = nullptr;
    OrderListPage* m_orders = nullptr;
    CatalogPage* m_catalog = nullptr;
    QPushButton* m_attention = nullptr;
    QTimer* m_attentionTimer = nullptr;
};

} // namespace shopcrm
