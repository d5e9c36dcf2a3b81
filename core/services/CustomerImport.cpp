#include "CustomerImport.h"

#include "OrderImport.h"
#include "ProductImport.h"
#include "VCard.h"
#include "XlsxReader.h"
#include "domain/PhoneNumber.h"
#include "store/AuditLog.h"
#include "store/CustomerRepository.h"
#include "store/CustomerSearchIndex.h"
#include "store/Database.h"
#include "store/RowSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtConcurrent/QtConcurrentMap>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <future>

namespace shopcrm {

namespace {

QString cellText(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Double: {
        const double d = v.toDouble();
        // Phone numbers typed into a number cell come back as 13900001111.0.
        if (std::floor(d) == d && std::fabs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 15);
    }
    case QMetaType::QDate: return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: return v.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    default: return v.toString().trimmed();
    }
}

QString headerKey(const QString& header)
{
    QString key = header.toLower();
    static const QRegularExpression marks(QStringLiteral("[\\s*＊:：_\\-（）()]|必填"));
    key.remove(marks);
    return key;
}

const QString kCode[] = {QStringLiteral("name"),   QStringLiteral("short_name"), QStringLiteral("contact"),
                         QStringLiteral("mobile"), QStringLiteral("phone"),      QStringLiteral("address"),
                         QStringLiteral("wechat"), QStringLiteral("email"),      QStringLiteral("grade"),
                         QStringLiteral("tags"),   QStringLiteral("source"),     QStringLiteral("owner"),
                         QStringLiteral("notes"),  QStringLiteral("kind"),       QStringLiteral("postcode")};

// 个人, person, individual, 自然人 are people; anything else a company.
bool isPerson(const QString& v)
{
    const QString k = v.trimmed().toCaseFolded();
    for (const char* word : {"个人", "自然人", "个体", "person", "individual", "private"})
        if (k == QString::fromUtf8(word))
            return true;
    return k == CustomerRules::kindName(CustomerKind::Individual).toCaseFolded();
}

QString code(ImportField f)
{
    return kCode[static_cast<int>(f)];
}

Contact& primary(Customer& c)
{
    for (Contact& k : c.contacts)
        if (k.primary)
            return k;
    if (c.contacts.isEmpty()) {
        Contact k;
        k.primary = true;
        c.contacts.append(k);
    }
    return c.contacts.first();
}

QString valueOf(const Customer& c, ImportField f)
{
    const Contact* k = c.primaryContact();
    switch (f) {
    case ImportField::Name: return c.name;
    case ImportField::ShortName: return c.shortName;
    case ImportField::Contact: return k ? k->name : QString();
    case ImportField::Mobile: return k ? k->mobile : QString();
    case ImportField::Phone: return c.phones.join(QLatin1Char(','));
    case ImportField::Address: return c.address;
    case ImportField::WeChat: return c.wechat;
    case ImportField::Email: return c.email;
    case ImportField::Grade: return c.grade;
    case ImportField::Tags: return c.tags.join(QLatin1Char(','));
    case ImportField::Source: return c.source;
    case ImportField::Owner: return c.owner;
    case ImportField::Notes: return c.notes;
    case ImportField::Kind: return CustomerRules::kindName(c.kind);
    case ImportField::Postcode:
        return c.postcode;
    }
    return {};
}

void setValue(Customer& c, ImportField f, const QString& v)
{
    static const QRegularExpression separators(QStringLiteral("[,，;；、]"));
    switch (f) {
    case ImportField::Name: c.name = v; break;
    case ImportField::ShortName: c.shortName = v; break;
    case ImportField::Contact: primary(c).name = v; break;
    case ImportField::Mobile: primary(c).mobile = v; break;
    case ImportField::Phone: c.phones = v.split(separators, Qt::SkipEmptyParts); break;
    case ImportField::Address: c.address = v; break;
    case ImportField::WeChat: c.wechat = v; break;
    case ImportField::Email: c.email = v; break;
    case ImportField::Grade: c.grade = v; break;
    case ImportField::Tags: c.tags = v.split(separators, Qt::SkipEmptyParts); break;
    case ImportField::Source: c.source = v; break;
    case ImportField::Owner: c.owner = v; break;
    case ImportField::Notes: c.notes = v; break;
    case ImportField::Kind: c.kind = isPerson(v) ? CustomerKind::Individual : CustomerKind::Company; break;
    case ImportField::Postcode:
        c.postcode = v;
        break;
    }
}

QStringList phoneKeys(const Customer& c)
{
    QStringList keys;
    QStringList phones = c.phones;
    for (const Contact& k : c.contacts)
        phones << k.mobile << k.phone;
    for (const QString& p : std::as_const(phones)) {
        const QString digits = CustomerSearchIndex::phoneDigits(p);
        if (digits.size() >= 7 && !keys.contains(digits))
            keys.append(digits);
    }
    return keys;
}

} // namespace

