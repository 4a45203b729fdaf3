// What only the userspace backend has, against real wireguard-go, cross-checked with wg(8)
// (which speaks the same socket protocol) and ip(8): finding wireguard-go, sockets left stale or
// served from other namespaces, link operations refused on links no wireguard-go serves, errno
// sentences, a hung daemon, and permissions. Everything both backends do alike is in the
// conformance suite (tests/conformance/BackendConformance.cpp, TestUserspaceConformance).
//
// SAFETY: main() moves the whole test into a network namespace of its own before anything
// else, so every interface, address and wireguard-go process it makes lives there and never
// in the machine's namespace; it refuses to run when it cannot. The socket directory
// /var/run/wireguard is shared by all namespaces, so every name carries this run's pid.
#include "KernelTestSupport.h"
#include "UserspaceTestSupport.h"

#include "Keys.h"
#include "UapiBackend.h"

#include <QDir>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace wgdesk::platform;
using namespace wgdesk::tests;
using namespace wgdesk::tests::userspace;

namespace {

// Whether every thread of `pid` is in the stopped state ("T" in /proc/PID/task/TID/stat).
bool allThreadsStopped(pid_t pid)
{
    const QString tasks = u"/proc/%1/task"_s.arg(pid);
    const QStringList tids = QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (tids.isEmpty())
        return false;
    for (const QString &tid : tids) {
        QFile stat(tasks + u'/' + tid + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')'); // the name may hold spaces
        if (close < 0 || close + 2 >= text.size() || text.at(close + 2) != 'T')
            return false;
    }
    return true;
}

// A socket file whose listener is gone, as a crashed wireguard-go leaves it.
bool makeStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray bytes = QFile::encodeName(path);
    std::memcpy(address.sun_path, bytes.constData(), static_cast<std::size_t>(bytes.size()));
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
                    && ::listen(fd, 1) == 0;
    ::close(fd);
    return ok;
}

// A socket that answers connects (it listens) but never replies; the descriptor is returned.
int makeSilentSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray bytes = QFile::encodeName(path);
    std::memcpy(address.sun_path, bytes.constData(), static_cast<std::size_t>(bytes.size()));
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(fd, 4) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

