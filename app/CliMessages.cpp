// `mail …` and `message …`.
#include "CliSupport.h"

#include "domain/MergeTemplate.h"
#include "services/Mailer.h"
#include "services/Messages.h"
#include "services/SmsGateway.h"
#include "store/CampaignRepository.h"
#include "store/OrderRepository.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shopcrm::cli {

namespace {

QJsonObject settingsJson(Database& db)
{
    const MailSettings m = MailSettings::load(db);
    return {{QStringLiteral("host"), m.host},
            {QStringLiteral("port"), m.port},
            {QStringLiteral("tls"), MailSettings::securityCode(m.security)},
            {QStringLiteral("user"), m.user},
            {QStringLiteral("from"), m.fromAddress},
            {QStringLiteral("name"), m.fromName},
            {QStringLiteral("password_set"), MailSettings::hasPassword(db)}};
}

QJsonObject smsSettingsJson(Database& db)
{
    const SmsSettings m = SmsSettings::load(db);
    return {{QStringLiteral("provider"), m.provider},
            {QStringLiteral("endpoint"),
             m.endpoint.isEmpty() ? QString::fromLatin1(AliyunSms::kEndpoint) : m.endpoint},
            {QStringLiteral("key_id"), m.accessKeyId},
            {QStringLiteral("sign"), m.signName},
            {QStringLiteral("secret_set"), SmsSettings::hasSecret(db)}};
}

void printSettings(const Arguments& a, const QJsonObject& shown)
{
    if (a.json)
        printJson(shown);
    else
        for (auto it = shown.begin(); it != shown.end(); ++it)
            out() << it.key() << ": " << it.value().toVariant().toString() << '\n';
}

QJsonObject draftJson(const MessageDraft& d)
{
    QJsonObject params;
    for (const auto& [name, value] : d.params)
        params.insert(name, value);
    return {{QStringLiteral("customer_id"), d.customerId},
            {QStringLiteral("customer"), d.customer},
            {QStringLiteral("channel"), Messages::channelCode(d.channel)},
            {QStringLiteral("params"), params},
            {QStringLiteral("to"), d.address},
            {QStringLiteral("subject"), d.subject},
            {QStringLiteral("body"), d.body},
            {QStringLiteral("missing"), QJsonArray::fromStringList(d.missing)},
            {QStringLiteral("problem"), d.problem}};
}

} // namespace

QString messageUsage()
{
    return Cli::tr(
        "  mail settings [--host H] [--port P] [--tls none|starttls|tls] [--user U] [--from ADDRESS] [--name "
        "N]\n"
        "                the password from SHOPCRM_MAIL_PASSWORD or a prompt when --user is given\n"
        "  mail test --to ADDRESS                 send a test message\n"
        "  sms settings [--key-id ID] [--sign SIGNATURE] [--endpoint URL]   the Alibaba Cloud SMS account; "
        "the\n"
        "                secret from SHOPCRM_SMS_SECRET or a prompt when --key-id is given\n"
        "  sms test --to MOBILE --code TEMPLATE-CODE [--text TEXT]   send a test text message\n"
        "  message send --template FILE [--subject S] (--to SEARCH|--customers ID,…|--campaign C) [--email] "
        "[--sms\n"
        "               --sms-code CODE] [--batch NAME] [--dry-run] [--rate PER-MINUTE] [--attempts N]\n"
        "               each customer once per batch and channel; the same --batch again resends what "
        "failed\n"
        "  message notify ready ORDER-NUMBER | due CUSTOMER  [--email] [--sms] [--dry-run]   the shop's "
        "notice\n"
        "               that an order is ready or a payment is due, once per order (or customer and day)\n"
        "  message list [--customer C] [--batch B] [--failed] [--limit N]\n");
}

