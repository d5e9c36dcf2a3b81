// shopcrm-cli: payments and revenue reports.
#include "CliSupport.h"
#include "domain/OrderJson.h"
#include "services/Reports.h"
#include "store/PaymentRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shopcrm::cli {

QString paymentUsage()
{
    return Cli::tr("  payment add --order NUMBER | --customer ID|NAME  --amount 100.00 --method M\n"
                   "              [--date DATE] [--note N] [--reason R] [--account A] [--handler H]\n"
                   "              [--reference R] [--credit]\n"
                   "      M: cash, bank, wechat, alipay, cheque, other; a negative amount is a refund (with\n"
                   "      --reason); --credit keeps what is more than is due as credit instead of refusing\n"
                   "  payment list [--customer ID|NAME] [--method M] [--from DATE] [--to DATE] [--limit N]\n"
                   "  report monthly --year Y [--basis order|delivery]\n"
                   "  report customers|products|staff --from DATE --to DATE\n"
                   "  report receivables [--date DATE]\n"
                   "  export payments FILE [--customer C] [--method M] [--from D] [--to D]\n");
}

PaymentFilter paymentFilterFrom(Database& db, const Arguments& a)
{
    PaymentFilter f;
    if (a.options.contains(QStringLiteral("customer")))
        f.customerId = customerId(db, a.option(QStringLiteral("customer")));
    if (a.options.contains(QStringLiteral("method"))) {
        f.method = PaymentRules::methodFromText(a.option(QStringLiteral("method")));
        if (!f.method)
            throw UsageError{Cli::tr("--method takes cash, bank, wechat, alipay, cheque or other.")};
    }
    f.from = optionalDate(a, QStringLiteral("from"));
    f.to = optionalDate(a, QStringLiteral("to"));
    return f;
}

namespace {

QJsonObject shareJson(const RevenueShare& s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("billed"), s.billed.toPlainString()},
            {QStringLiteral("orders"), s.orders}};
}

int addPayment(const Arguments& a)
{
    a.allowOnly({QStringLiteral("order"), QStringLiteral("customer"), QStringLiteral("amount"), QStringLiteral("method"),
                 QStringLiteral("date"), QStringLiteral("note"), QStringLiteral("reason"), QStringLiteral("account"),
                 QStringLiteral("handler"), QStringLiteral("reference")});
    if (a.options.contains(QStringLiteral("order")) == a.options.contains(QStringLiteral("customer")))
        throw UsageError{Cli::tr("payment add takes --order NUMBER or --customer ID|NAME (one of them).")};
    if (!a.options.contains(QStringLiteral("amount")) || !a.options.contains(QStringLiteral("method")))
        throw UsageError{Cli::tr("payment add needs --amount and --method.")};
    const std::optional<PaymentMethod> method = PaymentRules::methodFromText(a.option(QStringLiteral("method")));
    if (!method)
        throw UsageError{Cli::tr("--method takes cash, bank, wechat, alipay, cheque or other.")};
    QString error;
    const std::optional<Money> amount = Money::parse(a.option(QStringLiteral("amount")), &error);
    if (!amount)
        throw StoreError(StoreError::Kind::Validation, Cli::tr("--amount: %1").arg(error));
    const std::unique_ptr<Database> db = openDatabase(a);
    Payment p;
    qint64 order = 0;
    if (a.options.contains(QStringLiteral("order"))) {
        const Order o = orderByNumber(OrderRepository(*db), a.option(QStringLiteral("order")));
        p.customerId = o.customerId;
        order = o.meta.id;
    } else {
        p.customerId = customerId(*db, a.option(QStringLiteral("customer")));
    }
    p.amount = *amount;
    p.method = *method;
    // A date given is that day at noon (its time is not known); without one, now.
    const QDate date = optionalDate(a, QStringLiteral("date"));
    p.paidAt = date.isValid() && date != QDate::currentDate() ? QDateTime(date, QTime(12, 0)).toUTC()
                                                               : QDateTime::currentDateTimeUtc();
    p.note = a.option(QStringLiteral("note"));
    p.reason = a.option(QStringLiteral("reason"));
    p.account = a.option(QStringLiteral("account"));
    p.handler = a.option(QStringLiteral("handler"), db->session().user);
    p.reference = a.option(QStringLiteral("reference"));
    PaymentRepository repository(*db);
    try {
        repository.create(p, order,
                          a.flags.contains(QStringLiteral("--credit")) ? Overpayment::KeepAsCredit : Overpayment::Refuse);
    } catch (const ValidationError& e) {
        if (e.issues().value(0).field != QLatin1String("overpayment"))
            throw;
        throw StoreError(StoreError::Kind::Validation,
                         e.message() + QLatin1Char(' ') + Cli::tr("Add --credit to keep the difference as credit."));
    }
    if (a.json) {
        QJsonArray allocations;
        for (const PaymentAllocation& x : p.allocations)
            allocations.append(QJsonObject{{QStringLiteral("order"), x.orderNumber},
                                           {QStringLiteral("amount"), x.amount.toPlainString()}});
        printJson(QJsonObject{{QStringLiteral("id"), p.meta.id},
                              {QStringLiteral("number"), p.number},
                              {QStringLiteral("amount"), p.amount.toPlainString()},
                              {QStringLiteral("allocations"), allocations},
                              {QStringLiteral("credit"), p.unallocated().toPlainString()}});
    } else {
        out() << p.number << '\n';
    }
    return 0;
}

