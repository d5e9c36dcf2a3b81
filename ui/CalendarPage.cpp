#include "CalendarPage.h"

#include "CalendarDialogs.h"
#include "CalendarView.h"
#include "documents/PrintDocument.h"
#include "ErrorReporter.h"
#include "services/ICalendar.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/TaskRepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace shopcrm {

namespace {

const CalendarItem::Kind kKinds[] = {CalendarItem::Kind::Appointment, CalendarItem::Kind::Task,
                                     CalendarItem::Kind::FollowUpPlan, CalendarItem::Kind::OrderDue,
                                     CalendarItem::Kind::ServiceDue};

} // namespace

CalendarPage::CalendarPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_view = new CalendarView(this);
    m_view->setObjectName(QStringLiteral("calendarView"));

    auto* bar = new QHBoxLayout;
    m_modes = new QButtonGroup(this);
    const std::pair<QString, CalendarView::Mode> modes[] = {{tr("&Day"), CalendarView::Mode::Day},
                                                            {tr("&Week"), CalendarView::Mode::Week},
                                                            {tr("&Month"), CalendarView::Mode::Month}};
    for (const auto& [name, mode] : modes) {
        auto* b = new QToolButton(this);
        b->setText(name);
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("calendarMode%1").arg(static_cast<int>(mode)));
        m_modes->addButton(b, static_cast<int>(mode));
        bar->addWidget(b);
    }
    const int savedMode =
        QSettings()
            .value(QStringLiteral("calendar/mode"), static_cast<int>(CalendarView::Mode::Week))
            .toInt();
    m_view->setMode(static_cast<CalendarView::Mode>(std::clamp(savedMode, 0, 2)));
    m_modes->button(static_cast<int>(m_view->mode()))->setChecked(true);
    auto* back = new QToolButton(this);
    back->setText(QStringLiteral("◀"));
    back->setToolTip(tr("Back (Alt+Left)"));
    auto* on = new QToolButton(this);
    on->setText(QStringLiteral("▶"));
    on->setToolTip(tr("On (Alt+Right)"));
    auto* today = new QPushButton(tr("&Today"), this);
    today->setObjectName(QStringLiteral("calendarTodayButton"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("calendarStaffCombo"));
    m_staff->addItem(tr("Everybody"), QString());
    ErrorReporter::guard([&] {
        for (const QString& name : CalendarRepository(db).staffNames())
            m_staff->addItem(name, name);
    });
    if (const int mine = m_staff->findData(db.access().staffName);
        !db.access().staffName.isEmpty() && mine >= 0)
        m_staff->setCurrentIndex(mine);
    m_show = new QToolButton(this);
    m_show->setText(tr("S&how"));
    m_show->setPopupMode(QToolButton::InstantPopup);
    auto* showMenu = new QMenu(m_show);
    for (const CalendarItem::Kind k : kKinds) {
        QAction* a = showMenu->addAction(CalendarRules::itemKindName(k));
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this, [this, k](bool shown) {
            m_hidden.removeAll(k);
            if (!shown) m_hidden.append(k);
            refresh();
        });
    }
    m_show->setMenu(showMenu);
    const bool canCreate = db.access().can(Module::FollowUps, Action::Create);
    auto* newTask = new QPushButton(tr("New &task…"), this);
    newTask->setObjectName(QStringLiteral("newTaskButton"));
    newTask->setEnabled(canCreate);
    auto* newAppointment = new QPushButton(tr("New &appointment…"), this);
    newAppointment->setObjectName(QStringLiteral("newAppointmentButton"));
    newAppointment->setEnabled(canCreate);
    auto* exportIcs = new QPushButton(tr("E&xport .ics…"), this);
    exportIcs->setObjectName(QStringLiteral("exportIcsButton"));
    exportIcs->setToolTip(tr("The shown staff member's calendar from this period on, for a phone"));
    bar->addSpacing(8);
    bar->addWidget(back);
    bar->addWidget(today);
    bar->addWidget(on);
    bar->addSpacing(8);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_staff);
    bar->addWidget(m_show);
    bar->addWidget(newTask);
    bar->addWidget(newAppointment);
    bar->addWidget(exportIcs);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* tasksTitle = new QLabel(tr("<b>Open tasks</b>"), side);
    m_tasks = new QListWidget(side);
    m_tasks->setObjectName(QStringLiteral("openTasksList"));
    m_tasks->setToolTip(tr("Tick a task when it is done; a double click opens it"));
    tasksTitle->setBuddy(m_tasks);
    sideLayout->addWidget(tasksTitle);
    sideLayout->addWidget(m_tasks, 1);
    auto* split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 260});

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("calendarSummary"));
    m_summary->setText(tr("Drag an item to move it; double-click an empty slot for a new appointment."));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);

    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) {
        m_view->setMode(static_cast<CalendarView::Mode>(id));
        QSettings().setValue(QStringLiteral("calendar/mode"), id);
        refresh();
    });
    connect(back, &QToolButton::clicked, this, [this] { page(-1); });
    connect(on, &QToolButton::clicked, this, [this] { page(1); });
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this), &QShortcut::activated, this,
            [this] { page(-1); });
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this), &QShortcut::activated, this,
            [this] { page(1); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this), &QShortcut::activated, this,
            &CalendarPage::showToday);
    connect(today, &QPushButton::clicked, this, &CalendarPage::showToday);
    connect(m_staff, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(newTask, &QPushButton::clicked, this, [this] { this->newTask(); });
    connect(newAppointment, &QPushButton::clicked, this, [this] { this->newAppointment(); });
    connect(exportIcs, &QPushButton::clicked, this, &CalendarPage::exportCalendar);
    connect(m_view, &CalendarView::activated, this, &CalendarPage::openItem);
    connect(m_view, &CalendarView::slotActivated, this, [this](const QDateTime& at) {
        if (m_db.access().can(Module::FollowUps, Action::Create)) this->newAppointment(at);
    });
    connect(m_view, &CalendarView::moveRequested, this,
            [this](const CalendarItem& item, const QDateTime& to) { moveItem(item, to); });
    connect(m_tasks, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling) return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const int version = item->data(Qt::UserRole + 1).toInt();
        ErrorReporter::guard(
            [&] { TaskRepository(m_db).setDone(id, version, item->checkState() == Qt::Checked); });
        refresh();
    });
    connect(m_tasks, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        CalendarItem it;
        it.kind = CalendarItem::Kind::Task;
        it.id = item->data(Qt::UserRole).toLongLong();
        openItem(it);
    });
    updateTitle();
}

