#include "ServicePage.h"

#include "ErrorReporter.h"
#include "ListViews.h"
#include "ServiceRequestDialog.h"
#include "store/CatalogRepository.h"
#include "store/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace shopcrm {

namespace {

QString when(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

ServiceListModel::ServiceListModel(Database& db, QObject* parent) : PagedListModel(db, ColumnCount, parent) {}

QVariant ServiceListModel::data(const QModelIndex& index, int role) const
{
    const ServiceRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r) return {};
    if (role == IdRole) return r->id;
    if (role == Qt::ForegroundRole && (index.column() == DueColumn || index.column() == NumberColumn) &&
        r->isOverdue(QDateTime::currentDateTimeUtc()))
        return QColor(0xb0, 0x20, 0x20);
    if (role == Qt::ForegroundRole && index.column() == PriorityColumn &&
        r->priority == ServicePriority::Urgent)
        return QColor(0xb0, 0x20, 0x20);
    if (role == Qt::ToolTipRole && index.column() == DescriptionColumn) return r->description;
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case NumberColumn:
        return r->number;
    case OpenedColumn:
        return when(r->openedAt);
    case CustomerColumn:
        return r->customer;
    case TypeColumn:
        return r->type;
    case PriorityColumn:
        return ServiceRules::priorityName(r->priority);
    case StatusColumn:
        return ServiceRules::statusName(r->status);
    case AssigneeColumn:
        return r->assignee;
    case DueColumn:
        return r->isOpen() ? when(r->due) : QString();
    case OrderColumn:
        return r->orderNumber;
    case RatingColumn:
        return r->satisfaction > 0 ? QStringLiteral("%1/5").arg(r->satisfaction) : QString();
    case DescriptionColumn:
        return r->description.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant ServiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    static const char* const titles[] = {
        QT_TR_NOOP("Number"),   QT_TR_NOOP("Opened"), QT_TR_NOOP("Customer"),   QT_TR_NOOP("Type"),
        QT_TR_NOOP("Priority"), QT_TR_NOOP("Status"), QT_TR_NOOP("Assignee"),   QT_TR_NOOP("Due"),
        QT_TR_NOOP("Order"),    QT_TR_NOOP("Rating"), QT_TR_NOOP("Description")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

ServicePage::ServicePage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("servicePage"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("serviceStateComboBox"));
    m_state->addItem(tr("Open"), int(ServiceFilter::State::Open));
    m_state->addItem(tr("Late"), int(ServiceFilter::State::Overdue));
    m_state->addItem(tr("Resolved, not closed"), int(ServiceFilter::State::Resolved));
    m_state->addItem(tr("Closed or rejected"), int(ServiceFilter::State::Done));
    m_state->addItem(tr("All requests"), int(ServiceFilter::State::Any));
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("serviceAssigneeFilter"));
    m_assignee->addItem(tr("Everyone's"), QString());
    if (!db.access().staffName.isEmpty()) m_assignee->addItem(tr("Mine"), db.access().staffName);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("serviceTypeFilter"));
    m_type->addItem(tr("Every type"), QString());
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("servicePriorityFilter"));
    m_priority->addItem(tr("Any priority"), -1);
    for (const ServicePriority p : ServiceRules::priorities())
        m_priority->addItem(ServiceRules::priorityName(p), int(p));
    ErrorReporter::guard([&] {
        for (const StaffMember& s : CatalogRepository(db).staff())
            if (s.name != db.access().staffName) m_assignee->addItem(s.name, s.name);
        for (const QString& t : ServiceRepository(db).typeChoices())
            m_type->addItem(t, t);
    });
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("serviceSearchLineEdit"));
    m_search->setPlaceholderText(tr("Number, customer or description"));
    m_search->setClearButtonEnabled(true);
    auto* add = new QPushButton(tr("&New request…"), this);
    add->setObjectName(QStringLiteral("newServiceRequestButton"));
    add->setVisible(db.access().can(Module::FollowUps, Action::Create));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("serviceSummaryLabel"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_state);
    bar->addWidget(m_assignee);
    bar->addWidget(m_type);
    bar->addWidget(m_priority);
    bar->addWidget(m_search, 1);
    bar->addWidget(add);
    m_model = new ServiceListModel(db, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("serviceTableView"));
    m_view->setModel(m_model);
    setUpLargeListView(m_view, {140, 120, 200, 100, 60, 110, 80, 120, 140, 50, 300},
                       QStringLiteral("lists/service"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    for (QComboBox* box : {m_state, m_assignee, m_type, m_priority})
        connect(box, &QComboBox::currentIndexChanged, this, &ServicePage::refresh);
    connect(m_search, &QLineEdit::returnPressed, this, &ServicePage::refresh);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) refresh();
    });
    connect(add, &QPushButton::clicked, this, [this] { newRequest(); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        openRequest(index.data(ServiceListModel::IdRole).toLongLong());
    });
    auto* shortcut = new QShortcut(QKeySequence::New, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] { newRequest(); });
}

ServiceFilter ServicePage::filter() const
{
    ServiceFilter f;
    f.state = static_cast<ServiceFilter::State>(m_state->currentData().toInt());
    if (const QString who = m_assignee->currentData().toString(); !who.isEmpty()) f.assignee = who;
    f.type = m_type->currentData().toString();
    if (const int p = m_priority->currentData().toInt(); p >= 0) f.priority = static_cast<ServicePriority>(p);
    f.text = m_search->text().trimmed();
    return f;
}

void ServicePage::showEvent(QShowEvent* event)
{
    // Read when shown, and again each time it comes back (changes made while hidden).
    QWidget::showEvent(event);
    refresh();
}

void ServicePage::refresh()
{
    const ServiceFilter f = filter();
    refreshKeepingView(
        m_view, [&] { m_model->setFilter(f); },
        [this](int row) { return m_model->index(row, 0).data(ServiceListModel::IdRole).toLongLong(); });
    qint64 late = 0;
    ServiceFilter overdue;
    overdue.state = ServiceFilter::State::Overdue;
    ErrorReporter::guard([&] { late = ServiceRepository(m_db).count(overdue); });
    QString text = tr("%n request(s)", nullptr, static_cast<int>(m_model->rowCount()));
    if (late > 0)
        text +=
            QStringLiteral(" · <span style='color:#b02020'>%1</span>").arg(tr("%n late", nullptr, int(late)));
    m_summary->setText(text);
}

void ServicePage::newRequest(qint64 customerId, qint64 orderId)
{
    ServiceRequestDialog dialog(m_db, ServiceRequestDialog::New{customerId, orderId}, this);
    dialog.exec();
    if (dialog.changed()) refresh();
}

void ServicePage::openRequest(qint64 id)
{
    if (id <= 0) return;
    std::unique_ptr<ServiceRequestDialog> dialog;
    if (!ErrorReporter::guard([&] { dialog = std::make_unique<ServiceRequestDialog>(m_db, id, this); }))
        return;
    dialog->exec();
    if (dialog->changed()) refresh();
}

} // namespace shopcrm
