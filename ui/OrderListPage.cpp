#include "OrderListPage.h"

#include "CustomerPicker.h"
#include "ErrorReporter.h"
#include "ImportWizard.h"
#include "ListViews.h"
#include "MessageDialogs.h"
#include "OrderEditorDialog.h"
#include "OrderListModel.h"
#include "PrintActions.h"
#include "services/Exports.h"
#include "store/CatalogRepository.h"
#include "store/Database.h"
#include "store/OrderRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QDate>
#include <QDir>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace shopcrm {

OrderListPage::OrderListPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("orderListPage"));
    m_model = new OrderListModel(db, this);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_status->addItem(tr("Unfinished"));
    m_status->addItem(tr("All statuses"));
    for (OrderStatus s : OrderRules::statuses())
        m_status->addItem(OrderRules::statusName(s), static_cast<int>(s));
    m_due = new QComboBox(this);
    m_due->setObjectName(QStringLiteral("dueFilterComboBox"));
    m_due->addItems({tr("Any due date"), tr("Due today"), tr("Overdue"), tr("Due today or overdue"), tr("Due this week")});
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("staffFilterComboBox"));
    reloadStaff();
    m_urgent = new QCheckBox(tr("&Urgent only"), this);
    m_urgent->setObjectName(QStringLiteral("urgentFilterCheckBox"));
    m_useDates = new QCheckBox(tr("Ordered from"), this);
    m_useDates->setObjectName(QStringLiteral("dateFilterCheckBox"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_customer = new CustomerPicker(db, this);
    m_customer->setObjectName(QStringLiteral("customerFilterPicker"));
    m_customer->setPlaceholderText(tr("Every customer"));

    auto* add = new QPushButton(tr("&New order"), this);
    add->setObjectName(QStringLiteral("newOrderButton"));
    add->setToolTip(tr("New order (Ctrl+N)"));
    auto* open = new QPushButton(tr("&Open"), this);
    open->setObjectName(QStringLiteral("openOrderButton"));
    auto* duplicate = new QPushButton(tr("&Duplicate"), this);
    duplicate->setObjectName(QStringLiteral("duplicateOrderButton"));
    // Taking orders means entering prices: only for the roles that create orders and see money.
    const bool mayCreate = db.access().can(Module::Orders, Action::Create) && db.access().seesMoney(Module::Orders);
    add->setVisible(mayCreate);
    duplicate->setVisible(mayCreate);
    duplicate->setToolTip(tr("A new order with the same customer, lines and staff"));
    auto* status = new QToolButton(this);
    status->setObjectName(QStringLiteral("changeStatusButton"));
    status->setText(tr("Change &status"));
    status->setPopupMode(QToolButton::InstantPopup);
    m_statusMenu = new QMenu(status);
    for (OrderStatus s : OrderRules::statuses()) {
        QAction* action = m_statusMenu->addAction(OrderRules::statusName(s));
        action->setObjectName(QStringLiteral("status_") + OrderRules::statusCode(s));
        connect(action, &QAction::triggered, this, [this, s] { changeSelectedStatus(s); });
    }
    status->setMenu(m_statusMenu);
    auto* print = new QToolButton(this);
    print->setObjectName(QStringLiteral("printButton"));
    print->setText(tr("&Print"));
    print->setPopupMode(QToolButton::InstantPopup);
    auto* printMenu = new QMenu(print);
    QAction* workOrder = printMenu->addAction(tr("Work order…"));
    workOrder->setObjectName(QStringLiteral("printWorkOrderAction"));
    workOrder->setShortcut(QKeySequence::Print);
    workOrder->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(workOrder);
    QAction* slip = printMenu->addAction(tr("Delivery slip for the selected orders…"));
    slip->setObjectName(QStringLiteral("deliverySlipAction"));
    QAction* statement = printMenu->addAction(tr("Statement for this customer…"));
    statement->setObjectName(QStringLiteral("statementAction"));
    print->setMenu(printMenu);
    connect(workOrder, &QAction::triggered, this, [this] {
        if (const QModelIndex current = m_view->currentIndex(); current.isValid()) {
            PrintActions::workOrder(this, m_db, m_model->idAt(current.row()));
        }
    });
    connect(slip, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty() && PrintActions::deliverySlip(this, m_db, ids)) {
            refresh();
        }
    });
    connect(statement, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            PrintActions::statement(this, m_db, m_model->data(current, OrderListModel::CustomerIdRole).toLongLong());
    });

    auto* notify = new QToolButton(this);
    notify->setObjectName(QStringLiteral("notifyButton"));
    notify->setText(tr("No&tify"));
    notify->setToolTip(tr("Tell the customer by e-mail or text message"));
    notify->setPopupMode(QToolButton::InstantPopup);
    notify->setVisible(db.access().can(Module::FollowUps, Action::Create));
    auto* notifyMenu = new QMenu(notify);
    QAction* ready = notifyMenu->addAction(tr("The order is ready…"));
    ready->setObjectName(QStringLiteral("notifyReadyAction"));
    QAction* due = notifyMenu->addAction(tr("A payment is due…"));
    due->setObjectName(QStringLiteral("notifyDueAction"));
    notify->setMenu(notifyMenu);
    for (QAction* action : {ready, due})
        connect(action, &QAction::triggered, this, [this, action, ready] {
            const QModelIndex current = m_view->currentIndex();
            if (!current.isValid()) return;
            Order o;
            if (!ErrorReporter::guard([&] { o = OrderRepository(m_db).get(m_model->idAt(current.row())); }))
                return;
            if (action == ready)
                openNotice(this, m_db, Notice::OrderReady, o.customerId, o.meta.id, o.number);
            else
                openNotice(this, m_db, Notice::PaymentDue, o.customerId);
        });

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("orderTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUpLargeListView(m_view, {190, 80, 210, 130, 90, 80, 100, 130, 140, 80, 150}, QStringLiteral("orderList/header"));
    m_view->horizontalHeader()->setSortIndicator(OrderListModel::DateColumn, Qt::DescendingOrder);
    m_view->installEventFilter(this);
    // A role without money sees no price column and no totals (rather than zeros).
    const bool money = db.access().seesMoney(Module::Orders);
    for (int column : {OrderListModel::TotalColumn, OrderListModel::DepositColumn, OrderListModel::PaymentColumn})
        m_view->setColumnHidden(column, !money);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("orderSummaryLabel"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_due);
    filters->addWidget(m_staff);
    filters->addWidget(m_customer, 1);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_urgent);
    auto* actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(open);
    actions->addWidget(duplicate);
    actions->addWidget(status);
    actions->addWidget(print);
    actions->addWidget(notify);
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportOrdersButton"));
    exportButton->setToolTip(tr("The orders as listed, with the columns shown, to Excel or CSV"));
    exportButton->setVisible(db.access().can(Module::Orders, Action::Export));
    connect(exportButton, &QPushButton::clicked, this, [this] { exportTo(); });
    actions->addWidget(exportButton);
    auto* importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(QStringLiteral("importOrdersButton"));
    importButton->setToolTip(tr("Order history from another program's spreadsheet"));
    importButton->setVisible(mayCreate);
    connect(importButton, &QPushButton::clicked, this, [this] {
        ImportWizard wizard(m_db, this);
        wizard.setKind(ImportWizard::Kind::Orders);
        wizard.exec();
        if (wizard.importedId() > 0)
            refresh();
    });
    actions->addWidget(importButton);
    actions->addStretch(1);
    actions->addWidget(m_summary);
    // A list opened from a chart (the orders behind a bar or a slice) says so, with a way back.
    m_chartBanner = new QPushButton(this);
    m_chartBanner->setObjectName(QStringLiteral("chartFilterBanner"));
    m_chartBanner->setFlat(true);
    m_chartBanner->setStyleSheet(QStringLiteral("text-align:left; padding:4px 8px; background:#e8f0fe; "
                                                "border:1px solid #c3d3f5; border-radius:3px"));
    m_chartBanner->hide();
    connect(m_chartBanner, &QPushButton::clicked, this, [this] { applyFilter(); });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_chartBanner);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);

    for (QComboBox* combo : {m_status, m_due, m_staff})
        connect(combo, &QComboBox::currentIndexChanged, this, &OrderListPage::applyFilter);
    for (QCheckBox* box : {m_urgent, m_useDates})
        connect(box, &QCheckBox::toggled, this, &OrderListPage::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &OrderListPage::applyFilter);
    connect(m_customer, &CustomerPicker::customerChosen, this, &OrderListPage::applyFilter);
    connect(m_customer, &CustomerPicker::customerCleared, this, &OrderListPage::applyFilter);
    connect(add, &QPushButton::clicked, this, &OrderListPage::newOrder);
    connect(open, &QPushButton::clicked, this, &OrderListPage::openCurrent);
    connect(duplicate, &QPushButton::clicked, this, &OrderListPage::duplicateCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &OrderListPage::openCurrent);
    connect(m_model, &OrderListModel::totalsChanged, this, [this, money](const OrderTotals& t) {
        if (m_model->counting()) {
            m_summary->setText(tr("Counting the orders…"));
            return;
        }
        const int count = static_cast<int>(std::min<qint64>(t.count, INT_MAX));
        m_summary->setText(money ? tr("%Ln order(s) · total %1 · deposits %2", nullptr, count).arg(t.total.toString(), t.deposit.toString())
                                 : tr("%Ln order(s)", nullptr, count));
    });
    emit m_model->totalsChanged(m_model->totals());
    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &OrderListPage::newOrder);
    auto* refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshShortcut, &QShortcut::activated, this, &OrderListPage::refresh);
}

void OrderListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Read when shown, each time, not when built: behind another tab the page costs nothing at
    // start-up, and what is due has moved on since it was last looked at.
    refresh();
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0) m_view->selectRow(0);
}

void OrderListPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_model->pause(); // showEvent reads again anyway
}

OrderListPage::~OrderListPage()
{
    saveListLayout(m_view, QStringLiteral("orderList/header"));
}

void OrderListPage::reloadStaff()
{
    const qint64 current = m_staff->currentData().toLongLong();
    const QSignalBlocker block(m_staff);
    m_staff->clear();
    m_staff->addItem(tr("All staff"), 0);
    for (const StaffMember& s : CatalogRepository(m_db).staff(true))
        m_staff->addItem(s.active ? s.name : tr("%1 (inactive)").arg(s.name), s.meta.id);
    m_staff->setCurrentIndex(std::max(0, m_staff->findData(current)));
}

void OrderListPage::showOrders(const OrderFilter& filter, const QString& what)
{
    m_chartBanner->setText(tr("Showing the orders behind: %1 — click here to go back to the filters").arg(what));
    m_chartBanner->show();
    m_model->setFilter(filter, isVisible());
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void OrderListPage::applyFilter()
{
    if (m_applying)
        return;
    m_chartBanner->hide();
    OrderFilter f;
    const int status = m_status->currentIndex();
    if (status == Unfinished)
        f = OrderFilter::unfinished();
    else if (status >= FirstSingleStatus)
        f.statuses = {static_cast<OrderStatus>(m_status->currentData().toInt())};
    static const DueFilter dues[] = {DueFilter::Any, DueFilter::Today, DueFilter::Overdue, DueFilter::TodayOrOverdue,
                                     DueFilter::ThisWeek};
    f.due = dues[std::clamp(m_due->currentIndex(), 0, 4)];
    f.staffId = m_staff->currentData().toLongLong();
    f.urgentOnly = m_urgent->isChecked();
    f.customerId = m_customer->customerId();
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    if (!isVisible()) {
        // Set up before it is shown (a customer card's Orders tab): showEvent reads it.
        m_model->setFilter(f, false);
        return;
    }
    const qint64 selected = m_view->currentIndex().isValid() ? m_model->idAt(m_view->currentIndex().row()) : 0;
    m_model->setFilter(f);
    if (selected > 0)
        selectId(selected);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void OrderListPage::showDueAttention()
{
    m_applying = true;
    m_status->setCurrentIndex(Unfinished);
    m_due->setCurrentIndex(DueTodayOrOverdue);
    m_urgent->setChecked(false);
    m_useDates->setChecked(false);
    m_staff->setCurrentIndex(0);
    m_customer->clearCustomer();
    m_applying = false;
    m_view->horizontalHeader()->setSortIndicator(OrderListModel::DueColumn, Qt::AscendingOrder);
    applyFilter();
}

void OrderListPage::setCustomerFilter(qint64 customerId, const QString& name)
{
    m_applying = true;
    m_status->setCurrentIndex(AllStatuses);
    m_customer->setCustomer(customerId, name);
    m_applying = false;
    applyFilter();
}

void OrderListPage::lockToCustomer(qint64 customerId, const QString& name)
{
    setCustomerFilter(customerId, name);
    m_customer->hide();
}

void OrderListPage::refresh()
{
    reloadStaff();
    refreshKeepingView(
        m_view, [this] { m_model->refresh(); }, [this](int row) { return m_model->idAt(row); },
        [this](qint64 id) { return m_model->rowOfId(id); });
}

bool OrderListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QList<qint64> OrderListPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids.append(m_model->idAt(index.row()));
    return ids;
}

void OrderListPage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void OrderListPage::newOrder()
{
    if (!m_db.access().can(Module::Orders, Action::Create) || !m_db.access().seesMoney(Module::Orders)) {
        QMessageBox::information(this, tr("Not allowed"), tr("Your role (%1) does not take orders.").arg(m_db.access().roleName));
        return;
    }
    if (m_db.isReadOnly()) {
        QMessageBox::information(this, tr("Read-only"), tr("This database is open read-only; orders cannot be added."));
        return;
    }
    OrderEditorDialog dialog(m_db, 0, this);
    if (m_customer->customerId() > 0)
        dialog.setCustomer(m_customer->customerId());
    dialog.exec();
    if (dialog.orderId() > 0) {
        m_model->refresh();
        selectId(dialog.orderId());
    }
}

void OrderListPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        openOrder(m_model->idAt(current.row()));
}

