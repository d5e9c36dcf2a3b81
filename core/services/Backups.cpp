#include "Backups.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DeskPresence.h"
#include "store/Dialect.h"
#include "store/Migrations.h"
#include "store/RowSupport.h"
#include "store/ServerDump.h"
#include "store/ShopSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>

#include <atomic>
#include <optional>

namespace shopcrm {

namespace {

// The encrypted file: magic, the header's length (32-bit big-endian), the header (JSON: what the
// backup holds and the key's salt and cost), then a libsodium secretstream of 64 KiB chunks whose
// first chunk authenticates everything before it. No library offers this container; the cipher,
// the stream and the key derivation are libsodium's.
const QByteArray kMagic = QByteArrayLiteral("SHOPCRM-BACKUP\0\1");
constexpr qsizetype kChunk = 64 * 1024;
// A file's backup is an SQLite database (.db), a server's a pg_dump archive (.dump).
const QRegularExpression kName(QStringLiteral("^shopcrm-(\\d{8}-\\d{6})(-\\d+)?\\.(?:db|dump)(\\.enc)?$"));

void initSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw StoreError(StoreError::Kind::Sql, Backups::tr("The encryption library could not start."));
}

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QByteArray deriveKey(const QString& passphrase, const QByteArray& salt, unsigned long long ops, size_t mem)
{
    initSodium();
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    const QByteArray pass = passphrase.toUtf8();
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), static_cast<unsigned long long>(key.size()),
                      pass.constData(), static_cast<unsigned long long>(pass.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), ops, mem, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw StoreError(StoreError::Kind::Sql, Backups::tr("Not enough memory to derive the key from the passphrase."));
    return key;
}

void writeFailed(const QString& path, const QString& why)
{
    throw StoreError(QFileInfo(QFileInfo(path).absolutePath()).isWritable() ? StoreError::Kind::DiskFull
                                                                             : StoreError::Kind::Open,
                     Backups::tr("The backup could not be written to %1: %2").arg(nativePath(path), why));
}

