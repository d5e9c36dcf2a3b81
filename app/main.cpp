// shopcrm: the desktop program. Builds the application, opens the store, shows the main window.
#include "AccountDialogs.h"
#include "CustomerListPage.h"
#include "domain/Pinyin.h"
#include "ErrorReporter.h"
#include "MainWindow.h"
#include "services/TimeZoneSetup.h"
#include "services/Translations.h"
#include "store/Database.h"
#include "store/UserRepository.h"
#include "UpgradeWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace shopcrm;

namespace {

// Reports when the main window is first painted (start-up as staff see it) and quits.
class FirstPaintReport final : public QObject
{
public:
    FirstPaintReport(const QElapsedTimer& started, QObject* parent) : QObject(parent), m_started(started) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType() &&
            qobject_cast<MainWindow*>(static_cast<QWidget*>(watched)->window())) {
            m_done = true;
            std::printf("first paint after %lld ms\n", static_cast<long long>(m_started.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
        return false;
    }

private:
    const QElapsedTimer& m_started;
    bool m_done = false;
};

} // namespace

int main(int argc, char** argv)
{
    pinLocalTimeZone();
    QElapsedTimer started;
    started.start();
    ShopApplication app(argc, argv);
    // ICU's pinyin rules load in the background while the window opens (0.1 s on first use).
    QThreadPool::globalInstance()->start([] { Pinyin::prepare(); });
    QApplication::setApplicationName(QStringLiteral("ShopCRM"));
    QApplication::setOrganizationName(QStringLiteral("ShopCRM"));
    QApplication::setApplicationVersion(QStringLiteral(SHOPCRM_VERSION));
    Translations::apply(QSettings().value(QStringLiteral("ui/language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "ShopCRM, the customer desk for small shops."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate(
            "main", "Open this database: a file, or a server's postgresql://user@host:port/dbname."),
        QApplication::translate("main", "path"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QApplication::translate("main", "Save a picture of the window and quit."),
                                              QApplication::translate("main", "png"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after"),
                                        QApplication::translate("main", "Quit after this many milliseconds (for checks)."),
                                        QApplication::translate("main", "ms"));
    const QCommandLineOption startupOption(
        QStringLiteral("startup-report"),
        QApplication::translate("main", "Print the time to the main window's first paint and quit (for the benchmark)."));
    parser.addOptions({dbOption, screenshotOption, quitOption, startupOption});
    parser.process(app);

    QSettings settings;
    DatabaseOptions options;
    options.session.user = settings.value(QStringLiteral("session/user"), options.session.user).toString();
    options.session.desk = settings.value(QStringLiteral("session/desk"), options.session.desk).toString();
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultLocation();
    std::unique_ptr<Database> db;
    try {
        try {
            db = UpgradeWindow::open(path, options);
        } catch (const StoreError& e) {
            // A server that wants a password PGPASSWORD and ~/.pgpass did not give: asked once.
            if (!ServerAddress::isServerUrl(path) || !e.message().contains(QLatin1String("password")) ||
                !qEnvironmentVariableIsEmpty("PGPASSWORD"))
                throw;
            bool ok = false;
            const QString password =
                QInputDialog::getText(nullptr, QApplication::translate("main", "Database server"),
                                      QApplication::translate("main", "Password for %1:").arg(path),
                                      QLineEdit::Password, QString(), &ok);
            if (!ok) return 0;
            qputenv("PGPASSWORD", password.toUtf8());
            db = UpgradeWindow::open(path, options);
        }
    } catch (const StoreError& e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "ShopCRM cannot open the database"), e.message());
        return 1;
    }

    // A new shop chooses between users and a single-user shop; a shop with users signs in.
    try {
        if (FirstRunDialog::wanted(*db)) {
            FirstRunDialog welcome(*db);
            if (welcome.exec() != QDialog::Accepted)
                return 0;
        } else if (UserRepository(*db).signInRequired()) {
            SignInDialog signIn(*db);
            if (signIn.exec() != QDialog::Accepted)
                return 0;
        }
    } catch (const StoreError& e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "ShopCRM cannot open the database"), e.message());
        return 1;
    }

    std::unique_ptr<MainWindow> window;
    std::function<void()> showWindow = [&] {
        if (window)
            QSettings().setValue(QStringLiteral("mainWindow/geometry"), window->saveGeometry());
        window = std::make_unique<MainWindow>(*db);
        QObject::connect(window.get(), &MainWindow::restartRequested, &app, [&] {
            // Every widget takes its texts when it is built, so a new window speaks the new language.
            Translations::apply(QSettings().value(QStringLiteral("ui/language")).toString());
            QTimer::singleShot(0, &app, showWindow);
        });
        window->show();
    };
    showWindow();
    qInfo("main window shown after %lld ms", static_cast<long long>(started.elapsed()));

    if (parser.isSet(startupOption)) {
        // The first paint event of the window or any widget in it, then quit.
        auto* firstPaint = new FirstPaintReport(started, &app);
        app.installEventFilter(firstPaint);
    }
    if (parser.isSet(screenshotOption)) {
        QTimer::singleShot(300, &app, [&] {
            window->grab().save(parser.value(screenshotOption));
            app.quit();
        });
    } else if (parser.isSet(quitOption)) {
        QTimer::singleShot(parser.value(quitOption).toInt(), &app, &QApplication::quit);
    }
    const int status = app.exec();
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), window->saveGeometry());
    window.reset();
    return status;
}
