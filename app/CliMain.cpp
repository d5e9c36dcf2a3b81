// shopcrm-cli: the headless companion for scripts, scheduled jobs and checks. Exit status: 0 success, 1 a user error
// explained on stderr, 2 bad usage.
#include "CliSupport.h"
#include "domain/CustomerJson.h"
#include "services/Benchmark.h"
#include "services/DemoData.h"
#include "services/TimeZoneSetup.h"
#include "services/Translations.h"
#include "store/CustomerRepository.h"
#include "store/CustomerSearchIndex.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>

using namespace shopcrm;
using namespace shopcrm::cli;

namespace {

QString usage()
{
    return Cli::
        tr("Usage: shopcrm-cli [--db PATH] [--json] COMMAND …\n"
           "\n"
           "Commands:\n"
           "  init                                   create or upgrade the database\n"
           "  demo --customers N [--orders M] [--followups F] [--opportunities O] [--years Y] [--seed S]\n"
           "                                         add realistic demo customers, orders and\n"
           "                                         follow-ups (F defaults to M / 2)\n"
           "  customer add --name N [--short S] [--phone P] [--contact C] [--address A]\n"
           "               [--tags T,…] [--kind company|individual] [--grade G]\n"
           "               [--email E] [--wechat W] [--postcode P] [--campaign C] [--notes N]\n"
           "  customer show ID\n"
           "  customer list [--limit N] [--archived]\n"
           "  customer search QUERY [--limit N] [--archived]\n"
           "  customer archive ID | customer restore ID\n"
           "%2%4%5%12%14%15%16%17%13%18%19%20%3%6%7%8%9%10%11"
           "  bench [--scale S] [--seed S] [--samples N] [--only SCENARIO,…]\n"
           "\n"
           "--db PATH      the database file (default: %1), or a server's\n"
           "               postgresql://user@host:port/dbname (password: PGPASSWORD, ~/.pgpass or asked)\n"
           "--json         machine-readable output\n"
           "--language L   en or zh_CN for this run (default: the desktop program's setting)\n"
           "--version      the program's version\n")
            .arg(QDir::toNativeSeparators(Database::defaultPath()), orderUsage(), printUsage(),
                 followUpUsage(), paymentUsage(), sharedUsage(), auditUsage(), backupUsage(), userUsage(),
                 importUsage(), mergeUsage(), opportunityUsage(), targetUsage(), quoteUsage(),
                 pricelistUsage(), poolUsage(), serviceUsage(), calendarUsage(), campaignUsage(),
                 messageUsage());
}

QJsonObject rowJson(const CustomerRow& r)
{
    return {{QStringLiteral("id"), r.id},           {QStringLiteral("name"), r.name},
            {QStringLiteral("contact"), r.contact}, {QStringLiteral("phone"), r.phone},
            {QStringLiteral("region"), r.region},   {QStringLiteral("grade"), r.grade},
            {QStringLiteral("tags"), r.tags},       {QStringLiteral("archived"), r.archived}};
}

// Rows with the address as well, which the list itself does not carry.
QJsonArray rowsJson(const CustomerRepository& repo, const QList<CustomerRow>& rows)
{
    QJsonArray array;
    for (const CustomerRow& r : rows) {
        QJsonObject o = rowJson(r);
        const std::optional<Customer> c = repo.find(r.id);
        o.insert(QStringLiteral("address"), c ? c->address : QString());
        o.insert(QStringLiteral("short_name"), c ? c->shortName : QString());
        array.append(o);
    }
    return array;
}

void printRows(const QList<CustomerRow>& rows)
{
    for (const CustomerRow& r : rows)
        out() << r.id << '\t' << r.name << '\t' << r.contact << '\t' << r.phone << '\t' << r.region
              << (r.archived ? QStringLiteral("\t") + Cli::tr("(archived)") : QString()) << '\n';
}

qint64 parseId(const Arguments& a, qsizetype index)
{
    bool ok = false;
    const qint64 id = a.words.value(index).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{Cli::tr("Give the customer's id as a number.")};
    return id;
}

int customerCommand(const Arguments& a)
{
    const QString verb = a.words.value(1);
    if (verb == QLatin1String("add")) {
        a.allowOnly({QStringLiteral("name"), QStringLiteral("short"), QStringLiteral("phone"),
                     QStringLiteral("contact"), QStringLiteral("address"), QStringLiteral("tags"),
                     QStringLiteral("kind"), QStringLiteral("grade"), QStringLiteral("email"),
                     QStringLiteral("notes"), QStringLiteral("wechat"), QStringLiteral("postcode"),
                     QStringLiteral("campaign")});
        Customer c;
        c.name = a.option(QStringLiteral("name"));
        c.shortName = a.option(QStringLiteral("short"));
        if (a.options.contains(QStringLiteral("phone")))
            c.phones = {a.option(QStringLiteral("phone"))};
        c.address = a.option(QStringLiteral("address"));
        c.tags = a.option(QStringLiteral("tags")).split(QRegularExpression(QStringLiteral("[,，]")), Qt::SkipEmptyParts);
        const QString kind = a.option(QStringLiteral("kind"), QStringLiteral("company"));
        if (kind != QLatin1String("company") && kind != QLatin1String("individual"))
            throw UsageError{Cli::tr("--kind is company or individual.")};
        c.kind = CustomerRules::kindFromCode(kind);
        c.grade = a.option(QStringLiteral("grade"));
        c.email = a.option(QStringLiteral("email"));
        c.wechat = a.option(QStringLiteral("wechat"));
        c.postcode = a.option(QStringLiteral("postcode"));
        c.notes = a.option(QStringLiteral("notes"));
        if (a.options.contains(QStringLiteral("contact"))) {
            Contact contact;
            contact.name = a.option(QStringLiteral("contact"));
            contact.primary = true;
            c.contacts.append(contact);
        }
        auto db = openDatabase(a);
        c.campaignId = campaignIdOption(*db, a);
        CustomerRepository repo(*db);
        CustomerRules::normalise(c);
        for (const CustomerRow& dup : repo.duplicatesOf(c))
            err() << Cli::tr("Warning: customer %1 (%2) has the same name or phone number.").arg(dup.id).arg(dup.name)
                  << '\n';
        for (const FieldIssue& issue : CustomerRules::check(c))
            if (!issue.blocking)
                err() << Cli::tr("Warning: %1").arg(issue.message) << '\n';
        err().flush();
        const qint64 id = repo.create(c);
        printCreated(a, id);
        return 0;
    }
    if (verb == QLatin1String("show")) {
        a.allowOnly({});
        const qint64 id = parseId(a, 2);
        auto db = openDatabase(a);
        const Customer c = CustomerRepository(*db).get(id);
        const QJsonObject o = CustomerJson::toJson(c);
        if (a.json) {
            printJson(o);
            return 0;
        }
        out() << Cli::tr("Customer %1").arg(c.meta.id) << (c.archived ? QStringLiteral(" ") + Cli::tr("(archived)") : QString())
              << '\n';
        auto line = [](const QString& label, const QString& value) {
            if (!value.isEmpty())
                out() << "  " << label << ": " << value << '\n';
        };
        line(Cli::tr("Name"), c.name);
        line(Cli::tr("Short name"), c.shortName);
        line(Cli::tr("Kind"), CustomerRules::kindName(c.kind));
        line(Cli::tr("Grade"), c.grade);
        line(Cli::tr("Tags"), c.tags.join(QStringLiteral(", ")));
        line(Cli::tr("Region"), c.region());
        line(Cli::tr("Address"), c.address);
        line(Cli::tr("Postcode"), c.postcode);
        line(Cli::tr("Phones"), c.phones.join(QStringLiteral(", ")));
        line(Cli::tr("E-mail"), c.email);
        line(Cli::tr("WeChat"), c.wechat);
        line(Cli::tr("Payment terms"), CustomerRules::termsName(c.paymentTerms));
        for (const Contact& k : c.contacts)
            line(k.primary ? Cli::tr("Primary contact") : Cli::tr("Contact"),
                 QStringList{k.name, k.title, k.mobile, k.phone}.filter(QRegularExpression(QStringLiteral("."))).join(QStringLiteral(", ")));
        line(Cli::tr("Notes"), c.notes);
        return 0;
    }
    if (verb == QLatin1String("list")) {
        a.allowOnly({QStringLiteral("limit")});
        const int limit = static_cast<int>(a.number(QStringLiteral("limit"), 100, 1, 1000000));
        auto db = openDatabase(a);
        CustomerRepository repo(*db);
        CustomerListQuery query;
        query.includeArchived = a.flags.contains(QStringLiteral("--archived"));
        const QList<CustomerRow> rows = repo.page(query, 0, limit);
        if (a.json)
            printJson(rowsJson(repo, rows));
        else
            printRows(rows);
        return 0;
    }
    if (verb == QLatin1String("search")) {
        a.allowOnly({QStringLiteral("limit")});
        const QString query = a.words.mid(2).join(QLatin1Char(' '));
        if (query.trimmed().isEmpty())
            throw UsageError{Cli::tr("Give something to search for.")};
        const int limit = static_cast<int>(a.number(QStringLiteral("limit"), 20, 1, 1000));
        auto db = openDatabase(a);
        CustomerRepository repo(*db);
        QList<qint64> ids;
        for (const CustomerSearchIndex::Hit& hit :
             CustomerSearchIndex(*db).search(query, limit, a.flags.contains(QStringLiteral("--archived"))))
            ids.append(hit.id);
        const QList<CustomerRow> rows = repo.rows(ids);
        if (a.json)
            printJson(rowsJson(repo, rows));
        else
            printRows(rows);
        return 0;
    }
    if (verb == QLatin1String("owner")) return customerOwnerCommand(a);
    if (verb == QLatin1String("archive") || verb == QLatin1String("restore")) {
        a.allowOnly({});
        const qint64 id = parseId(a, 2);
        auto db = openDatabase(a);
        CustomerRepository repo(*db);
        const Customer c = repo.get(id);
        repo.setArchived(id, c.meta.version, verb == QLatin1String("archive"));
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("archived"), verb == QLatin1String("archive")}});
        return 0;
    }
    throw UsageError{Cli::tr("Unknown customer command \"%1\".").arg(verb)};
}

