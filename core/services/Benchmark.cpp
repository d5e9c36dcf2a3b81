#include "Benchmark.h"

#include "DemoData.h"
#include "Exports.h"
#include "Reports.h"
#include "domain/PhoneNumber.h"
#include "domain/Pinyin.h"
#include "domain/TextSearch.h"
#include "Backups.h"
#include "CsvReader.h"
#include "CustomerImport.h"
#include "DuplicateFinder.h"
#include "TableExport.h"
#include "store/AuditLog.h"
#include "store/UserRepository.h"
#include "store/ChangeFeed.h"
#include "store/CustomerRepository.h"
#include "store/FollowUpRepository.h"
#include "store/PaymentRepository.h"
#include "store/ReminderRepository.h"
#include "store/RowSupport.h"
#include "store/CustomerSearchIndex.h"
#include "store/Database.h"
#include "documents/DocumentOutput.h"
#include "store/DeliveryRepository.h"
#include "store/OrderRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
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

// The revenue review as the Reports page opens it (a month, with its comparisons, 12-month trend
// and shares), the year view, the receivables and the payments export, beside a same-run baseline
// that sums the month's orders and payments straight from their tables.
QJsonObject revenueScenarios(Database& db, const Benchmark::Options& options)
{
    QJsonObject result;
    const int samples = std::max(10, options.samples / 10);
    const QString month = Reports::monthKey(QDate::currentDate().addMonths(-1));
    auto measure = [&](const std::function<void()>& fn) {
        QList<qint64> times;
        for (int i = 0; i < samples; ++i) {
            QElapsedTimer t;
            t.start();
            fn();
            times.append(t.nsecsElapsed());
        }
        return percentiles(times);
    };
    Review review;
    QJsonObject monthReview = measure([&] { review = Reports::review(db, month, month); });
    monthReview.insert(QStringLiteral("month"), month);
    monthReview.insert(QStringLiteral("orders_in_month"), review.figures.orders);
    result.insert(QStringLiteral("review_month"), monthReview);
    const QString year = month.left(4);
    result.insert(QStringLiteral("review_year"), measure([&] {
                      Reports::review(db, year + QStringLiteral("-01"), year + QStringLiteral("-12"));
                  }));
    qsizetype customers = 0;
    QJsonObject receivables = measure([&] { customers = PaymentRepository(db).receivables(QDate::currentDate()).size(); });
    receivables.insert(QStringLiteral("customers_owing"), qint64(customers));
    result.insert(QStringLiteral("receivables"), receivables);
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    {
        const QString start = utcText(first.startOfDay()).toString();
        const QString end = utcText(first.addMonths(1).startOfDay()).toString();
        result.insert(QStringLiteral("baseline_month_from_orders"), measure([&] {
                          Sql orders(db, QStringLiteral("SELECT sum(total), count(*) FROM orders WHERE status <> 4 AND "
                                                        "order_date >= ? AND order_date < ?"));
                          orders.bind(start).bind(end).exec();
                          orders.next();
                          Sql payments(db, QStringLiteral("SELECT sum(amount) FROM payments WHERE paid_at >= ? AND paid_at < ?"));
                          payments.bind(start).bind(end).exec();
                          payments.next();
                          Sql everything(db, QStringLiteral("SELECT (SELECT sum(total) FROM orders WHERE status <> 4 AND "
                                                            "order_date < ?) - (SELECT sum(amount) FROM payments WHERE paid_at < ?)"));
                          everything.bind(end).bind(end).exec();
                          everything.next();
                      }));
    }
    QTemporaryDir dir;
    QElapsedTimer t;
    t.start();
    const qint64 rows = Exports::payments(db, {}, dir.filePath(QStringLiteral("payments.xlsx")));
    result.insert(QStringLiteral("export_payments_xlsx"),
                  QJsonObject{{QStringLiteral("rows"), rows},
                              {QStringLiteral("seconds"), double(t.nsecsElapsed()) / 1e9},
                              {QStringLiteral("bytes"), QFile(dir.filePath(QStringLiteral("payments.xlsx"))).size()}});
    return result;
}

