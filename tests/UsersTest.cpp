#include "TestSupport.h"

#include "documents/DocumentOutput.h"
#include "services/Backups.h"
#include "services/Exports.h"
#include "services/Reports.h"
#include "store/AuditLog.h"
#include "store/CatalogRepository.h"
#include "store/CustomerRepository.h"
#include "store/DeliveryRepository.h"
#include "store/FollowUpRepository.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"
#include "store/UserRepository.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

const QString kOwnerPassword = QStringLiteral("老板的好口令");

qint64 addUser(Database& db, const QString& login, const QString& role, const QString& password = QStringLiteral("secret-1"),
               qint64 staffId = 0)
{
    UserRepository users(db);
    User u;
    u.login = login;
    u.displayName = login;
    u.roleId = users.roleByCode(role)->meta.id;
    u.staffId = staffId;
    return users.createUser(u, password);
}

// A shop with an owner (signed in on db) and an order of 2 banners at 25.00/m² (total 225.00).
struct SignedShop : OrderShop
{
    qint64 orderId = 0;
    QString orderNumber;
    SignedShop()
    {
        addUser(*db, QStringLiteral("boss"), QStringLiteral("owner"), kOwnerPassword);
        UserRepository(*db).signIn(QStringLiteral("boss"), kOwnerPassword);
        Order o = order(customer, QDateTime::currentDateTime());
        OrderRepository(*db).create(o);
        orderId = o.meta.id;
        orderNumber = o.number;
    }
    // Signs user in on a new connection to the same file.
    std::unique_ptr<Database> as(const QString& login, const QString& password = QStringLiteral("secret-1"))
    {
        auto other = std::make_unique<Database>(db.path);
        UserRepository(*other).signIn(login, password);
        return other;
    }
};

template <typename F>
void denied(F&& f)
{
    try {
        f();
        FAIL("allowed");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreError::Kind::Denied);
    }
}

// Money as ShopCRM prints it: 225.00, 1,234.50, ¥3.60 (quantities have three decimals, dates none).
const QRegularExpression kAmount(QStringLiteral("(?<![\\d.,])\\d{1,3}(,\\d{3})*\\.\\d{2}(?![\\d])"));

} // namespace

TEST_CASE("users: passwords are Argon2id hashes, checked and rehashed at a raised cost", "[users]")
{
    const QString hash = UserRepository::hashPassword(QStringLiteral("口令123456"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("口令")));
    CHECK(UserRepository::verifyPassword(hash, QStringLiteral("口令123456")));
    CHECK_FALSE(UserRepository::verifyPassword(hash, QStringLiteral("口令123457")));
    CHECK(hash != UserRepository::hashPassword(QStringLiteral("口令123456"))); // salted

    TempDb db;
    const qint64 id = addUser(*db, QStringLiteral("boss"), QStringLiteral("owner"), kOwnerPassword);
    // A hash from a cheaper time (1 pass over 8 MiB) is replaced at the next sign-in.
    const QString cheap = UserRepository::hashPassword(kOwnerPassword, 1, 8 * 1024 * 1024);
    CHECK(cheap.contains(QStringLiteral("m=8192,t=1")));
    Sql(*db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?")).bind(cheap).bind(id).exec();
    UserRepository(*db).signIn(QStringLiteral("BOSS"), kOwnerPassword);
    const QString now = scalar(*db, QStringLiteral("SELECT password_hash FROM users WHERE id = %1").arg(id)).toString();
    CHECK(now != cheap);
    CHECK(now.contains(QStringLiteral("m=65536,t=2")));
    CHECK(UserRepository::verifyPassword(now, kOwnerPassword));
}

TEST_CASE("users: the first user is the owner, and then everyone signs in", "[users]")
{
    TempDb db;
    UserRepository users(*db);
    CHECK_FALSE(users.signInRequired());
    User u;
    u.login = QStringLiteral("wang");
    u.displayName = QStringLiteral("王老板");
    u.roleId = users.roleByCode(QStringLiteral("production"))->meta.id; // asked, but the first user owns the shop
    users.createUser(u, kOwnerPassword);
    CHECK(users.signInRequired());
    CHECK(UserRepository(*db).findByLogin(QStringLiteral("wang"))->roleName == QStringLiteral("owner"));
    CHECK_THROWS_AS(users.createUser(u, kOwnerPassword), ValidationError); // the same login again
    User shortPassword;
    shortPassword.login = QStringLiteral("li");
    CHECK_THROWS_AS(users.createUser(shortPassword, QStringLiteral("12345")), ValidationError);

    users.signIn(QStringLiteral("wang"), kOwnerPassword);
    CHECK(db->session().user == QStringLiteral("wang"));
    // The only owner can be neither disabled nor made something else.
    CHECK_THROWS_AS(users.setActive(u.meta.id, false), StoreError);
    users.setSignInRequired(false);
    CHECK_FALSE(users.signInRequired());
    users.setSignInRequired(true);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'user' AND op = 'login'")).toInt() == 1);
}

TEST_CASE("users: five wrong passwords lock the account for 15 minutes, and every attempt is audited", "[users]")
{
    TempDb db;
    addUser(*db, QStringLiteral("boss"), QStringLiteral("owner"), kOwnerPassword);
    UserRepository users(*db);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 4; ++i) {
        try {
            users.signIn(QStringLiteral("boss"), QStringLiteral("wrong-%1").arg(i), t0);
            FAIL("a wrong password was taken");
        } catch (const StoreError& e) {
            CHECK(e.message().contains(QStringLiteral("not right")));
        }
    }
    try {
        users.signIn(QStringLiteral("boss"), QStringLiteral("wrong-5"), t0);
        FAIL("a wrong password was taken");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("locked")));
    }
    // Even the right password waits the 15 minutes.
    CHECK_THROWS_AS(users.signIn(QStringLiteral("boss"), kOwnerPassword, t0.addSecs(14 * 60)), StoreError);
    CHECK(users.signIn(QStringLiteral("boss"), kOwnerPassword, t0.addSecs(16 * 60)).login == QStringLiteral("boss"));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE op = 'login_failed'")).toInt() == 6);
    CHECK(scalar(*db, QStringLiteral("SELECT failed_attempts FROM users WHERE login = 'boss'")).toInt() == 0);
    // An unknown name says no more than a wrong password does.
    try {
        users.signIn(QStringLiteral("nobody"), kOwnerPassword, t0);
        FAIL("an unknown user signed in");
    } catch (const StoreError& e) {
        CHECK(e.message() == UserRepository::tr("The login name or the password is not right."));
    }
}

