// Benchmark (issue 6, inside the test VM): one live-status poll cycle against a bare read of the
// same kernel interface, in the same run, and how long one poll's update keeps the GUI thread
// busy. Arranged as the product runs it: the backend side (NetlinkBackend, StatusTracker,
// RateHistory) on a second thread, PeersModel and its PeersProxyModel on the main thread, and
// only the StatusDelta crosses between them in a queued call.
//
//   bare read:  NetlinkBackend::readDevice of the interface (and freeing the result), on the
//               backend thread.
//   full cycle: readDevice + StatusTracker::poll (the stored peers passed as the same shared
//               QHash every time, as the status monitor does) + RateHistory::record, on the
//               backend thread; the delta crosses to the main thread in a queued call;
//               PeersModel::applyDelta there (with the proxy attached, its work included). Timed
//               from the start of the read to the end of the update on the main thread.
//   GUI busy:   the longest single turn of the main thread's event loop for that poll: the
//               window feeds the delta through a DeltaPacer (at most 2,000 peers per turn), so
//               this is the longest slice: applyDelta, the proxy's handling of the model's
//               signals, and freeing the delta.
// Bare reads and full cycles alternate, one of each per poll. Between polls a fraction of the
// peers (0 % or 1 %, chosen at random each time) get a new endpoint through
// NetlinkBackend::applyChanges (UpdateOnly), not timed, so each poll finds that many changes.
// Rows, per peer count: 1 % changed with the model alone; then with a PeersProxyModel attached
// and sorted by Name (the default view: the changed column is not the sort column) 0 % and 1 %
// changed; then sorted by the column that changes (as sorting by a traffic column would be in
// real use). Also timed once (not polls): the first poll, where every peer is new, and on the
// main thread setInterface (the model's only reset) without and with the proxy, attaching the
// proxy sorted by Name, and re-sorting by the changing column.
//
// Usage: BenchStatusPoll [--polls N] [--synthetic] [--sort-by Endpoint|Received]
//                       [--changed PERCENT] [PEER_COUNTS...]
// --changed adds a row sorted by the changing column with PERCENT % of the peers changing per poll.
// (defaults: 20 polls per row, after one warm-up poll; Endpoint; 10000 100000 peers)
// --synthetic keeps the "kernel" device in memory (a read is a copy of it) so that the GUI
// side can be measured on the host at native speed; its read and ratio columns mean nothing.
// --sort-by Received (with --synthetic only: the VM's peers have no traffic) makes the changed
// peers receive bytes instead of moving: their Received and receive rate change, and the rate
// of those that received the poll before drops back to 0, so more peers than that change.
// Not a test: it checks only that each poll reports exactly the changes that were made.
#include "Keys.h"
#include "NetlinkBackend.h"
#include "PeerStatus.h"
#include "DeltaPacer.h"
#include "PeersModel.h"
#include "PeersProxyModel.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSet>
#include <QThread>

#include <sys/socket.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <numeric>
#include <random>
#include <vector>

using namespace wgdesk;
using platform::Device;
using platform::Key;
using models::PeersModel;

namespace {

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double maximum(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "benchmark check failed: %s\n", what);
        std::exit(1);
    }
}

platform::Endpoint endpoint(std::uint32_t host, std::uint16_t port)
{
    const auto parsed = platform::Endpoint::parse(QStringLiteral("%1.%2.%3.%4:%5")
                                                      .arg(host >> 24)
                                                      .arg((host >> 16) & 0xff)
                                                      .arg((host >> 8) & 0xff)
                                                      .arg(host & 0xff)
                                                      .arg(port));
    check(parsed.has_value(), "endpoint");
    return *parsed;
}

// Runs f on the object's thread and waits for it.
template <typename F> void blockingOn(QObject *context, F f)
{
    check(QMetaObject::invokeMethod(context, std::move(f), Qt::BlockingQueuedConnection),
          "invoke");
}

// The backend side: used only on the backend thread (through blockingOn or a queued call).
struct BackendSide
{
    bool synthetic = false;
    bool traffic = false; // --sort-by Received: the changed peers receive bytes
    std::unique_ptr<platform::NetlinkBackend> backend;
    Device memoryDevice; // --synthetic: the "kernel"
    QString name;
    std::vector<Key> keys;
    std::unique_ptr<app::StatusTracker> tracker;
    std::unique_ptr<app::RateHistory> history;
    QHash<QString, app::Peer> storedPeers; // passed shared to every poll
    QHash<QString, QDateTime> pings;       // likewise (empty: no ping answered)

