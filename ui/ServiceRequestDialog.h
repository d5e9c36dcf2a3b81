#pragma once

#include "domain/ServiceRequest.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace shopcrm {

class AttachmentsEditor;
class CustomerPicker;
class Database;
class ServiceRepository;

// Records or works on one service request. The due time follows the priority's target (in opening
// hours) until it is set by hand. The buttons below move it on: start, wait for the customer,
// resolved (the resolution is needed), reject (the reason is needed), close with the customer's
// rating, reopen; each step is listed under 服务进度. Enter or Ctrl+S saves, Esc asks before
// dropping what was typed; a conflict with another desk keeps it.
class ServiceRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceRequestDialog)
public:
    struct New
    {
        qint64 customerId = 0;
        qint64 orderId = 0;
    };
    ServiceRequestDialog(Database& db, New fresh, QWidget* parent = nullptr);
    ServiceRequestDialog(Database& db, qint64 id, QWidget* parent = nullptr);

    const ServiceRequest& request() const { return m_request; }
    AttachmentsEditor* files() const { return m_files; }
    bool changed() const { return m_changed; }
    // The reprint order made from this form, 0 when none.
    qint64 reprintOrderId() const { return m_reprintOrderId; }

public slots:
    // Saves what is typed; false (with the reason shown) when it was not saved.
    bool save();
    // Saves, then moves it to `status` (a rating for closing: 1–5, 0 none).
    bool moveTo(shopcrm::ServiceStatus status, int rating = 0);
    void reject() override;
    // Saves, then opens a new order copied from the request's order (Reprint order…).
    void makeReprint();

private:
    void build();
    void load();
    void loadOrders(qint64 customerId);
    void priorityChanged();
    void updateButtons();
    ServiceRequest collect() const;
    bool isModified() const;
    void showIssue(const QString& message, const QString& field = {});
    // Runs a write, then shows the request as saved; a refusal is shown where the user acted.
    bool attempt(const std::function<void(ServiceRepository&)>& write);

    Database& m_db;
    ServiceRequest m_request;
    ServiceRequest m_loaded;
    bool m_changed = false;
    bool m_dueEdited = false;
    bool m_loading = false;
    QLabel* m_number = nullptr;
    CustomerPicker* m_customer = nullptr;
    QLineEdit* m_contact = nullptr;
    QComboBox* m_order = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_assignee = nullptr;
    QDateTimeEdit* m_due = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_resolution = nullptr;
    QLabel* m_status = nullptr;
    AttachmentsEditor* m_files = nullptr;
    QListWidget* m_progress = nullptr;
    QLabel* m_issue = nullptr;
    QList<QPushButton*> m_moves;
    QPushButton* m_reprint = nullptr;
    qint64 m_reprintOrderId = 0;
};

} // namespace shopcrm