int mailCommand(const Arguments& a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("settings")) {
        a.allowOnly({QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("tls"),
                     QStringLiteral("user"), QStringLiteral("from"), QStringLiteral("name")});
        const std::unique_ptr<Database> db = openDatabase(a);
        if (!a.options.isEmpty()) {
            MailSettings m = MailSettings::load(*db);
            if (a.options.contains(QStringLiteral("host"))) m.host = a.option(QStringLiteral("host"));
            if (a.options.contains(QStringLiteral("port")))
                m.port = int(a.number(QStringLiteral("port"), 465, 1, 65535));
            if (a.options.contains(QStringLiteral("tls"))) {
                const std::optional<MailSettings::Security> s =
                    MailSettings::securityFromCode(a.option(QStringLiteral("tls")));
                if (!s) throw UsageError{Cli::tr("--tls is none, starttls or tls.")};
                m.security = *s;
            }
            if (a.options.contains(QStringLiteral("user"))) m.user = a.option(QStringLiteral("user"));
            if (a.options.contains(QStringLiteral("from"))) m.fromAddress = a.option(QStringLiteral("from"));
            if (a.options.contains(QStringLiteral("name"))) m.fromName = a.option(QStringLiteral("name"));
            std::optional<QString> password;
            if (a.options.contains(QStringLiteral("user")) && !m.user.isEmpty())
                password = qEnvironmentVariableIsSet("SHOPCRM_MAIL_PASSWORD")
                               ? qEnvironmentVariable("SHOPCRM_MAIL_PASSWORD")
                               : readSecret(Cli::tr("Password of %1 on %2: ").arg(m.user, m.host));
            m.save(*db, password);
        }
        printSettings(a, settingsJson(*db));
        return 0;
    }
    if (sub == QLatin1String("test")) {
        a.allowOnly({QStringLiteral("to")});
        if (!a.options.contains(QStringLiteral("to")))
            throw UsageError{Cli::tr("Give the address: --to ADDRESS.")};
        const std::unique_ptr<Database> db = openDatabase(a);
        const QString error = Mailer::fromDatabase(*db).send({a.option(QStringLiteral("to")), QString(),
                                                              Cli::tr("ShopCRM test message"),
                                                              Cli::tr("The shop's mail account works.")});
        if (!error.isEmpty()) throw StoreError(StoreError::Kind::Open, error);
        out() << Cli::tr("Sent.") << '\n';
        return 0;
    }
    throw UsageError{Cli::tr("Unknown mail command.")};
}

int smsCommand(const Arguments& a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("settings")) {
        a.allowOnly({QStringLiteral("key-id"), QStringLiteral("sign"), QStringLiteral("endpoint")});
        const std::unique_ptr<Database> db = openDatabase(a);
        if (!a.options.isEmpty()) {
            SmsSettings m = SmsSettings::load(*db);
            if (a.options.contains(QStringLiteral("key-id")))
                m.accessKeyId = a.option(QStringLiteral("key-id"));
            if (a.options.contains(QStringLiteral("sign"))) m.signName = a.option(QStringLiteral("sign"));
            if (a.options.contains(QStringLiteral("endpoint")))
                m.endpoint = a.option(QStringLiteral("endpoint"));
            std::optional<QString> secret;
            if (a.options.contains(QStringLiteral("key-id")))
                secret = qEnvironmentVariableIsSet("SHOPCRM_SMS_SECRET")
                             ? qEnvironmentVariable("SHOPCRM_SMS_SECRET")
                             : readSecret(Cli::tr("AccessKey secret of %1: ").arg(m.accessKeyId));
            m.save(*db, secret);
        }
        printSettings(a, smsSettingsJson(*db));
        return 0;
    }
    if (sub == QLatin1String("test")) {
        a.allowOnly({QStringLiteral("to"), QStringLiteral("code"), QStringLiteral("text")});
        if (!a.options.contains(QStringLiteral("to")) || !a.options.contains(QStringLiteral("code")))
            throw UsageError{Cli::tr("Give the number and the template: --to MOBILE --code CODE.")};
        const std::unique_ptr<Database> db = openDatabase(a);
        // The test text may name the shop and the date, which need no customer.
        const QHash<QString, QString> values{
            {QStringLiteral("shop"), SmsSettings::load(*db).signName},
            {QStringLiteral("date"), MergeTemplate::dateText(QDate::currentDate())}};
        SmsMessage m{
            SmsGateway::mobileDigits(a.option(QStringLiteral("to"))), a.option(QStringLiteral("code")), {}};
        if (m.phone.isEmpty()) throw UsageError{Cli::tr("--to is a mobile number.")};
        for (const QString& code : MergeTemplate::merge(a.option(QStringLiteral("text")), values).used)
            m.params.append({code, values.value(code)});
        const SmsResult result = SmsGateway::fromDatabase(*db)->send(m);
        if (!result.error.isEmpty()) throw StoreError(StoreError::Kind::Open, result.error);
        out() << Cli::tr("Sent (%1).").arg(result.reference) << '\n';
        return 0;
    }
    throw UsageError{Cli::tr("Unknown sms command.")};
}

