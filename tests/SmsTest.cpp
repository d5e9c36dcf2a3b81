#include "TestSupport.h"

#include "services/Messages.h"
#include "services/SmsGateway.h"
#include "store/CustomerRepository.h"
#include "store/FollowUpRepository.h"
#include "store/OrderRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

TEST_CASE("the Alibaba Cloud request signature matches the provider's published example", "[sms]")
{
    // The example request of Alibaba Cloud's SMS documentation ("HTTP协议及签名"): AccessKey testId /
    // testSecret, a GET, and the signature it gives: zJDF+Lrzhj/ThnlvIToysFRq6t4=.
    const AliyunSms::Parameters example{
        {QStringLiteral("AccessKeyId"), QStringLiteral("testId")},
        {QStringLiteral("Action"), QStringLiteral("SendSms")},
        {QStringLiteral("Format"), QStringLiteral("XML")},
        {QStringLiteral("OutId"), QStringLiteral("123")},
        {QStringLiteral("PhoneNumbers"), QStringLiteral("15300000001")},
        {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
        {QStringLiteral("SignName"), QStringLiteral("阿里云短信测试专用")},
        {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
        {QStringLiteral("SignatureNonce"), QStringLiteral("45e25e9b-0a6f-4070-8c85-2956eda1b466")},
        {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
        {QStringLiteral("TemplateCode"), QStringLiteral("SMS_71390007")},
        {QStringLiteral("TemplateParam"), QStringLiteral("{\"customer\":\"test\"}")},
        {QStringLiteral("Timestamp"), QStringLiteral("2017-07-12T02:42:19Z")},
        {QStringLiteral("Version"), QStringLiteral("2017-05-25")},
    };
    CHECK(AliyunSms::signature("GET", example, QStringLiteral("testSecret")) ==
          QStringLiteral("zJDF+Lrzhj/ThnlvIToysFRq6t4="));
    // The order given does not matter: the parameters are sorted before signing.
    AliyunSms::Parameters shuffled = example;
    std::reverse(shuffled.begin(), shuffled.end());
    CHECK(AliyunSms::signature("GET", shuffled, QStringLiteral("testSecret")) ==
          QStringLiteral("zJDF+Lrzhj/ThnlvIToysFRq6t4="));
    // RFC 3986: a space is %20 (not +), * is %2A, ~ stays.
    CHECK(AliyunSms::percentEncode(QStringLiteral("a b*c~d")) == QByteArrayLiteral("a%20b%2Ac~d"));
    CHECK(AliyunSms::percentEncode(QStringLiteral("华")) == QByteArrayLiteral("%E5%8D%8E"));

    // A request of the program's own carries every documented parameter and a signature over them.
    SmsSettings settings;
    settings.accessKeyId = QStringLiteral("testId");
    settings.signName = QStringLiteral("华彩图文");
    const AliyunSms sms(settings, QStringLiteral("testSecret"));
    const AliyunSms::Parameters request = sms.signedRequest(
        {QStringLiteral("13812345678"),
         QStringLiteral("SMS_1"),
         {{QStringLiteral("order"), QStringLiteral("DD1")}}},
        "POST", QDateTime(QDate(2026, 12, 3), QTime(1, 2, 3), Qt::UTC), QStringLiteral("n-1"));
    QHash<QString, QString> byName;
    for (const auto& [name, value] : request)
        byName.insert(name, value);
    CHECK(byName.value(QStringLiteral("Timestamp")) == QStringLiteral("2026-12-03T01:02:03Z"));
    CHECK(byName.value(QStringLiteral("TemplateParam")) == QStringLiteral("{\"order\":\"DD1\"}"));
    CHECK(byName.value(QStringLiteral("SignName")) == QStringLiteral("华彩图文"));
    CHECK(byName.value(QStringLiteral("Action")) == QStringLiteral("SendSms"));
    CHECK(byName.value(QStringLiteral("Version")) == QStringLiteral("2017-05-25"));
    CHECK(byName.value(QStringLiteral("Signature")).size() == 28);
}

TEST_CASE("mobile numbers, message parts and what the gateway's answers mean", "[sms]")
{
    CHECK(SmsGateway::mobileDigits(QStringLiteral("+86 138-1234-5678")) == QStringLiteral("13812345678"));
    CHECK(SmsGateway::mobileDigits(QStringLiteral("138 1234 5678")) == QStringLiteral("13812345678"));
    CHECK(SmsGateway::mobileDigits(QStringLiteral("023-6388 1234")).isEmpty()); // a landline
    CHECK(SmsGateway::mobileDigits(QStringLiteral("12345678901")).isEmpty());
    CHECK(SmsGateway::parts(QString(70, QChar(0x534E))) == 1);
    CHECK(SmsGateway::parts(QString(71, QChar(0x534E))) == 2);  // 67 + 4
    CHECK(SmsGateway::parts(QString(134, QChar(0x534E))) == 2); // 67 + 67
    CHECK(SmsGateway::parts(QString(135, QChar(0x534E))) == 3);

    const SmsResult ok =
        AliyunSms::interpret(200, R"({"Code":"OK","Message":"OK","BizId":"900619746936498440^0"})");
    CHECK(ok.error.isEmpty());
    CHECK(ok.reference == QStringLiteral("900619746936498440^0"));
    const SmsResult busy =
        AliyunSms::interpret(200, R"({"Code":"isv.BUSINESS_LIMIT_CONTROL","Message":"x"})");
    CHECK_FALSE(busy.error.isEmpty());
    CHECK(busy.retry);
    const SmsResult wrong =
        AliyunSms::interpret(200, R"({"Code":"isv.MOBILE_NUMBER_ILLEGAL","Message":"x"})");
    CHECK(wrong.error.contains(QStringLiteral("isv.MOBILE_NUMBER_ILLEGAL")));
    CHECK_FALSE(wrong.retry);
    CHECK(AliyunSms::interpret(502, "<html>Bad Gateway</html>").retry);
    CHECK_FALSE(AliyunSms::interpret(404, "").retry);

    // A value longer than the provider takes is refused before anything is sent.
    SmsSettings settings;
    settings.accessKeyId = QStringLiteral("id");
    settings.signName = QStringLiteral("华彩图文");
    const AliyunSms sms(settings, QStringLiteral("s"));
    CHECK(sms.check({QStringLiteral("13812345678"),
                     QStringLiteral("SMS_1"),
                     {{QStringLiteral("customer"), QString(35, QChar(0x534E))}}})
              .isEmpty());
    CHECK_FALSE(sms.check({QStringLiteral("13812345678"),
                           QStringLiteral("SMS_1"),
                           {{QStringLiteral("customer"), QString(36, QChar(0x534E))}}})
                    .isEmpty());
    CHECK_FALSE(sms.check({QStringLiteral("13812345678"), QString(), {}}).isEmpty());
    // The text to have approved names each field as its variable.
    CHECK(Messages::providerTemplate(QStringLiteral("{联系人}您好，订单{order}已完成。{店名}")) ==
          QStringLiteral("${contact}您好，订单${order}已完成。${shop}"));
}

TEST_CASE("text messages through a local gateway that checks the signature: sent once, throttling retried, "
          "a refused number not retried, a failed batch resent without duplicates",
          "[sms][messages][cli]")
{
    OrderShop shop;
    CustomerRepository customers(*shop.db);
    // 华彩广告 has the mobile 138 1234 5678 among its numbers; 百味餐饮's contact has one; 鑫源装饰 none.
    Customer third =
        makeCustomer(QStringLiteral("百味餐饮"), QStringLiteral("023-6388 1234"), QStringLiteral("王五"));
    third.contacts[0].mobile = QStringLiteral("139 0000 1111");
    const qint64 baiwei = customers.create(third);
    Order o = shop.order(shop.customer, QDateTime::currentDateTime());
    OrderRepository(*shop.db).create(o);
    const QString path = shop.db.path;
    shop.db.db.reset();
    const QStringList db{QStringLiteral("--db"), path};
    QTemporaryDir dir;
    const QString tmpl = dir.filePath(QStringLiteral("ready.txt"));
    QFile f(tmpl);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("{联系人}您好，您的订单{订单号}已完成。").toUtf8());
    f.close();
    const QString who = QStringLiteral("%1,%2,%3").arg(shop.customer).arg(shop.other).arg(baiwei);
    auto send = [&](const QString& batch, const QStringList& extra = {}) {
        return runCli(db +
                      QStringList{QStringLiteral("message"), QStringLiteral("send"),
                                  QStringLiteral("--template"), tmpl, QStringLiteral("--customers"), who,
                                  QStringLiteral("--sms"), QStringLiteral("--sms-code"),
                                  QStringLiteral("SMS_276395012"), QStringLiteral("--batch"), batch,
                                  QStringLiteral("--rate"), QStringLiteral("6000"),
                                  QStringLiteral("--json")} +
                      extra);
    };
    auto settings = [&](const QString& url, const QString& secret) {
        return runCli(db + QStringList{QStringLiteral("sms"), QStringLiteral("settings"),
                                       QStringLiteral("--key-id"), QStringLiteral("LTAI5tShop"),
                                       QStringLiteral("--sign"), QStringLiteral("华彩图文"),
                                       QStringLiteral("--endpoint"), url, QStringLiteral("--json")},
                      {{QStringLiteral("SHOPCRM_SMS_SECRET"), secret}});
    };

    // --sms without the template's code is a usage error.
    CHECK(runCli(db + QStringList{QStringLiteral("message"), QStringLiteral("send"),
                                  QStringLiteral("--template"), tmpl, QStringLiteral("--customers"), who,
                                  QStringLiteral("--sms")})
              .status == 2);

    SmsSink gateway(QStringLiteral("s3cret-key"));
    const CliRun configured = settings(gateway.url(), QStringLiteral("s3cret-key"));
    REQUIRE(configured.status == 0);
    CHECK(configured.json().object().value(QStringLiteral("secret_set")).toBool());
    {
        Database check(path);
        CHECK_FALSE(scalar(check, QStringLiteral("SELECT group_concat(value) FROM settings"))
                        .toString()
                        .contains(QStringLiteral("s3cret-key")));
    }

    // The preview: who has no mobile, the text with the signature, the variables.
    const CliRun dry = send(QStringLiteral("preview"), {QStringLiteral("--dry-run")});
    REQUIRE(dry.status == 0);
    const QJsonArray drafts = dry.json().object().value(QStringLiteral("messages")).toArray();
    REQUIRE(drafts.size() == 3);
    const QJsonObject first = drafts.at(0).toObject();
    CHECK(first.value(QStringLiteral("to")).toString() == QStringLiteral("13812345678"));
    CHECK(first.value(QStringLiteral("body")).toString() ==
          QStringLiteral("【华彩图文】张三您好，您的订单%1已完成。").arg(o.number));
    CHECK(first.value(QStringLiteral("params")).toObject() ==
          QJsonObject{{QStringLiteral("contact"), QStringLiteral("张三")},
                      {QStringLiteral("order"), o.number}});
    CHECK_FALSE(drafts.at(1).toObject().value(QStringLiteral("problem")).toString().isEmpty()); // no mobile
    CHECK(drafts.at(2).toObject().value(QStringLiteral("to")).toString() == QStringLiteral("13900001111"));

    // Whom to send to may be a search, as the customer list's box takes it.
    const CliRun searched = runCli(
        db + QStringList{QStringLiteral("message"), QStringLiteral("send"), QStringLiteral("--template"),
                         tmpl, QStringLiteral("--to"), QStringLiteral("百味"), QStringLiteral("--sms"),
                         QStringLiteral("--sms-code"), QStringLiteral("SMS_1"), QStringLiteral("--dry-run"),
                         QStringLiteral("--json")});
    REQUIRE(searched.status == 0);
    const QJsonArray found = searched.json().object().value(QStringLiteral("messages")).toArray();
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).toObject().value(QStringLiteral("to")).toString() == QStringLiteral("13900001111"));

    // 百味餐饮's number is throttled once: the second try goes.
    gateway.throttle({QStringLiteral("13900001111")});
    const CliRun sent = send(QStringLiteral("ready"));
    REQUIRE(sent.status == 0);
    CHECK(sent.json().object().value(QStringLiteral("sent")).toInt() == 2);
    CHECK(sent.json().object().value(QStringLiteral("not_ready")).toInt() == 1);
    QJsonArray got = gateway.requests();
    REQUIRE(got.size() == 2);
    const QJsonObject req = got.at(0).toObject();
    CHECK(req.value(QStringLiteral("_method")).toString() == QStringLiteral("POST"));
    CHECK(req.value(QStringLiteral("PhoneNumbers")).toString() == QStringLiteral("13812345678"));
    CHECK(req.value(QStringLiteral("SignName")).toString() == QStringLiteral("华彩图文"));
    CHECK(req.value(QStringLiteral("TemplateCode")).toString() == QStringLiteral("SMS_276395012"));
    CHECK(req.value(QStringLiteral("AccessKeyId")).toString() == QStringLiteral("LTAI5tShop"));
    CHECK(QJsonDocument::fromJson(req.value(QStringLiteral("TemplateParam")).toString().toUtf8()).object() ==
          QJsonObject{{QStringLiteral("contact"), QStringLiteral("张三")},
                      {QStringLiteral("order"), o.number}});
    CHECK(got.at(1).toObject().value(QStringLiteral("PhoneNumbers")).toString() ==
          QStringLiteral("13900001111"));
    {
        Database check(path);
        CHECK(scalar(check, QStringLiteral(
                                "SELECT attempts FROM messages WHERE batch = 'ready' AND customer_id = %1")
                                .arg(baiwei))
                  .toInt() == 2);
        CHECK(scalar(check, QStringLiteral(
                                "SELECT reference FROM messages WHERE batch = 'ready' AND customer_id = %1")
                                .arg(shop.customer))
                  .toString() == QStringLiteral("biz-1"));
        CHECK(
            scalar(check, QStringLiteral("SELECT template_code FROM messages WHERE batch = 'ready' LIMIT 1"))
                .toString() == QStringLiteral("SMS_276395012"));
        // On the timeline as a text message, with what the customer read.
        bool shown = false;
        for (const TimelineEvent& e : FollowUpRepository(check).timeline(shop.customer))
            shown = shown || (e.kind == TimelineEvent::Kind::Message &&
                              e.summary.contains(QStringLiteral("【华彩图文】")));
        CHECK(shown);
    }
    // The same batch again: nothing goes twice.
    const CliRun again = send(QStringLiteral("ready"));
    CHECK(again.json().object().value(QStringLiteral("skipped")).toInt() == 2);
    CHECK(gateway.requests().size() == 2);

    // A number the provider refuses fails at once (no retries help); exit 1 with the reason.
    gateway.refuse({QStringLiteral("13812345678")});
    const CliRun refused = send(QStringLiteral("second"));
    CHECK(refused.status == 1);
    CHECK(refused.json().object().value(QStringLiteral("failed")).toInt() == 1);
    CHECK(refused.json().object().value(QStringLiteral("sent")).toInt() == 1);
    const QJsonObject r0 =
        refused.json().object().value(QStringLiteral("messages")).toArray().at(0).toObject();
    CHECK(r0.value(QStringLiteral("attempts")).toInt() == 1);
    CHECK(r0.value(QStringLiteral("error")).toString().contains(QStringLiteral("isv.MOBILE_NUMBER_ILLEGAL")));

    // A wrong secret: the gateway's signature check refuses every request; nothing is retried.
    gateway.refuse({});
    REQUIRE(settings(gateway.url(), QStringLiteral("wrong")).status == 0);
    const CliRun badKey = send(QStringLiteral("third"));
    CHECK(badKey.status == 1);
    CHECK(badKey.json().object().value(QStringLiteral("failed")).toInt() == 2);
    CHECK(badKey.out.contains(QStringLiteral("SignatureDoesNotMatch")));
    // With the right secret again the failed batches go, each once: the refused one and the two.
    REQUIRE(settings(gateway.url(), QStringLiteral("s3cret-key")).status == 0);
    CHECK(send(QStringLiteral("second")).json().object().value(QStringLiteral("sent")).toInt() == 1);
    CHECK(send(QStringLiteral("third")).json().object().value(QStringLiteral("sent")).toInt() == 2);
    got = gateway.requests();
    CHECK(got.size() == 2 + 1 + 1 + 2);
    Database check(path);
    CHECK(scalar(check,
                 QStringLiteral("SELECT count(*) FROM messages WHERE channel = 'sms' AND status = 'sent'"))
              .toInt() == 6);
    CHECK(scalar(check, QStringLiteral("SELECT count(*) FROM messages WHERE status <> 'sent'")).toInt() == 0);
}

