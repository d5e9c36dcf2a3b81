#include "ErrorReporter.h"

#include <QTimer>

namespace shopcrm {

ErrorReporter& ErrorReporter::instance()
{
    static ErrorReporter* reporter = new ErrorReporter;
    return *reporter;
}

void ErrorReporter::report(const StoreError& error)
{
    report(error.message(), error.kind() == StoreError::Kind::Unavailable);
}

void ErrorReporter::report(const QString& message, bool unreachable)
{
    qWarning("%s", qPrintable(message));
    // A list that cannot read its rows asks again for every row it paints: one notice is enough.
    if (message == m_last)
        return;
    m_last = message;
    QTimer::singleShot(0, this, [this, message, unreachable] {
        emit reported(message, unreachable);
        QTimer::singleShot(2000, this, [this, message] {
            if (m_last == message)
                m_last.clear();
        });
    });
}

bool ShopApplication::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const StoreError& e) {
        ErrorReporter::instance().report(e);
    } catch (const std::exception& e) {
        ErrorReporter::instance().report(tr("Something went wrong and was not finished: %1").arg(QString::fromUtf8(e.what())));
    }
    return false;
}

} // namespace shopcrm
