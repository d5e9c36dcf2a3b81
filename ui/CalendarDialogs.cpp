#include "CalendarDialogs.h"

#include "CustomerPicker.h"
#include "ErrorReporter.h"
#include "FormGrid.h"
#include "OrderChoices.h"
#include "store/CalendarRepository.h"
#include "store/CatalogRepository.h"
#include "store/Database.h"
#include "store/OrderRepository.h"
#include "store/StoreError.h"
#include "store/TaskRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

QDateTimeEdit* timeEdit(QWidget* parent, const QString& name)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    return edit;
}

QLabel* issueLabel(QWidget* parent)
{
    auto* issue = new QLabel(parent);
    issue->setObjectName(QStringLiteral("issueLabel"));
    issue->setStyleSheet(QStringLiteral("color: #b02020"));
    issue->setWordWrap(true);
    return issue;
}

QStringList staffNames(Database& db)
{
    QStringList names;
    ErrorReporter::guard([&] { names = CalendarRepository(db).staffNames(); });
    return names;
}

} // namespace

// ---- tasks ----

TaskDialog::TaskDialog(Database& db, const Task& fresh, QWidget* parent)
    : QDialog(parent), m_db(db), m_task(fresh)
{
    build();
    load();
    m_loaded = collect();
}

TaskDialog::TaskDialog(Database& db, qint64 id, QWidget* parent) : QDialog(parent), m_db(db)
{
    m_task = TaskRepository(db).get(id);
    build();
    load();
    m_loaded = collect();
}

void TaskDialog::build()
{
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("taskTitleEdit"));
    m_title->setPlaceholderText(tr("What is to be done, e.g. call about the proof"));
    m_customer = new CustomerPicker(m_db, this);
    m_customer->setObjectName(QStringLiteral("taskCustomerPicker"));
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("taskOrderCombo"));
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("taskAssigneeCombo"));
    m_assignee->addItem(QString());
    m_assignee->addItems(staffNames(m_db));
    m_hasDue = new QCheckBox(tr("&By:"), this);
    m_hasDue->setObjectName(QStringLiteral("taskHasDueCheck"));
    m_due = timeEdit(this, QStringLiteral("taskDueEdit"));
    m_done = new QCheckBox(tr("Do&ne"), this);
    m_done->setObjectName(QStringLiteral("taskDoneCheck"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("taskNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(80);
    m_issue = issueLabel(this);

    auto* form = new QGridLayout;
    FormGrid grid(form, this);
    grid.add(tr("&Task:"), m_title, 0, 3);
    grid.nextRow();
    grid.add(tr("&Customer:"), m_customer, 0, 3);
    grid.nextRow();
    grid.add(tr("&Order:"), m_order);
    grid.add(tr("&Assignee:"), m_assignee, 1);
    grid.nextRow();
    form->addWidget(m_hasDue, grid.row(), 0);
    form->addWidget(m_due, grid.row(), 1);
    form->addWidget(m_done, grid.row(), 3);
    grid.nextRow();
    grid.add(tr("N&otes:"), m_notes, 0, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("taskDeleteButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_issue);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) QDialog::accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &TaskDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, [this] { save(); });
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_customer, &CustomerPicker::customerChosen, this,
            [this](qint64 id) { ErrorReporter::guard([&] { loadOrders(id); }); });
    connect(m_customer, &CustomerPicker::customerCleared, this, [this] { loadOrders(0); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Delete task"), tr("Delete the task \"%1\"?").arg(m_task.title)) !=
            QMessageBox::Yes)
            return;
        try {
            TaskRepository(m_db).remove(m_task.meta.id, m_task.meta.version);
            m_changed = true;
            QDialog::accept();
        } catch (const StoreError& e) {
            m_issue->setText(e.message());
        }
    });
    resize(620, 360);
}

void TaskDialog::loadOrders(qint64 customerId)
{
    fillOrderChoices(m_order, m_db, customerId, m_task.orderId, m_task.orderNumber);
}

void TaskDialog::load()
{
    const Task& t = m_task;
    setWindowTitle(t.meta.id > 0 ? tr("Task: %1").arg(t.title) : tr("New task"));
    m_title->setText(t.title);
    if (t.customerId > 0) m_customer->setCustomer(t.customerId, t.customerName);
    ErrorReporter::guard([&] { loadOrders(t.customerId); });
    if (m_assignee->findText(t.assignee) < 0) m_assignee->addItem(t.assignee);
    m_assignee->setCurrentText(t.assignee);
    m_hasDue->setChecked(t.due.isValid());
    m_due->setEnabled(t.due.isValid());
    m_due->setDateTime(t.due.isValid() ? t.due.toLocalTime()
                                       : QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)));
    m_done->setChecked(t.isDone());
    m_done->setVisible(t.meta.id > 0);
    m_notes->setPlainText(t.notes);
    m_delete->setVisible(t.meta.id > 0 && m_db.access().can(Module::FollowUps, Action::Delete));
}

