#include "TaskRepository.h"

#include "CalendarRepository.h"
#include "ChangeRecorder.h"
#include "Database.h"
#include "RowSupport.h"
#include "StoreError.h"

#include <QJsonObject>

namespace shopcrm {

namespace {

const QString kEntity = QStringLiteral("task");

const QString kColumns = QStringLiteral(
    "t.id, t.version, t.created_at, t.updated_at, t.created_by, t.updated_by, t.title, t.notes, "
    "t.customer_id, c.name, t.order_id, o.number, t.opportunity_id, p.title, t.service_id, s.number, "
    "t.assignee, t.due_at, t.done_at, t.done_by");
const QString kJoins =
    QStringLiteral("LEFT JOIN customers c ON c.id = t.customer_id LEFT JOIN orders o ON o.id = t.order_id "
                   "LEFT JOIN opportunities p ON p.id = t.opportunity_id LEFT JOIN service_requests s ON "
                   "s.id = t.service_id");

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QJsonObject toJson(const Task& t)
{
    return {{QStringLiteral("title"), t.title},
            {QStringLiteral("notes"), t.notes},
            {QStringLiteral("customer_id"), t.customerId},
            {QStringLiteral("order_id"), t.orderId},
            {QStringLiteral("opportunity_id"), t.opportunityId},
            {QStringLiteral("service_id"), t.serviceId},
            {QStringLiteral("assignee"), t.assignee},
            {QStringLiteral("due"), utcText(t.due).toString()},
            {QStringLiteral("done"), utcText(t.doneAt).toString()}};
}

// A customer-bound list clause that keeps the rows about no customer.
QString ownOrNone(const Database& db, const QString& column)
{
    const QString own = db.access().ownerClause(column);
    return own.isEmpty() ? QString() : QStringLiteral(" AND (%1 IS NULL OR %2)").arg(column, own.mid(5));
}

} // namespace

qint64 TaskRepository::create(Task& t)
{
    m_db.access().require(Module::FollowUps, Action::Create);
    CalendarRules::normalise(t);
    if (const QList<FieldIssue> issues = CalendarRules::check(t); !issues.isEmpty())
        throw ValidationError(issues);
    m_db.write([&] {
        CalendarRepository::checkLinks(m_db, t.customerId, t.orderId, t.opportunityId, t.serviceId);
        const QString now = Database::nowUtc();
        const QString user = m_db.session().user;
        Sql insert(m_db,
                   QStringLiteral("INSERT INTO tasks(created_at, updated_at, created_by, updated_by, title, "
                                  "notes, customer_id, order_id, opportunity_id, service_id, assignee, "
                                  "due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(now)
            .bind(now)
            .bind(user)
            .bind(user)
            .bind(t.title)
            .bind(t.notes)
            .bind(idOrNull(t.customerId))
            .bind(idOrNull(t.orderId))
            .bind(idOrNull(t.opportunityId))
            .bind(idOrNull(t.serviceId))
            .bind(t.assignee)
            .bind(utcText(t.due))
            .exec();
        stampInsert(t.meta, insert.lastInsertId(), now, user);
        t.doneAt = {};
        ChangeRecorder::record(m_db, kEntity, t.meta.id, QStringLiteral("insert"), {}, toJson(t));
    });
    return t.meta.id;
}

void TaskRepository::update(Task& t)
{
    m_db.access().require(Module::FollowUps, Action::Edit);
    CalendarRules::normalise(t);
    if (const QList<FieldIssue> issues = CalendarRules::check(t); !issues.isEmpty())
        throw ValidationError(issues);
    m_db.write([&] {
        const std::optional<Task> before = find(t.meta.id);
        if (!before || before->meta.version != t.meta.version) throwConflict(t.meta.id);
        CalendarRepository::checkLinks(m_db, t.customerId, t.orderId, t.opportunityId, t.serviceId);
        t.doneAt = before->doneAt;
        t.doneBy = before->doneBy;
        const QString now = Database::nowUtc();
        Sql update(m_db,
                   QStringLiteral("UPDATE tasks SET version = version + 1, updated_at = ?, updated_by = ?, "
                                  "title = ?, notes = ?, customer_id = ?, order_id = ?, opportunity_id = ?, "
                                  "service_id = ?, assignee = ?, due_at = ? WHERE id = ? AND version = ?"));
        update.bind(now)
            .bind(m_db.session().user)
            .bind(t.title)
            .bind(t.notes)
            .bind(idOrNull(t.customerId))
            .bind(idOrNull(t.orderId))
            .bind(idOrNull(t.opportunityId))
            .bind(idOrNull(t.serviceId))
            .bind(t.assignee)
            .bind(utcText(t.due))
            .bind(t.meta.id)
            .bind(t.meta.version)
            .exec();
        if (update.rowsAffected() == 0) throwConflict(t.meta.id);
        stampUpdate(t.meta, now, m_db.session().user);
        ChangeRecorder::record(m_db, kEntity, t.meta.id, QStringLiteral("update"), toJson(*before),
                               toJson(t));
    });
}

int TaskRepository::setDone(qint64 id, int expectedVersion, bool done)
{
    m_db.access().require(Module::FollowUps, Action::Edit);
    int version = expectedVersion;
    m_db.write([&] {
        const std::optional<Task> before = find(id);
        if (!before || before->meta.version != expectedVersion) throwConflict(id);
        if (before->isDone() == done) return;
        Task after = *before;
        const QString now = Database::nowUtc();
        after.doneAt = done ? parseUtc(now) : QDateTime();
        Sql(m_db, QStringLiteral("UPDATE tasks SET version = version + 1, updated_at = ?, updated_by = ?, "
                                 "done_at = ?, done_by = ? WHERE id = ? AND version = ?"))
            .bind(now)
            .bind(m_db.session().user)
            .bind(done ? QVariant(now) : QVariant())
            .bind(done ? m_db.session().user : QString())
            .bind(id)
            .bind(expectedVersion)
            .exec();
        ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("update"), toJson(*before), toJson(after));
        version = expectedVersion + 1;
    });
    return version;
}

void TaskRepository::remove(qint64 id, int expectedVersion)
{
    m_db.access().require(Module::FollowUps, Action::Delete);
    m_db.write([&] {
        const std::optional<Task> before = find(id);
        if (!before)
            throw StoreError(StoreError::Kind::NotFound, tr("This task was deleted by another desk."));
        if (before->meta.version != expectedVersion) throwConflict(id);
        Sql(m_db, QStringLiteral("DELETE FROM tasks WHERE id = ?")).bind(id).exec();
        ChangeRecorder::record(m_db, kEntity, id, QStringLiteral("delete"), toJson(*before), {});
    });
}

std::optional<Task> TaskRepository::find(qint64 id) const
{
    m_db.access().require(Module::FollowUps, Action::View);
    const QList<Task> found =
        read(QStringLiteral("t.id = ?") + ownOrNone(m_db, QStringLiteral("t.customer_id")), {id},
             QStringLiteral("t.id"), 1);
    return found.isEmpty() ? std::nullopt : std::optional<Task>(found.first());
}

Task TaskRepository::get(qint64 id) const
{
    std::optional<Task> t = find(id);
    if (!t) throw StoreError(StoreError::Kind::NotFound, tr("There is no task with id %1.").arg(id));
    return *t;
}

QList<Task> TaskRepository::list(const TaskFilter& f) const
{
    m_db.access().require(Module::FollowUps, Action::View);
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    if (f.state == TaskFilter::State::Open) where.append(QStringLiteral("t.done_at IS NULL"));
    if (f.state == TaskFilter::State::Done) where.append(QStringLiteral("t.done_at IS NOT NULL"));
    if (f.assignee) {
        where.append(QStringLiteral("t.assignee = ?"));
        values.append(f.assignee->simplified());
    }
    const std::pair<const char*, qint64> links[] = {{"t.customer_id", f.customerId},
                                                    {"t.order_id", f.orderId},
                                                    {"t.opportunity_id", f.opportunityId},
                                                    {"t.service_id", f.serviceId}};
    for (const auto& [column, id] : links)
        if (id > 0) {
            where.append(QStringLiteral("%1 = ?").arg(QLatin1String(column)));
            values.append(id);
        }
    if (const QString text = f.text.simplified(); !text.isEmpty()) {
        where.append(QStringLiteral("(instr(t.title, ?) > 0 OR instr(t.notes, ?) > 0)"));
        values << text << text;
    }
    return read(
        where.join(QStringLiteral(" AND ")) + ownOrNone(m_db, QStringLiteral("t.customer_id")), values,
        QStringLiteral("t.done_at IS NOT NULL, CASE WHEN t.done_at IS NULL THEN t.due_at IS NULL END, "
                       "CASE WHEN t.done_at IS NULL THEN t.due_at END, t.done_at DESC, t.id"),
        f.limit);
}

QList<Task> TaskRepository::dueBy(const QDateTime& nowUtc) const
{
    if (!m_db.access().can(Module::FollowUps, Action::View)) return {};
    const QDateTime endOfDay = nowUtc.toLocalTime().date().addDays(1).startOfDay().toUTC();
    return read(QStringLiteral("t.done_at IS NULL AND t.due_at IS NOT NULL AND t.due_at < ?") +
                    ownOrNone(m_db, QStringLiteral("t.customer_id")),
                {utcText(endOfDay)}, QStringLiteral("t.due_at, t.id"), 500);
}

QList<Task> TaskRepository::read(const QString& where, const QVariantList& values, const QString& order,
                                 int limit) const
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM tasks t %2 WHERE %3 ORDER BY %4 LIMIT ?")
                    .arg(kColumns, kJoins, where, order));
    q.bindAll(values).bind(limit).exec();
    QList<Task> tasks;
    while (q.next()) {
        Task t;
        int col = 0;
        t.meta = readMeta(q, col);
        t.title = q.value(col++).toString();
        t.notes = q.value(col++).toString();
        t.customerId = q.value(col++).toLongLong();
        t.customerName = q.value(col++).toString();
        t.orderId = q.value(col++).toLongLong();
        t.orderNumber = q.value(col++).toString();
        t.opportunityId = q.value(col++).toLongLong();
        t.opportunityTitle = q.value(col++).toString();
        t.serviceId = q.value(col++).toLongLong();
        t.serviceNumber = q.value(col++).toString();
        t.assignee = q.value(col++).toString();
        t.due = parseUtc(q.value(col++));
        t.doneAt = parseUtc(q.value(col++));
        t.doneBy = q.value(col++).toString();
        tasks.append(t);
    }
    return tasks;
}

void TaskRepository::throwConflict(qint64 id) const
{
    const auto [user, when] = lastChange(m_db, QStringLiteral("tasks"), id);
    if (user.isNull())
        throw StoreError(StoreError::Kind::NotFound, tr("This task was deleted by another desk."));
    throw StoreError(StoreError::Kind::Conflict,
                     tr("%1 changed this task at %2, after you opened it. Nothing was saved: reload to see "
                        "their changes, then enter yours again.")
                         .arg(user, when));
}

} // namespace shopcrm
