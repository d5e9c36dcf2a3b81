#pragma once

#include "domain/Customer.h"
#include "store/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace shopcrm::test {

// A fresh database file in a temporary folder of its own.
struct TempDb
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("shop.db"));
    std::unique_ptr<Database> db;

    explicit TempDb(const DatabaseOptions& options = DatabaseOptions()) : db(std::make_unique<Database>(path, options)) {}
    Database& operator*() { return *db; }
    Database* operator->() { return db.get(); }
};

Customer makeCustomer(const QString& name, const QString& phone = {}, const QString& contact = {});
QVariant scalar(Database& db, const QString& sql);
// Loads an SQL dump (the v1 fixture) into a new file.
void loadDump(const QString& dumpPath, const QString& dbPath);

} // namespace shopcrm::test

// Readable values in Catch's failure messages.
#include <catch2/catch.hpp>
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime& t) { return t.toString(Qt::ISODateWithMs).toStdString(); }
};
} // namespace Catch
