#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMarginsF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace shopcrm {

// The paper a document is laid out on: A4, A5, or continuous multi-part forms 241 mm wide for a
// dot-matrix printer (the tractor strips take 12.7 mm on each side).
struct PageFormat
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::PageFormat)
public:
    QString code;     // a4, a5, 241x93, 241x140, 241x279
    QSizeF sizeMm;
    QMarginsF marginsMm;
    double fontPt = 10;
    bool continuous = false;

    QString name() const;
    static const QList<PageFormat>& all();
    static std::optional<PageFormat> fromCode(const QString& code);
    static const PageFormat& a4();
};

} // namespace shopcrm
