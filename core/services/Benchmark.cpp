#include "Benchmark.h"

#include "store/CustomerPool.h"

#include "Backups.h"
#include "CsvReader.h"
#include "CustomerImport.h"
#include "DatabaseCopy.h"
#include "DemoData.h"
#include "documents/DocumentOutput.h"
#include "domain/PhoneNumber.h"
#include "domain/Pinyin.h"
#include "domain/TextSearch.h"
#include "DuplicateFinder.h"
#include "Exports.h"
#include "Reports.h"
#include "SalesReports.h"
#include "store/AuditLog.h"
#include "store/ChangeFeed.h"
#include "store/CustomerRepository.h"
#include "store/CustomerSearchIndex.h"
#include "store/Database.h"
#include "store/DeliveryRepository.h"
#include "store/Dialect.h"
#include "store/FollowUpRepository.h"
#include "store/OpportunityRepository.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"
#include "store/ReminderRepository.h"
#include "store/RowSupport.h"
#include "store/ServerProbe.h"
#include "store/ShopSettings.h"
#include "store/UserRepository.h"
#include "TableExport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

namespace shopcrm {

namespace {

double ms(qint64 ns)
{
    return static_cast<double>(ns) / 1e6;
}

QJsonObject percentiles(QList<qint64> samples)
{
    if (samples.isEmpty())
        return {};
    std::sort(samples.begin(), samples.end());
    auto at = [&](double p) {
        const qsizetype i = std::min(samples.size() - 1, static_cast<qsizetype>(p * static_cast<double>(samples.size())));
        return ms(samples.at(i));
    };
    return {{QStringLiteral("p50_ms"), at(0.50)},
            {QStringLiteral("p95_ms"), at(0.95)},
            {QStringLiteral("max_ms"), ms(samples.constLast())},
            {QStringLiteral("samples"), samples.size()}};
}

QJsonObject withBaseline(QJsonObject ours, QJsonObject baseline, const QString& baselineIs)
{
    baseline.insert(QStringLiteral("is"), baselineIs);
    const double base = baseline.value(QStringLiteral("p95_ms")).toDouble();
    ours.insert(QStringLiteral("baseline"), baseline);
    ours.insert(QStringLiteral("ratio_p95"), base > 0 ? ours.value(QStringLiteral("p95_ms")).toDouble() / base : 0.0);
    return ours;
}

// Ours and the same-run baseline, alternately, each run once unmeasured first (warm); sample i
// may pick its own input.
QJsonObject compare(int samples, const std::function<void(int)>& ours, const std::function<void(int)>& baseline,
                    const QString& baselineIs)
{
    ours(0);
    baseline(0);
    QList<qint64> a, b;
    QElapsedTimer t;
    for (int i = 0; i < samples; ++i) {
        t.start();
        ours(i);
        a.append(t.nsecsElapsed());
        t.start();
        baseline(i);
        b.append(t.nsecsElapsed());
    }
    return withBaseline(percentiles(a), percentiles(b), baselineIs);
}

// The baselines: a statement on SQLite's own API, every column of every row read as text.
qint64 readAll(const Database& db, const QString& sql, const QList<QVariant>& binds = {})
{
    RawRead q(db, sql);
    for (const QVariant& v : binds) {
        if (v.typeId() == QMetaType::QString)
            q.bind(v.toString());
        else
            q.bind(v.toLongLong());
    }
    qint64 rows = 0;
    while (q.next()) {
        for (int c = 0; c < q.columns(); ++c)
            rows += q.text(c).isEmpty() ? 0 : 0;
        ++rows;
    }
    return rows;
}

// The process's resident memory, from the kernel's own account (Linux).
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

double secondsSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

QString hanRun(const QString& name, int length, QRandomGenerator& random)
{
    const QList<uint> ucs = name.toUcs4();
    QList<qsizetype> starts;
    for (qsizetype i = 0; i + length <= ucs.size(); ++i) {
        bool allHan = true;
        for (int k = 0; k < length; ++k)
            allHan = allHan && Pinyin::isHan(ucs.at(i + k));
        if (allHan)
            starts.append(i);
    }
    if (starts.isEmpty())
        return {};
    const qsizetype start = starts.at(random.bounded(static_cast<int>(starts.size())));
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs.constData() + start), length);
}

// How much of the file each kind of record takes, from SQLite's dbstat table: every table with
// its indexes, the audit log and change feed shared out by the entity of their rows.
QJsonObject databaseSize(Database& db, const QString& path)
{
    QJsonObject o;
    auto count = [&](const QString& table) { return Sql(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).scalar().toLongLong(); };
    const qint64 customers = count(QStringLiteral("customers"));
    const qint64 orders = count(QStringLiteral("orders"));
    const qint64 followUps = count(QStringLiteral("follow_ups"));
    o.insert(QStringLiteral("customers"), customers);
    o.insert(QStringLiteral("orders"), orders);
    o.insert(QStringLiteral("order_lines"), count(QStringLiteral("order_lines")));
    o.insert(QStringLiteral("payments"), count(QStringLiteral("payments")));
    o.insert(QStringLiteral("follow_ups"), followUps);
    // On a server: the size the server gives the database, and each table's with its indexes and
    // its TOAST (the bench's temporary tables are in a schema of their own, left out).
    if (db.isServer())
        o.insert(
            QStringLiteral("database_bytes"),
            Sql(db, QStringLiteral("SELECT pg_database_size(current_database())")).scalar().toLongLong());
    else
        o.insert(QStringLiteral("file_bytes"), QFile(path).size());
    QHash<QString, qint64> byTable;
    try {
        Sql q(db, db.isServer()
                      ? QStringLiteral("SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c "
                                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                       "WHERE c.relkind = 'r' AND n.nspname = current_schema()")
                      : QStringLiteral("SELECT coalesce(s.tbl_name, d.name), sum(d.pgsize) FROM dbstat d "
                                       "LEFT JOIN sqlite_schema s ON s.name = d.name GROUP BY 1"));
        q.exec();
        while (q.next())
            byTable.insert(q.value(0).toString(), q.value(1).toLongLong());
    } catch (const StoreError& e) {
        o.insert(QStringLiteral("note"), QStringLiteral("dbstat is not available: %1").arg(e.message()));
        return o;
    }
    auto groupOf = [](const QString& table) {
        if (table.startsWith(QLatin1String("search_")) || table == QLatin1String("customers") ||
            table == QLatin1String("contacts") || table == QLatin1String("customer_key"))
            return QStringLiteral("customer");
        if (table.startsWith(QLatin1String("order")) || table.startsWith(QLatin1String("payment")) ||
            table.startsWith(QLatin1String("summary_")) || table == QLatin1String("counters"))
            return QStringLiteral("order");
        if (table.startsWith(QLatin1String("follow_up")))
            return QStringLiteral("follow_up");
        return table;
    };
    auto entityGroup = [](const QString& entity) {
        if (entity == QLatin1String("customer") || entity == QLatin1String("contact"))
            return QStringLiteral("customer");
        if (entity == QLatin1String("order") || entity == QLatin1String("payment"))
            return QStringLiteral("order");
        if (entity == QLatin1String("follow_up"))
            return QStringLiteral("follow_up");
        return QStringLiteral("other");
    };
    QHash<QString, qint64> groups;
    QJsonObject tables;
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        tables.insert(it.key(), it.value());
        if (it.key() != QLatin1String("audit_log") && it.key() != QLatin1String("change_log"))
            groups[groupOf(it.key())] += it.value();
    }
    // The audit log stays for ever; the change feed is pruned by the desks after some days, so it
    // is shown on its own.
    QHash<QString, qint64> feed;
    for (const QString& log : {QStringLiteral("audit_log"), QStringLiteral("change_log")}) {
        Sql q(db, QStringLiteral("SELECT entity, count(*) FROM %1 GROUP BY entity").arg(log));
        q.exec();
        QHash<QString, qint64> rows;
        qint64 all = 0;
        while (q.next()) {
            rows[entityGroup(q.value(0).toString())] += q.value(1).toLongLong();
            all += q.value(1).toLongLong();
        }
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            const qint64 share = all > 0 ? byTable.value(log) * it.value() / all : 0;
            if (log == QLatin1String("audit_log"))
                groups[it.key()] += share;
            else
                feed[it.key()] += share;
        }
    }
    o.insert(QStringLiteral("tables_bytes"), tables);
    auto per = [](qint64 bytes, qint64 n) { return n > 0 ? double(bytes) / double(n) : 0.0; };
    o.insert(QStringLiteral("bytes_per_customer"), per(groups.value(QStringLiteral("customer")), customers));
    o.insert(QStringLiteral("bytes_per_order"), per(groups.value(QStringLiteral("order")), orders));
    o.insert(QStringLiteral("bytes_per_follow_up"), per(groups.value(QStringLiteral("follow_up")), followUps));
    o.insert(QStringLiteral("change_feed_bytes_per_customer"), per(feed.value(QStringLiteral("customer")), customers));
    o.insert(QStringLiteral("change_feed_bytes_per_order"), per(feed.value(QStringLiteral("order")), orders));
    o.insert(QStringLiteral("what_counts"),
             QStringLiteral("a customer: its row, contacts, search index and audit entries; an order: its row, lines, "
                            "staff, status history, payments, summaries and audit entries; every one with its indexes. "
                            "The change feed is pruned after some days and shown apart."));
    return o;
}

} // namespace

// The sizes of the generated shop: scale 1 is 100,000 customers with 500,000 orders over ten
// years, their payments and 100,000 follow-ups; scale 10 is the large shop of a million customers.
Benchmark::Sizes Benchmark::sizes(double scale)
{
    Sizes s;
    s.customers = std::max<qint64>(100, static_cast<qint64>(100000.0 * scale));
    s.orders = std::max<qint64>(500, static_cast<qint64>(500000.0 * scale));
    s.followUps = s.customers;
    return s;
}

