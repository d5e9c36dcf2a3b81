#pragma once

#include "Database.h"
#include "domain/Customer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <algorithm>

namespace shopcrm {

// Helpers every repository shares for the columns every row carries (id, version, audit times and names).
inline QDateTime parseUtc(const QVariant& v)
{
    if (v.isNull())
        return {};
    const QString text = v.toString();
    // What utcText writes ("2026-12-02T04:49:10.123Z") is read digit by digit: a list page reads
    // hundreds of these, and QDateTime::fromString costs a microsecond or more each. Any other
    // form goes through Qt.
    static constexpr char16_t kShape[] = u"0000-00-00T00:00:00.000Z";
    if (text.size() == 24) {
        int digits[17];
        int n = 0;
        bool shaped = true;
        for (qsizetype i = 0; i < 24 && shaped; ++i) {
            const char16_t c = text.at(i).unicode();
            if (kShape[i] == u'0') {
                shaped = c >= u'0' && c <= u'9';
                if (shaped) digits[n++] = c - u'0';
            } else {
                shaped = c == kShape[i];
            }
        }
        auto number = [&](int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; ++i)
                value = value * 10 + digits[i];
            return value;
        };
        if (shaped) {
            const QDate date(number(0, 4), number(4, 2), number(6, 2));
            const QTime time(number(8, 2), number(10, 2), number(12, 2), number(14, 3));
            if (date.isValid() && time.isValid()) return QDateTime(date, time, Qt::UTC);
        }
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

inline QVariant utcText(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

// Reads id, version, created_at, updated_at, created_by, updated_by from column `col` on.
inline RowMeta readMeta(const Sql& q, int& col)
{
    RowMeta meta;
    meta.id = q.value(col++).toLongLong();
    meta.version = q.value(col++).toInt();
    meta.createdAt = parseUtc(q.value(col++));
    meta.updatedAt = parseUtc(q.value(col++));
    meta.createdBy = q.value(col++).toString();
    meta.updatedBy = q.value(col++).toString();
    return meta;
}

inline const QString& metaColumns()
{
    static const QString columns = QStringLiteral("id, version, created_at, updated_at, created_by, updated_by");
    return columns;
}

// Sets the meta of a row just inserted (version 1) or updated (version + 1) by this session.
inline void stampInsert(RowMeta& meta, qint64 id, const QString& now, const QString& user)
{
    meta.id = id;
    meta.version = 1;
    meta.createdAt = meta.updatedAt = parseUtc(now);
    meta.createdBy = meta.updatedBy = user;
}

// A list whose filter matches more rows than this (a shop's whole history) shows its first page at
// once and is counted in another thread: counting a million rows takes longer than a click may.
// Finding out walks this many index entries on the GUI thread (0.3 ms for 5,000; 20,000 cost
// 1.5 ms of each start-up on a million customers).
inline constexpr qint64 kCountInBackgroundAbove = 5000;

// Every `every`-th row's sort key in a long list, read in one pass in another thread (with its
// count): a page anywhere is then read after the nearest key before it, with an OFFSET shorter than
// `every`, instead of walking every row before it. Keys are those of rows every, 2·every, … counting
// from 1; positions drift by the rows written since, until the list is read again.
struct ListAnchors
{
    int every = 0;
    QList<std::pair<QVariant, qint64>> keys; // sort value, id
    // The anchor a page at `offset` starts after (its index in keys), or -1 to read from the start.
    qsizetype before(qint64 offset) const
    {
        if (every <= 0) return -1;
        return static_cast<qsizetype>(std::min<qint64>(offset / every, keys.size())) - 1;
    }
    qint64 positionAfter(qsizetype anchor) const { return qint64(anchor + 1) * every; }
    // Binds what keysetStatement(…, skip = true) asks after the where's values: the anchor's key,
    // the page's length and the rows to skip after the anchor.
    void bindPage(Sql& q, qsizetype anchor, qint64 offset, int limit) const
    {
        q.bind(keys.at(anchor).first)
            .bind(keys.at(anchor).second)
            .bind(limit)
            .bind(offset - positionAfter(anchor));
    }
};

// A list's rows after a key, in its order: "SELECT columns, sort FROM table WHERE where AND (sort, id)
// >/< (?, ?) ORDER BY sort, id LIMIT ?", and " OFFSET ?" when `skip` (a page read after an anchor).
// Table, columns, sort and where are SQL of ours, never user input.
QString keysetStatement(const QString& table, const QString& columns, const QString& sort,
                        Qt::SortOrder order, const QString& where, bool skip);
// The anchors of a list in one walk of its sort order (the where's values bound first).
ListAnchors readAnchors(const Database& db, const QString& table, const QString& sort, Qt::SortOrder order,
                        const QString& where, const QVariantList& binds, int every);

// Which rows a list page reads. OFFSET walks every row it skips, so a page in the second half of a
// list whose total is known is read from the end: the opposite order, offset from the end, then
// turned round.
struct ReadWindow
{
    qint64 offset = 0;
    int limit = 0;
    bool fromEnd = false;

    static ReadWindow of(qint64 offset, int limit, qint64 total)
    {
        if (total <= 0 || offset <= total / 2)
            return {offset, limit, false};
        const qint64 end = std::min(total, offset + limit);
        return {total - end, static_cast<int>(std::max<qint64>(0, end - offset)), true};
    }
    template <typename Row>
    QList<Row> inOrder(QList<Row> rows) const
    {
        if (fromEnd)
            std::reverse(rows.begin(), rows.end());
        return rows;
    }
};

// A local day as stored ('yyyy-MM-dd'; '' for none, so an open end sorts and compares as text).
inline QString storedDay(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

inline void stampUpdate(RowMeta& meta, const QString& now, const QString& user)
{
    meta.version += 1;
    meta.updatedAt = parseUtc(now);
    meta.updatedBy = user;
}

// "who changed it and when" of a row, for conflict messages: {user, local time text}, or an
// empty user when the row is gone.
std::pair<QString, QString> lastChange(const Database& db, const QString& table, qint64 id);

// Every column of the rows `where` selects (bound to `values`), as JSON objects keyed by column
// name (NULL as null): a copy that insertRows puts back exactly, ids included (a merge's undo).
// Not for tables holding BLOBs.
QList<QJsonObject> rowSnapshots(const Database& db, const QString& table, const QString& where, const QVariantList& values);
void insertRows(Database& db, const QString& table, const QList<QJsonObject>& rows);

} // namespace shopcrm
