#include "FollowUpListPage.h"

#include "BackgroundReader.h"

#include "CustomerPicker.h"
#include "FollowUpDialog.h"
#include "ListViews.h"
#include "services/Exports.h"
#include "store/CatalogRepository.h"
#include "store/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalBlocker>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace shopcrm {

FollowUpListModel::FollowUpListModel(Database& db, QObject* parent) : PagedListModel(db, ColumnCount, parent) {}

QVariant FollowUpListModel::data(const QModelIndex& index, int role) const
{
    const FollowUpRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == CustomerIdRole)
        return r->customerId;
    if (role == Qt::ForegroundRole && index.column() == NextColumn && r->nextDate.isValid() && !r->nextDone &&
        r->nextDate <= QDate::currentDate())
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return r->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case CustomerColumn: return r->customer;
    case ContactColumn: return r->contact;
    case MethodColumn: return FollowUpRules::methodName(r->method);
    case SummaryColumn: {
        const QString details = role == Qt::ToolTipRole ? r->details : r->details.simplified();
        QString text = r->subject.isEmpty() ? details : r->subject + QStringLiteral(" — ") + details;
        if (r->attachments > 0)
            text += tr(" [%n file(s)]", "", r->attachments);
        return text;
    }
    case OutcomeColumn: return r->outcome;
    case StaffColumn: return r->staff;
    case NextColumn:
        if (!r->nextDate.isValid())
            return QString();
        return QString((r->nextDone ? tr("%1 (done)").arg(r->nextDate.toString(Qt::ISODate))
                                    : r->nextDate.toString(Qt::ISODate)) +
                       (r->nextAction.isEmpty() ? QString() : QStringLiteral(" ") + r->nextAction));
    case OrderColumn: return r->orderNumber;
    }
    return {};
}

QVariant FollowUpListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case CustomerColumn: return tr("Customer");
    case ContactColumn: return tr("Contact");
    case MethodColumn: return tr("Method");
    case SummaryColumn: return tr("What was said");
    case OutcomeColumn: return tr("Outcome");
    case StaffColumn: return tr("Staff");
    case NextColumn: return tr("Next follow-up");
    case OrderColumn: return tr("Order");
    }
    return {};
}

