#pragma once

#include "PageFormat.h"
#include "PrintDocument.h"

#include <QCoreApplication>
#include <QFont>
#include <QPointF>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;
class QPdfWriter;

namespace shopcrm {

struct RenderOptions
{
    PageFormat format = PageFormat::a4();
    QPointF offsetMm; // the printer's calibration: where its (0, 0) really lands
    QString ply;      // for A4 / A5 copies printed one per ply: which ply this copy is
};

// Lays a document out on pages and paints it with QPainter, so the same code feeds the print
// preview, the printer and PDF export. Each page repeats the letterhead, title, header fields
// and the table's column titles; rows that do not fit go on to the next page; totals, notes and
// sign-off boxes come on the last page; every page says "page x of y".
struct FieldCell;

class DocumentRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::DocumentRenderer)
public:
    DocumentRenderer(PrintDocument document, ShopProfile shop, RenderOptions options);

    // Paints all pages; the device's page size must be the format's, with no margins (the
    // renderer keeps its own). Returns how many pages were painted.
    int paint(QPagedPaintDevice* device);
    // Sets a PDF writer to the format's page size, no margins, and a resolution for crisp text.
    static void preparePdf(QPdfWriter& writer, const PageFormat& format);
    // A page of millimetre lines and crosshairs for measuring a printer's offset.
    static void paintTestGrid(QPagedPaintDevice* device, const PageFormat& format, QPointF offsetMm);
    // WenQuanYi Micro Hei where installed: Qt 6.4 writes Noto Sans CJK's common characters into a
    // PDF's text layer as Kangxi radicals (广 → ⼴), which breaks copying and searching.
    static QString fontFamily();
    // Whether the shop's logo can be drawn; a missing or unreadable file is left out.
    static bool logoUsable(const QString& path);

private:
    struct Metrics;
    void layout(QPainter& painter);
    double headerHeight(QPainter& painter) const;
    double paintHeader(QPainter& painter, double top) const;
    double paintTableHeader(QPainter& painter, double top) const;
    double paintRow(QPainter& painter, int row, double top) const;
    double totalsHeight(QPainter& painter) const;
    bool showsBank() const;
    void paintTotals(QPainter& painter, double top) const;
    void paintFooter(QPainter& painter, int page, int pages) const;
    void paintPlies(QPainter& painter) const;
    // Columns empty on every row are left out: their width goes to the others.
    void dropEmptyColumns();
    QList<double> computeColumnWidths(QPainter& painter) const; // laid out once per paint, in m_widths
    // Where each header field goes: as many cells of the grid as its text needs.
    QList<FieldCell> fieldCells(QPainter& painter, double* cellWidth = nullptr) const;
    double mm(double v) const { return v * m_dpi / 25.4; }
    QFont font(double scale, bool bold = false) const;

    PrintDocument m_doc;
    ShopProfile m_shop;
    RenderOptions m_options;
    double m_dpi = 72;
    QRectF m_content; // device pixels, calibration offset included
    QList<double> m_widths; // device pixels per column
    QList<double> m_rowHeights;
    QList<QList<int>> m_pages; // row indices on each page
    bool m_totalsOwnPage = false;
};

} // namespace shopcrm
