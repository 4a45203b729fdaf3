// Live status end to end: two real WireGuard interfaces that handshake with each other, the real
// `wgdeskctl monitor` polling them, and a real receiver on loopback. A connect arrives for each
// peer within two poll intervals of its first handshake, with the seed's fields; a disconnect
// once the threshold has passed after one side is gone; a restart without a state change
// announces nothing again, and a change while no monitor ran is announced after the restart.
// Built twice: against wireguard-go on the host (userspace) and kernel WireGuard in the VM.
#include "BackendChooser.h"
#include "BackendThread.h"
#include "Keys.h"
#include "StatusMonitor.h"
#include "Store.h"
#include "UserspaceTestSupport.h"
#include "WebhookReceiver.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <atomic>
#include <optional>

using namespace wgdesk;
using namespace wgdesk::tests;
using namespace wgdesk::tests::userspace;

namespace {

#ifdef WGDESK_STATUS_KERNEL
const QString Backend = u"kernel"_s;
#else
const QString Backend = u"userspace"_s;
#endif

constexpr int PollMs = 1000; // the default poll interval
// Short for the test (180 s by default), but longer than the test keeps a tunnel connected:
// live tunnels handshake only every 2 minutes, so a peer counts as disconnected this long
// after its handshake even while the tunnel works.
constexpr int ThresholdS = 30;
#ifdef WGDESK_STATUS_KERNEL
// The VM emulates its CPU (TCG, no KVM), many times slower than the hardware the two-poll
// target is about, and more so on a loaded host (a poll took 3 s, a delivery 2 s in one CI
// run). The timing target is proven on the host against wireguard-go; in the VM the kernel
// path is proven with room for the emulation.
constexpr int SlowMachineMs = 10000;
#else
constexpr int SlowMachineMs = 0;
#endif

const QStringList SeedKeys{u"PeerId"_s,          u"IsConnected"_s,   u"IsPingable"_s,
                           u"LastPing"_s,        u"BytesReceived"_s, u"BytesTransmitted"_s,
                           u"LastHandshake"_s,   u"Endpoint"_s,      u"LastSessionStart"_s};

QDateTime parseTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

class TestStatusEvents : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString db;
    WebhookReceiver receiver;
    QString a, b;   // interface names
    QString keyA, keyB; // private keys
    QString pubA, pubB;
    std::optional<QProcess> monitor;

