#include "LinesEditor.h"

#include "ErrorReporter.h"

#include "OrderLinesModel.h"
#include "SearchHighlight.h"
#include "store/CatalogRepository.h"
#include "store/Database.h"
#include "store/PriceListRepository.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

// Product names and units complete while typing in their cells.
class LineDelegate final : public QStyledItemDelegate
{
public:
    // products: per product, its name and what else it is found by (code, spec).
    LineDelegate(const QList<QStringList>& products, QObject* parent)
        : QStyledItemDelegate(parent), m_products(products), m_units(CatalogRules::commonUnits())
    {
    }

    // Enter in a cell finishes that cell; it must not reach the dialog's default button.
    bool eventFilter(QObject* editor, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if ((key == Qt::Key_Return || key == Qt::Key_Enter) &&
                !(static_cast<QKeyEvent*>(event)->modifiers() & Qt::ControlModifier)) {
                QStyledItemDelegate::eventFilter(editor, event);
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(editor, event);
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        auto* line = qobject_cast<QLineEdit*>(editor);
        const int column = index.column();
        if (line && column == OrderLinesModel::ProductColumn) {
            // By any part of the name, its pinyin or initials (mp, mingpian), or the code.
            new SearchCompleter(m_products, line);
        } else if (line && column == OrderLinesModel::UnitColumn) {
            auto* completer = new QCompleter(m_units, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
        }
        if (line) line->setObjectName(QStringLiteral("lineCellEditor"));
        return editor;
    }

private:
    QList<QStringList> m_products;
    QStringList m_units;
};

// Tab and Shift+Tab step over the worked-out columns; Tab past the last cell adds a line.
class LinesView final : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<int()> appendLine;

protected:
    // Enter on a cell starts editing it (as F2 does) rather than closing the dialog.
    void keyPressEvent(QKeyEvent* event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            event->modifiers() == Qt::NoModifier && state() != EditingState && currentIndex().isValid()) {
            edit(currentIndex());
            event->accept();
            return;
        }
        QTableView::keyPressEvent(event);
    }

    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override
    {
        const QModelIndex current = currentIndex();
        if ((action != MoveNext && action != MovePrevious) || !current.isValid())
            return QTableView::moveCursor(action, modifiers);
        const int columns = model()->columnCount();
        int row = current.row();
        int column = current.column();
        for (;;) {
            column += action == MoveNext ? 1 : -1;
            if (column >= columns) {
                column = 0;
                if (++row >= model()->rowCount()) {
                    if (!appendLine || !(model()->flags(current) & Qt::ItemIsEditable)) return current;
                    row = appendLine();
                }
            } else if (column < 0) {
                column = columns - 1;
                if (--row < 0) return current;
            }
            const QModelIndex candidate = model()->index(row, column);
            if ((model()->flags(candidate) & Qt::ItemIsEditable) && !isColumnHidden(column)) return candidate;
            if (!(model()->flags(candidate) & Qt::ItemIsEditable) &&
                !(model()->flags(current) & Qt::ItemIsEditable))
                return candidate; // read-only: plain movement
        }
    }
};

} // namespace

