// Build-time generator: reads Unihan_Readings.txt.bz2 and writes a C++ table of the characters
// that have more than one Mandarin reading once tones are removed (长 chang/zhang, 行 hang/xing…).
// ICU's Han-Latin transliterator gives one reading per character; this table supplies the others.
// Written by hand because no Debian package ships Unihan readings in a compiled form.
#include <bzlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Maps one UTF-8 pinyin syllable with tone marks to plain ASCII; ü becomes v, as typed on a keyboard.
std::string stripTones(const std::string& syllable)
{
    static const std::vector<std::pair<std::string, char>> marks = {
        {"ā", 'a'}, {"á", 'a'}, {"ǎ", 'a'}, {"à", 'a'}, {"ē", 'e'}, {"é", 'e'}, {"ě", 'e'}, {"è", 'e'},
        {"ê", 'e'}, {"ế", 'e'}, {"ề", 'e'}, {"ī", 'i'}, {"í", 'i'}, {"ǐ", 'i'}, {"ì", 'i'}, {"ō", 'o'},
        {"ó", 'o'}, {"ǒ", 'o'}, {"ò", 'o'}, {"ū", 'u'}, {"ú", 'u'}, {"ǔ", 'u'}, {"ù", 'u'}, {"ü", 'v'},
        {"ǖ", 'v'}, {"ǘ", 'v'}, {"ǚ", 'v'}, {"ǜ", 'v'}, {"ḿ", 'm'}, {"ń", 'n'}, {"ň", 'n'}, {"ǹ", 'n'},
    };
    std::string out;
    for (size_t i = 0; i < syllable.size();) {
        const unsigned char c = static_cast<unsigned char>(syllable[i]);
        if (c < 0x80) {
            if (c >= 'a' && c <= 'z')
                out += static_cast<char>(c);
            ++i;
            continue;
        }
        bool matched = false;
        for (const auto& [mark, plain] : marks) {
            if (syllable.compare(i, mark.size(), mark) == 0) {
                out += plain;
                i += mark.size();
                matched = true;
                break;
            }
        }
        if (!matched)
            ++i; // an unknown byte (combining mark) carries no letter
    }
    return out;
}

bool readAll(const char* path, std::string& text)
{
    FILE* file = std::fopen(path, "rb");
    if (!file)
        return false;
    int error = BZ_OK;
    BZFILE* bz = BZ2_bzReadOpen(&error, file, 0, 0, nullptr, 0);
    if (error != BZ_OK) {
        std::fclose(file);
        return false;
    }
    char buffer[65536];
    while (error == BZ_OK) {
        const int n = BZ2_bzRead(&error, bz, buffer, sizeof buffer);
        if (n > 0)
            text.append(buffer, static_cast<size_t>(n));
    }
    const bool ok = error == BZ_STREAM_END;
    BZ2_bzReadClose(&error, bz);
    std::fclose(file);
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s Unihan_Readings.txt.bz2 READINGS.inc SYLLABLES.inc\n", argv[0]);
        return 2;
    }
    std::string text;
    if (!readAll(argv[1], text)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    // Priority of the sources: the common modern reading first, then the modern dictionaries,
    // then the historical one (kHanyuPinyin lists rare readings too, so it comes last).
    const std::map<std::string, int> fieldRank = {
        {"kMandarin", 0}, {"kXHC1983", 1}, {"kTGHZ2013", 2}, {"kHanyuPinyin", 3}};
    std::map<unsigned, std::vector<std::vector<std::string>>> readings; // code point -> per-rank lists
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.size() < 3 || line[0] != 'U')
            continue;
        const size_t tab1 = line.find('\t');
        const size_t tab2 = line.find('\t', tab1 + 1);
        if (tab1 == std::string::npos || tab2 == std::string::npos)
            continue;
        const auto rank = fieldRank.find(line.substr(tab1 + 1, tab2 - tab1 - 1));
        if (rank == fieldRank.end())
            continue;
        const unsigned codePoint = static_cast<unsigned>(std::strtoul(line.c_str() + 2, nullptr, 16));
        auto& slots = readings[codePoint];
        slots.resize(fieldRank.size());
        // Values are space separated; dictionary fields prefix "page.position:" and join readings with ','.
        std::istringstream values(line.substr(tab2 + 1));
        std::string value;
        while (values >> value) {
            const size_t colon = value.find(':');
            if (colon != std::string::npos)
                value = value.substr(colon + 1);
            std::istringstream parts(value);
            std::string part;
            while (std::getline(parts, part, ','))
                slots[static_cast<size_t>(rank->second)].push_back(stripTones(part));
        }
    }

    FILE* out = std::fopen(argv[2], "w");
    if (!out) {
        std::fprintf(stderr, "cannot write %s\n", argv[2]);
        return 1;
    }
    std::fprintf(out, "// Generated from %s by shopcrm_unihan_gen. Do not edit.\n", argv[1]);
    size_t count = 0;
    for (const auto& [codePoint, slots] : readings) {
        // kHanyuPinyin (the historical Hanyu Da Zidian) lists archaic readings (重 tong, 大 tai);
        // it is used only for characters that neither modern dictionary field covers.
        const bool modern = !slots[1].empty() || !slots[2].empty();
        std::vector<std::string> unique;
        for (size_t rank = 0; rank < slots.size(); ++rank) {
            if (rank == 3 && modern)
                continue;
            for (const auto& reading : slots[rank])
                if (!reading.empty() && std::find(unique.begin(), unique.end(), reading) == unique.end())
                    unique.push_back(reading);
        }
        if (unique.size() < 2)
            continue;
        if (unique.size() > 4)
            unique.resize(4); // beyond four, readings are archaic and only blow up the variants
        std::string joined;
        for (const auto& reading : unique)
            joined += (joined.empty() ? "" : " ") + reading;
        std::fprintf(out, "{0x%X, \"%s\"},\n", codePoint, joined.c_str());
        ++count;
    }
    std::fclose(out);

    // Every syllable the modern readings use: search splits typed pinyin ("jianshe") into these.
    // Syllables without a vowel (m, n, ng, hm: interjections) are left out, so a typed n or m
    // stays an initial.
    std::set<std::string> syllables;
    for (const auto& [codePoint, slots] : readings)
        for (size_t rank = 0; rank < 3; ++rank)
            for (const auto& reading : slots[rank])
                if (reading.find_first_of("aeiouv") != std::string::npos) syllables.insert(reading);
    FILE* syllableOut = std::fopen(argv[3], "w");
    if (!syllableOut) {
        std::fprintf(stderr, "cannot write %s\n", argv[3]);
        return 1;
    }
    std::fprintf(syllableOut, "// Generated from %s by shopcrm_unihan_gen. Do not edit.\n", argv[1]);
    for (const auto& syllable : syllables)
        std::fprintf(syllableOut, "\"%s\",\n", syllable.c_str());
    std::fclose(syllableOut);
    std::printf("%zu polyphonic characters, %zu syllables\n", count, syllables.size());
    return 0;
}