// Reminders over the whole database (what the panel computes every minute), the customer list's
// follow-up filters, and one customer's timeline with 5,000 events (3,000 follow-ups and 1,000
// orders, each taken and moved on once).
QJsonObject followUpScenarios(Database& db, const Benchmark::Options& options)
{
    QJsonObject result;
    const int samples = std::max(10, options.samples / 10);
    {
        QList<qint64> times;
        ReminderList last;
        for (int i = 0; i < samples; ++i) {
            QElapsedTimer t;
            t.start();
            last = ReminderRepository(db).due();
            times.append(t.nsecsElapsed());
        }
        QJsonObject o = percentiles(times);
        o.insert(QStringLiteral("follow_ups_due"), last.followUps.size());
        o.insert(QStringLiteral("orders_due"), last.orders.size());
        o.insert(QStringLiteral("birthdays"), last.birthdays.size());
        result.insert(QStringLiteral("reminders"), o);
    }
    {
        CustomerRepository customers(db);
        QJsonObject filters;
        for (const auto& [name, filter] : {std::pair{QStringLiteral("follow_up_due"), ContactFilter::FollowUpDue},
                                           std::pair{QStringLiteral("not_contacted_30_days"), ContactFilter::NotContactedFor},
                                           std::pair{QStringLiteral("nothing_planned"), ContactFilter::NothingPlanned}}) {
            CustomerListQuery q;
            q.contact = filter;
            q.sort = CustomerSort::NextFollowUp;
            QList<qint64> times;
            qint64 count = 0;
            for (int i = 0; i < samples; ++i) {
                QElapsedTimer t;
                t.start();
                count = customers.count(q);
                customers.page(q, 0, 256);
                times.append(t.nsecsElapsed());
            }
            QJsonObject o = percentiles(times);
            o.insert(QStringLiteral("rows"), count);
            filters.insert(name, o);
        }
        result.insert(QStringLiteral("customer_list_open_filtered"), filters);
    }
    {
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
        QList<qint64> times;
        qsizetype events = 0;
        for (int i = 0; i < samples; ++i) {
            QElapsedTimer t;
            t.start();
            events = followUps.timeline(id).size();
            times.append(t.nsecsElapsed());
        }
        QJsonObject o = percentiles(times);
        o.insert(QStringLiteral("events"), events);
        result.insert(QStringLiteral("timeline_5000_events"), o);
    }
    return result;
}

