#include "NumberPattern.h"

#include <QRegularExpression>

namespace shopcrm {

namespace {
const QRegularExpression& tokenExpression()
{
    static const QRegularExpression re(QStringLiteral("\\{([^{}]*)\\}"));
    return re;
}
} // namespace

QString NumberPattern::problem(const QString& pattern)
{
    if (pattern.trimmed().isEmpty())
        return tr("Enter a number pattern, for example %1.").arg(defaultOrderPattern());
    int seqCount = 0;
    auto it = tokenExpression().globalMatch(pattern);
    while (it.hasNext()) {
        const QString token = it.next().captured(1);
        static const QRegularExpression seq(QStringLiteral("^seq(:[1-9])?$"));
        if (seq.match(token).hasMatch())
            ++seqCount;
        else if (token != QLatin1String("yyyy") && token != QLatin1String("yy") && token != QLatin1String("MM") &&
                 token != QLatin1String("dd"))
            return tr("Unknown part {%1} in the number pattern; use {yyyy}, {yy}, {MM}, {dd} and {seq:N}.").arg(token);
    }
    if (seqCount != 1)
        return tr("The number pattern needs exactly one {seq} or {seq:N} for the running number.");
    QString rest = pattern;
    rest.remove(tokenExpression());
    if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}')))
        return tr("The number pattern has an unmatched brace.");
    return {};
}

QString NumberPattern::format(const QString& pattern, const QDate& d, qint64 seq)
{
    QString out;
    qsizetype last = 0;
    auto it = tokenExpression().globalMatch(pattern);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += pattern.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString token = m.captured(1);
        if (token == QLatin1String("yyyy"))
            out += QStringLiteral("%1").arg(d.year(), 4, 10, QLatin1Char('0'));
        else if (token == QLatin1String("yy"))
            out += QStringLiteral("%1").arg(d.year() % 100, 2, 10, QLatin1Char('0'));
        else if (token == QLatin1String("MM"))
            out += QStringLiteral("%1").arg(d.month(), 2, 10, QLatin1Char('0'));
        else if (token == QLatin1String("dd"))
            out += QStringLiteral("%1").arg(d.day(), 2, 10, QLatin1Char('0'));
        else if (token.startsWith(QLatin1String("seq")))
            out += QStringLiteral("%1").arg(seq, token.size() > 4 ? token.mid(4).toInt() : 1, 10, QLatin1Char('0'));
    }
    return out + pattern.mid(last);
}

QString NumberPattern::period(CounterReset reset, const QDate& d)
{
    switch (reset) {
    case CounterReset::Daily: return d.toString(QStringLiteral("yyyy-MM-dd"));
    case CounterReset::Monthly: return d.toString(QStringLiteral("yyyy-MM"));
    case CounterReset::Yearly: return d.toString(QStringLiteral("yyyy"));
    case CounterReset::Never: break;
    }
    return QStringLiteral("all");
}

CounterReset NumberPattern::naturalReset(const QString& pattern)
{
    if (pattern.contains(QLatin1String("{dd}")))
        return CounterReset::Daily;
    if (pattern.contains(QLatin1String("{MM}")))
        return CounterReset::Monthly;
    if (pattern.contains(QLatin1String("{yyyy}")) || pattern.contains(QLatin1String("{yy}")))
        return CounterReset::Yearly;
    return CounterReset::Never;
}

QString NumberPattern::resetProblem(const QString& pattern, CounterReset reset)
{
    const int shown = static_cast<int>(naturalReset(pattern));
    if (static_cast<int>(reset) < shown)
        return tr("A counter that restarts %1 needs the pattern to show that period; with this pattern numbers "
                  "would repeat.")
            .arg(resetName(reset));
    return {};
}

QString NumberPattern::resetCode(CounterReset reset)
{
    switch (reset) {
    case CounterReset::Daily: return QStringLiteral("daily");
    case CounterReset::Monthly: return QStringLiteral("monthly");
    case CounterReset::Yearly: return QStringLiteral("yearly");
    case CounterReset::Never: break;
    }
    return QStringLiteral("never");
}

std::optional<CounterReset> NumberPattern::resetFromCode(const QString& code)
{
    for (CounterReset r : {CounterReset::Daily, CounterReset::Monthly, CounterReset::Yearly, CounterReset::Never})
        if (resetCode(r) == code)
            return r;
    return std::nullopt;
}

QString NumberPattern::resetName(CounterReset reset)
{
    switch (reset) {
    case CounterReset::Daily: return tr("every day");
    case CounterReset::Monthly: return tr("every month");
    case CounterReset::Yearly: return tr("every year");
    case CounterReset::Never: break;
    }
    return tr("never");
}

} // namespace shopcrm