void encryptFile(const QString& plain, const QString& target, const QString& passphrase, QJsonObject header)
{
    initSodium();
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    const unsigned long long ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    header.insert(QStringLiteral("salt"), QString::fromLatin1(salt.toHex()));
    header.insert(QStringLiteral("ops"), static_cast<qint64>(ops));
    header.insert(QStringLiteral("mem"), static_cast<qint64>(mem));
    const QByteArray key = deriveKey(passphrase, salt, ops, mem);
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray prefix = kMagic;
    char length[4];
    qToBigEndian(static_cast<quint32>(headerBytes.size()), length);
    prefix.append(length, 4);
    prefix.append(headerBytes);

    QFile in(plain);
    if (!in.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Open, Backups::tr("Cannot read %1: %2").arg(nativePath(plain), in.errorString()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        writeFailed(target, out.errorString());
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader,
                                                    reinterpret_cast<const unsigned char*>(key.constData()));
    out.write(prefix);
    out.write(reinterpret_cast<const char*>(streamHeader), sizeof streamHeader);
    QByteArray cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    bool first = true;
    for (;;) {
        const QByteArray chunk = in.read(kChunk);
        const bool last = in.atEnd();
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char*>(cipher.data()), &written,
            reinterpret_cast<const unsigned char*>(chunk.constData()), static_cast<unsigned long long>(chunk.size()),
            first ? reinterpret_cast<const unsigned char*>(prefix.constData()) : nullptr,
            first ? static_cast<unsigned long long>(prefix.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        first = false;
        if (out.write(cipher.constData(), static_cast<qint64>(written)) != static_cast<qint64>(written))
            writeFailed(target, out.errorString());
        if (last)
            break;
    }
    if (!out.commit())
        writeFailed(target, out.errorString());
}

// Reads the header of an encrypted backup; prefix receives the bytes the first chunk authenticates.
QJsonObject readHeader(QFile& in, QByteArray* prefix)
{
    const QByteArray magic = in.read(kMagic.size());
    const QByteArray length = in.read(4);
    if (magic != kMagic || length.size() != 4)
        throw StoreError(StoreError::Kind::NotADatabase,
                         Backups::tr("%1 is not a ShopCRM backup.").arg(nativePath(in.fileName())));
    const quint32 size = qFromBigEndian<quint32>(length.constData());
    const QByteArray headerBytes = size < 1024 * 1024 ? in.read(size) : QByteArray();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(headerBytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw StoreError(StoreError::Kind::NotADatabase,
                         Backups::tr("The backup %1 is damaged: its header cannot be read.").arg(nativePath(in.fileName())));
    if (prefix)
        *prefix = magic + length + headerBytes;
    return doc.object();
}

void decryptFile(const QString& path, const QString& plain, const QString& passphrase)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Open, Backups::tr("Cannot read %1: %2").arg(nativePath(path), in.errorString()));
    QByteArray prefix;
    const QJsonObject header = readHeader(in, &prefix);
    if (passphrase.isEmpty())
        throw StoreError(StoreError::Kind::Validation,
                         Backups::tr("The backup %1 is encrypted: give its passphrase.").arg(nativePath(path)));
    const QByteArray key = deriveKey(passphrase, QByteArray::fromHex(header.value(QStringLiteral("salt")).toString().toLatin1()),
                                     static_cast<unsigned long long>(header.value(QStringLiteral("ops")).toInteger()),
                                     static_cast<size_t>(header.value(QStringLiteral("mem")).toInteger()));
    const QByteArray streamHeader = in.read(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    crypto_secretstream_xchacha20poly1305_state state;
    if (streamHeader.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES
        || crypto_secretstream_xchacha20poly1305_init_pull(&state, reinterpret_cast<const unsigned char*>(streamHeader.constData()),
                                                           reinterpret_cast<const unsigned char*>(key.constData()))
               != 0)
        throw StoreError(StoreError::Kind::NotADatabase, Backups::tr("The backup %1 is damaged.").arg(nativePath(path)));
    QFile out(plain);
    if (!out.open(QIODevice::WriteOnly))
        writeFailed(plain, out.errorString());
    QByteArray clear(kChunk, Qt::Uninitialized);
    bool first = true;
    bool finished = false;
    while (!finished) {
        const QByteArray chunk = in.read(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
        if (chunk.isEmpty())
            break;
        unsigned long long size = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char*>(clear.data()), &size, &tag,
                reinterpret_cast<const unsigned char*>(chunk.constData()), static_cast<unsigned long long>(chunk.size()),
                first ? reinterpret_cast<const unsigned char*>(prefix.constData()) : nullptr,
                first ? static_cast<unsigned long long>(prefix.size()) : 0)
            != 0)
            throw StoreError(StoreError::Kind::Validation,
                             first ? Backups::tr("The passphrase is wrong, or the backup %1 is damaged.").arg(nativePath(path))
                                   : Backups::tr("The backup %1 is damaged.").arg(nativePath(path)));
        first = false;
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (out.write(clear.constData(), static_cast<qint64>(size)) != static_cast<qint64>(size))
            writeFailed(plain, out.errorString());
    }
    if (!finished || !in.atEnd())
        throw StoreError(StoreError::Kind::NotADatabase,
                         Backups::tr("The backup %1 is incomplete or damaged.").arg(nativePath(path)));
}

// A server's backup: what it holds, read back from the archive by pg_restore (which is its check:
// a damaged or cut-short archive cannot be read to the end).
BackupInfo readArchive(const QString& path)
{
    BackupInfo info;
    info.path = path;
    info.server = true;
    qint64 lastOrderId = -1;
    ServerDump::read(path,
                     {QStringLiteral("schema_version"), QStringLiteral("customers"), QStringLiteral("orders"),
                      QStringLiteral("audit_chain")},
                     [&](const QString& table, const QStringList& columns, const QStringList& fields) {
                         auto field = [&](const char* column) {
                             const qsizetype at = columns.indexOf(QLatin1String(column));
                             return at < 0 ? QString() : fields.at(at);
                         };
                         if (table == QLatin1String("schema_version")) {
                             info.schema = std::max(info.schema, field("version").toInt());
                         } else if (table == QLatin1String("customers")) {
                             ++info.customers;
                         } else if (table == QLatin1String("orders")) {
                             ++info.orders;
                             const qint64 id = field("id").toLongLong();
                             if (id > lastOrderId) {
                                 lastOrderId = id;
                                 info.lastOrder = field("number");
                                 info.lastOrderAt = parseUtc(field("created_at"));
                             }
                         } else if (table == QLatin1String("audit_chain") &&
                                    field("id") == QLatin1String("1")) {
                             info.auditEntries = field("entries").toLongLong();
                             // bytea in COPY's text: \x and hex digits
                             info.auditHead = field("head_hash").mid(2);
                         }
                     });
    const int latest = Migrations::latestVersion(Migrations::ladder());
    if (info.schema > latest)
        throw StoreError(
            StoreError::Kind::NewerSchema,
            Backups::tr("The backup %1 was made by a newer version of ShopCRM (schema %2; this program "
                        "knows up to %3).")
                .arg(nativePath(path), QString::number(info.schema), QString::number(latest)));
    info.bytes = QFileInfo(path).size();
    return info;
}

// Opens a plain database file read-only on a connection of its own and reads what it holds.
BackupInfo readDatabase(const QString& path, bool checkIntegrity)
{
    if (ServerDump::isArchive(path)) return readArchive(path);
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw StoreError(StoreError::Kind::Open, Backups::tr("Cannot read %1: %2").arg(nativePath(path), f.errorString()));
        if (f.read(16) != QByteArrayLiteral("SQLite format 3\0"))
            throw StoreError(StoreError::Kind::NotADatabase, Backups::tr("%1 is not a ShopCRM backup.").arg(nativePath(path)));
    }
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("shopcrm-backup-%1").arg(counter.fetch_add(1));
    BackupInfo info;
    info.path = path;
    QString problem;
    StoreError::Kind kind = StoreError::Kind::NotADatabase;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        auto one = [&](const QString& sql) {
            QSqlQuery q(c);
            return q.exec(sql) && q.next() ? q.value(0) : QVariant();
        };
        if (!c.open()) {
            problem = Backups::tr("%1 cannot be opened: %2").arg(nativePath(path), c.lastError().text());
        } else if (one(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'")).toInt() != 1) {
            problem = one(QStringLiteral("SELECT count(*) FROM sqlite_master")).isValid()
                          ? Backups::tr("%1 is an SQLite database, but not one of ShopCRM.").arg(nativePath(path))
                          : Backups::tr("The backup %1 is damaged.").arg(nativePath(path));
        } else if (checkIntegrity && one(QStringLiteral("PRAGMA integrity_check")).toString() != QLatin1String("ok")) {
            problem = Backups::tr("The backup %1 is damaged: it fails SQLite's integrity check.").arg(nativePath(path));
        } else {
            info.schema = one(QStringLiteral("SELECT max(version) FROM schema_version")).toInt();
            const int latest = Migrations::latestVersion(Migrations::ladder());
            if (info.schema > latest) {
                kind = StoreError::Kind::NewerSchema;
                problem = Backups::tr("The backup %1 was made by a newer version of ShopCRM (schema %2; this program "
                                      "knows up to %3).")
                              .arg(nativePath(path))
                              .arg(info.schema)
                              .arg(latest);
            } else {
                info.customers = one(QStringLiteral("SELECT count(*) FROM customers")).toLongLong();
                if (info.schema >= 3) {
                    info.orders = one(QStringLiteral("SELECT count(*) FROM orders")).toLongLong();
                    QSqlQuery q(c);
                    if (q.exec(QStringLiteral("SELECT number, created_at FROM orders ORDER BY id DESC LIMIT 1")) && q.next()) {
                        info.lastOrder = q.value(0).toString();
                        info.lastOrderAt = parseUtc(q.value(1));
                    }
                }
                if (info.schema >= 8) {
                    QSqlQuery q(c);
                    if (q.exec(QStringLiteral("SELECT entries, head_hash FROM audit_chain WHERE id = 1")) && q.next()) {
                        info.auditEntries = q.value(0).toLongLong();
                        info.auditHead = QString::fromLatin1(q.value(1).toByteArray().toHex());
                    }
                }
            }
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        throw StoreError(kind, problem);
    info.bytes = QFileInfo(path).size();
    return info;
}

QJsonObject headerOf(const BackupInfo& info)
{
    return {{QStringLiteral("taken_at"), utcText(info.takenAt).toString()},
            {QStringLiteral("schema"), info.schema},
            {QStringLiteral("customers"), info.customers},
            {QStringLiteral("orders"), info.orders},
            {QStringLiteral("last_order"), info.lastOrder},
            {QStringLiteral("last_order_at"), utcText(info.lastOrderAt).toString()},
            {QStringLiteral("audit_entries"), info.auditEntries},
            {QStringLiteral("audit_head"), info.auditHead},
            {QStringLiteral("server"), info.server}};
}

// A plain server archive's description beside it (<archive>.info, the encrypted header's fields
// and the archive's size): listing the folder reads it instead of the whole archive, which at
// 100,000 customers takes seconds a backup. Trusted only for an archive of the size it names.
QString sidecarOf(const QString& archive)
{
    return archive + QStringLiteral(".info");
}

BackupInfo infoFromHeader(const QString& path, const QJsonObject& h);

void writeSidecar(const BackupInfo& info)
{
    QJsonObject o = headerOf(info);
    o.insert(QStringLiteral("bytes"), info.bytes);
    QSaveFile out(sidecarOf(info.path));
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(o).toJson()) < 0 || !out.commit())
        qWarning("The description of %s was not written; the list will read the archive itself.",
                 qPrintable(info.path));
}