// The order list as the GUI opens it (totals for the filter, then the first page), scrolling,
// saving orders one transaction each, and the last-price lookup, beside a naive baseline that
// reads every order row.
QJsonObject orderScenarios(Database& db, const Benchmark::Options& options, qint64 customers)
{
    QJsonObject result;
    QElapsedTimer timer;
    OrderRepository orders(db);
    auto open = [&](const OrderListQuery& query) {
        QList<qint64> samples;
        QList<qint64> scroll;
        for (int i = 0; i < 7; ++i) {
            timer.start();
            const OrderTotals totals = orders.totals(query.filter);
            const QList<OrderRow> first = orders.page(query, 0, 256);
            samples.append(timer.nsecsElapsed());
            Q_UNUSED(totals)
            if (first.size() < 256)
                continue;
            timer.start();
            OrderRow last = first.constLast();
            for (int p = 0; p < 10; ++p) {
                const QList<OrderRow> next = orders.pageAfter(query, last, 256);
                if (next.isEmpty())
                    break;
                last = next.constLast();
            }
            scroll.append(timer.nsecsElapsed() / 10);
        }
        QJsonObject o = percentiles(samples);
        o.insert(QStringLiteral("next_page_keyset"), percentiles(scroll));
        o.insert(QStringLiteral("rows"), orders.totals(query.filter).count);
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
    result.insert(QStringLiteral("list_open_unfinished"), open(unfinished));
    result.insert(QStringLiteral("list_open_all_by_date"), open(all));
    result.insert(QStringLiteral("list_open_all_by_total"), open(byTotal));
    result.insert(QStringLiteral("list_open_all_by_customer"), open(byCustomer));
    result.insert(QStringLiteral("list_open_due_attention"), open(dueAttention));
    {
        QList<qint64> samples;
        for (int i = 0; i < 3; ++i) {
            timer.start();
            Sql naive(db, QStringLiteral("SELECT o.id, o.number, c.name, o.title, o.total, o.deposit, o.status, "
                                         "o.order_date, o.due_at, o.staff_names FROM orders o "
                                         "JOIN customers c ON c.id = o.customer_id ORDER BY o.order_date DESC"));
            naive.exec();
            QList<QVariantList> rows;
            while (naive.next())
                rows.append({naive.value(0), naive.value(1), naive.value(2), naive.value(3), naive.value(4)});
            samples.append(timer.nsecsElapsed());
        }
        result.insert(QStringLiteral("baseline_load_every_row"), percentiles(samples));
    }

    // Saving: a realistic 4-line order for a random customer, one transaction each.
    QRandomGenerator random(options.seed + 2);
    QList<qint64> save;
    QList<qint64> update;
    QList<qint64> lastPrice;
    for (int i = 0; i < std::min(options.samples, 200); ++i) {
        Order o;
        o.customerId = 1 + random.bounded(static_cast<int>(customers));
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
        timer.start();
        orders.create(o);
        save.append(timer.nsecsElapsed());
        o.title = QStringLiteral("门头招牌（改）");
        o.lines[1].quantity = Quantity::fromUnits(9);
        timer.start();
        orders.update(o);
        update.append(timer.nsecsElapsed());
        timer.start();
        orders.lastPrices(1 + random.bounded(static_cast<int>(customers)), QStringLiteral("户外喷绘布"));
        lastPrice.append(timer.nsecsElapsed());
    }
    // Documents: a 6-line delivery slip and a 200-line work order to PDF, as the print dialog
    // writes them (the template applied, the letterhead loaded), each timed end to end.
    {
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
        QList<qint64> slipTimes, workTimes;
        qint64 slipBytes = 0, workBytes = 0;
        int workPages = 0;
        for (int i = 0; i < 5; ++i) {
            RenderOptions a4;
            const QString slipPath = options.workDir + QStringLiteral("/slip.pdf");
            timer.start();
            DocumentOutput::writePdf(OutgoingDocument::deliverySlip(db, slip.meta.id).document, ShopProfile::load(db), a4,
                                     slipPath);
            slipTimes.append(timer.nsecsElapsed());
            slipBytes = QFile(slipPath).size();
            const QString workPath = options.workDir + QStringLiteral("/work.pdf");
            timer.start();
            workPages = DocumentOutput::writePdf(OutgoingDocument::workOrder(db, big.meta.id).document,
                                                 ShopProfile::load(db), a4, workPath);
            workTimes.append(timer.nsecsElapsed());
            workBytes = QFile(workPath).size();
        }
        QJsonObject slipJson = percentiles(slipTimes);
        slipJson.insert(QStringLiteral("bytes"), slipBytes);
        QJsonObject workJson = percentiles(workTimes);
        workJson.insert(QStringLiteral("bytes"), workBytes);
        workJson.insert(QStringLiteral("pages"), workPages);
        result.insert(QStringLiteral("pdf_delivery_slip_6_lines"), slipJson);
        result.insert(QStringLiteral("pdf_work_order_200_lines"), workJson);
    }
    result.insert(QStringLiteral("order_save_4_lines"), percentiles(save));
    result.insert(QStringLiteral("order_update"), percentiles(update));
    result.insert(QStringLiteral("last_prices"), percentiles(lastPrice));
    return result;
}

// What shared mode costs a save on this disk: the same customer edits in a single-desk (WAL) file
// and in a shared one (rollback journal, synchronous=FULL, the lock folder), and how soon the
// change feed of a second connection sees each edit.
QJsonObject sharedModeScenarios(const Benchmark::Options& options)
{
    QJsonObject result;
    const int edits = std::max(20, static_cast<int>(200 * std::min(options.scale, 1.0)));
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
        QJsonObject mode;
        mode.insert(QStringLiteral("customer_update"), percentiles(saves));
        mode.insert(QStringLiteral("feed_sees_it_after_commit"), percentiles(seen));
        result.insert(shared ? QStringLiteral("shared") : QStringLiteral("single"), mode);
    }
    return result;
}

