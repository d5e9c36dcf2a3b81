#pragma once

#include "PagedListModel.h"
#include "store/CustomerRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace shopcrm {

class Database;

// The customer list over any number of rows: the row count comes from SQL, rows are read in pages
// of 256 as the view asks for them (keyset after a neighbouring page, OFFSET for a jump), and at
// most a bounded number of pages is kept. Sorting is done in SQL. A non-empty search switches to
// the ranked search results instead.
class CustomerListModel final : public PagedModelBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListModel)
public:
    enum Column
    {
        NameColumn,
        ContactColumn,
        PhoneColumn,
        RegionColumn,
        GradeColumn,
        TagsColumn,
        UpdatedColumn,
        LastContactColumn,
        NextFollowUpColumn,
        OwnerColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, ArchivedRole };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxPages = 32;
    static constexpr int kSearchLimit = 200;

    explicit CustomerListModel(Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearch(const QString& query);
    QString search() const { return m_search; }
    void setIncludeArchived(bool include);
    // The follow-up quick filters (they apply to search results too).
    void setContactFilter(ContactFilter filter, int notContactedDays = 30);
    // The public pool, one person's (me) or others' customers.
    void setOwnerFilter(OwnerFilter filter, const QString& me);
    ContactFilter contactFilter() const { return m_query.contact; }
    bool includeArchived() const { return m_query.includeArchived; }
    const CustomerListQuery& query() const { return m_query; }
    void refresh();
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when the customer is not in the list
    bool isSearching() const { return !m_search.trimmed().isEmpty(); }
    // A long list is counted in another thread (see listCountInBackgroundAbove): until then it
    // holds its first page, and countChanged follows when the count is there.
    bool counting() const { return m_counting; }
    int cachedPageCount() const { return m_pages.pageCount(); }

private:
    const CustomerRow* rowAt(int row) const;
    void reload();
    void readCount();
    void countInBackground();
    void counted(qint64 count);
    void askAnchors(qint64 offset) const;
    int findRow(qint64 id) const;

    Database& m_db;
    CustomerRepository m_repository;
    CustomerListQuery m_query;
    QString m_search;
    qint64 m_count = 0;
    bool m_counting = false;
    QList<CustomerRow> m_first; // the first page while counting
    // A long list's anchors, read in another thread once it is scrolled far down.
    mutable ListAnchors m_anchors;
    mutable bool m_anchorsAsked = false;
    static constexpr int kAnchorEvery = 1024;
    static constexpr qint64 kFarAway = 8 * kAnchorEvery;
    class BackgroundReader* m_reader = nullptr;
    QList<CustomerRow> m_searchRows;
    mutable PageCache<CustomerRow> m_pages;
};

} // namespace shopcrm
