#include "PhoneNumber.h"

#include <QHash>
#include <QReadWriteLock>
#include <QRegularExpression>

#include <optional>

#include <phonenumbers/phonenumberutil.h>

namespace shopcrm {

namespace {
QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += QChar(QLatin1Char(static_cast<char>('0' + c.digitValue())));
    return digits;
}
// An 11-digit mainland mobile, typed as digits or as we display it ("138 1234 5678"): the
// national number, or 0 for any other shape.
qint64 mainlandMobile(const QString& text)
{
    const qsizetype n = text.size();
    if (n != 11 && n != 13)
        return 0;
    qint64 number = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (n == 13 && (i == 3 || i == 8)) {
            if (c != u' ')
                return 0;
            continue;
        }
        if (c < u'0' || c > u'9' || (i == 0 && c != u'1'))
            return 0;
        number = number * 10 + (c - u'0');
    }
    return number;
}
} // namespace

PhoneNumber PhoneNumber::parse(const QString& raw, const QString& region)
{
    if (region == QLatin1String("CN"))
        if (const QString trimmed = raw.trimmed(); const qint64 mobile = mainlandMobile(trimmed))
            return parseMainlandMobile(mobile, trimmed);
    // libphonenumber's parse runs many ICU regular expressions; the same numbers are parsed again
    // by normalise, check and the search index, so a small per-thread cache pays for itself.
    thread_local QHash<QString, PhoneNumber> cache;
    const QString cacheKey = region + QLatin1Char('|') + raw;
    const auto cached = cache.constFind(cacheKey);
    if (cached != cache.cend())
        return *cached;
    if (cache.size() > 4096)
        cache.clear();
    const PhoneNumber result = parseUncached(raw, region);
    cache.insert(cacheKey, result);
    // The formatted form is what gets parsed next (after normalise), and it parses to itself.
    if (result.valid)
        cache.insert(region + QLatin1Char('|') + result.display, result);
    return result;
}

PhoneNumber PhoneNumber::parseMainlandMobile(qint64 national, const QString& typed)
{
    // The common case of an import, where one number is parsed by several threads: Parse and
    // Format run dozens of ICU regular expressions (25 µs a number here) where the validity check
    // alone takes 4, and a mainland mobile always formats 3-4-4 (a test checks this against
    // Format on every mobile prefix). Validity is kept for all threads, by number.
    static QReadWriteLock lock;
    static QHash<qint64, bool> validity;
    std::optional<bool> valid;
    {
        QReadLocker read(&lock);
        if (const auto it = validity.constFind(national); it != validity.cend())
            valid = *it;
    }
    if (!valid) {
        i18n::phonenumbers::PhoneNumber number;
        number.set_country_code(86);
        number.set_national_number(static_cast<google::protobuf::uint64>(national));
        valid = i18n::phonenumbers::PhoneNumberUtil::GetInstance()->IsValidNumber(number);
        QWriteLocker write(&lock);
        if (validity.size() > (1 << 20))
            validity.clear();
        validity.insert(national, *valid);
    }
    PhoneNumber result;
    result.digits = QString::number(national);
    result.valid = *valid;
    result.display = result.valid ? result.digits.left(3) + QLatin1Char(' ') + result.digits.mid(3, 4) +
                                        QLatin1Char(' ') + result.digits.mid(7)
                                  : typed;
    return result;
}

PhoneNumber PhoneNumber::parseUncached(const QString& raw, const QString& region)
{
    using i18n::phonenumbers::PhoneNumberUtil;
    PhoneNumber result;
    const QString trimmed = raw.simplified();
    result.display = trimmed;
    result.digits = digitsOf(trimmed);
    if (trimmed.isEmpty())
        return result;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util->Parse(trimmed.toStdString(), region.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return result;
    result.valid = util->IsValidNumber(number);
    if (!result.valid)
        return result;
    std::string formatted;
    std::string regionOfNumber;
    util->GetRegionCodeForNumber(number, &regionOfNumber);
    const bool domestic = regionOfNumber == region.toStdString();
    util->Format(number, domestic ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &formatted);
    result.display = QString::fromStdString(formatted);
    result.digits = digitsOf(result.display); // foreign numbers keep their country code
    return result;
}

QString PhoneNumber::queryDigits(const QString& query)
{
    QString digits = digitsOf(query);
    const QString trimmed = query.trimmed();
    if (trimmed.startsWith(QLatin1String("+86")) && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    else if (digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    else if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    // A mobile dialled from another city carries the trunk 0 (0158…); no area code starts 013–019.
    if (digits.size() >= 4 && digits.startsWith(QLatin1Char('0')) && digits.at(1) == QLatin1Char('1') &&
        digits.at(2) >= QLatin1Char('3'))
        digits.remove(0, 1);
    return digits;
}

bool PhoneNumber::looksLikePhone(const QString& query)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[(0-9][0-9 ()\\-]*$"));
    return pattern.match(query.trimmed()).hasMatch() && digitsOf(query).size() >= 3;
}

QStringList PhoneNumber::splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;，；、/\\n]+"));
    QStringList result;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    return result;
}

} // namespace shopcrm
