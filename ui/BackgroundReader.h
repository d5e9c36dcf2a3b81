#pragma once

#include "store/Database.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace shopcrm {

// Reads for a page on a connection of its own in another thread, one read at a time, and hands
// the result to the page on the GUI thread, so a read over a large shop (the year review, the
// reminders, counts over every order line) never holds the window. A read started after another
// stops the older one and drops its result. A store error comes back as its message.
class BackgroundReader final : public QObject
{
public:
    BackgroundReader(Database& db, QObject* parent) : QObject(parent), m_db(db) { m_pool.setMaxThreadCount(1); }
    // A read still running is stopped (the window is closing): nobody waits for its result.
    ~BackgroundReader() override
    {
        held().remove(this);
        {
            const QMutexLocker lock(&m_running->mutex);
            m_running->closing = true;
            if (m_running->stop) m_running->stop();
        }
        m_pool.waitForDone();
    }
    Q_DISABLE_COPY_MOVE(BackgroundReader)

    // Whatever is being read is no longer wanted: its result is dropped, and a read still running
    // is stopped so the next one need not wait for it.
    void forget()
    {
        ++m_request;
        const QMutexLocker lock(&m_running->mutex);
        if (m_running->stop) m_running->stop();
    }

    // While the main window is built and painted for the first time, reads wait (the latest of
    // each reader), so that first paint has the cores and the disk to itself; release() starts them.
    static void hold() { holding() = true; }
    static void release()
    {
        holding() = false;
        const QSet<BackgroundReader*> waiting = std::exchange(held(), {});
        for (BackgroundReader* reader : waiting)
            if (reader->m_heldStart) std::exchange(reader->m_heldStart, nullptr)();
    }

    template <typename T>
    void read(std::function<T(Database&)> work, std::function<void(const T&)> apply,
              std::function<void(const QString&)> failed = {})
    {
        struct Outcome
        {
            std::optional<T> value;
            QString error;
        };
        forget(); // an older read's result would be dropped: it need not finish
        const quint64 request = m_request;
        auto* watcher = new QFutureWatcher<Outcome>(this);
        connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, request, apply, failed] {
            watcher->deleteLater();
            if (request != m_request)
                return;
            const Outcome outcome = watcher->result();
            if (outcome.value)
                apply(*outcome.value);
            else if (failed)
                failed(outcome.error);
        });
        // Only the latest read asked for while held is started on release.
        delete m_heldWatcher.data();
        m_heldStart = nullptr;
        if (holding()) {
            m_heldWatcher = watcher;
            m_heldStart = [this, watcher, work] { start(watcher, work); };
            held().insert(this);
            return;
        }
        start(watcher, work);
    }

private:
    template <typename Outcome, typename T>
    void start(QFutureWatcher<Outcome>* watcher, std::function<T(Database&)> work)
    {
        m_heldWatcher = nullptr;
        watcher->setFuture(QtConcurrent::run(&m_pool, [ticket = m_db.ticket(), work, running = m_running] {
            Outcome outcome;
            try {
                const std::unique_ptr<Database> db = ticket.open();
                {
                    // Closed before the read began: nothing to read for.
                    const QMutexLocker lock(&running->mutex);
                    if (running->closing) return outcome;
                    running->stop = db->interrupter();
                }
                struct Done
                {
                    Running& running;
                    ~Done()
                    {
                        const QMutexLocker lock(&running.mutex);
                        running.stop = nullptr;
                    }
                } done{*running};
                outcome.value = work(*db);
            } catch (const StoreError& e) {
                outcome.error = e.message();
            }
            return outcome;
        }));
    }

    static bool& holding()
    {
        static bool value = false;
        return value;
    }
    static QSet<BackgroundReader*>& held()
    {
        static QSet<BackgroundReader*> readers;
        return readers;
    }

    // The read in progress, for the destructor to stop it.
    struct Running
    {
        QMutex mutex;
        std::function<void()> stop;
        bool closing = false;
    };
    Database& m_db;
    QThreadPool m_pool;
    quint64 m_request = 0;
    std::shared_ptr<Running> m_running = std::make_shared<Running>();
    std::function<void()> m_heldStart;
    QPointer<QObject> m_heldWatcher;
};

} // namespace shopcrm
