#include "OrderEditorDialog.h"
#include "OrderChoices.h"

#include "ConflictDialog.h"
#include "EditingNotice.h"
#include "ErrorReporter.h"

#include "CustomerEditorDialog.h"
#include "CustomerPicker.h"
#include "documents/PrintDocument.h"
#include "domain/OrderJson.h"
#include "FollowUpDialog.h"
#include "LinesEditor.h"
#include "OrderLinesModel.h"
#include "PaymentDialog.h"
#include "PrintActions.h"
#include "SearchHighlight.h"
#include "store/CatalogRepository.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/DeliveryRepository.h"
#include "store/PaymentRepository.h"
#include "store/QuoteRepository.h"
#include "store/ServiceRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

QString localText(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

OrderEditorDialog::OrderEditorDialog(Database& db, qint64 id, QWidget* parent)
    : QDialog(parent), m_db(db), m_repository(db)
{
    setObjectName(QStringLiteral("orderEditorDialog"));
    m_money = db.access().seesMoney(Module::Orders);
    buildUi();
    if (id > 0) {
        load(m_repository.get(id));
        if (auto* box = qobject_cast<QVBoxLayout*>(layout()))
            box->insertWidget(0, new EditingNotice(db, QStringLiteral("order"), id, this));
    } else {
        Order fresh;
        fresh.orderDate = QDateTime::currentDateTimeUtc();
        fresh.due = QDateTime(QDate::currentDate().addDays(1), QTime(18, 0)).toUTC();
        fresh.lines.append(OrderLine());
        fresh.lines[0].quantity = Quantity::fromUnits(1);
        load(fresh);
    }
}

void OrderEditorDialog::buildUi()
{
    resize(1180, 760);
    m_customer = new CustomerPicker(m_db, this);
    m_customer->setObjectName(QStringLiteral("customerPicker"));
    auto* newCustomer = new QPushButton(tr("Ne&w customer…"), this);
    newCustomer->setObjectName(QStringLiteral("newCustomerButton"));
    newCustomer->setAutoDefault(false);
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("orderNumberLabel"));
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_number->setFont(big);
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("contactLineEdit"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phoneLineEdit"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressLineEdit"));
    m_orderDate = new QDateTimeEdit(this);
    m_orderDate->setObjectName(QStringLiteral("orderDateEdit"));
    m_hasDue = new QCheckBox(tr("D&ue"), this);
    m_hasDue->setObjectName(QStringLiteral("hasDueCheckBox"));
    m_due = new QDateTimeEdit(this);
    m_due->setObjectName(QStringLiteral("dueDateEdit"));
    for (QDateTimeEdit* edit : {m_orderDate, m_due}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_urgent = new QCheckBox(tr("Ur&gent"), this);
    m_urgent->setObjectName(QStringLiteral("urgentCheckBox"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_title->setPlaceholderText(tr("What the job is, e.g. shop sign"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceComboBox"));
    m_source->setEditable(true);
    m_source->addItems({QString(), tr("Walk-in"), tr("Phone"), tr("WeChat"), tr("Returning customer"), tr("Online")});

    auto* header = new QGridLayout;
    header->addWidget(new QLabel(tr("&Customer"), this), 0, 0);
    qobject_cast<QLabel*>(header->itemAtPosition(0, 0)->widget())->setBuddy(m_customer);
    auto* customerRow = new QHBoxLayout;
    customerRow->addWidget(m_customer, 1);
    customerRow->addWidget(newCustomer);
    header->addLayout(customerRow, 0, 1, 1, 3);
    header->addWidget(m_number, 0, 4, 1, 2, Qt::AlignRight);
    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    header->addWidget(label(tr("Con&tact"), m_contact), 1, 0);
    header->addWidget(m_contact, 1, 1);
    header->addWidget(label(tr("&Phone"), m_phone), 1, 2);
    header->addWidget(m_phone, 1, 3);
    header->addWidget(label(tr("Deli&very address"), m_address), 2, 0);
    header->addWidget(m_address, 2, 1, 1, 3);
    header->addWidget(label(tr("&Order date"), m_orderDate), 1, 4);
    header->addWidget(m_orderDate, 1, 5);
    header->addWidget(m_hasDue, 2, 4);
    header->addWidget(m_due, 2, 5);
    header->addWidget(label(tr("T&itle"), m_title), 3, 0);
    header->addWidget(m_title, 3, 1);
    header->addWidget(label(tr("Sourc&e"), m_source), 3, 2);
    header->addWidget(m_source, 3, 3);
    header->addWidget(m_urgent, 3, 5);
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("orderCampaignComboBox"));
    m_campaign->setToolTip(tr("The campaign this order came from; none: the customer's counts"));
    // Seldom set: out of the Tab order that typing an order goes through (Alt+B reaches it).
    m_campaign->setFocusPolicy(Qt::ClickFocus);
    fillCampaignChoices(m_campaign, m_db, 0);
    header->addWidget(label(tr("Won &by campaign"), m_campaign), 4, 0);
    header->addWidget(m_campaign, 4, 1);
    header->setColumnStretch(1, 3);
    header->setColumnStretch(3, 2);

    m_linesEditor = new LinesEditor(m_db, this);
    m_lines = m_linesEditor->model();
    m_linesView = m_linesEditor->view();

    // Staff, notes, money and status
    m_staff = new QTableWidget(0, 2, this);
    m_staff->setObjectName(QStringLiteral("staffTableWidget"));
    m_staff->setHorizontalHeaderLabels({tr("Staff"), tr("Role")});
    m_staff->horizontalHeader()->setStretchLastSection(true);
    m_staff->horizontalHeader()->resizeSection(0, 120);
    m_staff->verticalHeader()->hide();
    auto* addStaff = new QPushButton(tr("Assign staff"), this);
    addStaff->setObjectName(QStringLiteral("addStaffButton"));
    addStaff->setAutoDefault(false);
    auto* removeStaff = new QPushButton(tr("Remove"), this);
    removeStaff->setObjectName(QStringLiteral("removeStaffButton"));
    removeStaff->setAutoDefault(false);
    m_editors << addStaff << removeStaff;
    auto* staffBox = new QGroupBox(tr("Staff"), this);
    auto* staffLayout = new QVBoxLayout(staffBox);
    staffLayout->addWidget(m_staff);
    auto* staffButtons = new QHBoxLayout;
    staffButtons->addWidget(addStaff);
    staffButtons->addWidget(removeStaff);
    staffButtons->addStretch(1);
    staffLayout->addLayout(staffButtons);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    auto* notesBox = new QGroupBox(tr("&Notes"), this);
    (new QVBoxLayout(notesBox))->addWidget(m_notes);

    m_deposit = new QLineEdit(this);
    m_deposit->setObjectName(QStringLiteral("depositLineEdit"));
    m_deposit->setAlignment(Qt::AlignRight);
    m_deposit->setPlaceholderText(QStringLiteral("0.00"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_total->setFont(big);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("historyListWidget"));
    m_history->setFocusPolicy(Qt::NoFocus);
    auto statusButton = [this](const QString& text, OrderStatus status) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QStringLiteral("statusButton_") + OrderRules::statusCode(status));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, [this, status] { changeStatus(status); });
        m_statusButtons.append(b);
        return b;
    };
    statusButton(tr("Unscheduled"), OrderStatus::Unscheduled);
    statusButton(tr("Start production"), OrderStatus::InProduction);
    statusButton(tr("Mark done"), OrderStatus::Done);
    statusButton(tr("Mark delivered"), OrderStatus::Delivered);
    statusButton(tr("Cancel order…"), OrderStatus::Cancelled);
    m_reopen = new QPushButton(tr("Reopen…"), this);
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_reopen->setAutoDefault(false);
    auto* moneyBox = new QGroupBox(m_money ? tr("Amount and status") : tr("Status"), this);
    auto* moneyLayout = new QGridLayout(moneyBox);
    auto* totalLabel = new QLabel(tr("Total"), this);
    QLabel* depositLabel = label(tr("Deposit &received"), m_deposit);
    moneyLayout->addWidget(totalLabel, 0, 0);
    moneyLayout->addWidget(m_total, 0, 1, 1, 2);
    moneyLayout->addWidget(depositLabel, 1, 0);
    moneyLayout->addWidget(m_deposit, 1, 1, 1, 2);
    // A role that does not see money (the workshop) sees the work, not its price.
    for (QWidget* w : std::initializer_list<QWidget*>{totalLabel, m_total, depositLabel, m_deposit})
        w->setVisible(m_money);
    m_linesEditor->setMoneyVisible(m_money);
    m_paid = new QLabel(this);
    m_paid->setObjectName(QStringLiteral("paidLabel"));
    m_payment = new QPushButton(tr("Pa&yment…"), this);
    m_payment->setObjectName(QStringLiteral("orderPaymentButton"));
    m_payment->setToolTip(tr("Record money received for this order, or a refund"));
    m_payment->setAutoDefault(false);
    moneyLayout->addWidget(m_paid, 2, 0, 1, 2);
    moneyLayout->addWidget(m_payment, 2, 2);
    moneyLayout->addWidget(m_status, 3, 0, 1, 3);
    auto* statusRow = new QHBoxLayout;
    for (QPushButton* b : m_statusButtons)
        statusRow->addWidget(b);
    statusRow->addWidget(m_reopen);
    moneyLayout->addLayout(statusRow, 4, 0, 1, 3);
    moneyLayout->addWidget(m_history, 5, 0, 1, 3);
    connect(m_payment, &QPushButton::clicked, this, [this] {
        if (!OrderRules::isClosed(m_order.status) && !saveFirst())
            return;
        PaymentDialog dialog(m_db, PaymentDialog::New{m_order.customerId, m_order.meta.id}, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_changed = true;
            updatePaid();
        }
    });

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(staffBox, 2);
    bottom->addWidget(notesBox, 2);
    bottom->addWidget(moneyBox, 3);

    m_readOnlyNotice = new QLabel(this);
    m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnlyNotice->setStyleSheet(QStringLiteral("background:#fff4ce; color:#5c4400; padding:6px; border-radius:3px"));
    m_readOnlyNotice->setWordWrap(true);
    m_issues = new QLabel(this);
    m_issues->setObjectName(QStringLiteral("issuesLabel"));
    m_issues->setStyleSheet(QStringLiteral("color:#b00020"));
    m_issues->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_saveClose = buttons->addButton(tr("Save and close"), QDialogButtonBox::AcceptRole);
    m_saveClose->setObjectName(QStringLiteral("saveCloseButton"));
    m_saveClose->setToolTip(tr("Enter or Ctrl+Return"));
    m_saveClose->setDefault(true);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save and keep the order open (Ctrl+S)"));
    m_save->setAutoDefault(false);
    m_printWork = buttons->addButton(tr("&Work order…"), QDialogButtonBox::ActionRole);
    m_printWork->setObjectName(QStringLiteral("printWorkOrderButton"));
    m_printWork->setToolTip(tr("Print the work order for the workshop (Ctrl+P)"));
    m_printWork->setAutoDefault(false);
    m_deliver = buttons->addButton(tr("Deli&very slip…"), QDialogButtonBox::ActionRole);
    m_deliver->setObjectName(QStringLiteral("deliverySlipButton"));
    m_deliver->setToolTip(tr("A delivery slip for all or part of what is not delivered yet"));
    m_deliver->setAutoDefault(false);
    auto* printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, m_printWork, &QPushButton::click);
    connect(m_printWork, &QPushButton::clicked, this, [this] {
        if (!OrderRules::isClosed(m_order.status) && !saveFirst())
            return;
        PrintActions::workOrder(this, m_db, m_order.meta.id);
        load(m_repository.get(m_order.meta.id));
    });
    connect(m_deliver, &QPushButton::clicked, this, [this] {
        if (!saveFirst())
            return;
        if (PrintActions::deliverySlip(this, m_db, {m_order.meta.id}))
            m_changed = true;
        load(m_repository.get(m_order.meta.id));
    });
    QPushButton* followUp = buttons->addButton(tr("Follow-up…"), QDialogButtonBox::ActionRole);
    followUp->setObjectName(QStringLiteral("orderFollowUpButton"));
    followUp->setToolTip(tr("Record a contact with the customer about this order (Ctrl+Shift+F)"));
    followUp->setAutoDefault(false);
    followUp->setEnabled(!m_db.isReadOnly());
    auto* followUpShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this);
    connect(followUpShortcut, &QShortcut::activated, followUp, &QPushButton::click);
    connect(followUp, &QPushButton::clicked, this, [this] {
        if (!OrderRules::isClosed(m_order.status) && !saveFirst())
            return;
        FollowUpDialog dialog(m_db, FollowUpDialog::New{m_order.customerId, m_order.meta.id}, this);
        dialog.exec();
    });
    m_duplicate = buttons->addButton(tr("Duplicate as new"), QDialogButtonBox::ActionRole);
    m_duplicate->setObjectName(QStringLiteral("duplicateAsNewButton"));
    m_duplicate->setAutoDefault(false);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &OrderEditorDialog::save);
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &OrderEditorDialog::saveAndClose);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNotice);
    layout->addLayout(header);
    layout->addWidget(m_linesEditor, 3);
    layout->addLayout(bottom, 2);
    layout->addWidget(m_issues);
    layout->addWidget(buttons);

    m_editors << m_customer << newCustomer << m_contact << m_phone << m_address << m_orderDate << m_hasDue
              << m_due << m_urgent << m_title << m_source << m_campaign << m_staff << m_notes << m_deposit;

    connect(m_customer, &CustomerPicker::customerChosen, this, &OrderEditorDialog::customerChosen);
    connect(m_customer, &CustomerPicker::unknownName, this, &OrderEditorDialog::offerNewCustomer);
    connect(newCustomer, &QPushButton::clicked, this, [this] { offerNewCustomer(QString()); });
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(addStaff, &QPushButton::clicked, this, [this] {
        addStaffRow({});
        m_staff->setCurrentCell(m_staff->rowCount() - 1, 0);
        if (QWidget* w = m_staff->cellWidget(m_staff->rowCount() - 1, 0))
            w->setFocus();
    });
    connect(removeStaff, &QPushButton::clicked, this, [this] {
        if (m_staff->currentRow() >= 0)
            m_staff->removeRow(m_staff->currentRow());
    });
    connect(m_linesEditor, &LinesEditor::totalChanged, this, &OrderEditorDialog::updateTotal);
    connect(m_linesEditor, &LinesEditor::problem, m_issues, &QLabel::setText);
    connect(m_deposit, &QLineEdit::textEdited, this, &OrderEditorDialog::updateTotal);
    connect(m_reopen, &QPushButton::clicked, this, &OrderEditorDialog::reopen);
    connect(m_saveClose, &QPushButton::clicked, this, &OrderEditorDialog::saveAndClose);
    connect(m_save, &QPushButton::clicked, this, &OrderEditorDialog::save);
    connect(m_duplicate, &QPushButton::clicked, this, &OrderEditorDialog::duplicateAsNew);
    connect(close, &QPushButton::clicked, this, &OrderEditorDialog::reject);
}

