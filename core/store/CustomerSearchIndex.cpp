#include "CustomerSearchIndex.h"

#include "CustomerRepository.h"
#include "Database.h"
#include "domain/PhoneNumber.h"
#include "domain/Pinyin.h"
#include "ServerCopy.h"

#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <exception>
#include <map>
#include <optional>
#include <tuple>

namespace shopcrm {

namespace {

const QString kStream = QStringLiteral(
    "SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid >= ? AND rowid < ? ORDER BY rowid");
constexpr int kBatch = 64;   // candidates confirmed together (one read of their rows)

// An FTS5 query of this index's (quoted keys, * after a prefix, AND, OR, parentheses) in
// PostgreSQL's own full-text language (tsquery: 'key', 'key':* for a prefix, & and |), against the
// server's column of keys as verbatim words (schema 30), which its word index serves. Written here
// because the query language is this index's own.
QString serverQuery(const QString& match)
{
    QString query;
    for (qsizetype i = 0; i < match.size();) {
        const QChar c = match.at(i);
        if (c == QLatin1Char('"')) {
            QString key;
            qsizetype j = i + 1;
            for (; j < match.size(); ++j) {
                if (match.at(j) == QLatin1Char('"')) {
                    if (j + 1 < match.size() && match.at(j + 1) == QLatin1Char('"')) {
                        key += QLatin1Char('"');
                        ++j;
                        continue;
                    }
                    break;
                }
                // A quote doubled and a backslash escaped, as tsquery's quoted words take them.
                if (match.at(j) == QLatin1Char('\\') || match.at(j) == QLatin1Char('\'')) key += match.at(j);
                key += match.at(j);
            }
            i = j + 1;
            const bool prefix = i < match.size() && match.at(i) == QLatin1Char('*');
            if (prefix) ++i;
            query +=
                QLatin1Char('\'') + key + QLatin1Char('\'') + (prefix ? QStringLiteral(":*") : QString());
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            query += c;
            ++i;
        } else if (match.mid(i, 3) == QLatin1String("AND")) {
            query += QStringLiteral(" & ");
            i += 3;
        } else if (match.mid(i, 2) == QLatin1String("OR")) {
            query += QStringLiteral(" | ");
            i += 2;
        } else {
            ++i;
        }
    }
    return query;
}

// The server's condition for an index query, written out whole: the planner then knows the keys
// and how common each is (the column's statistics) and picks, per query, the index for a rare key
// or the documents in order for a common one, which finds the first answers at once. With a
// parameter, a statement run often gets one generic plan for all queries, which read all of a
// common key's documents (60,000 for 司) to return the first 64.
QString serverMatch(const QString& match)
{
    // An escape string (E'…'), whose backslashes mean the same whatever the server's
    // standard_conforming_strings: each doubled, and each quote.
    QString query = serverQuery(match);
    query.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("keys @@ CAST(E'%1' AS tsquery)").arg(query);
}
QString rowidRange(qint64 from, qint64 to)
{
    return QStringLiteral("rowid >= %1 AND rowid < %2").arg(from).arg(to);
}

// The statements that add and remove a document, given its rowid and keys (space-separated): on a
// file the FTS5 table without content is told the keys again to remove a document; on a server the
// column holds the keys as words.
QString insertDocument(const Database& db)
{
    return db.isServer() ? QStringLiteral("INSERT INTO search_fts(rowid, keys) VALUES (?, %1)")
                               .arg(CustomerSearchIndex::serverWords(QStringLiteral("?")))
                         : QStringLiteral("INSERT INTO search_fts(rowid, keys) VALUES (?, ?)");
}
QString forgetDocument(const Database& db)
{
    return db.isServer()
               ? QStringLiteral("DELETE FROM search_fts WHERE rowid = ? AND keys = %1")
                     .arg(CustomerSearchIndex::serverWords(QStringLiteral("?")))
               : QStringLiteral("INSERT INTO search_fts(search_fts, rowid, keys) VALUES ('delete', ?, ?)");
}

// A document's keys in the text form of the server's column (tsvector), for COPY: each key quoted,
// a quote or backslash in it doubled.
QString serverVectorText(const QString& keys)
{
    QString text;
    for (const QStringView key : QStringView(keys).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!text.isEmpty()) text += QLatin1Char(' ');
        text += QLatin1Char('\'');
        for (const QChar c : key) {
            if (c == QLatin1Char('\'') || c == QLatin1Char('\\')) text += c;
            text += c;
        }
        text += QLatin1Char('\'');
    }
    return text;
}

// The rowids of the documents an index query finds in [from, to), in order: on SQLite the FTS5
// table read on its own API (which streams in rowid order and stops where the reader stops). On
// PostgreSQL there are two ways, and the planner cannot tell which is cheaper: a key's frequency
// in the statistics is the whole table's, not the field's, and keys that must meet (A AND B) are
// often far more common together than each alone suggests (有限 and 限公 in most company names).
// Through the word index, every document that matches is visited and sorted before the first is
// returned: 40 ms for a common key's 10,000, which a search then reads 64 of. In rowid order, a
// rare key is a scan of the whole field. So each query first looks at the field's first documents
// in order: where one in 64 or more matches, it reads on in order, in growing windows; where
// fewer, the rest comes through the index (one statement does both).
class MatchStream
{
public:
    explicit MatchStream(const Database& db) : m_db(db)
    {
        if (!db.isServer()) m_lite = std::make_unique<RawRead>(db, kStream);
    }
    // On a server, only these customers' documents are looked at (customer → activity day): a few
    // customers known to hold every term of a query are read by their rowids, where the stream of
    // a common first term would read its documents by the thousand to find them.
    void restrictTo(const QHash<qint64, int>& days) { m_days = days; }
    // wantsAll: the caller reads every match, not only the first (on a server, through the index).
    void start(const QString& match, qint64 from, qint64 to, bool wantsAll = false)
    {
        if (m_lite) {
            m_lite->reset();
            m_lite->bind(match).bind(from).bind(to);
            return;
        }
        m_condition = serverMatch(match);
        m_next = from;
        m_to = to;
        m_rowids.clear();
        m_at = 0;
        m_more = from < to;
        m_way = !m_days.isEmpty() ? Way::Restricted : wantsAll ? Way::Index : Way::Probe;
        m_looked = 0;
    }
    bool next()
    {
        if (m_lite) return m_lite->next();
        if (m_at + 1 < m_rowids.size()) {
            ++m_at;
            return true;
        }
        m_rowids.clear();
        m_at = 0;
        while (m_rowids.isEmpty() && m_more) {
            switch (m_way) {
            case Way::Probe:
                readProbe();
                break;
            case Way::InOrder:
                readWindow();
                break;
            case Way::Index:
                readIndex();
                break;
            case Way::Restricted:
                readRestricted();
                break;
            }
        }
        return !m_rowids.isEmpty();
    }
    qint64 rowid() const { return m_lite ? m_lite->int64(0) : m_rowids.at(m_at); }

private:
    enum class Way
    {
        Probe,     // first: the field's first documents decide
        InOrder,   // documents in rowid order, m_window at a time
        Index,     // the word index, every match at once
        Restricted // the documents of the customers it is restricted to, by rowid
    };
    static constexpr int kProbe = 256;
    static constexpr int kDense = 64; // one match in this many documents or more: read in order
    static constexpr int kLastWindow = 4096;
    static constexpr qint64 kMostInOrder = 16384;

