#pragma once

#include "Money.h"

#include <QString>

#include <optional>

namespace shopcrm {

// An amount in Chinese capitals (大写金额) as the People's Bank of China rules write it on slips:
// 壹拾 for a leading ten, one 零 for a run of zeros (also across 万 and 亿 groups), 元…整 when there
// are no jiao or fen, 零 between 元 and 分 when the jiao is zero, 负 before a negative amount.
//
// Written by hand because ICU's zh "%spellout-cardinal-financial" rules, the closest library
// answer, write 100000 as 拾万 (no 壹) and 100010001 as 壹亿壹万零壹 (no 零 between the 亿 and the
// 万 group), both of which the bank rules call wrong.
class ChineseAmount final
{
public:
    static QString words(Money amount);
    // The reverse, for checking: nullopt when the text is not a well-formed amount in capitals.
    static std::optional<Money> parse(const QString& words);
};

} // namespace shopcrm
