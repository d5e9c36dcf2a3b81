#include "MainWindow.h"

#include "AccountDialogs.h"
#include "AuditDialog.h"
#include "BackgroundReader.h"
#include "CalendarPage.h"
#include "CatalogPage.h"
#include "CustomerListModel.h"
#include "CustomerListPage.h"
#include "ErrorReporter.h"
#include "FollowUpDialog.h"
#include "FollowUpListPage.h"
#include "OrderListPage.h"
#include "PaymentListPage.h"
#include "PipelinePage.h"
#include "RemindersPanel.h"
#include "ReportsPage.h"
#include "ServicePage.h"
#include "services/Backups.h"
#include "SettingsDialog.h"
#include "store/ChangeFeed.h"
#include "store/CustomerPool.h"
#include "store/Database.h"
#include "store/DeskPresence.h"
#include "store/OrderRepository.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLineEdit>
#include <QtConcurrent/QtConcurrentRun>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <bit>

namespace shopcrm {

MainWindow::MainWindow(Database& db, QWidget* parent) : QMainWindow(parent), m_db(db)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ShopCRM"));
    // What the pages read in other threads (counts, reminders, the catalog's uses) waits until the
    // window has painted once, or a second has passed for a window nobody shows.
    BackgroundReader::hold();
    qApp->installEventFilter(this);
    QTimer::singleShot(1000, this, &MainWindow::releaseReads);
    resize(1280, 760);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    if (db.isReadOnly()) {
        auto* notice = new QLabel(tr("This database is open read-only: you can look and search, but changes cannot be "
                                     "saved. Check the file's permissions to edit."),
                                  central);
        notice->setObjectName(QStringLiteral("readOnlyNotice"));
        notice->setWordWrap(true);
        notice->setStyleSheet(QStringLiteral("background: #fff4ce; border: 1px solid #e0c060; padding: 6px;"));
        layout->addWidget(notice);
    }
    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("storeNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_attention = new QPushButton(central);
    m_attention->setObjectName(QStringLiteral("dueAttentionButton"));
    m_attention->setFlat(true);
    m_attention->setCursor(Qt::PointingHandCursor);
    m_attention->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_attention, 0, Qt::AlignLeft);