void OrderEditorDialog::addStaffRow(const OrderStaff& staff)
{
    const int row = m_staff->rowCount();
    m_staff->insertRow(row);
    auto* who = new QComboBox(m_staff);
    who->setObjectName(QStringLiteral("staffComboBox"));
    for (const StaffMember& s : CatalogRepository(m_db).staff(true))
        if (s.active || s.meta.id == staff.staffId)
            who->addItem(s.name, s.meta.id);
    makeSearchable(who);
    auto* role = new QComboBox(m_staff);
    role->setObjectName(QStringLiteral("roleComboBox"));
    for (StaffRole r : CatalogRules::roles())
        role->addItem(CatalogRules::roleName(r), static_cast<int>(r));
    if (staff.staffId > 0) {
        who->setCurrentIndex(std::max(0, who->findData(staff.staffId)));
        role->setCurrentIndex(std::max(0, role->findData(static_cast<int>(staff.role))));
    } else if (const auto member = CatalogRepository(m_db).findStaff(who->currentData().toLongLong())) {
        role->setCurrentIndex(std::max(0, role->findData(static_cast<int>(member->role))));
    }
    // Picking someone suggests their usual role.
    connect(who, &QComboBox::activated, role, [this, who, role] {
        if (const auto member = CatalogRepository(m_db).findStaff(who->currentData().toLongLong()))
            role->setCurrentIndex(std::max(0, role->findData(static_cast<int>(member->role))));
    });
    m_staff->setCellWidget(row, 0, who);
    m_staff->setCellWidget(row, 1, role);
}

