#pragma once

#include "Customer.h"
#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace shopcrm {

// A price agreed with one customer, or with every customer of a grade (协议价): a product at a
// unit price, from one day to another (either end open).
struct NegotiatedPrice
{
    RowMeta meta;
    qint64 customerId = 0; // 0: the grade's
    QString customerName;  // read only
    QString grade;         // the grade's price when customerId is 0
    qint64 productId = 0;  // 0: a product typed as free text
    QString product;
    QString unit;
    Money unitPrice;
    QDate validFrom; // invalid: open
    QDate validTo;
    QString notes;

    bool validOn(const QDate& day) const
    {
        return (!validFrom.isValid() || validFrom <= day) && (!validTo.isValid() || day <= validTo);
    }
};

// Where the price a line starts with came from, in the order they are tried.
enum class PriceSource
{
    Negotiated, // the customer's own agreement, or their grade's
    Last,       // what the customer paid last time
    Catalog,    // the product's catalog price
    None        // nothing known: typed by hand
};

// The price entry suggests for a customer and product on a day, and why.
struct PriceSuggestion
{
    PriceSource source = PriceSource::None;
    Money unitPrice;
    QString unit;
    QString detail;         // "客户协议价，至 2026-12-31", "DD20261114-001，2026-11-14", …
    bool fromGrade = false; // a negotiated price agreed for the customer's grade
};

class PriceRules final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::PriceRules)
public:
    static QString sourceName(PriceSource source);
    // Errors block the save: the customer or grade, the product, the price, the period.
    static QList<FieldIssue> check(const NegotiatedPrice& price);
    // Which source a price typed on a line matches, given what was suggested for it: a price
    // equal to none of them was typed by hand.
    static PriceSource sourceOf(const Money& unitPrice, const Money* negotiated, const Money* last,
                                const Money* catalog);
};

} // namespace shopcrm
