#pragma once

#include "domain/Order.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace shopcrm {

class Database;

// Reads one order from the JSON shape of `shopcrm-cli order add` (and later imports): the
// customer by id or exact name, staff by name, products by catalog name or as free text, money
// and quantities as decimal strings, times in the shop's local time. Every problem is collected
// into one ValidationError; nothing is written.
class OrderInput final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::OrderInput)
public:
    static Order fromJson(Database& db, const QJsonObject& json);
    // Lines in that shape (an opportunity's, a quote's): products from the catalog, problems added
    // to `issues` under line1.quantity and the like; not yet priced or checked.
    static QList<OrderLine> linesFromJson(Database& db, const QJsonArray& lines, QList<FieldIssue>& issues);
    // "2026-11-20T10:30", "2026-11-20 10:30" or "2026-11-20" (local) → UTC; invalid on error.
    static QDateTime parseLocalTime(const QString& text);
};

} // namespace shopcrm
