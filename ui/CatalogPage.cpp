#include "CatalogPage.h"

#include "BackgroundReader.h"

#include "SearchHighlight.h"

#include "ErrorReporter.h"
#include "ImportWizard.h"
#include "ListViews.h"
#include "services/Exports.h"

#include "store/CatalogRepository.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;


QTableWidgetItem* item(const QString& text, qint64 id = 0, bool right = false)
{
    auto* i = new QTableWidgetItem(text);
    if (id > 0)
        i->setData(kIdRole, id);
    if (right)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

// Lays out a catalog dialog: its form, a line for problems under it, and Save / Cancel.
QLabel* finishForm(QDialog* dialog, QFormLayout* form, const std::function<void()>& save)
{
    auto* issue = new QLabel(dialog);
    issue->setStyleSheet(QStringLiteral("color:#b00020"));
    issue->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, save);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(issue);
    layout->addWidget(buttons);
    return issue;
}

// Edits one product: every field on one form, the price checked with the Money rules.
class ProductDialog final : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::ProductDialog)
public:
    ProductDialog(Database& db, const Product& product, QWidget* parent) : QDialog(parent), m_db(db), m_product(product)
    {
        setObjectName(QStringLiteral("productDialog"));
        setWindowTitle(product.meta.id > 0 ? tr("Product %1").arg(product.name) : tr("New product"));
        m_name = new QLineEdit(product.name, this);
        m_name->setObjectName(QStringLiteral("productNameLineEdit"));
        m_category = new QComboBox(this);
        m_category->setObjectName(QStringLiteral("categoryComboBox"));
        m_category->setEditable(true);
        m_category->addItem(QString(), 0);
        for (const ProductCategory& c : CatalogRepository(db).categories())
            m_category->addItem(c.name, c.meta.id);
        m_category->setCurrentIndex(std::max(0, m_category->findData(product.categoryId)));
        m_code = new QLineEdit(product.code, this);
        m_code->setObjectName(QStringLiteral("productCodeLineEdit"));
        m_code->setPlaceholderText(tr("optional, e.g. MP-90"));
        m_spec = new QLineEdit(product.spec, this);
        m_spec->setObjectName(QStringLiteral("specLineEdit"));
        m_pricing = new QComboBox(this);
        m_pricing->setObjectName(QStringLiteral("pricingComboBox"));
        m_pricing->addItem(CatalogRules::pricingName(PricingMode::PerUnit), static_cast<int>(PricingMode::PerUnit));
        m_pricing->addItem(CatalogRules::pricingName(PricingMode::PerArea), static_cast<int>(PricingMode::PerArea));
        m_pricing->setCurrentIndex(product.pricing == PricingMode::PerArea ? 1 : 0);
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("unitComboBox"));
        m_unit->setEditable(true);
        m_unit->addItems(CatalogRules::commonUnits());
        m_unit->setCurrentText(product.unit);
        m_price = new QLineEdit(product.unitPrice.toPlainString(), this);
        m_price->setObjectName(QStringLiteral("priceLineEdit"));
        m_cost = new QLineEdit(product.cost ? product.cost->toPlainString() : QString(), this);
        m_cost->setObjectName(QStringLiteral("costLineEdit"));
        m_cost->setPlaceholderText(tr("optional"));
        auto* form = new QFormLayout;
        form->addRow(tr("&Name"), m_name);
        form->addRow(tr("Cod&e"), m_code);
        form->addRow(tr("&Category"), m_category);
        form->addRow(tr("&Spec / material"), m_spec);
        form->addRow(tr("&Pricing"), m_pricing);
        form->addRow(tr("&Unit"), m_unit);
        form->addRow(tr("&Default price"), m_price);
        form->addRow(tr("C&ost"), m_cost);
        m_issue = finishForm(this, form, [this] { save(); });
        connect(m_pricing, &QComboBox::currentIndexChanged, this, [this](int index) {
            m_unit->setEnabled(index == 0);
            if (index == 1)
                m_unit->setCurrentText(CatalogRules::areaUnit());
        });
        m_unit->setEnabled(product.pricing == PricingMode::PerUnit);
    }
    qint64 productId() const { return m_product.meta.id; }

