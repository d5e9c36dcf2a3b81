#pragma once

#include "services/Reports.h"
#include "services/SalesReports.h"
#include "store/OrderRepository.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPagedPaintDevice;

namespace shopcrm {

class Database;

// The monthly revenue review (and the year view): billed, received, outstanding, orders and the
// average order, against the period before and the same period last year; charts of the last 12
// months (billed and received bars, the outstanding line), revenue by product category, the top 10
// customers and revenue and orders by staff member. Clicking a bar or a slice lists the orders
// behind it. The review prints (charts included), exports to PDF, and to XLSX or CSV as figures.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)
public:
    explicit ReportsPage(Database& db, QWidget* parent = nullptr);

    const Review& review() const { return m_review; }
    const QList<TargetProgress>& targets() const { return m_targets; }
    // "2026-11", or "2026-01".."2026-12" in the year view.
    QString firstMonth() const;
    QString lastMonth() const;
    void setMonth(const QDate& month, bool yearView = false);
    // Paints the review on pages (the printer, a PDF); returns the number of pages.
    int paint(QPagedPaintDevice& device);

public slots:
    // Reads the review on a connection of its own in another thread (a year of a large shop takes
    // longer than a click may keep the window); the figures change when it is read: reviewShown.
    void refresh();
    void print();
    void exportPdf(QString path = {});
    void exportFigures(QString path = {});

protected:
    // The review is read when the page is shown (not at start-up), and again each time it comes back.
    void showEvent(QShowEvent* event) override;

signals:
    // The orders behind a bar or a slice, to be listed on the Orders page.
    void showOrders(const shopcrm::OrderFilter& filter, const QString& what);
    // A review asked for by refresh() is on the page (or its error is in the title).
    void reviewShown();

private:
    void buildCharts();
    void updateCards();
    void showTargets();
    OrderFilter periodFilter(const QString& first, const QString& last) const;
    QString periodName() const;

    Database& m_db;
    Review m_review;
    QList<TargetProgress> m_targets;
    QLabel* m_targetsLabel = nullptr;
    BillingBasis m_basis = BillingBasis::OrderDate;
    QComboBox* m_mode = nullptr;
    QDateEdit* m_month = nullptr;
    QLabel* m_title = nullptr;
    QGridLayout* m_cards = nullptr;
    QList<QLabel*> m_cardLabels;
    QChartView* m_trend = nullptr;
    QChartView* m_categories = nullptr;
    QChartView* m_customers = nullptr;
    QChartView* m_staff = nullptr;
    class BackgroundReader* m_reader = nullptr;
};

} // namespace shopcrm