std::optional<BackupInfo> readSidecar(const QString& archive)
{
    QFile in(sidecarOf(archive));
    if (!in.open(QIODevice::ReadOnly)) return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(in.read(64 * 1024)).object();
    const qint64 bytes = QFileInfo(archive).size();
    if (o.isEmpty() || o.value(QStringLiteral("bytes")).toInteger(-1) != bytes) return std::nullopt;
    BackupInfo info = infoFromHeader(archive, o);
    info.encrypted = false;
    info.bytes = bytes;
    return info;
}

BackupInfo infoFromHeader(const QString& path, const QJsonObject& h)
{
    BackupInfo info;
    info.path = path;
    info.encrypted = true;
    info.takenAt = parseUtc(h.value(QStringLiteral("taken_at")).toString());
    info.schema = h.value(QStringLiteral("schema")).toInt();
    info.customers = h.value(QStringLiteral("customers")).toInteger();
    info.orders = h.value(QStringLiteral("orders")).toInteger();
    info.lastOrder = h.value(QStringLiteral("last_order")).toString();
    info.lastOrderAt = parseUtc(h.value(QStringLiteral("last_order_at")).toString());
    info.auditEntries = h.value(QStringLiteral("audit_entries")).toInteger();
    info.auditHead = h.value(QStringLiteral("audit_head")).toString();
    info.server = h.value(QStringLiteral("server")).toBool();
    info.bytes = QFileInfo(path).size();
    return info;
}

