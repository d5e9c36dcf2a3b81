#pragma once

#include "Attachment.h"
#include "Customer.h"
#include "Order.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace shopcrm {

// 新建 → 处理中 → 待客户确认 → 已解决 → 已关闭, or 已驳回.
enum class ServiceStatus
{
    New,
    InProgress,
    AwaitingCustomer,
    Resolved,
    Closed,
    Rejected
};

enum class ServicePriority
{
    Low,
    Medium,
    High,
    Urgent
};

// When the shop is open, in its own time zone: the days of the week (1 Monday … 7 Sunday) and the
// hours. A request's due time is counted in these hours only.
// Days that differ from the week's pattern: a public holiday the shop is closed on (春节), or a
// make-up working day it is open on though the week says not (调休).
struct DayException
{
    QDate from;
    QDate to; // the same as from for one day
    QString note;
    bool contains(const QDate& day) const { return day >= from && day <= to; }
};

struct OpeningHours
{
    QList<int> days = mondayToSaturday();
    QTime open{9, 0};
    QTime close{18, 0};
    QList<DayException> closedDays; // holidays
    QList<DayException> extraDays;  // make-up working days
    bool isOpenOn(const QDate& day) const;
    QString toJson() const;
    static std::optional<OpeningHours> fromJson(const QString& text);
    static QList<int> mondayToSaturday();
    // One day or range a line: "2027-02-06", "2027-02-06..2027-02-12 春节" (also ~ or 至 between
    // the dates); what follows the dates is the note. nullopt, with the line named in `error`,
    // when a line is not that.
    static std::optional<QList<DayException>> parseDays(const QString& text, QString* error);
    static QString daysText(const QList<DayException>& days);
};

// Hours to resolve a request, per priority, in opening hours.
struct ServiceTargets
{
    int hours[4] = {72, 24, 8, 4}; // low, medium, high, urgent
    int of(ServicePriority p) const { return hours[static_cast<int>(p)]; }
    QString toJson() const;
    static std::optional<ServiceTargets> fromJson(const QString& text);
};

// A service request or complaint: a reprint because colours were off, an installation visit, a
// complaint about a late delivery. Numbered from its own counter; due by its priority's target,
// counted in opening hours from when it was opened; rated by the customer once closed.
struct ServiceRequest
{
    RowMeta meta;
    QString number;
    qint64 customerId = 0;
    QString customerName; // read only
    QString contactName;
    qint64 orderId = 0;
    QString orderNumber; // read only
    QString type;        // the shop's list: 质量问题, 交期, 安装/维修 …
    ServicePriority priority = ServicePriority::Medium;
    QString channel; // how it came in: phone, WeChat, at the counter …
    QString description;
    QString assignee; // a staff member's name
    ServiceStatus status = ServiceStatus::New;
    QDateTime openedAt; // UTC
    QDateTime due;      // UTC, from the priority's target; may be moved by hand
    QString resolution;
    QDateTime resolvedAt; // UTC, read only: when it last became resolved
    QDateTime closedAt;   // UTC, read only
    int satisfaction = 0; // 1–5 once closed; 0 not rated
    QString satisfactionComment;
    QList<Attachment> attachments;

    bool isOpen() const;
    // Open and past its due time at `nowUtc`.
    bool isOverdue(const QDateTime& nowUtc) const;
};

// One step of a request's progress (服务进度).
struct ServiceMove
{
    ServiceStatus from = ServiceStatus::New;
    ServiceStatus to = ServiceStatus::New;
    bool first = false; // its opening
    QDateTime at;       // UTC
    QString who;
    QString note;
};

class ServiceRules final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::ServiceRules)
public:
    static QList<ServiceStatus> statuses();
    static QString statusCode(ServiceStatus status);
    static std::optional<ServiceStatus> statusFromText(const QString& text); // code or name
    static QString statusName(ServiceStatus status);
    static QList<ServicePriority> priorities();
    static QString priorityCode(ServicePriority priority);
    static std::optional<ServicePriority> priorityFromText(const QString& text); // code or name
    static QString priorityName(ServicePriority priority);
    // The types a shop starts with, and the channels offered.
    static QStringList defaultTypes();
    static QStringList defaultChannels();
    // Where a request can go from here: forward, back to work, or rejected; closed and rejected
    // ones can be reopened (back to in progress).
    static QList<ServiceStatus> nextStatuses(ServiceStatus status);
    static bool canMove(ServiceStatus from, ServiceStatus to) { return nextStatuses(from).contains(to); }

    // `hours` of opening time after `openedUtc`: time outside the opening hours does not count (a
    // request opened on Saturday evening with 8 hours starts counting on Monday morning). The
    // hours are the shop's local time.
    static QDateTime dueAt(const QDateTime& openedUtc, int hours, const OpeningHours& opening);
    // Opening hours between two times (for "resolved within target"), in minutes.
    static qint64 openMinutesBetween(const QDateTime& fromUtc, const QDateTime& toUtc,
                                     const OpeningHours& opening);

    static void normalise(ServiceRequest& request);
    // Errors block the save. Fields: customer, type, description, resolution, satisfaction.
    static QList<FieldIssue> check(const ServiceRequest& request);
    static QString checkHours(const OpeningHours& hours); // null when fine
    // The reprint a request asks for: a copy of its order (customer, lines, staff; dated now) whose
    // title and notes name the request. Prices stay as they were; a free reprint is set to 0 by hand.
    static Order reprintOf(const Order& original, const ServiceRequest& request, const QDateTime& nowUtc);
};

} // namespace shopcrm