QJsonObject Benchmark::generate(const QString& path, const Options& options, const std::function<void(const QString&)>& say)
{
    const Sizes size = sizes(options.scale);
    QJsonObject o;
    Database db(path);
    DemoData demo(options.seed);
    demo.setYears(10);
    QElapsedTimer t;
    auto step = [&](const QString& what, qint64 count, const QString& key, const std::function<qint64()>& run) {
        say(QStringLiteral("generating %1 %2…").arg(count).arg(what));
        t.start();
        const qint64 made = run();
        o.insert(key, made);
        o.insert(key + QStringLiteral("_seconds"), secondsSince(t));
    };
    QElapsedTimer all;
    all.start();
    step(QStringLiteral("customers"), size.customers, QStringLiteral("customers"),
         [&] { return demo.insertCustomers(db, size.customers); });
    step(QStringLiteral("orders"), size.orders, QStringLiteral("orders"), [&] { return demo.insertOrders(db, size.orders); });
    step(QStringLiteral("follow-ups"), size.followUps, QStringLiteral("follow_ups"),
         [&] { return demo.insertFollowUps(db, size.followUps); });
    step(QStringLiteral("payments for the"), size.orders, QStringLiteral("payments"), [&] { return demo.insertPayments(db); });
    o.insert(QStringLiteral("seconds"), secondsSince(all));
    o.insert(QStringLiteral("goal_seconds_at_scale_10"), 900);
    return o;
}

namespace {

// The customer list as the window uses it, on the whole customer table: open (count and first
// page), jump to the end, 1,000 positions anywhere as a dragged scroll bar asks for them (pages
// kept as the list model keeps them: 32 of 256 rows, least recently used dropped), every sort
// column and the follow-up filters. The baseline is one keyset page read on SQLite's API.
QJsonObject customerListScenarios(Database& db, const Benchmark::Options& options)
{
    QJsonObject result;
    CustomerRepository repository(db);
    const int samples = std::max(10, options.samples / 10);
    constexpr int kPage = 256;
    auto firstPage = [&](const CustomerListQuery& q) {
        const QString column = CustomerRepository::sortExpression(q.sort);
        const QString dir = q.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
        return QStringLiteral("SELECT id, name, contact_name, phone, region, grade, tags, updated_at, archived, "
                              "last_contact_at, next_follow_up, %1 FROM customers WHERE %2 ORDER BY %1 %3, id %3 LIMIT %4")
            .arg(column, CustomerRepository::listCondition(q, db.access()), dir)
            .arg(kPage);
    };
    const QString keysetPage = QStringLiteral("one keyset page of 256 rows on SQLite's API");
    // Opening as the window does it on its own thread: a count that stops early, then the first
    // page; a long list's whole count follows in another thread (timed apart).
    auto open = [&](const CustomerListQuery& q) {
        QJsonObject o = compare(
            samples,
            [&](int) {
                if (!repository.countsMoreThan(q, kCountInBackgroundAbove)) repository.count(q);
                repository.page(q, 0, kPage);
            },
            [&](int) { readAll(db, firstPage(q)); }, keysetPage);
        QElapsedTimer t;
        t.start();
        o.insert(QStringLiteral("rows"), repository.count(q));
        o.insert(QStringLiteral("whole_count_ms"), ms(t.nsecsElapsed()));
        return o;
    };
    auto end = [&](const CustomerListQuery& q) {
        const qint64 rows = repository.count(q);
        const qint64 last = std::max<qint64>(0, (rows - 1) / kPage * kPage);
        return compare(
            samples, [&](int) { repository.page(q, last, kPage, rows); }, [&](int) { readAll(db, firstPage(q)); },
            keysetPage);
    };
    const CustomerListQuery all;
    result.insert(QStringLiteral("list_open"), open(all));
    result.insert(QStringLiteral("list_jump_to_end"), end(all));
    {
        // Positions anywhere: a page next to a cached one is read after its last row, any other
        // after the nearest anchor before it, as the model does it once the list is counted (the
        // count and the anchors are read together in another thread: timed apart).
        const qint64 rows = repository.count(all);
        QElapsedTimer anchorTime;
        anchorTime.start();
        const ListAnchors anchors = repository.anchors(all, 1024);
        const double anchorMs = ms(anchorTime.nsecsElapsed());
        QHash<qint64, QList<CustomerRow>> pages;
        QList<qint64> recent;
        QRandomGenerator random(options.seed + 3);
        const qint64 before = residentKb();
        QList<qint64> times, base;
        QElapsedTimer t;
        for (int i = 0; i < 1000 && rows > 0; ++i) {
            const qint64 row = static_cast<qint64>(random.bounded(static_cast<quint64>(rows)));
            const qint64 page = row / kPage;
            t.start();
            if (!pages.contains(page)) {
                const auto previous = pages.constFind(page - 1);
                QList<CustomerRow> read = previous != pages.cend() && previous->size() == kPage
                                              ? repository.pageAfter(all, previous->constLast(), kPage)
                                              : repository.page(all, page * kPage, kPage, rows, &anchors);
                if (pages.size() >= 32)
                    pages.remove(recent.takeFirst());
                pages.insert(page, read);
            }
            recent.removeOne(page);
            recent.append(page);
            times.append(t.nsecsElapsed());
            t.start();
            readAll(db, firstPage(all));
            base.append(t.nsecsElapsed());
        }
        QJsonObject o = withBaseline(percentiles(times), percentiles(base), keysetPage);
        o.insert(QStringLiteral("memory_growth_kb"), residentKb() - before);
        o.insert(QStringLiteral("rows"), rows);
        o.insert(QStringLiteral("anchors_in_background_ms"), anchorMs);
        result.insert(QStringLiteral("list_1000_random_positions"), o);
    }
    QJsonObject sorts;
    const std::pair<const char*, CustomerSort> columns[] = {
        {"name", CustomerSort::Name},         {"contact", CustomerSort::Contact},
        {"phone", CustomerSort::Phone},       {"region", CustomerSort::Region},
        {"grade", CustomerSort::Grade},       {"tags", CustomerSort::Tags},
        {"updated", CustomerSort::Updated},   {"last_contact", CustomerSort::LastContact},
        {"next_follow_up", CustomerSort::NextFollowUp}};
    for (const auto& [name, sort] : columns) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            CustomerListQuery q;
            q.sort = sort;
            q.order = order;
            const QString key = QString::fromLatin1(name) +
                                (order == Qt::AscendingOrder ? QStringLiteral("_ascending") : QStringLiteral("_descending"));
            sorts.insert(key + QStringLiteral("_open"), open(q));
            sorts.insert(key + QStringLiteral("_end"), end(q));
        }
    }
    result.insert(QStringLiteral("sorted_by"), sorts);
    QJsonObject filters;
    for (const auto& [name, filter] : {std::pair{"follow_up_due", ContactFilter::FollowUpDue},
                                       std::pair{"not_contacted_30_days", ContactFilter::NotContactedFor},
                                       std::pair{"nothing_planned", ContactFilter::NothingPlanned}}) {
        CustomerListQuery q;
        q.contact = filter;
        q.sort = CustomerSort::NextFollowUp;
        filters.insert(QString::fromLatin1(name), open(q));
    }
    result.insert(QStringLiteral("filtered"), filters);
    return result;
}

// Opening a customer's card: the customer with contacts, the balance and the timeline, beside
// reading the same rows on SQLite's API.
QJsonObject customerCardScenario(Database& db, const Benchmark::Options& options)
{
    const qint64 customers = Sql(db, QStringLiteral("SELECT max(id) FROM customers")).scalar().toLongLong();
    QRandomGenerator random(options.seed + 4);
    QList<qint64> ids;
    for (int i = 0; i < options.samples + 1; ++i)
        ids.append(1 + random.bounded(static_cast<qint64>(std::max<qint64>(1, customers))));
    return compare(
        options.samples,
        [&](int i) {
            CustomerRepository(db).find(ids.at(i));
            PaymentRepository(db).balance(ids.at(i));
            FollowUpRepository(db).timeline(ids.at(i));
        },
        [&](int i) {
            const QList<QVariant> id{ids.at(i)};
            readAll(db, QStringLiteral("SELECT * FROM customers WHERE id = ?"), id);
            readAll(db, QStringLiteral("SELECT * FROM contacts WHERE customer_id = ?"), id);
            readAll(db, QStringLiteral("SELECT * FROM follow_ups WHERE customer_id = ? ORDER BY at DESC"), id);
            readAll(db, QStringLiteral("SELECT * FROM orders WHERE customer_id = ? ORDER BY order_date DESC"), id);
            readAll(db, QStringLiteral("SELECT * FROM payments WHERE customer_id = ?"), id);
        },
        QStringLiteral("the customer's, contacts', follow-ups', orders' and payments' rows on SQLite's API"));
}