CalendarFilter CalendarPage::filter() const
{
    CalendarFilter f;
    f.from = m_view->firstDay();
    f.to = m_view->lastDay();
    f.staff = m_staff->currentData().toString();
    for (const CalendarItem::Kind k : kKinds)
        if (!m_hidden.contains(k)) f.kinds.append(k);
    if (f.kinds.isEmpty()) f.kinds.append(CalendarItem::Kind::Appointment); // nothing ticked: only bookings
    return f;
}

void CalendarPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void CalendarPage::refresh()
{
    updateTitle();
    QList<CalendarItem> items;
    QList<Task> open;
    if (!ErrorReporter::guard([&] {
            items = CalendarRepository(m_db).items(filter());
            TaskFilter tf;
            const QString staff = m_staff->currentData().toString();
            if (!staff.isEmpty()) tf.assignee = staff;
            tf.limit = 200;
            open = TaskRepository(m_db).list(tf);
        }))
        return; // what was shown stays; the notice says why
    m_view->setItems(items);
    m_filling = true;
    m_tasks->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Task& t : std::as_const(open)) {
        QString text = t.title;
        if (t.due.isValid())
            text = t.due.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")) + QLatin1Char(' ') + text;
        if (!t.customerName.isEmpty()) text += QStringLiteral(" · ") + t.customerName;
        auto* item = new QListWidgetItem(text, m_tasks);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, t.meta.id);
        item->setData(Qt::UserRole + 1, t.meta.version);
        if (t.due.isValid() && t.due < now) item->setForeground(QColor(0xb0, 0x20, 0x20));
        item->setToolTip(t.assignee.isEmpty() ? t.notes : tr("%1 — %2").arg(t.assignee, t.notes));
    }
    m_filling = false;
    int late = 0;
    for (const CalendarItem& it : std::as_const(items))
        late += it.late ? 1 : 0;
    QString summary = tr("%n item(s) shown", nullptr, static_cast<int>(items.size()));
    if (late > 0)
        summary +=
            QStringLiteral(" · <span style='color:#b02020'>%1</span>").arg(tr("%n late", nullptr, late));
    m_summary->setText(summary + QStringLiteral(" · ") +
                       tr("Drag an item to move it; double-click an empty slot for a new appointment."));
}

void CalendarPage::updateTitle()
{
    const QLocale locale;
    const QDate a = m_view->anchor();
    switch (m_view->mode()) {
    case CalendarView::Mode::Day:
        m_title->setText(locale.toString(a, QLocale::LongFormat));
        break;
    case CalendarView::Mode::Week:
        m_title->setText(tr("%1 – %2").arg(locale.toString(m_view->firstDay(), QLocale::ShortFormat),
                                           locale.toString(m_view->lastDay(), QLocale::ShortFormat)));
        break;
    case CalendarView::Mode::Month:
        m_title->setText(locale.toString(a, tr("MMMM yyyy", "the month's title, as a date format")));
        break;
    }
}

void CalendarPage::page(int direction)
{
    const QDate a = m_view->anchor();
    switch (m_view->mode()) {
    case CalendarView::Mode::Day:
        m_view->setAnchor(a.addDays(direction));
        break;
    case CalendarView::Mode::Week:
        m_view->setAnchor(a.addDays(7 * direction));
        break;
    case CalendarView::Mode::Month:
        m_view->setAnchor(a.addMonths(direction));
        break;
    }
    refresh();
}

