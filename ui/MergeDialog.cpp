#include "MergeDialog.h"

#include "services/CustomerMerge.h"
#include "store/Database.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace shopcrm {

MergeDialog::MergeDialog(Database& db, const Customer& first, const Customer& second, QWidget* parent)
    : QDialog(parent), m_db(db), m_first(first), m_second(second)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge two customers"));
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    m_keepFirst = new QRadioButton(tr("Keep %1 (No. %2)").arg(first.name).arg(first.meta.id), this);
    m_keepFirst->setObjectName(QStringLiteral("keepFirstRadioButton"));
    auto* keepSecond = new QRadioButton(tr("Keep %1 (No. %2)").arg(second.name).arg(second.meta.id), this);
    keepSecond->setObjectName(QStringLiteral("keepSecondRadioButton"));
    auto* keep = new QButtonGroup(this);
    keep->addButton(m_keepFirst);
    keep->addButton(keepSecond);
    grid->addWidget(new QLabel(tr("Record that stays"), this), 0, 0);
    grid->addWidget(m_keepFirst, 0, 1);
    grid->addWidget(keepSecond, 0, 2);
    // The proposal: the record with more history stays; each field from it unless it is empty.
    auto held = [&](qint64 id) {
        int n = 0;
        for (const CustomerMerge::Holding& h : CustomerMerge::holdings(db, id))
            n += h.count;
        return n;
    };
    const bool firstStays = held(first.meta.id) >= held(second.meta.id);
    const Customer proposal =
        firstStays ? CustomerMerge::proposed(first, second) : CustomerMerge::proposed(second, first);
    int row = 1;
    for (const QString& code : CustomerMerge::fieldCodes()) {
        const QString a = CustomerMerge::fieldText(first, code);
        const QString b = CustomerMerge::fieldText(second, code);
        if (a.isEmpty() && b.isEmpty()) continue;
        auto* group = new QButtonGroup(this);
        auto* left = new QRadioButton(a.isEmpty() ? tr("(empty)") : a, this);
        auto* right = new QRadioButton(b.isEmpty() ? tr("(empty)") : b, this);
        left->setObjectName(QStringLiteral("mergeFirst_%1").arg(code));
        right->setObjectName(QStringLiteral("mergeSecond_%1").arg(code));
        group->addButton(left, 0);
        group->addButton(right, 1);
        grid->addWidget(new QLabel(CustomerMerge::fieldLabel(code), this), row, 0);
        grid->addWidget(left, row, 1);
        grid->addWidget(right, row, 2);
        const QString proposed = CustomerMerge::fieldText(proposal, code);
        if ((code == QLatin1String("phones") || code == QLatin1String("tags")) && a != b && !a.isEmpty() &&
            !b.isEmpty()) {
            auto* both = new QRadioButton(tr("both"), this);
            both->setObjectName(QStringLiteral("mergeBoth_%1").arg(code));
            group->addButton(both, 2);
            grid->addWidget(both, row, 3);
            both->setChecked(true);
        } else if (a == b) {
            (firstStays ? left : right)->setChecked(true);
        } else {
            (proposed == a ? left : right)->setChecked(true);
        }
        if (a == b) {
            left->setEnabled(false);
            right->setEnabled(false);
        }
        m_choices.insert(code, group);
        ++row;
    }
    m_moves = new QLabel(this);
    m_moves->setObjectName(QStringLiteral("mergeMovesLabel"));
    m_moves->setWordWrap(true);
    auto* content = new QWidget(this);
    content->setLayout(grid);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_moves);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepFirst, &QRadioButton::toggled, this, &MergeDialog::keepChanged);
    (firstStays ? m_keepFirst : keepSecond)->setChecked(true);
    keepChanged();
    resize(760, 560);
}

Customer MergeDialog::result() const
{
    const bool firstStays = m_keepFirst->isChecked();
    const Customer& stays = firstStays ? m_first : m_second;
    const Customer& goes = firstStays ? m_second : m_first;
    Customer kept = stays;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const int choice = it.value()->checkedId();
        if (choice == 2) { // both: the kept record's numbers or tags, then the other's
            QStringList& list = it.key() == QLatin1String("phones") ? kept.phones : kept.tags;
            for (const QString& value : it.key() == QLatin1String("phones") ? goes.phones : goes.tags)
                if (!list.contains(value)) list.append(value);
            continue;
        }
        const bool fromFirst = choice == 0;
        if (fromFirst != firstStays) CustomerMerge::takeField(kept, goes, it.key());
    }
    return kept;
}

qint64 MergeDialog::droppedId() const
{
    return m_keepFirst->isChecked() ? m_second.meta.id : m_first.meta.id;
}

void MergeDialog::keepChanged()
{
    const qint64 goes = droppedId();
    QStringList parts;
    try {
        for (const CustomerMerge::Holding& h : CustomerMerge::holdings(m_db, goes))
            if (h.count > 0) parts.append(CustomerMerge::describe(h));
    } catch (const StoreError& e) {
        parts.append(e.message());
    }
    const QString name = goes == m_first.meta.id ? m_first.name : m_second.name;
    m_moves->setText(
        parts.isEmpty()
            ? tr("%1 has no contacts, orders, follow-ups or payments; it is removed.").arg(name)
            : tr("Moves to the record that stays: %1. Then %2 is removed.").arg(parts.join(tr(", ")), name));
}

void MergeDialog::accept()
{
    const Customer kept = result();
    const qint64 goes = droppedId();
    const Customer& dropped = goes == m_first.meta.id ? m_first : m_second;
    if (QMessageBox::question(this, windowTitle(),
                              tr("Merge %1 into %2? You can undo it afterwards in the list of merges.")
                                  .arg(dropped.name, kept.name)) != QMessageBox::Yes)
        return;
    try {
        m_mergeId = CustomerMerge::merge(m_db, kept, goes, dropped.meta.version);
        QDialog::accept();
    } catch (const StoreError& e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
}

} // namespace shopcrm
