#include "OrderLinesModel.h"

#include <QBrush>
#include <QColor>

namespace shopcrm {

OrderLinesModel::OrderLinesModel(QObject* parent) : QAbstractTableModel(parent) {}

int OrderLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int OrderLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size() || index.column() >= ColumnCount)
        return {};
    const OrderLine& l = m_lines.at(index.row());
    const auto issue = m_issues.constFind({index.row(), index.column()});
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ProductColumn: return l.product;
        case DescriptionColumn: return l.description;
        case MaterialColumn: return l.material;
        case WidthColumn: return l.widthMm > 0 ? QString::number(l.widthMm) : QString();
        case HeightColumn: return l.heightMm > 0 ? QString::number(l.heightMm) : QString();
        case QuantityColumn: return l.quantity.toString();
        case UnitColumn: return l.unit;
        case UnitPriceColumn: return role == Qt::EditRole ? l.unitPrice.toPlainString() : l.unitPrice.toString();
        case DiscountColumn:
            return l.discount.isZero() ? QString() : role == Qt::EditRole ? l.discount.toPlainString() : l.discount.toString();
        case AreaColumn: return l.areaPriced() ? OrderRules::formatArea(l.areaMilli) : QString();
        case AmountColumn: return l.amount.toString();
        case SupplierColumn: return l.outsourceSupplier;
        case OutsourceCostColumn:
            return l.outsourceCost.isZero() ? QString()
                   : role == Qt::EditRole   ? l.outsourceCost.toPlainString()
                                            : l.outsourceCost.toString();
        case DeliveredColumn: {
            const Quantity d = m_delivered.value(l.id);
            return l.id > 0 && d.milli() > 0 ? tr("%1 of %2").arg(d.toString(), l.quantity.toString()) : QString();
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (issue != m_issues.cend())
            return *issue;
        if (index.column() == AreaColumn && l.areaPriced())
            return tr("%1 m² = %2").arg(OrderRules::formatArea(l.areaMilli), OrderRules::areaRule());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= WidthColumn && index.column() <= AmountColumn && index.column() != UnitColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == OutsourceCostColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (issue != m_issues.cend())
            return QBrush(QColor(0xff, 0xde, 0xde));
        if (index.column() == AreaColumn || index.column() == AmountColumn || index.column() == DeliveredColumn)
            return QBrush(QColor(0xf3, 0xf4, 0xf6));
        return {};
    }
    return {};
}

bool OrderLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_lines.size() || m_readOnly)
        return false;
    OrderLine& l = m_lines[index.row()];
    const QString text = value.toString().trimmed();
    QString error;
    auto size = [&](int& target) {
        bool ok = text.isEmpty();
        const int v = ok ? 0 : text.toInt(&ok);
        if (!ok || v < 0 || v > 100000) {
            error = tr("A size is a whole number of millimetres, up to 100,000.");
            return false;
        }
        target = v;
        return true;
    };
    auto money = [&](Money& target, bool emptyIsZero) {
        if (text.isEmpty() && emptyIsZero) {
            target = Money();
            return true;
        }
        const std::optional<Money> m = Money::parse(text, &error);
        if (m)
            target = *m;
        return m.has_value();
    };
    bool ok = true;
    switch (index.column()) {
    case ProductColumn:
        if (l.product == text)
            return true;
        l.product = text;
        l.productId = 0;
        break;
    case DescriptionColumn: l.description = text; break;
    case MaterialColumn: l.material = text; break;
    case WidthColumn: ok = size(l.widthMm); break;
    case HeightColumn: ok = size(l.heightMm); break;
    case QuantityColumn: {
        const std::optional<Quantity> q = Quantity::parse(text, &error);
        ok = q.has_value();
        if (ok)
            l.quantity = *q;
        break;
    }
    case UnitColumn:
        l.unit = CatalogRules::isAreaUnit(text) ? CatalogRules::areaUnit() : text;
        break;
    case UnitPriceColumn: ok = money(l.unitPrice, false); break;
    case DiscountColumn: ok = money(l.discount, true); break;
    case SupplierColumn: l.outsourceSupplier = text; break;
    case OutsourceCostColumn: ok = money(l.outsourceCost, true); break;
    default: return false;
    }
    if (!ok) {
        emit problem(tr("Line %1: %2").arg(index.row() + 1).arg(error));
        return false;
    }
    m_issues.remove({index.row(), index.column()});
    recompute(index.row());
    if (index.column() == ProductColumn)
        emit productEdited(index.row());
    return true;
}

