#include "Customer.h"

#include "PhoneNumber.h"

#include <QRegularExpression>

namespace shopcrm {

const Contact* Customer::primaryContact() const
{
    for (const Contact& c : contacts)
        if (c.primary)
            return &c;
    return contacts.isEmpty() ? nullptr : &contacts.constFirst();
}

QString Customer::region() const
{
    QStringList parts;
    for (const QString& p : {province, city, district})
        if (!p.isEmpty() && !parts.contains(p))
            parts.append(p);
    return parts.join(QLatin1Char(' '));
}

void CustomerRules::normalise(Customer& c)
{
    for (QString* field : {&c.name, &c.shortName, &c.grade, &c.industry, &c.province, &c.city, &c.district,
                           &c.email, &c.wechat, &c.source, &c.owner, &c.postcode})
        *field = field->simplified();
    c.address = c.address.trimmed();
    c.notes = c.notes.trimmed();
    QStringList tags;
    for (const QString& tag : c.tags)
        if (!tag.simplified().isEmpty() && !tags.contains(tag.simplified()))
            tags.append(tag.simplified());
    c.tags = tags;
    QStringList phones;
    for (const QString& raw : c.phones)
        for (const QString& one : PhoneNumber::splitList(raw)) {
            const QString shown = PhoneNumber::parse(one).display;
            if (!phones.contains(shown))
                phones.append(shown);
        }
    c.phones = phones;
    if (c.paymentTerms == PaymentTerms::CashOnDelivery)
        c.paymentDays = 0;
    bool primarySeen = false;
    for (Contact& contact : c.contacts) {
        for (QString* field :
             {&contact.name, &contact.title, &contact.email, &contact.wechat, &contact.postcode})
            *field = field->simplified();
        contact.notes = contact.notes.trimmed();
        if (!contact.mobile.trimmed().isEmpty())
            contact.mobile = PhoneNumber::parse(contact.mobile).display;
        if (!contact.phone.trimmed().isEmpty())
            contact.phone = PhoneNumber::parse(contact.phone).display;
        contact.primary = contact.primary && !primarySeen;
        primarySeen = primarySeen || contact.primary;
    }
    if (!primarySeen && !c.contacts.isEmpty())
        c.contacts.first().primary = true;
}

QList<FieldIssue> CustomerRules::check(const Customer& c)
{
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    QList<FieldIssue> issues;
    if (c.name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"), tr("Enter the customer's name.")});
    else if (c.name.size() > 200)
        issues.append({QStringLiteral("name"), tr("The name is longer than 200 characters.")});
    if (!c.email.isEmpty() && !emailPattern.match(c.email).hasMatch())
        issues.append({QStringLiteral("email"), tr("This is not an e-mail address.")});
    // Mainland postcodes are six digits; others (Hong Kong has none) are kept with a warning.
    static const QRegularExpression postcodePattern(QStringLiteral("^\\d{6}$"));
    if (!c.postcode.isEmpty() && !postcodePattern.match(c.postcode).hasMatch())
        issues.append({QStringLiteral("postcode"), tr("A postcode in mainland China is six digits."), false});
    if (c.paymentTerms == PaymentTerms::MonthlyAccount && (c.paymentDays < 1 || c.paymentDays > 365))
        issues.append({QStringLiteral("paymentDays"), tr("A monthly account needs 1 to 365 days to pay.")});
    for (const QString& phone : c.phones)
        if (!PhoneNumber::parse(phone).valid)
            issues.append({QStringLiteral("phones"), tr("%1 does not look like a valid phone number.").arg(phone),
                           false});
    for (qsizetype i = 0; i < c.contacts.size(); ++i) {
        const Contact& contact = c.contacts.at(i);
        const QString field = QStringLiteral("contacts/%1").arg(i);
        if (contact.name.trimmed().isEmpty())
            issues.append({field, tr("Contact %1 has no name.").arg(i + 1)});
        if (!contact.email.isEmpty() && !emailPattern.match(contact.email).hasMatch())
            issues.append({field, tr("The e-mail address of %1 is not valid.").arg(contact.name)});
        if (contact.birthday.isValid() && contact.birthday > QDate::currentDate())
            issues.append({field, tr("The birthday of %1 is in the future.").arg(contact.name)});
        if (!contact.postcode.isEmpty() && !postcodePattern.match(contact.postcode).hasMatch())
            issues.append({field, tr("A postcode in mainland China is six digits."), false});
        for (const QString& phone : {contact.mobile, contact.phone})
            if (!phone.isEmpty() && !PhoneNumber::parse(phone).valid)
                issues.append({field, tr("%1 does not look like a valid phone number.").arg(phone), false});
    }
    return issues;
}

QString CustomerRules::kindName(CustomerKind kind)
{
    return kind == CustomerKind::Company ? tr("Company") : tr("Individual");
}

QString CustomerRules::termsName(PaymentTerms terms)
{
    return terms == PaymentTerms::CashOnDelivery ? tr("Cash on delivery") : tr("Monthly account");
}

QString CustomerRules::kindCode(CustomerKind kind)
{
    return kind == CustomerKind::Company ? QStringLiteral("company") : QStringLiteral("individual");
}

CustomerKind CustomerRules::kindFromCode(const QString& code)
{
    return code == QLatin1String("individual") ? CustomerKind::Individual : CustomerKind::Company;
}

QString CustomerRules::termsCode(PaymentTerms terms)
{
    return terms == PaymentTerms::CashOnDelivery ? QStringLiteral("cod") : QStringLiteral("monthly");
}

PaymentTerms CustomerRules::termsFromCode(const QString& code)
{
    return code == QLatin1String("monthly") ? PaymentTerms::MonthlyAccount : PaymentTerms::CashOnDelivery;
}

QString CustomerRules::nameKey(const QString& name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name.toCaseFolded())
        if (!c.isSpace())
            key += c;
    return key;
}

} // namespace shopcrm