// The order list as the window opens it (totals for the filter, then the first page), its end
// and the next pages, each beside one keyset page of the same order read on SQLite's API; then
// saving orders one transaction each and the last-price lookup (each beside a bare insert of
// the same order's rows, and a bare read of the same lines).
QJsonObject orderScenarios(Database& db, const Benchmark::Options& options)
{
    QJsonObject result;
    OrderRepository orders(db);
    const int samples = std::max(10, options.samples / 10);
    const qint64 customers = Sql(db, QStringLiteral("SELECT max(id) FROM customers")).scalar().toLongLong();
    const QString keysetPage = QStringLiteral("one keyset page of 256 rows on SQLite's API");
    const QString columns = QStringLiteral("id, number, customer_sort, title, total, deposit, paid, status, order_date, "
                                           "due_at, staff_names");
    auto scenario = [&](const OrderListQuery& query, const QString& where, const QString& orderBy) {
        const QString page = QStringLiteral("SELECT %1 FROM orders WHERE %2 ORDER BY %3 LIMIT 256")
                                 .arg(columns, where, orderBy);
        QJsonObject o = compare(
            samples,
            [&](int) {
                if (!orders.countsMoreThan(query.filter, kCountInBackgroundAbove))
                    orders.totals(query.filter);
                orders.page(query, 0, 256);
            },
            [&](int) { readAll(db, page); }, keysetPage);
        QElapsedTimer t;
        t.start();
        const qint64 rows = orders.totals(query.filter).count;
        o.insert(QStringLiteral("whole_count_and_totals_ms"), ms(t.nsecsElapsed()));
        o.insert(QStringLiteral("rows"), rows);
        const qint64 last = std::max<qint64>(0, (rows - 1) / 256 * 256);
        o.insert(QStringLiteral("jump_to_end"),
                 compare(
                     samples, [&](int) { orders.page(query, last, 256, rows); }, [&](int) { readAll(db, page); },
                     keysetPage));
        const QList<OrderRow> first = orders.page(query, 0, 256);
        if (!first.isEmpty()) {
            o.insert(QStringLiteral("next_page"), compare(
                                                      samples, [&](int) { orders.pageAfter(query, first.constLast(), 256); },
                                                      [&](int) { readAll(db, page); }, keysetPage));
        }
        return o;
    };
    OrderListQuery unfinished;
    unfinished.filter = OrderFilter::unfinished();
    OrderListQuery all;
    OrderListQuery byCustomer;
    byCustomer.sort = OrderSort::Customer;
    byCustomer.order = Qt::AscendingOrder;
    OrderListQuery byTotal;
    byTotal.sort = OrderSort::Total;
    OrderListQuery dueAttention;
    dueAttention.filter = OrderFilter::unfinished();
    dueAttention.filter.due = DueFilter::TodayOrOverdue;
    dueAttention.sort = OrderSort::Due;
    dueAttention.order = Qt::AscendingOrder;
    const QString tomorrow = utcText(QDate::currentDate().addDays(1).startOfDay()).toString();
    result.insert(QStringLiteral("list_open_unfinished"),
                  scenario(unfinished, QStringLiteral("status IN (0, 1, 2)"), QStringLiteral("order_date DESC, id DESC")));
    result.insert(QStringLiteral("list_open_all_by_date"),
                  scenario(all, QStringLiteral("1"), QStringLiteral("order_date DESC, id DESC")));
    result.insert(QStringLiteral("list_open_all_by_total"),
                  scenario(byTotal, QStringLiteral("1"), QStringLiteral("total DESC, id DESC")));
    result.insert(QStringLiteral("list_open_all_by_customer"),
                  scenario(byCustomer, QStringLiteral("1"), QStringLiteral("customer_sort ASC, id ASC")));
    result.insert(QStringLiteral("list_open_due_attention"),
                  scenario(dueAttention, QStringLiteral("status IN (0, 1, 2) AND due_at < '%1'").arg(tomorrow),
                           QStringLiteral("due_at ASC, id ASC")));

    {
        // The whole history by date at random scroll positions, after the anchors the list reads
        // with its totals in another thread (timed apart), beside one keyset page.
        const qint64 rows = orders.totals(all.filter).count;
        QElapsedTimer t;
        t.start();
        const ListAnchors anchors = orders.anchors(all, 1024);
        const double anchorMs = ms(t.nsecsElapsed());
        QRandomGenerator where(options.seed + 5);
        const QString page =
            QStringLiteral("SELECT %1 FROM orders ORDER BY order_date DESC, id DESC LIMIT 256").arg(columns);
        QJsonObject o = compare(
            std::max(20, options.samples / 5),
            [&](int) {
                const qint64 at =
                    static_cast<qint64>(where.bounded(static_cast<quint64>(std::max<qint64>(1, rows))));
                orders.page(all, at / 256 * 256, 256, rows, &anchors);
            },
            [&](int) { readAll(db, page); }, keysetPage);
        o.insert(QStringLiteral("rows"), rows);
        o.insert(QStringLiteral("anchors_in_background_ms"), anchorMs);
        result.insert(QStringLiteral("list_random_positions_all_by_date"), o);
    }

    // Saving: a realistic 4-line order for a random customer, one transaction each.
    QRandomGenerator random(options.seed + 2);
    auto fourLines = [&] {
        Order o;
        o.customerId = 1 + random.bounded(std::max<qint64>(1, customers));
        o.orderDate = QDateTime::currentDateTimeUtc();
        o.due = o.orderDate.addDays(3);
        o.title = QStringLiteral("门头招牌");
        for (int k = 0; k < 4; ++k) {
            OrderLine l;
            l.product = k % 2 ? QStringLiteral("名片") : QStringLiteral("户外喷绘布");
            l.unit = k % 2 ? QStringLiteral("盒") : QStringLiteral("m²");
            l.widthMm = k % 2 ? 0 : 3000;
            l.heightMm = k % 2 ? 0 : 1500;
            l.quantity = Quantity::fromUnits(1 + k);
            l.unitPrice = Money::fromFen(2500 + k * 100);
            o.lines.append(l);
        }
        return o;
    };
    const int saves = std::min(options.samples, 200);
    QList<Order> saved;
    result.insert(QStringLiteral("order_save_4_lines"),
                  compare(
                      saves,
                      [&](int) {
                          Order o = fourLines();
                          orders.create(o);
                          saved.append(o);
                      },
                      [&](int) {
                          // The same rows, bare: the order and its four lines in one transaction.
                          db.write([&] {
                              BulkInsert order(db, QStringLiteral("INSERT INTO bench_orders(customer_id, title, total) "
                                                                  "VALUES (?, ?, ?)"));
                              order.bind(qint64(1)).bind(QStringLiteral("门头招牌")).bind(qint64(100)).exec();
                              BulkInsert line(db, QStringLiteral("INSERT INTO bench_lines(order_id, product, amount) "
                                                                 "VALUES (?, ?, ?)"));
                              for (int k = 0; k < 4; ++k)
                                  line.bind(order.lastInsertId()).bind(QStringLiteral("名片")).bind(qint64(100)).exec();
                          });
                      },
                      QStringLiteral("the order's and its lines' rows inserted bare in one transaction")));
    {
        QList<qint64> update, bare;
        QElapsedTimer t;
        for (Order& o : saved) {
            o.title = QStringLiteral("门头招牌（改）");
            o.lines[1].quantity = Quantity::fromUnits(9);
            t.start();
            orders.update(o);
            update.append(t.nsecsElapsed());
            t.start();
            db.write([&] {
                BulkInsert order(db, QStringLiteral("UPDATE bench_orders SET title = ?, total = total + 1 WHERE id = ?"));
                order.bind(QStringLiteral("门头招牌（改）")).bind(qint64(1)).exec();
                BulkInsert line(db, QStringLiteral("UPDATE bench_lines SET amount = amount + 1 WHERE id = ?"));
                for (qint64 k = 1; k <= 4; ++k)
                    line.bind(k).exec();
            });
            bare.append(t.nsecsElapsed());
        }
        result.insert(QStringLiteral("order_update"),
                      withBaseline(percentiles(update), percentiles(bare),
                                   QStringLiteral("the order's and its lines' rows updated bare in one transaction")));
    }
    result.insert(QStringLiteral("last_prices"),
                  compare(
                      saves,
                      [&](int i) { orders.lastPrices(1 + (i * 7919) % std::max<qint64>(1, customers), QStringLiteral("户外喷绘布")); },
                      [&](int i) {
                          readAll(db,
                                  QStringLiteral("SELECT l.unit_price, o.order_date FROM order_lines l JOIN orders o ON "
                                                 "o.id = l.order_id WHERE o.customer_id = ? AND l.product_key = ? "
                                                 "ORDER BY o.order_date DESC LIMIT 3"),
                                  {1 + (i * 7919) % std::max<qint64>(1, customers), QStringLiteral("户外喷绘布")});
                      },
                      QStringLiteral("the customer's lines of the product, newest three, on SQLite's API")));
    return result;
}

