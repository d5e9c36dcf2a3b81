// shopcrm-cli: prices agreed with customers and grades (协议价), and which price a line starts at.
#include "CliSupport.h"
#include "store/PriceListRepository.h"
#include "store/RowSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shopcrm::cli {

QString pricelistUsage()
{
    return Cli::tr(
        "  pricelist set --customer ID|NAME|--grade G --product P --price X [--unit U]\n"
        "                [--from DATE] [--to DATE] [--notes N]   agree a price (or change it)\n"
        "  pricelist list --customer ID|NAME|--grade G [--date D]\n"
        "  pricelist remove ID\n"
        "  pricelist fill --customer ID|NAME [--from DATE]   agree what the customer paid last\n"
        "  pricelist price --customer ID|NAME --product P [--date D]   which price a line starts at\n");
}

namespace {

QJsonObject priceJson(const NegotiatedPrice& p)
{
    QJsonObject o{{QStringLiteral("id"), p.meta.id},
                  {QStringLiteral("product"), p.product},
                  {QStringLiteral("unit"), p.unit},
                  {QStringLiteral("unit_price"), p.unitPrice.toPlainString()},
                  {QStringLiteral("valid_from"), storedDay(p.validFrom)},
                  {QStringLiteral("valid_to"), storedDay(p.validTo)},
                  {QStringLiteral("notes"), p.notes}};
    if (p.customerId > 0) {
        o.insert(QStringLiteral("customer_id"), p.customerId);
        o.insert(QStringLiteral("customer"), p.customerName);
    } else {
        o.insert(QStringLiteral("grade"), p.grade);
    }
    return o;
}

QString sourceCode(PriceSource source)
{
    switch (source) {
    case PriceSource::Negotiated:
        return QStringLiteral("negotiated");
    case PriceSource::Last:
        return QStringLiteral("last");
    case PriceSource::Catalog:
        return QStringLiteral("catalog");
    case PriceSource::None:
        return QStringLiteral("none");
    }
    return {};
}

// --customer or --grade, exactly one.
PriceListFilter whose(const Arguments& a, Database& db)
{
    const bool customer = a.options.contains(QStringLiteral("customer"));
    const bool grade = a.options.contains(QStringLiteral("grade"));
    if (customer == grade) throw UsageError{Cli::tr("Give either --customer or --grade.")};
    PriceListFilter f;
    if (customer)
        f.customerId = customerId(db, a.option(QStringLiteral("customer")));
    else
        f.grade = a.option(QStringLiteral("grade")).trimmed();
    return f;
}

} // namespace

