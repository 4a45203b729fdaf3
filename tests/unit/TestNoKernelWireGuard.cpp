// On a kernel without WireGuard (these development machines), the kernel backend says so in
// words, and creates nothing. Read-only: it only asks the kernel for the generic netlink family.
#include "NetlinkBackend.h"

#include <QFile>
#include <QtTest>

using namespace wgdesk::platform;

class TestNoKernelWireGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QFile::exists(QStringLiteral("/sys/module/wireguard")))
            QSKIP("this kernel has WireGuard loaded; the kernel suite (VM) covers it");
    }

    void probeSaysThereIsNoWireGuard()
    {
        NetlinkBackend backend;
        const auto result = backend.probe();
        if (result.ok())
            QSKIP("this kernel loaded WireGuard on demand; the kernel suite covers it");
        QCOMPARE(result.error().kind, BackendError::Kind::NoWireGuard);
        QVERIFY2(result.error().message.startsWith(QStringLiteral("This kernel has no WireGuard")),
                 qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(QStringLiteral("wireguard-go")));
    }

    void everyOperationSaysTheSame()
    {
        NetlinkBackend backend;
        if (backend.probe().ok())
            QSKIP("this kernel has WireGuard");
        QCOMPARE(backend.listInterfaces().error().kind, BackendError::Kind::NoWireGuard);
        QCOMPARE(backend.readDevice(QStringLiteral("wg0")).error().kind,
                 BackendError::Kind::NoWireGuard);
        DeviceChange change;
        change.name = QStringLiteral("wg0");
        change.listenPort = 1;
        const ApplyReport report = backend.applyChanges(change);
        QCOMPARE(report.error.kind, BackendError::Kind::NoWireGuard);
        QCOMPARE(report.messagesSent, 0);
        // Creating goes no further than the family check: nothing is made on this host.
        QCOMPARE(backend.createInterface(QStringLiteral("wgdesktest0")).error().kind,
                 BackendError::Kind::NoWireGuard);
    }
};

QTEST_GUILESS_MAIN(TestNoKernelWireGuard)
#include "TestNoKernelWireGuard.moc"
