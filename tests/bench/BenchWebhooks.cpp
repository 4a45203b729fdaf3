// Benchmark (issue 5): webhook delivery through WG Desk's outbox against a plain
// QNetworkAccessManager loop sending the same POSTs without persistence, in the same run, to the
// same local receiver (a real HTTP/1.1 server on its own thread answering 204 at once).
//
//   plain:    a loop on the main thread with its own QNetworkAccessManager, keeping
//             DispatcherOptions::maxInFlight requests in flight; bodies are built before the
//             clock starts, so it measures nothing but HTTP.
//   outbox:   N peer update events (~600-byte payloads) recorded in one transaction beforehand
//             (not timed), then WebhookDispatcherThread started and timed until the receiver has
//             every event and the outbox has nothing pending. Once with events spread over N/4
//             peers, once with all events for 10 peers (the per-entity order holds more back).
//   memory:   RSS sampled every 50 ms in every phase; the growth during delivery is compared at
//             two sizes (10,000 and 50,000 by default), each in a fresh child process.
//
// Usage: BenchWebhooks [--events N] [--runs R] [--memory-events A,B|none]
//                      [--max-in-flight K] [--window W] [--flush-batch B] [--flush-interval MS]
//                      [--timeout S] [--phases plain,outbox,outbox10] [--dir PARENT]
// Not a test: it checks only that every event reached the receiver (at least once, in order per
// entity for the outbox) and that the outbox recorded every delivery, so no number is fake.
#include "Payloads.h"
#include "Store.h"
#include "WebhookDispatcher.h"
#include "WebhookReceiver.h"
#include "WebhookSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wgdesk;

namespace {

constexpr double MiB = 1024.0 * 1024.0;
const QString Secret = u"Bearer wgdesk-bench-0123456789abcdef"_s;

QString g_tempDir; // removed by fail() too: exit() skips QTemporaryDir's destructor

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "benchmark check failed: %s\n", qPrintable(what));
    if (!g_tempDir.isEmpty())
        QDir(g_tempDir).removeRecursively();
    std::exit(1);
}

