#include "FollowUp.h"

#include <QHash>

namespace shopcrm {

QList<ContactMethod> FollowUpRules::methods()
{
    return {ContactMethod::Phone, ContactMethod::Visit, ContactMethod::WeChat, ContactMethod::QQ,
            ContactMethod::Email, ContactMethod::Sms,   ContactMethod::Other};
}

QString FollowUpRules::methodCode(ContactMethod method)
{
    switch (method) {
    case ContactMethod::Phone: return QStringLiteral("phone");
    case ContactMethod::Visit: return QStringLiteral("visit");
    case ContactMethod::WeChat: return QStringLiteral("wechat");
    case ContactMethod::QQ: return QStringLiteral("qq");
    case ContactMethod::Email: return QStringLiteral("email");
    case ContactMethod::Sms: return QStringLiteral("sms");
    case ContactMethod::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<ContactMethod> FollowUpRules::methodFromText(const QString& text)
{
    const QString t = text.trimmed();
    for (ContactMethod method : methods())
        if (t.compare(methodCode(method), Qt::CaseInsensitive) == 0 ||
            t.compare(methodName(method), Qt::CaseInsensitive) == 0)
            return method;
    // The words a Chinese shop types, whatever language the program runs in.
    static const QHash<QString, ContactMethod> chinese{
        {QStringLiteral("电话"), ContactMethod::Phone},  {QStringLiteral("打电话"), ContactMethod::Phone},
        {QStringLiteral("拜访"), ContactMethod::Visit},  {QStringLiteral("上门"), ContactMethod::Visit},
        {QStringLiteral("微信"), ContactMethod::WeChat}, {QStringLiteral("邮件"), ContactMethod::Email},
        {QStringLiteral("短信"), ContactMethod::Sms},    {QStringLiteral("其他"), ContactMethod::Other}};
    const auto it = chinese.constFind(t);
    return it == chinese.cend() ? std::nullopt : std::optional<ContactMethod>(*it);
}

QString FollowUpRules::methodName(ContactMethod method)
{
    switch (method) {
    case ContactMethod::Phone: return tr("Phone call");
    case ContactMethod::Visit: return tr("Visit");
    case ContactMethod::WeChat: return tr("WeChat");
    case ContactMethod::QQ: return tr("QQ");
    case ContactMethod::Email: return tr("Email");
    case ContactMethod::Sms: return tr("SMS");
    case ContactMethod::Other: return tr("Other", "contact method");
    }
    return {};
}

QStringList FollowUpRules::defaultOutcomes()
{
    return {tr("Interested"), tr("Quoted"), tr("Ordered"), tr("No answer"), tr("Not interested"), tr("Call back")};
}

void FollowUpRules::normalise(FollowUp& f)
{
    f.contactName = f.contactName.simplified();
    f.subject = f.subject.simplified();
    f.details = f.details.trimmed();
    f.outcome = f.outcome.simplified();
    f.nextAction = f.nextAction.simplified();
    if (f.at.isValid())
        f.at = f.at.toUTC();
    if (!f.nextDate.isValid()) {
        f.nextAction.clear();
        f.nextDone = false;
        f.closedBy = 0;
    }
}

QList<FieldIssue> FollowUpRules::check(const FollowUp& f, const QDate& localDay)
{
    QList<FieldIssue> issues;
    if (f.customerId <= 0)
        issues.append({QStringLiteral("customer"), tr("Choose the customer this follow-up was with.")});
    if (!f.at.isValid())
        issues.append({QStringLiteral("at"), tr("Enter when the follow-up took place.")});
    if (f.subject.isEmpty() && f.details.isEmpty())
        issues.append({QStringLiteral("details"), tr("Write what was said or done (a subject or details).")});
    if (f.nextDate.isValid() && localDay.isValid() && f.nextDate < localDay)
        issues.append({QStringLiteral("next"),
                       tr("The next follow-up (%1) cannot be before this one (%2).")
                           .arg(f.nextDate.toString(Qt::ISODate), localDay.toString(Qt::ISODate))});
    issues += AttachmentRules::check(f.attachments);
    return issues;
}

} // namespace shopcrm
