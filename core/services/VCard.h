#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopcrm {

// One contact card: what a phone or a mail program exports for a person.
struct VCardEntry
{
    QString formattedName; // FN, or the name put together from N
    QString organisation;  // ORG's first part
    QString title;
    QStringList mobiles; // TEL of type CELL
    QStringList phones;  // every other TEL
    QStringList emails;
    QString address; // ADR's parts joined the Chinese way (region first), or LABEL
    QString wechat;  // X-WECHAT, or an IMPP with the weixin:/wechat: scheme
    QString note;
    QDate birthday;
    int line = 0; // where BEGIN:VCARD stands in the file
};

// vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350) as phones and mail programs write them: folded
// lines, escaped text, QUOTED-PRINTABLE with CHARSET (Android's 2.1 export), TYPE parameters old
// and new, grouped properties (item1.TEL), tel: URIs. Debian has no C++ vCard library (KDE's
// KContacts would bring KDE Frameworks), so the few rules needed are written here.
class VCard final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::VCard)
public:
    // problems receives what could not be read, by line.
    static QList<VCardEntry> read(const QByteArray& bytes, QStringList* problems = nullptr);
    // vCard 3.0, UTF-8, CRLF, lines folded at 75 octets (never inside a character).
    static QByteArray write(const QList<VCardEntry>& cards);
    static QString escape(const QString& text);
};

} // namespace shopcrm