void OrderEditorDialog::load(const Order& order)
{
    m_order = order;
    if (order.customerId > 0)
        m_customer->setCustomer(order.customerId, order.customerName);
    else
        m_customer->clearCustomer();
    m_number->setText(order.number.isEmpty() ? tr("New order — numbered when saved") : order.number);
    setWindowTitle(order.number.isEmpty() ? tr("New order") : tr("Order %1").arg(order.number));
    m_contact->setText(order.contactName);
    m_phone->setText(order.phone);
    m_address->setText(order.deliveryAddress);
    m_orderDate->setDateTime(order.orderDate.toLocalTime());
    m_hasDue->setChecked(order.due.isValid());
    m_due->setEnabled(order.due.isValid());
    m_due->setDateTime(order.due.isValid() ? order.due.toLocalTime()
                                           : QDateTime(QDate::currentDate().addDays(1), QTime(18, 0)));
    m_urgent->setChecked(order.urgent);
    m_title->setText(order.title);
    m_source->setCurrentText(order.source);
    fillCampaignChoices(m_campaign, m_db, order.campaignId);
    QHash<qint64, Quantity> delivered;
    if (order.meta.id > 0)
        for (const Deliverable& d : DeliveryRepository(m_db).deliverables({order.meta.id}))
            delivered.insert(d.orderLineId, d.delivered);
    m_linesEditor->setLines(order.lines, delivered);
    m_staff->setRowCount(0);
    for (const OrderStaff& s : order.staff)
        addStaffRow(s);
    m_notes->setPlainText(order.notes);
    m_deposit->setText(order.deposit.isZero() ? QString() : order.deposit.toPlainString());
    updatePaid();
    m_history->clear();
    if (order.meta.id > 0) {
        // Status changes and prints, newest first.
        QList<std::pair<QDateTime, QString>> events;
        for (const StatusChange& c : m_repository.history(order.meta.id)) {
            QString text = localText(c.at) + QStringLiteral("  ") + OrderRules::statusName(c.to) + QStringLiteral("  ") + c.user;
            if (!c.reason.isEmpty())
                text += QStringLiteral("  — ") + c.reason;
            events.append({c.at, text});
        }
        for (const PrintLog::Entry& p : PrintLog::forOrder(m_db, order.meta.id)) {
            const QString what = DocumentTemplate::kindName(p.document);
            events.append({p.at, localText(p.at) + QStringLiteral("  ") +
                                     (p.copy > 1 ? tr("%1 printed again (copy %2)").arg(what).arg(p.copy)
                                                 : tr("%1 printed").arg(what)) +
                                     QStringLiteral("  ") + p.user});
        }
        std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& e : events)
            m_history->insertItem(0, e.second);
    }
    QString status = tr("Status: %1").arg(OrderRules::statusName(order.status));
    if (order.status == OrderStatus::Cancelled && !order.cancelReason.isEmpty())
        status += QStringLiteral(" (") + order.cancelReason + QLatin1Char(')');
    if (order.meta.id > 0)
        status += QStringLiteral(" · ") + tr("created by %1").arg(order.meta.createdBy);
    if (order.quoteId > 0 && m_db.access().can(Module::Sales, Action::View))
        ErrorReporter::guard([&] {
            if (const std::optional<Quote> quote = QuoteRepository(m_db).find(order.quoteId))
                status += QStringLiteral(" · ") + tr("from quote %1").arg(quote->displayNumber());
        });
    // The service requests about this order: a reprint or a complaint is seen where the order is.
    if (order.meta.id > 0 && m_db.access().can(Module::FollowUps, Action::View))
        ErrorReporter::guard([&] {
            ServiceFilter about;
            about.orderId = order.meta.id;
            QStringList requests;
            for (const ServiceRow& r : ServiceRepository(m_db).page(about, 0, 5))
                requests.append(tr("%1 %2").arg(r.number, ServiceRules::statusName(r.status)));
            if (!requests.isEmpty())
                status += QStringLiteral(" · ") + tr("service: %1").arg(requests.join(QStringLiteral(", ")));
        });
    m_status->setText(status);
    m_issues->clear();
    updateReadOnly();
    updateTotal();
    m_linesEditor->setCustomer(order.customerId, order.meta.id);
    if (order.customerId == 0)
        m_customer->setFocus();
    m_loaded = snapshot();
}