QString ImportTable::text(qsizetype row, int column) const
{
    return cellText(rows.value(row).value(column));
}

QString ImportTable::headerKey(const QString& header)
{
    return shopcrm::headerKey(header);
}

QString ImportTable::layoutKey() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(header.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

ImportTable ImportTable::fromFile(const QString& path, std::optional<TextEncoding> encoding, int sheet, QChar delimiter)
{
    ImportTable t;
    t.file = QFileInfo(path).fileName();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard")) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw StoreError(StoreError::Kind::Open, CustomerImport::tr("Cannot read %1: %2").arg(path, f.errorString()));
        t.encoding = QStringLiteral("vCard");
        const QList<VCardEntry> cards = VCard::read(f.readAll(), &t.problems);
        // A card with an organisation is a contact of that company; one without is a person.
        t.header = {CustomerImport::fieldName(ImportField::Name),    CustomerImport::fieldName(ImportField::Contact),
                    CustomerImport::fieldName(ImportField::Mobile),  CustomerImport::fieldName(ImportField::Phone),
                    CustomerImport::fieldName(ImportField::Email),   CustomerImport::fieldName(ImportField::WeChat),
                    CustomerImport::fieldName(ImportField::Address), CustomerImport::fieldName(ImportField::Notes),
                    CustomerImport::fieldName(ImportField::Kind)};
        t.mapping = {{0, ImportField::Name},  {1, ImportField::Contact}, {2, ImportField::Mobile},  {3, ImportField::Phone},
                     {4, ImportField::Email}, {5, ImportField::WeChat},  {6, ImportField::Address}, {7, ImportField::Notes},
                     {8, ImportField::Kind}};
        for (const VCardEntry& c : cards) {
            const bool company = !c.organisation.isEmpty();
            QStringList phones = c.mobiles.mid(1) + c.phones;
            t.rows.append({company ? c.organisation : c.formattedName, company ? c.formattedName : QString(),
                           c.mobiles.value(0), phones.join(QStringLiteral(", ")), c.emails.value(0), c.wechat, c.address,
                           c.note, CustomerRules::kindName(company ? CustomerKind::Company : CustomerKind::Individual)});
            t.rowNumbers.append(c.line);
        }
        return t;
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        const XlsxReader reader(path);
        const XlsxSheet s = reader.sheet(sheet);
        t.encoding = QStringLiteral("XLSX");
        t.sheets = reader.sheetNames();
        t.problems = s.problems;
        for (qsizetype i = 0; i < s.rows.size(); ++i) {
            if (i == 0) {
                for (const QVariant& v : s.rows.at(0))
                    t.header.append(cellText(v));
                continue;
            }
            t.rows.append(s.rows.at(i));
            t.rowNumbers.append(s.rowNumbers.at(i));
        }
        return t;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Open, CustomerImport::tr("Cannot read %1: %2").arg(path, f.errorString()));
    const CsvTable csv = CsvReader::read(f.readAll(), encoding, delimiter);
    t.encoding = CsvReader::encodingName(csv.encoding);
    t.delimiter = csv.delimiter;
    for (const CsvProblem& p : csv.problems)
        t.fileErrors.append({p.line, p.message});
    for (qsizetype i = 0; i < csv.rows.size(); ++i) {
        if (i == 0) {
            t.header = csv.rows.at(0);
            continue;
        }
        QVariantList row;
        for (const QString& cell : csv.rows.at(i))
            row.append(cell);
        t.rows.append(row);
        t.rowNumbers.append(csv.lines.at(i));
    }
    return t;
}

