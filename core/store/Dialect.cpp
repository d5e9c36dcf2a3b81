#include "Dialect.h"

#include "StoreError.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QUrl>

namespace shopcrm {

bool ServerAddress::isServerUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString& text, QString* why)
{
    auto fail = [&](const QString& reason) -> std::optional<ServerAddress> {
        if (why) *why = reason;
        return std::nullopt;
    };
    if (!isServerUrl(text)) return fail(QStringLiteral("not a postgresql:// address"));
    // libpq's URI form, split by hand: QUrl refuses a host that is a %2F-encoded socket folder,
    // which libpq accepts. postgresql://[user[:password]@][host][:port][/dbname][?host=…&port=…]
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString path;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        path = rest.mid(slash + 1);
        rest.truncate(slash);
    }
    ServerAddress a;
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = rest.left(at);
        if (userInfo.contains(QLatin1Char(':')))
            return fail(QStringLiteral("a password does not belong in the address (it would show in lists of "
                                       "running programs): use PGPASSWORD, ~/.pgpass or the prompt"));
        a.user = QUrl::fromPercentEncoding(userInfo.toUtf8());
        rest = rest.mid(at + 1);
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) { // an IPv6 address
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0) return fail(QStringLiteral("the host's [ is not closed"));
        a.host = rest.mid(1, close - 1);
        if (rest.mid(close + 1).startsWith(QLatin1Char(':'))) portText = rest.mid(close + 2);
    } else if (const qsizetype colon = rest.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        a.host = QUrl::fromPercentEncoding(rest.left(colon).toUtf8());
        portText = rest.mid(colon + 1);
    } else {
        a.host = QUrl::fromPercentEncoding(rest.toUtf8());
    }
    for (const QString& item : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString key = item.section(QLatin1Char('='), 0, 0);
        const QString value = QUrl::fromPercentEncoding(item.section(QLatin1Char('='), 1).toUtf8());
        if (key == QLatin1String("host"))
            a.host = value;
        else if (key == QLatin1String("port"))
            portText = value;
        else if (key == QLatin1String("user"))
            a.user = value;
        else if (key == QLatin1String("password"))
            return fail(
                QStringLiteral("a password does not belong in the address: use PGPASSWORD, ~/.pgpass or the "
                               "prompt"));
    }
    if (a.host.isEmpty()) a.host = QStringLiteral("localhost");
    if (!portText.isEmpty()) {
        bool ok = false;
        a.port = portText.toInt(&ok);
        if (!ok || a.port <= 0 || a.port > 65535)
            return fail(QStringLiteral("the port %1 is not a port number").arg(portText));
    }
    a.database = QUrl::fromPercentEncoding(path.toUtf8());
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        return fail(QStringLiteral("the address names no database (postgresql://user@host:port/dbname)"));
    return a;
}

QString ServerAddress::url() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty()) text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    text += socket ? QString::fromUtf8(QUrl::toPercentEncoding(host)) : host;
    if (port != 5432) text += QLatin1Char(':') + QString::number(port);
    return text + QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
}

QString ServerAddress::deskFolder() const
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/ShopCRM/servers/") +
           QStringLiteral("%1-%2-%3")
               .arg(host, QString::number(port), database)
               .replace(unsafe, QStringLiteral("_"));
}

void ServerAddress::configure(QSqlDatabase& db, int timeoutSeconds) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setDatabaseName(database);
    db.setConnectOptions(QStringLiteral("connect_timeout=%1;application_name=ShopCRM").arg(timeoutSeconds));
}

namespace {

// Statements are rewritten with their literals set aside, so that nothing inside quotes (a
// customer's text, a pattern) is ever changed: each literal becomes \x01n\x02 while rewriting.
struct Masked
{
    QString text;
    QStringList literals;

