#include "PrintActions.h"

#include "DeliveryDialog.h"
#include "DocumentPrintDialog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>

namespace shopcrm {

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::PrintActions)
};

void show(QWidget* parent, Database& db, OutgoingDocument document)
{
    DocumentPrintDialog dialog(db, std::move(document), parent);
    dialog.exec();
}
} // namespace

void PrintActions::workOrder(QWidget* parent, Database& db, qint64 orderId)
{
    try {
        show(parent, db, OutgoingDocument::workOrder(db, orderId));
    } catch (const StoreError& e) {
        QMessageBox::warning(parent, Texts::tr("Cannot print"), e.message());
    }
}

void PrintActions::quote(QWidget* parent, Database& db, qint64 quoteId)
{
    try {
        show(parent, db, OutgoingDocument::quote(db, quoteId));
    } catch (const StoreError& e) {
        QMessageBox::warning(parent, Texts::tr("Cannot print"), e.message());
    }
}

bool PrintActions::deliverySlip(QWidget* parent, Database& db, const QList<qint64>& orderIds)
{
    if (db.isReadOnly()) {
        QMessageBox::information(parent, Texts::tr("Read-only"),
                                 Texts::tr("This database is open read-only; delivery slips cannot be made."));
        return false;
    }
    try {
        DeliveryDialog dialog(db, orderIds, parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        show(parent, db, OutgoingDocument::deliverySlip(db, dialog.slipId()));
        return true;
    } catch (const StoreError& e) {
        QMessageBox::warning(parent, Texts::tr("No delivery slip"), e.message());
        return false;
    }
}

void PrintActions::reprintSlip(QWidget* parent, Database& db, qint64 slipId)
{
    try {
        show(parent, db, OutgoingDocument::deliverySlip(db, slipId));
    } catch (const StoreError& e) {
        QMessageBox::warning(parent, Texts::tr("Cannot print"), e.message());
    }
}

void PrintActions::statement(QWidget* parent, Database& db, qint64 customerId)
{
    QDialog ask(parent);
    ask.setWindowTitle(Texts::tr("Statement period"));
    auto* from = new QDateEdit(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1), &ask);
    auto* to = new QDateEdit(QDate::currentDate(), &ask);
    for (QDateEdit* edit : {from, to})
        edit->setCalendarPopup(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    auto* form = new QFormLayout(&ask);
    form->addRow(Texts::tr("&From"), from);
    form->addRow(Texts::tr("&To"), to);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    if (to->date() < from->date()) {
        QMessageBox::warning(parent, Texts::tr("Statement"), Texts::tr("The period ends before it starts."));
        return;
    }
    try {
        show(parent, db, OutgoingDocument::statement(db, customerId, from->date(), to->date()));
    } catch (const StoreError& e) {
        QMessageBox::warning(parent, Texts::tr("Cannot print"), e.message());
    }
}

void PrintActions::receivables(QWidget* parent, Database& db)
{
    try {
        show(parent, db, OutgoingDocument::receivables(db, QDate::currentDate()));
    } catch (const StoreError& e) {
        QMessageBox::warning(parent, Texts::tr("Cannot print"), e.message());
    }
}

} // namespace shopcrm