// Documents: a 6-line delivery slip and a 200-line work order to PDF, as the print dialog writes
// them (the template applied, the letterhead loaded), beside the same number of text lines
// painted straight into a PDF.
QJsonObject documentScenarios(Database& db, const Benchmark::Options& options)
{
    QJsonObject result;
    OrderRepository orders(db);
    Order six;
    six.customerId = 1;
    six.orderDate = QDateTime::currentDateTimeUtc();
    Order big = six;
    for (int k = 0; k < 200; ++k) {
        OrderLine l;
        l.product = k % 2 ? QStringLiteral("名片") : QStringLiteral("户外喷绘布");
        l.description = QStringLiteral("门店开业物料 第%1项").arg(k + 1);
        l.unit = k % 2 ? QStringLiteral("盒") : QStringLiteral("m²");
        l.widthMm = k % 2 ? 0 : 3000;
        l.heightMm = k % 2 ? 0 : 1500;
        l.unitPrice = Money::fromFen(2500);
        big.lines.append(l);
        if (k < 6)
            six.lines.append(l);
    }
    orders.create(six);
    orders.create(big);
    const DeliverySlip slip = DeliveryRepository(db).create({six.meta.id});
    auto bare = [&](int lines, const QString& path) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&pdf);
        painter.setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 9));
        const int step = painter.fontMetrics().height();
        int y = step;
        for (int k = 0; k < lines; ++k) {
            if (y > pdf.height() - step) {
                pdf.newPage();
                y = step;
            }
            painter.drawText(0, y, QStringLiteral("%1  门店开业物料 第%1项  3000 × 1500 mm  ¥25.00").arg(k + 1));
            y += step;
        }
    };
    const QString slipPath = options.workDir + QStringLiteral("/slip.pdf");
    const QString workPath = options.workDir + QStringLiteral("/work.pdf");
    const QString barePath = options.workDir + QStringLiteral("/bare.pdf");
    const int samples = 5;
    QJsonObject slipJson = compare(
        samples,
        [&](int) {
            DocumentOutput::writePdf(OutgoingDocument::deliverySlip(db, slip.meta.id).document, ShopProfile::load(db),
                                     RenderOptions(), slipPath);
        },
        [&](int) { bare(6, barePath); }, QStringLiteral("6 lines of text painted straight into a PDF"));
    slipJson.insert(QStringLiteral("bytes"), QFile(slipPath).size());
    int pages = 0;
    QJsonObject workJson = compare(
        samples,
        [&](int) {
            pages = DocumentOutput::writePdf(OutgoingDocument::workOrder(db, big.meta.id).document, ShopProfile::load(db),
                                             RenderOptions(), workPath);
        },
        [&](int) { bare(200, barePath); }, QStringLiteral("200 lines of text painted straight into a PDF"));
    workJson.insert(QStringLiteral("bytes"), QFile(workPath).size());
    workJson.insert(QStringLiteral("pages"), pages);
    result.insert(QStringLiteral("pdf_delivery_slip_6_lines"), slipJson);
    result.insert(QStringLiteral("pdf_work_order_200_lines"), workJson);
    return result;
}

// The revenue review as the Reports page opens it (a month with its comparisons, 12-month trend
// and shares; a year), the receivables and the payments export, each beside reading what the
// summaries hold for the period on SQLite's API; and, to show what the summaries save, the
// month summed from the orders and payments themselves.
QJsonObject revenueScenarios(Database& db, const Benchmark::Options& options)
{
    QJsonObject result;
    const int samples = std::max(10, options.samples / 10);
    const QString month = Reports::monthKey(QDate::currentDate().addMonths(-1));
    const QString year = month.left(4);
    auto summaries = [&](const QString& first, const QString& last) {
        const QList<QVariant> range{first, last};
        readAll(db, QStringLiteral("SELECT * FROM summary_month WHERE month BETWEEN ? AND ?"), range);
        // A month's or a calendar year's customers have one row each.
        if (first == last)
            readAll(db,
                    QStringLiteral("SELECT customer_id, billed FROM summary_customer_month WHERE month = ? "
                                   "ORDER BY billed DESC LIMIT 10"),
                    {first});
        else
            readAll(db,
                    QStringLiteral("SELECT customer_id, billed FROM summary_customer_year WHERE year = ? "
                                   "ORDER BY billed DESC LIMIT 10"),
                    {first.left(4)});
        readAll(db, QStringLiteral("SELECT * FROM summary_category_month WHERE month BETWEEN ? AND ?"), range);
        readAll(db, QStringLiteral("SELECT * FROM summary_staff_month WHERE month BETWEEN ? AND ?"), range);
    };
    const QString summaryRows = QStringLiteral("the period's summary rows (shop, top customers, categories, staff) on "
                                               "SQLite's API");
    Review review;
    QJsonObject monthReview = compare(
        samples, [&](int) { review = Reports::review(db, month, month); }, [&](int) { summaries(month, month); },
        summaryRows);
    monthReview.insert(QStringLiteral("month"), month);
    monthReview.insert(QStringLiteral("orders_in_month"), review.figures.orders);
    monthReview.insert(QStringLiteral("goal_p95_ms"), 50);
    result.insert(QStringLiteral("review_month"), monthReview);
    QJsonObject yearReview = compare(
        samples,
        [&](int) { Reports::review(db, year + QStringLiteral("-01"), year + QStringLiteral("-12")); },
        [&](int) { summaries(year + QStringLiteral("-01"), year + QStringLiteral("-12")); }, summaryRows);
    yearReview.insert(QStringLiteral("goal_p95_ms"), 200);
    result.insert(QStringLiteral("review_year"), yearReview);
    {
        // What the summaries save: the month's totals summed from the orders and payments.
        const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        const QString start = utcText(first.startOfDay()).toString();
        const QString end = utcText(first.addMonths(1).startOfDay()).toString();
        QList<qint64> times;
        QElapsedTimer t;
        for (int i = 0; i < samples; ++i) {
            t.start();
            readAll(db, QStringLiteral("SELECT sum(total), count(*) FROM orders WHERE status <> 4 AND order_date >= ? AND "
                                       "order_date < ?"),
                    {start, end});
            readAll(db, QStringLiteral("SELECT sum(amount) FROM payments WHERE paid_at >= ? AND paid_at < ?"), {start, end});
            times.append(t.nsecsElapsed());
        }
        monthReview.insert(QStringLiteral("month_totals_summed_from_orders_instead_ms"),
                           percentiles(times).value(QStringLiteral("p50_ms")));
        result.insert(QStringLiteral("review_month"), monthReview);
    }
    qsizetype owing = 0;
    QJsonObject receivables = compare(
        samples, [&](int) { owing = PaymentRepository(db).receivables(QDate::currentDate()).size(); },
        [&](int) {
            readAll(db, QStringLiteral("SELECT customer_id, sum(total - paid), min(due_at) FROM orders "
                                       "WHERE status <> 4 AND paid < total GROUP BY customer_id"));
        },
        QStringLiteral("what each customer owes, summed from the unpaid orders on SQLite's API"));
    receivables.insert(QStringLiteral("customers_owing"), qint64(owing));
    result.insert(QStringLiteral("receivables"), receivables);

    // A spreadsheet holds 1,048,576 rows: the whole payments table goes to CSV, the last twelve
    // months to XLSX; what does not fit is said, not attempted.
    QTemporaryDir dir;
    QElapsedTimer t;
    PaymentRepository payments(db);
    const qint64 everything = payments.count({});
    t.start();
    const qint64 csvRows = Exports::payments(db, {}, dir.filePath(QStringLiteral("payments.csv")));
    result.insert(QStringLiteral("export_payments_csv"),
                  QJsonObject{{QStringLiteral("rows"), csvRows},
                              {QStringLiteral("seconds"), secondsSince(t)},
                              {QStringLiteral("bytes"), QFile(dir.filePath(QStringLiteral("payments.csv"))).size()}});
    PaymentFilter lastYear;
    lastYear.from = QDate::currentDate().addYears(-1);
    const qint64 yearRows = payments.count(lastYear);
    constexpr qint64 kSheetRows = 1048575; // one row is the titles
    if (yearRows >= kSheetRows) {
        result.insert(QStringLiteral("export_payments_xlsx_last_12_months"),
                      QJsonObject{{QStringLiteral("skipped"),
                                   QStringLiteral("%1 payments in the last twelve months do not fit in one sheet (%2 rows)")
                                       .arg(yearRows)
                                       .arg(kSheetRows)}});
    } else {
        t.start();
        const qint64 rows = Exports::payments(db, lastYear, dir.filePath(QStringLiteral("payments.xlsx")));
        result.insert(QStringLiteral("export_payments_xlsx_last_12_months"),
                      QJsonObject{{QStringLiteral("rows"), rows},
                                  {QStringLiteral("of_all_payments"), everything},
                                  {QStringLiteral("seconds"), secondsSince(t)},
                                  {QStringLiteral("bytes"), QFile(dir.filePath(QStringLiteral("payments.xlsx"))).size()}});
    }
    return result;
}

// Reminders over the whole database (what the panel computes every minute), and one customer's
// timeline with 5,000 events (3,000 follow-ups and 1,000 orders, each taken and moved on once),
// beside reading the same rows on SQLite's API.
QJsonObject followUpScenarios(Database& db, const Benchmark::Options& options)
{
    QJsonObject result;
    const int samples = std::max(10, options.samples / 10);
    ReminderList last;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString tomorrow = utcText(QDate::currentDate().addDays(1).startOfDay()).toString();
    QJsonObject reminders = compare(
        samples, [&](int) { last = ReminderRepository(db).due(); },
        [&](int) {
            readAll(db, QStringLiteral("SELECT id, customer_id, next_date, next_action FROM follow_ups "
                                       "WHERE next_done = 0 AND next_date <> '' AND next_date <= ?"),
                    {today});
            readAll(db, QStringLiteral("SELECT id, number, customer_id, due_at FROM orders WHERE status IN (0, 1, 2) "
                                       "AND due_at < ?"),
                    {tomorrow});
        },
        QStringLiteral("the open plans due and the unfinished orders due, on SQLite's API"));
    reminders.insert(QStringLiteral("follow_ups_due"), last.followUps.size());
    reminders.insert(QStringLiteral("orders_due"), last.orders.size());
    reminders.insert(QStringLiteral("birthdays"), last.birthdays.size());
    result.insert(QStringLiteral("reminders"), reminders);

    // One busy customer: written in the past, in big transactions, like the demo.
    Customer busy;
    busy.name = QStringLiteral("Benchmark busy customer");
    const qint64 id = CustomerRepository(db).create(busy);
    FollowUpRepository followUps(db);
    OrderRepository orders(db);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-700);
    db.write([&] {
        for (int i = 0; i < 3000; ++i) {
            FollowUp f;
            f.customerId = id;
            f.at = start.addSecs(qint64(i) * 20000);
            f.method = FollowUpRules::methods().at(i % 7);
            f.details = QStringLiteral("call %1").arg(i);
            followUps.create(f);
        }
        for (int i = 0; i < 1000; ++i) {
            Order o;
            o.customerId = id;
            o.orderDate = start.addSecs(qint64(i) * 60000);
            OrderLine line;
            line.product = QStringLiteral("banner");
            line.quantity = Quantity::fromUnits(1);
            line.unitPrice = Money::fromFen(10000);
            o.lines.append(line);
            orders.create(o);
            orders.setStatus(o.meta.id, -1, OrderStatus::InProduction);
        }
    });
    qsizetype events = 0;
    QJsonObject timeline = compare(
        samples, [&](int) { events = followUps.timeline(id).size(); },
        [&](int) {
            const QList<QVariant> customer{id};
            readAll(db, QStringLiteral("SELECT * FROM follow_ups WHERE customer_id = ? ORDER BY at DESC"), customer);
            readAll(db,
                    QStringLiteral("SELECT h.*, o.number FROM order_status_history h JOIN orders o ON o.id = h.order_id "
                                   "WHERE o.customer_id = ? ORDER BY h.at DESC"),
                    customer);
        },
        QStringLiteral("the customer's follow-ups and order history rows on SQLite's API"));
    timeline.insert(QStringLiteral("events"), events);
    result.insert(QStringLiteral("timeline_5000_events"), timeline);
    return result;
}

