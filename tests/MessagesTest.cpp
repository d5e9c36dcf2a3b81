#include "TestSupport.h"

#include "services/Mailer.h"
#include "store/CustomerRepository.h"
#include "store/FollowUpRepository.h"
#include "store/Secrets.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

TEST_CASE("secrets are sealed with a key beside the database and cannot be read without it",
          "[messages][secrets]")
{
    QByteArray key(32, 'k');
    const QByteArray sealed = Secrets::seal(key, QByteArrayLiteral("s3cret-密码"));
    CHECK_FALSE(sealed.contains("s3cret"));
    CHECK(Secrets::open(key, sealed) == QByteArrayLiteral("s3cret-密码"));
    QByteArray other(32, 'x');
    CHECK_FALSE(Secrets::open(other, sealed));
    QByteArray tampered = sealed;
    tampered[tampered.size() - 1] = char(tampered.at(tampered.size() - 1) ^ 1);
    CHECK_FALSE(Secrets::open(key, tampered));

    TempDb db;
    Secrets(*db).set(QStringLiteral("mail.password"), QStringLiteral("hunter2"));
    CHECK(Secrets(*db).get(QStringLiteral("mail.password")) == QStringLiteral("hunter2"));
    CHECK_FALSE(scalar(*db, QStringLiteral("SELECT value FROM settings WHERE key = 'secret.mail.password'"))
                    .toString()
                    .contains(QStringLiteral("hunter2")));
    const QFileInfo keyFile(Secrets::keyPath(*db));
    REQUIRE(keyFile.exists());
    CHECK(keyFile.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                                    QFileDevice::WriteUser));
    // Without the key file (a copy of the database alone): a clear refusal, not garbage.
    QFile::rename(keyFile.filePath(), keyFile.filePath() + QStringLiteral(".away"));
    CHECK_THROWS_AS(Secrets(*db).get(QStringLiteral("mail.password")), StoreError);
}

TEST_CASE("mail headers in UTF-8 are encoded words a mail reader decodes", "[messages]")
{
    const QByteArray words =
        Mailer::encodedWords(QStringLiteral("华彩广告，新年快乐！本店元旦照常营业，欢迎光临"));
    for (const QByteArray& word : words.split('\n'))
        CHECK(word.trimmed().size() <= 75);
    CHECK(Mailer::encodedWords(QStringLiteral("Hello")) == QByteArrayLiteral("Hello"));
    CHECK(Mailer::plausibleAddress(QStringLiteral("a.b@example.com")));
    CHECK_FALSE(Mailer::plausibleAddress(QStringLiteral("not an address")));
}

