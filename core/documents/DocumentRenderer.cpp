#include "DocumentRenderer.h"

#include "QrCode.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImageReader>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace shopcrm {

namespace {
constexpr int kMaxLinesPerCell = 4;
const QColor kRule(0x55, 0x55, 0x55);
const QColor kShade(0xee, 0xee, 0xee);
const QColor kStamp(0xb0, 0x20, 0x20);
} // namespace

// Where a header field goes in the grid: its row, first column and how many columns it spans.
struct FieldCell
{
    int row;
    int column;
    int span;
};

namespace {

// Each field takes as many cells of the grid as its text needs (a long customer name two, an
// address the whole row), starting a new row when the rest of the current one is too short.
QList<FieldCell> placeFields(const QList<int>& spans, int columns)
{
    QList<FieldCell> cells;
    int row = 0;
    int column = 0;
    for (const int needed : spans) {
        const int span = std::clamp(needed, 1, columns);
        if (column + span > columns) {
            ++row;
            column = 0;
        }
        cells.append({row, column, span});
        column += span;
        if (column >= columns) {
            ++row;
            column = 0;
        }
    }
    return cells;
}

int fieldRows(const QList<FieldCell>& cells)
{
    int rows = 0;
    for (const FieldCell& c : cells)
        rows = std::max(rows, c.row + 1);
    return rows;
}

} // namespace

DocumentRenderer::DocumentRenderer(PrintDocument document, ShopProfile shop, RenderOptions options)
    : m_doc(std::move(document)), m_shop(std::move(shop)), m_options(std::move(options))
{}

QString DocumentRenderer::fontFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString& candidate : {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("AR PL UMing CN"),
                                         QStringLiteral("Noto Sans CJK SC")})
            if (families.contains(candidate))
                return candidate;
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

bool DocumentRenderer::logoUsable(const QString& path)
{
    return !path.isEmpty() && QFileInfo(path).isReadable() && QImageReader(path).canRead();
}

void DocumentRenderer::preparePdf(QPdfWriter& writer, const PageFormat& format)
{
    writer.setResolution(600);
    writer.setPageLayout(QPageLayout(QPageSize(format.sizeMm, QPageSize::Millimeter), QPageLayout::Portrait, {},
                                     QPageLayout::Millimeter));
}

QFont DocumentRenderer::font(double scale, bool bold) const
{
    QFont f(fontFamily());
    f.setPointSizeF(m_options.format.fontPt * scale);
    f.setBold(bold);
    return f;
}

void DocumentRenderer::dropEmptyColumns()
{
    if (m_doc.rows.isEmpty()) return;
    for (qsizetype i = m_doc.columns.size() - 1; i >= 0 && m_doc.columns.size() > 1; --i) {
        const bool empty = std::all_of(m_doc.rows.cbegin(), m_doc.rows.cend(), [i](const QStringList& row) {
            return row.value(i).trimmed().isEmpty();
        });
        if (!empty) continue;
        m_doc.columns.removeAt(i);
        for (QStringList& row : m_doc.rows)
            if (i < row.size()) row.removeAt(i);
    }
}

