#include "ServiceRequestDialog.h"

#include "AttachmentsEditor.h"
#include "CustomerPicker.h"
#include "ErrorReporter.h"
#include "FormGrid.h"
#include "OrderChoices.h"
#include "OrderEditorDialog.h"
#include "store/CatalogRepository.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/OrderRepository.h"
#include "store/ServiceRepository.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace shopcrm {

ServiceRequestDialog::ServiceRequestDialog(Database& db, New fresh, QWidget* parent)
    : QDialog(parent), m_db(db)
{
    m_request.customerId = fresh.customerId;
    m_request.orderId = fresh.orderId;
    m_request.openedAt = QDateTime::currentDateTimeUtc();
    ErrorReporter::guard([&] {
        ServiceRepository repo(db);
        m_request.type = repo.typeChoices().value(0);
        m_request.due = ServiceRules::dueAt(m_request.openedAt, repo.targets().of(m_request.priority),
                                            repo.openingHours());
        if (fresh.customerId > 0)
            if (const std::optional<Customer> c = CustomerRepository(db).find(fresh.customerId))
                m_request.customerName = c->name;
    });
    m_request.assignee = db.access().staffName;
    build();
    load();
    m_loaded = collect();
}

ServiceRequestDialog::ServiceRequestDialog(Database& db, qint64 id, QWidget* parent)
    : QDialog(parent), m_db(db)
{
    m_request = ServiceRepository(db).get(id);
    build();
    load();
    m_loaded = collect();
}