namespace {

QList<Channel> channelsOf(const Arguments& a)
{
    QList<Channel> channels;
    if (a.flags.contains(QStringLiteral("--email"))) channels.append(Channel::Email);
    if (a.flags.contains(QStringLiteral("--sms"))) channels.append(Channel::Sms);
    if (channels.isEmpty()) throw UsageError{Cli::tr("Say how to send: --email, --sms or both.")};
    return channels;
}

// Sends the drafts (unless a dry run) and reports them as text or JSON; 1 when any failed.
int sendAndReport(Database& db, const Arguments& a, const QString& batch, const QList<MessageDraft>& drafts)
{
    const bool dry = a.flags.contains(QStringLiteral("--dry-run"));
    SendReport report;
    if (!dry) {
        SendOptions options;
        options.perMinute = int(a.number(QStringLiteral("rate"), 30, 1, 6000));
        options.attempts = int(a.number(QStringLiteral("attempts"), 3, 1, 5));
        bool mail = false;
        bool sms = false;
        for (const MessageDraft& d : drafts) {
            mail = mail || d.channel == Channel::Email;
            sms = sms || d.channel == Channel::Sms;
        }
        const std::optional<Mailer> mailer =
            mail ? std::optional<Mailer>(Mailer::fromDatabase(db)) : std::nullopt;
        const std::unique_ptr<SmsGateway> gateway = sms ? SmsGateway::fromDatabase(db) : nullptr;
        report = Messages::send(db, batch, drafts, {mailer ? &*mailer : nullptr, gateway.get()}, options);
    }
    if (a.json) {
        QJsonArray rows;
        const QList<MessageRecord> logged =
            dry ? QList<MessageRecord>() : Messages::list(db, 0, batch, false, 100000);
        for (const MessageDraft& d : drafts) {
            QJsonObject o = draftJson(d);
            for (const MessageRecord& r : logged)
                if (r.customerId == d.customerId && r.channel == Messages::channelCode(d.channel)) {
                    o.insert(QStringLiteral("status"), r.status);
                    o.insert(QStringLiteral("error"), r.error);
                    o.insert(QStringLiteral("attempts"), r.attempts);
                    o.insert(QStringLiteral("reference"), r.reference);
                }
            rows.append(o);
        }
        printJson(QJsonObject{{QStringLiteral("batch"), batch},
                              {QStringLiteral("dry_run"), dry},
                              {QStringLiteral("sent"), report.sent},
                              {QStringLiteral("failed"), report.failed},
                              {QStringLiteral("skipped"), report.skipped},
                              {QStringLiteral("not_ready"), report.notReady},
                              {QStringLiteral("messages"), rows}});
    } else if (dry) {
        for (const MessageDraft& d : drafts)
            out() << d.customer << " <" << d.address << ">  "
                  << (!d.ready()                  ? d.problem
                      : d.channel == Channel::Sms ? d.body
                                                  : d.subject)
                  << '\n';
    } else {
        out() << Cli::tr("Batch %1: %2 sent, %3 failed, %4 sent before, %5 without an address.")
                     .arg(batch)
                     .arg(report.sent)
                     .arg(report.failed)
                     .arg(report.skipped)
                     .arg(report.notReady)
              << '\n';
    }
    return report.failed > 0 ? 1 : 0;
}

} // namespace

