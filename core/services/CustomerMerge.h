#pragma once

#include "domain/Customer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace shopcrm {

class Database;

struct MergeRecord
{
    qint64 id = 0;
    QDateTime at;
    QString who;
    qint64 keptId = 0;
    qint64 droppedId = 0;
    QString keptName;
    QString droppedName;
    QDateTime undoneAt;
};

struct MergeUndoResult
{
    bool keptRestored = false; // false: the kept customer was changed since, and stays as it is
    QStringList notes;         // what could not be put back, and why
};

// Merges two customer records that are one customer: the kept one takes the fields the user picked
// from either; the other one's contacts, orders, follow-ups (with their attachments), payments and
// delivery slips move to it; the other record is removed. Everything is recorded, so the merge is
// audited and can be undone: the removed customer comes back with its id, the records that moved
// go back, and the kept one's fields are restored unless it was changed since.
class CustomerMerge final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::CustomerMerge)
public:
    // The tables whose rows belong to a customer, and how many of each the customer has.
    struct Holding
    {
        QString table;
        QString label; // translated: "orders"
        int count = 0;
    };
    static QList<Holding> holdings(const Database& db, qint64 customerId);
    // "3 orders", "1 contact": a holding with its count, for messages.
    static QString describe(const Holding& holding);

    // The fields a user picks from either record, by code ("email"), with their translated labels.
    static QStringList fieldCodes();
    static QString fieldLabel(const QString& code);
    static QString fieldText(const Customer& customer, const QString& code);
    static void takeField(Customer& kept, const Customer& other, const QString& code);
    // What a merge proposes: the kept record's fields, each empty one filled from the other, and
    // phone numbers and tags of both.
    static Customer proposed(const Customer& kept, const Customer& other);

    // kept: the kept customer as the user wants it (its meta as read: a change by another desk since
    // is a conflict); droppedVersion: the other customer's version as read. Returns the merge's id.
    static qint64 merge(Database& db, const Customer& kept, qint64 droppedId, int droppedVersion);
    static MergeUndoResult undo(Database& db, qint64 mergeId);
    static QList<MergeRecord> list(const Database& db, int limit = 200);

private:
    static QString label(qsizetype owned);
};

} // namespace shopcrm
