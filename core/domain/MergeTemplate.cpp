#include "MergeTemplate.h"

#include <QDate>
#include <QLocale>

namespace shopcrm {

const QList<MergeTemplate::Field>& MergeTemplate::fields()
{
    static const QList<Field> all = {
        {QStringLiteral("customer"), QStringLiteral("客户名称"), QStringLiteral("customer")},
        {QStringLiteral("contact"), QStringLiteral("联系人"), QStringLiteral("contact")},
        {QStringLiteral("phone"), QStringLiteral("电话"), QStringLiteral("phone")},
        {QStringLiteral("address"), QStringLiteral("地址"), QStringLiteral("address")},
        {QStringLiteral("postcode"), QStringLiteral("邮编"), QStringLiteral("postcode")},
        {QStringLiteral("balance"), QStringLiteral("欠款"), QStringLiteral("balance")},
        {QStringLiteral("order"), QStringLiteral("订单号"), QStringLiteral("order")},
        {QStringLiteral("due"), QStringLiteral("交货时间"), QStringLiteral("due")},
        {QStringLiteral("order_total"), QStringLiteral("订单金额"), QStringLiteral("order_total")},
        {QStringLiteral("date"), QStringLiteral("日期"), QStringLiteral("date")},
        {QStringLiteral("shop"), QStringLiteral("店名"), QStringLiteral("shop")}};
    return all;
}

QString MergeTemplate::Field::description() const
{
    if (code == QLatin1String("customer")) return tr("The customer's name");
    if (code == QLatin1String("contact")) return tr("Their main contact");
    if (code == QLatin1String("phone")) return tr("Their phone number");
    if (code == QLatin1String("address")) return tr("Their address, region first");
    if (code == QLatin1String("postcode")) return tr("Their postcode");
    if (code == QLatin1String("balance")) return tr("What they owe now");
    if (code == QLatin1String("order")) return tr("The order's number (their latest unfinished one)");
    if (code == QLatin1String("due")) return tr("When that order is due");
    if (code == QLatin1String("order_total")) return tr("That order's total");
    if (code == QLatin1String("date")) return tr("Today's date");
    if (code == QLatin1String("shop")) return tr("The shop's name");
    return code;
}

QString MergeTemplate::token(const QString& code, bool chinese)
{
    for (const Field& f : fields())
        if (f.code == code) return QLatin1Char('{') + (chinese ? f.chinese : f.english) + QLatin1Char('}');
    return QLatin1Char('{') + code + QLatin1Char('}');
}

namespace {

// The field a name inside braces stands for ("" when none); spaces around it do not count.
QString codeOf(const QString& name)
{
    const QString n = name.trimmed();
    for (const MergeTemplate::Field& f : MergeTemplate::fields())
        if (n == f.chinese || n.compare(f.english, Qt::CaseInsensitive) == 0) return f.code;
    return {};
}

} // namespace

MergeTemplate::Result MergeTemplate::merge(const QString& text, const QHash<QString, QString>& values)
{
    Result r;
    r.text.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const qsizetype close = c == QLatin1Char('{') ? text.indexOf(QLatin1Char('}'), i + 1) : -1;
        // A field name is short and on one line; anything else in braces is the letter's own text.
        if (close < 0 || close - i > 24 || text.mid(i + 1, close - i - 1).contains(QLatin1Char('\n'))) {
            r.text.append(c);
            ++i;
            continue;
        }
        const QString name = text.mid(i + 1, close - i - 1);
        const QString code = codeOf(name);
        if (code.isEmpty()) {
            if (!name.trimmed().isEmpty() && !r.unknown.contains(name.trimmed()))
                r.unknown.append(name.trimmed());
            r.text.append(text.mid(i, close - i + 1));
        } else {
            const QString value = values.value(code);
            if (!r.used.contains(code)) r.used.append(code);
            if (value.isEmpty() && !r.missing.contains(code)) r.missing.append(code);
            r.text.append(value);
        }
        i = close + 1;
    }
    return r;
}

QString MergeTemplate::dateText(const QDate& date)
{
    return QLocale().toString(date, tr("MMMM d, yyyy", "the date format of letters"));
}

QStringList MergeTemplate::unknownFields(const QString& text)
{
    return merge(text, {}).unknown;
}

} // namespace shopcrm
