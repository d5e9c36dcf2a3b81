#pragma once

#include "BackgroundReader.h"
#include "PageCache.h"

#include <QAbstractTableModel>

#include <algorithm>
#include <functional>
#include <limits>

namespace shopcrm {

class Database;

// What a paged list model tells its page (a non-template base, so moc can see the signal), and
// how a long list grows once it is counted: every large list model derives from it.
class PagedModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

signals:
    void countChanged(qint64 count);

protected:
    // A long list's count has come: the rows after the `shown` first page are added (or those past
    // the end removed) around `store`, which makes rowCount() give `all`; the first page stays put.
    void grow(int shown, int all, const std::function<void()>& store)
    {
        if (all > shown)
            beginInsertRows({}, shown, all - 1);
        else if (all < shown)
            beginRemoveRows({}, all, shown - 1);
        store();
        if (all > shown)
            endInsertRows();
        else if (all < shown)
            endRemoveRows();
        if (std::min(all, shown) > 0)
            emit dataChanged(index(0, 0), index(std::min(all, shown) - 1, columnCount() - 1));
    }
};

// A table model over PagedRows: the follow-ups and payments lists differ only in their columns.
// It is empty until refresh() or setFilter(), which its page calls when it is shown. A long list
// shows its first page at once and is counted in another thread (counting() until then; the
// other rows are added after the first page and countChanged follows).
template <typename Repository, typename Row, typename Filter>
class PagedListModel : public PagedModelBase
{
public:
    PagedListModel(Database& db, int columns, QObject* parent)
        : PagedModelBase(parent), m_rows(db), m_columns(columns), m_reader(new BackgroundReader(db, this))
    {
    }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_rows.rowCount(); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_columns; }

    void setFilter(const Filter& filter)
    {
        m_reader->forget(); // a count still running is for the list as it was
        beginResetModel();
        m_rows.setFilter(filter);
        endResetModel();
        countInBackground();
        emit countChanged(m_rows.count());
    }
    const Filter& filter() const { return m_rows.filter(); }
    bool counting() const { return m_rows.counting(); }
    void refresh()
    {
        m_reader->forget();
        beginResetModel();
        m_rows.reset();
        endResetModel();
        countInBackground();
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
    void countInBackground()
    {
        if (!m_rows.counting()) return;
        m_reader->template read<qint64>(
            [filter = m_rows.filter()](Database& db) { return Repository(db).count(filter); },
            [this](qint64 count) { counted(count); },
            [this](const QString& error) {
                counted(m_rows.rowCount());
                ErrorReporter::instance().report(error);
            });
    }
    void counted(qint64 count)
    {
        if (!m_rows.counting()) return;
        grow(m_rows.rowCount(), static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max())),
             [&] { m_rows.setCount(count); });
        emit countChanged(count);
    }

    mutable PagedRows<Repository, Row, Filter> m_rows;
    int m_columns;
    BackgroundReader* m_reader;
};

} // namespace shopcrm