QList<ImportField> CustomerImport::fields()
{
    return {ImportField::Name,  ImportField::ShortName, ImportField::Contact, ImportField::Mobile,
            ImportField::Phone, ImportField::Address,   ImportField::WeChat,  ImportField::Email,
            ImportField::Grade, ImportField::Tags,      ImportField::Source,  ImportField::Owner,
            ImportField::Notes, ImportField::Kind,      ImportField::Postcode};
}

QHash<int, ImportField> CustomerImport::mappingFor(const ImportTable& table)
{
    return table.mapping.isEmpty() ? guessMapping(table.header) : table.mapping;
}

QString CustomerImport::fieldCode(ImportField f)
{
    return code(f);
}

std::optional<ImportField> CustomerImport::fieldFromCode(const QString& text)
{
    for (const ImportField f : fields())
        if (code(f) == text)
            return f;
    return std::nullopt;
}

QString CustomerImport::fieldName(ImportField f)
{
    switch (f) {
    case ImportField::Name: return tr("Name");
    case ImportField::ShortName: return tr("Short name");
    case ImportField::Contact: return tr("Contact");
    case ImportField::Mobile: return tr("Mobile");
    case ImportField::Phone: return tr("Phone");
    case ImportField::Address: return tr("Address");
    case ImportField::WeChat: return tr("WeChat");
    case ImportField::Email: return tr("E-mail");
    case ImportField::Grade: return tr("Grade");
    case ImportField::Tags: return tr("Tags");
    case ImportField::Source: return tr("Source");
    case ImportField::Owner: return tr("Owner");
    case ImportField::Notes: return tr("Notes");
    case ImportField::Kind: return tr("Company or person");
    case ImportField::Postcode:
        return tr("Postcode");
    }
    return {};
}

QHash<int, ImportField> CustomerImport::guessMapping(const QStringList& header)
{
    // What shops call their columns, in Chinese and English (compared without spaces, case,
    // punctuation and "必填" marks).
    static const QList<std::pair<ImportField, QStringList>> names = {
        {ImportField::Name,
         {QStringLiteral("客户名称"), QStringLiteral("公司名称"), QStringLiteral("客户"),
          QStringLiteral("名称"), QStringLiteral("单位名称"), QStringLiteral("客户全称"),
          QStringLiteral("公司"), QStringLiteral("name"), QStringLiteral("customer"),
          QStringLiteral("company"), QStringLiteral("customername")}},
        {ImportField::ShortName,
         {QStringLiteral("简称"), QStringLiteral("客户简称"), QStringLiteral("shortname")}},
        {ImportField::Contact,
         {QStringLiteral("联系人"), QStringLiteral("联系人姓名"), QStringLiteral("姓名"),
          QStringLiteral("contact"), QStringLiteral("contactname")}},
        {ImportField::Mobile,
         {QStringLiteral("手机"), QStringLiteral("手机号"), QStringLiteral("手机号码"),
          QStringLiteral("移动电话"), QStringLiteral("mobile"), QStringLiteral("cell"),
          QStringLiteral("mobilephone")}},
        {ImportField::Phone,
         {QStringLiteral("电话"), QStringLiteral("座机"), QStringLiteral("固定电话"),
          QStringLiteral("联系电话"), QStringLiteral("电话号码"), QStringLiteral("phone"),
          QStringLiteral("tel"), QStringLiteral("telephone")}},
        {ImportField::Address,
         {QStringLiteral("地址"), QStringLiteral("详细地址"), QStringLiteral("联系地址"),
          QStringLiteral("送货地址"), QStringLiteral("address")}},
        {ImportField::WeChat, {QStringLiteral("微信"), QStringLiteral("微信号"), QStringLiteral("wechat")}},
        {ImportField::Email,
         {QStringLiteral("邮箱"), QStringLiteral("电子邮件"), QStringLiteral("电子邮箱"),
          QStringLiteral("email")}},
        {ImportField::Grade,
         {QStringLiteral("等级"), QStringLiteral("客户等级"), QStringLiteral("级别"),
          QStringLiteral("grade")}},
        {ImportField::Tags, {QStringLiteral("标签"), QStringLiteral("tags"), QStringLiteral("tag")}},
        {ImportField::Source, {QStringLiteral("来源"), QStringLiteral("客户来源"), QStringLiteral("source")}},
        {ImportField::Owner,
         {QStringLiteral("负责人"), QStringLiteral("业务员"), QStringLiteral("销售"), QStringLiteral("owner"),
          QStringLiteral("salesperson")}},
        {ImportField::Postcode,
         {QStringLiteral("邮编"), QStringLiteral("邮政编码"), QStringLiteral("postcode"),
          QStringLiteral("zip"), QStringLiteral("zipcode"), QStringLiteral("postalcode")}},
        {ImportField::Kind,
         {QStringLiteral("客户类型"), QStringLiteral("类型"), QStringLiteral("单位个人"),
          QStringLiteral("kind"), QStringLiteral("type")}},
        {ImportField::Notes,
         {QStringLiteral("备注"), QStringLiteral("说明"), QStringLiteral("notes"), QStringLiteral("note"),
          QStringLiteral("remark"), QStringLiteral("remarks")}},
    };
    QHash<int, ImportField> mapping;
    QList<ImportField> used;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = headerKey(header.at(i));
        for (const auto& [field, words] : names)
            if (!used.contains(field) && words.contains(key)) {
                mapping.insert(i, field);
                used.append(field);
                break;
            }
    }
    return mapping;
}