    explicit Masked(const QString& sql)
    {
        text.reserve(sql.size());
        for (qsizetype i = 0; i < sql.size(); ++i) {
            const QChar c = sql.at(i);
            if (c != QLatin1Char('\'') && c != QLatin1Char('"')) {
                text += c;
                continue;
            }
            qsizetype end = i + 1;
            for (; end < sql.size(); ++end) {
                if (sql.at(end) == c) {
                    if (end + 1 < sql.size() && sql.at(end + 1) == c) {
                        ++end; // a doubled quote inside the literal
                        continue;
                    }
                    break;
                }
            }
            literals.append(sql.mid(i, end - i + 1));
            text += QChar(1) + QString::number(literals.size() - 1) + QChar(2);
            i = end;
        }
    }
    QString literal(const QString& token) const
    {
        return literals.value(token.mid(1, token.size() - 2).toInt());
    }
    QString unmasked(const QString& rewritten) const
    {
        static const QRegularExpression token(QStringLiteral("\\x01(\\d+)\\x02"));
        QString out;
        qsizetype last = 0;
        for (auto it = token.globalMatch(rewritten); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(rewritten).mid(last, m.capturedStart() - last);
            out += literals.value(m.captured(1).toInt());
            last = m.capturedEnd();
        }
        return out + QStringView(rewritten).mid(last);
    }
};

QRegularExpression words(const char* pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption);
}

// Fixed rewrites, each a pattern (case-insensitive) and its replacement, applied in order.
class Rewrites
{
public:
    Rewrites(std::initializer_list<std::pair<const char*, const char*>> pairs)
    {
        for (const auto& [pattern, replacement] : pairs)
            m_rules.append({words(pattern), QString::fromLatin1(replacement)});
    }
    void apply(QString& s) const
    {
        for (const auto& [pattern, replacement] : m_rules)
            s.replace(pattern, replacement);
    }

private:
    QList<std::pair<QRegularExpression, QString>> m_rules;
};

// The arguments of the call whose '(' is at open, split at top-level commas; end is set to the
// index of the closing ')'.
QStringList callArguments(const QString& text, qsizetype open, qsizetype* end)
{
    QStringList args;
    int depth = 0;
    qsizetype start = open + 1;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            if (--depth == 0) {
                args.append(text.mid(start, i - start).trimmed());
                *end = i;
                return args;
            }
        } else if (c == QLatin1Char(',') && depth == 1) {
            args.append(text.mid(start, i - start).trimmed());
            start = i + 1;
        }
    }
    *end = text.size() - 1;
    return args;
}

// A sum of a condition counts where it holds (SQLite's true is 1); PostgreSQL sums numbers only.
QString asNumber(const QString& argument)
{
    static const QRegularExpression comparison =
        words("(<|>|=|\\bIS\\b|\\bIN\\b|\\bLIKE\\b|\\bBETWEEN\\b|\\bEXISTS\\b)");
    // Only a comparison at the top level: one inside a CASE or a call is part of a number.
    QString top;
    int depth = 0;
    for (const QChar c : argument) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        else if (depth == 0)
            top += c;
    }
    static const QRegularExpression caseWord = words("\\bCASE\\b");
    if (!comparison.match(top).hasMatch() || caseWord.match(top).hasMatch()) return argument;
    return QStringLiteral("CASE WHEN ") + argument + QStringLiteral(" THEN 1 ELSE 0 END");
}

// strftime's format as to_char's (the formats the program uses; others are refused loudly).
QString toCharFormat(const QString& literal)
{
    QString f = literal;
    f.replace(QStringLiteral("%Y"), QStringLiteral("YYYY"))
        .replace(QStringLiteral("%m"), QStringLiteral("MM"))
        .replace(QStringLiteral("%d"), QStringLiteral("DD"))
        .replace(QStringLiteral("%H"), QStringLiteral("HH24"))
        .replace(QStringLiteral("%M"), QStringLiteral("MI"))
        .replace(QStringLiteral("%S"), QStringLiteral("SS"));
    if (f.contains(QLatin1Char('%')))
        throw StoreError(StoreError::Kind::Sql,
                         QStringLiteral("strftime format %1 has no PostgreSQL rewriting").arg(literal));
    return f;
}