private:
    void save()
    {
        Product p = m_product;
        p.name = m_name->text();
        p.code = m_code->text();
        p.spec = m_spec->text();
        p.pricing = static_cast<PricingMode>(m_pricing->currentData().toInt());
        p.unit = m_unit->currentText();
        QString error;
        const std::optional<Money> price = Money::parse(m_price->text().isEmpty() ? QStringLiteral("0") : m_price->text(), &error);
        if (!price) {
            m_issue->setText(tr("Default price: %1").arg(error));
            m_price->setFocus();
            return;
        }
        p.unitPrice = *price;
        p.cost.reset();
        if (!m_cost->text().trimmed().isEmpty()) {
            p.cost = Money::parse(m_cost->text(), &error);
            if (!p.cost) {
                m_issue->setText(tr("Cost: %1").arg(error));
                m_cost->setFocus();
                return;
            }
        }
        try {
            CatalogRepository catalog(m_db);
            m_db.write([&] {
                p.categoryId = catalog.categoryNamed(m_category->currentText());
                if (p.meta.id > 0)
                    catalog.updateProduct(p);
                else
                    catalog.createProduct(p);
            });
            m_product = p;
            accept();
        } catch (const StoreError& e) {
            m_issue->setText(e.message());
        }
    }

    Database& m_db;
    Product m_product;
    QLineEdit* m_name;
    QComboBox* m_category;
    QLineEdit* m_code;
    QLineEdit* m_spec;
    QComboBox* m_pricing;
    QComboBox* m_unit;
    QLineEdit* m_price;
    QLineEdit* m_cost;
    QLabel* m_issue;
};

class StaffDialog final : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::StaffDialog)
public:
    StaffDialog(Database& db, const StaffMember& staff, QWidget* parent) : QDialog(parent), m_db(db), m_staff(staff)
    {
        setObjectName(QStringLiteral("staffDialog"));
        setWindowTitle(staff.meta.id > 0 ? staff.name : tr("New staff member"));
        m_name = new QLineEdit(staff.name, this);
        m_name->setObjectName(QStringLiteral("staffNameLineEdit"));
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("staffRoleComboBox"));
        for (StaffRole r : CatalogRules::roles())
            m_role->addItem(CatalogRules::roleName(r), static_cast<int>(r));
        m_role->setCurrentIndex(std::max(0, m_role->findData(static_cast<int>(staff.role))));
        m_phone = new QLineEdit(staff.phone, this);
        m_active = new QCheckBox(tr("&Active (can be assigned to orders)"), this);
        m_active->setChecked(staff.active);
        auto* form = new QFormLayout;
        form->addRow(tr("&Name"), m_name);
        form->addRow(tr("&Role"), m_role);
        form->addRow(tr("&Phone"), m_phone);
        form->addRow(m_active);
        m_issue = finishForm(this, form, [this] { save(); });
    }
    qint64 staffId() const { return m_staff.meta.id; }

private:
    void save()
    {
        StaffMember s = m_staff;
        s.name = m_name->text();
        s.role = static_cast<StaffRole>(m_role->currentData().toInt());
        s.phone = m_phone->text();
        s.active = m_active->isChecked();
        try {
            CatalogRepository catalog(m_db);
            if (s.meta.id > 0)
                catalog.updateStaff(s);
            else
                catalog.createStaff(s);
            m_staff = s;
            accept();
        } catch (const StoreError& e) {
            m_issue->setText(e.message());
        }
    }

    Database& m_db;
    StaffMember m_staff;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_phone;
    QCheckBox* m_active;
    QLabel* m_issue;
};

} // namespace

