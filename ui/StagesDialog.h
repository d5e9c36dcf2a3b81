#pragma once

#include "domain/Opportunity.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace shopcrm {

class Database;

// The shop's sales stages: name, default probability and whether a stage is open, won or lost,
// in pipeline order. Rows move up and down; a stage removed while opportunities are in it is
// archived instead (they keep it). Saved for every desk.
class StagesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StagesDialog)
public:
    explicit StagesDialog(Database& db, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

public slots:
    void accept() override;

private:
    void addRow(const OpportunityStage& stage);
    void moveRow(int by);
    QList<OpportunityStage> collect() const;

    Database& m_db;
    QList<OpportunityStage> m_loaded;
    QTableWidget* m_table = nullptr;
    QLabel* m_issue = nullptr;
};

} // namespace shopcrm
