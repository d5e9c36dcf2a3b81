#pragma once

#include "domain/Customer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace shopcrm {

class Database;

// Asks before a customer is archived (hidden, data kept) or restored; true when the user agrees.
bool confirmArchiveChange(QWidget* parent, const QString& name, bool archive);

// Edits one customer and its contacts. Ctrl+S or Enter saves, Esc cancels (asking first when
// something changed). Problems are shown next to their field; nothing is saved until they are fixed.
class CustomerEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerEditorDialog)
public:
    // id 0: a new customer.
    CustomerEditorDialog(Database& db, qint64 id, QWidget* parent = nullptr);

    qint64 customerId() const { return m_customer.meta.id; }
    // A form that found no customer by this name offers to create one (asking first when a name
    // was typed); returns the customer created, or the existing one the user opened instead, or 0.
    static qint64 offerNew(Database& db, const QString& name, QWidget* parent);
    // Set when the user chose to open an existing duplicate instead of saving.
    qint64 openInstead() const { return m_openInstead; }
    Customer customerFromForm() const;
    // Opens on the timeline with the cursor in its quick entry (existing customers).
    void showTimeline();
    // A follow-up was recorded, changed or deleted here (the customer list should refresh).
    bool followUpsChanged() const { return m_followUpsChanged; }

public slots:
    bool save();
    void reject() override;

private:
    bool saveMerged(const Customer& mine);
    void buildUi();
    void load(const Customer& customer);
    void showIssues(const QList<FieldIssue>& issues);
    void addContactRow(const Contact& contact);
    void addContact();
    void removeContact();
    void makePrimary();
    void toggleArchived();
    bool isModified() const;
    QLabel* issueLabel(const QString& objectName);
    void updateBalance();

    Database& m_db;
    Customer m_customer;
    QString m_loadedJson;
    qint64 m_openInstead = 0;

    QTabWidget* m_tabs = nullptr;
    class CustomerTimeline* m_timeline = nullptr;
    bool m_followUpsChanged = false;
    QLabel* m_balance = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_shortName = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_grade = nullptr;
    QLineEdit* m_tags = nullptr;
    QLineEdit* m_industry = nullptr;
    QLineEdit* m_province = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_district = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_phones = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_wechat = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_campaign = nullptr;
    QLineEdit* m_owner = nullptr;
    QComboBox* m_terms = nullptr;
    QSpinBox* m_paymentDays = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTableWidget* m_contacts = nullptr;
    QLabel* m_nameIssue = nullptr;
    QLabel* m_phonesIssue = nullptr;
    QLabel* m_emailIssue = nullptr;
    QLabel* m_daysIssue = nullptr;
    QLabel* m_contactsIssue = nullptr;
    QPushButton* m_archiveButton = nullptr;
    QList<Contact> m_loadedContacts; // ids and versions behind the table rows
};

} // namespace shopcrm
