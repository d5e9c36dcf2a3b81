#include <QFile>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

TEST_CASE("the Chinese translation is complete", "[translations]")
{
    QFile file(QStringLiteral(SHOPCRM_TS_FILE));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                unfinished.append(source);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(messages > 100);
    INFO("untranslated: " << unfinished.join(QStringLiteral(" | ")).toStdString());
    CHECK(unfinished.isEmpty());
}
