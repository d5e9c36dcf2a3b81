#include "TextSearch.h"

#include "PhoneNumber.h"
#include "Pinyin.h"

#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

namespace shopcrm {

namespace {

bool isUnit(char32_t c)
{
    return QChar::isLetterOrNumber(c);
}

bool isAsciiLetter(char32_t c)
{
    return c >= U'a' && c <= U'z';
}

// Chinese word starts (as UTF-16 offsets) from ICU's dictionary-based word break iterator; one
// iterator per thread, since creating one loads the dictionary.
QList<qsizetype> chineseWordStarts(const QString& text)
{
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        return U_FAILURE(status) ? nullptr : std::move(it);
    }();
    QList<qsizetype> starts;
    if (!iterator) return starts;
    iterator->setText(
        icu::UnicodeString(reinterpret_cast<const UChar*>(text.utf16()), static_cast<int32_t>(text.size())));
    for (int32_t at = iterator->first(); at != icu::BreakIterator::DONE; at = iterator->next())
        starts.append(at);
    return starts;
}

enum class Script
{
    Han,
    Letter,
    Digit
};

Script scriptOf(const SearchText::Unit& unit)
{
    if (unit.han()) return Script::Han;
    return QChar::isDigit(unit.folded) ? Script::Digit : Script::Letter;
}

// Whether term[at…] begins with reading: v in a reading (ü) is matched by v or u. Returns the
// number of term characters it takes, 0 when it does not match.
qsizetype takesReading(const QString& reading, const QList<char32_t>& term, qsizetype at)
{
    if (term.size() - at < reading.size()) return 0;
    for (qsizetype i = 0; i < reading.size(); ++i) {
        const char32_t want = reading.at(i).unicode();
        const char32_t got = term.at(at + i);
        if (got != want && !(want == U'v' && got == U'u')) return 0;
    }
    return reading.size();
}

// Whether the rest of the term, from at, is the start of reading (a syllable still being typed).
bool endsInReading(const QString& reading, const QList<char32_t>& term, qsizetype at)
{
    const qsizetype rest = term.size() - at;
    if (rest <= 0 || rest >= reading.size()) return false;
    for (qsizetype i = 0; i < rest; ++i) {
        const char32_t want = reading.at(i).unicode();
        const char32_t got = term.at(at + i);
        if (got != want && !(want == U'v' && got == U'u')) return false;
    }
    return true;
}

// Depth-first match of a term against units, memoised on (unit, term position): the furthest unit
// a match starting at `unit` can end at, or -1.
class Matcher
{
public:
    Matcher(const QList<SearchText::Unit>& units, const QList<char32_t>& term)
        : m_units(units), m_term(term), m_memo((units.size() + 1) * (term.size() + 1), -2)
    {
    }

    qsizetype furthestEnd(qsizetype unit, qsizetype at)
    {
        if (at == m_term.size()) return unit;
        if (unit == m_units.size()) return -1;
        qsizetype& memo = m_memo[unit * (m_term.size() + 1) + at];
        if (memo != -2) return memo;
        qsizetype best = -1;
        const SearchText::Unit& u = m_units.at(unit);
        const char32_t c = m_term.at(at);
        if (u.folded == c) best = std::max(best, furthestEnd(unit + 1, at + 1));
        if (u.han() && isAsciiLetter(c)) {
            for (const QString& reading : u.readings) {
                if (const qsizetype n = takesReading(reading, m_term, at))
                    best = std::max(best, furthestEnd(unit + 1, at + n));
                if (endsInReading(reading, m_term, at)) best = std::max(best, unit + 1);
                if (reading.at(0).unicode() == c) best = std::max(best, furthestEnd(unit + 1, at + 1));
                // zh, ch, sh typed as the initial
                if (reading.size() > 2 && reading.at(1) == QLatin1Char('h') && at + 1 < m_term.size() &&
                    m_term.at(at + 1) == U'h' && reading.at(0).unicode() == c)
                    best = std::max(best, furthestEnd(unit + 1, at + 2));
            }
        }
        memo = best;
        return best;
    }

private:
    const QList<SearchText::Unit>& m_units;
    const QList<char32_t>& m_term;
    std::vector<qsizetype> m_memo;
};

} // namespace

char32_t foldForSearch(char32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0; // full-width ASCII
    return QChar::toCaseFolded(c);
}

QStringList SearchText::Unit::spellings() const
{
    if (han()) return readings;
    return {QString::fromUcs4(&folded, 1)};
}

