#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace shopcrm {

class Database;
class Mailer;

// One message as it will go to one customer: the template filled in, or why it cannot go.
struct MessageDraft
{
    qint64 customerId = 0;
    QString customer;
    QString toName; // the contact, or the customer
    QString address;
    QString subject;
    QString body;
    QStringList missing; // merge fields the customer had nothing for
    QString problem;     // set when it cannot be sent (no e-mail address)
    bool ready() const { return problem.isEmpty(); }
};

// A message as the log keeps it.
struct MessageRecord
{
    qint64 id = 0;
    QString batch;
    qint64 customerId = 0;
    QString customer;
    QString channel; // "email"
    QString address;
    QString subject;
    QString body;
    QString status; // queued, sent, failed
    int attempts = 0;
    QString error;
    QDateTime createdAt; // UTC
    QDateTime sentAt;    // UTC
};

struct SendOptions
{
    int perMinute = 30;      // at most this many a minute (mail servers limit senders)
    int attempts = 3;        // tries per message before it is failed
    int retryDelayMs = 2000; // the wait before the second try, doubled after each
    // (done, total) after each message; false stops the send (the rest stay for a later one).
    std::function<bool(int, int)> progress;
};

struct SendReport
{
    int sent = 0;
    int failed = 0;
    int skipped = 0;  // already sent in this batch
    int notReady = 0; // no address
    bool stopped = false;
};

// Messages to customers from a template: drafted for each (a preview), then sent in a batch. Each
// customer has one row per batch and channel in `messages`, so sending the batch again sends only
// what did not go (failed, or never tried) and never anything twice. Every write is its own short
// transaction with the change feed and the audit; the sending itself happens outside them.
class Messages final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::Messages)
public:
    static QList<MessageDraft> prepare(Database& db, const QList<qint64>& customerIds, const QString& subject,
                                       const QString& body, const QDate& today);
    static SendReport send(Database& db, const QString& batch, const QList<MessageDraft>& drafts,
                           const Mailer& mailer, const SendOptions& options = {});
    // Newest first.
    static QList<MessageRecord> list(Database& db, qint64 customerId = 0, const QString& batch = {},
                                     bool failedOnly = false, int limit = 500);
    // A batch name for a new send: "mail-20261203-0915".
    static QString newBatch(const QDateTime& nowUtc);
};

} // namespace shopcrm
