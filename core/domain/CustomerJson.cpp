#include "CustomerJson.h"

#include <QJsonArray>

namespace shopcrm {

namespace {
QString utc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QJsonObject CustomerJson::contactToJson(const Contact& c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.meta.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("mobile"), c.mobile},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("wechat"), c.wechat},
        {QStringLiteral("postcode"), c.postcode},
        {QStringLiteral("birthday"), c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString()},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("primary"), c.primary},
    };
}

QJsonObject CustomerJson::toJson(const Customer& c)
{
    QJsonArray contacts;
    for (const Contact& contact : c.contacts)
        contacts.append(contactToJson(contact));
    const Contact* primary = c.primaryContact();
    QString phone = c.phones.value(0);
    if (phone.isEmpty() && primary)
        phone = primary->mobile.isEmpty() ? primary->phone : primary->mobile;
    return QJsonObject{
        {QStringLiteral("id"), c.meta.id},
        {QStringLiteral("version"), c.meta.version},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("short_name"), c.shortName},
        {QStringLiteral("kind"), CustomerRules::kindCode(c.kind)},
        {QStringLiteral("grade"), c.grade},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("industry"), c.industry},
        {QStringLiteral("province"), c.province},
        {QStringLiteral("city"), c.city},
        {QStringLiteral("district"), c.district},
        {QStringLiteral("address"), c.address},
        {QStringLiteral("postcode"), c.postcode},
        {QStringLiteral("campaign_id"), c.campaignId},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("phones"), QJsonArray::fromStringList(c.phones)},
        {QStringLiteral("contact"), primary ? primary->name : QString()},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("wechat"), c.wechat},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("owner"), c.owner},
        {QStringLiteral("payment_terms"), CustomerRules::termsCode(c.paymentTerms)},
        {QStringLiteral("payment_days"), c.paymentDays},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("archived"), c.archived},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("created_at"), utc(c.meta.createdAt)},
        {QStringLiteral("updated_at"), utc(c.meta.updatedAt)},
        {QStringLiteral("created_by"), c.meta.createdBy},
        {QStringLiteral("updated_by"), c.meta.updatedBy},
    };
}

} // namespace shopcrm