int pricelistCommand(const Arguments& a)
{
    const QString verb = a.words.value(1);
    if (verb == QLatin1String("set")) {
        a.allowOnly({QStringLiteral("customer"), QStringLiteral("grade"), QStringLiteral("product"),
                     QStringLiteral("price"), QStringLiteral("unit"), QStringLiteral("from"),
                     QStringLiteral("to"), QStringLiteral("notes")});
        QString error;
        const std::optional<Money> price = Money::parse(a.option(QStringLiteral("price")), &error);
        if (!a.options.contains(QStringLiteral("price")) || !price)
            throw UsageError{Cli::tr("--price: %1").arg(error.isEmpty() ? Cli::tr("give the price") : error)};
        const QDate from = optionalDate(a, QStringLiteral("from"));
        const QDate to = optionalDate(a, QStringLiteral("to"));
        auto db = openDatabase(a);
        const PriceListFilter filter = whose(a, *db);
        PriceListRepository prices(*db);
        NegotiatedPrice p;
        // The same product from the same day is a change to that price.
        const QString key = CustomerRules::nameKey(a.option(QStringLiteral("product")));
        for (const NegotiatedPrice& existing : prices.list(filter))
            if (CustomerRules::nameKey(existing.product) == key && existing.validFrom == from) p = existing;
        p.customerId = filter.customerId;
        p.grade = filter.grade;
        if (p.meta.id == 0) p.product = a.option(QStringLiteral("product"));
        if (a.options.contains(QStringLiteral("unit"))) p.unit = a.option(QStringLiteral("unit"));
        p.unitPrice = *price;
        p.validFrom = from;
        if (a.options.contains(QStringLiteral("to"))) p.validTo = to;
        if (a.options.contains(QStringLiteral("notes"))) p.notes = a.option(QStringLiteral("notes"));
        prices.save(p);
        if (a.json)
            printJson(priceJson(*prices.find(p.meta.id)));
        else
            out() << p.meta.id << '\n';
        return 0;
    }
    if (verb == QLatin1String("list")) {
        a.allowOnly({QStringLiteral("customer"), QStringLiteral("grade"), QStringLiteral("date")});
        const QDate date = optionalDate(a, QStringLiteral("date"));
        auto db = openDatabase(a);
        PriceListFilter filter = whose(a, *db);
        filter.on = date;
        const QList<NegotiatedPrice> list = PriceListRepository(*db).list(filter);
        if (a.json) {
            QJsonArray array;
            for (const NegotiatedPrice& p : list)
                array.append(priceJson(p));
            printJson(QJsonObject{{QStringLiteral("prices"), array}});
            return 0;
        }
        for (const NegotiatedPrice& p : list)
            out() << p.meta.id << "  " << p.product << "  " << p.unitPrice.toString() << '/' << p.unit << "  "
                  << storedDay(p.validFrom) << " – " << storedDay(p.validTo) << '\n';
        return 0;
    }
    if (verb == QLatin1String("remove")) {
        a.allowOnly({});
        bool ok = false;
        const qint64 id = a.words.value(2).toLongLong(&ok);
        if (!ok || id <= 0) throw UsageError{Cli::tr("Give the price's id (pricelist list shows it).")};
        auto db = openDatabase(a);
        PriceListRepository prices(*db);
        const std::optional<NegotiatedPrice> p = prices.find(id);
        if (!p)
            throw StoreError(StoreError::Kind::NotFound,
                             Cli::tr("There is no agreed price with id %1.").arg(id));
        prices.remove(id, p->meta.version);
        if (a.json) printJson(QJsonObject{{QStringLiteral("removed"), id}});
        return 0;
    }
    if (verb == QLatin1String("fill")) {
        a.allowOnly({QStringLiteral("customer"), QStringLiteral("from")});
        if (!a.options.contains(QStringLiteral("customer")))
            throw UsageError{Cli::tr("Give the customer with --customer ID|NAME.")};
        const QDate from = a.options.contains(QStringLiteral("from"))
                               ? optionalDate(a, QStringLiteral("from"))
                               : QDate::currentDate();
        auto db = openDatabase(a);
        const qint64 customer = customerId(*db, a.option(QStringLiteral("customer")));
        const int added = PriceListRepository(*db).fillFromLastPrices(customer, from);
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("added"), added}});
        else
            out() << Cli::tr("%n price(s) agreed.", "", added) << '\n';
        return 0;
    }
    if (verb == QLatin1String("price")) {
        a.allowOnly({QStringLiteral("customer"), QStringLiteral("product"), QStringLiteral("date")});
        if (!a.options.contains(QStringLiteral("customer")) || !a.options.contains(QStringLiteral("product")))
            throw UsageError{Cli::tr("Give --customer and --product.")};
        const QDate date = a.options.contains(QStringLiteral("date"))
                               ? optionalDate(a, QStringLiteral("date"))
                               : QDate::currentDate();
        auto db = openDatabase(a);
        const qint64 customer = customerId(*db, a.option(QStringLiteral("customer")));
        const PriceSuggestion s =
            PriceListRepository(*db).suggest(customer, a.option(QStringLiteral("product")), date);
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("source"), sourceCode(s.source)},
                                  {QStringLiteral("unit_price"), s.unitPrice.toPlainString()},
                                  {QStringLiteral("unit"), s.unit},
                                  {QStringLiteral("grade"), s.fromGrade},
                                  {QStringLiteral("detail"), s.detail}});
        else
            out() << s.unitPrice.toString() << '/' << s.unit << "  " << PriceRules::sourceName(s.source)
                  << "  " << s.detail << '\n';
        return 0;
    }
    throw UsageError{Cli::tr("Unknown pricelist command \"%1\".").arg(verb)};
}

} // namespace shopcrm::cli
