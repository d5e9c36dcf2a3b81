#include "TestSupport.h"

#include "domain/Quote.h"
#include "services/SalesReports.h"
#include "store/AuditLog.h"
#include "store/CustomerRepository.h"
#include "store/FollowUpRepository.h"
#include "store/OpportunityRepository.h"
#include "store/OrderRepository.h"
#include "store/RowSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

QVariant localText(int y, int m, int d, int h = 10)
{
    return utcText(QDateTime(QDate(y, m, d), QTime(h, 0)));
}

qint64 stageId(OpportunityRepository& repo, const QString& code)
{
    const std::optional<OpportunityStage> s = repo.findStage(code);
    REQUIRE(s);
    return s->id;
}

Opportunity opportunity(qint64 customer, const QString& title, qint64 fen, const QDate& close = {})
{
    Opportunity o;
    o.customerId = customer;
    o.title = title;
    o.amount = Money::fromFen(fen);
    o.expectedClose = close;
    return o;
}

} // namespace

TEST_CASE("a shop starts with a print shop's six stages, and its roles with the sales rights of their kind",
          "[sales]")
{
    TempDb db;
    Sql q(*db, QStringLiteral("SELECT code, probability, kind FROM opportunity_stages ORDER BY position"));
    q.exec();
    QStringList seen;
    while (q.next())
        seen.append(QStringLiteral("%1 %2 %3")
                        .arg(q.value(0).toString())
                        .arg(q.value(1).toInt())
                        .arg(q.value(2).toString()));
    CHECK(seen == QStringList{QStringLiteral("first_contact 10 open"),
                              QStringLiteral("needs_confirmed 30 open"), QStringLiteral("quoted 50 open"),
                              QStringLiteral("negotiation 70 open"), QStringLiteral("won 100 won"),
                              QStringLiteral("lost 0 lost")});
    auto rights = [&](const QString& role) {
        return Rights::fromText(Sql(*db, QStringLiteral("SELECT rights FROM roles WHERE code = ?"))
                                    .bind(role)
                                    .scalar()
                                    .toString());
    };
    CHECK(rights(QStringLiteral("owner")).has(Module::Sales, Action::Delete));
    CHECK(rights(QStringLiteral("manager")).has(Module::Sales, Action::Money));
    CHECK(rights(QStringLiteral("front_desk")).has(Module::Sales, Action::Create));
    CHECK_FALSE(rights(QStringLiteral("front_desk")).has(Module::Sales, Action::Delete));
    CHECK_FALSE(rights(QStringLiteral("production")).has(Module::Sales, Action::View));
    // The names are shown in the user's language until the shop renames a stage.
    OpportunityRepository repo(*db);
    CHECK(repo.stages().at(2).displayName() == QStringLiteral("Quoted"));
}

TEST_CASE("an opportunity's probability follows its stage unless set, and every move is kept", "[sales]")
{
    OrderShop shop;
    OpportunityRepository repo(*shop.db);
    Opportunity o = opportunity(shop.customer, QStringLiteral("新店门头招牌"), 1200000, QDate(2026, 12, 20));
    repo.create(o);
    CHECK(o.stageId == stageId(repo, QStringLiteral("first_contact")));
    CHECK(o.probability == 10);
    CHECK(o.weighted().fen() == 120000);

    Opportunity set = opportunity(shop.other, QStringLiteral("展会易拉宝"), 333333);
    set.stageId = stageId(repo, QStringLiteral("quoted"));
    set.probability = 65;
    repo.create(set);
    CHECK(repo.get(set.meta.id).probability == 65);          // an override is kept
    CHECK(repo.get(set.meta.id).weighted().fen() == 216666); // 2,166.6645 rounds half-up to 2,166.66

    // A drag to another stage: its default probability, a move in the history.
    const int version = repo.moveTo(o.meta.id, o.meta.version, stageId(repo, QStringLiteral("negotiation")));
    Opportunity moved = repo.get(o.meta.id);
    CHECK(moved.probability == 70);
    CHECK(moved.meta.version == version);
    CHECK_FALSE(moved.closedAt.isValid());
    // A stale version is a conflict, not a silent overwrite.
    CHECK_THROWS_AS(repo.moveTo(o.meta.id, o.meta.version, stageId(repo, QStringLiteral("won"))), StoreError);
    // Lost needs its reason.
    try {
        repo.moveTo(o.meta.id, version, stageId(repo, QStringLiteral("lost")));
        FAIL("lost without a reason");
    } catch (const ValidationError& e) {
        CHECK(e.issues().at(0).field == QStringLiteral("lost_reason"));
    }
    repo.moveTo(o.meta.id, version, stageId(repo, QStringLiteral("won")));
    moved = repo.get(o.meta.id);
    CHECK(moved.probability == 100);
    CHECK(moved.stageKind == StageKind::Won);
    CHECK(moved.closedAt.isValid());
    const QList<StageMove> moves = repo.moves(o.meta.id);
    REQUIRE(moves.size() == 3);
    CHECK(moves.at(0).fromStage == 0);
    CHECK(moves.at(1).toName == QStringLiteral("Negotiation"));
    CHECK(moves.at(2).fromName == QStringLiteral("Negotiation"));
    // Independently: the rows themselves, the change feed and the audit.
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM opportunity_moves WHERE opportunity_id = %1")
                               .arg(o.meta.id))
              .toInt() == 3);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'opportunity'"))
              .toInt() == 4);
    CHECK(
        scalar(*shop.db, QStringLiteral("SELECT probability FROM opportunities WHERE id = %1").arg(o.meta.id))
            .toInt() == 100);
    CHECK(AuditLog::verify(*shop.db).ok);

    // Validation names the fields.
    Opportunity bad;
    try {
        repo.create(bad);
        FAIL("saved without customer or title");
    } catch (const ValidationError& e) {
        QStringList fields;
        for (const FieldIssue& i : e.issues())
            fields.append(i.field);
        CHECK(fields == QStringList{QStringLiteral("customer"), QStringLiteral("title")});
    }
    // Deleting keeps the audit and removes the moves.
    repo.remove(set.meta.id, repo.get(set.meta.id).meta.version);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM opportunity_moves WHERE opportunity_id = %1")
                               .arg(set.meta.id))
              .toInt() == 0);
}

