// The main window, offscreen: without a usable backend it says why in a banner; with the
// kernel backend on a host that lacks WireGuard it shows the kernel's answer, not an empty list.
#include "BackendThread.h"
#include "InterfacesModel.h"
#include "MainWindow.h"
#include "NetlinkBackend.h"
#include "UapiBackend.h"
#include "WebhookDispatcher.h"

#include <QLabel>
#include <QStatusBar>

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace wgdesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhyThereIsNoBackend()
    {
        const QString reason = QStringLiteral("This kernel has no WireGuard.");
        ui::MainWindow window(nullptr, reason);
        window.show();
        QCOMPARE(window.bannerText(), reason);
        QCOMPARE(window.interfacesModel()->rowCount(), 0);
    }

    void refreshReportsBackendErrorsInTheBanner()
    {
        if (QFile::exists(QStringLiteral("/sys/module/wireguard")))
            QSKIP("this host has kernel WireGuard; the VM suite covers listing");
        app::BackendThread thread(std::make_unique<platform::NetlinkBackend>());
        ui::MainWindow window(&thread, {});
        QSignalSpy refreshed(&window, &ui::MainWindow::refreshed);
        window.show();
        QVERIFY(refreshed.wait(10000));
        QVERIFY2(window.bannerText().contains(QStringLiteral("no WireGuard")),
                 qPrintable(window.bannerText()));
    }

    void statusBarNamesTheBackendInUse()
    {
        app::BackendThread thread(std::make_unique<platform::UapiBackend>());
        ui::MainWindow window(&thread, {});
        window.show();
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Backend: userspace"));
    }

    void statusBarSaysHowWebhooksAreDoing()
    {
        ui::MainWindow window(nullptr, QStringLiteral("none"));
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
