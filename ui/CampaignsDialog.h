#pragma once

#include "domain/Campaign.h"

#include <QDialog>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace shopcrm {

class Database;

// One campaign: name, channel, days, budget, cost, how long after its end what it brought counts,
// its list's saved search and notes. Errors show in the form with what was typed kept.
class CampaignEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignEditorDialog)
public:
    CampaignEditorDialog(Database& db, const Campaign& campaign, QWidget* parent = nullptr);
    const Campaign& campaign() const { return m_campaign; }
    bool save();

private:
    Database& m_db;
    Campaign m_campaign;
    QLineEdit* m_name = nullptr;
    QComboBox* m_channel = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_budget = nullptr;
    QLineEdit* m_cost = nullptr;
    QSpinBox* m_window = nullptr;
    QLineEdit* m_filter = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_picked = nullptr;
    QLabel* m_issue = nullptr;
    QList<qint64> m_pickedIds;
    bool m_clearPicked = false; // the picked customers go when it is saved
    void showPicked();
};

// Marketing campaigns (营销效果分析): those that ran in a period with what each brought — new
// customers, orders, revenue, cost per new customer, ROI — charted revenue against cost, and the
// lead sources of the same period. New, edit (double click or Enter) and delete.
class CampaignsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsDialog)
public:
    explicit CampaignsDialog(Database& db, QWidget* parent = nullptr);
    QTableWidget* campaignTable() const { return m_campaigns; }
    QTableWidget* sourceTable() const { return m_sources; }
    void setPeriod(const QDate& from, const QDate& to);

public slots:
    void refresh();
    void newCampaign();
    void editCampaign();
    void deleteCampaign();

private:
    qint64 currentId() const;
    // Everyone on the selected campaign's list; empty (having said why) when there is no one.
    QList<qint64> audience();

    Database& m_db;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableWidget* m_campaigns = nullptr;
    QTableWidget* m_sources = nullptr;
    QChartView* m_chart = nullptr;
    QList<CampaignResult> m_results;
};

} // namespace shopcrm
