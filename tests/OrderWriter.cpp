// A helper process for the concurrent numbering test: waits until the start file exists (so two
// writers begin together), then saves N orders, one transaction each with a short random pause
// between them as desks have, into the database given, and prints each number it was given.
#include "store/Database.h"
#include "store/OrderRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>
#include <QTextStream>

using namespace shopcrm;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    while (!QFile::exists(args.at(4)))
        QThread::msleep(1);
    DatabaseOptions options;
    options.session = {QStringLiteral("writer"), args.at(3)};
    QTextStream out(stdout);
    try {
        Database db(args.at(1), options);
        OrderRepository orders(db);
        const int count = args.at(2).toInt();
        for (int i = 0; i < count; ++i) {
            Order o;
            o.customerId = 1;
            o.orderDate = QDateTime(QDate(2026, 3, 15), QTime(12, 0)).toUTC();
            o.title = args.at(3);
            OrderLine line;
            line.product = QStringLiteral("名片");
            line.unit = QStringLiteral("盒");
            line.quantity = Quantity::fromUnits(i % 7 + 1);
            line.unitPrice = Money::fromFen(3850);
            o.lines.append(line);
            orders.create(o);
            out << o.number << '\n';
            QThread::usleep(QRandomGenerator::global()->bounded(1000u));
        }
    } catch (const StoreError& e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
    return 0;
}
