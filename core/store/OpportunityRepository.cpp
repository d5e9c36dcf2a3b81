#include "OpportunityRepository.h"
#include "AttachmentStore.h"

#include "ChangeRecorder.h"
#include "Database.h"
#include "OrderRepository.h"
#include "RowSupport.h"
#include "StoreError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace shopcrm {

namespace {

const QString kEntity = QStringLiteral("opportunity");

const QString kColumns = QStringLiteral(
    "o.id, o.version, o.created_at, o.updated_at, o.created_by, o.updated_by, o.customer_id, c.name, "
    "o.contact_name, o.title, o.wanted, o.amount, o.stage_id, s.code, s.name, s.kind, o.probability, "
    "o.expected_close, o.source, o.owner, o.competitor, o.next_step, o.lost_reason, o.notes, o.stage_at, "
    "o.closed_at, c.owner, o.campaign_id");
const QString kJoins = QStringLiteral("JOIN customers c ON c.id = o.customer_id "
                                      "JOIN opportunity_stages s ON s.id = o.stage_id");
const QString kRowColumns = QStringLiteral("o.id, o.version, o.customer_id, c.name, o.title, o.amount, "
                                           "o.probability, o.stage_id, s.code, s.name, s.kind, "
                                           "o.expected_close, o.owner, o.source, o.next_step, o.stage_at");
// By the opportunities_by_close index: unknown close days ('') first, as those want a date.
const QString kOrder = QStringLiteral("o.expected_close, o.id");

const QString kInsert = QStringLiteral(
    "INSERT INTO opportunities(created_at, updated_at, created_by, updated_by, customer_id, contact_name, "
    "title, "
    "wanted, amount, stage_id, probability, expected_close, source, owner, competitor, next_step, "
    "lost_reason, notes, campaign_id, "
    "stage_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

// The columns customer_id … notes, in that order, as the insert and the update list them.
template <typename Statement> Statement& bindFields(Statement& q, const Opportunity& o, StageKind kind)
{
    return q.bind(o.customerId)
        .bind(o.contactName)
        .bind(o.title)
        .bind(o.wanted)
        .bind(o.amount.fen())
        .bind(o.stageId)
        .bind(o.probability)
        .bind(storedDay(o.expectedClose))
        .bind(o.source)
        .bind(o.owner)
        .bind(o.competitor)
        .bind(o.nextStep)
        .bind(kind == StageKind::Lost ? o.lostReason : QString())
        .bind(o.notes)
        .bind(o.campaignId > 0 ? QVariant(o.campaignId) : QVariant());
}

// kInsert's values, on Sql or on BulkInsert: it came to its stage at `stageAt` and, unless that
// stage is open, closed then.
template <typename Statement>
Statement& bindInsert(Statement& q, const Opportunity& o, StageKind kind, const QString& created,
                      const QString& user, const QString& stageAt)
{
    q.bind(created).bind(created).bind(user).bind(user);
    return bindFields(q, o, kind)
        .bind(stageAt)
        .bind(kind == StageKind::Open ? QVariant() : QVariant(stageAt));
}

QString stageName(const QVariant& code, const QVariant& name)
{
    OpportunityStage s;
    s.code = code.toString();
    s.name = name.toString();
    return s.displayName();
}

StageKind kindOf(const QVariant& code)
{
    return OpportunityRules::kindFromCode(code.toString()).value_or(StageKind::Open);
}

OpportunityStage readStage(const Sql& q)
{
    OpportunityStage s;
    s.id = q.value(0).toLongLong();
    s.version = q.value(1).toInt();
    s.code = q.value(2).toString();
    s.name = q.value(3).toString();
    s.probability = q.value(4).toInt();
    s.position = q.value(5).toInt();
    s.kind = kindOf(q.value(6));
    s.archived = q.value(7).toBool();
    return s;
}

// What the audit keeps of the lines and files: enough to see what changed.
QJsonArray linesJson(const QList<OrderLine>& lines)
{
    QJsonArray result;
    for (const OrderLine& l : lines)
        result.append(QJsonObject{{QStringLiteral("product"), l.product},
                                  {QStringLiteral("description"), l.description},
                                  {QStringLiteral("width_mm"), l.widthMm},
                                  {QStringLiteral("height_mm"), l.heightMm},
                                  {QStringLiteral("quantity"), l.quantity.toString()},
                                  {QStringLiteral("unit"), l.unit},
                                  {QStringLiteral("unit_price"), l.unitPrice.fen()},
                                  {QStringLiteral("amount"), l.amount.fen()}});
    return result;
}

QJsonArray filesJson(const QList<Attachment>& files)
{
    QJsonArray result;
    for (const Attachment& a : files)
        result.append(QJsonObject{{QStringLiteral("name"), a.fileName}, {QStringLiteral("size"), a.size}});
    return result;
}

AttachmentStore files(Database& db)
{
    return AttachmentStore(db, QStringLiteral("opportunity_attachments"), QStringLiteral("opportunity_id"));
}

const QString kLines = QStringLiteral("opportunity_lines");
const QString kParent = QStringLiteral("opportunity_id");

QJsonObject toJson(const Opportunity& o)
{
    return {{QStringLiteral("customer_id"), o.customerId},
            {QStringLiteral("contact"), o.contactName},
            {QStringLiteral("title"), o.title},
            {QStringLiteral("wanted"), o.wanted},
            {QStringLiteral("amount"), o.amount.fen()},
            {QStringLiteral("stage_id"), o.stageId},
            {QStringLiteral("probability"), o.probability},
            {QStringLiteral("expected_close"), storedDay(o.expectedClose)},
            {QStringLiteral("source"), o.source},
            {QStringLiteral("campaign_id"), o.campaignId},
            {QStringLiteral("owner"), o.owner},
            {QStringLiteral("competitor"), o.competitor},
            {QStringLiteral("next_step"), o.nextStep},
            {QStringLiteral("lost_reason"), o.lostReason},
            {QStringLiteral("notes"), o.notes},
            {QStringLiteral("lines"), linesJson(o.lines)},
            {QStringLiteral("files"), filesJson(o.attachments)}};
}

} // namespace

QString opportunityWhere(const Database& db, const OpportunityFilter& filter, QVariantList& values)
{
    QStringList where{QStringLiteral("1")};
    switch (filter.state) {
    case OpportunityFilter::State::Open:
        where.append(QStringLiteral("o.closed_at IS NULL"));
        break;
    case OpportunityFilter::State::Won:
        where.append(QStringLiteral("o.stage_id IN (SELECT id FROM opportunity_stages WHERE kind = 'won')"));
        break;
    case OpportunityFilter::State::Lost:
        where.append(QStringLiteral("o.stage_id IN (SELECT id FROM opportunity_stages WHERE kind = 'lost')"));
        break;
    case OpportunityFilter::State::Closed:
        where.append(QStringLiteral("o.closed_at IS NOT NULL"));
        break;
    case OpportunityFilter::State::Any:
        break;
    }
    if (filter.stageId > 0) {
        where.append(QStringLiteral("o.stage_id = ?"));
        values.append(filter.stageId);
    }
    if (filter.customerId > 0) {
        where.append(QStringLiteral("o.customer_id = ?"));
        values.append(filter.customerId);
    }
    if (filter.owner) {
        where.append(QStringLiteral("o.owner = ?"));
        values.append(*filter.owner);
    }
    if (filter.source) {
        where.append(QStringLiteral("o.source = ?"));
        values.append(*filter.source);
    }
    if (filter.lostReason) {
        where.append(QStringLiteral("o.lost_reason = ?"));
        values.append(*filter.lostReason);
    }
    auto between = [&](const QString& column, const QDate& from, const QDate& to) {
        if (from.isValid()) {
            where.append(column + QStringLiteral(" >= ?"));
            values.append(utcText(from.startOfDay()));
        }
        if (to.isValid()) {
            where.append(column + QStringLiteral(" < ?"));
            values.append(utcText(to.addDays(1).startOfDay()));
        }
    };
    between(QStringLiteral("o.created_at"), filter.createdFrom, filter.createdTo);
    between(QStringLiteral("o.closed_at"), filter.closedFrom, filter.closedTo);
    if (filter.reachedStageId > 0) {
        // A move into the stage, a later open one, or a won one; a lost move reaches nothing.
        where.append(QStringLiteral(
            "EXISTS (SELECT 1 FROM opportunity_moves m JOIN opportunity_stages t ON t.id = m.to_stage JOIN "
            "opportunity_stages r ON r.id = ? WHERE m.opportunity_id = o.id AND (t.kind = 'won' OR (r.kind = "
            "'open' AND t.kind = 'open' AND t.position >= r.position)))"));
        values.append(filter.reachedStageId);
    }
    if (filter.closeFrom.isValid()) {
        where.append(QStringLiteral("o.expected_close >= ?"));
        values.append(filter.closeFrom.toString(Qt::ISODate));
    }
    if (filter.closeTo.isValid()) {
        where.append(QStringLiteral("o.expected_close <> '' AND o.expected_close <= ?"));
        values.append(filter.closeTo.toString(Qt::ISODate));
    }
    if (filter.closedSince.isValid()) {
        where.append(QStringLiteral("(o.closed_at IS NULL OR o.closed_at >= ?)"));
        values.append(utcText(filter.closedSince.startOfDay()));
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // instr, not LIKE: what staff type is matched as typed, % and _ included. The customers by a
        // subquery, so no other filter needs the customers joined.
        where.append(
            QStringLiteral("(instr(o.title, ?) > 0 OR instr(o.wanted, ?) > 0 OR o.customer_id IN (SELECT id "
                           "FROM customers WHERE instr(name, ?) > 0))"));
        values << text << text << text;
    }
    return where.join(QStringLiteral(" AND ")) + db.access().ownerClause(QStringLiteral("o.customer_id"));
}

bool OpportunityRepository::seesMoney() const
{
    return m_db.access().can(Module::Sales, Action::Money);
}

QList<OpportunityStage> OpportunityRepository::stages(bool withArchived) const
{
    Sql q(m_db, QStringLiteral("SELECT id, version, code, name, probability, position, kind, archived FROM "
                               "opportunity_stages%1 ORDER BY position, id")
                    .arg(withArchived ? QString() : QStringLiteral(" WHERE archived = 0")));
    q.exec();
    QList<OpportunityStage> result;
    while (q.next())
        result.append(readStage(q));
    return result;
}

OpportunityStage OpportunityRepository::stage(qint64 id) const
{
    for (const OpportunityStage& s : stages(true))
        if (s.id == id) return s;
    throw ValidationError({{QStringLiteral("stage"), tr("There is no stage with id %1.").arg(id)}});
}

std::optional<OpportunityStage> OpportunityRepository::findStage(const QString& text) const
{
    const QString wanted = text.trimmed();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    for (const OpportunityStage& s : stages(true))
        if ((isNumber && s.id == id) || s.code == wanted || s.displayName() == wanted || s.name == wanted ||
            (!s.code.isEmpty() && OpportunityRules::builtinStageName(s.code) == wanted))
            return s;
    return std::nullopt;
}

void OpportunityRepository::saveStages(const QList<OpportunityStage>& list)
{
    m_db.access().require(Module::Settings, Action::Edit);
    QList<FieldIssue> issues;
    int open = 0;
    bool won = false;
    bool lost = false;
    QSet<QString> names;
    for (const OpportunityStage& s : list) {
        const QString name = s.displayName().trimmed();
        if (name.isEmpty())
            issues.append({QStringLiteral("stages"), tr("Every stage needs a name.")});
        else if (names.contains(name))
            issues.append({QStringLiteral("stages"), tr("Two stages are called \"%1\".").arg(name)});
        names.insert(name);
        if (s.probability < 0 || s.probability > 100)
            issues.append({QStringLiteral("stages"),
                           tr("The probability of \"%1\" is not between 0 and 100.").arg(name)});
        if (s.archived) continue;
        open += s.kind == StageKind::Open ? 1 : 0;
        won = won || s.kind == StageKind::Won;
        lost = lost || s.kind == StageKind::Lost;
    }
    if (open == 0 || !won || !lost)
        issues.append({QStringLiteral("stages"),
                       tr("The pipeline needs at least one open stage, one won stage and one lost stage.")});
    if (!issues.isEmpty()) throw ValidationError(issues);
    m_db.write([&] {
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        QSet<qint64> kept;
        int position = 0;
        for (const OpportunityStage& s : list) {
            if (s.id > 0) {
                Sql update(m_db, QStringLiteral(
                                     "UPDATE opportunity_stages SET version = version + 1, updated_at = ?, "
                                     "updated_by = ?, name = ?, probability = ?, position = ?, kind = ?, "
                                     "archived = ? WHERE id = ? AND version = ?"));
                update.bind(now)
                    .bind(user)
                    .bind(s.name.trimmed())
                    .bind(s.probability)
                    .bind(position++)
                    .bind(OpportunityRules::kindCode(s.kind))
                    .bind(s.archived ? 1 : 0)
                    .bind(s.id)
                    .bind(s.version)
                    .exec();
                if (update.rowsAffected() == 0)
                    throw StoreError(
                        StoreError::Kind::Conflict,
                        tr("Another desk changed the stages after you opened them. Nothing was saved: "
                           "open them again."));
                kept.insert(s.id);
                ChangeRecorder::recordChange(m_db, QStringLiteral("opportunity_stage"), s.id,
                                             QStringLiteral("update"));
            } else {
                Sql insert(
                    m_db, QStringLiteral("INSERT INTO opportunity_stages(created_at, updated_at, created_by, "
                                         "updated_by, name, probability, position, kind, archived) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                insert.bind(now)
                    .bind(now)
                    .bind(user)
                    .bind(user)
                    .bind(s.name.trimmed())
                    .bind(s.probability)
                    .bind(position++)
                    .bind(OpportunityRules::kindCode(s.kind))
                    .bind(s.archived ? 1 : 0)
                    .exec();
                kept.insert(insert.lastInsertId());
                ChangeRecorder::recordChange(m_db, QStringLiteral("opportunity_stage"), insert.lastInsertId(),
                                             QStringLiteral("insert"));
            }
        }
        // Left out: deleted when nothing refers to it, archived otherwise.
        for (const OpportunityStage& s : stages(true)) {
            if (kept.contains(s.id)) continue;
            const bool used =
                Sql(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM opportunities WHERE stage_id = ?) "
                                         "OR EXISTS (SELECT 1 FROM opportunity_moves WHERE to_stage = ? "
                                         "OR from_stage = ?)"))
                    .bind(s.id)
                    .bind(s.id)
                    .bind(s.id)
                    .scalar()
                    .toBool();
            if (used)
                Sql(m_db, QStringLiteral("UPDATE opportunity_stages SET archived = 1, version = version + 1, "
                                         "updated_at = ?, updated_by = ? WHERE id = ?"))
                    .bind(now)
                    .bind(user)
                    .bind(s.id)
                    .exec();
            else
                Sql(m_db, QStringLiteral("DELETE FROM opportunity_stages WHERE id = ?")).bind(s.id).exec();
            ChangeRecorder::recordChange(m_db, QStringLiteral("opportunity_stage"), s.id,
                                         used ? QStringLiteral("update") : QStringLiteral("delete"));
        }
        QJsonObject after;
        for (const OpportunityStage& s : stages(true))
            after.insert(QString::number(s.id),
                         QStringLiteral("%1 %2% %3%4")
                             .arg(s.displayName())
                             .arg(s.probability)
                             .arg(OpportunityRules::kindCode(s.kind),
                                  s.archived ? QStringLiteral(" archived") : QString()));
        ChangeRecorder::record(m_db, QStringLiteral("opportunity_stages"), 0, QStringLiteral("update"), {},
                               after);
    });
}

void OpportunityRepository::validate(Opportunity& o, const OpportunityStage& stage) const
{
    OpportunityRules::normalise(o);
    const QList<FieldIssue> issues = OpportunityRules::check(o, stage.kind);
    if (!issues.isEmpty()) throw ValidationError(issues);
}

void OpportunityRepository::recordMove(qint64 id, qint64 from, qint64 to, const QString& now)
{
    Sql(m_db,
        QStringLiteral("INSERT INTO opportunity_moves(opportunity_id, from_stage, to_stage, at, who, desk) "
                       "VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(id)
        .bind(from > 0 ? QVariant(from) : QVariant())
        .bind(to)
        .bind(now)
        .bind(m_db.session().user)
        .bind(m_db.session().desk)
        .exec();
}

void OpportunityRepository::throwConflict(qint64 id) const
{
    const auto [user, when] = lastChange(m_db, QStringLiteral("opportunities"), id);
    if (user.isNull())
        throw StoreError(StoreError::Kind::NotFound, tr("This opportunity was deleted by another desk."));
    throw StoreError(
        StoreError::Kind::Conflict,
        tr("%1 changed this opportunity at %2, after you opened it. Nothing was saved: reload to see "
           "their changes, then enter yours again.")
            .arg(user, when));
}

qint64 OpportunityRepository::create(Opportunity& o)
{
    m_db.access().require(Module::Sales, Action::Create);
    if (o.customerId > 0) m_db.access().requireOwnCustomer(m_db, o.customerId);
    if (o.stageId <= 0) {
        for (const OpportunityStage& s : stages())
            if (s.kind == StageKind::Open) {
                o.stageId = s.id;
                break;
            }
    }
    const OpportunityStage stage = this->stage(o.stageId);
    if (o.probability < 0) o.probability = stage.probability;
    validate(o, stage);
    m_db.write([&] {
        if (!Sql(m_db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"))
                 .bind(o.customerId)
                 .scalar()
                 .toInt())
            throw ValidationError(
                {{QStringLiteral("customer"), tr("There is no customer with id %1.").arg(o.customerId)}});
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        Sql insert(m_db, kInsert);
        bindInsert(insert, o, stage.kind, now, user, now).exec();
        stampInsert(o.meta, insert.lastInsertId(), now, user);
        recordMove(o.meta.id, 0, o.stageId, now);
        saveDetails(o);
        ChangeRecorder::record(m_db, kEntity, o.meta.id, QStringLiteral("insert"), {}, toJson(o));
        o.stageKind = stage.kind;
        o.stageName = stage.displayName();
        o.stageAt = parseUtc(now);
        o.closedAt = stage.kind == StageKind::Open ? QDateTime() : parseUtc(now);
    });
    return o.meta.id;
}

void OpportunityRepository::saveDetails(Opportunity& o)
{
    Sql(m_db, QStringLiteral("DELETE FROM opportunity_lines WHERE opportunity_id = ?"))
        .bind(o.meta.id)
        .exec();
    OrderRepository::insertLines(m_db, kLines, kParent, o.meta.id, o.lines);
    files(m_db).save(o.meta.id, o.attachments);
}

void OpportunityRepository::createMany(QList<Opportunity>& list, const QList<QList<StageMove>>& moves)
{
    m_db.access().require(Module::Sales, Action::Create);
    QHash<qint64, OpportunityStage> stageById;
    for (const OpportunityStage& s : stages(true))
        stageById.insert(s.id, s);
    for (qsizetype i = 0; i < list.size(); ++i) {
        Opportunity& o = list[i];
        if (moves.value(i).isEmpty() || moves.value(i).constLast().toStage != o.stageId ||
            !stageById.contains(o.stageId))
            throw ValidationError(
                {{QStringLiteral("stage"), tr("Each opportunity needs its moves, ending in its stage.")}});
        if (o.probability < 0) o.probability = stageById.value(o.stageId).probability;
        validate(o, stageById.value(o.stageId));
    }
    m_db.write([&] {
        const QString user = m_db.session().user;
        BulkInsert insert(m_db, kInsert);
        BulkInsert move(
            m_db, QStringLiteral("INSERT INTO opportunity_moves(opportunity_id, from_stage, to_stage, at, "
                                 "who, desk) VALUES (?, ?, ?, ?, ?, ?)"));
        QList<qint64> ids;
        for (qsizetype i = 0; i < list.size(); ++i) {
            Opportunity& o = list[i];
            const QList<StageMove>& path = moves.at(i);
            const StageKind kind = stageById.value(o.stageId).kind;
            const QString created = utcText(path.constFirst().at).toString();
            const QString stageAt = utcText(path.constLast().at).toString();
            bindInsert(insert, o, kind, created, user, stageAt).exec();
            stampInsert(o.meta, insert.lastInsertId(), created, user);
            ids.append(o.meta.id);
            for (const StageMove& m : path)
                move.bind(o.meta.id)
                    .bind(m.fromStage > 0 ? QVariant(m.fromStage) : QVariant())
                    .bind(m.toStage)
                    .bind(utcText(m.at))
                    .bind(m.who.isEmpty() ? user : m.who)
                    .bind(m_db.session().desk)
                    .exec();
        }
        ChangeRecorder::recordCreatedMany(m_db, kEntity, ids);
    });
}

void OpportunityRepository::update(Opportunity& o)
{
    m_db.access().require(Module::Sales, Action::Edit);
    const OpportunityStage stage = this->stage(o.stageId);
    if (o.probability < 0) o.probability = stage.probability;
    validate(o, stage);
    m_db.write([&] {
        const std::optional<Opportunity> before = find(o.meta.id);
        if (!before || before->meta.version != o.meta.version) throwConflict(o.meta.id);
        m_db.access().requireOwnCustomer(m_db, o.customerId);
        // Without the right to see money the amount cannot have been seen, so it is kept.
        if (!seesMoney()) o.amount = before->amount;
        const QString now = Database::nowUtc();
        const bool moved = before->stageId != o.stageId;
        const QVariant closedAt = stage.kind == StageKind::Open ? QVariant()
                                  : moved                       ? QVariant(now)
                                                                : utcText(before->closedAt);
        Sql update(
            m_db,
            QStringLiteral(
                "UPDATE opportunities SET version = version + 1, updated_at = ?, updated_by = ?, "
                "customer_id = ?, contact_name = ?, title = ?, wanted = ?, amount = ?, "
                "stage_id = ?, probability = ?, expected_close = ?, source = ?, owner = ?, "
                "competitor = ?, next_step = ?, lost_reason = ?, notes = ?, campaign_id = ?, stage_at = ?, "
                "closed_at = ? WHERE id = ? AND version = ?"));
        update.bind(now).bind(m_db.session().user);
        bindFields(update, o, stage.kind)
            .bind(moved ? QVariant(now) : utcText(before->stageAt))
            .bind(closedAt)
            .bind(o.meta.id)
            .bind(o.meta.version)
            .exec();
        if (update.rowsAffected() == 0) throwConflict(o.meta.id);
        if (moved) recordMove(o.meta.id, before->stageId, o.stageId, now);
        // Without the right to see money the lines were read without prices: they stay as saved.
        if (seesMoney()) {
            saveDetails(o);
        } else {
            o.lines = before->lines;
            files(m_db).save(o.meta.id, o.attachments);
        }
        stampUpdate(o.meta, now, m_db.session().user);
        ChangeRecorder::record(m_db, kEntity, o.meta.id, QStringLiteral("update"), toJson(*before),
                               toJson(o));
    });
}

int OpportunityRepository::moveTo(qint64 id, int expectedVersion, qint64 stageId, const QString& lostReason)
{
    std::optional<Opportunity> o = find(id);
    if (!o) throw StoreError(StoreError::Kind::NotFound, tr("This opportunity was deleted by another desk."));
    if (o->meta.version != expectedVersion) throwConflict(id);
    if (o->stageId == stageId) return o->meta.version;
    o->stageId = stageId;
    o->probability = -1; // the new stage's default
    if (!lostReason.isEmpty()) o->lostReason = lostReason;
    update(*o);
    return o->meta.version;
}

void OpportunityRepository::remove(qint64 id, int expectedVersion)
{
    m_db.access().require(Module::Sales, Action::Delete);
    m_db.write([&] {
        const std::optional<Opportunity> before = find(id);
        if (!before)
            throw StoreError(StoreError::Kind::NotFound, tr("This opportunity was deleted by another desk."));
        if (before->meta.version != expectedVersion) throwConflict(id);
        Sql(m_db, QStringLiteral("DELETE FROM opportunity_moves WHERE opportunity_id = ?")).bind(id).exec();
        // Its quotes stay the customer's, no longer tied to it.
        Sql quotes(m_db, QStringLiteral("SELECT id FROM quotes WHERE opportunity_id = ?"));
        quotes.bind(id).exec();
        QList<qint64> quoteIds;
        while (quotes.next())
            quoteIds.append(quotes.value(0).toLongLong());
        for (const qint64 quoteId : std::as_const(quoteIds)) {
            Sql(m_db, QStringLiteral(
                          "UPDATE quotes SET opportunity_id = NULL, version = version + 1, updated_at = ?, "
                          "updated_by = ? WHERE id = ?"))
                .bind(Database::nowUtc())
                .bind(m_db.session().user)
                .bind(quoteId)
                .exec();
            ChangeRecorder::recordChange(m_db, QStringLiteral("quote"), quoteId, QStringLiteral("update"));
        }
        Sql(m_db, QStringLiteral("DELETE FROM opportunities WHERE id = ?")).bind(id).exec();
        ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("delete"), toJson(*before), {});
    });
}

QByteArray OpportunityRepository::attachmentData(qint64 attachmentId) const
{
    m_db.access().require(Module::Sales, Action::View);
    return files(m_db).data(attachmentId);
}

std::optional<Opportunity> OpportunityRepository::find(qint64 id) const
{
    m_db.access().require(Module::Sales, Action::View);
    Sql q(m_db, QStringLiteral("SELECT %1 FROM opportunities o %2 WHERE o.id = ?").arg(kColumns, kJoins));
    q.bind(id).exec();
    if (!q.next()) return std::nullopt;
    Opportunity o;
    int col = 0;
    o.meta = readMeta(q, col);
    o.customerId = q.value(col++).toLongLong();
    o.customerName = q.value(col++).toString();
    o.contactName = q.value(col++).toString();
    o.title = q.value(col++).toString();
    o.wanted = q.value(col++).toString();
    o.amount = seesMoney() ? Money::fromFen(q.value(col).toLongLong()) : Money();
    ++col;
    o.stageId = q.value(col++).toLongLong();
    o.stageName = stageName(q.value(col), q.value(col + 1));
    col += 2;
    o.stageKind = kindOf(q.value(col++));
    o.probability = q.value(col++).toInt();
    o.expectedClose = QDate::fromString(q.value(col++).toString(), Qt::ISODate);
    o.source = q.value(col++).toString();
    o.owner = q.value(col++).toString();
    o.competitor = q.value(col++).toString();
    o.nextStep = q.value(col++).toString();
    o.lostReason = q.value(col++).toString();
    o.notes = q.value(col++).toString();
    o.stageAt = parseUtc(q.value(col++));
    o.closedAt = parseUtc(q.value(col++));
    // A role that sees only its own customers does not see their opportunities either.
    if (!m_db.access().owns(q.value(col++).toString())) return std::nullopt;
    o.campaignId = q.value(col++).toLongLong();
    o.lines = OrderRepository::readLines(m_db, kLines, kParent, id);
    if (!seesMoney())
        for (OrderLine& l : o.lines) {
            l.unitPrice = Money();
            l.discount = Money();
            l.amount = Money();
        }
    o.attachments = files(m_db).list(id);
    return o;
}

Opportunity OpportunityRepository::get(qint64 id) const
{
    std::optional<Opportunity> o = find(id);
    if (!o) throw StoreError(StoreError::Kind::NotFound, tr("There is no opportunity with id %1.").arg(id));
    return *o;
}

QList<StageMove> OpportunityRepository::moves(qint64 id) const
{
    m_db.access().require(Module::Sales, Action::View);
    Sql q(m_db,
          QStringLiteral(
              "SELECT m.from_stage, m.to_stage, f.code, f.name, t.code, t.name, m.at, m.who FROM "
              "opportunity_moves m LEFT JOIN opportunity_stages f ON f.id = m.from_stage JOIN "
              "opportunity_stages t ON t.id = m.to_stage WHERE m.opportunity_id = ? ORDER BY m.at, m.id"));
    q.bind(id).exec();
    QList<StageMove> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                       q.value(0).isNull() ? QString() : stageName(q.value(2), q.value(3)),
                       stageName(q.value(4), q.value(5)), parseUtc(q.value(6)), q.value(7).toString()});
    return result;
}

qint64 OpportunityRepository::count(const OpportunityFilter& filter, qint64 atMost) const
{
    m_db.access().require(Module::Sales, Action::View);
    QVariantList values;
    const QString where = opportunityWhere(m_db, filter, values);
    if (atMost >= 0)
        return Sql(m_db,
                   QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM opportunities o WHERE %1 LIMIT ?)")
                       .arg(where))
            .bindAll(values)
            .bind(atMost)
            .scalar()
            .toLongLong();
    return Sql(m_db, QStringLiteral("SELECT count(*) FROM opportunities o WHERE %1").arg(where))
        .bindAll(values)
        .scalar()
        .toLongLong();
}