    // The first kProbe documents: their matches and the last looked at (kind 0 and 1) where they
    // are dense, else every match through the index (kind 2).
    void readProbe()
    {
        Sql probe(
            m_db,
            QStringLiteral(
                "WITH w AS (SELECT rowid, %1 AS hit FROM (SELECT rowid, keys FROM search_fts WHERE %2 "
                "ORDER BY rowid LIMIT %3) AS d), s AS (SELECT count(*) = %3 AND count(*) FILTER "
                "(WHERE hit) * %4 >= %3 AS dense, max(rowid) AS last FROM w) "
                "SELECT rowid, 0 FROM w WHERE hit AND (SELECT dense FROM s) "
                "UNION ALL SELECT last, 1 FROM s WHERE dense "
                "UNION ALL SELECT rowid, 2 FROM search_fts WHERE %1 AND %2 AND NOT (SELECT dense FROM s)")
                .arg(m_condition, rowidRange(m_next, m_to))
                .arg(kProbe)
                .arg(kDense),
            Sql::Once{});
        probe.exec();
        m_more = false;
        while (probe.next()) {
            const qint64 rowid = probe.value(0).toLongLong();
            if (probe.value(1).toInt() == 1) {
                m_next = rowid + 1;
                m_more = true;
                m_way = Way::InOrder;
                m_window = 2 * kProbe;
            } else {
                m_rowids.append(rowid);
            }
        }
        std::sort(m_rowids.begin(), m_rowids.end());
    }
    // The next m_window documents in order: those that match, and the last looked at. Where they
    // turn sparse, the rest comes through the index.
    void readWindow()
    {
        Sql window(m_db,
                   QStringLiteral("SELECT rowid, hit, i = n, n FROM (SELECT rowid, %1 AS hit, row_number() "
                                  "OVER (ORDER BY rowid) AS i, count(*) OVER () AS n FROM (SELECT "
                                  "rowid, keys FROM search_fts WHERE %2 ORDER BY rowid LIMIT %3) AS w) "
                                  "AS s WHERE hit OR i = n ORDER BY rowid")
                       .arg(m_condition, rowidRange(m_next, m_to))
                       .arg(m_window),
                   Sql::Once{});
        window.exec();
        qint64 last = 0, looked = 0;
        while (window.next()) {
            const qint64 rowid = window.value(0).toLongLong();
            if (window.value(1).toBool()) m_rowids.append(rowid);
            if (window.value(2).toBool()) {
                last = rowid;
                looked = window.value(3).toLongLong();
            }
        }
        m_next = last + 1;
        m_more = looked == m_window; // fewer: the range ended
        m_looked += looked;
        // Sparse now, or read long (the caller passes over most of what it reads): the rest
        // through the index.
        if (m_rowids.size() * kDense < m_window || m_looked >= kMostInOrder)
            m_way = Way::Index;
        else
            m_window = std::min(m_window * 2, kLastWindow);
    }
    // The documents of the customers it is restricted to, in this kind (field), that match.
    void readRestricted()
    {
        const int document = int(m_next >> 44);
        QStringList rowids;
        for (auto it = m_days.cbegin(); it != m_days.cend(); ++it)
            rowids.append(QString::number(CustomerSearchIndex::rowid(document, it.value(), it.key())));
        Sql mine(m_db,
                 QStringLiteral("SELECT rowid FROM search_fts WHERE rowid = ANY(CAST('{%1}' AS BIGINT[])) "
                                "AND %2 AND %3")
                     .arg(rowids.join(QLatin1Char(',')), m_condition, rowidRange(m_next, m_to)),
                 Sql::Once{});
        mine.exec();
        while (mine.next())
            m_rowids.append(mine.value(0).toLongLong());
        std::sort(m_rowids.begin(), m_rowids.end());
        m_more = false;
    }
    // Every match left, through the word index (the field's own: see schema 30).
    void readIndex()
    {
        Sql rest(m_db,
                 QStringLiteral("SELECT rowid FROM search_fts WHERE %1 AND %2")
                     .arg(m_condition, rowidRange(m_next, m_to)),
                 Sql::Once{});
        rest.exec();
        while (rest.next())
            m_rowids.append(rest.value(0).toLongLong());
        std::sort(m_rowids.begin(), m_rowids.end());
        m_more = false;
    }

    const Database& m_db;
    std::unique_ptr<RawRead> m_lite;
    QString m_condition;
    qint64 m_next = 0, m_to = 0;
    Way m_way = Way::Probe;
    int m_window = 0;
    qint64 m_looked = 0; // documents read in order since start()
    QList<qint64> m_rowids;
    qsizetype m_at = 0;
    bool m_more = false;
    QHash<qint64, int> m_days;
};
// The customers holding every term of a query are held as a set when there are at most this many
// (a few milliseconds' reading); more, and most candidates hold them all anyway.
constexpr qsizetype kHeldCustomers = 8192;
// The document holding all of a customer's keys without their start kinds, for queries of several
// terms: one full-text query (A AND B) finds who has them all, in whichever fields. Its rowid is
// the customer's id alone, so it stays put when the customer's activity day moves.
// Only its keys of syllables (f), characters (h), pairs of characters (c), whole texts (x) and three
// initials (i): the pairs of syllables and the other kinds would double the index, and what they
// find is found by these as well (phone numbers lead a search of their own).
constexpr int kWholeCustomer = 20;
constexpr qint64 kWholeFirst = qint64(kWholeCustomer) << 44; // its rowids, [first, end)
constexpr qint64 kWholeEnd = qint64(kWholeCustomer + 1) << 44;

// The whole customer's document has no activity day in its rowid: it stays when the day moves.
bool movesWithActivity(int document)
{
    return document != kWholeCustomer;
}

// Where the pairs after the first one start in a run of `size` characters or syllables: every
// second place from the third, the last pair overlapping when the length is odd.
QList<qsizetype> laterPairStarts(qsizetype size)
{
    QList<qsizetype> starts;
    for (qsizetype k = 2; k < size; k += 2)
        starts.append(std::min(k, size - 2));
    return starts;
}
constexpr int kReadings = 2; // readings of a polyphonic character combined into pair and initial keys

int documentOf(int field, MatchQuality quality)
{
    return field * 4 + int(quality);
}

MatchQuality startKind(const QList<SearchText::Unit>& units, qsizetype i)
{
    if (i == 0) return MatchQuality::Prefix;
    return units.at(i).wordStart ? MatchQuality::WordStart : MatchQuality::Substring;
}

QStringList firstLetters(const QStringList& spellings)
{
    QStringList letters;
    for (const QString& s : spellings.mid(0, kReadings))
        if (!letters.contains(s.left(1))) letters.append(s.left(1));
    return letters;
}

QStringList cross(const QStringList& heads, const QStringList& tails)
{
    QStringList result;
    for (const QString& h : heads)
        for (const QString& t : tails)
            result.append(h + t);
    return result;
}

QString hanOf(const SearchText& text, qsizetype unit)
{
    const SearchText::Unit& u = text.units().at(unit);
    return text.text().mid(u.from, u.to - u.from);
}

// The key of a whole text: its units' main spellings (or their first letters) run together.
QString wholeKey(const QList<SearchText::Unit>& units, bool initials)
{
    QString all;
    for (const SearchText::Unit& unit : units)
        all += initials ? unit.spellings().constFirst().left(1) : unit.spellings().constFirst();
    return QLatin1Char('x') + all.left(64);
}

// The keys of one customer, gathered per field (one document each). A key where a match can start
// begins with the digit of that start's kind (0 whole, 1 start, 2 word start, 3 elsewhere); keys
// that say what the field holds anywhere (c: a pair of Han characters, m: four phone digits) have
// none, and narrow a search by the rest of what was typed.
class Documents
{
public:
    void add(int field, const QString& key)
    {
        if (!m_seen[field].contains(key)) {
            m_seen[field].insert(key);
            m_keys[field].append(key);
        }
    }
    void addStart(int field, MatchQuality quality, const QString& key)
    {
        add(field, QString(QChar(u'0' + int(quality))) + key);
    }

