#include "CatalogPage.h"
#include "store/OrderRepository.h"
#include "CustomerListModel.h"
#include "CustomerListPage.h"
#include "DuplicatesDialog.h"
#include "ImportsDialog.h"
#include "ImportWizard.h"
#include "MergeDialog.h"
#include "OrderEditorDialog.h"
#include "OrderListPage.h"
#include "SearchHighlight.h"
#include "services/CsvReader.h"
#include "services/DemoData.h"
#include "services/Translations.h"
#include "store/CatalogRepository.h"
#include "store/CustomerRepository.h"
#include "TestSupport.h"
#include "WidgetSupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

const char* const kSheet =
    "单位名称;联系人;手机;地址;备注\r\n"
    "深圳市华彩广告有限公司;李明;13812345678;\"深圳市南山区科技园路1号; 3楼\";老客户\r\n"
    "鑫源装饰;王芳;13900001111;广州市天河区;\r\n"
    "长城印务;赵磊;13700002222;东莞市长安镇;月结\r\n";

int count(Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM customers")).toInt();
}

} // namespace

TEST_CASE("import wizard: a GB18030 file with semicolons is read, mapped, checked, imported and undone",
          "[widgets][import]")
{
    TempDb db;
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("客户.csv"), CsvReader::encode(s(kSheet), TextEncoding::Gb18030));
    ImportWizard wizard(*db);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.openFile(path);
    // What was detected is shown and can be changed.
    const QString info = child<QLabel>(wizard, "importFileInfoLabel")->text();
    CHECK(info.contains(QStringLiteral("GB18030")));
    CHECK(info.contains(QStringLiteral("semicolons")));
    auto* preview = child<QTableWidget>(wizard, "importPreviewTable");
    REQUIRE(preview->rowCount() == 3);
    CHECK(preview->item(0, 3)->text() == s("深圳市南山区科技园路1号; 3楼"));
    // Read as UTF-8 instead, the same bytes are not that text: the row errors say so.
    auto* encoding = child<QComboBox>(wizard, "importEncodingComboBox");
    encoding->setCurrentIndex(encoding->findData(static_cast<int>(TextEncoding::Utf8)));
    emit encoding->activated(encoding->currentIndex());
    CHECK_FALSE(wizard.table().fileErrors.isEmpty());
    encoding->setCurrentIndex(0);
    emit encoding->activated(0);
    CHECK(wizard.table().fileErrors.isEmpty());

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    CHECK(child<QComboBox>(wizard, "importFieldComboBox0")->currentData().toString() ==
          QStringLiteral("name"));
    CHECK(child<QComboBox>(wizard, "importFieldComboBox2")->currentData().toString() ==
          QStringLiteral("mobile"));
    // The notes column is left out by hand; the next file with these headers is mapped the same way.
    child<QComboBox>(wizard, "importFieldComboBox4")->setCurrentIndex(0);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::DryRunPage);
    CHECK(wizard.plan().creates == 3);
    CHECK(count(*db) == 0);
    CHECK(child<QLabel>(wizard, "importDryRunSummaryLabel")->text().startsWith(QStringLiteral("3 new")));
    wizard.next(); // the import, on another thread
    REQUIRE(wizard.currentId() == ImportWizard::ImportPage);
    CHECK(wizard.importedId() > 0);
    CHECK(count(*db) == 3);
    CHECK(scalar(*db, QStringLiteral("SELECT notes FROM customers WHERE name = '长城印务'"))
              .toString()
              .isEmpty());

    ImportWizard second(*db);
    second.openFile(path);
    second.show();
    second.next();
    CHECK(child<QComboBox>(second, "importFieldComboBox4")->currentIndex() == 0);
    second.next();
    CHECK(second.plan().skips == 3); // they are there now

    answerNextMessageBox(QStringLiteral("Yes"));
    QTest::mouseClick(child<QPushButton>(wizard, "undoImportButton"), Qt::LeftButton);
    CHECK(count(*db) == 0);
}