TEST_CASE("messages by e-mail to a local SMTP server: merged, logged, a failure resent without duplicates",
          "[messages][cli]")
{
    OrderShop shop;
    CustomerRepository customers(*shop.db);
    Customer huacai = customers.get(shop.customer);
    huacai.email = QStringLiteral("huacai@example.com");
    customers.update(huacai);
    Customer third = makeCustomer(QStringLiteral("百味餐饮"), {}, QStringLiteral("王五"));
    third.email = QStringLiteral("baiwei@example.com");
    const qint64 baiwei = customers.create(third);
    const QString path = shop.db.path;
    shop.db.db.reset();
    const QStringList db{QStringLiteral("--db"), path};
    QTemporaryDir dir;
    const QString tmpl = dir.filePath(QStringLiteral("new-year.txt"));
    QFile f(tmpl);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("{联系人}您好：\n\n本店元旦照常营业。\n{店名}").toUtf8());
    f.close();
    const QString who = QStringLiteral("%1,%2,%3").arg(shop.customer).arg(shop.other).arg(baiwei);
    auto send = [&](const QString& batch, const QStringList& extra = {}) {
        return runCli(db +
                      QStringList{QStringLiteral("message"), QStringLiteral("send"),
                                  QStringLiteral("--template"), tmpl, QStringLiteral("--subject"),
                                  QStringLiteral("{客户名称}，新年快乐"), QStringLiteral("--customers"), who,
                                  QStringLiteral("--email"), QStringLiteral("--batch"), batch,
                                  QStringLiteral("--rate"), QStringLiteral("6000"),
                                  QStringLiteral("--json")} +
                      extra);
    };
    auto settings = [&](int port) {
        return runCli(
            db + QStringList{QStringLiteral("mail"), QStringLiteral("settings"), QStringLiteral("--host"),
                             QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                             QStringLiteral("--tls"), QStringLiteral("none"), QStringLiteral("--from"),
                             QStringLiteral("shop@example.com"), QStringLiteral("--name"),
                             QStringLiteral("华彩图文"), QStringLiteral("--json")});
    };

    // A dry run says what would go, to whom, and who has no address.
    const CliRun dry = send(QStringLiteral("preview"), {QStringLiteral("--dry-run")});
    REQUIRE(dry.status == 0);
    const QJsonArray drafts = dry.json().object().value(QStringLiteral("messages")).toArray();
    REQUIRE(drafts.size() == 3);
    CHECK(drafts.at(0).toObject().value(QStringLiteral("subject")).toString() ==
          QStringLiteral("华彩广告，新年快乐"));
    CHECK(drafts.at(0)
              .toObject()
              .value(QStringLiteral("body"))
              .toString()
              .startsWith(QStringLiteral("张三您好")));
    CHECK(drafts.at(1).toObject().value(QStringLiteral("problem")).toString().size() >
          0); // 鑫源装饰: no address
    CHECK(
        drafts.at(0).toObject().value(QStringLiteral("missing")).toArray().contains(QStringLiteral("shop")));

    {
        SmtpSink sink;
        REQUIRE(settings(sink.port).status == 0);
        const CliRun sent = send(QStringLiteral("new-year"));
        REQUIRE(sent.status == 0);
        CHECK(sent.json().object().value(QStringLiteral("sent")).toInt() == 2);
        CHECK(sent.json().object().value(QStringLiteral("not_ready")).toInt() == 1);
        const QJsonArray got = sink.messages();
        REQUIRE(got.size() == 2);
        CHECK(got.at(0).toObject().value(QStringLiteral("rcpt")).toString() ==
              QStringLiteral("huacai@example.com"));
        CHECK(got.at(0).toObject().value(QStringLiteral("subject")).toString() ==
              QStringLiteral("华彩广告，新年快乐"));
        CHECK(got.at(0)
                  .toObject()
                  .value(QStringLiteral("body"))
                  .toString()
                  .startsWith(QStringLiteral("张三您好：\n\n本店元旦照常营业。")));
        CHECK(got.at(0)
                  .toObject()
                  .value(QStringLiteral("from"))
                  .toString()
                  .contains(QStringLiteral("华彩图文")));
        CHECK(got.at(1).toObject().value(QStringLiteral("rcpt")).toString() ==
              QStringLiteral("baiwei@example.com"));
        // The same batch again: nothing goes twice.
        const CliRun again = send(QStringLiteral("new-year"));
        REQUIRE(again.status == 0);
        CHECK(again.json().object().value(QStringLiteral("skipped")).toInt() == 2);
        CHECK(sink.messages().size() == 2);
        sink.stop();
        // The server is gone: both fail, exit 1, with the reason.
        const CliRun failed =
            send(QStringLiteral("reminder"), {QStringLiteral("--attempts"), QStringLiteral("1")});
        CHECK(failed.status == 1);
        CHECK(failed.json().object().value(QStringLiteral("failed")).toInt() == 2);
        const QJsonObject first =
            failed.json().object().value(QStringLiteral("messages")).toArray().at(0).toObject();
        CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("failed"));
        CHECK_FALSE(first.value(QStringLiteral("error")).toString().isEmpty());
    }
    // Back up (on another port): the failed batch is resent, each once.
    SmtpSink sink;
    REQUIRE(settings(sink.port).status == 0);
    const CliRun resent = send(QStringLiteral("reminder"));
    REQUIRE(resent.status == 0);
    CHECK(resent.json().object().value(QStringLiteral("sent")).toInt() == 2);
    CHECK(send(QStringLiteral("reminder")).json().object().value(QStringLiteral("skipped")).toInt() == 2);
    CHECK(sink.messages().size() == 2);
    // The log, by a plain query: two batches, four sent, nothing failed any more.
    Database check(path);
    CHECK(scalar(check, QStringLiteral("SELECT count(*) FROM messages WHERE status = 'sent'")).toInt() == 4);
    CHECK(scalar(check, QStringLiteral("SELECT count(*) FROM messages WHERE status <> 'sent'")).toInt() == 0);
    CHECK(scalar(check,
                 QStringLiteral("SELECT attempts FROM messages WHERE batch = 'reminder' AND customer_id = %1")
                     .arg(shop.customer))
              .toInt() == 2);
    // Each shows on the customer's timeline with its result.
    int onTimeline = 0;
    for (const TimelineEvent& e : FollowUpRepository(check).timeline(shop.customer))
        if (e.kind == TimelineEvent::Kind::Message) {
            ++onTimeline;
            CHECK(e.detail.contains(QStringLiteral("huacai@example.com")));
        }
    CHECK(onTimeline == 2);
}