ImportPlan CustomerImport::plan(Database& db, const ImportTable& table, const QHash<int, ImportField>& mapping,
                                OnDuplicate onDuplicate, DuplicateKey key)
{
    db.access().require(Module::Customers, Action::Create);
    ImportPlan plan;
    CustomerRepository customers(db);
    const bool byPhone = key != DuplicateKey::Name;
    const bool byName = key != DuplicateKey::Phone;
    for (const auto& [line, message] : table.fileErrors) {
        ImportRow r;
        r.action = ImportRow::Action::Error;
        r.row = line;
        r.message = message;
        plan.rows.append(r);
        ++plan.errors;
    }
    QHash<QString, int> seenInFile; // key → row number of the first row with it
    Sql byNameKey(db, QStringLiteral("SELECT id FROM customers WHERE name_key = ? ORDER BY archived, id LIMIT 1"));
    Sql byPhoneKey(db, QStringLiteral("SELECT customer_id FROM customer_key WHERE key = ? AND kind = ? LIMIT 1"));
    // Reading, normalising and checking a row needs no database: all cores do it first.
    struct Checked
    {
        Customer customer;
        QStringList problems;
    };
    QList<Checked> checked(table.rows.size());
    QtConcurrent::blockingMap(checked, [&](Checked& out) {
        const qsizetype i = &out - checked.data();
        const QVariantList& cells = table.rows.at(i);
        Customer& c = out.customer;
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
            const QString text = cellText(cells.value(it.key()));
            if (!text.isEmpty())
                setValue(c, it.value(), text);
        }
        // A mobile or phone without a contact's name is the customer's own number.
        for (qsizetype k = c.contacts.size() - 1; k >= 0; --k)
            if (c.contacts.at(k).name.trimmed().isEmpty()) {
                for (const QString& number : {c.contacts.at(k).mobile, c.contacts.at(k).phone})
                    if (!number.isEmpty() && !c.phones.contains(number))
                        c.phones.append(number);
                c.contacts.removeAt(k);
            }
        CustomerRules::normalise(c);
        if (cells.size() > table.header.size())
            out.problems.append(tr("it has %1 fields; the header has %2").arg(cells.size()).arg(table.header.size()));
        for (const FieldIssue& issue : CustomerRules::check(c))
            if (issue.blocking)
                out.problems.append(issue.message);
    });
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QVariantList& cells = table.rows.at(i);
        ImportRow r;
        r.row = table.rowNumbers.value(i);
        Customer c = std::move(checked[i].customer);
        const QStringList& problems = checked.at(i).problems;
        if (!problems.isEmpty()) {
            r.action = ImportRow::Action::Error;
            r.message = problems.join(QStringLiteral("; "));
            r.customer = c;
            plan.rows.append(r);
            ++plan.errors;
            continue;
        }
        QStringList keys;
        if (byName)
            keys.append(QStringLiteral("n:") + CustomerRules::nameKey(c.name));
        if (byPhone)
            for (const QString& digits : phoneKeys(c))
                keys.append(QStringLiteral("p:") + digits);
        // A row repeating an earlier row of the same file.
        int earlier = 0;
        for (const QString& k : std::as_const(keys))
            if (seenInFile.contains(k)) {
                earlier = seenInFile.value(k);
                break;
            }
        qint64 existing = 0;
        if (byName) {
            byNameKey.bind(CustomerRules::nameKey(c.name)).exec();
            if (byNameKey.next())
                existing = byNameKey.value(0).toLongLong();
        }
        if (existing == 0 && byPhone)
            for (const QString& digits : phoneKeys(c)) {
                byPhoneKey.bind(digits).bind(CustomerSearchIndex::PhoneKey).exec();
                if (byPhoneKey.next()) {
                    existing = byPhoneKey.value(0).toLongLong();
                    break;
                }
            }
        if (onDuplicate != OnDuplicate::Create && earlier > 0) {
            r.action = ImportRow::Action::Skip;
            r.message = tr("the same customer as row %1").arg(earlier);
        } else if (existing > 0 && onDuplicate == OnDuplicate::Skip) {
            r.action = ImportRow::Action::Skip;
            r.existingId = existing;
            r.message = tr("already there as customer %1").arg(existing);
        } else if (existing > 0 && onDuplicate == OnDuplicate::Update) {
            Customer current = customers.get(existing);
            Customer merged = current;
            for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
                const QString text = cellText(cells.value(it.key()));
                if (!text.isEmpty())
                    setValue(merged, it.value(), text);
            }
            CustomerRules::normalise(merged);
            r.existingId = existing;
            bool changed = false;
            for (ImportField f : fields())
                changed = changed || valueOf(merged, f) != valueOf(current, f);
            r.action = changed ? ImportRow::Action::Update : ImportRow::Action::Skip;
            if (!changed)
                r.message = tr("customer %1 has these values already").arg(existing);
            c = merged;
        } else {
            r.action = ImportRow::Action::Create;
        }
        for (const QString& k : std::as_const(keys))
            if (!seenInFile.contains(k))
                seenInFile.insert(k, r.row);
        r.customer = c;
        plan.rows.append(r);
        switch (r.action) {
        case ImportRow::Action::Create: ++plan.creates; break;
        case ImportRow::Action::Update: ++plan.updates; break;
        case ImportRow::Action::Skip: ++plan.skips; break;
        case ImportRow::Action::Error: ++plan.errors; break;
        }
    }
    return plan;
}

