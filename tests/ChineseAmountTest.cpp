#include "TestSupport.h"
#include "domain/ChineseAmount.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace shopcrm;

namespace {
Money yuan(const char* text)
{
    return *Money::parse(QString::fromUtf8(text));
}
} // namespace

TEST_CASE("amounts in Chinese capitals follow the People's Bank of China rules", "[words]")
{
    const struct
    {
        const char* amount;
        const char* words;
    } table[] = {
        {"0", "零元整"},
        {"0.05", "伍分"},
        {"0.50", "伍角"},
        {"1", "壹元整"},
        {"10", "壹拾元整"},
        {"16", "壹拾陆元整"},
        {"10.10", "壹拾元壹角"},
        {"10.05", "壹拾元零伍分"},
        {"100", "壹佰元整"},
        {"1010", "壹仟零壹拾元整"},
        {"100000", "壹拾万元整"},
        {"100203", "壹拾万零贰佰零叁元整"},
        {"1680.32", "壹仟陆佰捌拾元叁角贰分"},
        {"107000.53", "壹拾万柒仟元伍角叁分"},
        {"1000000.01", "壹佰万元零壹分"},
        {"100010001", "壹亿零壹万零壹元整"},
        {"200000000", "贰亿元整"},
        {"325.04", "叁佰贰拾伍元零肆分"},
        {"-12.30", "负壹拾贰元叁角"},
        {"9999999999.99", "玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"},
    };
    for (const auto& row : table) {
        INFO(row.amount);
        CHECK(ChineseAmount::words(yuan(row.amount)) == QString::fromUtf8(row.words));
        CHECK(ChineseAmount::parse(QString::fromUtf8(row.words)) == yuan(row.amount));
    }
    // The largest amount the program accepts is the last row.
    CHECK(yuan("9999999999.99").fen() == Money::kMaxFen);
}

TEST_CASE("words parsed back give the amount, over many random amounts", "[words]")
{
    QRandomGenerator random(20261124);
    for (int i = 0; i < 20000; ++i) {
        // Mixed magnitudes, so zeros land in every position.
        const int digits = 1 + static_cast<int>(random.bounded(12u));
        qint64 fen = 0;
        for (int d = 0; d < digits; ++d)
            fen = fen * 10 + (random.bounded(3u) == 0 ? 0 : random.bounded(10u));
        const Money amount = Money::fromFen(std::min(fen, Money::kMaxFen));
        const QString words = ChineseAmount::words(amount);
        INFO(amount.toPlainString().toStdString() << " " << words.toStdString());
        REQUIRE(ChineseAmount::parse(words) == amount);
        REQUIRE_FALSE(words.contains(QStringLiteral("零零")));
        REQUIRE_FALSE(words.startsWith(u'拾'));
    }
    CHECK_FALSE(ChineseAmount::parse(QStringLiteral("拾元整")));
    CHECK_FALSE(ChineseAmount::parse(QStringLiteral("壹拾")));
    CHECK_FALSE(ChineseAmount::parse(QStringLiteral("hello")));
}
