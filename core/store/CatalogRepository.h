#pragma once

#include "domain/Catalog.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace shopcrm {

class Database;

// Product categories, products and staff. Rows are versioned and audited like customers; a
// product or staff member that orders refer to can be archived (made inactive) but not deleted.
class CatalogRepository final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::CatalogRepository)
public:
    explicit CatalogRepository(Database& db) : m_db(db) {}

    qint64 createCategory(ProductCategory& category);
    QList<ProductCategory> categories(bool includeArchived = false) const;
    // The category with this name, created when there is none (imports, demo data, the CLI).
    qint64 categoryNamed(const QString& name);

    qint64 createProduct(Product& product);
    void updateProduct(Product& product);
    void setProductArchived(qint64 id, int expectedVersion, bool archived);
    // Refused (with a message saying to archive instead) when an order line refers to it.
    void removeProduct(qint64 id);
    Product product(qint64 id) const; // NotFound when missing
    std::optional<Product> findProduct(qint64 id) const;
    // Active product whose name matches exactly (case and spaces folded).
    std::optional<Product> productNamed(const QString& name) const;
    QList<Product> products(bool includeArchived = false) const;
    // For autocomplete: active products whose name starts with or contains the text.
    QList<Product> matchingProducts(const QString& text, int limit = 20) const;
    qint64 ordersUsingProduct(qint64 id) const;

    qint64 createStaff(StaffMember& staff);
    void updateStaff(StaffMember& staff);
    QList<StaffMember> staff(bool includeInactive = false) const;
    std::optional<StaffMember> findStaff(qint64 id) const;
    std::optional<StaffMember> staffNamed(const QString& name) const;
    void removeStaff(qint64 id);

private:
    // A product code is unique when given (ValidationError on the code field).
    void checkCodeFree(const Product& p) const;
    [[noreturn]] void throwConflict(const QString& table, qint64 id) const;
    QList<Product> readProducts(class Sql& q) const;
    QList<StaffMember> readStaff(class Sql& q) const;
    Database& m_db;
};

} // namespace shopcrm
