#include "ChineseAmount.h"

namespace shopcrm {

namespace {

const QChar kDigits[] = {u'零', u'壹', u'贰', u'叁', u'肆', u'伍', u'陆', u'柒', u'捌', u'玖'};
const QChar kUnits[] = {QChar(), u'拾', u'佰', u'仟'};

// 0 < group < 10000, written with every unit's digit (so 10 is 壹拾); zeros inside collapse to one
// 零 and trailing zeros are dropped.
QString group(qint64 value)
{
    QString out;
    bool pendingZero = false;
    for (int position = 3; position >= 0; --position) {
        qint64 divisor = 1;
        for (int i = 0; i < position; ++i)
            divisor *= 10;
        const int digit = static_cast<int>(value / divisor % 10);
        if (digit == 0) {
            pendingZero = !out.isEmpty();
            continue;
        }
        if (pendingZero)
            out += kDigits[0];
        pendingZero = false;
        out += kDigits[digit];
        if (position > 0)
            out += kUnits[position];
    }
    return out;
}

QString integerWords(qint64 value)
{
    // Groups of four digits: 亿, 万, and the ones.
    const qint64 groups[] = {value / 100000000, value / 10000 % 10000, value % 10000};
    const QString units[] = {QStringLiteral("亿"), QStringLiteral("万"), QString()};
    QString out;
    bool zeroBefore = false;
    for (int i = 0; i < 3; ++i) {
        const qint64 g = groups[i];
        if (g == 0) {
            zeroBefore = zeroBefore || !out.isEmpty();
            continue;
        }
        // A gap in front of this group (a whole zero group, or leading zeros in this one) is one 零.
        if (!out.isEmpty() && (zeroBefore || g < 1000))
            out += kDigits[0];
        zeroBefore = false;
        out += group(g) + units[i];
    }
    return out;
}

int digitValue(QChar c)
{
    for (int i = 0; i < 10; ++i)
        if (kDigits[i] == c)
            return i;
    return -1;
}

} // namespace

QString ChineseAmount::words(Money amount)
{
    const bool negative = amount.isNegative();
    const qint64 fen = negative ? -amount.fen() : amount.fen();
    const qint64 yuan = fen / 100;
    const int jiao = static_cast<int>(fen / 10 % 10);
    const int cents = static_cast<int>(fen % 10);
    QString out = negative ? QStringLiteral("负") : QString();
    if (yuan > 0)
        out += integerWords(yuan) + QStringLiteral("元");
    if (jiao == 0 && cents == 0)
        return yuan > 0 ? out + QStringLiteral("整") : out + QStringLiteral("零元整");
    if (jiao > 0)
        out += kDigits[jiao] + QStringLiteral("角");
    else if (yuan > 0)
        out += kDigits[0];
    if (cents > 0)
        out += kDigits[cents] + QStringLiteral("分");
    return out;
}

std::optional<Money> ChineseAmount::parse(const QString& text)
{
    QString s = text.trimmed();
    bool negative = false;
    if (s.startsWith(u'负')) {
        negative = true;
        s = s.mid(1);
    }
    if (s.endsWith(u'整') || s.endsWith(u'正'))
        s.chop(1);
    if (s.isEmpty())
        return std::nullopt;
    qint64 total = 0;   // fen
    qint64 section = 0; // the current group below 万
    qint64 big = 0;     // what has been closed by 万 or 亿, in yuan
    int digit = -1;
    bool sawYuan = false;
    for (const QChar c : s) {
        const int d = digitValue(c);
        if (d >= 0) {
            digit = d;
            continue;
        }
        const int unit = c == u'拾' ? 10 : c == u'佰' ? 100 : c == u'仟' ? 1000 : 0;
        if (unit > 0) {
            if (digit <= 0)
                return std::nullopt; // the bank rules always write a digit before a unit
            section += digit * unit;
            digit = -1;
        } else if (c == u'万' || c == u'亿') {
            section += std::max(digit, 0);
            digit = -1;
            if (section == 0)
                return std::nullopt;
            big = c == u'万' ? big + section * 10000 : (big + section) * 100000000;
            section = 0;
        } else if (c == u'元') {
            section += std::max(digit, 0);
            digit = -1;
            total = (big + section) * 100;
            big = section = 0;
            sawYuan = true;
        } else if (c == u'角' || c == u'分') {
            if (digit <= 0)
                return std::nullopt;
            total += digit * (c == u'角' ? 10 : 1);
            digit = -1;
        } else {
            return std::nullopt;
        }
    }
    if (digit > 0 || (!sawYuan && (big > 0 || section > 0)))
        return std::nullopt;
    return Money::fromFen(negative ? -total : total);
}

} // namespace shopcrm