Qt::ItemFlags OrderLinesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_readOnly && index.column() != AreaColumn && index.column() != AmountColumn && index.column() != DeliveredColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn: return tr("Product");
    case DescriptionColumn: return tr("Description");
    case MaterialColumn: return tr("Material / process");
    case WidthColumn: return tr("Width mm");
    case HeightColumn: return tr("Height mm");
    case QuantityColumn: return tr("Qty");
    case UnitColumn: return tr("Unit");
    case UnitPriceColumn: return tr("Unit price");
    case DiscountColumn: return tr("Discount");
    case AreaColumn: return tr("m²");
    case AmountColumn: return tr("Amount");
    case SupplierColumn: return tr("Outsourced to");
    case OutsourceCostColumn: return tr("Outsourcing cost");
    case DeliveredColumn: return tr("Delivered");
    }
    return {};
}

void OrderLinesModel::recompute(int row)
{
    OrderLine& l = m_lines[row];
    const LinePrice p = OrderRules::price(l);
    l.areaMilli = p.areaMilli;
    l.amount = p.overflow ? Money() : p.amount;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit totalChanged(total());
}

void OrderLinesModel::setLines(const QList<OrderLine>& lines)
{
    beginResetModel();
    m_lines = lines;
    m_issues.clear();
    endResetModel();
    for (int r = 0; r < m_lines.size(); ++r)
        recompute(r);
    emit totalChanged(total());
}

void OrderLinesModel::setLine(int row, const OrderLine& line)
{
    if (row < 0 || row >= m_lines.size())
        return;
    m_lines[row] = line;
    recompute(row);
}

int OrderLinesModel::addLine(int after)
{
    const int row = after < 0 || after >= m_lines.size() ? static_cast<int>(m_lines.size()) : after + 1;
    beginInsertRows({}, row, row);
    OrderLine l;
    // The unit of the line above is the likeliest for the next one.
    if (row > 0)
        l.unit = m_lines.at(row - 1).unit;
    m_lines.insert(row, l);
    endInsertRows();
    m_issues.clear();
    emit totalChanged(total());
    return row;
}

void OrderLinesModel::duplicateLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginInsertRows({}, row + 1, row + 1);
    OrderLine copy = m_lines.at(row);
    copy.id = 0;
    m_lines.insert(row + 1, copy);
    endInsertRows();
    m_issues.clear();
    emit totalChanged(total());
}

void OrderLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    m_issues.clear();
    emit totalChanged(total());
}

void OrderLinesModel::moveLine(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_lines.size() || target < 0 || target >= m_lines.size() || delta == 0)
        return;
    // beginMoveRows wants the destination as "insert before" in the old numbering.
    if (!beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target))
        return;
    m_lines.move(row, target);
    endMoveRows();
    m_issues.clear();
}

void OrderLinesModel::setDelivered(const QHash<qint64, Quantity>& delivered)
{
    m_delivered = delivered;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, DeliveredColumn), index(static_cast<int>(m_lines.size()) - 1, DeliveredColumn));
}

Money OrderLinesModel::total() const
{
    Money sum;
    for (const OrderLine& l : m_lines)
        sum += l.amount;
    return sum;
}

int OrderLinesModel::columnOfField(const QString& field)
{
    static const QHash<QString, int> columns{
        {QStringLiteral("product"), ProductColumn},     {QStringLiteral("quantity"), QuantityColumn},
        {QStringLiteral("size"), WidthColumn},          {QStringLiteral("unit_price"), UnitPriceColumn},
        {QStringLiteral("discount"), DiscountColumn},   {QStringLiteral("amount"), AmountColumn},
        {QStringLiteral("outsource_cost"), OutsourceCostColumn}};
    return columns.value(field, ProductColumn);
}

void OrderLinesModel::setIssues(const QList<FieldIssue>& issues)
{
    m_issues.clear();
    for (const FieldIssue& issue : issues) {
        if (!issue.field.startsWith(QLatin1String("line")))
            continue;
        const qsizetype dot = issue.field.indexOf(QLatin1Char('.'));
        if (dot < 0)
            continue;
        const int row = issue.field.mid(4, dot - 4).toInt() - 1;
        if (row >= 0 && row < m_lines.size())
            m_issues.insert({row, columnOfField(issue.field.mid(dot + 1))}, issue.message);
    }
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_lines.size()) - 1, ColumnCount - 1));
}

} // namespace shopcrm