void check(bool ok, const QString &what)
{
    if (!ok)
        fail(what);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

// CPU seconds the whole machine spent busy (all CPUs), from /proc/stat: minus our own CPU
// time, what other processes took during a phase (the machine's noise).
double machineBusySeconds()
{
    QFile stat(u"/proc/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // cpu user nice system idle iowait irq softirq steal ...
    const QList<QByteArray> f = stat.readLine().simplified().split(' ');
    double busy = 0;
    for (int i : {1, 2, 3, 6, 7, 8})
        busy += i < f.size() ? f[i].toDouble() : 0;
    return busy / double(sysconf(_SC_CLK_TCK));
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto s = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return s(usage.ru_utime) + s(usage.ru_stime);
}

// ---- Memory --------------------------------------------------------------------------------

struct RssPhase
{
    qint64 before = 0, peak = 0, after = 0; // bytes
    [[nodiscard]] double growthMiB() const { return double(peak - before) / MiB; }
};

qint64 currentRss()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

// Samples the process's RSS every 50 ms on a thread of its own; begin() and end() bracket a phase.
class RssSampler
{
public:
    RssSampler()
        : m_thread([this] { loop(); })
    {
    }
    ~RssSampler()
    {
        {
            std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    RssSampler(const RssSampler &) = delete;
    RssSampler &operator=(const RssSampler &) = delete;

    void begin()
    {
        m_before = currentRss();
        m_peak.store(m_before);
    }
    RssPhase end()
    {
        const qint64 now = currentRss();
        bump(now);
        return {m_before, m_peak.load(), now};
    }

private:
    void loop()
    {
        std::unique_lock lock(m_mutex);
        while (!m_quit) {
            m_wake.wait_for(lock, std::chrono::milliseconds(50));
            bump(currentRss());
        }
    }
    void bump(qint64 value)
    {
        qint64 peak = m_peak.load();
        while (value > peak && !m_peak.compare_exchange_weak(peak, value)) {
        }
    }

    qint64 m_before = 0;
    std::atomic<qint64> m_peak{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_quit = false;
    std::thread m_thread; // last: starts once the members above exist
};

// ---- The events ----------------------------------------------------------------------------

// A realistic peer update (~600 bytes of payload JSON), deterministic in (seq, entity). The
// notes carry both numbers so that the receiver can check what arrives.
struct BenchEvent
{
    int seq = 0;
    int entity = 0;
    QString identifier;
    QJsonObject payload;
};

QString publicKeyOf(int entity)
{
    QByteArray key(32, '\0');
    quint64 x = 0x9E3779B97F4A7C15ull * quint64(entity + 1);
    for (int i = 0; i < 32; ++i) {
        x ^= x >> 29;
        x *= 0xBF58476D1CE4E5B9ull;
        key[i] = char(x >> 56);
    }
    return QString::fromLatin1(key.toBase64());
}

class EventSource
{
public:
    explicit EventSource(int entities)
        : m_entities(entities)
    {
    }

    BenchEvent next()
    {
        BenchEvent event;
        event.seq = m_seq++;
        event.entity = int(m_random() % quint32(m_entities));
        event.identifier = publicKeyOf(event.entity);
        const QDateTime base = QDateTime::fromSecsSinceEpoch(1795000000);
        const int e = event.entity;
        app::Peer peer;
        peer.interfaceIdentifier = u"wg0"_s;
        peer.publicKey = event.identifier;
        peer.displayName = u"Laptop %1 (office, 3rd floor)"_s.arg(e);
        peer.userIdentifier = u"user%1@example.com"_s.arg(e % 500);
        peer.endpoint = u"203.0.113.%1:%2"_s.arg(e % 250 + 1).arg(40000 + e % 20000);
        peer.allowedIps = {u"10.8.%1.%2/32"_s.arg(e / 250 % 256).arg(e % 250 + 2),
                           u"fd00:8::%1/128"_s.arg(e, 0, 16)};
        peer.addresses = peer.allowedIps;
        peer.persistentKeepalive = 25;
        peer.expiresAt = base.addDays(365);
        peer.notes = u"bench seq=%1 ent=%2"_s.arg(event.seq).arg(e);
        peer.createdAt = base;
        peer.updatedAt = base.addSecs(event.seq);
        peer.createdBy = u"admin"_s;
        peer.updatedBy = u"admin@example.com"_s;
        event.payload = app::peerPayload(peer);
        return event;
    }

private:
    int m_entities;
    int m_seq = 0;
    std::mt19937 m_random{20261127};
};

QByteArray bodyOf(const BenchEvent &event)
{
    return QJsonDocument(app::envelope(u"update"_s, u"peer"_s, event.identifier, event.payload))
        .toJson(QJsonDocument::Compact);
}

// ---- What arrives --------------------------------------------------------------------------

// Runs on the receiver's thread for every request: checks the headers, reads seq and entity
// from the body, and keeps a per-event arrival count (a byte per event, allocated before the
// phase) and the last sequence number per entity.
class Verifier
{
public:
    struct Stats
    {
        int arrivals = 0, distinct = 0, duplicates = 0, malformed = 0, outOfOrder = 0;
        qint64 bodyBytes = 0;
    };

    void reset(int events, int entities)
    {
        QMutexLocker lock(&m_mutex);
        m_seen.assign(size_t(events), 0);
        m_last.assign(size_t(entities), -1);
        m_stats = {};
    }

    void onRequest(const tests::ReceivedRequest &request)
    {
        static const QByteArray marker = "\"Notes\":\"bench seq=";
        const QByteArray &body = request.body;
        bool ok = request.method == "POST" && request.header("Authorization") == Secret.toUtf8() &&
                  request.header("Content-Type") == "application/json" &&
                  request.header("X-WGDesk-Delivery").size() == 36;
        int seq = -1, entity = -1;
        qsizetype p = body.indexOf(marker);
        if (ok && p >= 0) {
            p += marker.size();
            const auto number = [&body, &p] {
                int value = 0;
                const qsizetype start = p;
                while (p < body.size() && body[p] >= '0' && body[p] <= '9')
                    value = value * 10 + (body[p++] - '0');
                return p > start ? value : -1;
            };
            seq = number();
            if (body.mid(p, 5) == " ent=") {
                p += 5;
                entity = number();
            }
        }
        QMutexLocker lock(&m_mutex);
        ++m_stats.arrivals;
        m_stats.bodyBytes += body.size();
        if (!ok || seq < 0 || seq >= int(m_seen.size()) || entity < 0 ||
            entity >= int(m_last.size())) {
            ++m_stats.malformed;
            return;
        }
        if (m_seen[size_t(seq)]++ == 0)
            ++m_stats.distinct;
        else
            ++m_stats.duplicates;
        int &last = m_last[size_t(entity)];
        if (seq < last)
            ++m_stats.outOfOrder;
        last = std::max(last, seq);
    }

    Stats stats() const
    {
        QMutexLocker lock(&m_mutex);
        return m_stats;
    }

private:
    mutable QMutex m_mutex;
    std::vector<quint8> m_seen;
    std::vector<int> m_last;
    Stats m_stats;
};

// ---- The phases ----------------------------------------------------------------------------

struct Config
{
    int events = 10000;
    int runs = 3;
    app::DispatcherOptions options;
    int timeoutSeconds = app::WebhookSettings::defaultTimeoutSeconds;
    QString url;
    QString dir;
};

struct PhaseResult
{
    double seconds = 0;            // first POST (or dispatcher start) to the end
    double lastArrivalSeconds = 0; // outbox: when the receiver had every event
    double enqueueSeconds = 0;     // outbox: recording the events (one transaction, not timed)
    double cpuSeconds = 0;         // the whole process (client, receiver, sampler) during the phase
    double otherCpuSeconds = 0;    // other processes on the machine during the phase
    qint64 retried = 0;            // outbox: events attempted more than once
    RssPhase rss;
    Verifier::Stats stats;
    [[nodiscard]] double rate(int events) const { return seconds > 0 ? events / seconds : 0; }
};

app::WebhookSettings settingsFor(const Config &config)
{
    app::WebhookSettings settings;
    settings.url = config.url;
    settings.secret = Secret;
    settings.timeoutSeconds = config.timeoutSeconds;
    return settings;
}

PhaseResult runPlain(const Config &config, Verifier &verifier, RssSampler &sampler)
{
    const int n = config.events;
    const app::WebhookSettings settings = settingsFor(config);
    QList<QByteArray> bodies;
    bodies.reserve(n);
    EventSource source(std::max(1, n / 4));
    for (int i = 0; i < n; ++i)
        bodies.append(bodyOf(source.next()));
    verifier.reset(n, std::max(1, n / 4));

    PhaseResult result;
    sampler.begin();
    const double cpuBefore = cpuSeconds(), machineBefore = machineBusySeconds();
    {
        QNetworkAccessManager network;
        QEventLoop loop;
        int next = 0, done = 0, failed = 0;
        QString firstError;
        std::function<void()> sendOne;
        sendOne = [&] {
            const int i = next++;
            const QString deliveryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QNetworkReply *reply =
                network.post(app::webhookRequest(settings, {}, deliveryId), bodies.at(i));
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                reply->deleteLater();
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->error() != QNetworkReply::NoError || status / 100 != 2) {
                    if (failed++ == 0)
                        firstError = reply->errorString();
                }
                ++done;
                if (next < n)
                    sendOne();
                else if (done == n)
                    loop.quit();
            });
        };
        QElapsedTimer timer;
        timer.start();
        for (int k = 0; k < std::min(config.options.maxInFlight, n); ++k)
            sendOne();
        loop.exec();
        result.seconds = double(timer.nsecsElapsed()) / 1e9;
        check(failed == 0, u"plain loop: %1 requests failed (%2)"_s.arg(failed).arg(firstError));
    }
    result.cpuSeconds = cpuSeconds() - cpuBefore;
    result.otherCpuSeconds = machineBusySeconds() - machineBefore - result.cpuSeconds;
    bodies.clear();
    bodies.squeeze();
    result.rss = sampler.end();
    result.stats = verifier.stats();
    check(result.stats.malformed == 0, u"plain loop: malformed requests at the receiver"_s);
    check(result.stats.distinct == n,
          u"plain loop: %1 of %2 events arrived"_s.arg(result.stats.distinct).arg(n));
    return result;
}

qint64 scalar(const app::Store &store, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(store.connectionName()));
    check(q.exec(sql) && q.next(), u"query failed: %1"_s.arg(sql));
    return q.value(0).toLongLong();
}

PhaseResult runOutbox(const Config &config, int entities, Verifier &verifier, RssSampler &sampler)
{
    static int counter = 0;
    const int n = config.events;
    const QString runDir = QDir(config.dir).filePath(u"outbox%1"_s.arg(++counter));
    const QString db = runDir + u"/wgdesk.db"_s;
    PhaseResult result;
    QString error;
    {
        app::Store store;
        check(store.open(db, &error), error);
        const app::Problems problems = settingsFor(config).save(store, &error);
        check(!app::hasErrors(problems), app::errorText(problems) + error);

        // Recorded beforehand, in one transaction: what a large import would leave behind.
        QElapsedTimer enqueueTimer;
        enqueueTimer.start();
        EventSource source(entities);
        check(store.transaction(
                  [&](QString *err) {
                      for (int i = 0; i < n; ++i) {
                          const BenchEvent event = source.next();
                          if (!store.enqueueEvent(u"peer"_s, u"update"_s, event.identifier,
                                                  event.payload, err))
                              return false;
                      }
                      return true;
                  },
                  &error),
              error);
        result.enqueueSeconds = double(enqueueTimer.nsecsElapsed()) / 1e9;
        const auto counts = store.outboxCounts(&error);
        check(counts && counts->pending == n,
              u"outbox: %1 pending after enqueue"_s.arg(counts ? counts->pending : -1));
        verifier.reset(n, entities);

        sampler.begin();
        const double cpuBefore = cpuSeconds(), machineBefore = machineBusySeconds();
        QElapsedTimer timer;
        timer.start();
        {
            app::WebhookDispatcherThread dispatcher(db, config.options);
            dispatcher.start();
            int lastArrivals = -1;
            qint64 lastProgressMs = 0;
            for (;;) {
                const int arrivals = verifier.stats().arrivals;
                if (arrivals != lastArrivals) {
                    lastArrivals = arrivals;
                    lastProgressMs = timer.elapsed();
                }
                if (arrivals >= n) {
                    if (result.lastArrivalSeconds == 0)
                        result.lastArrivalSeconds = double(timer.nsecsElapsed()) / 1e9;
                    const auto now = store.outboxCounts(&error);
                    check(now.has_value(), error);
                    if (now->pending == 0)
                        break;
                }
                if (timer.elapsed() - lastProgressMs > 60000) {
                    const auto now = store.outboxCounts(&error);
                    fail(u"outbox: no progress for 60 s (%1 of %2 arrived, %3 pending, %4 failed)"_s
                             .arg(arrivals)
                             .arg(n)
                             .arg(now ? now->pending : -1)
                             .arg(now ? now->failed : -1));
                }
                QThread::msleep(10);
            }
            result.seconds = double(timer.nsecsElapsed()) / 1e9;
            result.cpuSeconds = cpuSeconds() - cpuBefore;
            result.otherCpuSeconds = machineBusySeconds() - machineBefore - result.cpuSeconds;
        } // stops the dispatcher (writes back every result) and ends its thread
        result.rss = sampler.end();
        result.stats = verifier.stats();

        check(result.stats.malformed == 0, u"outbox: malformed requests at the receiver"_s);
        check(result.stats.distinct == n,
              u"outbox: %1 of %2 events arrived"_s.arg(result.stats.distinct).arg(n));
        check(result.stats.outOfOrder == 0,
              u"outbox: %1 events arrived before an earlier event of their entity"_s.arg(
                  result.stats.outOfOrder));
        const qint64 delivered =
            scalar(store, u"SELECT COUNT(*) FROM outbox WHERE delivered_at IS NOT NULL"_s);
        const qint64 failedRows =
            scalar(store, u"SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL"_s);
        // More than one attempt is allowed (at least once: a timeout on a busy machine is
        // retried), and shown; a lost or failed event is not.
        result.retried = scalar(store, u"SELECT COUNT(*) FROM outbox WHERE attempts > 1"_s);
        check(delivered == n && failedRows == 0,
              u"outbox: %1 delivered, %2 failed (of %3)"_s.arg(delivered).arg(failedRows).arg(n));
    }
    QDir(runDir).removeRecursively();
    return result;
}

// ---- Output --------------------------------------------------------------------------------

void printPhase(const char *name, int run, int events, const PhaseResult &r)
{
    std::printf("run %d  %-18s %7.3f s %6.0f ev/s  cpu %5.2f s (others %5.2f s)  body %4lld B  "
                "dup %d  RSS %5.1f -> peak %5.1f -> %5.1f MiB",
                run, name, r.seconds, r.rate(events), r.cpuSeconds,
                std::max(0.0, r.otherCpuSeconds),
                r.stats.arrivals ? r.stats.bodyBytes / r.stats.arrivals : 0LL, r.stats.duplicates,
                double(r.rss.before) / MiB, double(r.rss.peak) / MiB, double(r.rss.after) / MiB);
    if (r.lastArrivalSeconds > 0)
        std::printf("  (last arrival %.3f s, enqueue %.2f s, retried %lld)", r.lastArrivalSeconds,
                    r.enqueueSeconds, r.retried);
    std::printf("\n");
    std::fflush(stdout);
}

struct Probe
{
    QString kind;
    int events = 0;
    RssPhase rss;
    qint64 startRss = 0;
    double seconds = 0;
};

// One phase in a fresh process, so that no earlier phase's heap hides or adds growth.
Probe runProbe(const QString &kind, int events, const QStringList &passThrough)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{u"--probe-memory"_s, kind, u"--events"_s, QString::number(events)} +
                    passThrough);
    check(child.waitForFinished(-1) && child.exitStatus() == QProcess::NormalExit &&
              child.exitCode() == 0,
          u"memory probe %1 %2 failed"_s.arg(kind).arg(events));
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 8 && f[0] == "probe") {
            Probe p;
            p.kind = QString::fromLatin1(f[1]);
            p.events = f[2].toInt();
            p.startRss = f[3].toLongLong();
            p.rss = {f[4].toLongLong(), f[5].toLongLong(), f[6].toLongLong()};
            p.seconds = f[7].toDouble();
            return p;
        }
    }
    fail(u"memory probe %1 %2 printed no result"_s.arg(kind).arg(events));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Webhook delivery: WG Desk's outbox against a plain QNetworkAccessManager loop."_s);
    parser.addHelpOption();
    const QCommandLineOption eventsOption(u"events"_s, u"Events per run (10000)."_s, u"N"_s,
                                          u"10000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs; the median is reported (3)."_s, u"R"_s,
                                        u"3"_s);
    const QCommandLineOption memoryOption(
        u"memory-events"_s, u"Sizes whose RSS growth is compared, or none (10000,50000)."_s,
        u"A,B"_s, u"10000,50000"_s);
    const QCommandLineOption inFlightOption(u"max-in-flight"_s,
                                            u"DispatcherOptions::maxInFlight, also the plain "
                                            u"loop's requests in flight."_s,
                                            u"K"_s);
    const QCommandLineOption windowOption(u"window"_s, u"DispatcherOptions::windowSize."_s, u"W"_s);
    const QCommandLineOption batchOption(u"flush-batch"_s, u"DispatcherOptions::flushBatch."_s,
                                         u"B"_s);
    const QCommandLineOption intervalOption(u"flush-interval"_s,
                                            u"DispatcherOptions::flushIntervalMs."_s, u"MS"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, u"The webhook timeout in seconds (10)."_s,
                                           u"S"_s);
    const QCommandLineOption phasesOption(u"phases"_s,
                                          u"Which phases to run (plain,outbox,outbox10)."_s,
                                          u"LIST"_s, u"plain,outbox,outbox10"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where the temporary databases go."_s,
                                       u"PARENT"_s);
    const QCommandLineOption probeOption(u"probe-memory"_s, u"(internal) one phase, for RSS."_s,
                                         u"KIND"_s);
    parser.addOptions({eventsOption, runsOption, memoryOption, inFlightOption, windowOption,
                       batchOption, intervalOption, timeoutOption, phasesOption, dirOption,
                       probeOption});
    parser.process(application);

    Config config;
    config.events = parser.value(eventsOption).toInt();
    config.runs = parser.value(runsOption).toInt();
    check(config.events > 0 && config.runs > 0, u"--events and --runs must be positive"_s);
    QStringList passThrough; // the dispatcher options, for the memory probes
    const auto intOption = [&](const QCommandLineOption &option, int *target) {
        if (parser.isSet(option)) {
            *target = parser.value(option).toInt();
            check(*target > 0, u"--%1 must be positive"_s.arg(option.names().first()));
            passThrough << u"--"_s + option.names().first() << QString::number(*target);
        }
    };
    intOption(inFlightOption, &config.options.maxInFlight);
    intOption(windowOption, &config.options.windowSize);
    intOption(batchOption, &config.options.flushBatch);
    intOption(intervalOption, &config.options.flushIntervalMs);
    intOption(timeoutOption, &config.timeoutSeconds);
    const QStringList phases = parser.value(phasesOption).split(u',', Qt::SkipEmptyParts);

    const qint64 startRss = currentRss();
    QTemporaryDir tempDir(parser.isSet(dirOption)
                              ? QDir(parser.value(dirOption)).filePath(u"wgdesk-bench-XXXXXX"_s)
                              : QDir::tempPath() + u"/wgdesk-bench-XXXXXX"_s);
    check(tempDir.isValid(), u"temporary directory: %1"_s.arg(tempDir.errorString()));
    check(QFile::setPermissions(tempDir.path(),
                                QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner),
          u"chmod 0700"_s);
    config.dir = tempDir.path();
    g_tempDir = tempDir.path();
    if (parser.isSet(dirOption))
        passThrough << u"--dir"_s << parser.value(dirOption);

    Verifier verifier;
    tests::ThreadedWebhookReceiver receiver;
    receiver.setRecordBodies(false);
    receiver.setResponder([&verifier](const tests::ReceivedRequest &request) {
        verifier.onRequest(request);
        tests::Reply reply;
        reply.status = 204;
        return reply;
    });
    check(receiver.start() != 0, u"receiver: %1"_s.arg(receiver.lastError()));
    config.url = receiver.url();
    RssSampler sampler;

    if (parser.isSet(probeOption)) {
        const QString kind = parser.value(probeOption);
        const PhaseResult r = kind == u"plain"_s ? runPlain(config, verifier, sampler)
                                                 : runOutbox(config, std::max(1, config.events / 4),
                                                             verifier, sampler);
        std::printf("probe %s %d %lld %lld %lld %lld %.3f\n", qPrintable(kind), config.events,
                    startRss, r.rss.before, r.rss.peak, r.rss.after, r.seconds);
        return 0;
    }

    const int n = config.events;
    const int spread = std::max(1, n / 4);
    std::printf("Webhook delivery: %d events per run, %d runs; maxInFlight %d, windowSize %d, "
                "flushBatch %d, flushIntervalMs %d; webhook timeout %d s; receiver %s on its own "
                "thread (204)\n"
                "database in %s; %d CPUs\n\n",
                n, config.runs, config.options.maxInFlight, config.options.windowSize,
                config.options.flushBatch, config.options.flushIntervalMs, config.timeoutSeconds,
                qPrintable(config.url), qPrintable(config.dir), QThread::idealThreadCount());
    std::fflush(stdout);

    std::vector<double> plainRates, outboxRates, outbox10Rates, outboxArrivalRates;
    for (int run = 1; run <= config.runs; ++run) {
        if (phases.contains(u"plain"_s)) {
            const PhaseResult r = runPlain(config, verifier, sampler);
            printPhase("plain QNAM", run, n, r);
            plainRates.push_back(r.rate(n));
        }
        if (phases.contains(u"outbox"_s)) {
            const PhaseResult r = runOutbox(config, spread, verifier, sampler);
            printPhase(qPrintable(u"outbox %1 peers"_s.arg(spread)), run, n, r);
            outboxRates.push_back(r.rate(n));
            outboxArrivalRates.push_back(n / r.lastArrivalSeconds);
        }
        if (phases.contains(u"outbox10"_s)) {
            const PhaseResult r = runOutbox(config, 10, verifier, sampler);
            printPhase("outbox 10 peers", run, n, r);
            outbox10Rates.push_back(r.rate(n));
        }
    }

    std::vector<Probe> probes;
    const QString memory = parser.value(memoryOption);
    if (memory != u"none"_s) {
        for (const QString &size : memory.split(u',', Qt::SkipEmptyParts)) {
            for (const QString &kind : {u"outbox"_s, u"plain"_s}) {
                probes.push_back(runProbe(kind, size.toInt(), passThrough));
                const Probe &p = probes.back();
                std::printf("memory probe %-6s %6d events: RSS at start %.1f, before %.1f, "
                            "peak %.1f, after %.1f MiB (growth %.1f MiB) in %.2f s\n",
                            qPrintable(p.kind), p.events, double(p.startRss) / MiB,
                            double(p.rss.before) / MiB, double(p.rss.peak) / MiB,
                            double(p.rss.after) / MiB, p.rss.growthMiB(), p.seconds);
                std::fflush(stdout);
            }
        }
    }

    const double plain = median(plainRates), outbox = median(outboxRates),
                 outbox10 = median(outbox10Rates);
    // Each run's own ratio too: on a busy machine the load moves both phases of a run alike.
    const auto pairedRatio = [&plainRates](const std::vector<double> &rates) {
        std::vector<double> ratios;
        for (size_t i = 0; i < rates.size() && i < plainRates.size(); ++i)
            ratios.push_back(rates[i] / plainRates[i]);
        return median(ratios);
    };
    std::printf("\nSummary (median of %d runs, %d events):\n", config.runs, n);
    if (!plainRates.empty())
        std::printf("  plain QNAM:                  %6.0f ev/s\n", plain);
    if (!outboxRates.empty())
        std::printf("  WG Desk outbox, %5d peers:  %6.0f ev/s  %.2fx of plain (median of the "
                    "runs' ratios %.2fx); to the last arrival %.0f ev/s\n",
                    spread, outbox, plain > 0 ? outbox / plain : 0.0, pairedRatio(outboxRates),
                    median(outboxArrivalRates));
    if (!outbox10Rates.empty())
        std::printf("  WG Desk outbox,    10 peers:  %6.0f ev/s  %.2fx of plain (median of the "
                    "runs' ratios %.2fx)\n",
                    outbox10, plain > 0 ? outbox10 / plain : 0.0, pairedRatio(outbox10Rates));
    if (!probes.empty()) {
        std::printf("  RSS growth during delivery (peak - before, a fresh process each):\n");
        for (const Probe &p : probes)
            std::printf("    %-6s %6d events: %5.1f MiB\n", qPrintable(p.kind), p.events,
                        p.rss.growthMiB());
    }
    std::printf("\n");
    if (!plainRates.empty() && !outboxRates.empty()) {
        std::printf("plain QNAM: %.0f ev/s; WG Desk outbox: %.0f ev/s (%.2fx, target >= 0.50x: "
                    "%s)",
                    plain, outbox, outbox / plain, outbox / plain >= 0.5 ? "met" : "NOT met");
        if (!outbox10Rates.empty())
            std::printf("; 10 peers: %.0f ev/s (%.2fx)", outbox10, outbox10 / plain);
    }
    QStringList growth;
    for (const Probe &p : probes)
        if (p.kind == u"outbox"_s)
            growth << u"%1 MiB at %2"_s.arg(p.rss.growthMiB(), 0, 'f', 1)
                          .arg(p.events % 1000 ? QString::number(p.events)
                                               : QString::number(p.events / 1000) + u'k');
    if (!growth.isEmpty())
        std::printf("; RSS growth: %s", qPrintable(growth.join(u", "_s)));
    std::printf("\n");
    return 0;
}