// SQLite's functions that PostgreSQL spells otherwise, rewritten inside out.
QString rewriteCalls(const QString& text, Masked& masked)
{
    static const QRegularExpression call =
        words("\\b(ifnull|instr|group_concat|total|sum|min|max|strftime|julianday)\\s*\\(");
    QString out;
    qsizetype last = 0;
    qsizetype from = 0;
    for (;;) {
        const QRegularExpressionMatch m = call.match(text, from);
        if (!m.hasMatch()) break;
        const qsizetype open = m.capturedEnd() - 1;
        qsizetype close = open;
        QStringList args = callArguments(text, open, &close);
        for (QString& a : args)
            a = rewriteCalls(a, masked);
        const QString name = m.captured(1).toLower();
        QString replaced;
        if (name == QLatin1String("ifnull"))
            replaced = QStringLiteral("coalesce(") + args.join(QStringLiteral(", ")) + QLatin1Char(')');
        else if (name == QLatin1String("instr"))
            replaced = QStringLiteral("strpos(") + args.join(QStringLiteral(", ")) + QLatin1Char(')');
        else if (name == QLatin1String("strftime") && args.size() == 3 &&
                 masked.literal(args.at(2)) == QLatin1String("'localtime'")) {
            // The session's time zone is the desk's (set when connecting), as SQLite's localtime.
            masked.literals.append(toCharFormat(masked.literal(args.at(0))));
            replaced = QStringLiteral("to_char(CAST(") + args.at(1) + QStringLiteral(" AS timestamptz), ") +
                       QChar(1) + QString::number(masked.literals.size() - 1) + QChar(2) + QLatin1Char(')');
        } else if (name == QLatin1String("julianday") && args.size() == 1) {
            // Days as SQLite counts them, from the text's own clock (a timestamp without zone
            // ignores the Z, as julianday does).
            replaced = QStringLiteral("(EXTRACT(EPOCH FROM CAST(") + args.at(0) +
                       QStringLiteral(" AS timestamp)) / 86400.0 + 2440587.5)");
        } else if (name == QLatin1String("strftime")) {
            throw StoreError(StoreError::Kind::Sql,
                             QStringLiteral("strftime without localtime has no PostgreSQL rewriting"));
        } else if (name == QLatin1String("total"))
            replaced = QStringLiteral("coalesce(sum(") + asNumber(args.value(0)) + QStringLiteral("), 0)");
        else if (name == QLatin1String("sum"))
            replaced = m.captured(1) + QLatin1Char('(') + asNumber(args.value(0)) + QLatin1Char(')');
        else if (name == QLatin1String("group_concat")) {
            QString value = args.value(0);
            QString distinct;
            static const QRegularExpression distinctWord = words("^DISTINCT\\s+");
            if (const QRegularExpressionMatch d = distinctWord.match(value); d.hasMatch()) {
                distinct = QStringLiteral("DISTINCT ");
                value = value.mid(d.capturedLength());
            }
            const QString separator = args.size() > 1 ? args.at(1) : QStringLiteral("','");
            // A DISTINCT aggregate orders by its argument; a plain one keeps the rows' order.
            replaced = QStringLiteral("string_agg(") + distinct + QStringLiteral("CAST(") + value +
                       QStringLiteral(" AS TEXT), ") + separator + QLatin1Char(')');
        } else if (args.size() >= 2) {
            replaced =
                (name == QLatin1String("min") ? QStringLiteral("least(") : QStringLiteral("greatest(")) +
                args.join(QStringLiteral(", ")) + QLatin1Char(')');
        } else {
            replaced = m.captured(1) + QLatin1Char('(') + args.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replaced;
        last = close + 1;
        from = close + 1;
    }
    return out + QStringView(text).mid(last);
}

// PostgreSQL wants a name for every subquery in FROM (or JOIN); SQLite does not.
QString aliasSubqueries(const QString& text)
{
    static const QRegularExpression from = words("\\b(FROM|JOIN)\\s*\\(\\s*SELECT\\b");
    static const QRegularExpression named =
        words("^\\s*(AS\\s+)?(?!(WHERE|GROUP|ORDER|LIMIT|JOIN|LEFT|INNER|CROSS|ON|UNION|"
              "EXCEPT|INTERSECT|HAVING|WINDOW|OFFSET)\\b)[A-Za-z_]\\w*");
    QString out = text;
    int made = 0;
    qsizetype at = 0;
    for (QRegularExpressionMatch m = from.match(out, at); m.hasMatch(); m = from.match(out, at)) {
        const qsizetype open = out.indexOf(QLatin1Char('('), m.capturedStart());
        qsizetype close = open;
        callArguments(out, open, &close);
        if (!named.match(out.mid(close + 1)).hasMatch()) {
            const QString alias = QStringLiteral(" AS sub") + QString::number(++made);
            out.insert(close + 1, alias);
        }
        at = open + 1;
    }
    return out;
}

// A GLOB pattern as an anchored regular expression (GLOB is case-sensitive, as ~ is).
QString globToRegex(const QString& literal)
{
    const QString glob =
        literal.mid(1, literal.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    QString regex = QStringLiteral("^");
    bool inClass = false;
    for (const QChar c : glob) {
        if (inClass) {
            regex += c;
            if (c == QLatin1Char(']')) inClass = false;
        } else if (c == QLatin1Char('[')) {
            regex += c;
            inClass = true;
        } else if (c == QLatin1Char('*')) {
            regex += QStringLiteral(".*");
        } else if (c == QLatin1Char('?')) {
            regex += QLatin1Char('.');
        } else if (QStringLiteral("\\.^$+(){}|").contains(c)) {
            regex += QLatin1Char('\\') + c;
        } else {
            regex += c;
        }
    }
    regex += QLatin1Char('$');
    return QLatin1Char('\'') + regex.replace(QStringLiteral("'"), QStringLiteral("''")) + QLatin1Char('\'');
}

QString rewriteForPostgres(const QString& sqlite)
{
    Masked m(sqlite);
    QString s = m.text;
    static const QRegularExpression beginImmediate = words("^\\s*BEGIN\\s+IMMEDIATE\\b");
    s.replace(beginImmediate, QStringLiteral("BEGIN"));

    static const QRegularExpression ddl =
        words("^\\s*(CREATE\\s+(?:TEMP(?:ORARY)?\\s+)?TABLE|ALTER\\s+TABLE)\\b");
    if (ddl.match(s).hasMatch()) {
        static const Rewrites types = {
            {"\\bINTEGER\\s+PRIMARY\\s+KEY(\\s+AUTOINCREMENT)?\\b",
             "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"},
            {"\\bINTEGER\\b", "BIGINT"},
            {"\\bBLOB\\b", "BYTEA"},
            {"\\bREAL\\b", "DOUBLE PRECISION"},
            {"\\bTEXT\\b([^,\\n]*?)\\s+COLLATE\\s+NOCASE\\b", "CITEXT\\1"},
            {"\\)\\s*WITHOUT\\s+ROWID\\s*$", ")"},
            // Foreign keys checked at each statement as in SQLite, and deferrable to the commit
            // (Database::deferForeignKeys) for a copy whose tables point at each other.
            // (Atomic, so that a statement rewritten twice gets it once.)
            {"((?>\\bREFERENCES\\s+\\w+(?:\\s*\\([^)]*\\))?(?:\\s+ON\\s+(?:DELETE|UPDATE)\\s+(?:SET\\s+NULL|"
             "SET\\s+"
             "DEFAULT|CASCADE|RESTRICT|NO\\s+ACTION))*))(?!\\s+DEFERRABLE)",
             "\\1 DEFERRABLE"},
        };
        types.apply(s);
    }
    static const QRegularExpression glob = words("\\bGLOB\\s+(\\x01\\d+\\x02)");
    for (QRegularExpressionMatch g = glob.match(s); g.hasMatch(); g = glob.match(s)) {
        m.literals.append(globToRegex(m.literal(g.captured(1))));
        s.replace(g.capturedStart(), g.capturedLength(),
                  QStringLiteral("~ ") + QChar(1) + QString::number(m.literals.size() - 1) + QChar(2));
    }

    static const QRegularExpression orIgnore = words("^(\\s*INSERT)\\s+OR\\s+IGNORE\\b");
    if (orIgnore.match(s).hasMatch()) {
        s.replace(orIgnore, QStringLiteral("\\1"));
        static const QRegularExpression returning = words("\\bRETURNING\\b");
        const QRegularExpressionMatch r = returning.match(s);
        if (r.hasMatch())
            s.insert(r.capturedStart(), QStringLiteral("ON CONFLICT DO NOTHING "));
        else
            s += QStringLiteral(" ON CONFLICT DO NOTHING");
    }
    // In an upsert's DO UPDATE, `n = n + excluded.n` means the stored row's n: PostgreSQL wants it
    // named by its table.
    static const QRegularExpression upsert =
        words("^\\s*INSERT\\s+INTO\\s+(\\w+).*\\bDO\\s+UPDATE\\s+SET\\b");
    if (const QRegularExpressionMatch u =
            upsert.match(QString(s).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        u.hasMatch()) {
        static const QRegularExpression selfAdd = words("\\b(\\w+)\\s*=\\s*\\1\\s*([-+])");
        const qsizetype set = u.capturedEnd();
        s = s.left(set) +
            QString(s.mid(set))
                .replace(selfAdd, QStringLiteral("\\1 = ") + u.captured(1) + QStringLiteral(".\\1 \\2"));
    }
    if (!ddl.match(s).hasMatch()) {
        // Outside DDL: NOCASE columns are CITEXT on the server, which compares without case already.
        static const QRegularExpression nocaseQuery = words("\\s+COLLATE\\s+NOCASE\\b");
        s.replace(nocaseQuery, QString());
    }
    static const Rewrites plain = {
        // SQLite's join-order and index hints: CROSS JOIN … ON is an inner join, INDEXED BY goes.
        {"\\bCROSS\\s+JOIN\\b", "JOIN"},
        {"\\s+INDEXED\\s+BY\\s+\\w+", ""},
        {"\\bchar\\s*\\(", "chr("},
        // A unary + that keeps SQLite's planner off an index (AND +owner = ?) means nothing there.
        {"(\\b(?:AND|OR|WHERE|NOT|ON)\\s+|\\(\\s*)\\+(?=[a-z_])", "\\1"},
        // SQLite's numbered parameters (?1) are PostgreSQL's $1.
        {"\\?(\\d+)", "$\\1"},
        // LIKE ignores case in SQLite.
        {"\\bLIKE\\b", "ILIKE"},
        {"\\bLIMIT\\s+-1\\b", "LIMIT ALL"},
        {"\\bAS\\s+INTEGER\\b", "AS BIGINT"},
        // A column named user (who sat at a desk) is a reserved word on PostgreSQL: quoted there.
        {"\\buser\\b(?!\\s*\\()", "\"user\""},
    };
    plain.apply(s);
    s = aliasSubqueries(s);
    // A constant condition written as a number.
    static const QRegularExpression whereNumber = words("\\b(WHERE|AND|OR)\\s+([01])\\b(?!\\s*[-+*/<>=])");
    for (QRegularExpressionMatch w = whereNumber.match(s); w.hasMatch();
         w = whereNumber.match(s, w.capturedStart() + 1))
        s.replace(w.capturedStart(2), 1,
                  w.captured(2) == QLatin1String("1") ? QStringLiteral("true") : QStringLiteral("false"));
    s = rewriteCalls(s, m);
    return m.unmasked(s);
}

} // namespace

QString Dialect::statement(Engine engine, const QString& sqlite)
{
    return engine == Engine::SQLite ? sqlite : rewriteForPostgres(sqlite);
}

QStringList Dialect::script(Engine engine, const QString& sqlite)
{
    if (engine == Engine::SQLite) return {sqlite};
    static const QRegularExpression virtualTable =
        words("^\\s*CREATE\\s+VIRTUAL\\s+TABLE\\s+(\\w+)\\s+USING\\s+(\\w+)\\s*\\((.*)\\)\\s*$");
    const QRegularExpressionMatch v =
        virtualTable.match(QString(sqlite).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    if (v.hasMatch()) {
        if (v.captured(2).compare(QLatin1String("fts5"), Qt::CaseInsensitive) != 0)
            return {}; // fts5vocab and the like: PostgreSQL counts from the table itself
        // A full-text table becomes a plain one keyed by rowid, each column with a trigram index:
        // PostgreSQL's substring search (pg_trgm, a trusted extension in its contrib).
        const QString table = v.captured(1);
        QStringList columns;
        for (const QString& part : v.captured(3).split(QLatin1Char(','))) {
            const QString column = part.trimmed();
            if (!column.contains(QLatin1Char('=')) && !column.isEmpty()) columns.append(column);
        }
        QStringList out{QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")};
        QString create = QStringLiteral("CREATE TABLE %1 (rowid BIGINT PRIMARY KEY").arg(table);
        for (const QString& c : columns)
            create += QStringLiteral(", %1 TEXT NOT NULL DEFAULT ''").arg(c);
        out.append(create + QLatin1Char(')'));
        for (const QString& c : columns)
            out.append(QStringLiteral("CREATE INDEX %1_%2_trigrams ON %1 USING gin (%2 gin_trgm_ops)")
                           .arg(table, c));
        return out;
    }
    static const QRegularExpression nocase = words("\\bCOLLATE\\s+NOCASE\\b");
    QStringList out;
    if (nocase.match(Masked(sqlite).text).hasMatch())
        out.append(QStringLiteral("CREATE EXTENSION IF NOT EXISTS citext"));
    out.append(rewriteForPostgres(sqlite));
    return out;
}

} // namespace shopcrm
