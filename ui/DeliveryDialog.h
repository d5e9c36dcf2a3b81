#pragma once

#include "domain/Delivery.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace shopcrm {

class Database;

// Makes a delivery slip straight from one or several orders of one customer: every line with what
// was ordered, what went out already and what remains; "now" starts at what remains and can be
// lowered for a part delivery (or set to 0 to leave a line for later).
class DeliveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryDialog)
public:
    DeliveryDialog(Database& db, const QList<qint64>& orderIds, QWidget* parent = nullptr);
    qint64 slipId() const { return m_slipId; }
    void accept() override;

private:
    Database& m_db;
    QList<qint64> m_orderIds;
    QTableWidget* m_lines = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_issue = nullptr;
    qint64 m_slipId = 0;
};

} // namespace shopcrm
