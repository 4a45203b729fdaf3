// The test webhook receiver (tests/common/WebhookReceiver.h) is a real HTTP/1.1 and HTTPS
// server: QNetworkAccessManager and hand-written bytes over QTcpSocket talk to it, and it
// records exactly what arrived and answers as scripted.
#include "TestCertificates.h"
#include "WebhookReceiver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace wgdesk::tests;
using namespace Qt::StringLiterals;

namespace {

struct Result
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;
    QByteArray reason;
    QByteArray body;
    QByteArray retryAfter;
    QList<QSslError> sslErrors;
    qint64 elapsedMs = 0;
};

std::unique_ptr<QNetworkAccessManager> makeNam()
{
    auto nam = std::make_unique<QNetworkAccessManager>();
    nam->setProxy(QNetworkProxy::NoProxy);
    return nam;
}

QNetworkRequest jsonRequest(const QString &url)
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    return request;
}

Result collect(QNetworkReply *reply, int timeoutMs, const QElapsedTimer &clock)
{
    Result r;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&r](const QList<QSslError> &errors) { r.sslErrors += errors; });
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    r.elapsedMs = clock.elapsed();
    r.finished = reply->isFinished();
    if (!r.finished)
        reply->abort();
    r.error = reply->error();
    r.errorString = reply->errorString();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    if (reply->isOpen()) // not after abort()
        r.body = reply->readAll();
    r.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return r;
}

Result post(QNetworkAccessManager &nam, const QNetworkRequest &request, const QByteArray &body,
            int timeoutMs = 10000)
{
    QElapsedTimer clock;
    clock.start();
    return collect(nam.post(request, body), timeoutMs, clock);
}

