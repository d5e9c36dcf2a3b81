#include "TestSupport.h"

#include "documents/MailMerge.h"
#include "store/CustomerRepository.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

struct Word
{
    double xMin, yMin, xMax, yMax; // millimetres from the page's top left
    QString text;
    int page;
    double centreX() const { return (xMin + xMax) / 2; }
    double centreY() const { return (yMin + yMax) / 2; }
};

// Every word of a PDF with its box, as poppler's pdftotext -bbox reads it (points → millimetres).
QList<Word> words(const QString& pdf)
{
    const QString html =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression page(QStringLiteral("<page "));
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    QList<Word> result;
    const QStringList pages = html.split(page);
    for (qsizetype p = 1; p < pages.size(); ++p)
        for (auto m = word.globalMatch(pages.at(p)); m.hasNext();) {
            const auto w = m.next();
            const double mm = 25.4 / 72.0;
            result.append({w.captured(1).toDouble() * mm, w.captured(2).toDouble() * mm,
                           w.captured(3).toDouble() * mm, w.captured(4).toDouble() * mm, w.captured(5),
                           int(p)});
        }
    return result;
}

// The first page's size in millimetres, as pdfinfo reports it (in points).
QSizeF pageSizeMm(const QString& pdf)
{
    static const QRegularExpression size(QStringLiteral(R"(Page size:\s+([\d.]+) x ([\d.]+) pts)"));
    const auto m = size.match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble() * 25.4 / 72, m.captured(2).toDouble() * 25.4 / 72)
                        : QSizeF();
}

const Word* find(const QList<Word>& all, const QString& text, int page = 0)
{
    for (const Word& w : all)
        if (w.text == text && (page == 0 || w.page == page)) return &w;
    return nullptr;
}

QList<Addressee> three()
{
    return {{QStringLiteral("深圳市华彩广告有限公司"), QStringLiteral("张三"),
             QStringLiteral("广东省深圳市南山区科技园南区"), QStringLiteral("518057")},
            {QStringLiteral("重庆鑫源装饰"), QString(), QStringLiteral("重庆市渝中区解放碑"),
             QStringLiteral("400010")},
            {QStringLiteral("成都百味餐饮"), QStringLiteral("李四"), QStringLiteral("四川省成都市武侯区"),
             QStringLiteral("610041")}};
}

} // namespace

TEST_CASE("address labels sit where the sheet has them, from a start position on a half-used sheet",
          "[documents][mailmerge]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("labels.pdf"));
    // From position 23 of 24 (3 × 8): two on the first sheet, the third top left on a second.
    CHECK(MailMerge::writeLabels(pdf, three(), *LabelSheet::fromCode(QStringLiteral("3x8")), 23) == 2);
    CHECK(runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("Pages:           2")));
    const QList<Word> all = words(pdf);
    // Position 23 is the middle of the last row: 70 mm across, 0.5 + 7 × 37 = 259.5 mm down, 3 mm in.
    const Word* first = find(all, QStringLiteral("518057"), 1);
    REQUIRE(first);
    CHECK(first->xMin == Approx(73.0).margin(0.5));
    CHECK(first->centreY() == Approx(262.5 + 2.0).margin(0.5));
    const Word* second = find(all, QStringLiteral("400010"), 1);
    REQUIRE(second);
    CHECK(second->xMin == Approx(143.0).margin(0.5));
    const Word* third = find(all, QStringLiteral("610041"), 2);
    REQUIRE(third);
    CHECK(third->xMin == Approx(3.0).margin(0.5));
    CHECK(third->centreY() == Approx(3.5 + 2.0).margin(0.5));
    // Text as typed.
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("广东省深圳市南山区科技园南区")));
    CHECK(text.contains(QStringLiteral("重庆鑫源装饰")));

    // 2 × 7: 99.1 × 38.1 mm, 4.65 mm from the left, 15.15 mm from the top, 2.5 mm between columns.
    CHECK(MailMerge::writeLabels(pdf, three(), *LabelSheet::fromCode(QStringLiteral("2x7"))) == 1);
    const QList<Word> sheet = words(pdf);
    REQUIRE(find(sheet, QStringLiteral("400010")));
    CHECK(find(sheet, QStringLiteral("400010"))->xMin == Approx(4.65 + 99.1 + 2.5 + 3).margin(0.5));
    REQUIRE(find(sheet, QStringLiteral("610041")));
    CHECK(find(sheet, QStringLiteral("610041"))->centreY() == Approx(15.15 + 38.1 + 3 + 2).margin(0.5));
}

TEST_CASE("envelopes: DL and C5 pages, the postcode's digits in the six boxes, the address as typed",
          "[documents][mailmerge]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("envelopes.pdf"));
    ShopProfile shop;
    shop.name = QStringLiteral("广州市彩虹广告制作部");
    shop.address = QStringLiteral("广州市天河区体育西路 1 号");
    CHECK(MailMerge::writeEnvelopes(pdf, three(), *EnvelopeSize::fromCode(QStringLiteral("dl")), shop) == 3);
    CHECK(pageSizeMm(pdf).width() == Approx(220).margin(0.5));
    CHECK(pageSizeMm(pdf).height() == Approx(110).margin(0.5));
    const QList<Word> all = words(pdf);
    // Each digit centred in its box: 8 × 10 mm, 2 mm apart, the first 20 mm in and 10 mm down.
    const QString digits = QStringLiteral("518057");
    for (int i = 0; i < 6; ++i) {
        const Word* d = nullptr;
        for (const Word& w : all)
            if (w.page == 1 && w.text == digits.mid(i, 1) && std::abs(w.centreX() - (24.0 + i * 10)) < 3)
                d = &w;
        REQUIRE(d);
        CHECK(d->centreX() == Approx(24.0 + i * 10).margin(0.5));
        CHECK(d->centreY() == Approx(15.0).margin(0.5));
    }
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("广东省深圳市南山区科技园南区")));
    CHECK(text.contains(QStringLiteral("深圳市华彩广告有限公司")));
    CHECK(text.contains(QStringLiteral("广州市彩虹广告制作部")));
    CHECK(MailMerge::writeEnvelopes(pdf, three().mid(0, 1), *EnvelopeSize::fromCode(QStringLiteral("c5")),
                                    shop) == 1);
    CHECK(pageSizeMm(pdf).width() == Approx(229).margin(0.5));
    CHECK(pageSizeMm(pdf).height() == Approx(162).margin(0.5));
}