TEST_CASE(
    "the forecast adds each month's expected amounts, weighted half-up per opportunity, beside what was won",
    "[sales][reports]")
{
    OrderShop shop;
    OpportunityRepository repo(*shop.db);
    auto add = [&](qint64 customer, qint64 fen, int probability, const QDate& close, const QString& owner) {
        Opportunity o = opportunity(customer, QStringLiteral("机会"), fen, close);
        o.stageId = stageId(repo, QStringLiteral("needs_confirmed"));
        o.probability = probability;
        o.owner = owner;
        repo.create(o);
        return o;
    };
    add(shop.customer, 1000000, 30, QDate(2026, 12, 15), QStringLiteral("王芳")); // weighted 3,000.00
    add(shop.other, 33333, 50, QDate(2026, 12, 31), QStringLiteral("李明"));      // 166.665 → 166.67
    add(shop.customer, 100001, 70, QDate(2027, 1, 5), QStringLiteral("王芳"));    // 700.007 → 700.01
    add(shop.customer, 500000, 50, QDate(), QStringLiteral("王芳"));              // no date: left out
    add(shop.customer, 990000, 50, QDate(2027, 3, 1), QStringLiteral("王芳"));    // after the range
    Opportunity won = add(shop.other, 800000, 50, QDate(2026, 12, 1), QStringLiteral("王芳"));
    repo.moveTo(won.meta.id, won.meta.version, stageId(repo, QStringLiteral("won")));
    Opportunity lost = add(shop.other, 200000, 50, QDate(2026, 12, 2), QStringLiteral("李明"));
    repo.moveTo(lost.meta.id, lost.meta.version, stageId(repo, QStringLiteral("lost")),
                QStringLiteral("价格太高"));
    // Won on 10 December, local time.
    Sql(*shop.db, QStringLiteral("UPDATE opportunities SET closed_at = ? WHERE id IN (?, ?)"))
        .bind(localText(2026, 12, 10))
        .bind(won.meta.id)
        .bind(lost.meta.id)
        .exec();

    const Forecast f = SalesReports::forecast(*shop.db, QDate(2026, 12, 1), QDate(2027, 1, 31));
    REQUIRE(f.months.size() == 2);
    CHECK(f.months.at(0).month == QStringLiteral("2026-12"));
    CHECK(f.months.at(0).open == 2);
    CHECK(f.months.at(0).amount.fen() == 1033333);
    CHECK(f.months.at(0).weighted.fen() == 316667);
    CHECK(f.months.at(0).won == 1);
    CHECK(f.months.at(0).wonAmount.fen() == 800000);
    CHECK(f.months.at(1).amount.fen() == 100001);
    CHECK(f.months.at(1).weighted.fen() == 70001);
    CHECK(f.total.weighted.fen() == 386668);
    CHECK(f.total.amount.fen() == 1133334);
    CHECK(f.undated == 1);
    CHECK(f.undatedAmount.fen() == 500000);
    // Per owner: 王芳 in December has 10,000.00 expected and 8,000.00 won; 李明 333.33.
    QStringList owners;
    for (const ForecastRow& r : f.owners)
        owners.append(QStringLiteral("%1 %2 %3 %4 %5")
                          .arg(r.month, r.owner, r.amount.toPlainString(), r.weighted.toPlainString(),
                               r.wonAmount.toPlainString()));
    CHECK(owners == QStringList{QStringLiteral("2026-12 李明 333.33 166.67 0.00"),
                                QStringLiteral("2026-12 王芳 10000.00 3000.00 8000.00"),
                                QStringLiteral("2027-01 王芳 1000.01 700.01 0.00")});

    // The command line gives the same figures as decimal strings.
    const CliRun run =
        runCli({QStringLiteral("--db"), shop.db.path, QStringLiteral("report"), QStringLiteral("forecast"),
                QStringLiteral("--from"), QStringLiteral("2026-12-01"), QStringLiteral("--to"),
                QStringLiteral("2027-01-31"), QStringLiteral("--json")});
    REQUIRE(run.status == 0);
    const QJsonObject json = run.json().object();
    CHECK(json.value(QStringLiteral("total")).toObject().value(QStringLiteral("weighted")).toString() ==
          QStringLiteral("3866.68"));
    CHECK(json.value(QStringLiteral("months"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("amount"))
              .toString() == QStringLiteral("10333.33"));

    // Won and lost by source and by reason, in the month they closed.
    const QList<WinLossRow> reasons =
        SalesReports::byLostReason(*shop.db, QDate(2026, 12, 1), QDate(2026, 12, 31));
    REQUIRE(reasons.size() == 1);
    CHECK(reasons.at(0).key == QStringLiteral("价格太高"));
    CHECK(reasons.at(0).lostAmount.fen() == 200000);
    CHECK(SalesReports::bySource(*shop.db, QDate(2026, 11, 1), QDate(2026, 11, 30)).isEmpty());

    // The click-through behind those figures: closed on the 10th, by reason and by (no) source.
    auto ids = [&](const OpportunityFilter& filter) {
        QList<qint64> result;
        for (const OpportunityRow& r : repo.page(filter, 0, 100))
            result.append(r.id);
        std::sort(result.begin(), result.end());
        CHECK(repo.count(filter) == result.size());
        return result;
    };
    OpportunityFilter closed;
    closed.closedFrom = QDate(2026, 12, 10);
    closed.closedTo = QDate(2026, 12, 10);
    CHECK(ids(closed) == QList<qint64>{won.meta.id, lost.meta.id});
    closed.lostReason = QStringLiteral("价格太高");
    CHECK(ids(closed) == QList<qint64>{lost.meta.id});
    closed.lostReason.reset();
    closed.source = QString();
    closed.state = OpportunityFilter::State::Won;
    CHECK(ids(closed) == QList<qint64>{won.meta.id});
    closed.source = QStringLiteral("展会");
    CHECK(ids(closed).isEmpty());
    OpportunityFilter before;
    before.closedTo = QDate(2026, 12, 9);
    CHECK(ids(before).isEmpty());

    // The whole analysis as one table, read back as text: the figures above, in fen as yuan.
    const QString csv = shop.db.dir.filePath(QStringLiteral("sales.csv"));
    const CliRun exported =
        runCli({QStringLiteral("--db"), shop.db.path, QStringLiteral("report"), QStringLiteral("sales"),
                QStringLiteral("--from"), QStringLiteral("2026-12-01"), QStringLiteral("--to"),
                QStringLiteral("2027-01-31"), csv, QStringLiteral("--json")});
    REQUIRE(exported.status == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    auto line = [&](const QString& start) {
        for (const QString& l : lines)
            if (l.startsWith(start)) return l;
        return QString();
    };
    CHECK(line(QStringLiteral("Forecast by month,2026-12,")) ==
          QStringLiteral("Forecast by month,2026-12,2,10333.33,3166.67,1,8000.00,,,,"));
    CHECK(line(QStringLiteral("Forecast by month,In all,")) ==
          QStringLiteral("Forecast by month,In all,3,11333.34,3866.68,1,8000.00,,,,"));
    CHECK(line(QStringLiteral("Forecast by owner,王芳,")) ==
          QStringLiteral("Forecast by owner,王芳,2,11000.01,3700.01,1,8000.00,,,,"));
    CHECK(line(QStringLiteral("Lost reasons,")) == QStringLiteral("Lost reasons,价格太高,1,,,,,1,2000.00,,"));
    CHECK(line(QStringLiteral("Won and lost by lead source,")) ==
          QStringLiteral("Won and lost by lead source,(no source),2,,,1,8000.00,1,2000.00,50.0%,"));
    CHECK(exported.json().object().value(QStringLiteral("rows")).toInt() ==
          lines.size() - 2); // the header, and after the last line break
}

TEST_CASE("won and lost by lead source: the most closed first, each with its win rate", "[sales][reports]")
{
    OrderShop shop;
    OpportunityRepository repo(*shop.db);
    auto close = [&](const QString& source, const QString& stage, qint64 fen) {
        Opportunity o = opportunity(shop.customer, QStringLiteral("机会"), fen);
        o.source = source;
        repo.create(o);
        repo.moveTo(o.meta.id, o.meta.version, stageId(repo, stage),
                    stage == QLatin1String("lost") ? QStringLiteral("没回复") : QString());
    };
    close(QStringLiteral("传单"), QStringLiteral("won"), 10000);
    close(QStringLiteral("展会"), QStringLiteral("lost"), 20000);
    close(QStringLiteral("展会"), QStringLiteral("lost"), 30000);
    close(QStringLiteral("展会"), QStringLiteral("won"), 40000);
    Opportunity open = opportunity(shop.customer, QStringLiteral("还在谈"), 50000);
    open.source = QStringLiteral("微信");
    repo.create(open);
    const QDate today = QDate::currentDate();
    const QList<WinLossRow> rows = SalesReports::bySource(*shop.db, today, today);
    QStringList text;
    for (const WinLossRow& r : rows)
        text.append(QStringLiteral("%1 %2/%3 %4 %5 %6")
                        .arg(r.key)
                        .arg(r.won)
                        .arg(r.lost)
                        .arg(r.wonAmount.toPlainString(), r.lostAmount.toPlainString(),
                             SalesReports::percent(r.winRatePermille())));
    CHECK(text == QStringList{QStringLiteral("展会 1/2 400.00 500.00 33.3%"),
                              QStringLiteral("传单 1/0 100.00 0.00 100.0%")});
}

TEST_CASE("the funnel counts who reached each stage, skipped ones included, and the days spent in each",
          "[sales][reports]")
{
    OrderShop shop;
    OpportunityRepository repo(*shop.db);
    const qint64 first = stageId(repo, QStringLiteral("first_contact"));
    const qint64 needs = stageId(repo, QStringLiteral("needs_confirmed"));
    const qint64 quoted = stageId(repo, QStringLiteral("quoted"));
    const qint64 won = stageId(repo, QStringLiteral("won"));
    const qint64 lost = stageId(repo, QStringLiteral("lost"));
    // Each opportunity walks its path one move a day apart from 1 November, then the days are set
    // to known values below.
    auto walk = [&](const QList<qint64>& path, const QString& reason = {}) {
        Opportunity o = opportunity(shop.customer, QStringLiteral("机会"), 100000);
        repo.create(o);
        for (qsizetype i = 1; i < path.size(); ++i)
            repo.moveTo(o.meta.id, repo.get(o.meta.id).meta.version, path.at(i),
                        path.at(i) == lost ? reason : QString());
        return o.meta.id;
    };
    const qint64 o1 = walk({first, needs, quoted, won});
    const qint64 o2 = walk({first, quoted, lost}, QStringLiteral("价格太高"));
    const qint64 o3 = walk({first, needs});
    const qint64 o4 = walk({first});
    const qint64 outside = walk({first, won});
    Sql(*shop.db, QStringLiteral("UPDATE opportunities SET created_at = ?"))
        .bind(localText(2026, 11, 1, 9))
        .exec();
    Sql(*shop.db, QStringLiteral("UPDATE opportunities SET created_at = ? WHERE id = ?"))
        .bind(localText(2026, 10, 1))
        .bind(outside)
        .exec();
    // Days in first contact: 2, 4, 6 and (still there on 10 November, counted to its end) 10.
    auto at = [&](qint64 id, qint64 to, const QVariant& when) {
        Sql(*shop.db,
            QStringLiteral("UPDATE opportunity_moves SET at = ? WHERE opportunity_id = ? AND to_stage = ?"))
            .bind(when)
            .bind(id)
            .bind(to)
            .exec();
    };
    for (const qint64 id : {o1, o2, o3, o4})
        at(id, first, localText(2026, 11, 1, 0));
    at(o1, needs, localText(2026, 11, 3, 0));
    at(o1, quoted, localText(2026, 11, 4, 0));
    at(o1, won, localText(2026, 11, 5, 0));
    at(o2, quoted, localText(2026, 11, 5, 0));
    at(o2, lost, localText(2026, 11, 6, 0));
    at(o3, needs, localText(2026, 11, 7, 0));

    const Funnel f =
        SalesReports::funnel(*shop.db, QDate(2026, 11, 1), QDate(2026, 11, 30), QDate(2026, 11, 10));
    CHECK(f.created == 4);
    CHECK(f.won == 1);
    CHECK(f.lost == 1);
    CHECK(f.wonAmount.fen() == 100000);
    REQUIRE(f.stages.size() == 5);
    QList<qint64> reached, conversion;
    for (const FunnelStage& s : f.stages) {
        reached.append(s.reached);
        conversion.append(s.conversionPermille);
    }
    CHECK(reached == QList<qint64>{4, 3, 2, 1, 1});
    CHECK(conversion == QList<qint64>{750, 667, 500, 1000, -1});
    CHECK(f.stages.at(0).averageDays == Approx(5.5));
    CHECK(f.stages.at(0).timed == 4);
    // Needs confirmed: o1 for 1 day, o3 from 7 November to the end of the 10th: 4 days.
    CHECK(f.stages.at(1).averageDays == Approx(2.5));
    // Quoted: o1 for 1 day, o2 for 1 day.
    CHECK(f.stages.at(2).averageDays == Approx(1.0));

    // Clicking a stage lists those created in the period that got that far: the same counts, and
    // quoted is reached by o1 (which went on to win) and o2 (lost after it), not by o3.
    for (const FunnelStage& s : f.stages) {
        OpportunityFilter reachedFilter;
        reachedFilter.createdFrom = QDate(2026, 11, 1);
        reachedFilter.createdTo = QDate(2026, 11, 30);
        reachedFilter.reachedStageId = s.stage.id;
        CHECK(repo.count(reachedFilter) == s.reached);
    }
    OpportunityFilter reachedQuoted;
    reachedQuoted.reachedStageId = quoted;
    QList<qint64> quotedIds;
    for (const OpportunityRow& r : repo.page(reachedQuoted, 0, 10))
        quotedIds.append(r.id);
    std::sort(quotedIds.begin(), quotedIds.end());
    CHECK(quotedIds == QList<qint64>{o1, o2, outside});
    OpportunityFilter createdBefore;
    createdBefore.createdTo = QDate(2026, 10, 31);
    CHECK(repo.count(createdBefore) == 1);

    const CliRun run =
        runCli({QStringLiteral("--db"), shop.db.path, QStringLiteral("report"), QStringLiteral("funnel"),
                QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                QStringLiteral("2026-11-30"), QStringLiteral("--json")});
    REQUIRE(run.status == 0);
    const QJsonArray stages = run.json().object().value(QStringLiteral("stages")).toArray();
    REQUIRE(stages.size() == 5);
    CHECK(stages.at(1).toObject().value(QStringLiteral("conversion_to_next")).toString() ==
          QStringLiteral("66.7"));
    CHECK(stages.at(0).toObject().value(QStringLiteral("reached")).toInt() == 4);
}

TEST_CASE("the pipeline board: every stage with its count and totals, the won and lost of a recent period",
          "[sales]")
{
    OrderShop shop;
    OpportunityRepository repo(*shop.db);
    for (int i = 0; i < 130; ++i) {
        Opportunity o = opportunity(i % 2 ? shop.customer : shop.other, QStringLiteral("机会%1").arg(i),
                                    10000 + i, QDate(2026, 12, 1).addDays(i % 40));
        o.stageId = stageId(repo, i < 120 ? QStringLiteral("quoted") : QStringLiteral("won"));
        repo.create(o);
    }
    Sql(*shop.db, QStringLiteral("UPDATE opportunities SET closed_at = ? WHERE id = 130"))
        .bind(localText(2026, 1, 1))
        .exec();
    OpportunityFilter filter;
    filter.closedSince = QDate(2026, 6, 1);
    const QList<StageColumn> board = repo.board(filter);
    REQUIRE(board.size() == 6);
    const StageColumn& quoted = board.at(2);
    CHECK(quoted.count == 120);
    CHECK(quoted.cards.size() == OpportunityRepository::kBoardCards);
    // Independently: the sums straight from the table.
    CHECK(quoted.total.fen() ==
          scalar(*shop.db, QStringLiteral("SELECT sum(amount) FROM opportunities WHERE id <= 120"))
              .toLongLong());
    CHECK(quoted.weighted.fen() ==
          scalar(*shop.db,
                 QStringLiteral("SELECT sum((amount * 50 + 50) / 100) FROM opportunities WHERE id <= 120"))
              .toLongLong());
    // First by expected close.
    CHECK(quoted.cards.at(0).expectedClose == QDate(2026, 12, 1));
    CHECK(board.at(4).count == 9); // one of the ten won was closed before the period shown
    filter.customerId = shop.customer;
    CHECK(repo.board(filter).at(2).count == 60);
    CHECK(repo.count(filter) == 64); // 60 quoted and 4 won: the fifth was won before June
}

TEST_CASE("the shop's stages: renamed, reordered and added, and one in use is archived, not deleted",
          "[sales]")
{
    OrderShop shop;
    OpportunityRepository repo(*shop.db);
    Opportunity o = opportunity(shop.customer, QStringLiteral("门头"), 100000);
    o.stageId = stageId(repo, QStringLiteral("needs_confirmed"));
    repo.create(o);
    QList<OpportunityStage> stages = repo.stages();
    REQUIRE(stages.size() == 6);
    // Without a won stage the pipeline cannot end: refused, nothing changed.
    QList<OpportunityStage> broken = stages;
    broken.removeAt(4);
    CHECK_THROWS_AS(repo.saveStages(broken), ValidationError);
    CHECK(repo.stages().size() == 6);

    stages[0].name = QStringLiteral("意向");
    stages[2].probability = 40;
    OpportunityStage sample;
    sample.name = QStringLiteral("打样");
    sample.probability = 60;
    stages.insert(3, sample);
    stages.removeAt(1); // needs confirmed: one opportunity is in it
    repo.saveStages(stages);
    const QList<OpportunityStage> now = repo.stages();
    QStringList names;
    for (const OpportunityStage& s : now)
        names.append(QStringLiteral("%1 %2").arg(s.displayName()).arg(s.probability));
    CHECK(names == QStringList{QStringLiteral("意向 10"), QStringLiteral("Quoted 40"),
                               QStringLiteral("打样 60"), QStringLiteral("Negotiation 70"),
                               QStringLiteral("Won 100"), QStringLiteral("Lost 0")});
    // The stage left out is kept for the opportunity in it, archived.
    CHECK(scalar(*shop.db,
                 QStringLiteral("SELECT archived FROM opportunity_stages WHERE code = 'needs_confirmed'"))
              .toInt() == 1);
    CHECK(repo.get(o.meta.id).stageName == QStringLiteral("Needs confirmed"));
    // An unused stage left out is deleted.
    QList<OpportunityStage> fewer = repo.stages();
    fewer.removeAt(2);
    repo.saveStages(fewer);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM opportunity_stages WHERE name = '打样'"))
              .toInt() == 0);
    // A stale list from another desk is a conflict.
    CHECK_THROWS_AS(repo.saveStages(now), StoreError);
}

TEST_CASE("sales targets against what was achieved: revenue, new customers and follow-ups, for the shop and "
          "a person",
          "[sales][reports]")
{
    OrderShop shop;
    OrderRepository orders(*shop.db);
    // November: two orders with the designer on them (9 m² at 10.00 and 20.00), one in December.
    for (const auto& [day, price] :
         {std::pair{QDate(2026, 11, 3), 1000}, std::pair{QDate(2026, 11, 28), 2000},
          std::pair{QDate(2026, 12, 1), 4000}}) {
        Order o = shop.order(shop.customer, QDateTime(day, QTime(10, 0)).toUTC(), price);
        orders.create(o);
    }
    // Three customers created in November, one of them the designer's; the shop's two came in October.
    const QString designer =
        scalar(*shop.db, QStringLiteral("SELECT name FROM staff WHERE id = %1").arg(shop.designer))
            .toString();
    for (int i = 0; i < 3; ++i) {
        Customer c = makeCustomer(QStringLiteral("新客户%1").arg(i));
        c.owner = i == 0 ? designer : QString();
        CustomerRepository(*shop.db).create(c);
        Sql(*shop.db, QStringLiteral("UPDATE customers SET created_at = ? WHERE id = ?"))
            .bind(localText(2026, 11, 10 + i))
            .bind(c.meta.id)
            .exec();
    }
    Sql(*shop.db, QStringLiteral("UPDATE customers SET created_at = ? WHERE id IN (?, ?)"))
        .bind(localText(2026, 10, 5))
        .bind(shop.customer)
        .bind(shop.other)
        .exec();
    // Follow-ups: two in November by the designer, one in December.
    for (const QDate& day : {QDate(2026, 11, 5), QDate(2026, 11, 30), QDate(2026, 12, 2)}) {
        FollowUp f;
        f.customerId = shop.customer;
        f.at = QDateTime(day, QTime(15, 0)).toUTC();
        f.details = QStringLiteral("电话回访");
        f.staffId = shop.designer;
        FollowUpRepository(*shop.db).create(f, false);
    }

    SalesTargetRepository targets(*shop.db);
    auto set = [&](const QString& period, qint64 staff, TargetMetric metric, qint64 value) {
        SalesTarget t;
        t.period = period;
        t.staffId = staff;
        t.metric = metric;
        t.target = value;
        targets.set(t);
        return t.meta.id;
    };
    set(QStringLiteral("2026-11"), 0, TargetMetric::Revenue, 50000);
    set(QStringLiteral("2026-11"), 0, TargetMetric::NewCustomers, 5);
    set(QStringLiteral("2026-11"), shop.designer, TargetMetric::FollowUps, 4);
    set(QStringLiteral("2026-11"), shop.designer, TargetMetric::NewCustomers, 1);
    const qint64 quarter = set(QStringLiteral("2026-Q4"), 0, TargetMetric::Revenue, 100000);
    // Setting it again replaces it.
    CHECK(set(QStringLiteral("2026-Q4"), 0, TargetMetric::Revenue, 60000) == quarter);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM sales_targets")).toInt() == 5);

    QStringList november;
    for (const TargetProgress& p : SalesReports::targets(*shop.db, QStringLiteral("2026-11")))
        november.append(QStringLiteral("%1 %2 %3/%4 %5")
                            .arg(p.target.staffName, SalesTargetRules::metricCode(p.target.metric))
                            .arg(p.actual)
                            .arg(p.target.target)
                            .arg(p.permille()));
    // Revenue: 90.00 + 180.00 = 270.00 of 500.00 (54.0 %); new customers 3 of 5; the designer's
    // follow-ups 2 of 4 and customers 1 of 1.
    CHECK(november == QStringList{QStringLiteral(" new_customers 3/5 600"),
                                  QStringLiteral(" revenue 27000/50000 540"),
                                  QStringLiteral("%1 follow_ups 2/4 500").arg(designer),
                                  QStringLiteral("%1 new_customers 1/1 1000").arg(designer)});
    const QList<TargetProgress> q4 = SalesReports::targets(*shop.db, QStringLiteral("2026-Q4"));
    REQUIRE(q4.size() == 1);
    CHECK(q4.at(0).actual == 27000 + 36000); // October to December
    CHECK(q4.at(0).permille() == 1050);
    // A period that is not one is refused at the field.
    SalesTarget bad;
    bad.period = QStringLiteral("2026-13");
    CHECK_THROWS_AS(targets.set(bad), ValidationError);
    CHECK(SalesTargetRules::last(QStringLiteral("2026-Q1")) == QDate(2026, 3, 31));

    const CliRun run =
        runCli({QStringLiteral("--db"), shop.db.path, QStringLiteral("target"), QStringLiteral("list"),
                QStringLiteral("--period"), QStringLiteral("2026-11"), QStringLiteral("--json")});
    REQUIRE(run.status == 0);
    const QJsonArray rows = run.json().object().value(QStringLiteral("targets")).toArray();
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(1).toObject().value(QStringLiteral("actual")).toString() == QStringLiteral("270.00"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("percent")).toString() == QStringLiteral("54.0"));
    targets.remove(quarter);
    CHECK(SalesReports::targets(*shop.db, QStringLiteral("2026-Q4")).isEmpty());
}

