#include "AttachmentsEditor.h"
#include "CustomerPicker.h"
#include "CustomerTimeline.h"
#include "LinesEditor.h"
#include "OpportunityDialog.h"
#include "OrderEditorDialog.h"
#include "OrderLinesModel.h"
#include "PipelinePage.h"
#include "PriceListDialog.h"
#include "QuoteEditorDialog.h"
#include "ReportsPage.h"
#include "SalesAnalysisView.h"
#include "ServicePage.h"
#include "ServiceRequestDialog.h"
#include "ServiceSettingsDialog.h"
#include "StagesDialog.h"
#include "store/OpportunityRepository.h"
#include "store/OrderRepository.h"
#include "store/PriceListRepository.h"
#include "store/SalesTargetRepository.h"
#include "store/ServiceRepository.h"
#include "TestSupport.h"
#include "WidgetSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPieSeries>
#include <QPieSlice>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

qint64 stageOf(Database& db, const QString& code)
{
    return scalar(db, QStringLiteral("SELECT id FROM opportunity_stages WHERE code = '%1'").arg(code))
        .toLongLong();
}

// Drops the card of `id` from one column onto another, as a mouse drag ends.
void drop(StageCardList* from, StageCardList* to, qint64 id)
{
    QListWidgetItem* card = nullptr;
    for (int i = 0; i < from->count(); ++i)
        if (from->item(i)->data(StageCardList::IdRole).toLongLong() == id) card = from->item(i);
    REQUIRE(card);
    from->setCurrentItem(card);
    QMimeData* data = from->model()->mimeData(from->selectionModel()->selectedIndexes());
    REQUIRE(data);
    // A synthetic QDropEvent never reaches the list without a drag in progress, so the drop is
    // given the data the dragged card carries, as dropEvent() does.
    CHECK(to->dropCard(data));
    CHECK_FALSE(from->dropCard(data)); // dropped where it came from: nothing
    delete data;
    // The move and the board's new reading follow the drop.
    QTest::qWait(50);
}

} // namespace