    // Keys for every place a search can start in text: the unit's syllable (f), the pair of
    // syllables it starts (p), its Han character (h) and the pair of characters (q), the initials
    // of it and the next two (i) and three (j); the whole text (x); and every pair of Han
    // characters anywhere (c).
    void addText(int field, const QString& text, bool initials, bool whole)
    {
        const SearchText prepared(text);
        const QList<SearchText::Unit>& units = prepared.units();
        for (qsizetype i = 0; i < units.size(); ++i) {
            const MatchQuality quality = startKind(units, i);
            const QStringList here = units.at(i).spellings();
            for (const QString& s : here)
                addStart(field, quality, QLatin1Char('f') + s);
            // Typed Chinese is looked up by the characters themselves, without homophones.
            if (units.at(i).han()) {
                addStart(field, quality, QLatin1Char('h') + hanOf(prepared, i));
                if (i + 1 < units.size() && units.at(i + 1).han()) {
                    const QString pair = hanOf(prepared, i) + hanOf(prepared, i + 1);
                    addStart(field, quality, QLatin1Char('q') + pair);
                    add(field, QLatin1Char('c') + pair);
                }
            }
            if (i + 1 < units.size())
                for (const QString& pair :
                     cross(here.mid(0, kReadings), units.at(i + 1).spellings().mid(0, kReadings)))
                    addStart(field, quality, QLatin1Char('p') + pair);
            if (initials) {
                QStringList runs{QString()};
                for (qsizetype k = i; k < units.size() && k < i + 4; ++k) {
                    runs = cross(runs, firstLetters(units.at(k).spellings()));
                    if (k == i + 2 || (k == units.size() - 1 && k < i + 2))
                        for (const QString& run : runs)
                            addStart(field, quality, QLatin1Char('i') + run);
                    if (k == i + 3)
                        for (const QString& run : runs)
                            addStart(field, quality, QLatin1Char('j') + run);
                }
            }
        }
        if (whole && !units.isEmpty()) {
            // The whole text in full pinyin and in initials (华彩: huacai, hc).
            addStart(field, MatchQuality::Exact, wholeKey(units, false));
            addStart(field, MatchQuality::Exact, wholeKey(units, true));
        }
    }

    // A phone's digits in fours where a match starts (n), every four anywhere (m), the whole number (y).
    void addPhone(const QString& digits)
    {
        const int field = CustomerSearchIndex::PhoneField;
        for (qsizetype i = 0; i + 4 <= digits.size(); ++i) {
            addStart(field, i == 0 ? MatchQuality::Prefix : MatchQuality::Substring,
                     QLatin1Char('n') + digits.mid(i, 4));
            add(field, QLatin1Char('m') + digits.mid(i, 4));
        }
        addStart(field, MatchQuality::Exact, QLatin1Char('y') + digits);
    }

    // (document number, keys): the document number is the field's first (field × 4); then the
    // whole customer's.
    QList<QPair<int, QString>> finish() const
    {
        QList<QPair<int, QString>> result;
        QSet<QString> all;
        for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
            result.append({documentOf(it.key(), MatchQuality::Exact), it.value().join(QLatin1Char(' '))});
            for (const QString& key : it.value()) {
                const QString bare = key.front().isDigit() ? key.mid(1) : key;
                if (QStringView(u"fhcxi").contains(bare.front())) all.insert(bare);
            }
        }
        if (!all.isEmpty()) {
            QStringList keys(all.cbegin(), all.cend());
            keys.sort(); // the same keys give the same document, which is how it is removed
            result.append({kWholeCustomer, keys.join(QLatin1Char(' '))});
        }
        return result;
    }

private:
    QMap<int, QStringList> m_keys;
    QHash<int, QSet<QString>> m_seen; // a name has a few hundred keys: no linear look-ups
};

bool isAsciiLetter(char32_t c)
{
    return c >= U'a' && c <= U'z';
}

// What a piece of a typed term stands for.
struct QueryUnit
{
    enum Kind
    {
        Full,
        Initial,
        Partial,
        Literal
    } kind;
    QStringList spellings; // Full: the readings; Literal: the character
    QString typed;         // Initial and Partial: the letters typed
    QString han;           // a Han character as typed

    bool whole() const { return kind == Full || kind == Literal; }
    QStringList initials() const { return whole() ? firstLetters(spellings) : QStringList{typed.left(1)}; }
};

QString asciiRun(const QList<char32_t>& term, qsizetype from, qsizetype to)
{
    QString s;
    for (qsizetype i = from; i < to; ++i)
        s += QChar(term.at(i));
    return s;
}

// The syllables a typed run of letters may be: itself, and with v for u after l and n (lu 旅).
// Typed letters as they are, and with v for u after l and n (lu may mean 旅 lv).
QStringList spellingsOf(const QString& letters)
{
    QStringList result{letters};
    if (letters.startsWith(QLatin1String("lu")) || letters.startsWith(QLatin1String("nu")))
        result.append(letters.left(1) + QLatin1Char('v') + letters.mid(2));
    return result;
}

// The syllables a typed run of letters may be.
QStringList syllablesOf(const QString& letters)
{
    QStringList result;
    for (const QString& s : spellingsOf(letters))
        if (Pinyin::isSyllable(QLatin1StringView(s.toLatin1()))) result.append(s);
    return result;
}

bool startsSyllable(const QString& letters)
{
    const QStringList spellings = spellingsOf(letters);
    return std::any_of(spellings.begin(), spellings.end(), [](const QString& s) {
        return Pinyin::isSyllableStart(QLatin1StringView(s.toLatin1()));
    });
}

qsizetype letterRunEnd(const QList<char32_t>& term, qsizetype from)
{
    qsizetype end = from;
    while (end < term.size() && isAsciiLetter(term.at(end)))
        ++end;
    return end;
}

// Whether the letters from `from` on read as whole syllables, the last one perhaps still being typed.
bool readsAsSyllables(const QList<char32_t>& term, qsizetype from, qsizetype end)
{
    if (from == end) return true;
    if (startsSyllable(asciiRun(term, from, end))) return true;
    for (qsizetype to = from + 1; to <= end && to <= from + 6; ++to)
        if (!syllablesOf(asciiRun(term, from, to)).isEmpty() && readsAsSyllables(term, to, end)) return true;
    return false;
}

// The ways the first (up to three) units of a term can be read, each with whether it ends the term.
class TermReader
{
public:
    explicit TermReader(const QList<char32_t>& term)
        : m_term(term), m_syllables(term.size() >= 4 && letterRunEnd(term, 0) == term.size() &&
                                    readsAsSyllables(term, 0, term.size()))
    {
    }

