#include "ChangeFeed.h"

#include "Database.h"

#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QTimer>

namespace shopcrm {

ChangeFeed* ChangeFeed::of(const Database& db)
{
    return RunningOn<ChangeFeed>::of(db);
}

ChangeFeed::ChangeFeed(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    RunningOn<ChangeFeed>::set(db, this);
    qRegisterMetaType<shopcrm::ChangeBatch>();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        poll();
        if (!m_timer->isActive()) // a look that met another desk's commit has set its own retry
            scheduleNext();
    });
    try {
        m_lastSeq = Sql(m_db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")).scalar().toLongLong();
    } catch (const StoreError& e) {
        m_reachable = false;
        qWarning("The change feed starts without the database: %s", qPrintable(e.message()));
    }
    m_db.setCommitObserver([this] { QTimer::singleShot(0, this, [this] { poll(); }); });
    listen();
}

void ChangeFeed::listen()
{
    // On a server, every commit notifies (Database::write); this connection hears the others' at
    // once, and the timer only backs it up.
    if (!m_db.isServer()) return;
    QSqlDriver* driver = m_db.connection().driver();
    if (!driver || driver == m_listening) return;
    if (!driver->subscribeToNotification(QString::fromLatin1(Database::kChangeChannel))) {
        qWarning("The change feed cannot listen on %s; it looks every second instead",
                 qPrintable(m_db.path()));
        return;
    }
    m_listening = driver;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString&, QSqlDriver::NotificationSource source, const QVariant&) {
                // Its own commits are seen through the commit observer.
                if (source != QSqlDriver::SelfSource) QTimer::singleShot(0, this, [this] { poll(); });
            });
}

ChangeFeed::~ChangeFeed()
{
    RunningOn<ChangeFeed>::clear(m_db, this);
    m_db.setCommitObserver({});
}

void ChangeFeed::releaseConnection()
{
    m_watch.reset();
    m_lastMark = -1;
}

void ChangeFeed::start(int intervalMs)
{
    m_interval = intervalMs;
    m_running = true;
    m_timer->start(m_interval);
}

void ChangeFeed::stop()
{
    m_running = false;
    m_timer->stop();
}

void ChangeFeed::scheduleNext()
{
    // While the database is away the wait grows to 5 s (a look at a share that is gone fails at
    // once, so looking costs little); the notice goes within those seconds of the share's return.
    // A server's notifications carry the news; the look at the log's end only backs them up.
    const int every = m_listening ? std::max(m_interval, kListeningBackstopMs) : m_interval;
    const int wait = m_reachable ? every : std::min(m_interval << std::min(m_failures, 3), 5000);
    m_timer->start(wait);
}

