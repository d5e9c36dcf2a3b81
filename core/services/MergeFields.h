#pragma once

#include <QDate>
#include <QHash>
#include <QString>

namespace shopcrm {

class Database;

// The values of a template's merge fields for one customer, read with the rights of who acts: a
// role that may not see money gets no balance or order total (they are then missing, not zero).
class MergeFields final
{
public:
    // `orderId` 0: their latest unfinished order (the newest by order date), if any.
    static QHash<QString, QString> forCustomer(Database& db, qint64 customerId, const QDate& today,
                                               qint64 orderId = 0);
};

} // namespace shopcrm