TEST_CASE("import wizard: rows with errors stop the import, and say where", "[widgets][import]")
{
    TempDb db;
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("bad.csv"),
                  QByteArray("客户名称,手机\r\n华彩广告,13812345678\r\n,13900001111\r\n   ,13700002222\r\n"));
    ImportWizard wizard(*db);
    wizard.show();
    wizard.openFile(path);
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::DryRunPage);
    CHECK(wizard.plan().errors == 2);
    auto* rows = child<QTableWidget>(wizard, "importRowsTable");
    CHECK(rows->item(0, 0)->text() == QStringLiteral("3")); // the row without a name, by its line in the file
    CHECK(rows->item(1, 0)->text() == QStringLiteral("4"));
    answerNextMessageBox(QStringLiteral("OK"));
    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::DryRunPage);
    CHECK(count(*db) == 0);
}

TEST_CASE("import wizard: an order book and a price list go through the same steps", "[widgets][import]")
{
    OrderShop shop;
    QTemporaryDir dir;
    const QString orders =
        writeFile(dir, QStringLiteral("orders.xlsx.csv"),
                  QByteArray("单号,日期,客户,品名,宽,高,数量,单位,单价,已收,状态\r\n"
                             "H-1,2025/6/1,华彩广告,户外喷绘布,2000,1000,1,m²,25,50,已交货\r\n"
                             "H-1,2025/6/1,华彩广告,名片,,,2,盒,38.50,,已交货\r\n"
                             "H-2,2025/6/9,老客户甲,易拉宝,,,3,个,120,,\r\n"));
    ImportWizard wizard(*shop.db);
    wizard.show();
    wizard.setKind(ImportWizard::Kind::Orders);
    wizard.openFile(orders);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    CHECK(wizard.chosenFields().value(0) == QStringLiteral("number"));
    CHECK_FALSE(child<QComboBox>(wizard, "importKeyComboBox")->isVisible());
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::DryRunPage);
    CHECK(wizard.orderPlan().creates == 2);
    CHECK(wizard.orderPlan().newCustomers == 1);
    CHECK(child<QLabel>(wizard, "importDryRunSummaryLabel")->text().contains(QStringLiteral("50.00")));
    wizard.next();
    REQUIRE(wizard.importedId() > 0);
    // 2 m² × 25.00 + 2 × 38.50 = 127.00; 3 × 120.00 = 360.00.
    CHECK(scalar(*shop.db, QStringLiteral("SELECT sum(total) FROM orders")).toLongLong() == 12700 + 36000);

    const QString prices =
        writeFile(dir, QStringLiteral("prices.csv"), QByteArray("品名,单价\r\n易拉宝,120\r\n"));
    ImportWizard products(*shop.db);
    products.show();
    products.setKind(ImportWizard::Kind::Products);
    products.openFile(prices);
    products.next();
    products.next();
    CHECK(products.productPlan().creates == 1);
    products.next();
    CHECK(products.importedId() > 0);
}