void OrderEditorDialog::updateReadOnly()
{
    const bool closed = OrderRules::isClosed(m_order.status);
    const Access& access = m_db.access();
    const bool mayEdit = m_money && access.can(Module::Orders, m_order.meta.id > 0 ? Action::Edit : Action::Create);
    const bool readOnly = closed || m_db.isReadOnly() || !mayEdit;
    for (QWidget* w : m_editors)
        w->setEnabled(!readOnly);
    m_due->setEnabled(!readOnly && m_hasDue->isChecked());
    m_linesEditor->setReadOnly(readOnly);
    m_save->setEnabled(!readOnly);
    m_saveClose->setEnabled(!readOnly);
    m_saveClose->setVisible(!readOnly);
    m_duplicate->setEnabled(m_order.meta.id > 0 && !m_db.isReadOnly() && m_money && access.can(Module::Orders, Action::Create));
    m_printWork->setEnabled((m_order.meta.id > 0 || !m_db.isReadOnly()) && access.can(Module::Printing, Action::Print));
    m_deliver->setEnabled(!m_db.isReadOnly() && m_money && access.can(Module::Orders, Action::Edit)
                          && m_order.status != OrderStatus::Cancelled && m_order.status != OrderStatus::Delivered);
    const bool saved = m_order.meta.id > 0;
    for (QPushButton* b : m_statusButtons) {
        const auto target = OrderRules::statusFromCode(b->objectName().mid(13));
        b->setVisible(saved && !closed);
        b->setEnabled(!m_db.isReadOnly() && target != m_order.status
                      && access.can(Module::Orders, target == OrderStatus::Cancelled ? Action::Delete : Action::Edit));
    }
    m_reopen->setVisible(saved && closed);
    m_reopen->setEnabled(!m_db.isReadOnly() && access.can(Module::Orders, Action::Edit));
    m_readOnlyNotice->setVisible(readOnly);
    if (!mayEdit && !m_db.isReadOnly() && !closed)
        m_readOnlyNotice->setText(m_money ? tr("Your role (%1) may not change orders.").arg(access.roleName)
                                          : tr("Your role (%1) does not see prices: the order is shown without them, "
                                               "and its status can be changed here.")
                                                .arg(access.roleName));
    else if (m_db.isReadOnly())
        m_readOnlyNotice->setText(tr("The database is open read-only; this order cannot be changed."));
    else if (closed)
        m_readOnlyNotice->setText(tr("This order is %1 and read-only. Reopen it to make changes.")
                                      .arg(OrderRules::statusName(m_order.status)));
}

