#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTableWidget;

namespace shopcrm {

class HighlightDelegate;

class Database;

// Products (with their categories) and staff. A shop has hundreds of products, not millions, so
// plain table widgets show them whole. Products and staff on orders are archived, never deleted.
class CatalogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPage)
public:
    explicit CatalogPage(Database& db, QWidget* parent = nullptr);

    // The "Orders" column is counted over every order line in another thread (a large shop has
    // millions): it reads "…" until the count is there, then usesShown is emitted.
    bool usesKnown() const { return m_usesKnown; }

signals:
    void usesShown();

public slots:
    void reload();
    void newProduct();
    void editProduct();
    void toggleProductArchived();
    void deleteProduct();
    void newStaff();
    void editStaff();
    void deleteStaff();
    // The products as the table shows them (sort, columns) into a file; asks where when path is empty.
    void exportProducts(QString path = {});

private:
    qint64 currentId(QTableWidget* table) const;
    void selectId(QTableWidget* table, qint64 id);
    void readUses();
    void showUses();

    Database& m_db;
    QTableWidget* m_products = nullptr;
    QTableWidget* m_staff = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QLineEdit* m_productSearch = nullptr;
    HighlightDelegate* m_productHighlight = nullptr;
    QHash<qint64, qint64> m_uses; // orders per product
    bool m_usesKnown = false;
    class BackgroundReader* m_reader = nullptr;
};

} // namespace shopcrm
