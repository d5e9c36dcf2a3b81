#pragma once

#include "store/PriceListRepository.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace shopcrm {

class Database;

// The prices agreed with one customer, or with a grade (协议价): what each product costs them and
// from when to when. Add, change (double-click or Enter) and delete them; for a customer, fill
// the list from what they paid last in one click. Order and quote lines start at these prices.
class PriceListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceListDialog)
public:
    // Whose prices: filter.customerId, or filter.grade.
    PriceListDialog(Database& db, const PriceListFilter& whose, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

public slots:
    void reload();
    // Opens the form on a new price (id 0) or on the one in that row; true when it was saved.
    bool edit(int row = -1);
    void removeCurrent();
    void fillFromLastPrices();

private:
    Database& m_db;
    PriceListFilter m_whose;
    QList<NegotiatedPrice> m_prices;
    QTableWidget* m_table = nullptr;
    QLabel* m_issue = nullptr;
};

// One agreed price: product (completed from the catalog), unit, price, period and a note.
class PriceEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceEditDialog)
public:
    PriceEditDialog(Database& db, const NegotiatedPrice& price, QWidget* parent = nullptr);
    const NegotiatedPrice& price() const { return m_price; }

public slots:
    void save();

private:
    Database& m_db;
    NegotiatedPrice m_price;
    QLineEdit* m_product = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_unitPrice = nullptr;
    QCheckBox* m_hasFrom = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_hasTo = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_issue = nullptr;
};

} // namespace shopcrm
