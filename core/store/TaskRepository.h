#pragma once

#include "domain/Calendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopcrm {

class Database;

struct TaskFilter
{
    enum class State
    {
        Open,
        Done,
        Any
    };
    State state = State::Open;
    std::optional<QString> assignee; // unset: anyone; empty: nobody's
    qint64 customerId = 0;
    qint64 orderId = 0;
    qint64 opportunityId = 0;
    qint64 serviceId = 0;
    QString text; // in the title or the notes
    int limit = 500;
};

// Tasks: what is to be done by when, by whom, about what. Every write in one short transaction with
// the change feed and the audit. Needs the follow-ups rights (customer care): view, create, edit,
// delete.
class TaskRepository final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::TaskRepository)
public:
    explicit TaskRepository(Database& db) : m_db(db) {}

    // The customer follows from the order, opportunity or request when none is given; each must be
    // the customer's. Returns the id.
    qint64 create(Task& task);
    // Only if nobody saved since it was read (Conflict otherwise). Done state changes with setDone().
    void update(Task& task);
    // Done now (by this user), or to do again; returns the new version.
    int setDone(qint64 id, int expectedVersion, bool done);
    void remove(qint64 id, int expectedVersion);

    std::optional<Task> find(qint64 id) const;
    Task get(qint64 id) const; // NotFound when missing
    // Open ones by due time (those without one last), then done ones newest first.
    QList<Task> list(const TaskFilter& filter) const;
    // Open tasks due by the end of the shop's day of `nowUtc` (late ones included), for the reminders.
    QList<Task> dueBy(const QDateTime& nowUtc) const;

private:
    QList<Task> read(const QString& where, const QVariantList& values, const QString& order, int limit) const;
    [[noreturn]] void throwConflict(qint64 id) const;

    Database& m_db;
};

} // namespace shopcrm
