#include "CustomerListModel.h"

#include "BackgroundReader.h"

#include "ErrorReporter.h"
#include "store/CustomerSearchIndex.h"
#include "store/Database.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace shopcrm {

CustomerListModel::CustomerListModel(Database& db, QObject* parent)
    : PagedModelBase(parent), m_db(db), m_repository(db), m_reader(new BackgroundReader(db, this)),
      m_pages(kPageSize, kMaxPages)
{
    reload();
    countInBackground();
}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    if (isSearching()) return static_cast<int>(m_searchRows.size());
    return m_counting ? static_cast<int>(m_first.size())
                      : static_cast<int>(std::min<qint64>(m_count, INT_MAX));
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CustomerRow* CustomerListModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    if (isSearching())
        return &m_searchRows.at(row);
    if (m_counting) return &m_first.at(row);
    return m_pages.at(
        row,
        [this](qint64 offset, int limit) {
            askAnchors(offset);
            return m_repository.page(m_query, offset, limit, m_count,
                                     m_anchors.keys.isEmpty() ? nullptr : &m_anchors);
        },
        [this](const CustomerRow& last, int limit) { return m_repository.pageAfter(m_query, last, limit); });
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const CustomerRow* r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return r->archived && role == Qt::DisplayRole ? tr("%1 (archived)").arg(r->name) : r->name;
        case ContactColumn: return r->contact;
        case PhoneColumn: return r->phone;
        case RegionColumn: return r->region;
        case GradeColumn: return r->grade;
        case TagsColumn: return QString(r->tags).replace(QLatin1Char(','), QStringLiteral(", "));
        case UpdatedColumn: return QLocale().toString(r->updatedAt.toLocalTime(), QLocale::ShortFormat);
        case LastContactColumn:
            return r->lastContact.isValid() ? r->lastContact.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                            : QString();
        case NextFollowUpColumn: return r->nextFollowUp.isValid() ? r->nextFollowUp.toString(Qt::ISODate) : QString();
        case OwnerColumn: {
            if (!r->owner.isEmpty()) return r->owner;
            // In the pool: for how long, and who had it.
            QString text = tr("Pool");
            if (r->poolSince.isValid())
                text +=
                    QStringLiteral(" · ") +
                    tr("%n day(s)", "", int(r->poolSince.toLocalTime().date().daysTo(QDate::currentDate())));
            if (!r->previousOwner.isEmpty())
                text += QStringLiteral(" · ") + tr("had: %1").arg(r->previousOwner);
            return text;
        }
        }
        return {};
    case Qt::ForegroundRole:
        if (r->archived)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        // A follow-up that is due today or overdue stands out.
        if (index.column() == NextFollowUpColumn && r->nextFollowUp.isValid() &&
            r->nextFollowUp <= QDate::currentDate())
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case IdRole: return r->id;
    case ArchivedRole: return r->archived;
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case ContactColumn: return tr("Contact");
    case PhoneColumn: return tr("Phone");
    case RegionColumn: return tr("Region");
    case GradeColumn: return tr("Grade");
    case TagsColumn: return tr("Tags");
    case UpdatedColumn: return tr("Updated");
    case LastContactColumn: return tr("Last contact");
    case NextFollowUpColumn: return tr("Next follow-up");
    case OwnerColumn:
        return tr("Owner");
    }
    return {};
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    static const CustomerSort bySection[] = {
        CustomerSort::Name,         CustomerSort::Contact, CustomerSort::Phone,   CustomerSort::Region,
        CustomerSort::Grade,        CustomerSort::Tags,    CustomerSort::Updated, CustomerSort::LastContact,
        CustomerSort::NextFollowUp, CustomerSort::Owner};
    if (column < 0 || column >= ColumnCount)
        return;
    // The view sorts once when it is set up, as the list already is: nothing to read again.
    if (m_query.sort == bySection[column] && m_query.order == order) return;
    m_query.sort = bySection[column];
    m_query.order = order;
    if (!isSearching())
        refresh();
}

