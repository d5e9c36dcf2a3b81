#pragma once

#include "domain/Delivery.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace shopcrm {

class Database;

// Delivery slips straight from orders (no shipment record first): all or part of what is still
// undelivered on one or several orders of one customer. Delivering an order's last quantities
// moves it to delivered, in the same transaction.
class DeliveryRepository final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::DeliveryRepository)
public:
    explicit DeliveryRepository(Database& db) : m_db(db) {}

    // Every line of these orders with what was ordered and what was delivered so far.
    QList<Deliverable> deliverables(const QList<qint64>& orderIds) const;
    // Creates a slip. `quantities` maps order line ids to the quantity delivered now; empty means
    // everything still undelivered on those orders. Refuses mixed customers, cancelled or
    // finished orders, more than remains, and a slip with nothing on it.
    DeliverySlip create(const QList<qint64>& orderIds, const QHash<qint64, Quantity>& quantities = {},
                        const QString& notes = {}, const QDateTime& at = {});

    std::optional<DeliverySlip> find(qint64 id) const;
    std::optional<DeliverySlip> findByNumber(const QString& number) const;
    QList<DeliverySlip> forOrder(qint64 orderId) const;
    // Slips of a customer delivered in [from, to) (UTC), oldest first.
    QList<DeliverySlip> forCustomer(qint64 customerId, const QDateTime& from, const QDateTime& to) const;
    Money deliveredBefore(qint64 customerId, const QDateTime& before) const;
    // Orders marked delivered (by hand, or from before slips existed) with part of their total on
    // no slip: that part is billed when the order was marked delivered.
    struct Unslipped
    {
        QString number;
        QDateTime at; // UTC, when it was marked delivered
        Money rest;
    };
    QList<Unslipped> deliveredWithoutSlips(qint64 customerId, const QDateTime& before) const;

private:
    Database& m_db;
};

// The print log: every printed document, so a second print is marked 补打 (a reprint) and shows
// in the order's history.
class PrintLog final
{
public:
    // Records a print and returns its copy number (1 for the first print of this document).
    static int record(Database& db, const QString& document, qint64 refId, const QList<qint64>& orderIds,
                      const QString& form);
    static int printsSoFar(Database& db, const QString& document, qint64 refId);

    struct Entry
    {
        QDateTime at; // UTC
        QString document;
        qint64 refId = 0;
        int copy = 1;
        QString form;
        QString user;
    };
    static QList<Entry> forOrder(Database& db, qint64 orderId);
};

} // namespace shopcrm