TEST_CASE("duplicates dialog: a pair is merged field by field, and the merge undone", "[widgets][merge]")
{
    TempDb db;
    CustomerRepository customers(*db);
    Customer a = makeCustomer(s("深圳市华彩广告有限公司"), QStringLiteral("13812345678"), s("李明"));
    a.email = QStringLiteral("li@huacai.cn");
    customers.create(a);
    Customer b = makeCustomer(s("华彩广告"), QStringLiteral("+86 138 1234 5678"));
    b.phones.append(QStringLiteral("0755-86001234"));
    b.grade = QStringLiteral("A");
    customers.create(b);
    Customer other = makeCustomer(s("鑫源装饰"), QStringLiteral("13900001111"));
    customers.create(other);

    DuplicatesDialog dialog(*db);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.pairs().size() == 1);
    whenDialogOpens(QStringLiteral("mergeDialog"), [&](QDialog* d) {
        // The first record stays (it has a contact); the grade comes from the second, the phones from both.
        CHECK(d->findChild<QRadioButton*>(QStringLiteral("keepFirstRadioButton"))->isChecked());
        CHECK(d->findChild<QRadioButton*>(QStringLiteral("mergeSecond_grade"))->isChecked());
        CHECK(d->findChild<QRadioButton*>(QStringLiteral("mergeBoth_phones"))->isChecked());
        CHECK(d->findChild<QLabel*>(QStringLiteral("mergeMovesLabel"))->text().contains(s("华彩广告")));
        answerNextMessageBox(QStringLiteral("Yes"));
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("mergeButton")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(dialog, "mergePairButton"), Qt::LeftButton);
    CHECK(dialog.changedAnything());
    CHECK(dialog.pairs().isEmpty());
    CHECK(count(*db) == 2);
    const Customer kept = customers.get(a.meta.id);
    CHECK(kept.grade == QStringLiteral("A"));
    CHECK(kept.email == QStringLiteral("li@huacai.cn"));
    CHECK(kept.phones.size() == 2);

    auto* merges = child<QTableWidget>(dialog, "mergesTable");
    REQUIRE(merges->rowCount() == 1);
    answerNextMessageBox(QStringLiteral("Yes"));
    QTest::mouseClick(child<QPushButton>(dialog, "undoMergeButton"), Qt::LeftButton);
    CHECK(count(*db) == 3);
    CHECK(customers.get(b.meta.id).grade == QStringLiteral("A"));
    CHECK(customers.get(a.meta.id).grade.isEmpty());
}