    QList<QPair<QList<QueryUnit>, bool>> readings()
    {
        QList<QueryUnit> units;
        read(0, units);
        return m_out;
    }

private:
    void read(qsizetype at, QList<QueryUnit>& units)
    {
        if (units.size() == 4 || at == m_term.size()) {
            m_out.append({units, at == m_term.size()});
            return;
        }
        if (m_out.size() > 48) return;
        const char32_t c = m_term.at(at);
        auto push = [&](QueryUnit unit, qsizetype next) {
            units.append(std::move(unit));
            read(next, units);
            units.removeLast();
        };
        if (Pinyin::isHan(c)) {
            QStringList readings = Pinyin::readings(c);
            if (readings.isEmpty()) readings = {QString::fromUcs4(&c, 1)};
            push({QueryUnit::Full, readings, {}, QString::fromUcs4(&c, 1)}, at + 1);
            return;
        }
        if (!isAsciiLetter(c)) {
            push({QueryUnit::Literal, {QString::fromUcs4(&c, 1)}, {}, {}}, at + 1);
            return;
        }
        const qsizetype end = letterRunEnd(m_term, at);
        // Typed pinyin that reads as syllables throughout is not also read as initials (zhangwei
        // is not z-h-a…), except for its last letter.
        const bool syllablesOnly = m_syllables || (end - at >= 4 && readsAsSyllables(m_term, at, end));
        for (qsizetype to = at + 1; to <= end && to <= at + 6; ++to)
            if (const QStringList s = syllablesOf(asciiRun(m_term, at, to)); !s.isEmpty())
                push({QueryUnit::Full, s, {}, {}}, to);
        const QString rest = asciiRun(m_term, at, end);
        if (end == m_term.size() && rest.size() >= 2 && syllablesOf(rest).isEmpty() && startsSyllable(rest))
            push({QueryUnit::Partial, {}, rest, {}}, end);
        if (!syllablesOnly || end - at == 1 || (end - at == 2 && m_term.at(at + 1) == U'h')) {
            push({QueryUnit::Initial, {}, QString(QChar(c)), {}}, at + 1);
            if ((c == U'z' || c == U'c' || c == U's') && at + 1 < end && m_term.at(at + 1) == U'h')
                push({QueryUnit::Initial, {}, asciiRun(m_term, at, at + 2), {}}, at + 2);
        }
    }

    const QList<char32_t>& m_term;
    // Typed letters that read as pinyin syllables throughout are not also read as initials,
    // except the last letter (zhangw).
    const bool m_syllables;
    QList<QPair<QList<QueryUnit>, bool>> m_out;
};

QString quoted(const QString& key, bool prefix = false)
{
    QString escaped = key;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
}

// A key where a match starts; its start kind (@) is filled in per part of the search.
QString start(const QString& key, bool prefix = false)
{
    return quoted(QLatin1Char('@') + key, prefix);
}

