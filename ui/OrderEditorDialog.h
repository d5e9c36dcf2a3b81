#pragma once

#include "domain/Order.h"
#include "store/OrderRepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace shopcrm {

class CustomerPicker;
class LinesEditor;
class Database;
class OrderLinesModel;

// Enters or edits one order, keyboard first: the customer is found while typing (or created on
// the spot), lines are a table edited in place (Tab moves on and adds a line at the end), the
// customer's last prices for the current line's product are shown and Ctrl+L uses the latest.
// Enter or Ctrl+Return saves and closes, Ctrl+S saves and stays, Esc closes (asking first when
// something changed). Delivered and cancelled orders open read-only until reopened.
class OrderEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderEditorDialog)
public:
    // id 0: a new order.
    OrderEditorDialog(Database& db, qint64 id, QWidget* parent = nullptr);

    qint64 orderId() const { return m_order.meta.id; }
    // True once anything was saved (the list should refresh).
    bool changed() const { return m_changed; }
    void setCustomer(qint64 customerId);
    // Fills the form with a copy of an order (same customer, lines and staff; new dates).
    void loadCopyOf(const Order& order);
    Order orderFromForm() const;
    OrderLinesModel* linesModel() const { return m_lines; }

public slots:
    bool save();
    void saveAndClose();
    void reject() override;
    void changeStatus(shopcrm::OrderStatus status);
    void reopen();
    void duplicateAsNew();

private:
    void buildUi();
    void load(const Order& order);
    void updateReadOnly();
    void updateTotal();
    void updatePaid(); // paid / partly paid / unpaid and what is due, for a saved order
    void showIssues(const QList<FieldIssue>& issues);
    bool saveMerged(const Order& mine);
    void customerChosen(qint64 id);
    void offerNewCustomer(const QString& name);
    void addStaffRow(const OrderStaff& staff);
    bool isModified() const;
    bool saveFirst();
    QString snapshot() const;

    Database& m_db;
    OrderRepository m_repository;
    Order m_order;
    QString m_loaded;
    bool m_changed = false;
    bool m_money = true; // the role sees prices (set before the form is built)

    CustomerPicker* m_customer = nullptr;
    QLabel* m_number = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QDateTimeEdit* m_orderDate = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateTimeEdit* m_due = nullptr;
    QCheckBox* m_urgent = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_campaign = nullptr;
    LinesEditor* m_linesEditor = nullptr;
    QTableView* m_linesView = nullptr;
    OrderLinesModel* m_lines = nullptr;
    QTableWidget* m_staff = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLineEdit* m_deposit = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_paid = nullptr;
    QPushButton* m_payment = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_readOnlyNotice = nullptr;
    QListWidget* m_history = nullptr;
    QLabel* m_issues = nullptr;
    QList<QPushButton*> m_statusButtons;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_saveClose = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_printWork = nullptr;
    QPushButton* m_deliver = nullptr;
    QList<QWidget*> m_editors; // disabled while read-only
};

} // namespace shopcrm
