#include "FollowUpDialog.h"

#include "AttachmentsEditor.h"

#include "ConflictDialog.h"

#include "CustomerPicker.h"
#include "store/CatalogRepository.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/FollowUpRepository.h"
#include "store/OrderRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

} // namespace

FollowUpDialog::FollowUpDialog(Database& db, New about, QWidget* parent) : QDialog(parent), m_db(db)
{
    m_followUp = FollowUpRepository(db).prefilled(about.customerId, QDateTime::currentDateTimeUtc());
    m_followUp.orderId = about.orderId;
    m_followUp.at = QDateTime::currentDateTimeUtc();
    build();
    load();
    m_loaded = collect();
}

FollowUpDialog::FollowUpDialog(Database& db, qint64 followUpId, QWidget* parent) : QDialog(parent), m_db(db)
{
    m_followUp = FollowUpRepository(db).get(followUpId);
    build();
    load();
    m_loaded = collect();
}

void FollowUpDialog::build()
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(m_followUp.meta.id > 0 ? tr("Follow-up with %1").arg(m_followUp.customerName)
                                          : tr("New follow-up"));
    resize(640, 600);
    FollowUpRepository repository(m_db);

    m_customer = new CustomerPicker(m_db, this);
    m_customer->setObjectName(QStringLiteral("followUpCustomerPicker"));
    m_contact = new QComboBox(this);
    m_contact->setObjectName(QStringLiteral("followUpContactComboBox"));
    m_contact->setEditable(true);
    m_at = new QDateTimeEdit(this);
    m_at->setObjectName(QStringLiteral("followUpAtEdit"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("followUpMethodComboBox"));
    for (const ContactMethod method : FollowUpRules::methods())
        m_method->addItem(FollowUpRules::methodName(method), static_cast<int>(method));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("followUpSubjectLineEdit"));
    m_subject->setPlaceholderText(tr("In a few words, e.g. \"quote for the shop sign\""));
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("followUpDetailsEdit"));
    m_details->setTabChangesFocus(true);
    m_details->setPlaceholderText(tr("What was said, asked, promised…"));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("followUpOutcomeComboBox"));
    m_outcome->setEditable(true);
    m_outcome->addItem(QString());
    QStringList outcomes = repository.outcomeChoices();
    for (const QString& used : repository.outcomesInUse())
        if (!outcomes.contains(used))
            outcomes.append(used);
    m_outcome->addItems(outcomes);
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("followUpStaffComboBox"));
    m_staff->addItem(tr("(nobody)"), 0);
    for (const StaffMember& s : CatalogRepository(m_db).staff(true))
        if (s.active || s.meta.id == m_followUp.staffId)
            m_staff->addItem(s.name, s.meta.id);

    m_planNext = new QCheckBox(tr("&Next contact on"), this);
    m_planNext->setObjectName(QStringLiteral("followUpPlanNextCheckBox"));
    m_nextDate = new QDateEdit(this);
    m_nextDate->setObjectName(QStringLiteral("followUpNextDateEdit"));
    m_nextDate->setCalendarPopup(true);
    m_nextDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_nextAction = new QLineEdit(this);
    m_nextAction->setObjectName(QStringLiteral("followUpNextActionLineEdit"));
    m_nextAction->setPlaceholderText(tr("Planned action, e.g. \"send the revised quote\""));
    m_nextDone = new QCheckBox(tr("Do&ne"), this);
    m_nextDone->setObjectName(QStringLiteral("followUpNextDoneCheckBox"));
    auto* next = new QHBoxLayout;
    next->addWidget(m_planNext);
    next->addWidget(m_nextDate);
    next->addWidget(m_nextAction, 1);
    next->addWidget(m_nextDone);
    m_settles = new QCheckBox(this);
    m_settles->setObjectName(QStringLiteral("followUpSettlesCheckBox"));
    m_settles->setChecked(true);

    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("followUpOrderComboBox"));

    m_attachments = new AttachmentsEditor(
        QStringLiteral("followUp"), [this](qint64 id) { return FollowUpRepository(m_db).attachmentData(id); },
        this);
    m_attachments->setMaximumHeight(130); // the form stays compact: a few files at a time

    auto* form = new QFormLayout;
    form->addRow(tr("C&ustomer"), m_customer);
    form->addRow(tr("Con&tact"), m_contact);
    form->addRow(tr("&When"), m_at);
    form->addRow(tr("&Method"), m_method);
    form->addRow(tr("Su&bject"), m_subject);
    form->addRow(tr("&Details"), m_details);
    form->addRow(tr("&Outcome"), m_outcome);
    form->addRow(tr("&Staff"), m_staff);
    form->addRow(tr("Next"), next);
    form->addRow(QString(), m_settles);
    form->addRow(tr("O&rder"), m_order);
    form->addRow(tr("Files"), m_attachments);

    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("followUpIssueLabel"));
    m_issue->setStyleSheet(QStringLiteral("color:#b00020"));
    m_issue->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Return)"));
    if (m_followUp.meta.id > 0) {
        auto* remove = buttons->addButton(tr("De&lete"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("followUpDeleteButton"));
        connect(remove, &QPushButton::clicked, this, &FollowUpDialog::removeFollowUp);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_issue);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &FollowUpDialog::save);
    connect(m_customer, &CustomerPicker::customerChosen, this, [this](qint64 id) {
        loadCustomer(id);
        m_details->setFocus();
    });
    connect(m_planNext, &QCheckBox::toggled, this, [this](bool on) {
        m_nextDate->setEnabled(on);
        m_nextAction->setEnabled(on);
        m_nextDone->setEnabled(on);
        if (on && m_nextDate->date() < m_at->date())
            m_nextDate->setDate(m_at->date().addDays(3));
    });
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &FollowUpDialog::refreshSettles);
}

