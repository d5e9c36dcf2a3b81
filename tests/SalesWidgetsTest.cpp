#include "CustomerPicker.h"
#include "CustomerTimeline.h"
#include "LinesEditor.h"
#include "OpportunityDialog.h"
#include "OrderLinesModel.h"
#include "PipelinePage.h"
#include "PriceListDialog.h"
#include "QuoteEditorDialog.h"
#include "ReportsPage.h"
#include "StagesDialog.h"
#include "store/OpportunityRepository.h"
#include "store/OrderRepository.h"
#include "store/PriceListRepository.h"
#include "store/SalesTargetRepository.h"
#include "TestSupport.h"
#include "WidgetSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
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
    QTRY_COMPARE(page.column(lost)->count(), 1);

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
