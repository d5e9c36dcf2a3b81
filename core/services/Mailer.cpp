#include "Mailer.h"

#include "store/Database.h"
#include "store/Secrets.h"
#include "store/ShopSettings.h"
#include "store/StoreError.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

#include <curl/curl.h>

#include <memory>

namespace shopcrm {

namespace {

const QString kHost = QStringLiteral("mail.host");
const QString kPort = QStringLiteral("mail.port");
const QString kSecurity = QStringLiteral("mail.security");
const QString kUser = QStringLiteral("mail.user");
const QString kFrom = QStringLiteral("mail.from");
const QString kFromName = QStringLiteral("mail.from_name");
const QString kPassword = QStringLiteral("mail.password");

struct Upload
{
    QByteArray data;
    qsizetype at = 0;
};

size_t readChunk(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const qsizetype room = static_cast<qsizetype>(size * count);
    const qsizetype n = std::min(room, upload->data.size() - upload->at);
    if (n <= 0) return 0;
    memcpy(buffer, upload->data.constData() + upload->at, static_cast<size_t>(n));
    upload->at += n;
    return static_cast<size_t>(n);
}

QByteArray mailbox(const QString& name, const QString& address)
{
    if (name.isEmpty()) return '<' + address.toUtf8() + '>';
    return Mailer::encodedWords(name) + " <" + address.toUtf8() + '>';
}

} // namespace

QString MailSettings::securityCode(Security s)
{
    switch (s) {
    case Security::None:
        return QStringLiteral("none");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::Tls:
        return QStringLiteral("tls");
    }
    return {};
}

std::optional<MailSettings::Security> MailSettings::securityFromCode(const QString& code)
{
    for (const Security s : {Security::None, Security::StartTls, Security::Tls})
        if (code == securityCode(s)) return s;
    return std::nullopt;
}

MailSettings MailSettings::load(Database& db)
{
    ShopSettings s(db);
    MailSettings m;
    m.host = s.value(kHost);
    m.port = s.value(kPort, QStringLiteral("465")).toInt();
    m.security = securityFromCode(s.value(kSecurity, QStringLiteral("tls"))).value_or(Security::Tls);
    m.user = s.value(kUser);
    m.fromAddress = s.value(kFrom);
    m.fromName = s.value(kFromName);
    return m;
}

void MailSettings::save(Database& db, const std::optional<QString>& password) const
{
    db.access().require(Module::Settings, Action::Edit);
    QList<FieldIssue> issues;
    if (host.trimmed().isEmpty())
        issues.append({QStringLiteral("host"), Mailer::tr("Give the mail server.")});
    if (port <= 0 || port > 65535)
        issues.append({QStringLiteral("port"), Mailer::tr("The port is from 1 to 65535.")});
    if (!Mailer::plausibleAddress(fromAddress))
        issues.append({QStringLiteral("from"),
                       Mailer::tr("Give the address mail is sent from, like shop@example.com.")});
    if (!issues.isEmpty()) throw ValidationError(issues);
    ShopSettings s(db);
    s.setValue(kHost, host.trimmed());
    s.setValue(kPort, QString::number(port));
    s.setValue(kSecurity, securityCode(security));
    s.setValue(kUser, user.trimmed());
    s.setValue(kFrom, fromAddress.trimmed());
    s.setValue(kFromName, fromName.trimmed());
    if (password) Secrets(db).set(kPassword, *password);
}

QString MailSettings::password(Database& db)
{
    return Secrets(db).get(kPassword);
}

bool MailSettings::hasPassword(Database& db)
{
    return Secrets(db).has(kPassword);
}

Mailer Mailer::fromDatabase(Database& db)
{
    return Mailer(MailSettings::load(db), MailSettings::password(db));
}

Mailer::Mailer(MailSettings settings, QString password)
    : m_settings(std::move(settings)), m_password(std::move(password))
{
}

bool Mailer::plausibleAddress(const QString& address)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$"));
    return shape.match(address.trimmed()).hasMatch();
}

QByteArray Mailer::encodedWords(const QString& text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii) return text.toLatin1();
    // Each word holds at most 45 bytes of UTF-8 (60 in base64, 72 with the frame), whole characters.
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString one(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) one += text.at(++i);
        const QByteArray bytes = one.toUtf8();
        if (chunk.size() + bytes.size() > 45) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty()) words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words.join("\r\n ");
}

QByteArray Mailer::compose(const MailSettings& settings, const MailMessage& message, const QDateTime& nowUtc,
                           const QString& messageId)
{
    QByteArray out;
    const QLocale c = QLocale::c();
    out += "Date: " + c.toString(nowUtc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
           " +0000\r\n";
    out += "From: " + mailbox(settings.fromName, settings.fromAddress) + "\r\n";
    out += "To: " + mailbox(message.toName, message.toAddress) + "\r\n";
    out += "Subject: " + encodedWords(message.subject) + "\r\n";
    out += "Message-ID: <" + messageId.toUtf8() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    QString body = message.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    const QByteArray encoded = body.toUtf8().toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

QString Mailer::send(const MailMessage& message) const
{
    if (!m_settings.isSet()) return tr("The mail account is not set up (Settings ▸ Mail account…).");
    if (!plausibleAddress(message.toAddress))
        return tr("\"%1\" is not an e-mail address.").arg(message.toAddress);
    static const bool ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    if (!ready) return tr("The mail library cannot start.");
    std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) return tr("The mail library cannot start.");
    const QByteArray url =
        QStringLiteral("%1://%2:%3")
            .arg(m_settings.security == MailSettings::Security::Tls ? QStringLiteral("smtps")
                                                                    : QStringLiteral("smtp"),
                 m_settings.host)
            .arg(m_settings.port)
            .toUtf8();
    const QByteArray from = '<' + m_settings.fromAddress.toUtf8() + '>';
    const QByteArray to = '<' + message.toAddress.trimmed().toUtf8() + '>';
    const QString domain = m_settings.fromAddress.section(QLatin1Char('@'), 1);
    Upload upload{compose(m_settings, message, QDateTime::currentDateTimeUtc(),
                          QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain)};
    std::unique_ptr<curl_slist, void (*)(curl_slist*)> recipients(curl_slist_append(nullptr, to.constData()),
                                                                  curl_slist_free_all);
    char error[CURL_ERROR_SIZE] = {};
    CURL* h = curl.get();
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(h, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    if (m_settings.security == MailSettings::Security::StartTls)
        curl_easy_setopt(h, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_password.toUtf8();
    if (!m_settings.user.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
    }
    const CURLcode result = curl_easy_perform(h);
    if (result == CURLE_OK) return {};
    return tr("The mail server did not take it: %1")
        .arg(QString::fromUtf8(error[0] ? error : curl_easy_strerror(result)).trimmed());
}

} // namespace shopcrm
