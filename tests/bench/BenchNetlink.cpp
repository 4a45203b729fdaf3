// Benchmark (inside the test VM): WG Desk's kernel backend against wg(8) on the same interface
// contents, in one boot. For 1,000, 10,000 and 100,000 peers it times
//   read:  NetlinkBackend::readDevice        vs  `wg show IFACE dump` (output to /dev/null)
//   apply: NetlinkBackend::applyChanges(all) vs  `wg setconf IFACE FILE`, each on a fresh interface
// and prints a table with the ratios. Not a test: it asserts only that both sides agree.
#include "Keys.h"
#include "NetlinkBackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryFile>

#include <sys/resource.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace wgdesk::platform;

namespace {

double runTimed(const QStringList &command, bool quiet = true)
{
    QProcess process;
    if (quiet)
        process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        std::fprintf(stderr, "failed: %s\n%s\n", qPrintable(command.join(u' ')),
                     process.readAllStandardError().constData());
        std::exit(1);
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

struct CpuTime
{
    double user = 0, system = 0; // ms
};

CpuTime cpuTime(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto ms = [](const timeval &t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
    return {ms(usage.ru_utime), ms(usage.ru_stime)};
}

CpuTime operator-(const CpuTime &a, const CpuTime &b)
{
    return {a.user - b.user, a.system - b.system};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

Device makeDevice(const QString &name, int peers)
{
    Device device;
    device.name = name;
    device.privateKey = keys::generatePrivateKey();
    device.listenPort = 51820;
    device.peers.reserve(static_cast<std::size_t>(peers));
    for (int i = 0; i < peers; ++i) {
        Peer peer;
        // Any 32 bytes are a usable peer key; deriving real ones would dominate the setup.
        peer.publicKey = keys::generatePresharedKey();
        if (i % 4 == 0)
            peer.presharedKey = keys::generatePresharedKey();
        IpPrefix ip;
        ip.family = AF_INET;
        const std::uint32_t host = 0x0a000002u + static_cast<std::uint32_t>(i);
        ip.address = {static_cast<std::uint8_t>(host >> 24), static_cast<std::uint8_t>(host >> 16),
                      static_cast<std::uint8_t>(host >> 8), static_cast<std::uint8_t>(host)};
        ip.length = 32;
        peer.allowedIps = {ip};
        if (i % 2 == 0)
            peer.endpoint = *Endpoint::parse(QStringLiteral("192.0.2.%1:%2")
                                                 .arg(1 + i % 250)
                                                 .arg(1024 + i % 60000));
        peer.persistentKeepalive = i % 3 == 0 ? 25 : 0;
        device.peers.push_back(std::move(peer));
    }
    return device;
}

QByteArray toConf(const Device &device)
{
    QByteArray conf;
    conf.reserve(static_cast<qsizetype>(device.peers.size()) * 200);
    conf += "[Interface]\nPrivateKey = " + device.privateKey->toBase64().toLatin1()
            + "\nListenPort = " + QByteArray::number(device.listenPort) + "\n";
    for (const Peer &peer : device.peers) {
        conf += "\n[Peer]\nPublicKey = " + peer.publicKey.toBase64().toLatin1() + '\n';
        if (peer.presharedKey)
            conf += "PresharedKey = " + peer.presharedKey->toBase64().toLatin1() + '\n';
        conf += "AllowedIPs = " + peer.allowedIps[0].toString().toLatin1() + '\n';
        if (peer.endpoint.isSet())
            conf += "Endpoint = " + peer.endpoint.toString().toLatin1() + '\n';
        if (peer.persistentKeepalive)
            conf += "PersistentKeepalive = " + QByteArray::number(peer.persistentKeepalive) + '\n';
    }
    return conf;
}

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "benchmark check failed: %s\n", what);
        std::exit(1);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    check(keys::initialize(), "libsodium");
    if (!QFile(QStringLiteral("/proc/cmdline")).open(QIODevice::ReadOnly)
        || !QFile(QStringLiteral("/sys/module/wireguard")).exists()) {
        std::fprintf(stderr, "run this inside the test VM (tests/bench/run-netlink-bench.sh)\n");
        return 1;
    }
    std::vector<int> sizes{1000, 10000, 100000};
    if (argc > 1) {
        sizes.clear();
        for (int i = 1; i < argc; ++i)
            sizes.push_back(std::atoi(argv[i]));
    }
    const int repeats = 5;
    // Every run gets a fresh interface, and none is deleted: the kernel spends an RCU grace
    // period on each removed peer (about 17 ms under software emulation), which would make
    // cleaning up 100,000 peers take half an hour. The VM's power-off discards them.
    int interfaces = 0;
    const auto freshInterface = [&interfaces] {
        return QStringLiteral("wgbench%1").arg(interfaces++);
    };
    NetlinkBackend backend;
    check(backend.probe().ok(), "kernel WireGuard");

    std::printf("%-8s | %12s %12s %7s | %12s %12s %7s\n", "peers", "read wgdesk", "wg dump",
                "ratio", "apply wgdesk", "wg setconf", "ratio");
    std::printf("---------+------------------------------------+-----------------------------------"
                "-\n");
    QStringList cpuRows;
    for (const int peers : sizes) {
        const Device device = makeDevice(QString(), peers);
        QTemporaryFile confFile;
        check(confFile.open(), "temporary file");
        confFile.write(toConf(device));
        confFile.flush();

        // Apply, alternating wg setconf and WG Desk, each on a fresh interface.
        const int applyRepeats = 3;
        std::vector<double> wgApplies, ourApplies;
        CpuTime wgCpu, ourCpu; // summed over the repeats
        QString name;
        for (int r = 0; r < applyRepeats; ++r) {
            name = freshInterface();
            check(backend.createInterface(name).ok(), "create");
            const CpuTime childrenBefore = cpuTime(RUSAGE_CHILDREN);
            wgApplies.push_back(runTimed({QStringLiteral("wg"), QStringLiteral("setconf"), name,
                                          confFile.fileName()}));
            const CpuTime wgDelta = cpuTime(RUSAGE_CHILDREN) - childrenBefore;
            wgCpu = {wgCpu.user + wgDelta.user, wgCpu.system + wgDelta.system};
            name = freshInterface();
            check(backend.createInterface(name).ok(), "create");
            DeviceChange change = DeviceChange::replaceWith(device);
            change.name = name;
            const CpuTime selfBefore = cpuTime(RUSAGE_SELF);
            QElapsedTimer timer;
            timer.start();
            const ApplyReport report = backend.applyChanges(change);
            ourApplies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            const CpuTime ourDelta = cpuTime(RUSAGE_SELF) - selfBefore;
            ourCpu = {ourCpu.user + ourDelta.user, ourCpu.system + ourDelta.system};
            check(report.ok(), "apply");
            const auto verify = backend.readDevice(name);
            check(verify.ok() && verify.value().peers.size() == device.peers.size(),
                  "apply count");
        }
        // Read, alternating wg and WG Desk, on the interface WG Desk just configured.
        std::vector<double> wgReads, ourReads;
        for (int r = 0; r < repeats; ++r) {
            wgReads.push_back(runTimed(
                {QStringLiteral("wg"), QStringLiteral("show"), name, QStringLiteral("dump")}));
            QElapsedTimer timer;
            timer.start();
            const auto read = backend.readDevice(name);
            ourReads.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            check(read.ok() && read.value().peers.size() == device.peers.size(), "read count");
        }
        const double ourApply = median(ourApplies), wgApply = median(wgApplies);

        const double ourRead = median(ourReads), wgRead = median(wgReads);
        std::printf("%-8d | %9.1f ms %9.1f ms %6.2fx | %9.1f ms %9.1f ms %6.2fx\n", peers, ourRead,
                    wgRead, ourRead / wgRead, ourApply, wgApply, ourApply / wgApply);
        cpuRows.push_back(QStringLiteral("%1 | %2 %3 | %4 %5")
                              .arg(peers, -8)
                              .arg(ourCpu.user / applyRepeats, 9, 'f', 1)
                              .arg(ourCpu.system / applyRepeats, 9, 'f', 1)
                              .arg(wgCpu.user / applyRepeats, 9, 'f', 1)
                              .arg(wgCpu.system / applyRepeats, 9, 'f', 1));
        std::fflush(stdout);
    }
    std::printf("\nread: median of %d alternating runs; apply: median of 3 alternating runs, "
                "each on a fresh interface.\nratio = WG Desk / wg (below 1 means WG Desk is "
                "faster).\n",
                repeats);
    std::printf("\nWhere apply's time goes (CPU ms per apply, mean of 3; system = in the kernel):\n"
                "peers    |  wgdesk user  wgdesk sys |     wg user     wg sys\n");
    for (const QString &row : cpuRows)
        std::printf("%s\n", qPrintable(row));
    return 0;
}