TEST_CASE("the pipeline board: dragging a card moves the opportunity, a lost one asks why",
          "[widgets][sales]")
{
    OrderShop shop;
    OpportunityRepository repo(*shop.db);
    Opportunity sign;
    sign.customerId = shop.customer;
    sign.title = QStringLiteral("门头招牌");
    sign.amount = Money::fromFen(1200000);
    repo.create(sign);
    Opportunity flyers = sign;
    flyers.meta = {};
    flyers.title = QStringLiteral("宣传单");
    flyers.amount = Money::fromFen(50000);
    flyers.probability = -1;
    repo.create(flyers);

    PipelinePage page(*shop.db);
    page.resize(1400, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const qint64 first = stageOf(*shop.db, QStringLiteral("first_contact"));
    const qint64 quoted = stageOf(*shop.db, QStringLiteral("quoted"));
    const qint64 lost = stageOf(*shop.db, QStringLiteral("lost"));
    REQUIRE(page.column(first));
    CHECK(page.column(first)->count() == 2);
    CHECK(child<QLabel>(page, "pipelineSummaryLabel")->text().contains(QStringLiteral("12,500.00")));

    drop(page.column(first), page.column(quoted), sign.meta.id);
    CHECK(
        scalar(*shop.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = %1").arg(sign.meta.id))
            .toLongLong() == quoted);
    CHECK(scalar(*shop.db,
                 QStringLiteral("SELECT probability FROM opportunities WHERE id = %1").arg(sign.meta.id))
              .toInt() == 50);
    // The board was read again: the card is in its new column.
    REQUIRE(page.column(quoted));
    CHECK(page.column(quoted)->count() == 1);
    CHECK(page.column(first)->count() == 1);

    // Lost: the reason is asked; cancelling leaves it where it was.
    QTimer::singleShot(100, [] {
        auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        REQUIRE(ask);
        ask->reject();
    });
    drop(page.column(first), page.column(lost), flyers.meta.id);
    CHECK(scalar(*shop.db,
                 QStringLiteral("SELECT stage_id FROM opportunities WHERE id = %1").arg(flyers.meta.id))
              .toLongLong() == first);
    QTimer::singleShot(100, [] {
        auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        REQUIRE(ask);
        ask->setTextValue(QStringLiteral("预算取消"));
        ask->accept();
    });
    drop(page.column(first), page.column(lost), flyers.meta.id);
    CHECK(scalar(*shop.db,
                 QStringLiteral("SELECT lost_reason FROM opportunities WHERE id = %1").arg(flyers.meta.id))
              .toString() == QStringLiteral("预算取消"));
    REQUIRE_EVENTUALLY(page.column(lost)->count() == 1, 5000);

    // The list shows the same opportunities with the usual paging model.
    child<QComboBox>(page, "pipelineModeComboBox")->setCurrentIndex(1);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(page.model()->rowCount() == 2);
}

TEST_CASE("the opportunity form: the probability follows the stage until set by hand, and it saves",
          "[widgets][sales]")
{
    OrderShop shop;
    OpportunityDialog dialog(*shop.db, 0, nullptr, shop.customer);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* stage = child<QComboBox>(dialog, "opportunityStageComboBox");
    auto* probability = child<QSpinBox>(dialog, "opportunityProbabilitySpinBox");
    CHECK(probability->value() == 10);
    stage->setCurrentIndex(3); // negotiation
    CHECK(probability->value() == 70);
    child<QLineEdit>(dialog, "opportunityAmountLineEdit")->setText(QStringLiteral("8,000"));
    CHECK(child<QLabel>(dialog, "opportunityWeightedLabel")->text().contains(QStringLiteral("5,600.00")));
    // Saving without a title says so and keeps the form.
    dialog.save();
    CHECK(dialog.isVisible());
    CHECK_FALSE(child<QLabel>(dialog, "opportunityIssueLabel")->text().isEmpty());
    child<QLineEdit>(dialog, "opportunityTitleLineEdit")->setText(QStringLiteral("展会展台"));
    probability->setFocus();
    probability->setValue(60);
    stage->setCurrentIndex(2); // a hand-set probability stays
    CHECK(probability->value() == 60);
    dialog.save();
    CHECK_FALSE(dialog.isVisible());
    CHECK(scalar(*shop.db,
                 QStringLiteral("SELECT amount || ' ' || probability || ' ' || title FROM opportunities"))
              .toString() == QStringLiteral("800000 60 展会展台"));

    // The customer's timeline lists it.
    CustomerTimeline timeline(*shop.db, shop.customer);
    bool found = false;
    for (int row = 0; row < timeline.model()->rowCount(); ++row)
        found = found || timeline.model()->index(row).data().toString().contains(QStringLiteral("展会展台"));
    CHECK(found);
}

TEST_CASE("the stages dialog saves the shop's names, probabilities and order", "[widgets][sales]")
{
    OrderShop shop;
    StagesDialog dialog(*shop.db);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget* table = dialog.table();
    REQUIRE(table->rowCount() == 6);
    table->item(0, 0)->setText(QStringLiteral("意向客户"));
    qobject_cast<QSpinBox*>(table->cellWidget(1, 1))->setValue(25);
    // Quoted moves above needs confirmed.
    table->setCurrentCell(2, 0);
    QTest::mouseClick(child<QPushButton>(dialog, "stageUpButton"), Qt::LeftButton);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    Sql q(*shop.db,
          QStringLiteral("SELECT coalesce(nullif(name, ''), code), probability FROM opportunity_stages "
                         "WHERE archived = 0 ORDER BY position"));
    q.exec();
    QStringList rows;
    while (q.next())
        rows.append(QStringLiteral("%1 %2").arg(q.value(0).toString()).arg(q.value(1).toInt()));
    CHECK(rows == QStringList{QStringLiteral("意向客户 10"), QStringLiteral("quoted 50"),
                              QStringLiteral("needs_confirmed 25"), QStringLiteral("negotiation 70"),
                              QStringLiteral("won 100"), QStringLiteral("lost 0")});
}

TEST_CASE("the review of a month shows its targets and how far each has got", "[widgets][sales][reports]")
{
    OrderShop shop;
    const QDate today = QDate::currentDate();
    Order o = shop.order(shop.customer, QDateTime::currentDateTimeUtc(), 1000); // 90.00 today
    OrderRepository(*shop.db).create(o);
    SalesTarget t;
    t.period = SalesTargetRules::month(today);
    t.metric = TargetMetric::Revenue;
    t.target = 36000; // 360.00: a quarter of it is reached
    SalesTargetRepository(*shop.db).set(t);
    ReportsPage page(*shop.db);
    QSignalSpy shown(&page, &ReportsPage::reviewShown);
    page.show();
    page.setMonth(today);
    REQUIRE(shown.wait(10000));
    auto* label = child<QLabel>(page, "reviewTargetsLabel");
    CHECK(label->isVisible());
    CHECK(label->text().contains(QStringLiteral("90.00 / ¥360.00")));
    CHECK(label->text().contains(QStringLiteral("25.0%")));
}

TEST_CASE("a quote typed into the form is revised, accepted and made into an order from the Sales page",
          "[widgets][sales]")
{
    OrderShop shop;
    PipelinePage page(*shop.db);
    page.show();
    page.showMode(PipelinePage::QuotesMode);
    CHECK(page.quotesModel()->rowCount() == 0);

    QuoteEditorDialog dialog(*shop.db, QuoteEditorDialog::New{shop.customer, 0});
    dialog.show();
    OrderLinesModel* lines = dialog.linesEditor()->model();
    REQUIRE(lines->rowCount() == 1);
    // As typed in the cells: a banner 3000 × 1500 mm, 2 pieces at 35.00 per m².
    lines->setData(lines->index(0, OrderLinesModel::ProductColumn), QStringLiteral("喷绘布"));
    lines->setData(lines->index(0, OrderLinesModel::WidthColumn), QStringLiteral("3000"));
    lines->setData(lines->index(0, OrderLinesModel::HeightColumn), QStringLiteral("1500"));
    lines->setData(lines->index(0, OrderLinesModel::QuantityColumn), QStringLiteral("2"));
    lines->setData(lines->index(0, OrderLinesModel::UnitColumn), QStringLiteral("m²"));
    lines->setData(lines->index(0, OrderLinesModel::UnitPriceColumn), QStringLiteral("35"));
    CHECK(child<QLabel>(dialog, "quoteTotalLabel")->text().contains(QStringLiteral("315.00")));
    REQUIRE(dialog.save());
    const QString number = dialog.quote().number;
    CHECK(child<QLabel>(dialog, "quoteNumberLabel")->text() == number);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT total FROM quotes WHERE number = '%1'").arg(number))
              .toLongLong() == 31500);

    // Accepted, the form is read-only; revising opens it again for revision 2.
    dialog.setStatus(QuoteStatus::Accepted);
    CHECK(dialog.quote().status == QuoteStatus::Accepted);
    CHECK_FALSE(child<QPushButton>(dialog, "quoteSaveButton")->isEnabled());
    CHECK(lines->flags(lines->index(0, OrderLinesModel::UnitPriceColumn)).testFlag(Qt::ItemIsEditable) ==
          false);
    CHECK_FALSE(dialog.saveRevision()); // unlocks
    CHECK(child<QLabel>(dialog, "quoteNotice")->text().contains(QStringLiteral("revision 2")));
    lines->setData(lines->index(0, OrderLinesModel::UnitPriceColumn), QStringLiteral("32"));
    REQUIRE(dialog.saveRevision());
    CHECK(dialog.quote().revision == 2);
    CHECK(dialog.quote().status == QuoteStatus::Open);
    CHECK(child<QListWidget>(dialog, "revisionsListWidget")->count() == 2);

    // Make order: confirmed, then the new order opens to add what a quote does not have.
    answerNextMessageBox(QStringLiteral("Yes"));
    whenDialogOpens(QStringLiteral("orderEditorDialog"), [](QDialog* d) { d->reject(); });
    REQUIRE(dialog.makeOrder());
    const qint64 orderId = dialog.orderMade();
    REQUIRE(orderId > 0);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT total FROM orders WHERE id = %1").arg(orderId))
              .toLongLong() == 28800);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT quote_id FROM orders WHERE id = %1").arg(orderId))
              .toLongLong() == dialog.quoteId());
    CHECK_FALSE(child<QPushButton>(dialog, "makeOrderButton")->isEnabled());
    CHECK(child<QLabel>(dialog, "quoteStateLabel")->text().contains(QStringLiteral("Ordered")));

    // The Sales page lists the quote once, with its order.
    page.refresh();
    REQUIRE(page.quotesModel()->rowCount() == 1);
    CHECK(page.quotesModel()->index(0, QuoteListModel::NumberColumn).data().toString() ==
          number + QStringLiteral(" v2"));
    CHECK(page.quotesModel()->index(0, QuoteListModel::TotalColumn).data().toString() ==
          QStringLiteral("288.00"));
    CHECK_FALSE(page.quotesModel()->index(0, QuoteListModel::OrderColumn).data().toString().isEmpty());
    QAbstractItemModelTester tester(page.quotesModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
}