TEST_CASE("labels and envelopes on the command line, for chosen customers or all of them", "[documents][cli]")
{
    TempDb db;
    Customer a = makeCustomer(QStringLiteral("深圳市华彩广告有限公司"), {}, QStringLiteral("张三"));
    a.address = QStringLiteral("南山区科技园");
    a.postcode = QStringLiteral("518057");
    CustomerRepository(*db).create(a);
    Customer b = makeCustomer(QStringLiteral("重庆鑫源装饰"));
    CustomerRepository(*db).create(b);
    const QString path = db.path;
    db.db.reset();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    const CliRun all =
        runCli({QStringLiteral("--db"), path, QStringLiteral("print"), QStringLiteral("labels"),
                QStringLiteral("--pdf"), pdf, QStringLiteral("--json")});
    REQUIRE(all.status == 0);
    CHECK(all.json().object().value(QStringLiteral("customers")).toInt() == 2);
    const CliRun one =
        runCli({QStringLiteral("--db"), path, QStringLiteral("print"), QStringLiteral("envelopes"),
                QStringLiteral("--customers"), QString::number(a.meta.id), QStringLiteral("--size"),
                QStringLiteral("c5"), QStringLiteral("--pdf"), pdf, QStringLiteral("--json")});
    REQUIRE(one.status == 0);
    CHECK(one.json().object().value(QStringLiteral("pages")).toInt() == 1);
    CHECK(runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
              .contains(QStringLiteral("南山区科技园")));
    CHECK(runCli({QStringLiteral("--db"), path, QStringLiteral("print"), QStringLiteral("labels"),
                  QStringLiteral("--sheet"), QStringLiteral("4x10"), QStringLiteral("--pdf"), pdf})
              .status == 2);
}

TEST_CASE("an addressee's address is the region then the street, each part once", "[documents][mailmerge]")
{
    Customer c = makeCustomer(QStringLiteral("东莞长安印务"), {}, QStringLiteral("王五"));
    c.province = QStringLiteral("广东省");
    c.city = QStringLiteral("东莞市");
    c.district = QStringLiteral("长安镇");
    c.address = QStringLiteral("长安镇新华路186号");
    c.postcode = QStringLiteral("523850");
    const Addressee a = Addressee::of(c);
    CHECK(a.address == QStringLiteral("广东省东莞市长安镇新华路186号"));
    CHECK(a.contact == QStringLiteral("王五"));
    CHECK(a.postcode == QStringLiteral("523850"));
    c.address = QStringLiteral("广东省东莞市长安镇新华路186号");
    CHECK(Addressee::of(c).address == QStringLiteral("广东省东莞市长安镇新华路186号"));
    c.province = QStringLiteral("重庆市");
    c.city = QStringLiteral("重庆市");
    c.district = QStringLiteral("渝中区");
    c.address = QStringLiteral("解放碑");
    CHECK(Addressee::of(c).address == QStringLiteral("重庆市渝中区解放碑"));
}

TEST_CASE("a contact's postcode is kept with the contact and addresses a customer that has none",
          "[documents][mailmerge]")
{
    TempDb db;
    CustomerRepository customers(*db);
    Customer c = makeCustomer(QStringLiteral("百味餐饮"), {}, QStringLiteral("王五"));
    c.contacts[0].postcode = QStringLiteral(" 400010 ");
    Contact other;
    other.name = QStringLiteral("赵六");
    other.postcode = QStringLiteral("4000"); // too short: kept, with a warning
    c.contacts.append(other);
    CustomerRules::normalise(c); // as a save does, before the check
    CHECK(c.contacts.at(0).postcode == QStringLiteral("400010"));
    bool warned = false;
    for (const FieldIssue& i : CustomerRules::check(c))
        warned = warned || (i.field == QStringLiteral("contacts/1") && !i.blocking);
    CHECK(warned);
    const qint64 id = customers.create(c);
    // Stored with the contact, by a plain query.
    CHECK(scalar(*db, QStringLiteral("SELECT group_concat(postcode, '|') FROM (SELECT postcode FROM contacts "
                                     "WHERE customer_id = %1 ORDER BY position)")
                          .arg(id))
              .toString() == QStringLiteral("400010|4000"));
    Customer read = customers.get(id);
    CHECK(read.contacts.at(0).postcode == QStringLiteral("400010"));
    // No postcode of its own: the envelope takes the main contact's; its own wins when it has one.
    CHECK(Addressee::of(read).postcode == QStringLiteral("400010"));
    read.postcode = QStringLiteral("523850");
    CHECK(Addressee::of(read).postcode == QStringLiteral("523850"));
    // An update keeps it too.
    read.contacts[0].postcode = QStringLiteral("400015");
    customers.update(read);
    CHECK(scalar(
              *db,
              QStringLiteral("SELECT postcode FROM contacts WHERE customer_id = %1 AND position = 0").arg(id))
              .toString() == QStringLiteral("400015"));
}