void FollowUpDialog::load()
{
    const FollowUp& f = m_followUp;
    if (f.customerId > 0) {
        m_customer->setCustomer(f.customerId, f.customerName);
        loadCustomer(f.customerId);
    }
    m_contact->setCurrentText(f.contactName);
    m_at->setDateTime(f.at.toLocalTime());
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(f.method)));
    m_subject->setText(f.subject);
    m_details->setPlainText(f.details);
    m_outcome->setCurrentText(f.outcome);
    m_staff->setCurrentIndex(std::max(0, m_staff->findData(f.staffId)));
    m_planNext->setChecked(f.nextDate.isValid());
    m_nextDate->setDate(f.nextDate.isValid() ? f.nextDate : f.at.toLocalTime().date().addDays(3));
    m_nextAction->setText(f.nextAction);
    m_nextDone->setChecked(f.nextDone);
    for (QWidget* w : std::initializer_list<QWidget*>{m_nextDate, m_nextAction, m_nextDone})
        w->setEnabled(f.nextDate.isValid());
    m_order->setCurrentIndex(std::max(0, m_order->findData(f.orderId)));
    m_attachments->setAttachments(f.attachments);
    refreshSettles();
    if (f.customerId > 0)
        m_details->setFocus();
    else
        m_customer->setFocus();
}

void FollowUpDialog::loadCustomer(qint64 customerId)
{
    m_contact->clear();
    m_order->clear();
    m_order->addItem(tr("(none)"), 0);
    if (const std::optional<Customer> c = CustomerRepository(m_db).find(customerId)) {
        for (const Contact& k : c->contacts)
            m_contact->addItem(k.name);
        const Contact* primary = c->primaryContact();
        m_contact->setCurrentText(primary ? primary->name : QString());
    }
    // The customer's recent orders, newest first, and the linked one even if it is older.
    OrderListQuery query;
    query.filter.customerId = customerId;
    for (const OrderRow& o : OrderRepository(m_db).page(query, 0, 40))
        m_order->addItem(o.title.isEmpty() ? o.number : tr("%1 %2").arg(o.number, o.title), o.id);
    if (m_followUp.orderId > 0 && m_order->findData(m_followUp.orderId) < 0)
        if (const std::optional<Order> o = OrderRepository(m_db).find(m_followUp.orderId))
            m_order->addItem(o->number, o->meta.id);
    m_order->setCurrentIndex(std::max(0, m_order->findData(m_followUp.orderId)));
    refreshSettles();
}

