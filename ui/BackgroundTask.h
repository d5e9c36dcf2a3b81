#pragma once

#include "store/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QGuiApplication>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace shopcrm {

// What a background task gave: its value, or the message of the error that stopped it, or that
// the user stopped it.
template <typename T> struct BackgroundResult
{
    std::optional<T> value;
    QString error;
    bool stopped = false;
};

// Long work (an import, an export, a search over every customer) runs on a connection of its own
// in another thread, so the window stays responsive; a window-modal progress dialog shows how far
// it is and its Stop makes `progress` return false, which the work answers by stopping (and
// rolling back). No store error escapes: it comes back as the result's message.
template <typename T>
BackgroundResult<T>
runInBackground(QWidget* parent, Database& db, const QString& label,
                const std::function<T(Database&, const std::function<bool(qint64, qint64)>&)>& work)
{
    const DatabaseTicket ticket = db.ticket();
    auto stop = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<qint64>>(0);
    auto total = std::make_shared<std::atomic<qint64>>(-1);
    QProgressDialog progress(label, QCoreApplication::translate("shopcrm::BackgroundTask", "Stop"), 0, 0,
                             parent);
    progress.setObjectName(QStringLiteral("backgroundProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    // A thread of its own, not one of the global pool's: the work itself spreads over the pool
    // (QtConcurrent::blockingMap), which deadlocks when the task waiting for it holds a pool thread.
    auto result = std::make_shared<BackgroundResult<T>>();
    QEventLoop loop;
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [stop] { *stop = true; });
    std::unique_ptr<QThread> thread(QThread::create([ticket, work, stop, done, total, result]() {
        try {
            const std::unique_ptr<Database> own = ticket.open();
            result->value = work(*own, [&](qint64 n, qint64 all) {
                *done = n;
                *total = all;
                return !*stop;
            });
        } catch (const StoreError& e) {
            result->error = e.message();
        } catch (const std::exception& e) {
            result->error = QString::fromLocal8Bit(e.what());
        }
        result->stopped = *stop;
    }));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &progress, [&] {
        if (*total > 0) {
            progress.setMaximum(1000);
            progress.setValue(static_cast<int>(std::min<qint64>(999, 1000 * *done / *total)));
            progress.setLabelText(
                label + QLatin1Char('\n') +
                QCoreApplication::translate("shopcrm::BackgroundTask", "%L1 of %L2").arg(*done).arg(*total));
        }
    });
    ticker.start(100);
    if (!thread->isFinished())
        loop.exec();
    thread->wait();
    ticker.stop();
    progress.reset();
    return *result;
}

// Brief work the user waits for without a progress window (checking or hashing a password costs
// tens of milliseconds of CPU on purpose): it runs on a connection of its own in another thread
// while the window keeps painting but takes no input, so nothing is clicked twice meanwhile.
template <typename T> BackgroundResult<T> waitBriefly(Database& db, const std::function<T(Database&)>& work)
{
    const DatabaseTicket ticket = db.ticket();
    auto result = std::make_shared<BackgroundResult<T>>();
    std::unique_ptr<QThread> thread(QThread::create([ticket, work, result]() {
        try {
            const std::unique_ptr<Database> own = ticket.open();
            result->value = work(*own);
        } catch (const StoreError& e) {
            result->error = e.message();
        } catch (const std::exception& e) {
            result->error = QString::fromLocal8Bit(e.what());
        }
    }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    thread->start();
    if (!thread->isFinished()) loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    QGuiApplication::restoreOverrideCursor();
    return *result;
}

} // namespace shopcrm
