#pragma once

#include <QString>
#include <QStringList>

namespace shopcrm {

// Phone numbers parsed and normalised with libphonenumber (default region CN).
struct PhoneNumber
{
    QString display;  // "138 1234 5678", "010 8888 6666"; as typed when the number cannot be parsed
    QString digits;   // national digits for search: "13812345678", "01088886666"
    bool valid = false;

    static PhoneNumber parse(const QString& raw, const QString& region = QStringLiteral("CN"));
    // Digits a user typed, or a stored number's digits, in the one form search compares:
    // "+86 138-1234" -> "1381234", "0158-3600 2656" -> "15836002656" (the trunk 0 of a mobile dropped).
    static QString queryDigits(const QString& query);
    // True when the query reads as a phone number rather than a name: digits with + - ( ) and spaces.
    static bool looksLikePhone(const QString& query);
    // Splits a field holding several numbers ("138…, 0755-…" or one per line).
    static QStringList splitList(const QString& text);

private:
    static PhoneNumber parseMainlandMobile(qint64 national, const QString& typed);
    static PhoneNumber parseUncached(const QString& raw, const QString& region);
};

} // namespace shopcrm