TEST_CASE("the order-ready notice goes by e-mail and text once per order, the payment notice once a day",
          "[sms][messages][cli]")
{
    OrderShop shop;
    CustomerRepository customers(*shop.db);
    Customer huacai = customers.get(shop.customer);
    huacai.email = QStringLiteral("huacai@example.com");
    customers.update(huacai);
    Order o = shop.order(shop.customer, QDateTime::currentDateTime());
    OrderRepository(*shop.db).create(o);
    Messages::setNotice(*shop.db, Notice::OrderReady,
                        {QStringLiteral("订单{订单号}已完成"),
                         QStringLiteral("{联系人}您好，订单{订单号}已完成，请来取货。"),
                         QStringLiteral("SMS_1001")});
    const QString path = shop.db.path;
    shop.db.db.reset();
    const QStringList db{QStringLiteral("--db"), path};
    SmtpSink mail;
    SmsSink sms(QStringLiteral("k"));
    REQUIRE(
        runCli(db + QStringList{QStringLiteral("mail"), QStringLiteral("settings"), QStringLiteral("--host"),
                                QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                QString::number(mail.port), QStringLiteral("--tls"), QStringLiteral("none"),
                                QStringLiteral("--from"), QStringLiteral("shop@example.com")})
            .status == 0);
    REQUIRE(
        runCli(db + QStringList{QStringLiteral("sms"), QStringLiteral("settings"), QStringLiteral("--key-id"),
                                QStringLiteral("id"), QStringLiteral("--sign"), QStringLiteral("华彩图文"),
                                QStringLiteral("--endpoint"), sms.url()},
               {{QStringLiteral("SHOPCRM_SMS_SECRET"), QStringLiteral("k")}})
            .status == 0);
    auto notify = [&](const QString& what, const QString& whom) {
        return runCli(db + QStringList{QStringLiteral("message"), QStringLiteral("notify"), what, whom,
                                       QStringLiteral("--email"), QStringLiteral("--sms"),
                                       QStringLiteral("--json")});
    };
    const CliRun ready = notify(QStringLiteral("ready"), o.number);
    REQUIRE(ready.status == 0);
    CHECK(ready.json().object().value(QStringLiteral("batch")).toString() ==
          QStringLiteral("ready-") + o.number);
    CHECK(ready.json().object().value(QStringLiteral("sent")).toInt() == 2);
    const QJsonArray mails = mail.messages();
    REQUIRE(mails.size() == 1);
    CHECK(mails.at(0).toObject().value(QStringLiteral("subject")).toString() ==
          QStringLiteral("订单%1已完成").arg(o.number));
    CHECK(mails.at(0)
              .toObject()
              .value(QStringLiteral("body"))
              .toString()
              .startsWith(QStringLiteral("张三您好，订单%1已完成，请来取货。").arg(o.number)));
    const QJsonArray texts = sms.requests();
    REQUIRE(texts.size() == 1);
    CHECK(texts.at(0).toObject().value(QStringLiteral("TemplateCode")).toString() ==
          QStringLiteral("SMS_1001"));
    // Told once: asking again sends nothing.
    CHECK(
        notify(QStringLiteral("ready"), o.number).json().object().value(QStringLiteral("skipped")).toInt() ==
        2);
    CHECK(mail.messages().size() == 1);
    CHECK(sms.requests().size() == 1);

    // The payment notice with the program's own text names the balance (hand-computed: 9 m² × 25.00).
    const CliRun due = runCli(db + QStringList{QStringLiteral("message"), QStringLiteral("notify"),
                                               QStringLiteral("due"), QStringLiteral("华彩广告"),
                                               QStringLiteral("--email"), QStringLiteral("--json"),
                                               QStringLiteral("--language"), QStringLiteral("en")});
    REQUIRE(due.status == 0);
    CHECK(due.json()
              .object()
              .value(QStringLiteral("batch"))
              .toString()
              .startsWith(QStringLiteral("due-%1-").arg(shop.customer)));
    CHECK(mail.messages()
              .at(1)
              .toObject()
              .value(QStringLiteral("body"))
              .toString()
              .contains(QStringLiteral("225.00")));
}
