#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopcrm {

// Columns every stored row carries.
struct RowMeta
{
    qint64 id = 0;
    int version = 0;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QString createdBy;
    QString updatedBy;
};

struct Contact
{
    RowMeta meta;
    QString name;
    QString title;
    QString mobile;
    QString phone;
    QString email;
    QString wechat;
    QString postcode; // 邮政编码 of where the contact is, when it is not the customer's address
    QDate birthday;
    QString notes;
    bool primary = false;
};

enum class CustomerKind { Company, Individual };
enum class PaymentTerms { CashOnDelivery, MonthlyAccount };

struct Customer
{
    RowMeta meta;
    QString name;
    QString shortName;
    CustomerKind kind = CustomerKind::Company;
    QString grade;
    QStringList tags;
    QString industry;
    QString province;
    QString city;
    QString district;
    QString address;
    QString postcode; // 邮政编码: six digits in mainland China
    qint64 campaignId = 0; // the marketing campaign the customer came from; 0 none
    QStringList phones;
    QString email;
    QString wechat;
    QString source;
    QString owner;
    PaymentTerms paymentTerms = PaymentTerms::CashOnDelivery;
    int paymentDays = 0; // for a monthly account: days after the statement
    QString notes;
    bool archived = false;
    QList<Contact> contacts;

    const Contact* primaryContact() const;
    QString region() const; // "广东省 深圳市 南山区"
};

// A problem with one field, shown next to that field; `field` names it as in FieldName.
struct FieldIssue
{
    QString field;
    QString message;
    bool blocking = true; // false: a warning (e.g. a phone number that does not parse)
};

class CustomerRules final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::CustomerRules)
public:
    // Trims and normalises the fields in place (phones formatted, tags de-duplicated, one primary contact).
    static void normalise(Customer& customer);
    // Errors block the save; warnings (blocking == false) are shown but do not.
    static QList<FieldIssue> check(const Customer& customer);
    static QString kindName(CustomerKind kind);
    static QString termsName(PaymentTerms terms);
    static QString kindCode(CustomerKind kind);
    static CustomerKind kindFromCode(const QString& code);
    static QString termsCode(PaymentTerms terms);
    static PaymentTerms termsFromCode(const QString& code);
    // Name compared for duplicates: case and white space folded.
    static QString nameKey(const QString& name);
};

} // namespace shopcrm