TEST_CASE(
    "a line starts at the customer's agreed price and says so, and the customer's prices are kept in a list",
    "[widgets][sales]")
{
    OrderShop shop;
    // The customer paid 22.00 last time, and 18.00 is agreed with them from today.
    Order earlier = shop.order(shop.customer, QDateTime::currentDateTimeUtc().addDays(-20), 2200);
    OrderLine cards;
    cards.product = QStringLiteral("名片");
    cards.unit = QStringLiteral("盒");
    cards.quantity = Quantity::fromUnits(2);
    cards.unitPrice = Money::fromFen(3600);
    earlier.lines.append(cards);
    OrderRepository(*shop.db).create(earlier);
    NegotiatedPrice agreed;
    agreed.customerId = shop.customer;
    agreed.product = QStringLiteral("户外喷绘布");
    agreed.unitPrice = Money::fromFen(1800);
    agreed.validFrom = QDate::currentDate();
    PriceListRepository(*shop.db).save(agreed);

    LinesEditor editor(*shop.db);
    editor.setCustomer(shop.customer);
    editor.setLines({OrderLine()});
    OrderLinesModel* lines = editor.model();
    lines->setData(lines->index(0, OrderLinesModel::ProductColumn), QStringLiteral("户外喷绘布"));
    CHECK(lines->line(0).unitPrice == Money::fromFen(1800));
    auto* hint = child<QLabel>(editor, "lastPriceLabel");
    CHECK(hint->text().contains(QStringLiteral("Unit price: negotiated price")));
    lines->setData(lines->index(0, OrderLinesModel::UnitPriceColumn), QStringLiteral("19"));
    CHECK(hint->text().contains(QStringLiteral("Unit price: price typed by hand")));
    CHECK(hint->text().contains(QStringLiteral("the agreed price is ¥18.00")));
    // Ctrl+L still takes what they paid last.
    editor.useLastPrice();
    CHECK(lines->line(0).unitPrice == Money::fromFen(2200));
    CHECK(hint->text().contains(QStringLiteral("Unit price: last price")));

    PriceListFilter whose;
    whose.customerId = shop.customer;
    PriceListDialog dialog(*shop.db, whose);
    CHECK(dialog.table()->rowCount() == 1);
    dialog.fillFromLastPrices();
    // The cards gained their last price; the banner kept its agreement.
    REQUIRE(dialog.table()->rowCount() == 2);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT unit_price FROM negotiated_prices WHERE product = '名片'"))
              .toLongLong() == 3600);
    CHECK(scalar(*shop.db,
                 QStringLiteral("SELECT unit_price FROM negotiated_prices WHERE product = '户外喷绘布'"))
              .toLongLong() == 1800);
    // Changing one through its form.
    whenDialogOpens(QStringLiteral("priceEditDialog"), [](QDialog* d) {
        auto* price = d->findChild<QLineEdit*>(QStringLiteral("priceUnitPriceEdit"));
        REQUIRE(price);
        price->setText(QStringLiteral("35"));
        QMetaObject::invokeMethod(d, "save");
    });
    int cardsRow = dialog.table()->item(0, 0)->text() == QStringLiteral("名片") ? 0 : 1;
    REQUIRE(dialog.edit(cardsRow));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT unit_price FROM negotiated_prices WHERE product = '名片'"))
              .toLongLong() == 3500);
    answerNextMessageBox(QStringLiteral("Yes"));
    dialog.table()->setCurrentCell(cardsRow, 0);
    dialog.removeCurrent();
    CHECK(dialog.table()->rowCount() == 1);
}

