#include "BackupDialog.h"

#include "store/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace shopcrm {

namespace {

QString localTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QSpinBox* spin(QWidget* parent, const QString& name, int min, int max, int value)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(min, max);
    box->setValue(value);
    return box;
}

// What a backup holds, in the words of the restore question.
QString describe(const BackupInfo& b)
{
    QString text = BackupDialog::tr("Taken %1; %2 customers, %3 orders.").arg(localTime(b.takenAt)).arg(b.customers).arg(b.orders);
    if (!b.lastOrder.isEmpty())
        text += QLatin1Char(' ') + BackupDialog::tr("The last order is %1 of %2.").arg(b.lastOrder, localTime(b.lastOrderAt));
    return text;
}

} // namespace

BackupDialog::BackupDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Backups"));
    resize(860, 520);
    BackupSchedule s;
    try {
        s = Backups::schedule(db);
    } catch (const StoreError& e) {
        s.folder = Backups::defaultFolder(db);
    }
    m_folder = new QLineEdit(QDir::toNativeSeparators(s.folder), this);
    m_folder->setObjectName(QStringLiteral("backupFolderLineEdit"));
    auto* browse = new QPushButton(tr("&Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_every = spin(this, QStringLiteral("backupEverySpinBox"), 0, 31, s.everyDays);
    m_every->setSpecialValueText(tr("never"));
    m_every->setSuffix(tr(" day(s)"));
    m_daily = spin(this, QStringLiteral("keepDailySpinBox"), 1, 366, s.retention.daily);
    m_weekly = spin(this, QStringLiteral("keepWeeklySpinBox"), 0, 520, s.retention.weekly);
    m_monthly = spin(this, QStringLiteral("keepMonthlySpinBox"), 0, 240, s.retention.monthly);
    auto* keep = new QHBoxLayout;
    keep->addWidget(m_daily);
    keep->addWidget(new QLabel(tr("daily"), this));
    keep->addWidget(m_weekly);
    keep->addWidget(new QLabel(tr("weekly"), this));
    keep->addWidget(m_monthly);
    keep->addWidget(new QLabel(tr("monthly"), this));
    keep->addStretch(1);
    m_encrypt = new QCheckBox(tr("&Encrypt scheduled backups (the passphrase is asked once each day the program starts)"), this);
    m_encrypt->setObjectName(QStringLiteral("encryptCheckBox"));
    m_encrypt->setChecked(s.encrypt);
    auto* save = new QPushButton(tr("&Save the schedule"), this);
    save->setObjectName(QStringLiteral("saveScheduleButton"));
    auto* form = new QFormLayout;
    // Rows holding a layout get a label with a buddy, so their mnemonic works.
    auto* folderLabel = new QLabel(tr("&Folder"), this);
    folderLabel->setBuddy(m_folder);
    auto* keepLabel = new QLabel(tr("&Keep"), this);
    keepLabel->setBuddy(m_daily);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Back up &every"), m_every);
    form->addRow(keepLabel, keep);
    form->addRow(QString(), m_encrypt);
    form->addRow(QString(), save);
    auto* hint = new QLabel(tr("Keep the folder on another disk, a USB stick or another computer: a backup on the same "
                               "disk does not survive that disk."),
                            this);
    hint->setWordWrap(true);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("backupsTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Size"), tr("Customers"), tr("Orders"), tr("File"), tr("Audit head")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 130);
    m_table->setColumnWidth(4, 230);
    auto* now = new QPushButton(tr("&Back up now"), this);
    now->setObjectName(QStringLiteral("backUpNowButton"));
    auto* restoreSelected = new QPushButton(tr("&Restore the selected backup…"), this);
    restoreSelected->setObjectName(QStringLiteral("restoreButton"));
    auto* restoreFile = new QPushButton(tr("Restore from a &file…"), this);
    restoreFile->setObjectName(QStringLiteral("restoreFileButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("backupMessageLabel"));
    m_message->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(now);
    actions->addWidget(restoreSelected);
    actions->addWidget(restoreFile);
    actions->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(save, &QPushButton::clicked, this, &BackupDialog::saveSchedule);
    connect(now, &QPushButton::clicked, this, &BackupDialog::backUpNow);
    connect(restoreSelected, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_backups.size())
            restore(m_backups.at(row).path);
    });
    connect(restoreFile, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Restore a backup"), m_folder->text(),
                                         tr("ShopCRM backups (*.db *.dump *.enc);;All files (*)"));
        if (!path.isEmpty())
            restore(path);
    });
    reloadList();
}

void BackupDialog::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color:#b00020") : QStringLiteral("color:#2e7d32"));
    m_message->setText(text);
}