// The sales pipeline on 100,000 opportunities (fewer below scale 1), added to the shop when it has
// fewer: the board as the page opens it (counts and totals per stage, the first cards of each),
// the first page of the list, the forecast of the next twelve months and the funnel of the last.
// The pool's rules over every owned customer: what a desk does once a day and what the reminders
// read. Measured as a dry run (nothing moves, the shop stays as it was) with a print shop's rules,
// against the bare scan of the same rows and clocks on SQLite's API.
QJsonObject poolScenarios(Database& db, const Benchmark::Options& options)
{
    QJsonObject result;
    const PoolRules before = CustomerPool::rules(db);
    PoolRules rules;
    rules.defaults = {90, 180, 7, 30, 20, 500};
    rules.grades.insert(QStringLiteral("A"), PoolRule{180, 365, 14, 30, 0, 0});
    CustomerPool::setRules(db, rules);
    const int samples = std::max(3, options.samples / 50);
    PoolRun last;
    result.insert(
        QStringLiteral("run"),
        compare(
            // Half a year on, so that many customers are past their days and some are due soon.
            samples, [&](int) { last = CustomerPool::run(db, QDate::currentDate().addDays(180), false); },
            [&](int) {
                readAll(db,
                        QStringLiteral("SELECT c.id, c.name, c.owner, c.grade, c.owner_since, c.created_at, "
                                       "c.last_contact_at, (SELECT max(o.order_date) FROM orders o WHERE "
                                       "o.customer_id = c.id AND o.status <> 4) FROM customers c WHERE "
                                       "c.archived = 0 AND c.owner <> ''"));
            },
            QStringLiteral("the owned customers with their last follow-up and order on SQLite's API")));
    result.insert(QStringLiteral("owned_customers"), last.checked);
    result.insert(QStringLiteral("would_return"), last.returned.size());
    result.insert(QStringLiteral("returning_soon"), last.upcoming.size());
    CustomerPool::setRules(db, before);
    return result;
}

QJsonObject salesScenarios(Database& db, const Benchmark::Options& options)
{
    QJsonObject result;
    const qint64 target = qint64(std::min(1.0, options.scale) * 100000);
    const qint64 have = Sql(db, QStringLiteral("SELECT count(*) FROM opportunities")).scalar().toLongLong();
    if (have < target) {
        QElapsedTimer t;
        t.start();
        DemoData demo(options.seed);
        demo.insertOpportunities(db, target - have);
        result.insert(QStringLiteral("generated"), target - have);
        result.insert(QStringLiteral("generate_seconds"), secondsSince(t));
    }
    result.insert(QStringLiteral("opportunities"),
                  Sql(db, QStringLiteral("SELECT count(*) FROM opportunities")).scalar().toLongLong());
    const int samples = std::max(10, options.samples / 10);
    OpportunityRepository repo(db);
    OpportunityFilter boardFilter;
    boardFilter.closedSince = QDate::currentDate().addDays(-30);
    const QString since = utcText(boardFilter.closedSince.startOfDay()).toString();
    result.insert(
        QStringLiteral("board"),
        compare(
            samples, [&](int) { repo.board(boardFilter); },
            [&](int) {
                readAll(db,
                        QStringLiteral("SELECT stage_id, count(*), sum(amount) FROM opportunities WHERE "
                                       "closed_at IS NULL OR closed_at >= ? GROUP BY stage_id"),
                        {since});
                for (const OpportunityStage& s : repo.stages())
                    readAll(db,
                            QStringLiteral("SELECT * FROM opportunities WHERE stage_id = ? AND "
                                           "(closed_at IS NULL OR closed_at >= ?) ORDER BY expected_close, "
                                           "id LIMIT 100"),
                            {s.id, since});
            },
            QStringLiteral("the stages' counts and sums and 100 rows of each, on SQLite's API")));
    result.insert(
        QStringLiteral("list_first_page"),
        compare(
            samples, [&](int) { repo.page(OpportunityFilter(), 0, 100); },
            [&](int) {
                readAll(db,
                        QStringLiteral("SELECT * FROM opportunities ORDER BY expected_close, id LIMIT 100"));
            },
            QStringLiteral("100 rows in close order on SQLite's API")));
    const QDate month(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    result.insert(
        QStringLiteral("forecast_12_months"),
        compare(
            samples, [&](int) { SalesReports::forecast(db, month, month.addMonths(12).addDays(-1)); },
            [&](int) {
                readAll(db,
                        QStringLiteral("SELECT substr(expected_close, 1, 7), owner, count(*), sum(amount) "
                                       "FROM opportunities WHERE closed_at IS NULL AND expected_close "
                                       "BETWEEN ? AND ? GROUP BY 1, 2"),
                        {month.toString(Qt::ISODate), month.addMonths(12).toString(Qt::ISODate)});
            },
            QStringLiteral("the open ones grouped by month and owner on SQLite's API")));
    const QDate yearAgo = QDate::currentDate().addYears(-1);
    const QString from = utcText(yearAgo.startOfDay()).toString();
    result.insert(
        QStringLiteral("funnel_12_months"),
        compare(
            std::max(3, samples / 5), [&](int) { SalesReports::funnel(db, yearAgo, QDate::currentDate()); },
            [&](int) {
                readAll(db,
                        QStringLiteral("SELECT o.id, m.to_stage, m.at FROM opportunities o JOIN "
                                       "opportunity_moves m ON m.opportunity_id = o.id WHERE o.created_at "
                                       ">= ? ORDER BY o.id, m.at"),
                        {from});
            },
            QStringLiteral("the period's moves in order on SQLite's API")));
    // What the analysis view reads when it opens: two months back to three ahead.
    const QDate first = month.addMonths(-2);
    const QDate last = month.addMonths(4).addDays(-1);
    const QString firstAt = utcText(first.startOfDay()).toString();
    const QString lastAt = utcText(last.addDays(1).startOfDay()).toString();
    result.insert(
        QStringLiteral("analysis_6_months"),
        compare(
            std::max(3, samples / 5), [&](int) { SalesReports::analysis(db, first, last); },
            [&](int) {
                readAll(db,
                        QStringLiteral("SELECT substr(expected_close, 1, 7), owner, count(*), sum(amount) "
                                       "FROM opportunities WHERE closed_at IS NULL AND expected_close "
                                       "BETWEEN ? AND ? GROUP BY 1, 2"),
                        {first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
                readAll(db,
                        QStringLiteral("SELECT o.id, m.to_stage, m.at FROM opportunities o JOIN "
                                       "opportunity_moves m ON m.opportunity_id = o.id WHERE o.created_at "
                                       ">= ? AND o.created_at < ? ORDER BY o.id, m.at"),
                        {firstAt, lastAt});
                readAll(db,
                        QStringLiteral("SELECT source, lost_reason, count(*), sum(amount) FROM opportunities "
                                       "WHERE closed_at >= ? AND closed_at < ? GROUP BY 1, 2"),
                        {firstAt, lastAt});
            },
            QStringLiteral("the months' open ones by month and owner, the period's moves in order, and "
                           "those closed by source and reason, on SQLite's API")));
    return result;
}

// Start-up to the first painted main window, the program run as staff start it, on the large
// database and on an empty one (the baseline), five times each.
QJsonObject startupScenario(const QString& database, const Benchmark::Options& options)
{
    if (options.guiProgram.isEmpty() || !QFileInfo::exists(options.guiProgram))
        return {{QStringLiteral("skipped"), QStringLiteral("the desktop program was not found beside shopcrm-cli")}};
    const QString empty = options.workDir + QStringLiteral("/startup-empty.db");
    {
        QFile::remove(empty);
        Database db(empty);
        ShopSettings(db).setValue(QStringLiteral("auth.mode"), QStringLiteral("single"));
    }
    auto run = [&](const QString& path, QString* problem) -> qint64 {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), options.workDir + QStringLiteral("/config"));
        process.setProcessEnvironment(env);
        process.start(options.guiProgram, {QStringLiteral("--db"), path, QStringLiteral("--startup-report")});
        if (!process.waitForFinished(120000)) {
            process.kill();
            *problem = QStringLiteral("the program did not finish within two minutes");
            return -1;
        }
        const QRegularExpression line(QStringLiteral("first paint after (\\d+) ms"));
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(process.readAllStandardOutput()));
        if (!m.hasMatch()) {
            *problem = QString::fromUtf8(process.readAllStandardError()).left(300);
            return -1;
        }
        return m.captured(1).toLongLong() * 1000000;
    };
    QList<qint64> large, bare;
    QString problem;
    for (int i = 0; i < 6; ++i) {
        const qint64 a = run(database, &problem);
        const qint64 b = run(empty, &problem);
        if (a < 0 || b < 0)
            return {{QStringLiteral("failed"), problem}};
        if (i > 0) { // the first of each warms the disk cache
            large.append(a);
            bare.append(b);
        }
    }
    QJsonObject o = withBaseline(percentiles(large), percentiles(bare),
                                 ServerAddress::isServerUrl(database)
                                     ? QStringLiteral("the same start-up on an empty file")
                                     : QStringLiteral("the same start-up on an empty database"));
    o.insert(QStringLiteral("goal_ratio"), 1.3);
    return o;
}
// What shared mode costs a save on this disk: the same customer edits in a single-desk (WAL) file
// and in a shared one (rollback journal, synchronous=FULL, the lock folder), and how soon the
// change feed of a second connection sees each edit.
QJsonObject sharedModeScenarios(const Benchmark::Options& options)
{
    QJsonObject result;
    const int edits = std::max(20, static_cast<int>(200 * std::min(options.scale, 1.0)));
    std::pair<QList<qint64>, QList<qint64>> sharedTimes, singleTimes; // saves, seen
    for (const bool shared : {false, true}) {
        const QString path = options.workDir + (shared ? QStringLiteral("/shared.db") : QStringLiteral("/single.db"));
        Database db(path);
        if (shared)
            db.setMode(StorageMode::Shared);
        CustomerRepository customers(db);
        Customer c;
        c.name = QStringLiteral("华彩广告");
        customers.create(c);
        auto watcher = db.openSibling();
        ChangeFeed feed(*watcher);
        QList<qint64> saves, seen;
        QElapsedTimer timer;
        for (int i = 0; i < edits; ++i) {
            c.notes = QString::number(i);
            timer.start();
            customers.update(c);
            saves.append(timer.nsecsElapsed());
            timer.start();
            while (feed.poll().isEmpty() && timer.elapsed() < 5000) {
            }
            seen.append(timer.nsecsElapsed());
        }
        (shared ? sharedTimes : singleTimes) = {saves, seen};
    }
    const QString single = QStringLiteral("the same in a single-desk file");
    result.insert(QStringLiteral("customer_update_shared"),
                  withBaseline(percentiles(sharedTimes.first), percentiles(singleTimes.first), single));
    result.insert(QStringLiteral("feed_sees_it_after_commit_shared"),
                  withBaseline(percentiles(sharedTimes.second), percentiles(singleTimes.second), single));
    return result;
}

