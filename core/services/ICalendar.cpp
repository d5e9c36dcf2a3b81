#include "ICalendar.h"

#include <QCoreApplication>
#include <QStringList>

#include <libical/ical.h>

#include <memory>

namespace shopcrm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::ICalendar)
};

icaltimetype utc(const QDateTime& t)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(t.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

icaltimetype date(const QDate& d)
{
    icaltimetype t = icaltime_null_date();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    t.is_date = 1;
    return t;
}

void add(icalcomponent* c, icalproperty* p)
{
    icalcomponent_add_property(c, p);
}

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

} // namespace

QByteArray ICalendar::write(const QList<CalendarItem>& items, const QString& calendarName,
                            const QString& uidSuffix, const QDateTime& stampUtc)
{
    std::unique_ptr<icalcomponent, void (*)(icalcomponent*)> cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT),
                                                                 icalcomponent_free);
    add(cal.get(), icalproperty_new_version("2.0"));
    add(cal.get(), icalproperty_new_prodid("-//ShopCRM//ShopCRM Calendar//ZH"));
    add(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    add(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalproperty* name = icalproperty_new_x(utf8(calendarName).constData());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    add(cal.get(), name);

    for (const CalendarItem& it : items) {
        icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        add(event, icalproperty_new_uid(utf8(it.key() + QLatin1Char('@') + uidSuffix).constData()));
        add(event, icalproperty_new_dtstamp(utc(stampUtc)));
        if (it.allDay) {
            add(event, icalproperty_new_dtstart(date(it.day)));
            add(event, icalproperty_new_dtend(date(it.day.addDays(1))));
        } else {
            add(event, icalproperty_new_dtstart(utc(it.start)));
            // A point in time (a due time) has no end: RFC 5545 then ends it where it starts.
            if (it.end > it.start) add(event, icalproperty_new_dtend(utc(it.end)));
        }
        const QString summary = it.done ? Tr::tr("%1 (done)").arg(it.title) : it.title;
        add(event, icalproperty_new_summary(utf8(summary).constData()));
        if (!it.place.isEmpty()) add(event, icalproperty_new_location(utf8(it.place).constData()));
        QStringList about;
        if (it.kind == CalendarItem::Kind::Appointment)
            about.append(CalendarRules::appointmentKindName(it.appointmentKind));
        if (!it.customer.isEmpty()) about.append(Tr::tr("Customer: %1").arg(it.customer));
        if (!it.detail.isEmpty()) about.append(it.detail);
        if (!it.people.isEmpty())
            about.append(Tr::tr("People: %1").arg(it.people.join(QStringLiteral(", "))));
        if (!about.isEmpty())
            add(event, icalproperty_new_description(utf8(about.join(QLatin1Char('\n'))).constData()));
        add(event, icalproperty_new_categories(utf8(CalendarRules::itemKindName(it.kind)).constData()));
        add(event, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
        if (!it.allDay && !it.done &&
            (it.kind == CalendarItem::Kind::Appointment || it.kind == CalendarItem::Kind::Task)) {
            icalcomponent* alarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
            add(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
            add(alarm, icalproperty_new_trigger(icaltriggertype_from_int(-30 * 60)));
            add(alarm, icalproperty_new_description(utf8(it.title).constData()));
            icalcomponent_add_component(event, alarm);
        }
        icalcomponent_add_component(cal.get(), event);
    }
    char* text = icalcomponent_as_ical_string_r(cal.get());
    QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

} // namespace shopcrm
