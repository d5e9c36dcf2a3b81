#include "ServiceRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace shopcrm {

namespace {

// Looking further than ten years for opening time means the hours are not usable.
constexpr int kMaxDays = 3660;

} // namespace

QList<int> OpeningHours::mondayToSaturday()
{
    QList<int> days;
    for (int d = 1; d <= 6; ++d)
        days.append(d);
    return days;
}

bool OpeningHours::isOpenOn(const QDate& day) const
{
    for (const DayException& e : closedDays)
        if (e.contains(day)) return false;
    for (const DayException& e : extraDays)
        if (e.contains(day)) return true;
    return days.contains(day.dayOfWeek());
}

namespace {

QJsonArray exceptionsJson(const QList<DayException>& list)
{
    QJsonArray a;
    for (const DayException& e : list)
        a.append(QJsonObject{{QStringLiteral("from"), e.from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), e.to.toString(Qt::ISODate)},
                             {QStringLiteral("note"), e.note}});
    return a;
}

QList<DayException> exceptionsOf(const QJsonArray& a)
{
    QList<DayException> list;
    for (const QJsonValue& v : a) {
        const QJsonObject o = v.toObject();
        DayException e{QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate),
                       QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate),
                       o.value(QStringLiteral("note")).toString()};
        if (e.from.isValid() && e.to.isValid() && e.from <= e.to) list.append(e);
    }
    return list;
}

} // namespace

QString OpeningHours::toJson() const
{
    QJsonArray d;
    for (const int day : days)
        d.append(day);
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("days"), d},
                                  {QStringLiteral("open"), open.toString(QStringLiteral("HH:mm"))},
                                  {QStringLiteral("close"), close.toString(QStringLiteral("HH:mm"))},
                                  {QStringLiteral("closed"), exceptionsJson(closedDays)},
                                  {QStringLiteral("extra"), exceptionsJson(extraDays)}})
            .toJson(QJsonDocument::Compact));
}

std::optional<QList<DayException>> OpeningHours::parseDays(const QString& text, QString* error)
{
    static const QRegularExpression line(
        QStringLiteral("^(\\d{4}-\\d{1,2}-\\d{1,2})(?:\\s*(?:\\.\\.|~|～|至|–|—)\\s*(\\d{4}-\\d{1,2}-\\d{1,2}"
                       "))?(?:\\s+(.*))?$"));
    QList<DayException> list;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString l = lines.at(i).trimmed();
        if (l.isEmpty()) continue;
        const QRegularExpressionMatch m = line.match(l);
        DayException e;
        if (m.hasMatch()) {
            e.from = QDate::fromString(m.captured(1), QStringLiteral("yyyy-M-d"));
            e.to = m.captured(2).isEmpty() ? e.from
                                           : QDate::fromString(m.captured(2), QStringLiteral("yyyy-M-d"));
            e.note = m.captured(3).simplified();
        }
        if (!e.from.isValid() || !e.to.isValid() || e.to < e.from || e.from.daysTo(e.to) > 366) {
            if (error)
                *error =
                    ServiceRules::tr("Line %1 is not a day or a range of days like 2027-02-06..2027-02-12: "
                                     "\"%2\"")
                        .arg(i + 1)
                        .arg(l);
            return std::nullopt;
        }
        list.append(e);
    }
    std::sort(list.begin(), list.end(),
              [](const DayException& a, const DayException& b) { return a.from < b.from; });
    return list;
}