int messageCommand(const Arguments& a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("send")) {
        a.allowOnly({QStringLiteral("template"), QStringLiteral("subject"), QStringLiteral("customers"),
                     QStringLiteral("campaign"), QStringLiteral("batch"), QStringLiteral("rate"),
                     QStringLiteral("attempts"), QStringLiteral("sms-code"), QStringLiteral("to")});
        const QList<Channel> channels = channelsOf(a);
        if (!a.options.contains(QStringLiteral("template")))
            throw UsageError{Cli::tr("Give the message's --template FILE.")};
        if (channels.contains(Channel::Sms) && !a.options.contains(QStringLiteral("sms-code")))
            throw UsageError{Cli::tr(
                "Give the code of the text-message template the provider approved: --sms-code CODE.")};
        MessageTemplate tpl;
        tpl.body = QString::fromUtf8(readInput(a.option(QStringLiteral("template"))));
        tpl.subject = a.option(QStringLiteral("subject"), Cli::tr("A message from {shop}"));
        tpl.smsCode = a.option(QStringLiteral("sms-code"));
        const QStringList unknown = MergeTemplate::unknownFields(tpl.subject + QLatin1Char('\n') + tpl.body);
        if (!unknown.isEmpty())
            throw UsageError{Cli::tr("The template names fields there are not: %1.")
                                 .arg(unknown.join(QStringLiteral(", ")))};
        const std::unique_ptr<Database> db = openDatabase(a);
        const std::optional<QList<qint64>> chosen = chosenCustomers(*db, a);
        if (!chosen)
            throw UsageError{Cli::tr("Say whom to send to: --to SEARCH, --customers ID,… or --campaign C.")};
        const QList<MessageDraft> drafts =
            Messages::prepare(*db, *chosen, tpl, channels, QDate::currentDate());
        return sendAndReport(
            *db, a, a.option(QStringLiteral("batch"), Messages::newBatch(QDateTime::currentDateTimeUtc())),
            drafts);
    }
    if (sub == QLatin1String("notify")) {
        a.allowOnly({QStringLiteral("rate"), QStringLiteral("attempts")});
        const QString what = a.words.value(2);
        if ((what != QLatin1String("ready") && what != QLatin1String("due")) || a.words.size() != 4)
            throw UsageError{Cli::tr("Say which notice: notify ready ORDER-NUMBER or notify due CUSTOMER.")};
        const QList<Channel> channels = channelsOf(a);
        const std::unique_ptr<Database> db = openDatabase(a);
        const Notice notice = what == QLatin1String("ready") ? Notice::OrderReady : Notice::PaymentDue;
        const QDate today = QDate::currentDate();
        qint64 customer = 0;
        QHash<qint64, qint64> orderOf;
        QString number;
        if (notice == Notice::OrderReady) {
            const Order o = orderByNumber(OrderRepository(*db), a.words.at(3));
            customer = o.customerId;
            orderOf.insert(customer, o.meta.id);
            number = o.number;
        } else {
            customer = customerId(*db, a.words.at(3));
        }
        const QList<MessageDraft> drafts =
            Messages::prepare(*db, {customer}, Messages::notice(*db, notice), channels, today, orderOf);
        return sendAndReport(*db, a, Messages::noticeBatch(notice, number, customer, today), drafts);
    }
    if (sub == QLatin1String("list")) {
        a.allowOnly({QStringLiteral("customer"), QStringLiteral("batch"), QStringLiteral("limit")});
        const std::unique_ptr<Database> db = openDatabase(a);
        const qint64 customer = a.options.contains(QStringLiteral("customer"))
                                    ? customerId(*db, a.option(QStringLiteral("customer")))
                                    : 0;
        QJsonArray rows;
        for (const MessageRecord& r :
             Messages::list(*db, customer, a.option(QStringLiteral("batch")),
                            a.flags.contains(QStringLiteral("--failed")),
                            int(a.number(QStringLiteral("limit"), 500, 1, 100000)))) {
            rows.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("batch"), r.batch},
                                    {QStringLiteral("customer"), r.customer},
                                    {QStringLiteral("to"), r.address},
                                    {QStringLiteral("subject"), r.subject},
                                    {QStringLiteral("status"), r.status},
                                    {QStringLiteral("attempts"), r.attempts},
                                    {QStringLiteral("error"), r.error}});
            if (!a.json)
                out() << r.batch << "  " << r.customer << "  " << r.address << "  " << r.status << "  "
                      << r.error << '\n';
        }
        if (a.json) printJson(rows);
        return 0;
    }
    throw UsageError{Cli::tr("Unknown message command.")};
}

} // namespace shopcrm::cli