int listPayments(const Arguments& a)
{
    a.allowOnly({QStringLiteral("customer"), QStringLiteral("method"), QStringLiteral("from"), QStringLiteral("to"),
                 QStringLiteral("limit")});
    const std::unique_ptr<Database> db = openDatabase(a);
    const QList<PaymentRow> rows = PaymentRepository(*db).page(paymentFilterFrom(*db, a), 0,
                                                               int(a.number(QStringLiteral("limit"), 50, 1, 1000000)));
    QJsonArray list;
    for (const PaymentRow& r : rows) {
        if (!a.json) {
            out() << r.number << "  " << r.paidAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                  << r.customer << "  " << r.amount.toString() << "  " << PaymentRules::methodName(r.method) << "  "
                  << r.orders << '\n';
            continue;
        }
        list.append(QJsonObject{{QStringLiteral("number"), r.number},
                                {QStringLiteral("date"), OrderJson::time(r.paidAt)},
                                {QStringLiteral("customer"), r.customer},
                                {QStringLiteral("customer_id"), r.customerId},
                                {QStringLiteral("amount"), r.amount.toPlainString()},
                                {QStringLiteral("method"), PaymentRules::methodCode(r.method)},
                                {QStringLiteral("orders"), r.orders},
                                {QStringLiteral("credit"), r.unallocated.toPlainString()},
                                {QStringLiteral("deposit"), r.deposit},
                                {QStringLiteral("reason"), r.reason}});
    }
    if (a.json)
        printJson(list);
    return 0;
}

} // namespace

int paymentCommand(const Arguments& a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("add"))
        return addPayment(a);
    if (sub == QLatin1String("list"))
        return listPayments(a);
    throw UsageError{Cli::tr("payment takes add or list.")};
}