// The audit chain at 1,000,000 entries (at scale 1 and above): appending one inside a write, and verifying
// the whole chain, beside a same-run baseline that only reads the same rows.
QJsonObject auditScenarios(const Benchmark::Options& options)
{
    QJsonObject result;
    const qint64 entries = std::clamp<qint64>(static_cast<qint64>(1000000.0 * options.scale), 10000, 1000000);
    const QString path = options.workDir + QStringLiteral("/audit.db");
    Database db(path);
    const QString before = QStringLiteral("{\"status\":\"in_production\",\"note\":\"客户要求加急\"}");
    const QString after = QStringLiteral("{\"status\":\"ready\",\"note\":\"已通知客户取货\"}");
    QElapsedTimer timer;
    timer.start();
    for (qint64 done = 0; done < entries;) {
        db.write([&] {
            for (int i = 0; i < 50000 && done < entries; ++i, ++done)
                AuditLog::append(db, QStringLiteral("order"), 1 + done % 50000, QStringLiteral("status"), before, after);
        });
    }
    result.insert(QStringLiteral("entries"), entries);
    result.insert(QStringLiteral("append_us_per_entry"), static_cast<double>(timer.nsecsElapsed()) / 1e3 / double(entries));
    timer.start();
    const AuditVerification v = AuditLog::verify(db);
    result.insert(QStringLiteral("verify_seconds"), static_cast<double>(timer.nsecsElapsed()) / 1e9);
    result.insert(QStringLiteral("verify_ok"), v.ok);
    timer.start();
    Sql read(db, QStringLiteral("SELECT id, at, who, desk, entity, entity_id, op, before, after, hash FROM audit_log ORDER BY id"));
    read.exec();
    qint64 rows = 0;
    while (read.next())
        rows += read.value(9).toByteArray().size() > 0 ? 1 : 0;
    result.insert(QStringLiteral("baseline_read_rows_seconds"), static_cast<double>(timer.nsecsElapsed()) / 1e9);
    result.insert(QStringLiteral("database_bytes"), QFile(path).size());
    return result;
}

// 100,000 customers (at scale 1 and above) imported from a CSV file the way the CLI does it (read, map,
// check, match, write in one transaction), beside a same-run baseline: the same rows inserted
// with one prepared statement into a plain table, in one transaction.
// One import of `file` into a new database: read, check and match, write.
QJsonObject timeImport(const QString& file, const QString& dbPath)
{
    QFile::remove(dbPath);
    Database db(dbPath);
    QElapsedTimer t;
    t.start();
    const ImportTable table = ImportTable::fromFile(file);
    const double read = secondsSince(t);
    const ImportPlan plan = CustomerImport::plan(db, table, CustomerImport::mappingFor(table), OnDuplicate::Skip,
                                                 DuplicateKey::PhoneOrName);
    const double planned = secondsSince(t);
    CustomerImport::run(db, table, plan);
    const double total = secondsSince(t);
    return {{QStringLiteral("created"), plan.creates},
            {QStringLiteral("read_seconds"), read},
            {QStringLiteral("check_and_match_seconds"), planned - read},
            {QStringLiteral("write_seconds"), total - planned},
            {QStringLiteral("total_seconds"), total}};
}

