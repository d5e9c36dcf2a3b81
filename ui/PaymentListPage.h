#pragma once

#include "PagedListModel.h"
#include "store/PaymentRepository.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace shopcrm {

class CustomerPicker;
class Database;

// Payments and refunds, newest first, paged like the other large lists.
class PaymentListModel final : public PagedListModel<PaymentRepository, PaymentRow, PaymentFilter>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentListModel)
public:
    enum Column { NumberColumn, DateColumn, CustomerColumn, AmountColumn, MethodColumn, OrdersColumn, CreditColumn,
                  HandlerColumn, NoteColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CustomerIdRole };
    explicit PaymentListModel(Database& db, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// Money: the payments received (filter, new, open, export) and the receivables — every customer
// who owes, aged by their payment terms, sortable, printable, exportable; Enter opens the
// customer's statement.
class PaymentListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentListPage)
public:
    explicit PaymentListPage(Database& db, QWidget* parent = nullptr);
    ~PaymentListPage() override;
    PaymentListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QTableView* receivablesView() const { return m_receivablesView; }
    QStandardItemModel* receivables() const { return m_receivables; }

public slots:
    void refresh();
    void newPayment();
    void openCurrent();
    void exportPayments(QString path = {});
    void exportReceivables(QString path = {});
    void printReceivables();
    // Shows the receivables tab; what customers owe is read in another thread: receivablesShown.
    void showReceivables();

signals:
    void receivablesShown();

protected:
    // The list is read when the page is shown (not at start-up), and again each time it comes back.
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void loadReceivables();
    void fillReceivables(const QList<AgingRow>& rows);

    Database& m_db;
    class BackgroundReader* m_reader = nullptr;
    QTabWidget* m_tabs = nullptr;
    PaymentListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    CustomerPicker* m_customer = nullptr;
    QComboBox* m_method = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_count = nullptr;
    QStandardItemModel* m_receivables = nullptr;
    QSortFilterProxyModel* m_receivablesSorted = nullptr;
    QTableView* m_receivablesView = nullptr;
    QLabel* m_receivablesTotal = nullptr;
};

} // namespace shopcrm