QString OpeningHours::daysText(const QList<DayException>& days)
{
    QStringList lines;
    for (const DayException& e : days) {
        QString l = e.from.toString(Qt::ISODate);
        if (e.to != e.from) l += QStringLiteral("..") + e.to.toString(Qt::ISODate);
        if (!e.note.isEmpty()) l += QLatin1Char(' ') + e.note;
        lines.append(l);
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<OpeningHours> OpeningHours::fromJson(const QString& text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (o.isEmpty()) return std::nullopt;
    OpeningHours h;
    h.days.clear();
    for (const QJsonValue& v : o.value(QStringLiteral("days")).toArray())
        if (v.toInt() >= 1 && v.toInt() <= 7 && !h.days.contains(v.toInt())) h.days.append(v.toInt());
    std::sort(h.days.begin(), h.days.end());
    h.open = QTime::fromString(o.value(QStringLiteral("open")).toString(), QStringLiteral("HH:mm"));
    h.close = QTime::fromString(o.value(QStringLiteral("close")).toString(), QStringLiteral("HH:mm"));
    h.closedDays = exceptionsOf(o.value(QStringLiteral("closed")).toArray());
    h.extraDays = exceptionsOf(o.value(QStringLiteral("extra")).toArray());
    if (!ServiceRules::checkHours(h).isNull()) return std::nullopt;
    return h;
}

QString ServiceTargets::toJson() const
{
    QJsonObject o;
    for (const ServicePriority p : ServiceRules::priorities())
        o.insert(ServiceRules::priorityCode(p), of(p));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<ServiceTargets> ServiceTargets::fromJson(const QString& text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (o.isEmpty()) return std::nullopt;
    ServiceTargets t;
    for (const ServicePriority p : ServiceRules::priorities()) {
        const int hours = o.value(ServiceRules::priorityCode(p)).toInt(t.of(p));
        if (hours > 0) t.hours[static_cast<int>(p)] = hours;
    }
    return t;
}

bool ServiceRequest::isOpen() const
{
    return status != ServiceStatus::Resolved && status != ServiceStatus::Closed &&
           status != ServiceStatus::Rejected;
}

bool ServiceRequest::isOverdue(const QDateTime& nowUtc) const
{
    return isOpen() && due.isValid() && due < nowUtc;
}

QList<ServiceStatus> ServiceRules::statuses()
{
    return {ServiceStatus::New,      ServiceStatus::InProgress, ServiceStatus::AwaitingCustomer,
            ServiceStatus::Resolved, ServiceStatus::Closed,     ServiceStatus::Rejected};
}

QString ServiceRules::statusCode(ServiceStatus status)
{
    switch (status) {
    case ServiceStatus::New:
        return QStringLiteral("new");
    case ServiceStatus::InProgress:
        return QStringLiteral("in_progress");
    case ServiceStatus::AwaitingCustomer:
        return QStringLiteral("awaiting_customer");
    case ServiceStatus::Resolved:
        return QStringLiteral("resolved");
    case ServiceStatus::Closed:
        return QStringLiteral("closed");
    case ServiceStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

QString ServiceRules::statusName(ServiceStatus status)
{
    switch (status) {
    case ServiceStatus::New:
        return tr("New", "service status");
    case ServiceStatus::InProgress:
        return tr("In progress", "service status");
    case ServiceStatus::AwaitingCustomer:
        return tr("Waiting for the customer", "service status");
    case ServiceStatus::Resolved:
        return tr("Resolved", "service status");
    case ServiceStatus::Closed:
        return tr("Closed", "service status");
    case ServiceStatus::Rejected:
        return tr("Rejected", "service status");
    }
    return {};
}

std::optional<ServiceStatus> ServiceRules::statusFromText(const QString& text)
{
    const QString t = text.trimmed();
    for (const ServiceStatus s : statuses())
        if (t == statusCode(s) || t.compare(statusName(s), Qt::CaseInsensitive) == 0) return s;
    return std::nullopt;
}

QList<ServicePriority> ServiceRules::priorities()
{
    return {ServicePriority::Low, ServicePriority::Medium, ServicePriority::High, ServicePriority::Urgent};
}

QString ServiceRules::priorityCode(ServicePriority priority)
{
    switch (priority) {
    case ServicePriority::Low:
        return QStringLiteral("low");
    case ServicePriority::Medium:
        return QStringLiteral("medium");
    case ServicePriority::High:
        return QStringLiteral("high");
    case ServicePriority::Urgent:
        return QStringLiteral("urgent");
    }
    return {};
}

QString ServiceRules::priorityName(ServicePriority priority)
{
    switch (priority) {
    case ServicePriority::Low:
        return tr("Low", "priority");
    case ServicePriority::Medium:
        return tr("Medium", "priority");
    case ServicePriority::High:
        return tr("High", "priority");
    case ServicePriority::Urgent:
        return tr("Urgent", "priority");
    }
    return {};
}

std::optional<ServicePriority> ServiceRules::priorityFromText(const QString& text)
{
    const QString t = text.trimmed();
    for (const ServicePriority p : priorities())
        if (t == priorityCode(p) || t.compare(priorityName(p), Qt::CaseInsensitive) == 0) return p;
    return std::nullopt;
}

QStringList ServiceRules::defaultTypes()
{
    return {tr("Quality problem"), tr("Delivery time"), tr("Installation / repair"),
            tr("Enquiry"),         tr("Complaint"),     tr("Other", "service type")};
}

QStringList ServiceRules::defaultChannels()
{
    return {tr("Phone"), tr("WeChat"), tr("At the counter"), tr("On site"), tr("Email")};
}

QList<ServiceStatus> ServiceRules::nextStatuses(ServiceStatus status)
{
    switch (status) {
    case ServiceStatus::New:
        return {ServiceStatus::InProgress, ServiceStatus::AwaitingCustomer, ServiceStatus::Resolved,
                ServiceStatus::Rejected};
    case ServiceStatus::InProgress:
        return {ServiceStatus::AwaitingCustomer, ServiceStatus::Resolved, ServiceStatus::Rejected};
    case ServiceStatus::AwaitingCustomer:
        return {ServiceStatus::InProgress, ServiceStatus::Resolved, ServiceStatus::Rejected};
    case ServiceStatus::Resolved:
        return {ServiceStatus::Closed, ServiceStatus::InProgress};
    case ServiceStatus::Closed:
    case ServiceStatus::Rejected:
        return {ServiceStatus::InProgress};
    }
    return {};
}

QDateTime ServiceRules::dueAt(const QDateTime& openedUtc, int hours, const OpeningHours& opening)
{
    if (!openedUtc.isValid()) return {};
    qint64 remaining = qint64(std::max(0, hours)) * 3600;
    if (!checkHours(opening).isNull())
        return openedUtc.addSecs(remaining); // no usable hours: around the clock
    QDateTime t = openedUtc.toLocalTime();
    for (int i = 0; i < kMaxDays; ++i) {
        const QDate day = t.date();
        if (opening.isOpenOn(day)) {
            const QDateTime start = std::max(t, QDateTime(day, opening.open));
            const QDateTime end(day, opening.close);
            if (start < end) {
                const qint64 available = start.secsTo(end);
                if (remaining <= available) return start.addSecs(remaining).toUTC();
                remaining -= available;
            }
        }
        t = QDateTime(day.addDays(1), QTime(0, 0));
    }
    return openedUtc.addSecs(qint64(hours) * 3600);
}

qint64 ServiceRules::openMinutesBetween(const QDateTime& fromUtc, const QDateTime& toUtc,
                                        const OpeningHours& opening)
{
    if (!fromUtc.isValid() || !toUtc.isValid() || toUtc <= fromUtc) return 0;
    if (!checkHours(opening).isNull()) return fromUtc.secsTo(toUtc) / 60;
    const QDateTime from = fromUtc.toLocalTime();
    const QDateTime to = toUtc.toLocalTime();
    qint64 seconds = 0;
    for (QDate day = from.date(); day <= to.date(); day = day.addDays(1)) {
        if (!opening.isOpenOn(day)) continue;
        const QDateTime start = std::max(from, QDateTime(day, opening.open));
        const QDateTime end = std::min(to, QDateTime(day, opening.close));
        if (start < end) seconds += start.secsTo(end);
    }
    return seconds / 60;
}

void ServiceRules::normalise(ServiceRequest& r)
{
    r.type = r.type.simplified();
    r.channel = r.channel.simplified();
    r.contactName = r.contactName.simplified();
    r.assignee = r.assignee.simplified();
    r.description = r.description.trimmed();
    r.resolution = r.resolution.trimmed();
    r.satisfactionComment = r.satisfactionComment.trimmed();
}

QList<FieldIssue> ServiceRules::check(const ServiceRequest& r)
{
    QList<FieldIssue> issues;
    if (r.customerId <= 0)
        issues.append({QStringLiteral("customer"), tr("Choose the customer the request is from.")});
    if (r.type.isEmpty()) issues.append({QStringLiteral("type"), tr("Choose what kind of request it is.")});
    if (r.description.isEmpty())
        issues.append(
            {QStringLiteral("description"), tr("Describe the problem or what the customer asks for.")});
    if ((r.status == ServiceStatus::Resolved || r.status == ServiceStatus::Closed) && r.resolution.isEmpty())
        issues.append({QStringLiteral("resolution"), tr("Say how it was resolved.")});
    if (r.status == ServiceStatus::Rejected && r.resolution.isEmpty())
        issues.append({QStringLiteral("resolution"), tr("Say why the request was rejected.")});
    if (r.satisfaction < 0 || r.satisfaction > 5)
        issues.append({QStringLiteral("satisfaction"), tr("Satisfaction is rated from 1 to 5.")});
    else if (r.satisfaction > 0 && r.status != ServiceStatus::Closed)
        issues.append(
            {QStringLiteral("satisfaction"), tr("The customer rates a request once it is closed.")});
    issues += AttachmentRules::check(r.attachments);
    return issues;
}

QString ServiceRules::checkHours(const OpeningHours& h)
{
    if (h.days.isEmpty()) return tr("Choose the days the shop is open.");
    if (!h.open.isValid() || !h.close.isValid() || h.open >= h.close)
        return tr("The shop must open before it closes, on the same day.");
    return {};
}

Order ServiceRules::reprintOf(const Order& original, const ServiceRequest& request, const QDateTime& nowUtc)
{
    Order o = OrderRules::duplicate(original, nowUtc);
    o.title = tr("Reprint: %1").arg(original.title.isEmpty() ? original.number : original.title);
    o.notes = tr("Reprint for service request %1 (order %2): %3")
                  .arg(request.number, original.number, request.description);
    return o;
}

} // namespace shopcrm