// Connects, writes the chunks one by one (letting the receiver read in between), and returns
// every byte the server sent until it closed the connection or timeoutMs passed.
QByteArray exchangeRaw(quint16 port, const QList<QByteArray> &chunks, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    QByteArray received;
    QObject::connect(&socket, &QIODevice::readyRead, &socket,
                     [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    QElapsedTimer clock;
    clock.start();
    while (socket.state() != QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs)
        QTest::qWait(1);
    if (socket.state() != QAbstractSocket::ConnectedState)
        return {};
    for (const QByteArray &chunk : chunks) {
        socket.write(chunk);
        socket.flush();
        // Give the receiver (on this thread) a chance to read this chunk on its own.
        QCoreApplication::processEvents();
        QThread::usleep(200);
        QCoreApplication::processEvents();
    }
    while (socket.state() != QAbstractSocket::UnconnectedState && clock.elapsed() < timeoutMs)
        QTest::qWait(1);
    received += socket.readAll();
    return received;
}

QList<QByteArray> splitEvery(const QByteArray &data, int size)
{
    QList<QByteArray> chunks;
    for (qsizetype i = 0; i < data.size(); i += size)
        chunks.append(data.mid(i, size));
    return chunks;
}

// A minimal client-side reading of a stream of responses that all carry Content-Length.
struct RawResponse
{
    QByteArray statusLine;
    QByteArray head; // header block, CRLF-separated, without the status line
    QByteArray body;
};

QList<RawResponse> parseResponses(QByteArray stream)
{
    QList<RawResponse> out;
    while (!stream.isEmpty()) {
        const qsizetype end = stream.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        RawResponse r;
        const QByteArray head = stream.left(end);
        const qsizetype firstEol = head.indexOf("\r\n");
        r.statusLine = firstEol < 0 ? head : head.left(firstEol);
        r.head = firstEol < 0 ? QByteArray() : head.mid(firstEol + 2);
        qint64 length = 0;
        const QList<QByteArray> lines = r.head.split('\n');
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        r.body = stream.mid(end + 4, length);
        stream.remove(0, end + 4 + length);
        out.append(r);
    }
    return out;
}

} // namespace

class TestWebhookReceiver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestPki m_pki;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const std::optional<TestPki> pki = makeTestPki(m_dir.filePath(u"pki"_s), &error);
        QVERIFY2(pki, qPrintable(error));
        m_pki = *pki;
        QVERIFY(QFile::exists(m_pki.caCert));
        QVERIFY(QFile::exists(m_pki.serverCert));
        QVERIFY(QFile::exists(m_pki.serverKey));
        QVERIFY(QFile::exists(m_pki.otherCaCert));
        const QList<QSslCertificate> server = QSslCertificate::fromPath(m_pki.serverCert);
        QCOMPARE(server.size(), 1);
        const auto altNames = server.first().subjectAlternativeNames();
        QVERIFY(altNames.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
        QVERIFY(altNames.values(QSsl::DnsEntry).contains(u"localhost"_s));
        QVERIFY(server.first().expiryDate() > QDateTime::currentDateTime().addDays(1));
    }

    // The parser on its own: every proper prefix of a request is Incomplete, the whole of it is
    // Complete, whatever follows is left for the next request.
    void parserIsIncrementalAndLeavesTheNextRequest()
    {
        const QByteArray first = "\r\nPOST /p?q=1 HTTP/1.1\r\nHost: h\r\nX-Fold: a\r\n b\r\n"
                                 "content-LENGTH: 4\r\n\r\nbody";
        const QByteArray second = "GET / HTTP/1.1\r\n\r\n";
        for (qsizetype n = 0; n < first.size(); ++n) {
            const auto r = detail::parseRequest(first.left(n));
            QVERIFY2(r.kind == detail::ParseResult::Incomplete, qPrintable(QString::number(n)));
        }
        const auto r = detail::parseRequest(first + second);
        QCOMPARE(r.kind, detail::ParseResult::Complete);
        QCOMPARE(r.consumed, first.size());
        QCOMPARE(r.request.method, "POST");
        QCOMPARE(r.request.path, "/p?q=1");
        QCOMPARE(r.request.header("x-fold"), "a b");
        QCOMPARE(r.request.body, "body");

        const QByteArray chunked = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                   "3\r\nabc\r\n4;x=y\r\ndefg\r\n0\r\nX-Trailer: t\r\n\r\n";
        for (qsizetype n = 0; n < chunked.size(); ++n)
            QCOMPARE(detail::parseRequest(chunked.left(n)).kind, detail::ParseResult::Incomplete);
        const auto c = detail::parseRequest(chunked);
        QCOMPARE(c.kind, detail::ParseResult::Complete);
        QCOMPARE(c.request.body, "abcdefg");
        QCOMPARE(c.request.header("X-Trailer"), "t");

        QCOMPARE(detail::parseRequest("POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n").kind,
                 detail::ParseResult::Error);
        QCOMPARE(detail::parseRequest("POST / HTTP/1.1\r\nBad Name: x\r\n\r\n").kind,
                 detail::ParseResult::Error);
        QCOMPARE(detail::parseRequest("POST / HTTP/2.0\r\n\r\n").errorStatus, 505);
    }

    void postRecordsBodyAndHeadersExactly()
    {
        WebhookReceiver receiver;
        QVERIFY2(receiver.listen(), qPrintable(receiver.lastError()));
        QVERIFY(receiver.port() != 0);
        QCOMPARE(receiver.url(), u"http://127.0.0.1:"_s + QString::number(receiver.port())
                                     + u"/hook"_s);
        auto nam = makeNam();
        QNetworkRequest request = jsonRequest(receiver.url());
        request.setRawHeader("X-WGDesk-Event", "user.created");
        request.setRawHeader("X-WGDesk-Delivery", "6f1c-MiXeD-Case");
        request.setRawHeader("X-Signature", "sha256=ABCdef0123");
        const QByteArray body = "{\"Identifier\":\"jane\",\"ü\":\"\xc3\xbc\",\"n\":1}\n";
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Result r = post(*nam, request, body);
        QVERIFY2(r.finished && r.error == QNetworkReply::NoError, qPrintable(r.errorString));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.reason, "OK");
        QVERIFY(r.body.isEmpty());

        QCOMPARE(receiver.count(), 1);
        const QList<ReceivedRequest> got = receiver.requests();
        QCOMPARE(got.size(), 1);
        const ReceivedRequest &req = got.first();
        QCOMPARE(req.method, "POST");
        QCOMPARE(req.path, "/hook");
        QCOMPARE(req.version, "HTTP/1.1");
        QCOMPARE(req.body, body);
        QCOMPARE(req.index, 0);
        QVERIFY(req.receivedAtMs >= before && req.receivedAtMs <= QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(req.header("x-wgdesk-event"), "user.created");
        QCOMPARE(req.header("X-WGDESK-DELIVERY"), "6f1c-MiXeD-Case");
        QCOMPARE(req.header("X-Signature"), "sha256=ABCdef0123");
        QCOMPARE(req.header("content-type"), "application/json");
        QCOMPARE(req.header("Content-Length"), QByteArray::number(body.size()));
        QVERIFY(req.hasHeader("HOST"));
        QVERIFY(!req.hasHeader("X-Absent"));
        QVERIFY(req.header("X-Absent").isEmpty());
        // Names are kept as the client sent them.
        bool sawName = false;
        for (const auto &h : req.headers)
            sawName = sawName || h.first == "X-WGDesk-Event";
        QVERIFY(sawName);
    }

    void keepAliveServesTwentyRequestsOnOneConnection()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &req) {
            Reply reply;
            reply.headers = {{"Content-Type", "text/plain"}};
            reply.body = "echo:" + req.body;
            return reply;
        });
        auto nam = makeNam();
        for (int i = 0; i < 20; ++i) {
            const QByteArray body = "n=" + QByteArray::number(i);
            const Result r = post(*nam, jsonRequest(receiver.url()), body);
            QVERIFY2(r.error == QNetworkReply::NoError, qPrintable(r.errorString));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, "echo:" + body);
        }
        QCOMPARE(receiver.count(), 20);
        QCOMPARE(receiver.connectionCount(), 1);
        const QList<ReceivedRequest> got = receiver.requests();
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(got[i].index, i);
            QCOMPARE(got[i].connectionId, got[0].connectionId);
            QCOMPARE(got[i].body, "n=" + QByteArray::number(i));
        }
    }

    // Three requests pipelined on one connection and sent 3 bytes at a time: a Content-Length
    // body, a chunked body, and a GET asking to close. Answers come in order, then the close.
    void pipelinedRequestsSplitIntoTinyReads()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &req) {
            Reply reply;
            reply.status = req.path == "/b" ? 201 : 200;
            reply.body = "you asked for " + req.path;
            return reply;
        });
        const QByteArray stream = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                                  "X-Case: MiXeD vAlUe\r\n\r\nhello"
                                  "POST /b HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                                  "\r\n3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n"
                                  "GET /c?q=1 HTTP/1.1\r\nhost: x\r\nConnection: close\r\n\r\n";
        const QByteArray answer = exchangeRaw(receiver.port(), splitEvery(stream, 3));
        const QList<RawResponse> responses = parseResponses(answer);
        QCOMPARE(responses.size(), 3);
        QCOMPARE(responses[0].statusLine, "HTTP/1.1 200 OK");
        QCOMPARE(responses[0].body, "you asked for /a");
        QCOMPARE(responses[1].statusLine, "HTTP/1.1 201 Created");
        QCOMPARE(responses[1].body, "you asked for /b");
        QCOMPARE(responses[2].statusLine, "HTTP/1.1 200 OK");
        QCOMPARE(responses[2].body, "you asked for /c?q=1");
        QVERIFY(responses[2].head.contains("Connection: close"));
        QVERIFY(!responses[0].head.contains("Connection: close"));

        const QList<ReceivedRequest> got = receiver.requests();
        QCOMPARE(got.size(), 3);
        QCOMPARE(got[0].body, "hello");
        QCOMPARE(got[0].header("x-case"), "MiXeD vAlUe");
        QCOMPARE(got[1].body, "abcdefg");
        QCOMPARE(got[2].method, "GET");
        QCOMPARE(got[2].path, "/c?q=1");
        QVERIFY(got[2].body.isEmpty());
        QCOMPARE(got[1].connectionId, got[0].connectionId);
        QCOMPARE(got[2].connectionId, got[0].connectionId);
    }

    void pipelinedInOneWriteHttp10HeadAndBadRequest()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &req) {
            Reply reply;
            reply.body = req.path;
            if (req.path == "/none")
                reply.status = 204;
            return reply;
        });
        // All at once; the 204 carries neither Content-Length nor body.
        QByteArray answer = exchangeRaw(receiver.port(),
                                        {"POST /one HTTP/1.1\r\nContent-Length: 1\r\n\r\n1"
                                         "POST /none HTTP/1.1\r\nContent-Length: 0\r\n\r\n"
                                         "GET /two HTTP/1.1\r\nConnection: close\r\n\r\n"});
        QList<RawResponse> responses = parseResponses(answer);
        QCOMPARE(responses.size(), 3);
        QCOMPARE(responses[0].body, "/one");
        QCOMPARE(responses[1].statusLine, "HTTP/1.1 204 No Content");
        QVERIFY(!responses[1].head.toLower().contains("content-length"));
        QCOMPARE(responses[2].body, "/two");

        // HTTP/1.0 closes by default; HEAD gets the length of the body it does not get.
        answer = exchangeRaw(receiver.port(), {"HEAD /head HTTP/1.0\r\n\r\n"});
        QCOMPARE(answer, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\n");

        const int before = receiver.count();
        answer = exchangeRaw(receiver.port(), {"NOT A REQUEST\r\n\r\n"});
        QVERIFY2(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer.constData());
        QCOMPARE(receiver.count(), before);
    }

    void scriptedStatusesReachTheClient()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &req) {
            Reply reply;
            if (req.path == "/fail") {
                reply.status = 500;
                reply.body = "boom";
            } else if (req.path == "/busy") {
                reply.status = 429;
                reply.headers = {{"Retry-After", "7"}};
            }
            return reply;
        });
        auto nam = makeNam();
        Result r = post(*nam, jsonRequest(receiver.url(u"/fail"_s)), "{}");
        QVERIFY(r.finished);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.reason, "Internal Server Error");
        QCOMPARE(r.error, QNetworkReply::InternalServerError);
        QCOMPARE(r.body, "boom");

        r = post(*nam, jsonRequest(receiver.url(u"/busy"_s)), "{}");
        QVERIFY(r.finished);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.reason, "Too Many Requests");
        QCOMPARE(r.retryAfter, "7");

        r = post(*nam, jsonRequest(receiver.url()), "{}");
        QCOMPARE(r.status, 200);
        QCOMPARE(receiver.count(), 3);
    }

    // A delayed answer holds up neither the receiver nor another connection.
    void delayedAnswerDoesNotBlockOthers()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &req) {
            Reply reply;
            if (req.path == "/slow")
                reply.delayMs = 400;
            reply.body = req.path;
            return reply;
        });
        auto slowNam = makeNam();
        auto fastNam = makeNam();
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *slow = slowNam->post(jsonRequest(receiver.url(u"/slow"_s)), "{}");
        QVERIFY(receiver.waitForCount(1, 5000));
        QNetworkReply *fast = fastNam->post(jsonRequest(receiver.url(u"/fast"_s)), "{}");
        QStringList order;
        connect(slow, &QNetworkReply::finished, this, [&] { order << u"slow"_s; });
        connect(fast, &QNetworkReply::finished, this, [&] { order << u"fast"_s; });
        const Result fastResult = collect(fast, 5000, clock);
        QVERIFY(fastResult.finished);
        QCOMPARE(fastResult.body, "/fast");
        const Result slowResult = collect(slow, 5000, clock);
        QVERIFY(slowResult.finished);
        QCOMPARE(slowResult.body, "/slow");
        QVERIFY2(slowResult.elapsedMs >= 390, qPrintable(QString::number(slowResult.elapsedMs)));
        QCOMPARE(order, QStringList({u"fast"_s, u"slow"_s}));
        QCOMPARE(receiver.connectionCount(), 2);
    }

    void stalledAnswerTimesTheClientOut()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &req) {
            Reply reply;
            reply.stall = req.path == "/stall";
            return reply;
        });
        auto nam = makeNam();
        QNetworkRequest request = jsonRequest(receiver.url(u"/stall"_s));
        request.setTransferTimeout(500);
        const Result r = post(*nam, request, "{}");
        QVERIFY(r.finished);
        QVERIFY2(r.error == QNetworkReply::OperationCanceledError
                     || r.error == QNetworkReply::TimeoutError,
                 qPrintable(r.errorString));
        QCOMPARE(r.status, 0);
        QVERIFY2(r.elapsedMs >= 450 && r.elapsedMs < 5000,
                 qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(receiver.count(), 1);
        // The receiver goes on serving.
        const Result ok = post(*nam, jsonRequest(receiver.url()), "{}");
        QCOMPARE(ok.status, 200);
    }

    void closeWithoutAnswerDropsTheConnection()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &) {
            Reply reply;
            reply.closeWithoutAnswer = true;
            return reply;
        });
        const QByteArray answer =
            exchangeRaw(receiver.port(), {"POST /x HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi"});
        QVERIFY(answer.isEmpty());
        QCOMPARE(receiver.count(), 1);
        QCOMPARE(receiver.requests().first().body, "hi");
    }

    void closeRefusesThenListensOnTheSamePortAgain()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        const quint16 port = receiver.port();
        auto nam = makeNam();
        QCOMPARE(post(*nam, jsonRequest(receiver.url()), "1").status, 200);

        QTcpSocket idle; // an open connection that close() must drop
        idle.setProxy(QNetworkProxy::NoProxy);
        idle.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE(idle.state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE(receiver.connectionCount(), 2);

        receiver.close();
        QVERIFY(!receiver.isListening());
        QCOMPARE(receiver.port(), port);
        QTRY_COMPARE(idle.state(), QAbstractSocket::UnconnectedState);

        QTcpSocket probe;
        probe.setProxy(QNetworkProxy::NoProxy);
        QAbstractSocket::SocketError probeError = QAbstractSocket::UnknownSocketError;
        connect(&probe, &QAbstractSocket::errorOccurred, this,
                [&](QAbstractSocket::SocketError e) { probeError = e; });
        probe.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE(probeError, QAbstractSocket::ConnectionRefusedError);

        const Result refused = post(*nam, jsonRequest(receiver.url()), "2");
        QVERIFY(refused.finished);
        QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);

        QVERIFY2(receiver.listen(port), qPrintable(receiver.lastError()));
        QCOMPARE(receiver.port(), port);
        QVERIFY(receiver.isListening());
        const Result again = post(*nam, jsonRequest(receiver.url()), "3");
        QVERIFY2(again.error == QNetworkReply::NoError, qPrintable(again.errorString));
        QCOMPARE(again.status, 200);
        QCOMPARE(receiver.count(), 2);
        QCOMPARE(receiver.requests().last().body, "3");
    }

    void httpsTrustedCaGets200UntrustedGetsSslError()
    {
        WebhookReceiver receiver(m_pki.serverCert, m_pki.serverKey);
        QVERIFY2(receiver.isTls(), qPrintable(receiver.lastError()));
        QVERIFY(receiver.listen());
        QVERIFY(receiver.url().startsWith(u"https://127.0.0.1:"_s));

        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        QVERIFY(trusting.addCaCertificates(m_pki.caCert));
        auto nam = makeNam();
        QNetworkRequest request = jsonRequest(receiver.url());
        request.setSslConfiguration(trusting);
        Result r = post(*nam, request, "{\"tls\":true}");
        QVERIFY2(r.error == QNetworkReply::NoError, qPrintable(r.errorString));
        QCOMPARE(r.status, 200);
        QCOMPARE(receiver.count(), 1);
        QCOMPARE(receiver.requests().first().body, "{\"tls\":true}");

        // Only the system's CAs: our certificate is refused, the server lives on.
        auto strangerNam = makeNam();
        r = post(*strangerNam, jsonRequest(receiver.url()), "{}");
        QVERIFY(r.finished);
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(!r.sslErrors.isEmpty());

        // Only an unrelated CA: refused as well.
        QSslConfiguration wrongCa = QSslConfiguration::defaultConfiguration();
        wrongCa.setCaCertificates(QSslCertificate::fromPath(m_pki.otherCaCert));
        QNetworkRequest wrongRequest = jsonRequest(receiver.url());
        wrongRequest.setSslConfiguration(wrongCa);
        auto wrongNam = makeNam();
        r = post(*wrongNam, wrongRequest, "{}");
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QTRY_VERIFY(receiver.handshakeFailures() >= 2);
        QCOMPARE(receiver.count(), 1);

        // Plain HTTP to the HTTPS port is dropped, not answered.
        QCOMPARE(exchangeRaw(receiver.port(), {"GET / HTTP/1.1\r\n\r\n"}), QByteArray());

        auto freshNam = makeNam();
        r = post(*freshNam, request, "again");
        QVERIFY2(r.error == QNetworkReply::NoError, qPrintable(r.errorString));
        QCOMPARE(r.status, 200);
        QCOMPARE(receiver.count(), 2);
    }

    void threadedReceiverAnswersAThousandRequests()
    {
        ThreadedWebhookReceiver receiver;
        const quint16 port = receiver.start();
        QVERIFY2(port != 0, qPrintable(receiver.lastError()));
        QCOMPARE(receiver.port(), port);
        auto nam = makeNam();
        const int total = 1000;
        int finished = 0;
        int noContent = 0;
        for (int i = 0; i < total; ++i) {
            QNetworkRequest request = jsonRequest(receiver.url());
            request.setRawHeader("X-WGDesk-Delivery", QByteArray::number(i));
            QNetworkReply *reply = nam->post(request, "{\"i\":" + QByteArray::number(i) + '}');
            connect(reply, &QNetworkReply::finished, this, [&finished, &noContent, reply] {
                ++finished;
                if (reply->error() == QNetworkReply::NoError
                    && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 204)
                    ++noContent;
                reply->deleteLater();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, total, 60000);
        QCOMPARE(noContent, total);
        QCOMPARE(receiver.count(), total);
        const QList<ReceivedRequest> got = receiver.requests();
        QCOMPARE(got.size(), total);
        QSet<QByteArray> deliveries;
        for (const ReceivedRequest &req : got)
            deliveries.insert(req.header("x-wgdesk-delivery"));
        QCOMPARE(deliveries.size(), total);

        // Not recording: only the count grows.
        receiver.setRecordBodies(false);
        QCOMPARE(post(*nam, jsonRequest(receiver.url()), "{}").status, 204);
        QVERIFY(receiver.waitForCount(total + 1, 5000));
        QCOMPARE(receiver.requests().size(), total);
        receiver.stop();
        QTcpSocket probe;
        probe.setProxy(QNetworkProxy::NoProxy);
        probe.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE(probe.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
    }
};

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "TestWebhookReceiver.moc"