void ServiceRequestDialog::build()
{
    setObjectName(QStringLiteral("serviceRequestDialog"));
    ServiceRepository repo(m_db);
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("serviceNumberLabel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("serviceStatusLabel"));
    m_customer = new CustomerPicker(m_db, this);
    m_customer->setObjectName(QStringLiteral("serviceCustomerPicker"));
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("serviceContactLineEdit"));
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("serviceOrderComboBox"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("serviceTypeComboBox"));
    m_type->setEditable(true);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("servicePriorityComboBox"));
    for (const ServicePriority p : ServiceRules::priorities())
        m_priority->addItem(ServiceRules::priorityName(p), int(p));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("serviceChannelComboBox"));
    m_channel->setEditable(true);
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("serviceAssigneeComboBox"));
    m_assignee->setEditable(true);
    m_assignee->addItem(QString());
    ErrorReporter::guard([&] {
        m_type->addItems(repo.typeChoices());
        m_channel->addItem(QString());
        m_channel->addItems(repo.channelChoices());
        for (const StaffMember& s : CatalogRepository(m_db).staff())
            m_assignee->addItem(s.name);
    });
    m_due = new QDateTimeEdit(this);
    m_due->setObjectName(QStringLiteral("serviceDueEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_due->setToolTip(tr("From the priority's target in opening hours, unless you set it"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("serviceDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What is wrong or what the customer asks for"));
    m_description->setFixedHeight(70);
    m_resolution = new QPlainTextEdit(this);
    m_resolution->setObjectName(QStringLiteral("serviceResolutionEdit"));
    m_resolution->setTabChangesFocus(true);
    m_resolution->setPlaceholderText(tr("How it was resolved, or why it was rejected"));
    m_resolution->setFixedHeight(55);

    auto* form = new QGridLayout;
    FormGrid grid(form, this);
    grid.add(tr("&Customer:"), m_customer, 0, 3);
    grid.nextRow();
    grid.add(tr("Con&tact:"), m_contact);
    grid.add(tr("&Order:"), m_order, 1);
    grid.nextRow();
    grid.add(tr("T&ype:"), m_type);
    grid.add(tr("&Priority:"), m_priority, 1);
    grid.nextRow();
    grid.add(tr("C&hannel:"), m_channel);
    grid.add(tr("&Assignee:"), m_assignee, 1);
    grid.nextRow();
    grid.add(tr("D&ue:"), m_due);
    form->addWidget(m_status, grid.row(), 2, 1, 2);
    grid.nextRow();
    grid.add(tr("&Description:"), m_description, 0, 3);
    grid.nextRow();
    grid.add(tr("&Resolution:"), m_resolution, 0, 3);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);

    auto* tabs = new QTabWidget(this);
    m_progress = new QListWidget(tabs);
    m_progress->setObjectName(QStringLiteral("serviceProgressList"));
    tabs->addTab(m_progress, tr("Pro&gress"));
    m_files = new AttachmentsEditor(
        QStringLiteral("service"), [this](qint64 id) { return ServiceRepository(m_db).attachmentData(id); },
        tabs);
    tabs->addTab(m_files, tr("&Files"));
    tabs->setMaximumHeight(170);

    auto* moves = new QHBoxLayout;
    const std::pair<ServiceStatus, QString> steps[] = {
        {ServiceStatus::InProgress, tr("S&tart")},
        {ServiceStatus::AwaitingCustomer, tr("&Wait for the customer")},
        {ServiceStatus::Resolved, tr("Resol&ved")},
        {ServiceStatus::Closed, tr("C&lose with rating…")},
        {ServiceStatus::Rejected, tr("Re&ject")}};
    for (const auto& [status, text] : steps) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("serviceMove_%1").arg(ServiceRules::statusCode(status)));
        button->setProperty("status", int(status));
        moves->addWidget(button);
        m_moves.append(button);
        connect(button, &QPushButton::clicked, this, [this, status] {
            if (status != ServiceStatus::Closed) {
                moveTo(status);
                return;
            }
            const QStringList ratings{tr("5 — very satisfied"),    tr("4 — satisfied"),
                                      tr("3 — acceptable"),        tr("2 — dissatisfied"),
                                      tr("1 — very dissatisfied"), tr("Not rated")};
            bool ok = false;
            const QString choice = QInputDialog::getItem(
                this, tr("Close the request"), tr("How satisfied is the customer?"), ratings, 0, false, &ok);
            if (!ok) return;
            const int index = int(ratings.indexOf(choice));
            moveTo(ServiceStatus::Closed, index >= 0 && index < 5 ? 5 - index : 0);
        });
    }
    moves->addStretch();
    m_reprint = new QPushButton(tr("Re&print order…"), this);
    m_reprint->setObjectName(QStringLiteral("serviceReprintButton"));
    m_reprint->setToolTip(tr("A new order copied from the request's order, to make it again"));
    moves->addWidget(m_reprint);
    connect(m_reprint, &QPushButton::clicked, this, &ServiceRequestDialog::makeReprint);

    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("serviceIssueLabel"));
    m_issue->setStyleSheet(QStringLiteral("color:#b00020"));
    m_issue->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto* head = new QHBoxLayout;
    QFont big = m_number->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_number->setFont(big);
    head->addWidget(m_number);
    head->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(form);
    layout->addLayout(moves);
    layout->addWidget(tabs);
    layout->addWidget(m_issue);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) QDialog::accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &ServiceRequestDialog::reject);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] { save(); });
    connect(m_customer, &CustomerPicker::customerChosen, this,
            [this](qint64 id) { ErrorReporter::guard([&] { loadOrders(id); }); });
    connect(m_priority, &QComboBox::currentIndexChanged, this, &ServiceRequestDialog::priorityChanged);
    connect(m_due, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_loading) m_dueEdited = true;
    });
    resize(760, 640);
}

void ServiceRequestDialog::loadOrders(qint64 customerId)
{
    fillOrderChoices(m_order, m_db, customerId, m_request.orderId, m_request.orderNumber);
}

