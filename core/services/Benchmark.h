#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QString>

#include <functional>

namespace shopcrm {

// The scenarios behind `shopcrm-cli bench`: a shop generated at a scale (or a given database),
// then every screen's reads and writes on it (search, lists, the card, orders, documents, the
// review, reminders, start-up), each with p50/p95/max beside a baseline measured in the same run
// on the same data through SQLite's own API, and their ratio.
class Benchmark final
{
public:
    struct Options
    {
        double scale = 1.0; // see sizes()
        quint32 seed = 42;
        int samples = 200;
        QString workDir; // where the temporary databases go
        // Only these scenarios (see standaloneScenarios()); the shop's groups need `database`.
        QStringList only;
        // The shop to measure: an existing file is measured as it is (the bench adds a few
        // hundred orders and a busy customer to it); a missing one is generated there and kept;
        // empty: generated in workDir and removed.
        QString database;
        QString guiProgram; // the desktop program, for the start-up scenario
    };
    struct Sizes
    {
        qint64 customers = 0;
        qint64 orders = 0;
        qint64 followUps = 0;
    };
    // Scale 1: 100,000 customers, 500,000 orders over ten years with their payments, 100,000
    // follow-ups; scale 10 is the large shop of a million customers and five million orders.
    static Sizes sizes(double scale);
    // Generates the shop at options.scale into path (timed, kind by kind).
    static QJsonObject generate(const QString& path, const Options& options,
                                const std::function<void(const QString&)>& say);
    static QStringList standaloneScenarios();
    static QJsonObject run(const Options& options, const std::function<void(const QString&)>& log = {});
};

} // namespace shopcrm