QList<double> DocumentRenderer::computeColumnWidths(QPainter& painter) const
{
    // Widths from what the columns hold, as a browser lays out a table: every column gets the
    // width of its longest line when they all fit, and the room left is shared by the template's
    // widths; when they do not, each gets at least its minimum (numbers, dates and sizes whole,
    // text four characters) and the rest is shared among the columns that want more.
    const QFontMetricsF fm(font(1.0), painter.device());
    const QFontMetricsF titleFm(font(0.95, true), painter.device());
    const QFontMetricsF smallestTitle(font(0.65, true), painter.device());
    const double pad = mm(2.2);
    const double total = m_content.width();
    const double fourChars = fm.horizontalAdvance(QStringLiteral("四个汉字")) + pad;
    const qsizetype n = m_doc.columns.size();
    QList<double> longest(n, 0.0), least(n, 0.0), weights(n, 1.0);
    for (qsizetype i = 0; i < n; ++i) {
        const DocColumn& column = m_doc.columns.at(i);
        double widest = 0;
        for (const QStringList& row : m_doc.rows)
            for (const QString& line : row.value(i).split(QLatin1Char('\n')))
                widest = std::max(widest, fm.horizontalAdvance(line));
        longest[i] = std::max(widest + pad, titleFm.horizontalAdvance(column.title) + pad);
        const bool text = column.align.testFlag(Qt::AlignLeft);
        least[i] = std::max(smallestTitle.horizontalAdvance(column.title) + pad,
                            text ? std::min(widest + pad, fourChars) : widest + pad);
        least[i] = std::min(least[i], longest[i]);
        weights[i] = std::max(1, column.width);
    }
    const double sumLongest = std::accumulate(longest.cbegin(), longest.cend(), 0.0);
    const double sumLeast = std::accumulate(least.cbegin(), least.cend(), 0.0);
    const double sumWeights = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    QList<double> widths(n, 0.0);
    if (sumLongest <= total) {
        for (qsizetype i = 0; i < n; ++i)
            widths[i] = longest.at(i) + (total - sumLongest) * weights.at(i) / sumWeights;
    } else if (sumLeast < total) {
        // Shared out evenly, and a column that needs less than its share is made whole first, so
        // a short product name is not wrapped to make a long description a little wider.
        widths = least;
        double left = total - sumLeast;
        QList<qsizetype> wanting;
        for (qsizetype i = 0; i < n; ++i)
            if (longest.at(i) > least.at(i)) wanting.append(i);
        while (!wanting.isEmpty()) {
            const double share = left / static_cast<double>(wanting.size());
            const auto whole = std::stable_partition(wanting.begin(), wanting.end(), [&](qsizetype i) {
                return longest.at(i) - widths.at(i) > share;
            });
            if (whole == wanting.end()) {
                for (const qsizetype i : wanting)
                    widths[i] += share;
                break;
            }
            for (auto it = whole; it != wanting.end(); ++it) {
                left -= longest.at(*it) - widths.at(*it);
                widths[*it] = longest.at(*it);
            }
            wanting.erase(whole, wanting.end());
        }
    } else {
        // Not even the minimums fit (a narrow form with many columns): shares of the minimums.
        for (qsizetype i = 0; i < n; ++i)
            widths[i] = total * least.at(i) / sumLeast;
    }
    return widths;
}

QList<FieldCell> DocumentRenderer::fieldCells(QPainter& painter, double* cellWidthOut) const
{
    const double qr = m_doc.qrText.isEmpty() ? 0 : mm(m_options.format.sizeMm.height() < 100 ? 13 : 18);
    const double textWidth = m_content.width() - (qr > 0 ? qr + mm(2) : 0);
    const int columns = m_options.format.sizeMm.width() > 200 ? 3 : 2;
    const double cellWidth = textWidth / columns;
    const QFontMetricsF fm(font(1.0), painter.device());
    QList<int> spans;
    for (const DocField& f : m_doc.fields) {
        const double needed = fm.horizontalAdvance(f.label + QStringLiteral("：") + f.value) + mm(1.5);
        spans.append(static_cast<int>(std::ceil(needed / cellWidth)));
    }
    if (cellWidthOut) *cellWidthOut = cellWidth;
    return placeFields(spans, columns);
}

double DocumentRenderer::headerHeight(QPainter& painter) const
{
    double h = 0;
    const QFontMetricsF base(font(1.0), painter.device());
    if (!m_shop.name.isEmpty())
        h += QFontMetricsF(font(1.45, true), painter.device()).height() * 1.15;
    if (!m_shop.address.isEmpty() || !m_shop.phone.isEmpty())
        h += QFontMetricsF(font(0.85), painter.device()).height() * 1.2;
    h += QFontMetricsF(font(1.7, true), painter.device()).height() * 1.25;
    h += static_cast<double>(fieldRows(fieldCells(painter))) * base.height() * 1.35;
    const double qr = m_doc.qrText.isEmpty() ? 0 : mm(m_options.format.sizeMm.height() < 100 ? 13 : 18);
    return std::max(h, qr) + mm(1.5);
}

