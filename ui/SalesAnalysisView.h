#pragma once

#include "services/SalesReports.h"
#include "store/OpportunityRepository.h"

#include <QWidget>

class QChartView;
class QDateEdit;
class QLabel;
class QPagedPaintDevice;
class QTableWidget;

namespace shopcrm {

class BackgroundReader;
class Database;

// The sales analysis of a period (months from..to): cards with what is expected, what was won, the
// win rate and the new opportunities; the forecast by month of expected close (as it stands,
// weighted, and what was won), the funnel of the opportunities created in the period, won and lost
// by lead source, the lost reasons, and the forecast per owner. Clicking a bar, a slice or an
// owner lists the opportunities behind it. It prints (charts included), exports to PDF, and to
// XLSX or CSV as figures. Without sales ▸ see money the charts count opportunities.
class SalesAnalysisView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SalesAnalysisView)
public:
    explicit SalesAnalysisView(Database& db, QWidget* parent = nullptr);

    const SalesAnalysis& analysis() const { return m_analysis; }
    QDate from() const;
    QDate to() const;
    // The months holding these days.
    void setPeriod(const QDate& from, const QDate& to);
    // Paints the analysis on pages (the printer, a PDF); returns the number of pages.
    int paint(QPagedPaintDevice& device);
    // The opportunities behind a bar of the forecast (0 expected, 1 weighted, 2 won), a step of the
    // funnel, a lead source's won (or lost) bar, a lost reason, an owner's row: what the clicks list.
    OpportunityFilter forecastFilter(int month, int set) const;
    OpportunityFilter funnelFilter(int step) const;
    OpportunityFilter sourceFilter(int source, bool won) const;
    OpportunityFilter reasonFilter(int reason) const;
    OpportunityFilter ownerFilter(int row) const;

public slots:
    // Reads on a connection of its own in another thread; analysisShown when it is on the page.
    void refresh();
    void print();
    void exportPdf(QString path = {});
    void exportFigures(QString path = {});

signals:
    void showOpportunities(const shopcrm::OpportunityFilter& filter, const QString& what);
    void analysisShown();

private:
    QString title() const;
    QString fileName() const;
    OpportunityFilter closedInPeriod(OpportunityFilter::State state) const;
    void updateCards();
    void buildForecast();
    void buildFunnel();
    void buildWinLoss();
    void fillOwners();

    Database& m_db;
    bool m_money = false;
    SalesAnalysis m_analysis;
    QList<ForecastRow> m_owners;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_title = nullptr;
    QList<QLabel*> m_cards;
    QChartView* m_forecast = nullptr;
    QChartView* m_funnel = nullptr;
    QChartView* m_sources = nullptr;
    QChartView* m_reasons = nullptr;
    QTableWidget* m_ownerTable = nullptr;
    BackgroundReader* m_reader = nullptr;
};

} // namespace shopcrm
