#pragma once

#include <QDate>
#include <QHash>
#include <QString>

namespace shopcrm {

class Database;
struct Customer;

// The values of a template's merge fields for one customer, read with the rights of who acts: a
// role that may not see money gets no balance or order total (they are then missing, not zero).
class MergeFields final
{
public:
    // What every customer of one batch shares (the shop, the day) is read once here.
    MergeFields(Database& db, const QDate& today);
    // `orderId` 0: their latest unfinished order (the newest by order date), if any.
    QHash<QString, QString> values(qint64 customerId, qint64 orderId = 0) const;
    // The same for a customer already read.
    QHash<QString, QString> values(const Customer& customer, qint64 orderId = 0) const;
    static QHash<QString, QString> forCustomer(Database& db, qint64 customerId, const QDate& today,
                                               qint64 orderId = 0)
    {
        return MergeFields(db, today).values(customerId, orderId);
    }

private:
    Database& m_db;
    QString m_date;
    QString m_shop;
};

} // namespace shopcrm
