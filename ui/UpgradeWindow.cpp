#include "UpgradeWindow.h"

#include "store/Dialect.h"
#include "store/Migrations.h"
#include "store/ServerProbe.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <optional>

namespace shopcrm {

std::unique_ptr<Database> UpgradeWindow::open(const QString& path, const DatabaseOptions& options, QWidget* parent)
{
    // A server is asked without opening the database (which would upgrade it there and then, on
    // this thread, with nothing on the screen): a shop's upgrade there starts with a pg_dump copy.
    const int stored =
        ServerAddress::isServerUrl(path) ? ServerProbe::look(path).schema : Database::schemaVersionOf(path);
    const int latest = Migrations::latestVersion(options.ladder ? *options.ladder : Migrations::ladder());
    if (stored > 0 && stored < latest) {
        const QString intro =
            tr("ShopCRM is upgrading %1 from schema %2 to %3. This happens once; the other desks "
               "wait until it is done.")
                .arg(path, QString::number(stored), QString::number(latest));
        QProgressDialog progress(intro, QString(), 0, 0, parent);
        progress.setObjectName(QStringLiteral("upgradeProgress"));
        progress.setWindowTitle(tr("Upgrading the database"));
        progress.setCancelButton(nullptr); // the upgrade is one transaction: it finishes or leaves the file as it was
        progress.setWindowModality(Qt::ApplicationModal);
        progress.setMinimumDuration(0);
        progress.setMinimumWidth(520);
        std::optional<StoreError> failure;
        DatabaseOptions upgrading = options;
        upgrading.upgradeProgress = [&progress, intro](const QString& what) {
            QMetaObject::invokeMethod(&progress, [&progress, intro, what] {
                progress.setLabelText(intro + QStringLiteral("\n\n") + what);
            });
        };
        QEventLoop loop;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            try {
                Database upgraded(path, upgrading);
            } catch (const StoreError& e) {
                failure = e;
            }
        }));
        QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
        progress.show();
        thread->start();
        loop.exec();
        thread->wait();
        if (failure)
            throw *failure;
    }
    return std::make_unique<Database>(path, options);
}

} // namespace shopcrm