Order OrderEditorDialog::orderFromForm() const
{
    Order o = m_order;
    o.customerId = m_customer->customerId();
    o.customerName = m_customer->text().trimmed();
    o.contactName = m_contact->text();
    o.phone = m_phone->text();
    o.deliveryAddress = m_address->text();
    o.orderDate = m_orderDate->dateTime().toUTC();
    o.due = m_hasDue->isChecked() ? m_due->dateTime().toUTC() : QDateTime();
    o.urgent = m_urgent->isChecked();
    o.title = m_title->text();
    o.source = m_source->currentText();
    o.campaignId = m_campaign->currentData().toLongLong();
    o.notes = m_notes->toPlainText();
    if (const std::optional<Money> deposit = Money::parse(m_deposit->text().isEmpty() ? QStringLiteral("0") : m_deposit->text()))
        o.deposit = *deposit;
    o.lines = m_linesEditor->lines();
    o.staff.clear();
    for (int r = 0; r < m_staff->rowCount(); ++r) {
        auto* who = qobject_cast<QComboBox*>(m_staff->cellWidget(r, 0));
        auto* role = qobject_cast<QComboBox*>(m_staff->cellWidget(r, 1));
        if (who && role && who->currentData().toLongLong() > 0)
            o.staff.append({who->currentData().toLongLong(), who->currentText(),
                            static_cast<StaffRole>(role->currentData().toInt())});
    }
    return o;
}