FollowUpListPage::FollowUpListPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("followUpListPage"));
    m_model = new FollowUpListModel(db, this);

    m_customer = new CustomerPicker(db, this);
    m_customer->setObjectName(QStringLiteral("followUpFilterCustomer"));
    m_customer->setPlaceholderText(tr("Any customer"));
    m_customer->setClearButtonEnabled(true);
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("followUpFilterStaff"));
    m_staff->addItem(tr("All staff"), 0);
    for (const StaffMember& s : CatalogRepository(db).staff(true))
        m_staff->addItem(s.active ? s.name : tr("%1 (inactive)").arg(s.name), s.meta.id);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("followUpFilterMethod"));
    m_method->addItem(tr("Any method"), -1);
    for (const ContactMethod method : FollowUpRules::methods())
        m_method->addItem(FollowUpRules::methodName(method), static_cast<int>(method));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("followUpFilterOutcome"));
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const QString& o : FollowUpRepository(db).outcomeChoices())
        m_outcome->addItem(o, o);
    // Outcomes typed in by hand are found over every follow-up: in another thread, added when read.
    auto* reader = new BackgroundReader(db, this);
    reader->read<QStringList>([](Database& other) { return FollowUpRepository(other).outcomesInUse(); },
                              [this](const QStringList& used) {
                                  const QSignalBlocker quiet(m_outcome);
                                  for (const QString& o : used)
                                      if (m_outcome->findData(o) < 0)
                                          m_outcome->addItem(o, o);
                              });
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("followUpFilterPeriod"));
    m_period->addItem(tr("Any time"));
    m_period->addItem(tr("Today"));
    m_period->addItem(tr("Last 7 days"));
    m_period->addItem(tr("This month"));
    m_period->addItem(tr("From … to …"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("followUpFilterFrom"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("followUpFilterTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setVisible(false);
    }
    auto* add = new QPushButton(tr("&New follow-up"), this);
    add->setObjectName(QStringLiteral("newFollowUpListButton"));
    add->setToolTip(tr("New follow-up (Ctrl+N)"));
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportFollowUpsButton"));
    add->setVisible(db.access().can(Module::FollowUps, Action::Create));
    exportButton->setVisible(db.access().can(Module::FollowUps, Action::Export));
    exportButton->setToolTip(tr("Save the follow-ups shown as a CSV or Excel file"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("followUpCountLabel"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("followUpTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(false);
    setUpLargeListView(m_view, {130, 200, 80, 70, 380, 80, 70, 160, 130}, QStringLiteral("followUpList/header"));
    m_view->horizontalHeader()->setSortIndicatorShown(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_customer, 2);
    filters->addWidget(m_staff);
    filters->addWidget(m_method);
    filters->addWidget(m_outcome);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addStretch();
    filters->addWidget(exportButton);
    filters->addWidget(add);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_customer, &CustomerPicker::customerChosen, this, &FollowUpListPage::applyFilter);
    connect(m_customer, &CustomerPicker::customerCleared, this, &FollowUpListPage::applyFilter);
    for (QComboBox* box : {m_staff, m_method, m_outcome, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &FollowUpListPage::applyFilter);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &FollowUpListPage::applyFilter);
    connect(add, &QPushButton::clicked, this, &FollowUpListPage::newFollowUp);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportTo(); });
    connect(m_view, &QTableView::activated, this, &FollowUpListPage::openCurrent);
    connect(m_model, &FollowUpListModel::countChanged, this, [this](qint64 n) {
        m_count->setText(m_model->counting() ? tr("Counting the follow-ups…")
                                             : tr("%Ln follow-up(s)", nullptr, int(n)));
    });
    m_count->setText(tr("%Ln follow-up(s)", nullptr, m_model->rowCount()));
    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &FollowUpListPage::newFollowUp);
}

FollowUpListPage::~FollowUpListPage()
{
    saveListLayout(m_view, QStringLiteral("followUpList/header"));
}

void FollowUpListPage::applyFilter()
{
    FollowUpFilter f;
    f.customerId = m_customer->customerId();
    f.staffId = m_staff->currentData().toLongLong();
    if (const int method = m_method->currentData().toInt(); method >= 0)
        f.method = static_cast<ContactMethod>(method);
    f.outcome = m_outcome->currentData().toString();
    const QDate today = QDate::currentDate();
    const bool range = m_period->currentIndex() == 4;
    m_from->setVisible(range);
    m_to->setVisible(range);
    switch (m_period->currentIndex()) {
    case 1: f.from = f.to = today; break;
    case 2: f.from = today.addDays(-6), f.to = today; break;
    case 3: f.from = QDate(today.year(), today.month(), 1), f.to = today; break;
    case 4: f.from = m_from->date(), f.to = m_to->date(); break;
    default: break;
    }
    m_model->setFilter(f);
}

void FollowUpListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void FollowUpListPage::refresh()
{
    refreshKeepingView(m_view, [this] { m_model->refresh(); }, [this](int row) { return m_model->idAt(row); });
}

void FollowUpListPage::newFollowUp()
{
    if (m_db.isReadOnly())
        return;
    FollowUpDialog dialog(m_db, FollowUpDialog::New{m_customer->customerId()}, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->refresh();
    }
}

void FollowUpListPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    try {
        FollowUpDialog dialog(m_db, m_model->idAt(current.row()), this);
        if (dialog.exec() == QDialog::Accepted) {
            m_model->refresh();
        }
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Cannot open follow-up"), e.message());
        m_model->refresh();
    }
}

void FollowUpListPage::exportTo(QString path)
{
    // The list's columns in the export: what was said is subject and details, the next follow-up
    // its day, action and whether it is done.
    const FollowUpFilter filter = m_model->filter();
    QElapsedTimer timer;
    timer.start();
    const std::optional<qint64> rows = exportList(
        this, m_db, path, tr("Export follow-ups"), tr("follow-ups-%1"), tr("Exporting follow-ups…"),
        shownColumns(m_view, {{0}, {1}, {2}, {3}, {4, 5}, {6}, {7}, {8, 9, 10}, {11}}),
        [filter](Database& db, const QString& file, const ExportOptions& o) {
            return Exports::followUps(db, filter, file, o);
        });
    if (rows)
        m_count->setText(tr("Exported %Ln follow-up(s) to %1 in %2 s.", nullptr, int(*rows))
                             .arg(QDir::toNativeSeparators(path))
                             .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
}

} // namespace shopcrm
