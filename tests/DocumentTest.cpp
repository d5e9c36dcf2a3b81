#include "documents/DocumentBuilder.h"
#include "documents/DocumentOutput.h"
#include "services/Translations.h"
#include "store/CustomerRepository.h"
#include "store/DeliveryRepository.h"
#include "store/OrderRepository.h"
#include "store/QuoteRepository.h"
#include "TestSupport.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

struct PdfFacts
{
    int pages = 0;
    QSizeF sizeMm;
    QString fonts;
    QStringList pageTexts;
};

PdfFacts inspect(const QString& path)
{
    PdfFacts f;
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    f.pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    f.sizeMm = QSizeF(size.captured(1).toDouble() * 25.4 / 72, size.captured(2).toDouble() * 25.4 / 72);
    f.fonts = runTool(QStringLiteral("pdffonts"), {path});
    for (int p = 1; p <= f.pages; ++p)
        f.pageTexts.append(
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"), QString::number(p),
                     QStringLiteral("-layout"), path, QStringLiteral("-")}));
    return f;
}

// Kangxi radicals and CJK radicals supplement: what Qt 6.4 writes for 广 金 门 长 工 with the wrong font.
bool hasRadicals(const QString& text)
{
    for (const QChar c : text)
        if ((c.unicode() >= 0x2E80 && c.unicode() <= 0x2EFF) || (c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF))
            return true;
    return false;
}

Order signOrder(const OrderShop& shop)
{
    Order o = shop.order(shop.customer, QDateTime(QDate(2026, 11, 20), QTime(10, 30)).toUTC());
    o.title = QStringLiteral("门头招牌");
    o.urgent = true;
    OrderLine letters;
    letters.product = QStringLiteral("金属发光字");
    letters.description = QStringLiteral("长城工业门头 广告字");
    letters.unit = QStringLiteral("个");
    letters.quantity = Quantity::fromUnits(6);
    letters.unitPrice = Money::fromFen(26000);
    o.lines.append(letters);
    return o;
}

struct Printed
{
    QTemporaryDir dir;
};

} // namespace

