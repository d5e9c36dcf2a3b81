#pragma once

#include "PagedListModel.h"
#include "store/OrderRepository.h"

#include <QAbstractTableModel>

namespace shopcrm {

class Database;

// The order list over any number of orders, paged like the customer list: the count and totals
// come from SQL for the current filter, rows are read 256 at a time, sorting happens in SQL.
// A filter that matches more than listCountInBackgroundAbove() orders (a shop's whole history) is
// counted and summed in another thread: its first page shows at once, counting() is true, and
// the other rows are added when the count is there (totalsChanged again).
class OrderListModel final : public PagedModelBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderListModel)
public:
    enum Column { NumberColumn, DateColumn, CustomerColumn, TitleColumn, TotalColumn, DepositColumn, StatusColumn,
                  DueColumn, StaffColumn, CreatedByColumn, PaymentColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, OverdueRole, NumberRole, CustomerIdRole, VersionRole };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxPages = 32;

    explicit OrderListModel(Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // readNow false: the filter waits for the next refresh (a page not shown yet reads when shown).
    void setFilter(const OrderFilter& filter, bool readNow = true);
    // Until the next refresh, a new sort or filter only waits (the page is hidden).
    void pause() { m_live = false; }
    const OrderFilter& filter() const { return m_query.filter; }
    const OrderListQuery& query() const { return m_query; }
    const OrderTotals& totals() const { return m_totals; }
    bool counting() const { return m_counting; }
    void refresh();
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when the order is not in the list
    int cachedPageCount() const { return m_pages.pageCount(); }

signals:
    void totalsChanged(const shopcrm::OrderTotals& totals);

private:
    const OrderRow* rowAt(int row) const;
    bool isOverdue(const OrderRow& r) const;
    void counted(const OrderTotals& totals);
    void askAnchors(qint64 offset) const;

    OrderRepository m_repository;
    class BackgroundReader* m_reader = nullptr;
    bool m_counting = false;
    bool m_live = false;     // refreshed since shown: a new sort reads at once
    QList<OrderRow> m_first; // the first page while counting
    // A long list's anchors, read in another thread once it is scrolled far down.
    mutable ListAnchors m_anchors;
    mutable bool m_anchorsAsked = false;
    static constexpr int kAnchorEvery = 1024;
    static constexpr qint64 kFarAway = 8 * kAnchorEvery;
    OrderListQuery m_query;
    OrderTotals m_totals;
    QDateTime m_now; // "overdue" is judged against the time of the last refresh
    mutable PageCache<OrderRow> m_pages;
};

} // namespace shopcrm
