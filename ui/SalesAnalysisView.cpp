#include "SalesAnalysisView.h"

#include "BackgroundReader.h"
#include "ChartSupport.h"
#include "documents/DocumentRenderer.h"
#include "documents/PrintDocument.h"
#include "ListViews.h"
#include "services/Exports.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

QDate monthStart(const QDate& d)
{
    return QDate(d.year(), d.month(), 1);
}

QDate monthEnd(const QDate& d)
{
    return monthStart(d).addMonths(1).addDays(-1);
}

// "26/12" under a bar.
QString monthLabel(const QString& month)
{
    return month.mid(2).replace(QLatin1Char('-'), QLatin1Char('/'));
}

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SalesAnalysisView::SalesAnalysisView(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_money(db.access().can(Module::Sales, Action::Money))
{
    setObjectName(QStringLiteral("salesAnalysisView"));
    m_reader = new BackgroundReader(db, this);
    // Two months back to three ahead: what was won lately and what is expected soon.
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(monthStart(today).addMonths(-2), this);
    m_from->setObjectName(QStringLiteral("analysisFromEdit"));
    m_to = new QDateEdit(monthEnd(today.addMonths(3)), this);
    m_to->setObjectName(QStringLiteral("analysisToEdit"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
        edit->setCalendarPopup(true);
    }
    const ReportButtons buttons(this, QStringLiteral("Analysis"), tr("The months before"),
                                tr("The months after"));
    QToolButton* previous = buttons.previous;
    QToolButton* next = buttons.next;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("analysisTitleLabel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    QPushButton* printButton = buttons.print;
    QPushButton* pdfButton = buttons.pdf;
    QPushButton* exportButton = buttons.exportFigures;
    exportButton->setVisible(m_money && db.access().can(Module::Reports, Action::Export));

    auto* top = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to", "months from … to"), this);
    toLabel->setBuddy(m_to);
    top->addWidget(fromLabel);
    top->addWidget(previous);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addWidget(next);
    top->addSpacing(12);
    top->addWidget(m_title, 1);
    top->addWidget(printButton);
    top->addWidget(pdfButton);
    top->addWidget(exportButton);

    auto* cards = new QGridLayout;
    const QString names[] = {tr("Expected"), tr("Won"), tr("Win rate"), tr("New opportunities")};
    for (int i = 0; i < 4; ++i) {
        auto* card = new QLabel(this);
        card->setObjectName(QStringLiteral("analysisCard%1").arg(i));
        card->setTextFormat(Qt::RichText);
        card->setStyleSheet(
            QStringLiteral("background:#f7f9fc; border:1px solid #dde3ec; border-radius:4px; padding:6px"));
        card->setProperty("cardName", names[i]);
        m_cards.append(card);
        cards->addWidget(card, 0, i);
    }

    m_forecast = Charts::view(this, QStringLiteral("forecastChart"));
    m_funnel = Charts::view(this, QStringLiteral("funnelChart"));
    m_sources = Charts::view(this, QStringLiteral("sourceChart"));
    m_reasons = Charts::view(this, QStringLiteral("lostReasonChart"));
    m_ownerTable = new QTableWidget(0, 6, this);
    m_ownerTable->setObjectName(QStringLiteral("forecastOwnerTable"));
    m_ownerTable->setHorizontalHeaderLabels(
        {tr("Owner"), tr("Open"), tr("Expected"), tr("Weighted"), tr("Won"), tr("Won amount")});
    m_ownerTable->verticalHeader()->hide();
    m_ownerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ownerTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ownerTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // a few owners
    m_ownerTable->horizontalHeader()->setStretchLastSection(true);
    m_ownerTable->setToolTip(tr("Enter or a double click lists the owner's open opportunities"));
    auto* charts = new QGridLayout;
    charts->addWidget(m_forecast, 0, 0, 1, 2);
    charts->addWidget(m_ownerTable, 0, 2);
    charts->addWidget(m_funnel, 1, 0);
    charts->addWidget(m_sources, 1, 1);
    charts->addWidget(m_reasons, 1, 2);
    for (int c = 0; c < 3; ++c)
        charts->setColumnStretch(c, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(cards);
    layout->addLayout(charts, 1);

    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (m_to->date() < d) m_to->setDate(monthEnd(d));
        refresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (m_from->date() > d) m_from->setDate(monthStart(d));
        refresh();
    });
    // The same number of months, moved back or on.
    auto shift = [this](int direction) {
        const int months = (m_to->date().year() - m_from->date().year()) * 12 + m_to->date().month() -
                           m_from->date().month() + 1;
        setPeriod(monthStart(m_from->date()).addMonths(direction * months),
                  monthEnd(m_to->date().addMonths(direction * months)));
    };
    connect(previous, &QToolButton::clicked, this, [shift] { shift(-1); });
    connect(next, &QToolButton::clicked, this, [shift] { shift(1); });
    connect(printButton, &QPushButton::clicked, this, &SalesAnalysisView::print);
    connect(pdfButton, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(exportButton, &QPushButton::clicked, this, [this] { exportFigures(); });
    connect(m_ownerTable, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (index.row() < 0 || index.row() >= m_owners.size()) return;
        const QString owner = m_owners.at(index.row()).owner;
        emit showOpportunities(
            ownerFilter(index.row()),
            tr("open ones of %1 expected %2").arg(owner.isEmpty() ? tr("(nobody)") : owner, title()));
    });
}

QDate SalesAnalysisView::from() const
{
    return monthStart(m_from->date());
}

QDate SalesAnalysisView::to() const
{
    return monthEnd(m_to->date());
}

void SalesAnalysisView::setPeriod(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(monthStart(from));
        m_to->setDate(monthEnd(std::max(from, to)));
    }
    refresh();
}

QString SalesAnalysisView::title() const
{
    const QString first = from().toString(QStringLiteral("yyyy-MM"));
    const QString last = to().toString(QStringLiteral("yyyy-MM"));
    return first == last ? first : tr("%1 to %2", "months").arg(first, last);
}

QString SalesAnalysisView::fileName() const
{
    return tr("sales-%1")
        .arg(from().toString(QStringLiteral("yyyy-MM")) + QLatin1Char('_') +
             to().toString(QStringLiteral("yyyy-MM")));
}

void SalesAnalysisView::refresh()
{
    const QDate first = from();
    const QDate last = to();
    m_title->setText(tr("Sales %1").arg(title()) + QStringLiteral("  ") + tr("(reading…)"));
    m_reader->read<SalesAnalysis>(
        [first, last](Database& db) { return SalesReports::analysis(db, first, last); },
        [this](const SalesAnalysis& analysis) {
            m_analysis = analysis;
            m_owners = SalesReports::byOwner(analysis.forecast);
            m_title->setText(tr("Sales %1").arg(title()));
            updateCards();
            buildForecast();
            buildFunnel();
            buildWinLoss();
            fillOwners();
            emit analysisShown();
        },
        [this](const QString& error) {
            m_title->setText(error);
            emit analysisShown();
        });
}

void SalesAnalysisView::updateCards()
{
    const Forecast& f = m_analysis.forecast;
    qint64 won = 0;
    qint64 lost = 0;
    for (const WinLossRow& r : m_analysis.sources) {
        won += r.won;
        lost += r.lost;
    }
    auto card = [&](int i, const QString& value, const QString& detail, const QString& tip) {
        m_cards[i]->setText(QStringLiteral("<div style='color:#555'>%1</div><div style='font-size:16pt; "
                                           "font-weight:bold'>%2</div><div style='color:#555'>%3</div>")
                                .arg(m_cards[i]->property("cardName").toString(), value, detail));
        m_cards[i]->setToolTip(tip);
    };
    QString expectedDetail =
        m_money ? tr("weighted ¥%1 · %n open", nullptr, int(f.total.open)).arg(f.total.weighted.toString())
                : tr("%n open", nullptr, int(f.total.open));
    if (f.undated > 0)
        expectedDetail += QStringLiteral("<br>") + tr("%n more without a date", nullptr, int(f.undated));
    card(0, m_money ? tr("¥%1").arg(f.total.amount.toString()) : QString::number(f.total.open),
         expectedDetail,
         tr("Open opportunities expected to close in these months, as they stand and weighted by their "
            "probability"));
    card(1, m_money ? tr("¥%1").arg(f.total.wonAmount.toString()) : QString::number(f.total.won),
         tr("%n won", nullptr, int(f.total.won)), tr("Won in these months"));
    const qint64 rate = won + lost > 0 ? (won * 1000 + (won + lost) / 2) / (won + lost) : -1;
    card(2, rate < 0 ? QStringLiteral("—") : SalesReports::percent(rate),
         tr("%1 won, %2 lost").arg(won).arg(lost), tr("Of those won or lost in these months"));
    const Funnel& funnel = m_analysis.funnel;
    card(3, QString::number(funnel.created), tr("%1 won, %2 lost so far").arg(funnel.won).arg(funnel.lost),
         tr("Opportunities created in these months"));
}

void SalesAnalysisView::buildForecast()
{
    // Per month of expected close: as it stands and weighted, beside what was won in the month.
    QChart* chart = Charts::fresh(m_forecast, tr("Forecast by month of expected close"));
    auto* expected = new QBarSet(tr("Expected"));
    auto* weighted = new QBarSet(tr("Weighted"));
    auto* won = new QBarSet(tr("Won"));
    expected->setColor(QColor(0x90, 0xca, 0xf9));
    weighted->setColor(QColor(0x1e, 0x88, 0xe5));
    won->setColor(QColor(0x43, 0xa0, 0x47));
    QStringList months;
    qreal top = 1;
    for (const ForecastRow& r : std::as_const(m_analysis.forecast.months)) {
        months.append(monthLabel(r.month));
        if (m_money) {
            expected->append(Charts::yuan(r.amount));
            weighted->append(Charts::yuan(r.weighted));
            won->append(Charts::yuan(r.wonAmount));
            top = std::max({top, Charts::yuan(r.amount), Charts::yuan(r.wonAmount)});
        } else {
            expected->append(qreal(r.open));
            won->append(qreal(r.won));
            top = std::max({top, qreal(r.open), qreal(r.won)});
        }
    }
    auto* bars = new QBarSeries;
    bars->append(expected);
    if (m_money)
        bars->append(weighted);
    else
        delete weighted;
    bars->append(won);
    chart->addSeries(bars);
    Charts::columnAxes(chart, bars, months, top, m_money);
    connect(bars, &QBarSeries::clicked, this, [this, bars](int index, QBarSet* set) {
        if (index < 0 || index >= m_analysis.forecast.months.size()) return;
        const bool wonSet = set == bars->barSets().constLast();
        const QString month = m_analysis.forecast.months.at(index).month;
        emit showOpportunities(forecastFilter(index, wonSet ? 2 : 0),
                               wonSet ? tr("won in %1").arg(month) : tr("open, expected in %1").arg(month));
    });
}

void SalesAnalysisView::buildFunnel()
{
    // The steps top down, each bar how many of those created in the period got that far.
    const Funnel& f = m_analysis.funnel;
    QChart* chart = Charts::fresh(m_funnel, tr("Funnel of the %n created", nullptr, int(f.created)));
    auto* reached = new QBarSet(tr("Reached"));
    reached->setColor(QColor(0x5e, 0x35, 0xb1));
    QStringList names;
    qreal top = 1;
    for (qsizetype i = f.stages.size() - 1; i >= 0; --i) {
        names.append(Charts::shortName(f.stages.at(i).stage.displayName()));
        reached->append(qreal(f.stages.at(i).reached));
        top = std::max(top, qreal(f.stages.at(i).reached));
    }
    auto* bars = new QHorizontalBarSeries;
    bars->append(reached);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    reached->setLabelColor(Qt::white);
    Charts::countBars(chart, bars, names, top);
    chart->legend()->setVisible(false);
    auto step = [this](int index) { return int(m_analysis.funnel.stages.size()) - 1 - index; };
    connect(bars, &QHorizontalBarSeries::hovered, this, [this, step](bool on, int index, QBarSet*) {
        const int i = step(index);
        if (!on || i < 0 || i >= m_analysis.funnel.stages.size()) {
            QToolTip::hideText();
            return;
        }
        const FunnelStage& s = m_analysis.funnel.stages.at(i);
        QString text = tr("%1: %n reached", nullptr, int(s.reached)).arg(s.stage.displayName());
        if (s.conversionPermille >= 0)
            text += QLatin1Char('\n') +
                    tr("%1 went on to the next").arg(SalesReports::percent(s.conversionPermille));
        if (s.timed > 0)
            text += QLatin1Char('\n') + tr("%1 days in it on average").arg(s.averageDays, 0, 'f', 1);
        QToolTip::showText(QCursor::pos(), text, m_funnel);
    });
    connect(bars, &QHorizontalBarSeries::clicked, this, [this, step](int index, QBarSet*) {
        const int i = step(index);
        if (i < 0 || i >= m_analysis.funnel.stages.size()) return;
        emit showOpportunities(funnelFilter(i),
                               tr("created %1 that reached %2")
                                   .arg(title(), m_analysis.funnel.stages.at(i).stage.displayName()));
    });
}

void SalesAnalysisView::buildWinLoss()
{
    // Won and lost per lead source, stacked, the most closed at the top.
    QChart* chart = Charts::fresh(m_sources, tr("Won and lost by lead source"));
    auto* won = new QBarSet(tr("Won"));
    auto* lost = new QBarSet(tr("Lost"));
    won->setColor(QColor(0x43, 0xa0, 0x47));
    lost->setColor(QColor(0xe5, 0x39, 0x35));
    QStringList names;
    qreal top = 1;
    const QList<WinLossRow>& sources = m_analysis.sources;
    for (qsizetype i = sources.size() - 1; i >= 0; --i) {
        const WinLossRow& r = sources.at(i);
        names.append(r.key.isEmpty() ? tr("(no source)") : Charts::shortName(r.key));
        won->append(qreal(r.won));
        lost->append(qreal(r.lost));
        top = std::max(top, qreal(r.won + r.lost));
    }
    auto* bars = new QHorizontalStackedBarSeries;
    bars->append(won);
    bars->append(lost);
    Charts::countBars(chart, bars, names, top);
    connect(bars, &QHorizontalStackedBarSeries::clicked, this, [this, won](int index, QBarSet* set) {
        const qsizetype i = m_analysis.sources.size() - 1 - index;
        if (i < 0 || i >= m_analysis.sources.size()) return;
        const QString key = m_analysis.sources.at(i).key;
        const QString name = key.isEmpty() ? tr("(no source)") : key;
        emit showOpportunities(
            sourceFilter(int(i), set == won),
            (set == won ? tr("won %1 from %2") : tr("lost %1 from %2")).arg(title(), name));
    });

    // The lost reasons, by how many.
    QChart* reasons = Charts::fresh(m_reasons, tr("Why they were lost"));
    auto* pie = new QPieSeries;
    for (const WinLossRow& r : std::as_const(m_analysis.reasons)) {
        const QString name = r.key.isEmpty() ? tr("(no reason)") : r.key;
        QPieSlice* slice = pie->append(name, qreal(r.lost));
        slice->setProperty("legend", QStringLiteral("%1 %2").arg(name).arg(r.lost));
    }
    pie->setPieSize(0.6);
    reasons->addSeries(pie);
    reasons->legend()->setAlignment(Qt::AlignRight);
    const QList<QLegendMarker*> markers = reasons->legend()->markers(pie);
    for (qsizetype i = 0; i < markers.size() && i < pie->slices().size(); ++i)
        markers.at(i)->setLabel(pie->slices().at(i)->property("legend").toString());
    connect(pie, &QPieSeries::clicked, this, [this, pie](QPieSlice* slice) {
        const qsizetype i = pie->slices().indexOf(slice);
        if (i < 0 || i >= m_analysis.reasons.size()) return;
        emit showOpportunities(reasonFilter(int(i)), tr("lost %1: %2").arg(title(), slice->label()));
    });
}

void SalesAnalysisView::fillOwners()
{
    m_ownerTable->setRowCount(int(m_owners.size()));
    for (int i = 0; i < m_owners.size(); ++i) {
        const ForecastRow& r = m_owners.at(i);
        m_ownerTable->setItem(i, 0, cell(r.owner.isEmpty() ? tr("(nobody)") : r.owner));
        m_ownerTable->setItem(i, 1, cell(QString::number(r.open), true));
        m_ownerTable->setItem(i, 2, cell(m_money ? r.amount.toString() : QString(), true));
        m_ownerTable->setItem(i, 3, cell(m_money ? r.weighted.toString() : QString(), true));
        m_ownerTable->setItem(i, 4, cell(QString::number(r.won), true));
        m_ownerTable->setItem(i, 5, cell(m_money ? r.wonAmount.toString() : QString(), true));
    }
}

OpportunityFilter SalesAnalysisView::forecastFilter(int month, int set) const
{
    OpportunityFilter f;
    const QDate first =
        QDate::fromString(m_analysis.forecast.months.value(month).month + QStringLiteral("-01"), Qt::ISODate);
    if (set == 2) {
        f.state = OpportunityFilter::State::Won;
        f.closedFrom = first;
        f.closedTo = monthEnd(first);
    } else {
        f.state = OpportunityFilter::State::Open;
        f.closeFrom = first;
        f.closeTo = monthEnd(first);
    }
    return f;
}

OpportunityFilter SalesAnalysisView::funnelFilter(int step) const
{
    OpportunityFilter f;
    f.createdFrom = m_analysis.funnel.from;
    f.createdTo = m_analysis.funnel.to;
    f.reachedStageId = m_analysis.funnel.stages.value(step).stage.id;
    return f;
}

OpportunityFilter SalesAnalysisView::closedInPeriod(OpportunityFilter::State state) const
{
    OpportunityFilter f;
    f.state = state;
    f.closedFrom = m_analysis.from;
    f.closedTo = m_analysis.to;
    return f;
}

OpportunityFilter SalesAnalysisView::sourceFilter(int source, bool won) const
{
    OpportunityFilter f =
        closedInPeriod(won ? OpportunityFilter::State::Won : OpportunityFilter::State::Lost);
    f.source = m_analysis.sources.value(source).key;
    return f;
}

OpportunityFilter SalesAnalysisView::reasonFilter(int reason) const
{
    OpportunityFilter f = closedInPeriod(OpportunityFilter::State::Lost);
    f.lostReason = m_analysis.reasons.value(reason).key;
    return f;
}

OpportunityFilter SalesAnalysisView::ownerFilter(int row) const
{
    OpportunityFilter f;
    f.state = OpportunityFilter::State::Open;
    f.owner = m_owners.value(row).owner;
    f.closeFrom = m_analysis.forecast.from;
    f.closeTo = m_analysis.forecast.to;
    return f;
}

int SalesAnalysisView::paint(QPagedPaintDevice& device)
{
    ReportPages paper(device, m_db, 2);
    if (!paper.isActive()) return 0; // the file could not be opened
    QPainter& painter = paper.painter();
    const QRectF page = paper.page();
    auto mm = [&paper](qreal v) { return paper.mm(v); };
    auto setFont = [&paper](qreal pt, bool bold = false) { paper.setFont(pt, bold); };
    // A table of text: the first column left, the others right; widths as shares of `width`.
    auto table = [&](qreal& y, qreal left, qreal width, const QList<qreal>& shares, const QStringList& heads,
                     const QList<QStringList>& rows) {
        auto line = [&](const QStringList& cells) {
            qreal x = left;
            for (qsizetype c = 0; c < cells.size() && c < shares.size(); ++c) {
                const qreal w = width * shares.at(c);
                const QRectF box(x, y, w - mm(1.5), mm(5));
                painter.drawText(
                    box, (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                    painter.fontMetrics().elidedText(cells.at(c), Qt::ElideRight, int(box.width())));
                x += w;
            }
            y += mm(5);
        };
        setFont(8.5, true);
        line(heads);
        painter.drawLine(QPointF(left, y), QPointF(left + width, y));
        setFont(8.5);
        for (const QStringList& r : rows) {
            if (y > page.bottom() - mm(12)) break;
            line(r);
        }
        y += mm(3);
    };
    auto amount = [&](Money m) { return m_money ? m.toString() : QString(); };

    qreal y = paper.heading(tr("Sales %1").arg(title()));
    // The cards as lines of text.
    setFont(9.5);
    for (QLabel* card : std::as_const(m_cards)) {
        QTextDocument text;
        text.setHtml(card->text());
        painter.drawText(QRectF(page.left(), y, page.width(), mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                         text.toPlainText().replace(QLatin1Char('\n'), QStringLiteral("  ")).simplified());
        y += mm(6);
    }
    y += mm(2);
    paper.chart(m_forecast, QRectF(page.left(), y, page.width(), mm(85)));
    y += mm(88);
    QList<QStringList> months;
    for (const ForecastRow& r : std::as_const(m_analysis.forecast.months))
        months.append({r.month, QString::number(r.open), amount(r.amount), amount(r.weighted),
                       QString::number(r.won), amount(r.wonAmount)});
    const Forecast& f = m_analysis.forecast;
    months.append({tr("In all"), QString::number(f.total.open), amount(f.total.amount),
                   amount(f.total.weighted), QString::number(f.total.won), amount(f.total.wonAmount)});
    const QStringList heads{tr("Month"),    tr("Open"), tr("Expected"),
                            tr("Weighted"), tr("Won"),  tr("Won amount")};
    const QList<qreal> shares{0.25, 0.1, 0.2, 0.2, 0.08, 0.17};
    table(y, page.left(), page.width(), shares, heads, months);
    QList<QStringList> owners;
    for (const ForecastRow& r : std::as_const(m_owners))
        owners.append({r.owner.isEmpty() ? tr("(nobody)") : r.owner, QString::number(r.open),
                       amount(r.amount), amount(r.weighted), QString::number(r.won), amount(r.wonAmount)});
    QStringList ownerHeads = heads;
    ownerHeads[0] = tr("Owner");
    table(y, page.left(), page.width(), shares, ownerHeads, owners);
    paper.finishPage();

    y = paper.heading(tr("Sales %1").arg(title()));
    const qreal half = (page.width() - mm(4)) / 2;
    paper.chart(m_funnel, QRectF(page.left(), y, half, mm(75)));
    qreal right = y;
    QList<QStringList> steps;
    for (const FunnelStage& s : std::as_const(m_analysis.funnel.stages))
        steps.append({s.stage.displayName(), QString::number(s.reached),
                      s.conversionPermille < 0 ? QString() : SalesReports::percent(s.conversionPermille),
                      s.timed > 0 ? QString::number(s.averageDays, 'f', 1) : QString()});
    table(right, page.left() + half + mm(4), half, {0.4, 0.18, 0.22, 0.2},
          {tr("Stage"), tr("Reached"), tr("Went on"), tr("Days in it")}, steps);
    y += mm(79);
    paper.chart(m_sources, QRectF(page.left(), y, half, mm(75)));
    paper.chart(m_reasons, QRectF(page.left() + half + mm(4), y, half, mm(75)));
    y += mm(79);
    QList<QStringList> sources;
    for (const WinLossRow& r : std::as_const(m_analysis.sources))
        sources.append({r.key.isEmpty() ? tr("(no source)") : r.key, QString::number(r.won),
                        amount(r.wonAmount), QString::number(r.lost),
                        SalesReports::percent(r.winRatePermille())});
    qreal reasonsTop = y;
    table(y, page.left(), half, {0.34, 0.12, 0.24, 0.12, 0.18},
          {tr("Lead source"), tr("Won"), tr("Won amount"), tr("Lost"), tr("Win rate")}, sources);
    QList<QStringList> reasons;
    for (const WinLossRow& r : std::as_const(m_analysis.reasons))
        reasons.append(
            {r.key.isEmpty() ? tr("(no reason)") : r.key, QString::number(r.lost), amount(r.lostAmount)});
    table(reasonsTop, page.left() + half + mm(4), half, {0.5, 0.2, 0.3},
          {tr("Lost reason"), tr("Lost"), tr("Lost amount")}, reasons);
    paper.finishPage();
    return 2;
}

void SalesAnalysisView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the sales analysis"));
    if (dialog.exec() != QDialog::Accepted) return;
    paint(printer);
}

void SalesAnalysisView::exportPdf(QString path)
{
    if (path.isEmpty()) path = askPdfPath(this, tr("Sales analysis as PDF"), fileName());
    if (path.isEmpty()) return;
    QPdfWriter writer(path);
    writer.setTitle(tr("Sales %1").arg(title()));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    if (paint(writer) == 0)
        QMessageBox::warning(this, tr("PDF not written"),
                             tr("%1 could not be written. Choose another folder or file name.").arg(path));
}

void SalesAnalysisView::exportFigures(QString path)
{
    if (path.isEmpty()) path = askExportPath(this, tr("Export the sales analysis"), fileName());
    if (path.isEmpty()) return;
    try {
        Exports::sales(m_db, m_analysis, tr("Sales %1").arg(title()), path);
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Export failed"), e.message());
    }
}

} // namespace shopcrm