QString anyOf(const QStringList& alternatives)
{
    return alternatives.size() == 1
               ? alternatives.constFirst()
               : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// Typed syllables after the first two, pair by pair, must be in the field too (wherever a match
// of them starts there): without them, wuhandong reads every address in 武汉 to confirm.
QString laterPairs(const QList<QueryUnit>& units)
{
    QString rest;
    for (const qsizetype at : laterPairStarts(units.size())) {
        const QueryUnit& a = units.at(at);
        const QueryUnit& b = units.at(at + 1);
        if (a.kind != QueryUnit::Full || !a.han.isEmpty() || !b.han.isEmpty()) continue;
        // A syllable typed in part, or only its first letter: pairs that begin so.
        const bool partial = b.kind == QueryUnit::Partial || b.kind == QueryUnit::Initial;
        if (b.kind != QueryUnit::Full && !partial) continue;
        QStringList keys;
        for (const QString& x : a.spellings.mid(0, kReadings))
            for (const QString& y : partial ? QStringList{b.typed} : b.spellings.mid(0, kReadings))
                for (const QChar kind : {u'0', u'1', u'2', u'3'})
                    keys.append(quoted(kind + QLatin1Char('p') + x + y, partial));
        if (!keys.isEmpty()) rest += QStringLiteral(" AND ") + anyOf(keys);
    }
    return rest;
}

// The keys that find a term read one way: in a field's document (keys with their start kind, @),
// or in the whole customer's (wholeCustomer: its fewer kinds of key, without start kinds).
QString expressionFor(const QList<QueryUnit>& units, bool complete, bool initialKeys, bool wholeCustomer)
{
    auto key = [wholeCustomer](const QString& k, bool prefix = false) {
        return wholeCustomer ? quoted(k, prefix) : start(k, prefix);
    };
    if (units.size() == 1) {
        const QueryUnit& u = units.constFirst();
        if (!complete) return {};
        QStringList keys;
        if (!u.han.isEmpty())
            keys.append(key(QLatin1Char('h') + u.han));
        else if (u.whole())
            for (const QString& s : u.spellings)
                keys.append(key(QLatin1Char('f') + s));
        else if (u.kind == QueryUnit::Partial)
            keys.append(key(QLatin1Char('f') + u.typed, true));
        else if (u.typed.size() == 1)
            keys.append(key(QLatin1Char('f') + u.typed)); // a letter in a name (LED)
        return keys.isEmpty() ? QString() : anyOf(keys);
    }
    // Three units are narrowed by their initials (i), four by theirs (j; the whole customer keeps
    // only runs of three, and the first three of four find it).
    QStringList initials;
    if (units.size() >= 3 && (initialKeys || !units.at(0).whole())) {
        QStringList runs{QString()};
        for (const QueryUnit& u : units.mid(0, wholeCustomer ? 3 : 4))
            runs = cross(runs, u.initials());
        for (const QString& run : runs)
            initials.append(key(QLatin1Char(units.size() == 4 && !wholeCustomer ? 'j' : 'i') + run));
    }
    const QueryUnit& first = units.at(0);
    const QueryUnit& second = units.at(1);
    auto narrowed = [&](const QString& expression) {
        return initials.isEmpty() ? expression : expression + QStringLiteral(" AND ") + anyOf(initials);
    };
    if (!first.han.isEmpty() && !second.han.isEmpty()) {
        // A pair of characters where a match starts (q), or anywhere in the customer (c).
        if (wholeCustomer) return narrowed(quoted(QLatin1Char('c') + first.han + second.han));
        return narrowed(start(QLatin1Char('q') + first.han + second.han));
    }
    if (first.whole()) {
        QStringList pairs;
        for (const QString& a : first.spellings.mid(0, kReadings)) {
            // The whole customer has no pair keys: both syllables, wherever they are.
            if (second.whole())
                for (const QString& b : second.spellings.mid(0, kReadings))
                    pairs.append(wholeCustomer ? QLatin1Char('(') + quoted(QLatin1Char('f') + a) +
                                                     QStringLiteral(" AND ") + quoted(QLatin1Char('f') + b) +
                                                     QLatin1Char(')')
                                               : start(QLatin1Char('p') + a + b));
            else if (initials.isEmpty())
                pairs.append(wholeCustomer
                                 ? QLatin1Char('(') + quoted(QLatin1Char('f') + a) + QStringLiteral(" AND ") +
                                       quoted(QLatin1Char('f') + second.typed, true) + QLatin1Char(')')
                                 : start(QLatin1Char('p') + a + second.typed, true));
        }
        if (pairs.isEmpty())
            return anyOf(initials); // a syllable then initials: the initials say more than a prefix
        // Names and contacts are narrowed by initials; addresses and notes by the later pairs.
        return narrowed(anyOf(pairs)) + (wholeCustomer || initialKeys ? QString() : laterPairs(units));
    }
    if (!initials.isEmpty()) return anyOf(initials);
    QStringList prefixes;
    for (const QString& a : first.initials())
        for (const QString& b : second.initials())
            prefixes.append(key(QLatin1Char('i') + a + b, true));
    return anyOf(prefixes);
}

// A candidate's searchable text, read for a batch of candidates at once.
struct Candidate
{
    QStringList fields[5];
    QStringList rawPhones;
    bool archived = false;

    // Prepared on first use: most candidates are looked at in one field only.
    const QList<SearchText>& texts(int field) const
    {
        if (!m_texts[field]) {
            m_texts[field].emplace();
            for (const QString& text : fields[field])
                if (!text.isEmpty()) m_texts[field]->append(SearchText(text));
        }
        return *m_texts[field];
    }
    const QStringList& phones() const
    {
        if (!m_phones) {
            m_phones.emplace();
            for (const QString& phone : rawPhones)
                if (const QString digits = CustomerSearchIndex::phoneDigits(phone); !digits.isEmpty())
                    m_phones->append(digits);
        }
        return *m_phones;
    }

private:
    mutable std::optional<QList<SearchText>> m_texts[5];
    mutable std::optional<QStringList> m_phones;
};

class CandidateReader
{
public:
    explicit CandidateReader(const Database& db) : m_db(db) {}

    // Reads the rows of ids not read yet (at most kBatch at a time, through statements with a
    // fixed number of placeholders, so the statement cache keeps one of each).
    void read(const QList<qint64>& ids)
    {
        QList<qint64> missing;
        for (const qint64 id : ids)
            if (!m_read.contains(id) && !missing.contains(id)) missing.append(id);
        for (qsizetype from = 0; from < missing.size(); from += kBatch)
            readBatch(missing.mid(from, kBatch));
    }

    const Candidate* find(qint64 id) const
    {
        const auto it = m_read.constFind(id);
        return it == m_read.cend() ? nullptr : &*it;
    }

private:
    void readBatch(const QList<qint64>& ids)
    {
        static const QString placeholders = QStringLiteral(",?").repeated(kBatch).mid(1);
        auto bindIds = [&](Sql& sql) {
            for (int i = 0; i < kBatch; ++i)
                sql.bind(i < ids.size() ? ids.at(i) : qint64(0));
        };
        static const QString customers =
            QStringLiteral("SELECT id, name, short_name, phones, region, address, tags, notes, archived "
                           "FROM customers WHERE id IN (%1)")
                .arg(placeholders);
        Sql rows(m_db, customers);
        bindIds(rows);
        rows.exec();
        while (rows.next()) {
            Candidate& c = m_read[rows.value(0).toLongLong()];
            c.fields[CustomerSearchIndex::NameField] = {rows.value(1).toString()};
            c.fields[CustomerSearchIndex::ShortNameField] = {rows.value(2).toString()};
            c.rawPhones = PhoneNumber::splitList(rows.value(3).toString());
            c.fields[CustomerSearchIndex::OtherField] = {rows.value(4).toString(), rows.value(5).toString(),
                                                         rows.value(6).toString(), rows.value(7).toString()};
            c.archived = rows.value(8).toBool();
        }
        static const QString contacts =
            QStringLiteral("SELECT customer_id, name, mobile, phone FROM contacts WHERE customer_id IN (%1)")
                .arg(placeholders);
        Sql people(m_db, contacts);
        bindIds(people);
        people.exec();
        while (people.next()) {
            const auto it = m_read.find(people.value(0).toLongLong());
            if (it == m_read.end()) continue;
            it->fields[CustomerSearchIndex::ContactField].append(people.value(1).toString());
            for (const int column : {2, 3})
                if (const QString phone = people.value(column).toString(); !phone.isEmpty())
                    it->rawPhones.append(phone);
        }
    }

    const Database& m_db;
    QHash<qint64, Candidate> m_read;
};

// How well term meets the candidate's field (None when it does not).
MatchQuality qualityIn(const SearchTerm& term, const Candidate& c, int field)
{
    MatchQuality best = MatchQuality::None;
    if (field == CustomerSearchIndex::PhoneField) {
        if (!term.isPhone()) return best;
        for (const QString& digits : c.phones())
            best = std::min(best, term.matchDigits(digits));
        return best;
    }
    for (const SearchText& text : c.texts(field)) {
        best = std::min(best, term.matchIn(text).quality);
        if (best == MatchQuality::Exact) break;
    }
    return best;
}

bool matchesAnywhere(const SearchTerm& term, const Candidate& c)
{
    for (int field = 0; field < 5; ++field)
        if (qualityIn(term, c, field) != MatchQuality::None) return true;
    return false;
}

} // namespace

QString CustomerSearchIndex::normaliseQuery(const QString& query)
{
    QString result;
    for (const QChar c : query.toCaseFolded())
        if (!c.isSpace()) result += c;
    return result;
}

QString CustomerSearchIndex::phoneDigits(const QString& phone)
{
    return PhoneNumber::queryDigits(PhoneNumber::parse(phone).digits);
}

int CustomerSearchIndex::dayNumber(const QDate& day)
{
    return static_cast<int>(std::clamp<qint64>(QDate(2000, 1, 1).daysTo(day), 0, 65535));
}

qint64 CustomerSearchIndex::rowid(int document, int day, qint64 customerId)
{
    // 5 bits of document, 16 of (negated) day, 28 of customer: ascending rowids are best first.
    if (document == kWholeCustomer) return (qint64(document) << 44) | customerId;
    return (qint64(document) << 44) | (qint64(65535 - day) << 28) | customerId;
}

CustomerSearchIndex::Entry CustomerSearchIndex::entryFor(const Customer& c)
{
    Entry entry;
    Documents documents;
    documents.addText(NameField, c.name, true, true);
    // A short name inside the name ranks by the name.
    if (!c.shortName.isEmpty() && !normaliseQuery(c.name).contains(normaliseQuery(c.shortName)))
        documents.addText(ShortNameField, c.shortName, true, true);
    auto addPhone = [&](const QString& phone) {
        const QString digits = CustomerSearchIndex::phoneDigits(phone);
        if (digits.isEmpty() || entry.phones.contains(digits)) return;
        entry.phones.append(digits);
        documents.addPhone(digits);
    };
    for (const QString& phone : c.phones)
        addPhone(phone);
    for (const Contact& contact : c.contacts) {
        documents.addText(ContactField, contact.name, true, true);
        addPhone(contact.mobile);
        addPhone(contact.phone);
    }
    for (const QString& text : {c.region(), c.address, c.tags.join(QLatin1Char(',')), c.notes.left(200)})
        documents.addText(OtherField, text, false, false);
    entry.documents = documents.finish();
    return entry;
}

int CustomerSearchIndex::storedDay(qint64 id) const
{
    return Sql(m_db, QStringLiteral("SELECT search_day FROM customers WHERE id = ?"))
        .bind(id)
        .scalar()
        .toInt();
}

void CustomerSearchIndex::insert(qint64 id, const Entry& entry, int day)
{
    Sql key(m_db,
            QStringLiteral("INSERT OR IGNORE INTO customer_key(key, customer_id, kind) VALUES (?, ?, ?)"));
    for (const QString& digits : entry.phones)
        key.bind(digits).bind(id).bind(int(PhoneKey)).exec();
    Sql document(m_db, insertDocument(m_db));
    for (const auto& [number, keys] : entry.documents)
        document.bind(rowid(number, day, id)).bind(keys).exec();
}

