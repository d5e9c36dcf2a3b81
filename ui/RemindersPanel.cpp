#include "RemindersPanel.h"

#include "BackgroundReader.h"
#include "MessageDialogs.h"
#include "store/Database.h"
#include "store/OrderRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1; // index into ReminderList::all(), -1 for a group

QString whenText(const Reminder& r)
{
    if (r.kind == Reminder::Kind::PoolReturn)
        return r.daysLate == -1 ? RemindersPanel::tr("tomorrow")
                                : RemindersPanel::tr("in %n day(s)", "", -r.daysLate);
    if (r.kind == Reminder::Kind::Birthday) {
        if (r.daysLate == 0)
            return RemindersPanel::tr("today");
        if (r.daysLate == -1)
            return RemindersPanel::tr("tomorrow");
        return RemindersPanel::tr("in %n day(s)", "", -r.daysLate);
    }
    if (r.kind == Reminder::Kind::Balance)
        return RemindersPanel::tr("%n day(s) late", "", r.daysLate);
    if ((r.kind == Reminder::Kind::Order || r.kind == Reminder::Kind::Service ||
         r.kind == Reminder::Kind::Task) &&
        r.daysLate == 0)
        return RemindersPanel::tr("due %1").arg(r.dueAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    if (r.daysLate <= 0)
        return RemindersPanel::tr("today");
    return RemindersPanel::tr("%n day(s) late", "", r.daysLate);
}

} // namespace

RemindersPanel::RemindersPanel(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("remindersPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("remindersSummaryLabel"));
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("remindersTree"));
    // Two columns that always fit the panel: what and with whom (elided, full text in the tooltip),
    // and when, as wide as its text.
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Reminder"), tr("When")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* open = new QPushButton(tr("Open"), this);
    open->setObjectName(QStringLiteral("reminderOpenButton"));
    open->setToolTip(tr("Open the follow-up, order or customer (Enter)"));
    m_done = new QPushButton(tr("Done"), this);
    m_done->setObjectName(QStringLiteral("reminderDoneButton"));
    m_done->setToolTip(tr("Mark the selected reminder done (Ctrl+D)"));
    m_snooze = new QPushButton(tr("Snooze"), this);
    m_snooze->setObjectName(QStringLiteral("reminderSnoozeButton"));
    auto* snoozeMenu = new QMenu(m_snooze);
    snoozeMenu->addAction(tr("Until tomorrow"), this, [this] { snoozeCurrent(1); });
    snoozeMenu->addAction(tr("For 3 days"), this, [this] { snoozeCurrent(3); });
    snoozeMenu->addAction(tr("For a week"), this, [this] { snoozeCurrent(7); });
    m_snooze->setMenu(snoozeMenu);
    m_notify = new QPushButton(tr("Tell…"), this);
    m_notify->setObjectName(QStringLiteral("reminderNotifyButton"));
    m_notify->setToolTip(tr("Tell the customer by e-mail or text message that the order is ready, or that a "
                            "payment is due"));
    m_notify->setVisible(db.access().can(Module::FollowUps, Action::Create));
    m_notify->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(m_done);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_notify);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(open, &QPushButton::clicked, this, &RemindersPanel::openCurrent);
    connect(m_done, &QPushButton::clicked, this, &RemindersPanel::markCurrentDone);
    connect(m_tree, &QTreeWidget::itemActivated, this, &RemindersPanel::openCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        m_done->setEnabled(current() && !m_db.isReadOnly());
        m_snooze->setEnabled(current() && !m_db.isReadOnly());
        const Reminder* r = current();
        m_notify->setEnabled(r && !m_db.isReadOnly() &&
                             (r->kind == Reminder::Kind::Order || r->kind == Reminder::Kind::Balance));
    });
    connect(m_notify, &QPushButton::clicked, this, &RemindersPanel::notifyCurrent);
    auto* done = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), m_tree);
    done->setContext(Qt::WidgetShortcut);
    connect(done, &QShortcut::activated, this, &RemindersPanel::markCurrentDone);

    m_reader = new BackgroundReader(db, this);
    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &RemindersPanel::refresh);
    m_timer->start();
    refresh();
}

const Reminder* RemindersPanel::current() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(0, kIndexRole).toInt();
    return index >= 0 && index < m_all.size() ? &m_all.at(index) : nullptr;
}

void RemindersPanel::fillGroup(QTreeWidgetItem* group, const QString& title, const QList<Reminder>& items)
{
    group->setText(0, tr("%1 (%2)").arg(title).arg(items.size()));
    group->setData(0, kIndexRole, -1);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    m_tree->addTopLevelItem(group);
    group->setExpanded(true);
}

void RemindersPanel::refresh()
{
    // Over a large shop this reads for seconds: in another thread, shown when it is there.
    const QDateTime now = m_clock.isValid() ? m_clock : QDateTime::currentDateTimeUtc();
    if (m_summary->text().isEmpty())
        m_summary->setText(tr("Reading what is due…")); // the first time; later the last list stays
    m_reader->read<ReminderList>([now](Database& db) { return ReminderRepository(db).due(now); },
                                 [this](const ReminderList& list) { show(list); },
                                 [this](const QString& error) {
                                     m_summary->setText(error);
                                     emit refreshed();
                                 });
}

