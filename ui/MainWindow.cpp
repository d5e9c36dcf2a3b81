#include "MainWindow.h"

#include "CustomerListPage.h"
#include "SettingsDialog.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace shopcrm {

MainWindow::MainWindow(Database& db, QWidget* parent) : QMainWindow(parent), m_db(db)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ShopCRM — Customers"));
    resize(1180, 720);

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
    m_customers = new CustomerListPage(db, central);
    layout->addWidget(m_customers, 1);
    setCentralWidget(central);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newCustomer = file->addAction(tr("&New customer"), m_customers, &CustomerListPage::newCustomer);
    newCustomer->setShortcut(QKeySequence::New);
    newCustomer->setShortcutContext(Qt::WidgetShortcut); // the page owns the window-wide Ctrl+N
    QAction* find = file->addAction(tr("&Find customer"), m_customers, &CustomerListPage::focusSearch);
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)});
    file->addSeparator();
    file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ShopCRM"), this, [this] {
        QMessageBox::about(this, tr("About ShopCRM"),
                           tr("<b>ShopCRM %1</b><p>Customers, orders and follow-ups for small shops.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    auto* where = new QLabel(tr("%1 — %2").arg(QDir::toNativeSeparators(db.path()), db.modeDescription()), this);
    where->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addWidget(where, 1);
    m_customers->focusSearch();
    restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !dialog.languageChanged())
        return;
    emit restartRequested();
}

} // namespace shopcrm