CatalogPage::CatalogPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("catalogPage"));
    m_products = makeRecordTable({tr("Product"), tr("Code"), tr("Category"), tr("Spec / material"), tr("Unit"),
                                  tr("Pricing"), tr("Default price"), tr("Cost"), tr("Orders")},
                           QStringLiteral("productTableWidget"), this);
    m_staff = makeRecordTable({tr("Name"), tr("Role"), tr("Phone"), tr("Active")}, QStringLiteral("staffTableWidget"), this);
    m_products->setSortingEnabled(true);
    m_staff->setSortingEnabled(true);
    m_showArchived = new QCheckBox(tr("Show &archived"), this);
    // A catalog reads best grouped by category.
    m_products->horizontalHeader()->setSortIndicator(2, Qt::AscendingOrder);
    const int widths[] = {130, 60, 80, 150, 44, 100, 80, 70};
    for (int c = 0; c < 8; ++c)
        m_products->horizontalHeader()->resizeSection(c, widths[c]);
    m_productHighlight = new HighlightDelegate(m_products);
    m_products->setItemDelegate(m_productHighlight);
    m_productSearch = new QLineEdit(this);
    m_productSearch->setObjectName(QStringLiteral("productSearchLineEdit"));
    m_productSearch->setPlaceholderText(tr("Find a product by name, pinyin, initials or code"));
    m_productSearch->setClearButtonEnabled(true);

    auto button = [this](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setEnabled(!m_db.isReadOnly());
        return b;
    };
    QPushButton* newProduct = button(tr("New product"), QStringLiteral("newProductButton"));
    QPushButton* editProduct = button(tr("Edit"), QStringLiteral("editProductButton"));
    QPushButton* archiveProduct = button(tr("Archive / restore"), QStringLiteral("archiveProductButton"));
    QPushButton* deleteProduct = button(tr("Delete"), QStringLiteral("deleteProductButton"));
    QPushButton* newStaff = button(tr("New staff member"), QStringLiteral("newStaffButton"));
    QPushButton* editStaff = button(tr("Edit"), QStringLiteral("editStaffButton"));
    QPushButton* deleteStaff = button(tr("Delete"), QStringLiteral("deleteStaffButton"));
    // Buttons only for what the role may do (the store refuses the rest all the same).
    const Access& access = m_db.access();
    const bool prices = access.seesMoney(Module::Catalog);
    newProduct->setVisible(access.can(Module::Catalog, Action::Create) && prices);
    editProduct->setVisible(access.can(Module::Catalog, Action::Edit) && prices);
    archiveProduct->setVisible(access.can(Module::Catalog, Action::Delete) && prices);
    deleteProduct->setVisible(access.can(Module::Catalog, Action::Delete));
    newStaff->setVisible(access.can(Module::Catalog, Action::Create));
    editStaff->setVisible(access.can(Module::Catalog, Action::Edit));
    deleteStaff->setVisible(access.can(Module::Catalog, Action::Delete));

    auto* productsBox = new QGroupBox(tr("Products"), this);
    auto* productLayout = new QVBoxLayout(productsBox);
    auto* productButtons = new QHBoxLayout;
    for (QPushButton* b : {newProduct, editProduct, archiveProduct, deleteProduct})
        productButtons->addWidget(b);
    productButtons->addStretch(1);
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportProductsButton"));
    exportButton->setVisible(access.can(Module::Catalog, Action::Export));
    connect(exportButton, &QPushButton::clicked, this, [this] { exportProducts(); });
    productButtons->addWidget(exportButton);
    auto* importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(QStringLiteral("importProductsButton"));
    importButton->setToolTip(tr("Products from a price list in Excel or CSV"));
    importButton->setVisible(access.can(Module::Catalog, Action::Create) && prices);
    connect(importButton, &QPushButton::clicked, this, [this] {
        ImportWizard wizard(m_db, this);
        wizard.setKind(ImportWizard::Kind::Products);
        wizard.exec();
        if (wizard.importedId() > 0)
            reload();
    });
    productButtons->addWidget(importButton);
    productButtons->addWidget(m_showArchived);
    productLayout->addLayout(productButtons);
    productLayout->addWidget(m_productSearch);
    productLayout->addWidget(m_products);
    auto* staffBox = new QGroupBox(tr("Staff"), this);
    auto* staffLayout = new QVBoxLayout(staffBox);
    auto* staffButtons = new QHBoxLayout;
    for (QPushButton* b : {newStaff, editStaff, deleteStaff})
        staffButtons->addWidget(b);
    staffButtons->addStretch(1);
    staffLayout->addLayout(staffButtons);
    staffLayout->addWidget(m_staff);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(productsBox, 3);
    layout->addWidget(staffBox, 2);

    connect(newProduct, &QPushButton::clicked, this, &CatalogPage::newProduct);
    connect(editProduct, &QPushButton::clicked, this, &CatalogPage::editProduct);
    connect(archiveProduct, &QPushButton::clicked, this, &CatalogPage::toggleProductArchived);
    connect(deleteProduct, &QPushButton::clicked, this, &CatalogPage::deleteProduct);
    connect(newStaff, &QPushButton::clicked, this, &CatalogPage::newStaff);
    connect(editStaff, &QPushButton::clicked, this, &CatalogPage::editStaff);
    connect(deleteStaff, &QPushButton::clicked, this, &CatalogPage::deleteStaff);
    connect(m_products, &QTableWidget::itemDoubleClicked, this, &CatalogPage::editProduct);
    connect(m_staff, &QTableWidget::itemDoubleClicked, this, &CatalogPage::editStaff);
    connect(m_showArchived, &QCheckBox::toggled, this, &CatalogPage::reload);
    connect(m_productSearch, &QLineEdit::textChanged, this,
            [this] { ErrorReporter::guard([this] { reload(); }); });
    m_reader = new BackgroundReader(db, this);
    reload();
}