TEST_CASE("the sales analysis shows the month's figures, lists what is behind a bar, prints and exports",
          "[widgets][sales][reports]")
{
    OrderShop shop;
    OpportunityRepository repo(*shop.db);
    const QDate today = QDate::currentDate();
    const QDate first(today.year(), today.month(), 1);
    auto add = [&](qint64 customer, const QString& title, qint64 fen, const QString& owner,
                   const QString& source) {
        Opportunity o;
        o.customerId = customer;
        o.title = title;
        o.amount = Money::fromFen(fen);
        o.owner = owner;
        o.source = source;
        o.expectedClose = first.addDays(14);
        o.stageId = stageOf(*shop.db, QStringLiteral("needs_confirmed")); // 30 %
        repo.create(o);
        return o;
    };
    add(shop.customer, QStringLiteral("门头招牌"), 100000, QStringLiteral("王芳"), QStringLiteral("微信"));
    const Opportunity won =
        add(shop.other, QStringLiteral("展会背景板"), 200000, QStringLiteral("李明"), QStringLiteral("展会"));
    repo.moveTo(won.meta.id, won.meta.version, stageOf(*shop.db, QStringLiteral("won")));
    const Opportunity lost =
        add(shop.other, QStringLiteral("灯箱"), 50000, QStringLiteral("李明"), QStringLiteral("展会"));
    repo.moveTo(lost.meta.id, lost.meta.version, stageOf(*shop.db, QStringLiteral("lost")),
                QStringLiteral("价格太高"));

    PipelinePage page(*shop.db);
    page.resize(1400, 900);
    page.show();
    SalesAnalysisView* view = page.analysisView();
    REQUIRE(view);
    QSignalSpy shown(view, &SalesAnalysisView::analysisShown);
    page.showMode(PipelinePage::AnalysisMode);
    view->setPeriod(first, first);
    while (view->analysis().from != first)
        REQUIRE(shown.wait(10000));
    // Expected 1,000.00 (30 %: 300.00), won 2,000.00, one won of two closed, three created.
    CHECK(child<QLabel>(*view, "analysisCard0")->text().contains(QStringLiteral("¥1,000.00")));
    CHECK(child<QLabel>(*view, "analysisCard0")->text().contains(QStringLiteral("¥300.00")));
    CHECK(child<QLabel>(*view, "analysisCard1")->text().contains(QStringLiteral("¥2,000.00")));
    CHECK(child<QLabel>(*view, "analysisCard2")->text().contains(QStringLiteral("50.0%")));
    CHECK(child<QLabel>(*view, "analysisCard3")->text().contains(QStringLiteral(">3<")));
    auto* owners = child<QTableWidget>(*view, "forecastOwnerTable");
    REQUIRE(owners->rowCount() == 2);
    CHECK(owners->item(0, 0)->text() == QStringLiteral("王芳"));
    CHECK(owners->item(0, 3)->text() == QStringLiteral("300.00"));
    CHECK(owners->item(1, 5)->text() == QStringLiteral("2,000.00"));

    // A click on the month's won bar lists the won one, and "Show all" everything again.
    auto listed = [&] {
        QList<qint64> ids;
        for (int r = 0; r < page.model()->rowCount(); ++r)
            ids.append(page.model()->index(r, 0).data(OpportunityListModel::IdRole).toLongLong());
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    auto* forecast =
        qobject_cast<QBarSeries*>(child<QChartView>(*view, "forecastChart")->chart()->series().value(0));
    REQUIRE(forecast);
    emit forecast->clicked(0, forecast->barSets().constLast());
    CHECK(page.view()->isVisible());
    CHECK(child<QWidget>(page, "shownOpportunitiesBar")->isVisible());
    CHECK(listed() == QList<qint64>{won.meta.id});
    QTest::mouseClick(child<QPushButton>(page, "backToAnalysisButton"), Qt::LeftButton);
    CHECK(view->isVisible());
    emit forecast->clicked(0, forecast->barSets().constFirst());
    CHECK(listed().size() == 1);
    QTest::mouseClick(child<QPushButton>(page, "showAllOpportunitiesButton"), Qt::LeftButton);
    CHECK_FALSE(child<QWidget>(page, "shownOpportunitiesBar")->isVisible());
    CHECK(listed().size() == 3);

    // The lost reason's slice, and the funnel's last step (won: reached by one).
    page.showMode(PipelinePage::AnalysisMode);
    while (shown.wait(300)) {
    }
    auto* pie =
        qobject_cast<QPieSeries*>(child<QChartView>(*view, "lostReasonChart")->chart()->series().value(0));
    REQUIRE(pie);
    REQUIRE(pie->slices().size() == 1);
    emit pie->clicked(pie->slices().constFirst());
    CHECK(listed() == QList<qint64>{lost.meta.id});
    page.showMode(PipelinePage::AnalysisMode);
    while (shown.wait(300)) {
    }
    auto* funnel = qobject_cast<QHorizontalBarSeries*>(
        child<QChartView>(*view, "funnelChart")->chart()->series().value(0));
    REQUIRE(funnel);
    // Bars count from the bottom: the last is the first step at the top, the first the won one.
    emit funnel->clicked(funnel->barSets().constFirst()->count() - 1, funnel->barSets().constFirst());
    CHECK(listed().size() == 3);
    page.showMode(PipelinePage::AnalysisMode);
    while (shown.wait(300)) {
    }
    funnel = qobject_cast<QHorizontalBarSeries*>(
        child<QChartView>(*view, "funnelChart")->chart()->series().value(0));
    emit funnel->clicked(0, funnel->barSets().constFirst());
    CHECK(listed() == QList<qint64>{won.meta.id});

    // On paper and in a workbook, with the same figures.
    page.showMode(PipelinePage::AnalysisMode);
    while (shown.wait(300)) {
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sales.pdf"));
    view->exportPdf(pdf);
    CHECK(runTool(QStringLiteral("pdfinfo"), {pdf}).simplified().contains(QStringLiteral("Pages: 2")));
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("王芳")));
    CHECK(text.contains(QStringLiteral("价格太高")));
    CHECK(text.contains(QStringLiteral("300.00")));
    const QString xlsx = dir.filePath(QStringLiteral("sales.xlsx"));
    view->exportFigures(xlsx);
    const QString sheet = firstSheet(xlsx);
    CHECK(sheet.contains(QStringLiteral("<v>300</v>")));
    CHECK(sheet.contains(QStringLiteral("<v>2000</v>")));
}