    Device read()
    {
        if (synthetic)
            return memoryDevice;
        auto result = backend->readDevice(name);
        check(result.ok(), "read");
        return std::move(result).value();
    }

    // New endpoints (or, with traffic, received bytes) for `count` peers chosen at random.
    void changePeers(std::size_t count, std::mt19937 &random)
    {
        if (count == 0)
            return;
        std::vector<std::size_t> all(keys.size());
        std::iota(all.begin(), all.end(), std::size_t{0});
        std::vector<std::size_t> chosen;
        std::sample(all.begin(), all.end(), std::back_inserter(chosen), count, random);
        platform::DeviceChange change;
        change.name = name;
        for (const std::size_t i : chosen) {
            if (traffic) {
                memoryDevice.peers[i].rxBytes += 1 + random() % 1'000'000;
                continue;
            }
            const auto ep = endpoint(0xc6336400u + random() % 254 + 1, // 198.51.100.x
                                     static_cast<std::uint16_t>(1024 + random() % 64000));
            if (synthetic) {
                memoryDevice.peers[i].endpoint = ep;
                continue;
            }
            platform::PeerChange peer;
            peer.publicKey = keys[i];
            peer.mode = platform::PeerChange::Mode::UpdateOnly;
            peer.endpoint = ep;
            change.peers.push_back(std::move(peer));
        }
        if (!synthetic)
            check(backend->applyChanges(change).ok(), "change endpoints");
    }
};

struct Cycle
{
    double read = 0, poll = 0, free = 0, record = 0, cross = 0, gui = 0, total = 0;
    qsizetype changed = 0, added = 0;
};

