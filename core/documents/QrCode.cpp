#include "QrCode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace shopcrm {

bool QrCode::paint(QPainter& painter, const QRectF& area, const QString& text)
{
    const QByteArray data = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(data.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return false;
    const int n = code->width;
    const double side = std::min(area.width(), area.height());
    // A quiet zone of two modules keeps scanners happy next to other print.
    const double module = side / (n + 4);
    const QPointF origin(area.left() + (area.width() - side) / 2 + 2 * module,
                         area.top() + (area.height() - side) / 2 + 2 * module);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (code->data[y * n + x] & 1)
                painter.drawRect(QRectF(origin.x() + x * module, origin.y() + y * module, module * 1.02, module * 1.02));
    painter.restore();
    return true;
}

} // namespace shopcrm
