#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace shopcrm {

class Database;

// Secrets the shop keeps in its settings — the mail account's password, an SMS gateway's key —
// encrypted with libsodium's secretbox (XSalsa20-Poly1305) under a key kept in a file (readable
// by its owner only), made on first use. For a file the key lies beside it ("<database>.key"), so
// every desk that opens the database in its folder reads the same key. A server has no folder a
// desk can write beside, so its key lies in the desk's own data folder, named after the server
// database; another desk that needs the secret is given a copy of that file or has it typed
// again. Either way a copy of the database alone (a backup, a dump sent for support) does not
// give the secrets away. Losing the key file loses them, and they are typed again.
class Secrets final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::Secrets)
public:
    explicit Secrets(Database& db) : m_db(db) {}

    // Stored as the setting "secret.<name>"; an empty value removes it.
    void set(const QString& name, const QString& value);
    // "" when none is stored; StoreError when it cannot be read with this folder's key.
    QString get(const QString& name) const;
    bool has(const QString& name) const;

    // The sealing itself: a random nonce, then the box.
    static QByteArray seal(const QByteArray& key, const QByteArray& plain);
    static std::optional<QByteArray> open(const QByteArray& key, const QByteArray& sealed);
    static QString keyPath(const Database& db);

private:
    QByteArray key(bool create) const;
    Database& m_db;
};

} // namespace shopcrm
