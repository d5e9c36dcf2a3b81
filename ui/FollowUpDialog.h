#pragma once

#include "domain/FollowUp.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace shopcrm {

class AttachmentsEditor;

class CustomerPicker;
class Database;

// Records or edits one follow-up, keyboard first: it opens on the details with now, the desk's
// staff member and the customer's primary contact filled in; Ctrl+Return saves, Esc asks before
// discarding typed text. Files can be attached (kept in the database, size-limited).
class FollowUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpDialog)
public:
    // What a new follow-up is with: a customer (0: chosen in the dialog), optionally about an order.
    struct New
    {
        qint64 customerId = 0;
        qint64 orderId = 0;
    };
    FollowUpDialog(Database& db, New about, QWidget* parent = nullptr);
    // An existing follow-up.
    FollowUpDialog(Database& db, qint64 followUpId, QWidget* parent = nullptr);

    qint64 followUpId() const { return m_followUp.meta.id; }
    bool wasDeleted() const { return m_deleted; }
    AttachmentsEditor* attachments() const { return m_attachments; }

public slots:
    void reject() override;

private:
    void build();
    void load();
    void loadCustomer(qint64 customerId);
    void save();
    void removeFollowUp();
    void refreshSettles();
    FollowUp collect() const;
    bool isModified() const;

    Database& m_db;
    FollowUp m_followUp;
    FollowUp m_loaded;
    bool m_deleted = false;
    CustomerPicker* m_customer = nullptr;
    QComboBox* m_contact = nullptr;
    QDateTimeEdit* m_at = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_staff = nullptr;
    QCheckBox* m_planNext = nullptr;
    QDateEdit* m_nextDate = nullptr;
    QLineEdit* m_nextAction = nullptr;
    QCheckBox* m_nextDone = nullptr;
    QCheckBox* m_settles = nullptr;
    QComboBox* m_order = nullptr;
    AttachmentsEditor* m_attachments = nullptr;
    QLabel* m_issue = nullptr;
};

} // namespace shopcrm