double DocumentRenderer::paintHeader(QPainter& painter, double top) const
{
    const QRectF c = m_content;
    double y = top;
    const double qr = m_doc.qrText.isEmpty() ? 0 : mm(m_options.format.sizeMm.height() < 100 ? 13 : 18);
    if (qr > 0)
        QrCode::paint(painter, QRectF(c.right() - qr, top, qr, qr), m_doc.qrText);
    const double textRight = c.right() - (qr > 0 ? qr + mm(2) : 0);
    const QRectF band(c.left(), y, textRight - c.left(), 0);
    if (logoUsable(m_shop.logoPath)) {
        const QImage logo(m_shop.logoPath);
        const double h = mm(m_options.format.sizeMm.height() < 100 ? 8 : 12);
        const double w = h * logo.width() / std::max(1, logo.height());
        painter.drawImage(QRectF(c.left(), y, w, h), logo);
    }
    if (!m_shop.name.isEmpty()) {
        painter.setFont(font(1.45, true));
        const double h = QFontMetricsF(painter.font(), painter.device()).height() * 1.15;
        painter.drawText(QRectF(band.left(), y, band.width(), h), Qt::AlignHCenter | Qt::AlignVCenter, m_shop.name);
        y += h;
    }
    if (!m_shop.address.isEmpty() || !m_shop.phone.isEmpty()) {
        painter.setFont(font(0.85));
        const double h = QFontMetricsF(painter.font(), painter.device()).height() * 1.2;
        QStringList parts{m_shop.address};
        if (!m_shop.phone.isEmpty())
            parts.append(tr("Tel. %1").arg(m_shop.phone));
        parts.removeAll(QString());
        painter.drawText(QRectF(band.left(), y, band.width(), h), Qt::AlignHCenter | Qt::AlignVCenter,
                         parts.join(QStringLiteral("   ")));
        y += h;
    }
    painter.setFont(font(1.7, true));
    const QFontMetricsF titleMetrics(painter.font(), painter.device());
    const double th = titleMetrics.height() * 1.25;
    painter.drawText(QRectF(band.left(), y, band.width(), th), Qt::AlignHCenter | Qt::AlignVCenter, m_doc.title);
    // Stamps left of the title: urgent work and reprints must be seen at a glance.
    const double titleWidth = titleMetrics.horizontalAdvance(m_doc.title);
    double stampRight = band.left() + band.width() / 2 - titleWidth / 2 - mm(3);
    for (const QString& stamp : {m_doc.copyMark, m_doc.urgent ? tr("URGENT") : QString()}) {
        if (stamp.isEmpty())
            continue;
        painter.save();
        painter.setFont(font(1.1, true));
        const QFontMetricsF sm(painter.font(), painter.device());
        const double w = sm.horizontalAdvance(stamp) + mm(3);
        const QRectF box(stampRight - w, y + (th - sm.height() * 1.3) / 2, w, sm.height() * 1.3);
        painter.setPen(QPen(kStamp, mm(0.4)));
        painter.drawRect(box);
        painter.drawText(box, Qt::AlignCenter, stamp);
        painter.restore();
        stampRight = box.left() - mm(2);
    }
    if (!m_doc.number.isEmpty()) {
        painter.setFont(font(1.0, true));
        painter.drawText(QRectF(band.left(), y, band.width(), th), Qt::AlignRight | Qt::AlignVCenter,
                         tr("No. %1").arg(m_doc.number));
    }
    y += th;
    // Header fields in a grid: label, then value, elided to the cell.
    painter.setFont(font(1.0));
    const QFontMetricsF fm(painter.font(), painter.device());
    double cellWidth = 0;
    const QList<FieldCell> cells = fieldCells(painter, &cellWidth);
    const double rh = fm.height() * 1.35;
    for (qsizetype i = 0; i < m_doc.fields.size(); ++i) {
        const DocField& f = m_doc.fields.at(i);
        const FieldCell& cell = cells.at(i);
        const double x = c.left() + cell.column * cellWidth;
        const double fy = y + cell.row * rh;
        // The last field of a row may use the rest of it.
        const bool lastInRow = i + 1 == m_doc.fields.size() || cells.at(i + 1).row != cell.row;
        const double width = lastInRow ? textRight - x : cell.span * cellWidth;
        const QString text = f.label + QStringLiteral("：") + f.value;
        painter.drawText(QRectF(x, fy, width - mm(1), rh), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(text, Qt::ElideRight, width - mm(1)));
    }
    y += fieldRows(cells) * rh;
    return std::max(y, top + qr) + mm(1.5) - top;
}