QString OrderEditorDialog::snapshot() const
{
    return QString::fromUtf8(QJsonDocument(OrderJson::toJson(orderFromForm())).toJson(QJsonDocument::Compact)) +
           m_deposit->text();
}

bool OrderEditorDialog::isModified() const
{
    return snapshot() != m_loaded;
}

void OrderEditorDialog::updatePaid()
{
    const bool saved = m_order.meta.id > 0 && m_money && m_db.access().can(Module::Payments, Action::View)
                       && m_db.access().seesMoney(Module::Payments);
    m_paid->setVisible(saved);
    m_payment->setVisible(saved && m_db.access().can(Module::Payments, Action::Create));
    m_payment->setEnabled(saved && !m_db.isReadOnly());
    if (!saved)
        return;
    const Money paid = PaymentRepository(m_db).paidOn(m_order.meta.id);
    if (m_order.status == OrderStatus::Cancelled) {
        m_paid->setText(tr("Paid ¥%1 · cancelled, nothing due").arg(paid.toString()));
        m_paid->setStyleSheet({});
        return;
    }
    const PaidState state = PaymentRules::state(m_order.total(), paid);
    const Money due = m_order.total() - paid;
    m_paid->setText(tr("%1: paid ¥%2 · due ¥%3").arg(PaymentRules::stateName(state), paid.toString(), due.toString()));
    m_paid->setStyleSheet(state == PaidState::Paid ? QStringLiteral("color:#2e7d32")
                                                   : QStringLiteral("color:#8a1c1c; font-weight:bold"));
}

