#include "SmsGateway.h"

#include "domain/PhoneNumber.h"
#include "store/Database.h"
#include "store/Secrets.h"
#include "store/ShopSettings.h"
#include "store/StoreError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUuid>

#include <curl/curl.h>

#include <algorithm>

namespace shopcrm {

namespace {

const QString kProvider = QStringLiteral("sms.provider");
const QString kEndpoint = QStringLiteral("sms.endpoint");
const QString kKeyId = QStringLiteral("sms.access_key_id");
const QString kSignName = QStringLiteral("sms.sign_name");
const QString kSecret = QStringLiteral("sms.secret");

size_t keepChunk(char* data, size_t size, size_t count, void* user)
{
    static_cast<QByteArray*>(user)->append(data, static_cast<qsizetype>(size * count));
    return size * count;
}

QByteArray formBody(const AliyunSms::Parameters& params)
{
    QByteArray body;
    for (const auto& [key, value] : params) {
        if (!body.isEmpty()) body += '&';
        body += AliyunSms::percentEncode(key) + '=' + AliyunSms::percentEncode(value);
    }
    return body;
}

} // namespace

SmsSettings SmsSettings::load(Database& db)
{
    ShopSettings s(db);
    SmsSettings m;
    m.provider = s.value(kProvider, QStringLiteral("aliyun"));
    m.endpoint = s.value(kEndpoint);
    m.accessKeyId = s.value(kKeyId);
    m.signName = s.value(kSignName);
    return m;
}

void SmsSettings::save(Database& db, const std::optional<QString>& secret) const
{
    db.access().require(Module::Settings, Action::Edit);
    QList<FieldIssue> issues;
    if (provider != QLatin1String("aliyun"))
        issues.append({QStringLiteral("provider"), AliyunSms::tr("Choose the provider.")});
    if (accessKeyId.trimmed().isEmpty())
        issues.append({QStringLiteral("key"), AliyunSms::tr("Give the AccessKey ID.")});
    const QString sign = signName.trimmed();
    // The provider approves signatures of 2 to 12 characters; 【】 are added by the gateway.
    if (sign.size() < 2 || sign.size() > 12 || sign.contains(QChar(0x3010)) || sign.contains(QChar(0x3011)))
        issues.append({QStringLiteral("sign"),
                       AliyunSms::tr("Give the signature as the provider approved it: 2 to 12 characters, "
                                     "without 【】.")});
    const QUrl url(endpoint.trimmed());
    if (!endpoint.trimmed().isEmpty() &&
        (!url.isValid() ||
         (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
         url.host().isEmpty()))
        issues.append({QStringLiteral("endpoint"),
                       AliyunSms::tr("The address is a web address like https://dysmsapi.aliyuncs.com/.")});
    if (!issues.isEmpty()) throw ValidationError(issues);
    ShopSettings s(db);
    s.setValue(kProvider, provider);
    s.setValue(kEndpoint, endpoint.trimmed());
    s.setValue(kKeyId, accessKeyId.trimmed());
    s.setValue(kSignName, sign);
    if (secret) Secrets(db).set(kSecret, *secret);
}

QString SmsSettings::secret(Database& db)
{
    return Secrets(db).get(kSecret);
}

bool SmsSettings::hasSecret(Database& db)
{
    return Secrets(db).has(kSecret);
}

std::unique_ptr<SmsGateway> SmsGateway::fromDatabase(Database& db)
{
    return create(SmsSettings::load(db), SmsSettings::secret(db));
}

std::unique_ptr<SmsGateway> SmsGateway::create(const SmsSettings& settings, const QString& secret)
{
    return std::make_unique<AliyunSms>(settings, secret);
}

QString SmsGateway::mobileDigits(const QString& phone)
{
    const QString digits = PhoneNumber::queryDigits(phone);
    // Mainland mobile numbers: 11 digits, 1 then 3–9.
    if (digits.size() != 11 || digits.at(0) != QLatin1Char('1') || digits.at(1) < QLatin1Char('3')) return {};
    return digits;
}

int SmsGateway::parts(const QString& text)
{
    const qsizetype n = text.toUcs4().size();
    if (n <= 70) return 1;
    return int((n + 66) / 67);
}

AliyunSms::AliyunSms(SmsSettings settings, QString secret)
    : m_settings(std::move(settings)), m_secret(std::move(secret))
{
}

QByteArray AliyunSms::percentEncode(const QString& text)
{
    // Qt leaves exactly RFC 3986's unreserved characters (A–Z a–z 0–9 - . _ ~) as they are.
    return QUrl::toPercentEncoding(text);
}

QString AliyunSms::signature(const QByteArray& method, Parameters params, const QString& secret)
{
    std::sort(params.begin(), params.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    const QByteArray canonical = formBody(params);
    const QByteArray toSign = method + '&' + percentEncode(QStringLiteral("/")) + '&' +
                              percentEncode(QString::fromLatin1(canonical));
    return QString::fromLatin1(QMessageAuthenticationCode::hash(toSign, (secret + QLatin1Char('&')).toUtf8(),
                                                                QCryptographicHash::Sha1)
                                   .toBase64());
}

AliyunSms::Parameters AliyunSms::signedRequest(const SmsMessage& message, const QByteArray& method,
                                               const QDateTime& nowUtc, const QString& nonce) const
{
    QJsonObject values;
    for (const auto& [name, value] : message.params)
        values.insert(name, value);
    Parameters p{
        {QStringLiteral("AccessKeyId"), m_settings.accessKeyId},
        {QStringLiteral("Action"), QStringLiteral("SendSms")},
        {QStringLiteral("Format"), QStringLiteral("JSON")},
        {QStringLiteral("PhoneNumbers"), message.phone},
        {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
        {QStringLiteral("SignName"), m_settings.signName},
        {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
        {QStringLiteral("SignatureNonce"), nonce},
        {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
        {QStringLiteral("TemplateCode"), message.templateCode},
        {QStringLiteral("Timestamp"), nowUtc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))},
        {QStringLiteral("Version"), QStringLiteral("2017-05-25")},
    };
    if (!message.params.isEmpty())
        p.append({QStringLiteral("TemplateParam"),
                  QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact))});
    p.append({QStringLiteral("Signature"), signature(method, p, m_secret)});
    return p;
}

QString AliyunSms::check(const SmsMessage& message) const
{
    if (!m_settings.isSet()) return tr("Text messages are not set up (Settings ▸ SMS account…).");
    if (message.templateCode.trimmed().isEmpty())
        return tr("Give the code of the template the provider approved (like SMS_276395012).");
    if (mobileDigits(message.phone).isEmpty()) return tr("\"%1\" is not a mobile number.").arg(message.phone);
    for (const auto& [name, value] : message.params)
        if (value.toUcs4().size() > kMaxValueLength)
            return tr("{%1} is longer than %2 characters, which the provider refuses: \"%3\"")
                .arg(name)
                .arg(kMaxValueLength)
                .arg(value);
    return {};
}

SmsResult AliyunSms::interpret(long httpStatus, const QByteArray& body)
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    const QString code = answer.value(QStringLiteral("Code")).toString();
    if (code == QLatin1String("OK")) return {{}, false, answer.value(QStringLiteral("BizId")).toString()};
    if (code.isEmpty())
        return {tr("The gateway answered HTTP %1 without a result.").arg(httpStatus), httpStatus >= 500, {}};
    // Throttling and the provider's own faults pass; a wrong number, template, signature or key does not.
    const bool retry = code == QLatin1String("isv.BUSINESS_LIMIT_CONTROL") ||
                       code.startsWith(QLatin1String("isp.")) ||
                       code.startsWith(QLatin1String("Throttling")) ||
                       code == QLatin1String("ServiceUnavailable") || httpStatus >= 500;
    return {
        tr("The gateway refused it: %1 (%2)").arg(answer.value(QStringLiteral("Message")).toString(), code),
        retry,
        {}};
}

SmsResult AliyunSms::send(const SmsMessage& message) const
{
    const QString problem = check(message);
    if (!problem.isEmpty()) return {problem, false, {}};
    static const bool ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    if (!ready) return {tr("The web library cannot start."), false, {}};
    std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) return {tr("The web library cannot start."), false, {}};
    const QByteArray url =
        (m_settings.endpoint.isEmpty() ? QString::fromLatin1(kEndpoint) : m_settings.endpoint).toUtf8();
    const QByteArray body = formBody(signedRequest(message, "POST", QDateTime::currentDateTimeUtc(),
                                                   QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QByteArray answer;
    char error[CURL_ERROR_SIZE] = {};
    std::unique_ptr<curl_slist, void (*)(curl_slist*)> headers(
        curl_slist_append(nullptr, "Content-Type: application/x-www-form-urlencoded; charset=UTF-8"),
        curl_slist_free_all);
    CURL* h = curl.get();
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, keepChunk);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &answer);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    const CURLcode result = curl_easy_perform(h);
    if (result != CURLE_OK)
        return {tr("The gateway cannot be reached: %1")
                    .arg(QString::fromUtf8(error[0] ? error : curl_easy_strerror(result)).trimmed()),
                true,
                {}};
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    return interpret(status, answer);
}

} // namespace shopcrm