void CustomerSearchIndex::forget(qint64 id, const Entry& entry, int day)
{
    Sql key(m_db, QStringLiteral("DELETE FROM customer_key WHERE key = ? AND customer_id = ? AND kind = ?"));
    for (const QString& digits : entry.phones)
        key.bind(digits).bind(id).bind(int(PhoneKey)).exec();
    Sql document(m_db, forgetDocument(m_db));
    for (const auto& [number, keys] : entry.documents)
        document.bind(rowid(number, day, id)).bind(keys).exec();
}

void CustomerSearchIndex::update(const Customer& c, const Customer* previous)
{
    const int before = storedDay(c.meta.id);
    if (previous) forget(c.meta.id, entryFor(*previous), before);
    const int day = std::max(before, dayNumber(QDate::currentDate()));
    insert(c.meta.id, entryFor(c), day);
    if (day != before)
        Sql(m_db, QStringLiteral("UPDATE customers SET search_day = ? WHERE id = ?"))
            .bind(day)
            .bind(c.meta.id)
            .exec();
}

void CustomerSearchIndex::touch(qint64 customerId, const QDate& when)
{
    const int day = dayNumber(when);
    Sql stored(m_db, QStringLiteral("SELECT search_day FROM customers WHERE id = ?"));
    stored.bind(customerId).exec();
    if (!stored.next() || stored.value(0).toInt() >= day) return;
    const int before = stored.value(0).toInt();
    const std::optional<Customer> customer = CustomerRepository(m_db).load(customerId);
    if (!customer) return;
    Entry entry = entryFor(*customer);
    entry.documents.removeIf([](const auto& document) { return !movesWithActivity(document.first); });
    forget(customerId, entry, before);
    insert(customerId, entry, day);
    Sql(m_db, QStringLiteral("UPDATE customers SET search_day = ? WHERE id = ?"))
        .bind(day)
        .bind(customerId)
        .exec();
}

void CustomerSearchIndex::touchMany(const QHash<qint64, QDate>& latest)
{
    QList<std::pair<qint64, int>> moves; // customer, new day
    {
        RawRead stored(m_db, QStringLiteral("SELECT search_day FROM customers WHERE id = ?"));
        for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
            const int day = dayNumber(it.value());
            stored.bind(it.key());
            if (stored.next() && stored.int64(0) < day) moves.append({it.key(), day});
            stored.reset();
        }
    }
    std::sort(moves.begin(), moves.end());
    CustomerRepository repository(m_db);
    constexpr qsizetype kChunk = 1000;
    for (qsizetype from = 0; from < moves.size(); from += kChunk) {
        const qsizetype to = std::min(moves.size(), from + kChunk);
        m_db.write([&] {
            QList<Customer> customers;
            QList<std::pair<int, int>> days; // before, after
            for (qsizetype i = from; i < to; ++i) {
                std::optional<Customer> c = repository.load(moves.at(i).first);
                if (!c) continue;
                days.append({storedDay(c->meta.id), moves.at(i).second});
                customers.append(std::move(*c));
            }
            const QList<Entry> entries = QtConcurrent::blockingMapped(customers, &CustomerSearchIndex::entryFor);
            BulkInsert forget(m_db, forgetDocument(m_db));
            BulkInsert insert(m_db, insertDocument(m_db));
            BulkInsert day(m_db, QStringLiteral("UPDATE customers SET search_day = ? WHERE id = ?"));
            for (qsizetype i = 0; i < customers.size(); ++i) {
                const qint64 id = customers.at(i).meta.id;
                const auto [before, after] = days.at(i);
                // Only the documents move: the phone keys and the whole customer's carry no day.
                for (const auto& [number, keys] : entries.at(i).documents) {
                    if (!movesWithActivity(number)) continue;
                    forget.bind(rowid(number, before, id)).bind(keys).exec();
                    insert.bind(rowid(number, after, id)).bind(keys).exec();
                }
                day.bind(after).bind(id).exec();
            }
        });
    }
    compactAfterBulk(moves.size());
}

void CustomerSearchIndex::remove(const Customer& c)
{
    forget(c.meta.id, entryFor(c), storedDay(c.meta.id));
}

// On a server, documents waiting for one COPY at most: about 8 MB of keys.
constexpr qsizetype kServerDocumentsAtOnce = 20000;

CustomerSearchIndex::Bulk::Bulk(Database& db)
    : m_db(db),
      m_key(std::make_unique<BulkInsert>(
          db, QStringLiteral("INSERT OR IGNORE INTO customer_key(key, customer_id, kind) VALUES (?, ?, ?)")))
{
    if (!db.isServer())
        m_document = std::make_unique<BulkInsert>(
            db, QStringLiteral("INSERT INTO search_fts(rowid, keys) VALUES (?, ?)"));
}

CustomerSearchIndex::Bulk::~Bulk()
{
    if (!m_serverDocuments.isEmpty() && std::uncaught_exceptions() == 0)
        qWarning("CustomerSearchIndex::Bulk: %lld documents were never sent (flush() was not called)",
                 static_cast<long long>(m_serverDocuments.size()));
}

void CustomerSearchIndex::Bulk::insert(qint64 id, const Entry& entry, int day)
{
    for (const QString& digits : entry.phones)
        m_key->bind(digits).bind(id).bind(int(PhoneKey)).exec();
    for (const auto& [number, keys] : entry.documents) {
        if (m_document)
            m_document->bind(rowid(number, day, id)).bind(keys).exec();
        else
            m_serverDocuments.append({rowid(number, day, id), serverVectorText(keys)});
    }
    if (m_serverDocuments.size() >= kServerDocumentsAtOnce) flush();
}

void CustomerSearchIndex::Bulk::flush()
{
    if (m_serverDocuments.isEmpty()) return;
    ServerCopy copy(m_db, QStringLiteral("search_fts"), {QStringLiteral("rowid"), QStringLiteral("keys")});
    for (const QVariantList& document : std::as_const(m_serverDocuments))
        copy.row(document);
    copy.finish();
    m_serverDocuments.clear();
}

void CustomerSearchIndex::rebuildAll()
{
    m_db.write([&] {
        Sql(m_db, QStringLiteral("DELETE FROM customer_key")).exec();
        Sql(m_db, m_db.isServer()
                      ? QStringLiteral("DELETE FROM search_fts")
                      : QStringLiteral("INSERT INTO search_fts(search_fts) VALUES ('delete-all')"))
            .exec();
        // The day of the latest activity: an edit, a follow-up or an order.
        Sql(m_db, QStringLiteral("UPDATE customers SET search_day = max(0, "
                                 "CAST(julianday(substr(max(updated_at, last_contact_at, "
                                 "coalesce((SELECT max(order_date) FROM orders o WHERE o.customer_id = "
                                 "customers.id), '')), 1, 10)) "
                                 "- julianday('2000-01-01') AS INTEGER))"))
            .exec();
        CustomerRepository repository(m_db);
        Sql ids(m_db, QStringLiteral("SELECT id, search_day FROM customers ORDER BY id"));
        ids.exec();
        QList<QPair<qint64, int>> all;
        while (ids.next())
            all.append({ids.value(0).toLongLong(), ids.value(1).toInt()});
        // Entries are computed a thousand customers at a time on all cores (most of the work).
        Bulk bulk(m_db);
        constexpr qsizetype kChunk = 1000;
        for (qsizetype from = 0; from < all.size(); from += kChunk) {
            QList<Customer> customers;
            QList<int> days;
            for (qsizetype i = from; i < std::min(all.size(), from + kChunk); ++i)
                if (std::optional<Customer> customer = repository.load(all.at(i).first)) {
                    customers.append(std::move(*customer));
                    days.append(all.at(i).second);
                }
            const QList<Entry> entries =
                QtConcurrent::blockingMapped(customers, &CustomerSearchIndex::entryFor);
            for (qsizetype i = 0; i < customers.size(); ++i) {
                bulk.insert(customers.at(i).meta.id, entries.at(i), days.at(i));
                repository.refreshListColumns(customers.at(i));
            }
        }
        bulk.flush();
        compactAfterBulk(all.size());
        // A server plans each search by its words' statistics: they describe the new index at once.
        if (m_db.isServer()) Sql(m_db, QStringLiteral("ANALYZE search_fts"), Sql::Once{}).exec();
    });
}