class TestUapiBackend : public QObject
{
    Q_OBJECT

private:
    UapiBackend backend;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(keys::initialize());
        // main() made this namespace: it must hold nothing but loopback.
        QCOMPARE(linksInNamespace(), QStringList());
        QCOMPARE(backend.kind(), u"userspace"_s);
        const auto probe = backend.probe();
        QVERIFY2(probe.ok(), qPrintable(probe.error().message));
        QVERIFY(!backend.wireGuardGoPath().isEmpty());
    }

    void cleanup()
    {
        const QString forced = cleanUpEverything();
        QVERIFY2(forced.isEmpty(), qPrintable(forced));
        QCOMPARE(linksInNamespace(), QStringList());
    }

    void cleanupTestCase() { cleanUpEverything(); }

    void probeAndPaths()
    {
        QTemporaryDir emptyDir;
        QVERIFY(emptyDir.isValid());
        UapiBackend missing(u"/nonexistent/wireguard-go"_s, emptyDir.path());
        auto probe = missing.probe();
        QVERIFY(!probe.ok());
        QCOMPARE(probe.error().kind, BackendError::Kind::Unavailable);
        QVERIFY2(probe.error().message.contains(u"\u201capt-get install wireguard-go\u201d"_s),
                 qPrintable(probe.error().message));
        QVERIFY2(probe.error().message.contains(u"/nonexistent/wireguard-go"_s),
                 qPrintable(probe.error().message));
        QVERIFY(UapiBackend::notInstalledError().message.startsWith(
            u"wireguard-go is not installed"_s));

        // Creating goes no further: no link appears.
        const auto created = missing.createInterface(ifname("m"));
        QCOMPARE(created.error().kind, BackendError::Kind::Unavailable);
        QCOMPARE(linksInNamespace(), QStringList());

        // A socket is enough: interfaces started by someone else can be managed.
        const int fd = makeSilentSocket(emptyDir.path() + u"/wgx.sock"_s);
        QVERIFY(fd >= 0);
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });
        QVERIFY(missing.probe().ok());

        // The default path: $WGDESK_WIREGUARD_GO, else PATH.
        qputenv("WGDESK_WIREGUARD_GO", "/opt/elsewhere/wireguard-go");
        QCOMPARE(UapiBackend().wireGuardGoPath(), u"/opt/elsewhere/wireguard-go"_s);
        qunsetenv("WGDESK_WIREGUARD_GO");
        QCOMPARE(UapiBackend().wireGuardGoPath(),
                 QStandardPaths::findExecutable(u"wireguard-go"_s));
        UapiBackend set;
        set.setWireGuardGoPath(u"/x/wireguard-go"_s);
        QCOMPARE(set.wireGuardGoPath(), u"/x/wireguard-go"_s);
        QCOMPARE(set.socketPath(u"wg0"_s), u"/var/run/wireguard/wg0.sock"_s);
    }


    void listSkipsAndRemovesStaleSockets()
    {
        const QString a = ifname("a");
        QVERIFY(backend.createInterface(a).ok());
        const QString stale = socketFile(ifname("st"));
        QVERIFY(makeStaleSocket(stale));
        QVERIFY(QFileInfo::exists(stale));
        QCOMPARE(backend.listInterfaces().value(), QStringList{a});
        QVERIFY(!QFileInfo::exists(stale)); // removed, as wg does

        // A wireguard-go in another namespace answers on the shared directory, but its link is
        // not here: not listed, not readable as a link here, and its name is taken.
        const QString other = ifname("o");
        QVERIFY(startWireGuardGo(other, {u"unshare"_s, u"-n"_s}));
        QVERIFY(QFileInfo::exists(socketFile(other)));
        QCOMPARE(backend.listInterfaces().value(), QStringList{a});
        const auto taken = backend.createInterface(other);
        QCOMPARE(taken.error().kind, BackendError::Kind::NameTaken);
        QVERIFY(ipLinkKind(other).isEmpty());
        QCOMPARE(backend.deleteInterface(other).error().kind, BackendError::Kind::NoSuchInterface);
        // Stop it (its namespace goes with it).
        for (pid_t pid : wireGuardGoFor(other))
            ::kill(pid, SIGTERM);
        QTRY_VERIFY(wireGuardGoFor(other).isEmpty());
        backend.listInterfaces(); // removes its socket if it left one
        QVERIFY(!QFileInfo::exists(socketFile(other)));
    }

    void listenPortInUse()
    {
        const QString a = ifname("a");
        const QString b = ifname("b");
        QVERIFY(backend.createInterface(a).ok());
        QVERIFY(backend.createInterface(b).ok());
        DeviceChange change;
        change.name = a;
        change.listenPort = 41500;
        QVERIFY(backend.applyChanges(change).ok());
        change.name = b;
        const ApplyReport report = backend.applyChanges(change);
        QVERIFY(!report.ok());
        QCOMPARE(report.error.errnum, EADDRINUSE);
        QCOMPARE(report.error.message,
                 u"Could not configure the WireGuard interface %1: the listen port is already in "
                 u"use."_s.arg(b));
        QVERIFY(wgShow(b, u"listen-port"_s) != u"41500"_s);
    }

    void hungDaemonTimesOut()
    {
        const QString a = ifname("a");
        QVERIFY(backend.createInterface(a).ok());
        const QList<pid_t> pids = wireGuardGoFor(a);
        QCOMPARE(pids.size(), 1);
        UapiBackend impatient;
        impatient.setIoTimeout(300);
        ::kill(pids[0], SIGSTOP);
        const auto resume = qScopeGuard([&] { ::kill(pids[0], SIGCONT); });
        // kill() returns before every thread of the Go runtime has stopped: wait until all have.
        QVERIFY(QTest::qWaitFor([&] { return allThreadsStopped(pids[0]); }, 5000));
        QElapsedTimer timer;
        timer.start();
        const auto read = impatient.readDevice(a);
        QVERIFY(!read.ok());
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(read.error().kind, BackendError::Kind::Io);
        QCOMPARE(read.error().errnum, ETIMEDOUT);
        QVERIFY2(read.error().message.contains(u"did not answer on %1 within 0.3 seconds"_s.arg(
                     socketFile(a))),
                 qPrintable(read.error().message));
        ::kill(pids[0], SIGCONT);
        QVERIFY(impatient.readDevice(a).ok());

        // A socket that accepts and never answers (no daemon at all behind it).
        QTemporaryDir dir;
        const int fd = makeSilentSocket(dir.path() + u"/silent0.sock"_s);
        QVERIFY(fd >= 0);
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });
        UapiBackend silent(QString(), dir.path());
        silent.setIoTimeout(200);
        DeviceChange change;
        change.name = u"silent0"_s;
        change.listenPort = 1;
        const ApplyReport report = silent.applyChanges(change);
        QCOMPARE(report.error.errnum, ETIMEDOUT);
        QCOMPARE(report.messagesSent, 0);
    }

    void withoutRoot()
    {
        const QString a = ifname("a");
        QVERIFY(backend.createInterface(a).ok());
        const auto unprivileged = [](const QStringList &args) {
            return run(QStringList{u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s,
                                   u"--clear-groups"_s, QCoreApplication::applicationFilePath(),
                                   u"--as-unprivileged"_s}
                       + args);
        };
        // Sanity: the helper mode works as root.
        const RunResult asRoot = run({QCoreApplication::applicationFilePath(),
                                      u"--as-unprivileged"_s, u"read"_s, a});
        QVERIFY2(asRoot.ok, qPrintable(asRoot.err));
        for (const QStringList &args :
             {QStringList{u"read"_s, a}, QStringList{u"list"_s, a}, QStringList{u"delete"_s, a},
              QStringList{u"port"_s, a}}) {
            const RunResult result = unprivileged(args);
            QVERIFY2(!result.ok, qPrintable(args.join(u' ')));
            const int denied = int(BackendError::Kind::PermissionDenied);
            QVERIFY2(result.err.contains(u"kind=%1"_s.arg(denied)), qPrintable(result.err));
            QVERIFY2(result.err.contains(u"belongs to root, and only root may use it. Run WG Desk "
                                         u"as root."_s),
                     qPrintable(result.err));
        }
        QCOMPARE(ipLinkKind(a), u"tun"_s);
        QVERIFY(backend.readDevice(a).ok());

        // Creating: wireguard-go itself may not make a TUN device, and says so.
        const QString b = ifname("np");
        const RunResult create = unprivileged({u"create"_s, b});
        QVERIFY(!create.ok);
        QVERIFY2(create.err.contains(u"kind=%1"_s.arg(int(BackendError::Kind::PermissionDenied))),
                 qPrintable(create.err));
        QVERIFY2(create.err.contains(u"WG Desk may not create the interface %1: wireguard-go "
                                     u"reports \u201cFailed to create TUN device: permission "
                                     u"denied\u201d."_s.arg(b)),
                 qPrintable(create.err));
        QVERIFY(ipLinkKind(b).isEmpty());
        QVERIFY(!QFileInfo::exists(socketFile(b)));
    }
};

namespace {

// The helper for withoutRoot(): one backend call, run as an unprivileged user.
int unprivilegedMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString op = QString::fromLocal8Bit(argv[2]);
    const QString name = QString::fromLocal8Bit(argv[3]);
    UapiBackend backend;
    BackendError error;
    if (op == u"read") {
        error = backend.readDevice(name).error();
    } else if (op == u"list") {
        error = backend.listInterfaces().error();
    } else if (op == u"delete") {
        error = backend.deleteInterface(name).error();
    } else if (op == u"create") {
        error = backend.createInterface(name).error();
    } else if (op == u"port") {
        DeviceChange change;
        change.name = name;
        change.listenPort = 4242;
        error = backend.applyChanges(change).error;
    }
    if (!error.isError())
        return 0;
    std::fprintf(stderr, "kind=%d\n%s\n", int(error.kind), qPrintable(error.message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 4 && std::strcmp(argv[1], "--as-unprivileged") == 0)
        return unprivilegedMain(argc, argv);
    // Safety first: everything happens in a network namespace of this process alone, which the
    // kernel deletes when its last process exits.
    return runInPrivateNetworkNamespace<TestUapiBackend>("TestUapiBackend", u"wgu"_s, argc, argv);
}

#include "TestUapiBackend.moc"
