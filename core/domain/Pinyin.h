#pragma once

#include <QString>
#include <QStringList>

namespace shopcrm {

// Pinyin of Chinese text for search and sorting, in lower-case ASCII without tones and with ü
// written v (lv 旅), as it is typed. The main reading of each character comes from
// ICU's Han-Latin transliterator; characters with several readings (长 chang/zhang, 行 hang/xing…)
// also get the others from Unicode's Unihan data, compiled in at build time.
class Pinyin final
{
public:
    struct Keys
    {
        QStringList full;     // "huacaiguanggao" and its polyphonic variants, main reading first
        QStringList initials; // "hcgg" and variants
    };

    // All readings of one code point, toneless lower-case ASCII, main reading first; empty for non-Han.
    static QStringList readings(char32_t codePoint);
    // Search keys for a text. At most maxVariants spellings are produced; variants that change fewer
    // characters come first, so every reading of every character appears while the cap allows.
    static Keys keys(const QString& text, int maxVariants = 16);
    // The main-reading spelling with spaces between syllables, for display and as a sort key.
    static QString sortKey(const QString& text);
    static bool isHan(char32_t codePoint);
    // Loads ICU's Han-Latin rules, which takes about 0.1 s the first time in a process (later
    // threads then build theirs at once). The desktop program calls it from another thread at
    // start-up, so the first customer saved does not hold up the window.
    static void prepare();
    // Whether text (lower-case ASCII, ü as v) is a whole syllable, or the start of one.
    static bool isSyllable(QLatin1StringView text);
    static bool isSyllableStart(QLatin1StringView text);
};

} // namespace shopcrm
