#pragma once

#include "ErrorReporter.h"
#include "store/CampaignRepository.h"
#include "store/Database.h"
#include "store/OrderRepository.h"

#include <QComboBox>
#include <QCoreApplication>

#include <algorithm>

namespace shopcrm {

// A form's "about which order" choice: (none), then the customer's latest 40 orders (for roles that
// see orders), and the record's own order even when older; `currentId` is chosen.
inline void fillOrderChoices(QComboBox* combo, Database& db, qint64 customerId, qint64 currentId,
                             const QString& currentNumber)
{
    combo->clear();
    combo->addItem(QCoreApplication::translate("shopcrm::OrderChoices", "(none)"), 0);
    if (customerId > 0 && db.access().can(Module::Orders, Action::View)) {
        OrderListQuery query;
        query.filter.customerId = customerId;
        for (const OrderRow& o : OrderRepository(db).page(query, 0, 40))
            combo->addItem(
                o.title.isEmpty()
                    ? o.number
                    : QCoreApplication::translate("shopcrm::OrderChoices", "%1 %2").arg(o.number, o.title),
                o.id);
    }
    if (currentId > 0 && combo->findData(currentId) < 0) combo->addItem(currentNumber, currentId);
    combo->setCurrentIndex(std::max(0, combo->findData(currentId)));
}

// A form's "which campaign it came from" choice: (none), then the campaigns, newest first (for
// roles that see sales); `currentId` is chosen, and kept even when the list cannot be read.
inline void fillCampaignChoices(QComboBox* combo, Database& db, qint64 currentId)
{
    combo->clear();
    combo->addItem(QCoreApplication::translate("shopcrm::OrderChoices", "(none)"), 0);
    if (db.access().can(Module::Sales, Action::View))
        ErrorReporter::guard([&] {
            for (const Campaign& c : CampaignRepository(db).list())
                combo->addItem(c.name, c.meta.id);
        });
    if (currentId > 0 && combo->findData(currentId) < 0)
        combo->addItem(QCoreApplication::translate("shopcrm::OrderChoices", "Campaign %1").arg(currentId),
                       currentId);
    combo->setCurrentIndex(std::max(0, combo->findData(currentId)));
}

} // namespace shopcrm
