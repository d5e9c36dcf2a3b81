#include "PaymentDialog.h"

#include "ConflictDialog.h"

#include "CustomerPicker.h"
#include "store/Database.h"
#include "store/PaymentRepository.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

enum AllocationColumn { OrderColumn, DateColumn, DueColumn, ApplyColumn };
constexpr int kOrderIdRole = Qt::UserRole + 1;

} // namespace

PaymentDialog::PaymentDialog(Database& db, New target, QWidget* parent) : QDialog(parent), m_db(db)
{
    m_payment.customerId = target.customerId;
    m_payment.paidAt = QDateTime::currentDateTimeUtc();
    m_payment.handler = db.session().user;
    m_orderId = target.orderId;
    build();
    if (target.customerId > 0) {
        m_customer->setCustomer(target.customerId, {});
        loadCustomer(target.customerId);
        if (m_orderId > 0) {
            // Against one order: the amount starts at what is due on it.
            m_amount->setText(PaymentRepository(db).dueOn(m_orderId).toPlainString());
            spread();
        }
        m_amount->setFocus();
        m_amount->selectAll();
    } else {
        m_customer->setFocus();
    }
}

PaymentDialog::PaymentDialog(Database& db, qint64 paymentId, QWidget* parent) : QDialog(parent), m_db(db)
{
    m_payment = PaymentRepository(db).get(paymentId);
    build();
    m_customer->setCustomer(m_payment.customerId, m_payment.customerName);
    m_filling = true;
    m_amount->setText(m_payment.amount.toPlainString());
    m_date->setDate(m_payment.paidAt.toLocalTime().date());
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(m_payment.method)));
    m_account->setText(m_payment.account);
    m_handler->setText(m_payment.handler);
    m_reference->setText(m_payment.reference);
    m_note->setText(m_payment.note);
    m_reason->setText(m_payment.reason);
    m_filling = false;
    loadCustomer(m_payment.customerId);
    // Its own allocations, on top of what is still due elsewhere.
    for (const PaymentAllocation& a : m_payment.allocations) {
        int row = -1;
        for (int r = 0; r < m_allocations->rowCount(); ++r)
            if (m_allocations->item(r, OrderColumn)->data(kOrderIdRole).toLongLong() == a.orderId)
                row = r;
        if (row < 0) {
            row = m_allocations->rowCount();
            m_allocations->insertRow(row);
            auto* number = new QTableWidgetItem(a.orderNumber);
            number->setData(kOrderIdRole, a.orderId);
            number->setFlags(number->flags() & ~Qt::ItemIsEditable);
            m_allocations->setItem(row, OrderColumn, number);
            for (int c : {DateColumn, DueColumn}) {
                auto* item = new QTableWidgetItem;
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                m_allocations->setItem(row, c, item);
            }
        }
        m_allocations->setItem(row, ApplyColumn, new QTableWidgetItem(a.amount.toPlainString()));
    }
    const bool deposit = m_payment.depositOf > 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_amount, m_date, m_customer, m_allocations})
        w->setEnabled(!deposit);
    if (deposit)
        m_issue->setText(tr("This is the deposit of an order: its amount and date change on the order."));
    updateSummary();
}