TEST_CASE("users: a disabled user cannot sign in, the owner resets passwords and users change their own", "[users]")
{
    SignedShop shop;
    UserRepository users(*shop.db);
    const qint64 li = addUser(*shop.db, QStringLiteral("li"), QStringLiteral("front_desk"));
    users.setActive(li, false);
    CHECK_THROWS_AS(shop.as(QStringLiteral("li")), StoreError);
    users.setActive(li, true);
    users.resetPassword(li, QStringLiteral("new-secret"));
    CHECK_THROWS_AS(shop.as(QStringLiteral("li")), StoreError);
    auto desk = shop.as(QStringLiteral("li"), QStringLiteral("new-secret"));
    UserRepository mine(*desk);
    CHECK_THROWS_AS(mine.changeOwnPassword(QStringLiteral("wrong"), QStringLiteral("another-1")), ValidationError);
    mine.changeOwnPassword(QStringLiteral("new-secret"), QStringLiteral("another-1"));
    CHECK(shop.as(QStringLiteral("li"), QStringLiteral("another-1"))->access().login == QStringLiteral("li"));
    // A front desk manages no users.
    denied([&] { mine.resetPassword(li, QStringLiteral("whatever-1")); });
    denied([&] { addUser(*desk, QStringLiteral("zhao"), QStringLiteral("owner")); });
}

