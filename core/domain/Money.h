#pragma once

#include <QCoreApplication>
#include <QString>

#include <compare>
#include <optional>

namespace shopcrm {

// An amount of money in fen (0.01 yuan), never floating point. Parsing accepts what a
// shop types ("12.5", "¥1,234.50", full-width digits, a trailing 元); more than two decimals or
// anything else is refused rather than rounded.
class Money final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::Money)
public:
    // The largest amount the program accepts: 9,999,999,999.99 yuan.
    static constexpr qint64 kMaxFen = 999'999'999'999;

    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    constexpr qint64 fen() const { return m_fen; }

    // The amount, or nullopt with *error set to a message fit for the user.
    static std::optional<Money> parse(QStringView text, QString* error = nullptr);
    // "1,234.50" (grouped) — for screens and documents.
    QString toString() const;
    // "1234.50" — for JSON, CSV and spin boxes.
    QString toPlainString() const;

    constexpr bool isZero() const { return m_fen == 0; }
    constexpr bool isNegative() const { return m_fen < 0; }
    constexpr bool inRange() const { return m_fen >= -kMaxFen && m_fen <= kMaxFen; }
    constexpr Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    constexpr Money operator-(Money other) const { return Money(m_fen - other.m_fen); }
    constexpr Money operator-() const { return Money(-m_fen); }
    constexpr Money& operator+=(Money other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    constexpr Money& operator-=(Money other)
    {
        m_fen -= other.m_fen;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}
    qint64 m_fen = 0;
};

// A quantity (pieces, metres, m²) in thousandths: fixed point with three decimals.
class Quantity final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::Quantity)
public:
    static constexpr qint64 kScale = 1000;
    // At most 10,000,000 units: more is a typing mistake, and keeps every product in 64 bits.
    static constexpr qint64 kMaxMilli = 10'000'000 * kScale;

    constexpr Quantity() = default;
    static constexpr Quantity fromMilli(qint64 milli) { return Quantity(milli); }
    static constexpr Quantity fromUnits(qint64 units) { return Quantity(units * kScale); }
    constexpr qint64 milli() const { return m_milli; }

    static std::optional<Quantity> parse(QStringView text, QString* error = nullptr);
    // "2", "2.5", "0.125": no trailing zeros.
    QString toString() const;

    constexpr auto operator<=>(const Quantity&) const = default;

private:
    constexpr explicit Quantity(qint64 milli) : m_milli(milli) {}
    qint64 m_milli = 0;
};

// value / divisor rounded half away from zero (half-up for amounts), in 128-bit arithmetic so a
// large quantity times a large price cannot overflow before the division.
qint64 roundedDivide(__int128 value, qint64 divisor);

} // namespace shopcrm
