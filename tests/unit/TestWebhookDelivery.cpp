// Webhook delivery against real HTTP and HTTPS receivers on loopback: the contract's headers and
// envelope, retries after 5xx, Retry-After, a stalled receiver, a receiver that starts late,
// TLS with and without the CA file, order per entity, giving up and retrying by hand, a
// wgdeskctl edit delivering its own events, and a monitor killed with SIGKILL mid-delivery.
#include "KernelTestSupport.h"
#include "MonitorLock.h"
#include "Store.h"
#include "TestCertificates.h"
#include "WebhookDispatcher.h"
#include "WebhookReceiver.h"
#include "WebhookSettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

#include <signal.h>

using namespace Qt::StringLiterals;
using namespace wgdesk;
using namespace wgdesk::tests;

namespace {

QJsonObject bodyOf(const ReceivedRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class TestWebhookDelivery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_dbCounter = 0;
    QString m_db;
    std::unique_ptr<app::Store> m_store;
    std::unique_ptr<app::WebhookDispatcherThread> m_dispatcher;

    // A fresh database whose webhook goes to `url`.
    void freshDatabase(const QString &url, const QString &secret = {}, int timeout = 10,
                       const QString &caFile = {})
    {
        m_dispatcher.reset();
        m_store = std::make_unique<app::Store>();
        m_db = m_dir.filePath(u"db%1/wgdesk.db"_s.arg(++m_dbCounter));
        QString error;
        QVERIFY2(m_store->open(m_db, &error), qPrintable(error));
        setWebhook(url, secret, timeout, caFile);
    }

    void setWebhook(const QString &url, const QString &secret = {}, int timeout = 10,
                    const QString &caFile = {})
    {
        app::WebhookSettings settings;
        settings.url = url;
        settings.secret = secret;
        settings.timeoutSeconds = timeout;
        settings.caFile = caFile;
        QString error;
        const app::Problems problems = settings.save(*m_store, &error);
        QVERIFY2(!app::hasErrors(problems), qPrintable(app::errorText(problems)));
    }

    qint64 enqueue(const QString &entity, const QString &event, const QString &identifier,
                   const QJsonObject &payload = {})
    {
        QString error;
        if (!m_store->enqueueEvent(entity, event, identifier, payload, &error))
            qWarning("enqueue: %s", qPrintable(error));
        return m_store->lastEventId(&error).value_or(-1);
    }

    app::OutboxEvent event(qint64 id)
    {
        QString error;
        return m_store->outboxEvent(id, &error).value_or(app::OutboxEvent{});
    }

    void startDispatcher(app::DispatcherOptions options = {})
    {
        m_dispatcher = std::make_unique<app::WebhookDispatcherThread>(m_db, options);
        m_dispatcher->start();
    }

    QString ctlPath() const { return testBinary(u"../bin/wgdeskctl"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::setPermissions(m_dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void cleanup()
    {
        m_dispatcher.reset();
        m_store.reset();
    }

    void deliversWithTheContractsHeadersAndEnvelope()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        const QString secret = u"Basic dXNlcm5hbWU6cGFzc3dvcmQ="_s;
        freshDatabase(receiver.url(u"/wg/hook?src=desk"_s), secret);
        const QJsonObject payload{{u"Identifier"_s, u"ana"_s}, {u"IsAdmin"_s, true}};
        const qint64 id = enqueue(u"user"_s, u"create"_s, u"ana"_s, payload);
        startDispatcher();
        QVERIFY(receiver.waitForCount(1, 10000));
        const ReceivedRequest r = receiver.requests().at(0);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/wg/hook?src=desk"));
        QCOMPARE(r.header("Authorization"), secret.toUtf8());
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.header("X-WGDesk-Delivery"), event(id).deliveryId.toLatin1());
        const QJsonObject body = bodyOf(r);
        QCOMPARE(body.keys(), (QStringList{u"entity"_s, u"event"_s, u"identifier"_s,
                                           u"payload"_s}));
        QCOMPARE(body.value(u"event"_s).toString(), u"create"_s);
        QCOMPARE(body.value(u"entity"_s).toString(), u"user"_s);
        QCOMPARE(body.value(u"identifier"_s).toString(), u"ana"_s);
        QCOMPARE(body.value(u"payload"_s).toObject(), payload);
        QTRY_VERIFY_WITH_TIMEOUT(event(id).deliveredAt.isValid(), 5000);
        QCOMPARE(event(id).attempts, 1);
        QCOMPARE(event(id).lastStatus, 200);

        // No secret: no Authorization header at all. The running dispatcher picks the change
        // up from the database.
        setWebhook(receiver.url());
        enqueue(u"user"_s, u"update"_s, u"ana"_s, payload);
        QVERIFY(receiver.waitForCount(2, 10000));
        QVERIFY(!receiver.requests().at(1).hasHeader("Authorization"));
        QVERIFY(receiver.requests().at(1).header("X-WGDesk-Delivery")
                != receiver.requests().at(0).header("X-WGDesk-Delivery"));
    }

    void anyTwoHundredIsSuccessAndRedirectsAreNotFollowed()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        int n = 0;
        receiver.setResponder([&n](const ReceivedRequest &) {
            Reply reply;
            reply.status = ++n == 1 ? 302 : 299;
            if (reply.status == 302)
                reply.headers.append(std::pair{QByteArray("Location"), QByteArray("http://127.0.0.1:9/elsewhere")});
            return reply;
        });
        freshDatabase(receiver.url());
        const qint64 id = enqueue(u"interface"_s, u"update"_s, u"wg0"_s);
        startDispatcher();
        QTRY_VERIFY_WITH_TIMEOUT(event(id).deliveredAt.isValid(), 10000);
        QCOMPARE(receiver.count(), 2); // the 302 was an attempt, not followed
        QCOMPARE(event(id).attempts, 2);
        QCOMPARE(event(id).lastStatus, 299);
    }

    void serverErrorThenSuccessIsDeliveredOnceAfterARetry()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &r) {
            Reply reply;
            reply.status = r.index == 0 ? 500 : 200;
            return reply;
        });
        freshDatabase(receiver.url());
        const qint64 id = enqueue(u"peer"_s, u"create"_s, u"key="_s);
        startDispatcher();
        QTRY_VERIFY_WITH_TIMEOUT(event(id).deliveredAt.isValid(), 10000);
        const auto requests = receiver.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].header("X-WGDesk-Delivery"), requests[1].header("X-WGDesk-Delivery"));
        const qint64 gap = requests[1].receivedAtMs - requests[0].receivedAtMs;
        QVERIFY2(gap >= 700 && gap < 3000, qPrintable(u"retry after %1 ms"_s.arg(gap)));
        QCOMPARE(event(id).attempts, 2);
        // Nothing more arrives: delivered once.
        QTest::qWait(1500);
        QCOMPARE(receiver.count(), 2);
    }

    void tooManyRequestsWithRetryAfterIsHonoured()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &r) {
            Reply reply;
            if (r.index == 0) {
                reply.status = 429;
                reply.headers.append(std::pair{QByteArray("Retry-After"), QByteArray("3")});
            }
            return reply;
        });
        freshDatabase(receiver.url());
        const qint64 id = enqueue(u"peer"_s, u"update"_s, u"key="_s);
        startDispatcher();
        QVERIFY(receiver.waitForCount(1, 10000));
        QTRY_COMPARE_WITH_TIMEOUT(event(id).lastStatus, 429, 5000);
        QVERIFY2(event(id).lastError.contains(u"429"_s), qPrintable(event(id).lastError));
        QVERIFY(receiver.waitForCount(2, 10000));
        const auto requests = receiver.requests();
        const qint64 gap = requests[1].receivedAtMs - requests[0].receivedAtMs;
        // The backoff alone would have come back after about 1 s.
        QVERIFY2(gap >= 2900 && gap < 6000, qPrintable(u"retry after %1 ms"_s.arg(gap)));
        QTRY_VERIFY_WITH_TIMEOUT(event(id).deliveredAt.isValid(), 5000);
    }

    void stalledReceiverTimesOutAndIsRetried()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &r) {
            Reply reply;
            reply.stall = r.index == 0;
            return reply;
        });
        freshDatabase(receiver.url(), {}, 1);
        const qint64 id = enqueue(u"user"_s, u"delete"_s, u"bob"_s);
        QElapsedTimer clock;
        clock.start();
        startDispatcher();
        QTRY_VERIFY_WITH_TIMEOUT(event(id).attempts >= 1, 5000);
        const app::OutboxEvent first = event(id);
        QVERIFY2(first.lastError.contains(u"did not answer within 1 s"_s),
                 qPrintable(first.lastError));
        QCOMPARE(first.lastStatus, 0);
        QVERIFY(clock.elapsed() >= 900);
        QTRY_VERIFY_WITH_TIMEOUT(event(id).deliveredAt.isValid(), 10000);
        QCOMPARE(receiver.count(), 2);
    }

    void refusedUntilTheReceiverStarts()
    {
        quint16 port = 0;
        {
            WebhookReceiver probe;
            QVERIFY(probe.listen());
            port = probe.port();
            probe.close();
        }
        freshDatabase(u"http://127.0.0.1:%1/hook"_s.arg(port));
        const qint64 id = enqueue(u"interface"_s, u"create"_s, u"wg7"_s);
        startDispatcher();
        QTRY_VERIFY_WITH_TIMEOUT(event(id).attempts >= 2, 10000);
        QVERIFY2(event(id).lastError.contains(u"refused"_s), qPrintable(event(id).lastError));
        QVERIFY(event(id).isPending());

        WebhookReceiver receiver;
        QVERIFY(receiver.listen(port));
        QVERIFY(receiver.waitForCount(1, 15000));
        QTRY_VERIFY_WITH_TIMEOUT(event(id).deliveredAt.isValid(), 5000);
        QCOMPARE(QString::fromLatin1(receiver.requests().at(0).header("X-WGDesk-Delivery")),
                 event(id).deliveryId);
    }

    void untrustedCertificateFailsAndTheCaFileFixesIt()
    {
        QString error;
        const auto pki = makeTestPki(m_dir.filePath(u"pki"_s), &error);
        QVERIFY2(pki, qPrintable(error));
        WebhookReceiver receiver;
        QVERIFY(receiver.setTls(pki->serverCert, pki->serverKey, &error));
        QVERIFY(receiver.listen());
        QVERIFY(receiver.url().startsWith(u"https://"_s));

        freshDatabase(receiver.url());
        const qint64 id = enqueue(u"user"_s, u"create"_s, u"tls"_s);
        startDispatcher();
        QTRY_VERIFY_WITH_TIMEOUT(event(id).attempts >= 1, 10000);
        const QString why = event(id).lastError;
        QVERIFY2(why.contains(u"not trusted"_s) && why.contains(u"CA file"_s), qPrintable(why));
        QCOMPARE(receiver.count(), 0);

        // A CA file with the wrong CA does not help; the right one does, at once.
        setWebhook(receiver.url(), {}, 10, pki->otherCaCert);
        QTest::qWait(1500);
        QCOMPARE(receiver.count(), 0);
        setWebhook(receiver.url(), {}, 10, pki->caCert);
        QVERIFY(receiver.waitForCount(1, 5000));
        QTRY_VERIFY_WITH_TIMEOUT(event(id).deliveredAt.isValid(), 5000);
    }

    void testEventReportsTheResult()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &r) {
            Reply reply;
            reply.status = r.index == 0 ? 202 : 503;
            return reply;
        });
        QNetworkAccessManager network;
        app::WebhookSettings settings;
        settings.url = receiver.url();
        settings.secret = u"Bearer abc"_s;
        std::optional<app::AttemptResult> result;
        app::sendTestWebhook(network, settings, [&](const app::AttemptResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->delivered);
        QCOMPARE(result->httpStatus, 202);
        const QJsonObject body = bodyOf(receiver.requests().at(0));
        QCOMPARE(body.value(u"event"_s).toString(), u"test"_s);
        QCOMPARE(body.value(u"entity"_s).toString(), u"webhook"_s);
        QCOMPARE(body.value(u"identifier"_s).toString(), u"test"_s);
        QVERIFY(body.value(u"payload"_s).isObject());
        QCOMPARE(receiver.requests().at(0).header("Authorization"), QByteArray("Bearer abc"));

        result.reset();
        app::sendTestWebhook(network, settings, [&](const app::AttemptResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->delivered);
        QCOMPARE(result->httpStatus, 503);
        QVERIFY2(result->error.contains(u"503"_s), qPrintable(result->error));
    }

    void orderIsKeptPerEntityWhileEntitiesGoConcurrently()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &r) {
            Reply reply;
            reply.delayMs = int((r.index * 7919) % 40); // answers out of order
            if (r.index % 13 == 5)
                reply.status = 503; // and some retries in between
            return reply;
        });
        freshDatabase(receiver.url());
        QHash<QString, QList<QByteArray>> expected;
        const QStringList entities{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
        for (int i = 0; i < 20; ++i)
            for (const QString &e : entities) {
                const qint64 id = enqueue(u"peer"_s, u"update"_s, e,
                                          QJsonObject{{u"Seq"_s, i}});
                expected[e].append(event(id).deliveryId.toLatin1());
            }
        startDispatcher();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->outboxCounts(nullptr)->pending, 0, 60000);
        QHash<QString, QList<QByteArray>> seen;
        QSet<int> connections;
        for (const ReceivedRequest &r : receiver.requests()) {
            connections.insert(r.connectionId);
            const QString e = bodyOf(r).value(u"identifier"_s).toString();
            const QByteArray id = r.header("X-WGDesk-Delivery");
            if (!seen[e].contains(id))
                seen[e].append(id);
        }
        for (const QString &e : entities)
            QCOMPARE(seen.value(e), expected.value(e));
        QVERIFY2(connections.size() > 1, "entities were not delivered concurrently");
    }

    void givesUpAfterTheWindowAndIsRetriedByHand()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        bool healthy = false;
        receiver.setResponder([&healthy](const ReceivedRequest &) {
            Reply reply;
            reply.status = healthy ? 204 : 500;
            return reply;
        });
        freshDatabase(receiver.url());
        const qint64 id = enqueue(u"user"_s, u"update"_s, u"gives-up"_s);
        app::DispatcherOptions options;
        options.giveUpAfterMs = 1500; // 24 h in production
        startDispatcher(options);
        QTRY_VERIFY_WITH_TIMEOUT(event(id).failedAt.isValid(), 15000);
        const int attempts = event(id).attempts;
        QVERIFY(attempts >= 2);
        QCOMPARE(event(id).lastStatus, 500);
        QCOMPARE(m_store->outboxCounts(nullptr)->failed, 1);
        QTest::qWait(2500);
        QCOMPARE(event(id).attempts, attempts); // failed events are left alone

        // Retry by hand, as `wgdeskctl webhook retry ID` does from another connection.
        healthy = true;
        QString error;
        QVERIFY(m_store->retryEvent(id, &error));
        QTRY_VERIFY_WITH_TIMEOUT(event(id).deliveredAt.isValid(), 5000);
        QCOMPARE(event(id).attempts, attempts + 1);
    }

    void wgdeskctlDeliversItsOwnEventsWhenNoMonitorRuns()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        freshDatabase(receiver.url(), u"Bearer cli"_s);
        m_store.reset();

        // The receiver answers while the command runs, so it runs asynchronously.
        const auto ctl = [&](const QStringList &args) {
            QProcess process;
            process.start(ctlPath(), QStringList{u"--db"_s, m_db} + args);
            while (!process.waitForFinished(10))
                QCoreApplication::processEvents();
            return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
        };
        auto [code, err] = ctl({u"user"_s, u"add"_s, u"carla"_s, u"--email"_s, u"c@example.org"_s});
        QCOMPARE(code, 0);
        QCOMPARE(receiver.count(), 1); // before the command exited
        QCOMPARE(bodyOf(receiver.requests().at(0)).value(u"identifier"_s).toString(), u"carla"_s);
        QCOMPARE(receiver.requests().at(0).header("Authorization"), QByteArray("Bearer cli"));

        // While a monitor holds the lock, the command leaves its events to it.
        {
            app::MonitorLock lock;
            QVERIFY(lock.tryLock(m_db, u"monitor"_s, nullptr, nullptr));
            std::tie(code, err) = ctl({u"user"_s, u"update"_s, u"carla"_s, u"--phone"_s, u"1"_s});
            QCOMPARE(code, 0);
            QCOMPARE(receiver.count(), 1);
        }
        // A receiver that fails: the change stands (exit 0), the event stays for the monitor,
        // and the operator is told.
        receiver.setResponder([](const ReceivedRequest &) { return Reply{500, {}, {}, 0, false, false}; });
        std::tie(code, err) = ctl({u"user"_s, u"update"_s, u"carla"_s, u"--phone"_s, u"2"_s});
        QCOMPARE(code, 0);
        QVERIFY2(err.contains(u"could not be delivered now"_s) && err.contains(u"500"_s),
                 qPrintable(err));
        // It tried the earlier event of carla first (order per entity) and stopped there.
        QCOMPARE(receiver.count(), 2);
        QCOMPARE(bodyOf(receiver.requests().at(1)).value(u"payload"_s).toObject()
                     .value(u"Phone"_s).toString(),
                 u"1"_s);
        app::Store store;
        QString error;
        QVERIFY(store.open(m_db, &error));
        QCOMPARE(store.outboxCounts(&error)->pending, 2);
    }

    void monitorKilledMidDeliveryLosesNothing()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &) {
            Reply reply;
            reply.delayMs = 5;
            return reply;
        });
        freshDatabase(receiver.url());
        constexpr int total = 1000;
        QHash<QString, QList<QByteArray>> expected;
        QString error;
        QVERIFY(m_store->transaction(
            [&](QString *e) {
                for (int i = 0; i < total; ++i) {
                    const QString entity = u"peer-%1"_s.arg(i % 50);
                    if (!m_store->enqueueEvent(u"peer"_s, u"update"_s, entity,
                                               QJsonObject{{u"Seq"_s, i}}, e))
                        return false;
                }
                return true;
            },
            &error));
        const QList<app::OutboxEvent> recorded = m_store->pendingEvents(&error).value_or(
            QList<app::OutboxEvent>{});
        QCOMPARE(recorded.size(), total);
        for (const app::OutboxEvent &e : recorded)
            expected[e.identifier].append(e.deliveryId.toLatin1());

        const auto startMonitor = [&](QProcess &process) {
            process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process.start(ctlPath(), {u"--db"_s, m_db, u"monitor"_s});
            return process.waitForStarted(5000);
        };
        {
            QProcess first;
            QVERIFY(startMonitor(first));
            QVERIFY(receiver.waitForCount(300, 30000));
            ::kill(static_cast<pid_t>(first.processId()), SIGKILL);
            QVERIFY(first.waitForFinished(5000));
            QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        }
        const int seenBeforeRestart = receiver.count();
        QVERIFY(seenBeforeRestart < total);
        QString pendingError;
        QVERIFY(m_store->outboxCounts(&pendingError)->pending > 0);

        QProcess second;
        QVERIFY(startMonitor(second));
        QTRY_COMPARE_WITH_TIMEOUT(m_store->outboxCounts(nullptr)->pending, 0, 120000);
        second.terminate();
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);

        // Every delivery id arrived at least once, and per entity the first arrivals kept the
        // order in which the events were recorded.
        QHash<QString, QList<QByteArray>> firstArrivals;
        QSet<QByteArray> all;
        for (const ReceivedRequest &r : receiver.requests()) {
            const QString entity = bodyOf(r).value(u"identifier"_s).toString();
            const QByteArray id = r.header("X-WGDesk-Delivery");
            if (!all.contains(id))
                firstArrivals[entity].append(id);
            all.insert(id);
        }
        QCOMPARE(all.size(), total);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(firstArrivals.value(it.key()), it.value());
        qInfo("%d requests for %d events (%d before the kill)", int(receiver.count()), total,
              seenBeforeRestart);
    }
};

QTEST_GUILESS_MAIN(TestWebhookDelivery)
#include "TestWebhookDelivery.moc"