// A plain backup's time: from its name when the schedule named it, else the file's.
QDateTime takenAtOf(const QString& path)
{
    const QRegularExpressionMatch m = kName.match(QFileInfo(path).fileName());
    if (m.hasMatch()) {
        // Named in the desk's local time, which is what the shop reads in a folder listing.
        const QDateTime t = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        if (t.isValid())
            return t.toUTC();
    }
    return QFileInfo(path).lastModified().toUTC();
}

void requireWritableFolder(const QString& folder)
{
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        throw StoreError(StoreError::Kind::Open, Backups::tr("The backup folder %1 cannot be created.").arg(nativePath(folder)));
    if (!QFileInfo(folder).isWritable())
        throw StoreError(StoreError::Kind::Open,
                         Backups::tr("The backup folder %1 is read-only; choose another folder.").arg(nativePath(folder)));
}

} // namespace

bool Backups::isEncrypted(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(kMagic.size()) == kMagic;
}

BackupInfo Backups::create(Database& db, const QString& target, const QString& passphrase)
{
    // A backup holds everything, money included: it is the settings' right, as the owner's.
    db.access().require(Module::Settings, Action::Export);
    return make(db, target, passphrase);
}

BackupInfo Backups::make(Database& db, const QString& target, const QString& passphrase)
{
    const QString folder = QFileInfo(target).absolutePath();
    requireWritableFolder(folder);
    if (QFileInfo::exists(target))
        throw StoreError(StoreError::Kind::Open, tr("%1 exists already; choose another name.").arg(nativePath(target)));
    // An encrypted backup's plain copy never touches the backup folder (a stick or a share).
    QTemporaryDir scratch;
    const QString plain = passphrase.isEmpty() ? target + QStringLiteral(".part")
                                               : scratch.filePath(QStringLiteral("plain.db"));
    QFile::remove(plain);
    const QDateTime takenAt = QDateTime::currentDateTimeUtc();
    try {
        db.backupTo(plain);
    } catch (const StoreError& e) {
        QFile::remove(plain);
        if (e.kind() == StoreError::Kind::DiskFull)
            throw StoreError(StoreError::Kind::DiskFull,
                             tr("The backup folder %1 is full; the backup was not made.").arg(nativePath(folder)));
        throw;
    }
    BackupInfo info = readDatabase(plain, false);
    info.takenAt = takenAt;
    if (passphrase.isEmpty()) {
        if (!QFile::rename(plain, target)) {
            QFile::remove(plain);
            writeFailed(target, tr("it could not be renamed"));
        }
    } else {
        encryptFile(plain, target, passphrase, headerOf(info));
        info.encrypted = true;
    }
    info.path = target;
    info.bytes = QFileInfo(target).size();
    if (info.server && !info.encrypted) writeSidecar(info);
    AuditLog::event(db, QStringLiteral("backup"), 0, QStringLiteral("backup"),
                    {{QStringLiteral("file"), QFileInfo(target).fileName()},
                     {QStringLiteral("encrypted"), info.encrypted},
                     {QStringLiteral("audit_head"), info.auditHead}});
    return info;
}

