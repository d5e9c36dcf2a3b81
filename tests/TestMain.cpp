#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and the default database go to a folder of this run, never the developer's own.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    qputenv("SHOPCRM_USER", "tester");
    qputenv("SHOPCRM_DESK", "desk-test");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ShopCRM"));
    QApplication::setOrganizationName(QStringLiteral("ShopCRM"));
    return Catch::Session().run(argc, argv);
}
