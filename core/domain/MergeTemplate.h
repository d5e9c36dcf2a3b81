#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopcrm {

// A letter or message with merge fields: {客户名称} or {customer}, filled in for each recipient.
// Fields are written in Chinese or English, whatever the program's language.
class MergeTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::MergeTemplate)
public:
    struct Field
    {
        QString
            code; // customer, contact, phone, address, postcode, balance, order, due, order_total, date, shop
        QString chinese;             // 客户名称 …
        QString english;             // customer …
        QString description() const; // what it holds, translated
    };
    static const QList<Field>& fields();
    // The token for a field as the user's language writes it: {客户名称} or {customer}.
    static QString token(const QString& code, bool chinese);

    struct Result
    {
        QString text;
        QStringList missing; // known fields with no value for this recipient, by code, in order of use
        QStringList unknown; // {names} that are no field: left in the text as typed
        QStringList used;    // the fields the text names, by code, in order of first use
    };
    // `values` by field code; a field with no (or an empty) value becomes empty and is listed as
    // missing. A brace without a closing one, and unknown names, are left as they are.
    static Result merge(const QString& text, const QHash<QString, QString>& values);
    // The unknown names in a template, to say so before anything is sent or printed.
    static QStringList unknownFields(const QString& text);
    // A date as a letter writes it: "December 3, 2026", 2026年12月3日.
    static QString dateText(const QDate& date);
};

} // namespace shopcrm
