#include "Messages.h"

#include "domain/MergeTemplate.h"
#include "Mailer.h"
#include "MergeFields.h"
#include "store/ChangeRecorder.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/RowSupport.h"
#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QThread>

namespace shopcrm {

namespace {

const QString kEntity = QStringLiteral("message");
const QString kEmail = QStringLiteral("email");

// The row of this customer in this batch, made queued if there is none; {id, status}.
std::pair<qint64, QString> claim(Database& db, const QString& batch, const MessageDraft& d)
{
    std::pair<qint64, QString> row;
    db.write([&] {
        Sql find(db,
                 QStringLiteral(
                     "SELECT id, status FROM messages WHERE batch = ? AND customer_id = ? AND channel = ?"));
        find.bind(batch).bind(d.customerId).bind(kEmail).exec();
        if (find.next()) {
            row = {find.value(0).toLongLong(), find.value(1).toString()};
            return;
        }
        const QString now = Database::nowUtc();
        const QString user = db.session().user;
        Sql insert(db, QStringLiteral(
                           "INSERT INTO messages(created_at, updated_at, created_by, updated_by, batch, "
                           "customer_id, channel, address, subject, body, status) VALUES (?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, 'queued')"));
        insert.bind(now)
            .bind(now)
            .bind(user)
            .bind(user)
            .bind(batch)
            .bind(d.customerId)
            .bind(kEmail)
            .bind(d.address)
            .bind(d.subject)
            .bind(d.body)
            .exec();
        row = {insert.lastInsertId(), QStringLiteral("queued")};
        ChangeRecorder::record(db, kEntity, row.first, QStringLiteral("insert"), {},
                               {{QStringLiteral("batch"), batch},
                                {QStringLiteral("customer_id"), d.customerId},
                                {QStringLiteral("address"), d.address},
                                {QStringLiteral("subject"), d.subject}});
    });
    return row;
}

void settle(Database& db, qint64 id, const MessageDraft& d, int attempts, const QString& error)
{
    db.write([&] {
        const QString now = Database::nowUtc();
        const QString status = error.isEmpty() ? QStringLiteral("sent") : QStringLiteral("failed");
        // The text as it went out this time (a resend takes the template as it is then).
        Sql(db, QStringLiteral(
                    "UPDATE messages SET version = version + 1, updated_at = ?, updated_by = ?, address = ?, "
                    "subject = ?, body = ?, status = ?, attempts = attempts + ?, error = ?, sent_at = ? "
                    "WHERE id = ?"))
            .bind(now)
            .bind(db.session().user)
            .bind(d.address)
            .bind(d.subject)
            .bind(d.body)
            .bind(status)
            .bind(attempts)
            .bind(error)
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

QList<MessageDraft> Messages::prepare(Database& db, const QList<qint64>& customerIds, const QString& subject,
                                      const QString& body, const QDate& today)
{
    db.access().require(Module::FollowUps, Action::Create);
    QList<MessageDraft> drafts;
    CustomerRepository customers(db);
    const MergeFields fields(db, today);
    for (const qint64 id : customerIds) {
        const Customer c = customers.get(id);
        MessageDraft d;
        d.customerId = id;
        d.customer = c.name;
        const Contact* primary = c.primaryContact();
        d.toName = primary && !primary->name.isEmpty() ? primary->name : c.name;
        d.address = c.email.trimmed();
        if (d.address.isEmpty() && primary) d.address = primary->email.trimmed();
        const QHash<QString, QString> values = fields.values(id);
        const MergeTemplate::Result s = MergeTemplate::merge(subject, values);
        const MergeTemplate::Result b = MergeTemplate::merge(body, values);
        d.subject = s.text.simplified();
        d.body = b.text;
        d.missing = s.missing;
        for (const QString& m : b.missing)
            if (!d.missing.contains(m)) d.missing.append(m);
        if (d.address.isEmpty())
            d.problem = tr("No e-mail address.");
        else if (!Mailer::plausibleAddress(d.address))
            d.problem = tr("\"%1\" is not an e-mail address.").arg(d.address);
        drafts.append(d);
    }
    return drafts;
}

SendReport Messages::send(Database& db, const QString& batch, const QList<MessageDraft>& drafts,
                          const Mailer& mailer, const SendOptions& options)
{
    db.access().require(Module::FollowUps, Action::Create);
    if (batch.trimmed().isEmpty()) throw StoreError(StoreError::Kind::Validation, tr("Name the batch."));
    SendReport report;
    const qint64 gapMs = options.perMinute > 0 ? 60000 / options.perMinute : 0;
    QElapsedTimer sinceLast;
    int done = 0;
    for (const MessageDraft& d : drafts) {
        if (!d.ready()) {
            ++report.notReady;
        } else {
            const auto [id, status] = claim(db, batch, d);
            if (status == QLatin1String("sent")) {
                ++report.skipped;
            } else {
                QString error;
                int attempts = 0;
                int delay = options.retryDelayMs;
                for (; attempts < std::max(1, options.attempts); ++attempts) {
                    if (sinceLast.isValid() && sinceLast.elapsed() < gapMs)
                        QThread::msleep(static_cast<unsigned long>(gapMs - sinceLast.elapsed()));
                    sinceLast.start();
                    error = mailer.send({d.address, d.toName, d.subject, d.body});
                    if (error.isEmpty()) break;
                    if (attempts + 1 < options.attempts && delay > 0) {
                        QThread::msleep(static_cast<unsigned long>(delay));
                        delay *= 2;
                    }
                }
                settle(db, id, d, std::min(attempts + 1, std::max(1, options.attempts)), error);
                if (error.isEmpty())
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
                  "m.status, m.attempts, m.error, m.created_at, m.sent_at FROM messages m JOIN customers c "
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
        records.append(r);
    }
    return records;
}

} // namespace shopcrm