void CustomerListModel::setSearch(const QString& query)
{
    if (query == m_search)
        return;
    m_search = query;
    refresh();
}

void CustomerListModel::setIncludeArchived(bool include)
{
    if (include == m_query.includeArchived)
        return;
    m_query.includeArchived = include;
    refresh();
}

void CustomerListModel::setContactFilter(ContactFilter filter, int notContactedDays)
{
    if (filter == m_query.contact && notContactedDays == m_query.notContactedDays)
        return;
    m_query.contact = filter;
    m_query.notContactedDays = notContactedDays;
    refresh();
}

void CustomerListModel::setOwnerFilter(OwnerFilter filter, const QString& me)
{
    if (filter == m_query.owner && me == m_query.me) return;
    m_query.owner = filter;
    m_query.me = me;
    refresh();
}

void CustomerListModel::reload()
{
    m_reader->forget(); // a count still running is for the list as it was
    m_pages.clear();
    m_searchRows.clear();
    m_count = 0;
    m_counting = false;
    m_first.clear();
    m_anchors = {};
    m_anchorsAsked = false;
    ErrorReporter::guard([this] { readCount(); });
}

void CustomerListModel::readCount()
{
    if (isSearching()) {
        QList<qint64> ids;
        for (const CustomerSearchIndex::Hit& hit :
             CustomerSearchIndex(m_db).search(m_search, kSearchLimit, m_query.includeArchived))
            ids.append(hit.id);
        m_searchRows = m_repository.rows(ids);
        if (m_query.contact != ContactFilter::Any)
            m_searchRows.removeIf([this](const CustomerRow& r) { return !CustomerRepository::matches(r, m_query); });
        m_count = m_searchRows.size();
    } else if (m_repository.countsMoreThan(m_query, listCountInBackgroundAbove())) {
        // A bounded count first: a few thousand index steps, however many customers match.
        m_first = m_repository.page(m_query, 0, kPageSize);
        m_counting = true;
    } else {
        m_count = m_repository.count(m_query);
    }
}

void CustomerListModel::countInBackground()
{
    if (!m_counting) return;
    m_reader->read<qint64>([query = m_query](Database& db) { return CustomerRepository(db).count(query); },
                           [this](qint64 count) { counted(count); },
                           [this](const QString& error) {
                               counted(m_first.size());
                               ErrorReporter::instance().report(error);
                           });
}

void CustomerListModel::askAnchors(qint64 offset) const
{
    // Only a list scrolled far down needs them: one walk of the whole list in another thread
    // (0.7 s for a million customers). Until they are there, a page is read by its offset.
    if (m_anchorsAsked || offset < kFarAway || isSearching()) return;
    m_anchorsAsked = true;
    m_reader->read<ListAnchors>(
        [query = m_query](Database& db) { return CustomerRepository(db).anchors(query, kAnchorEvery); },
        [this](const ListAnchors& anchors) { m_anchors = anchors; });
}

void CustomerListModel::counted(qint64 count)
{
    if (!m_counting) return;
    grow(rowCount(), static_cast<int>(std::min<qint64>(count, INT_MAX)), [&] {
        m_count = count;
        m_counting = false;
        m_first.clear();
    });
    emit countChanged(m_count);
}

void CustomerListModel::refresh()
{
    beginResetModel();
    reload();
    endResetModel();
    countInBackground();
    emit countChanged(m_count);
}

qint64 CustomerListModel::idAt(int row) const
{
    const CustomerRow* r = rowAt(row);
    return r ? r->id : 0;
}

int CustomerListModel::rowOfId(qint64 id) const
{
    int row = -1;
    ErrorReporter::guard([&] { row = findRow(id); });
    return row;
}

int CustomerListModel::findRow(qint64 id) const
{
    if (isSearching()) {
        for (qsizetype i = 0; i < m_searchRows.size(); ++i)
            if (m_searchRows.at(i).id == id)
                return static_cast<int>(i);
        return -1;
    }
    const qint64 position = m_repository.positionOf(m_query, id);
    return position < 0 || position >= rowCount() ? -1 : static_cast<int>(position);
}

} // namespace shopcrm
