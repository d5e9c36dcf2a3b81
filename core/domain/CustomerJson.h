#pragma once

#include "Customer.h"

#include <QJsonObject>

namespace shopcrm {

// The JSON shape of a customer: used by the audit log (before/after) and the CLI's --json output.
class CustomerJson final
{
public:
    static QJsonObject toJson(const Customer& customer);
    static QJsonObject contactToJson(const Contact& contact);
};

} // namespace shopcrm
