#pragma once

namespace shopcrm {

// Local time conversions (an order's month, today's reminders) ask the C library for the zone.
// With TZ unset, glibc checks /etc/localtime again on every conversion: a stat() and a lock each
// time, a quarter of the time spent writing demo orders. Naming the same zone file in TZ makes the
// library read it once. Call first thing in main(); a running program keeps the zone it started
// with. Does nothing when TZ is set or there is no /etc/localtime.
void pinLocalTimeZone();

} // namespace shopcrm
