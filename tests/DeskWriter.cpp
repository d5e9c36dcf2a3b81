// A desk for the multi-desk tests, as a process of its own: waits until the start file exists (so
// all desks begin together), then does COUNT writes (0: until killed) into the database given, a
// mix of what a desk does all day — a customer edit (a counter in the notes, +1), an order with
// its number, a payment of 1.00 on account — each in its own transaction, and prints one line per
// write once it is committed: "edit ID", "order NUMBER", "payment NUMBER", then "ms N" (how long
// the save took). With --posix the file is opened with SQLite's default POSIX locks (the negative
// control); --edits-only makes every write a customer edit; --hold MS keeps one write
// transaction open that long, then commits it.
#include "domain/Money.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

using namespace shopcrm;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool posix = args.removeAll(QStringLiteral("--posix")) > 0;
    const bool editsOnly = args.removeAll(QStringLiteral("--edits-only")) > 0;
    int holdMs = 0;
    if (const qsizetype at = args.indexOf(QStringLiteral("--hold")); at > 0 && at + 1 < args.size()) {
        holdMs = args.at(at + 1).toInt();
        args.remove(at, 2);
    }
    if (args.size() != 5)
        return 2;
    const QString path = args.at(1);
    const QString desk = args.at(2);
    const int count = args.at(3).toInt();
    while (!QFile::exists(args.at(4)))
        QThread::msleep(2);
    DatabaseOptions options;
    options.session = {QStringLiteral("writer"), desk};
    options.posixLockingForTests = posix;
    QTextStream out(stdout);
    QRandomGenerator random(static_cast<quint32>(QCoreApplication::applicationPid()));
    try {
        Database db(path, options);
        CustomerRepository customers(db);
        OrderRepository orders(db);
        PaymentRepository payments(db);
        if (holdMs > 0) {
            db.write([&] {
                Customer c;
                c.name = QStringLiteral("长事务客户 %1").arg(desk);
                customers.create(c);
                out << "holding" << Qt::endl;
                QThread::msleep(static_cast<unsigned long>(holdMs));
            });
            out << "committed" << Qt::endl;
            return 0;
        }
        for (int i = 0; count == 0 || i < count; ++i) {
            QElapsedTimer timer;
            try {
            timer.start();
            const int kind = static_cast<int>(random.bounded(3u));
            QString line;
            if (editsOnly) {
                // A read-increment-write in one transaction: with working locks no increment is lost.
                db.write([&] {
                    const qint64 n = Sql(db, QStringLiteral("SELECT CAST(notes AS INTEGER) FROM customers WHERE id = 1"))
                                         .scalar()
                                         .toLongLong();
                    Sql(db, QStringLiteral("UPDATE customers SET notes = ? WHERE id = 1")).bind(QString::number(n + 1)).exec();
                });
                line = QStringLiteral("edit 1");
            } else if (kind == 0) {
                const qint64 id = 1 + random.bounded(3);
                for (;;) {
                    Customer c = customers.get(id);
                    c.notes = QString::number(c.notes.toLongLong() + 1);
                    try {
                        customers.update(c);
                        break;
                    } catch (const StoreError& e) {
                        if (e.kind() != StoreError::Kind::Conflict)
                            throw;
                    }
                }
                line = QStringLiteral("edit %1").arg(id);
            } else if (kind == 1) {
                Order o;
                o.customerId = 1 + random.bounded(3);
                o.orderDate = QDateTime(QDate(2026, 3, 15), QTime(12, 0)).toUTC();
                o.title = desk;
                OrderLine l;
                l.product = QStringLiteral("名片");
                l.unit = QStringLiteral("盒");
                l.quantity = Quantity::fromUnits(1);
                l.unitPrice = Money::fromFen(3850);
                o.lines.append(l);
                orders.create(o);
                line = QStringLiteral("order %1").arg(o.number);
            } else {
                Payment p;
                p.customerId = 1 + random.bounded(3);
                p.paidAt = QDateTime(QDate(2026, 3, 16), QTime(9, 0)).toUTC();
                p.amount = Money::fromFen(100);
                p.method = PaymentMethod::Cash;
                payments.create(p, 0, Overpayment::KeepAsCredit);
                line = QStringLiteral("payment %1").arg(p.number);
            }
            out << line << '\n' << "ms " << timer.nsecsElapsed() / 1000000.0 << Qt::endl;
            } catch (const StoreError& e) {
                // The negative control carries on past the errors its broken locking causes.
                if (!posix)
                    throw;
                QTextStream(stderr) << e.message() << '\n';
            }
        }
    } catch (const StoreError& e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
    return 0;
}