LinesEditor::LinesEditor(Database& db, QWidget* parent) : QWidget(parent), m_db(db), m_orders(db)
{
    m_lines = new OrderLinesModel(this);
    auto* view = new LinesView(this);
    view->appendLine = [this] { return m_lines->addLine(); };
    m_view = view;
    m_view->setObjectName(QStringLiteral("linesTableView"));
    m_view->setModel(m_lines);
    QList<QStringList> productNames;
    for (const Product& p : CatalogRepository(m_db).products())
        productNames.append({p.name, p.code, p.spec});
    m_view->setItemDelegate(new LineDelegate(productNames, m_view));
    m_view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                            QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    const int widths[] = {130, 150, 120, 72, 72, 56, 52, 84, 68, 70, 92, 96, 80, 70};
    for (int c = 0; c < OrderLinesModel::ColumnCount; ++c)
        m_view->horizontalHeader()->resizeSection(c, widths[c]);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto lineButton = [this](const QString& text, const QString& name, const QKeySequence& key,
                             const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        b->setToolTip(tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        auto* shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, b, &QPushButton::click);
        m_buttons.append(b);
        return b;
    };
    QPushButton* addLineButton = lineButton(tr("&Add line"), QStringLiteral("addLineButton"),
                                            QKeySequence(Qt::CTRL | Qt::Key_Insert), tr("Add a line"));
    QPushButton* duplicateLineButton =
        lineButton(tr("Duplicate line"), QStringLiteral("duplicateLineButton"),
                   QKeySequence(Qt::CTRL | Qt::Key_D), tr("Copy the current line below it"));
    QPushButton* removeLineButton =
        lineButton(tr("Delete line"), QStringLiteral("removeLineButton"),
                   QKeySequence(Qt::CTRL | Qt::Key_Delete), tr("Delete the current line"));
    QPushButton* upButton =
        lineButton(tr("Move up"), QStringLiteral("moveLineUpButton"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), tr("Move the line up"));
    QPushButton* downButton =
        lineButton(tr("Move down"), QStringLiteral("moveLineDownButton"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), tr("Move the line down"));
    auto* lastPrice = new QPushButton(tr("Use &last price"), this);
    lastPrice->setObjectName(QStringLiteral("useLastPriceButton"));
    lastPrice->setAutoDefault(false);
    lastPrice->setToolTip(tr("Use the price this customer paid last time (Ctrl+L)"));
    m_buttons.append(lastPrice);
    auto* lastPriceShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(lastPriceShortcut, &QShortcut::activated, this, &LinesEditor::useLastPrice);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("lastPriceLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    auto* lineButtons = new QHBoxLayout;
    for (QPushButton* b : {addLineButton, duplicateLineButton, removeLineButton, upButton, downButton})
        lineButtons->addWidget(b);
    lineButtons->addSpacing(12);
    lineButtons->addWidget(lastPrice);
    lineButtons->addWidget(m_hint, 1);

    auto* linesLabel = new QLabel(tr("Ite&ms — Tab moves on, Tab after the last cell adds a line"), this);
    linesLabel->setBuddy(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(linesLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(lineButtons);

    connect(addLineButton, &QPushButton::clicked, this, &LinesEditor::addLine);
    connect(duplicateLineButton, &QPushButton::clicked, this, &LinesEditor::duplicateLine);
    connect(removeLineButton, &QPushButton::clicked, this, &LinesEditor::removeLine);
    connect(upButton, &QPushButton::clicked, this, [this] { moveLine(-1); });
    connect(downButton, &QPushButton::clicked, this, [this] { moveLine(1); });
    connect(lastPrice, &QPushButton::clicked, this, &LinesEditor::useLastPrice);
    connect(m_lines, &OrderLinesModel::productEdited, this, &LinesEditor::productEdited);
    connect(m_lines, &OrderLinesModel::totalChanged, this, &LinesEditor::totalChanged);
    connect(m_lines, &OrderLinesModel::problem, this, &LinesEditor::problem);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LinesEditor::updateLastPrices);
    // Sizes and units change what the hint under the table says about the current line.
    connect(m_lines, &OrderLinesModel::dataChanged, this,
            [this](const QModelIndex& first, const QModelIndex& last) {
                if (currentLine() >= first.row() && currentLine() <= last.row()) updateLastPrices();
            });
}

void LinesEditor::setCustomer(qint64 customerId, qint64 excludeOrderId)
{
    m_customerId = customerId;
    m_excludeOrderId = excludeOrderId;
    updateLastPrices();
}

void LinesEditor::setLines(const QList<OrderLine>& lines, const QHash<qint64, Quantity>& delivered)
{
    m_lines->setLines(lines);
    m_lines->setDelivered(delivered);
    if (m_lines->rowCount() > 0) m_view->setCurrentIndex(m_lines->index(0, 0));
    updateLastPrices();
}

QList<OrderLine> LinesEditor::lines() const
{
    QList<OrderLine> result;
    for (const OrderLine& l : m_lines->lines())
        if (!(l.product.isEmpty() && l.description.isEmpty() && l.unitPrice.isZero() && l.widthMm == 0))
            result.append(l);
    return result;
}

void LinesEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_lines->setReadOnly(readOnly);
    for (QWidget* w : m_buttons)
        w->setEnabled(!readOnly);
}

void LinesEditor::setMoneyVisible(bool visible)
{
    for (int column : {OrderLinesModel::UnitPriceColumn, OrderLinesModel::DiscountColumn,
                       OrderLinesModel::AmountColumn, OrderLinesModel::OutsourceCostColumn})
        m_view->setColumnHidden(column, !visible);
}

void LinesEditor::hideColumns(const QList<int>& columns)
{
    for (int column : columns)
        m_view->setColumnHidden(column, true);
}

Money LinesEditor::total() const
{
    return m_lines->total();
}

void LinesEditor::showIssues(const QList<FieldIssue>& issues)
{
    m_lines->setIssues(issues);
    for (const FieldIssue& issue : issues) {
        if (!issue.field.startsWith(QLatin1String("line"))) continue;
        const qsizetype dot = issue.field.indexOf(QLatin1Char('.'));
        const int row = issue.field.mid(4, dot - 4).toInt() - 1;
        if (row >= 0 && row < m_lines->rowCount()) {
            m_view->setCurrentIndex(
                m_lines->index(row, OrderLinesModel::columnOfField(issue.field.mid(dot + 1))));
            m_view->setFocus();
        }
        return;
    }
}

int LinesEditor::currentLine() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void LinesEditor::updateLastPrices()
{
    m_lastPrices.clear();
    const int row = currentLine();
    QStringList parts;
    if (row >= 0 && row < m_lines->rowCount()) {
        const OrderLine& line = m_lines->line(row);
        const QString product = line.product.isEmpty() ? line.description : line.product;
        if (m_customerId > 0 && !product.isEmpty()) {
            ErrorReporter::guard(
                [&] { m_lastPrices = m_orders.lastPrices(m_customerId, product, 3, m_excludeOrderId); });
            QString note;
            ErrorReporter::guard([&] { note = priceNote(line, product); });
            if (!note.isEmpty()) parts.append(note);
            if (m_lastPrices.isEmpty()) {
                parts.append(tr("%1: no earlier price for this customer.").arg(product));
            } else {
                QStringList prices;
                for (const LastPrice& p : m_lastPrices)
                    prices.append(
                        tr("¥%1/%2 on %3 (%4)")
                            .arg(p.unitPrice.toString(), p.unit,
                                 QLocale().toString(p.orderDate.toLocalTime().date(), QLocale::ShortFormat),
                                 p.number));
                parts.append(tr("Last prices for %1: %2 — Ctrl+L uses ¥%3")
                                 .arg(product, prices.join(QStringLiteral(", ")),
                                      m_lastPrices.constFirst().unitPrice.toString()));
            }
        }
        if (line.areaPriced())
            parts.append(tr("m² = %1").arg(OrderRules::areaRule()));
        else if (CatalogRules::isAreaUnit(line.unit))
            parts.append(tr("Enter width and height to price by area, or the area itself as the quantity."));
    }
    m_hint->setText(parts.join(QStringLiteral("\n")));
}

void LinesEditor::useLastPrice()
{
    const int row = currentLine();
    if (row < 0 || m_lastPrices.isEmpty() || m_readOnly) return;
    OrderLine line = m_lines->line(row);
    line.unitPrice = m_lastPrices.constFirst().unitPrice;
    if (line.unit.isEmpty()) line.unit = m_lastPrices.constFirst().unit;
    m_lines->setLine(row, line);
}

void LinesEditor::productEdited(int row)
{
    OrderLine line = m_lines->line(row);
    const OrderLine before = line;
    if (const std::optional<Product> p = CatalogRepository(m_db).productNamed(line.product)) {
        line.productId = p->meta.id;
        line.product = p->name;
        line.unit = p->unit;
        if (line.material.isEmpty()) line.material = p->spec;
    }
    // A line without a price starts at the agreed price, else the last one, else the catalog's.
    if (line.unitPrice.isZero() && !line.product.isEmpty()) {
        PriceSuggestion s;
        ErrorReporter::guard([&] {
            s = PriceListRepository(m_db).suggest(m_customerId, line.product, QDate::currentDate(),
                                                  m_excludeOrderId);
        });
        if (s.source != PriceSource::None) {
            line.unitPrice = s.unitPrice;
            if (line.unit.isEmpty()) line.unit = s.unit;
        }
    }
    if (line.productId != before.productId || line.product != before.product || line.unit != before.unit ||
        line.material != before.material || line.unitPrice != before.unitPrice)
        m_lines->setLine(row, line);
    updateLastPrices();
}

QString LinesEditor::priceNote(const OrderLine& line, const QString& product) const
{
    if (m_customerId <= 0 || !m_db.access().seesMoney(Module::Orders)) return {};
    PriceListRepository prices(m_db);
    const std::optional<NegotiatedPrice> agreed =
        prices.negotiated(m_customerId, product, QDate::currentDate());
    const std::optional<Product> catalog = CatalogRepository(m_db).productNamed(product);
    const Money negotiated = agreed ? agreed->unitPrice : Money();
    const Money last = m_lastPrices.isEmpty() ? Money() : m_lastPrices.constFirst().unitPrice;
    const Money listed = catalog ? catalog->unitPrice : Money();
    const PriceSource source =
        PriceRules::sourceOf(line.unitPrice, agreed ? &negotiated : nullptr,
                             m_lastPrices.isEmpty() ? nullptr : &last, catalog ? &listed : nullptr);
    QString note = tr("Unit price: %1").arg(PriceRules::sourceName(source));
    if (agreed && source != PriceSource::Negotiated)
        note +=
            QStringLiteral(" — ") + tr("the agreed price is ¥%1/%2").arg(negotiated.toString(), agreed->unit);
    return note;
}

void LinesEditor::addLine()
{
    const int row = m_lines->addLine(currentLine());
    m_view->setCurrentIndex(m_lines->index(row, OrderLinesModel::ProductColumn));
    m_view->setFocus();
}

void LinesEditor::duplicateLine()
{
    const int row = currentLine();
    m_lines->duplicateLine(row);
    if (row >= 0) m_view->setCurrentIndex(m_lines->index(row + 1, m_view->currentIndex().column()));
}

void LinesEditor::removeLine()
{
    const int row = currentLine();
    if (row < 0) return;
    const OrderLine& line = m_lines->line(row);
    if (!(line.product.isEmpty() && line.description.isEmpty()) &&
        QMessageBox::question(this, tr("Delete line"),
                              tr("Delete line %1 (%2)?")
                                  .arg(row + 1)
                                  .arg(line.product.isEmpty() ? line.description : line.product)) !=
            QMessageBox::Yes)
        return;
    m_lines->removeLine(row);
    if (m_lines->rowCount() > 0)
        m_view->setCurrentIndex(m_lines->index(std::min(row, m_lines->rowCount() - 1), 0));
}

void LinesEditor::moveLine(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) return;
    m_lines->moveLine(current.row(), delta);
    const int row = std::clamp(current.row() + delta, 0, m_lines->rowCount() - 1);
    m_view->setCurrentIndex(m_lines->index(row, current.column()));
}

} // namespace shopcrm