void RemindersPanel::show(const ReminderList& list)
{
    // The selection is kept across the refresh by its key.
    const Reminder* selected = current();
    const QString selectedKey = selected ? selected->key() : QString();
    m_list = list;
    m_tree->clear();
    m_all = m_list.all();
    struct Group
    {
        QString title;
        const QList<Reminder>* items;
    };
    const Group groups[] = {{tr("Follow-ups due"), &m_list.followUps},
                            {tr("Orders due"), &m_list.orders},
                            {tr("Birthdays this week"), &m_list.birthdays},
                            {tr("Balances past due"), &m_list.balances},
                            {tr("Going back to the pool"), &m_list.pool},
                            {tr("Service requests due"), &m_list.service},
                            {tr("Tasks due"), &m_list.tasks}};
    int index = 0;
    QTreeWidgetItem* reselect = nullptr;
    for (const Group& g : groups) {
        // The pool's group only for a shop whose pool rules have something to say.
        if (g.items == &m_list.pool && g.items->isEmpty()) continue;
        // Nor one for service requests when none is due.
        if (g.items == &m_list.service && g.items->isEmpty()) continue;
        if (g.items == &m_list.tasks && g.items->isEmpty()) continue;
        auto* group = new QTreeWidgetItem;
        fillGroup(group, g.title, *g.items);
        for (const Reminder& r : *g.items) {
            auto* item = new QTreeWidgetItem(group);
            QString title = r.title;
            if (r.kind == Reminder::Kind::Birthday && r.age > 0)
                title = tr("%1 turns %2").arg(r.title).arg(r.age);
            else if ((r.kind == Reminder::Kind::FollowUp || r.kind == Reminder::Kind::PoolReturn ||
                      r.kind == Reminder::Kind::Service || r.kind == Reminder::Kind::Task) &&
                     !r.who.isEmpty())
                title = tr("%1 (%2)").arg(r.title, r.who);
            const QString line = r.customer.isEmpty() ? title : tr("%1 — %2").arg(r.customer, title);
            item->setText(0, line);
            item->setText(1, whenText(r));
            item->setToolTip(0, line);
            item->setData(0, kIndexRole, index);
            if (r.daysLate > 0)
                item->setForeground(1, QColor(0xb0, 0x00, 0x20));
            if (r.key() == selectedKey)
                reselect = item;
            ++index;
        }
    }
    if (reselect)
        m_tree->setCurrentItem(reselect);
    m_done->setEnabled(current() && !m_db.isReadOnly());
    m_snooze->setEnabled(current() && !m_db.isReadOnly());
    m_summary->setText(m_list.total() == 0 ? tr("Nothing is due today.")
                                           : tr("%n reminder(s) for today", "", m_list.total()));

    QList<Reminder> fresh;
    QSet<QString> keys;
    for (const Reminder& r : std::as_const(m_all)) {
        keys.insert(r.key());
        if (!m_firstLook && !m_seen.contains(r.key()))
            fresh.append(r);
    }
    // Keys are remembered for the day, so a reminder that comes back after a snooze notifies again
    // while one that stays due does not notify every minute.
    m_seen = keys;
    m_firstLook = false;
    if (!fresh.isEmpty())
        emit newlyDue(fresh);
    emit countChanged(m_list.total());
    emit refreshed();
}

void RemindersPanel::openCurrent()
{
    const Reminder* r = current();
    if (!r)
        return;
    const Reminder copy = *r;
    switch (copy.kind) {
    case Reminder::Kind::FollowUp: emit openFollowUp(copy.refId); break;
    case Reminder::Kind::Order: emit openOrder(copy.refId); break;
    case Reminder::Kind::Service:
        emit openServiceRequest(copy.refId);
        break;
    case Reminder::Kind::Task:
        emit openTask(copy.refId);
        break;
    case Reminder::Kind::Birthday:
    case Reminder::Kind::Balance:
    case Reminder::Kind::PoolReturn:
        emit openCustomer(copy.customerId);
        break;
    }
}

void RemindersPanel::markCurrentDone()
{
    const Reminder* r = current();
    if (!r || m_db.isReadOnly())
        return;
    try {
        ReminderRepository(m_db).markDone(*r);
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not saved"), e.message());
    }
    refresh();
}

void RemindersPanel::notifyCurrent()
{
    const Reminder* r = current();
    if (!r || m_db.isReadOnly()) return;
    const Reminder copy = *r;
    if (copy.kind == Reminder::Kind::Order) {
        QString number;
        try {
            number = OrderRepository(m_db).get(copy.refId).number;
        } catch (const StoreError& e) {
            QMessageBox::warning(this, tr("Cannot open"), e.message());
            return;
        }
        openNotice(this, m_db, Notice::OrderReady, copy.customerId, copy.refId, number);
    } else if (copy.kind == Reminder::Kind::Balance) {
        openNotice(this, m_db, Notice::PaymentDue, copy.customerId);
    }
}

void RemindersPanel::snoozeCurrent(int days)
{
    const Reminder* r = current();
    if (!r || m_db.isReadOnly())
        return;
    try {
        ReminderRepository(m_db).snooze(*r, m_list.today.addDays(days));
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not saved"), e.message());
    }
    refresh();
}

} // namespace shopcrm
