#include "PoolRulesDialog.h"

#include "ErrorReporter.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopcrm {

namespace {
constexpr int kFields = 6;
} // namespace

PoolRulesDialog::PoolRulesDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("poolRulesDialog"));
    setWindowTitle(tr("Public pool rules"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("A customer goes back to the public pool (公海) after the days given without a "
                      "follow-up or without an order; its owner is reminded before. A grade's own row "
                      "replaces the default for its customers. 0 switches a rule off."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, kFields, this);
    m_table->setObjectName(QStringLiteral("poolRulesTable"));
    m_table->setHorizontalHeaderLabels({tr("No follow-up for (days)"), tr("No order for (days)"),
                                        tr("Remind before (days)"), tr("Former owner waits (days)"),
                                        tr("Claims a day"), tr("Most customers a person")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    layout->addWidget(m_table, 1);
    m_issue = new QLabel(this);
    m_issue->setStyleSheet(QStringLiteral("color:#b00020"));
    m_issue->setWordWrap(true);
    layout->addWidget(m_issue);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* add = buttons->addButton(tr("Add a &grade…"), QDialogButtonBox::ActionRole);
    add->setAutoDefault(false);
    QPushButton* remove = buttons->addButton(tr("&Remove the grade"), QDialogButtonBox::ActionRole);
    remove->setAutoDefault(false);
    layout->addWidget(buttons);
    const bool mayChange = !db.isReadOnly() && db.access().can(Module::Settings, Action::Edit);
    buttons->button(QDialogButtonBox::Save)->setEnabled(mayChange);
    add->setEnabled(mayChange);
    remove->setEnabled(mayChange);
    connect(buttons, &QDialogButtonBox::accepted, this, &PoolRulesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString grade =
            QInputDialog::getText(this, tr("Add a grade"), tr("Grade with rules of its own:"),
                                  QLineEdit::Normal, {}, &ok)
                .trimmed();
        if (ok && !grade.isEmpty()) addGrade(grade);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row > 0) // the default stays
            m_table->removeRow(row);
    });
    PoolRules rules;
    ErrorReporter::guard([&] { rules = CustomerPool::rules(db); });
    addRow(QString(), rules.defaults);
    for (auto it = rules.grades.cbegin(); it != rules.grades.cend(); ++it)
        addRow(it.key(), *it);
    resize(860, 320);
}

void PoolRulesDialog::addRow(const QString& grade, const PoolRule& rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setVerticalHeaderItem(
        row, new QTableWidgetItem(grade.isEmpty() ? tr("Default") : tr("Grade %1").arg(grade)));
    m_table->verticalHeaderItem(row)->setData(Qt::UserRole, grade);
    const int values[kFields] = {rule.noFollowUpDays,  rule.noOrderDays,  rule.remindDays,
                                 rule.reclaimWaitDays, rule.claimsPerDay, rule.maxOwned};
    for (int c = 0; c < kFields; ++c) {
        auto* spin = new QSpinBox(m_table);
        spin->setRange(0, c >= 4 ? 100000 : 3650);
        spin->setValue(values[c]);
        spin->setSpecialValueText(tr("off"));
        spin->setAlignment(Qt::AlignRight);
        // The limits on claiming are the shop's: the default row's count for everyone.
        spin->setEnabled(!(c >= 4 && !grade.isEmpty()));
        m_table->setCellWidget(row, c, spin);
    }
}

void PoolRulesDialog::addGrade(const QString& grade)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->verticalHeaderItem(r)->data(Qt::UserRole).toString() == grade) {
            m_table->setCurrentCell(r, 0);
            return;
        }
    addRow(grade, rulesFromTable().defaults);
    m_table->setCurrentCell(m_table->rowCount() - 1, 0);
}

PoolRules PoolRulesDialog::rulesFromTable() const
{
    PoolRules rules;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        int v[kFields];
        for (int c = 0; c < kFields; ++c)
            v[c] = qobject_cast<QSpinBox*>(m_table->cellWidget(r, c))->value();
        const PoolRule rule{v[0], v[1], v[2], v[3], v[4], v[5]};
        const QString grade = m_table->verticalHeaderItem(r)->data(Qt::UserRole).toString();
        if (grade.isEmpty())
            rules.defaults = rule;
        else
            rules.grades.insert(grade, rule);
    }
    return rules;
}

void PoolRulesDialog::save()
{
    try {
        CustomerPool::setRules(m_db, rulesFromTable());
    } catch (const StoreError& e) {
        m_issue->setText(e.message());
        return;
    }
    accept();
}

} // namespace shopcrm
