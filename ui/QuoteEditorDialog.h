#pragma once

#include "domain/Quote.h"
#include "store/QuoteRepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace shopcrm {

class CustomerPicker;
class Database;
class LinesEditor;

// Writes or opens one quote (报价单), built as an order is: the customer, the lines with area
// pricing and the customer's last prices, the validity and the terms. Enter or Ctrl+Return saves
// and closes, Ctrl+S saves, Ctrl+P prints. An answered quote is read-only until reopened or
// revised; "Save as new revision" keeps what the customer was sent and saves the changes as the
// next revision. "Make order" turns the latest revision into an order in one step.
class QuoteEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteEditorDialog)
public:
    // A new quote, for this customer or opportunity when given.
    struct New
    {
        qint64 customerId = 0;
        qint64 opportunityId = 0;
    };
    QuoteEditorDialog(Database& db, qint64 id, QWidget* parent = nullptr);
    QuoteEditorDialog(Database& db, const New& fresh, QWidget* parent = nullptr);

    qint64 quoteId() const { return m_quote.meta.id; }
    const Quote& quote() const { return m_quote; }
    bool changed() const { return m_changed; }
    // The order made here, 0 when none.
    qint64 orderMade() const { return m_orderMade; }
    Quote quoteFromForm() const;
    LinesEditor* linesEditor() const { return m_lines; }
    // Fills a new quote with an order's customer and lines (quoting a repeat job).
    void loadFromOrder(const Order& order);

public slots:
    bool save();
    bool saveRevision();
    void saveAndClose();
    void reject() override;
    void setStatus(shopcrm::QuoteStatus status);
    bool makeOrder();
    void print();

private:
    void buildUi();
    void load(const Quote& quote);
    void reload();
    void updateState();
    void updateTotal();
    void fillOpportunities();
    void customerChosen(qint64 id);
    void offerNewCustomer(const QString& name);
    void showIssues(const QList<FieldIssue>& issues);
    bool store(bool asRevision);
    bool saveFirst();
    bool isModified() const;
    QString snapshot() const;
    bool editable() const;

    Database& m_db;
    QuoteRepository m_repository;
    Quote m_quote;
    QString m_loaded;
    bool m_changed = false;
    bool m_revising = false; // an answered quote opened for its next revision
    qint64 m_orderMade = 0;

    CustomerPicker* m_customer = nullptr;
    QPushButton* m_newCustomer = nullptr;
    QLabel* m_number = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QDateEdit* m_date = nullptr;
    QDateEdit* m_validUntil = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_opportunity = nullptr;
    LinesEditor* m_lines = nullptr;
    QPlainTextEdit* m_terms = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_words = nullptr;
    QLabel* m_state = nullptr;
    QListWidget* m_revisions = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_issues = nullptr;
    QPushButton* m_saveClose = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revise = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_decline = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_order = nullptr;
    QList<QWidget*> m_editors;
};

} // namespace shopcrm
