#include "Secrets.h"

#include "Database.h"
#include "Dialect.h"
#include "ShopSettings.h"
#include "StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <sodium.h>

namespace shopcrm {

namespace {

QString settingKey(const QString& name)
{
    return QStringLiteral("secret.") + name;
}

void initSodium()
{
    if (sodium_init() < 0)
        throw StoreError(StoreError::Kind::Open, Secrets::tr("The encryption library cannot start."));
}

} // namespace

QString Secrets::keyPath(const Database& db)
{
    if (!db.isServer()) return db.path() + QStringLiteral(".key");
    const std::optional<ServerAddress> address = ServerAddress::parse(db.path());
    return (address ? address->deskFolder()
                    : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                          QStringLiteral("/ShopCRM")) +
           QStringLiteral("/secrets.key");
}

QByteArray Secrets::key(bool create) const
{
    initSodium();
    const QString path = keyPath(m_db);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray key = file.readAll();
        if (key.size() == crypto_secretbox_KEYBYTES) return key;
        throw StoreError(StoreError::Kind::Open, tr("The key file %1 is damaged.").arg(path));
    }
    if (!create) return {};
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char*>(key.data()));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        throw StoreError(StoreError::Kind::Open, tr("Cannot make the folder for the key file %1.").arg(path));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(key) != key.size() ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !out.commit())
        throw StoreError(StoreError::Kind::Open,
                         tr("Cannot write the key file %1: %2").arg(path, out.errorString()));
    return key;
}

QByteArray Secrets::seal(const QByteArray& key, const QByteArray& plain)
{
    initSodium();
    QByteArray sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(),
                      Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(plain.constData()),
                          static_cast<unsigned long long>(plain.size()), nonce,
                          reinterpret_cast<const unsigned char*>(key.constData()));
    return sealed;
}

std::optional<QByteArray> Secrets::open(const QByteArray& key, const QByteArray& sealed)
{
    initSodium();
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (key.size() != crypto_secretbox_KEYBYTES || sealed.size() < overhead) return std::nullopt;
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (crypto_secretbox_open_easy(
            reinterpret_cast<unsigned char*>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
            static_cast<unsigned long long>(sealed.size() - crypto_secretbox_NONCEBYTES), nonce,
            reinterpret_cast<const unsigned char*>(key.constData())) != 0)
        return std::nullopt;
    return plain;
}

void Secrets::set(const QString& name, const QString& value)
{
    m_db.access().require(Module::Settings, Action::Edit);
    ShopSettings settings(m_db);
    if (value.isEmpty()) {
        settings.setValue(settingKey(name), QString());
        return;
    }
    settings.setValue(settingKey(name), QString::fromLatin1(seal(key(true), value.toUtf8()).toBase64()));
}

bool Secrets::has(const QString& name) const
{
    return !ShopSettings(m_db).value(settingKey(name)).isEmpty();
}

QString Secrets::get(const QString& name) const
{
    const QString stored = ShopSettings(m_db).value(settingKey(name));
    if (stored.isEmpty()) return {};
    const QByteArray k = key(false);
    const std::optional<QByteArray> plain =
        k.isEmpty() ? std::nullopt : open(k, QByteArray::fromBase64(stored.toLatin1()));
    if (!plain && m_db.isServer())
        throw StoreError(StoreError::Kind::Open,
                         tr("The stored %1 cannot be read at this desk: its key file (%2) is missing or not "
                            "the one it was saved with. Copy that file from the desk that saved it, or enter "
                            "the %1 again in Settings.")
                             .arg(name, keyPath(m_db)));
    if (!plain)
        throw StoreError(
            StoreError::Kind::Open,
            tr("The stored %1 cannot be read here: the key file beside the database (%2) is missing or "
               "not the one it was saved with. Enter it again in Settings.")
                .arg(name, keyPath(m_db)));
    return QString::fromUtf8(*plain);
}

} // namespace shopcrm
