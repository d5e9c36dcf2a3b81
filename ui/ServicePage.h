#pragma once

#include "PagedListModel.h"
#include "store/ServiceRepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace shopcrm {

class Database;

// The service requests as a list, paged like the other large lists; late ones in red.
class ServiceListModel final : public PagedListModel<ServiceRepository, ServiceRow, ServiceFilter>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceListModel)
public:
    enum Column
    {
        NumberColumn,
        OpenedColumn,
        CustomerColumn,
        TypeColumn,
        PriorityColumn,
        StatusColumn,
        AssigneeColumn,
        DueColumn,
        OrderColumn,
        RatingColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };
    explicit ServiceListModel(Database& db, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// Service requests and complaints (售后服务): open ones by due time, or overdue, resolved, done or
// all; by assignee, type and priority, and a search. Enter or a double click opens one, Ctrl+N
// records a new one.
class ServicePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicePage)
public:
    explicit ServicePage(Database& db, QWidget* parent = nullptr);
    ServiceListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ServiceFilter filter() const;

public slots:
    void refresh();
    void newRequest(qint64 customerId = 0, qint64 orderId = 0);
    void openRequest(qint64 id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    Database& m_db;
    QComboBox* m_state = nullptr;
    QComboBox* m_assignee = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_priority = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_summary = nullptr;
    ServiceListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace shopcrm
