#include "PriceListDialog.h"

#include "ErrorReporter.h"
#include "SearchHighlight.h"
#include "store/CatalogRepository.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

QString dayText(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

} // namespace

PriceListDialog::PriceListDialog(Database& db, const PriceListFilter& whose, QWidget* parent)
    : QDialog(parent), m_db(db), m_whose(whose)
{
    setObjectName(QStringLiteral("priceListDialog"));
    QString name = whose.grade;
    if (whose.customerId > 0)
        name = Sql(db, QStringLiteral("SELECT name FROM customers WHERE id = ?"))
                   .bind(whose.customerId)
                   .scalar()
                   .toString();
    setWindowTitle(whose.customerId > 0 ? tr("Prices agreed with %1").arg(name)
                                        : tr("Prices agreed for grade %1").arg(name));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        whose.customerId > 0 ? tr("Order and quote lines for this customer start at these prices; a price "
                                  "agreed for their grade applies where they have none of their own.")
                             : tr("Order and quote lines for customers of this grade start at these prices, "
                                  "unless a customer has their own."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("priceListTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Product"), tr("Unit"), tr("Unit price"), tr("From"), tr("Until"), tr("Notes")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 180);
    layout->addWidget(m_table, 1);
    m_issue = new QLabel(this);
    m_issue->setStyleSheet(QStringLiteral("color:#b00020"));
    m_issue->setWordWrap(true);
    layout->addWidget(m_issue);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* add = buttons->addButton(tr("&Add…"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addPriceButton"));
    QPushButton* change = buttons->addButton(tr("&Change…"), QDialogButtonBox::ActionRole);
    QPushButton* remove = buttons->addButton(tr("&Delete"), QDialogButtonBox::ActionRole);
    remove->setObjectName(QStringLiteral("deletePriceButton"));
    QPushButton* fill = buttons->addButton(tr("&Fill from last prices"), QDialogButtonBox::ActionRole);
    fill->setObjectName(QStringLiteral("fillPricesButton"));
    fill->setToolTip(tr("Agree, from today, the price this customer paid last for each product they bought"));
    fill->setVisible(whose.customerId > 0);
    for (QPushButton* b : {add, change, remove, fill})
        b->setAutoDefault(false);
    const bool mayChange = !db.isReadOnly() && db.access().can(Module::Sales, Action::Edit) &&
                           db.access().seesMoney(Module::Sales);
    for (QPushButton* b : {add, change, remove, fill})
        b->setEnabled(mayChange);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] { edit(-1); });
    connect(change, &QPushButton::clicked, this, [this] { edit(m_table->currentRow()); });
    connect(remove, &QPushButton::clicked, this, &PriceListDialog::removeCurrent);
    connect(fill, &QPushButton::clicked, this, &PriceListDialog::fillFromLastPrices);
    if (mayChange) {
        connect(m_table, &QTableWidget::cellActivated, this, [this](int row) { edit(row); });
        auto* del = new QShortcut(QKeySequence::Delete, m_table);
        connect(del, &QShortcut::activated, this, &PriceListDialog::removeCurrent);
    }
    resize(760, 420);
    reload();
}

void PriceListDialog::reload()
{
    if (!ErrorReporter::guard([&] { m_prices = PriceListRepository(m_db).list(m_whose); })) return;
    const QDate today = QDate::currentDate();
    m_table->setRowCount(0);
    for (const NegotiatedPrice& p : std::as_const(m_prices)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{p.product,          p.unit, p.unitPrice.toString(), dayText(p.validFrom),
                                dayText(p.validTo), p.notes};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 2) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            // A price not in force today is greyed.
            if (!p.validOn(today)) item->setForeground(QColor(0x88, 0x88, 0x88));
            m_table->setItem(row, c, item);
        }
    }
    if (m_table->rowCount() > 0) m_table->setCurrentCell(0, 0);
}

bool PriceListDialog::edit(int row)
{
    NegotiatedPrice p;
    if (row >= 0 && row < m_prices.size()) {
        p = m_prices.at(row);
    } else {
        p.customerId = m_whose.customerId;
        p.grade = m_whose.grade;
        p.validFrom = QDate::currentDate();
    }
    PriceEditDialog dialog(m_db, p, this);
    if (dialog.exec() != QDialog::Accepted) return false;
    reload();
    return true;
}

void PriceListDialog::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_prices.size()) return;
    const NegotiatedPrice& p = m_prices.at(row);
    if (QMessageBox::question(this, tr("Delete price?"),
                              tr("Delete the agreed price of %1 (¥%2/%3)? The audit log keeps a copy.")
                                  .arg(p.product, p.unitPrice.toString(), p.unit)) != QMessageBox::Yes)
        return;
    try {
        PriceListRepository(m_db).remove(p.meta.id, p.meta.version);
        m_issue->clear();
    } catch (const StoreError& e) {
        m_issue->setText(e.message());
    }
    reload();
}