TEST_CASE("the opportunity form keeps product lines whose total becomes the amount, and files, and its quote "
          "starts from the lines",
          "[widgets][sales]")
{
    OrderShop shop;
    OpportunityDialog dialog(*shop.db, 0, nullptr, shop.customer);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(dialog, "opportunityTitleLineEdit")->setText(QStringLiteral("新店门头"));
    OrderLinesModel* lines = dialog.lines()->model();
    REQUIRE(lines->rowCount() == 1);
    // The catalog's banner at 25.00 per m²: 3 × 1.5 m × 2 = 9 m², 225.00.
    lines->setData(lines->index(0, OrderLinesModel::ProductColumn), QStringLiteral("户外喷绘布"));
    lines->setData(lines->index(0, OrderLinesModel::WidthColumn), QStringLiteral("3000"));
    lines->setData(lines->index(0, OrderLinesModel::HeightColumn), QStringLiteral("1500"));
    lines->setData(lines->index(0, OrderLinesModel::QuantityColumn), QStringLiteral("2"));
    CHECK(child<QLineEdit>(dialog, "opportunityAmountLineEdit")->text() == QStringLiteral("225.00"));
    auto* tabs = child<QTabWidget>(dialog, "opportunityTabs");
    CHECK(tabs->tabText(0).contains(QStringLiteral("(1)")));
    CHECK(tabs->count() == 2); // a new one has no stage history yet

    QTemporaryDir dir;
    QFile photo(dir.filePath(QStringLiteral("现场.jpg")));
    REQUIRE(photo.open(QIODevice::WriteOnly));
    photo.write("jpeg bytes");
    photo.close();
    CHECK(dialog.files()->attachFile(photo.fileName()));
    CHECK(tabs->tabText(1).contains(QStringLiteral("(1)")));
    dialog.save();
    CHECK_FALSE(dialog.isVisible());
    const qint64 id = dialog.opportunity().meta.id;
    CHECK(scalar(*shop.db, QStringLiteral("SELECT amount FROM opportunities WHERE id = %1").arg(id))
              .toLongLong() == 22500);
    CHECK(
        scalar(*shop.db,
               QStringLiteral("SELECT sum(amount) FROM opportunity_lines WHERE opportunity_id = %1").arg(id))
            .toLongLong() == 22500);
    CHECK(
        scalar(
            *shop.db,
            QStringLiteral("SELECT file_name FROM opportunity_attachments WHERE opportunity_id = %1").arg(id))
            .toString() == QStringLiteral("现场.jpg"));

    // Opened again, it shows them; a quote for it starts with the same line and total.
    OpportunityDialog again(*shop.db, id);
    CHECK(again.lines()->lines().size() == 1);
    CHECK(again.files()->attachments().size() == 1);
    CHECK(child<QTabWidget>(again, "opportunityTabs")->count() == 3);
    QuoteEditorDialog quote(*shop.db, QuoteEditorDialog::New{0, id});
    REQUIRE(quote.linesEditor()->lines().size() == 1);
    CHECK(quote.linesEditor()->lines().at(0).product == QStringLiteral("户外喷绘布"));
    CHECK(child<QLabel>(quote, "quoteTotalLabel")->text().contains(QStringLiteral("225.00")));
}

