// shopcrm-cli: print work orders, delivery slips and statements to PDF.
#include "CliSupport.h"

#include "documents/DocumentOutput.h"
#include "documents/MailMerge.h"
#include "domain/MergeTemplate.h"
#include "services/MergeFields.h"
#include "store/CampaignRepository.h"
#include "store/CustomerRepository.h"
#include "store/DeliveryRepository.h"
#include "store/OrderRepository.h"
#include "store/QuoteRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QPdfWriter>

namespace shopcrm::cli {

QString printUsage()
{
    return Cli::tr(
        "  print work-order NUMBER --pdf OUT [--form F]\n"
        "  print delivery-slip NUMBER… --pdf OUT [--form F]   a new slip for what is undelivered\n"
        "  print delivery-slip --slip SD… --pdf OUT [--form F]  reprint a slip\n"
        "  print quote NUMBER [--revision N] --pdf OUT [--form F]\n"
        "  print statement --customer ID|NAME --from DATE --to DATE --pdf OUT [--form F]\n"
        "  print test-grid --pdf OUT [--form F]\n"
        "  print labels [--customers ID,…] --pdf OUT [--sheet 3x8|2x7] [--start N]\n"
        "  print envelopes [--customers ID,…] --pdf OUT [--size dl|c5]\n"
        "  print letters --template FILE [--customers ID,…] --pdf OUT [--date D]   fields: {客户名称}…\n"
        "      labels, envelopes, letters: all active customers unless --customers or\n"
        "      --campaign ID|NAME (its list) is given\n"
        "      F: a4 (default), a5, 241x93, 241x140, 241x279\n");
}

namespace {

PageFormat formatOf(const Arguments& a)
{
    const QString code = a.option(QStringLiteral("form"), QStringLiteral("a4"));
    const std::optional<PageFormat> f = PageFormat::fromCode(code);
    if (!f)
        throw UsageError{Cli::tr("--form is a4, a5, 241x93, 241x140 or 241x279.")};
    return *f;
}

QString pdfPath(const Arguments& a)
{
    const QString path = a.option(QStringLiteral("pdf"));
    if (path.isEmpty())
        throw UsageError{Cli::tr("Give the PDF file to write with --pdf OUT.")};
    return path;
}

qint64 orderId(Database& db, const QString& number)
{
    return orderByNumber(OrderRepository(db), number).meta.id;
}

int output(const Arguments& a, Database& db, OutgoingDocument& doc, const PageFormat& format, const QJsonObject& extra)
{
    const QString path = pdfPath(a);
    RenderOptions options;
    options.format = format;
    int copy = 0;
    const int pages = DocumentOutput::exportPdf(db, doc, options, path, &copy);
    QJsonObject result = extra;
    result.insert(QStringLiteral("pdf"), QFileInfo(path).absoluteFilePath());
    result.insert(QStringLiteral("pages"), pages);
    result.insert(QStringLiteral("form"), format.code);
    result.insert(QStringLiteral("copy"), copy);
    if (a.json)
        printJson(result);
    else
        out() << Cli::tr("%1 written: %n page(s).", "", pages).arg(QFileInfo(path).absoluteFilePath()) << '\n';
    return 0;
}

} // namespace

int printCommand(const Arguments& a)
{
    const QString what = a.words.value(1);
    if (what == QLatin1String("work-order")) {
        a.allowOnly({QStringLiteral("pdf"), QStringLiteral("form")});
        const PageFormat format = formatOf(a);
        pdfPath(a);
        if (a.words.size() != 3)
            throw UsageError{Cli::tr("Give one order number.")};
        auto db = openDatabase(a);
        OutgoingDocument doc = OutgoingDocument::workOrder(*db, orderId(*db, a.words.at(2)));
        return output(a, *db, doc, format, {{QStringLiteral("number"), a.words.at(2)}});
    }
    if (what == QLatin1String("delivery-slip")) {
        a.allowOnly({QStringLiteral("pdf"), QStringLiteral("form"), QStringLiteral("slip")});
        const PageFormat format = formatOf(a);
        pdfPath(a);
        auto db = openDatabase(a);
        DeliveryRepository deliveries(*db);
        qint64 slipId = 0;
        QString number;
        if (a.options.contains(QStringLiteral("slip"))) {
            if (a.words.size() > 2)
                throw UsageError{Cli::tr("Give either order numbers or --slip, not both.")};
            const std::optional<DeliverySlip> slip = deliveries.findByNumber(a.option(QStringLiteral("slip")));
            if (!slip)
                throw StoreError(StoreError::Kind::NotFound,
                                 Cli::tr("There is no delivery slip numbered %1.").arg(a.option(QStringLiteral("slip"))));
            slipId = slip->meta.id;
            number = slip->number;
        } else {
            if (a.words.size() < 3)
                throw UsageError{Cli::tr("Give the numbers of the orders to deliver, or --slip to reprint a slip.")};
            QList<qint64> ids;
            for (const QString& n : a.words.mid(2))
                ids.append(orderId(*db, n));
            const DeliverySlip slip = deliveries.create(ids);
            slipId = slip.meta.id;
            number = slip.number;
        }
        OutgoingDocument doc = OutgoingDocument::deliverySlip(*db, slipId);
        const std::optional<DeliverySlip> slip = deliveries.find(slipId);
        return output(a, *db, doc, format,
                      {{QStringLiteral("slip"), number}, {QStringLiteral("total"), slip->total().toPlainString()}});
    }
    if (what == QLatin1String("quote")) {
        a.allowOnly({QStringLiteral("pdf"), QStringLiteral("form"), QStringLiteral("revision")});
        const PageFormat format = formatOf(a);
        pdfPath(a);
        if (a.words.size() != 3) throw UsageError{Cli::tr("Give one quote number.")};
        const int revision = int(a.number(QStringLiteral("revision"), 0, 1, 100000));
        auto db = openDatabase(a);
        const std::optional<Quote> quote = QuoteRepository(*db).findByNumber(a.words.at(2), revision);
        if (!quote)
            throw StoreError(StoreError::Kind::NotFound,
                             Cli::tr("There is no quote numbered %1.").arg(a.words.at(2)));
        OutgoingDocument doc = OutgoingDocument::quote(*db, quote->meta.id);
        return output(a, *db, doc, format,
                      {{QStringLiteral("number"), quote->number},
                       {QStringLiteral("revision"), quote->revision},
                       {QStringLiteral("total"), quote->total().toPlainString()}});
    }
    if (what == QLatin1String("statement")) {
        a.allowOnly({QStringLiteral("pdf"), QStringLiteral("form"), QStringLiteral("customer"), QStringLiteral("from"),
                     QStringLiteral("to")});
        const PageFormat format = formatOf(a);
        pdfPath(a);
        const auto [from, to] = requiredPeriod(a);
        if (!a.options.contains(QStringLiteral("customer")))
            throw UsageError{Cli::tr("Give the customer with --customer ID|NAME.")};
        auto db = openDatabase(a);
        const qint64 customer = customerId(*db, a.option(QStringLiteral("customer")));
        OutgoingDocument doc = OutgoingDocument::statement(*db, customer, from, to);
        return output(a, *db, doc, format, {{QStringLiteral("customer_id"), customer}});
    }
    if (what == QLatin1String("test-grid")) {
        a.allowOnly({QStringLiteral("pdf"), QStringLiteral("form")});
        const PageFormat format = formatOf(a);
        const QString path = pdfPath(a);
        QPdfWriter writer(path);
        DocumentRenderer::preparePdf(writer, format);
        DocumentRenderer::paintTestGrid(&writer, format, {});
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("pdf"), QFileInfo(path).absoluteFilePath()}, {QStringLiteral("pages"), 1}});
        return 0;
    }
    if (what == QLatin1String("labels") || what == QLatin1String("envelopes") ||
        what == QLatin1String("letters")) {
        const bool labels = what == QLatin1String("labels");
        const bool letters = what == QLatin1String("letters");
        QStringList allowed{QStringLiteral("pdf"), QStringLiteral("customers"), QStringLiteral("campaign")};
        if (labels) allowed << QStringLiteral("sheet") << QStringLiteral("start");
        if (what == QLatin1String("envelopes")) allowed << QStringLiteral("size");
        if (letters) allowed << QStringLiteral("template") << QStringLiteral("date");
        a.allowOnly(allowed);
        const QString path = pdfPath(a);
        const std::optional<LabelSheet> sheet =
            LabelSheet::fromCode(a.option(QStringLiteral("sheet"), QStringLiteral("3x8")));
        if (!sheet) throw UsageError{Cli::tr("--sheet is 3x8 or 2x7.")};
        const std::optional<EnvelopeSize> size =
            EnvelopeSize::fromCode(a.option(QStringLiteral("size"), QStringLiteral("dl")));
        if (!size) throw UsageError{Cli::tr("--size is dl or c5.")};
        const int start = int(a.number(QStringLiteral("start"), 1, 1, sheet->perSheet()));
        QString body;
        if (letters) {
            if (!a.options.contains(QStringLiteral("template")))
                throw UsageError{Cli::tr(
                    "Give the letter's --template FILE (UTF-8 text with fields such as {客户名称}).")};
            body = QString::fromUtf8(readInput(a.option(QStringLiteral("template"))));
            if (const QStringList unknown = MergeTemplate::unknownFields(body); !unknown.isEmpty())
                throw UsageError{Cli::tr("The template names fields there are not: %1.")
                                     .arg(unknown.join(QStringLiteral(", ")))};
        }
        const QDate date = a.options.contains(QStringLiteral("date"))
                               ? optionalDate(a, QStringLiteral("date"))
                               : QDate::currentDate();
        auto db = openDatabase(a);
        CustomerRepository customers(*db);
        QList<qint64> ids = chosenCustomers(*db, a).value_or(QList<qint64>());
        if (!a.options.contains(QStringLiteral("customers")) &&
            !a.options.contains(QStringLiteral("campaign"))) {
            // Every active customer, by name, a page at a time.
            const CustomerListQuery query;
            for (qint64 offset = 0;; offset += 500) {
                const QList<CustomerRow> rows = customers.page(query, offset, 500);
                for (const CustomerRow& r : rows)
                    ids.append(r.id);
                if (rows.size() < 500) break;
            }
        }
        if (ids.isEmpty()) throw UsageError{Cli::tr("There are no customers to print for.")};
        QList<Addressee> to;
        QList<Letter> written;
        QJsonArray missing;
        const MergeFields fields(*db, date);
        for (const qint64 id : std::as_const(ids)) {
            const Addressee addressee = Addressee::of(customers.get(id));
            to.append(addressee);
            if (!letters) continue;
            const MergeTemplate::Result merged = MergeTemplate::merge(body, fields.values(id));
            written.append({addressee, merged.text});
            if (!merged.missing.isEmpty()) {
                missing.append(
                    QJsonObject{{QStringLiteral("customer_id"), id},
                                {QStringLiteral("customer"), addressee.name},
                                {QStringLiteral("missing"), QJsonArray::fromStringList(merged.missing)}});
                if (!a.json) {
                    QStringList tokens;
                    for (const QString& code : merged.missing)
                        tokens.append(MergeTemplate::token(code, QLocale().language() == QLocale::Chinese));
                    err() << Cli::tr("%1: nothing for %2")
                                 .arg(addressee.name, tokens.join(QStringLiteral(", ")))
                          << '\n';
                }
            }
        }
        const ShopProfile shop = ShopProfile::load(*db);
        const int pages = labels    ? MailMerge::writeLabels(path, to, *sheet, start)
                          : letters ? MailMerge::writeLetters(path, written, shop, date)
                                    : MailMerge::writeEnvelopes(path, to, *size, shop);
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("pdf"), QFileInfo(path).absoluteFilePath()},
                                  {QStringLiteral("pages"), pages},
                                  {QStringLiteral("customers"), qint64(to.size())},
                                  {QStringLiteral("missing"), missing}});
        else
            out() << Cli::tr("%1 written: %n page(s).", "", pages).arg(QFileInfo(path).absoluteFilePath())
                  << '\n';
        return 0;
    }
    throw UsageError{Cli::tr("Unknown print command \"%1\".").arg(what)};
}

} // namespace shopcrm::cli
