#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace shopcrm {

QString Translations::effectiveLanguage(const QString& language)
{
    if (language == QLatin1String("en") || language == QLatin1String("zh_CN"))
        return language;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Translations::apply(const QString& language)
{
    const QString effective = effectiveLanguage(language);
    static QTranslator* app = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : {&app, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale(effective == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                               : QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(locale);
    app = new QTranslator; // English: plural forms only
    if (app->load(QStringLiteral(":/i18n/shopcrm_%1.qm").arg(effective)))
        QCoreApplication::installTranslator(app);
    if (effective == QLatin1String("en"))
        return effective;
    qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return effective;
}

} // namespace shopcrm
