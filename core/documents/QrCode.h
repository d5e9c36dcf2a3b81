#pragma once

#include <QRectF>
#include <QString>

class QPainter;

namespace shopcrm {

// A QR code drawn as vector squares (crisp on any printer), encoded by libqrencode.
class QrCode final
{
public:
    // Paints the code for `text` centred in `area`; nothing when the text cannot be encoded.
    static bool paint(QPainter& painter, const QRectF& area, const QString& text);
};

} // namespace shopcrm
