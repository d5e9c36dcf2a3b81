#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace shopcrm {

// How a typed term meets a text, best first.
enum class MatchQuality
{
    Exact = 0,
    Prefix = 1,
    WordStart = 2,
    Substring = 3,
    None = 4
};

struct TextMatch
{
    MatchQuality quality = MatchQuality::None;
    qsizetype from = 0; // the matched part, in the text's UTF-16 code units
    qsizetype length = 0;
    bool found() const { return quality != MatchQuality::None; }
};

// A text made ready for matching what staff type: a name, an address, a product. Each letter, digit
// or Han character is a unit; a Han character carries its pinyin readings. Spaces and punctuation
// are not units, so "广东省 东莞市" holds 省东莞. Units that begin a word are marked: the first, one
// after a space or punctuation, a change of script, and the starts of Chinese words as ICU's
// dictionary segments them (深圳市|华彩|广告).
class SearchText final
{
public:
    struct Unit
    {
        qsizetype from = 0; // code units in the text
        qsizetype to = 0;
        char32_t folded = 0;  // case folded, full-width letters and digits made ASCII
        QStringList readings; // a Han character's pinyin, main first; otherwise empty
        bool wordStart = false;
        bool han() const { return !readings.isEmpty(); }
        // The spellings a key is made of: the readings, or the unit itself.
        QStringList spellings() const;
    };

    SearchText() = default;
    explicit SearchText(const QString& text);
    const QString& text() const { return m_text; }
    const QList<Unit>& units() const { return m_units; }
    bool isEmpty() const { return m_units.isEmpty(); }

private:
    QString m_text;
    QList<Unit> m_units;
};

// One word of what was typed; a query's terms must all match.
class SearchTerm final
{
public:
    explicit SearchTerm(const QString& typed);
    // The folded units of the term: letters, digits and Han characters.
    const QList<char32_t>& chars() const { return m_chars; }
    QString text() const;
    bool isEmpty() const { return m_chars.isEmpty(); }
    // Four or more digits and nothing else, as a phone number is searched by.
    bool isPhone() const { return m_phone; }
    // The best place the term matches in text: by the characters themselves, or a Han character by
    // any of its readings in full (v or u for ü), by its initial (zh, ch, sh too), or, at the end of
    // the term, by the start of a reading. A phone term also matches the digits of a phone number
    // written with spaces, dashes or a trunk 0 ("0158-3600 2656").
    TextMatch matchIn(const SearchText& text) const;
    // For a phone term: where it meets a number's search digits (see PhoneNumber::searchDigits).
    MatchQuality matchDigits(const QString& digits) const;

private:
    QList<char32_t> m_chars;
    bool m_phone = false;
};

class SearchQuery final
{
public:
    SearchQuery() = default;
    // Splits at white space; a query that reads as one phone number ("+86 158-3600 2656") is one
    // term of its search digits.
    explicit SearchQuery(const QString& typed);
    const QList<SearchTerm>& terms() const { return m_terms; }
    bool isEmpty() const { return m_terms.isEmpty(); }
    // The parts of text to highlight: every term's best match in it (a term may be absent).
    QList<TextMatch> highlights(const QString& text) const;

private:
    QList<SearchTerm> m_terms;
};

// A short list searched in memory the way customers are searched: products, staff, units. Each item
// has texts (a name, then a code…); items are found by any part of any text, full pinyin or
// initials, and ranked by how the first term meets them, then by which text it met (the name before
// the code), then in the order they were added.
class SearchList final
{
public:
    void add(const QStringList& texts);
    int size() const { return static_cast<int>(m_items.size()); }
    // The indexes of the best matching items; every term must match one of an item's texts.
    QList<int> find(const QString& typed, int limit) const;

private:
    QList<QList<SearchText>> m_items;
};

// Case folded, with full-width ASCII (Ｈ, ２) made half-width.
char32_t foldForSearch(char32_t c);

} // namespace shopcrm
