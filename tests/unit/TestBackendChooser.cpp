// Backend choice: auto takes the kernel when it has WireGuard, else wireguard-go when installed,
// else refuses with one sentence naming both ways; kernel and userspace can be forced.
#include "BackendChooser.h"
#include "NetlinkBackend.h"

#include <QFile>
#include <QStandardPaths>
#include <QtTest>

using namespace wgdesk;
using namespace Qt::StringLiterals;

class TestBackendChooser : public QObject
{
    Q_OBJECT

private:
    static bool kernelHasWireGuard() { return platform::NetlinkBackend().probe().ok(); }

private Q_SLOTS:
    void cleanup()
    {
        qunsetenv("WGDESK_BACKEND");
        qunsetenv("WGDESK_WIREGUARD_GO");
    }

    void autoFallsBackToWireGuardGo()
    {
        if (kernelHasWireGuard())
            QSKIP("this kernel has WireGuard, so auto picks it");
        if (QStandardPaths::findExecutable(u"wireguard-go"_s).isEmpty())
            QSKIP("wireguard-go is not installed");
        const auto chosen = app::chooseBackend(u"auto"_s);
        QVERIFY2(chosen.ok(), qPrintable(chosen.error().message));
        QCOMPARE(chosen.value()->kind(), u"userspace"_s);
    }

    void environmentChoosesWhenNoOptionIsGiven()
    {
        qputenv("WGDESK_BACKEND", "userspace");
        if (QStandardPaths::findExecutable(u"wireguard-go"_s).isEmpty())
            QSKIP("wireguard-go is not installed");
        const auto chosen = app::chooseBackend({});
        QVERIFY2(chosen.ok(), qPrintable(chosen.error().message));
        QCOMPARE(chosen.value()->kind(), u"userspace"_s);
    }

    void autoRefusesWithBothWaysNamed()
    {
        if (kernelHasWireGuard())
            QSKIP("this kernel has WireGuard");
        qputenv("WGDESK_WIREGUARD_GO", "/nonexistent/wireguard-go");
        const auto chosen = app::chooseBackend(u"auto"_s);
        QVERIFY(!chosen.ok());
        const QString message = chosen.error().message;
        QVERIFY2(message.contains(u"modprobe wireguard"_s), qPrintable(message));
        QVERIFY2(message.contains(u"apt-get install wireguard-go"_s), qPrintable(message));
    }

    void forcedKernelSaysWhyNot()
    {
        if (kernelHasWireGuard())
            QSKIP("this kernel has WireGuard");
        const auto chosen = app::chooseBackend(u"kernel"_s);
        QVERIFY(!chosen.ok());
        QCOMPARE(chosen.error().kind, platform::BackendError::Kind::NoWireGuard);
    }

    void unknownChoiceIsRefused()
    {
        const auto chosen = app::chooseBackend(u"bsd"_s);
        QVERIFY(!chosen.ok());
        QCOMPARE(chosen.error().message,
                 u"Backend: \u201cbsd\u201d is not one of auto, kernel or userspace."_s);
    }
};

QTEST_GUILESS_MAIN(TestBackendChooser)
#include "TestBackendChooser.moc"
