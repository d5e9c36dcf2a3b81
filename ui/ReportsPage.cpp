#include "ReportsPage.h"

#include "BackgroundReader.h"
#include "ChartSupport.h"

#include "ListViews.h"
#include "documents/DocumentRenderer.h"
#include "documents/PrintDocument.h"
#include "services/Exports.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

// "+12.5%" against an earlier figure, or "—" when there is nothing to compare with.
QString change(Money now, Money before)
{
    if (before.isZero())
        return QStringLiteral("—");
    const qint64 permille = roundedDivide(__int128(now.fen() - before.fen()) * 1000, qAbs(before.fen()));
    return QStringLiteral("%1%2.%3%")
        .arg(permille >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
        .arg(qAbs(permille) / 10)
        .arg(qAbs(permille) % 10);
}

QString changeCount(qint64 now, qint64 before)
{
    return before == 0 ? QStringLiteral("—") : change(Money::fromFen(now * 100), Money::fromFen(before * 100));
}

} // namespace

ReportsPage::ReportsPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_reader = new BackgroundReader(db, this);
    setObjectName(QStringLiteral("reportsPage"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("reportModeComboBox"));
    m_mode->addItems({tr("Month"), tr("Year")});
    m_month = new QDateEdit(QDate::currentDate(), this);
    m_month->setObjectName(QStringLiteral("reportMonthEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    const ReportButtons buttons(this, QStringLiteral("Review"), tr("The period before"),
                                tr("The period after"));
    QToolButton* previous = buttons.previous;
    QToolButton* next = buttons.next;
    QPushButton* printButton = buttons.print;
    QPushButton* pdfButton = buttons.pdf;
    QPushButton* exportButton = buttons.exportFigures;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reviewTitleLabel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);

    auto* top = new QHBoxLayout;
    top->addWidget(m_mode);
    top->addWidget(previous);
    top->addWidget(m_month);
    top->addWidget(next);
    top->addSpacing(12);
    top->addWidget(m_title, 1);
    top->addWidget(printButton);
    top->addWidget(pdfButton);
    top->addWidget(exportButton);

    m_cards = new QGridLayout;
    const QString names[] = {tr("Billed"), tr("Received"), tr("Outstanding"), tr("Orders"), tr("Average order")};
    for (int i = 0; i < 5; ++i) {
        auto* card = new QLabel(this);
        card->setObjectName(QStringLiteral("reviewCard%1").arg(i));
        card->setTextFormat(Qt::RichText);
        card->setStyleSheet(QStringLiteral("background:#f7f9fc; border:1px solid #dde3ec; border-radius:4px; padding:6px"));
        card->setProperty("cardName", names[i]);
        m_cardLabels.append(card);
        m_cards->addWidget(card, 0, i);
    }

    m_trend = Charts::view(this, QStringLiteral("trendChart"));
    m_categories = Charts::view(this, QStringLiteral("categoryChart"));
    m_customers = Charts::view(this, QStringLiteral("customerChart"));
    m_staff = Charts::view(this, QStringLiteral("staffChart"));
    auto* charts = new QGridLayout;
    charts->addWidget(m_trend, 0, 0, 1, 2);
    charts->addWidget(m_categories, 1, 0);
    charts->addWidget(m_customers, 1, 1);
    charts->addWidget(m_staff, 0, 2, 2, 1);
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 3);
    charts->setColumnStretch(2, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_cards);
    m_targetsLabel = new QLabel(this);
    m_targetsLabel->setObjectName(QStringLiteral("reviewTargetsLabel"));
    m_targetsLabel->setWordWrap(true);
    m_targetsLabel->setTextFormat(Qt::RichText);
    m_targetsLabel->hide();
    layout->addWidget(m_targetsLabel);
    layout->addLayout(charts, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int year) {
        m_month->setDisplayFormat(year ? QStringLiteral("yyyy") : QStringLiteral("yyyy-MM"));
        refresh();
    });
    connect(m_month, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(previous, &QToolButton::clicked, this, [this] {
        m_month->setDate(m_mode->currentIndex() ? m_month->date().addYears(-1) : m_month->date().addMonths(-1));
    });
    connect(next, &QToolButton::clicked, this, [this] {
        m_month->setDate(m_mode->currentIndex() ? m_month->date().addYears(1) : m_month->date().addMonths(1));
    });
    connect(printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(pdfButton, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(exportButton, &QPushButton::clicked, this, [this] { exportFigures(); });
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

QString ReportsPage::firstMonth() const
{
    const QDate d = m_month->date();
    return m_mode->currentIndex() ? QStringLiteral("%1-01").arg(d.year()) : Reports::monthKey(d);
}

QString ReportsPage::lastMonth() const
{
    const QDate d = m_month->date();
    return m_mode->currentIndex() ? QStringLiteral("%1-12").arg(d.year()) : Reports::monthKey(d);
}

void ReportsPage::setMonth(const QDate& month, bool yearView)
{
    const QSignalBlocker block(m_mode);
    m_mode->setCurrentIndex(yearView ? 1 : 0);
    m_month->setDisplayFormat(yearView ? QStringLiteral("yyyy") : QStringLiteral("yyyy-MM"));
    if (m_month->date() == month)
        refresh();
    else
        m_month->setDate(month);
}

QString ReportsPage::periodName() const
{
    return firstMonth() == lastMonth() ? firstMonth() : firstMonth().left(4);
}

OrderFilter ReportsPage::periodFilter(const QString& first, const QString& last) const
{
    OrderFilter f;
    const QDate from = QDate::fromString(first + QStringLiteral("-01"), Qt::ISODate);
    const QDate to = QDate::fromString(last + QStringLiteral("-01"), Qt::ISODate).addMonths(1).addDays(-1);
    // The orders the figures counted: taken in the period, or delivered in it.
    if (m_basis == BillingBasis::Delivery) {
        f.deliveredFrom = from;
        f.deliveredTo = to;
        return f;
    }
    f.statuses = {OrderStatus::Unscheduled, OrderStatus::InProduction, OrderStatus::Done, OrderStatus::Delivered};
    f.from = from;
    f.to = to;
    return f;
}

void ReportsPage::refresh()
{
    const QString first = firstMonth();
    const QString last = lastMonth();
    m_title->setText(tr("Revenue review %1").arg(periodName()) + QStringLiteral("  ") + tr("(reading…)"));
    // A month shows its targets and those of its quarter.
    const QStringList periods =
        first == last ? QStringList{first, SalesTargetRules::quarter(
                                               QDate::fromString(first + QStringLiteral("-01"), Qt::ISODate))}
                      : QStringList();
    m_reader->read<std::tuple<BillingBasis, Review, QList<TargetProgress>>>(
        [first, last, periods](Database& db) {
            const BillingBasis basis = Reports::basis(db);
            QList<TargetProgress> targets;
            for (const QString& period : periods)
                targets += SalesReports::targets(db, period);
            return std::tuple{basis, Reports::review(db, first, last, basis), targets};
        },
        [this](const std::tuple<BillingBasis, Review, QList<TargetProgress>>& read) {
            m_basis = std::get<0>(read);
            m_review = std::get<1>(read);
            m_targets = std::get<2>(read);
            showTargets();
            QString title = tr("Revenue review %1").arg(periodName()) + QStringLiteral("  ") +
                            tr("(billed %1)").arg(Reports::basisName(m_basis));
            if (m_review.through.isValid())
                title += QStringLiteral("  ") + tr("to %1, against the same days")
                                                    .arg(m_review.through.toString(QStringLiteral("MM-dd")));
            m_title->setText(title);
            updateCards();
            buildCharts();
            emit reviewShown();
        },
        [this](const QString& error) {
            m_title->setText(error);
            emit reviewShown();
        });
}

void ReportsPage::updateCards()
{
    const PeriodFigures& f = m_review.figures;
    const PeriodFigures& p = m_review.previous;
    const PeriodFigures& y = m_review.lastYear;
    // A period in progress is compared by days, and the card says so; the tooltip names the days.
    const bool toDate = m_review.through.isValid();
    const QString vsPrevious = toDate                   ? tr("vs the same days before")
                               : m_mode->currentIndex() ? tr("vs the year before")
                                                        : tr("vs the month before");
    const QString vsYear = toDate ? tr("vs the same days a year earlier") : tr("vs a year earlier");
    const QString days = toDate ? tr("%1 so far, compared with %2 and with %3")
                                      .arg(Reports::daysName(f), Reports::daysName(p), Reports::daysName(y))
                                : QString();
    auto card = [&](int i, const QString& value, const QString& prev, const QString& year) {
        m_cardLabels[i]->setText(
            QStringLiteral("<div style='color:#555'>%1</div><div style='font-size:16pt; "
                           "font-weight:bold'>%2</div><div style='color:#555'>%3 %4<br>%5 %6</div>")
                .arg(m_cardLabels[i]->property("cardName").toString(), value, prev, vsPrevious, year,
                     vsYear));
        m_cardLabels[i]->setToolTip(days);
    };
    card(0, tr("¥%1").arg(f.billed.toString()), change(f.billed, p.billed), change(f.billed, y.billed));
    card(1, tr("¥%1").arg(f.received.toString()), change(f.received, p.received), change(f.received, y.received));
    card(2, tr("¥%1").arg(f.outstanding.toString()), change(f.outstanding, p.outstanding),
         change(f.outstanding, y.outstanding));
    card(3, QString::number(f.orders), changeCount(f.orders, p.orders), changeCount(f.orders, y.orders));
    card(4, tr("¥%1").arg(f.average().toString()), change(f.average(), p.average()), change(f.average(), y.average()));
}

void ReportsPage::showTargets()
{
    // Per period, the shop first, then each staff member: "Revenue ¥80,700.00 / ¥100,000.00 (80.7%)".
    QStringList lines;
    QString period;
    QString who;
    QStringList parts;
    auto flush = [&] {
        if (!parts.isEmpty())
            lines.append(tr("%1 %2: %3", "targets: period, the shop or a person, figures")
                             .arg(QStringLiteral("<b>%1</b>").arg(period), who.toHtmlEscaped(),
                                  parts.join(QStringLiteral(" · "))));
        parts.clear();
    };
    for (const TargetProgress& p : std::as_const(m_targets)) {
        const QString name = p.target.staffName.isEmpty() ? tr("the shop") : p.target.staffName;
        if (p.target.period != period || name != who) {
            flush();
            period = p.target.period;
            who = name;
        }
        const bool money = p.target.metric == TargetMetric::Revenue;
        const QString actual =
            money ? tr("¥%1").arg(Money::fromFen(p.actual).toString()) : QString::number(p.actual);
        const QString target = money ? tr("¥%1").arg(Money::fromFen(p.target.target).toString())
                                     : QString::number(p.target.target);
        const QString colour = p.permille() >= 1000 ? QStringLiteral("#2e7d32") : QStringLiteral("#555");
        parts.append(QStringLiteral("%1 %2 / %3 <span style='color:%4'>(%5.%6%)</span>")
                         .arg(SalesTargetRules::metricName(p.target.metric), actual, target, colour)
                         .arg(p.permille() / 10)
                         .arg(p.permille() % 10));
    }
    flush();
    m_targetsLabel->setText(tr("Targets: %1").arg(lines.join(QStringLiteral("<br>"))));
    m_targetsLabel->setVisible(!lines.isEmpty());
}

void ReportsPage::buildCharts()
{
    // 12 months: billed and received as bars, outstanding as a line; a bar lists its month's orders.
    QChart* trend = Charts::fresh(m_trend, tr("Last 12 months"));
    auto* billed = new QBarSet(tr("Billed"));
    auto* received = new QBarSet(tr("Received"));
    billed->setColor(QColor(0x1e, 0x88, 0xe5));
    received->setColor(QColor(0x43, 0xa0, 0x47));
    auto* outstanding = new QLineSeries;
    outstanding->setName(tr("Outstanding"));
    outstanding->setColor(QColor(0xe5, 0x39, 0x35));
    QStringList months;
    qreal top = 1;
    for (int i = 0; i < m_review.trend.size(); ++i) {
        const PeriodFigures& m = m_review.trend.at(i);
        months.append(m.first.mid(2).replace(QLatin1Char('-'), QLatin1Char('/')));
        billed->append(Charts::yuan(m.billed));
        received->append(Charts::yuan(m.received));
        outstanding->append(i, Charts::yuan(m.outstanding));
        top = std::max({top, Charts::yuan(m.billed), Charts::yuan(m.received), Charts::yuan(m.outstanding)});
    }
    auto* bars = new QBarSeries;
    bars->append(billed);
    bars->append(received);
    trend->addSeries(bars);
    trend->addSeries(outstanding);
    auto* x = new QBarCategoryAxis;
    x->append(months);
    const Charts::AmountUnit trendUnit = Charts::amountUnit(top);
    Charts::divide(billed, trendUnit.divisor);
    Charts::divide(received, trendUnit.divisor);
    QList<QPointF> points = outstanding->points();
    for (QPointF& point : points)
        point.setY(point.y() / trendUnit.divisor);
    outstanding->replace(points);
    QValueAxis* y = Charts::moneyAxis(top, trendUnit);
    trend->addAxis(x, Qt::AlignBottom);
    trend->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(bars), static_cast<QAbstractSeries*>(outstanding)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    connect(bars, &QBarSeries::clicked, this, [this](int index, QBarSet*) {
        if (index < 0 || index >= m_review.trend.size())
            return;
        const QString month = m_review.trend.at(index).first;
        emit showOrders(periodFilter(month, month), tr("orders of %1").arg(month));
    });

    // By product category.
    QChart* categories = Charts::fresh(m_categories, tr("Revenue by product category"));
    auto* pie = new QPieSeries;
    Money all;
    for (const RevenueShare& s : m_review.categories)
        all += s.billed;
    for (const RevenueShare& s : m_review.categories) {
        QPieSlice* slice = pie->append(QStringLiteral("%1 %2").arg(s.name, s.billed.toString()),
                                       std::max<qreal>(0, Charts::yuan(s.billed)));
        slice->setLabel(s.name); // the legend below names each with its amount
        slice->setProperty("legend", QStringLiteral("%1 %2").arg(s.name, s.billed.toString()));
        slice->setProperty("categoryId", s.id);
        slice->setProperty("name", s.name);
        // Small slices are named in the legend only, where they do not collide.
        slice->setLabelVisible(all.fen() > 0 && s.billed.fen() * 12 >= all.fen());
    }
    pie->setPieSize(0.6);
    categories->addSeries(pie);
    categories->legend()->setAlignment(Qt::AlignRight);
    // The legend reads "name amount"; the labels on the pie only the name.
    const QList<QLegendMarker*> markers = categories->legend()->markers(pie);
    for (qsizetype i = 0; i < markers.size() && i < pie->slices().size(); ++i)
        markers.at(i)->setLabel(pie->slices().at(i)->property("legend").toString());
    connect(pie, &QPieSeries::clicked, this, [this](QPieSlice* slice) {
        OrderFilter f = periodFilter(firstMonth(), lastMonth());
        f.categoryId = slice->property("categoryId").toLongLong();
        emit showOrders(f, tr("%1, %2").arg(slice->property("name").toString(), periodName()));
    });

    // Top 10 customers, largest at the top.
    QChart* customers = Charts::fresh(m_customers, tr("Top 10 customers"));
    auto* customerSet = new QBarSet(tr("Billed"));
    customerSet->setColor(QColor(0x5e, 0x35, 0xb1));
    QStringList names;
    qreal most = 1;
    for (qsizetype i = m_review.topCustomers.size() - 1; i >= 0; --i) {
        const RevenueShare& s = m_review.topCustomers.at(i);
        names.append(Charts::shortName(s.name));
        customerSet->append(Charts::yuan(s.billed));
        most = std::max(most, Charts::yuan(s.billed));
    }
    auto* customerBars = new QHorizontalBarSeries;
    customerBars->append(customerSet);
    customers->addSeries(customerBars);
    auto* customerAxis = new QBarCategoryAxis;
    customerAxis->append(names);
    customerAxis->setTruncateLabels(false);
    QFont small(DocumentRenderer::fontFamily());
    small.setPointSizeF(7.5); // ten names fit beside ten bars
    customerAxis->setLabelsFont(small);
    const Charts::AmountUnit customerUnit = Charts::amountUnit(most);
    Charts::divide(customerSet, customerUnit.divisor);
    QValueAxis* customerValues = Charts::moneyAxis(most, customerUnit);
    customerValues->setTickCount(3);
    customers->addAxis(customerAxis, Qt::AlignLeft);
    customers->addAxis(customerValues, Qt::AlignBottom);
    customerBars->attachAxis(customerAxis);
    customerBars->attachAxis(customerValues);
    customers->legend()->setVisible(false);
    connect(customerBars, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet*) {
        const qsizetype i = m_review.topCustomers.size() - 1 - index;
        if (i < 0 || i >= m_review.topCustomers.size())
            return;
        OrderFilter f = periodFilter(firstMonth(), lastMonth());
        f.customerId = m_review.topCustomers.at(i).id;
        emit showOrders(f, tr("%1, %2").arg(m_review.topCustomers.at(i).name, periodName()));
    });

    // Staff: revenue bars and the order count.
    QChart* staff = Charts::fresh(m_staff, tr("Revenue and orders by staff member"));
    auto* revenue = new QBarSet(tr("Revenue"));
    revenue->setColor(QColor(0x00, 0x89, 0x7b));
    auto* count = new QLineSeries;
    count->setName(tr("Orders"));
    count->setColor(QColor(0xfb, 0x8c, 0x00));
    count->setPointsVisible(true);
    QStringList staffNames;
    qreal staffMost = 1;
    qreal countMost = 1;
    for (int i = 0; i < m_review.staff.size(); ++i) {
        const RevenueShare& s = m_review.staff.at(i);
        staffNames.append(s.name.isEmpty() ? tr("(nobody)") : Charts::shortName(s.name));
        revenue->append(Charts::yuan(s.billed));
        count->append(i, qreal(s.orders));
        staffMost = std::max(staffMost, Charts::yuan(s.billed));
        countMost = std::max(countMost, qreal(s.orders));
    }
    auto* staffBars = new QBarSeries;
    staffBars->append(revenue);
    staff->addSeries(staffBars);
    staff->addSeries(count);
    auto* staffAxis = new QBarCategoryAxis;
    staffAxis->append(staffNames);
    // Qt cuts category labels to "…" when it thinks they will not fit; short names always do.
    staffAxis->setTruncateLabels(false);
    staffAxis->setLabelsFont(small);
    const Charts::AmountUnit staffUnit = Charts::amountUnit(staffMost);
    Charts::divide(revenue, staffUnit.divisor);
    QValueAxis* money = Charts::moneyAxis(staffMost, staffUnit);
    QValueAxis* orders = Charts::countAxis(countMost);
    staff->addAxis(staffAxis, Qt::AlignBottom);
    staff->addAxis(money, Qt::AlignLeft);
    staff->addAxis(orders, Qt::AlignRight);
    staffBars->attachAxis(staffAxis);
    staffBars->attachAxis(money);
    count->attachAxis(staffAxis);
    count->attachAxis(orders);
    connect(staffBars, &QBarSeries::clicked, this, [this](int index, QBarSet*) {
        if (index < 0 || index >= m_review.staff.size())
            return;
        OrderFilter f = periodFilter(firstMonth(), lastMonth());
        f.staffId = m_review.staff.at(index).id;
        emit showOrders(f, tr("%1, %2").arg(m_review.staff.at(index).name, periodName()));
    });
}

int ReportsPage::paint(QPagedPaintDevice& device)
{
    const int pages = 2;
    ReportPages paper(device, m_db, pages);
    if (!paper.isActive()) return 0; // the file could not be opened
    QPainter& painter = paper.painter();
    const QRectF page = paper.page();
    auto mm = [&paper](qreal v) { return paper.mm(v); };
    auto setFont = [&paper](qreal pt, bool bold = false) { paper.setFont(pt, bold); };
    auto chart = [&paper](QChartView* view, const QRectF& target) { paper.chart(view, target); };

    qreal y = paper.heading(tr("Revenue review %1").arg(periodName()) + QStringLiteral("  ") +
                            tr("(billed %1)").arg(Reports::basisName(m_basis)));

    // The figures, this period beside the previous one and the same one last year.
    const PeriodFigures* columns[] = {&m_review.figures, &m_review.previous, &m_review.lastYear};
    const bool toDate = m_review.through.isValid();
    const QString heads[] = {toDate ? Reports::daysName(m_review.figures) : periodName(),
                             toDate ? Reports::daysName(m_review.previous) : tr("Period before"),
                             toDate ? Reports::daysName(m_review.lastYear) : tr("A year earlier")};
    const qreal labelWidth = mm(40);
    const qreal colWidth = (page.width() - labelWidth) / 3;
    setFont(9, true);
    for (int c = 0; c < 3; ++c)
        painter.drawText(QRectF(page.left() + labelWidth + c * colWidth, y, colWidth - mm(2), mm(6)),
                         Qt::AlignRight | Qt::AlignVCenter, heads[c]);
    y += mm(6);
    painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
    const QString rowNames[] = {tr("Billed"), tr("Received"), tr("Outstanding"), tr("Orders"), tr("Average order")};
    setFont(9);
    for (int r = 0; r < 5; ++r) {
        painter.drawText(QRectF(page.left(), y, labelWidth, mm(6)), Qt::AlignLeft | Qt::AlignVCenter, rowNames[r]);
        for (int c = 0; c < 3; ++c) {
            const PeriodFigures& f = *columns[c];
            const QString value = r == 0   ? f.billed.toString()
                                  : r == 1 ? f.received.toString()
                                  : r == 2 ? f.outstanding.toString()
                                  : r == 3 ? QString::number(f.orders)
                                           : f.average().toString();
            painter.drawText(QRectF(page.left() + labelWidth + c * colWidth, y, colWidth - mm(2), mm(6)),
                             Qt::AlignRight | Qt::AlignVCenter, value);
        }
        y += mm(6);
    }
    painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
    y += mm(4);
    chart(m_trend, QRectF(page.left(), y, page.width(), mm(85)));
    y += mm(88);
    const qreal half = (page.width() - mm(4)) / 2;
    chart(m_categories, QRectF(page.left(), y, half, mm(80)));
    chart(m_customers, QRectF(page.left() + half + mm(4), y, half, mm(80)));
    paper.finishPage();

    y = paper.heading(tr("Revenue review %1").arg(periodName()));
    chart(m_staff, QRectF(page.left(), y, page.width(), mm(80)));
    y += mm(84);
    // The lists behind the charts, with their amounts.
    auto table = [&](const QString& title, const QList<RevenueShare>& rows, qreal left, qreal width) {
        qreal ty = y;
        setFont(10, true);
        painter.drawText(QRectF(left, ty, width, mm(6)), Qt::AlignLeft | Qt::AlignVCenter, title);
        ty += mm(7);
        setFont(8.5);
        for (const RevenueShare& s : rows) {
            if (ty > page.bottom() - mm(12))
                break;
            painter.drawText(QRectF(left, ty, width * 0.55, mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(s.name, Qt::ElideRight, int(width * 0.55)));
            painter.drawText(QRectF(left + width * 0.55, ty, width * 0.3, mm(5)), Qt::AlignRight | Qt::AlignVCenter,
                             s.billed.toString());
            painter.drawText(QRectF(left + width * 0.85, ty, width * 0.15, mm(5)), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(s.orders));
            ty += mm(5);
        }
    };
    const qreal third = (page.width() - mm(8)) / 3;
    table(tr("Top customers"), m_review.topCustomers, page.left(), third);
    table(tr("Product categories"), m_review.categories, page.left() + third + mm(4), third);
    table(tr("Staff"), m_review.staff, page.left() + 2 * (third + mm(4)), third);
    paper.finishPage();
    return pages;
}

void ReportsPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the revenue review"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    paint(printer);
}

void ReportsPage::exportPdf(QString path)
{
    if (path.isEmpty())
        path = askPdfPath(this, tr("Revenue review as PDF"), tr("revenue-review-%1").arg(periodName()));
    if (path.isEmpty())
        return;
    QPdfWriter writer(path);
    writer.setTitle(tr("Revenue review %1").arg(periodName()));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    paint(writer);
}

void ReportsPage::exportFigures(QString path)
{
    if (path.isEmpty())
        path = askExportPath(this, tr("Export the revenue review"), tr("revenue-review-%1").arg(periodName()));
    if (path.isEmpty())
        return;
    try {
        Exports::review(m_db, m_review, tr("Revenue review %1").arg(periodName()), path);
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Export failed"), e.message());
    }
}

} // namespace shopcrm
