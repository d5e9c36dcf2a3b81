#include "OrderListModel.h"

#include "BackgroundReader.h"
#include "domain/Payment.h"
#include "ErrorReporter.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace shopcrm {

OrderListModel::OrderListModel(Database& db, QObject* parent)
    : PagedModelBase(parent), m_repository(db), m_reader(new BackgroundReader(db, this)),
      m_pages(kPageSize, kMaxPages)
{
    // Read on refresh(): the page does it when it is first shown.
    m_query.filter = OrderFilter::unfinished();
}

int OrderListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) return 0;
    return m_counting ? static_cast<int>(m_first.size())
                      : static_cast<int>(std::min<qint64>(m_totals.count, INT_MAX));
}

int OrderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const OrderRow* OrderListModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    if (m_counting) return &m_first.at(row);
    return m_pages.at(
        row,
        [this](qint64 offset, int limit) {
            askAnchors(offset);
            return m_repository.page(m_query, offset, limit, m_totals.count,
                                     m_anchors.keys.isEmpty() ? nullptr : &m_anchors);
        },
        [this](const OrderRow& last, int limit) { return m_repository.pageAfter(m_query, last, limit); });
}

bool OrderListModel::isOverdue(const OrderRow& r) const
{
    return !OrderRules::isClosed(r.status) && r.due.isValid() && r.due < m_now;
}

QVariant OrderListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const OrderRow* r = rowAt(index.row());
    if (!r)
        return {};
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NumberColumn: return r->urgent ? tr("%1 (urgent)").arg(r->number) : r->number;
        case DateColumn: return locale.toString(r->orderDate.toLocalTime().date(), QLocale::ShortFormat);
        case CustomerColumn: return r->customer;
        case TitleColumn: return r->title;
        case TotalColumn: return r->total.toString();
        case DepositColumn: return r->deposit.isZero() ? QString() : r->deposit.toString();
        case StatusColumn: return OrderRules::statusName(r->status);
        case DueColumn:
            if (!r->due.isValid())
                return QString();
            if (role == Qt::ToolTipRole && isOverdue(*r))
                return tr("Overdue since %1").arg(locale.toString(r->due.toLocalTime(), QLocale::ShortFormat));
            return locale.toString(r->due.toLocalTime(), QLocale::ShortFormat);
        case StaffColumn: return r->staff;
        case CreatedByColumn: return r->createdBy;
        case PaymentColumn: {
            if (r->status == OrderStatus::Cancelled)
                return QString();
            const PaidState state = PaymentRules::state(r->total, r->paid);
            return state == PaidState::Paid ? PaymentRules::stateName(state)
                                            : tr("%1 · due %2").arg(PaymentRules::stateName(state),
                                                                    (r->total - r->paid).toString());
        }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn || index.column() == DepositColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Overdue work in a warning colour; finished and cancelled orders greyed.
        if (index.column() == PaymentColumn && r->status != OrderStatus::Cancelled)
            return r->paid >= r->total ? QBrush(QColor(0x2e, 0x7d, 0x32)) : QBrush(QColor(0x8a, 0x1c, 0x1c));
        if (isOverdue(*r))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (r->status == OrderStatus::Cancelled)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole:
        if (r->urgent && index.column() == NumberColumn) {
            // Urgent orders stand out by their number: bold, with the mark.
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole: return r->id;
    case StatusRole: return static_cast<int>(r->status);
    case OverdueRole: return isOverdue(*r);
    case NumberRole: return r->number;
    case CustomerIdRole: return r->customerId;
    case VersionRole: return r->version;
    }
    return {};
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Number");
    case DateColumn: return tr("Date");
    case CustomerColumn: return tr("Customer");
    case TitleColumn: return tr("Title");
    case TotalColumn: return tr("Total");
    case DepositColumn: return tr("Deposit");
    case StatusColumn: return tr("Status");
    case DueColumn: return tr("Due");
    case StaffColumn: return tr("Staff");
    case CreatedByColumn: return tr("Created by");
    case PaymentColumn: return tr("Payment");
    }
    return {};
}

void OrderListModel::sort(int column, Qt::SortOrder order)
{
    static const OrderSort bySection[] = {OrderSort::Number, OrderSort::OrderDate, OrderSort::Customer,
                                          OrderSort::Title,  OrderSort::Total,     OrderSort::Deposit,
                                          OrderSort::Status, OrderSort::Due,       OrderSort::Staff,
                                          OrderSort::CreatedBy, OrderSort::AmountDue};
    if (column < 0 || column >= ColumnCount)
        return;
    const bool same = m_query.sort == bySection[column] && m_query.order == order;
    m_query.sort = bySection[column];
    m_query.order = order;
    // The view sorts once when it is set up: nothing to read before the page asks, or again.
    if (m_live && !same) refresh();
}

void OrderListModel::setFilter(const OrderFilter& filter, bool readNow)
{
    m_query.filter = filter;
    if (readNow) refresh();
}

void OrderListModel::refresh()
{
    m_live = true;
    m_reader->forget(); // a count still running is for the list as it was
    beginResetModel();
    m_pages.clear();
    m_now = QDateTime::currentDateTimeUtc();
    m_totals = {};
    m_counting = false;
    m_first.clear();
    m_anchors = {};
    m_anchorsAsked = false;
    ErrorReporter::guard([this] {
        // A bounded count first: a few thousand index steps, however many orders match.
        if (m_repository.countsMoreThan(m_query.filter, listCountInBackgroundAbove())) {
            m_first = m_repository.page(m_query, 0, kPageSize);
            m_counting = true;
        } else {
            m_totals = m_repository.totals(m_query.filter);
        }
    });
    endResetModel();
    if (m_counting)
        m_reader->read<OrderTotals>(
            [filter = m_query.filter](Database& db) { return OrderRepository(db).totals(filter); },
            [this](const OrderTotals& totals) { counted(totals); },
            [this](const QString& error) {
                counted({m_first.size(), Money(), Money()});
                ErrorReporter::instance().report(error);
            });
    emit totalsChanged(m_totals);
}

void OrderListModel::askAnchors(qint64 offset) const
{
    // Only a list scrolled far down needs them: one walk of the whole list in another thread
    // (7 s for five million orders). Until they are there, a page is read by its offset.
    if (m_anchorsAsked || offset < kFarAway) return;
    m_anchorsAsked = true;
    m_reader->read<ListAnchors>(
        [query = m_query](Database& db) { return OrderRepository(db).anchors(query, kAnchorEvery); },
        [this](const ListAnchors& anchors) { m_anchors = anchors; });
}

void OrderListModel::counted(const OrderTotals& totals)
{
    if (!m_counting) return;
    grow(rowCount(), static_cast<int>(std::min<qint64>(totals.count, INT_MAX)), [&] {
        m_totals = totals;
        m_counting = false;
        m_first.clear();
    });
    emit totalsChanged(m_totals);
}

qint64 OrderListModel::idAt(int row) const
{
    const OrderRow* r = rowAt(row);
    return r ? r->id : 0;
}

int OrderListModel::rowOfId(qint64 id) const
{
    qint64 position = -1;
    ErrorReporter::guard([&] { position = m_repository.positionOf(m_query, id); });
    return position < 0 || position >= rowCount() ? -1 : static_cast<int>(position);
}

} // namespace shopcrm
