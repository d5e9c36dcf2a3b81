#include "TestSupport.h"

#include "services/CustomerImport.h"
#include "services/Exports.h"
#include "services/VCard.h"
#include "store/CustomerRepository.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace shopcrm;
using namespace shopcrm::test;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// Runs Python with vobject, the peer reader and writer of vCards; its printed lines.
QStringList python(const QString& program, const QStringList& args = {})
{
    QProcess p;
    p.start(pythonProgram(),
            QStringList{QStringLiteral("-c"), QStringLiteral("import sys, vobject\n") + program} + args);
    p.waitForFinished(60000);
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("vCard: what phones export, 2.1 with quoted-printable, 3.0 and 4.0, folded and escaped", "[vcard]")
{
    // Android's 2.1 export: QUOTED-PRINTABLE UTF-8 with soft line breaks, bare TYPE parameters.
    const QByteArray android =
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;=E4=B8=89;;;\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=B8=89\r\n"
        "TEL;CELL:138-1234-5678\r\nTEL;WORK:0755-86001234\r\n"
        "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=8D=8E=E5=BD=A9=E5=B9=BF=E5=91=8A=\r\n"
        "=E6=9C=89=E9=99=90=E5=85=AC=E5=8F=B8\r\n"
        "END:VCARD\r\n";
    // iPhone's 3.0: grouped properties, escaped commas, a folded note.
    const QByteArray iphone = "BEGIN:VCARD\nVERSION:3.0\nN:王;芳;;;\nFN:王芳\nORG:鑫源装饰;\n"
                              "item1.TEL;type=CELL;type=VOICE;type=pref:139 0000 1111\n"
                              "item2.EMAIL;type=INTERNET:wang@xinyuan.cn\n"
                              "item3.ADR;type=WORK:;;天河路1号;广州市;广东省;510000;中国\n"
                              "NOTE:老客户\\, 月结\\n每月25日对账\n  （先电话）\n"
                              "X-WECHAT:wangfang88\nBDAY:1985-03-05\nEND:VCARD\n";
    // 4.0 with tel: URIs and no ORG: a person.
    const QByteArray v4 = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Li Ming\r\nN:Li;Ming;;;\r\n"
                          "TEL;VALUE=uri;TYPE=\"cell,voice\":tel:+86-137-0000-2222\r\n"
                          "IMPP:weixin:liming_sz\r\nEND:VCARD\r\n"
                          "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:没有结束\r\n";
    QStringList problems;
    const QList<VCardEntry> cards = VCard::read(android + iphone + v4, &problems);
    REQUIRE(cards.size() == 3);
    CHECK(cards.at(0).formattedName == s("张三"));
    CHECK(cards.at(0).organisation == s("华彩广告有限公司"));
    CHECK(cards.at(0).mobiles == QStringList{QStringLiteral("138-1234-5678")});
    CHECK(cards.at(0).phones == QStringList{QStringLiteral("0755-86001234")});
    CHECK(cards.at(1).formattedName == s("王芳"));
    CHECK(cards.at(1).organisation == s("鑫源装饰"));
    CHECK(cards.at(1).mobiles == QStringList{QStringLiteral("139 0000 1111")});
    CHECK(cards.at(1).emails == QStringList{QStringLiteral("wang@xinyuan.cn")});
    CHECK(cards.at(1).address == s("中国广东省广州市天河路1号"));
    CHECK(cards.at(1).note == s("老客户, 月结\n每月25日对账 （先电话）"));
    CHECK(cards.at(1).wechat == QStringLiteral("wangfang88"));
    CHECK(cards.at(1).birthday == QDate(1985, 3, 5));
    CHECK(cards.at(2).formattedName == QStringLiteral("Li Ming"));
    CHECK(cards.at(2).mobiles == QStringList{QStringLiteral("+86-137-0000-2222")});
    CHECK(cards.at(2).wechat == QStringLiteral("liming_sz"));
    REQUIRE(problems.size() == 1); // the card that never ends
    CHECK(problems.first().contains(QStringLiteral("END:VCARD")));
}

TEST_CASE("vCard: our cards read back in Python's vobject, and vobject's cards read here", "[vcard]")
{
    QTemporaryDir dir;
    VCardEntry e;
    e.formattedName = s("赵磊");
    e.organisation = s("长城印务; 东莞分公司");
    e.mobiles = {QStringLiteral("137 0000 2222")};
    e.phones = {QStringLiteral("0769 8888 6666")};
    e.emails = {QStringLiteral("zhao@changcheng.cn")};
    e.address = s("广东省东莞市长安镇振安路") + QString(30, QChar(0x8def)); // long enough to fold
    e.note = s("备注，带逗号, 分号; 和换行\n第二行");
    e.wechat = QStringLiteral("zhaolei");
    const QString path = dir.filePath(QStringLiteral("out.vcf"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(VCard::write({e}));
    }
    // Lines at most 75 octets.
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    for (const QByteArray& line : f.readAll().split('\n'))
        CHECK(line.size() <= 76); // with its CR
    const QStringList seen =
        python(QStringLiteral("sys.stdout.reconfigure(encoding='utf-8')\n"
                              "c = vobject.readOne(open(sys.argv[1], encoding='utf-8').read())\n"
                              "print(c.fn.value)\nprint(c.org.value[0])\n"
                              "print(c.adr.value.street)\nprint(repr(c.note.value))\n"
                              "print(sorted(t.value for t in c.tel_list))\n"),
               {path});
    REQUIRE(seen.size() == 5);
    CHECK(seen.at(0) == s("赵磊"));
    CHECK(seen.at(1) == s("长城印务; 东莞分公司"));
    CHECK(seen.at(2) == e.address);
    CHECK(seen.at(3) == s("'备注，带逗号, 分号; 和换行\\n第二行'"));
    CHECK(seen.at(4) == QStringLiteral("['0769 8888 6666', '137 0000 2222']"));

    // A card vobject writes, read here.
    const QString theirs = dir.filePath(QStringLiteral("theirs.vcf"));
    python(QStringLiteral("c = vobject.vCard()\nc.add('fn').value = '刘洋'\nc.add('n').value = "
                          "vobject.vcard.Name(family='刘', given='洋')\n"
                          "t = c.add('tel'); t.value = '186 0000 3333'; t.type_param = 'CELL'\n"
                          "c.add('org').value = ['恒通物流']\nc.add('note').value = 'a, b; c\\nd' * 10\n"
                          "open(sys.argv[1], 'w', encoding='utf-8').write(c.serialize())\n"),
           {theirs});
    QFile in(theirs);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QList<VCardEntry> read = VCard::read(in.readAll());
    REQUIRE(read.size() == 1);
    CHECK(read.first().formattedName == s("刘洋"));
    CHECK(read.first().organisation == s("恒通物流"));
    CHECK(read.first().mobiles == QStringList{QStringLiteral("186 0000 3333")});
    CHECK(read.first().note == QStringLiteral("a, b; c\nd").repeated(10));
}

TEST_CASE("vCard: contacts import as customers through the same check, and export as cards",
          "[vcard][import]")
{
    TempDb db;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("phone.vcf"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张三\r\nORG:华彩广告\r\nTEL;TYPE=CELL:13812345678\r\nEND:"
                "VCARD\r\n"
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李四\r\nTEL;TYPE=CELL:13900001111\r\nEMAIL:li@example."
                "cn\r\nEND:VCARD\r\n");
    }
    const ImportTable table = ImportTable::fromFile(path);
    CHECK(table.encoding == QStringLiteral("vCard"));
    REQUIRE(table.rows.size() == 2);
    const ImportPlan plan = CustomerImport::plan(*db, table, CustomerImport::mappingFor(table),
                                                 OnDuplicate::Skip, DuplicateKey::PhoneOrName);
    CHECK(plan.creates == 2);
    CustomerImport::run(*db, table, plan);
    CHECK(scalar(*db, QStringLiteral("SELECT k.name FROM contacts k JOIN customers c ON c.id = k.customer_id "
                                     "WHERE c.name = '华彩广告'"))
              .toString() == s("张三"));
    CHECK(scalar(*db, QStringLiteral("SELECT email FROM customers WHERE name = '李四'")).toString() ==
          QStringLiteral("li@example.cn"));

    const QString out = dir.filePath(QStringLiteral("all.vcf"));
    CHECK(Exports::contacts(*db, {}, {}, out) == 2);
    const QStringList seen = python(
        QStringLiteral("sys.stdout.reconfigure(encoding='utf-8')\n"
                       "for c in vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()):\n"
                       "    print(c.fn.value, getattr(c, 'org', None) and c.org.value[0], c.tel.value)\n"),
        {out});
    CHECK(seen.contains(s("张三 华彩广告 138 1234 5678")));
    CHECK(seen.contains(s("李四 None 139 0000 1111")));
}