bool ChangeFeed::moved()
{
    qint64 mark = -1;
    if (m_db.mode() == StorageMode::Shared) {
        // The file change counter (header bytes 24–27) moves with every commit in rollback-journal
        // mode; reading it through a fresh handle takes no lock, so desks do not queue for a poll.
        QFile file(m_db.path());
        const QByteArray header = file.open(QIODevice::ReadOnly) ? file.read(28) : QByteArray();
        if (header.size() < 28)
            throw StoreError(StoreError::Kind::Unavailable,
                             Database::tr("The shared folder cannot be reached (%1); nothing was saved.")
                                 .arg(file.errorString()));
        mark = (qint64(quint8(header.at(24))) << 24) | (quint8(header.at(25)) << 16) | (quint8(header.at(26)) << 8) |
               quint8(header.at(27));
    } else if (m_db.isServer()) {
        // The log's end, one look at its key's index.
        mark =
            Sql(m_db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")).scalar().toLongLong();
    } else {
        if (!m_watch)
            m_watch = m_db.openSibling();
        mark = Sql(*m_watch, QStringLiteral("PRAGMA data_version")).scalar().toLongLong();
    }
    const bool changed = mark != m_lastMark;
    m_lastMark = mark;
    return changed;
}

ChangeBatch ChangeFeed::readLog()
{
    ChangeBatch batch;
    const qint64 oldest = Sql(m_db, QStringLiteral("SELECT coalesce(min(seq), 0) FROM change_log")).scalar().toLongLong();
    if (m_lastSeq > 0 && oldest > m_lastSeq + 1) {
        ChangeEvent all;
        all.everything = true;
        all.otherDesk = true;
        batch.append(all);
        m_lastSeq = Sql(m_db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")).scalar().toLongLong();
        return batch;
    }
    QHash<QString, qsizetype> index;
    const QString myDesk = m_db.session().desk;
    // Taken as seen only once the whole read has succeeded: a read that meets another desk's commit
    // halfway is done again from the same place.
    qint64 seen = m_lastSeq;
    for (;;) {
        Sql q(m_db, QStringLiteral("SELECT seq, entity, entity_id, op, desk FROM change_log WHERE seq > ? ORDER BY seq LIMIT 2000"));
        q.bind(seen).exec();
        int rows = 0;
        while (q.next()) {
            ++rows;
            seen = q.value(0).toLongLong();
            const QString entity = q.value(1).toString();
            const bool other = q.value(4).toString() != myDesk;
            const QString key = entity + (other ? QStringLiteral("/other") : QStringLiteral("/own"));
            auto it = index.find(key);
            if (it == index.end()) {
                ChangeEvent e;
                e.entity = entity;
                e.otherDesk = other;
                batch.append(e);
                it = index.insert(key, batch.size() - 1);
            }
            ChangeEvent& e = batch[*it];
            e.ids.insert(q.value(2).toLongLong());
            e.ops.insert(q.value(3).toString());
        }
        if (rows < 2000)
            break;
    }
    m_lastSeq = seen;
    return batch;
}

void ChangeFeed::resync()
{
    m_lastSeq = Sql(m_db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")).scalar().toLongLong();
    m_lastMark = -1;
}

ChangeBatch ChangeFeed::poll()
{
    ChangeBatch batch;
    bool back = false;
    try {
        // Never wait on the window's thread for another desk's commit to end: a commit on a share
        // can take longer than a frame, and the look is as good a moment later. (Only the feed's own
        // reads: whoever hears it below reads as patiently as ever.)
        const Database::ReadWait noWaiting(m_db, 0);
        if (!moved() && m_reachable && !m_db.lostConnection())
            return batch;
        // The file is there again: a connection that lost it is opened anew, and the log is read on
        // the next turn, so that the window paints in between on a share whose every read is slow.
        if (m_db.lostConnection()) {
            if (!m_db.recover())
                throw StoreError(StoreError::Kind::Unavailable,
                                 Database::tr("The shared folder cannot be reached (%1); nothing was saved.")
                                     .arg(m_db.path()));
            m_lastMark = -1;
            listen(); // a new connection, which listens anew
            QTimer::singleShot(0, this, [this] { poll(); });
            return batch;
        }
        batch = readLog();
        back = !m_reachable;
    } catch (const StoreError& e) {
        // Never past here: the feed runs from a timer, where an exception would end the program.
        m_lastMark = -1;
        if (e.kind() == StoreError::Kind::Busy) {
            // Another desk is committing: look again shortly (jittered, so that desks do not knock
            // in step), on the timer when it runs and at once otherwise.
            if (m_running) m_timer->start(kBusyRetryMs + QRandomGenerator::global()->bounded(kBusyRetryMs));
            return batch;
        }
        ++m_failures;
        m_watch.reset();
        if (m_reachable) {
            m_reachable = false;
            emit unreachable(e.message());
        }
        return batch;
    }
    if (back) {
        m_reachable = true;
        m_failures = 0;
        emit backAgain();
    }
    if (!batch.isEmpty())
        emit changed(batch);
    return batch;
}

} // namespace shopcrm