void PaymentDialog::build()
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(m_payment.meta.id > 0 ? tr("Payment %1").arg(m_payment.number) : tr("New payment"));
    resize(640, 560);
    m_customer = new CustomerPicker(m_db, this);
    m_customer->setObjectName(QStringLiteral("paymentCustomerPicker"));
    m_against = new QComboBox(this);
    m_against->setObjectName(QStringLiteral("paymentAgainstComboBox"));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("paymentAmountLineEdit"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setPlaceholderText(tr("e.g. 1,200.00; negative for a refund"));
    m_date = new QDateEdit(m_payment.paidAt.toLocalTime().date(), this);
    m_date->setObjectName(QStringLiteral("paymentDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate());
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("paymentMethodComboBox"));
    for (const PaymentMethod m : PaymentRules::methods())
        m_method->addItem(PaymentRules::methodName(m), static_cast<int>(m));
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(m_payment.method)));
    m_account = new QLineEdit(m_payment.account, this);
    m_account->setPlaceholderText(tr("The shop's account it went into, e.g. 对公 招商银行 …1234"));
    m_handler = new QLineEdit(m_payment.handler, this);
    m_reference = new QLineEdit(m_payment.reference, this);
    m_reference->setPlaceholderText(tr("Transfer or cheque number"));
    m_note = new QLineEdit(m_payment.note, this);
    m_reason = new QLineEdit(m_payment.reason, this);
    m_reason->setObjectName(QStringLiteral("paymentReasonLineEdit"));
    m_allocations = new QTableWidget(0, 4, this);
    m_allocations->setObjectName(QStringLiteral("paymentAllocationsTable"));
    m_allocations->setHorizontalHeaderLabels({tr("Order"), tr("Date"), tr("Due"), tr("This payment")});
    m_allocations->horizontalHeader()->setSectionResizeMode(OrderColumn, QHeaderView::Stretch);
    m_allocations->verticalHeader()->hide();
    m_allocations->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("paymentSummaryLabel"));
    m_summary->setWordWrap(true);
    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("paymentIssueLabel"));
    m_issue->setStyleSheet(QStringLiteral("color:#b00020"));
    m_issue->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("C&ustomer"), m_customer);
    form->addRow(tr("A&gainst"), m_against);
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Method"), m_method);
    form->addRow(tr("Acc&ount"), m_account);
    form->addRow(tr("&Handled by"), m_handler);
    form->addRow(tr("Re&ference"), m_reference);
    form->addRow(tr("&Note"), m_note);
    m_reasonLabel = new QLabel(tr("Refund &reason"), this);
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_reasonLabel, m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Return)"));
    if (m_payment.meta.id > 0 && m_payment.depositOf == 0) {
        QPushButton* remove = buttons->addButton(tr("De&lete"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("paymentDeleteButton"));
        connect(remove, &QPushButton::clicked, this, &PaymentDialog::removePayment);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_allocations, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_issue);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &PaymentDialog::save);
    connect(m_customer, &CustomerPicker::customerChosen, this, [this](qint64 id) {
        m_orderId = 0;
        loadCustomer(id);
        m_amount->setFocus();
    });
    connect(m_against, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_orderId = m_against->currentData().toLongLong();
        if (m_orderId > 0 && amount().value_or(Money()).isZero())
            m_amount->setText(PaymentRepository(m_db).dueOn(m_orderId).toPlainString());
        spread();
    });
    connect(m_amount, &QLineEdit::textEdited, this, &PaymentDialog::spread);
    connect(m_allocations, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            updateSummary();
    });
    m_reason->setVisible(false);
    m_reasonLabel->setVisible(false);
}

