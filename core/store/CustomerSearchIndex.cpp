#include "CustomerSearchIndex.h"

#include "CustomerRepository.h"
#include "Database.h"
#include "domain/PhoneNumber.h"
#include "domain/Pinyin.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace shopcrm {

namespace {

constexpr int kCandidateLimit = 1000;

QString upperBound(const QString& prefix)
{
    // Every key that starts with prefix sorts below prefix + U+10FFFF (BINARY collation of UTF-8).
    return prefix + QString::fromUcs4(U"\U0010FFFF", 1);
}

QString idList(const QList<qint64>& ids)
{
    QStringList list;
    for (const qint64 id : ids)
        list.append(QString::number(id));
    return list.join(QLatin1Char(','));
}

void addKey(QList<QPair<QString, int>>& keys, const QString& key, int kind)
{
    if (!key.isEmpty() && !keys.contains(qMakePair(key, kind)))
        keys.append({key, kind});
}

} // namespace

QString CustomerSearchIndex::normaliseQuery(const QString& query)
{
    QString result;
    for (const QChar c : query.toCaseFolded())
        if (!c.isSpace())
            result += c;
    return result;
}

CustomerSearchIndex::Entry CustomerSearchIndex::entryFor(const Customer& c)
{
    Entry entry;
    QStringList text{c.name, c.shortName};
    QStringList pinyin;
    QStringList phones;
    auto addName = [&](const QString& name, int kind) {
        if (name.isEmpty())
            return;
        addKey(entry.keys, normaliseQuery(name), kind);
        const Pinyin::Keys py = Pinyin::keys(name);
        for (const QString& full : py.full)
            addKey(entry.keys, full, kind == ContactKey ? ContactKey : PinyinKey);
        for (const QString& initials : py.initials)
            addKey(entry.keys, initials, kind == ContactKey ? ContactKey : InitialsKey);
        pinyin += py.full;
        pinyin += py.initials;
    };
    auto addPhone = [&](const QString& phone) {
        const QString digits = PhoneNumber::parse(phone).digits;
        if (digits.isEmpty())
            return;
        addKey(entry.keys, digits, PhoneKey);
        if (digits.startsWith(QLatin1Char('0')))
            addKey(entry.keys, digits.mid(1), PhoneKey); // landlines are also typed without the trunk 0
        phones.append(digits);
    };
    addName(c.name, NameKey);
    addName(c.shortName, NameKey);
    for (const QString& phone : c.phones)
        addPhone(phone);
    for (const Contact& contact : c.contacts) {
        addName(contact.name, ContactKey);
        text.append(contact.name);
        addPhone(contact.mobile);
        addPhone(contact.phone);
    }
    text << c.region() << c.address << c.tags.join(QLatin1Char(' '));
    pinyin.removeDuplicates();
    entry.text = text.join(QLatin1Char(' '));
    entry.pinyin = pinyin.join(QLatin1Char(' '));
    entry.phones = phones.join(QLatin1Char(' '));
    return entry;
}

void CustomerSearchIndex::update(const Customer& c, const Customer* previous)
{
    const Entry entry = entryFor(c);
    if (previous) {
        Sql removeKey(m_db, QStringLiteral("DELETE FROM customer_key WHERE key = ? AND customer_id = ? AND kind = ?"));
        for (const auto& [key, kind] : entryFor(*previous).keys)
            if (!entry.keys.contains(qMakePair(key, kind)))
                removeKey.bind(key).bind(c.meta.id).bind(kind).exec();
        forgetText(c.meta.id);
    }
    insert(c.meta.id, entry);
}

void CustomerSearchIndex::remove(const Customer& c)
{
    Sql removeKey(m_db, QStringLiteral("DELETE FROM customer_key WHERE key = ? AND customer_id = ? AND kind = ?"));
    for (const auto& [key, kind] : entryFor(c).keys)
        removeKey.bind(key).bind(c.meta.id).bind(kind).exec();
    forgetText(c.meta.id);
}

void CustomerSearchIndex::forgetText(qint64 id)
{
    // An external-content FTS5 index forgets a row when told its old values.
    Sql(m_db, QStringLiteral("INSERT INTO customer_fts(customer_fts, rowid, text, pinyin, phones) "
                             "SELECT 'delete', id, text, pinyin, phones FROM customer_search WHERE id = ?"))
        .bind(id)
        .exec();
    Sql(m_db, QStringLiteral("DELETE FROM customer_search WHERE id = ?")).bind(id).exec();
}

void CustomerSearchIndex::insert(qint64 id, const Entry& entry)
{
    Sql insertKey(m_db, QStringLiteral("INSERT OR IGNORE INTO customer_key(key, customer_id, kind) VALUES (?, ?, ?)"));
    for (const auto& [key, kind] : entry.keys)
        insertKey.bind(key).bind(id).bind(kind).exec();
    for (const char* table : {"customer_search(id", "customer_fts(rowid"})
        Sql(m_db, QStringLiteral("INSERT INTO %1, text, pinyin, phones) VALUES (?, ?, ?, ?)").arg(QLatin1String(table)))
            .bind(id)
            .bind(entry.text)
            .bind(entry.pinyin)
            .bind(entry.phones)
            .exec();
}

CustomerSearchIndex::Bulk::Bulk(Database& db)
    : m_key(std::make_unique<BulkInsert>(
          db, QStringLiteral("INSERT OR IGNORE INTO customer_key(key, customer_id, kind) VALUES (?, ?, ?)"))),
      m_search(std::make_unique<BulkInsert>(
          db, QStringLiteral("INSERT INTO customer_search(id, text, pinyin, phones) VALUES (?, ?, ?, ?)"))),
      m_fts(std::make_unique<BulkInsert>(
          db, QStringLiteral("INSERT INTO customer_fts(rowid, text, pinyin, phones) VALUES (?, ?, ?, ?)")))
{}