Task TaskDialog::collect() const
{
    Task t = m_task;
    t.title = m_title->text();
    t.customerId = m_customer->customerId();
    t.orderId = m_order->currentData().toLongLong();
    t.assignee = m_assignee->currentText();
    t.due = m_hasDue->isChecked() ? m_due->dateTime().toUTC() : QDateTime();
    t.notes = m_notes->toPlainText();
    return t;
}

bool TaskDialog::isModified() const
{
    const Task now = collect();
    return now.title != m_loaded.title || now.customerId != m_loaded.customerId ||
           now.orderId != m_loaded.orderId || now.assignee != m_loaded.assignee || now.due != m_loaded.due ||
           now.notes != m_loaded.notes || m_done->isChecked() != m_task.isDone();
}

bool TaskDialog::save()
{
    if (m_task.meta.id > 0 && !isModified()) return true;
    TaskRepository tasks(m_db);
    try {
        Task t = collect();
        if (t.meta.id > 0) {
            if (t.title != m_loaded.title || t.customerId != m_loaded.customerId ||
                t.orderId != m_loaded.orderId || t.assignee != m_loaded.assignee || t.due != m_loaded.due ||
                t.notes != m_loaded.notes)
                tasks.update(t);
        } else {
            tasks.create(t);
        }
        if (t.meta.id > 0 && m_done->isChecked() != tasks.get(t.meta.id).isDone())
            tasks.setDone(t.meta.id, tasks.get(t.meta.id).meta.version, m_done->isChecked());
        m_task = tasks.get(t.meta.id);
        m_changed = true;
        m_issue->clear();
        load();
        m_loaded = collect();
        return true;
    } catch (const ValidationError& e) {
        m_issue->setText(e.message());
        if (e.issues().value(0).field == QLatin1String("title")) m_title->setFocus();
    } catch (const StoreError& e) {
        m_issue->setText(e.message()); // what was typed stays in the form
    }
    return false;
}

void TaskDialog::reject()
{
    if (isModified() &&
        QMessageBox::question(this, tr("Discard changes?"),
                              tr("This task has changes that are not saved. Close it and lose them?")) !=
            QMessageBox::Yes)
        return;
    QDialog::reject();
}

// ---- appointments ----

AppointmentDialog::AppointmentDialog(Database& db, const Appointment& fresh, QWidget* parent)
    : QDialog(parent), m_db(db), m_appointment(fresh)
{
    build();
    load();
    m_loaded = collect();
    updateClashes();
}

AppointmentDialog::AppointmentDialog(Database& db, qint64 id, QWidget* parent) : QDialog(parent), m_db(db)
{
    m_appointment = CalendarRepository(db).get(id);
    build();
    load();
    m_loaded = collect();
    updateClashes();
}

void AppointmentDialog::build()
{
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("appointmentTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. put up the shop sign"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("appointmentKindCombo"));
    for (const AppointmentKind k : CalendarRules::appointmentKinds())
        m_kind->addItem(CalendarRules::appointmentKindName(k), static_cast<int>(k));
    m_start = timeEdit(this, QStringLiteral("appointmentStartEdit"));
    m_end = timeEdit(this, QStringLiteral("appointmentEndEdit"));
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("appointmentPlaceEdit"));
    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("appointmentPeopleList"));
    m_people->setFixedHeight(96);
    for (const QString& name : staffNames(m_db)) {
        auto* item = new QListWidgetItem(name, m_people);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_customer = new CustomerPicker(m_db, this);
    m_customer->setObjectName(QStringLiteral("appointmentCustomerPicker"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("appointmentNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(64);
    m_clashes = new QLabel(this);
    m_clashes->setObjectName(QStringLiteral("clashLabel"));
    m_clashes->setStyleSheet(QStringLiteral("background: #fff3cd; color: #7a4b00; padding: 4px"));
    m_clashes->setWordWrap(true);
    m_issue = issueLabel(this);

    auto* form = new QGridLayout;
    FormGrid grid(form, this);
    grid.add(tr("&What:"), m_title, 0, 3);
    grid.nextRow();
    grid.add(tr("&Kind:"), m_kind);
    grid.add(tr("&Place:"), m_place, 1);
    grid.nextRow();
    grid.add(tr("&Starts:"), m_start);
    grid.add(tr("&Ends:"), m_end, 1);
    grid.nextRow();
    grid.add(tr("Pe&ople:"), m_people, 0, 3);
    grid.nextRow();
    grid.add(tr("&Customer:"), m_customer, 0, 3);
    grid.nextRow();
    grid.add(tr("N&otes:"), m_notes, 0, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("appointmentDeleteButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_clashes);
    layout->addWidget(m_issue);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) QDialog::accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &AppointmentDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, [this] { save(); });
    // The end keeps the length when the start moves.
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime& start) {
        if (m_loading) return;
        const qint64 length =
            std::max<qint64>(15 * 60, m_appointment.start.isValid() && m_appointment.end.isValid()
                                          ? m_appointment.start.secsTo(m_appointment.end)
                                          : 3600);
        m_loading = true;
        m_end->setDateTime(start.addSecs(length));
        m_loading = false;
        m_appointment.start = start.toUTC();
        m_appointment.end = m_end->dateTime().toUTC();
        updateClashes();
    });
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_loading) return;
        m_appointment.end = m_end->dateTime().toUTC();
        updateClashes();
    });
    connect(m_people, &QListWidget::itemChanged, this, [this] {
        if (!m_loading) updateClashes();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Delete appointment"),
                                  tr("Delete the appointment \"%1\"?").arg(m_appointment.title)) !=
            QMessageBox::Yes)
            return;
        try {
            CalendarRepository(m_db).remove(m_appointment.meta.id, m_appointment.meta.version);
            m_changed = true;
            QDialog::accept();
        } catch (const StoreError& e) {
            m_issue->setText(e.message());
        }
    });
    resize(640, 520);
}

