// A real HTTP/1.1 (and HTTPS) server on 127.0.0.1 for webhook tests: it records every request
// it receives and answers as a scripted responder says (status, headers, body, a delay, a stall
// or a dropped connection). Header-only and moc-free (no Q_OBJECT), so any test can include it.
//
// Threading: WebhookReceiver's sockets live on the thread that called listen(); listen(),
// close() and the destructor must run there. requests(), count(), waitForCount(), port(), url(),
// setResponder() and setRecordBodies() may be called from any thread. The responder runs on the
// receiver's thread. ThreadedWebhookReceiver runs one on a thread of its own.
//
// HTTP: request line, headers (names kept as sent, looked up case-insensitively, obs-fold
// joined), Content-Length and chunked bodies, requests split over any number of reads and
// several pipelined on one connection (answered in order), keep-alive (the HTTP/1.1 default,
// or HTTP/1.0 with "Connection: keep-alive"), "Connection: close", "Expect: 100-continue", HEAD.
// Every answer has a reason phrase and a correct Content-Length (none for 1xx, 204 and 304).
// A malformed request gets 400 (431 for oversized headers, 413, 501, 505) and the connection
// is closed.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <map>
#include <utility>

namespace wgdesk::tests {

using namespace Qt::StringLiterals;

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

struct ReceivedRequest
{
    QByteArray method;   // as sent, e.g. "POST"
    QByteArray path;     // the request target as sent, e.g. "/hook?x=1"
    QByteArray version;  // "HTTP/1.1" or "HTTP/1.0"
    HttpHeaders headers; // in order, names and values as sent (values without surrounding OWS)
    QByteArray body;     // decoded (chunked bodies de-chunked)
    qint64 receivedAtMs = 0; // QDateTime::currentMSecsSinceEpoch() when the request completed
    int index = -1;          // 0-based, in order of arrival over all connections
    int connectionId = -1;   // 0-based, per accepted connection: equal ids = same connection

    // Value of the first header with this name (case-insensitive), empty if absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }

    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

struct Reply
{
    int status = 200;
    HttpHeaders headers; // Content-Length, Transfer-Encoding and Connection are ours; a
                         // "Connection: close" here closes the connection after this answer
    QByteArray body;
    int delayMs = 0;     // answer after this long (a timer: other connections are not held up)
    bool stall = false;  // never answer, keep the connection open (later pipelined requests wait)
    bool closeWithoutAnswer = false; // close the connection (FIN) instead of answering
};

using Responder = std::function<Reply(const ReceivedRequest &)>;

namespace detail {

inline QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 203: return "Non-Authoritative Information";
    case 204: return "No Content";
    case 205: return "Reset Content";
    case 206: return "Partial Content";
    case 300: return "Multiple Choices";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 412: return "Precondition Failed";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 418: return "I'm a teapot";
    case 421: return "Misdirected Request";
    case 422: return "Unprocessable Content";
    case 425: return "Too Early";
    case 426: return "Upgrade Required";
    case 428: return "Precondition Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 451: return "Unavailable For Legal Reasons";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: break;
    }
    switch (status / 100) {
    case 1: return "Informational";
    case 2: return "Success";
    case 3: return "Redirection";
    case 4: return "Client Error";
    case 5: return "Server Error";
    default: return "Unknown";
    }
}

// Whether a comma-separated header value (e.g. Connection) holds this token.
inline bool hasToken(const QByteArray &list, const QByteArray &token)
{
    const QList<QByteArray> parts = list.split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// All values of a header, joined with ", " (RFC 9110 5.3).
inline QByteArray combinedHeader(const HttpHeaders &headers, const QByteArray &name)
{
    QByteArray out;
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!out.isEmpty())
            out += ", ";
        out += h.second;
    }
    return out;
}

inline bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != '\0' && QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

inline bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = qint64(1) << 30;

struct ParseResult
{
    enum Kind { Incomplete, Complete, Error };
    Kind kind = Incomplete;
    ReceivedRequest request; // method/path/version/headers/body when Complete
    qsizetype consumed = 0;  // bytes of the buffer the request took, when Complete
    int errorStatus = 0;     // when Error
    bool expectContinue = false; // Incomplete, headers complete, and the client awaits 100
};

