#pragma once

#include "domain/Order.h"

#include <QAbstractTableModel>
#include <QHash>

namespace shopcrm {

// The lines of the order being edited. Cells are edited as text and parsed with the domain's
// Money and Quantity rules; a cell that does not parse keeps its value and the model reports why.
// Area and amount are worked out after every change.
class OrderLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderLinesModel)
public:
    enum Column { ProductColumn, DescriptionColumn, MaterialColumn, WidthColumn, HeightColumn, QuantityColumn,
                  UnitColumn, UnitPriceColumn, DiscountColumn, AreaColumn, AmountColumn, SupplierColumn,
                  OutsourceCostColumn, DeliveredColumn, ColumnCount };

    explicit OrderLinesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<OrderLine>& lines() const { return m_lines; }
    void setLines(const QList<OrderLine>& lines);
    const OrderLine& line(int row) const { return m_lines.at(row); }
    // Replaces a line's catalog fields (product chosen from the catalog) or its price.
    void setLine(int row, const OrderLine& line);
    int addLine(int after = -1); // returns the new row
    void duplicateLine(int row);
    void removeLine(int row);
    void moveLine(int row, int delta);
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // What went out on delivery slips so far, by order line id (shown, never edited here).
    void setDelivered(const QHash<qint64, Quantity>& delivered);
    Money total() const;
    // Marks cells named by issues ("line2.quantity"); cleared by the next edit of that cell.
    void setIssues(const QList<FieldIssue>& issues);
    static int columnOfField(const QString& field);

signals:
    void productEdited(int row);
    void totalChanged(const shopcrm::Money& total);
    void problem(const QString& message);

private:
    void recompute(int row);

    QList<OrderLine> m_lines;
    QHash<QPair<int, int>, QString> m_issues;
    QHash<qint64, Quantity> m_delivered;
    bool m_readOnly = false;
};

} // namespace shopcrm
