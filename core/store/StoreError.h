#pragma once

#include "domain/Customer.h"

#include <QList>
#include <QString>

#include <stdexcept>

namespace shopcrm {

// Every failure of the store reaches callers as one of these, with a message fit to show a user.
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        Open,          // the file cannot be opened or created
        NotADatabase,  // not SQLite, not ShopCRM, or damaged
        NewerSchema,   // made by a newer ShopCRM
        ReadOnly,      // a write on a read-only database
        Conflict,      // saved from a stale copy
        Locked,        // a delivered or cancelled order, read-only until reopened
        NotFound,
        Validation,
        Migration,
        Busy,          // another desk held the lock for longer than we waited
        Unavailable,   // the folder or disk cannot be reached (a shared folder went away)
        DiskFull,      // no room left to write
        Denied,        // the signed-in user's role does not allow it
        Sql,
    };
    StoreError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {}
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

class ValidationError : public StoreError
{
public:
    explicit ValidationError(const QList<FieldIssue>& issues)
        : StoreError(Kind::Validation, joined(issues)), m_issues(issues)
    {}
    QList<FieldIssue> issues() const { return m_issues; }

private:
    static QString joined(const QList<FieldIssue>& issues)
    {
        QStringList lines;
        for (const FieldIssue& issue : issues)
            lines.append(issue.message);
        return lines.join(QLatin1Char('\n'));
    }
    QList<FieldIssue> m_issues;
};

// Who is writing: recorded in created_by / updated_by, the audit log and the change feed.
struct Session
{
    QString user;
    QString desk;
    static Session fromEnvironment();
};

} // namespace shopcrm