double DocumentRenderer::paintTableHeader(QPainter& painter, double top) const
{
    painter.setFont(font(0.95, true));
    const double h = QFontMetricsF(painter.font(), painter.device()).height() * 1.5;
    const QList<double>& widths = m_widths;
    double x = m_content.left();
    painter.fillRect(QRectF(m_content.left(), top, m_content.width(), h), kShade);
    painter.setPen(QPen(kRule, mm(0.25)));
    for (qsizetype i = 0; i < m_doc.columns.size(); ++i) {
        const QRectF cell(x, top, widths.at(i), h);
        painter.drawRect(cell);
        // A narrow column's title gets smaller type before it is cut short.
        const QString title = m_doc.columns.at(i).title;
        double scale = 0.95;
        while (scale > 0.65 && QFontMetricsF(font(scale, true), painter.device()).horizontalAdvance(title) > cell.width() - mm(1))
            scale -= 0.05;
        painter.setFont(font(scale, true));
        const QFontMetricsF fm(painter.font(), painter.device());
        painter.drawText(cell.adjusted(mm(0.5), 0, -mm(0.5), 0), Qt::AlignCenter,
                         fm.elidedText(title, Qt::ElideRight, cell.width() - mm(1)));
        x += widths.at(i);
    }
    return h;
}