QJsonObject importScenarios(const Benchmark::Options& options)
{
    QJsonObject result;
    const int rows = std::clamp(static_cast<int>(100000.0 * options.scale), 1000, 100000);
    auto rowOf = [](int i) {
        return QVariantList{QStringLiteral("导入测试%1广告有限公司").arg(i), QStringLiteral("联系人%1").arg(i),
                            QStringLiteral("1%1").arg(3800000000LL + i), QStringLiteral("深圳市南山区科技园路%1号").arg(i),
                            QStringLiteral("老客户, 月结")};
    };
    const QString csvPath = options.workDir + QStringLiteral("/import.csv");
    {
        QString text = QStringLiteral("客户名称,联系人,手机,地址,备注\r\n");
        for (int i = 0; i < rows; ++i) {
            QStringList fields;
            for (const QVariant& v : rowOf(i))
                fields.append(TableExport::csvField(v.toString()));
            text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
        QFile f(csvPath);
        if (f.open(QIODevice::WriteOnly))
            f.write(CsvReader::encode(text, TextEncoding::Gb18030));
    }
    const QString xlsxPath = options.workDir + QStringLiteral("/import.xlsx");
    {
        QList<ExportColumn> columns;
        for (const char* title : {"客户名称", "联系人", "手机", "地址", "备注"})
            columns.append({QString::fromUtf8(title), ExportColumn::Type::Text, 20});
        int i = 0;
        TableExport::write(xlsxPath, QStringLiteral("客户"), columns, [&](QVariantList& row) {
            if (i >= rows)
                return false;
            row = rowOf(i++);
            return true;
        });
    }
    result.insert(QStringLiteral("rows"), rows);
    result.insert(QStringLiteral("csv_gb18030"), timeImport(csvPath, options.workDir + QStringLiteral("/import-csv.db")));
    result.insert(QStringLiteral("xlsx"), timeImport(xlsxPath, options.workDir + QStringLiteral("/import-xlsx.db")));

    // The same-run baselines: the same rows through one prepared INSERT, into a bare table, and into
    // the customers table with the indexes its lists need (but no contacts, search keys or audit).
    const QString path = options.workDir + QStringLiteral("/import-baseline.db");
    QFile::remove(path);
    Database db(path);
    const ImportTable table = ImportTable::fromFile(csvPath);
    db.exec(QStringLiteral("CREATE TABLE bare_import (name TEXT, contact TEXT, mobile TEXT, address TEXT, notes TEXT)"));
    QElapsedTimer t;
    t.start();
    db.write([&] {
        Sql insert(db, QStringLiteral("INSERT INTO bare_import VALUES (?, ?, ?, ?, ?)"));
        for (const QVariantList& row : table.rows)
            insert.bind(row.value(0)).bind(row.value(1)).bind(row.value(2)).bind(row.value(3)).bind(row.value(4)).exec();
    });
    const double bare = secondsSince(t);
    t.start();
    db.write([&] {
        Sql insert(db, QStringLiteral("INSERT INTO customers(version, created_at, updated_at, created_by, updated_by, name, "
                                      "name_sort, name_key, contact_name, phone, phones, address, notes) "
                                      "VALUES (1, ?, ?, '', '', ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QString now = Database::nowUtc();
        for (const QVariantList& row : table.rows)
            insert.bind(now).bind(now).bind(row.value(0)).bind(row.value(0)).bind(row.value(0)).bind(row.value(1))
                .bind(row.value(2)).bind(row.value(2)).bind(row.value(3)).bind(row.value(4)).exec();
    });
    const double customersTable = secondsSince(t);
    result.insert(QStringLiteral("baseline_bare_insert_seconds"), bare);
    result.insert(QStringLiteral("baseline_customers_table_insert_seconds"), customersTable);
    const double csv = result.value(QStringLiteral("csv_gb18030")).toObject().value(QStringLiteral("total_seconds")).toDouble();
    result.insert(QStringLiteral("csv_import_over_bare_insert"), bare > 0 ? csv / bare : 0.0);
    result.insert(QStringLiteral("csv_import_over_customers_table_insert"), customersTable > 0 ? csv / customersTable : 0.0);
    return result;
}

// An export of 1,000,000 orders (× scale, at most a million) to CSV, the list's way: keyset pages through the
// repository. The orders are written by one SQL statement; the export reads them as any others.
QJsonObject exportScenarios(const Benchmark::Options& options)
{
    const qint64 orders = std::clamp<qint64>(static_cast<qint64>(1000000.0 * options.scale), 10000, 1000000);
    const QString path = options.workDir + QStringLiteral("/export.db");
    QFile::remove(path);
    Database db(path);
    DemoData(options.seed).insertCustomers(db, 2000);
    QElapsedTimer t;
    t.start();
    db.write([&] {
        db.exec(QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                    "INSERT INTO orders(created_at, updated_at, number, customer_id, order_date, status, status_at, title, "
                    "total, deposit, paid, staff_names, customer_sort) "
                    "SELECT '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', printf('BENCH-%07d', i), c.id, "
                    "strftime('%Y-%m-%dT%H:%M:%fZ', '2016-01-01', '+' || (i * 300) || ' seconds'), i % 5, "
                    "'2026-01-01T00:00:00.000Z', '门头灯箱 ' || i, 10000 + (i * 7919) % 500000, 0, (i * 31) % 10000, '', "
                    "c.name_sort FROM n JOIN customers c ON c.id = 1 + i % 2000")
                    .arg(orders));
    });
    const double generated = secondsSince(t);
    const QString csv = options.workDir + QStringLiteral("/orders.csv");
    OrderListQuery query;
    query.sort = OrderSort::OrderDate;
    t.start();
    const qint64 rows = Exports::orders(db, query, csv);
    const double exported = secondsSince(t);
    return {{QStringLiteral("orders"), orders},
            {QStringLiteral("generate_seconds"), generated},
            {QStringLiteral("rows_written"), rows},
            {QStringLiteral("csv_seconds"), exported},
            {QStringLiteral("csv_bytes"), QFile(csv).size()}};
}


// Signing in (argon2id), and a backup of the shop and its restore; a database over 2 GB is not
// copied twice more here (the disk's time, not ours, would be measured), which is said.
QJsonObject backupScenarios(const QString& path, const Benchmark::Options& options)
{
    QJsonObject o;
    QElapsedTimer t;
    const QString password = QStringLiteral("店里的口令-2026");
    t.start();
    const QString hash = UserRepository::hashPassword(password);
    o.insert(QStringLiteral("argon2id_hash_ms"), static_cast<double>(t.nsecsElapsed()) / 1e6);
    t.start();
    const bool verified = UserRepository::verifyPassword(hash, password);
    o.insert(QStringLiteral("argon2id_verify_ms"), static_cast<double>(t.nsecsElapsed()) / 1e6);
    o.insert(QStringLiteral("verified"), verified);
    Database db(path);
    if (db.isServer()) {
        // A server's backup is a pg_dump archive, restored over the shop it was taken of: the same
        // rows come back, after the safety backup of what was there (part of the time, as for staff).
        const QString target = options.workDir + QStringLiteral("/bench-backup.dump");
        t.start();
        const BackupInfo made = Backups::create(db, target);
        o.insert(QStringLiteral("backup_seconds"), secondsSince(t));
        o.insert(QStringLiteral("backup_bytes"), made.bytes);
        t.start();
        Backups::restore(db, target, {}, options.workDir + QStringLiteral("/safety"));
        o.insert(QStringLiteral("restore_seconds"), secondsSince(t));
        o.insert(QStringLiteral("restored_customers"), CustomerRepository(db).count(false));
        QFile::remove(target);
        return o;
    }
    const qint64 bytes = QFileInfo(path).size();
    if (bytes > 2LL * 1024 * 1024 * 1024) {
        o.insert(QStringLiteral("backup"), QStringLiteral("skipped: the database is %1 GB").arg(double(bytes) / 1073741824.0, 0, 'f', 1));
        return o;
    }
    const QString target = options.workDir + QStringLiteral("/bench-backup.db");
    QFile::remove(target);
    t.start();
    const BackupInfo made = Backups::create(db, target);
    o.insert(QStringLiteral("backup_seconds"), secondsSince(t));
    o.insert(QStringLiteral("backup_bytes"), made.bytes);
    const QString restoredPath = options.workDir + QStringLiteral("/bench-restored.db");
    QFile::remove(restoredPath);
    {
        Database restored(restoredPath);
        t.start();
        Backups::restore(restored, target, {}, options.workDir + QStringLiteral("/safety"));
        o.insert(QStringLiteral("restore_seconds"), secondsSince(t));
        o.insert(QStringLiteral("restored_customers"), CustomerRepository(restored).count(false));
    }
    QFile::remove(target);
    QFile::remove(restoredPath);
    return o;
}

// The shop's database for its scenarios; the bare tables the save baselines write to live in the
// connection's temporary store, never in the file.
std::unique_ptr<Database> openShop(const QString& path)
{
    auto db = std::make_unique<Database>(path);
    db->exec(QStringLiteral("CREATE TEMP TABLE bench_orders(id INTEGER PRIMARY KEY, customer_id INTEGER, "
                            "title TEXT, total INTEGER)"));
    db->exec(QStringLiteral("CREATE TEMP TABLE bench_lines(id INTEGER PRIMARY KEY, order_id INTEGER, product "
                            "TEXT, amount INTEGER)"));
    return db;
}

// Does path hold a shop to measure: a file that is there, or a server database with ShopCRM's
// tables (looked at without opening it, which would make them in an empty one).
bool hasShop(const QString& path)
{
    if (path.isEmpty()) return false;
    if (!ServerAddress::isServerUrl(path)) return QFileInfo::exists(path);
    const ServerProbe probe = ServerProbe::look(path);
    if (!probe.reached) throw StoreError(StoreError::Kind::Open, probe.problem);
    return probe.schema != 0;
}

// A shop for an empty server database: generated in a file as for a file's bench (the same data
// at the same scale and seed), then copied to the server the way `migrate-to` does, timed.
QJsonObject generateOnServer(const QString& address, const Benchmark::Options& options,
                             const std::function<void(const QString&)>& say)
{
    const QString file = options.workDir + QStringLiteral("/bench-for-server.db");
    QFile::remove(file);
    QJsonObject o = Benchmark::generate(file, options, say);
    say(QStringLiteral("copying the shop to %1…").arg(address));
    {
        Database source(file);
        const CopyReport report = DatabaseCopy::copy(source, address);
        o.insert(QStringLiteral("copied_rows"), report.rows);
        o.insert(QStringLiteral("file_to_server_seconds"), static_cast<double>(report.elapsedMs) / 1e3);
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
    return o;
}

// The shop on a server copied into a new file, as `migrate-to FILE` does it (read, write, checked).
QJsonObject copyToFile(const QString& address, const Benchmark::Options& options)
{
    const QString file = options.workDir + QStringLiteral("/bench-from-server.db");
    QFile::remove(file);
    Database source(address);
    const CopyReport report = DatabaseCopy::copy(source, file);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
    return {{QStringLiteral("copied_rows"), report.rows},
            {QStringLiteral("tables"), report.tables.size()},
            {QStringLiteral("server_to_file_seconds"), static_cast<double>(report.elapsedMs) / 1e3}};
}

// On a server the baselines run the same statements through QtSql (RawRead's way there), so their
// descriptions, written for a file, say so.
QJsonObject baselinesOnServer(const QJsonObject& scenario)
{
    QJsonObject o = scenario;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject())
            it.value() = baselinesOnServer(it.value().toObject());
        else if (it.key() == QLatin1String("is"))
            it.value() = it.value().toString().replace(QStringLiteral("on SQLite's API"),
                                                       QStringLiteral("through QtSql"));
    }
    return o;
}

} // namespace

