// `mail …` and `message …`.
#include "CliSupport.h"

#include "domain/MergeTemplate.h"
#include "services/Mailer.h"
#include "services/Messages.h"
#include "store/CampaignRepository.h"
#include "store/Secrets.h"
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
            {QStringLiteral("password_set"), Secrets(db).has(QStringLiteral("mail.password"))}};
}

Mailer mailerOf(Database& db)
{
    return Mailer(MailSettings::load(db), Secrets(db).get(QStringLiteral("mail.password")));
}

QJsonObject draftJson(const MessageDraft& d)
{
    return {{QStringLiteral("customer_id"), d.customerId},
            {QStringLiteral("customer"), d.customer},
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
        "  message send --template FILE [--subject S] (--customers ID,…|--campaign C) --email\n"
        "               [--batch NAME] [--dry-run] [--rate PER-MINUTE] [--attempts N]   each customer once\n"
        "               per batch;"
        " run it again with the same --batch to resend what failed\n"
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
        const QJsonObject shown = settingsJson(*db);
        if (a.json)
            printJson(shown);
        else
            for (auto it = shown.begin(); it != shown.end(); ++it)
                out() << it.key() << ": " << it.value().toVariant().toString() << '\n';
        return 0;
    }
    if (sub == QLatin1String("test")) {
        a.allowOnly({QStringLiteral("to")});
        if (!a.options.contains(QStringLiteral("to")))
            throw UsageError{Cli::tr("Give the address: --to ADDRESS.")};
        const std::unique_ptr<Database> db = openDatabase(a);
        const QString error =
            mailerOf(*db).send({a.option(QStringLiteral("to")), QString(), Cli::tr("ShopCRM test message"),
                                Cli::tr("The shop's mail account works.")});
        if (!error.isEmpty()) throw StoreError(StoreError::Kind::Open, error);
        out() << Cli::tr("Sent.") << '\n';
        return 0;
    }
    throw UsageError{Cli::tr("Unknown mail command.")};
}

int messageCommand(const Arguments& a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("send")) {
        a.allowOnly({QStringLiteral("template"), QStringLiteral("subject"), QStringLiteral("customers"),
                     QStringLiteral("campaign"), QStringLiteral("batch"), QStringLiteral("rate"),
                     QStringLiteral("attempts")});
        if (!a.flags.contains(QStringLiteral("--email")))
            throw UsageError{Cli::tr("Say how to send: --email (text messages are not set up yet).")};
        if (!a.options.contains(QStringLiteral("template")))
            throw UsageError{Cli::tr("Give the message's --template FILE.")};
        const QString body = QString::fromUtf8(readInput(a.option(QStringLiteral("template"))));
        const QString subject = a.option(QStringLiteral("subject"), Cli::tr("A message from {shop}"));
        const QStringList unknown = MergeTemplate::unknownFields(subject + QLatin1Char('\n') + body);
        if (!unknown.isEmpty())
            throw UsageError{Cli::tr("The template names fields there are not: %1.")
                                 .arg(unknown.join(QStringLiteral(", ")))};
        const std::unique_ptr<Database> db = openDatabase(a);
        const std::optional<QList<qint64>> chosen = chosenCustomers(*db, a);
        if (!chosen) throw UsageError{Cli::tr("Say whom to send to: --customers ID,… or --campaign C.")};
        const QList<qint64> ids = *chosen;
        const QList<MessageDraft> drafts = Messages::prepare(*db, ids, subject, body, QDate::currentDate());
        const bool dry = a.flags.contains(QStringLiteral("--dry-run"));
        const QString batch =
            a.option(QStringLiteral("batch"), Messages::newBatch(QDateTime::currentDateTimeUtc()));
        SendReport report;
        if (!dry) {
            SendOptions options;
            options.perMinute = int(a.number(QStringLiteral("rate"), 30, 1, 6000));
            options.attempts = int(a.number(QStringLiteral("attempts"), 3, 1, 5));
            report = Messages::send(*db, batch, drafts, mailerOf(*db), options);
        }
        if (a.json) {
            QJsonArray rows;
            const QList<MessageRecord> logged =
                dry ? QList<MessageRecord>() : Messages::list(*db, 0, batch, false, 100000);
            for (const MessageDraft& d : drafts) {
                QJsonObject o = draftJson(d);
                for (const MessageRecord& r : logged)
                    if (r.customerId == d.customerId) {
                        o.insert(QStringLiteral("status"), r.status);
                        o.insert(QStringLiteral("error"), r.error);
                        o.insert(QStringLiteral("attempts"), r.attempts);
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
                out() << d.customer << " <" << d.address << ">  " << (d.ready() ? d.subject : d.problem)
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
