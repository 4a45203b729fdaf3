// Ping checks (PingChecker) with real ICMP: loopback answers, a silent neighbour and an address
// without a route do not, 1,000 and 100,000 targets at once are matched without mixups, with
// ping sockets and with raw sockets, and a process that may use neither says so once.
//
// SAFETY: main() moves the whole test into a network namespace of its own before anything
// else and refuses to run when it cannot. The veth pair, its addresses and the
// net.ipv4.ping_group_range changes (that sysctl is per network namespace) live there only;
// echo requests go to loopback or into that veth pair, where nobody answers them. The child
// processes (a user without CAP_NET_RAW) inherit the namespace, refuse to run in the
// machine's own one, and ping loopback only.
#include "KernelTestSupport.h"
#include "UserspaceTestSupport.h"

#include "PingChecker.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace wgdesk::app;
using namespace wgdesk::tests;

namespace {

constexpr char childFlag[] = "--ping-child";

// The other end of this veth link is up, has no address and answers nothing: requests to
// other addresses of its subnet go unanswered (ARP and neighbour discovery fail silently).
const QString silentLink = u"pingv0"_s;
const QString silentPeerLink = u"pingv1"_s;
const QHostAddress silentV4(u"10.9.0.2"_s);
const QHostAddress silentV6(u"fd09::2"_s);
const QHostAddress noRouteV4(u"10.255.255.1"_s);
const QHostAddress loopbackV4(QHostAddress::LocalHost);
const QHostAddress loopbackV6(QHostAddress::LocalHostIPv6);

const QString allGroups = u"0 2147483647"_s;
const QString noGroups = u"1 0"_s; // the kernel's default: ping sockets for nobody

QString netNamespace()
{
    char link[64] = {};
    if (::readlink("/proc/self/ns/net", link, sizeof link - 1) < 0)
        return {};
    return QString::fromLatin1(link);
}

QString &hostNamespace()
{
    static QString ns;
    return ns;
}

bool setPingGroupRange(const QString &range)
{
    QFile file(u"/proc/sys/net/ipv4/ping_group_range"_s);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const bool written = file.write(range.toLatin1() + '\n') > 0;
    file.close();
    QFile check(u"/proc/sys/net/ipv4/ping_group_range"_s);
    return written && check.open(QIODevice::ReadOnly) &&
           QString::fromLatin1(check.readAll()).simplified() == range;
}

QList<PingTarget> targetsOf(const QList<QHostAddress> &addresses)
{
    QList<PingTarget> targets;
    for (qsizetype i = 0; i < addresses.size(); ++i)
        targets.append({u"target %1"_s.arg(i), addresses.at(i)});
    return targets;
}

// Runs one round and returns its results, or fails the test.
QList<PingResult> roundOf(PingChecker &checker, const QList<PingTarget> &targets,
                          int waitMs = 30000, qint64 *elapsedMs = nullptr)
{
    QSignalSpy spy(&checker, &PingChecker::results);
    QElapsedTimer clock;
    clock.start();
    checker.check(targets);
    if (!spy.wait(waitMs) || spy.size() != 1) {
        qWarning("no results within %d ms", waitMs);
        return {};
    }
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return spy.first().first().value<QList<PingResult>>();
}

// The child: pings `count` targets (127.0.0.1 and ::1 by turns) in three rounds, the third
// after reset(), and prints what it saw: the unavailable() sentences, available(), the socket
// kinds and, per round, how many results came back in the right order and how many answered.
int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4 || netNamespace().isEmpty() || netNamespace() == QString::fromLatin1(argv[2])) {
        std::fprintf(stderr, "%s: runs only in the test's own network namespace\n", childFlag);
        return 2;
    }
    const int count = std::atoi(argv[3]);
    QList<PingTarget> targets;
    for (int i = 0; i < count; ++i)
        targets.append({u"peer %1"_s.arg(i), i % 2 ? loopbackV6 : loopbackV4});
    PingChecker checker;
    checker.setTimeout(1000);
    QStringList sentences;
    QObject::connect(&checker, &PingChecker::unavailable,
                     [&sentences](const QString &sentence) { sentences.append(sentence); });
    QJsonArray rounds;
    for (int round = 0; round < 3; ++round) {
        if (round == 2)
            checker.reset();
        QSignalSpy spy(&checker, &PingChecker::results);
        checker.check(targets);
        if (!spy.wait(30000))
            return 3;
        const auto results = spy.first().first().value<QList<PingResult>>();
        int inOrder = 0;
        int answered = 0;
        int consistent = 0; // answeredAt and rttMs agree with answered
        for (qsizetype i = 0; i < results.size() && i < targets.size(); ++i) {
            const PingResult &r = results[i];
            inOrder += r.key == targets[i].key;
            answered += r.answered;
            consistent += r.answered ? r.answeredAt.isValid() && r.rttMs >= 0 && r.rttMs < 1000
                                     : !r.answeredAt.isValid() && r.rttMs == -1;
        }
        rounds.append(QJsonObject{{u"size"_s, int(results.size())},
                                  {u"inOrder"_s, inOrder},
                                  {u"answered"_s, answered},
                                  {u"consistent"_s, consistent}});
    }
    const QJsonObject report{
        {u"unavailable"_s, QJsonArray::fromStringList(sentences)},
        {u"available"_s, checker.available()},
        {u"v4"_s, int(checker.socketKind(QAbstractSocket::IPv4Protocol))},
        {u"v6"_s, int(checker.socketKind(QAbstractSocket::IPv6Protocol))},
        {u"rounds"_s, rounds},
    };
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

} // namespace

class TestPingChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(netNamespace() != hostNamespace(), "not in the test's own network namespace");
        QVERIFY(run({u"ip"_s, u"link"_s, u"add"_s, silentLink, u"type"_s, u"veth"_s, u"peer"_s,
                     u"name"_s, silentPeerLink})
                    .ok);
        QVERIFY(run({u"ip"_s, u"addr"_s, u"add"_s, u"10.9.0.1/24"_s, u"dev"_s, silentLink}).ok);
        QVERIFY(
            run({u"ip"_s, u"addr"_s, u"add"_s, u"fd09::1/64"_s, u"dev"_s, silentLink, u"nodad"_s})
                .ok);
        QVERIFY(run({u"ip"_s, u"link"_s, u"set"_s, silentPeerLink, u"up"_s}).ok);
        QVERIFY(run({u"ip"_s, u"link"_s, u"set"_s, silentLink, u"up"_s}).ok);
        QTRY_VERIFY(run({u"ip"_s, u"route"_s, u"get"_s, silentV6.toString()}).ok);
    }

    void cleanupTestCase() { run({u"ip"_s, u"link"_s, u"del"_s, silentLink}); }

    void sockets_data()
    {
        QTest::addColumn<QString>("groupRange");
        QTest::addColumn<PingChecker::SocketKind>("kind");
        QTest::newRow("ping sockets (group in ping_group_range)")
            << allGroups << PingChecker::SocketKind::Ping;
        QTest::newRow("raw sockets (no group in ping_group_range, root)")
            << noGroups << PingChecker::SocketKind::Raw;
    }

    void loopbackAnswers_data() { sockets_data(); }
    void loopbackAnswers()
    {
        QFETCH(QString, groupRange);
        QFETCH(PingChecker::SocketKind, kind);
        QVERIFY(setPingGroupRange(groupRange));
        PingChecker checker;
        QSignalSpy unavailable(&checker, &PingChecker::unavailable);
        QCOMPARE(checker.timeout(), 2000);
        QCOMPARE(checker.socketKind(QAbstractSocket::IPv4Protocol),
                 PingChecker::SocketKind::NotOpen);

        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QList<PingResult> results =
            roundOf(checker, {{u"wg0 v4"_s, loopbackV4}, {u"wg0 v6"_s, loopbackV6}});
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].key, u"wg0 v4"_s);
        QCOMPARE(results[1].key, u"wg0 v6"_s);
        for (const PingResult &r : results) {
            QVERIFY2(r.answered, qPrintable(r.key));
            QVERIFY(r.rttMs >= 0 && r.rttMs < 1000);
            QVERIFY(r.answeredAt.isValid());
            QCOMPARE(r.answeredAt.timeSpec(), Qt::UTC);
            QVERIFY(r.answeredAt >= before && r.answeredAt <= after);
        }
        QCOMPARE(checker.socketKind(QAbstractSocket::IPv4Protocol), kind);
        QCOMPARE(checker.socketKind(QAbstractSocket::IPv6Protocol), kind);
        QVERIFY(checker.available());
        QCOMPARE(unavailable.size(), 0);
        QCOMPARE(checker.pendingRounds(), 0);
    }

    // Nobody answers on the veth link: not answered, after the timeout and not much later.
    void silentNeighbourTimesOut_data() { sockets_data(); }
    void silentNeighbourTimesOut()
    {
        QFETCH(QString, groupRange);
        QVERIFY(setPingGroupRange(groupRange));
        PingChecker checker;
        checker.setTimeout(700);
        qint64 elapsed = 0;
        const QList<PingResult> results =
            roundOf(checker,
                    {{u"silent v4"_s, silentV4}, {u"lo"_s, loopbackV4}, {u"silent v6"_s, silentV6}},
                    10000, &elapsed);
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0], (PingResult{u"silent v4"_s, false, {}, -1}));
        QCOMPARE(results[2], (PingResult{u"silent v6"_s, false, {}, -1}));
        QVERIFY(results[1].answered); // one round, answered and not answered side by side
        QVERIFY2(elapsed >= 690 && elapsed < 700 + 1500, qPrintable(QString::number(elapsed)));
    }

    // sendto() fails (no route; not an IP address): not answered at once, without the timeout.
    void unreachableFailsAtOnce_data() { sockets_data(); }
    void unreachableFailsAtOnce()
    {
        QFETCH(QString, groupRange);
        QVERIFY(setPingGroupRange(groupRange));
        QVERIFY(!run({u"ip"_s, u"route"_s, u"get"_s, noRouteV4.toString()}).ok);
        PingChecker checker;
        checker.setTimeout(5000);
        qint64 elapsed = 0;
        const QList<PingResult> results =
            roundOf(checker, {{u"no route"_s, noRouteV4}, {u"no address"_s, QHostAddress()}}, 10000,
                    &elapsed);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0], (PingResult{u"no route"_s, false, {}, -1}));
        QCOMPARE(results[1], (PingResult{u"no address"_s, false, {}, -1}));
        QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
    }

    void emptyRound()
    {
        PingChecker checker;
        QSignalSpy spy(&checker, &PingChecker::results);
        checker.check({});
        QCOMPARE(spy.size(), 0); // never from inside check()
        QVERIFY(spy.wait(5000));
        QVERIFY(spy.first().first().value<QList<PingResult>>().isEmpty());
    }

    // 1,000 targets: loopback (v4 and v6, also v4-mapped) and, every seventh, the silent
    // neighbour. Each result must be its own target's: a mixup would answer a silent one.
    void manyTargetsNoMixups_data() { sockets_data(); }
    void manyTargetsNoMixups()
    {
        QFETCH(QString, groupRange);
        QVERIFY(setPingGroupRange(groupRange));
        PingChecker checker;
        checker.setTimeout(1000);
        const QHostAddress mapped(u"::ffff:127.0.0.1"_s);
        QList<PingTarget> targets;
        for (int i = 0; i < 1000; ++i) {
            const QHostAddress &address = i % 7 == 3   ? (i % 2 ? silentV4 : silentV6)
                                          : i % 3 == 0 ? loopbackV6
                                          : i % 5 == 0 ? mapped
                                                       : loopbackV4;
            targets.append({u"wg%1 peer%2"_s.arg(i % 4).arg(i), address});
        }
        const QList<PingResult> results = roundOf(checker, targets);
        QCOMPARE(results.size(), targets.size());
        for (qsizetype i = 0; i < targets.size(); ++i) {
            QCOMPARE(results[i].key, targets[i].key);
            const bool silent = i % 7 == 3;
            QVERIFY2(results[i].answered == !silent, qPrintable(targets[i].key));
            QCOMPARE(results[i].answeredAt.isValid(), !silent);
        }
    }

    // Two rounds at once, the same keys: two complete result lists, in order.
    void overlappingRounds()
    {
        QVERIFY(setPingGroupRange(allGroups));
        PingChecker checker;
        checker.setTimeout(500);
        QSignalSpy spy(&checker, &PingChecker::results);
        checker.check(targetsOf({loopbackV4, silentV4}));
        checker.check(targetsOf({silentV6, loopbackV6, loopbackV4}));
        QCOMPARE(checker.pendingRounds(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 10000);
        const auto first = spy.at(0).first().value<QList<PingResult>>();
        const auto second = spy.at(1).first().value<QList<PingResult>>();
        QCOMPARE(first.size(), 2);
        QCOMPARE(second.size(), 3);
        QVERIFY(first[0].answered && !first[1].answered);
        QVERIFY(!second[0].answered && second[1].answered && second[2].answered);
        QCOMPARE(checker.pendingRounds(), 0);
    }

    // 100,000 targets: check() returns at once, the event loop keeps running while they go
    // out, and every one is answered and matched.
    void hundredThousandTargets_data() { sockets_data(); }
    void hundredThousandTargets()
    {
        QFETCH(QString, groupRange);
        QVERIFY(setPingGroupRange(groupRange));
        PingChecker checker;
        QList<PingTarget> targets;
        targets.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            targets.append({u"peer %1"_s.arg(i), i % 2 ? loopbackV4 : loopbackV6});
        QSignalSpy spy(&checker, &PingChecker::results);

        QElapsedTimer loop;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout,
                         [&] { longestGap = std::max(longestGap, loop.restart()); });
        QElapsedTimer clock;
        clock.start();
        checker.check(targets);
        const qint64 inCheck = clock.elapsed();
        loop.start();
        ticker.start();
        QVERIFY(spy.wait(60000));
        const qint64 total = clock.elapsed();
        ticker.stop();

        const auto results = spy.first().first().value<QList<PingResult>>();
        QCOMPARE(results.size(), targets.size());
        qsizetype answered = 0;
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (results[i].key != targets[i].key)
                QFAIL(qPrintable(u"result %1 is %2"_s.arg(i).arg(results[i].key)));
            answered += results[i].answered;
        }
        QCOMPARE(answered, targets.size());
        qInfo("100,000 targets: check() %lld ms, round %lld ms, longest event-loop gap %lld ms",
              inCheck, total, longestGap);
        QVERIFY2(inCheck < 50, qPrintable(QString::number(inCheck)));
        QVERIFY2(longestGap < 250, qPrintable(QString::number(longestGap)));
    }

    void checkAddressFor_data()
    {
        QTest::addColumn<QString>("checkAddress");
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<QString>("expected"); // empty = nullopt

        QTest::newRow("first tunnel address, IPv4")
            << QString() << QStringList{u"10.0.0.2/32"_s, u"fd00::2/128"_s} << u"10.0.0.2"_s;
        QTest::newRow("first tunnel address, IPv6")
            << QString() << QStringList{u"fd00::2/128"_s, u"10.0.0.2/32"_s} << u"fd00::2"_s;
        QTest::newRow("host part of a wider prefix")
            << QString() << QStringList{u"10.0.0.7/24"_s} << u"10.0.0.7"_s;
        QTest::newRow("check address wins")
            << u"192.168.5.1"_s << QStringList{u"10.0.0.2/32"_s} << u"192.168.5.1"_s;
        QTest::newRow("check address with a prefix length")
            << u"fd00::9/128"_s << QStringList{u"10.0.0.2/32"_s} << u"fd00::9"_s;
        QTest::newRow("check address of blanks = not set")
            << u"  "_s << QStringList{u"10.0.0.2/32"_s} << u"10.0.0.2"_s;
        QTest::newRow("no addresses") << QString() << QStringList{} << QString();
        QTest::newRow("check address does not parse")
            << u"peer.example"_s << QStringList{u"10.0.0.2/32"_s} << QString();
        QTest::newRow("first tunnel address does not parse")
            << QString() << QStringList{u"nonsense"_s, u"10.0.0.2/32"_s} << QString();
    }

    void checkAddressFor()
    {
        QFETCH(QString, checkAddress);
        QFETCH(QStringList, addresses);
        QFETCH(QString, expected);
        Peer peer;
        peer.checkAddress = checkAddress;
        peer.addresses = addresses;
        const std::optional<QHostAddress> address = PingChecker::checkAddressFor(peer);
        if (expected.isEmpty()) {
            QVERIFY(!address);
        } else {
            QVERIFY(address);
            QCOMPARE(*address, QHostAddress(expected));
            QCOMPARE(address->protocol(), QHostAddress(expected).protocol());
        }
    }

    // A child process with the given privileges pings loopback three times, the third after
    // reset().
    void withoutCapNetRaw_data()
    {
        QTest::addColumn<QString>("groupRange");
        QTest::addColumn<QStringList>("privileges");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("group");
        QTest::addColumn<bool>("answers");
        const QStringList nobody{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
        const QStringList rootWithoutRaw{u"--inh-caps=-net_raw"_s, u"--bounding-set=-net_raw"_s};
        QTest::newRow("nobody, no group in ping_group_range")
            << noGroups << nobody << 2 << 65534 << false;
        QTest::newRow("root without CAP_NET_RAW, no group in ping_group_range")
            << noGroups << rootWithoutRaw << 2 << 0 << false;
        QTest::newRow("nobody, no group in ping_group_range, 100,000 targets")
            << noGroups << nobody << 100000 << 65534 << false;
        QTest::newRow("nobody, its group in ping_group_range")
            << u"65534 65534"_s << nobody << 2 << 65534 << true;
        QTest::newRow("root without CAP_NET_RAW, all groups in ping_group_range")
            << allGroups << rootWithoutRaw << 2 << 0 << true;
        // No SO_RCVBUFFORCE without privileges: the replies must still all be read in time.
        QTest::newRow("nobody, its group in ping_group_range, 100,000 targets")
            << u"65534 65534"_s << nobody << 100000 << 65534 << true;
    }

    void withoutCapNetRaw()
    {
        QFETCH(QString, groupRange);
        QFETCH(QStringList, privileges);
        QFETCH(int, count);
        QFETCH(int, group);
        QFETCH(bool, answers);
        QVERIFY(setPingGroupRange(groupRange));
        const RunResult child =
            run(QStringList{u"setpriv"_s} + privileges +
                QStringList{QCoreApplication::applicationFilePath(), QString::fromLatin1(childFlag),
                            hostNamespace(), QString::number(count)});
        QVERIFY2(child.ok, qPrintable(child.err));
        const QJsonObject report = QJsonDocument::fromJson(child.out.toUtf8()).object();
        QVERIFY2(!report.isEmpty(), qPrintable(child.out + child.err));

        const QJsonArray rounds = report.value(u"rounds"_s).toArray();
        QCOMPARE(rounds.size(), 3);
        for (const QJsonValue &round : rounds) {
            const QJsonObject r = round.toObject();
            QCOMPARE(r.value(u"size"_s).toInt(), count);
            QCOMPARE(r.value(u"inOrder"_s).toInt(), count);
            QCOMPARE(r.value(u"consistent"_s).toInt(), count);
            QCOMPARE(r.value(u"answered"_s).toInt(), answers ? count : 0);
        }
        const QStringList sentences = report.value(u"unavailable"_s).toVariant().toStringList();
        if (answers) {
            QVERIFY2(sentences.isEmpty(), qPrintable(sentences.join(u'\n')));
            QVERIFY(report.value(u"available"_s).toBool());
            QCOMPARE(report.value(u"v4"_s).toInt(), int(PingChecker::SocketKind::Ping));
            QCOMPARE(report.value(u"v6"_s).toInt(), int(PingChecker::SocketKind::Ping));
            return;
        }
        // Once for the first two rounds, once more after reset().
        QCOMPARE(sentences.size(), 2);
        QCOMPARE(sentences[0], sentences[1]);
        QCOMPARE(sentences[0],
                 u"Ping checks are off: this user may not send ICMP echo requests "
                 u"(net.ipv4.ping_group_range (\u201c1 0\u201d) does not include group %1, and "
                 u"there is no CAP_NET_RAW). Peers count as connected by their handshakes only. "
                 u"To turn them on, add a group of this user to net.ipv4.ping_group_range "
                 u"(sysctl) or give WG Desk the CAP_NET_RAW capability."_s.arg(group));
        QVERIFY(!report.value(u"available"_s).toBool());
        QCOMPARE(report.value(u"v4"_s).toInt(), int(PingChecker::SocketKind::NotOpen));
        QCOMPARE(report.value(u"v6"_s).toInt(), int(PingChecker::SocketKind::NotOpen));
    }
};

int main(int argc, char **argv)
{
    if (argc >= 2 && std::strcmp(argv[1], childFlag) == 0)
        return childMain(argc, argv);
    // Safety first: everything happens in a network namespace of this process alone, which the
    // kernel deletes when its last process exits.
    hostNamespace() = netNamespace();
    if (const int refused =
            wgdesk::tests::userspace::enterPrivateNetworkNamespace("TestPingChecker");
        refused != 0)
        return refused;
    QCoreApplication app(argc, argv);
    TestPingChecker test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestPingChecker.moc"
