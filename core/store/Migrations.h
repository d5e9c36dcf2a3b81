#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace shopcrm {

class Database;

struct MigrationStep
{
    int version;
    QString description;
    std::function<void(Database&)> apply;
    // The step changes how customers are indexed for search. The rebuild runs once, after the
    // last step, so it reads customers through today's code against today's schema.
    bool rebuildsSearch = false;
    // The step changes what the revenue summaries add up; they are rebuilt once, after the last step.
    bool rebuildsSummaries = false;
    // The step frees much of the file (rewritten rows); the file is compacted after the upgrade.
    bool compacts = false;
};

// The schema ladder, compiled into the binary so tests run exactly what users run.
class Migrations final
{
public:
    static const QList<MigrationStep>& ladder();
    static int latestVersion(const QList<MigrationStep>& ladder);
    // Applies every step above the current version up to target in one transaction, writing each
    // step's version row after its work; any failure rolls everything back.
    static void run(Database& db, const QList<MigrationStep>& ladder, int target);
    // Runs a script of statements separated by ';' at line ends.
    static void execScript(Database& db, const QString& script);
};

} // namespace shopcrm
