#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace shopcrm {

class Database;

// The shop's mail account: the SMTP server, how it is secured, the account and the sender. The
// password is a secret (Secrets, "mail.password"), not a plain setting.
struct MailSettings
{
    enum class Security
    {
        None,     // plain SMTP (a local relay)
        StartTls, // SMTP, then STARTTLS (port 587)
        Tls       // SMTPS from the first byte (port 465)
    };
    QString host;
    int port = 465;
    Security security = Security::Tls;
    QString user;
    QString fromAddress;
    QString fromName;
    bool isSet() const { return !host.isEmpty() && !fromAddress.isEmpty(); }

    static MailSettings load(Database& db);
    // Checks and saves (ValidationError); the password is set when given (empty: kept as it is).
    void save(Database& db, const std::optional<QString>& password = std::nullopt) const;
    // The account's password, kept sealed; "" when none is stored.
    static QString password(Database& db);
    static bool hasPassword(Database& db);
    static QString securityCode(Security s);
    static std::optional<Security> securityFromCode(const QString& code);
};

struct MailMessage
{
    QString toAddress;
    QString toName;
    QString subject;
    QString body; // plain text
};

// Sends mail through SMTP with libcurl (Debian's libcurl, built with TLS): one connection a message,
// timeouts so a dead server does not hang a send. The message is composed here as RFC 5322 text:
// UTF-8 headers as RFC 2047 encoded words, the body in base64.
class Mailer final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::Mailer)
public:
    Mailer(MailSettings settings, QString password);
    // The shop's account as saved, with its password.
    static Mailer fromDatabase(Database& db);
    // An empty string when the server took it, else what went wrong.
    QString send(const MailMessage& message) const;
    static QByteArray compose(const MailSettings& settings, const MailMessage& message,
                              const QDateTime& nowUtc, const QString& messageId);
    // "=?UTF-8?B?…?=" words of at most 75 characters, split between characters; ASCII as it is.
    static QByteArray encodedWords(const QString& text);
    static bool plausibleAddress(const QString& address);

private:
    MailSettings m_settings;
    QString m_password;
};

} // namespace shopcrm
