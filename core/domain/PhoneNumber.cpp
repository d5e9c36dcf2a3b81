#include "PhoneNumber.h"

#include <QHash>
#include <QRegularExpression>

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
} // namespace

PhoneNumber PhoneNumber::parse(const QString& raw, const QString& region)
{
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
    return digits;
}

bool PhoneNumber::looksLikePhone(const QString& query)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9][0-9 ()\\-]*$"));
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
