#pragma once

#include "store/CustomerPool.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace shopcrm {

class Database;

// The public pool's rules (Settings): one row for the default and one for each grade with rules
// of its own: days without a follow-up or an order before a customer goes back to the pool, the
// owner's reminder, a former owner's wait, and (default row) the claims a day and the customers one
// person may have. 0 switches a rule off.
class PoolRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolRulesDialog)
public:
    explicit PoolRulesDialog(Database& db, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    PoolRules rulesFromTable() const;

public slots:
    void addGrade(const QString& grade);
    void save();

private:
    void addRow(const QString& grade, const PoolRule& rule);

    Database& m_db;
    QTableWidget* m_table = nullptr;
    QLabel* m_issue = nullptr;
};

} // namespace shopcrm