TEST_CASE(
    "a service request is recorded, worked through to closed with a rating, and listed on the service page",
    "[widgets][service]")
{
    OrderShop shop;
    ServiceRequestDialog dialog(*shop.db, ServiceRequestDialog::New{shop.customer, 0});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* due = child<QDateTimeEdit>(dialog, "serviceDueEdit");
    const QDateTime medium = due->dateTime();
    auto* priority = child<QComboBox>(dialog, "servicePriorityComboBox");
    priority->setCurrentIndex(priority->findData(int(ServicePriority::Urgent)));
    CHECK(due->dateTime() < medium); // 4 opening hours instead of 24
    // Without a description it is not saved, and says why.
    CHECK_FALSE(dialog.save());
    CHECK_FALSE(child<QLabel>(dialog, "serviceIssueLabel")->text().isEmpty());
    child<QPlainTextEdit>(dialog, "serviceDescriptionEdit")
        ->setPlainText(QStringLiteral("灯箱不亮，要求上门维修"));
    REQUIRE(dialog.save());
    CHECK(dialog.request().number.startsWith(QStringLiteral("FW")));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT priority || ' ' || status FROM service_requests"))
              .toString() == QStringLiteral("urgent new"));

    REQUIRE(dialog.moveTo(ServiceStatus::InProgress));
    // Resolved needs the resolution.
    CHECK_FALSE(dialog.moveTo(ServiceStatus::Resolved));
    CHECK(dialog.request().status == ServiceStatus::InProgress);
    child<QPlainTextEdit>(dialog, "serviceResolutionEdit")->setPlainText(QStringLiteral("更换镇流器"));
    REQUIRE(dialog.moveTo(ServiceStatus::Resolved));
    REQUIRE(dialog.moveTo(ServiceStatus::Closed, 5));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT status || ' ' || satisfaction || ' ' || resolution FROM "
                                          "service_requests"))
              .toString() == QStringLiteral("closed 5 更换镇流器"));
    CHECK(child<QListWidget>(dialog, "serviceProgressList")->count() == 4);
    CHECK(child<QPushButton>(dialog, "serviceMove_in_progress")->text().contains(QStringLiteral("open")));
    dialog.accept();

    ServicePage page(*shop.db);
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(page.model()->rowCount() == 0); // open ones first: none
    auto* state = child<QComboBox>(page, "serviceStateComboBox");
    state->setCurrentIndex(state->findData(int(ServiceFilter::State::Any)));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->index(0, ServiceListModel::RatingColumn).data().toString() == QStringLiteral("5/5"));
}

