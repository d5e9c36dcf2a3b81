#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {
struct TsCount
{
    int messages = 0;
    QStringList unfinished;
    QStringList placeholders; // translations that lose or add a %1 or %n of their source
};

QSet<QString> placeholdersOf(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

TsCount countTs(const QString& path)
{
    TsCount count;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    // What lupdate appends to a guess from a similar source ("{2)?}"): never a translation.
    static const QRegularExpression guessMark(QStringLiteral("\\{[^}]*\\?\\}"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++count.messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                count.unfinished.append(source);
            else if (type.isEmpty() &&
                     (placeholdersOf(text) != placeholdersOf(source) || text.contains(guessMark)))
                count.placeholders.append(source.left(60));
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return count;
}
} // namespace

TEST_CASE("the Chinese translation is complete", "[translations]")
{
    const TsCount zh = countTs(QStringLiteral(SHOPCRM_TS_FILE));
    CHECK(zh.messages > 100);
    INFO("untranslated: " << zh.unfinished.join(QStringLiteral(" | ")).toStdString());
    CHECK(zh.unfinished.isEmpty());
    // A translation that drops a placeholder loses what it stands for (a usage text lost a whole
    // command's lines this way).
    INFO("placeholders differ: " << zh.placeholders.join(QStringLiteral(" | ")).toStdString());
    CHECK(zh.placeholders.isEmpty());
}

TEST_CASE("the English plural forms are complete", "[translations]")
{
    const TsCount en = countTs(QStringLiteral(SHOPCRM_EN_TS_FILE));
    CHECK(en.messages >= 2);
    INFO("untranslated: " << en.unfinished.join(QStringLiteral(" | ")).toStdString());
    CHECK(en.unfinished.isEmpty());
}
