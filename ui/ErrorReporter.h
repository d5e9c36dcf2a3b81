#pragma once

#include <QApplication>
#include <QObject>
#include <QString>

namespace shopcrm {

class StoreError;

// Where a store error goes when it happens with no dialog to show it in: a list model reading a
// page while it paints, a timer, a refresh after another desk's change. The main window shows what
// is reported in its notice strip; the error never travels further.
class ErrorReporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorReporter)
public:
    static ErrorReporter& instance();
    // Safe to call from a model's data(): the notice is shown after the current event.
    void report(const StoreError& error);
    void report(const QString& message, bool unreachable = false);

    // Runs fn; a StoreError it throws is reported instead. Returns whether fn completed.
    template <typename Fn>
    static bool guard(Fn&& fn);

signals:
    // unreachable: the database's folder or disk could not be reached (the desk retries).
    void reported(const QString& message, bool unreachable);

private:
    ErrorReporter() = default;
    QString m_last;
};

// The application object of the desktop program: any exception that still reaches the event loop
// (a slot that forgot to catch) is reported in the window instead of ending the program.
class ShopApplication final : public QApplication
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopApplication)
public:
    ShopApplication(int& argc, char** argv) : QApplication(argc, argv) {}
    bool notify(QObject* receiver, QEvent* event) override;
};

} // namespace shopcrm

#include "store/StoreError.h"

template <typename Fn>
bool shopcrm::ErrorReporter::guard(Fn&& fn)
{
    try {
        fn();
        return true;
    } catch (const StoreError& e) {
        instance().report(e);
        return false;
    }
}
