#pragma once

#include "Attachment.h"
#include "Customer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopcrm {

enum class ContactMethod { Phone, Visit, WeChat, QQ, Email, Sms, Other };

// One contact with a customer: who talked to whom, how, about what, what came of it, and what is
// planned next. A planned next contact stays open until it is marked done, or a later follow-up
// with the same customer closes it.
struct FollowUp
{
    RowMeta meta;
    qint64 customerId = 0;
    QString customerName; // read only
    QString contactName;
    QDateTime at; // UTC
    ContactMethod method = ContactMethod::Phone;
    QString subject;
    QString details;
    QString outcome;
    qint64 staffId = 0; // 0: none
    QString staffName;  // read only
    QDate nextDate;     // the shop's local calendar day; invalid: nothing planned
    QString nextAction;
    bool nextDone = false;
    qint64 closedBy = 0; // the follow-up that closed the plan, 0 when marked done by hand or open
    qint64 orderId = 0;  // 0: none
    QString orderNumber; // read only
    QList<Attachment> attachments;

    bool hasOpenPlan() const { return nextDate.isValid() && !nextDone; }
};

class FollowUpRules final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::FollowUpRules)
public:
    static QList<ContactMethod> methods();
    static QString methodCode(ContactMethod method);
    // A code ("wechat") or a name in either language ("微信", "WeChat"); nullopt when unknown.
    static std::optional<ContactMethod> methodFromText(const QString& text);
    static QString methodName(ContactMethod method);
    // The outcomes offered when the shop has not edited its own list.
    static QStringList defaultOutcomes();

    static void normalise(FollowUp& followUp);
    // `localDay` is the follow-up's own day in the shop's time zone (the next contact cannot be earlier).
    static QList<FieldIssue> check(const FollowUp& followUp, const QDate& localDay);
};

} // namespace shopcrm