void FollowUpDialog::refreshSettles()
{
    const qint64 customer = m_customer->customerId();
    QList<QDate> open;
    if (customer > 0 && m_followUp.meta.id == 0)
        open = FollowUpRepository(m_db).openPlans(customer, m_at->dateTime().toUTC());
    m_settles->setVisible(!open.isEmpty());
    if (open.isEmpty())
        return;
    QStringList days;
    for (const QDate& d : open)
        days.append(d.toString(Qt::ISODate));
    m_settles->setText(tr("This contact settles the planned follow-up(s) of %1", "", int(open.size()))
                           .arg(days.join(QStringLiteral(", "))));
}

FollowUp FollowUpDialog::collect() const
{
    FollowUp f = m_followUp;
    f.customerId = m_customer->customerId();
    f.contactName = m_contact->currentText();
    f.at = m_at->dateTime().toUTC();
    f.method = static_cast<ContactMethod>(m_method->currentData().toInt());
    f.subject = m_subject->text();
    f.details = m_details->toPlainText();
    f.outcome = m_outcome->currentText();
    f.staffId = m_staff->currentData().toLongLong();
    f.nextDate = m_planNext->isChecked() ? m_nextDate->date() : QDate();
    f.nextAction = m_planNext->isChecked() ? m_nextAction->text() : QString();
    f.nextDone = m_planNext->isChecked() && m_nextDone->isChecked();
    f.orderId = m_order->currentData().toLongLong();
    f.attachments = m_attachments->attachments();
    return f;
}

bool FollowUpDialog::isModified() const
{
    const FollowUp now = collect();
    return now.customerId != m_loaded.customerId || now.contactName != m_loaded.contactName ||
           now.method != m_loaded.method || now.subject != m_loaded.subject || now.details != m_loaded.details ||
           now.outcome != m_loaded.outcome || now.nextDate != m_loaded.nextDate ||
           now.nextAction != m_loaded.nextAction || now.attachments.size() != m_loaded.attachments.size();
}

void FollowUpDialog::save()
{
    FollowUp f = collect();
    FollowUpRepository repository(m_db);
    try {
        try {
            if (f.meta.id > 0)
                repository.update(f);
            else
                repository.create(f, m_settles->isVisible() && m_settles->isChecked());
        } catch (const StoreError& e) {
            if (e.kind() != StoreError::Kind::Conflict)
                throw;
            const std::optional<FollowUp> merged = mergeAndSave<FollowUp>(
                this, m_loaded, f, [&](qint64 id) { return repository.get(id); }, &RecordMerges::followUp,
                [&](FollowUp& m) { repository.update(m); },
                [](const FollowUp& m) { return tr("The follow-up with %1").arg(m.customerName); });
            if (!merged)
                return;
            f = *merged;
        }
        m_followUp = f;
        accept();
    } catch (const ValidationError& e) {
        m_issue->setText(e.message());
        const QString field = e.issues().value(0).field;
        if (field == QLatin1String("customer"))
            m_customer->setFocus();
        else if (field == QLatin1String("details"))
            m_details->setFocus();
        else if (field == QLatin1String("next"))
            m_nextDate->setFocus();
        else if (field == QLatin1String("at"))
            m_at->setFocus();
    } catch (const StoreError& e) {
        m_issue->setText(e.message());
    }
}

void FollowUpDialog::removeFollowUp()
{
    if (QMessageBox::question(this, tr("Delete follow-up?"),
                              tr("Delete this follow-up with %1 and its attachments? Plans it settled become open "
                                 "again. The audit log keeps a copy.")
                                  .arg(m_followUp.customerName)) != QMessageBox::Yes)
        return;
    try {
        FollowUpRepository(m_db).remove(m_followUp.meta.id, m_followUp.meta.version);
        m_deleted = true;
        QDialog::accept();
    } catch (const StoreError& e) {
        m_issue->setText(e.message());
    }
}

void FollowUpDialog::reject()
{
    if (!m_db.isReadOnly() && isModified() &&
        QMessageBox::question(this, tr("Discard follow-up?"),
                              tr("This follow-up has text that is not saved. Close it and lose it?")) != QMessageBox::Yes)
        return;
    QDialog::reject();
}

} // namespace shopcrm
