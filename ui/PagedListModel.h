#pragma once

#include "BackgroundReader.h"
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
        // The first page stays where it is; the rest of the list is added after it.
        const int shown = m_rows.rowCount();
        const int all = static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max()));
        if (all > shown)
            this->beginInsertRows({}, shown, all - 1);
        else if (all < shown)
            this->beginRemoveRows({}, all, shown - 1);
        m_rows.setCount(count);
        if (all > shown)
            this->endInsertRows();
        else if (all < shown)
            this->endRemoveRows();
        if (std::min(all, shown) > 0)
            emit this->dataChanged(this->index(0, 0), this->index(std::min(all, shown) - 1, m_columns - 1));
        emit countChanged(count);
    }

    mutable PagedRows<Repository, Row, Filter> m_rows;
    int m_columns;
    BackgroundReader* m_reader;
};

} // namespace shopcrm