void AppointmentDialog::load()
{
    m_loading = true;
    const Appointment& a = m_appointment;
    setWindowTitle(a.meta.id > 0 ? tr("Appointment: %1").arg(a.title) : tr("New appointment"));
    m_title->setText(a.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(a.kind))));
    m_start->setDateTime(a.start.toLocalTime());
    m_end->setDateTime(a.end.toLocalTime());
    m_place->setText(a.place);
    for (const QString& name : a.people)
        if (m_people->findItems(name, Qt::MatchExactly).isEmpty()) {
            auto* item = new QListWidgetItem(name, m_people);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        }
    for (int i = 0; i < m_people->count(); ++i)
        m_people->item(i)->setCheckState(a.people.contains(m_people->item(i)->text()) ? Qt::Checked
                                                                                      : Qt::Unchecked);
    if (a.customerId > 0) m_customer->setCustomer(a.customerId, a.customerName);
    m_notes->setPlainText(a.notes);
    m_delete->setVisible(a.meta.id > 0 && m_db.access().can(Module::FollowUps, Action::Delete));
    m_loading = false;
}

Appointment AppointmentDialog::collect() const
{
    Appointment a = m_appointment;
    a.title = m_title->text();
    a.kind = static_cast<AppointmentKind>(m_kind->currentData().toInt());
    a.start = m_start->dateTime().toUTC();
    a.end = m_end->dateTime().toUTC();
    a.place = m_place->text();
    a.people.clear();
    for (int i = 0; i < m_people->count(); ++i)
        if (m_people->item(i)->checkState() == Qt::Checked) a.people.append(m_people->item(i)->text());
    a.customerId = m_customer->customerId();
    a.notes = m_notes->toPlainText();
    return a;
}

bool AppointmentDialog::isModified() const
{
    const Appointment now = collect();
    return now.title != m_loaded.title || now.kind != m_loaded.kind || now.start != m_loaded.start ||
           now.end != m_loaded.end || now.place != m_loaded.place || now.people != m_loaded.people ||
           now.customerId != m_loaded.customerId || now.notes != m_loaded.notes;
}

QString AppointmentDialog::clashText() const
{
    return m_clashes->isVisible() ? m_clashes->text() : QString();
}

void AppointmentDialog::updateClashes()
{
    QList<Clash> clashes;
    ErrorReporter::guard([&] { clashes = CalendarRepository(m_db).clashes(collect()); });
    m_clashes->setText(clashes.isEmpty() ? QString()
                                         : tr("Already booked at that time:") + QLatin1Char('\n') +
                                               CalendarRules::describe(clashes));
    m_clashes->setVisible(!clashes.isEmpty());
}

bool AppointmentDialog::save(bool askAboutClashes)
{
    if (m_appointment.meta.id > 0 && !isModified()) return true;
    CalendarRepository calendar(m_db);
    try {
        Appointment a = collect();
        const QList<Clash> clashes = calendar.clashes(a);
        if (askAboutClashes && !clashes.isEmpty() &&
            QMessageBox::question(
                this, tr("Double booking"),
                tr("These people already have something at that time:\n%1\n\nBook it anyway?")
                    .arg(CalendarRules::describe(clashes))) != QMessageBox::Yes)
            return false;
        if (a.meta.id > 0)
            calendar.update(a);
        else
            calendar.create(a);
        m_appointment = calendar.get(a.meta.id);
        m_changed = true;
        m_issue->clear();
        load();
        m_loaded = collect();
        return true;
    } catch (const ValidationError& e) {
        m_issue->setText(e.message());
        const QString field = e.issues().value(0).field;
        if (field == QLatin1String("title")) m_title->setFocus();
        if (field == QLatin1String("end")) m_end->setFocus();
    } catch (const StoreError& e) {
        m_issue->setText(e.message());
    }
    return false;
}

void AppointmentDialog::reject()
{
    if (isModified() && QMessageBox::question(
                            this, tr("Discard changes?"),
                            tr("This appointment has changes that are not saved. Close it and lose them?")) !=
                            QMessageBox::Yes)
        return;
    QDialog::reject();
}

} // namespace shopcrm
