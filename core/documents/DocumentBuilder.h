#pragma once

#include "domain/Delivery.h"
#include "domain/Order.h"
#include "domain/Quote.h"
#include "PrintDocument.h"

#include <QCoreApplication>
#include <QDate>

namespace shopcrm {

class Database;

// A customer statement (对账单) for a period: what was delivered (billed) and what was paid
// (deposits now, payments once they exist), with the balance before, after and along the way.
struct Statement
{
    struct Entry
    {
        QDateTime at; // UTC
        QString document;
        QString text;
        Money debit;  // delivered
        Money credit; // received
        Money balance;
    };
    qint64 customerId = 0;
    QString customerName;
    QDate from;
    QDate to;
    Money opening;
    QList<Entry> entries;
    Money closing;
    QList<Order> orders; // orders placed in the period, for reference
};

// Builds each document with every field and column it can have; the shop's template then
// chooses what shows (DocumentTemplate::applyTo).
class DocumentBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::DocumentBuilder)
public:
    static PrintDocument workOrder(const Order& order);
    // A quote (报价单) to send to the customer: prices, the total in Chinese capitals, validity and
    // terms, a line for the customer's confirmation.
    static PrintDocument quote(const Quote& quote, const QString& preparedBy);
    static PrintDocument deliverySlip(const DeliverySlip& slip);
    static PrintDocument statement(const Statement& statement);
    static Statement makeStatement(Database& db, qint64 customerId, const QDate& from, const QDate& to);
    // Every customer who owes, aged by payment terms, with the totals of each column.
    static PrintDocument receivables(const QList<struct AgingRow>& rows, const QDate& today);
    static QString reprintMark();
};

} // namespace shopcrm
