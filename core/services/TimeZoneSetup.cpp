#include "TimeZoneSetup.h"

#include <QFileInfo>
#include <QtGlobal>

namespace shopcrm {

void pinLocalTimeZone()
{
    static const char* const kZoneFile = "/etc/localtime";
    if (!qEnvironmentVariableIsSet("TZ") && QFileInfo::exists(QString::fromLatin1(kZoneFile)))
        qputenv("TZ", QByteArray(":") + kZoneFile);
}

} // namespace shopcrm
