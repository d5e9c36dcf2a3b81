#pragma once

#include "domain/PriceList.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace shopcrm {

class Database;

// Whose agreed prices a list shows: one customer's, or one grade's.
struct PriceListFilter
{
    qint64 customerId = 0;
    QString grade;
    QDate on; // only the prices valid that day; invalid: every price, past and future
};

// The prices agreed with customers and grades (协议价), and the price a new line starts with: the
// customer's own agreement, else their grade's, else what they paid last, else the catalog's.
// Agreements are in the sales rights (changing them needs sales ▸ edit and see money); every
// write is one short transaction with the change feed and the audit.
class PriceListRepository final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::PriceListRepository)
public:
    explicit PriceListRepository(Database& db) : m_db(db) {}

    // A new price (id 0), or a change to one read at meta.version. One price per customer (or
    // grade), product and first day.
    void save(NegotiatedPrice& price);
    void remove(qint64 id, int expectedVersion);
    std::optional<NegotiatedPrice> find(qint64 id) const;
    // By product, then first day.
    QList<NegotiatedPrice> list(const PriceListFilter& filter) const;

    // The agreed price for this customer and product on that day: their own before their grade's,
    // the one that started last before an earlier one.
    std::optional<NegotiatedPrice> negotiated(qint64 customerId, const QString& product,
                                              const QDate& day) const;
    // What a line for this product starts at, and why (nothing for a role that does not see order
    // prices). excludeOrderId: the order being edited, left out of the last prices.
    PriceSuggestion suggest(qint64 customerId, const QString& product, const QDate& day,
                            qint64 excludeOrderId = 0) const;
    // For every product the customer has bought, agrees the price they paid last, from `from` on;
    // a product already agreed for them that day is left as it is. Returns the prices added.
    int fillFromLastPrices(qint64 customerId, const QDate& from);

private:
    void requireChange() const;
    [[noreturn]] void throwConflict(qint64 id) const;

    Database& m_db;
};

} // namespace shopcrm