TEST_CASE("customer list: the export holds what the list shows, hidden columns left out", "[widgets][export]")
{
    TempDb db;
    DemoData(3).insertCustomers(*db, 40);
    QSettings().remove(QStringLiteral("customerList/header"));
    CustomerListPage page(*db);
    page.show();
    QHeaderView* header = page.view()->horizontalHeader();
    header->setSectionHidden(CustomerListModel::TagsColumn, true);
    header->moveSection(header->visualIndex(CustomerListModel::PhoneColumn), 0);
    page.model()->setSearch(s("广告"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    page.exportTo(path);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const CsvTable table = CsvReader::read(f.readAll());
    REQUIRE(table.rows.size() == page.model()->rowCount() + 1);
    CHECK(table.rows.at(0).at(0) == QStringLiteral("Phone"));
    CHECK_FALSE(table.rows.at(0).contains(QStringLiteral("Tags")));
    for (int r = 1; r < table.rows.size(); ++r)
        CHECK(table.rows.at(r).at(1) ==
              page.model()->index(r - 1, CustomerListModel::NameColumn).data().toString());
    QSettings().remove(QStringLiteral("customerList/header"));
}

TEST_CASE("screenshots of import, duplicates and merge", "[.screenshots]")
{
    Translations::apply(QStringLiteral("zh_CN"));
    const QString out = qEnvironmentVariable("SHOPCRM_SCREENSHOT_DIR", QDir::tempPath());
    TempDb db;
    DemoData(11).insertCustomers(*db, 400);
    QTemporaryDir dir;
    QString text = s("客户名称,联系人,手机号码,地址,微信,备注\r\n");
    for (int i = 0; i < 30; ++i)
        text += s("新客户%1广告工作室,联系人%1,1390000%2,深圳市宝安区新安街道%1号,wx%1,展会名单\r\n")
                    .arg(i)
                    .arg(1000 + i);
    text += s(",无名,1390000,深圳市,,\r\n");
    const QString path = writeFile(dir, s("展会客户.csv"), CsvReader::encode(text, TextEncoding::Gb18030));
    {
        ImportWizard wizard(*db);
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        wizard.openFile(path);
        wizard.grab().save(out + QStringLiteral("/import-file-zh.png"));
        wizard.next();
        wizard.grab().save(out + QStringLiteral("/import-mapping-zh.png"));
        wizard.next();
        wizard.grab().save(out + QStringLiteral("/import-check-zh.png"));
    }
    {
        const QString book = writeFile(
            dir, s("历史订单.csv"),
            CsvReader::encode(s("单号,日期,客户,品名,宽,高,数量,单位,单价,金额,已收,状态\r\n"
                                "XS-0001,2025/3/5,老客户甲,户外喷绘布,3000,1500,2,m²,25,225.00,225,已交货\r\n"
                                "XS-0001,2025/3/5,老客户甲,名片,,,5,盒,38.50,192.50,,已交货\r\n"
                                "XS-0002,2025年4月18日,老客户乙,发光字,,,1,个,1280,1200,600,已完成\r\n"
                                "XS-0003,2025-05-02,老客户甲,易拉宝,,,3,个,120,360,,\r\n"),
                              TextEncoding::Gb18030));
        ImportWizard wizard(*db);
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        wizard.setKind(ImportWizard::Kind::Orders);
        wizard.openFile(book);
        wizard.next();
        wizard.next();
        wizard.grab().save(out + QStringLiteral("/import-orders-check-zh.png"));
    }
    {
        DuplicatesDialog dialog(*db);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(out + QStringLiteral("/duplicates-zh.png"));
        REQUIRE_FALSE(dialog.pairs().isEmpty());
        CustomerRepository customers(*db);
        MergeDialog merge(*db, customers.get(dialog.pairs().first().first),
                          customers.get(dialog.pairs().first().second));
        merge.show();
        REQUIRE(QTest::qWaitForWindowExposed(&merge));
        merge.grab().save(out + QStringLiteral("/merge-zh.png"));
    }
    {
        const ImportTable fair = importTableOf(s("客户名称,手机\n展会客户甲,13900002001\n展会客户乙,13900002002\n"), s("展会名单.csv"));
        CustomerImport::run(*db, fair,
                            CustomerImport::plan(*db, fair, CustomerImport::guessMapping(fair.header), OnDuplicate::Skip,
                                                 DuplicateKey::PhoneOrName));
        ImportsDialog imports(*db);
        imports.show();
        REQUIRE(QTest::qWaitForWindowExposed(&imports));
        imports.grab().save(out + QStringLiteral("/imports-zh.png"));
    }
    {
        DemoData(11).insertCatalog(*db);
        CatalogPage catalog(*db);
        catalog.resize(1100, 520);
        catalog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&catalog));
        catalog.grab().save(out + QStringLiteral("/catalog-import-export-zh.png"));
        OrderListPage orders(*db);
        orders.resize(1200, 500);
        orders.show();
        REQUIRE(QTest::qWaitForWindowExposed(&orders));
        orders.grab().save(out + QStringLiteral("/orders-import-export-zh.png"));
    }
    Translations::apply(QStringLiteral("en"));
}

TEST_CASE("the catalog finds products by name, pinyin, initials or code", "[widgets][search]")
{
    TempDb db;
    CatalogRepository catalog(*db);
    for (const auto& [name, code] :
         {std::pair{"名片", "MP-90"}, std::pair{"户外喷绘布", "PH-440"}, std::pair{"写真相纸", ""}}) {
        Product p;
        p.name = QString::fromUtf8(name);
        p.code = QString::fromUtf8(code);
        p.unit = QStringLiteral("个");
        catalog.createProduct(p);
    }
    Product clash;
    clash.name = QStringLiteral("名片盒");
    clash.code = QStringLiteral("MP-90");
    clash.unit = QStringLiteral("个");
    CHECK_THROWS_AS(catalog.createProduct(clash), ValidationError); // codes are unique
    CatalogPage page(*db);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* products = child<QTableWidget>(page, "productTableWidget");
    auto* search = child<QLineEdit>(page, "productSearchLineEdit");
    CHECK(products->rowCount() == 3);
    auto shown = [&] {
        QStringList names;
        for (int r = 0; r < products->rowCount(); ++r)
            names.append(products->item(r, 0)->text());
        return names.join(QLatin1Char(',')).toStdString();
    };
    for (const auto& [typed, expected] :
         {std::pair{"mp", "名片"}, std::pair{"mingpian", "名片"}, std::pair{"penhui", "户外喷绘布"},
          std::pair{"ph-4", "户外喷绘布"}, std::pair{"xz", "写真相纸"}}) {
        INFO(typed);
        search->setText(QString::fromUtf8(typed));
        CHECK(shown() == std::string(expected));
    }
    search->clear();
    CHECK(products->rowCount() == 3);
}