void ServiceRequestDialog::load()
{
    m_loading = true;
    const ServiceRequest& r = m_request;
    setWindowTitle(r.meta.id > 0 ? tr("Service request %1").arg(r.number) : tr("New service request"));
    m_number->setText(r.meta.id > 0 ? r.number : tr("New service request"));
    if (r.customerId > 0) m_customer->setCustomer(r.customerId, r.customerName);
    ErrorReporter::guard([&] { loadOrders(r.customerId); });
    m_contact->setText(r.contactName);
    m_type->setCurrentText(r.type);
    m_priority->setCurrentIndex(m_priority->findData(int(r.priority)));
    m_channel->setCurrentText(r.channel);
    m_assignee->setCurrentText(r.assignee);
    m_due->setDateTime(r.due.toLocalTime());
    m_description->setPlainText(r.description);
    m_resolution->setPlainText(r.resolution);
    m_files->setAttachments(r.attachments);
    m_progress->clear();
    if (r.meta.id > 0)
        ErrorReporter::guard([&] {
            for (const ServiceMove& m : ServiceRepository(m_db).moves(r.meta.id)) {
                QString line = tr("%1  %2  %3")
                                   .arg(m.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                        ServiceRules::statusName(m.to), m.who);
                if (!m.note.isEmpty()) line += QStringLiteral("  ") + m.note;
                m_progress->addItem(line);
            }
        });
    m_dueEdited = r.meta.id > 0; // an open request keeps its due time unless the priority changes
    m_loading = false;
    updateButtons();
}

void ServiceRequestDialog::priorityChanged()
{
    if (m_loading) return;
    // The due time follows the target until set by hand; a saved request moves it on save.
    ErrorReporter::guard([&] {
        ServiceRepository repo(m_db);
        const auto p = static_cast<ServicePriority>(m_priority->currentData().toInt());
        const QDateTime opened =
            m_request.openedAt.isValid() ? m_request.openedAt : QDateTime::currentDateTimeUtc();
        m_loading = true;
        m_due->setDateTime(
            ServiceRules::dueAt(opened, repo.targets().of(p), repo.openingHours()).toLocalTime());
        m_loading = false;
        m_dueEdited = false;
    });
}

void ServiceRequestDialog::updateButtons()
{
    QString state = ServiceRules::statusName(m_request.status);
    if (m_request.isOverdue(QDateTime::currentDateTimeUtc())) state += QStringLiteral(" — ") + tr("late");
    if (m_request.satisfaction > 0)
        state += QStringLiteral(" — ") + tr("rated %1/5").arg(m_request.satisfaction);
    m_status->setText(QStringLiteral("<b>%1</b>").arg(state.toHtmlEscaped()));
    m_reprint->setVisible(m_request.orderId > 0 && m_request.isOpen() &&
                          m_db.access().can(Module::Orders, Action::Create));
    const bool canEdit =
        m_db.access().can(Module::FollowUps, m_request.meta.id > 0 ? Action::Edit : Action::Create);
    for (QPushButton* b : std::as_const(m_moves)) {
        const auto to = static_cast<ServiceStatus>(b->property("status").toInt());
        // Reopening is "Start" again on a closed, resolved or rejected request.
        const bool allowed = ServiceRules::canMove(m_request.status, to);
        b->setVisible(m_request.meta.id == 0 ? to == ServiceStatus::InProgress : allowed);
        b->setEnabled(canEdit);
        if (to == ServiceStatus::InProgress)
            b->setText(m_request.isOpen() || m_request.meta.id == 0 ? tr("S&tart") : tr("Re&open"));
    }
}

ServiceRequest ServiceRequestDialog::collect() const
{
    ServiceRequest r = m_request;
    r.customerId = m_customer->customerId();
    r.contactName = m_contact->text();
    r.orderId = m_order->currentData().toLongLong();
    r.type = m_type->currentText();
    r.priority = static_cast<ServicePriority>(m_priority->currentData().toInt());
    r.channel = m_channel->currentText();
    r.assignee = m_assignee->currentText();
    r.due = m_due->dateTime().toUTC();
    r.description = m_description->toPlainText();
    r.resolution = m_resolution->toPlainText();
    r.attachments = m_files->attachments();
    return r;
}