QString Backups::nameIn(const QString& folder, bool server, bool encrypted)
{
    requireWritableFolder(folder);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suffix = (server ? QStringLiteral(".dump") : QStringLiteral(".db")) +
                           (encrypted ? QStringLiteral(".enc") : QString());
    QString target = QDir(folder).filePath(QStringLiteral("shopcrm-%1%2").arg(stamp, suffix));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folder).filePath(QStringLiteral("shopcrm-%1-%2%3").arg(stamp).arg(n).arg(suffix));
    return target;
}

BackupInfo Backups::createInFolder(Database& db, const QString& folder, const QString& passphrase)
{
    db.access().require(Module::Settings, Action::Export);
    return make(db, nameIn(folder, db.isServer(), !passphrase.isEmpty()), passphrase);
}

BackupInfo Backups::inspect(const QString& path, const QString& passphrase)
{
    if (!QFileInfo::exists(path))
        throw StoreError(StoreError::Kind::Open, tr("There is no file %1.").arg(nativePath(path)));
    if (!isEncrypted(path)) {
        BackupInfo info = readDatabase(path, true);
        info.takenAt = takenAtOf(path);
        return info;
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Open, tr("Cannot read %1: %2").arg(nativePath(path), in.errorString()));
    const BackupInfo header = infoFromHeader(path, readHeader(in, nullptr));
    if (passphrase.isEmpty())
        return header;
    QTemporaryDir scratch;
    const QString plain = scratch.filePath(QStringLiteral("plain.db"));
    decryptFile(path, plain, passphrase);
    BackupInfo info = readDatabase(plain, true);
    info.path = path;
    info.encrypted = true;
    info.takenAt = header.takenAt;
    info.bytes = header.bytes;
    return info;
}

QList<BackupInfo> Backups::list(const QString& folder)
{
    QList<BackupInfo> result;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.db"), QStringLiteral("*.db.enc"),
                                    QStringLiteral("*.dump"), QStringLiteral("*.dump.enc")},
                                   QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        BackupInfo info;
        try {
            if (isEncrypted(file.absoluteFilePath())) {
                QFile in(file.absoluteFilePath());
                if (!in.open(QIODevice::ReadOnly))
                    throw StoreError(StoreError::Kind::Open, in.errorString());
                info = infoFromHeader(file.absoluteFilePath(), readHeader(in, nullptr));
            } else if (const std::optional<BackupInfo> described = readSidecar(file.absoluteFilePath())) {
                info = *described;
            } else {
                info = readDatabase(file.absoluteFilePath(), false);
                info.takenAt = takenAtOf(file.absoluteFilePath());
            }
        } catch (const StoreError& e) {
            info.path = file.absoluteFilePath();
            info.bytes = file.size();
            info.takenAt = takenAtOf(file.absoluteFilePath());
            info.problem = e.message();
        }
        result.append(info);
    }
    std::sort(result.begin(), result.end(), [](const BackupInfo& a, const BackupInfo& b) { return a.takenAt > b.takenAt; });
    return result;
}

