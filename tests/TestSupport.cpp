#include "TestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace shopcrm::test {

Customer makeCustomer(const QString& name, const QString& phone, const QString& contact)
{
    Customer c;
    c.name = name;
    if (!phone.isEmpty())
        c.phones = {phone};
    if (!contact.isEmpty()) {
        Contact k;
        k.name = contact;
        k.primary = true;
        c.contacts.append(k);
    }
    return c;
}

QVariant scalar(Database& db, const QString& sql)
{
    return Sql(db, sql).scalar();
}

void loadDump(const QString& dumpPath, const QString& dbPath)
{
    QFile file(dumpPath);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read dump");
    const QString text = QString::fromUtf8(file.readAll());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump-loader"));
        db.setDatabaseName(dbPath);
        db.open();
        QSqlQuery q(db);
        for (const QString& statement : text.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            QString body = statement;
            while (body.startsWith(QLatin1String("--")))
                body = body.mid(body.indexOf(QLatin1Char('\n')) + 1);
            if (!body.trimmed().isEmpty() && !q.exec(body))
                throw std::runtime_error(q.lastError().text().toStdString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump-loader"));
}

} // namespace shopcrm::test
