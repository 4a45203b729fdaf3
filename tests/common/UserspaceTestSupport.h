// Helpers for suites that run real wireguard-go on the host: a private network namespace for
// the whole test process, per-run interface names, and the cleanup that leaves no wireguard-go,
// socket or link behind. Header-only; shared by TestUapiBackend and TestUserspaceConformance.
//
// SAFETY: runInPrivateNetworkNamespace() moves the process into a network namespace of its own
// before the tests run and refuses to run when it cannot, so every interface, address and
// wireguard-go it makes lives there and never in the machine's namespace. The socket directory
// /var/run/wireguard is shared by all namespaces, so every name carries a tag and this run's pid.
#pragma once

#include "KernelTestSupport.h"
#include "UapiBackend.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <sched.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace wgdesk::tests::userspace {

using namespace Qt::StringLiterals;

inline QString &namePrefixStorage()
{
    static QString prefix;
    return prefix;
}

// TAG + this run's pid + "_": unique among runs and suites sharing /var/run/wireguard (the "_"
// keeps pid 123 from matching pid 1234), and with a pid of at most 5 digits it leaves 4
// characters of suffix within Linux's 15.
inline void setNamePrefix(const QString &tag)
{
    namePrefixStorage() = tag + QString::number(::getpid()) + u'_';
}

inline QString namePrefix()
{
    return namePrefixStorage();
}

inline QString ifname(const char *suffix)
{
    return namePrefix() + QLatin1String(suffix);
}

inline QString socketFile(const QString &name)
{
    return platform::UapiBackend::defaultSocketDirectory() + u'/' + name + u".sock"_s;
}

// wireguard-go processes (the background copies keep their arguments) serving a name of this
// run, wherever they are: found by their exact command line, never by a broad name match.
inline QList<pid_t> ourWireGuardGoProcesses()
{
    QList<pid_t> pids;
    if (namePrefix().isEmpty())
        return pids;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const pid_t pid = entry.toInt(&numeric);
        if (!numeric || pid == ::getpid())
            continue;
        QFile cmdline(u"/proc/"_s + entry + u"/cmdline"_s);
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmdline.readAll().split('\0');
        if (args.size() < 2 || !args[0].endsWith("wireguard-go")
            || !QString::fromLatin1(args[1]).startsWith(namePrefix()))
            continue;
        QFile stat(u"/proc/"_s + entry + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray fields = stat.readAll();
        const qsizetype close = fields.lastIndexOf(')');
        if (close < 0 || fields.mid(close + 2, 1) == "Z")
            continue; // exited, not yet reaped
        pids.append(pid);
    }
    return pids;
}

inline QList<pid_t> wireGuardGoFor(const QString &name)
{
    QList<pid_t> result;
    for (pid_t pid : ourWireGuardGoProcesses()) {
        QFile cmdline(u"/proc/"_s + QString::number(pid) + u"/cmdline"_s);
        if (cmdline.open(QIODevice::ReadOnly)
            && cmdline.readAll().split('\0').value(1) == name.toLatin1())
            result.append(pid);
    }
    return result;
}

inline QStringList ourSocketFiles()
{
    if (namePrefix().isEmpty())
        return {};
    return QDir(platform::UapiBackend::defaultSocketDirectory())
        .entryList({namePrefix() + u"*.sock"_s}, QDir::System | QDir::Files | QDir::Hidden);
}

inline QStringList linksInNamespace()
{
    QStringList names;
    const RunResult r = run({u"ip"_s, u"-j"_s, u"link"_s, u"show"_s});
    for (const auto &link : QJsonDocument::fromJson(r.out.toUtf8()).array())
        names.append(link.toObject().value(u"ifname"_s).toString());
    names.removeAll(u"lo"_s);
    return names;
}