void CatalogPage::reload()
{
    CatalogRepository catalog(m_db);
    QHash<qint64, QString> categories;
    for (const ProductCategory& c : catalog.categories(true))
        categories.insert(c.meta.id, c.name);
    const qint64 product = currentId(m_products);
    QList<Product> products = catalog.products(m_showArchived->isChecked());
    // A search shows the matching products best first (and so is not sorted by a column).
    const QString typed = m_productSearch->text().trimmed();
    m_productHighlight->setQuery(typed);
    if (!typed.isEmpty()) {
        SearchList list;
        for (const Product& p : std::as_const(products))
            list.add({p.name, p.code, p.spec});
        QList<Product> found;
        for (const int i : list.find(typed, static_cast<int>(products.size())))
            found.append(products.at(i));
        products = found;
    }
    m_products->setSortingEnabled(false);
    m_products->setRowCount(0);
    for (const Product& p : std::as_const(products)) {
        const int row = m_products->rowCount();
        m_products->insertRow(row);
        m_products->setItem(row, 0, item(p.archived ? tr("%1 (archived)").arg(p.name) : p.name, p.meta.id));
        m_products->setItem(row, 1, item(p.code));
        m_products->setItem(row, 2, item(categories.value(p.categoryId)));
        m_products->setItem(row, 3, item(p.spec));
        m_products->setItem(row, 4, item(p.unit));
        m_products->setItem(row, 5, item(CatalogRules::pricingName(p.pricing)));
        m_products->setItem(row, 6, item(p.unitPrice.toString(), 0, true));
        m_products->setItem(row, 7, item(p.cost ? p.cost->toString() : QString(), 0, true));
        m_products->setItem(row, 8, item(m_usesKnown ? QString::number(m_uses.value(p.meta.id)) : QStringLiteral("…"), 0, true));
    }
    m_products->setSortingEnabled(typed.isEmpty());
    selectId(m_products, product);
    const qint64 staff = currentId(m_staff);
    m_staff->setSortingEnabled(false);
    m_staff->setRowCount(0);
    for (const StaffMember& s : catalog.staff(true)) {
        const int row = m_staff->rowCount();
        m_staff->insertRow(row);
        m_staff->setItem(row, 0, item(s.name, s.meta.id));
        m_staff->setItem(row, 1, item(CatalogRules::roleName(s.role)));
        m_staff->setItem(row, 2, item(s.phone));
        m_staff->setItem(row, 3, item(s.active ? tr("yes") : tr("no")));
    }
    m_staff->setSortingEnabled(true);
    selectId(m_staff, staff);
    readUses();
}

void CatalogPage::readUses()
{
    // A share that is away leaves the column as it was: the next reload counts again.
    m_reader->read<QHash<qint64, qint64>>(
        [](Database& db) {
            QHash<qint64, qint64> uses;
            Sql q(db, QStringLiteral("SELECT product_id, count(DISTINCT order_id) FROM order_lines "
                                     "WHERE product_id IS NOT NULL GROUP BY product_id"));
            q.exec();
            while (q.next())
                uses.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            return uses;
        },
        [this](const QHash<qint64, qint64>& uses) {
            m_uses = uses;
            m_usesKnown = true;
            showUses();
            emit usesShown();
        });
}