    m_pages = new QTabWidget(central);
    m_pages->setObjectName(QStringLiteral("pagesTabWidget"));
    // Each page for the roles that see its module (payments and the review are money).
    const Access& access = db.access();
    if (access.can(Module::Customers, Action::View))
        m_customers = new CustomerListPage(db, m_pages);
    if (access.can(Module::Orders, Action::View))
        m_orders = new OrderListPage(db, m_pages);
    if (access.can(Module::FollowUps, Action::View))
        m_followUps = new FollowUpListPage(db, m_pages);
    if (access.can(Module::Payments, Action::View) && access.seesMoney(Module::Payments))
        m_payments = new PaymentListPage(db, m_pages);
    if (access.can(Module::Reports, Action::View) && access.seesMoney(Module::Reports))
        m_reports = new ReportsPage(db, m_pages);
    if (access.can(Module::Catalog, Action::View))
        m_catalog = new CatalogPage(db, m_pages);
    if (access.can(Module::Sales, Action::View)) m_pipeline = new PipelinePage(db, m_pages);
    // Service requests are customer care: the follow-ups right.
    if (access.can(Module::FollowUps, Action::View)) m_service = new ServicePage(db, m_pages);
    // The calendar is time management around customer care: the follow-ups right too.
    if (access.can(Module::FollowUps, Action::View)) m_calendar = new CalendarPage(db, m_pages);
    const QString tabNames[] = {tr("&Customers"), tr("&Orders"),  tr("Follo&w-ups"),
                                tr("Pa&yments"),  tr("Repo&rts"), tr("&Products && staff"),
                                tr("&Sales"),     tr("Ser&vice"), tr("Ca&lendar")};
    static_assert(std::size(tabNames) == PageCount);
    for (int i = 0; i < PageCount; ++i)
        if (QWidget* page = pageWidget(i))
            m_pages->addTab(page, tabNames[i]);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    if (m_customers && access.can(Module::Customers, Action::Create))
        file->addAction(tr("New &customer"), this, [this] {
            showPage(CustomersPage);
            m_customers->newCustomer();
        });
    if (m_orders && access.can(Module::Orders, Action::Create)) {
        QAction* newOrder = file->addAction(tr("New &order"), this, [this] {
            showPage(OrdersPage);
            m_orders->newOrder();
        });
        newOrder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    }
    if (m_followUps && access.can(Module::FollowUps, Action::Create))
        file->addAction(tr("New follo&w-up…"), this, [this] {
            showPage(FollowUpsPage);
            m_followUps->newFollowUp();
        });
    if (m_pipeline && access.can(Module::Sales, Action::Create))
        file->addAction(tr("New opportunit&y…"), this, [this] {
            showPage(SalesPageIndex);
            m_pipeline->newOpportunity();
        });
    if (m_pipeline && access.can(Module::Sales, Action::Create) && access.seesMoney(Module::Sales))
        file->addAction(tr("New q&uote…"), this, [this] {
            showPage(SalesPageIndex);
            m_pipeline->newQuote();
        });
    if (m_service && access.can(Module::FollowUps, Action::Create))
        file->addAction(tr("New ser&vice request…"), this, [this] {
            showPage(ServicePageIndex);
            m_service->newRequest();
        });
    if (m_calendar && access.can(Module::FollowUps, Action::Create)) {
        file->addAction(tr("New &task…"), this, [this] {
            showPage(CalendarPageIndex);
            m_calendar->newTask();
        });
        file->addAction(tr("New &appointment…"), this, [this] {
            showPage(CalendarPageIndex);
            m_calendar->newAppointment();
        });
    }
    if (m_customers) {
        QAction* find = file->addAction(tr("&Find customer"), this, [this] {
            showPage(CustomersPage);
            m_customers->focusSearch();
        });
        find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)});
    }
    if (access.userId > 0) {
        file->addSeparator();
        QAction* password = file->addAction(tr("Change my &password…"), this, &MainWindow::changePassword);
        password->setObjectName(QStringLiteral("changePasswordAction"));
    }
    file->addSeparator();
    file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    if (access.can(Module::Audit, Action::View)) {
        QAction* audit = file->addAction(tr("&Audit log…"), this, [this] {
            AuditDialog dialog(m_db, this);
            connect(&dialog, &AuditDialog::openRecord, this, [this](const QString& entity, qint64 id) {
                if (entity == QLatin1String("customer") && m_customers) {
                    showPage(CustomersPage);
                    m_customers->openCustomer(id, false);
                } else if (entity == QLatin1String("order") && m_orders) {
                    showPage(OrdersPage);
                    m_orders->openOrder(id);
                } else if (entity == QLatin1String("follow_up") && m_followUps) {
                    openFollowUp(id);
                }
            });
            dialog.exec();
        });
        audit->setObjectName(QStringLiteral("auditAction"));
    }
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    const QString pageNames[] = {tr("Customers"),      tr("Orders"),           tr("Follow-ups"),
                                 tr("Payments"),       tr("Reports"),          tr("Products and staff"),
                                 tr("Sales pipeline"), tr("Service requests"), tr("Calendar")};
    static_assert(std::size(pageNames) == PageCount);
    for (int i = 0; i < PageCount; ++i) {
        if (!pageWidget(i))
            continue;
        QAction* action = go->addAction(pageNames[i], this, [this, i] { showPage(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    }
    go->addSeparator();
    if (m_payments)
        go->addAction(tr("Receivables"), this, [this] {
            showPage(PaymentsPage);
            m_payments->showReceivables();
        });
    if (m_orders)
        go->addAction(tr("Orders due today or overdue"), this, [this] {
            m_orders->showDueAttention(); // set up while hidden: read once, when shown
            showPage(OrdersPage);
        });
    m_reminders = new RemindersPanel(db, this);
    m_remindersDock = new QDockWidget(tr("Reminders"), this);
    m_remindersDock->setObjectName(QStringLiteral("remindersDock"));
    m_remindersDock->setWidget(m_reminders);
    m_remindersDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_remindersDock);
    resizeDocks({m_remindersDock}, {420}, Qt::Horizontal);
    QAction* toggleReminders = m_remindersDock->toggleViewAction();
    toggleReminders->setText(tr("&Reminders"));
    toggleReminders->setShortcut(QKeySequence(Qt::Key_F9));
    go->addSeparator();
    go->addAction(toggleReminders);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ShopCRM"), this, [this] {
        QMessageBox::about(this, tr("About ShopCRM"),
                           tr("<b>ShopCRM %1</b><p>Customers, orders and follow-ups for small shops.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    m_where = new QLabel(tr("%1 — %2").arg(QDir::toNativeSeparators(db.path()), db.modeDescription()), this);
    m_where->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addWidget(m_where, 1);
    if (access.userId > 0) {
        auto* who = new QLabel(tr("Signed in: %1 (%2)").arg(access.displayName, access.roleName), this);
        who->setObjectName(QStringLiteral("signedInLabel"));
        statusBar()->addPermanentWidget(who);
    }

    m_attention->setVisible(m_orders != nullptr);
    if (m_orders)
        connect(m_attention, &QPushButton::clicked, this, [this] {
            m_orders->showDueAttention(); // set up while hidden: read once, when shown
            showPage(OrdersPage);
        });
    if (m_reports && m_orders)
        connect(m_reports, &ReportsPage::showOrders, this,
                [this](const OrderFilter& filter, const QString& what) {
                    m_orders->showOrders(filter, what);
                    showPage(OrdersPage);
                });
    connect(m_reminders, &RemindersPanel::openCustomer, this, [this](qint64 id) {
        if (!m_customers)
            return;
        showPage(CustomersPage);
        m_customers->openCustomer(id, true);
        m_reminders->refresh();
    });
    connect(m_reminders, &RemindersPanel::openOrder, this, [this](qint64 id) {
        if (!m_orders)
            return;
        showPage(OrdersPage);
        m_orders->openOrder(id);
        m_reminders->refresh();
    });
    connect(m_reminders, &RemindersPanel::openFollowUp, this, &MainWindow::openFollowUp);
    connect(m_reminders, &RemindersPanel::openServiceRequest, this, [this](qint64 id) {
        if (!m_service) return;
        showPage(ServicePageIndex);
        m_service->openRequest(id);
        m_reminders->refresh();
    });
    if (m_calendar) {
        connect(m_calendar, &CalendarPage::openFollowUp, this, &MainWindow::openFollowUp);
        connect(m_calendar, &CalendarPage::openOrder, this, [this](qint64 id) {
            if (!m_orders) return;
            showPage(OrdersPage);
            m_orders->openOrder(id);
        });
        connect(m_calendar, &CalendarPage::openServiceRequest, this, [this](qint64 id) {
            if (!m_service) return;
            showPage(ServicePageIndex);
            m_service->openRequest(id);
        });
    }
    connect(m_reminders, &RemindersPanel::openTask, this, [this](qint64 id) {
        if (!m_calendar) return;
        showPage(CalendarPageIndex);
        CalendarItem task;
        task.kind = CalendarItem::Kind::Task;
        task.id = id;
        m_calendar->openItem(task);
        m_reminders->refresh();
    });
    connect(m_reminders, &RemindersPanel::countChanged, this, [this](int count) {
        m_remindersDock->setWindowTitle(count > 0 ? tr("Reminders (%1)").arg(count) : tr("Reminders"));
    });
    connect(m_reminders, &RemindersPanel::newlyDue, this, &MainWindow::notify);
    m_remindersDock->setWindowTitle(m_reminders->reminders().total() > 0
                                        ? tr("Reminders (%1)").arg(m_reminders->reminders().total())
                                        : tr("Reminders"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon().isNull() ? QApplication::windowIcon() : windowIcon(), this);
        m_tray->setToolTip(tr("ShopCRM"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
            m_remindersDock->show();
        });
        m_tray->show();
    }
    // A page reads its list when it is shown (each time: the day moves on), not when it is built.
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::updateDueAttention);
    // The day moves on while the program stays open: what is due is looked at again every minute.
    m_attentionTimer = new QTimer(this);
    m_attentionTimer->setInterval(60 * 1000);
    connect(m_attentionTimer, &QTimer::timeout, this, &MainWindow::updateDueAttention);
    m_attentionTimer->start();
    updateDueAttention();

    // Every change, this desk's and the other desks', comes from the change feed; the pages follow
    // it in place. The desk says it is here, and the status bar names the others.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshNextStep);
    m_feed = new ChangeFeed(db, this);
    connect(m_feed, &ChangeFeed::changed, this, &MainWindow::applyChanges);
    connect(m_feed, &ChangeFeed::unreachable, this, [this](const QString& message) { showNotice(message, true); });
    connect(m_feed, &ChangeFeed::backAgain, this, [this] {
        m_notice->hide();
        ChangeEvent all;
        all.everything = true;
        applyChanges({all});
    });
    connect(&ErrorReporter::instance(), &ErrorReporter::reported, this, &MainWindow::showNotice);
    m_feed->start(1000);
    m_noticeTimer = new QTimer(this);
    m_noticeTimer->setSingleShot(true);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);
    m_desks = new QLabel(this);
    m_desks->setObjectName(QStringLiteral("desksLabel"));
    statusBar()->addPermanentWidget(m_desks);
    db.setBusyObserver([this](const QString& message) {
        // Called while a save waits for another desk: painted at once, without running events.
        if (message.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(message);
        statusBar()->repaint();
    });
    if (!db.isReadOnly()) {
        m_presence = std::make_unique<DeskPresence>(db);
        ErrorReporter::guard([this] { m_presence->join(); });
        auto* beat = new QTimer(this);
        beat->setInterval(DeskPresence::beatSeconds * 1000);
        connect(beat, &QTimer::timeout, this, [this] {
            ErrorReporter::guard([this] {
                if (m_presence->joined())
                    m_presence->beat();
                else
                    m_presence->join();
            });
            updateDesks();
        });
        beat->start();
    }
    updateDesks();

    // The scheduled backup: looked at two minutes after the start (not to slow it down), then every
    // half hour; whichever desk looks first takes it.
    auto* backups = new QTimer(this);
    backups->setInterval(30 * 60 * 1000);
    connect(backups, &QTimer::timeout, this, &MainWindow::runScheduledBackup);
    QTimer::singleShot(2 * 60 * 1000, this, [this, backups] {
        runScheduledBackup();
        backups->start();
    });

    // The pool's return rules: once a day, looked at a minute and a half after the start and every
    // hour after (a day may change while the program stays open).
    auto* pool = new QTimer(this);
    pool->setInterval(60 * 60 * 1000);
    connect(pool, &QTimer::timeout, this, &MainWindow::runPoolRules);
    QTimer::singleShot(90 * 1000, this, [this, pool] {
        runPoolRules();
        pool->start();
    });

    restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(QSettings().value(QStringLiteral("mainWindow/state")).toByteArray());
    showPage(QSettings().value(QStringLiteral("mainWindow/page"), CustomersPage).toInt());
}

QWidget* MainWindow::pageWidget(int page) const
{
    switch (page) {
    case CustomersPage: return m_customers;
    case OrdersPage: return m_orders;
    case FollowUpsPage: return m_followUps;
    case PaymentsPage: return m_payments;
    case ReportsPageIndex: return m_reports;
    case CatalogPageIndex: return m_catalog;
    case SalesPageIndex:
        return m_pipeline;
    case ServicePageIndex:
        return m_service;
    case CalendarPageIndex:
        return m_calendar;
    default: return nullptr;
    }
}

void MainWindow::runScheduledBackup()
{
    if (m_db.isReadOnly() || m_backupRunning)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool due = false;
    BackupSchedule schedule;
    if (!ErrorReporter::guard([&] {
            due = Backups::due(m_db, now);
            schedule = Backups::schedule(m_db);
        })
        || !due)
        return;
    if (schedule.encrypt && m_backupPassphrase.isEmpty()) {
        bool ok = false;
        m_backupPassphrase = QInputDialog::getText(this, tr("Scheduled backup"),
                                                   tr("Today's backup is encrypted. Its passphrase:"), QLineEdit::Password,
                                                   QString(), &ok);
        if (!ok || m_backupPassphrase.isEmpty()) {
            showNotice(tr("Today's backup was not taken: it needs the passphrase."), false);
            return;
        }
    }
    // Off the window's thread, on a connection of its own: a large shop takes seconds.
    struct Outcome
    {
        std::optional<BackupInfo> made;
        QString error;
    };
    m_backupRunning = true;
    const DatabaseTicket ticket = m_db.ticket();
    const QString passphrase = m_backupPassphrase;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_backupRunning = false;
        if (!outcome.error.isEmpty())
            showNotice(tr("The scheduled backup failed: %1").arg(outcome.error), false);
        else if (outcome.made)
            statusBar()->showMessage(tr("Backed up to %1 (checked).").arg(QDir::toNativeSeparators(outcome.made->path)), 15000);
    });
    watcher->setFuture(QtConcurrent::run([ticket, passphrase, now]() {
        Outcome outcome;
        try {
            outcome.made = Backups::runScheduled(*ticket.open(), now, passphrase);
        } catch (const StoreError& e) {
            outcome.error = e.message();
        }
        return outcome;
    }));
}

