#include "MergeFields.h"

#include "documents/MailMerge.h"
#include "documents/PrintDocument.h"
#include "domain/MergeTemplate.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"

#include <QLocale>

namespace shopcrm {

MergeFields::MergeFields(Database& db, const QDate& today)
    : m_db(db), m_date(MergeTemplate::dateText(today)), m_shop(ShopProfile::load(db).name)
{
}

QHash<QString, QString> MergeFields::values(qint64 customerId, qint64 orderId) const
{
    return values(CustomerRepository(m_db).get(customerId), orderId);
}

QHash<QString, QString> MergeFields::values(const Customer& c, qint64 orderId) const
{
    Database& db = m_db;
    const qint64 customerId = c.meta.id;
    QHash<QString, QString> v;
    const Addressee to = Addressee::of(c);
    v.insert(QStringLiteral("customer"), c.name);
    v.insert(QStringLiteral("contact"), to.contact);
    v.insert(QStringLiteral("address"), to.address);
    v.insert(QStringLiteral("postcode"), to.postcode);
    const Contact* primary = c.primaryContact();
    QString phone = primary && !primary->mobile.isEmpty() ? primary->mobile : c.phones.value(0);
    v.insert(QStringLiteral("phone"), phone);
    v.insert(QStringLiteral("date"), m_date);
    v.insert(QStringLiteral("shop"), m_shop);
    const Access& access = db.access();
    if (access.can(Module::Payments, Action::View) && access.seesMoney(Module::Payments)) {
        const Money owed = PaymentRepository(db).balance(customerId).balance();
        if (owed.fen() > 0) v.insert(QStringLiteral("balance"), owed.toString());
    }
    if (access.can(Module::Orders, Action::View)) {
        OrderRepository orders(db);
        std::optional<Order> o;
        if (orderId > 0) {
            o = orders.find(orderId);
        } else {
            OrderListQuery query;
            query.filter.customerId = customerId;
            query.filter.statuses = {OrderStatus::Unscheduled, OrderStatus::InProduction, OrderStatus::Done};
            const QList<OrderRow> rows = orders.page(query, 0, 1);
            if (!rows.isEmpty()) o = orders.find(rows.first().id);
        }
        if (o && o->customerId == customerId) {
            v.insert(QStringLiteral("order"), o->number);
            if (o->due.isValid())
                v.insert(QStringLiteral("due"),
                         o->due.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            if (access.seesMoney(Module::Orders))
                v.insert(QStringLiteral("order_total"), o->total().toString());
        }
    }
    return v;
}

} // namespace shopcrm