bool ServiceRequestDialog::isModified() const
{
    const ServiceRequest now = collect();
    return now.customerId != m_loaded.customerId || now.orderId != m_loaded.orderId ||
           now.type != m_loaded.type || now.priority != m_loaded.priority ||
           now.channel != m_loaded.channel || now.assignee != m_loaded.assignee || now.due != m_loaded.due ||
           now.description != m_loaded.description || now.resolution != m_loaded.resolution ||
           now.contactName != m_loaded.contactName || now.attachments.size() != m_loaded.attachments.size();
}

void ServiceRequestDialog::showIssue(const QString& message, const QString& field)
{
    m_issue->setText(message);
    if (field == QLatin1String("customer"))
        m_customer->setFocus();
    else if (field == QLatin1String("type"))
        m_type->setFocus();
    else if (field == QLatin1String("description"))
        m_description->setFocus();
    else if (field == QLatin1String("resolution"))
        m_resolution->setFocus();
}

bool ServiceRequestDialog::attempt(const std::function<void(ServiceRepository&)>& write)
{
    ServiceRepository repo(m_db);
    try {
        write(repo);
        m_request = repo.get(m_request.meta.id);
        m_changed = true;
        m_issue->clear();
        load();
        m_loaded = collect();
        return true;
    } catch (const ValidationError& e) {
        showIssue(e.message(), e.issues().value(0).field);
    } catch (const StoreError& e) {
        // A conflict or a store that went away: what was typed stays in the form.
        showIssue(e.message());
    }
    return false;
}

bool ServiceRequestDialog::save()
{
    if (m_request.meta.id > 0 && !isModified()) return true;
    return attempt([this](ServiceRepository& repo) {
        ServiceRequest r = collect();
        if (r.meta.id > 0)
            repo.update(r, m_dueEdited);
        else
            repo.create(r);
        m_request.meta.id = r.meta.id;
    });
}

bool ServiceRequestDialog::moveTo(ServiceStatus status, int rating)
{
    if (!save()) return false;
    return attempt([&](ServiceRepository& repo) {
        const QString note = m_resolution->toPlainText().trimmed();
        const bool needsNote = status == ServiceStatus::Resolved || status == ServiceStatus::Rejected;
        if (status == ServiceStatus::Closed)
            repo.close(m_request.meta.id, m_request.meta.version, rating, {}, note);
        else
            repo.move(m_request.meta.id, m_request.meta.version, status, needsNote ? note : QString());
    });
}

void ServiceRequestDialog::makeReprint()
{
    if (!save() || m_request.orderId <= 0) return;
    std::optional<Order> original;
    if (!ErrorReporter::guard([&] { original = OrderRepository(m_db).find(m_request.orderId); }) || !original)
        return;
    OrderEditorDialog dialog(m_db, 0, this);
    dialog.loadCopyOf(ServiceRules::reprintOf(*original, m_request, QDateTime::currentDateTimeUtc()));
    dialog.exec();
    if (dialog.orderId() <= 0) return;
    m_reprintOrderId = dialog.orderId();
    // The reprint is the work on the request: it is in progress, and its progress says which order.
    QString number;
    ErrorReporter::guard([&] { number = OrderRepository(m_db).get(dialog.orderId()).number; });
    const QString note = tr("Reprint order %1").arg(number);
    if (m_request.status == ServiceStatus::New || m_request.status == ServiceStatus::AwaitingCustomer)
        attempt([&](ServiceRepository& repo) {
            repo.move(m_request.meta.id, m_request.meta.version, ServiceStatus::InProgress, note);
        });
    m_issue->setText(note);
}

void ServiceRequestDialog::reject()
{
    if (isModified() &&
        QMessageBox::question(
            this, tr("Discard changes?"),
            tr("This service request has changes that are not saved. Close it and lose them?")) !=
            QMessageBox::Yes)
        return;
    QDialog::reject();
}

} // namespace shopcrm
