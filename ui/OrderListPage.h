#pragma once

#include "store/OrderRepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QMenu;
class QTableView;

namespace shopcrm {

class CustomerPicker;
class Database;
class OrderListModel;

// The order list: filters (status, due, urgent, staff, customer, order dates), counts and totals
// of what is shown, status changes for several selected orders at once, Enter opens an order.
class OrderListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderListPage)
public:
    // The choices of the status filter, in the combo box's order.
    enum StatusChoice { Unfinished, AllStatuses, FirstSingleStatus };
    enum DueChoice { AnyDue, DueToday, Overdue, DueTodayOrOverdue, DueThisWeek };

    explicit OrderListPage(Database& db, QWidget* parent = nullptr);
    ~OrderListPage() override;

    OrderListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Shows unfinished orders due today or overdue (the main window's "at a glance" link).
    void showDueAttention();
    void setCustomerFilter(qint64 customerId, const QString& name);
    // For a customer's own page: every status of this customer's orders, no customer filter shown.
    void lockToCustomer(qint64 customerId, const QString& name);

public slots:
    // Shows exactly these orders (from a chart), with a banner naming them; any filter change ends it.
    void showOrders(const shopcrm::OrderFilter& filter, const QString& what);
    void newOrder();
    void openCurrent();
    void openOrder(qint64 id);
    void duplicateCurrent();
    void refresh();
    // The orders as listed (filters, sort, visible columns) into a file; asks where when path is empty.
    void exportTo(QString path = {});

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void applyFilter();
    void changeSelectedStatus(OrderStatus status);
    QList<qint64> selectedIds() const;
    void selectId(qint64 id);
    void reloadStaff();

    Database& m_db;
    OrderListModel* m_model = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_due = nullptr;
    QComboBox* m_staff = nullptr;
    QCheckBox* m_urgent = nullptr;
    QCheckBox* m_useDates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    CustomerPicker* m_customer = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_chartBanner = nullptr;
    QMenu* m_statusMenu = nullptr;
    bool m_applying = false;
};

} // namespace shopcrm
