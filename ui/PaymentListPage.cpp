#include "PaymentListPage.h"

#include "BackgroundReader.h"

#include "CustomerPicker.h"
#include "ListViews.h"
#include "PaymentDialog.h"
#include "PrintActions.h"
#include "services/Exports.h"
#include "store/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

constexpr int kSortRole = Qt::UserRole + 10;
constexpr int kCustomerIdRole = Qt::UserRole + 11;

} // namespace

PaymentListModel::PaymentListModel(Database& db, QObject* parent) : PagedListModel(db, ColumnCount, parent) {}

QVariant PaymentListModel::data(const QModelIndex& index, int role) const
{
    const PaymentRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == CustomerIdRole)
        return r->customerId;
    if (role == Qt::TextAlignmentRole && (index.column() == AmountColumn || index.column() == CreditColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == AmountColumn && r->amount.fen() < 0)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NumberColumn: return r->number;
    case DateColumn: return r->paidAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case CustomerColumn: return r->customer;
    case AmountColumn: return r->amount.toString();
    case MethodColumn: return PaymentRules::methodName(r->method);
    case OrdersColumn: return r->deposit ? tr("%1 (deposit)").arg(r->orders) : r->orders;
    case CreditColumn: return r->unallocated.isZero() ? QString() : r->unallocated.toString();
    case HandlerColumn: return r->handler;
    case NoteColumn:
        return r->reason.isEmpty() ? r->note : tr("Refund: %1").arg(r->reason);
    }
    return {};
}

QVariant PaymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Number");
    case DateColumn: return tr("Date");
    case CustomerColumn: return tr("Customer");
    case AmountColumn: return tr("Amount");
    case MethodColumn: return tr("Method");
    case OrdersColumn: return tr("Orders settled");
    case CreditColumn: return tr("Credit");
    case HandlerColumn: return tr("Handled by");
    case NoteColumn: return tr("Note");
    }
    return {};
}