void CustomerSearchIndex::compactAfterBulk(qint64 written)
{
    // FTS5's own automatic merges keep up with smaller writes. Merging rewrites the whole index
    // (about half a gigabyte at a million customers), so a write of a few per cent of the shop
    // leaves it to them too.
    if (written < 10000 || m_db.isServer()) return; // a server's autovacuum looks after its tables
    const qint64 customers =
        Sql(m_db, QStringLiteral("SELECT count(*) FROM customers")).scalar().toLongLong();
    if (written * 5 < customers) return;
    m_db.write(
        [&] { Sql(m_db, QStringLiteral("INSERT INTO search_fts(search_fts) VALUES ('optimize')")).exec(); });
}

QString CustomerSearchIndex::matchExpression(const SearchTerm& term, bool initialKeys, bool wholeCustomer)
{
    auto key = [wholeCustomer](const QString& k) { return wholeCustomer ? quoted(k) : start(k); };
    // The whole customer keeps no phone digits: a number is rare enough to lead a search itself.
    if (wholeCustomer && term.isPhone()) return {};
    QStringList alternatives;
    auto add = [&](const QString& expression) {
        if (expression.isEmpty()) return;
        const QString grouped = expression.contains(QLatin1String(" AND "))
                                    ? QLatin1Char('(') + expression + QLatin1Char(')')
                                    : expression;
        if (!alternatives.contains(grouped)) alternatives.append(grouped);
    };
    if (term.isPhone()) {
        // The first four digits where the number starts, the rest anywhere in it.
        const QString digits = term.text();
        QString phone = start(QLatin1Char('n') + digits.left(4));
        for (qsizetype at = 4; at < digits.size(); at += 4)
            phone += QStringLiteral(" AND ") +
                     quoted(QLatin1Char('m') + digits.mid(std::min(at, digits.size() - 4), 4));
        add(phone);
        add(start(QLatin1Char('y') + digits));
    }
    for (const auto& [units, complete] : TermReader(term.chars()).readings())
        add(expressionFor(units, complete, initialKeys, wholeCustomer));
    // The whole term as a whole field's key, ü also typed as u (lujun for 吕军).
    const QString whole = wholeKey(SearchText(term.text()).units(), false);
    add(key(whole));
    add(key(QString(whole)
                .replace(QLatin1String("lu"), QLatin1String("lv"))
                .replace(QLatin1String("nu"), QLatin1String("nv"))));
    QString expression = alternatives.join(QStringLiteral(" OR "));
    // The rest of typed Chinese, pair by pair, must be in the field too.
    const QList<char32_t>& chars = term.chars();
    QStringList rest;
    for (const qsizetype at : laterPairStarts(chars.size())) {
        if (Pinyin::isHan(chars.at(at)) && Pinyin::isHan(chars.at(at + 1)))
            rest.append(quoted(QLatin1Char('c') + QString::fromUcs4(chars.constData() + at, 2)));
    }
    if (!rest.isEmpty())
        expression =
            QLatin1Char('(') + expression + QStringLiteral(") AND ") + rest.join(QStringLiteral(" AND "));
    return expression;
}

QList<CustomerSearchIndex::Segment> CustomerSearchIndex::segmentsFor(const SearchTerm& lead)
{
    // Names, short names and contacts have initial keys; addresses and notes do not. Digits search
    // phones, not the house numbers in addresses; nothing but digits searches phones.
    const QString named = matchExpression(lead, true);
    const QString plain = matchExpression(lead, false);
    QList<Segment> segments;
    for (int field = NameField; field <= OtherField; ++field) {
        if ((field == PhoneField) != lead.isPhone() && (field == PhoneField || field == OtherField)) continue;
        for (int quality = 0; quality < 4; ++quality)
            segments.append({QString(field == OtherField ? plain : named)
                                 .replace(QLatin1Char('@'), QChar(u'0' + quality)),
                             Field(field), MatchQuality(quality)});
    }
    return segments;
}

QString CustomerSearchIndex::serverWords(const QString& keys)
{
    return QStringLiteral("array_to_tsvector(array_remove(string_to_array(%1, ' '), ''))").arg(keys);
}

QStringList CustomerSearchIndex::serverIndexes()
{
    QStringList indexes;
    for (int document = NameField * 4; document <= kWholeCustomer; document += 4)
        indexes.append(
            QStringLiteral("CREATE INDEX search_fts_words_%1 ON search_fts USING gin (keys) WHERE %2")
                .arg(document)
                .arg(rowidRange(qint64(document) << 44,
                                qint64(document == kWholeCustomer ? document + 1 : document + 4) << 44)));
    return indexes;
}

QList<qint64> CustomerSearchIndex::bareCandidates(const QString& typed, int limit) const
{
    const SearchQuery query(typed);
    QList<qint64> rowids;
    if (query.isEmpty()) return rowids;
    MatchStream stream(m_db);
    for (const Segment& segment : segmentsFor(query.terms().constFirst())) {
        stream.start(segment.expression, rowid(int(segment.field) * 4, 65535, 0),
                     rowid(int(segment.field) * 4 + 4, 65535, 0));
        while (rowids.size() < limit && stream.next())
            rowids.append(stream.rowid());
        if (rowids.size() >= limit) break;
    }
    return rowids;
}

std::optional<QSet<qint64>> CustomerSearchIndex::customersWithAll(const QStringList& wholeExpressions,
                                                                  qsizetype cap) const
{
    QStringList terms;
    for (const QString& expression : wholeExpressions)
        if (!expression.isEmpty()) terms.append(QLatin1Char('(') + expression + QLatin1Char(')'));
    if (terms.isEmpty()) return std::nullopt;
    QSet<qint64> ids;
    MatchStream stream(m_db);
    stream.start(terms.join(QStringLiteral(" AND ")), kWholeFirst, kWholeEnd, true);
    while (stream.next()) {
        if (ids.size() >= cap) return std::nullopt;
        ids.insert(stream.rowid() & ((qint64(1) << 28) - 1));
    }
    return ids;
}

