#include "VCard.h"

#include "CsvReader.h"

#include <QRegularExpression>

#include <algorithm>

namespace shopcrm {

namespace {

struct Property
{
    QString name;      // upper case, without its group
    QStringList types; // upper case: CELL, WORK, VOICE…
    QString encoding;  // QUOTED-PRINTABLE or empty
    QString charset;   // as given
    QString valueType; // VALUE=uri…
    QByteArray value;  // raw, still escaped
    int line = 0;
};

QByteArray quotedPrintable(const QByteArray& in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out.append(static_cast<char>(byte));
                i += 2;
                continue;
            }
        }
        out.append(in.at(i));
    }
    return out;
}

QString decodeText(const QByteArray& bytes, const QString& charset)
{
    const QString cs = charset.toUpper();
    if (cs.startsWith(QLatin1String("GB")) ||
        (!cs.startsWith(QLatin1String("UTF")) && !CsvReader::isValidUtf8(bytes)))
        return CsvReader::decode(bytes, TextEncoding::Gb18030);
    return QString::fromUtf8(bytes);
}

// Splits on the separator where it is not escaped with a backslash, and unescapes each part.
QStringList components(const QString& value, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            if (next == QLatin1Char('n') || next == QLatin1Char('N'))
                current += QLatin1Char('\n');
            else
                current += next;
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

QString text(const QString& value)
{
    return components(value, QChar(0)).join(QString()).trimmed();
}

Property parseLine(const QByteArray& line, int number, bool* ok)
{
    Property p;
    p.line = number;
    // The name and parameters end at the first colon outside a quoted parameter value.
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == '"')
            quoted = !quoted;
        else if (line.at(i) == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    *ok = colon > 0;
    if (!*ok) return p;
    const QList<QByteArray> head = line.left(colon).split(';');
    p.value = line.mid(colon + 1);
    QByteArray name = head.first().trimmed().toUpper();
    if (const qsizetype dot = name.indexOf('.'); dot >= 0) name = name.mid(dot + 1); // item1.TEL
    p.name = QString::fromLatin1(name);
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QByteArray param = head.at(i).trimmed();
        const qsizetype eq = param.indexOf('=');
        const QString key = QString::fromLatin1(eq < 0 ? QByteArray("TYPE") : param.left(eq).toUpper());
        QString values = QString::fromLatin1(eq < 0 ? param : param.mid(eq + 1)).remove(QLatin1Char('"'));
        if (eq < 0 && values.compare(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive) == 0) {
            p.encoding = QStringLiteral("QUOTED-PRINTABLE");
            continue;
        }
        if (key == QLatin1String("TYPE"))
            for (const QString& t : values.split(QLatin1Char(','), Qt::SkipEmptyParts))
                p.types.append(t.toUpper());
        else if (key == QLatin1String("ENCODING"))
            p.encoding = values.toUpper();
        else if (key == QLatin1String("CHARSET"))
            p.charset = values;
        else if (key == QLatin1String("VALUE"))
            p.valueType = values.toLower();
    }
    return p;
}

QDate birthday(const QString& value)
{
    QString digits = value;
    digits.remove(QLatin1Char('-'));
    if (digits.size() >= 8) return QDate::fromString(digits.left(8), QStringLiteral("yyyyMMdd"));
    return {};
}

void apply(VCardEntry& card, const Property& p, QStringList* family)
{
    QByteArray raw = p.value;
    if (p.encoding == QLatin1String("QUOTED-PRINTABLE"))
        raw = quotedPrintable(raw);
    else if (p.encoding == QLatin1String("B") || p.encoding == QLatin1String("BASE64"))
        return; // a photo or a key: nothing a shop's customer list keeps
    const QString value = decodeText(raw, p.charset);
    const QString& n = p.name;
    if (n == QLatin1String("FN")) {
        card.formattedName = text(value);
    } else if (n == QLatin1String("N")) {
        *family = components(value, QLatin1Char(';'));
    } else if (n == QLatin1String("ORG")) {
        card.organisation = components(value, QLatin1Char(';')).value(0).trimmed();
    } else if (n == QLatin1String("TITLE")) {
        card.title = text(value);
    } else if (n == QLatin1String("TEL")) {
        QString number = text(value);
        if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) number = number.mid(4);
        if (number.isEmpty()) return;
        if (p.types.contains(QLatin1String("CELL")) || p.types.contains(QLatin1String("MOBILE")))
            card.mobiles.append(number);
        else
            card.phones.append(number);
    } else if (n == QLatin1String("EMAIL")) {
        if (const QString e = text(value); !e.isEmpty()) card.emails.append(e);
    } else if (n == QLatin1String("ADR")) {
        // PO box; extended; street; locality; region; postal code; country. Written region first,
        // as a Chinese address is read.
        const QStringList a = components(value, QLatin1Char(';'));
        QStringList parts;
        for (const int i : {6, 4, 3, 2, 1, 0})
            if (!a.value(i).trimmed().isEmpty() && !parts.contains(a.value(i).trimmed()))
                parts.append(a.value(i).trimmed());
        const bool han = std::any_of(parts.cbegin(), parts.cend(), [](const QString& s) {
            return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x3400; });
        });
        if (card.address.isEmpty())
            card.address = parts.join(han ? QString() : QStringLiteral(", "))
                               .replace(QLatin1Char('\n'), QLatin1Char(' '));
    } else if (n == QLatin1String("LABEL")) {
        if (card.address.isEmpty()) card.address = text(value).replace(QLatin1Char('\n'), QLatin1Char(' '));
    } else if (n == QLatin1String("NOTE")) {
        card.note = text(value);
    } else if (n == QLatin1String("BDAY")) {
        card.birthday = birthday(text(value));
    } else if (n == QLatin1String("X-WECHAT") || n == QLatin1String("X-WEIXIN")) {
        card.wechat = text(value);
    } else if (n == QLatin1String("IMPP")) {
        static const QRegularExpression scheme(QStringLiteral("^(weixin|wechat|x-apple:wechat):"),
                                               QRegularExpression::CaseInsensitiveOption);
        const QString v = text(value);
        if (const QRegularExpressionMatch m = scheme.match(v); m.hasMatch())
            card.wechat = v.mid(m.capturedLength());
    }
}