TEST_CASE("a reprint request makes the reprint order in one step and is then in progress",
          "[widgets][service]")
{
    OrderShop shop;
    Order o = shop.order(shop.customer, QDateTime::currentDateTimeUtc().addDays(-5));
    OrderRepository(*shop.db).create(o);
    ServiceRequestDialog dialog(*shop.db, ServiceRequestDialog::New{shop.customer, o.meta.id});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    child<QPlainTextEdit>(dialog, "serviceDescriptionEdit")->setPlainText(QStringLiteral("颜色偏红，重印"));
    whenDialogOpens(QStringLiteral("orderEditorDialog"), [](QDialog* editor) {
        REQUIRE(qobject_cast<OrderEditorDialog*>(editor)->save());
        editor->accept();
    });
    QTest::mouseClick(child<QPushButton>(dialog, "serviceReprintButton"), Qt::LeftButton);
    REQUIRE(dialog.reprintOrderId() > 0);
    // The same lines as the order it reprints, in a new order that names the request.
    CHECK(scalar(*shop.db, QStringLiteral("SELECT group_concat(product || ' ' || area || ' ' || amount) FROM "
                                          "order_lines WHERE order_id = %1")
                               .arg(dialog.reprintOrderId()))
              .toString() ==
          scalar(*shop.db,
                 QStringLiteral(
                     "SELECT group_concat(product || ' ' || area || ' ' || amount) FROM order_lines WHERE "
                     "order_id = %1")
                     .arg(o.meta.id))
              .toString());
    CHECK(scalar(*shop.db,
                 QStringLiteral("SELECT notes FROM orders WHERE id = %1").arg(dialog.reprintOrderId()))
              .toString()
              .contains(dialog.request().number));
    CHECK(dialog.request().status == ServiceStatus::InProgress);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT note FROM service_moves WHERE to_status = 'in_progress'"))
              .toString()
              .startsWith(QStringLiteral("Reprint order DD")));
    // The order it reprints names the request on its status line.
    OrderEditorDialog original(*shop.db, o.meta.id);
    CHECK(child<QLabel>(original, "statusLabel")->text().contains(dialog.request().number));
}