TEST_CASE("rights: production sees work orders and statuses, never an amount", "[users][rights]")
{
    SignedShop shop;
    addUser(*shop.db, QStringLiteral("shop"), QStringLiteral("production"));
    auto desk = shop.as(QStringLiteral("shop"));
    Database& db = *desk;

    OrderRepository orders(db);
    const Order o = orders.get(shop.orderId);
    CHECK(o.number == shop.orderNumber);
    CHECK(o.lines.size() == 1);
    CHECK(o.lines.first().unitPrice.isZero());
    CHECK(o.total().isZero());
    CHECK(OrderRepository(*shop.db).get(shop.orderId).total() == Money::fromFen(22500)); // the owner sees it
    CHECK(orders.totals({}).total.isZero());
    CHECK(orders.page({}, 0, 10).first().total.isZero());
    CHECK(orders.lastPrices(shop.customer, QStringLiteral("户外喷绘布"), 5).isEmpty());
    for (const TimelineEvent& e : FollowUpRepository(db).timeline(shop.customer))
        CHECK_FALSE(kAmount.match(e.detail + e.summary).hasMatch());
    CHECK(CatalogRepository(db).products().first().unitPrice.isZero());

    // Status changes yes; a whole edit (which writes prices), a cancel, new orders no.
    orders.setStatus(shop.orderId, -1, OrderStatus::InProduction);
    Order edit = o;
    edit.meta.version += 1;
    denied([&] { orders.update(edit); });
    denied([&] { orders.setStatus(shop.orderId, -1, OrderStatus::Cancelled, QStringLiteral("客户取消")); });
    Order fresh = shop.order(shop.customer, QDateTime::currentDateTime());
    denied([&] { orders.create(fresh); });
    // The revenue summaries did not see a zero-priced order: the owner's figures are intact.
    CHECK(scalar(*shop.db, QStringLiteral("SELECT sum(total) FROM orders")).toLongLong() == 22500);

    // Everything that is money is refused.
    PaymentRepository payments(db);
    denied([&] { payments.page({}, 0, 10); });
    denied([&] { payments.balance(shop.customer); });
    denied([&] { payments.receivables(QDate::currentDate()); });
    denied([&] { Reports::review(db, QStringLiteral("2026-01"), QStringLiteral("2026-12"), BillingBasis::OrderDate); });
    denied([&] { OutgoingDocument::statement(db, shop.customer, QDate(2026, 1, 1), QDate(2026, 12, 31)); });
    denied([&] { OutgoingDocument::receivables(db, QDate::currentDate()); });
    denied([&] { Exports::payments(db, {}, QDir::temp().filePath(QStringLiteral("x.csv"))); });
    // Nor other modules' management.
    Customer c = makeCustomer(QStringLiteral("新客户"));
    denied([&] { CustomerRepository(db).create(c); });
    denied([&] { AuditLog::list(db, {}, 10); });
    denied([&] { UserRepository(db).users(); });
    QTemporaryDir folder;
    denied([&] { Backups::createInFolder(db, folder.path()); });
    // The work order prints.
    OutgoingDocument work = OutgoingDocument::workOrder(db, shop.orderId);
    CHECK(DocumentOutput::logPrint(db, work, *PageFormat::fromCode(QStringLiteral("a4"))) == 1);
}

TEST_CASE("rights: the front desk takes orders and money but deletes nothing and sees no report", "[users][rights]")
{
    SignedShop shop;
    addUser(*shop.db, QStringLiteral("li"), QStringLiteral("front_desk"));
    auto desk = shop.as(QStringLiteral("li"));
    Database& db = *desk;
    Order o = shop.order(shop.customer, QDateTime::currentDateTime(), 3000);
    OrderRepository(db).create(o);
    CHECK(OrderRepository(db).get(o.meta.id).total() == Money::fromFen(27000));
    Payment p;
    p.customerId = shop.customer;
    p.amount = Money::fromFen(10000);
    p.paidAt = QDateTime::currentDateTimeUtc();
    p.method = PaymentMethod::Cash;
    PaymentRepository(db).create(p);
    CHECK(PaymentRepository(db).balance(shop.customer).received == Money::fromFen(10000));
    denied([&] { PaymentRepository(db).remove(p.meta.id, p.meta.version); });
    denied([&] { OrderRepository(db).setStatus(o.meta.id, -1, OrderStatus::Cancelled, QStringLiteral("不要了")); });
    denied([&] { Reports::review(db, QStringLiteral("2026-01"), QStringLiteral("2026-12"), BillingBasis::OrderDate); });
    denied([&] { CustomerRepository(db).setArchived(shop.other, 1, true); });
    // What they did carries their name.
    CHECK(scalar(*shop.db, QStringLiteral("SELECT created_by FROM payments WHERE id = %1").arg(p.meta.id)).toString()
          == QStringLiteral("li"));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT who FROM audit_log WHERE entity = 'payment' AND entity_id = %1").arg(p.meta.id))
              .toString()
          == QStringLiteral("li"));
}

