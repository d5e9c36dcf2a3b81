#include "CliSupport.h"

#include "store/OrderRepository.h"
#include "store/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <unistd.h>

namespace shopcrm::cli {

Arguments Arguments::parse(const QStringList& args, const QSet<QString>& flagNames)
{
    Arguments a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            a.json = true;
        } else if (flagNames.contains(arg)) {
            a.flags.insert(arg);
        } else if (arg.startsWith(QLatin1String("--"))) {
            QString key = arg.mid(2);
            QString value;
            const qsizetype eq = key.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = key.mid(eq + 1);
                key.truncate(eq);
            } else if (i + 1 < args.size()) {
                value = args.at(++i);
            } else {
                throw UsageError{Cli::tr("The option --%1 needs a value.").arg(key)};
            }
            if (key == QLatin1String("db"))
                a.db = value;
            else if (key == QLatin1String("language"))
                a.language = value;
            else if (key == QLatin1String("user"))
                a.user = value;
            else
                a.options.insert(key, value);
        } else {
            a.words.append(arg);
        }
    }
    return a;
}

qint64 Arguments::number(const QString& key, qint64 fallback, qint64 min, qint64 max) const
{
    if (!options.contains(key))
        return fallback;
    bool ok = false;
    const qint64 value = options.value(key).toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw UsageError{Cli::tr("--%1 takes a whole number from %2 to %3.").arg(key).arg(min).arg(max)};
    return value;
}

void Arguments::allowOnly(const QStringList& keys) const
{
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        if (!keys.contains(it.key()))
            throw UsageError{Cli::tr("Unknown option --%1.").arg(it.key())};
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

void printCreated(const Arguments& a, qint64 id)
{
    if (a.json)
        printJson(QJsonObject{{QStringLiteral("id"), id}});
    else
        out() << id << '\n';
}

Order orderByNumber(const OrderRepository& repo, const QString& number)
{
    if (number.trimmed().isEmpty())
        throw UsageError{Cli::tr("Give the order number.")};
    std::optional<Order> o = repo.findByNumber(number);
    if (!o)
        throw StoreError(StoreError::Kind::NotFound, Cli::tr("There is no order numbered %1.").arg(number));
    return *o;
}

QByteArray readInput(const QString& path)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            throw StoreError(StoreError::Kind::Open, Cli::tr("Cannot read the standard input."));
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(StoreError::Kind::Open,
                             Cli::tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    return file.readAll();
}

QJsonObject readJsonObject(const QString& path)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(readInput(path), &parseError);
    if (!doc.isObject())
        throw StoreError(StoreError::Kind::Validation,
                         Cli::tr("The input is not a JSON object: %1 at byte %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    return doc.object();
}

QDate optionalDate(const Arguments& a, const QString& key)
{
    if (!a.options.contains(key))
        return {};
    const QDate d = QDate::fromString(a.option(key), Qt::ISODate);
    if (!d.isValid())
        throw UsageError{Cli::tr("--%1 takes a date such as 2026-11-20.").arg(key)};
    return d;
}

std::pair<QDate, QDate> requiredPeriod(const Arguments& a)
{
    const QDate from = optionalDate(a, QStringLiteral("from"));
    const QDate to = optionalDate(a, QStringLiteral("to"));
    if (!from.isValid() || !to.isValid())
        throw UsageError{Cli::tr("Give the period with --from DATE --to DATE.")};
    if (to < from) throw UsageError{Cli::tr("--to is before --from.")};
    return {from, to};
}

qint64 customerId(Database& db, const QString& text)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    Sql q(db, isNumber ? QStringLiteral("SELECT id FROM customers WHERE id = ?")
                       : QStringLiteral("SELECT id FROM customers WHERE name = ? ORDER BY archived, id LIMIT 1"));
    const qint64 found = q.bind(isNumber ? QVariant(id) : QVariant(text.trimmed())).scalar().toLongLong();
    if (found == 0)
        throw StoreError(StoreError::Kind::NotFound, Cli::tr("There is no customer \"%1\".").arg(text));
    return found;
}

std::unique_ptr<Database> openDatabase(const Arguments& a)
{
    const QString path = a.db.isEmpty() ? Database::defaultLocation() : a.db;
    // The same user and desk as the desktop program's Settings, so the audit log names them.
    QSettings settings(QStringLiteral("ShopCRM"), QStringLiteral("ShopCRM"));
    DatabaseOptions options;
    options.session.user = settings.value(QStringLiteral("session/user"), options.session.user).toString();
    options.session.desk = settings.value(QStringLiteral("session/desk"), options.session.desk).toString();
    std::unique_ptr<Database> db;
    try {
        db = std::make_unique<Database>(path, options);
    } catch (const StoreError& e) {
        // A server that wants a password nobody gave (PGPASSWORD, ~/.pgpass): asked for on a terminal.
        const bool wantsPassword =
            ServerAddress::isServerUrl(path) && e.message().contains(QLatin1String("password"));
        if (!wantsPassword || !qEnvironmentVariableIsEmpty("PGPASSWORD") || !isatty(STDIN_FILENO)) throw;
        qputenv("PGPASSWORD", readSecret(Cli::tr("Password for %1: ").arg(path)).toUtf8());
        db = std::make_unique<Database>(path, options);
    }
    signIn(*db, a);
    return db;
}

void signIn(Database& db, const Arguments& a)
{
    UserRepository users(db);
    const QString login = a.user.isEmpty() ? qEnvironmentVariable("SHOPCRM_USER") : a.user;
    if (login.isEmpty()) {
        if (users.signInRequired())
            throw StoreError(StoreError::Kind::Denied,
                             Cli::tr("This shop signs in: give --user LOGIN (or SHOPCRM_USER), with the password in "
                                     "SHOPCRM_PASSWORD or at the prompt."));
        return;
    }
    if (!users.hasUsers()) {
        // Before the first user, SHOPCRM_USER only names who works (as it always did).
        if (a.user.isEmpty())
            return;
        throw StoreError(StoreError::Kind::Denied,
                         Cli::tr("This shop has no users yet; create the owner with `user add` first."));
    }
    QString password = qEnvironmentVariable("SHOPCRM_PASSWORD");
    if (password.isEmpty()) {
        if (!isatty(STDIN_FILENO))
            throw StoreError(StoreError::Kind::Denied,
                             Cli::tr("Give the password of %1 in SHOPCRM_PASSWORD or run this on a terminal.").arg(login));
        password = readSecret(Cli::tr("Password of %1: ").arg(login));
    }
    users.signIn(login, password);
}

} // namespace shopcrm::cli