TEST_CASE("the service settings save the opening days and hours, the targets and the types",
          "[widgets][service]")
{
    OrderShop shop;
    ServiceSettingsDialog dialog(*shop.db);
    child<QCheckBox>(dialog, "serviceDay6")->setChecked(false); // closed on Saturdays
    child<QTimeEdit>(dialog, "serviceOpenEdit")->setTime(QTime(8, 30));
    child<QSpinBox>(dialog, "serviceTarget_urgent")->setValue(2);
    child<QPlainTextEdit>(dialog, "serviceTypesEdit")->setPlainText(QStringLiteral("返工\n安装\n\n返工"));
    // A holiday line that is no date is refused, naming the line.
    child<QPlainTextEdit>(dialog, "serviceClosedDaysEdit")
        ->setPlainText(QStringLiteral("2027-02-06..2027-02-12 春节\n春节后"));
    CHECK_FALSE(dialog.save());
    CHECK(child<QLabel>(dialog, "serviceSettingsIssueLabel")->text().contains(QStringLiteral("春节后")));
    child<QPlainTextEdit>(dialog, "serviceClosedDaysEdit")
        ->setPlainText(QStringLiteral("2027-02-06..2027-02-12 春节"));
    child<QPlainTextEdit>(dialog, "serviceExtraDaysEdit")->setPlainText(QStringLiteral("2027-2-21 调休"));
    // Closing before opening is refused with the reason.
    child<QTimeEdit>(dialog, "serviceCloseEdit")->setTime(QTime(8, 0));
    CHECK_FALSE(dialog.save());
    CHECK_FALSE(child<QLabel>(dialog, "serviceSettingsIssueLabel")->text().isEmpty());
    child<QTimeEdit>(dialog, "serviceCloseEdit")->setTime(QTime(17, 30));
    REQUIRE(dialog.save());
    CHECK(scalar(*shop.db, QStringLiteral("SELECT value FROM settings WHERE key = 'service.hours'"))
              .toString() ==
          QStringLiteral(
              R"({"close":"17:30","closed":[{"from":"2027-02-06","note":"春节","to":"2027-02-12"}],)"
              R"("days":[1,2,3,4,5],"extra":[{"from":"2027-02-21","note":"调休","to":"2027-02-21"}],)"
              R"("open":"08:30"})"));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT value FROM settings WHERE key = 'service.targets'"))
              .toString()
              .contains(QStringLiteral(R"("urgent":2)")));
    CHECK(ServiceRepository(*shop.db).typeChoices() ==
          QStringList{QStringLiteral("返工"), QStringLiteral("安装")});
}
