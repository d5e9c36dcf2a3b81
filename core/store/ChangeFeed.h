#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QTimer;

namespace shopcrm {

class Database;

// What changed in one kind of record since the last look: the ids and operations, and whether
// another desk did it. `everything` means the feed lost track (the database was away longer than
// the change log keeps): reload whatever is shown.
struct ChangeEvent
{
    QString entity; // "customer", "order", "follow_up", "payment", "delivery", "setting", "desk", "lease"…
    QSet<qint64> ids;
    QSet<QString> ops;
    bool otherDesk = false;
    bool everything = false;
    bool concerns(const QString& kind) const { return everything || entity == kind; }
};
using ChangeBatch = QList<ChangeEvent>;

// The one change feed of the program. It watches the database on a connection of its own: on a
// shared file the header's change counter (read without taking the lock), on a single desk
// PRAGMA data_version, on a server the notifications every commit sends (LISTEN/NOTIFY) and the
// log's last seq; when any of them moves it reads change_log past the last seen seq and emits the
// changes grouped by kind. Local writes are seen the same way, at once (Database calls back after
// each commit). A database that cannot be reached is reported once, retried with a growing wait,
// and reported again when it is back. QtCore only: models, pages and the CLI can all use it.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)
public:
    explicit ChangeFeed(Database& db, QObject* parent = nullptr);
    ~ChangeFeed() override;

    // The feed running on db, if the program started one (editors follow their record through it).
    static ChangeFeed* of(const Database& db);

    void start(int intervalMs = 1000);
    void stop();
    // Looks now; returns what it emitted (also for tests and the CLI). A look that had to reopen a
    // lost connection returns nothing and looks again on the next turn of the event loop.
    ChangeBatch poll();
    qint64 lastSeq() const { return m_lastSeq; }
    // Starts again from the log's end (after a restore replaced the whole log).
    void resync();
    // Closes the feed's own connection (switching the storage mode needs the only one); the next
    // look opens what the mode then needs.
    void releaseConnection();
    bool reachable() const { return m_reachable; }

signals:
    void changed(const shopcrm::ChangeBatch& batch);
    void unreachable(const QString& message);
    void backAgain();

private:
    bool moved();
    void listen();
    ChangeBatch readLog();
    void scheduleNext();

    Database& m_db;
    std::unique_ptr<Database> m_watch;
    QTimer* m_timer = nullptr;
    QObject* m_listening = nullptr; // the server connection's driver that notifies this feed
    qint64 m_lastSeq = 0;
    qint64 m_lastMark = -1;
    int m_interval = 1000;
    int m_failures = 0;
    bool m_reachable = true;
    bool m_running = false;
    static constexpr int kBusyRetryMs = 20;
    static constexpr int kListeningBackstopMs = 15000;
};

} // namespace shopcrm

Q_DECLARE_METATYPE(shopcrm::ChangeBatch)
