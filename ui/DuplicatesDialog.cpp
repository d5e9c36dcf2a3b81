#include "DuplicatesDialog.h"

#include "BackgroundTask.h"
#include "ListViews.h"
#include "MergeDialog.h"
#include "services/CustomerMerge.h"
#include "store/CustomerRepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace shopcrm {

DuplicatesDialog::DuplicatesDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Duplicate customers"));
    auto* tabs = new QTabWidget(this);
    auto* pairsTab = new QWidget(tabs);
    m_table = makeRecordTable({tr("Customer"), tr("Customer"), tr("Why"), tr("Shared")},
                              QStringLiteral("duplicatePairsTable"), pairsTab);
    m_table->horizontalHeader()->resizeSection(0, 220);
    m_table->horizontalHeader()->resizeSection(1, 220);
    m_table->horizontalHeader()->resizeSection(2, 160);
    m_summary = new QLabel(pairsTab);
    m_summary->setObjectName(QStringLiteral("duplicatesSummaryLabel"));
    m_merge = new QPushButton(tr("&Merge…"), pairsTab);
    m_merge->setObjectName(QStringLiteral("mergePairButton"));
    m_dismiss = new QPushButton(tr("&Not the same customer"), pairsTab);
    m_dismiss->setObjectName(QStringLiteral("dismissPairButton"));
    auto* again = new QPushButton(tr("&Look again"), pairsTab);
    auto* pairButtons = new QHBoxLayout;
    pairButtons->addWidget(m_summary, 1);
    pairButtons->addWidget(again);
    pairButtons->addWidget(m_dismiss);
    pairButtons->addWidget(m_merge);
    auto* pairsLayout = new QVBoxLayout(pairsTab);
    pairsLayout->addWidget(m_table, 1);
    pairsLayout->addLayout(pairButtons);

    auto* mergesTab = new QWidget(tabs);
    m_merges = makeRecordTable({tr("No."), tr("When"), tr("Who"), tr("Merged"), tr("Into"), tr("Undone")},
                               QStringLiteral("mergesTable"), mergesTab);
    m_undo = new QPushButton(tr("&Undo the merge…"), mergesTab);
    m_undo->setObjectName(QStringLiteral("undoMergeButton"));
    auto* mergesLayout = new QVBoxLayout(mergesTab);
    mergesLayout->addWidget(m_merges, 1);
    mergesLayout->addWidget(m_undo, 0, Qt::AlignRight);
    tabs->addTab(pairsTab, tr("Likely duplicates"));
    tabs->addTab(mergesTab, tr("Merges"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(again, &QPushButton::clicked, this, &DuplicatesDialog::find);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesDialog::dismissSelected);
    connect(m_undo, &QPushButton::clicked, this, &DuplicatesDialog::undoSelectedMerge);
    connect(m_table, &QTableWidget::doubleClicked, this, &DuplicatesDialog::mergeSelected);
    resize(900, 520);
    find();
    loadMerges();
}

void DuplicatesDialog::find()
{
    const BackgroundResult<QList<DuplicatePair>> result = runInBackground<QList<DuplicatePair>>(
        this, m_db, tr("Comparing every customer…"),
        [](Database& db, const std::function<bool(qint64, qint64)>& progress) {
            return DuplicateFinder::find(db, [&](int step, int steps) { return progress(step, steps); });
        });
    if (!result.value) {
        m_summary->setText(result.stopped ? tr("The search was stopped.") : result.error);
        return;
    }
    m_pairs = *result.value;
    showPairs();
}

void DuplicatesDialog::showPairs()
{
    m_table->setRowCount(static_cast<int>(m_pairs.size()));
    for (int r = 0; r < m_pairs.size(); ++r) {
        const DuplicatePair& p = m_pairs.at(r);
        const QStringList cells{QStringLiteral("%1 (%2)").arg(p.firstName).arg(p.first),
                                QStringLiteral("%1 (%2)").arg(p.secondName).arg(p.second),
                                DuplicateFinder::reasonText(p.reasons), p.details.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_summary->setText(m_pairs.isEmpty() ? tr("No likely duplicates.")
                                         : tr("%Ln likely pair(s), the surest first.", nullptr,
                                              static_cast<int>(m_pairs.size())));
    if (!m_pairs.isEmpty()) m_table->selectRow(0);
    m_merge->setEnabled(!m_pairs.isEmpty());
    m_dismiss->setEnabled(!m_pairs.isEmpty());
}

const DuplicatePair* DuplicatesDialog::selectedPair() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_pairs.size() ? &m_pairs.at(row) : nullptr;
}

void DuplicatesDialog::mergeSelected()
{
    const DuplicatePair* pair = selectedPair();
    if (!pair) return;
    try {
        CustomerRepository customers(m_db);
        MergeDialog dialog(m_db, customers.get(pair->first), customers.get(pair->second), this);
        if (dialog.exec() != QDialog::Accepted) return;
        m_changed = true;
        const qint64 dropped = dialog.droppedId();
        // Every pair with the removed customer is gone with it.
        m_pairs.removeIf([&](const DuplicatePair& p) { return p.first == dropped || p.second == dropped; });
        showPairs();
        loadMerges();
    } catch (const StoreError& e) {
        QMessageBox::warning(this, windowTitle(), e.message());
        find();
    }
}

void DuplicatesDialog::dismissSelected()
{
    const DuplicatePair* pair = selectedPair();
    if (!pair) return;
    try {
        DuplicateFinder::dismiss(m_db, pair->first, pair->second);
        m_pairs.removeAt(m_table->currentRow());
        showPairs();
    } catch (const StoreError& e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
}

void DuplicatesDialog::loadMerges()
{
    try {
        const QList<MergeRecord> list = CustomerMerge::list(m_db);
        m_merges->setRowCount(static_cast<int>(list.size()));
        for (int r = 0; r < list.size(); ++r) {
            const MergeRecord& m = list.at(r);
            const QStringList cells{
                QString::number(m.id),
                m.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                m.who,
                QStringLiteral("%1 (%2)").arg(m.droppedName).arg(m.droppedId),
                QStringLiteral("%1 (%2)").arg(m.keptName).arg(m.keptId),
                m.undoneAt.isValid() ? m.undoneAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                     : QString()};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells.at(c));
                item->setData(Qt::UserRole, m.id);
                m_merges->setItem(r, c, item);
            }
        }
        if (!list.isEmpty()) m_merges->selectRow(0);
        m_undo->setEnabled(!list.isEmpty());
    } catch (const StoreError& e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
}

void DuplicatesDialog::undoSelectedMerge()
{
    const int row = m_merges->currentRow();
    if (row < 0) return;
    const qint64 id = m_merges->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (!m_merges->item(row, 5)->text().isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("This merge was undone already."));
        return;
    }
    if (QMessageBox::question(this, tr("Undo the merge"),
                              tr("Bring %1 back with its contacts, orders, follow-ups and payments?")
                                  .arg(m_merges->item(row, 3)->text())) != QMessageBox::Yes)
        return;
    try {
        const MergeUndoResult r = CustomerMerge::undo(m_db, id);
        m_changed = true;
        if (!r.notes.isEmpty())
            QMessageBox::information(this, tr("Undo the merge"), r.notes.join(QLatin1Char('\n')));
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Undo the merge"), e.message());
    }
    loadMerges();
    find();
}

} // namespace shopcrm