// Search as staff type it, queries drawn from the data itself (so each has an answer), every kind
// beside a bare query on the same index in the same run: the same full-text queries read on
// SQLite's C API until 50 candidates, none confirmed. Warm: every query runs once before it is timed.
QJsonObject searchScenarios(Database& db, const Benchmark::Options& options)
{
    const qint64 customers = Sql(db, QStringLiteral("SELECT max(id) FROM customers")).scalar().toLongLong();
    QJsonObject search;
    if (customers <= 0)
        return search;
    CustomerRepository repository(db);
    CustomerSearchIndex index(db);
    QRandomGenerator random(options.seed + 1);
    const int samples = std::min(options.samples, 400);
    QMap<QString, QStringList> kinds;
    auto want = [&](const QString& kind, const QString& query) {
        QStringList& list = kinds[kind];
        if (!query.trimmed().isEmpty() && list.size() < samples)
            list.append(query);
    };
    // The main-reading spellings, as staff would type them.
    auto initialsOf = [](const QString& text) { return Pinyin::keys(text).initials.value(0); };
    auto fullOf = [](const QString& text) { return Pinyin::keys(text).full.value(0); };
    for (int tries = 0; tries < samples * 20 && (kinds.size() < 10 || kinds.first().size() < samples); ++tries) {
        const std::optional<Customer> c = repository.find(1 + random.bounded(static_cast<int>(customers)));
        if (!c)
            continue;
        want(QStringLiteral("chinese_1_char"), hanRun(c->name, 1, random));
        want(QStringLiteral("chinese_2_chars"), hanRun(c->name, 2, random));
        want(QStringLiteral("chinese_3_chars"), hanRun(c->name, 3, random));
        want(QStringLiteral("whole_name"), c->name);
        want(QStringLiteral("initials"), initialsOf(hanRun(c->name, 3 + random.bounded(2), random)));
        const QString contact = c->contacts.value(0).name;
        want(QStringLiteral("full_pinyin_person"), fullOf(contact));
        want(QStringLiteral("full_pinyin_in_name"), fullOf(hanRun(c->name.mid(2), 2, random)));
        const QString digits = PhoneNumber::parse(c->contacts.value(0).mobile).digits;
        if (digits.size() >= 8)
            want(QStringLiteral("phone_digits"), digits.mid(random.bounded(3), 4 + random.bounded(4)));
        const QString four = hanRun(c->name, 4, random);
        if (!four.isEmpty())
            want(QStringLiteral("mixed_initials_and_chinese"), initialsOf(four.left(2)) + four.mid(2));
        const QString a = hanRun(c->name, 2, random), b = hanRun(c->contacts.value(0).name, 2, random);
        if (!a.isEmpty() && !b.isEmpty())
            want(QStringLiteral("two_terms"), a + QLatin1Char(' ') + b);
    }
    QElapsedTimer timer;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
        const QStringList& queries = it.value();
        QList<qint64> ours, base;
        qint64 found = 0;
        QString slowest; // the query to look at first
        qint64 slowestTime = -1;
        for (int pass = 0; pass < 2; ++pass) {
            for (qsizetype i = 0; i < queries.size(); ++i) {
                timer.start();
                const QList<CustomerSearchIndex::Hit> hits = index.search(queries.at(i), 50);
                const qint64 t = timer.nsecsElapsed();
                timer.start();
                const QList<qint64> candidates = index.bareCandidates(queries.at(i), 50);
                const qint64 b = timer.nsecsElapsed();
                if (pass == 1) {
                    ours.append(t);
                    base.append(b);
                    found += hits.isEmpty() ? 0 : 1;
                    if (t > slowestTime) {
                        slowestTime = t;
                        slowest = queries.at(i);
                    }
                }
            }
        }
        QJsonObject o = percentiles(ours);
        const QJsonObject baseline = percentiles(base);
        o.insert(QStringLiteral("baseline"), baseline);
        o.insert(QStringLiteral("ratio_p95"), baseline.value(QStringLiteral("p95_ms")).toDouble() > 0
                                                  ? o.value(QStringLiteral("p95_ms")).toDouble() /
                                                        baseline.value(QStringLiteral("p95_ms")).toDouble()
                                                  : 0.0);
        o.insert(QStringLiteral("answered"), found);
        o.insert(QStringLiteral("example"), queries.value(0));
        o.insert(QStringLiteral("slowest"), slowest);
        search.insert(it.key(), o);
    }
    return search;
}


// The search scenarios on the given database, or on customers generated at the scale.
QJsonObject searchOn(const Benchmark::Options& options, const std::function<void(const QString&)>& say)
{
    QString path = options.database;
    if (path.isEmpty()) {
        path = options.workDir + QStringLiteral("/bench-search.db");
        QFile::remove(path);
        Database db(path);
        const qint64 customers = Benchmark::sizes(options.scale).customers;
        say(QStringLiteral("generating %1 demo customers…").arg(customers));
        DemoData(options.seed).insertCustomers(db, customers);
    }
    Database db(path);
    return searchScenarios(db, options);
}

QStringList Benchmark::standaloneScenarios()
{
    return {QStringLiteral("import_customers"),
            QStringLiteral("export_orders"),
            QStringLiteral("search"),
            QStringLiteral("customers"),
            QStringLiteral("customer_card"),
            QStringLiteral("orders"),
            QStringLiteral("follow_ups"),
            QStringLiteral("revenue"),
            QStringLiteral("startup"),
            QStringLiteral("sales"),
            QStringLiteral("pool")};
}

QJsonObject Benchmark::run(const Options& options, const std::function<void(const QString&)>& log)
{
    auto say = [&](const QString& s) {
        if (log)
            log(s);
    };
    QJsonObject result{{QStringLiteral("scale"), options.scale}};
    if (!options.only.isEmpty()) {
        for (const QString& name : options.only) {
            say(QStringLiteral("measuring %1…").arg(name));
            if (name == QLatin1String("import_customers"))
                result.insert(name, importScenarios(options));
            else if (name == QLatin1String("export_orders"))
                result.insert(name, exportScenarios(options));
            else if (name == QLatin1String("search"))
                result.insert(name, searchOn(options, say));
            else if (!hasShop(options.database))
                result.insert(
                    name, QJsonObject{{QStringLiteral("skipped"), QStringLiteral("needs --db with a shop")}});
            else if (name == QLatin1String("startup"))
                result.insert(name, startupScenario(options.database, options));
            else {
                // One group of the shop's scenarios on the given database, as the whole run measures it.
                const std::unique_ptr<Database> shop = openShop(options.database);
                Database& db = *shop;
                if (name == QLatin1String("customers"))
                    result.insert(name, customerListScenarios(db, options));
                else if (name == QLatin1String("customer_card"))
                    result.insert(name, customerCardScenario(db, options));
                else if (name == QLatin1String("orders"))
                    result.insert(name, orderScenarios(db, options));
                else if (name == QLatin1String("follow_ups"))
                    result.insert(name, followUpScenarios(db, options));
                else if (name == QLatin1String("revenue"))
                    result.insert(name, revenueScenarios(db, options));
                else if (name == QLatin1String("sales"))
                    result.insert(name, salesScenarios(db, options));
                else if (name == QLatin1String("pool"))
                    result.insert(name, poolScenarios(db, options));
            }
        }
        return ServerAddress::isServerUrl(options.database) ? baselinesOnServer(result) : result;
    }
    // The shop: the given database as it is, or one generated at the scale (kept where --db says).
    QString path = options.database;
    const bool temporary = path.isEmpty();
    if (temporary)
        path = options.workDir + QStringLiteral("/bench.db");
    const bool server = ServerAddress::isServerUrl(path);
    result.insert(QStringLiteral("engine"), server ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    if (!hasShop(path)) {
        result.insert(QStringLiteral("generated"),
                      server ? generateOnServer(path, options, say) : generate(path, options, say));
    } else {
        say(QStringLiteral("measuring %1 as it is…").arg(path));
        result.insert(QStringLiteral("generated"), QJsonObject{{QStringLiteral("reused"), path}});
    }
    {
        const std::unique_ptr<Database> shop =
            openShop(path); // a fresh connection, as a GUI start would have
        Database& db = *shop;
        say(QStringLiteral("measuring the database's size…"));
        result.insert(QStringLiteral("database"), databaseSize(db, path));
        say(QStringLiteral("measuring search…"));
        result.insert(QStringLiteral("search"), searchScenarios(db, options));
        say(QStringLiteral("measuring the customer list and card…"));
        result.insert(QStringLiteral("customers"), customerListScenarios(db, options));
        result.insert(QStringLiteral("customer_card"), customerCardScenario(db, options));
        say(QStringLiteral("measuring the order list and order saves…"));
        result.insert(QStringLiteral("orders"), orderScenarios(db, options));
        say(QStringLiteral("measuring documents…"));
        result.insert(QStringLiteral("documents"), documentScenarios(db, options));
        say(QStringLiteral("measuring reminders and a 5,000-event timeline…"));
        result.insert(QStringLiteral("follow_ups"), followUpScenarios(db, options));
        say(QStringLiteral("measuring the revenue review…"));
        result.insert(QStringLiteral("revenue"), revenueScenarios(db, options));
        say(QStringLiteral("measuring the sales pipeline…"));
        result.insert(QStringLiteral("sales"), salesScenarios(db, options));
        say(QStringLiteral("measuring the pool's rules…"));
        result.insert(QStringLiteral("pool"), poolScenarios(db, options));
        say(QStringLiteral("looking for duplicate customers…"));
        QElapsedTimer t;
        t.start();
        const QList<DuplicatePair> pairs = DuplicateFinder::find(db);
        result.insert(QStringLiteral("duplicates"), QJsonObject{{QStringLiteral("find_seconds"), secondsSince(t)},
                                                                {QStringLiteral("pairs"), pairs.size()}});
    }
    say(QStringLiteral("measuring start-up…"));
    result.insert(QStringLiteral("startup"), startupScenario(path, options));

    say(QStringLiteral("measuring sign-in, backup and restore…"));
    result.insert(QStringLiteral("users_and_backups"), backupScenarios(path, options));
    if (server) {
        say(QStringLiteral("copying the shop into a file, as migrate-to does…"));
        result.insert(QStringLiteral("migrate_to_file"), copyToFile(path, options));
        // The import, the audit chain and the shared file measure files of their own.
        const QJsonObject onFiles{
            {QStringLiteral("skipped"), QStringLiteral("measured on files; see a file's bench")}};
        for (const QString& name : {QStringLiteral("import_customers"), QStringLiteral("audit"),
                                    QStringLiteral("shared_mode_local_disk")})
            result.insert(name, onFiles);
        return baselinesOnServer(result);
    }
    // What follows runs on databases of its own, at most at scale 1: their sizes are capped.
    say(QStringLiteral("measuring a customer import…"));
    result.insert(QStringLiteral("import_customers"), importScenarios(options));
    say(QStringLiteral("measuring the audit chain…"));
    result.insert(QStringLiteral("audit"), auditScenarios(options));
    say(QStringLiteral("measuring saves in single-desk and shared mode…"));
    result.insert(QStringLiteral("shared_mode_local_disk"), sharedModeScenarios(options));
    if (temporary) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    return result;
}

} // namespace shopcrm
