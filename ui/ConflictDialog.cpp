#include "ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopcrm {

namespace {
enum Column { FieldColumn, MineColumn, TheirsColumn, ColumnCount };
}

ConflictDialog::ConflictDialog(const QString& what, const QString& who, const QList<MergeItem>& items, QWidget* parent)
    : QDialog(parent), m_items(items)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Saved at another desk meanwhile"));
    resize(760, 420);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("%1 was changed by %2 after you opened it. Choose, field by field, what to keep: "
                                "click a value (or press Space) to take it. Fields only one of you changed are "
                                "already chosen; fields you both changed are orange.")
                                 .arg(what, who),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(static_cast<int>(m_items.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("Theirs")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    // Rows follow their text as the columns settle: long values wrap, short ones take one line.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int row = 0; row < m_items.size(); ++row) {
        const MergeItem& item = m_items.at(row);
        auto* field = new QTableWidgetItem(item.label);
        if (item.conflict) {
            field->setBackground(QColor(0xff, 0xe0, 0xb2));
            field->setToolTip(tr("Both of you changed this field. It was: %1").arg(item.base));
        }
        m_table->setItem(row, FieldColumn, field);
        m_table->setItem(row, MineColumn, new QTableWidgetItem(item.mine.isEmpty() ? tr("(empty)") : item.mine));
        m_table->setItem(row, TheirsColumn, new QTableWidgetItem(item.theirs.isEmpty() ? tr("(empty)") : item.theirs));
        markChoice(row);
    }
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column == MineColumn || column == TheirsColumn)
            take(row, column == MineColumn ? MergeItem::Take::Mine : MergeItem::Take::Theirs);
    });
    auto* space = new QShortcut(QKeySequence(Qt::Key_Space), m_table);
    connect(space, &QShortcut::activated, this, [this] {
        const int row = m_table->currentRow();
        const int column = m_table->currentColumn();
        if (row < 0)
            return;
        if (column == MineColumn || column == TheirsColumn)
            take(row, column == MineColumn ? MergeItem::Take::Mine : MergeItem::Take::Theirs);
        else
            take(row, m_items.at(row).take == MergeItem::Take::Mine ? MergeItem::Take::Theirs : MergeItem::Take::Mine);
    });

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* allMine = buttons->addButton(tr("All &mine"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(QStringLiteral("allMineButton"));
    QPushButton* allTheirs = buttons->addButton(tr("All &theirs"), QDialogButtonBox::ActionRole);
    allTheirs->setObjectName(QStringLiteral("allTheirsButton"));
    QPushButton* save = buttons->addButton(tr("&Save merged"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveMergedButton"));
    save->setDefault(true);
    buttons->addButton(tr("Back to the form"), QDialogButtonBox::RejectRole);
    connect(allMine, &QPushButton::clicked, this, [this] { takeAll(MergeItem::Take::Mine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { takeAll(MergeItem::Take::Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_table->setFocus();
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, MineColumn);
}

QString ConflictDialog::who(const RowMeta& meta)
{
    return tr("%1 at %2").arg(meta.updatedBy, QLocale().toString(meta.updatedAt.toLocalTime(), QLocale::ShortFormat));
}

void ConflictDialog::take(int row, MergeItem::Take side)
{
    if (row < 0 || row >= m_items.size())
        return;
    m_items[row].take = side;
    markChoice(row);
}

void ConflictDialog::takeAll(MergeItem::Take side)
{
    for (int row = 0; row < m_items.size(); ++row)
        take(row, side);
}

void ConflictDialog::markChoice(int row)
{
    const bool mine = m_items.at(row).take == MergeItem::Take::Mine;
    for (const int column : {MineColumn, TheirsColumn}) {
        QTableWidgetItem* cell = m_table->item(row, column);
        const bool chosen = (column == MineColumn) == mine;
        QFont font = cell->font();
        font.setBold(chosen);
        cell->setFont(font);
        cell->setBackground(chosen ? QColor(0xd7, 0xf0, 0xd8) : QBrush());
        cell->setData(Qt::DecorationRole, QVariant());
        const QString text = cell->text().startsWith(QStringLiteral("✓ ")) ? cell->text().mid(2) : cell->text();
        cell->setText(chosen ? QStringLiteral("✓ ") + text : text);
    }
}

} // namespace shopcrm
