#include "DeliveryDialog.h"

#include "store/Database.h"
#include "store/DeliveryRepository.h"
#include "store/OrderRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopcrm {

namespace {
enum { OrderCol, ProductCol, OrderedCol, DeliveredCol, RemainingCol, NowCol, ColumnCount };
}

DeliveryDialog::DeliveryDialog(Database& db, const QList<qint64>& orderIds, QWidget* parent)
    : QDialog(parent), m_db(db), m_orderIds(orderIds)
{
    setObjectName(QStringLiteral("deliveryDialog"));
    setWindowTitle(tr("New delivery slip"));
    resize(820, 460);
    m_lines = new QTableWidget(0, ColumnCount, this);
    m_lines->setObjectName(QStringLiteral("deliveryLinesTable"));
    m_lines->setHorizontalHeaderLabels({tr("Order"), tr("Product"), tr("Ordered"), tr("Delivered"), tr("Remaining"),
                                        tr("Deliver now")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(ProductCol, QHeaderView::Stretch);
    OrderRepository orders(db);
    QHash<qint64, Deliverable> state;
    for (const Deliverable& d : DeliveryRepository(db).deliverables(orderIds))
        state.insert(d.orderLineId, d);
    QString customer;
    for (const qint64 id : orderIds) {
        const Order o = orders.get(id);
        customer = o.customerName;
        for (const OrderLine& l : o.lines) {
            const Deliverable d = state.value(l.id);
            const int row = m_lines->rowCount();
            m_lines->insertRow(row);
            auto cell = [&](int column, const QString& text, bool editable = false) {
                auto* item = new QTableWidgetItem(text);
                if (!editable)
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                if (column >= OrderedCol)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_lines->setItem(row, column, item);
                return item;
            };
            cell(OrderCol, o.number)->setData(Qt::UserRole, l.id);
            cell(ProductCol, (l.product.isEmpty() ? l.description : l.product) +
                                 (l.widthMm > 0 ? QStringLiteral("  %1×%2").arg(l.widthMm).arg(l.heightMm) : QString()));
            cell(OrderedCol, l.quantity.toString() + QLatin1Char(' ') + l.unit);
            cell(DeliveredCol, d.delivered.toString());
            cell(RemainingCol, d.remaining().toString());
            cell(NowCol, d.remaining().toString(), d.remaining().milli() > 0);
        }
    }
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("deliveryNotesLineEdit"));
    m_notes->setPlaceholderText(tr("Notes on the slip, e.g. left at reception"));
    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("deliveryIssueLabel"));
    m_issue->setStyleSheet(QStringLiteral("color:#b00020"));
    m_issue->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create slip and print…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeliveryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Delivery to %1. Lower \"Deliver now\" for a part delivery; what is left stays on "
                                    "the order.").arg(customer),
                                 this));
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_issue);
    layout->addWidget(buttons);
}

void DeliveryDialog::accept()
{
    QHash<qint64, Quantity> quantities;
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        const qint64 lineId = m_lines->item(r, OrderCol)->data(Qt::UserRole).toLongLong();
        QString error;
        const std::optional<Quantity> q = Quantity::parse(m_lines->item(r, NowCol)->text(), &error);
        if (!q) {
            m_issue->setText(tr("Line %1: %2").arg(r + 1).arg(error));
            m_lines->setCurrentCell(r, NowCol);
            return;
        }
        quantities.insert(lineId, *q);
    }
    try {
        m_slipId = DeliveryRepository(m_db).create(m_orderIds, quantities, m_notes->text()).meta.id;
        QDialog::accept();
    } catch (const StoreError& e) {
        m_issue->setText(e.message());
    }
}

} // namespace shopcrm