void PriceListDialog::fillFromLastPrices()
{
    try {
        const int added =
            PriceListRepository(m_db).fillFromLastPrices(m_whose.customerId, QDate::currentDate());
        m_issue->setText(added > 0 ? tr("%n price(s) agreed from what the customer paid last.", "", added)
                                   : tr("Every product this customer bought has an agreed price already."));
        m_issue->setStyleSheet(QStringLiteral("color:#2e7d32"));
    } catch (const StoreError& e) {
        m_issue->setStyleSheet(QStringLiteral("color:#b00020"));
        m_issue->setText(e.message());
    }
    reload();
}

PriceEditDialog::PriceEditDialog(Database& db, const NegotiatedPrice& price, QWidget* parent)
    : QDialog(parent), m_db(db), m_price(price)
{
    setObjectName(QStringLiteral("priceEditDialog"));
    setWindowTitle(price.meta.id > 0 ? tr("Agreed price of %1").arg(price.product) : tr("New agreed price"));
    m_product = new QLineEdit(price.product, this);
    m_product->setObjectName(QStringLiteral("priceProductEdit"));
    QList<QStringList> products;
    ErrorReporter::guard([&] {
        for (const Product& p : CatalogRepository(db).products())
            products.append({p.name, p.code, p.spec});
    });
    new SearchCompleter(products, m_product);
    m_unit = new QLineEdit(price.unit, this);
    m_unit->setPlaceholderText(tr("as in the catalog"));
    m_unitPrice = new QLineEdit(price.meta.id > 0 ? price.unitPrice.toPlainString() : QString(), this);
    m_unitPrice->setObjectName(QStringLiteral("priceUnitPriceEdit"));
    m_unitPrice->setAlignment(Qt::AlignRight);
    m_hasFrom = new QCheckBox(tr("From"), this);
    m_from = new QDateEdit(price.validFrom.isValid() ? price.validFrom : QDate::currentDate(), this);
    m_hasTo = new QCheckBox(tr("Until"), this);
    m_to = new QDateEdit(price.validTo.isValid() ? price.validTo : QDate::currentDate().addYears(1), this);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_hasFrom->setChecked(price.validFrom.isValid());
    m_hasTo->setChecked(price.validTo.isValid());
    m_from->setEnabled(m_hasFrom->isChecked());
    m_to->setEnabled(m_hasTo->isChecked());
    connect(m_hasFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_hasTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_notes = new QLineEdit(price.notes, this);
    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("priceIssueLabel"));
    m_issue->setStyleSheet(QStringLiteral("color:#b00020"));
    m_issue->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Product"), m_product);
    form->addRow(tr("U&nit"), m_unit);
    form->addRow(tr("&Unit price"), m_unitPrice);
    auto* period = new QHBoxLayout;
    period->addWidget(m_hasFrom);
    period->addWidget(m_from);
    period->addSpacing(12);
    period->addWidget(m_hasTo);
    period->addWidget(m_to);
    period->addStretch(1);
    form->addRow(tr("Period"), period);
    form->addRow(tr("N&otes"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_issue);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (price.meta.id > 0 ? m_unitPrice : m_product)->setFocus();
    resize(520, 0);
}

void PriceEditDialog::save()
{
    QString error;
    const std::optional<Money> unitPrice = Money::parse(m_unitPrice->text().trimmed(), &error);
    if (!unitPrice) {
        m_issue->setText(tr("Unit price: %1").arg(error));
        m_unitPrice->setFocus();
        return;
    }
    NegotiatedPrice p = m_price;
    if (p.product != m_product->text().trimmed())
        p.productId = 0; // another product: matched to the catalog again
    p.product = m_product->text();
    p.unit = m_unit->text();
    p.unitPrice = *unitPrice;
    p.validFrom = m_hasFrom->isChecked() ? m_from->date() : QDate();
    p.validTo = m_hasTo->isChecked() ? m_to->date() : QDate();
    p.notes = m_notes->text();
    try {
        PriceListRepository(m_db).save(p);
    } catch (const ValidationError& e) {
        m_issue->setText(e.message());
        const QString field = e.issues().value(0).field;
        (field == QLatin1String("unit_price") ? m_unitPrice
         : field == QLatin1String("valid_to") ? static_cast<QWidget*>(m_to)
                                              : m_product)
            ->setFocus();
        return;
    } catch (const StoreError& e) {
        // What was typed stays; a conflict says who changed it.
        m_issue->setText(e.message());
        return;
    }
    m_price = p;
    accept();
}

} // namespace shopcrm
