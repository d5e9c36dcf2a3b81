#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopcrm {

class Database;

// A running program on the shop's database: which desk, who, since when, last seen.
struct DeskInfo
{
    QString instance;
    QString desk;
    QString user;
    QString host;
    qint64 pid = 0;
    QString program;
    QDateTime since;
    QDateTime lastSeen;
};

// Someone else's advisory lease on a record they have open for editing.
struct LeaseHolder
{
    QString desk;
    QString user;
    QDateTime since;
};

// Which desks have the database open (desk_presence), and who is editing what (edit_leases).
// A desk joins when it opens the database, beats every beatSeconds and leaves when it closes; a
// desk not seen for staleSeconds (it crashed or lost the share) is no longer counted and its row
// and leases are cleared by the next beat of any desk. Leases never block saving.
class DeskPresence final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::DeskPresence)
public:
    static constexpr int beatSeconds = 10;
    static constexpr int staleSeconds = 45;

    explicit DeskPresence(Database& db, const QString& program = QStringLiteral("gui"));
    ~DeskPresence();
    Q_DISABLE_COPY_MOVE(DeskPresence)

    // The presence of the desk program running on db, if it joined (editors take leases through it).
    static DeskPresence* of(const Database& db);

    QString instance() const { return m_instance; }
    void join();
    // Refreshes this desk's row and leases, clears stale desks, and now and then prunes the change
    // feed. Safe to call when joined only.
    void beat();
    void leave();
    bool joined() const { return m_joined; }

    // Desks seen within staleSeconds, oldest first; others() leaves this one out.
    QList<DeskInfo> desks() const;
    QList<DeskInfo> others() const;

    // Takes this desk's lease on a record and returns who else holds one, if anyone.
    std::optional<LeaseHolder> takeLease(const QString& entity, qint64 id);
    void releaseLease(const QString& entity, qint64 id);
    std::optional<LeaseHolder> otherHolder(const QString& entity, qint64 id) const;
    // Who last changed a record, at which desk and when (from the audit log).
    std::optional<LeaseHolder> lastChange(const QString& entity, qint64 id) const;
    // "being edited by 王芳 at 前台2 since 10:42"
    static QString describe(const LeaseHolder& holder);

    // Keeps the change feed from growing without bound: entries older than keepDays go, but the
    // newest keepRows always stay. A desk that was away longer reloads everything (ChangeFeed).
    static int pruneChangeLog(Database& db, int keepDays = 7, int keepRows = 20000);

private:
    QString staleBefore() const;
    void insertRow(const QString& now);

    Database& m_db;
    QString m_instance;
    QString m_program;
    bool m_joined = false;
    QDateTime m_lastPrune;
};

} // namespace shopcrm
