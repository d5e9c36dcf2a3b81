#pragma once

// What every shopcrm-cli command shares: argument parsing, output and opening the database.
#include "domain/Order.h"
#include "store/Database.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace shopcrm::cli {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Bad usage: exit status 2, with the usage text.
struct UsageError
{
    QString message;
};

// Global options (--db, --json) may stand anywhere; the rest are words and --key value pairs.
struct Arguments
{
    QString db;
    QString language; // --language en|zh_CN: this run's language instead of the desktop's
    QString user;     // --user LOGIN (or SHOPCRM_USER): who acts, when the shop signs in
    bool json = false;
    QStringList words;
    QHash<QString, QString> options;
    QSet<QString> flags;

    static Arguments parse(const QStringList& args, const QSet<QString>& flagNames);
    QString option(const QString& key, const QString& fallback = {}) const { return options.value(key, fallback); }
    qint64 number(const QString& key, qint64 fallback, qint64 min, qint64 max) const;
    void allowOnly(const QStringList& keys) const;
};

QTextStream& out();
QTextStream& err();
void printJson(const QJsonValue& value);
// What an `add` command prints: the new id, or {"id": …} with --json.
void printCreated(const Arguments& a, qint64 id);
// Opens the database and signs the acting user in (--user, SHOPCRM_USER; SHOPCRM_PASSWORD or a
// prompt); refused when the shop signs in and no user is given.
std::unique_ptr<Database> openDatabase(const Arguments& a);
void signIn(Database& db, const Arguments& a);

// Lookups the commands share, each a clear error when nothing matches.
Order orderByNumber(const OrderRepository& repo, const QString& number);
qint64 customerId(Database& db, const QString& idOrName);
// --key as a date (invalid when the option is absent); bad text is a usage error.
QDate optionalDate(const Arguments& a, const QString& key);
// --from and --to, both required, --to not before --from; usage errors otherwise.
std::pair<QDate, QDate> requiredPeriod(const Arguments& a);
// A file's bytes, or the standard input's for "-"; StoreError(Open) when it cannot be read.
QByteArray readInput(const QString& path);
QJsonObject readJsonObject(const QString& path);

// `order …`, `staff …` and `product …` (CliOrders.cpp).
// --status S,…|all, --from, --to, --urgent, --due, --customer, --staff over the defaults.
OrderFilter orderFilterFrom(Database& db, const Arguments& a, const OrderFilter& defaults);
int orderCommand(const Arguments& a);
int staffCommand(const Arguments& a);
int productCommand(const Arguments& a);
// `followup …`, `export …` and `reminders` (CliFollowUps.cpp).
int followUpCommand(const Arguments& a);
int exportCommand(const Arguments& a);
int remindersCommand(const Arguments& a);
QString followUpUsage();
// `payment …` and `report …` (CliPayments.cpp).
int paymentCommand(const Arguments& a);
int reportCommand(const Arguments& a);
QString paymentUsage();
PaymentFilter paymentFilterFrom(Database& db, const Arguments& a);
// `print …` (CliPrint.cpp).
int printCommand(const Arguments& a);
QString printUsage();
QString orderUsage();
// `shared on|off|status` (CliShared.cpp).
int sharedCommand(const Arguments& a);
QString sharedUsage();
// `audit verify|list` (CliAudit.cpp).
int auditCommand(const Arguments& a);
QString auditUsage();
// `backup …`, `restore` and `check` (CliBackup.cpp).
int backupCommand(const Arguments& a);
int restoreCommand(const Arguments& a);
int checkCommand(const Arguments& a);
// `migrate-to TARGET`: the whole database into a new one on either engine, checked.
int migrateCommand(const Arguments& a);
QString backupUsage();
// A line from standard input without echo on a terminal, after printing prompt on stderr.
QString readSecret(const QString& prompt);
// `user …`, `role …` and `users on|off` (CliUsers.cpp).
int userCommand(const Arguments& a);
int roleCommand(const Arguments& a);
int usersCommand(const Arguments& a);
QString userUsage();
// `import …` (CliImport.cpp).
int importCommand(const Arguments& a);
QString importUsage();
// `opportunity …` and `report forecast|funnel|win-loss` (CliSales.cpp).
int opportunityCommand(const Arguments& a);
int salesReportCommand(const Arguments& a);
QString opportunityUsage();
int targetCommand(const Arguments& a);
QString targetUsage();
int quoteCommand(const Arguments& a);
int pricelistCommand(const Arguments& a);
int poolCommand(const Arguments& a);
int customerOwnerCommand(const Arguments& a);
QString poolUsage();
QString pricelistUsage();
QString quoteUsage();
// `service …` and `report service` (CliService.cpp).
int serviceCommand(const Arguments& a);
int serviceReportCommand(const Arguments& a);
QString serviceUsage();
// `task …`, `appointment …` and `calendar` (CliCalendar.cpp).
int calendarCommands(const Arguments& a);
QString calendarUsage();
// `campaign …` (CliCampaigns.cpp); --campaign ID|NAME (0 when absent).
int campaignCommand(const Arguments& a);
QString campaignUsage();
qint64 campaignIdOption(Database& db, const Arguments& a);
// --customers ID|NAME,… or --campaign ID|NAME (its list); none when neither is given.
std::optional<QList<qint64>> chosenCustomers(Database& db, const Arguments& a);
// `mail …` and `message …` (CliMessages.cpp).
int mailCommand(const Arguments& a);
int messageCommand(const Arguments& a);
int smsCommand(const Arguments& a);
QString messageUsage();
// `duplicates …` and `merge …` (CliMerge.cpp).
int duplicatesCommand(const Arguments& a);
int mergeCommand(const Arguments& a);
QString mergeUsage();

} // namespace shopcrm::cli
