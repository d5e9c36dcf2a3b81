#include "ChartSupport.h"

#include "documents/DocumentRenderer.h"
#include "documents/PrintDocument.h"
#include "ErrorReporter.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QValueAxis>

namespace shopcrm {

QChartView* Charts::view(QWidget* parent, const QString& objectName)
{
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

QChart* Charts::fresh(QChartView* view, const QString& title)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(title);
    QFont f(DocumentRenderer::fontFamily());
    f.setPointSizeF(9);
    chart->setFont(f);
    chart->legend()->setFont(f);
    f.setBold(true);
    f.setPointSizeF(10);
    chart->setTitleFont(f);
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

Charts::AmountUnit Charts::amountUnit(qreal top)
{
    if (top < 10000) return {};
    if (QLocale().language() == QLocale::Chinese)
        return top >= 100000000 ? AmountUnit{100000000, tr("100 million yuan")}
                                : AmountUnit{10000, tr("10,000 yuan")};
    return top >= 10000000 ? AmountUnit{1000000, tr("million yuan")} : AmountUnit{1000, tr("thousand yuan")};
}

void Charts::divide(QBarSet* set, qreal divisor)
{
    for (int i = 0; i < set->count(); ++i)
        set->replace(i, set->at(i) / divisor);
}

QValueAxis* Charts::moneyAxis(qreal top, const AmountUnit& unit)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, top / unit.divisor * 1.05);
    axis->setTickCount(5);
    axis->applyNiceNumbers(); // round steps: 0, 250, 500 …
    axis->setLabelFormat(QStringLiteral("%g"));
    if (!unit.title.isEmpty()) {
        QFont small(DocumentRenderer::fontFamily());
        small.setPointSizeF(8);
        axis->setTitleFont(small);
        axis->setTitleText(unit.title);
    }
    return axis;
}

QValueAxis* Charts::countAxis(qreal top)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max<qreal>(top, 1) * 1.2);
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

QString Charts::shortName(const QString& name)
{
    return name.size() > 9 ? name.left(8) + QStringLiteral("…") : name;
}

void Charts::paint(QPainter& painter, QChartView* view, const QRectF& target, qreal dpi)
{
    const QSize old = view->size();
    view->resize(QSize(int(target.width() / dpi * 96), int(target.height() / dpi * 96)));
    view->chart()->resize(view->size());
    view->render(&painter, target, view->rect());
    view->resize(old);
    view->chart()->resize(old);
}

void Charts::columnAxes(QChart* chart, QAbstractBarSeries* bars, const QStringList& categories, qreal top,
                        bool money)
{
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    QValueAxis* y = nullptr;
    if (money) {
        const AmountUnit unit = amountUnit(top);
        for (QBarSet* set : bars->barSets())
            divide(set, unit.divisor);
        y = moneyAxis(top, unit);
    } else {
        y = countAxis(top);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
}

void Charts::countBars(QChart* chart, QAbstractBarSeries* bars, const QStringList& names, qreal top)
{
    chart->addSeries(bars);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setTruncateLabels(false);
    QValueAxis* counts = countAxis(top);
    counts->setTickCount(3);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    bars->attachAxis(categories);
    bars->attachAxis(counts);
}

ReportButtons::ReportButtons(QWidget* parent, const QString& name, const QString& before,
                             const QString& after)
{
    previous = new QToolButton(parent);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(before + QStringLiteral(" (Alt+Left)"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    next = new QToolButton(parent);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(after + QStringLiteral(" (Alt+Right)"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    print = new QPushButton(tr("&Print…"), parent);
    print->setObjectName(QStringLiteral("print%1Button").arg(name));
    pdf = new QPushButton(tr("P&DF…"), parent);
    pdf->setObjectName(QStringLiteral("%1%2PdfButton").arg(name.left(1).toLower(), name.mid(1)));
    exportFigures = new QPushButton(tr("&Export…"), parent);
    exportFigures->setObjectName(QStringLiteral("export%1Button").arg(name));
    exportFigures->setToolTip(tr("The figures as an Excel workbook or CSV file"));
}

ReportPages::ReportPages(QPagedPaintDevice& device, Database& db, int pages)
    : m_device(device), m_painter(&device), m_dpi(device.logicalDpiX()),
      m_font(DocumentRenderer::fontFamily()), m_pages(pages)
{
    ErrorReporter::guard([&] { m_shopName = ShopProfile::load(db).name; });
    m_page = QRectF(mm(15), mm(12), device.width() - mm(30), device.height() - mm(24));
}

void ReportPages::setFont(qreal points, bool bold)
{
    m_font.setPointSizeF(points);
    m_font.setBold(bold);
    m_painter.setFont(m_font);
}

qreal ReportPages::heading(const QString& title)
{
    qreal y = m_page.top();
    if (m_current == 1 && !m_shopName.isEmpty()) {
        setFont(14, true);
        m_painter.drawText(QRectF(m_page.left(), y, m_page.width(), mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
                           m_shopName);
        y += mm(9);
    }
    setFont(12, true);
    m_painter.drawText(QRectF(m_page.left(), y, m_page.width(), mm(7)), Qt::AlignLeft | Qt::AlignVCenter,
                       title);
    return y + mm(10);
}

void ReportPages::chart(QChartView* view, const QRectF& target)
{
    Charts::paint(m_painter, view, target, m_dpi);
}

void ReportPages::finishPage()
{
    setFont(8);
    const QRectF line(m_page.left(), m_page.bottom() - mm(5), m_page.width(), mm(5));
    m_painter.drawText(line, Qt::AlignRight, tr("Page %1 of %2").arg(m_current).arg(m_pages));
    m_painter.drawText(
        line, Qt::AlignLeft,
        tr("Printed %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (m_current++ < m_pages) m_device.newPage();
}

} // namespace shopcrm