int reportCommand(const Arguments& a)
{
    const QString what = a.words.value(1);
    if (what == QLatin1String("monthly")) {
        a.allowOnly({QStringLiteral("year"), QStringLiteral("basis")});
        const int year = int(a.number(QStringLiteral("year"), QDate::currentDate().year(), 2000, 2999));
        const std::unique_ptr<Database> db = openDatabase(a);
        BillingBasis basis = Reports::basis(*db);
        if (a.options.contains(QStringLiteral("basis"))) {
            const QString b = a.option(QStringLiteral("basis"));
            if (b != QLatin1String("order") && b != QLatin1String("delivery"))
                throw UsageError{Cli::tr("--basis takes order or delivery.")};
            basis = b == QLatin1String("delivery") ? BillingBasis::Delivery : BillingBasis::OrderDate;
        }
        const QList<PeriodFigures> months = Reports::months(*db, QStringLiteral("%1-01").arg(year),
                                                            QStringLiteral("%1-12").arg(year), basis);
        QJsonArray list;
        for (const PeriodFigures& m : months) {
            list.append(QJsonObject{{QStringLiteral("month"), m.first},
                                    {QStringLiteral("billed"), m.billed.toPlainString()},
                                    {QStringLiteral("received"), m.received.toPlainString()},
                                    {QStringLiteral("outstanding"), m.outstanding.toPlainString()},
                                    {QStringLiteral("orders"), m.orders}});
            if (!a.json)
                out() << m.first << "  " << Cli::tr("billed") << ' ' << m.billed.toString() << "  " << Cli::tr("received")
                      << ' ' << m.received.toString() << "  " << Cli::tr("outstanding") << ' ' << m.outstanding.toString()
                      << "  " << Cli::tr("%n order(s)", "", int(m.orders)) << '\n';
        }
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("year"), year},
                                  {QStringLiteral("basis"), basis == BillingBasis::Delivery ? QStringLiteral("delivery")
                                                                                          : QStringLiteral("order")},
                                  {QStringLiteral("months"), list}});
        return 0;
    }
    if (what == QLatin1String("customers") || what == QLatin1String("products") || what == QLatin1String("staff")) {
        a.allowOnly({QStringLiteral("from"), QStringLiteral("to")});
        const auto [from, to] = requiredPeriod(a);
        const std::unique_ptr<Database> db = openDatabase(a);
        const QList<RevenueShare> shares = what == QLatin1String("customers") ? Reports::byCustomer(*db, from, to)
                                           : what == QLatin1String("products") ? Reports::byProduct(*db, from, to)
                                                                               : Reports::byStaff(*db, from, to);
        QJsonArray rows;
        Money total;
        for (const RevenueShare& s : shares) {
            rows.append(shareJson(s));
            total += s.billed;
            if (!a.json)
                out() << s.name << "  " << s.billed.toString() << "  " << Cli::tr("%n order(s)", "", int(s.orders)) << '\n';
        }
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("report"), what},
                                  {QStringLiteral("from"), from.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                  {QStringLiteral("rows"), rows},
                                  {QStringLiteral("total"), total.toPlainString()}});
        return 0;
    }
    if (what == QLatin1String("forecast") || what == QLatin1String("funnel") ||
        what == QLatin1String("win-loss") || what == QLatin1String("sales"))
        return salesReportCommand(a);
    if (what == QLatin1String("service")) return serviceReportCommand(a);
    if (what == QLatin1String("receivables")) {
        a.allowOnly({QStringLiteral("date")});
        const QDate date = optionalDate(a, QStringLiteral("date"));
        const std::unique_ptr<Database> db = openDatabase(a);
        QJsonArray rows;
        for (const AgingRow& r : PaymentRepository(*db).receivables(date.isValid() ? date : QDate::currentDate())) {
            rows.append(QJsonObject{{QStringLiteral("customer"), r.customer},
                                    {QStringLiteral("customer_id"), r.customerId},
                                    {QStringLiteral("terms"), r.terms},
                                    {QStringLiteral("not_due"), r.notDue.toPlainString()},
                                    {QStringLiteral("days_0_30"), r.days0to30.toPlainString()},
                                    {QStringLiteral("days_31_60"), r.days31to60.toPlainString()},
                                    {QStringLiteral("days_61_90"), r.days61to90.toPlainString()},
                                    {QStringLiteral("over_90"), r.over90.toPlainString()},
                                    {QStringLiteral("credit"), r.credit.toPlainString()},
                                    {QStringLiteral("total"), r.total().toPlainString()}});
            if (!a.json)
                out() << r.customer << "  " << r.total().toString() << "  " << Cli::tr("past due %1").arg(r.pastDue().toString())
                      << '\n';
        }
        if (a.json)
            printJson(rows);
        return 0;
    }
    throw UsageError{Cli::tr("report takes monthly, customers, products, staff, receivables, forecast, "
                             "funnel, win-loss or sales.")};
}

} // namespace shopcrm::cli