TEST_CASE("rights: a role limited to its own customers sees only those", "[users][rights]")
{
    SignedShop shop;
    Database& owner = *shop.db;
    StaffMember wang;
    wang.name = QStringLiteral("王芳");
    CatalogRepository(owner).createStaff(wang);
    CustomerRepository customers(owner);
    Customer mine = makeCustomer(QStringLiteral("王芳的客户"));
    mine.owner = QStringLiteral("王芳");
    customers.create(mine);
    Order theirs = shop.order(mine.meta.id, QDateTime::currentDateTime());
    OrderRepository(owner).create(theirs);
    // The shop's customer is someone else's; a third one is in the public pool (no owner).
    StaffMember li;
    li.name = QStringLiteral("李四");
    CatalogRepository(owner).createStaff(li);
    Customer others = customers.get(shop.customer);
    others.owner = QStringLiteral("李四");
    customers.update(others);
    Customer pooled = makeCustomer(QStringLiteral("公海里的客户"));
    customers.create(pooled);

    UserRepository users(owner);
    Role sales;
    sales.name = QStringLiteral("业务员");
    sales.rights = Rights::preset(QStringLiteral("front_desk"));
    sales.ownCustomersOnly = true;
    users.createRole(sales);
    addUser(owner, QStringLiteral("wangfang"), QStringLiteral("业务员"), QStringLiteral("secret-1"), wang.meta.id);
    auto desk = shop.as(QStringLiteral("wangfang"));
    Database& db = *desk;

    // Their own and the pool's, which anyone may claim.
    const QList<CustomerRow> rows = CustomerRepository(db).page({}, 0, 100);
    QStringList names;
    for (const CustomerRow& r : rows)
        names.append(r.name);
    CHECK(names.contains(QStringLiteral("王芳的客户")));
    CHECK(names.contains(QStringLiteral("公海里的客户")));
    CHECK_FALSE(names.contains(others.name));
    // The oracle: every customer the pool or 王芳 has.
    const qint64 visible =
        scalar(owner, QStringLiteral("SELECT count(*) FROM customers WHERE archived = 0 AND "
                                     "owner IN ('王芳', '')"))
            .toLongLong();
    CHECK(rows.size() == visible);
    CHECK(CustomerRepository(db).count(false) == visible);
    denied([&] { CustomerRepository(db).get(shop.customer); });
    const QList<OrderRow> orders = OrderRepository(db).page({}, 0, 100);
    REQUIRE(orders.size() == 1);
    CHECK(orders.first().number == theirs.number);
    denied([&] { OrderRepository(db).get(shop.orderId); });
    Order other = shop.order(shop.customer, QDateTime::currentDateTime());
    denied([&] { OrderRepository(db).create(other); });
    CHECK(CustomerRepository(db).rows({shop.customer, mine.meta.id}).size() == 1);
}

TEST_CASE("rights: every CLI command of a role without money shows no amount", "[users][rights][cli]")
{
    SignedShop shop;
    addUser(*shop.db, QStringLiteral("shop"), QStringLiteral("production"));
    Payment p;
    p.customerId = shop.customer;
    p.amount = Money::fromFen(5000);
    p.paidAt = QDateTime::currentDateTimeUtc();
    p.method = PaymentMethod::Cash;
    PaymentRepository(*shop.db).create(p);
    const QString path = shop.db.path;
    shop.db.db.reset();
    QTemporaryDir out;
    const QString year = QString::number(QDate::currentDate().year());
    const QList<QStringList> commands = {
        {QStringLiteral("order"), QStringLiteral("show"), shop.orderNumber},
        {QStringLiteral("order"), QStringLiteral("show"), shop.orderNumber, QStringLiteral("--json")},
        {QStringLiteral("order"), QStringLiteral("list")},
        {QStringLiteral("order"), QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("product"), QStringLiteral("list")},
        {QStringLiteral("product"), QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("customer"), QStringLiteral("list")},
        {QStringLiteral("customer"), QStringLiteral("show"), QString::number(shop.customer), QStringLiteral("--json")},
        {QStringLiteral("followup"), QStringLiteral("list")},
        {QStringLiteral("reminders"), QStringLiteral("--json")},
        {QStringLiteral("payment"), QStringLiteral("list")},
        {QStringLiteral("payment"), QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--year"), year},
        {QStringLiteral("report"), QStringLiteral("customers"), QStringLiteral("--from"), year + QStringLiteral("-01-01"),
         QStringLiteral("--to"), year + QStringLiteral("-12-31")},
        {QStringLiteral("report"), QStringLiteral("receivables")},
        {QStringLiteral("export"), QStringLiteral("payments"), out.filePath(QStringLiteral("p.csv"))},
        {QStringLiteral("export"), QStringLiteral("followups"), out.filePath(QStringLiteral("f.csv"))},
        {QStringLiteral("print"), QStringLiteral("statement"), QStringLiteral("--customer"), QString::number(shop.customer),
         QStringLiteral("--from"), year + QStringLiteral("-01-01"), QStringLiteral("--to"), year + QStringLiteral("-12-31"),
         QStringLiteral("--pdf"), out.filePath(QStringLiteral("s.pdf"))},
        {QStringLiteral("print"), QStringLiteral("work-order"), shop.orderNumber, QStringLiteral("--pdf"),
         out.filePath(QStringLiteral("w.pdf"))},
        {QStringLiteral("audit"), QStringLiteral("list")},
        {QStringLiteral("backup"), out.filePath(QStringLiteral("b.db"))},
        {QStringLiteral("user"), QStringLiteral("list")},
    };
    int shownAmounts = 0;
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const QStringList args = QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("shop")} + command;
        const CliRun run = runCli(args, {{QStringLiteral("SHOPCRM_PASSWORD"), QStringLiteral("secret-1")}});
        CHECK((run.status == 0 || run.status == 1));
        CHECK_FALSE(kAmount.match(run.out).hasMatch());
        CHECK_FALSE(kAmount.match(run.err).hasMatch());
        if (run.status == 1)
            CHECK((run.err.contains(QStringLiteral("may not")) || run.err.contains(QStringLiteral("does not see money"))));
        // The owner's run of the same command does show amounts where there are any (the check can fail).
        const CliRun owner = runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("boss")} + command,
                                    {{QStringLiteral("SHOPCRM_PASSWORD"), kOwnerPassword}});
        CHECK(owner.status == 0);
        if (kAmount.match(owner.out).hasMatch())
            ++shownAmounts;
        QDir(out.path()).removeRecursively();
        QDir().mkpath(out.path());
    }
    CHECK(shownAmounts >= 8);
    // Without a user the shop refuses every command.
    const CliRun nobody = runCli({QStringLiteral("--db"), path, QStringLiteral("customer"), QStringLiteral("list")},
                                 {{QStringLiteral("SHOPCRM_USER"), QString()}});
    CHECK(nobody.status == 1);
    INFO(nobody.err.toStdString());
    CHECK(nobody.err.contains(QStringLiteral("--user")));
    const CliRun wrong = runCli({QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("shop"),
                                 QStringLiteral("customer"), QStringLiteral("list")},
                                {{QStringLiteral("SHOPCRM_PASSWORD"), QStringLiteral("guess-1")}});
    CHECK(wrong.status == 1);
}