// The audit chain at 1,000,000 entries (at scale 1): appending one inside a write, and verifying
// the whole chain, beside a same-run baseline that only reads the same rows.
QJsonObject auditScenarios(const Benchmark::Options& options)
{
    QJsonObject result;
    const qint64 entries = std::max<qint64>(10000, static_cast<qint64>(1000000.0 * options.scale));
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

// 100,000 customers (at scale 1) imported from a CSV file the way the CLI does it (read, map,
// check, match, write in one transaction), beside a same-run baseline: the same rows inserted
// with one prepared statement into a plain table, in one transaction.
double secondsSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

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
    const int rows = std::max(1000, static_cast<int>(100000.0 * options.scale));
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

// An export of 1,000,000 orders (× scale) to CSV, the list's way: keyset pages through the
// repository. The orders are written by one SQL statement; the export reads them as any others.
QJsonObject exportScenarios(const Benchmark::Options& options)
{
    const qint64 orders = std::max<qint64>(10000, static_cast<qint64>(1000000.0 * options.scale));
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
        const qint64 customers = std::max<qint64>(100, static_cast<qint64>(100000.0 * options.scale));
        say(QStringLiteral("generating %1 demo customers…").arg(customers));
        DemoData(options.seed).insertCustomers(db, customers);
    }
    Database db(path);
    return searchScenarios(db, options);
}

QStringList Benchmark::standaloneScenarios()
{
    return {QStringLiteral("import_customers"), QStringLiteral("export_orders"), QStringLiteral("search")};
}

