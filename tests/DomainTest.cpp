#include "domain/Customer.h"
#include "domain/PhoneNumber.h"
#include "domain/Pinyin.h"

#include <catch2/catch.hpp>

#include <random>

using namespace shopcrm;

TEST_CASE("pinyin gives ICU's reading first and Unihan's other readings", "[pinyin]")
{
    CHECK(Pinyin::readings(U'华') == QStringList{QStringLiteral("hua")});
    for (const auto& [han, readings] : std::initializer_list<std::pair<char32_t, QStringList>>{
             {U'长', {QStringLiteral("chang"), QStringLiteral("zhang")}},
             {U'行', {QStringLiteral("hang"), QStringLiteral("xing")}},
             {U'重', {QStringLiteral("chong"), QStringLiteral("zhong")}},
             {U'乐', {QStringLiteral("le"), QStringLiteral("yue")}},
             {U'厦', {QStringLiteral("sha"), QStringLiteral("xia")}}}) {
        const QStringList all = Pinyin::readings(han);
        for (const QString& r : readings)
            CHECK(all.contains(r));
    }
    CHECK(Pinyin::readings(U'A').isEmpty());
}

TEST_CASE("pinyin keys cover every reading of polyphonic names", "[pinyin]")
{
    const Pinyin::Keys keys = Pinyin::keys(QStringLiteral("长城华彩广告"));
    CHECK(keys.full.contains(QStringLiteral("changchenghuacaiguanggao")));
    CHECK(keys.full.contains(QStringLiteral("zhangchenghuacaiguanggao")));
    CHECK(keys.initials.contains(QStringLiteral("cchcgg")));
    CHECK(keys.initials.contains(QStringLiteral("zchcgg")));
    const Pinyin::Keys mixed = Pinyin::keys(QStringLiteral("ABC 广告 2号店"));
    CHECK(mixed.full.constFirst() == QStringLiteral("abcguanggao2haodian"));
    CHECK(mixed.initials.constFirst() == QStringLiteral("abcgg2hd"));
    CHECK(Pinyin::keys(QStringLiteral("重重重重重重重重重重"), 16).full.size() <= 16);
}

TEST_CASE("phone numbers are normalised with libphonenumber", "[phone]")
{
    const PhoneNumber mobile = PhoneNumber::parse(QStringLiteral("+86 138-1234-5678"));
    CHECK(mobile.valid);
    CHECK(mobile.display == QStringLiteral("138 1234 5678"));
    CHECK(mobile.digits == QStringLiteral("13812345678"));
    const PhoneNumber landline = PhoneNumber::parse(QStringLiteral("(010) 88886666"));
    CHECK(landline.valid);
    CHECK(landline.digits == QStringLiteral("01088886666"));
    const PhoneNumber bad = PhoneNumber::parse(QStringLiteral("12345"));
    CHECK_FALSE(bad.valid);
    CHECK(bad.display == QStringLiteral("12345"));
    CHECK(PhoneNumber::queryDigits(QStringLiteral("+86 138 1234")) == QStringLiteral("1381234"));
    CHECK(PhoneNumber::queryDigits(QStringLiteral("0086-13812345678")) == QStringLiteral("13812345678"));
    CHECK(PhoneNumber::looksLikePhone(QStringLiteral("138-12")));
    CHECK_FALSE(PhoneNumber::looksLikePhone(QStringLiteral("华彩")));
    CHECK(PhoneNumber::splitList(QStringLiteral("138 1234 5678，0755-1234567; 021 1234 5678")).size() == 3);
}

TEST_CASE("a mainland mobile typed as 11 digits parses as libphonenumber parses it with +86", "[phone]")
{
    // The 11-digit shape takes a short path; "+86 …" goes through libphonenumber's Parse and
    // Format, the oracle here. Every five-digit prefix, with two different tails.
    std::mt19937 random(20261201);
    int valid = 0;
    for (int prefix = 10000; prefix <= 19999; ++prefix) {
        for (int tail : {static_cast<int>(random() % 1000000), static_cast<int>(random() % 1000000)}) {
            const QString digits = QString::number(prefix) + QString::number(tail).rightJustified(6, QLatin1Char('0'));
            const PhoneNumber quick = PhoneNumber::parse(digits);
            const PhoneNumber full = PhoneNumber::parse(QStringLiteral("+86 ") + digits);
            INFO(digits.toStdString());
            REQUIRE(quick.valid == full.valid);
            if (full.valid) {
                ++valid;
                REQUIRE(quick.display == full.display);
                REQUIRE(quick.digits == full.digits);
                REQUIRE(PhoneNumber::parse(full.display).digits == digits);
            }
        }
    }
    CHECK(valid > 5000); // most of the 13x–19x ranges are allocated
}

TEST_CASE("customer rules: name required, warnings do not block", "[rules]")
{
    Customer c;
    c.name = QStringLiteral("   ");
    c.email = QStringLiteral("not-mail");
    c.phones = {QStringLiteral("12345")};
    c.paymentTerms = PaymentTerms::MonthlyAccount;
    CustomerRules::normalise(c);
    const QList<FieldIssue> issues = CustomerRules::check(c);
    QStringList blocking, warnings;
    for (const FieldIssue& i : issues)
        (i.blocking ? blocking : warnings).append(i.field);
    CHECK(blocking.contains(QStringLiteral("name")));
    CHECK(blocking.contains(QStringLiteral("email")));
    CHECK(blocking.contains(QStringLiteral("paymentDays")));
    CHECK(warnings == QStringList{QStringLiteral("phones")});
}

TEST_CASE("normalise keeps exactly one primary contact and formats phones", "[rules]")
{
    Customer c;
    c.name = QStringLiteral("  华彩  广告 ");
    c.tags = {QStringLiteral("门头"), QStringLiteral(" 门头 "), QString()};
    c.phones = {QStringLiteral("13812345678, 0755-23456789")};
    Contact a, b;
    a.name = QStringLiteral("甲");
    b.name = QStringLiteral("乙");
    a.primary = b.primary = true;
    c.contacts = {a, b};
    CustomerRules::normalise(c);
    CHECK(c.name == QStringLiteral("华彩 广告"));
    CHECK(c.tags == QStringList{QStringLiteral("门头")});
    CHECK(c.phones == QStringList{QStringLiteral("138 1234 5678"), QStringLiteral("0755 2345 6789")});
    CHECK(c.contacts.at(0).primary);
    CHECK_FALSE(c.contacts.at(1).primary);
    CHECK(CustomerRules::nameKey(QStringLiteral("Hua Cai 广告")) == QStringLiteral("huacai广告"));
}