TEST_CASE("an opportunity keeps its product lines priced as an order's and its files, and a quote starts "
          "from the lines",
          "[sales][quotes]")
{
    OrderShop shop;
    OpportunityRepository repo(*shop.db);
    auto line = [&](int width, int height, const QString& quantity, qint64 priceFen) {
        OrderLine l;
        l.productId = shop.banner;
        l.product = QStringLiteral("户外喷绘布");
        l.unit = QStringLiteral("m²");
        l.widthMm = width;
        l.heightMm = height;
        l.quantity = *Quantity::parse(quantity);
        l.unitPrice = Money::fromFen(priceFen);
        return l;
    };
    Opportunity o = opportunity(shop.customer, QStringLiteral("门头和展架"), 0);
    // 3 × 1.5 m × 2 = 9 m² at 25.00: 225.00; 0.6 × 1.6 m × 3 = 2.88 m² at 33.33: 95.99 (95.9904).
    o.lines = {line(3000, 1500, QStringLiteral("2"), 2500), line(600, 1600, QStringLiteral("3"), 3333)};
    const QByteArray drawing("%PDF-1.4 门头效果图");
    o.attachments.append(
        {0, QStringLiteral("效果图.pdf"), QStringLiteral("application/pdf"), drawing.size(), drawing});
    repo.create(o);

    auto sqlLines = [&] {
        return scalar(*shop.db,
                      QStringLiteral("SELECT group_concat(area || '/' || amount, ' ') FROM (SELECT area, "
                                     "amount FROM opportunity_lines WHERE opportunity_id = %1 ORDER BY "
                                     "position)")
                          .arg(o.meta.id))
            .toString();
    };
    CHECK(sqlLines() == QStringLiteral("9000/22500 2880/9599"));
    Opportunity read = repo.get(o.meta.id);
    REQUIRE(read.lines.size() == 2);
    CHECK(read.linesTotal().fen() == 32099);
    REQUIRE(read.attachments.size() == 1);
    CHECK(read.attachments.at(0).data.isEmpty()); // read when opened
    CHECK(repo.attachmentData(read.attachments.at(0).id) == drawing);

    // Changed: the second line goes, a third comes, a second file is added and the first kept.
    read.lines.removeLast();
    read.lines.append(line(1000, 1000, QStringLiteral("1"), 5000));
    read.attachments.append(
        {0, QStringLiteral("现场照片.jpg"), QStringLiteral("image/jpeg"), 3, QByteArray("jpg")});
    const qint64 firstFile = read.attachments.at(0).id;
    repo.update(read);
    CHECK(sqlLines() == QStringLiteral("9000/22500 1000/5000"));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT group_concat(id || ':' || file_name, ' ') FROM (SELECT id, "
                                          "file_name FROM opportunity_attachments ORDER BY position)"))
              .toString() ==
          QStringLiteral("%1:效果图.pdf %2:现场照片.jpg").arg(firstFile).arg(firstFile + 1));

    // A line is checked as an order's line; no lines at all is fine.
    Opportunity bad = repo.get(o.meta.id);
    bad.lines.first().quantity = Quantity();
    try {
        repo.update(bad);
        FAIL("a line without a quantity was saved");
    } catch (const ValidationError& e) {
        CHECK(e.issues().value(0).field == QStringLiteral("line1.quantity"));
    }
    Opportunity plain = opportunity(shop.other, QStringLiteral("只有文字"), 10000);
    CHECK_NOTHROW(repo.create(plain));

    // A quote for it starts from its lines, with the same amounts.
    const Quote q = QuoteRules::forOpportunity(repo.get(o.meta.id), QDateTime::currentDateTimeUtc());
    CHECK(q.opportunityId == o.meta.id);
    CHECK(q.body.customerId == shop.customer);
    REQUIRE(q.body.lines.size() == 2);
    CHECK(q.body.lines.at(0).id == 0);
    CHECK(q.body.total().fen() == 27500);

    // Someone who does not see money moves it on the board: the prices stay as saved.
    const Access noMoney = roleWithout(Module::Sales, Action::Money);
    shop.db->setAccess(noMoney);
    const Opportunity seen = repo.get(o.meta.id);
    CHECK(seen.lines.at(0).amount.isZero());
    repo.moveTo(o.meta.id, seen.meta.version, stageId(repo, QStringLiteral("quoted")));
    CHECK(sqlLines() == QStringLiteral("9000/22500 1000/5000"));
    shop.db->setAccess(Access());

    // Deleted: its lines and files go with it, and the audit keeps what the lines were.
    const Opportunity last = repo.get(o.meta.id);
    repo.remove(o.meta.id, last.meta.version);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM opportunity_lines")).toInt() == 0);
    CHECK(scalar(*shop.db, QStringLiteral("SELECT count(*) FROM opportunity_attachments")).toInt() == 0);
    CHECK(scalar(*shop.db,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'opportunity' AND op = "
                                "'delete' AND before LIKE '%户外喷绘布%'"))
              .toInt() == 1);
}