QList<CustomerSearchIndex::Hit> CustomerSearchIndex::search(const QString& typed, int limit,
                                                            bool includeArchived) const
{
    m_db.access().require(Module::Customers, Action::View);
    const SearchQuery query(typed);
    if (query.isEmpty() || limit <= 0) return {};
    // Several terms: the one held by the fewest customers leads (its matches are read, the others
    // confirmed), and the answers rank by it. Counted in the whole customers' documents, at most a
    // few thousand each: a common term's full count (fts5vocab) walks its whole list, milliseconds
    // at a million customers. A phone number leads; a term the whole documents cannot express
    // (a single letter typed in part) does not.
    // Without start kinds and without initial keys (addresses have none), each term's expression
    // for the whole customers finds a customer wherever the term is; a key from one field meeting
    // one from another only lets in a candidate that confirming drops.
    QStringList whole;
    if (query.terms().size() > 1)
        for (const SearchTerm& term : query.terms())
            whole.append(matchExpression(term, false, true));
    qsizetype leadAt = 0;
    if (query.terms().size() > 1) {
        constexpr qint64 kCounted = 4096;
        qint64 fewest = std::numeric_limits<qint64>::max();
        std::unique_ptr<RawRead> count;
        if (!m_db.isServer())
            count = std::make_unique<RawRead>(
                m_db, QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts "
                                     "MATCH ? AND rowid >= ? AND rowid < ? LIMIT ?)"));
        for (qsizetype t = 0; t < query.terms().size(); ++t) {
            qint64 customers = query.terms().at(t).isPhone() ? 0 : std::numeric_limits<qint64>::max() - 1;
            if (!whole.at(t).isEmpty() && count) {
                count->reset();
                count->bind(whole.at(t)).bind(kWholeFirst).bind(kWholeEnd).bind(kCounted);
                customers = count->next() ? count->int64(0) : 0;
            } else if (!whole.at(t).isEmpty()) {
                // On a server, counting a common term's customers visits each (3,700 for 俊杰: 18 ms).
                // The most recently active 1,024 tell a common term (one in 64 of them or more),
                // which ranks after every rarer term by how many of them have it; a rarer term is
                // counted through the index.
                customers = Sql(m_db,
                                QStringLiteral("WITH s AS (SELECT count(*) FILTER (WHERE %1) AS hits FROM "
                                               "(SELECT keys FROM search_fts WHERE %2 ORDER BY rowid LIMIT "
                                               "1024) AS d) SELECT CASE WHEN hits >= 16 THEN %3 + hits ELSE "
                                               "(SELECT count(*) FROM search_fts WHERE %1 AND %2) END FROM s")
                                    .arg(serverMatch(whole.at(t)), rowidRange(kWholeFirst, kWholeEnd))
                                    .arg(kCounted),
                                Sql::Once{})
                                .scalar()
                                .toLongLong();
            }
            if (customers < fewest) {
                fewest = customers;
                leadAt = t;
            }
        }
    }
    const SearchTerm& lead = query.terms().at(leadAt);
    const QList<Segment> segments = segmentsFor(lead);
    // The customers holding every term, where they are few enough to hold: a candidate outside them
    // is passed over unread (reading and confirming a candidate's texts is what a search spends its
    // time on). With more, candidates are confirmed one by one.
    std::optional<QSet<qint64>> holdingAll;
    if (query.terms().size() > 1) holdingAll = customersWithAll(whole, kHeldCustomers);
    if (holdingAll && holdingAll->isEmpty()) return {};
    auto outsideOthers = [&](qint64 id) { return holdingAll && !holdingAll->contains(id); };
    qsizetype segment = -1;
    // Candidates are many small rows: read on SQLite's own API. Each comes with its place in the
    // ranking: field and start kind (from its part of the search), activity day and customer (from
    // its rowid).
    MatchStream stream(m_db);
    // On a server, a few customers holding every term are read by their rowids (see restrictTo).
    constexpr qsizetype kReadByRowid = 512;
    if (holdingAll && m_db.isServer() && holdingAll->size() <= kReadByRowid) {
        QStringList ids;
        for (const qint64 id : std::as_const(*holdingAll))
            ids.append(QString::number(id));
        Sql days(
            m_db,
            QStringLiteral("SELECT id, search_day FROM customers WHERE id = ANY(CAST('{%1}' AS BIGINT[]))")
                .arg(ids.join(QLatin1Char(','))),
            Sql::Once{});
        days.exec();
        QHash<qint64, int> dayOf;
        while (days.next())
            dayOf.insert(days.value(0).toLongLong(), days.value(1).toInt());
        if (dayOf.isEmpty()) return {};
        stream.restrictTo(dayOf);
    }
    bool open = false;
    auto nextPlace = [&]() -> std::optional<qint64> {
        while (true) {
            if (open && stream.next()) {
                const qint64 found = stream.rowid();
                const Segment& at = segments.at(segment);
                return rowid(int(at.field) * 4 + int(at.quality), 65535 - int((found >> 28) & 0xFFFF),
                             found & ((qint64(1) << 28) - 1));
            }
            if (++segment >= segments.size()) return std::nullopt;
            const Segment& next = segments.at(segment);
            stream.start(next.expression, rowid(int(next.field) * 4, 65535, 0),
                         rowid(int(next.field) * 4 + 4, 65535, 0));
            open = true;
        }
    };

    // Candidates come best first by rowid. Each is confirmed against its text; one that turns out
    // to match its field less well than its document promised waits in `later` until the stream
    // reaches its place.
    QList<Hit> hits;
    std::map<qint64, Hit> later;
    QSet<qint64> taken;
    CandidateReader reader(m_db);
    auto releaseBefore = [&](qint64 rowid) {
        while (!later.empty() && later.begin()->first < rowid && hits.size() < limit) {
            hits.append(later.begin()->second);
            later.erase(later.begin());
        }
    };
    const qsizetype budget = std::max<qsizetype>(4000, qsizetype(limit) * 20);
    qsizetype examined = 0;
    bool more = true;
    while (more && hits.size() < limit && examined < budget) {
        QList<qint64> batch;
        QList<qint64> ids;
        std::optional<qint64> next;
        while (batch.size() < kBatch && (more = (next = nextPlace()).has_value())) {
            const qint64 rowid = *next;
            const qint64 id = rowid & ((qint64(1) << 28) - 1);
            if (taken.contains(id) || outsideOthers(id)) continue;
            batch.append(rowid);
            ids.append(id);
        }
        examined += batch.size();
        reader.read(ids);
        for (const qint64 rowid : batch) {
            releaseBefore(rowid);
            if (hits.size() >= limit) break;
            const qint64 id = rowid & ((qint64(1) << 28) - 1);
            const Candidate* candidate = reader.find(id);
            if (!candidate || taken.contains(id) || (candidate->archived && !includeArchived)) continue;
            const int field = int(rowid >> 46);
            const MatchQuality quality = qualityIn(lead, *candidate, field);
            if (quality == MatchQuality::None)
                continue; // a key shared by another text; the customer may still come under another field
            bool all = true;
            for (qsizetype t = 0; t < query.terms().size() && all; ++t)
                if (t != leadAt) all = matchesAnywhere(query.terms().at(t), *candidate);
            taken.insert(id);
            if (!all) continue;
            const Hit hit{id, Field(field), quality};
            const int day = 65535 - int((rowid >> 28) & 0xFFFF);
            const qint64 place = CustomerSearchIndex::rowid(hit.rank(), day, id);
            if (place <= rowid)
                hits.append(hit);
            else
                later.emplace(place, hit);
        }
    }
    releaseBefore(std::numeric_limits<qint64>::max());
    return hits;
}

} // namespace shopcrm
