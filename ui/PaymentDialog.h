#pragma once

#include "domain/Payment.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace shopcrm {

class CustomerPicker;
class Database;

// Records money received (or a refund) against one order or on a customer's account. The table
// shows the customer's unpaid orders with what this payment puts on each: oldest first by
// default, every cell editable. More than is due asks whether to keep the rest as credit.
class PaymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentDialog)
public:
    struct New
    {
        qint64 customerId = 0;
        qint64 orderId = 0;
    };
    PaymentDialog(Database& db, New target, QWidget* parent = nullptr);
    PaymentDialog(Database& db, qint64 paymentId, QWidget* parent = nullptr);

    qint64 paymentId() const { return m_payment.meta.id; }

public slots:
    void save();

private:
    void build();
    void loadCustomer(qint64 customerId);
    void spread(); // fills the table from the amount and the chosen order
    void updateSummary();
    std::optional<Money> amount(QString* error = nullptr) const;
    Payment collect() const;
    void removePayment();

    Database& m_db;
    Payment m_payment;
    qint64 m_orderId = 0;
    CustomerPicker* m_customer = nullptr;
    QComboBox* m_against = nullptr;
    QLineEdit* m_amount = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_account = nullptr;
    QLineEdit* m_handler = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_note = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QTableWidget* m_allocations = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_issue = nullptr;
    bool m_filling = false;
};

} // namespace shopcrm
