#include "MailMerge.h"

#include "DocumentRenderer.h"
#include "domain/MergeTemplate.h"
#include "store/StoreError.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace shopcrm {

namespace {

// Millimetres on the device: the painter draws in device units.
struct Paper
{
    explicit Paper(QPagedPaintDevice* device) : dpmm(device->logicalDpiX() / 25.4) {}
    double dpmm;
    double mm(double v) const { return v * dpmm; }
    QRectF rect(const QRectF& mmRect) const
    {
        return {mm(mmRect.x()), mm(mmRect.y()), mm(mmRect.width()), mm(mmRect.height())};
    }
};

QFont font(double points, bool bold = false)
{
    QFont f(DocumentRenderer::fontFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

void preparePdf(QPdfWriter& writer, double widthMm, double heightMm)
{
    writer.setCreator(QStringLiteral("ShopCRM"));
    writer.setResolution(600);
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(widthMm, heightMm), QPageSize::Millimeter),
                                     QPageLayout::Portrait, {}, QPageLayout::Millimeter));
}

// QPdfWriter reports nothing when it cannot write: the file is tried first, for a clear message.
void probe(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StoreError(StoreError::Kind::Open,
                         MailMerge::tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace

Addressee Addressee::of(const Customer& c)
{
    Addressee a;
    a.name = c.name;
    if (const Contact* k = c.primaryContact()) a.contact = k->name;
    // The street often repeats some of the region ("长安镇新华路" under 东莞市 长安镇): each part is
    // written once, the region first.
    QString street = c.address.trimmed();
    QString region;
    for (const QString& part : {c.province, c.city, c.district}) {
        if (part.isEmpty() || region.endsWith(part)) continue;
        region += part;
        if (street.startsWith(part)) street = street.mid(part.size()).trimmed();
    }
    a.address = region + street;
    a.postcode = c.postcode;
    // A customer without a postcode of its own is written to at its main contact's, if known.
    if (a.postcode.isEmpty())
        if (const Contact* k = c.primaryContact()) a.postcode = k->postcode;
    return a;
}

QRectF LabelSheet::labelMm(int index) const
{
    const int column = index % columns;
    const int row = index / columns;
    return {leftMm + column * (widthMm + columnGapMm), topMm + row * (heightMm + rowGapMm), widthMm,
            heightMm};
}

std::optional<LabelSheet> LabelSheet::fromCode(const QString& code)
{
    // 3 × 8 of 70 × 37 mm fill the A4 width; 2 × 7 of 99.1 × 38.1 mm are centred with a 2.5 mm gap.
    if (code == QLatin1String("3x8")) return LabelSheet{code, 3, 8, 70.0, 37.0, 0.0, 0.5, 0.0, 0.0};
    if (code == QLatin1String("2x7")) return LabelSheet{code, 2, 7, 99.1, 38.1, 4.65, 15.15, 2.5, 0.0};
    return std::nullopt;
}

QStringList LabelSheet::codes()
{
    return {QStringLiteral("3x8"), QStringLiteral("2x7")};
}

std::optional<EnvelopeSize> EnvelopeSize::fromCode(const QString& code)
{
    if (code == QLatin1String("dl")) return EnvelopeSize{code, 220.0, 110.0};
    if (code == QLatin1String("c5")) return EnvelopeSize{code, 229.0, 162.0};
    return std::nullopt;
}

QStringList EnvelopeSize::codes()
{
    return {QStringLiteral("dl"), QStringLiteral("c5")};
}

QRectF EnvelopeSize::postcodeBoxMm(int index)
{
    return {20.0 + index * 10.0, 10.0, 8.0, 10.0};
}

int MailMerge::paintLabels(QPagedPaintDevice* device, const QList<Addressee>& to, const LabelSheet& sheet,
                           int start)
{
    QPainter painter(device);
    if (!painter.isActive() || sheet.perSheet() <= 0) return 0;
    const Paper paper(device);
    int position = std::clamp(start, 1, sheet.perSheet()) - 1;
    int pages = 1;
    for (const Addressee& a : to) {
        if (position == sheet.perSheet()) {
            device->newPage();
            ++pages;
            position = 0;
        }
        // 3 mm inside the label's edge: label printers and sheets are not exact.
        const QRectF label = sheet.labelMm(position++).adjusted(3, 3, -3, -3);
        double y = label.top();
        painter.setFont(font(8));
        if (!a.postcode.isEmpty()) {
            painter.drawText(paper.rect({label.left(), y, label.width(), 4}),
                             Qt::AlignLeft | Qt::AlignVCenter, a.postcode);
            y += 4.5;
        }
        painter.setFont(font(8.5));
        const QRectF address = paper.rect({label.left(), y, label.width(), 12});
        const QRectF used =
            painter.boundingRect(address, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, a.address);
        painter.drawText(address, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, a.address);
        y += std::min(12.0, used.height() / paper.dpmm) + 1.5;
        painter.setFont(font(10.5, true));
        const QRectF nameBox = paper.rect({label.left(), y, label.width(), label.bottom() - y});
        const QString name = a.contact.isEmpty() ? a.name : tr("%1 %2 (recipient)").arg(a.name, a.contact);
        painter.drawText(nameBox, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                         painter.fontMetrics().elidedText(name, Qt::ElideRight, int(nameBox.width() * 2)));
    }
    return pages;
}

int MailMerge::paintEnvelopes(QPagedPaintDevice* device, const QList<Addressee>& to, const EnvelopeSize& size,
                              const ShopProfile& sender)
{
    QPainter painter(device);
    if (!painter.isActive()) return 0;
    const Paper paper(device);
    int pages = 0;
    for (const Addressee& a : to) {
        if (pages > 0) device->newPage();
        ++pages;
        // The six red boxes, the postcode's digits in them.
        painter.setPen(QPen(QColor(0xd0, 0x10, 0x10), paper.mm(0.4)));
        painter.setFont(font(16));
        for (int i = 0; i < 6; ++i) {
            const QRectF box = paper.rect(EnvelopeSize::postcodeBoxMm(i));
            painter.drawRect(box);
            if (i < a.postcode.size()) {
                painter.setPen(Qt::black);
                painter.drawText(box, Qt::AlignCenter, a.postcode.mid(i, 1));
                painter.setPen(QPen(QColor(0xd0, 0x10, 0x10), paper.mm(0.4)));
            }
        }
        painter.setPen(Qt::black);
        // The address under the boxes, the addressee in the middle, larger.
        const double width = size.widthMm - 40;
        painter.setFont(font(12));
        painter.drawText(paper.rect({20, 26, width, 18}), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                         a.address);
        painter.setFont(font(18, true));
        const double nameTop = size.heightMm * 0.42;
        const QString name = a.contact.isEmpty() ? a.name : tr("%1 %2 (recipient)").arg(a.name, a.contact);
        painter.drawText(paper.rect({20, nameTop, width, 14}), Qt::AlignHCenter | Qt::AlignVCenter, name);
        // The sender, bottom right.
        painter.setFont(font(9));
        QStringList lines;
        for (const QString& line : {sender.name, sender.address, sender.phone})
            if (!line.isEmpty()) lines.append(line);
        painter.drawText(paper.rect({size.widthMm - 120, size.heightMm - 26, 110, 18}),
                         Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap, lines.join(QLatin1Char('\n')));
    }
    return pages;
}

int MailMerge::writeLabels(const QString& path, const QList<Addressee>& to, const LabelSheet& sheet,
                           int start)
{
    probe(path);
    QPdfWriter writer(path);
    writer.setTitle(tr("Address labels"));
    preparePdf(writer, 210, 297);
    return paintLabels(&writer, to, sheet, start);
}

int MailMerge::writeEnvelopes(const QString& path, const QList<Addressee>& to, const EnvelopeSize& size,
                              const ShopProfile& sender)
{
    probe(path);
    QPdfWriter writer(path);
    writer.setTitle(tr("Envelopes"));
    preparePdf(writer, size.widthMm, size.heightMm);
    return paintEnvelopes(&writer, to, size, sender);
}

int MailMerge::paintLetters(QPagedPaintDevice* device, const QList<Letter>& letters,
                            const ShopProfile& sender, const QDate& date)
{
    QPainter painter(device);
    if (!painter.isActive()) return 0;
    const Paper paper(device);
    const QSizeF pageMm = device->pageLayout().fullRect(QPageLayout::Millimeter).size();
    constexpr double kMargin = 25;
    const double width = pageMm.width() - 2 * kMargin;
    const double bottom = pageMm.height() - kMargin;
    int pages = 0;
    for (const Letter& letter : letters) {
        if (pages > 0) device->newPage();
        ++pages;
        // The letterhead: the shop's name, its address and phone under it, and a rule.
        painter.setPen(Qt::black);
        painter.setFont(font(16, true));
        painter.drawText(paper.rect({kMargin, 15, width, 9}), Qt::AlignHCenter | Qt::AlignVCenter,
                         sender.name);
        painter.setFont(font(9));
        QStringList head;
        for (const QString& part : {sender.address, sender.phone})
            if (!part.isEmpty()) head.append(part);
        painter.drawText(paper.rect({kMargin, 24, width, 6}), Qt::AlignHCenter | Qt::AlignVCenter,
                         head.join(QStringLiteral("  ")));
        painter.setPen(QPen(Qt::black, paper.mm(0.3)));
        painter.drawLine(QPointF(paper.mm(kMargin), paper.mm(32)),
                         QPointF(paper.mm(kMargin + width), paper.mm(32)));
        // The date on the right, the addressee on the left.
        painter.setFont(font(11));
        painter.drawText(paper.rect({kMargin, 36, width, 7}), Qt::AlignRight | Qt::AlignVCenter,
                         MergeTemplate::dateText(date));
        QStringList to;
        if (!letter.to.postcode.isEmpty()) to.append(letter.to.postcode);
        if (!letter.to.address.isEmpty()) to.append(letter.to.address);
        to.append(letter.to.contact.isEmpty()
                      ? letter.to.name
                      : tr("%1 %2 (recipient)").arg(letter.to.name, letter.to.contact));
        painter.drawText(paper.rect({kMargin, 45, width, 22}),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, to.join(QLatin1Char('\n')));

        // The text, laid out once, then cut into pages between lines.
        QTextDocument doc;
        // Laid out in the device's own units (a PDF's 600 dpi), not the screen's.
        doc.documentLayout()->setPaintDevice(device);
        doc.setDocumentMargin(0);
        doc.setDefaultFont(font(12));
        doc.setTextWidth(paper.mm(width));
        doc.setPlainText(letter.body);
        // Each line with its block, and its top and bottom in the document.
        struct Line
        {
            QTextBlock block;
            int index;
            qreal top;
            qreal bottom;
        };
        QList<Line> lines;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            const QTextLayout* layout = b.layout();
            const qreal blockTop = doc.documentLayout()->blockBoundingRect(b).top();
            for (int l = 0; l < layout->lineCount(); ++l) {
                const QTextLine line = layout->lineAt(l);
                lines.append({b, l, blockTop + line.y(), blockTop + line.y() + line.height()});
            }
        }
        // Line by line, so a PDF holds each line's text once, on the page it is seen on (drawing
        // the document clipped would put the cut-off lines' text on both pages).
        double topMm = 72;
        qsizetype next = 0;
        while (next < lines.size()) {
            const qreal from = lines.at(next).top;
            const qreal room = paper.mm(bottom - topMm);
            qsizetype last = next;
            while (last + 1 < lines.size() && lines.at(last + 1).bottom - from <= room)
                ++last;
            for (qsizetype i = next; i <= last; ++i) {
                const Line& line = lines.at(i);
                const qreal blockTop = doc.documentLayout()->blockBoundingRect(line.block).top();
                line.block.layout()
                    ->lineAt(line.index)
                    .draw(&painter, QPointF(paper.mm(kMargin), paper.mm(topMm) - from + blockTop));
            }
            next = last + 1;
            if (next < lines.size()) {
                device->newPage();
                ++pages;
                topMm = kMargin;
            }
        }
    }
    return pages;
}

int MailMerge::writeLetters(const QString& path, const QList<Letter>& letters, const ShopProfile& sender,
                            const QDate& date)
{
    probe(path);
    QPdfWriter writer(path);
    writer.setTitle(tr("Letters"));
    preparePdf(writer, 210, 297);
    return paintLetters(&writer, letters, sender, date);
}

} // namespace shopcrm