// Parses one request from the front of buffer. Stateless: called again with more bytes when
// the result is Incomplete.
inline ParseResult parseRequest(const QByteArray &buffer)
{
    ParseResult r;
    qsizetype pos = 0;
    const auto fail = [&r](int status) {
        r.kind = ParseResult::Error;
        r.errorStatus = status;
        return r;
    };
    const auto nextLine = [&buffer, &pos](QByteArray *line) {
        const qsizetype nl = buffer.indexOf('\n', pos);
        if (nl < 0)
            return false;
        *line = buffer.mid(pos, nl - pos);
        if (line->endsWith('\r'))
            line->chop(1);
        pos = nl + 1;
        return true;
    };

    // RFC 9112 2.2: ignore empty lines before the request line.
    while (pos < buffer.size() && (buffer.at(pos) == '\r' || buffer.at(pos) == '\n'))
        ++pos;
    const qsizetype start = pos;

    QByteArray line;
    if (!nextLine(&line))
        return buffer.size() - start > kMaxHeaderBytes ? fail(414) : r;
    QList<QByteArray> parts = line.split(' ');
    parts.removeAll(QByteArray());
    if (parts.size() != 3 || !isToken(parts[0]))
        return fail(400);
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return fail(parts[2].startsWith("HTTP/") ? 505 : 400);
    ReceivedRequest &req = r.request;
    req.method = parts[0];
    req.path = parts[1];
    req.version = parts[2];

    const auto parseHeaderLine = [&req](const QByteArray &text) {
        if (text.startsWith(' ') || text.startsWith('\t')) { // obs-fold: continues the last
            if (req.headers.isEmpty())
                return false;
            req.headers.last().second += ' ' + text.trimmed();
            return true;
        }
        const qsizetype colon = text.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = text.left(colon);
        if (!isToken(name)) // also refuses whitespace before the colon (RFC 9112 5.1)
            return false;
        req.headers.append({name, text.mid(colon + 1).trimmed()});
        return true;
    };
    for (;;) {
        if (!nextLine(&line))
            return buffer.size() - start > kMaxHeaderBytes ? fail(431) : r;
        if (pos - start > kMaxHeaderBytes)
            return fail(431);
        if (line.isEmpty())
            break;
        if (!parseHeaderLine(line))
            return fail(400);
    }

    r.expectContinue = req.version == "HTTP/1.1"
                       && hasToken(combinedHeader(req.headers, "Expect"), "100-continue");
    const QByteArray transferEncoding = combinedHeader(req.headers, "Transfer-Encoding");
    if (!transferEncoding.isEmpty()) {
        // Transfer-Encoding wins over Content-Length; only chunked (last) is understood.
        const QList<QByteArray> codings = transferEncoding.split(',');
        if (codings.last().trimmed().compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(codings.size() == 1 ? 501 : 400);
        if (codings.size() != 1)
            return fail(501);
        QByteArray body;
        for (;;) {
            if (!nextLine(&line))
                return r;
            QByteArray sizeText = line;
            const qsizetype semicolon = sizeText.indexOf(';');
            if (semicolon >= 0)
                sizeText.truncate(semicolon);
            sizeText = sizeText.trimmed();
            bool ok = false;
            const qint64 size = sizeText.size() <= 15 ? sizeText.toLongLong(&ok, 16) : -1;
            if (!ok || size < 0)
                return fail(400);
            if (size == 0) {
                for (;;) { // trailer fields, kept with the headers
                    if (!nextLine(&line))
                        return r;
                    if (line.isEmpty())
                        break;
                    if (!parseHeaderLine(line))
                        return fail(400);
                }
                break;
            }
            if (body.size() + size > kMaxBodyBytes)
                return fail(413);
            if (buffer.size() - pos < size)
                return r;
            body += buffer.mid(pos, size);
            pos += size;
            if (!nextLine(&line))
                return r;
            if (!line.isEmpty())
                return fail(400);
        }
        req.body = body;
    } else if (req.hasHeader("Content-Length")) {
        // Several fields or a list are fine as long as every value is the same number.
        const QList<QByteArray> values = combinedHeader(req.headers, "Content-Length").split(',');
        qint64 length = -1;
        for (const QByteArray &v : values) {
            const QByteArray digits = v.trimmed();
            bool ok = !digits.isEmpty() && digits.size() <= 18;
            for (char c : digits)
                ok = ok && c >= '0' && c <= '9';
            const qint64 value = ok ? digits.toLongLong(&ok) : -1;
            if (!ok || (length >= 0 && value != length))
                return fail(400);
            length = value;
        }
        if (length > kMaxBodyBytes)
            return fail(413);
        if (buffer.size() - pos < length)
            return r;
        req.body = buffer.mid(pos, length);
        pos += length;
    }
    r.kind = ParseResult::Complete;
    r.expectContinue = false;
    r.consumed = pos;
    return r;
}

inline QByteArray buildResponse(const Reply &reply, bool headRequest, bool http10KeepAlive,
                                bool closeAfter)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
                     + reasonPhrase(reply.status) + "\r\n";
    for (const auto &h : reply.headers) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0
            || h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0
            || h.first.compare("Connection", Qt::CaseInsensitive) == 0)
            continue;
        out += h.first + ": " + h.second + "\r\n";
    }
    // RFC 9110 8.6 / 9112 6.3: no Content-Length and no body for 1xx, 204 and 304.
    const bool bodyless = (reply.status >= 100 && reply.status < 200) || reply.status == 204
                          || reply.status == 304;
    if (!bodyless)
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    else if (http10KeepAlive)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!bodyless && !headRequest)
        out += reply.body;
    return out;
}