CustomerSearchIndex::Bulk::~Bulk() = default;

void CustomerSearchIndex::Bulk::insert(qint64 id, const Entry& entry)
{
    for (const auto& [key, kind] : entry.keys)
        m_key->bind(key).bind(id).bind(kind).exec();
    for (BulkInsert* text : {m_search.get(), m_fts.get()})
        text->bind(id).bind(entry.text).bind(entry.pinyin).bind(entry.phones).exec();
}

void CustomerSearchIndex::rebuildAll()
{
    m_db.write([&] {
        Sql(m_db, QStringLiteral("DELETE FROM customer_key")).exec();
        Sql(m_db, QStringLiteral("INSERT INTO customer_fts(customer_fts) VALUES ('delete-all')")).exec();
        Sql(m_db, QStringLiteral("DELETE FROM customer_search")).exec();
        CustomerRepository repository(m_db);
        Sql ids(m_db, QStringLiteral("SELECT id FROM customers ORDER BY id"));
        ids.exec();
        QList<qint64> all;
        while (ids.next())
            all.append(ids.value(0).toLongLong());
        for (const qint64 id : all) {
            const Customer customer = repository.get(id);
            update(customer, nullptr); // the index was emptied above
            repository.refreshListColumns(customer);
        }
    });
}

QList<CustomerSearchIndex::Hit> CustomerSearchIndex::search(const QString& rawQuery, int limit,
                                                           bool includeArchived) const
{
    m_db.access().require(Module::Customers, Action::View);
    const bool phoneQuery = PhoneNumber::looksLikePhone(rawQuery);
    const QString query = phoneQuery ? PhoneNumber::queryDigits(rawQuery) : normaliseQuery(rawQuery);
    if (query.isEmpty() || limit <= 0)
        return {};

    QHash<qint64, int> best;
    auto consider = [&](qint64 id, int rank) {
        auto it = best.find(id);
        if (it == best.end())
            best.insert(id, rank);
        else if (rank < *it)
            *it = rank;
    };

    // Exact and prefix matches through the key index; exact keys sort first within the range.
    Sql prefix(m_db, QStringLiteral("SELECT customer_id, kind, key = ? FROM customer_key "
                                    "WHERE key >= ? AND key < ? LIMIT ?"));
    prefix.bind(query).bind(query).bind(upperBound(query)).bind(kCandidateLimit).exec();
    while (prefix.next()) {
        const int kind = prefix.value(1).toInt();
        const bool exact = prefix.value(2).toBool();
        int rank;
        if (exact)
            rank = kind == NameKey ? 0 : 1;
        else
            rank = kind == NameKey ? 2 : (kind == PinyinKey || kind == InitialsKey) ? 3 : 4;
        consider(prefix.value(0).toLongLong(), rank);
    }

    // Substrings: FTS5 trigram for 3+ characters, a bounded scan of the plain text otherwise. A short
    // query whose prefix matches already fill the answer skips the scan: substrings rank below them.
    const qsizetype length = query.toUcs4().size();
    if (length < 3 && best.size() >= limit) {
        QList<Hit> enough = rank(best, limit, includeArchived);
        if (enough.size() >= limit)
            return enough;
    }
    if (length >= 3) {
        QString phrase = query;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const QString match = phoneQuery ? QStringLiteral("phones : \"%1\"").arg(phrase)
                                         : QStringLiteral("\"%1\"").arg(phrase);
        Sql fts(m_db, QStringLiteral("SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT ?"));
        fts.bind(match).bind(kCandidateLimit).exec();
        while (fts.next())
            consider(fts.value(0).toLongLong(), 5);
    } else if (!phoneQuery) {
        QString pattern = query;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        Sql scan(m_db, QStringLiteral("SELECT id FROM customer_search WHERE text LIKE ? ESCAPE '\\' LIMIT ?"));
        scan.bind(QStringLiteral("%") + pattern + QStringLiteral("%")).bind(kCandidateLimit).exec();
        while (scan.next())
            consider(scan.value(0).toLongLong(), 5);
    }
    return rank(best, limit, includeArchived);
}

QList<CustomerSearchIndex::Hit> CustomerSearchIndex::rank(const QHash<qint64, int>& best, int limit,
                                                         bool includeArchived) const
{
    if (best.isEmpty())
        return {};

    // Order by rank, then shorter names (closer matches), then pinyin order.
    struct Row
    {
        Hit hit;
        qsizetype nameLength;
        QString sort;
    };
    QList<Row> rows;
    Sql details(m_db, QStringLiteral("SELECT id, length(name), name_sort, archived FROM customers WHERE id IN (%1)")
                          .arg(idList(best.keys())));
    details.exec();
    while (details.next()) {
        if (!includeArchived && details.value(3).toBool())
            continue;
        const qint64 id = details.value(0).toLongLong();
        rows.append({{id, best.value(id)}, details.value(1).toLongLong(), details.value(2).toString()});
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.hit.rank != b.hit.rank)
            return a.hit.rank < b.hit.rank;
        if (a.nameLength != b.nameLength)
            return a.nameLength < b.nameLength;
        if (a.sort != b.sort)
            return a.sort < b.sort;
        return a.hit.id < b.hit.id;
    });
    QList<Hit> hits;
    for (qsizetype i = 0; i < rows.size() && i < limit; ++i)
        hits.append(rows.at(i).hit);
    return hits;
}

} // namespace shopcrm