namespace {

// The plan's new customers in batches: the next batch is checked and its search keys computed on
// the other cores while this one is written, and progress (which may cancel) is told after each.
int writeCreates(Database& db, const ImportPlan& plan, qint64 importId, const std::function<void(int)>& written)
{
    constexpr int kBatch = 2000;
    QList<QList<Customer>> batches;
    for (const ImportRow& r : plan.rows) {
        if (r.action != ImportRow::Action::Create)
            continue;
        if (batches.isEmpty() || batches.constLast().size() == kBatch)
            batches.append(QList<Customer>());
        batches.last().append(r.customer);
    }
    // On a thread of its own: prepareMany spreads over the global pool, which must not wait for
    // a pool thread this import may itself be running on.
    auto prepare = [&](qsizetype k) {
        return std::async(std::launch::async,
                          [batch = batches.at(k)]() mutable { return CustomerRepository::prepareMany(std::move(batch)); });
    };
    CustomerRepository customers(db);
    const QString now = Database::nowUtc();
    const QString user = db.session().user;
    BulkInsert item(db, QStringLiteral("INSERT INTO import_items(created_at, updated_at, created_by, updated_by, "
                                       "import_id, entity, entity_id, action, version_after, before) "
                                       "VALUES (?, ?, ?, ?, ?, 'customer', ?, 'created', 1, NULL)"));
    int done = 0;
    std::future<CustomerRepository::Prepared> next;
    if (!batches.isEmpty())
        next = prepare(0);
    for (qsizetype k = 0; k < batches.size(); ++k) {
        CustomerRepository::Prepared batch = next.get();
        if (k + 1 < batches.size())
            next = prepare(k + 1);
        try {
            customers.writePrepared(batch);
            for (const Customer& c : std::as_const(batch.customers))
                item.bind(now).bind(now).bind(user).bind(user).bind(importId).bind(c.meta.id).exec();
            done += static_cast<int>(batch.customers.size());
            written(done);
        } catch (...) {
            if (k + 1 < batches.size())
                next.wait();
            throw;
        }
    }
    CustomerSearchIndex(db).compactAfterBulk(done);
    return done;
}

} // namespace