void OrderListPage::openOrder(qint64 id)
{
    if (id <= 0)
        return;
    try {
        OrderEditorDialog dialog(m_db, id, this);
        dialog.exec();
        if (dialog.changed()) {
            m_model->refresh();
            selectId(dialog.orderId());
        }
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Cannot open order"), e.message());
        m_model->refresh();
    }
}

void OrderListPage::duplicateCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    try {
        const Order original = OrderRepository(m_db).get(m_model->idAt(current.row()));
        OrderEditorDialog dialog(m_db, 0, this);
        dialog.loadCopyOf(original);
        dialog.exec();
        if (dialog.orderId() > 0) {
            m_model->refresh();
            selectId(dialog.orderId());
        }
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Cannot duplicate"), e.message());
    }
}

void OrderListPage::changeSelectedStatus(OrderStatus status)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QString reason;
    if (status == OrderStatus::Cancelled) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Cancel orders"),
                                       tr("Why are %n order(s) cancelled?", nullptr, static_cast<int>(ids.size())),
                                       QLineEdit::Normal, QString(), &ok)
                     .trimmed();
        if (!ok)
            return;
        if (reason.isEmpty()) {
            QMessageBox::warning(this, tr("Not changed"), tr("Give a reason for cancelling."));
            return;
        }
    } else if (ids.size() > 1 &&
               QMessageBox::question(this, tr("Change status"),
                                     tr("Set %n order(s) to \"%1\"?", nullptr, static_cast<int>(ids.size()))
                                         .arg(OrderRules::statusName(status))) != QMessageBox::Yes) {
        return;
    }
    // Each order is changed only if it is still as listed: one another desk changed meanwhile is
    // left as it was and named.
    QList<std::pair<qint64, int>> listed;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        listed.append({m_model->idAt(index.row()), m_model->data(index, OrderListModel::VersionRole).toInt()});
    OrderRepository repository(m_db);
    QStringList problems;
    // One transaction: either every selected order changes or, on a database error, none.
    try {
        m_db.write([&] {
            for (const auto& [id, version] : std::as_const(listed)) {
                try {
                    repository.setStatus(id, version, status, reason);
                } catch (const StoreError& e) {
                    if (e.kind() != StoreError::Kind::Locked && e.kind() != StoreError::Kind::Conflict)
                        throw;
                    problems.append(e.message());
                }
            }
        });
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not changed"), e.message());
        return;
    }
    refresh();
    if (!problems.isEmpty())
        QMessageBox::information(this, tr("Some orders were left as they were"), problems.join(QLatin1Char('\n')));
}

void OrderListPage::exportTo(QString path)
{
    const OrderListQuery query = m_model->query();
    const std::optional<qint64> rows =
        exportList(this, m_db, path, tr("Export orders"), tr("orders-%1"), tr("Exporting orders…"),
                   shownColumns(m_view), [query](Database& db, const QString& file, const ExportOptions& o) {
                       return Exports::orders(db, query, file, o);
                   });
    if (rows)
        m_summary->setText(tr("Exported %Ln order(s) to %1.", nullptr, int(*rows)).arg(QDir::toNativeSeparators(path)));
}

} // namespace shopcrm