TEST_CASE("every document in every format: page size, pages, embedded CJK font, the text as typed", "[documents]")
{
    Translations::apply(QStringLiteral("zh_CN"));
    OrderShop shop;
    Order o = signOrder(shop);
    OrderRepository(*shop.db).create(o);
    const DeliverySlip slip = DeliveryRepository(*shop.db).create({o.meta.id});
    Quote quote = QuoteRules::fromOrder(o, QDateTime(QDate(2026, 11, 18), QTime(9, 0)).toUTC());
    quote.validUntil = QDate(2026, 12, 3);
    quote.terms = QStringLiteral("含税价；设计确认后开始制作。");
    QuoteRepository(*shop.db).create(quote);
    ShopProfile profile;
    profile.name = QStringLiteral("金广告门头工作室");
    profile.address = QStringLiteral("重庆市渝中区长江路8号");
    profile.phone = QStringLiteral("023-6000 0000");
    profile.footer = QStringLiteral("谢谢惠顾");
    profile.bankAccount = QStringLiteral("工商银行 6222 0000 0000");
    profile.save(*shop.db);
    QTemporaryDir dir;
    for (const PageFormat& format : PageFormat::all()) {
        const QList<std::pair<QString, OutgoingDocument>> documents = {
            {QStringLiteral("work"), OutgoingDocument::workOrder(*shop.db, o.meta.id)},
            {QStringLiteral("slip"), OutgoingDocument::deliverySlip(*shop.db, slip.meta.id)},
            {QStringLiteral("statement"),
             OutgoingDocument::statement(*shop.db, shop.customer, QDate(2026, 11, 1), QDate::currentDate())},
            {QStringLiteral("quote"), OutgoingDocument::quote(*shop.db, quote.meta.id)}};
        for (const auto& [name, doc] : documents) {
            INFO(name.toStdString() << " on " << format.code.toStdString());
            const QString path = dir.filePath(name + QLatin1Char('-') + format.code + QStringLiteral(".pdf"));
            RenderOptions options;
            options.format = format;
            const int pages = DocumentOutput::writePdf(doc.document, ShopProfile::load(*shop.db), options, path);
            const PdfFacts facts = inspect(path);
            CHECK(facts.pages == pages);
            CHECK(std::abs(facts.sizeMm.width() - format.sizeMm.width()) < 0.5);
            CHECK(std::abs(facts.sizeMm.height() - format.sizeMm.height()) < 0.5);
            CHECK(facts.fonts.contains(QStringLiteral("WenQuanYiMicroHei")));
            CHECK(facts.fonts.contains(QStringLiteral("yes"))); // embedded
            const QString all = facts.pageTexts.join(QLatin1Char('\n'));
            CHECK_FALSE(hasRadicals(all));
            CHECK(all.contains(QStringLiteral("金广告门头工作室")));
            CHECK(all.contains(QStringLiteral("华彩广告")));
            const QString flat = QString(all).remove(QRegularExpression(QStringLiteral("\\s")));
            CHECK(flat.contains(QStringLiteral("第1页/共%1页").arg(pages)));
            if (name != QLatin1String("statement")) {
                CHECK(all.contains(QStringLiteral("金属发光字")));
                CHECK(all.contains(QStringLiteral("长城工业门头")));
            }
            if (name == QLatin1String("slip")) {
                CHECK(all.contains(QStringLiteral("送货单")));
                CHECK(all.contains(slip.number));
                CHECK(all.contains(QStringLiteral("壹仟柒佰捌拾伍元整"))); // 225.00 + 1,560.00
                CHECK(all.contains(QStringLiteral("6222 0000 0000")));
            }
            if (name == QLatin1String("quote")) {
                CHECK(all.contains(QStringLiteral("报价单")));
                CHECK(all.contains(quote.number));
                CHECK(all.contains(QStringLiteral("壹仟柒佰捌拾伍元整")));
                CHECK(flat.contains(QStringLiteral("有效期至：2026-12-03")));
                CHECK(flat.contains(QStringLiteral("含税价；设计确认后开始制作。")));
                CHECK(all.contains(QStringLiteral("260.00")));
            }
            if (name == QLatin1String("work")) {
                CHECK(all.contains(QStringLiteral("制作单")));
                CHECK(all.contains(QStringLiteral("急")));
                CHECK_FALSE(all.contains(QStringLiteral("260.00"))); // no prices on a work order
                CHECK_FALSE(all.contains(QStringLiteral("6222 0000 0000")));
            }
        }
    }
    Translations::apply(QStringLiteral("en"));
}

TEST_CASE("a 200-line order breaks into pages: header on each, totals on the last, long text cut", "[documents]")
{
    Translations::apply(QStringLiteral("zh_CN"));
    OrderShop shop;
    Order o = shop.order(shop.other, QDateTime(QDate(2026, 11, 20), QTime(9, 0)).toUTC()); // a customer with no address
    o.lines.clear();
    for (int i = 0; i < 200; ++i) {
        OrderLine l;
        l.product = QStringLiteral("写真%1").arg(i + 1);
        l.description = i == 4 ? QStringLiteral("很长的说明").repeated(400) : QStringLiteral("门店海报");
        l.unit = QStringLiteral("张");
        l.quantity = Quantity::fromUnits(1 + i % 5);
        l.unitPrice = Money::fromFen(1500);
        o.lines.append(l);
    }
    OrderRepository(*shop.db).create(o);
    ShopProfile profile;
    profile.name = QStringLiteral("华彩广告印务");
    profile.logoPath = QStringLiteral("/nonexistent/logo.png"); // missing: the documents go without it
    profile.save(*shop.db);
    const DeliverySlip slip = DeliveryRepository(*shop.db).create({o.meta.id});
    QTemporaryDir dir;
    for (const QString& form : {QStringLiteral("a4"), QStringLiteral("241x93")}) {
        RenderOptions options;
        options.format = *PageFormat::fromCode(form);
        for (const OutgoingDocument& doc : {OutgoingDocument::workOrder(*shop.db, o.meta.id),
                                            OutgoingDocument::deliverySlip(*shop.db, slip.meta.id)}) {
            INFO(doc.logKind.toStdString() << " on " << form.toStdString());
            const QString path = dir.filePath(doc.logKind + form + QStringLiteral(".pdf"));
            const int pages = DocumentOutput::writePdf(doc.document, ShopProfile::load(*shop.db), options, path);
            CHECK(pages > (form == QLatin1String("a4") ? 4 : 15));
            const PdfFacts facts = inspect(path);
            REQUIRE(facts.pages == pages);
            const QString title = doc.logKind == QLatin1String("work_order") ? QStringLiteral("制作单") : QStringLiteral("送货单");
            for (int p = 0; p < pages; ++p) {
                const QString flat = QString(facts.pageTexts.at(p)).remove(QRegularExpression(QStringLiteral("\\s")));
                CHECK(flat.contains(title));
                CHECK(flat.contains(QStringLiteral("华彩广告印务")));
                CHECK(flat.contains(QStringLiteral("第%1页/共%2页").arg(p + 1).arg(pages)));
                if (doc.logKind == QLatin1String("delivery_slip"))
                    CHECK(flat.contains(QStringLiteral("合计大写")) == (p == pages - 1));
            }
            const QString all = facts.pageTexts.join(QString()).remove(QRegularExpression(QStringLiteral("\\s")));
            CHECK(all.contains(QStringLiteral("写真200")));
            CHECK(all.contains(QStringLiteral("很长的说明")));
            CHECK(all.contains(QStringLiteral("…")));
            CHECK(all.count(QStringLiteral("很长的说明")) < 200); // cut to a few lines, not 400 copies
        }
    }
    Translations::apply(QStringLiteral("en"));
}

