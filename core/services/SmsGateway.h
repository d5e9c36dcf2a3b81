#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace shopcrm {

class Database;

// The shop's text-message account at a gateway: which provider, the access key and the signature
// (短信签名) the provider approved. The key's secret is a secret (Secrets, "sms.secret"), not a plain
// setting.
struct SmsSettings
{
    QString provider = QStringLiteral("aliyun"); // the one provider so far: Alibaba Cloud
    QString endpoint;                            // empty: the provider's own
    QString accessKeyId;
    QString signName; // shown as 【华彩图文】 before every message
    bool isSet() const { return !accessKeyId.isEmpty() && !signName.isEmpty(); }

    static SmsSettings load(Database& db);
    // Checks and saves (ValidationError); the secret is set when given (empty: kept as it is).
    void save(Database& db, const std::optional<QString>& secret = std::nullopt) const;
    // The access key's secret, kept sealed; "" when none is stored.
    static QString secret(Database& db);
    static bool hasSecret(Database& db);
};

// One text message: a template the provider approved, with its variables filled in.
struct SmsMessage
{
    QString phone;        // an 11-digit mainland mobile number
    QString templateCode; // the provider's code for the approved template, like SMS_276395012
    QList<std::pair<QString, QString>> params; // variable → value, in the order the text names them
};

struct SmsResult
{
    QString error;     // empty: the gateway took it
    bool retry = true; // false: trying again cannot help (a wrong number, a refused template, a bad key)
    QString reference; // the gateway's id for the message
};

// A text-message gateway reached over HTTP. Providers differ in how a request is signed and what
// they answer; each is one subclass, made from the settings by create().
class SmsGateway
{
public:
    virtual ~SmsGateway() = default;
    virtual SmsResult send(const SmsMessage& message) const = 0;
    // What the provider would refuse before anything is sent; empty when it may go.
    virtual QString check(const SmsMessage& message) const = 0;
    static std::unique_ptr<SmsGateway> create(const SmsSettings& settings, const QString& secret);
    // The shop's account as saved, with its secret.
    static std::unique_ptr<SmsGateway> fromDatabase(Database& db);
    // The 11 digits of a mainland mobile number ("+86 138-1234-5678" → "13812345678"); "" for a
    // landline or what is no number.
    static QString mobileDigits(const QString& phone);
    // How many messages a text is billed as: 70 characters in one, 67 in each part of a longer one.
    static int parts(const QString& text);
};

// Alibaba Cloud Short Message Service (阿里云短信服务): the SendSms operation of API version
// 2017-05-25, signed with HMAC-SHA1 as its documentation for RPC requests describes — the parameters
// sorted, percent-encoded (RFC 3986), joined, prefixed by the method and "/", keyed with the secret
// and "&". Written here because Debian ships no Alibaba Cloud SDK; the HTTP goes through libcurl.
class AliyunSms final : public SmsGateway
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::AliyunSms)
public:
    using Parameters = QList<std::pair<QString, QString>>;
    static constexpr const char* kEndpoint = "https://dysmsapi.aliyuncs.com/";
    // Alibaba Cloud refuses a variable's value longer than this many characters.
    static constexpr int kMaxValueLength = 35;

    AliyunSms(SmsSettings settings, QString secret);
    SmsResult send(const SmsMessage& message) const override;
    QString check(const SmsMessage& message) const override;

    // The request for `message` with its Signature, as of `nowUtc` with a one-time `nonce`.
    Parameters signedRequest(const SmsMessage& message, const QByteArray& method, const QDateTime& nowUtc,
                             const QString& nonce) const;
    static QByteArray percentEncode(const QString& text);
    static QString signature(const QByteArray& method, Parameters params, const QString& secret);
    // The answer's meaning: {error, retry, reference} from the HTTP status and the JSON body.
    static SmsResult interpret(long httpStatus, const QByteArray& body);

private:
    SmsSettings m_settings;
    QString m_secret;
};

} // namespace shopcrm
