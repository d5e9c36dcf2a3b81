#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace shopcrm {

class Database;
struct Customer;
class Mailer;
class SmsGateway;
struct SmsSettings;

enum class Channel
{
    Email,
    Sms
};

// What a message says: a subject and text with merge fields; a text message sends the same text
// through the template the provider approved for it (the code), with each field a variable.
struct MessageTemplate
{
    QString subject; // e-mail only
    QString body;
    QString smsCode; // the provider's template code, for text messages
};

// One customer as messages to them need it: whom to address, where, and their merge fields.
struct MessageRecipient
{
    qint64 customerId = 0;
    QString customer;
    QString toName; // the main contact, or the customer
    QString email;  // theirs, else the main contact's
    QString mobile; // Messages::mobileOf
    QHash<QString, QString> values;
};

// One message as it will go to one customer by one channel: the template filled in, or why it
// cannot go.
struct MessageDraft
{
    qint64 customerId = 0;
    QString customer;
    Channel channel = Channel::Email;
    QString toName;  // the contact, or the customer
    QString address; // an e-mail address or a mobile number
    QString subject;
    QString body;         // as the customer reads it (a text message with its 【signature】)
    QString templateCode; // text messages
    QList<std::pair<QString, QString>> params; // text messages: field code → value
    QStringList missing; // merge fields the customer had nothing for
    QString problem;     // set when it cannot be sent (no address, a value the provider refuses)
    bool ready() const { return problem.isEmpty(); }
};

// A message as the log keeps it.
struct MessageRecord
{
    qint64 id = 0;
    QString batch;
    qint64 customerId = 0;
    QString customer;
    QString channel; // "email", "sms"
    QString address;
    QString subject;
    QString body;
    QString templateCode;
    QString reference; // the gateway's id for a text message
    QString status;    // queued, sent, failed
    int attempts = 0;
    QString error;
    QDateTime createdAt; // UTC
    QDateTime sentAt;    // UTC
};

// The shop's standing messages, sent from an order or the reminders.
enum class Notice
{
    OrderReady, // the order is made and can be fetched or delivered
    PaymentDue  // the customer owes money
};

// What sends each channel; a draft for a channel without one is refused before anything goes.
struct Transports
{
    const Mailer* mail = nullptr;
    const SmsGateway* sms = nullptr;
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
    // What messages to these customers need from the database, read once (a window re-drafts
    // from it while the text is typed). `orderOf` names the order a customer's fields speak of.
    static QList<MessageRecipient> recipients(Database& db, const QList<qint64>& customerIds,
                                              const QDate& today, const QHash<qint64, qint64>& orderOf = {});
    // The drafts, in memory: per recipient, one per channel.
    static QList<MessageDraft> draft(const QList<MessageRecipient>& recipients, const MessageTemplate& tpl,
                                     const QList<Channel>& channels, const SmsSettings& sms);
    // A draft per customer and channel, in the order given. `orderOf` names the order a
    // customer's fields speak of (an order-ready notice); otherwise their latest unfinished one.
    static QList<MessageDraft> prepare(Database& db, const QList<qint64>& customerIds,
                                       const MessageTemplate& tpl, const QList<Channel>& channels,
                                       const QDate& today, const QHash<qint64, qint64>& orderOf = {});
    static SendReport send(Database& db, const QString& batch, const QList<MessageDraft>& drafts,
                           const Transports& transports, const SendOptions& options = {});
    // Newest first.
    static QList<MessageRecord> list(Database& db, qint64 customerId = 0, const QString& batch = {},
                                     bool failedOnly = false, int limit = 500);
    // A batch name for a new send: "mail-20261203-091500".
    static QString newBatch(const QDateTime& nowUtc);
    static QString channelCode(Channel channel);
    // A notice's template as the shop set it (Settings ▸ Messages…), else the program's own.
    static MessageTemplate notice(Database& db, Notice notice);
    static MessageTemplate defaultNotice(Notice notice);
    static void setNotice(Database& db, Notice notice, const MessageTemplate& tpl);
    // The batch of a notice, so the same notice never goes twice: one per order when it is ready,
    // one per customer a day for payments.
    static QString noticeBatch(Notice notice, const QString& orderNumber, qint64 customerId,
                               const QDate& today);
    // The text to register with the provider for a template: each field as its variable, ${customer}.
    static QString providerTemplate(const QString& body);
    // Where a text message goes: the main contact's mobile, else the first mobile among the
    // customer's numbers, else another contact's; "" when none.
    static QString mobileOf(const Customer& customer);
};

} // namespace shopcrm