// One accepted connection; lives on the receiver's thread and owns its socket.
struct Connection : QObject
{
    struct Pending
    {
        Reply reply;
        bool head = false;
        bool http10KeepAlive = false;
        bool closeAfter = false;
        bool delayed = false;
    };
    QTcpSocket *socket = nullptr;
    int id = 0;
    QByteArray buffer;
    QList<Pending> queue;       // answers owed, in request order
    bool busy = false;          // waiting for a delay, or stalled for good
    bool readClosed = false;    // no more requests are read (Connection: close, error)
    bool closing = false;       // disconnectFromHost() called
    bool dead = false;          // dropped: callbacks still queued must do nothing
    bool continueSent = false;  // "100 Continue" sent for the request being received
};

} // namespace detail

class WebhookReceiver
{
public:
    WebhookReceiver() = default;

    // HTTPS; see setTls(). lastError() tells why when isTls() is false afterwards.
    WebhookReceiver(const QString &certPemPath, const QString &keyPemPath)
    {
        setTls(certPemPath, keyPemPath);
    }

    ~WebhookReceiver() { closeImpl(true); }

    Q_DISABLE_COPY_MOVE(WebhookReceiver)

    // Serve HTTPS from the next listen() on, with this certificate (PEM; further certificates
    // in the file are sent as the chain) and its unencrypted EC or RSA key (PEM). Clients are
    // not asked for certificates.
    bool setTls(const QString &certPemPath, const QString &keyPemPath, QString *error = nullptr)
    {
        QString why;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (!QSslSocket::supportsSsl()) {
            why = u"this Qt has no TLS backend"_s;
        } else {
            const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPemPath, QSsl::Pem);
            QFile keyFile(keyPemPath);
            QSslKey key;
            if (keyFile.open(QIODevice::ReadOnly)) {
                const QByteArray pem = keyFile.readAll();
                key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
                if (key.isNull())
                    key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
            }
            if (chain.isEmpty())
                why = u"no PEM certificate in "_s + certPemPath;
            else if (key.isNull())
                why = u"no unencrypted EC or RSA PEM key in "_s + keyPemPath;
            config.setLocalCertificateChain(chain);
            config.setPrivateKey(key);
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            config.setProtocol(QSsl::TlsV1_2OrLater);
        }
        QMutexLocker lock(&m_mutex);
        m_lastError = why;
        if (error)
            *error = why;
        m_tls = why.isEmpty();
        if (m_tls)
            m_sslConfig = config;
        return m_tls;
    }

    bool isTls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_tls;
    }

    // Listens on 127.0.0.1 (any free port when 0); closes first when already listening.
    bool listen(quint16 port = 0)
    {
        closeImpl(false);
        bool tls = false;
        QSslConfiguration sslConfig;
        {
            QMutexLocker lock(&m_mutex);
            tls = m_tls;
            sslConfig = m_sslConfig;
        }
        QTcpServer *server = nullptr;
        if (tls) {
            auto *ssl = new QSslServer;
            ssl->setSslConfiguration(sslConfig);
            // QSslServer deletes a socket whose handshake fails itself; just count them.
            QObject::connect(ssl, &QSslServer::errorOccurred, ssl,
                             [this](QSslSocket *, QAbstractSocket::SocketError) {
                                 ++m_handshakeFailures;
                             });
            server = ssl;
        } else {
            server = new QTcpServer;
        }
        // Sockets still in the TLS handshake count against this (QSslServer pauses accepting).
        server->setMaxPendingConnections(1024);
        // Not newConnection: QSslServer emits that before the handshake, when there is no
        // pending connection yet. pendingConnectionAvailable comes when there is one.
        QObject::connect(server, &QTcpServer::pendingConnectionAvailable, server,
                         [this] { acceptPending(); });
        if (!server->listen(QHostAddress::LocalHost, port)) {
            QMutexLocker lock(&m_mutex);
            m_lastError = server->errorString();
            delete server;
            return false;
        }
        m_server = server;
        QMutexLocker lock(&m_mutex);
        m_port = server->serverPort();
        m_listening = true;
        return true;
    }

    bool isListening() const
    {
        QMutexLocker lock(&m_mutex);
        return m_listening;
    }

    // The port of the last successful listen() (kept after close(), to listen on it again).
    quint16 port() const
    {
        QMutexLocker lock(&m_mutex);
        return m_port;
    }

    QString url(const QString &path = u"/hook"_s) const
    {
        QMutexLocker lock(&m_mutex);
        return (m_tls ? u"https://127.0.0.1:"_s : u"http://127.0.0.1:"_s)
               + QString::number(m_port) + (path.startsWith(u'/') ? path : u'/' + path);
    }

    // Stops listening and drops every connection (also those mid-handshake) at once: the port
    // refuses connections until the next listen(), which may ask for the same port.
    void close() { closeImpl(false); }

    // Called on the receiver's thread for each complete request, in order of arrival.
    void setResponder(Responder responder)
    {
        QMutexLocker lock(&m_mutex);
        m_responder = std::move(responder);
    }

    // false: keep only count() (requests() stays empty), for long benchmarks.
    void setRecordBodies(bool record)
    {
        QMutexLocker lock(&m_mutex);
        m_record = record;
    }

    QList<ReceivedRequest> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

    int count() const
    {
        QMutexLocker lock(&m_mutex);
        return m_count;
    }

    // Connections accepted (after the TLS handshake, for HTTPS) since construction.
    int connectionCount() const
    {
        QMutexLocker lock(&m_mutex);
        return m_connectionCount;
    }

    // TLS handshakes that failed or timed out (e.g. a client refusing our certificate).
    int handshakeFailures() const { return m_handshakeFailures.load(); }

    QString lastError() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lastError;
    }

    // Forgets the requests received so far; count() and index start again from 0.
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_requests.clear();
        m_count = 0;
    }

    // Runs the calling thread's events (so a receiver and a client on this thread make
    // progress) until count() >= n or timeoutMs passes.
    bool waitForCount(int n, int timeoutMs = 5000) const
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            if (count() >= n)
                return true;
            if (deadline.hasExpired())
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            if (count() >= n)
                return true;
            QThread::msleep(1);
        }
    }

