#pragma once

#include "PageCache.h"

#include <QAbstractTableModel>

namespace shopcrm {

class Database;

// What a paged list model tells its page (a non-template base, so moc can see the signal).
class PagedModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

signals:
    void countChanged(qint64 count);
};

// A table model over PagedRows: the follow-ups and payments lists differ only in their columns.
// It is empty until refresh() or setFilter(), which its page calls when it is shown.
template <typename Repository, typename Row, typename Filter>
class PagedListModel : public PagedModelBase
{
public:
    PagedListModel(Database& db, int columns, QObject* parent) : PagedModelBase(parent), m_rows(db), m_columns(columns) {}

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_rows.rowCount(); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_columns; }

    void setFilter(const Filter& filter)
    {
        beginResetModel();
        m_rows.setFilter(filter);
        endResetModel();
        emit countChanged(m_rows.count());
    }
    const Filter& filter() const { return m_rows.filter(); }
    void refresh()
    {
        beginResetModel();
        m_rows.reset();
        endResetModel();
        emit countChanged(m_rows.count());
    }
    qint64 idAt(int row) const
    {
        const Row* r = rowAt(row);
        return r ? r->id : 0;
    }

protected:
    const Row* rowAt(int row) const { return m_rows.at(row); }

private:
    mutable PagedRows<Repository, Row, Filter> m_rows;
    int m_columns;
};

} // namespace shopcrm
