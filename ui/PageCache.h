#pragma once

#include "ErrorReporter.h"
#include "store/RowSupport.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <functional>
#include <limits>

namespace shopcrm {

// A list whose filter matches more rows than this (a shop's whole history) is counted in another
// thread: its first page shows at once and the rest is added when the count is there. Tests
// lower it to see that path on small data.
inline int& listCountInBackgroundAbove()
{
    static int rows = static_cast<int>(kCountInBackgroundAbove);
    return rows;
}

// The bounded window of rows a large list model keeps: rows come in pages, a page
// next to a cached one is read with a keyset query after that page's last row, any other page by
// offset, and the least recently used page is dropped beyond maxPages.
template <typename Row>
class PageCache final
{
public:
    using ByOffset = std::function<QList<Row>(qint64 offset, int limit)>;
    using After = std::function<QList<Row>(const Row& last, int limit)>;

    PageCache(int pageSize, int maxPages) : m_pageSize(pageSize), m_maxPages(maxPages) {}

    const Row* at(int row, const ByOffset& byOffset, const After& after)
    {
        const int page = row / m_pageSize;
        auto it = m_pages.find(page);
        if (it == m_pages.end()) {
            QList<Row> rows;
            // A page that cannot be read (the share is away) is reported and asked for again on
            // the next paint; nothing is cached for it.
            try {
                const auto previous = m_pages.constFind(page - 1);
                if (previous != m_pages.cend() && previous->size() == m_pageSize)
                    rows = after(previous->constLast(), m_pageSize);
                else
                    rows = byOffset(static_cast<qint64>(page) * m_pageSize, m_pageSize);
            } catch (const StoreError& e) {
                ErrorReporter::instance().report(e);
                return nullptr;
            }
            if (m_pages.size() >= m_maxPages && !m_recent.isEmpty())
                m_pages.remove(m_recent.takeFirst());
            it = m_pages.insert(page, rows);
        }
        m_recent.removeOne(page);
        m_recent.append(page);
        const int offset = row % m_pageSize;
        return offset < it->size() ? &it->at(offset) : nullptr;
    }

    void clear()
    {
        m_pages.clear();
        m_recent.clear();
    }
    int pageCount() const { return static_cast<int>(m_pages.size()); }

private:
    int m_pageSize;
    int m_maxPages;
    QHash<int, QList<Row>> m_pages;
    QList<int> m_recent; // page numbers, most recently used last
};

// The rows of a large list read through a repository with count(filter, atMost), page(filter,
// offset, limit) and pageAfter(filter, last, limit): what the list models of follow-ups and
// payments share. A long list (see listCountInBackgroundAbove) holds its first page while its
// owner counts it elsewhere and hands the count to setCount().
template <typename Repository, typename Row, typename Filter>
class PagedRows final
{
public:
    // Nothing is read until the first reset() or setFilter(): a page nobody opens costs no count.
    template <typename Db>
    explicit PagedRows(Db& db, int pageSize = 256, int maxPages = 32)
        : m_repository(db), m_pageSize(pageSize), m_pages(pageSize, maxPages)
    {
    }

    // Forgets the cached pages and counts again (after a filter change or a write).
    void reset()
    {
        m_pages.clear();
        m_count = 0;
        m_counting = false;
        m_first.clear();
        ErrorReporter::guard([this] {
            const qint64 long_ = listCountInBackgroundAbove();
            if (m_repository.count(m_filter, long_ + 1) > long_) {
                m_first = m_repository.page(m_filter, 0, m_pageSize);
                m_counting = true;
            } else {
                m_count = m_repository.count(m_filter);
            }
        });
    }
    void setFilter(const Filter& filter)
    {
        m_filter = filter;
        reset();
    }
    // The count read elsewhere for the current filter: every row from now on.
    void setCount(qint64 count)
    {
        m_count = count;
        m_counting = false;
        m_first.clear();
    }
    const Filter& filter() const { return m_filter; }
    bool counting() const { return m_counting; }
    qint64 count() const { return m_count; }
    int rowCount() const
    {
        return m_counting ? static_cast<int>(m_first.size())
                          : static_cast<int>(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
    }
    const Row* at(int row)
    {
        if (row < 0 || row >= rowCount())
            return nullptr;
        if (m_counting) return &m_first.at(row);
        return m_pages.at(
            row, [this](qint64 offset, int limit) { return m_repository.page(m_filter, offset, limit); },
            [this](const Row& last, int limit) { return m_repository.pageAfter(m_filter, last, limit); });
    }

private:
    Repository m_repository;
    Filter m_filter;
    qint64 m_count = 0;
    int m_pageSize;
    bool m_counting = false;
    QList<Row> m_first;
    PageCache<Row> m_pages;
};

} // namespace shopcrm
