#include "TestSupport.h"

#include "domain/MergeTemplate.h"
#include "services/MergeFields.h"
#include "store/OrderRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

TEST_CASE("a template's fields in Chinese or English are filled in, missing and unknown ones named",
          "[letters]")
{
    const QHash<QString, QString> values{{QStringLiteral("customer"), QStringLiteral("华彩广告")},
                                         {QStringLiteral("balance"), QStringLiteral("1,225.00")},
                                         {QStringLiteral("contact"), QString()}};
    const MergeTemplate::Result r =
        MergeTemplate::merge(QStringLiteral("尊敬的{客户名称}（{customer}）：\n{联系人}您好，贵司尚欠 {欠款} "
                                            "元，订单 {订单号}。{ 客户名称 }{优惠券}"),
                             values);
    CHECK(r.text == QStringLiteral(
                        "尊敬的华彩广告（华彩广告）：\n您好，贵司尚欠 1,225.00 元，订单 。华彩广告{优惠券}"));
    CHECK(r.missing == QStringList{QStringLiteral("contact"), QStringLiteral("order")});
    CHECK(r.unknown == QStringList{QStringLiteral("优惠券")});
    // Braces that are the letter's own text stay: no closing one, a line break inside, or long.
    const QString own =
        QStringLiteral("价格 {含税\n另计} 和 {这是一段很长的说明文字而不是一个字段的名字真的很长} 以及 {");
    CHECK(MergeTemplate::merge(own, values).text == own);
    CHECK(MergeTemplate::merge(own, values).unknown.isEmpty()); // nor are they reported
    CHECK(MergeTemplate::unknownFields(QStringLiteral("{客户名称}{Customer}{DATE}")).isEmpty());
    CHECK(MergeTemplate::token(QStringLiteral("due"), true) == QStringLiteral("{交货时间}"));
}

TEST_CASE("merge fields for a customer: contact, address, latest unfinished order, what they owe",
          "[letters]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    const QDateTime when(QDate(2026, 11, 30), QTime(10, 0));
    Order o = shop.order(shop.customer, when.toUTC()); // 225.00, due three days later
    orders.create(o);
    const QHash<QString, QString> v = MergeFields::forCustomer(*shop.db, shop.customer, QDate(2026, 12, 3));
    CHECK(v.value(QStringLiteral("customer")) == QStringLiteral("华彩广告"));
    CHECK(v.value(QStringLiteral("contact")) == QStringLiteral("张三"));
    CHECK(v.value(QStringLiteral("address")) == QStringLiteral("重庆市渝中区解放碑路1号"));
    CHECK(v.value(QStringLiteral("order")) == o.number);
    CHECK(v.value(QStringLiteral("due")) == QStringLiteral("2026-12-03 10:00"));
    CHECK(v.value(QStringLiteral("order_total")) == QStringLiteral("225.00"));
    CHECK(v.value(QStringLiteral("balance")) == QStringLiteral("225.00"));
    // Nothing unfinished, nothing owed: those fields are missing, not zero.
    const QHash<QString, QString> other = MergeFields::forCustomer(*shop.db, shop.other, QDate(2026, 12, 3));
    CHECK_FALSE(other.contains(QStringLiteral("order")));
    CHECK_FALSE(other.contains(QStringLiteral("balance")));
    // A role without payments ▸ see money gets no balance.
    shop.db->setAccess(roleWithout(Module::Payments, Action::Money));
    CHECK_FALSE(MergeFields::forCustomer(*shop.db, shop.customer, QDate(2026, 12, 3))
                    .contains(QStringLiteral("balance")));
}

TEST_CASE("letters on the command line: one a customer, long ones carried over, text as typed",
          "[letters][cli]")
{
    OrderShop shop;
    Order o = shop.order(shop.customer, QDateTime::currentDateTimeUtc());
    OrderRepository(*shop.db).create(o);
    const QString path = shop.db.path;
    shop.db.db.reset();
    QTemporaryDir dir;
    const QString tmpl = dir.filePath(QStringLiteral("letter.txt"));
    QString body =
        QStringLiteral("尊敬的{客户名称}：\n\n您好！贵司的订单 {订单号} 已完成，金额 {订单金额} 元。\n");
    for (int i = 1; i <= 60; ++i)
        body += QStringLiteral("第%1条 新年期间门头招牌、写真喷绘照常制作。\n").arg(i);
    body += QStringLiteral("此致 敬礼");
    QFile f(tmpl);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(body.toUtf8());
    f.close();
    const QString pdf = dir.filePath(QStringLiteral("letters.pdf"));
    const CliRun run =
        runCli({QStringLiteral("--db"), path, QStringLiteral("print"), QStringLiteral("letters"),
                QStringLiteral("--template"), tmpl, QStringLiteral("--customers"),
                QStringLiteral("%1,%2").arg(shop.customer).arg(shop.other), QStringLiteral("--pdf"), pdf,
                QStringLiteral("--json")});
    REQUIRE(run.status == 0);
    const QJsonObject out = run.json().object();
    // Sixty lines do not fit on one A4 page: each letter takes two.
    CHECK(out.value(QStringLiteral("pages")).toInt() == 4);
    CHECK(runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("Pages:           4")));
    const QJsonArray missing = out.value(QStringLiteral("missing")).toArray();
    REQUIRE(missing.size() == 1); // 鑫源装饰 has no order
    CHECK(missing.at(0).toObject().value(QStringLiteral("customer")).toString() ==
          QStringLiteral("鑫源装饰"));
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("尊敬的华彩广告：")));
    CHECK(text.contains(QStringLiteral("订单 %1 已完成，金额 225.00 元。").arg(o.number)));
    CHECK(text.contains(QStringLiteral("第60条")));
    CHECK(text.count(QStringLiteral("此致 敬礼")) == 2);
    // No line is cut in two across a page: every numbered line is there whole.
    for (int i = 1; i <= 60; ++i)
        CHECK(text.count(QStringLiteral("第%1条 新年期间门头招牌、写真喷绘照常制作。").arg(i)) == 2);
    // An unknown field is refused before anything is printed.
    QFile bad(tmpl);
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("{客户名}");
    bad.close();
    CHECK(runCli({QStringLiteral("--db"), path, QStringLiteral("print"), QStringLiteral("letters"),
                  QStringLiteral("--template"), tmpl, QStringLiteral("--pdf"), pdf})
              .status == 2);
}