TEST_CASE("a work order gives empty columns' width to the others and cuts nothing that fits", "[documents]")
{
    Translations::apply(QStringLiteral("zh_CN"));
    OrderShop shop;
    CustomerRepository customers(*shop.db);
    Customer long_ = customers.get(shop.customer);
    long_.name = QStringLiteral("深圳市华彩广告图文设计有限公司");
    customers.update(long_);
    Order o = shop.order(shop.customer, QDateTime(QDate(2026, 11, 20), QTime(9, 0)).toUTC());
    o.lines.clear();
    // What a shop types: a product name, a size and a quantity; no description, no material.
    for (int i = 0; i < 200; ++i) {
        OrderLine l;
        l.product = QStringLiteral("户外高精度写真喷绘布%1号").arg(i + 1);
        l.unit = QStringLiteral("张");
        l.widthMm = 1200;
        l.heightMm = 800;
        l.quantity = Quantity::fromUnits(1 + i % 5);
        l.unitPrice = Money::fromFen(1500);
        o.lines.append(l);
    }
    OrderRepository(*shop.db).create(o);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.pdf"));
    RenderOptions options;
    options.format = PageFormat::a4();
    OutgoingDocument doc = OutgoingDocument::workOrder(*shop.db, o.meta.id);
    const int pages = DocumentOutput::exportPdf(*shop.db, doc, options, path);
    const PdfFacts facts = inspect(path);
    REQUIRE(facts.pages == pages);
    // One-line rows, about 25 or more to a page: 200 lines on at most 8 pages (17 before).
    CHECK(pages <= 8);
    const QString all = facts.pageTexts.join(QString()).remove(QRegularExpression(QStringLiteral("\\s")));
    for (int i = 1; i <= 200; ++i)
        CHECK(all.contains(QStringLiteral("户外高精度写真喷绘布%1号").arg(i)));
    CHECK_FALSE(all.contains(QStringLiteral("…")));
    // The empty columns are left out; the customer's name is whole on every page.
    CHECK_FALSE(all.contains(QStringLiteral("说明")));
    CHECK_FALSE(all.contains(QStringLiteral("材质/工艺")));
    CHECK_FALSE(all.contains(QStringLiteral("外协厂家")));
    CHECK(all.count(QStringLiteral("深圳市华彩广告图文设计有限公司")) == pages);
    CHECK(all.contains(QStringLiteral("1200×800")));
    Translations::apply(QStringLiteral("en"));
}

