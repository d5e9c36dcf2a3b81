#pragma once

#include <QHash>
#include <QList>

#include <functional>

namespace shopcrm {

// The bounded window of rows a large list model keeps (STYLE habit 4): rows come in pages, a page
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
            const auto previous = m_pages.constFind(page - 1);
            if (previous != m_pages.cend() && previous->size() == m_pageSize)
                rows = after(previous->constLast(), m_pageSize);
            else
                rows = byOffset(static_cast<qint64>(page) * m_pageSize, m_pageSize);
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

} // namespace shopcrm