// Deletes every link of the test namespace (it holds only what the tests made) and makes sure
// no wireguard-go of this run is left, nor any socket. Returns what it had to clean up by force.
inline QString cleanUpEverything()
{
    QStringList problems;
    for (const QString &link : linksInNamespace())
        run({u"ip"_s, u"link"_s, u"del"_s, link});
    // wireguard-go exits once its link is gone; give it a moment before forcing it.
    if (!QTest::qWaitFor([] { return ourWireGuardGoProcesses().isEmpty(); }, 5000)) {
        for (pid_t pid : ourWireGuardGoProcesses()) {
            problems.append(u"killed wireguard-go %1"_s.arg(pid));
            ::kill(pid, SIGCONT);
            ::kill(pid, SIGTERM);
        }
        if (!QTest::qWaitFor([] { return ourWireGuardGoProcesses().isEmpty(); }, 3000))
            for (pid_t pid : ourWireGuardGoProcesses())
                ::kill(pid, SIGKILL);
    }
    if (!QTest::qWaitFor([] { return ourWireGuardGoProcesses().isEmpty(); }, 3000))
        problems.append(u"wireguard-go survived SIGKILL"_s);
    for (const QString &file : ourSocketFiles()) {
        problems.append(u"removed socket "_s + file);
        QFile::remove(platform::UapiBackend::defaultSocketDirectory() + u'/' + file);
    }
    return problems.join(u"; "_s);
}

// Starts wireguard-go the way an administrator would ("someone else" for WG Desk).
inline bool startWireGuardGo(const QString &name, const QStringList &prefix = {})
{
    const RunResult r = run(prefix + QStringList{u"wireguard-go"_s, name});
    if (!r.ok)
        qWarning("wireguard-go %s failed: %s", qPrintable(name), qPrintable(r.err));
    return r.ok;
}

// Moves this process into a network namespace of its own (the kernel deletes it when its last
// process exits) with loopback up. Returns 0, or the exit code after saying why not.
inline int enterPrivateNetworkNamespace(const char *suite)
{
    char hostNamespace[64] = {};
    if (::readlink("/proc/self/ns/net", hostNamespace, sizeof hostNamespace - 1) < 0) {
        std::fprintf(stderr, "%s: cannot read /proc/self/ns/net: %s\n", suite,
                     std::strerror(errno));
        return 2;
    }
    if (::unshare(CLONE_NEWNET) != 0) {
        std::fprintf(stderr,
                     "%s: unshare(CLONE_NEWNET) failed: %s. This suite starts wireguard-go only "
                     "inside a private network namespace, which needs root; refusing to run in "
                     "the machine's own namespace.\n",
                     suite, std::strerror(errno));
        return 2;
    }
    char testNamespace[64] = {};
    if (::readlink("/proc/self/ns/net", testNamespace, sizeof testNamespace - 1) < 0
        || std::strcmp(hostNamespace, testNamespace) == 0) {
        std::fprintf(stderr, "%s: not in a new network namespace; refusing to run.\n", suite);
        return 2;
    }
    if (std::system("ip link set lo up") != 0) {
        std::fprintf(stderr, "%s: \"ip link set lo up\" failed in the test namespace.\n", suite);
        return 2;
    }
    qputenv("WG_I_PREFER_BUGGY_USERSPACE_TO_POLISHED_KMOD", "1"); // for startWireGuardGo()
    return 0;
}

// main() of a userspace suite: safety first (a private network namespace), then the tests, then,
// whatever happened, leave no wireguard-go or socket of this run behind.
template<class Suite, class Application = QCoreApplication>
int runInPrivateNetworkNamespace(const char *suite, const QString &nameTag, int argc, char **argv)
{
    if (const int refused = enterPrivateNetworkNamespace(suite); refused != 0)
        return refused;
    setNamePrefix(nameTag);

    Application app(argc, argv);
    int result = 0;
    {
        Suite test;
        result = QTest::qExec(&test, argc, argv);
    }
    const QString forced = cleanUpEverything();
    if (!forced.isEmpty()) {
        std::fprintf(stderr, "%s: cleaned up after the tests: %s\n", suite, qPrintable(forced));
        result = result ? result : 1;
    }
    return result;
}

} // namespace wgdesk::tests::userspace
