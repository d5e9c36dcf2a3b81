#pragma once

#include "services/Backups.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace shopcrm {

class Database;

// Settings ▸ Backups: where and how often the shop is backed up and how many backups are kept;
// the backups in that folder with what each holds; "Back up now" and "Restore…" (which shows what
// the backup holds and asks before replacing anything). Backing up runs off the window's thread.
class BackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupDialog)
public:
    explicit BackupDialog(Database& db, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

    void saveSchedule();
    void backUpNow();
    // Restores path (asking for its passphrase when it is encrypted); true when restored.
    bool restore(const QString& path);

    // A backup into folder on a connection of its own in another thread, with a progress window.
    static BackupInfo runInBackground(Database& db, QWidget* parent, const QString& folder, const QString& passphrase);

signals:
    // The database now holds the backup's content: everything on screen reads again.
    void restored();

private:
    void reloadList();
    void showMessage(const QString& text, bool error);

    Database& m_db;
    QLineEdit* m_folder = nullptr;
    QSpinBox* m_every = nullptr;
    QSpinBox* m_daily = nullptr;
    QSpinBox* m_weekly = nullptr;
    QSpinBox* m_monthly = nullptr;
    QCheckBox* m_encrypt = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QList<BackupInfo> m_backups;
};

} // namespace shopcrm