// One poll as the product runs it; returns when the main thread has applied the delta.
// The GUI thread applies it as the window does, through a DeltaPacer: "gui" is the longest
// single turn of the event loop (one slice), the total ends with the last slice.
Cycle fullCycle(QObject *worker, QObject *gui, BackendSide &side, models::DeltaPacer *pacer)
{
    Cycle c;
    QEventLoop loop;
    QMetaObject::invokeMethod(
        worker,
        [&c, &side, &loop, gui, pacer] {
            const auto t0 = Clock::now();
            Device device = side.read();
            const auto t1 = Clock::now();
            auto input = std::make_unique<app::StatusTracker::PollInput>();
            input->interfaceIdentifier = side.name;
            input->device = std::move(device);
            input->polledAt = QDateTime::currentDateTimeUtc();
            input->storedPeers = side.storedPeers;
            input->lastSuccessfulPing = side.pings;
            app::StatusDelta delta = side.tracker->poll(*input);
            const auto t2 = Clock::now();
            input.reset(); // frees the device
            const auto t2b = Clock::now();
            side.history->record(delta);
            const auto t3 = Clock::now();
            c.read = msBetween(t0, t1);
            c.poll = msBetween(t1, t2);
            c.free = msBetween(t2, t2b);
            c.record = msBetween(t2b, t3);
            c.changed = delta.changed.size();
            c.added = delta.added.size();
            QMetaObject::invokeMethod(
                gui,
                [&c, &loop, pacer, t0, t3, delta = std::move(delta)]() mutable {
                    const auto g0 = Clock::now();
                    auto sliceStart = g0;
                    {
                        const app::StatusDelta local = std::move(delta);
                        if (pacer) {
                            pacer->enqueue(local);
                            bool more = true;
                            while (more) {
                                more = pacer->applyNextSlice();
                                const auto now = Clock::now();
                                c.gui = std::max(c.gui, msBetween(sliceStart, now));
                                sliceStart = now;
                            }
                        }
                    }
                    const auto g1 = Clock::now();
                    c.gui = std::max(c.gui, msBetween(sliceStart, g1));
                    c.cross = msBetween(t3, g0);
                    c.total = msBetween(t0, g1);
                    loop.quit();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    loop.exec();
    return c;
}

double bareRead(QObject *worker, BackendSide &side)
{
    double ms = 0;
    blockingOn(worker, [&] {
        const auto t0 = Clock::now();
        {
            const Device device = side.read();
            check(device.peers.size() == side.keys.size(), "read count");
        }
        ms = msBetween(t0, Clock::now());
    });
    return ms;
}

// Qt hashes strings with AES instructions when the CPU has them. Under the test VM's software
// emulation (qemu 7.2 TCG, -cpu max) those hashes come out badly spread: for 10,000 keys only
// 128 distinct values of the low 16 bits, which pick the bucket. Every QHash<QString, ...>
// then probes linearly, and a 100,000-peer setInterface took 15 minutes instead of 0.5 s.
// QT_HASH_SEED=0 makes Qt use its portable hash (run-status-bench.sh sets it).
bool stringHashesSpread()
{
    QSet<size_t> buckets;
    const size_t seed = QHashSeed::globalSeed();
    for (int i = 0; i < 4096; ++i)
        buckets.insert(qHash(platform::keys::generatePresharedKey().toBase64(), seed) & 0xfff);
    return buckets.size() > 2000; // about 2,590 for a good hash
}

template <typename F> double timed(F f)
{
    const auto t0 = Clock::now();
    f();
    return msBetween(t0, Clock::now());
}

const char *columnName(int column)
{
    switch (column) {
    case PeersModel::Name: return "Name";
    case PeersModel::Endpoint: return "Endpoint";
    case PeersModel::Received: return "Received";
    default: return "?";
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    check(platform::keys::initialize(), "libsodium");
    qRegisterMetaType<app::StatusDelta>();

    bool synthetic = false;
    int polls = 20;
    int changing = PeersModel::Endpoint;
    double heavyFraction = 0; // --changed PERCENT: one more row, sorted by the changing column
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        if (arg == "--synthetic")
            synthetic = true;
        else if (arg == "--polls" && i + 1 < argc)
            polls = std::atoi(argv[++i]);
        else if (arg == "--changed" && i + 1 < argc)
            heavyFraction = std::atof(argv[++i]) / 100.0;
        else if (arg == "--sort-by" && i + 1 < argc) {
            const QByteArray column = argv[++i];
            if (column == "Received") {
                changing = PeersModel::Received;
            } else if (column != "Endpoint") {
                std::fprintf(stderr, "--sort-by: Endpoint or Received\n");
                return 1;
            }
        }
        else
            sizes.push_back(std::atoi(argv[i]));
    }
    if (sizes.empty())
        sizes = {10000, 100000};
    if (!synthetic && changing == PeersModel::Received) {
        std::fprintf(stderr, "--sort-by Received needs --synthetic: no peer has traffic in the "
                             "VM\n");
        return 1;
    }
    if (!synthetic && !QFile::exists(QStringLiteral("/sys/module/wireguard"))) {
        std::fprintf(stderr, "run this inside the test VM (tests/bench/run-status-bench.sh), "
                             "or with --synthetic\n");
        return 1;
    }

    if (!stringHashesSpread()) {
        std::fprintf(stderr, "Qt's string hash is degenerate on this (emulated) CPU, so every "
                             "QHash would probe linearly: run with QT_HASH_SEED=0\n");
        return 1;
    }

    QThread thread;
    QObject worker;
    worker.moveToThread(&thread);
    thread.start();
    QObject gui;
    std::mt19937 random(6);

    struct Row
    {
        int peers;
        QString changes;
        QString view;
        double bare, full, ratio, read, poll, free, record, cross, guiMedian, guiMax;
    };
    std::vector<Row> rows;
    QStringList oneTime;

    int interfaces = 0;
    for (const int peers : sizes) {
        // Interfaces are never deleted: the kernel spends an RCU grace period per removed peer
        // (about 17 ms under emulation). The VM's power-off discards them.
        BackendSide side;
        side.synthetic = synthetic;
        side.traffic = changing == PeersModel::Received;
        side.name = QStringLiteral("wgpoll%1").arg(interfaces++);
        side.tracker = std::make_unique<app::StatusTracker>();
        side.history = std::make_unique<app::RateHistory>();

        Device device;
        device.name = side.name;
        device.privateKey = platform::keys::generatePrivateKey();
        device.listenPort = 51820;
        QList<app::Peer> configured;
        configured.reserve(peers);
        for (int i = 0; i < peers; ++i) {
            platform::Peer peer;
            // Any 32 bytes are a usable peer key; deriving real ones would dominate the setup.
            peer.publicKey = platform::keys::generatePresharedKey();
            platform::IpPrefix ip;
            ip.family = AF_INET;
            const std::uint32_t host = 0x0a000002u + static_cast<std::uint32_t>(i);
            ip.address = {static_cast<std::uint8_t>(host >> 24),
                          static_cast<std::uint8_t>(host >> 16),
                          static_cast<std::uint8_t>(host >> 8), static_cast<std::uint8_t>(host)};
            ip.length = 32;
            peer.allowedIps = {ip};
            peer.endpoint = endpoint(0xc0000200u + 1 + i % 250, // 192.0.2.x
                                     static_cast<std::uint16_t>(1024 + i % 60000));
            side.keys.push_back(peer.publicKey);

            app::Peer stored;
            stored.interfaceIdentifier = side.name;
            stored.publicKey = peer.publicKey.toBase64();
            stored.displayName = QStringLiteral("peer %1").arg(i);
            stored.userIdentifier = QStringLiteral("user%1@example.org").arg(i % 1000);
            stored.endpoint = peer.endpoint.toString();
            stored.allowedIps = {ip.toString()};
            side.storedPeers.insert(stored.publicKey, stored);
            configured.append(std::move(stored));
            device.peers.push_back(std::move(peer));
        }

        double applyMs = 0;
        blockingOn(&worker, [&] {
            if (synthetic) {
                side.memoryDevice = device;
                return;
            }
            side.backend = std::make_unique<platform::NetlinkBackend>();
            check(side.backend->probe().ok(), "kernel WireGuard");
            check(side.backend->createInterface(side.name).ok(), "create");
            applyMs = timed([&] {
                check(side.backend->applyChanges(platform::DeviceChange::replaceWith(device)).ok(),
                      "apply");
            });
        });
        device = {};
        std::fprintf(stderr, "%d peers on %s (apply %.0f ms)\n", peers, qPrintable(side.name),
                     applyMs);

        // The first poll: every peer is new. The model is not showing the interface yet.
        const Cycle first = fullCycle(&worker, &gui, side, nullptr);
        check(first.added == peers, "first poll adds every peer");
        QList<app::PeerStatus> statuses;
        blockingOn(&worker, [&] { statuses = side.tracker->statuses(side.name); });

        PeersModel model;
        models::DeltaPacer pacer(&model);
        const double resetAlone =
            timed([&] { model.setInterface(side.name, configured, statuses); });
        check(model.rowCount() == peers, "rows");

        const auto scenario = [&](double fraction, models::PeersProxyModel *proxy) {
            const auto count = static_cast<std::size_t>(peers * fraction);
            std::vector<double> bare, full, ratio, read, poll, freeing, record, cross, guiBusy;
            const int warmup = 1;
            for (int p = 0; p < warmup + polls; ++p) {
                blockingOn(&worker, [&] { side.changePeers(count, random); });
                const double b = bareRead(&worker, side);
                const Cycle c = fullCycle(&worker, &gui, side, &pacer);
                // With traffic, the peers that received in the poll before change too (rate 0).
                check((side.traffic ? c.changed >= static_cast<qsizetype>(count)
                                    : c.changed == static_cast<qsizetype>(count))
                          && c.added == 0,
                      "the poll reports exactly the changed peers");
                if (p < warmup)
                    continue;
                bare.push_back(b);
                ratio.push_back(c.total / b);
                full.push_back(c.total);
                read.push_back(c.read);
                poll.push_back(c.poll);
                freeing.push_back(c.free);
                record.push_back(c.record);
                cross.push_back(c.cross);
                guiBusy.push_back(c.gui);
            }
            Row row{peers,
                    QStringLiteral("%1 (%2 %)").arg(count).arg(fraction * 100, 0, 'g', 2),
                    proxy ? QStringLiteral("proxy by %1").arg(QLatin1String(
                                columnName(proxy->sortColumn())))
                          : QStringLiteral("model alone"),
                    median(bare),
                    median(full),
                    median(ratio),
                    median(read),
                    median(poll),
                    median(freeing),
                    median(record),
                    median(cross),
                    median(guiBusy),
                    maximum(guiBusy)};
            std::fprintf(stderr, "  %s, %s: bare %.1f full %.1f gui %.2f/%.2f ms\n",
                         qPrintable(row.changes), qPrintable(row.view), row.bare, row.full,
                         row.guiMedian, row.guiMax);
            rows.push_back(row);
        };

        scenario(0.01, nullptr);
        models::PeersProxyModel proxy;
        const double attach = timed([&] {
            proxy.setSourceModel(&model);
            proxy.sort(PeersModel::Name, Qt::AscendingOrder);
        });
        const double resetProxy =
            timed([&] { model.setInterface(side.name, configured, statuses); });
        check(proxy.rowCount() == peers, "proxy rows");
        scenario(0.0, &proxy);
        scenario(0.01, &proxy);
        const double resort = timed([&] { proxy.sort(changing, Qt::AscendingOrder); });
        scenario(0.01, &proxy);
        if (heavyFraction > 0)
            scenario(heavyFraction, &proxy); // busy hours: many peers change in every poll

        oneTime.append(
            QStringLiteral("%1 | %2 %3 %4 | %5 %6 %7 %8")
                .arg(peers, -8)
                .arg(first.read, 9, 'f', 1)
                .arg(first.poll, 9, 'f', 1)
                .arg(first.record, 8, 'f', 1)
                .arg(resetAlone, 11, 'f', 1)
                .arg(attach, 11, 'f', 1)
                .arg(resetProxy, 11, 'f', 1)
                .arg(resort, 11, 'f', 1));
        if (side.backend)
            blockingOn(&worker, [&] {
                if (side.backend->interruptedDumps() != 0)
                    std::fprintf(stderr, "note: %d interrupted dumps\n",
                                 side.backend->interruptedDumps());
            });
        // Free the backend side on its thread.
        blockingOn(&worker, [&] {
            side.backend.reset();
            side.tracker.reset();
            side.history.reset();
        });
    }
    thread.quit();
    thread.wait();

    std::printf("%s, %d polls per row (median; GUI busy also max), after 1 warm-up poll%s\n\n",
                synthetic ? "SYNTHETIC (device in memory; read and ratio are meaningless)"
                          : "kernel WireGuard",
                polls, QHashSeed::globalSeed() == 0 ? ", QT_HASH_SEED=0" : "");
    const QByteArray header = "peers    changed/poll  view             |  bare read  full cycle  "
                              "ratio |     read     poll     free  record  cross | GUI busy "
                              "median       max";
    QByteArray rule = header;
    for (char &ch : rule)
        ch = ch == '|' ? '+' : '-';
    std::printf("%s\n%s\n", header.constData(), rule.constData());
    for (const Row &r : rows) {
        std::printf("%-8d %-13s %-17s| %7.1f ms %8.1f ms %5.2fx | %8.1f %8.1f %8.1f %7.2f %6.2f "
                    "| %12.2f ms %8.2f ms\n",
                    r.peers, qPrintable(r.changes), qPrintable(r.view), r.bare, r.full,
                    r.ratio, r.read, r.poll, r.free, r.record, r.cross, r.guiMedian,
                    r.guiMax);
    }
    std::printf("\nbare read, full cycle: medians; ratio: the median of full cycle / bare read of "
                "the same poll\n(the two run back to back, so the ratio of each pair is less "
                "exposed to a busy machine than the ratio of the medians).\n");
    std::printf("stage columns: medians in ms, on the backend thread (read; poll = StatusTracker::poll;\nfree = freeing the read device; record = RateHistory::record), the "
                "queued call's wait until the main thread\nruns it (cross); GUI busy: the longest turn of the main thread's event loop (one DeltaPacer\n"
        "slice of at most 2,000 peers: applyDelta with the proxy's work).\n");
    std::printf("\nOne-time costs (ms, not polls): the first poll (every peer new), then on the "
                "main thread\nsetInterface's reset without and with the proxy, attaching the "
                "proxy sorted by Name, re-sorting by %s:\n",
                columnName(changing));
    std::printf("peers    |  1st read 1st poll  1st rec |  reset alone  proxy+sort  reset+proxy"
                "     re-sort\n");
    for (const QString &line : oneTime)
        std::printf("%s\n", qPrintable(line));

    bool met = true;
    for (const Row &r : rows) {
        if (r.ratio > 1.2)
            met = false;
        if (r.peers == 100000 && r.guiMax > 16)
            met = false;
    }
    std::printf("\ntargets (full cycle <= 1.2x bare read; GUI busy <= 16 ms per poll at 100,000 "
                "peers): %s\n",
                met ? "met in every row" : "NOT met in every row (see above)");
    return 0;
}
