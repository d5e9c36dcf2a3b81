#pragma once

#include "services/Messages.h"
#include "services/SmsGateway.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
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

// The shop's text-message account (Settings): the provider, its access key (the secret kept
// encrypted; left blank it stays as it is), the approved signature; a test message to a number.
class SmsSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmsSettingsDialog)
public:
    explicit SmsSettingsDialog(Database& db, QWidget* parent = nullptr);
    bool save();

private:
    Database& m_db;
    QComboBox* m_provider = nullptr;
    QLineEdit* m_keyId = nullptr;
    QLineEdit* m_secret = nullptr;
    QLineEdit* m_sign = nullptr;
    QLineEdit* m_endpoint = nullptr;
    QLineEdit* m_testTo = nullptr;
    QLineEdit* m_testCode = nullptr;
    QLabel* m_issue = nullptr;
};

// The shop's notices (Settings): what is sent when an order is ready and when a payment is due,
// by e-mail and text message.
class NoticesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticesDialog)
public:
    explicit NoticesDialog(Database& db, QWidget* parent = nullptr);
    bool save();

private:
    struct Editor
    {
        Notice notice;
        QLineEdit* subject = nullptr;
        QPlainTextEdit* body = nullptr;
        QLineEdit* smsCode = nullptr;
    };
    Database& m_db;
    QList<Editor> m_editors;
    QLabel* m_issue = nullptr;
};

// A message from a template to chosen customers, by e-mail and/or text message: subject and text
// with merge fields, each recipient's message previewed (and who has no address or number, and
// which fields are empty for whom), then sent in the background with progress and Stop. The result
// lists what failed; Send again resends only those (the same batch never sends anything twice).
class MessageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDialog)
public:
    MessageDialog(Database& db, const QList<qint64>& customerIds, QWidget* parent = nullptr);
    // One of the shop's notices to one customer: its template, and its own batch so the notice
    // goes once (an order's "ready" once per order); `orderId` is the order it speaks of.
    void useNotice(Notice notice, qint64 orderId = 0, const QString& orderNumber = {});
    QTableWidget* recipients() const { return m_table; }
    QString batch() const { return m_batch; }
    // Sends (or resends what has not gone) in the background; false when nothing could start.
    bool sendAll();

public slots:
    void refreshDrafts();

private:
    void showDraft(int row);
    QList<Channel> channels() const;
    // Reads the recipients and the SMS account once; typing re-drafts from them in memory.
    void loadRecipients();

    Database& m_db;
    QList<qint64> m_ids;
    QHash<qint64, qint64> m_orderOf;
    QList<MessageRecipient> m_recipients;
    SmsSettings m_sms;
    QList<MessageDraft> m_drafts;
    QString m_batch;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QCheckBox* m_byEmail = nullptr;
    QCheckBox* m_bySms = nullptr;
    QLineEdit* m_smsCode = nullptr;
    QLabel* m_smsHint = nullptr;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_send = nullptr;
};

// The message window for one of the shop's notices to one customer (an order's "ready" names
// that order), opened modal over `parent`.
void openNotice(QWidget* parent, Database& db, Notice notice, qint64 customerId, qint64 orderId = 0,
                const QString& orderNumber = {});

} // namespace shopcrm