QJsonObject Benchmark::run(const Options& options, const std::function<void(const QString&)>& log)
{
    auto say = [&](const QString& s) {
        if (log)
            log(s);
    };
    if (!options.only.isEmpty()) {
        QJsonObject result{{QStringLiteral("scale"), options.scale}};
        for (const QString& name : options.only) {
            say(QStringLiteral("measuring %1…").arg(name));
            if (name == QLatin1String("import_customers"))
                result.insert(name, importScenarios(options));
            else if (name == QLatin1String("export_orders"))
                result.insert(name, exportScenarios(options));
            else if (name == QLatin1String("search"))
                result.insert(name, searchOn(options, say));
        }
        return result;
    }
    const qint64 customers = std::max<qint64>(100, static_cast<qint64>(100000.0 * options.scale));
    const QString path = options.workDir + QStringLiteral("/bench.db");
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QJsonObject result{{QStringLiteral("scale"), options.scale}, {QStringLiteral("customers"), customers}};
    QElapsedTimer timer;
    {
        Database db(path);
        say(QStringLiteral("generating %1 demo customers…").arg(customers));
        timer.start();
        DemoData demo(options.seed);
        demo.insertCustomers(db, customers);
        result.insert(QStringLiteral("demo_customers_seconds"), static_cast<double>(timer.nsecsElapsed()) / 1e9);
        if (options.orders) {
            say(QStringLiteral("generating %1 demo orders…").arg(customers * 2));
            timer.start();
            demo.insertOrders(db, customers * 2);
            result.insert(QStringLiteral("orders"), customers * 2);
            result.insert(QStringLiteral("demo_orders_seconds"), static_cast<double>(timer.nsecsElapsed()) / 1e9);
            say(QStringLiteral("generating %1 demo follow-ups…").arg(customers));
            timer.start();
            demo.insertFollowUps(db, customers);
            result.insert(QStringLiteral("demo_follow_ups"), customers);
            result.insert(QStringLiteral("demo_follow_ups_seconds"), static_cast<double>(timer.nsecsElapsed()) / 1e9);
            say(QStringLiteral("generating demo payments…"));
            timer.start();
            result.insert(QStringLiteral("demo_payments"), demo.insertPayments(db));
            result.insert(QStringLiteral("demo_payments_seconds"), static_cast<double>(timer.nsecsElapsed()) / 1e9);
        }
    }

    Database db(path); // a fresh connection, as a GUI start would have
    CustomerRepository repository(db);
    CustomerSearchIndex index(db);
    {
        QList<qint64> open;
        QList<qint64> scroll;
        for (int i = 0; i < 5; ++i) {
            timer.start();
            const qint64 total = repository.count(false);
            const QList<CustomerRow> first = repository.page(CustomerListQuery{}, 0, 256);
            open.append(timer.nsecsElapsed());
            Q_UNUSED(total)
            timer.start();
            CustomerRow last = first.constLast();
            int pages = 0;
            // At small scales the list ends before 20 pages.
            for (; pages < 20; ++pages) {
                const QList<CustomerRow> next = repository.pageAfter(CustomerListQuery{}, last, 256);
                if (next.isEmpty())
                    break;
                last = next.constLast();
            }
            scroll.append(timer.nsecsElapsed() / std::max(1, pages));
        }
        QList<qint64> jump;
        QRandomGenerator random(options.seed);
        for (int i = 0; i < 20; ++i) {
            timer.start();
            repository.page(CustomerListQuery{}, random.bounded(static_cast<int>(customers)), 256);
            jump.append(timer.nsecsElapsed());
        }
        result.insert(QStringLiteral("list_open"), percentiles(open));
        result.insert(QStringLiteral("list_next_page_keyset"), percentiles(scroll));
        result.insert(QStringLiteral("list_jump_page_offset"), percentiles(jump));
    }

    say(QStringLiteral("measuring search…"));
    result.insert(QStringLiteral("search"), searchScenarios(db, options));
    if (options.orders) {
        say(QStringLiteral("measuring the order list and order saves…"));
        result.insert(QStringLiteral("orders_list"), orderScenarios(db, options, customers));
        say(QStringLiteral("measuring reminders and a 5,000-event timeline…"));
        result.insert(QStringLiteral("follow_ups"), followUpScenarios(db, options));
        say(QStringLiteral("measuring the revenue review…"));
        result.insert(QStringLiteral("revenue"), revenueScenarios(db, options));
    }
    say(QStringLiteral("looking for duplicate customers…"));
    {
        QElapsedTimer t;
        t.start();
        const QList<DuplicatePair> pairs = DuplicateFinder::find(db);
        result.insert(QStringLiteral("duplicates"), QJsonObject{{QStringLiteral("find_seconds"), secondsSince(t)},
                                                                {QStringLiteral("pairs"), pairs.size()}});
    }
    say(QStringLiteral("measuring a customer import…"));
    result.insert(QStringLiteral("import_customers"), importScenarios(options));
    say(QStringLiteral("measuring sign-in, backup and restore…"));
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
        const QString target = options.workDir + QStringLiteral("/bench-backup.db");
        QFile::remove(target);
        t.start();
        const BackupInfo made = Backups::create(db, target);
        o.insert(QStringLiteral("backup_seconds"), static_cast<double>(t.nsecsElapsed()) / 1e9);
        o.insert(QStringLiteral("backup_bytes"), made.bytes);
        const QString restoredPath = options.workDir + QStringLiteral("/bench-restored.db");
        QFile::remove(restoredPath);
        {
            Database restored(restoredPath);
            t.start();
            Backups::restore(restored, target, {}, options.workDir + QStringLiteral("/safety"));
            o.insert(QStringLiteral("restore_seconds"), static_cast<double>(t.nsecsElapsed()) / 1e9);
            o.insert(QStringLiteral("restored_customers"), CustomerRepository(restored).count(false));
        }
        result.insert(QStringLiteral("users_and_backups"), o);
    }
    say(QStringLiteral("measuring the audit chain…"));
    result.insert(QStringLiteral("audit"), auditScenarios(options));
    say(QStringLiteral("measuring saves in single-desk and shared mode…"));
    result.insert(QStringLiteral("shared_mode_local_disk"), sharedModeScenarios(options));
    result.insert(QStringLiteral("database_bytes"), QFile(path).size());
    return result;
}

} // namespace shopcrm