QStringList Backups::expired(const QList<BackupInfo>& backups, const Retention& retention)
{
    QList<BackupInfo> sorted;
    for (const BackupInfo& b : backups)
        if (b.problem.isEmpty() && b.takenAt.isValid() && kName.match(QFileInfo(b.path).fileName()).hasMatch())
            sorted.append(b);
    std::sort(sorted.begin(), sorted.end(), [](const BackupInfo& a, const BackupInfo& b) { return a.takenAt > b.takenAt; });
    QSet<QString> kept;
    // The newest backup of each of the last `count` periods that have one.
    auto keep = [&](int count, const std::function<qint64(const QDate&)>& period) {
        QSet<qint64> seen;
        for (const BackupInfo& b : std::as_const(sorted)) {
            const qint64 key = period(b.takenAt.toLocalTime().date());
            if (seen.contains(key))
                continue;
            if (seen.size() >= count)
                break;
            seen.insert(key);
            kept.insert(b.path);
        }
    };
    keep(retention.daily, [](const QDate& d) { return d.toJulianDay(); });
    keep(retention.weekly, [](const QDate& d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keep(retention.monthly, [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); });
    QStringList result;
    for (const BackupInfo& b : std::as_const(sorted))
        if (!kept.contains(b.path))
            result.append(b.path);
    return result;
}

QStringList Backups::prune(const QString& folder, const Retention& retention)
{
    QStringList removed;
    for (const QString& path : expired(list(folder), retention))
        if (QFile::remove(path)) {
            QFile::remove(sidecarOf(path));
            removed.append(path);
        }
    return removed;
}

BackupInfo Backups::restore(Database& db, const QString& path, const QString& passphrase, const QString& safetyFolder,
                            const Progress& progress)
{
    db.access().require(Module::Settings, Action::Edit);
    if (db.mode() != StorageMode::Single) {
        DeskPresence* running = DeskPresence::of(db);
        const QList<DeskInfo> others = running ? running->others() : DeskPresence(db, QStringLiteral("cli")).others();
        if (!others.isEmpty()) {
            QStringList names;
            for (const DeskInfo& d : others)
                names.append(tr("%1 (%2)").arg(d.desk, d.user));
            throw StoreError(StoreError::Kind::Busy,
                             tr("Other desks have the database open: %1. Close ShopCRM there before restoring.")
                                 .arg(names.join(QStringLiteral(", "))));
        }
    }
    QTemporaryDir scratch;
    QString plain = path;
    if (isEncrypted(path)) {
        plain = scratch.filePath(QStringLiteral("plain.db"));
        decryptFile(path, plain, passphrase);
    }
    BackupInfo incoming = readDatabase(plain, true);
    incoming.path = path;
    requireSameKind(db, incoming);
    const BackupInfo safety =
        make(db, nameIn(safetyFolder, db.isServer(), !passphrase.isEmpty()), passphrase);
    db.restoreFrom(plain, progress ? [&](int done, int total) { return progress(done, total); }
                                   : std::function<bool(int, int)>());
    const int latest = Migrations::latestVersion(Migrations::ladder());
    if (incoming.schema < latest)
        Migrations::run(db, Migrations::ladder(), latest);
    AuditLog::event(db, QStringLiteral("backup"), 0, QStringLiteral("restore"),
                    {{QStringLiteral("file"), QFileInfo(path).fileName()},
                     {QStringLiteral("audit_head"), incoming.auditHead},
                     {QStringLiteral("safety_backup"), QFileInfo(safety.path).fileName()}});
    return safety;
}

void Backups::requireSameKind(const Database& db, const BackupInfo& backup)
{
    if (backup.server == db.isServer()) return;
    throw StoreError(StoreError::Kind::NotADatabase,
                     db.isServer()
                         ? tr("%1 is a backup of a file, not of a server database. To bring a file's "
                              "data to a server, use shopcrm-cli migrate-to.")
                               .arg(nativePath(backup.path))
                         : tr("%1 is a backup of a server database, not of a file. Restore it on the "
                              "server, or copy the server's data to a file with shopcrm-cli migrate-to.")
                               .arg(nativePath(backup.path)));
}

QString Backups::defaultFolder(const Database& db)
{
    // A server has no folder beside it: its backups go to this desk's data folder, per database.
    if (const std::optional<ServerAddress> server =
            db.isServer() ? ServerAddress::parse(db.path()) : std::nullopt)
        return server->deskFolder() + QStringLiteral("/backups");
    return QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

BackupSchedule Backups::schedule(Database& db)
{
    const ShopSettings settings(db);
    BackupSchedule s;
    s.folder = settings.value(QStringLiteral("backup.folder"), defaultFolder(db));
    s.everyDays = settings.value(QStringLiteral("backup.every_days"), QStringLiteral("1")).toInt();
    s.retention.daily = settings.value(QStringLiteral("backup.keep_daily"), QStringLiteral("7")).toInt();
    s.retention.weekly = settings.value(QStringLiteral("backup.keep_weekly"), QStringLiteral("4")).toInt();
    s.retention.monthly = settings.value(QStringLiteral("backup.keep_monthly"), QStringLiteral("12")).toInt();
    s.encrypt = settings.value(QStringLiteral("backup.encrypt")) == QLatin1String("1");
    return s;
}

void Backups::setSchedule(Database& db, const BackupSchedule& s)
{
    db.access().require(Module::Settings, Action::Edit);
    QList<FieldIssue> issues;
    if (s.folder.trimmed().isEmpty())
        issues.append({QStringLiteral("folder"), tr("Choose a folder for the backups."), true});
    if (s.everyDays < 0 || s.everyDays > 31)
        issues.append({QStringLiteral("every_days"), tr("Back up every 1 to 31 days, or never (0)."), true});
    if (s.retention.daily < 1 || s.retention.weekly < 0 || s.retention.monthly < 0 || s.retention.daily > 366
        || s.retention.weekly > 520 || s.retention.monthly > 240)
        issues.append({QStringLiteral("retention"), tr("Keep at least one daily backup."), true});
    if (!issues.isEmpty())
        throw ValidationError(issues);
    requireWritableFolder(s.folder);
    ShopSettings settings(db);
    db.write([&] {
        settings.setValue(QStringLiteral("backup.folder"), s.folder);
        settings.setValue(QStringLiteral("backup.every_days"), QString::number(s.everyDays));
        settings.setValue(QStringLiteral("backup.keep_daily"), QString::number(s.retention.daily));
        settings.setValue(QStringLiteral("backup.keep_weekly"), QString::number(s.retention.weekly));
        settings.setValue(QStringLiteral("backup.keep_monthly"), QString::number(s.retention.monthly));
        settings.setValue(QStringLiteral("backup.encrypt"), s.encrypt ? QStringLiteral("1") : QStringLiteral("0"));
    });
}

QDateTime Backups::lastScheduled(Database& db)
{
    return parseUtc(ShopSettings(db).value(QStringLiteral("backup.last_at")));
}

bool Backups::due(Database& db, const QDateTime& now)
{
    const BackupSchedule s = schedule(db);
    if (s.everyDays <= 0)
        return false;
    const QDateTime last = lastScheduled(db);
    return !last.isValid() || last.toLocalTime().date().daysTo(now.toLocalTime().date()) >= s.everyDays;
}

std::optional<BackupInfo> Backups::runScheduled(Database& db, const QDateTime& now, const QString& passphrase)
{
    const BackupSchedule s = schedule(db);
    if (s.encrypt && passphrase.isEmpty())
        throw ValidationError({{QStringLiteral("passphrase"),
                                tr("Scheduled backups are encrypted: give the passphrase to take them."), true}});
    // The desk that moves backup.last_at takes the backup; a desk that finds it moved already does not.
    QString previous;
    bool claimed = false;
    db.write([&] {
        if (!due(db, now))
            return;
        ShopSettings settings(db);
        previous = settings.value(QStringLiteral("backup.last_at"));
        settings.setValue(QStringLiteral("backup.last_at"), utcText(now.toUTC()).toString());
        claimed = true;
    });
    if (!claimed)
        return std::nullopt;
    try {
        BackupInfo info =
            make(db, nameIn(s.folder, db.isServer(), s.encrypt), s.encrypt ? passphrase : QString());
        prune(s.folder, s.retention);
        return info;
    } catch (...) {
        // The backup was not made: the next start tries again.
        db.write([&] { ShopSettings(db).setValue(QStringLiteral("backup.last_at"), previous); });
        throw;
    }
}

} // namespace shopcrm
