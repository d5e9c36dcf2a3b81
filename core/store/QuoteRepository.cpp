#include "QuoteRepository.h"

#include "ChangeRecorder.h"
#include "Database.h"
#include "domain/ChineseAmount.h"
#include "domain/OrderJson.h"
#include "OpportunityRepository.h"
#include "OrderRepository.h"
#include "RowSupport.h"
#include "ShopSettings.h"
#include "StoreError.h"

#include <QJsonObject>

namespace shopcrm {

namespace {

const QString kEntity = QStringLiteral("quote");
const QString kLines = QStringLiteral("quote_lines");
const QString kParent = QStringLiteral("quote_id");

const QString kColumns = QStringLiteral(
    "q.id, q.version, q.created_at, q.updated_at, q.created_by, q.updated_by, q.number, q.revision, "
    "q.latest, "
    "q.customer_id, c.name, q.opportunity_id, (SELECT title FROM opportunities WHERE id = q.opportunity_id), "
    "q.contact_name, q.phone, q.delivery_address, q.title, q.notes, q.terms, q.quote_date, q.valid_until, "
    "q.status, q.status_at, q.decline_reason, q.order_id, (SELECT number FROM orders WHERE id = q.order_id), "
    "c.owner");
const QString kRowColumns = QStringLiteral(
    "q.id, q.version, q.number, q.revision, q.latest, q.customer_id, c.name, q.title, q.total, q.quote_date, "
    "q.valid_until, q.status, q.order_id, (SELECT number FROM orders WHERE id = q.order_id), "
    "q.opportunity_id, "
    "q.created_by");

QuoteStatus statusOf(const QVariant& code)
{
    return QuoteRules::statusFromCode(code.toString()).value_or(QuoteStatus::Open);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// The columns customer_id … valid_until, total, in that order, as the insert and the update list them.
Sql& bindFields(Sql& sql, const Quote& q)
{
    return sql.bind(q.body.customerId)
        .bind(idOrNull(q.opportunityId))
        .bind(q.body.contactName)
        .bind(q.body.phone)
        .bind(q.body.deliveryAddress)
        .bind(q.body.title)
        .bind(q.body.notes)
        .bind(q.terms)
        .bind(utcText(q.body.orderDate))
        .bind(storedDay(q.validUntil))
        .bind(q.total().fen());
}

QString where(const Database& db, const QuoteFilter& filter, QVariantList& values)
{
    QStringList where{QStringLiteral("1")};
    if (!filter.revisions) where.append(QStringLiteral("q.latest = 1"));
    const QString today =
        (filter.today.isValid() ? filter.today : QDate::currentDate()).toString(Qt::ISODate);
    switch (filter.state) {
    case QuoteFilter::State::Any:
        break;
    case QuoteFilter::State::Open:
        where.append(QStringLiteral("q.status = 'open' AND (q.valid_until = '' OR q.valid_until >= ?)"));
        values.append(today);
        break;
    case QuoteFilter::State::Expired:
        where.append(QStringLiteral("q.status = 'open' AND q.valid_until <> '' AND q.valid_until < ?"));
        values.append(today);
        break;
    case QuoteFilter::State::Accepted:
        where.append(QStringLiteral("q.status = 'accepted'"));
        break;
    case QuoteFilter::State::Declined:
        where.append(QStringLiteral("q.status = 'declined'"));
        break;
    case QuoteFilter::State::Ordered:
        where.append(QStringLiteral("q.order_id IS NOT NULL"));
        break;
    }
    if (filter.customerId > 0) {
        where.append(QStringLiteral("q.customer_id = ?"));
        values.append(filter.customerId);
    }
    if (filter.opportunityId > 0) {
        where.append(QStringLiteral("q.opportunity_id = ?"));
        values.append(filter.opportunityId);
    }
    if (filter.from.isValid()) {
        where.append(QStringLiteral("q.quote_date >= ?"));
        values.append(utcText(filter.from.startOfDay().toUTC()));
    }
    if (filter.to.isValid()) {
        where.append(QStringLiteral("q.quote_date < ?"));
        values.append(utcText(filter.to.addDays(1).startOfDay().toUTC()));
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        where.append(QStringLiteral(
            "(q.number LIKE ? ESCAPE '\\' OR q.title LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')"));
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString like = QLatin1Char('%') + escaped + QLatin1Char('%');
        values << like << like << like;
    }
    return where.join(QStringLiteral(" AND ")) + db.access().ownerClause(QStringLiteral("q.customer_id"));
}

} // namespace

QJsonObject QuoteJson::toJson(const Quote& quote)
{
    QJsonObject o = OrderJson::toJson(quote.body);
    // What belongs to an order and not to a quote.
    for (const char* key : {"due", "urgent", "deposit", "staff", "source", "quote_id"})
        o.remove(QLatin1String(key));
    o.insert(QStringLiteral("number"), quote.number);
    o.insert(QStringLiteral("revision"), quote.revision);
    o.insert(QStringLiteral("latest"), quote.latest);
    o.insert(QStringLiteral("valid_until"), storedDay(quote.validUntil));
    o.insert(QStringLiteral("terms"), quote.terms);
    o.insert(QStringLiteral("status"), QuoteRules::statusCode(quote.status));
    if (quote.status == QuoteStatus::Declined)
        o.insert(QStringLiteral("decline_reason"), quote.declineReason);
    if (quote.opportunityId > 0) o.insert(QStringLiteral("opportunity_id"), quote.opportunityId);
    if (quote.orderId > 0) {
        o.insert(QStringLiteral("order_id"), quote.orderId);
        o.insert(QStringLiteral("order_number"), quote.orderNumber);
    }
    return o;
}

bool QuoteRepository::seesMoney() const
{
    return m_db.access().seesMoney(Module::Sales);
}

void QuoteRepository::throwConflict(qint64 id) const
{
    const auto [user, when] = lastChange(m_db, QStringLiteral("quotes"), id);
    if (user.isNull())
        throw StoreError(StoreError::Kind::NotFound, tr("This quote was deleted by another desk."));
    throw StoreError(StoreError::Kind::Conflict,
                     tr("%1 changed this quote at %2, after you opened it. Nothing was saved: reload to see "
                        "their changes, then enter yours again.")
                         .arg(user, when));
}

void QuoteRepository::validate(Quote& quote) const
{
    if (!quote.body.orderDate.isValid()) quote.body.orderDate = QDateTime::currentDateTimeUtc();
    QuoteRules::normalise(quote);
    QList<FieldIssue> issues = QuoteRules::check(quote);
    if (quote.opportunityId > 0) {
        Sql opp(m_db, QStringLiteral("SELECT customer_id FROM opportunities WHERE id = ?"));
        opp.bind(quote.opportunityId).exec();
        if (!opp.next())
            issues.append({QStringLiteral("opportunity"),
                           tr("There is no opportunity with id %1.").arg(quote.opportunityId)});
        else if (opp.value(0).toLongLong() != quote.body.customerId)
            issues.append({QStringLiteral("opportunity"), tr("The opportunity is another customer's.")});
    }
    issues.erase(
        std::remove_if(issues.begin(), issues.end(), [](const FieldIssue& i) { return !i.blocking; }),
        issues.end());
    if (!issues.isEmpty()) throw ValidationError(issues);
}

qint64 QuoteRepository::insert(Quote& q, const QString& now)
{
    const QString user = m_db.session().user;
    Sql insert(m_db, QStringLiteral("INSERT INTO quotes(created_at, updated_at, created_by, updated_by, "
                                    "number, revision, latest, customer_id, "
                                    "opportunity_id, contact_name, phone, delivery_address, title, notes, "
                                    "terms, quote_date, valid_until, total, status, "
                                    "status_at, decline_reason) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, "
                                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.latest = true;
    q.statusAt = parseUtc(now);
    insert.bind(now).bind(now).bind(user).bind(user).bind(q.number).bind(q.revision);
    bindFields(insert, q)
        .bind(QuoteRules::statusCode(q.status))
        .bind(now)
        .bind(q.status == QuoteStatus::Declined ? q.declineReason : QString())
        .exec();
    stampInsert(q.meta, insert.lastInsertId(), now, user);
    q.body.meta = q.meta;
    OrderRepository::insertLines(m_db, kLines, kParent, q.meta.id, q.body.lines);
    ChangeRecorder::record(m_db, kEntity, q.meta.id, QStringLiteral("insert"), {}, QuoteJson::toJson(q));
    return q.meta.id;
}

qint64 QuoteRepository::create(Quote& q)
{
    m_db.access().require(Module::Sales, Action::Create);
    m_db.access().require(Module::Sales, Action::Money);
    m_db.access().requireOwnCustomer(m_db, q.body.customerId);
    validate(q);
    m_db.write([&] {
        Sql customer(m_db, QStringLiteral("SELECT name FROM customers WHERE id = ?"));
        customer.bind(q.body.customerId).exec();
        if (!customer.next())
            throw ValidationError({{QStringLiteral("customer"),
                                    tr("There is no customer with id %1.").arg(q.body.customerId)}});
        q.body.customerName = customer.value(0).toString();
        q.number = DocumentNumbers::next(m_db, QStringLiteral("quote"), QStringLiteral("quotes"),
                                         q.body.orderDate.toLocalTime().date());
        q.body.number = q.number;
        q.revision = 1;
        q.status = QuoteStatus::Open;
        q.orderId = 0;
        insert(q, Database::nowUtc());
        followOpportunity(q);
    });
    return q.meta.id;
}

Quote QuoteRepository::loadForChange(qint64 id, int expectedVersion, bool mayBeAnswered) const
{
    const std::optional<Quote> before = find(id);
    if (!before || before->meta.version != expectedVersion) throwConflict(id);
    if (!before->latest)
        throw StoreError(StoreError::Kind::Locked,
                         tr("%1 was revised since; open the latest revision.").arg(before->displayNumber()));
    if (before->orderId > 0)
        throw StoreError(StoreError::Kind::Locked,
                         tr("Order %1 was made from quote %2; the quote can no longer change.")
                             .arg(before->orderNumber, before->displayNumber()));
    if (!mayBeAnswered && before->status != QuoteStatus::Open)
        throw StoreError(StoreError::Kind::Locked,
                         tr("Quote %1 is %2. Mark it open again, or save a new revision, to change it.")
                             .arg(before->displayNumber(), QuoteRules::statusName(before->status)));
    return *before;
}

void QuoteRepository::update(Quote& q)
{
    m_db.access().require(Module::Sales, Action::Edit);
    m_db.access().require(Module::Sales, Action::Money);
    m_db.access().requireOwnCustomer(m_db, q.body.customerId);
    validate(q);
    m_db.write([&] {
        const Quote before = loadForChange(q.meta.id, q.meta.version, false);
        const QString now = Database::nowUtc();
        Sql update(
            m_db,
            QStringLiteral(
                "UPDATE quotes SET version = version + 1, updated_at = ?, updated_by = ?, customer_id = ?, "
                "opportunity_id = ?, contact_name = ?, phone = ?, delivery_address = ?, title = ?, notes = "
                "?, terms = ?, "
                "quote_date = ?, valid_until = ?, total = ? WHERE id = ? AND version = ?"));
        update.bind(now).bind(m_db.session().user);
        bindFields(update, q).bind(q.meta.id).bind(q.meta.version).exec();
        if (update.rowsAffected() == 0) throwConflict(q.meta.id);
        // Nothing refers to a quote's lines: they are written again.
        Sql(m_db, QStringLiteral("DELETE FROM quote_lines WHERE quote_id = ?")).bind(q.meta.id).exec();
        OrderRepository::insertLines(m_db, kLines, kParent, q.meta.id, q.body.lines);
        stampUpdate(q.meta, now, m_db.session().user);
        q.number = before.number;
        q.revision = before.revision;
        q.status = before.status;
        q.statusAt = before.statusAt;
        q.body.customerName = Sql(m_db, QStringLiteral("SELECT name FROM customers WHERE id = ?"))
                                  .bind(q.body.customerId)
                                  .scalar()
                                  .toString();
        ChangeRecorder::record(m_db, kEntity, q.meta.id, QStringLiteral("update"), QuoteJson::toJson(before),
                               QuoteJson::toJson(q));
        followOpportunity(q);
    });
}

qint64 QuoteRepository::revise(Quote& q)
{
    m_db.access().require(Module::Sales, Action::Edit);
    m_db.access().require(Module::Sales, Action::Money);
    m_db.access().requireOwnCustomer(m_db, q.body.customerId);
    validate(q);
    m_db.write([&] {
        const Quote before = loadForChange(q.meta.id, q.meta.version, true);
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        Sql retire(m_db,
                   QStringLiteral("UPDATE quotes SET version = version + 1, updated_at = ?, updated_by = ?, "
                                  "latest = 0 WHERE id = ? AND version = ?"));
        retire.bind(now).bind(user).bind(before.meta.id).bind(before.meta.version).exec();
        if (retire.rowsAffected() == 0) throwConflict(before.meta.id);
        Quote retired = before;
        retired.latest = false;
        ChangeRecorder::record(m_db, kEntity, before.meta.id, QStringLiteral("update"),
                               QuoteJson::toJson(before), QuoteJson::toJson(retired));
        q.number = before.number;
        q.body.number = before.number;
        q.revision = Sql(m_db, QStringLiteral("SELECT max(revision) FROM quotes WHERE number = ?"))
                         .bind(before.number)
                         .scalar()
                         .toInt() +
                     1;
        q.status = QuoteStatus::Open;
        q.declineReason.clear();
        q.orderId = 0;
        q.body.customerName = Sql(m_db, QStringLiteral("SELECT name FROM customers WHERE id = ?"))
                                  .bind(q.body.customerId)
                                  .scalar()
                                  .toString();
        insert(q, now);
        followOpportunity(q);
    });
    return q.meta.id;
}

int QuoteRepository::setStatus(qint64 id, int expectedVersion, QuoteStatus status, const QString& reason)
{
    m_db.access().require(Module::Sales, Action::Edit);
    int version = expectedVersion;
    m_db.write([&] {
        const Quote before = loadForChange(id, expectedVersion, true);
        if (before.status == status &&
            (status != QuoteStatus::Declined || before.declineReason == reason.trimmed()))
            return;
        const QString now = Database::nowUtc();
        Quote after = before;
        after.status = status;
        after.statusAt = parseUtc(now);
        after.declineReason = status == QuoteStatus::Declined ? reason.trimmed() : QString();
        Sql update(m_db, QStringLiteral(
                             "UPDATE quotes SET version = version + 1, updated_at = ?, updated_by = ?, "
                             "status = ?, status_at = ?, decline_reason = ? WHERE id = ? AND version = ?"));
        update.bind(now)
            .bind(m_db.session().user)
            .bind(QuoteRules::statusCode(status))
            .bind(now)
            .bind(after.declineReason)
            .bind(id)
            .bind(expectedVersion)
            .exec();
        if (update.rowsAffected() == 0) throwConflict(id);
        ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("update"), QuoteJson::toJson(before),
                               QuoteJson::toJson(after));
        version = expectedVersion + 1;
    });
    return version;
}

qint64 QuoteRepository::makeOrder(qint64 id, int expectedVersion)
{
    m_db.access().require(Module::Sales, Action::Edit);
    m_db.access().require(Module::Orders, Action::Create);
    qint64 orderId = 0;
    m_db.write([&] {
        const Quote before = loadForChange(id, expectedVersion, true);
        if (before.status == QuoteStatus::Declined)
            throw StoreError(StoreError::Kind::Locked, tr("Quote %1 was declined. Mark it open or accepted "
                                                          "first if the customer changed their mind.")
                                                           .arg(before.displayNumber()));
        if (!seesMoney()) m_db.access().require(Module::Sales, Action::Money);
        Order order = QuoteRules::toOrder(before, QDateTime::currentDateTimeUtc());
        orderId = OrderRepository(m_db).create(order);
        const QString now = Database::nowUtc();
        Quote after = before;
        after.orderId = orderId;
        after.orderNumber = order.number;
        if (after.status != QuoteStatus::Accepted) {
            after.status = QuoteStatus::Accepted;
            after.statusAt = parseUtc(now);
        }
        Sql update(
            m_db,
            QStringLiteral("UPDATE quotes SET version = version + 1, updated_at = ?, updated_by = ?, "
                           "status = 'accepted', status_at = ?, order_id = ? WHERE id = ? AND version = ?"));
        update.bind(now)
            .bind(m_db.session().user)
            .bind(utcText(after.statusAt))
            .bind(orderId)
            .bind(id)
            .bind(expectedVersion)
            .exec();
        if (update.rowsAffected() == 0) throwConflict(id);
        ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("update"), QuoteJson::toJson(before),
                               QuoteJson::toJson(after));
        if (before.opportunityId <= 0) return;
        OpportunityRepository opportunities(m_db);
        const std::optional<Opportunity> opportunity = opportunities.find(before.opportunityId);
        if (!opportunity || opportunity->stageKind != StageKind::Open) return;
        for (const OpportunityStage& stage : opportunities.stages())
            if (stage.kind == StageKind::Won) {
                opportunities.moveTo(opportunity->meta.id, opportunity->meta.version, stage.id);
                break;
            }
    });
    return orderId;
}

void QuoteRepository::remove(qint64 id, int expectedVersion)
{
    m_db.access().require(Module::Sales, Action::Delete);
    m_db.write([&] {
        const std::optional<Quote> quote = find(id);
        if (!quote || quote->meta.version != expectedVersion) throwConflict(id);
        const QList<QuoteRow> all = revisions(quote->number);
        for (const QuoteRow& r : all)
            if (r.orderId > 0)
                throw StoreError(StoreError::Kind::Locked,
                                 tr("Order %1 was made from quote %2; the quote is kept with it.")
                                     .arg(r.orderNumber, r.displayNumber()));
        for (const QuoteRow& r : all) {
            ChangeRecorder::record(m_db, kEntity, r.id, QStringLiteral("delete"),
                                   QuoteJson::toJson(get(r.id)), {});
            Sql(m_db, QStringLiteral("DELETE FROM quote_lines WHERE quote_id = ?")).bind(r.id).exec();
            Sql(m_db, QStringLiteral("DELETE FROM quotes WHERE id = ?")).bind(r.id).exec();
        }
    });
}

void QuoteRepository::followOpportunity(const Quote& q)
{
    if (q.opportunityId <= 0) return;
    OpportunityRepository opportunities(m_db);
    std::optional<Opportunity> opportunity = opportunities.find(q.opportunityId);
    if (!opportunity || opportunity->stageKind != StageKind::Open) return;
    bool changed = opportunity->amount != q.total();
    opportunity->amount = q.total();
    // One that had not got as far as a quote has one now: it moves to the quoted stage.
    const QList<OpportunityStage> stages = opportunities.stages();
    const auto quoted = std::find_if(stages.cbegin(), stages.cend(), [](const OpportunityStage& s) {
        return s.code == QLatin1String("quoted");
    });
    const auto current = std::find_if(stages.cbegin(), stages.cend(), [&](const OpportunityStage& s) {
        return s.id == opportunity->stageId;
    });
    if (quoted != stages.cend() && current != stages.cend() && current->position < quoted->position) {
        opportunity->stageId = quoted->id;
        opportunity->probability = -1;
        changed = true;
    }
    if (changed) opportunities.update(*opportunity);
}

std::optional<Quote> QuoteRepository::find(qint64 id) const
{
    m_db.access().require(Module::Sales, Action::View);
    Sql q(m_db,
          QStringLiteral("SELECT %1 FROM quotes q JOIN customers c ON c.id = q.customer_id WHERE q.id = ?")
              .arg(kColumns));
    q.bind(id).exec();
    if (!q.next()) return std::nullopt;
    Quote quote;
    int col = 0;
    auto next = [&] { return q.value(col++); };
    quote.meta = readMeta(q, col);
    quote.number = next().toString();
    quote.revision = next().toInt();
    quote.latest = next().toBool();
    Order& b = quote.body;
    b.meta = quote.meta;
    b.number = quote.number;
    b.customerId = next().toLongLong();
    b.customerName = next().toString();
    quote.opportunityId = next().toLongLong();
    quote.opportunityTitle = next().toString();
    b.contactName = next().toString();
    b.phone = next().toString();
    b.deliveryAddress = next().toString();
    b.title = next().toString();
    b.notes = next().toString();
    quote.terms = next().toString();
    b.orderDate = parseUtc(next());
    quote.validUntil = QDate::fromString(next().toString(), Qt::ISODate);
    quote.status = statusOf(next());
    quote.statusAt = parseUtc(next());
    quote.declineReason = next().toString();
    quote.orderId = next().toLongLong();
    quote.orderNumber = next().toString();
    // A role that sees only its own customers does not see their quotes either.
    if (!m_db.access().owns(next().toString())) return std::nullopt;
    b.lines = OrderRepository::readLines(m_db, kLines, kParent, id);
    if (!seesMoney())
        for (OrderLine& l : b.lines)
            l.unitPrice = l.discount = l.amount = l.outsourceCost = Money();
    return quote;
}

Quote QuoteRepository::get(qint64 id) const
{
    if (std::optional<Quote> q = find(id)) return *q;
    throw StoreError(StoreError::Kind::NotFound, tr("There is no quote with id %1.").arg(id));
}

std::optional<Quote> QuoteRepository::findByNumber(const QString& number, int revision) const
{
    Sql q(m_db, revision > 0 ? QStringLiteral("SELECT id FROM quotes WHERE number = ? AND revision = ?")
                             : QStringLiteral("SELECT id FROM quotes WHERE number = ? AND latest = 1"));
    q.bind(number.trimmed());
    if (revision > 0) q.bind(revision);
    const qint64 id = q.scalar().toLongLong();
    return id > 0 ? find(id) : std::nullopt;
}

namespace {
QList<QuoteRow> readRows(Sql& q, bool money)
{
    QList<QuoteRow> rows;
    while (q.next()) {
        QuoteRow r;
        int col = 0;
        auto next = [&] { return q.value(col++); };
        r.id = next().toLongLong();
        r.version = next().toInt();
        r.number = next().toString();
        r.revision = next().toInt();
        r.latest = next().toBool();
        r.customerId = next().toLongLong();
        r.customer = next().toString();
        r.title = next().toString();
        const qint64 total = next().toLongLong();
        r.total = money ? Money::fromFen(total) : Money();
        r.quoteDate = parseUtc(next());
        r.validUntil = QDate::fromString(next().toString(), Qt::ISODate);
        r.status = statusOf(next());
        r.orderId = next().toLongLong();
        r.orderNumber = next().toString();
        r.opportunityId = next().toLongLong();
        r.createdBy = next().toString();
        rows.append(r);
    }
    return rows;
}
} // namespace

QList<QuoteRow> QuoteRepository::revisions(const QString& number) const
{
    m_db.access().require(Module::Sales, Action::View);
    Sql q(m_db, QStringLiteral("SELECT %1 FROM quotes q JOIN customers c ON c.id = q.customer_id "
                               "WHERE q.number = ?%2 ORDER BY q.revision")
                    .arg(kRowColumns, m_db.access().ownerClause(QStringLiteral("q.customer_id"))));
    q.bind(number.trimmed()).exec();
    return readRows(q, seesMoney());
}

QList<QuoteRow> QuoteRepository::read(const QString& condition, const QVariantList& values, int limit,
                                      qint64 offset) const
{
    m_db.access().require(Module::Sales, Action::View);
    Sql q(m_db, QStringLiteral("SELECT %1 FROM quotes q JOIN customers c ON c.id = q.customer_id WHERE %2 "
                               "ORDER BY q.quote_date DESC, q.id DESC LIMIT ? OFFSET ?")
                    .arg(kRowColumns, condition));
    q.bindAll(values).bind(limit).bind(offset).exec();
    return readRows(q, seesMoney());
}

QList<QuoteRow> QuoteRepository::page(const QuoteFilter& filter, qint64 offset, int limit) const
{
    QVariantList values;
    const QString condition = where(m_db, filter, values);
    return read(condition, values, limit, offset);
}

QList<QuoteRow> QuoteRepository::pageAfter(const QuoteFilter& filter, const QuoteRow& last, int limit) const
{
    QVariantList values;
    const QString condition = where(m_db, filter, values) +
                              QStringLiteral(" AND (q.quote_date < ? OR (q.quote_date = ? AND q.id < ?))");
    values << utcText(last.quoteDate) << utcText(last.quoteDate) << last.id;
    return read(condition, values, limit, 0);
}

qint64 QuoteRepository::count(const QuoteFilter& filter, qint64 atMost) const
{
    m_db.access().require(Module::Sales, Action::View);
    QVariantList values;
    const QString condition = where(m_db, filter, values);
    const QString rows =
        QStringLiteral("SELECT 1 FROM quotes q JOIN customers c ON c.id = q.customer_id WHERE %1%2")
            .arg(condition, atMost >= 0 ? QStringLiteral(" LIMIT %1").arg(atMost) : QString());
    return Sql(m_db, QStringLiteral("SELECT count(*) FROM (%1)").arg(rows))
        .bindAll(values)
        .scalar()
        .toLongLong();
}

} // namespace shopcrm
