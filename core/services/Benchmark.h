#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QString>

#include <functional>

namespace shopcrm {

// The scenarios behind `shopcrm-cli bench`: demo generation, opening the customer and order lists,
// keyset scrolling, search latency and order saves, beside same-run baselines (a plain LIKE scan,
// reading every order row).
class Benchmark final
{
public:
    struct Options
    {
        double scale = 1.0; // 1.0 = 100,000 customers
        quint32 seed = 42;
        int samples = 200;
        QString workDir; // where the temporary database goes
        bool orders = true; // two orders per customer: 200,000 at scale 1
        // Only these scenarios that need no shared demo database (see standaloneScenarios()).
        QStringList only;
        // An existing database for the scenarios that read one (search); empty: generate one.
        QString database;
    };
    static QStringList standaloneScenarios();
    static QJsonObject run(const Options& options, const std::function<void(const QString&)>& log = {});
};

} // namespace shopcrm