void CalendarPage::showToday()
{
    m_view->setAnchor(QDate::currentDate());
    refresh();
}

void CalendarPage::newTask(const QDateTime& dueLocal)
{
    Task fresh;
    fresh.assignee = m_staff->currentData().toString();
    if (fresh.assignee.isEmpty()) fresh.assignee = m_db.access().staffName;
    if (dueLocal.isValid()) fresh.due = dueLocal.toUTC();
    TaskDialog dialog(m_db, fresh, this);
    dialog.exec();
    if (dialog.changed()) refresh();
}

void CalendarPage::newAppointment(const QDateTime& startLocal)
{
    Appointment fresh;
    QDateTime start = startLocal;
    if (!start.isValid()) {
        // The next whole hour of the day shown (today: from now on).
        const QDate day = m_view->anchor();
        const QTime hour = day == QDate::currentDate()
                               ? QTime(std::clamp(QTime::currentTime().hour() + 1, 8, 20), 0)
                               : QTime(9, 0);
        start = QDateTime(day, hour);
    }
    fresh.start = start.toUTC();
    fresh.end = start.addSecs(3600).toUTC();
    const QString staff = m_staff->currentData().toString();
    if (!staff.isEmpty()) fresh.people = {staff};
    AppointmentDialog dialog(m_db, fresh, this);
    dialog.exec();
    if (dialog.changed()) refresh();
}

void CalendarPage::openItem(const CalendarItem& item)
{
    switch (item.kind) {
    case CalendarItem::Kind::Appointment: {
        std::unique_ptr<AppointmentDialog> dialog;
        if (!ErrorReporter::guard([&] { dialog = std::make_unique<AppointmentDialog>(m_db, item.id, this); }))
            return;
        dialog->exec();
        if (dialog->changed()) refresh();
        return;
    }
    case CalendarItem::Kind::Task: {
        std::unique_ptr<TaskDialog> dialog;
        if (!ErrorReporter::guard([&] { dialog = std::make_unique<TaskDialog>(m_db, item.id, this); }))
            return;
        dialog->exec();
        if (dialog->changed()) refresh();
        return;
    }
    case CalendarItem::Kind::FollowUpPlan:
        emit openFollowUp(item.id);
        return;
    case CalendarItem::Kind::OrderDue:
        emit openOrder(item.id);
        return;
    case CalendarItem::Kind::ServiceDue:
        emit openServiceRequest(item.id);
        return;
    }
}

bool CalendarPage::moveItem(const CalendarItem& item, const QDateTime& newStartLocal, bool askAboutClashes)
{
    const QDateTime to = newStartLocal.toUTC();
    try {
        CalendarRepository calendar(m_db);
        if (item.kind == CalendarItem::Kind::Appointment && askAboutClashes) {
            Appointment moved = calendar.get(item.id);
            const CalendarItem target = CalendarRules::movedTo(item, to);
            moved.start = target.start;
            moved.end = target.end;
            const QList<Clash> clashes = calendar.clashes(moved);
            if (!clashes.isEmpty() &&
                QMessageBox::question(
                    this, tr("Double booking"),
                    tr("These people already have something at that time:\n%1\n\nMove it anyway?")
                        .arg(CalendarRules::describe(clashes))) != QMessageBox::Yes)
                return false;
        }
        calendar.reschedule(item, to);
    } catch (const StoreError& e) {
        // Shown where the drag ended; the calendar is read again so it shows what is stored.
        QMessageBox::warning(this, tr("Not moved"), e.message());
        refresh();
        return false;
    }
    refresh();
    m_view->select(item.key());
    return true;
}

void CalendarPage::exportCalendar()
{
    const QString staff = m_staff->currentData().toString();
    const QString suggested = QDir::home().filePath((staff.isEmpty() ? tr("calendar") : staff) +
                                                    m_view->firstDay().toString(QStringLiteral("-yyyyMMdd")) +
                                                    QStringLiteral(".ics"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export calendar"), suggested, tr("iCalendar files (*.ics)"));
    if (path.isEmpty()) return;
    if (exportTo(path))
        m_summary->setText(tr("Saved %1: open it on a phone to add these to its calendar.")
                               .arg(QDir::toNativeSeparators(path)));
}

bool CalendarPage::exportTo(const QString& path)
{
    try {
        // From the first day shown, three months on: what a phone is asked to know about.
        CalendarFilter f = filter();
        f.to = std::max(f.to, f.from.addMonths(3));
        CalendarRepository calendar(m_db);
        const QList<CalendarItem> items = calendar.items(f);
        const QString name = f.staff.isEmpty() ? ShopProfile::load(m_db).name : f.staff;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(ICalendar::write(items, name.isEmpty() ? tr("ShopCRM") : name, calendar.uidSuffix(),
                                        QDateTime::currentDateTimeUtc())) < 0 ||
            !file.commit())
            throw StoreError(StoreError::Kind::Open, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return true;
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Export calendar"), e.message());
        return false;
    }
}

} // namespace shopcrm
