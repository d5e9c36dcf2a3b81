#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace shopcrm {

// When a document counter starts again from 1.
enum class CounterReset { Daily, Monthly, Yearly, Never };

// A document number pattern such as "DD{yyyy}{MM}{dd}-{seq:3}". Tokens: {yyyy} {yy}
// {MM} {dd} and exactly one {seq} or {seq:N} (N digits, 1–9, zero-padded; more digits when needed).
class NumberPattern final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::NumberPattern)
public:
    static QString defaultOrderPattern() { return QStringLiteral("DD{yyyy}{MM}{dd}-{seq:3}"); }
    // A message for the user, or a null string when the pattern is usable.
    static QString problem(const QString& pattern);
    static QString format(const QString& pattern, const QDate& localDate, qint64 seq);
    // The counter period a date belongs to: "2026-11-24", "2026-11", "2026" or "all".
    static QString period(CounterReset reset, const QDate& localDate);
    // The natural reset for a pattern: daily when it shows the day, and so on.
    static CounterReset naturalReset(const QString& pattern);
    static QString resetCode(CounterReset reset);
    static std::optional<CounterReset> resetFromCode(const QString& code);
    static QString resetName(CounterReset reset);
    // A reset shorter than the date the pattern shows would repeat numbers (e.g. a daily reset
    // with only {yyyy}{MM}): a message, or a null string.
    static QString resetProblem(const QString& pattern, CounterReset reset);
};

} // namespace shopcrm