int run(const QStringList& args)
{
    QSet<QString> flags{
        QStringLiteral("--archived"),      QStringLiteral("--help"),    QStringLiteral("--urgent"),
        QStringLiteral("--all"),           QStringLiteral("--credit"),  QStringLiteral("--encrypt"),
        QStringLiteral("--plain"),         QStringLiteral("--yes"),     QStringLiteral("--password-stdin"),
        QStringLiteral("--own-customers"), QStringLiteral("--dry-run"), QStringLiteral("--revisions"),
        QStringLiteral("--undo"),          QStringLiteral("--failed"),  QStringLiteral("--version")};
    // `message send --email` is a switch; everywhere else --email takes an address (customer add).
    if (Arguments::parse(args, flags).words.value(0) == QLatin1String("message")) {
        flags.insert(QStringLiteral("--email"));
        flags.insert(QStringLiteral("--sms"));
    }
    const Arguments a = Arguments::parse(args, flags);
    if (!a.language.isEmpty())
        Translations::apply(a.language);
    const QString command = a.words.value(0);
    if (a.flags.contains(QStringLiteral("--version"))) {
        out() << "shopcrm-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command.isEmpty() || command == QLatin1String("help") || a.flags.contains(QStringLiteral("--help"))) {
        (command.isEmpty() && !a.flags.contains(QStringLiteral("--help")) ? err() : out()) << usage();
        return command.isEmpty() && !a.flags.contains(QStringLiteral("--help")) ? 2 : 0;
    }
    if (command == QLatin1String("init")) {
        a.allowOnly({});
        auto db = openDatabase(a);
        if (a.json)
            printJson(QJsonObject{{QStringLiteral("path"), db->path()}, {QStringLiteral("schema"), db->schemaVersion()},
                                  {QStringLiteral("backup"), db->lastUpgradeBackup()}});
        else
            out() << Cli::tr("Database %1 is ready (schema %2).")
                         .arg(db->path(), QString::number(db->schemaVersion()))
                  << '\n';
        return 0;
    }
    if (command == QLatin1String("demo")) {
        a.allowOnly({QStringLiteral("customers"), QStringLiteral("orders"), QStringLiteral("followups"),
                     QStringLiteral("opportunities"), QStringLiteral("seed"), QStringLiteral("years")});
        const bool more = a.options.contains(QStringLiteral("orders")) ||
                          a.options.contains(QStringLiteral("followups")) ||
                          a.options.contains(QStringLiteral("opportunities"));
        const qint64 customers = a.number(QStringLiteral("customers"), more ? 0 : 100, 0, 10000000);
        const qint64 orders = a.number(QStringLiteral("orders"), 0, 0, 10000000);
        const qint64 followUps = a.number(QStringLiteral("followups"), orders / 2, 0, 10000000);
        const qint64 opportunities = a.number(QStringLiteral("opportunities"), 0, 0, 10000000);
        const auto seed = static_cast<quint32>(a.number(QStringLiteral("seed"), 1, 0, 4294967295LL));
        auto db = openDatabase(a);
        DemoData demo(seed);
        demo.setYears(static_cast<int>(a.number(QStringLiteral("years"), 2, 1, 30)));
        QJsonObject report;
        double total = 0;
        // Each kind is added with a progress line for large counts; the time taken is reported.
        auto add = [&](const QString& key, const QString& progressText, const QString& doneText, qint64 count,
                       const std::function<qint64(const std::function<bool(qint64, qint64)>&)>& insert) {
            QElapsedTimer timer;
            timer.start();
            const qint64 made = insert([&](qint64 done, qint64 all) {
                if (!a.json && all >= 10000) {
                    err() << progressText.arg(done).arg(all) << '\r';
                    err().flush();
                }
                return true;
            });
            if (!a.json && count >= 10000)
                err() << '\n';
            err().flush();
            const double seconds = double(timer.elapsed()) / 1000.0;
            total += seconds;
            report.insert(key, made);
            // "customers" → "customer_seconds", "opportunities" → "opportunity_seconds"
            const QString one =
                key.endsWith(QLatin1String("ies")) ? key.chopped(3) + QLatin1Char('y') : key.chopped(1);
            report.insert(one + QStringLiteral("_seconds"), seconds);
            if (!a.json && made > 0)
                out() << doneText.arg(made).arg(seconds, 0, 'f', 1) << '\n';
        };
        add(QStringLiteral("customers"), Cli::tr("%1 of %2 customers"), Cli::tr("Added %1 demo customers in %2 s."),
            customers, [&](const auto& progress) { return demo.insertCustomers(*db, customers, progress); });
        add(QStringLiteral("orders"), Cli::tr("%1 of %2 orders"), Cli::tr("Added %1 demo orders in %2 s."), orders,
            [&](const auto& progress) { return demo.insertOrders(*db, orders, progress); });
        add(QStringLiteral("followups"), Cli::tr("%1 of %2 follow-ups"), Cli::tr("Added %1 demo follow-ups in %2 s."),
            followUps, [&](const auto& progress) { return demo.insertFollowUps(*db, followUps, progress); });
        add(QStringLiteral("opportunities"), Cli::tr("%1 of %2 opportunities"),
            Cli::tr("Added %1 demo opportunities in %2 s."), opportunities,
            [&](const auto& progress) { return demo.insertOpportunities(*db, opportunities, progress); });
        if (orders > 0)
            add(QStringLiteral("payments"), Cli::tr("%1 of %2 payments"),
                Cli::tr("Added %1 demo payments in %2 s."), orders,
                [&](const auto& progress) { return demo.insertPayments(*db, progress); });
        if (orders > 0)
            add(QStringLiteral("appointments"), Cli::tr("%1 of %2 appointments and tasks"),
                Cli::tr("Added %1 demo appointments and tasks in %2 s."), 1,
                [&](const auto&) { return demo.insertSchedule(*db); });
        if (a.json) {
            report.insert(QStringLiteral("seconds"), total);
            printJson(report);
        }
        return 0;
    }
    if (command == QLatin1String("customer"))
        return customerCommand(a);
    if (command == QLatin1String("order"))
        return orderCommand(a);
    if (command == QLatin1String("staff"))
        return staffCommand(a);
    if (command == QLatin1String("product"))
        return productCommand(a);
    if (command == QLatin1String("print"))
        return printCommand(a);
    if (command == QLatin1String("followup"))
        return followUpCommand(a);
    if (command == QLatin1String("export"))
        return exportCommand(a);
    if (command == QLatin1String("reminders"))
        return remindersCommand(a);
    if (command == QLatin1String("payment"))
        return paymentCommand(a);
    if (command == QLatin1String("report"))
        return reportCommand(a);
    if (command == QLatin1String("opportunity")) return opportunityCommand(a);
    if (command == QLatin1String("target")) return targetCommand(a);
    if (command == QLatin1String("quote")) return quoteCommand(a);
    if (command == QLatin1String("pricelist")) return pricelistCommand(a);
    if (command == QLatin1String("pool")) return poolCommand(a);
    if (command == QLatin1String("service")) return serviceCommand(a);
    if (command == QLatin1String("campaign")) return campaignCommand(a);
    if (command == QLatin1String("mail")) return mailCommand(a);
    if (command == QLatin1String("message")) return messageCommand(a);
    if (command == QLatin1String("sms")) return smsCommand(a);
    if (command == QLatin1String("task") || command == QLatin1String("appointment") ||
        command == QLatin1String("calendar"))
        return calendarCommands(a);
    if (command == QLatin1String("shared"))
        return sharedCommand(a);
    if (command == QLatin1String("audit"))
        return auditCommand(a);
    if (command == QLatin1String("backup"))
        return backupCommand(a);
    if (command == QLatin1String("restore"))
        return restoreCommand(a);
    if (command == QLatin1String("check"))
        return checkCommand(a);
    if (command == QLatin1String("migrate-to")) return migrateCommand(a);
    if (command == QLatin1String("user"))
        return userCommand(a);
    if (command == QLatin1String("role"))
        return roleCommand(a);
    if (command == QLatin1String("users"))
        return usersCommand(a);
    if (command == QLatin1String("import"))
        return importCommand(a);
    if (command == QLatin1String("duplicates"))
        return duplicatesCommand(a);
    if (command == QLatin1String("merge"))
        return mergeCommand(a);
    if (command == QLatin1String("bench")) {
        a.allowOnly({QStringLiteral("scale"), QStringLiteral("seed"), QStringLiteral("samples"), QStringLiteral("only")});
        Benchmark::Options options;
        bool ok = true;
        options.scale = a.option(QStringLiteral("scale"), QStringLiteral("1")).toDouble(&ok);
        if (!ok || options.scale <= 0 || options.scale > 100)
            throw UsageError{Cli::tr("--scale takes a number above 0 and at most 100.")};
        options.seed = static_cast<quint32>(a.number(QStringLiteral("seed"), 42, 0, 4294967295LL));
        options.samples = static_cast<int>(a.number(QStringLiteral("samples"), 200, 10, 100000));
        options.only = a.option(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& name : std::as_const(options.only))
            if (!Benchmark::standaloneScenarios().contains(name))
                throw UsageError{Cli::tr("--only takes %1.").arg(Benchmark::standaloneScenarios().join(QStringLiteral(", ")))};
        options.database = a.db; // the shop to measure, or where to keep the one generated
        options.guiProgram = QCoreApplication::applicationDirPath() + QStringLiteral("/shopcrm");
        QTemporaryDir dir;
        options.workDir = dir.path();
        const QJsonObject result = Benchmark::run(options, [](const QString& s) {
            err() << s << '\n';
            err().flush();
        });
        printJson(result);
        return 0;
    }
    throw UsageError{Cli::tr("Unknown command \"%1\".").arg(command)};
}

} // namespace

int main(int argc, char** argv)
{
    pinLocalTimeZone();
    // Documents are painted with QtGui (fonts, PDF), which needs a GUI application object; the
    // command line never opens a window, so it runs on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ShopCRM"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOPCRM_VERSION));
    Translations::apply(QSettings(QStringLiteral("ShopCRM"), QStringLiteral("ShopCRM"))
                            .value(QStringLiteral("ui/language"))
                            .toString());
    try {
        return run(app.arguments().mid(1));
    } catch (const UsageError& e) {
        err() << e.message << "\n\n" << usage();
        return 2;
    } catch (const StoreError& e) {
        err() << e.message() << '\n';
        return 1;
    }
}
