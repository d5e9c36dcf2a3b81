#pragma once

#include "domain/Calendar.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace shopcrm {

// A staff member's calendar as an iCalendar file (RFC 5545) that a phone's calendar opens: one
// VEVENT per item, times in UTC, whole days as dates, a reminder 30 minutes before each
// appointment and task. Written with libical, which escapes and folds the text as the standard asks.
class ICalendar final
{
public:
    // `uidSuffix` makes the items' UIDs unique to this shop's database, so a phone that imports the
    // file again updates its events instead of doubling them. `stampUtc` is the DTSTAMP.
    static QByteArray write(const QList<CalendarItem>& items, const QString& calendarName,
                            const QString& uidSuffix, const QDateTime& stampUtc);
};

} // namespace shopcrm
