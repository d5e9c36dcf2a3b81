#include "Money.h"

#include <QLocale>

namespace shopcrm {

namespace {

// Reads an optionally signed decimal with at most `maxDecimals` decimals into an integer scaled by
// 10^maxDecimals. Grouping commas between digits are allowed. Returns false on anything else.
enum class DecimalError { None, Empty, NotANumber, TooManyDecimals, TooLarge };

DecimalError readDecimal(QString text, int maxDecimals, qint64 max, qint64& result)
{
    // NFKC turns full-width digits, the full-width point and ￥ into their ASCII forms.
    text = text.normalized(QString::NormalizationForm_KC).trimmed();
    for (const QString& prefix : {QStringLiteral("RMB"), QStringLiteral("CNY"), QStringLiteral("¥")})
        if (text.startsWith(prefix, Qt::CaseInsensitive))
            text = text.mid(prefix.size()).trimmed();
    if (text.endsWith(QStringLiteral("元")))
        text.chop(1);
    text = text.trimmed();
    if (text.isEmpty())
        return DecimalError::Empty;
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        negative = text.startsWith(QLatin1Char('-'));
        text = text.mid(1).trimmed();
    }
    qint64 whole = 0;
    qint64 fraction = 0;
    int decimals = 0;
    bool inFraction = false;
    bool anyDigit = false;
    const qint64 scale = [&] {
        qint64 s = 1;
        for (int i = 0; i < maxDecimals; ++i)
            s *= 10;
        return s;
    }();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            anyDigit = true;
            const int digit = c.unicode() - '0';
            if (inFraction) {
                if (++decimals > maxDecimals)
                    return DecimalError::TooManyDecimals;
                fraction = fraction * 10 + digit;
            } else {
                if (whole > (max / scale) + 1)
                    return DecimalError::TooLarge;
                whole = whole * 10 + digit;
            }
        } else if (c == QLatin1Char('.') && !inFraction) {
            inFraction = true;
        } else if (c == QLatin1Char(',') && !inFraction && anyDigit && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            continue;
        } else {
            return DecimalError::NotANumber;
        }
    }
    if (!anyDigit)
        return DecimalError::NotANumber;
    for (int i = decimals; i < maxDecimals; ++i)
        fraction *= 10;
    if (whole > max / scale + 1)
        return DecimalError::TooLarge;
    const qint64 value = whole * scale + fraction;
    if (value > max)
        return DecimalError::TooLarge;
    result = negative ? -value : value;
    return DecimalError::None;
}

// The message for a failed read, from the four a type gives (empty, too many decimals, too large,
// not a number).
QString describe(DecimalError e, const QString& empty, const QString& decimals, const QString& large, const QString& bad)
{
    switch (e) {
    case DecimalError::Empty: return empty;
    case DecimalError::TooManyDecimals: return decimals;
    case DecimalError::TooLarge: return large;
    default: break;
    }
    return bad;
}

QString grouped(qint64 whole)
{
    QString digits = QString::number(whole);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

} // namespace

qint64 roundedDivide(__int128 value, qint64 divisor)
{
    const bool negative = (value < 0) != (divisor < 0);
    __int128 v = value < 0 ? -value : value;
    const __int128 d = divisor < 0 ? -static_cast<__int128>(divisor) : divisor;
    __int128 q = v / d;
    if ((v % d) * 2 >= d)
        ++q;
    return static_cast<qint64>(negative ? -q : q);
}

std::optional<Money> Money::parse(QStringView text, QString* error)
{
    qint64 fen = 0;
    const DecimalError e = readDecimal(text.toString(), 2, kMaxFen, fen);
    if (e == DecimalError::None)
        return Money(fen);
    if (error)
        *error = describe(e, tr("Enter an amount."), tr("An amount has at most two decimals (fen)."),
                          tr("The amount is larger than %1.").arg(Money(kMaxFen).toString()),
                          tr("\"%1\" is not an amount of money.").arg(text.toString().trimmed()));
    return std::nullopt;
}

QString Money::toString() const
{
    const qint64 a = m_fen < 0 ? -m_fen : m_fen;
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + grouped(a / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toPlainString() const
{
    const qint64 a = m_fen < 0 ? -m_fen : m_fen;
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + QString::number(a / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

std::optional<Quantity> Quantity::parse(QStringView text, QString* error)
{
    qint64 milli = 0;
    const DecimalError e = readDecimal(text.toString(), 3, kMaxMilli, milli);
    if (e == DecimalError::None)
        return Quantity(milli);
    if (error)
        *error = describe(e, tr("Enter a quantity."), tr("A quantity has at most three decimals."),
                          tr("The quantity is larger than %1.").arg(Quantity(kMaxMilli).toString()),
                          tr("\"%1\" is not a quantity.").arg(text.toString().trimmed()));
    return std::nullopt;
}

QString Quantity::toString() const
{
    const qint64 a = m_milli < 0 ? -m_milli : m_milli;
    QString s = (m_milli < 0 ? QStringLiteral("-") : QString()) + QString::number(a / kScale);
    if (const qint64 rest = a % kScale) {
        QString f = QStringLiteral("%1").arg(rest, 3, 10, QLatin1Char('0'));
        while (f.endsWith(QLatin1Char('0')))
            f.chop(1);
        s += QLatin1Char('.') + f;
    }
    return s;
}

} // namespace shopcrm
