#pragma once

#include "PagedListModel.h"
#include "store/FollowUpRepository.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace shopcrm {

class CustomerPicker;
class Database;

// Follow-ups across all customers, newest first, paged like the other large lists.
class FollowUpListModel final : public PagedListModel<FollowUpRepository, FollowUpRow, FollowUpFilter>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpListModel)
public:
    enum Column { TimeColumn, CustomerColumn, ContactColumn, MethodColumn, SummaryColumn, OutcomeColumn,
                  StaffColumn, NextColumn, OrderColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CustomerIdRole };
    explicit FollowUpListModel(Database& db, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// The follow-ups page: filters by customer, staff, method, outcome and period; exports what it
// shows to CSV or XLSX; Enter opens a follow-up, Ctrl+N records a new one.
class FollowUpListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpListPage)
public:
    explicit FollowUpListPage(Database& db, QWidget* parent = nullptr);
    ~FollowUpListPage() override;
    FollowUpListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

public slots:
    void refresh();
    void newFollowUp();
    void openCurrent();
    // Writes the rows the filters select to a .csv or .xlsx file (asks where when path is empty).
    void exportTo(QString path = {});

protected:
    // The list is read when the page is shown (not at start-up), and again each time it comes back.
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();

    Database& m_db;
    FollowUpListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    CustomerPicker* m_customer = nullptr;
    QComboBox* m_staff = nullptr;
    QComboBox* m_method = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace shopcrm
