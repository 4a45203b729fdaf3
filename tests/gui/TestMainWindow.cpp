// The main window, offscreen: without a usable backend it says why in a banner; with the
// kernel backend on a host that lacks WireGuard it shows the kernel's answer, not an empty list.
#include "AsyncServices.h"
#include "BackendThread.h"
#include "InterfacesModel.h"
#include "MainWindow.h"
#include "NetlinkBackend.h"
#include "UapiBackend.h"
#include "PeerStatus.h"
#include "WebhookDispatcher.h"

#include <QLabel>
#include <QStatusBar>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wgdesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhyThereIsNoBackend()
    {
        const QString reason = QStringLiteral("This kernel has no WireGuard.");
        ui::MainWindow window(nullptr, QString(), reason);
        window.show();
        QCOMPARE(window.bannerText(), reason);
        QCOMPARE(window.interfacesModel()->rowCount(), 0);
    }

    void refreshReportsBackendErrorsInTheBanner()
    {
        if (QFile::exists(QStringLiteral("/sys/module/wireguard")))
            QSKIP("this host has kernel WireGuard; the VM suite covers listing");
        app::BackendThread thread(std::make_unique<platform::NetlinkBackend>());
        QTemporaryDir dir;
        app::AsyncServices services(&thread, dir.filePath(QStringLiteral("wgdesk.db")));
        ui::MainWindow window(&services, thread.backendKind(), {});
        QSignalSpy refreshed(&window, &ui::MainWindow::refreshed);
        window.show();
        QVERIFY(refreshed.wait(10000));
        QVERIFY2(window.bannerText().contains(QStringLiteral("no WireGuard")),
                 qPrintable(window.bannerText()));
    }

    void statusBarNamesTheBackendInUse()
    {
        app::BackendThread thread(std::make_unique<platform::UapiBackend>());
        QTemporaryDir dir;
        app::AsyncServices services(&thread, dir.filePath(QStringLiteral("wgdesk.db")));
        ui::MainWindow window(&services, thread.backendKind(), {});
        window.show();
        bool named = false;
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            named = named || label->text() == QStringLiteral("Backend: userspace");
        QVERIFY(named);
    }

    void statusBarCountsConnectedPeers()
    {
        ui::MainWindow window(nullptr, QString(), QStringLiteral("none"));
        app::StatusDelta wg0;
        wg0.interfaceIdentifier = QStringLiteral("wg0");
        wg0.peerCount = 5;
        wg0.connectedCount = 2;
        window.applyStatusDelta(wg0);
        app::StatusDelta wg1 = wg0;
        wg1.interfaceIdentifier = QStringLiteral("wg1");
        wg1.peerCount = 3;
        wg1.connectedCount = 3;
        window.applyStatusDelta(wg1);
        QCOMPARE(window.peerStatusText(), QStringLiteral("Peers connected: 5 of 8"));
        // wg1 goes away: its peers are removed and no longer counted.
        app::StatusDelta gone;
        gone.interfaceIdentifier = QStringLiteral("wg1");
        gone.removed = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        window.applyStatusDelta(gone);
        QCOMPARE(window.peerStatusText(), QStringLiteral("Peers connected: 2 of 5"));
    }

    void statusBarSaysHowWebhooksAreDoing()
    {
        ui::MainWindow window(nullptr, QString(), QStringLiteral("none"));
        app::DeliveryQueueState state;
        window.setWebhookState(state);
        QCOMPARE(window.webhookStatusText(), QStringLiteral("Webhooks: off"));
        state.enabled = true;
        window.setWebhookState(state);
        QCOMPARE(window.webhookStatusText(), QStringLiteral("Webhooks: all delivered"));
        state.pending = 3;
        state.lastError = QStringLiteral("The receiver answered HTTP 500.");
        state.lastErrorAt = QDateTime::currentDateTime();
        window.setWebhookState(state);
        QCOMPARE(window.webhookStatusText(), QStringLiteral("Webhooks: 3 pending"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("webhookStatus"))
                    ->toolTip()
                    .contains(state.lastError));
        state.failed = 1;
        window.setWebhookState(state);
        QCOMPARE(window.webhookStatusText(), QStringLiteral("Webhooks: 1 failed"));
        window.setWebhooksDeliveredElsewhere(QStringLiteral("wgdeskctl monitor (PID 7)"));
        QCOMPARE(window.webhookStatusText(),
                 QStringLiteral("Webhooks: delivered by wgdeskctl monitor (PID 7)"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