namespace {

QList<OpportunityRow> readRows(Sql& q, bool money)
{
    QList<OpportunityRow> rows;
    while (q.next()) {
        OpportunityRow r;
        r.id = q.value(0).toLongLong();
        r.version = q.value(1).toInt();
        r.customerId = q.value(2).toLongLong();
        r.customer = q.value(3).toString();
        r.title = q.value(4).toString();
        r.amount = money ? Money::fromFen(q.value(5).toLongLong()) : Money();
        r.probability = q.value(6).toInt();
        r.stageId = q.value(7).toLongLong();
        r.stage = stageName(q.value(8), q.value(9));
        r.kind = kindOf(q.value(10));
        r.expectedClose = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        r.owner = q.value(12).toString();
        r.source = q.value(13).toString();
        r.nextStep = q.value(14).toString();
        r.stageAt = parseUtc(q.value(15));
        rows.append(r);
    }
    return rows;
}

} // namespace

QList<OpportunityRow> OpportunityRepository::page(const OpportunityFilter& filter, qint64 offset,
                                                  int limit) const
{
    m_db.access().require(Module::Sales, Action::View);
    QVariantList values;
    const QString where = opportunityWhere(m_db, filter, values);
    Sql q(m_db, QStringLiteral("SELECT %1 FROM opportunities o %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
                    .arg(kRowColumns, kJoins, where, kOrder));
    q.bindAll(values).bind(limit).bind(offset).exec();
    return readRows(q, seesMoney());
}

QList<OpportunityRow> OpportunityRepository::pageAfter(const OpportunityFilter& filter,
                                                       const OpportunityRow& last, int limit) const
{
    m_db.access().require(Module::Sales, Action::View);
    QVariantList values;
    const QString where = opportunityWhere(m_db, filter, values);
    Sql q(m_db,
          QStringLiteral("SELECT %1 FROM opportunities o %2 WHERE %3 AND (%4) > (?, ?) ORDER BY %4 LIMIT ?")
              .arg(kRowColumns, kJoins, where, kOrder));
    q.bindAll(values).bind(storedDay(last.expectedClose)).bind(last.id).bind(limit).exec();
    return readRows(q, seesMoney());
}

QList<StageColumn> OpportunityRepository::board(const OpportunityFilter& filter) const
{
    m_db.access().require(Module::Sales, Action::View);
    // Stage by stage, so each reads its own range of an index: an open stage holds only open ones
    // (closed_at IS NULL), a won or lost one only those closed since the day asked.
    OpportunityFilter common = filter;
    common.closedSince = QDate();
    QVariantList values;
    const QString where = opportunityWhere(m_db, common, values);
    const bool money = seesMoney();
    QList<StageColumn> result;
    for (const OpportunityStage& s : stages()) {
        StageColumn column;
        column.stage = s;
        QVariantList binds = values;
        binds.append(s.id);
        QString stageWhere = where + QStringLiteral(" AND o.stage_id = ?");
        if (s.kind == StageKind::Open) {
            stageWhere += QStringLiteral(" AND o.closed_at IS NULL");
        } else if (filter.closedSince.isValid()) {
            stageWhere += QStringLiteral(" AND o.closed_at >= ?");
            binds.append(utcText(filter.closedSince.startOfDay()));
        }
        // The weighted total adds each opportunity's own rounded figure, as the cards show them.
        Sql totals(m_db,
                   QStringLiteral("SELECT count(*), coalesce(sum(o.amount), 0), coalesce(sum((o.amount * "
                                  "o.probability + 50) / 100), 0) FROM opportunities o WHERE %1")
                       .arg(stageWhere));
        totals.bindAll(binds).exec();
        totals.next();
        column.count = totals.value(0).toLongLong();
        column.total = money ? Money::fromFen(totals.value(1).toLongLong()) : Money();
        column.weighted = money ? Money::fromFen(totals.value(2).toLongLong()) : Money();
        if (column.count > 0) {
            // Open ones by expected close; won and lost ones latest first.
            Sql cards(
                m_db,
                QStringLiteral("SELECT %1 FROM opportunities o %2 WHERE %3 ORDER BY %4 LIMIT ?")
                    .arg(kRowColumns, kJoins, stageWhere,
                         s.kind == StageKind::Open ? kOrder : QStringLiteral("o.closed_at DESC, o.id DESC")));
            cards.bindAll(binds).bind(kBoardCards).exec();
            column.cards = readRows(cards, money);
        }
        result.append(column);
    }
    return result;
}

namespace {

// The defaults first, then what the shop typed before that they do not hold.
QStringList choices(Database& db, QStringList result, const QString& column)
{
    Sql q(db, QStringLiteral("SELECT DISTINCT %1 FROM opportunities WHERE %1 <> '' ORDER BY %1 LIMIT 200")
                  .arg(column));
    q.exec();
    while (q.next())
        if (!result.contains(q.value(0).toString())) result.append(q.value(0).toString());
    return result;
}

} // namespace

QStringList OpportunityRepository::sourceChoices() const
{
    return choices(m_db, OpportunityRules::defaultSources(), QStringLiteral("source"));
}

QStringList OpportunityRepository::lostReasonChoices() const
{
    return choices(m_db, OpportunityRules::defaultLostReasons(), QStringLiteral("lost_reason"));
}

} // namespace shopcrm