    int ctl(const QStringList &args, QString *err = nullptr)
    {
        QProcess process;
        process.start(testBinary(u"../bin/wgdeskctl"_s),
                      QStringList{u"--db"_s, db, u"--backend"_s, Backend} + args);
        process.closeWriteChannel();
        QDeadlineTimer deadline(60000);
        while (!process.waitForFinished(5) && !deadline.hasExpired())
            QCoreApplication::processEvents();
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // Starts `wgdeskctl monitor` and waits until it runs (it says "Monitoring" once its
    // SIGTERM handler is in place).
    void startMonitor()
    {
        monitor.emplace();
        monitor->start(testBinary(u"../bin/wgdeskctl"_s),
                       {u"--db"_s, db, u"--backend"_s, Backend, u"monitor"_s});
        QVERIFY(monitor->waitForStarted(5000));
        QByteArray said;
        QDeadlineTimer deadline(30000);
        while (!said.contains("Monitoring") && !deadline.hasExpired()
               && monitor->state() == QProcess::Running) {
            monitor->waitForReadyRead(50);
            said += monitor->readAllStandardError();
            QCoreApplication::processEvents();
        }
        QVERIFY2(said.contains("Monitoring"), said.constData());
    }

    void stopMonitor()
    {
        if (!monitor)
            return;
        monitor->terminate();
        QVERIFY(monitor->waitForFinished(30000));
        QCOMPARE(monitor->exitStatus(), QProcess::NormalExit);
        QCOMPARE(monitor->exitCode(), 0);
        monitor.reset();
    }

    // The status events received so far: (event, peer id, payload, received at).
    struct StatusEvent
    {
        QString event, peer;
        QJsonObject payload;
        qint64 receivedAtMs = 0;
    };
    QList<StatusEvent> statusEvents()
    {
        QList<StatusEvent> events;
        for (const ReceivedRequest &r : receiver.requests()) {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            const QString event = body.value(u"event"_s).toString();
            if (event == u"connect"_s || event == u"disconnect"_s)
                events.append({event, body.value(u"identifier"_s).toString(),
                               body.value(u"payload"_s).toObject(), r.receivedAtMs});
        }
        return events;
    }
    // When the monitor recorded the status event with this payload (the outbox's CreatedAt).
    qint64 recordedAtMs(const QJsonObject &payload)
    {
        QProcess process;
        process.start(testBinary(u"../bin/wgdeskctl"_s),
                      {u"--db"_s, db, u"--json"_s, u"webhook"_s, u"deliveries"_s, u"--limit"_s,
                       u"0"_s});
        if (!process.waitForFinished(30000))
            return -1;
        const QJsonArray log = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        // Outbox rows carry no payload in the log: match by peer, event and handshake order.
        const QString peer = payload.value(u"PeerId"_s).toString();
        const QString event = payload.value(u"IsConnected"_s).toBool() ? u"connect"_s
                                                                       : u"disconnect"_s;
        for (const auto &entry : log)
            if (entry[u"Identifier"_s].toString() == peer && entry[u"Event"_s].toString() == event)
                return QDateTime::fromString(entry[u"CreatedAt"_s].toString(), Qt::ISODateWithMs)
                    .toMSecsSinceEpoch(); // the newest such event (the log is newest first)
        return -1;
    }

    // The two sides, a (10.61.0.1, port 51961) and b (10.61.0.2, port 51962), up, no peers.
    bool createBothInterfaces(QString *err)
    {
        return ctl({u"interface"_s, u"create"_s, a, u"--address"_s, u"10.61.0.1/24"_s,
                    u"--listen-port"_s, u"51961"_s, u"--private-key"_s, keyA, u"--up"_s},
                   err) == 0
               && ctl({u"interface"_s, u"create"_s, b, u"--address"_s, u"10.61.0.2/24"_s,
                       u"--listen-port"_s, u"51962"_s, u"--private-key"_s, keyB, u"--up"_s},
                      err) == 0;
    }

    int count(const QString &event, const QString &peer)
    {
        int n = 0;
        for (const StatusEvent &e : statusEvents())
            n += e.event == event && e.peer == peer;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifdef WGDESK_STATUS_KERNEL
        requireTestVm();
#endif
        QVERIFY(dir.isValid());
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner
                                                      | QFile::ExeOwner));
        db = dir.filePath(u"state/wgdesk.db"_s);
        QVERIFY(receiver.listen());
        QCOMPARE(ctl({u"webhook"_s, u"set"_s, u"--url"_s, receiver.url()}), 0);
        QCOMPARE(ctl({u"settings"_s, u"set"_s, u"status.threshold"_s,
                      QString::number(ThresholdS)}),
                 0);
        a = ifname("a");
        b = ifname("b");
        keyA = platform::keys::generatePrivateKey().toBase64();
        keyB = platform::keys::generatePrivateKey().toBase64();
        pubA = platform::keys::publicKey(*platform::Key::fromBase64(keyA)).toBase64();
        pubB = platform::keys::publicKey(*platform::Key::fromBase64(keyB)).toBase64();
    }

    void cleanupTestCase()
    {
        if (monitor) {
            monitor->kill();
            monitor->waitForFinished(5000);
        }
        cleanUpEverything();
    }

    void connectArrivesWithinTwoPollsOfTheFirstHandshake()
    {
        QString err;
        QVERIFY2(createBothInterfaces(&err), qPrintable(err));
        // b knows a first, so a's first initiation is answered.
        QVERIFY2(ctl({u"peer"_s, u"add"_s, b, u"--public-key"_s, pubA, u"--allowed-ip"_s,
                      u"10.61.0.1/32"_s, u"--endpoint"_s, u"127.0.0.1:51961"_s,
                      u"--display-name"_s, u"side a"_s},
                     &err) == 0,
                 qPrintable(err));
        startMonitor();
        QTest::qWait(1500); // the monitor's first polls: nobody connected yet
        QCOMPARE(statusEvents().size(), 0);
        QVERIFY2(ctl({u"peer"_s, u"add"_s, a, u"--public-key"_s, pubB, u"--allowed-ip"_s,
                      u"10.61.0.2/32"_s, u"--endpoint"_s, u"127.0.0.1:51962"_s, u"--keepalive"_s,
                      u"1"_s, u"--display-name"_s, u"side b"_s},
                     &err) == 0,
                 qPrintable(err));

        QTRY_VERIFY_WITH_TIMEOUT(count(u"connect"_s, pubA) == 1 && count(u"connect"_s, pubB) == 1,
                                 30000);
        for (const StatusEvent &e : statusEvents()) {
            // Exactly the seed's fields, then the extra ones.
            for (const QString &key : SeedKeys)
                QVERIFY2(e.payload.contains(key), qPrintable(key));
            QCOMPARE(e.payload.size(), SeedKeys.size() + 3);
            QCOMPARE(e.payload.value(u"PeerId"_s).toString(), e.peer);
            QCOMPARE(e.payload.value(u"IsConnected"_s).toBool(), true);
            QVERIFY(e.payload.value(u"IsPingable"_s).isBool());
            QVERIFY(e.payload.value(u"BytesReceived"_s).toDouble() > 0);
            QVERIFY(e.payload.value(u"BytesTransmitted"_s).toDouble() > 0);
            const QDateTime handshake = parseTime(e.payload.value(u"LastHandshake"_s).toString());
            QVERIFY2(handshake.isValid(), qPrintable(e.payload.value(u"LastHandshake"_s).toString()));
            QCOMPARE(e.payload.value(u"LastSessionStart"_s).toString(),
                     e.payload.value(u"LastHandshake"_s).toString());
            QVERIFY(QRegularExpression(u"^127\\.0\\.0\\.1:5196[12]$"_s)
                        .match(e.payload.value(u"Endpoint"_s).toString())
                        .hasMatch());
            // Detected (recorded in the outbox) within two poll intervals of the handshake;
            // delivered right after.
            const qint64 recorded = recordedAtMs(e.payload);
            const qint64 detection = recorded - handshake.toMSecsSinceEpoch();
            const qint64 delivery = e.receivedAtMs - recorded;
            qInfo("%s: connect recorded %lld ms after the handshake, received %lld ms later",
                  qPrintable(e.peer), detection, delivery);
            QVERIFY2(detection >= 0 && detection <= 2 * PollMs + SlowMachineMs,
                     qPrintable(u"recorded %1 ms after the handshake"_s.arg(detection)));
            QVERIFY2(delivery >= 0 && delivery <= 2000 + SlowMachineMs,
                     qPrintable(u"received %1 ms after it was recorded"_s.arg(delivery)));
            QCOMPARE(e.payload.value(u"InterfaceIdentifier"_s).toString(),
                     e.peer == pubB ? a : b);
            QCOMPARE(e.payload.value(u"DisplayName"_s).toString(),
                     e.peer == pubB ? u"side b"_s : u"side a"_s);
        }
        // `wgdeskctl status` agrees.
        QProcess status;
        status.start(testBinary(u"../bin/wgdeskctl"_s),
                     {u"--db"_s, db, u"--backend"_s, Backend, u"--json"_s, u"status"_s, a});
        QVERIFY(status.waitForFinished(30000));
        const QJsonArray peers = QJsonDocument::fromJson(status.readAllStandardOutput()).array();
        QCOMPARE(peers.size(), 1);
        QCOMPARE(peers.at(0)[u"PeerId"_s].toString(), pubB);
        QCOMPARE(peers.at(0)[u"IsConnected"_s].toBool(), true);
    }

    void restartWithoutChangeAnnouncesNothing()
    {
        const int before = statusEvents().size();
        stopMonitor();
        startMonitor();
        QTest::qWait(3 * PollMs + 500);
        QCOMPARE(statusEvents().size(), before);
    }

    void disconnectArrivesOnceTheThresholdHasPassed()
    {
        // b goes away: a's peer stops handshaking, and is disconnected after the threshold.
        QCOMPARE(ctl({u"interface"_s, u"delete"_s, b}), 0);
        // b's own peer disappears with it, so it is announced at once.
        QTRY_COMPARE_WITH_TIMEOUT(count(u"disconnect"_s, pubA), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(count(u"disconnect"_s, pubB), 1, (ThresholdS + 10) * 1000);
        StatusEvent last;
        for (const StatusEvent &e : statusEvents())
            if (e.event == u"disconnect"_s && e.peer == pubB)
                last = e;
        QCOMPARE(last.payload.value(u"IsConnected"_s).toBool(), false);
        const QDateTime handshake = parseTime(last.payload.value(u"LastHandshake"_s).toString());
        const qint64 age = last.receivedAtMs - handshake.toMSecsSinceEpoch();
        qInfo("disconnect %lld ms after the last handshake (threshold %d s)", age, ThresholdS);
        QVERIFY2(age >= ThresholdS * 1000 && age <= ThresholdS * 1000 + 2 * PollMs + 2000 + SlowMachineMs,
                 qPrintable(u"%1 ms"_s.arg(age)));
        QVERIFY(parseTime(last.payload.value(u"LastSessionStart"_s).toString()).isValid());
        stopMonitor();
    }

    void changeWhileNoMonitorRanIsAnnouncedAfterRestart()
    {
        // Connect again with no monitor running, then start it: one connect, not more.
        const int connectsBefore = count(u"connect"_s, pubB);
        const auto handshakeOfB = [&] {
            const QStringList line = run({u"wg"_s, u"show"_s, a, u"latest-handshakes"_s})
                                         .out.split(u'\n')
                                         .filter(pubB)
                                         .value(0)
                                         .split(u'\t');
            return line.value(1).toLongLong();
        };
        const qint64 old = handshakeOfB();
        QString err;
        QVERIFY2(ctl({u"interface"_s, u"create"_s, b, u"--address"_s, u"10.61.0.2/24"_s,
                      u"--listen-port"_s, u"51962"_s, u"--private-key"_s, keyB, u"--up"_s},
                     &err) == 0,
                 qPrintable(err));
        QVERIFY2(ctl({u"peer"_s, u"add"_s, b, u"--public-key"_s, pubA, u"--allowed-ip"_s,
                      u"10.61.0.1/32"_s, u"--endpoint"_s, u"127.0.0.1:51961"_s,
                      u"--keepalive"_s, u"1"_s},
                     &err) == 0,
                 qPrintable(err));
        // This time b starts the handshake (its keepalive): a may have stopped retrying.
        if (!QTest::qWaitFor([&] { return handshakeOfB() > old; }, 30000)) {
            qWarning("%s", qPrintable(run({u"wg"_s, u"show"_s, u"all"_s, u"dump"_s}).out));
            QFAIL("no new handshake");
        }
        startMonitor();
        // Under the VM's emulation the restarted monitor's first polls take longer.
        QTRY_COMPARE_WITH_TIMEOUT(count(u"connect"_s, pubB), connectsBefore + 1,
                                  30000 + 5 * SlowMachineMs);
        QTest::qWait(2 * PollMs);
        QCOMPARE(count(u"connect"_s, pubB), connectsBefore + 1);
        stopMonitor();
        QCOMPARE(ctl({u"interface"_s, u"delete"_s, b}), 0);
        QCOMPARE(ctl({u"interface"_s, u"delete"_s, a}), 0);
    }

    void monitorRestoresMissingInterfacesOnlyAfterAReboot()
    {
        const QString c = ifname("c");
        QString err;
        QVERIFY2(ctl({u"interface"_s, u"create"_s, c, u"--address"_s, u"10.62.0.1/24"_s,
                      u"--listen-port"_s, u"51963"_s, u"--up"_s},
                     &err) == 0,
                 qPrintable(err));
        // Deleted behind WG Desk's back, with no reboot: drift, left alone.
        QVERIFY(run({u"ip"_s, u"link"_s, u"del"_s, c}).ok);
        QTRY_VERIFY_WITH_TIMEOUT(!linksInNamespace().contains(c), 5000);
        startMonitor();
        QTest::qWait(2 * PollMs);
        QVERIFY(!linksInNamespace().contains(c));
        stopMonitor();

        // As if the machine had rebooted since the last monitor ran: it comes back.
        {
            app::Store store;
            QVERIFY(store.open(db, &err));
            QVERIFY(store.setSetting(u"system.boot_id"_s, u"an-earlier-boot"_s, &err));
        }
        startMonitor();
        QTRY_VERIFY_WITH_TIMEOUT(linksInNamespace().contains(c), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(wgShow(c, u"listen-port"_s), u"51963"_s, 15000);
        stopMonitor();
        QCOMPARE(ctl({u"interface"_s, u"delete"_s, c}), 0);
    }
    // The desktop window watches while another process monitors; once that process is gone it
    // takes over from the last recorded state: a connect it only watched is announced once.
    void anObserverRecordsNothingThenTakesOver()
    {
        QString err;
        // Whatever an earlier test left behind (it stops at its first failure).
        ctl({u"interface"_s, u"delete"_s, a});
        ctl({u"interface"_s, u"delete"_s, b});
        QVERIFY2(createBothInterfaces(&err), qPrintable(err));
        QVERIFY2(ctl({u"peer"_s, u"add"_s, b, u"--public-key"_s, pubA, u"--allowed-ip"_s,
                      u"10.61.0.1/32"_s, u"--endpoint"_s, u"127.0.0.1:51961"_s},
                     &err) == 0,
                 qPrintable(err));
        const auto connectsRecorded = [&] {
            app::Store store;
            if (!store.open(db, nullptr))
                return -1;
            int n = 0;
            for (const auto &e : store.deliveries(app::Store::DeliveryFilter::All, 0, nullptr)
                                     .value_or(QList<app::OutboxEvent>{}))
                n += e.event == u"connect"_s && e.identifier == pubB;
            return n;
        };
        const int before = connectsRecorded();
        {
            // Earlier tests left b recorded as connected to a: start from "never connected".
            app::Store store;
            QVERIFY(store.open(db, &err));
            QVERIFY2(store.removePeerState(a, pubB, &err), qPrintable(err));
        }

        auto backend = app::chooseBackend(Backend);
        QVERIFY2(backend, qPrintable(backend ? QString() : backend.error().message));
        app::BackendThread thread(std::move(backend).value());
        auto *observer = new app::StatusMonitor(thread.backendForThreadObjects(), db);
        observer->setObserveOnly(true);
        thread.adopt(observer);
        std::atomic<bool> sawConnect = false;
        connect(
            observer, &app::StatusMonitor::polled, observer,
            [&](const app::StatusDelta &delta) {
                for (const app::ConnectionFlip &flip : delta.flips)
                    if (flip.connected && flip.status.publicKey == pubB)
                        sawConnect = true;
            },
            Qt::DirectConnection);
        QMetaObject::invokeMethod(observer, &app::StatusMonitor::start, Qt::QueuedConnection);
        QTest::qWait(1500);
        QVERIFY2(ctl({u"peer"_s, u"add"_s, a, u"--public-key"_s, pubB, u"--allowed-ip"_s,
                      u"10.61.0.2/32"_s, u"--endpoint"_s, u"127.0.0.1:51962"_s, u"--keepalive"_s,
                      u"1"_s},
                     &err) == 0,
                 qPrintable(err));
        // It sees the connect, and records nothing.
        QTRY_VERIFY_WITH_TIMEOUT(sawConnect.load(), 30000 + SlowMachineMs);
        QTest::qWait(2 * PollMs);
        QCOMPARE(connectsRecorded(), before);

        // The monitor is gone: the observer takes over and announces what it only watched.
        QMetaObject::invokeMethod(observer, &app::StatusMonitor::takeOver, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(connectsRecorded(), before + 1, 10000 + SlowMachineMs);
        QTest::qWait(3 * PollMs);
        QCOMPARE(connectsRecorded(), before + 1);
        thread.destroyOnThread(observer);
        QCOMPARE(ctl({u"interface"_s, u"delete"_s, b}), 0);
        QCOMPARE(ctl({u"interface"_s, u"delete"_s, a}), 0);
    }
};

int main(int argc, char *argv[])
{
    return runInPrivateNetworkNamespace<TestStatusEvents>("TestStatusEvents", u"wse"_s, argc,
                                                          argv);
}

#include "TestStatusEvents.moc"