void CatalogPage::showUses()
{
    const bool sorting = m_products->isSortingEnabled();
    m_products->setSortingEnabled(false);
    for (int row = 0; row < m_products->rowCount(); ++row)
        if (QTableWidgetItem* id = m_products->item(row, 0); id && m_products->item(row, 8))
            m_products->item(row, 8)->setText(QString::number(m_uses.value(id->data(kIdRole).toLongLong())));
    m_products->setSortingEnabled(sorting);
}

qint64 CatalogPage::currentId(QTableWidget* table) const
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0))
        return 0;
    return table->item(row, 0)->data(kIdRole).toLongLong();
}

void CatalogPage::selectId(QTableWidget* table, qint64 id)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->data(kIdRole).toLongLong() == id)
            table->selectRow(r);
}

void CatalogPage::newProduct()
{
    Product p;
    p.unit = tr("piece");
    ProductDialog dialog(m_db, p, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectId(m_products, dialog.productId());
    }
}

void CatalogPage::editProduct()
{
    const qint64 id = currentId(m_products);
    if (id <= 0 || m_db.isReadOnly())
        return;
    ProductDialog dialog(m_db, CatalogRepository(m_db).product(id), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
    }
}

void CatalogPage::toggleProductArchived()
{
    const qint64 id = currentId(m_products);
    if (id <= 0)
        return;
    try {
        CatalogRepository catalog(m_db);
        const Product p = catalog.product(id);
        if (!p.archived &&
            QMessageBox::question(this, tr("Archive product"),
                                  tr("Archive %1? It stays on earlier orders but is no longer offered for new lines.")
                                      .arg(p.name)) != QMessageBox::Yes)
            return;
        catalog.setProductArchived(id, p.meta.version, !p.archived);
        reload();
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not saved"), e.message());
    }
}

void CatalogPage::deleteProduct()
{
    const qint64 id = currentId(m_products);
    if (id <= 0)
        return;
    try {
        CatalogRepository catalog(m_db);
        const Product p = catalog.product(id);
        if (const qint64 used = catalog.ordersUsingProduct(id)) {
            QMessageBox::information(this, tr("Cannot delete"),
                                     tr("%1 is on %n order(s) and cannot be deleted; archive it instead.", nullptr,
                                        static_cast<int>(used))
                                         .arg(p.name));
            return;
        }
        if (QMessageBox::question(this, tr("Delete product"),
                                  tr("Delete %1? The audit log keeps a copy.").arg(p.name)) != QMessageBox::Yes)
            return;
        catalog.removeProduct(id);
        reload();
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not deleted"), e.message());
    }
}

void CatalogPage::newStaff()
{
    StaffDialog dialog(m_db, StaffMember(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectId(m_staff, dialog.staffId());
    }
}

void CatalogPage::editStaff()
{
    const qint64 id = currentId(m_staff);
    if (id <= 0 || m_db.isReadOnly())
        return;
    const std::optional<StaffMember> s = CatalogRepository(m_db).findStaff(id);
    if (!s)
        return;
    StaffDialog dialog(m_db, *s, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
    }
}

void CatalogPage::deleteStaff()
{
    const qint64 id = currentId(m_staff);
    if (id <= 0)
        return;
    const std::optional<StaffMember> s = CatalogRepository(m_db).findStaff(id);
    if (!s || QMessageBox::question(this, tr("Delete staff member"), tr("Delete %1?").arg(s->name)) != QMessageBox::Yes)
        return;
    try {
        CatalogRepository(m_db).removeStaff(id);
        reload();
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not deleted"), e.message());
    }
}

void CatalogPage::exportProducts(QString path)
{
    QList<qint64> ids;
    for (int row = 0; row < m_products->rowCount(); ++row)
        ids.append(m_products->item(row, 0)->data(kIdRole).toLongLong());
    const bool archived = m_showArchived->isChecked();
    exportList(this, m_db, path, tr("Export products"), tr("products"), tr("Exporting products…"),
               shownColumns(m_products),
               [archived, ids](Database& db, const QString& file, const ExportOptions& o) {
                   return Exports::products(db, archived, file, o, ids);
               });
}

} // namespace shopcrm