qint64 CustomerImport::run(Database& db, const ImportTable& table, const ImportPlan& plan,
                           const std::function<bool(int, int)>& progress)
{
    db.access().require(Module::Customers, Action::Create);
    if (plan.updates > 0)
        db.access().require(Module::Customers, Action::Edit);
    if (plan.errors > 0)
        throw StoreError(StoreError::Kind::Validation,
                         tr("%n row(s) have errors; nothing was imported. Correct them and try again.", "", plan.errors));
    const int all = plan.creates + plan.updates;
    qint64 importId = 0;
    db.write([&] {
        importId = startRecord(db, QStringLiteral("customers"), table, plan.creates, plan.updates, plan.skips);
        auto cancelled = [&](int done) {
            if (progress && !progress(done, all))
                throw StoreError(StoreError::Kind::Validation, tr("The import was cancelled; nothing was imported."));
        };
        cancelled(0);
        int done = writeCreates(db, plan, importId, cancelled);
        CustomerRepository customers(db);
        for (const ImportRow& r : plan.rows) {
            if (r.action != ImportRow::Action::Update)
                continue;
            const Customer before = customers.get(r.existingId);
            Customer c = r.customer;
            customers.update(c);
            QJsonObject old;
            for (ImportField f : fields())
                if (valueOf(before, f) != valueOf(c, f))
                    old.insert(code(f), valueOf(before, f));
            recordItem(db, importId, QStringLiteral("customer"), c.meta.id, QStringLiteral("updated"), c.meta.version,
                       QString::fromUtf8(QJsonDocument(old).toJson(QJsonDocument::Compact)));
            if (++done % 500 == 0)
                cancelled(done);
        }
        cancelled(all);
        AuditLog::append(db, QStringLiteral("import"), importId, QStringLiteral("import"), QString(),
                         AuditLog::compact({{QStringLiteral("file"), table.file},
                                            {QStringLiteral("created"), plan.creates},
                                            {QStringLiteral("updated"), plan.updates},
                                            {QStringLiteral("skipped"), plan.skips}}));
    });
    return importId;
}

