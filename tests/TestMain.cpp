#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "domain/Pinyin.h"
#include "services/TimeZoneSetup.h"
#include "TestSupport.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <thread>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace {

// The watchdog of the widget tests: the GUI thread may not be busy with one event for more than
// 100 ms (SHOPCRM_STALL_MS to change it). Time counts while an event is being handled, from one
// event boundary to the next; time the event loop spends waiting (a dialog open in a nested loop,
// waiting for the test's timer) does not count, nor does test code between events. A stall is
// printed with its test case, and the run fails at the end.
class StallWatch
{
public:
    explicit StallWatch(qint64 limitMs) : m_limitNs(limitMs * 1000000) { m_sinceMark.start(); }

    void enter(QObject* receiver, QEvent* event)
    {
        check();
        // Names are copied: a class's name is static data of its library, gone if a plugin's library
        // is unloaded while the event is handled (a database driver's, at a cluster's teardown). A
        // timer or a queued call is named by its owner, which says more than "QTimer".
        const QObject* named =
            receiver->parent() && (event->type() == QEvent::Timer || event->type() == QEvent::MetaCall)
                ? receiver->parent()
                : receiver;
        m_handling.push_back(
            {receiver->metaObject()->className(), int(event->type()), named->metaObject()->className()});
    }
    void leave()
    {
        check();
        m_handling.pop_back();
    }
    void aboutToBlock()
    {
        check();
        m_waiting = true;
    }
    void awake()
    {
        m_waiting = false;
        m_sinceMark.start();
    }
    void setTestCase(const std::string& name) { m_testCase = name; }
    const std::vector<std::string>& stalls() const { return m_stalls; }

private:
    void check()
    {
        const qint64 elapsed = m_sinceMark.nsecsElapsed();
        m_sinceMark.start();
        if (m_handling.empty() || m_waiting || elapsed <= m_limitNs)
            return;
        std::string what = "GUI thread busy for " + std::to_string(elapsed / 1000000) + " ms handling " +
                           describe(m_handling.back());
        if (m_handling.size() > 1) what += " inside " + describe(m_handling.front());
        what += " in \"" + m_testCase + "\"";
        std::fprintf(stderr, "STALL: %s\n", what.c_str());
        m_stalls.push_back(what);
    }

    struct Handling
    {
        std::string receiver;
        int event;
        std::string owner; // the receiver's parent for a timer or a queued call, else the receiver
    };
    static std::string describe(const Handling& h)
    {
        std::string text = "event " + std::to_string(h.event) + " for a " + h.receiver;
        if (h.owner != h.receiver) text += " of a " + h.owner;
        return text;
    }

    qint64 m_limitNs;
    QElapsedTimer m_sinceMark;
    std::vector<Handling> m_handling; // outermost first
    bool m_waiting = false;
    std::string m_testCase;
    std::vector<std::string> m_stalls;
};

StallWatch* g_watch = nullptr;

class WatchedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        g_watch->enter(receiver, event);
        struct Leave
        {
            ~Leave() { g_watch->leave(); }
        } leave;
        return QApplication::notify(receiver, event);
    }
};

struct StallListener : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo& info) override
    {
        if (g_watch)
            g_watch->setTestCase(info.name);
    }
};

} // namespace

CATCH_REGISTER_LISTENER(StallListener)

int main(int argc, char** argv)
{
    shopcrm::pinLocalTimeZone();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and the default database go to a folder of this run, never the developer's own.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    qputenv("SHOPCRM_USER", "tester");
    qputenv("SHOPCRM_DESK", "desk-test");
    StallWatch watch(qEnvironmentVariableIntValue("SHOPCRM_STALL_MS") > 0 ? qEnvironmentVariableIntValue("SHOPCRM_STALL_MS")
                                                                          : 100);
    g_watch = &watch;
    // As the desktop program does at start-up: ICU's pinyin rules loaded on another thread, so
    // the first customer a test saves does not count their loading as a stall.
    std::thread([] { shopcrm::Pinyin::prepare(); }).join();
    WatchedApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ShopCRM"));
    QApplication::setOrganizationName(QStringLiteral("ShopCRM"));
    QAbstractEventDispatcher* dispatcher = QAbstractEventDispatcher::instance();
    QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, &app, [] { g_watch->aboutToBlock(); });
    QObject::connect(dispatcher, &QAbstractEventDispatcher::awake, &app, [] { g_watch->awake(); });
    // A run on a server where no cluster can be started is skipped as a whole (ctest's skip code).
    if (const QString why = shopcrm::test::testServerUnavailable(); !why.isEmpty()) {
        std::fprintf(stderr, "skipped: SHOPCRM_TEST_SERVER=1, but %s\n", qPrintable(why));
        return 77;
    }
    int status = Catch::Session().run(argc, argv);
    if (!watch.stalls().empty()) {
        std::fprintf(stderr, "%zu stall(s) of the GUI thread over %lld ms:\n", watch.stalls().size(),
                     static_cast<long long>(qEnvironmentVariableIntValue("SHOPCRM_STALL_MS") > 0
                                                ? qEnvironmentVariableIntValue("SHOPCRM_STALL_MS")
                                                : 100));
        for (const std::string& s : watch.stalls())
            std::fprintf(stderr, "  %s\n", s.c_str());
        status = status == 0 ? 1 : status;
    }
    g_watch = nullptr;
    return status;
}