void BackupDialog::reloadList()
{
    m_backups = Backups::list(QDir::fromNativeSeparators(m_folder->text()));
    m_table->setRowCount(0);
    for (const BackupInfo& b : std::as_const(m_backups)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {localTime(b.takenAt),
                                   tr("%1 MB").arg(double(b.bytes) / 1e6, 0, 'f', 1),
                                   b.problem.isEmpty() ? QString::number(b.customers) : QString(),
                                   b.problem.isEmpty() ? QString::number(b.orders) : QString(),
                                   QFileInfo(b.path).fileName() + (b.encrypted ? QStringLiteral(" 🔒") : QString()),
                                   b.problem.isEmpty() ? b.auditHead.left(16) : b.problem};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
}

void BackupDialog::saveSchedule()
{
    BackupSchedule s;
    s.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    s.everyDays = m_every->value();
    s.retention = {m_daily->value(), m_weekly->value(), m_monthly->value()};
    s.encrypt = m_encrypt->isChecked();
    try {
        Backups::setSchedule(m_db, s);
    } catch (const StoreError& e) {
        showMessage(e.message(), true);
        return;
    }
    showMessage(tr("The schedule is saved."), false);
    reloadList();
}

BackupInfo BackupDialog::runInBackground(Database& db, QWidget* parent, const QString& folder, const QString& passphrase)
{
    // VACUUM INTO of a large shop takes seconds: it runs on a connection of its own in another
    // thread, the window stays painted, and what failed comes back as the StoreError it was.
    const DatabaseTicket ticket = db.ticket();
    QProgressDialog progress(tr("Backing up the database…"), QString(), 0, 0, parent);
    progress.setObjectName(QStringLiteral("backupProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(200);
    struct Outcome
    {
        BackupInfo info;
        std::optional<StoreError> error;
    };
    QFutureWatcher<Outcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([ticket, folder, passphrase]() {
        Outcome outcome;
        try {
            outcome.info = Backups::createInFolder(*ticket.open(), folder, passphrase);
        } catch (const StoreError& e) {
            outcome.error = e;
        }
        return outcome;
    }));
    loop.exec();
    progress.reset();
    const Outcome outcome = watcher.result();
    if (outcome.error)
        throw *outcome.error;
    return outcome.info;
}

void BackupDialog::backUpNow()
{
    QString passphrase;
    if (m_encrypt->isChecked()) {
        bool ok = false;
        passphrase = QInputDialog::getText(this, tr("Encrypted backup"), tr("Passphrase for this backup:"),
                                           QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        if (passphrase.isEmpty()) {
            showMessage(tr("The passphrase is empty."), true);
            return;
        }
    }
    try {
        const BackupInfo made = runInBackground(m_db, this, QDir::fromNativeSeparators(m_folder->text().trimmed()), passphrase);
        showMessage(tr("Backed up to %1 (%2 MB, checked). Audit head: %3")
                        .arg(QDir::toNativeSeparators(made.path))
                        .arg(double(made.bytes) / 1e6, 0, 'f', 1)
                        .arg(made.auditHead),
                    false);
    } catch (const StoreError& e) {
        showMessage(e.message(), true);
    }
    reloadList();
}

bool BackupDialog::restore(const QString& path)
{
    QString passphrase;
    BackupInfo incoming;
    try {
        if (Backups::isEncrypted(path)) {
            bool ok = false;
            passphrase = QInputDialog::getText(this, tr("Encrypted backup"), tr("Passphrase of %1:").arg(QFileInfo(path).fileName()),
                                               QLineEdit::Password, QString(), &ok);
            if (!ok)
                return false;
        }
        incoming = Backups::inspect(path, passphrase);
        Backups::requireSameKind(m_db, incoming);
    } catch (const StoreError& e) {
        showMessage(e.message(), true);
        return false;
    }
    QMessageBox ask(QMessageBox::Warning, tr("Restore this backup?"),
                    tr("Replace everything in the database with this backup?\n\n%1\n\nWhat the database holds now is "
                       "backed up first, into %2.")
                        .arg(describe(incoming), QDir::toNativeSeparators(m_folder->text())),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("restoreQuestion"));
    QPushButton* yes = ask.addButton(tr("Restore"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != yes)
        return false;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const BackupInfo safety = Backups::restore(m_db, path, passphrase, QDir::fromNativeSeparators(m_folder->text().trimmed()));
        QApplication::restoreOverrideCursor();
        showMessage(tr("Restored. The database as it was is kept in %1.").arg(QDir::toNativeSeparators(safety.path)), false);
    } catch (const StoreError& e) {
        QApplication::restoreOverrideCursor();
        showMessage(e.message(), true);
        return false;
    }
    reloadList();
    emit restored();
    return true;
}

} // namespace shopcrm
