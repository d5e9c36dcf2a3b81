#include "ImportsDialog.h"

#include "ListViews.h"
#include "services/CustomerImport.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopcrm {

ImportsDialog::ImportsDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("importsDialog"));
    setWindowTitle(tr("Imports"));
    m_table = makeRecordTable({tr("No."), tr("When"), tr("Who"), tr("File"), tr("What it did"), tr("Undone")},
                              QStringLiteral("importsTable"), this);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(0, 50);
    m_table->horizontalHeader()->resizeSection(1, 130);
    m_table->horizontalHeader()->resizeSection(3, 180);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_revert = buttons->addButton(tr("&Undo the import…"), QDialogButtonBox::ActionRole);
    m_revert->setObjectName(QStringLiteral("revertImportButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_revert, &QPushButton::clicked, this, &ImportsDialog::revertSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_revert->setEnabled(row >= 0 && m_table->item(row, 5)->text().isEmpty());
    });
    resize(760, 380);
    reload();
}

void ImportsDialog::reload()
{
    try {
        const QList<ImportRecord> list = CustomerImport::list(m_db);
        m_table->setRowCount(static_cast<int>(list.size()));
        for (int r = 0; r < list.size(); ++r) {
            const ImportRecord& i = list.at(r);
            const QStringList cells{
                QString::number(i.id),
                i.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                i.who,
                i.file,
                tr("%1 added, %2 updated, %3 skipped").arg(i.created).arg(i.updated).arg(i.skipped),
                i.revertedAt.isValid()
                    ? i.revertedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                    : QString()};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells.at(c));
                item->setData(Qt::UserRole, i.id);
                m_table->setItem(r, c, item);
            }
        }
        if (m_table->rowCount() > 0) m_table->selectRow(0);
        m_revert->setEnabled(m_table->rowCount() > 0 && m_table->item(0, 5)->text().isEmpty());
    } catch (const StoreError& e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
}

void ImportsDialog::revertSelected()
{
    const int row = m_table->currentRow();
    if (row < 0) return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (QMessageBox::question(
            this, tr("Undo the import"),
            tr("Undo import %1 (%2)? The customers it added are removed and what it changed is put "
               "back; records edited since are kept as they are.")
                .arg(id)
                .arg(m_table->item(row, 3)->text())) != QMessageBox::Yes)
        return;
    try {
        const RevertResult r = CustomerImport::revert(m_db, id);
        m_reverted = true;
        QString text = tr("%1 customers removed, %2 restored.").arg(r.removed).arg(r.restored);
        if (!r.kept.isEmpty())
            text += QStringLiteral("\n\n") + tr("Kept, because they were changed since:") +
                    QLatin1Char('\n') + r.kept.join(QLatin1Char('\n'));
        QMessageBox::information(this, tr("Undo the import"), text);
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Undo the import"), e.message());
    }
    reload();
}

} // namespace shopcrm