SearchText::SearchText(const QString& text) : m_text(text)
{
    bool gap = true;
    bool anyHan = false;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype from = i;
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        ++i;
        if (!isUnit(c)) {
            gap = true;
            continue;
        }
        Unit unit;
        unit.from = from;
        unit.to = i;
        unit.folded = foldForSearch(c);
        if (Pinyin::isHan(c)) {
            unit.readings = Pinyin::readings(c);
            if (unit.readings.isEmpty())
                unit.readings = {QString::fromUcs4(&c, 1)}; // a character without a known reading
            anyHan = true;
        }
        unit.wordStart = gap || (!m_units.isEmpty() && scriptOf(m_units.constLast()) != scriptOf(unit));
        gap = false;
        m_units.append(unit);
    }
    if (!anyHan) return;
    const QList<qsizetype> starts = chineseWordStarts(text);
    for (Unit& unit : m_units)
        if (unit.han() && std::binary_search(starts.begin(), starts.end(), unit.from)) unit.wordStart = true;
}

SearchTerm::SearchTerm(const QString& typed)
{
    for (const char32_t c : typed.toUcs4())
        if (isUnit(c)) m_chars.append(foldForSearch(c));
    m_phone = m_chars.size() >= 4 &&
              std::all_of(m_chars.begin(), m_chars.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
}

QString SearchTerm::text() const
{
    return QString::fromUcs4(m_chars.constData(), m_chars.size());
}

TextMatch SearchTerm::matchIn(const SearchText& text) const
{
    const QList<SearchText::Unit>& units = text.units();
    if (m_chars.isEmpty() || units.isEmpty()) return {};
    Matcher matcher(units, m_chars);
    auto found = [&](qsizetype start, qsizetype end, MatchQuality quality) {
        return TextMatch{quality, units.at(start).from, units.at(end - 1).to - units.at(start).from};
    };
    const qsizetype fromStart = matcher.furthestEnd(0, 0);
    if (fromStart > 0)
        return found(0, fromStart, fromStart == units.size() ? MatchQuality::Exact : MatchQuality::Prefix);
    for (const bool wordStarts : {true, false})
        for (qsizetype start = 1; start < units.size(); ++start)
            if (units.at(start).wordStart == wordStarts)
                if (const qsizetype end = matcher.furthestEnd(start, 0); end > start)
                    return found(start, end, wordStarts ? MatchQuality::WordStart : MatchQuality::Substring);
    return {};
}

MatchQuality SearchTerm::matchDigits(const QString& digits) const
{
    if (!m_phone || digits.isEmpty()) return MatchQuality::None;
    const QString term = text();
    const qsizetype at = digits.indexOf(term);
    if (at < 0) return MatchQuality::None;
    if (at == 0) return term.size() == digits.size() ? MatchQuality::Exact : MatchQuality::Prefix;
    return MatchQuality::Substring;
}

SearchQuery::SearchQuery(const QString& typed)
{
    if (PhoneNumber::looksLikePhone(typed)) {
        const SearchTerm term(PhoneNumber::queryDigits(typed));
        if (term.isPhone()) {
            m_terms.append(term);
            return;
        }
    }
    for (const QString& word : typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        SearchTerm term(word);
        if (!term.isEmpty()) m_terms.append(term);
    }
}

QList<TextMatch> SearchQuery::highlights(const QString& text) const
{
    QList<TextMatch> result;
    if (m_terms.isEmpty() || text.isEmpty()) return result;
    const SearchText prepared(text);
    for (const SearchTerm& term : m_terms)
        if (const TextMatch match = term.matchIn(prepared); match.found()) result.append(match);
    return result;
}

void SearchList::add(const QStringList& texts)
{
    QList<SearchText> prepared;
    for (const QString& text : texts)
        prepared.append(SearchText(text));
    m_items.append(prepared);
}

QList<int> SearchList::find(const QString& typed, int limit) const
{
    const SearchQuery query(typed);
    QList<QPair<int, int>> ranked; // (rank, item)
    if (query.isEmpty()) return {};
    for (qsizetype item = 0; item < m_items.size(); ++item) {
        const QList<SearchText>& texts = m_items.at(item);
        int best = -1;
        for (qsizetype t = 0; t < texts.size(); ++t) {
            const MatchQuality q = query.terms().constFirst().matchIn(texts.at(t)).quality;
            if (q == MatchQuality::None) continue;
            const int rank = int(q) * 16 + int(std::min<qsizetype>(t, 15));
            if (best < 0 || rank < best) best = rank;
        }
        if (best < 0) continue;
        bool all = true;
        for (qsizetype k = 1; k < query.terms().size() && all; ++k)
            all = std::any_of(texts.begin(), texts.end(),
                              [&](const SearchText& t) { return query.terms().at(k).matchIn(t).found(); });
        if (all) ranked.append({best, static_cast<int>(item)});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<int> result;
    for (qsizetype i = 0; i < ranked.size() && i < limit; ++i)
        result.append(ranked.at(i).second);
    return result;
}

} // namespace shopcrm
