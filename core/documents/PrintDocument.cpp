#include "PrintDocument.h"

#include "store/ChangeRecorder.h"
#include "store/Database.h"
#include "store/ShopSettings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace shopcrm {

ShopProfile ShopProfile::load(Database& db)
{
    ShopSettings s(db);
    ShopProfile p;
    p.name = s.value(QStringLiteral("shop/name"));
    p.address = s.value(QStringLiteral("shop/address"));
    p.phone = s.value(QStringLiteral("shop/phone"));
    p.bankAccount = s.value(QStringLiteral("shop/bank_account"));
    p.footer = s.value(QStringLiteral("shop/footer"));
    p.logoPath = s.value(QStringLiteral("shop/logo"));
    return p;
}

void ShopProfile::save(Database& db) const
{
    db.access().require(Module::Settings, Action::Edit);
    ShopSettings s(db);
    db.write([&] {
        const QList<std::pair<QString, QString>> values = {
            {QStringLiteral("shop/name"), name.trimmed()},       {QStringLiteral("shop/address"), address.trimmed()},
            {QStringLiteral("shop/phone"), phone.trimmed()},     {QStringLiteral("shop/bank_account"), bankAccount.trimmed()},
            {QStringLiteral("shop/footer"), footer.trimmed()},   {QStringLiteral("shop/logo"), logoPath.trimmed()}};
        for (const auto& [key, value] : values)
            if (s.value(key) != value)
                s.setValue(key, value);
    });
}

QStringList DocumentTemplate::kinds()
{
    return {QStringLiteral("work_order"), QStringLiteral("delivery_slip"), QStringLiteral("statement"),
            QStringLiteral("quote")};
}

QString DocumentTemplate::kindName(const QString& kind)
{
    if (kind == QLatin1String("work_order"))
        return tr("Work order");
    if (kind == QLatin1String("delivery_slip"))
        return tr("Delivery slip");
    if (kind == QLatin1String("receivables"))
        return tr("Receivables");
    if (kind == QLatin1String("quote")) return tr("Quote");
    return tr("Statement");
}

QJsonObject DocumentTemplate::toJson() const
{
    QJsonArray cols;
    for (const Column& c : columns)
        cols.append(QJsonObject{{QStringLiteral("key"), c.key},
                                {QStringLiteral("title"), c.title},
                                {QStringLiteral("visible"), c.visible},
                                {QStringLiteral("width"), c.width}});
    QJsonObject fieldsJson;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        fieldsJson.insert(it.key(), it.value());
    return {{QStringLiteral("title"), title},
            {QStringLiteral("footer"), footer},
            {QStringLiteral("columns"), cols},
            {QStringLiteral("fields"), fieldsJson}};
}

DocumentTemplate DocumentTemplate::fromJson(const QString& kind, const QJsonObject& json)
{
    DocumentTemplate t;
    t.kind = kind;
    t.title = json.value(QStringLiteral("title")).toString();
    t.footer = json.value(QStringLiteral("footer")).toString();
    for (const QJsonValue& v : json.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        t.columns.append({c.value(QStringLiteral("key")).toString(), c.value(QStringLiteral("title")).toString(),
                          c.value(QStringLiteral("visible")).toBool(true), c.value(QStringLiteral("width")).toInt()});
    }
    const QJsonObject f = json.value(QStringLiteral("fields")).toObject();
    for (auto it = f.begin(); it != f.end(); ++it)
        t.fields.insert(it.key(), it.value().toBool(true));
    return t;
}

DocumentTemplate DocumentTemplate::load(Database& db, const QString& kind)
{
    const QString definition =
        Sql(db, QStringLiteral("SELECT definition FROM print_templates WHERE document = ?")).bind(kind).scalar().toString();
    if (definition.isEmpty()) {
        DocumentTemplate t;
        t.kind = kind;
        return t;
    }
    return fromJson(kind, QJsonDocument::fromJson(definition.toUtf8()).object());
}

void DocumentTemplate::save(Database& db) const
{
    db.access().require(Module::Settings, Action::Edit);
    const QString definition = QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
    db.write([&] {
        const QString before =
            Sql(db, QStringLiteral("SELECT definition FROM print_templates WHERE document = ?")).bind(kind).scalar().toString();
        Sql(db, QStringLiteral("INSERT INTO print_templates(document, definition, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT(document) DO UPDATE SET definition = excluded.definition, "
                               "updated_at = excluded.updated_at, updated_by = excluded.updated_by"))
            .bind(kind).bind(definition).bind(Database::nowUtc()).bind(db.session().user).exec();
        ChangeRecorder::record(db, QStringLiteral("print_template"), 0, QStringLiteral("update"),
                               QJsonDocument::fromJson(before.toUtf8()).object(), toJson());
    });
}

void DocumentTemplate::reset(Database& db) const
{
    db.access().require(Module::Settings, Action::Edit);
    db.write([&] {
        Sql(db, QStringLiteral("DELETE FROM print_templates WHERE document = ?")).bind(kind).exec();
        ChangeRecorder::recordChange(db, QStringLiteral("print_template"), 0, QStringLiteral("delete"));
    });
}

PrintDocument DocumentTemplate::applyTo(PrintDocument d) const
{
    if (!title.trimmed().isEmpty())
        d.title = title.trimmed();
    if (!footer.trimmed().isEmpty())
        d.footer = footer.trimmed();
    QList<DocField> kept;
    for (const DocField& f : d.fields)
        if (fields.value(f.key, true))
            kept.append(f);
    d.fields = kept;
    if (columns.isEmpty())
        return d;
    // Columns in the template's order; built-in columns the template does not know come last.
    QList<int> order;
    QList<DocColumn> chosen;
    for (const Column& c : columns) {
        const auto it = std::find_if(d.columns.cbegin(), d.columns.cend(), [&](const DocColumn& dc) { return dc.key == c.key; });
        if (it == d.columns.cend() || !c.visible)
            continue;
        DocColumn dc = *it;
        if (!c.title.trimmed().isEmpty())
            dc.title = c.title.trimmed();
        if (c.width > 0)
            dc.width = c.width;
        chosen.append(dc);
        order.append(static_cast<int>(it - d.columns.cbegin()));
    }
    for (qsizetype i = 0; i < d.columns.size(); ++i) {
        const QString key = d.columns.at(i).key;
        if (std::none_of(columns.cbegin(), columns.cend(), [&](const Column& c) { return c.key == key; })) {
            chosen.append(d.columns.at(i));
            order.append(static_cast<int>(i));
        }
    }
    QList<QStringList> rows;
    for (const QStringList& row : d.rows) {
        QStringList cells;
        for (const int i : order)
            cells.append(row.value(i));
        rows.append(cells);
    }
    d.columns = chosen;
    d.rows = rows;
    return d;
}

} // namespace shopcrm