TEST_CASE("opportunity lines and files on the command line", "[sales][cli]")
{
    OrderShop shop;
    const QString path = shop.db.path;
    shop.db.db.reset();
    const QString lines = QStringLiteral(
        R"({"lines": [{"product": "户外喷绘布", "width_mm": 3000, "height_mm": 1500, "quantity": "2"}]})");
    const CliRun added = runCli(
        {QStringLiteral("--db"), path, QStringLiteral("opportunity"), QStringLiteral("add"),
         QStringLiteral("--customer"), QString::number(shop.customer), QStringLiteral("--title"),
         QStringLiteral("门头"), QStringLiteral("--lines"), QStringLiteral("-"), QStringLiteral("--json")},
        {}, lines.toUtf8());
    REQUIRE(added.status == 0);
    const qint64 id = added.json().object().value(QStringLiteral("id")).toInteger();
    REQUIRE(id > 0);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("brief.txt"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("5 m wide, lit at night");
    f.close();
    const CliRun attached =
        runCli({QStringLiteral("--db"), path, QStringLiteral("opportunity"), QStringLiteral("attach"),
                QString::number(id), file, QStringLiteral("--json")});
    REQUIRE(attached.status == 0);
    const QJsonObject shown = attached.json().object();
    // 9 m² at the catalog's 25.00.
    CHECK(shown.value(QStringLiteral("lines_total")).toString() == QStringLiteral("225.00"));
    CHECK(shown.value(QStringLiteral("lines"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("area"))
              .toString() == QStringLiteral("9.000"));
    CHECK(shown.value(QStringLiteral("files"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("size"))
              .toInt() == 22);
    const CliRun detached =
        runCli({QStringLiteral("--db"), path, QStringLiteral("opportunity"), QStringLiteral("detach"),
                QString::number(id), QStringLiteral("brief.txt")});
    REQUIRE(detached.status == 0);
    Database db(path);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM opportunity_attachments")).toInt() == 0);
    const CliRun wrong = runCli({QStringLiteral("--db"), path, QStringLiteral("opportunity"),
                                 QStringLiteral("detach"), QString::number(id), QStringLiteral("brief.txt")});
    CHECK(wrong.status == 2);
}