QString nameFrom(const QStringList& n)
{
    const QString familyName = n.value(0).trimmed();
    const QString given = n.value(1).trimmed();
    const bool han =
        std::any_of(familyName.cbegin(), familyName.cend(), [](QChar c) { return c.unicode() >= 0x3400; }) ||
        std::any_of(given.cbegin(), given.cend(), [](QChar c) { return c.unicode() >= 0x3400; });
    if (han) return familyName + given; // 张 + 三
    return QStringList{given, familyName}.join(QLatin1Char(' ')).trimmed();
}

} // namespace

QList<VCardEntry> VCard::read(const QByteArray& bytes, QStringList* problems)
{
    // Unfolds: a line that starts with a space or a tab continues the one before (RFC 6350 3.2);
    // in QUOTED-PRINTABLE a line that ends with "=" continues on the next.
    QList<QByteArray> lines;
    QList<int> numbers;
    const QList<QByteArray> physical = bytes.split('\n');
    bool softBreak = false;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray line = physical.at(i);
        if (line.endsWith('\r')) line.chop(1);
        if (i == 0 && line.startsWith("\xEF\xBB\xBF")) line.remove(0, 3);
        if (!lines.isEmpty() && (softBreak || line.startsWith(' ') || line.startsWith('\t'))) {
            lines.last() += softBreak ? line : line.mid(1);
        } else {
            lines.append(line);
            numbers.append(static_cast<int>(i + 1));
        }
        const QByteArray& last = lines.last();
        softBreak = last.endsWith('=') && last.toUpper().contains("QUOTED-PRINTABLE");
        if (softBreak) lines.last().chop(1);
    }
    QList<VCardEntry> cards;
    VCardEntry current;
    QStringList family;
    bool inside = false;
    auto problem = [&](int line, const QString& message) {
        if (problems) problems->append(tr("Line %1: %2").arg(line).arg(message));
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (line.trimmed().isEmpty()) continue;
        bool ok = false;
        const Property p = parseLine(line, numbers.at(i), &ok);
        if (!ok) {
            problem(numbers.at(i), tr("not a vCard property"));
            continue;
        }
        const QString value = QString::fromLatin1(p.value).trimmed().toUpper();
        if (p.name == QLatin1String("BEGIN") && value == QLatin1String("VCARD")) {
            if (inside) problem(current.line, tr("a card without END:VCARD"));
            current = VCardEntry();
            current.line = p.line;
            family.clear();
            inside = true;
        } else if (p.name == QLatin1String("END") && value == QLatin1String("VCARD")) {
            if (!inside) {
                problem(p.line, tr("END:VCARD without BEGIN:VCARD"));
                continue;
            }
            if (current.formattedName.isEmpty()) current.formattedName = nameFrom(family);
            cards.append(current);
            inside = false;
        } else if (inside) {
            apply(current, p, &family);
        }
    }
    if (inside) problem(current.line, tr("a card without END:VCARD"));
    return cards;
}

QString VCard::escape(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QByteArray VCard::write(const QList<VCardEntry>& cards)
{
    QByteArray out;
    // Folds at 75 octets, each continuation starting with a space; never inside a UTF-8 character.
    auto line = [&](const QString& text) {
        const QByteArray utf8 = text.toUtf8();
        qsizetype at = 0;
        qsizetype room = 75;
        while (utf8.size() - at > room) {
            qsizetype cut = at + room;
            while (cut > at && (static_cast<unsigned char>(utf8.at(cut)) & 0xC0) == 0x80)
                --cut;
            out += utf8.mid(at, cut - at);
            out += "\r\n ";
            at = cut;
            room = 74;
        }
        out += utf8.mid(at);
        out += "\r\n";
    };
    for (const VCardEntry& c : cards) {
        line(QStringLiteral("BEGIN:VCARD"));
        line(QStringLiteral("VERSION:3.0"));
        line(QStringLiteral("FN:") + escape(c.formattedName));
        line(QStringLiteral("N:") + escape(c.formattedName) + QStringLiteral(";;;;"));
        if (!c.organisation.isEmpty()) line(QStringLiteral("ORG:") + escape(c.organisation));
        if (!c.title.isEmpty()) line(QStringLiteral("TITLE:") + escape(c.title));
        for (const QString& m : c.mobiles)
            line(QStringLiteral("TEL;TYPE=CELL:") + escape(m));
        for (const QString& p : c.phones)
            line(QStringLiteral("TEL;TYPE=WORK,VOICE:") + escape(p));
        for (const QString& e : c.emails)
            line(QStringLiteral("EMAIL;TYPE=INTERNET:") + escape(e));
        if (!c.address.isEmpty())
            line(QStringLiteral("ADR;TYPE=WORK:;;") + escape(c.address) + QStringLiteral(";;;;"));
        if (!c.wechat.isEmpty()) line(QStringLiteral("X-WECHAT:") + escape(c.wechat));
        if (c.birthday.isValid()) line(QStringLiteral("BDAY:") + c.birthday.toString(Qt::ISODate));
        if (!c.note.isEmpty()) line(QStringLiteral("NOTE:") + escape(c.note));
        line(QStringLiteral("END:VCARD"));
    }
    return out;
}

} // namespace shopcrm