void OrderEditorDialog::updateTotal()
{
    QString text = tr("¥%1").arg(m_lines->total().toString());
    QString error;
    const QString deposit = m_deposit->text().trimmed();
    if (!deposit.isEmpty()) {
        if (const std::optional<Money> d = Money::parse(deposit, &error))
            text += QLatin1Char('\n') + tr("due after deposit ¥%1").arg((m_lines->total() - *d).toString());
    }
    m_total->setText(text);
}

void OrderEditorDialog::customerChosen(qint64 id)
{
    try {
        const Customer c = CustomerRepository(m_db).get(id);
        // Another customer: their contact and address replace the previous one's.
        Order o;
        OrderRules::applyCustomerDefaults(o, c);
        m_contact->setText(o.contactName);
        m_phone->setText(o.phone);
        m_address->setText(o.deliveryAddress);
        m_customer->setCustomer(id, c.name);
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Customer"), e.message());
    }
    m_linesEditor->setCustomer(m_customer->customerId(), m_order.meta.id);
    if (m_title->text().isEmpty() && m_lines->rowCount() > 0 && m_lines->line(0).product.isEmpty())
        m_contact->setFocus();
}

void OrderEditorDialog::setCustomer(qint64 customerId)
{
    customerChosen(customerId);
}

void OrderEditorDialog::offerNewCustomer(const QString& name)
{
    if (const qint64 id = CustomerEditorDialog::offerNew(m_db, name, this); id > 0) customerChosen(id);
}

void OrderEditorDialog::showIssues(const QList<FieldIssue>& issues)
{
    QStringList messages;
    for (const FieldIssue& issue : issues)
        messages.append(issue.message);
    m_issues->setText(messages.join(QLatin1Char('\n')));
    m_linesEditor->showIssues(issues);
    if (issues.isEmpty())
        return;
    const QString field = issues.constFirst().field;
    if (field == QLatin1String("customer"))
        m_customer->setFocus();
    else if (field == QLatin1String("due"))
        m_due->setFocus();
    else if (field == QLatin1String("deposit"))
        m_deposit->setFocus();
}