TEST_CASE("a reprint is marked and logged, and the statement adds up", "[documents]")
{
    Translations::apply(QStringLiteral("zh_CN"));
    OrderShop shop;
    OrderRepository orders(*shop.db);
    Order before = shop.order(shop.customer, QDateTime(QDate(2026, 10, 10), QTime(9, 0)).toUTC());
    before.deposit = Money::fromFen(5000);
    orders.create(before);
    DeliveryRepository deliveries(*shop.db);
    deliveries.create({before.meta.id}, {}, {}, QDateTime(QDate(2026, 10, 12), QTime(9, 0)).toUTC());
    Order during = shop.order(shop.customer, QDateTime(QDate(2026, 11, 5), QTime(9, 0)).toUTC(), 3000);
    during.deposit = Money::fromFen(10000);
    orders.create(during);
    const DeliverySlip slip = deliveries.create({during.meta.id}, {}, {}, QDateTime(QDate(2026, 11, 8), QTime(9, 0)).toUTC());

    // Marked delivered by hand, with no slip: billed in full when it was marked.
    Order byHand = shop.order(shop.customer, QDateTime(QDate(2026, 11, 9), QTime(9, 0)).toUTC(), 2000);
    orders.create(byHand);
    orders.setStatus(byHand.meta.id, -1, OrderStatus::Delivered);

    const Statement st = DocumentBuilder::makeStatement(*shop.db, shop.customer, QDate(2026, 11, 1), QDate::currentDate());
    CHECK(st.opening == before.total() - before.deposit); // 225.00 delivered, 50.00 deposit
    REQUIRE(st.entries.size() == 3);
    CHECK(st.entries.at(0).credit == during.deposit);
    CHECK(st.entries.at(1).debit == slip.total());
    CHECK(st.entries.at(2).debit == byHand.total());
    CHECK(st.closing == st.opening - during.deposit + slip.total() + byHand.total());
    CHECK(st.orders.size() == 2);

    QTemporaryDir dir;
    RenderOptions options;
    // A PDF that could not be written is not logged, so the first real print is not a reprint.
    {
        OutgoingDocument doc = OutgoingDocument::deliverySlip(*shop.db, slip.meta.id);
        CHECK_THROWS_AS(
            DocumentOutput::exportPdf(*shop.db, doc, options, QStringLiteral("/nonexistent/dir/slip.pdf")),
            StoreError);
        CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM document_prints")).toInt() == 0);
    }
    for (int copy = 1; copy <= 2; ++copy) {
        OutgoingDocument doc = OutgoingDocument::deliverySlip(*shop.db, slip.meta.id);
        const QString path = dir.filePath(QStringLiteral("copy%1.pdf").arg(copy));
        int recorded = 0;
        DocumentOutput::exportPdf(*shop.db, doc, options, path, &recorded);
        CHECK(recorded == copy);
        CHECK(inspect(path).pageTexts.join(QString()).contains(QStringLiteral("补打")) == (copy == 2));
        CHECK(scalar(*shop.db, QStringLiteral("SELECT max(copy) FROM document_prints")).toInt() == copy);
    }
    CHECK(PrintLog::forOrder(*shop.db, during.meta.id).size() == 2);
    // The command line logs only what it wrote, too.
    const QString number =
        scalar(*shop.db, QStringLiteral("SELECT number FROM orders WHERE id = %1").arg(during.meta.id))
            .toString();
    CHECK(runCli({QStringLiteral("--db"), shop.db.path, QStringLiteral("print"), QStringLiteral("work-order"),
                  number, QStringLiteral("--pdf"), QStringLiteral("/nonexistent/dir/w.pdf")})
              .status == 1);
    CHECK(
        scalar(*shop.db, QStringLiteral("SELECT count(*) FROM document_prints WHERE document = 'work_order'"))
            .toInt() == 0);
    // A file that cannot be written is a clear error, not a silent empty PDF.
    CHECK_THROWS_AS(DocumentOutput::writePdf(DocumentBuilder::deliverySlip(slip), ShopProfile(), options,
                                             QStringLiteral("/nonexistent/dir/slip.pdf")),
                    StoreError);
    Translations::apply(QStringLiteral("en"));
}
