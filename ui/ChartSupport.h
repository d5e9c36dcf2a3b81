#pragma once

#include "domain/Money.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

class QAbstractBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QPagedPaintDevice;
class QPushButton;
class QToolButton;
class QValueAxis;

namespace shopcrm {
class Database;
}
class QWidget;

namespace shopcrm {

// What the review and the sales analysis share to draw their charts and put them on paper.
class Charts final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::Charts)
public:
    // Large amounts on an axis in 万 yuan (Chinese) or thousands and millions (English), named in
    // the axis title: "800" under "万元", not "8000000". The series are divided by the unit. (Qt
    // Charts writes a label format through Latin-1, so the unit cannot follow each number.)
    struct AmountUnit
    {
        qreal divisor = 1;
        QString title;
    };

    // Charts draw in floating point: amounts become yuan here, for drawing only; every figure
    // shown as text comes from the integer fen.
    static qreal yuan(Money m) { return qreal(m.fen()) / 100.0; }
    static QChartView* view(QWidget* parent, const QString& objectName);
    // Each refresh draws on a new chart: the view takes it and the old one (with its series and
    // axes) is deleted, so nothing of the previous period lingers.
    static QChart* fresh(QChartView* view, const QString& title);
    static AmountUnit amountUnit(qreal top);
    static void divide(QBarSet* set, qreal divisor);
    static QValueAxis* moneyAxis(qreal top, const AmountUnit& unit);
    // Whole numbers from 0 to a little above `top`.
    static QValueAxis* countAxis(qreal top);
    // A name short enough for a category axis.
    static QString shortName(const QString& name);
    // Paints a chart's view into `target` on a page, laid out at a size fit for it (vectors on a PDF).
    static void paint(QPainter& painter, QChartView* view, const QRectF& target, qreal dpi);
    // Horizontal bars that count: the series on the chart, `names` down the left (the first at the
    // bottom, never cut to "…"), whole numbers along the bottom.
    static void countBars(QChart* chart, QAbstractBarSeries* bars, const QStringList& names, qreal top);
    // Vertical bars already on the chart: `categories` along the bottom and, on the left, amounts
    // (the sets divided by the unit `top` calls for) or whole numbers.
    static void columnAxes(QChart* chart, QAbstractBarSeries* bars, const QStringList& categories, qreal top,
                           bool money);
};

// The buttons of a report page: the period before and after (Alt+Left, Alt+Right) and Print…,
// PDF… and Export…, named print<Name>Button, <name>PdfButton and export<Name>Button.
struct ReportButtons
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::ReportButtons)
public:
    ReportButtons(QWidget* parent, const QString& name, const QString& before, const QString& after);
    QToolButton* previous = nullptr;
    QToolButton* next = nullptr;
    QPushButton* print = nullptr;
    QPushButton* pdf = nullptr;
    QPushButton* exportFigures = nullptr;
};

// A report on paper (the printer, a PDF): A4 margins, the shop's name and the report's title on
// top, "Page n of m" and when it was printed at the foot; charts and text in between.
class ReportPages final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::ReportPages)
public:
    // The shop's name on top comes from the store; when it cannot be read the pages go without it.
    ReportPages(QPagedPaintDevice& device, Database& db, int pages);
    Q_DISABLE_COPY_MOVE(ReportPages)
    // False when the device could not be painted on (a PDF whose file cannot be written).
    bool isActive() const { return m_painter.isActive(); }
    QPainter& painter() { return m_painter; }
    qreal mm(qreal v) const { return v * m_dpi / 25.4; }
    const QRectF& page() const { return m_page; }
    void setFont(qreal points, bool bold = false);
    // The shop's name (on the first page) and the title; returns where the page's content starts.
    qreal heading(const QString& title);
    void chart(QChartView* view, const QRectF& target);
    // The foot of this page, then a new page unless it was the last.
    void finishPage();

private:
    QPagedPaintDevice& m_device;
    QPainter m_painter;
    qreal m_dpi;
    QRectF m_page;
    QFont m_font;
    QString m_shopName;
    int m_pages;
    int m_current = 1;
};

} // namespace shopcrm