bool OrderEditorDialog::saveMerged(const Order& mine)
{
    std::optional<Order> saved;
    try {
        saved = mergeAndSave<Order>(
            this, m_order, mine, [this](qint64 id) { return m_repository.get(id); }, &RecordMerges::order,
            [this](Order& o) { m_repository.update(o); }, [](const Order& o) { return tr("Order %1").arg(o.number); });
    } catch (const ValidationError& e) {
        showIssues(e.issues());
        return false;
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not saved"), e.message());
        return false;
    }
    if (!saved)
        return false;
    m_changed = true;
    ErrorReporter::guard([&] { load(m_repository.get(saved->meta.id)); });
    return true;
}

bool OrderEditorDialog::save()
{
    if (OrderRules::isClosed(m_order.status) || m_db.isReadOnly())
        return false;
    m_linesView->setFocus(); // commits a cell still being edited
    QString depositError;
    const QString depositText = m_deposit->text().trimmed();
    if (!depositText.isEmpty() && !Money::parse(depositText, &depositError)) {
        showIssues({{QStringLiteral("deposit"), tr("Deposit: %1").arg(depositError)}});
        return false;
    }
    if (m_customer->customerId() == 0 && !m_customer->text().trimmed().isEmpty()) {
        showIssues({{QStringLiteral("customer"),
                     tr("Pick \"%1\" from the list, or create it as a new customer.").arg(m_customer->text().trimmed())}});
        return false;
    }
    Order o = orderFromForm();
    try {
        if (o.meta.id == 0)
            m_repository.create(o);
        else
            m_repository.update(o);
    } catch (const ValidationError& e) {
        showIssues(e.issues());
        return false;
    } catch (const StoreError& e) {
        if (e.kind() == StoreError::Kind::Conflict)
            return saveMerged(o);
        QMessageBox::warning(this, tr("Not saved"), e.message());
        return false;
    }
    m_changed = true;
    ErrorReporter::guard([&] { load(m_repository.get(o.meta.id)); });
    return true;
}

void OrderEditorDialog::saveAndClose()
{
    if (OrderRules::isClosed(m_order.status) || m_db.isReadOnly()) {
        QDialog::reject();
        return;
    }
    if (save())
        accept();
}

void OrderEditorDialog::reject()
{
    if (!OrderRules::isClosed(m_order.status) && !m_db.isReadOnly() && isModified() &&
        QMessageBox::question(this, tr("Discard changes?"),
                              tr("This order has changes that are not saved. Close it and lose them?")) !=
            QMessageBox::Yes)
        return;
    QDialog::reject();
}

bool OrderEditorDialog::saveFirst()
{
    if (m_order.meta.id == 0 || isModified())
        return save();
    return true;
}

void OrderEditorDialog::changeStatus(OrderStatus status)
{
    if (!saveFirst())
        return;
    QString reason;
    if (status == OrderStatus::Cancelled) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Cancel order"), tr("Why is order %1 cancelled?").arg(m_order.number),
                                       QLineEdit::Normal, QString(), &ok)
                     .trimmed();
        if (!ok)
            return;
    }
    try {
        m_repository.setStatus(m_order.meta.id, m_order.meta.version, status, reason);
        m_changed = true;
        load(m_repository.get(m_order.meta.id));
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Status not changed"), e.message());
        load(m_repository.get(m_order.meta.id));
    }
}

void OrderEditorDialog::reopen()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reopen order"),
                                                 tr("Why is order %1 reopened?").arg(m_order.number),
                                                 QLineEdit::Normal, QString(), &ok)
                               .trimmed();
    if (!ok)
        return;
    try {
        m_repository.reopen(m_order.meta.id, m_order.meta.version, reason);
        m_changed = true;
        load(m_repository.get(m_order.meta.id));
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not reopened"), e.message());
    }
}

void OrderEditorDialog::loadCopyOf(const Order& order)
{
    Order copy = OrderRules::duplicate(order, QDateTime::currentDateTimeUtc());
    load(copy);
    m_loaded.clear(); // a copy is unsaved work
}

void OrderEditorDialog::duplicateAsNew()
{
    if (isModified() && !OrderRules::isClosed(m_order.status) &&
        QMessageBox::question(this, tr("Duplicate"), tr("Save the changes to this order first?")) == QMessageBox::Yes &&
        !save())
        return;
    loadCopyOf(m_order.meta.id > 0 ? m_repository.get(m_order.meta.id) : orderFromForm());
}

} // namespace shopcrm