private:
    using Connection = detail::Connection;

    void acceptPending()
    {
        while (m_server && m_server->hasPendingConnections()) {
            QTcpSocket *socket = m_server->nextPendingConnection();
            if (!socket)
                break;
            auto *conn = new Connection;
            socket->setParent(conn);
            conn->socket = socket;
            conn->id = m_nextConnectionId++;
            m_connections.emplace(conn->id, conn);
            {
                QMutexLocker lock(&m_mutex);
                ++m_connectionCount;
            }
            QObject::connect(socket, &QIODevice::readyRead, conn, [this, conn] {
                onReadyRead(conn);
            });
            QObject::connect(socket, &QAbstractSocket::disconnected, conn, [this, conn] {
                dropConnection(conn);
            });
            QObject::connect(socket, &QAbstractSocket::errorOccurred, conn,
                             [this, conn](QAbstractSocket::SocketError) {
                                 if (conn->socket->state() == QAbstractSocket::UnconnectedState)
                                     dropConnection(conn);
                             });
            // A TLS socket may have decrypted data already (it came with the handshake).
            if (socket->bytesAvailable() > 0)
                onReadyRead(conn);
            if (!conn->dead && socket->state() == QAbstractSocket::UnconnectedState)
                dropConnection(conn);
        }
    }

    void onReadyRead(Connection *conn)
    {
        if (conn->dead)
            return;
        conn->buffer += conn->socket->readAll();
        process(conn);
    }

    void process(Connection *conn)
    {
        parseAvailable(conn);
        pump(conn);
    }

    void parseAvailable(Connection *conn)
    {
        while (!conn->dead && !conn->readClosed && !conn->buffer.isEmpty()) {
            detail::ParseResult parsed = detail::parseRequest(conn->buffer);
            if (parsed.kind == detail::ParseResult::Incomplete) {
                if (parsed.expectContinue && !conn->continueSent && conn->queue.isEmpty()
                    && !conn->busy && !conn->closing) {
                    conn->socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                    conn->continueSent = true;
                }
                return;
            }
            if (parsed.kind == detail::ParseResult::Error) {
                conn->readClosed = true;
                conn->buffer.clear();
                detail::Connection::Pending pending;
                pending.reply.status = parsed.errorStatus;
                pending.reply.headers = {{"Content-Type", "text/plain"}};
                pending.reply.body = detail::reasonPhrase(parsed.errorStatus) + '\n';
                pending.closeAfter = true;
                conn->queue.append(pending);
                return;
            }
            conn->buffer.remove(0, parsed.consumed);
            conn->continueSent = false;

            ReceivedRequest &req = parsed.request;
            req.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
            req.connectionId = conn->id;
            Responder responder;
            {
                QMutexLocker lock(&m_mutex);
                req.index = m_count++;
                if (m_record)
                    m_requests.append(req);
                responder = m_responder;
            }
            detail::Connection::Pending pending;
            pending.reply = responder ? responder(req) : Reply{};
            if (conn->dead) // the responder closed the receiver
                return;
            const QByteArray connection = detail::combinedHeader(req.headers, "Connection");
            const bool keepAlive = req.version == "HTTP/1.1"
                                       ? !detail::hasToken(connection, "close")
                                       : detail::hasToken(connection, "keep-alive");
            pending.head = req.method == "HEAD";
            pending.http10KeepAlive = keepAlive && req.version == "HTTP/1.0";
            pending.closeAfter =
                !keepAlive
                || detail::hasToken(detail::combinedHeader(pending.reply.headers, "Connection"),
                                    "close");
            if (pending.closeAfter || pending.reply.closeWithoutAnswer) {
                conn->readClosed = true;
                conn->buffer.clear();
            }
            conn->queue.append(pending);
        }
    }

    // Sends the answers owed, in order, until one must wait.
    void pump(Connection *conn)
    {
        while (!conn->dead && !conn->busy && !conn->closing && !conn->queue.isEmpty()) {
            detail::Connection::Pending &next = conn->queue.first();
            if (next.reply.stall) {
                conn->busy = true; // for good: the connection stays open, unanswered
                return;
            }
            if (next.reply.closeWithoutAnswer) {
                conn->queue.clear();
                conn->closing = true;
                conn->socket->disconnectFromHost();
                return;
            }
            if (next.reply.delayMs > 0 && !next.delayed) {
                next.delayed = true;
                conn->busy = true;
                QTimer::singleShot(next.reply.delayMs, conn, [this, conn] {
                    if (conn->dead)
                        return;
                    conn->busy = false;
                    pump(conn);
                    process(conn); // a waiting "Expect: 100-continue" may go on now
                });
                return;
            }
            const detail::Connection::Pending current = conn->queue.takeFirst();
            conn->socket->write(detail::buildResponse(current.reply, current.head,
                                                      current.http10KeepAlive,
                                                      current.closeAfter));
            if (current.closeAfter) {
                conn->queue.clear();
                conn->closing = true;
                conn->socket->disconnectFromHost();
                return;
            }
        }
    }

    void dropConnection(Connection *conn)
    {
        if (conn->dead)
            return;
        conn->dead = true;
        m_connections.erase(conn->id);
        QObject::disconnect(conn->socket, nullptr, conn, nullptr);
        conn->socket->abort();
        conn->deleteLater(); // we may be inside one of its socket's signals
    }

    void closeImpl(bool destroying)
    {
        if (m_server) {
            QObject::disconnect(m_server, nullptr, nullptr, nullptr);
            m_server->close();
            // Sockets still in the TLS handshake are the server's children.
            const QList<QTcpSocket *> handshaking = m_server->findChildren<QTcpSocket *>();
            for (QTcpSocket *socket : handshaking)
                socket->abort();
            // The port is free once close() returns; the object may be mid-signal (a responder
            // that calls close() runs inside pendingConnectionAvailable for a new connection).
            if (destroying)
                delete m_server;
            else
                m_server->deleteLater();
            m_server = nullptr;
        }
        for (auto &entry : m_connections) {
            Connection *conn = entry.second;
            conn->dead = true;
            QObject::disconnect(conn->socket, nullptr, conn, nullptr);
            conn->socket->abort();
            if (destroying)
                delete conn;
            else
                conn->deleteLater(); // close() may be called from a responder
        }
        m_connections.clear();
        QMutexLocker lock(&m_mutex);
        m_listening = false;
    }

    mutable QMutex m_mutex; // guards everything below up to m_handshakeFailures
    QList<ReceivedRequest> m_requests;
    int m_count = 0;
    int m_connectionCount = 0;
    bool m_record = true;
    Responder m_responder;
    quint16 m_port = 0;
    bool m_listening = false;
    bool m_tls = false;
    QSslConfiguration m_sslConfig;
    QString m_lastError;
    std::atomic<int> m_handshakeFailures{0};

    // Used on the receiver's thread only.
    QTcpServer *m_server = nullptr;
    std::map<int, Connection *> m_connections;
    int m_nextConnectionId = 0;
};