PaymentListPage::PaymentListPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("paymentListPage"));
    m_reader = new BackgroundReader(db, this);
    m_model = new PaymentListModel(db, this);

    // Payments
    auto* paymentsTab = new QWidget(this);
    m_customer = new CustomerPicker(db, paymentsTab);
    m_customer->setObjectName(QStringLiteral("paymentFilterCustomer"));
    m_customer->setPlaceholderText(tr("Any customer"));
    m_customer->setClearButtonEnabled(true);
    m_method = new QComboBox(paymentsTab);
    m_method->setObjectName(QStringLiteral("paymentFilterMethod"));
    m_method->addItem(tr("Any method"), -1);
    for (const PaymentMethod method : PaymentRules::methods())
        m_method->addItem(PaymentRules::methodName(method), static_cast<int>(method));
    m_period = new QComboBox(paymentsTab);
    m_period->setObjectName(QStringLiteral("paymentFilterPeriod"));
    m_period->addItems({tr("Any time"), tr("Today"), tr("This month"), tr("Last month"), tr("From … to …")});
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), paymentsTab);
    m_to = new QDateEdit(QDate::currentDate(), paymentsTab);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setVisible(false);
    }
    auto* add = new QPushButton(tr("&New payment"), paymentsTab);
    add->setObjectName(QStringLiteral("newPaymentButton"));
    add->setToolTip(tr("Record money received, or a refund (Ctrl+N)"));
    add->setEnabled(!db.isReadOnly());
    auto* exportButton = new QPushButton(tr("&Export…"), paymentsTab);
    exportButton->setObjectName(QStringLiteral("exportPaymentsButton"));
    add->setVisible(db.access().can(Module::Payments, Action::Create));
    exportButton->setVisible(db.access().can(Module::Payments, Action::Export));
    m_count = new QLabel(paymentsTab);
    m_count->setObjectName(QStringLiteral("paymentCountLabel"));
    m_view = new QTableView(paymentsTab);
    m_view->setObjectName(QStringLiteral("paymentTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    setUpLargeListView(m_view, {150, 130, 220, 100, 90, 220, 90, 80, 220}, QStringLiteral("paymentList/header"));
    m_view->setSortingEnabled(false);
    m_view->horizontalHeader()->setSortIndicatorShown(false);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_customer, 2);
    filters->addWidget(m_method);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addStretch();
    filters->addWidget(exportButton);
    filters->addWidget(add);
    auto* paymentsLayout = new QVBoxLayout(paymentsTab);
    paymentsLayout->addLayout(filters);
    paymentsLayout->addWidget(m_view, 1);
    paymentsLayout->addWidget(m_count);

    // Receivables
    auto* receivablesTab = new QWidget(this);
    m_receivables = new QStandardItemModel(0, 9, receivablesTab);
    m_receivables->setHorizontalHeaderLabels({tr("Customer"), tr("Terms"), tr("Not yet due"), tr("0–30 days"),
                                              tr("31–60 days"), tr("61–90 days"), tr("Over 90 days"), tr("Credit"),
                                              tr("Owes")});
    m_receivablesSorted = new QSortFilterProxyModel(receivablesTab);
    m_receivablesSorted->setSourceModel(m_receivables);
    m_receivablesSorted->setSortRole(kSortRole);
    m_receivablesView = new QTableView(receivablesTab);
    m_receivablesView->setObjectName(QStringLiteral("receivablesTableView"));
    m_receivablesView->setModel(m_receivablesSorted);
    m_receivablesView->setSortingEnabled(true);
    m_receivablesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_receivablesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_receivablesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_receivablesView->verticalHeader()->hide();
    m_receivablesView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_receivablesTotal = new QLabel(receivablesTab);
    m_receivablesTotal->setObjectName(QStringLiteral("receivablesTotalLabel"));
    auto* statement = new QPushButton(tr("&Statement…"), receivablesTab);
    statement->setToolTip(tr("The selected customer's statement of account (Enter)"));
    auto* printButton = new QPushButton(tr("&Print…"), receivablesTab);
    printButton->setObjectName(QStringLiteral("printReceivablesButton"));
    auto* exportReceivablesButton = new QPushButton(tr("E&xport…"), receivablesTab);
    exportReceivablesButton->setObjectName(QStringLiteral("exportReceivablesButton"));
    exportReceivablesButton->setVisible(db.access().can(Module::Payments, Action::Export));
    printButton->setVisible(db.access().can(Module::Printing, Action::Print));
    auto* receivablesButtons = new QHBoxLayout;
    receivablesButtons->addWidget(m_receivablesTotal, 1);
    receivablesButtons->addWidget(statement);
    receivablesButtons->addWidget(printButton);
    receivablesButtons->addWidget(exportReceivablesButton);
    auto* receivablesLayout = new QVBoxLayout(receivablesTab);
    receivablesLayout->addWidget(m_receivablesView, 1);
    receivablesLayout->addLayout(receivablesButtons);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("moneyTabWidget"));
    m_tabs->addTab(paymentsTab, tr("Payments received"));
    m_tabs->addTab(receivablesTab, tr("Receivables"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_customer, &CustomerPicker::customerChosen, this, &PaymentListPage::applyFilter);
    connect(m_customer, &CustomerPicker::customerCleared, this, &PaymentListPage::applyFilter);
    for (QComboBox* box : {m_method, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &PaymentListPage::applyFilter);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &PaymentListPage::applyFilter);
    connect(add, &QPushButton::clicked, this, &PaymentListPage::newPayment);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportPayments(); });
    connect(m_view, &QTableView::activated, this, &PaymentListPage::openCurrent);
    connect(m_model, &PaymentListModel::countChanged, this, [this](qint64 n) {
        m_count->setText(m_model->counting() ? tr("Counting the payments…")
                                             : tr("%Ln payment(s)", nullptr, int(n)));
    });
    m_count->setText(tr("%Ln payment(s)", nullptr, m_model->rowCount()));
    auto openStatement = [this] {
        const QModelIndex current = m_receivablesView->currentIndex();
        if (current.isValid())
            PrintActions::statement(this, m_db,
                                    m_receivablesSorted->index(current.row(), 0).data(kCustomerIdRole).toLongLong());
    };
    connect(statement, &QPushButton::clicked, this, openStatement);
    connect(m_receivablesView, &QTableView::activated, this, openStatement);
    connect(printButton, &QPushButton::clicked, this, &PaymentListPage::printReceivables);
    connect(exportReceivablesButton, &QPushButton::clicked, this, [this] { exportReceivables(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            loadReceivables();
    });
    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &PaymentListPage::newPayment);
}

PaymentListPage::~PaymentListPage()
{
    saveListLayout(m_view, QStringLiteral("paymentList/header"));
}

void PaymentListPage::applyFilter()
{
    PaymentFilter f;
    f.customerId = m_customer->customerId();
    if (const int method = m_method->currentData().toInt(); method >= 0)
        f.method = static_cast<PaymentMethod>(method);
    const QDate today = QDate::currentDate();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    m_from->setVisible(m_period->currentIndex() == 4);
    m_to->setVisible(m_period->currentIndex() == 4);
    switch (m_period->currentIndex()) {
    case 1: f.from = f.to = today; break;
    case 2: f.from = firstOfMonth, f.to = today; break;
    case 3: f.from = firstOfMonth.addMonths(-1), f.to = firstOfMonth.addDays(-1); break;
    case 4: f.from = m_from->date(), f.to = m_to->date(); break;
    default: break;
    }
    m_model->setFilter(f);
}

void PaymentListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void PaymentListPage::refresh()
{
    refreshKeepingView(m_view, [this] { m_model->refresh(); }, [this](int row) { return m_model->idAt(row); });
    if (m_tabs->currentIndex() == 1)
        loadReceivables();
}

void PaymentListPage::showReceivables()
{
    m_tabs->setCurrentIndex(1);
    loadReceivables();
}

void PaymentListPage::loadReceivables()
{
    // Every unpaid order of the shop is aged: in another thread, shown when it is read.
    m_receivablesTotal->setText(tr("Reading what customers owe…"));
    const QDate today = QDate::currentDate();
    m_reader->read<QList<AgingRow>>(
        [today](Database& db) { return PaymentRepository(db).receivables(today); },
        [this](const QList<AgingRow>& rows) { fillReceivables(rows); },
        [this](const QString& error) {
            m_receivablesTotal->setText(error);
            emit receivablesShown();
        });
}

void PaymentListPage::fillReceivables(const QList<AgingRow>& rows)
{
    m_receivables->setRowCount(0);
    Money owed;
    Money pastDue;
    for (const AgingRow& r : rows) {
        QList<QStandardItem*> items;
        auto* name = new QStandardItem(r.customer);
        name->setData(r.customerId, kCustomerIdRole);
        name->setData(r.customer, kSortRole);
        items.append(name);
        auto* terms = new QStandardItem(r.terms);
        terms->setData(r.terms, kSortRole);
        items.append(terms);
        for (const Money m : {r.notDue, r.days0to30, r.days31to60, r.days61to90, r.over90, r.credit, r.total()}) {
            auto* item = new QStandardItem(m.isZero() ? QString() : m.toString());
            item->setData(m.fen(), kSortRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items.append(item);
        }
        if (!r.over90.isZero())
            items[6]->setForeground(QColor(0xb0, 0x00, 0x20));
        m_receivables->appendRow(items);
        owed += r.total();
        pastDue += r.pastDue();
    }
    m_receivablesView->sortByColumn(8, Qt::DescendingOrder);
    m_receivablesTotal->setText(tr("%Ln customer(s) owe %1, of which %2 is past due", nullptr, int(rows.size()))
                                    .arg(owed.toString(), pastDue.toString()));
    emit receivablesShown();
}

void PaymentListPage::newPayment()
{
    if (m_db.isReadOnly())
        return;
    PaymentDialog dialog(m_db, PaymentDialog::New{m_customer->customerId(), 0}, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
    }
}

void PaymentListPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    try {
        PaymentDialog dialog(m_db, m_model->idAt(current.row()), this);
        if (dialog.exec() == QDialog::Accepted) {
            refresh();
        }
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Cannot open payment"), e.message());
        m_model->refresh();
    }
}

void PaymentListPage::exportPayments(QString path)
{
    // The list's columns in the export: the method with its account, the handler with the
    // reference, the note with a refund's reason.
    const PaymentFilter filter = m_model->filter();
    const std::optional<qint64> rows =
        exportList(this, m_db, path, tr("Export payments"), tr("payments-%1"), tr("Exporting payments…"),
                   shownColumns(m_view, {{0}, {1}, {2}, {3}, {4, 5}, {8}, {9}, {6, 7}, {10, 11}}),
                   [filter](Database& db, const QString& file, const ExportOptions& o) {
                       return Exports::payments(db, filter, file, o);
                   });
    if (rows)
        m_count->setText(tr("Exported %Ln payment(s) to %1.", nullptr, int(*rows)).arg(QDir::toNativeSeparators(path)));
}

void PaymentListPage::exportReceivables(QString path)
{
    const QDate today = QDate::currentDate();
    const std::optional<qint64> rows = exportList(
        this, m_db, path, tr("Export receivables"), tr("receivables-%1"), tr("Exporting receivables…"), {},
        [today](Database& db, const QString& file, const ExportOptions& o) {
            return Exports::receivables(db, today, file, o);
        });
    if (rows)
        m_receivablesTotal->setText(tr("Exported %Ln customer(s) to %1.", nullptr, int(*rows)).arg(QDir::toNativeSeparators(path)));
}

void PaymentListPage::printReceivables()
{
    PrintActions::receivables(this, m_db);
}

} // namespace shopcrm
