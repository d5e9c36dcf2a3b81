#pragma once

#include "domain/ServiceRequest.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace shopcrm {

class Database;

// Settings ▸ Service hours and targets: the days and hours the shop is open, with its holidays
// and make-up working days (due times count only open hours), the hours to resolve a request of each
// priority, and the request types offered.
class ServiceSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceSettingsDialog)
public:
    explicit ServiceSettingsDialog(Database& db, QWidget* parent = nullptr);
    OpeningHours hours() const;
    ServiceTargets targets() const;
    QStringList types() const;

public slots:
    // Saves all three; false (with the reason shown) when something was refused.
    bool save();

private:
    Database& m_db;
    QList<QCheckBox*> m_days;
    QTimeEdit* m_open = nullptr;
    QTimeEdit* m_close = nullptr;
    QPlainTextEdit* m_closedDays = nullptr;
    QPlainTextEdit* m_extraDays = nullptr;
    QList<QSpinBox*> m_targets;
    QPlainTextEdit* m_types = nullptr;
    QLabel* m_issue = nullptr;
};

} // namespace shopcrm
