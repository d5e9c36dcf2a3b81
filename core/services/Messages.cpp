#include "Messages.h"

#include "domain/MergeTemplate.h"
#include "Mailer.h"
#include "MergeFields.h"
#include "SmsGateway.h"
#include "store/ChangeRecorder.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/RowSupport.h"
#include "store/ShopSettings.h"
#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QThread>

namespace shopcrm {

namespace {

const QString kEntity = QStringLiteral("message");

// The row of this customer in this batch, made queued if there is none; {id, status}.
std::pair<qint64, QString> claim(Database& db, const QString& batch, const MessageDraft& d)
{
    std::pair<qint64, QString> row;
    db.write([&] {
        Sql find(db,
                 QStringLiteral(
                     "SELECT id, status FROM messages WHERE batch = ? AND customer_id = ? AND channel = ?"));
        find.bind(batch).bind(d.customerId).bind(Messages::channelCode(d.channel)).exec();
        if (find.next()) {
            row = {find.value(0).toLongLong(), find.value(1).toString()};
            return;
        }
        const QString now = Database::nowUtc();
        const QString user = db.session().user;
        Sql insert(db,
                   QStringLiteral(
                       "INSERT INTO messages(created_at, updated_at, created_by, updated_by, batch, "
                       "customer_id, channel, address, subject, body, template_code, status) VALUES (?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued')"));
        insert.bind(now)
            .bind(now)
            .bind(user)
            .bind(user)
            .bind(batch)
            .bind(d.customerId)
            .bind(Messages::channelCode(d.channel))
            .bind(d.address)
            .bind(d.subject)
            .bind(d.body)
            .bind(d.templateCode)
            .exec();
        row = {insert.lastInsertId(), QStringLiteral("queued")};
        ChangeRecorder::record(db, kEntity, row.first, QStringLiteral("insert"), {},
                               {{QStringLiteral("batch"), batch},
                                {QStringLiteral("customer_id"), d.customerId},
                                {QStringLiteral("channel"), Messages::channelCode(d.channel)},
                                {QStringLiteral("address"), d.address},
                                {QStringLiteral("subject"), d.subject}});
    });
    return row;
}

void settle(Database& db, qint64 id, const MessageDraft& d, int attempts, const QString& error,
            const QString& reference)
{
    db.write([&] {
        const QString now = Database::nowUtc();
        const QString status = error.isEmpty() ? QStringLiteral("sent") : QStringLiteral("failed");
        // The text as it went out this time (a resend takes the template as it is then).
        Sql(db, QStringLiteral(
                    "UPDATE messages SET version = version + 1, updated_at = ?, updated_by = ?, address = ?, "
                    "subject = ?, body = ?, template_code = ?, status = ?, attempts = attempts + ?, "
                    "error = ?, reference = ?, sent_at = ? WHERE id = ?"))
            .bind(now)
            .bind(db.session().user)
            .bind(d.address)
            .bind(d.subject)
            .bind(d.body)
            .bind(d.templateCode)
            .bind(status)
            .bind(attempts)
            .bind(error)
            .bind(reference)
            .bind(error.isEmpty() ? QVariant(now) : QVariant())
            .bind(id)
            .exec();
        ChangeRecorder::record(db, kEntity, id, QStringLiteral("update"),
                               {{QStringLiteral("status"), QStringLiteral("queued")}},
                               {{QStringLiteral("status"), status}, {QStringLiteral("error"), error}});
    });
}

} // namespace

QString Messages::newBatch(const QDateTime& nowUtc)
{
    return QStringLiteral("mail-") + nowUtc.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

QString Messages::channelCode(Channel channel)
{
    return channel == Channel::Sms ? QStringLiteral("sms") : QStringLiteral("email");
}

namespace {

QString noticeKey(Notice notice)
{
    return notice == Notice::OrderReady ? QStringLiteral("message.order_ready.")
                                        : QStringLiteral("message.payment_due.");
}

} // namespace

MessageTemplate Messages::defaultNotice(Notice notice)
{
    if (notice == Notice::OrderReady)
        return {tr("Your order {order} is ready"),
                tr("Dear {contact}, your order {order} is ready. You are welcome to collect it. {shop}"),
                {}};
    return {
        tr("Your balance with {shop}"),
        tr("Dear {contact}, {customer} has {balance} yuan outstanding with us. Please arrange the payment. "
           "{shop}"),
        {}};
}

MessageTemplate Messages::notice(Database& db, Notice notice)
{
    const ShopSettings s(db);
    const QString key = noticeKey(notice);
    const MessageTemplate fallback = defaultNotice(notice);
    return {s.value(key + QStringLiteral("subject"), fallback.subject),
            s.value(key + QStringLiteral("body"), fallback.body), s.value(key + QStringLiteral("sms_code"))};
}

void Messages::setNotice(Database& db, Notice notice, const MessageTemplate& tpl)
{
    db.access().require(Module::Settings, Action::Edit);
    QList<FieldIssue> issues;
    if (tpl.body.trimmed().isEmpty()) issues.append({QStringLiteral("body"), tr("Write the message.")});
    const QStringList unknown = MergeTemplate::unknownFields(tpl.subject + QLatin1Char('\n') + tpl.body);
    if (!unknown.isEmpty())
        issues.append(
            {QStringLiteral("body"), tr("These are no fields: %1.").arg(unknown.join(QStringLiteral(", ")))});
    if (!issues.isEmpty()) throw ValidationError(issues);
    ShopSettings s(db);
    const QString key = noticeKey(notice);
    s.setValue(key + QStringLiteral("subject"), tpl.subject.trimmed());
    s.setValue(key + QStringLiteral("body"), tpl.body.trimmed());
    s.setValue(key + QStringLiteral("sms_code"), tpl.smsCode.trimmed());
}

QString Messages::noticeBatch(Notice notice, const QString& orderNumber, qint64 customerId,
                              const QDate& today)
{
    if (notice == Notice::OrderReady) return QStringLiteral("ready-") + orderNumber;
    return QStringLiteral("due-%1-%2").arg(customerId).arg(today.toString(QStringLiteral("yyyyMMdd")));
}

QString Messages::providerTemplate(const QString& body)
{
    QHash<QString, QString> variables;
    for (const MergeTemplate::Field& f : MergeTemplate::fields())
        variables.insert(f.code, QStringLiteral("${") + f.code + QLatin1Char('}'));
    return MergeTemplate::merge(body, variables).text;
}

QString Messages::mobileOf(const Customer& customer)
{
    const Contact* primary = customer.primaryContact();
    if (primary) {
        const QString m = SmsGateway::mobileDigits(primary->mobile);
        if (!m.isEmpty()) return m;
    }
    for (const QString& phone : customer.phones) {
        const QString m = SmsGateway::mobileDigits(phone);
        if (!m.isEmpty()) return m;
    }
    for (const Contact& c : customer.contacts) {
        const QString m = SmsGateway::mobileDigits(c.mobile);
        if (!m.isEmpty()) return m;
    }
    return {};
}

QList<MessageRecipient> Messages::recipients(Database& db, const QList<qint64>& customerIds,
                                             const QDate& today, const QHash<qint64, qint64>& orderOf)
{
    db.access().require(Module::FollowUps, Action::Create);
    QList<MessageRecipient> list;
    list.reserve(customerIds.size());
    CustomerRepository customers(db);
    const MergeFields fields(db, today);
    for (const qint64 id : customerIds) {
        const Customer c = customers.get(id);
        const Contact* primary = c.primaryContact();
        MessageRecipient r;
        r.customerId = id;
        r.customer = c.name;
        r.toName = primary && !primary->name.isEmpty() ? primary->name : c.name;
        r.email = c.email.trimmed();
        if (r.email.isEmpty() && primary) r.email = primary->email.trimmed();
        r.mobile = mobileOf(c);
        r.values = fields.values(c, orderOf.value(id));
        list.append(r);
    }
    return list;
}

QList<MessageDraft> Messages::draft(const QList<MessageRecipient>& recipients, const MessageTemplate& tpl,
                                    const QList<Channel>& channels, const SmsSettings& sms)
{
    QList<MessageDraft> drafts;
    drafts.reserve(recipients.size() * channels.size());
    // Only to check what the provider would refuse; the secret is not needed for that.
    const std::unique_ptr<SmsGateway> gateway =
        channels.contains(Channel::Sms) ? SmsGateway::create(sms, {}) : nullptr;
    for (const MessageRecipient& r : recipients) {
        const MergeTemplate::Result b = MergeTemplate::merge(tpl.body, r.values);
        for (const Channel channel : channels) {
            MessageDraft d;
            d.customerId = r.customerId;
            d.customer = r.customer;
            d.channel = channel;
            d.toName = r.toName;
            d.missing = b.missing;
            if (channel == Channel::Email) {
                d.address = r.email;
                const MergeTemplate::Result s = MergeTemplate::merge(tpl.subject, r.values);
                d.subject = s.text.simplified();
                d.body = b.text;
                for (const QString& m : s.missing)
                    if (!d.missing.contains(m)) d.missing.append(m);
                if (d.address.isEmpty())
                    d.problem = tr("No e-mail address.");
                else if (!Mailer::plausibleAddress(d.address))
                    d.problem = tr("\"%1\" is not an e-mail address.").arg(d.address);
            } else {
                d.address = r.mobile;
                d.templateCode = tpl.smsCode.trimmed();
                for (const QString& code : b.used)
                    d.params.append({code, r.values.value(code)});
                d.body = QStringLiteral("【") + sms.signName + QStringLiteral("】") + b.text.trimmed();
                if (d.address.isEmpty())
                    d.problem = tr("No mobile number.");
                else
                    d.problem = gateway->check({d.address, d.templateCode, d.params});
            }
            drafts.append(d);
        }
    }
    return drafts;
}

QList<MessageDraft> Messages::prepare(Database& db, const QList<qint64>& customerIds,
                                      const MessageTemplate& tpl, const QList<Channel>& channels,
                                      const QDate& today, const QHash<qint64, qint64>& orderOf)
{
    const QList<MessageRecipient> list = recipients(db, customerIds, today, orderOf);
    return draft(list, tpl, channels,
                 channels.contains(Channel::Sms) ? SmsSettings::load(db) : SmsSettings());
}

SendReport Messages::send(Database& db, const QString& batch, const QList<MessageDraft>& drafts,
                          const Transports& transports, const SendOptions& options)
{
    db.access().require(Module::FollowUps, Action::Create);
    if (batch.trimmed().isEmpty()) throw StoreError(StoreError::Kind::Validation, tr("Name the batch."));
    for (const MessageDraft& d : drafts) {
        if (d.channel == Channel::Email && !transports.mail)
            throw StoreError(StoreError::Kind::Validation, tr("E-mail is not set up."));
        if (d.channel == Channel::Sms && !transports.sms)
            throw StoreError(StoreError::Kind::Validation, tr("Text messages are not set up."));
    }
    SendReport report;
    // Each channel has its own server and its own pace.
    const qint64 gapMs = options.perMinute > 0 ? 60000 / options.perMinute : 0;
    QHash<int, QElapsedTimer> sinceLast;
    const int tries = std::max(1, options.attempts);
    int done = 0;
    for (const MessageDraft& d : drafts) {
        if (!d.ready()) {
            ++report.notReady;
        } else {
            const auto [id, status] = claim(db, batch, d);
            if (status == QLatin1String("sent")) {
                ++report.skipped;
            } else {
                SmsResult result;
                int attempts = 0;
                int delay = options.retryDelayMs;
                QElapsedTimer& last = sinceLast[static_cast<int>(d.channel)];
                while (attempts < tries) {
                    if (last.isValid() && last.elapsed() < gapMs)
                        QThread::msleep(static_cast<unsigned long>(gapMs - last.elapsed()));
                    last.start();
                    ++attempts;
                    if (d.channel == Channel::Email)
                        result = {transports.mail->send({d.address, d.toName, d.subject, d.body}), true, {}};
                    else
                        result = transports.sms->send({d.address, d.templateCode, d.params});
                    if (result.error.isEmpty() || !result.retry || attempts == tries) break;
                    if (delay > 0) {
                        QThread::msleep(static_cast<unsigned long>(delay));
                        delay *= 2;
                    }
                }
                settle(db, id, d, attempts, result.error, result.reference);
                if (result.error.isEmpty())
                    ++report.sent;
                else
                    ++report.failed;
            }
        }
        ++done;
        if (options.progress && !options.progress(done, int(drafts.size()))) {
            report.stopped = done < drafts.size();
            break;
        }
    }
    return report;
}

QList<MessageRecord> Messages::list(Database& db, qint64 customerId, const QString& batch, bool failedOnly,
                                    int limit)
{
    db.access().require(Module::FollowUps, Action::View);
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    if (customerId > 0) {
        where.append(QStringLiteral("m.customer_id = ?"));
        values.append(customerId);
    }
    if (!batch.isEmpty()) {
        where.append(QStringLiteral("m.batch = ?"));
        values.append(batch);
    }
    if (failedOnly) where.append(QStringLiteral("m.status <> 'sent'"));
    Sql q(db, QStringLiteral(
                  "SELECT m.id, m.batch, m.customer_id, c.name, m.channel, m.address, m.subject, m.body, "
                  "m.status, m.attempts, m.error, m.created_at, m.sent_at, m.template_code, m.reference FROM "
                  "messages m JOIN customers c "
                  "ON c.id = m.customer_id WHERE ") +
                  where.join(QStringLiteral(" AND ")) +
                  db.access().ownerClause(QStringLiteral("m.customer_id")) +
                  QStringLiteral(" ORDER BY m.id DESC LIMIT ?"));
    q.bindAll(values).bind(limit).exec();
    QList<MessageRecord> records;
    while (q.next()) {
        MessageRecord r;
        r.id = q.value(0).toLongLong();
        r.batch = q.value(1).toString();
        r.customerId = q.value(2).toLongLong();
        r.customer = q.value(3).toString();
        r.channel = q.value(4).toString();
        r.address = q.value(5).toString();
        r.subject = q.value(6).toString();
        r.body = q.value(7).toString();
        r.status = q.value(8).toString();
        r.attempts = q.value(9).toInt();
        r.error = q.value(10).toString();
        r.createdAt = parseUtc(q.value(11));
        r.sentAt = parseUtc(q.value(12));
        r.templateCode = q.value(13).toString();
        r.reference = q.value(14).toString();
        records.append(r);
    }
    return records;
}

} // namespace shopcrm
