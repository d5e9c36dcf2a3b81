#pragma once

#include <QString>

namespace shopcrm {

// Installs ShopCRM's and Qt's own translations for a language: "" follows the system locale,
// "en" or "zh_CN" choose one. Also sets the default QLocale, so dates and numbers follow it.
class Translations final
{
public:
    static QString apply(const QString& language);
    static QString effectiveLanguage(const QString& language);
};

} // namespace shopcrm