void MainWindow::runPoolRules()
{
    const QDate today = QDate::currentDate();
    if (m_db.isReadOnly() || m_poolRunning || m_poolRunDay == today ||
        !m_db.access().can(Module::Customers, Action::Edit))
        return;
    struct Outcome
    {
        qsizetype returned = 0;
        QString error;
    };
    m_poolRunning = true;
    const DatabaseTicket ticket = m_db.ticket();
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, today] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_poolRunning = false;
        if (!outcome.error.isEmpty()) {
            showNotice(tr("The pool's rules could not be applied: %1").arg(outcome.error), false);
            return;
        }
        m_poolRunDay = today;
        if (outcome.returned > 0)
            statusBar()->showMessage(
                tr("%n customer(s) went back to the public pool.", "", int(outcome.returned)), 30000);
    });
    // Off the window's thread, on a connection of its own: it reads every owned customer.
    watcher->setFuture(QtConcurrent::run([ticket, today]() {
        Outcome outcome;
        try {
            outcome.returned = CustomerPool::run(*ticket.open(), today).returned.size();
        } catch (const StoreError& e) {
            outcome.error = e.message();
        }
        return outcome;
    }));
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_db, this);
    dialog.exec();
}

MainWindow::~MainWindow()
{
    releaseReads();
    m_db.setBusyObserver({});
    for (int i = 0; i < PageCount; ++i)
        if (pageWidget(i) && pageWidget(i) == m_pages->currentWidget())
            QSettings().setValue(QStringLiteral("mainWindow/page"), i);
    QSettings().setValue(QStringLiteral("mainWindow/state"), saveState());
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (m_holdingReads && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == this)
        QTimer::singleShot(0, this, &MainWindow::releaseReads); // once this paint is done
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::releaseReads()
{
    if (!m_holdingReads) return;
    m_holdingReads = false;
    qApp->removeEventFilter(this);
    BackgroundReader::release();
}

void MainWindow::showPage(int page)
{
    if (QWidget* widget = pageWidget(page))
        m_pages->setCurrentWidget(widget);
    if (m_customers && m_pages->currentWidget() == m_customers)
        m_customers->focusSearch();
}

void MainWindow::updateDueAttention()
{
    if (!m_orders)
        return;
    qint64 dueByTonight = 0;
    qint64 overdue = 0;
    if (!ErrorReporter::guard([&] { std::tie(dueByTonight, overdue) = OrderRepository(m_db).dueTodayAndOverdue(); }))
        return;
    const qint64 today = dueByTonight - overdue;
    if (dueByTonight == 0) {
        m_attention->setText(tr("No unfinished orders are due today."));
        m_attention->setStyleSheet(QStringLiteral("color:#2e7d32; text-align:left; padding:4px 8px"));
    } else {
        QStringList parts;
        if (today > 0)
            parts.append(tr("%Ln order(s) due today", nullptr, static_cast<int>(today)));
        if (overdue > 0)
            parts.append(tr("%Ln overdue", nullptr, static_cast<int>(overdue)));
        m_attention->setText(tr("⚠ %1 — show them").arg(parts.join(QStringLiteral(" · "))));
        m_attention->setStyleSheet(
            QStringLiteral("color:#8a1c1c; background:#fdecea; border:1px solid #f5c2c0; border-radius:3px; "
                           "text-align:left; padding:4px 8px; font-weight:bold"));
    }
    m_pages->setTabText(m_pages->indexOf(m_orders), dueByTonight > 0 ? tr("&Orders (%1)").arg(dueByTonight) : tr("&Orders"));
}

void MainWindow::applyChanges(const ChangeBatch& batch)
{
    auto concerns = [&](std::initializer_list<const char*> kinds) {
        for (const ChangeEvent& e : batch)
            for (const char* kind : kinds)
                if (e.concerns(QString::fromLatin1(kind)))
                    return true;
        return false;
    };
    auto want = [&](Refresh step, std::initializer_list<const char*> kinds) {
        if (concerns(kinds)) m_pendingRefresh |= 1u << step;
    };
    want(RefreshCustomers, {"customer", "contact", "follow_up"});
    want(RefreshOrders, {"order", "delivery_slip", "payment", "customer", "staff"});
    want(RefreshFollowUps, {"follow_up", "customer", "staff"});
    want(RefreshPayments, {"payment", "order", "customer"});
    want(RefreshReports, {"order", "payment", "delivery_slip", "setting"});
    want(RefreshCatalog, {"product", "product_category", "staff"});
    want(RefreshPipeline, {"opportunity", "opportunity_stage", "quote", "customer"});
    want(RefreshService, {"service_request", "customer", "staff"});
    want(RefreshCalendar,
         {"task", "appointment", "follow_up", "order", "service_request", "customer", "staff"});
    want(RefreshReminders, {"follow_up", "order", "payment", "customer", "contact", "reminder",
                            "delivery_slip", "service_request", "task"});
    want(RefreshDueAttention, {"order", "delivery_slip"});
    want(RefreshDesks, {"desk", "setting"});
    want(RefreshWhere, {"setting"});
    // One page a turn of the event loop: on a share that just came back every read is slow, and
    // reading all pages in one go would hold typing and painting for the sum of them.
    if (m_pendingRefresh && !m_refreshTimer->isActive()) m_refreshTimer->start(0);
}

void MainWindow::refreshNextStep()
{
    if (!m_pendingRefresh) return;
    if (!m_db.readableNow()) {
        // Another desk is in the middle of its commit: refresh a moment later rather than wait for
        // it with the window frozen.
        m_refreshTimer->start(kBusyRefreshMs);
        return;
    }
    const int step = std::countr_zero(m_pendingRefresh);
    m_pendingRefresh &= ~(1u << step);
    switch (static_cast<Refresh>(step)) {
    case RefreshCustomers:
        if (m_customers) m_customers->refresh();
        break;
    case RefreshOrders:
        if (m_orders) m_orders->refresh();
        break;
    // Hidden pages read themselves again when they are shown.
    case RefreshFollowUps:
        if (m_followUps && m_followUps->isVisible()) m_followUps->refresh();
        break;
    case RefreshPayments:
        if (m_payments && m_payments->isVisible()) m_payments->refresh();
        break;
    case RefreshReports:
        if (m_reports && m_reports->isVisible()) m_reports->refresh();
        break;
    case RefreshCatalog:
        if (m_catalog) m_catalog->reload();
        break;
    case RefreshPipeline:
        if (m_pipeline && m_pipeline->isVisible()) m_pipeline->refresh();
        break;
    case RefreshService:
        if (m_service && m_service->isVisible()) m_service->refresh();
        break;
    case RefreshCalendar:
        if (m_calendar && m_calendar->isVisible()) m_calendar->refresh();
        break;
    case RefreshReminders:
        m_reminders->refresh();
        break;
    case RefreshDueAttention:
        updateDueAttention();
        break;
    case RefreshDesks:
        updateDesks();
        break;
    case RefreshWhere:
        m_where->setText(tr("%1 — %2").arg(QDir::toNativeSeparators(m_db.path()), m_db.modeDescription()));
        break;
    }
    if (m_pendingRefresh) m_refreshTimer->start(0);
}

void MainWindow::showNotice(const QString& message, bool unreachable)
{
    // Away: one plain sentence, with what the system said in the tooltip.
    m_notice->setText(unreachable ? tr("The shared folder cannot be reached — retrying. Your open forms keep what you "
                                       "typed; save again once it is back.")
                                  : message);
    m_notice->setToolTip(unreachable ? message : QString());
    m_notice->setStyleSheet(unreachable ? QStringLiteral("background:#fdecea; color:#8a1c1c; border:1px solid #f5c2c0; "
                                                         "padding:6px; font-weight:bold")
                                        : QStringLiteral("background:#fff4ce; border:1px solid #e0c060; padding:6px;"));
    m_notice->show();
    // Being away is cleared when the feed reaches the database again; other notices fade.
    if (unreachable)
        m_noticeTimer->stop();
    else
        m_noticeTimer->start(20000);
}

void MainWindow::updateDesks()
{
    // A shared file's desks and a server's: a single desk has nobody to name.
    if (!m_presence || m_db.mode() == StorageMode::Single) {
        m_desks->hide();
        return;
    }
    QList<DeskInfo> others;
    if (!ErrorReporter::guard([&] { others = m_presence->others(); }))
        return;
    QStringList names;
    for (const DeskInfo& d : std::as_const(others))
        names.append(d.user.isEmpty() || d.user == d.desk ? d.desk : tr("%1 (%2)").arg(d.desk, d.user));
    m_desks->setText(names.isEmpty() ? tr("No other desk online") : tr("Also online: %1").arg(names.join(QStringLiteral(", "))));
    m_desks->setToolTip(names.join(QLatin1Char('\n')));
    m_desks->show();
}

void MainWindow::openFollowUp(qint64 id)
{
    try {
        FollowUpDialog dialog(m_db, id, this);
        dialog.exec();
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Cannot open follow-up"), e.message());
    }
    m_reminders->refresh();
}

void MainWindow::notify(const QList<Reminder>& reminders)
{
    QStringList lines;
    for (const Reminder& r : reminders.mid(0, 5))
        lines.append(r.customer.isEmpty() ? r.title : tr("%1 — %2").arg(r.customer, r.title));
    if (reminders.size() > 5)
        lines.append(tr("and %n more", "", int(reminders.size() - 5)));
    const QString title = tr("%n reminder(s) now due", "", int(reminders.size()));
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, lines.join(QLatin1Char('\n')), QSystemTrayIcon::Information, 15000);
    else
        statusBar()->showMessage(title + QStringLiteral(": ") + lines.join(QStringLiteral("; ")), 60000);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_db, this);
    connect(&dialog, &SettingsDialog::restored, this, [this] {
        ChangeEvent all;
        all.everything = true;
        applyChanges({all});
        ErrorReporter::guard([this] { m_feed->resync(); });
    });
    if (dialog.exec() != QDialog::Accepted || !dialog.languageChanged())
        return;
    emit restartRequested();
}

} // namespace shopcrm