qint64 CustomerImport::startRecord(Database& db, const QString& kind, const ImportTable& table, int created, int updated,
                                   int skipped)
{
    const QString now = Database::nowUtc();
    Sql header(db, QStringLiteral("INSERT INTO imports(created_at, updated_at, created_by, updated_by, kind, file, encoding, "
                                  "created, updated, skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    header.bind(now).bind(now).bind(db.session().user).bind(db.session().user).bind(kind).bind(table.file)
        .bind(table.encoding).bind(created).bind(updated).bind(skipped).exec();
    return header.lastInsertId();
}

void CustomerImport::recordItem(Database& db, qint64 importId, const QString& entity, qint64 id, const QString& action,
                                int versionAfter, const QString& before)
{
    const QString now = Database::nowUtc();
    Sql(db, QStringLiteral("INSERT INTO import_items(created_at, updated_at, created_by, updated_by, import_id, entity, "
                           "entity_id, action, version_after, before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(now).bind(now).bind(db.session().user).bind(db.session().user).bind(importId).bind(entity).bind(id)
        .bind(action).bind(versionAfter).bind(before.isEmpty() ? QVariant() : QVariant(before)).exec();
}

QList<ImportRecord> CustomerImport::list(Database& db)
{
    db.access().require(Module::Customers, Action::View);
    Sql q(db, QStringLiteral("SELECT id, created_at, created_by, file, created, updated, skipped, reverted_at FROM imports "
                             "ORDER BY id DESC"));
    q.exec();
    QList<ImportRecord> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), parseUtc(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt(), parseUtc(q.value(7))});
    return result;
}

RevertResult CustomerImport::revert(Database& db, qint64 importId)
{
    RevertResult result;
    db.write([&] {
        Sql head(db, QStringLiteral("SELECT reverted_at, kind FROM imports WHERE id = ?"));
        head.bind(importId).exec();
        if (!head.next())
            throw StoreError(StoreError::Kind::NotFound, tr("There is no import %1.").arg(importId));
        if (!head.value(0).isNull())
            throw StoreError(StoreError::Kind::Validation, tr("Import %1 was reverted already.").arg(importId));
        const QString kind = head.value(1).toString();
        const Module module = kind == QLatin1String("products") ? Module::Catalog
                              : kind == QLatin1String("orders") ? Module::Orders
                                                                : Module::Customers;
        db.access().require(module, Action::Delete);
        db.access().require(module, Action::Edit);
        CustomerRepository customers(db);
        Sql items(db, QStringLiteral("SELECT entity_id, action, version_after, before, entity FROM import_items "
                                     "WHERE import_id = ? ORDER BY id DESC"));
        items.bind(importId).exec();
        QList<std::tuple<qint64, QString, int, QString, QString>> list;
        while (items.next())
            list.append({items.value(0).toLongLong(), items.value(1).toString(), items.value(2).toInt(),
                         items.value(3).toString(), items.value(4).toString()});
        // Newest first, and payments before the orders they are on.
        std::stable_partition(list.begin(), list.end(), [](const auto& item) { return std::get<4>(item) == QLatin1String("payment"); });
        for (const auto& [id, action, versionAfter, before, entity] : list) {
            if (entity == QLatin1String("product")) {
                ProductImport::revertItem(db, id, action, versionAfter, before, result);
                continue;
            }
            if (entity == QLatin1String("order") || entity == QLatin1String("payment")) {
                OrderImport::revertItem(db, entity, id, versionAfter, result);
                continue;
            }
            const std::optional<Customer> current = customers.find(id);
            if (!current)
                continue;
            if (current->meta.version != versionAfter) {
                result.kept.append(tr("%1 (customer %2) was changed after the import").arg(current->name).arg(id));
                continue;
            }
            if (action == QLatin1String("created")) {
                try {
                    customers.removeUnused(id);
                    ++result.removed;
                } catch (const StoreError& e) {
                    if (e.kind() != StoreError::Kind::Validation)
                        throw;
                    result.kept.append(tr("%1 (customer %2): %3").arg(current->name).arg(id).arg(e.message()));
                }
                continue;
            }
            Customer restored = *current;
            const QJsonObject old = QJsonDocument::fromJson(before.toUtf8()).object();
            for (ImportField f : fields())
                if (old.contains(code(f)))
                    setValue(restored, f, old.value(code(f)).toString());
            customers.update(restored);
            ++result.restored;
        }
        Sql(db, QStringLiteral("UPDATE imports SET reverted_at = ?, version = version + 1, updated_at = ?, updated_by = ? "
                               "WHERE id = ?"))
            .bind(Database::nowUtc())
            .bind(Database::nowUtc())
            .bind(db.session().user)
            .bind(importId)
            .exec();
        AuditLog::append(db, QStringLiteral("import"), importId, QStringLiteral("revert"), QString(),
                         AuditLog::compact({{QStringLiteral("removed"), result.removed},
                                            {QStringLiteral("restored"), result.restored},
                                            {QStringLiteral("kept"), qint64(result.kept.size())}}));
    });
    return result;
}

} // namespace shopcrm
