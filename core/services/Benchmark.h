#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace shopcrm {

// The scenarios behind `shopcrm-cli bench`: demo generation, opening the customer list, keyset
// scrolling and search latency, each beside a same-run baseline (a plain LIKE scan).
class Benchmark final
{
public:
    struct Options
    {
        double scale = 1.0; // 1.0 = 100,000 customers
        quint32 seed = 42;
        int samples = 200;
        QString workDir; // where the temporary database goes
    };
    static QJsonObject run(const Options& options, const std::function<void(const QString&)>& log = {});
};

} // namespace shopcrm