double DocumentRenderer::paintRow(QPainter& painter, int row, double top) const
{
    painter.setFont(font(1.0));
    const QFontMetricsF fm(painter.font(), painter.device());
    const QList<double>& widths = m_widths;
    const double h = m_rowHeights.at(row);
    double x = m_content.left();
    painter.setPen(QPen(kRule, mm(0.2)));
    const QStringList& cells = m_doc.rows.at(row);
    for (qsizetype i = 0; i < m_doc.columns.size(); ++i) {
        const QRectF cell(x, top, widths.at(i), h);
        painter.drawRect(cell);
        const QRectF inner = cell.adjusted(mm(1), mm(0.6), -mm(1), -mm(0.6));
        QString text = cells.value(i);
        // Very long text keeps to kMaxLinesPerCell lines; the last one ends in "…".
        const QRectF needed = fm.boundingRect(QRectF(0, 0, inner.width(), 1e9), Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
        if (needed.height() > inner.height() + 1) {
            while (text.size() > 1 &&
                   fm.boundingRect(QRectF(0, 0, inner.width(), 1e9), Qt::TextWordWrap | Qt::TextWrapAnywhere,
                                   text + QStringLiteral("…"))
                           .height() > inner.height() + 1)
                text.chop(std::max<qsizetype>(1, text.size() / 20));
            text += QStringLiteral("…");
        }
        painter.drawText(inner, static_cast<int>(m_doc.columns.at(i).align | Qt::AlignVCenter) | Qt::TextWordWrap |
                                    Qt::TextWrapAnywhere,
                         text);
        x += widths.at(i);
    }
    return h;
}

bool DocumentRenderer::showsBank() const
{
    // Where money is asked for: on the slip and the statement, not on the workshop's copy.
    return !m_shop.bankAccount.isEmpty() && m_doc.kind != QLatin1String("work_order");
}

double DocumentRenderer::totalsHeight(QPainter& painter) const
{
    const double line = QFontMetricsF(font(1.0), painter.device()).height() * 1.4;
    double h = mm(1.5) + static_cast<double>(m_doc.totals.size() + m_doc.notes.size() + (showsBank() ? 1 : 0)) * line;
    if (!m_doc.signatures.isEmpty())
        h += mm(m_options.format.sizeMm.height() < 100 ? 9 : 14) + mm(2);
    return h;
}

void DocumentRenderer::paintTotals(QPainter& painter, double top) const
{
    double y = top + mm(1.5);
    const double line = QFontMetricsF(font(1.0), painter.device()).height() * 1.4;
    for (const DocField& t : m_doc.totals) {
        painter.setFont(font(1.0, true));
        painter.drawText(QRectF(m_content.left(), y, m_content.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                         t.label + QStringLiteral("：") + t.value);
        y += line;
    }
    painter.setFont(font(0.95));
    QStringList notes = m_doc.notes;
    if (showsBank())
        notes.append(tr("Bank account: %1").arg(m_shop.bankAccount));
    for (const QString& note : notes) {
        const QFontMetricsF fm(painter.font(), painter.device());
        painter.drawText(QRectF(m_content.left(), y, m_content.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(note, Qt::ElideRight, m_content.width()));
        y += line;
    }
    if (m_doc.signatures.isEmpty())
        return;
    y += mm(1);
    const double h = mm(m_options.format.sizeMm.height() < 100 ? 9 : 14);
    const double w = m_content.width() / static_cast<double>(m_doc.signatures.size());
    painter.setPen(QPen(kRule, mm(0.25)));
    painter.setFont(font(0.9));
    for (qsizetype i = 0; i < m_doc.signatures.size(); ++i) {
        const QRectF box(m_content.left() + static_cast<double>(i) * w, y, w, h);
        painter.drawRect(box);
        painter.drawText(box.adjusted(mm(1.5), mm(1), -mm(1.5), -mm(1)), Qt::AlignLeft | Qt::AlignTop,
                         m_doc.signatures.at(i) + QStringLiteral("："));
    }
}

void DocumentRenderer::paintFooter(QPainter& painter, int page, int pages) const
{
    painter.setFont(font(0.8));
    const QFontMetricsF fm(painter.font(), painter.device());
    const double h = fm.height() * 1.2;
    const QRectF band(m_content.left(), m_content.bottom() - h, m_content.width(), h);
    const QString pageText = tr("Page %1 of %2").arg(page).arg(pages);
    const QString footer = m_doc.footer.isEmpty() ? m_shop.footer : m_doc.footer;
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, pageText);
    painter.drawText(band.adjusted(0, 0, -fm.horizontalAdvance(pageText) - mm(4), 0), Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(footer, Qt::ElideRight, band.width() - fm.horizontalAdvance(pageText) - mm(4)));
}

void DocumentRenderer::paintPlies(QPainter& painter) const
{
    if (m_options.format.continuous && !m_doc.plies.isEmpty()) {
        // Multi-part paper: every ply gets the same print, so the strip names them all, in the
        // right margin, written top to bottom.
        painter.setFont(font(0.8));
        const QFontMetricsF fm(painter.font(), painter.device());
        QStringList labels;
        for (qsizetype i = 0; i < m_doc.plies.size(); ++i)
            labels.append(tr("Ply %1: %2").arg(i + 1).arg(m_doc.plies.at(i)));
        const QString text = labels.join(QStringLiteral("  "));
        double y = m_content.top();
        const double x = m_content.right() + mm(2);
        for (const QChar ch : text) {
            if (y + fm.height() > m_content.bottom())
                break;
            if (!ch.isSpace())
                painter.drawText(QRectF(x, y, fm.height() * 1.2, fm.height()), Qt::AlignCenter, QString(ch));
            y += fm.height() * (ch.isSpace() ? 0.5 : 1.0);
        }
    } else if (!m_options.ply.isEmpty()) {
        painter.setFont(font(0.9, true));
        const QFontMetricsF fm(painter.font(), painter.device());
        const QString text = m_options.ply;
        const QRectF box(m_content.left(), m_content.top(), fm.horizontalAdvance(text) + mm(3), fm.height() * 1.3);
        painter.setPen(QPen(kRule, mm(0.3)));
        painter.drawRect(box);
        painter.drawText(box, Qt::AlignCenter, text);
    }
}

void DocumentRenderer::layout(QPainter& painter)
{
    const QFontMetricsF fm(font(1.0), painter.device());
    dropEmptyColumns();
    m_widths = computeColumnWidths(painter);
    const QList<double>& widths = m_widths;
    const double pad = mm(1.2);
    m_rowHeights.clear();
    for (const QStringList& row : m_doc.rows) {
        double h = fm.height();
        for (qsizetype i = 0; i < m_doc.columns.size(); ++i) {
            const QRectF r = fm.boundingRect(QRectF(0, 0, widths.at(i) - mm(2), 1e9), Qt::TextWordWrap | Qt::TextWrapAnywhere,
                                             row.value(i));
            h = std::max(h, std::min(r.height(), fm.lineSpacing() * kMaxLinesPerCell));
        }
        m_rowHeights.append(h + pad);
    }
    const double footer = QFontMetricsF(font(0.8), painter.device()).height() * 1.2 + mm(1.5);
    const double tableHeader = QFontMetricsF(font(0.95, true), painter.device()).height() * 1.5;
    const double space = m_content.height() - headerHeight(painter) - tableHeader - footer;
    const double totals = totalsHeight(painter);
    m_pages = {QList<int>()};
    double used = 0;
    for (int r = 0; r < m_rowHeights.size(); ++r) {
        if (used + m_rowHeights.at(r) > space && !m_pages.constLast().isEmpty()) {
            m_pages.append(QList<int>());
            used = 0;
        }
        m_pages.last().append(r);
        used += m_rowHeights.at(r);
    }
    // The totals and signatures go under the last rows, or on a page of their own.
    m_totalsOwnPage = used + totals > space + tableHeader && !m_pages.constLast().isEmpty();
    if (m_totalsOwnPage)
        m_pages.append(QList<int>());
}

int DocumentRenderer::paint(QPagedPaintDevice* device)
{
    m_dpi = device->logicalDpiY();
    const PageFormat& f = m_options.format;
    const QRectF page(0, 0, mm(f.sizeMm.width()), mm(f.sizeMm.height()));
    m_content = page.adjusted(mm(f.marginsMm.left()), mm(f.marginsMm.top()), -mm(f.marginsMm.right()),
                              -mm(f.marginsMm.bottom()))
                    .translated(mm(m_options.offsetMm.x()), mm(m_options.offsetMm.y()));
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    layout(painter);
    const int pages = static_cast<int>(m_pages.size());
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device->newPage();
        painter.setPen(Qt::black);
        double y = m_content.top();
        y += paintHeader(painter, y);
        if (!m_pages.at(p).isEmpty() || !(m_totalsOwnPage && p == pages - 1))
            y += paintTableHeader(painter, y);
        for (const int r : m_pages.at(p))
            y += paintRow(painter, r, y);
        if (p == pages - 1)
            paintTotals(painter, y);
        paintFooter(painter, p + 1, pages);
        paintPlies(painter);
    }
    return pages;
}

void DocumentRenderer::paintTestGrid(QPagedPaintDevice* device, const PageFormat& format, QPointF offsetMm)
{
    const double dpi = device->logicalDpiY();
    auto mm = [dpi](double v) { return v * dpi / 25.4; };
    QPainter painter(device);
    painter.translate(mm(offsetMm.x()), mm(offsetMm.y()));
    const double w = format.sizeMm.width();
    const double h = format.sizeMm.height();
    QFont f(fontFamily());
    f.setPointSizeF(7);
    painter.setFont(f);
    for (int x = 0; x <= static_cast<int>(w); ++x) {
        painter.setPen(QPen(x % 10 == 0 ? Qt::black : QColor(0xaa, 0xaa, 0xaa), mm(x % 10 == 0 ? 0.25 : 0.1)));
        const double len = x % 10 == 0 ? 8 : x % 5 == 0 ? 5 : 3;
        painter.drawLine(QPointF(mm(x), 0), QPointF(mm(x), mm(len)));
        if (x % 10 == 0 && x > 0)
            painter.drawText(QPointF(mm(x) + mm(0.5), mm(11)), QString::number(x));
    }
    for (int y = 0; y <= static_cast<int>(h); ++y) {
        painter.setPen(QPen(y % 10 == 0 ? Qt::black : QColor(0xaa, 0xaa, 0xaa), mm(y % 10 == 0 ? 0.25 : 0.1)));
        const double len = y % 10 == 0 ? 8 : y % 5 == 0 ? 5 : 3;
        painter.drawLine(QPointF(0, mm(y)), QPointF(mm(len), mm(y)));
        if (y % 10 == 0 && y > 0)
            painter.drawText(QPointF(mm(9), mm(y) + mm(1)), QString::number(y));
    }
    // Crosshairs 20 mm in from the top-left and bottom-right corners: measure where they landed.
    painter.setPen(QPen(Qt::black, mm(0.3)));
    for (const QPointF c : {QPointF(20, 20), QPointF(w - 20, h - 20)}) {
        painter.drawLine(QPointF(mm(c.x() - 5), mm(c.y())), QPointF(mm(c.x() + 5), mm(c.y())));
        painter.drawLine(QPointF(mm(c.x()), mm(c.y() - 5)), QPointF(mm(c.x()), mm(c.y() + 5)));
        painter.drawEllipse(QPointF(mm(c.x()), mm(c.y())), mm(2), mm(2));
    }
    f.setPointSizeF(9);
    painter.setFont(f);
    painter.drawText(QRectF(mm(25), mm(h / 2 - 10), mm(w - 50), mm(20)), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("Test grid for %1. The crosshairs should sit 20 mm from the top-left and bottom-right edges; "
                        "measure how far they are off and enter that as the offset.")
                         .arg(format.name()));
}

} // namespace shopcrm
