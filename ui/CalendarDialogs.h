#pragma once

#include "domain/Calendar.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace shopcrm {

class CustomerPicker;
class Database;

// One task: what, for whom, by when, about which customer and order; done or to do. Ctrl+S or OK
// saves; errors show in the form with what was typed kept; Esc asks before dropping changes.
class TaskDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDialog)
public:
    // A new task (prefilled: due, customer), or an existing one by id.
    TaskDialog(Database& db, const Task& fresh, QWidget* parent = nullptr);
    TaskDialog(Database& db, qint64 id, QWidget* parent = nullptr);
    bool changed() const { return m_changed; }
    const Task& task() const { return m_task; }
    bool save();

    void reject() override;

private:
    void build();
    void load();
    void loadOrders(qint64 customerId);
    Task collect() const;
    bool isModified() const;

    Database& m_db;
    Task m_task;
    Task m_loaded;
    bool m_changed = false;
    QLineEdit* m_title = nullptr;
    CustomerPicker* m_customer = nullptr;
    QComboBox* m_order = nullptr;
    QComboBox* m_assignee = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateTimeEdit* m_due = nullptr;
    QCheckBox* m_done = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_issue = nullptr;
    QPushButton* m_delete = nullptr;
};

// One appointment: what, when, where, who, for which customer. While the times or people change it
// says whom it would double-book and with what; saving a clash asks first.
class AppointmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentDialog)
public:
    AppointmentDialog(Database& db, const Appointment& fresh, QWidget* parent = nullptr);
    AppointmentDialog(Database& db, qint64 id, QWidget* parent = nullptr);
    bool changed() const { return m_changed; }
    const Appointment& appointment() const { return m_appointment; }
    // Saves; with clashes, only after the user agrees (or when `askAboutClashes` is false).
    bool save(bool askAboutClashes = true);
    QString clashText() const;

    void reject() override;

private:
    void build();
    void load();
    Appointment collect() const;
    bool isModified() const;
    void updateClashes();

    Database& m_db;
    Appointment m_appointment;
    Appointment m_loaded;
    bool m_changed = false;
    bool m_loading = false;
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QDateTimeEdit* m_end = nullptr;
    QLineEdit* m_place = nullptr;
    QListWidget* m_people = nullptr;
    CustomerPicker* m_customer = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_clashes = nullptr;
    QLabel* m_issue = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace shopcrm
