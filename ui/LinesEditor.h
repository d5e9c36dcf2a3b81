#pragma once

#include "domain/Order.h"
#include "store/OrderRepository.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace shopcrm {

class Database;
class OrderLinesModel;

// The lines of an order or a quote, keyboard first: a table edited in place (Tab moves on and adds
// a line after the last cell, Enter edits a cell), products completed by name, pinyin or code and
// filled from the catalog, the customer's last prices for the current line shown below it (Ctrl+L
// uses the latest), buttons and shortcuts to add, copy, delete and move lines. A product entered
// without a price starts at the customer's agreed price, else their last, else the catalog's, and
// the hint says which one the line's price is.
class LinesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinesEditor)
public:
    explicit LinesEditor(Database& db, QWidget* parent = nullptr);

    OrderLinesModel* model() const { return m_lines; }
    QTableView* view() const { return m_view; }
    // Whose last prices are shown, and an order of theirs to leave out of them (the one edited).
    void setCustomer(qint64 customerId, qint64 excludeOrderId = 0);
    void setLines(const QList<OrderLine>& lines, const QHash<qint64, Quantity>& delivered = {});
    // The lines entered, without those left completely empty (the one Tab added at the end).
    QList<OrderLine> lines() const;
    void setReadOnly(bool readOnly);
    // A role that does not see money sees the work, not its price.
    void setMoneyVisible(bool visible);
    // Columns a document of this kind does not have (a quote has no outsourcing or deliveries).
    void hideColumns(const QList<int>& columns);
    // Marks the cells the issues name and puts the cursor on the first line one names.
    void showIssues(const QList<FieldIssue>& issues);
    Money total() const;

public slots:
    void useLastPrice();
    void addLine();
    void duplicateLine();
    void removeLine();
    void moveLine(int delta);
    void updateLastPrices();

signals:
    void totalChanged(const shopcrm::Money& total);
    void problem(const QString& message);

private:
    void productEdited(int row);
    int currentLine() const;
    // Where the line's unit price came from (agreed, last, catalog, typed), for the hint.
    QString priceNote(const OrderLine& line, const QString& product) const;

    Database& m_db;
    OrderRepository m_orders;
    qint64 m_customerId = 0;
    qint64 m_excludeOrderId = 0;
    bool m_readOnly = false;
    QList<LastPrice> m_lastPrices;
    OrderLinesModel* m_lines = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_hint = nullptr;
    QList<QWidget*> m_buttons;
};

} // namespace shopcrm