void PaymentDialog::loadCustomer(qint64 customerId)
{
    m_filling = true;
    m_against->clear();
    m_against->addItem(tr("On account — the oldest unpaid orders first"), 0);
    m_allocations->setRowCount(0);
    for (const OpenOrder& o : PaymentRepository(m_db).openOrders(customerId)) {
        m_against->addItem(tr("%1 — due %2").arg(o.number, o.due().toString()), o.id);
        const int row = m_allocations->rowCount();
        m_allocations->insertRow(row);
        auto* number = new QTableWidgetItem(o.number);
        number->setData(kOrderIdRole, o.id);
        number->setFlags(number->flags() & ~Qt::ItemIsEditable);
        auto* date = new QTableWidgetItem(o.orderDate.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
        date->setFlags(date->flags() & ~Qt::ItemIsEditable);
        auto* due = new QTableWidgetItem(o.due().toString());
        due->setFlags(due->flags() & ~Qt::ItemIsEditable);
        due->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_allocations->setItem(row, OrderColumn, number);
        m_allocations->setItem(row, DateColumn, date);
        m_allocations->setItem(row, DueColumn, due);
        auto* apply = new QTableWidgetItem;
        apply->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_allocations->setItem(row, ApplyColumn, apply);
    }
    m_against->setCurrentIndex(std::max(0, m_against->findData(m_orderId)));
    m_filling = false;
    updateSummary();
}

std::optional<Money> PaymentDialog::amount(QString* error) const
{
    return Money::parse(m_amount->text().trimmed(), error);
}

void PaymentDialog::spread()
{
    const Money total = amount().value_or(Money());
    const bool refund = total.fen() < 0;
    m_reason->setVisible(refund);
    m_reasonLabel->setVisible(refund);
    m_filling = true;
    Money left = total;
    for (int row = 0; row < m_allocations->rowCount(); ++row) {
        const qint64 id = m_allocations->item(row, OrderColumn)->data(kOrderIdRole).toLongLong();
        const Money due = Money::parse(m_allocations->item(row, DueColumn)->text()).value_or(Money());
        Money apply;
        if (!refund && left.fen() > 0 && (m_orderId == 0 || m_orderId == id)) {
            apply = std::min(left, due);
            left -= apply;
        }
        m_allocations->item(row, ApplyColumn)->setText(apply.isZero() ? QString() : apply.toPlainString());
    }
    m_filling = false;
    updateSummary();
}

void PaymentDialog::updateSummary()
{
    QString error;
    const std::optional<Money> total = amount(&error);
    if (!total) {
        m_summary->setText(m_amount->text().trimmed().isEmpty() ? QString() : error);
        return;
    }
    const Payment p = collect();
    QStringList parts;
    for (const PaymentAllocation& a : p.allocations)
        parts.append(tr("%1 %2").arg(a.orderNumber, a.amount.toString()));
    QString text = parts.isEmpty() ? tr("Not put on any order.") : tr("Settles: %1").arg(parts.join(QStringLiteral("; ")));
    if (!p.isRefund() && p.unallocated().fen() > 0)
        text += QLatin1Char('\n') + tr("%1 more than is put on orders: it stays on the account as credit.")
                                        .arg(p.unallocated().toString());
    m_summary->setText(text);
}

Payment PaymentDialog::collect() const
{
    Payment p = m_payment;
    p.customerId = m_customer->customerId();
    p.amount = amount().value_or(Money());
    // Today's payment keeps the time it is entered; an earlier day is noon of that day.
    const QDate day = m_date->date();
    const QDate before = m_payment.paidAt.isValid() ? m_payment.paidAt.toLocalTime().date() : QDate();
    if (day != before)
        p.paidAt = day == QDate::currentDate() ? QDateTime::currentDateTimeUtc() : QDateTime(day, QTime(12, 0)).toUTC();
    p.method = static_cast<PaymentMethod>(m_method->currentData().toInt());
    p.account = m_account->text();
    p.handler = m_handler->text();
    p.reference = m_reference->text();
    p.note = m_note->text();
    p.reason = p.amount.fen() < 0 ? m_reason->text() : QString();
    p.allocations.clear();
    for (int row = 0; row < m_allocations->rowCount(); ++row) {
        const QTableWidgetItem* apply = m_allocations->item(row, ApplyColumn);
        const std::optional<Money> value = apply ? Money::parse(apply->text()) : std::nullopt;
        if (value && !value->isZero())
            p.allocations.append({m_allocations->item(row, OrderColumn)->data(kOrderIdRole).toLongLong(),
                                  m_allocations->item(row, OrderColumn)->text(), *value});
    }
    return p;
}

void PaymentDialog::save()
{
    QString error;
    if (!amount(&error)) {
        m_issue->setText(tr("Amount: %1").arg(error));
        m_amount->setFocus();
        return;
    }
    for (int row = 0; row < m_allocations->rowCount(); ++row) {
        const QString text = m_allocations->item(row, ApplyColumn)->text().trimmed();
        if (!text.isEmpty() && !Money::parse(text, &error)) {
            m_issue->setText(tr("%1: %2").arg(m_allocations->item(row, OrderColumn)->text(), error));
            m_allocations->setCurrentCell(row, ApplyColumn);
            return;
        }
    }
    PaymentRepository repository(m_db);
    auto attempt = [&](Overpayment overpayment) {
        Payment p = collect();
        try {
            if (p.meta.id > 0)
                repository.update(p, overpayment);
            else
                repository.create(p, p.allocations.isEmpty() ? m_orderId : 0, overpayment);
        } catch (const StoreError& e) {
            if (e.kind() != StoreError::Kind::Conflict)
                throw;
            const std::optional<Payment> merged = mergeAndSave<Payment>(
                this, m_payment, p, [&](qint64 id) { return repository.get(id); }, &RecordMerges::payment,
                [&](Payment& m) { repository.update(m, overpayment); },
                [](const Payment& m) { return tr("Payment %1").arg(m.number); });
            if (!merged)
                throw StoreError(StoreError::Kind::Conflict, tr("Not saved: another desk changed this payment."));
            p = *merged;
        }
        m_payment = p;
    };
    try {
        try {
            attempt(Overpayment::Refuse);
        } catch (const ValidationError& e) {
            if (e.issues().value(0).field != QLatin1String("overpayment"))
                throw;
            if (QMessageBox::question(this, tr("More than is due"),
                                      e.message() + QStringLiteral("\n\n") + tr("Keep the difference as credit?")) !=
                QMessageBox::Yes)
                return;
            attempt(Overpayment::KeepAsCredit);
        }
        accept();
    } catch (const StoreError& e) {
        m_issue->setText(e.message());
    }
}

void PaymentDialog::removePayment()
{
    if (QMessageBox::question(this, tr("Delete payment?"),
                              tr("Delete payment %1 of %2? The orders it settled become due again. The audit log keeps "
                                 "a copy.")
                                  .arg(m_payment.number, m_payment.amount.toString())) != QMessageBox::Yes)
        return;
    try {
        PaymentRepository(m_db).remove(m_payment.meta.id, m_payment.meta.version);
        accept();
    } catch (const StoreError& e) {
        m_issue->setText(e.message());
    }
}

} // namespace shopcrm
