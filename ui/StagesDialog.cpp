#include "StagesDialog.h"

#include "ErrorReporter.h"
#include "ListViews.h"
#include "store/Database.h"
#include "store/OpportunityRepository.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

enum Column
{
    NameColumn,
    ProbabilityColumn,
    KindColumn,
    ColumnCount
};
constexpr int kStageRole = Qt::UserRole + 1; // the row's stage, by its index in m_loaded (-1: new)

} // namespace

StagesDialog::StagesDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("stagesDialog"));
    setWindowTitle(tr("Sales stages"));
    auto* layout = new QVBoxLayout(this);
    auto* help =
        new QLabel(tr("The stages an opportunity goes through, in order. A new opportunity in a stage gets "
                      "its probability. Removing a stage that opportunities are in keeps it for them."),
                   this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_table =
        makeRecordTable({tr("Stage"), tr("Probability"), tr("Kind")}, QStringLiteral("stagesTable"), this);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto* rowButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addStageButton"));
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeStageButton"));
    auto* up = new QPushButton(tr("&Up"), this);
    auto* down = new QPushButton(tr("Do&wn"), this);
    up->setObjectName(QStringLiteral("stageUpButton"));
    down->setObjectName(QStringLiteral("stageDownButton"));
    for (QPushButton* b : {add, remove, up, down}) {
        b->setAutoDefault(false);
        rowButtons->addWidget(b);
    }
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("stagesIssueLabel"));
    m_issue->setStyleSheet(QStringLiteral("color:#b00020"));
    m_issue->setWordWrap(true);
    layout->addWidget(m_issue);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StagesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StagesDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        OpportunityStage s;
        s.name = tr("New stage");
        s.probability = 50;
        addRow(s);
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) m_table->removeRow(m_table->currentRow());
    });
    connect(up, &QPushButton::clicked, this, [this] { moveRow(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveRow(1); });

    ErrorReporter::guard([&] { m_loaded = OpportunityRepository(db).stages(); });
    for (qsizetype i = 0; i < m_loaded.size(); ++i) {
        addRow(m_loaded.at(i));
        m_table->item(m_table->rowCount() - 1, NameColumn)->setData(kStageRole, static_cast<int>(i));
    }
    const bool mayEdit = !db.isReadOnly() && db.access().can(Module::Settings, Action::Edit);
    for (QWidget* w : std::initializer_list<QWidget*>{add, remove, up, down, m_table})
        w->setEnabled(mayEdit);
    resize(520, 360);
}

void StagesDialog::addRow(const OpportunityStage& stage)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* name = new QTableWidgetItem(stage.displayName());
    name->setData(kStageRole, -1);
    m_table->setItem(row, NameColumn, name);
    auto* probability = new QSpinBox(m_table);
    probability->setRange(0, 100);
    probability->setSuffix(QStringLiteral(" %"));
    probability->setValue(stage.probability);
    m_table->setCellWidget(row, ProbabilityColumn, probability);
    auto* kind = new QComboBox(m_table);
    for (StageKind k : {StageKind::Open, StageKind::Won, StageKind::Lost})
        kind->addItem(OpportunityRules::kindName(k), static_cast<int>(k));
    kind->setCurrentIndex(kind->findData(static_cast<int>(stage.kind)));
    m_table->setCellWidget(row, KindColumn, kind);
}

void StagesDialog::moveRow(int by)
{
    const int row = m_table->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_table->rowCount()) return;
    // The rows are laid out again in the new order, each keeping which stage it is.
    QList<OpportunityStage> rows = collect();
    QList<int> loaded;
    for (int r = 0; r < m_table->rowCount(); ++r)
        loaded.append(m_table->item(r, NameColumn)->data(kStageRole).toInt());
    rows.swapItemsAt(row, to);
    loaded.swapItemsAt(row, to);
    m_table->setRowCount(0);
    for (int r = 0; r < rows.size(); ++r) {
        addRow(rows.at(r));
        m_table->item(r, NameColumn)->setData(kStageRole, loaded.at(r));
    }
    m_table->setCurrentCell(to, NameColumn);
}

QList<OpportunityStage> StagesDialog::collect() const
{
    QList<OpportunityStage> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int loaded = m_table->item(row, NameColumn)->data(kStageRole).toInt();
        OpportunityStage s = loaded >= 0 ? m_loaded.value(loaded) : OpportunityStage();
        const QString name = m_table->item(row, NameColumn)->text().trimmed();
        // A built-in stage keeps its translated name until it is renamed.
        s.name = !s.code.isEmpty() && name == OpportunityRules::builtinStageName(s.code) ? QString() : name;
        s.probability = qobject_cast<QSpinBox*>(m_table->cellWidget(row, ProbabilityColumn))->value();
        s.kind = static_cast<StageKind>(
            qobject_cast<QComboBox*>(m_table->cellWidget(row, KindColumn))->currentData().toInt());
        result.append(s);
    }
    return result;
}

void StagesDialog::accept()
{
    if (m_db.isReadOnly() || !m_db.access().can(Module::Settings, Action::Edit)) {
        QDialog::accept();
        return;
    }
    try {
        OpportunityRepository(m_db).saveStages(collect());
        QDialog::accept();
    } catch (const StoreError& e) {
        // What was typed stays in the table.
        m_issue->setText(e.message());
    }
}

} // namespace shopcrm