TEST_CASE("the catalog counts each product's orders in another thread", "[widgets][catalog]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    for (int i = 0; i < 3; ++i) {
        Order o = shop.order(shop.customer, QDateTime::currentDateTimeUtc().addDays(-i));
        orders.create(o);
    }
    CatalogPage page(*shop.db);
    QSignalSpy counted(&page, &CatalogPage::usesShown);
    page.show();
    auto* products = child<QTableWidget>(page, "productTableWidget");
    auto usesOf = [&](const QString& name) {
        for (int r = 0; r < products->rowCount(); ++r)
            if (products->item(r, 0)->text() == name)
                return products->item(r, 8)->text();
        return QString();
    };
    if (!page.usesKnown())
        CHECK(usesOf(QStringLiteral("户外喷绘布")) == QStringLiteral("…"));
    REQUIRE((page.usesKnown() || counted.wait(10000)));
    CHECK(usesOf(QStringLiteral("户外喷绘布")) == QStringLiteral("3"));
    CHECK(usesOf(QStringLiteral("名片")) == QStringLiteral("0"));
}

TEST_CASE("screenshots of search", "[.screenshots]")
{
    Translations::apply(QStringLiteral("zh_CN"));
    const QString out = qEnvironmentVariable("SHOPCRM_SCREENSHOT_DIR", QDir::tempPath());
    TempDb db;
    DemoData(11).insertCustomers(*db, 3000);
    DemoData(11).insertCatalog(*db);
    {
        CustomerListPage page(*db);
        page.resize(1100, 420);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        for (const auto& [typed, file] :
             {std::pair{"科技", "search-keji-zh.png"}, std::pair{"hcgg", "search-hcgg-zh.png"},
              std::pair{"zhangwei", "search-zhangwei-zh.png"}}) {
            auto* search = child<QLineEdit>(page, "searchLineEdit");
            search->setText(QString::fromUtf8(typed));
            QTest::qWait(300); // the search runs after a short pause in typing
            page.grab().save(out + QLatin1Char('/') + QLatin1String(file));
        }
    }
    {
        CatalogPage catalog(*db);
        catalog.resize(1100, 420);
        catalog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&catalog));
        child<QLineEdit>(catalog, "productSearchLineEdit")->setText(QStringLiteral("ph"));
        catalog.grab().save(out + QStringLiteral("/search-catalog-zh.png"));
    }
    {
        OrderEditorDialog editor(*db, 0);
        editor.show();
        REQUIRE(QTest::qWaitForWindowExposed(&editor));
        QTest::keyClick(&editor, Qt::Key_M, Qt::AltModifier);
        typeHere(QStringLiteral("ph"));
        QTest::qWait(50);
        QPixmap shot = editor.grab();
        auto* cell = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        REQUIRE(cell);
        auto* completer = cell->findChild<SearchCompleter*>();
        REQUIRE(completer);
        // The popup is a window of its own: painted onto the dialog's picture where it stands.
        QPainter painter(&shot);
        painter.drawPixmap(editor.mapFromGlobal(completer->popup()->mapToGlobal(QPoint(0, 0))),
                           completer->popup()->grab());
        painter.end();
        shot.save(out + QStringLiteral("/search-product-cell-zh.png"));
    }
    Translations::apply(QStringLiteral("en"));
}
