#include "PageFormat.h"

namespace shopcrm {

const QList<PageFormat>& PageFormat::all()
{
    static const QList<PageFormat> formats = {
        {QStringLiteral("a4"), {210, 297}, {14, 12, 14, 12}, 10, false},
        {QStringLiteral("a5"), {148, 210}, {10, 9, 10, 9}, 8.5, false},
        // Continuous forms: text stays off the tractor strips; the short form is tight, so smaller type.
        {QStringLiteral("241x93"), {241, 93.1}, {16, 5, 16, 4}, 8, true},
        {QStringLiteral("241x140"), {241, 140}, {16, 7, 16, 6}, 9, true},
        {QStringLiteral("241x279"), {241, 279.4}, {16, 9, 16, 8}, 10, true},
    };
    return formats;
}

const PageFormat& PageFormat::a4()
{
    return all().constFirst();
}

std::optional<PageFormat> PageFormat::fromCode(const QString& code)
{
    for (const PageFormat& f : all())
        if (f.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

QString PageFormat::name() const
{
    if (code == QLatin1String("a4"))
        return tr("A4 portrait");
    if (code == QLatin1String("a5"))
        return tr("A5 portrait");
    return tr("Continuous form %1 × %2 mm").arg(sizeMm.width()).arg(sizeMm.height());
}

} // namespace shopcrm