TEST_CASE("users: the CLI adds users and roles, grants and revokes", "[users][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    const QHash<QString, QString> boss{{QStringLiteral("SHOPCRM_USER"), QStringLiteral("boss")},
                                       {QStringLiteral("SHOPCRM_PASSWORD"), kOwnerPassword}};
    CliRun first = runCli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"),
                           QStringLiteral("boss"), QStringLiteral("--name"), QStringLiteral("王老板"), QStringLiteral("--password-stdin")},
                          {}, kOwnerPassword.toUtf8() + '\n');
    INFO(first.err.toStdString());
    REQUIRE(first.status == 0);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("list")}, {{QStringLiteral("SHOPCRM_USER"), QString()}})
              .status
          == 1);
    CliRun role = runCli({QStringLiteral("--db"), db, QStringLiteral("role"), QStringLiteral("add"), QStringLiteral("设计"),
                          QStringLiteral("--like"), QStringLiteral("production")},
                         boss);
    REQUIRE(role.status == 0);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("role"), QStringLiteral("grant"), QStringLiteral("设计"),
                  QStringLiteral("orders.money"), QStringLiteral("customers")},
                 boss)
              .status
          == 0);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("role"), QStringLiteral("revoke"), QStringLiteral("设计"),
                  QStringLiteral("customers.delete")},
                 boss)
              .status
          == 0);
    CliRun shown = runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("role"), QStringLiteral("show"),
                           QStringLiteral("设计")},
                          boss);
    REQUIRE(shown.status == 0);
    const QStringList rights = QVariant(shown.json().object().value(QStringLiteral("rights")).toVariant()).toStringList();
    CHECK(rights.contains(QStringLiteral("orders.money")));
    CHECK(rights.contains(QStringLiteral("customers.create")));
    CHECK_FALSE(rights.contains(QStringLiteral("customers.delete")));
    CHECK_FALSE(rights.contains(QStringLiteral("payments.view")));
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("role"), QStringLiteral("grant"), QStringLiteral("设计"),
                  QStringLiteral("orders.fly")},
                 boss)
              .status
          == 2);
    CliRun li = runCli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"),
                        QStringLiteral("li"), QStringLiteral("--name"), QStringLiteral("小李"), QStringLiteral("--role"),
                        QStringLiteral("设计"), QStringLiteral("--password-stdin")},
                       boss, "li-secret\n");
    REQUIRE(li.status == 0);
    CliRun list = runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")}, boss);
    CHECK(list.json().array().size() == 2);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("li")}, boss).status == 0);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("order"),
                  QStringLiteral("list")},
                 {{QStringLiteral("SHOPCRM_PASSWORD"), QStringLiteral("li-secret")}})
              .status
          == 1);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("users"), QStringLiteral("off")}, boss).status == 0);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("list")}, {{QStringLiteral("SHOPCRM_USER"), QString()}})
              .status
          == 0);
}
