#pragma once

#include "services/Messages.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace shopcrm {

class Database;

// The shop's mail account (Settings): server, port, security, account and password (kept
// encrypted; left blank it stays as it is), sender; a test message to the sender's own address.
class MailSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailSettingsDialog)
public:
    explicit MailSettingsDialog(Database& db, QWidget* parent = nullptr);
    bool save();

private:
    Database& m_db;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_issue = nullptr;
};

// An e-mail from a template to chosen customers: subject and text with merge fields, each
// recipient's message previewed (and who has no address, and which fields are empty for whom),
// then sent in the background with progress and Stop. The result lists what failed; Send again
// resends only those (the same batch never sends anything twice).
class MessageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDialog)
public:
    MessageDialog(Database& db, const QList<qint64>& customerIds, QWidget* parent = nullptr);
    QTableWidget* recipients() const { return m_table; }
    QString batch() const { return m_batch; }
    // Sends (or resends what has not gone) in the background; false when nothing could start.
    bool sendAll();

public slots:
    void refreshDrafts();

private:
    void showDraft(int row);

    Database& m_db;
    QList<qint64> m_ids;
    QList<MessageDraft> m_drafts;
    QString m_batch;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_send = nullptr;
};

} // namespace shopcrm