// A WebhookReceiver on a thread of its own (for benchmarks: the client's thread stays free).
// By default it answers 204 with no body, at once. Configure (setTls, setResponder, ...)
// before or after start(); stop() or the destructor closes it and ends the thread.
class ThreadedWebhookReceiver
{
public:
    ThreadedWebhookReceiver()
    {
        m_receiver.setResponder([](const ReceivedRequest &) {
            Reply reply;
            reply.status = 204;
            return reply;
        });
        m_context.moveToThread(&m_thread);
    }

    ~ThreadedWebhookReceiver()
    {
        stop();
        // m_context's thread has finished: it is safe to destroy here.
    }

    Q_DISABLE_COPY_MOVE(ThreadedWebhookReceiver)

    // Starts the thread and listens there; returns the port, or 0 when listening failed.
    quint16 start(quint16 port = 0)
    {
        if (!m_thread.isRunning()) {
            m_thread.setObjectName(u"WebhookReceiver"_s);
            m_thread.start();
        }
        bool ok = false;
        QMetaObject::invokeMethod(
            &m_context, [this, port, &ok] { ok = m_receiver.listen(port); },
            Qt::BlockingQueuedConnection);
        return ok ? m_receiver.port() : quint16(0);
    }

    // Closes the receiver (on its thread) and ends the thread. start() may follow.
    void stop()
    {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(
            &m_context, [this] { m_receiver.close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait(); // deferred deletions of the thread run as it finishes
    }

    bool setTls(const QString &certPemPath, const QString &keyPemPath, QString *error = nullptr)
    {
        return m_receiver.setTls(certPemPath, keyPemPath, error);
    }
    void setResponder(Responder responder) { m_receiver.setResponder(std::move(responder)); }
    void setRecordBodies(bool record) { m_receiver.setRecordBodies(record); }
    quint16 port() const { return m_receiver.port(); }
    QString url(const QString &path = u"/hook"_s) const { return m_receiver.url(path); }
    QList<ReceivedRequest> requests() const { return m_receiver.requests(); }
    int count() const { return m_receiver.count(); }
    int connectionCount() const { return m_receiver.connectionCount(); }
    int handshakeFailures() const { return m_receiver.handshakeFailures(); }
    void clear() { m_receiver.clear(); }
    QString lastError() const { return m_receiver.lastError(); }
    bool waitForCount(int n, int timeoutMs = 5000) const
    {
        return m_receiver.waitForCount(n, timeoutMs);
    }

private:
    WebhookReceiver m_receiver; // its sockets live on m_thread
    QThread m_thread;
    QObject m_context; // lives on m_thread: where start()/stop() run their work
};

} // namespace wgdesk::tests
