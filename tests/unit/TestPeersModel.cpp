// The peers table: checked by QAbstractItemModelTester, updated with the fewest signals (no
// reset or layout change after setInterface; inserts and removes by range; dataChanged only
// for the rows and columns that changed), sorted on raw values and filtered through the proxy.
#include "PeersModel.h"
#include "PeersProxyModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <set>

using namespace wgdesk;
using namespace wgdesk::models;
using namespace Qt::StringLiterals;

namespace {

const QString Wg0 = u"wg0"_s;

// Keys need not be real for the model: it only shows and compares them.
QString keyOf(int n)
{
    return u"K%1/abcdefghijklmnopqrstuvwxyz0123456789ABC="_s.arg(n, 4, 10, QChar(u'0'));
}

app::PeerStatus status(int n, bool connected = false, quint64 rx = 0)
{
    app::PeerStatus s;
    s.interfaceIdentifier = Wg0;
    s.publicKey = keyOf(n);
    s.isConnected = connected;
    s.bytesReceived = rx;
    s.bytesTransmitted = rx / 2;
    s.lastHandshakeSec = connected ? QDateTime::currentSecsSinceEpoch() - 12 : 0;
    s.endpoint = u"192.0.2.%1:51820"_s.arg(n % 250);
    return s;
}

QList<app::PeerStatus> statuses(int count)
{
    QList<app::PeerStatus> list;
    for (int i = 0; i < count; ++i)
        list.append(status(i, i % 3 == 0, 1000u * static_cast<quint64>(i)));
    return list;
}

app::Peer configured(int n, const QString &name = {})
{
    app::Peer p;
    p.interfaceIdentifier = Wg0;
    p.publicKey = keyOf(n);
    p.displayName = name;
    p.allowedIps = {u"10.0.%1.%2/32"_s.arg(n / 250).arg(n % 250 + 1)};
    return p;
}

app::PeerStatusChange bytesChange(app::PeerStatus s, quint64 more)
{
    s.bytesReceived += more;
    s.bytesTransmitted += more;
    return {s, app::StatusField::BytesReceived | app::StatusField::BytesTransmitted};
}

struct Covered
{
    int rows = 0;
    std::set<int> columns;
};

Covered covered(const QSignalSpy &spy)
{
    Covered c;
    for (const QList<QVariant> &signal : spy) {
        const QModelIndex tl = signal.at(0).toModelIndex();
        const QModelIndex br = signal.at(1).toModelIndex();
        c.rows += br.row() - tl.row() + 1;
        for (int col = tl.column(); col <= br.column(); ++col)
            c.columns.insert(col);
    }
    return c;
}

void checkLookups(const PeersModel &model)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString key = model.index(r, 0).data(PeersModel::PublicKeyRole).toString();
        QCOMPARE(model.rowOf(key), r);
    }
}

} // namespace

class TestPeersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void onePercentChangedBytes()
    {
        PeersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<app::PeerStatus> initial = statuses(1000);
        model.setInterface(Wg0, {}, initial);
        QCOMPARE(model.rowCount(), 1000);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        app::StatusDelta delta;
        delta.interfaceIdentifier = Wg0;
        const QList<int> rows{3, 150, 151, 298, 420, 555, 610, 777, 901, 999};
        for (const int r : rows)
            delta.changed.append(bytesChange(initial.at(r), 5000));
        model.applyDelta(delta);

        const Covered c = covered(changes);
        QVERIFY2(c.rows >= 10 && c.rows <= 20, qPrintable(QString::number(c.rows)));
        QCOMPARE(c.columns, (std::set<int>{PeersModel::Received, PeersModel::Sent}));
        QCOMPARE(changes.size(), 9); // 150 and 151 share one signal
        for (const QList<QVariant> &signal : changes) {
            const QList<int> roles = signal.at(2).value<QList<int>>();
            QVERIFY(roles.contains(Qt::DisplayRole));
            QVERIFY(roles.contains(PeersModel::SortRole));
            QVERIFY(!roles.contains(Qt::DecorationRole));
        }
        QCOMPARE(resets.size(), 0);
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(inserts.size(), 0);
        QCOMPARE(removes.size(), 0);
        QCOMPARE(model.index(420, PeersModel::Received).data(PeersModel::SortRole),
                 QVariant(qint64(420'000 + 5000)));
    }

    void trackerDeltaTouchesOnlyTrafficColumns()
    {
        // The same through the real tracker: counters moved, so the rates did too.
        app::StatusTracker tracker;
        std::vector<platform::Peer> peers(1000);
        for (std::size_t i = 0; i < peers.size(); ++i) {
            peers[i].publicKey.bytes[0] = static_cast<std::uint8_t>(i);
            peers[i].publicKey.bytes[1] = static_cast<std::uint8_t>(i >> 8);
            peers[i].rxBytes = 1000;
        }
        app::StatusTracker::PollInput in;
        in.interfaceIdentifier = Wg0;
        in.device.peers = peers;
        in.polledAt = QDateTime::fromSecsSinceEpoch(1'750'000'000);
        const app::StatusDelta first = tracker.poll(in);

        PeersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInterface(Wg0, {}, first.added);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        for (std::size_t i = 7; i < peers.size(); i += 100)
            in.device.peers[i].rxBytes += 2048;
        in.polledAt = in.polledAt.addSecs(1);
        const app::StatusDelta second = tracker.poll(in);
        QCOMPARE(second.changed.size(), 10);
        model.applyDelta(second);

        const Covered c = covered(changes);
        QVERIFY(c.rows >= 10 && c.rows <= 20);
        QCOMPARE(c.columns, (std::set<int>{PeersModel::Received, PeersModel::RxRate}));
        QCOMPARE(resets.size(), 0);
        const int row = model.rowOf(second.changed.first().status.publicKey);
        QCOMPARE(model.index(row, PeersModel::RxRate).data(PeersModel::SortRole).toDouble(),
                 2048.0);
    }

    void rowsComeAndGo()
    {
        PeersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<app::Peer> config;
        for (int i = 0; i < 10; ++i)
            config.append(configured(i, u"peer %1"_s.arg(i)));
        const QList<app::PeerStatus> initial = statuses(100);
        model.setInterface(Wg0, config, initial);
        QCOMPARE(model.rowCount(), 100);
        checkLookups(model);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        app::StatusDelta delta;
        delta.interfaceIdentifier = Wg0;
        // Unmanaged peers leave with their rows; a configured one keeps its row.
        delta.removed = {keyOf(20), keyOf(21), keyOf(22), keyOf(50), keyOf(99), keyOf(5)};
        delta.added = {status(100, true), status(101), status(102)};
        delta.changed.append(bytesChange(initial.at(60), 1)); // row 60 before, 56 after
        model.applyDelta(delta);

        QCOMPARE(resets.size(), 0);
        QCOMPARE(removes.size(), 3);
        // Bottom up, one signal per run of adjacent rows.
        QCOMPARE(removes.at(0).at(1).toInt(), 99);
        QCOMPARE(removes.at(0).at(2).toInt(), 99);
        QCOMPARE(removes.at(1).at(1).toInt(), 50);
        QCOMPARE(removes.at(1).at(2).toInt(), 50);
        QCOMPARE(removes.at(2).at(1).toInt(), 20);
        QCOMPARE(removes.at(2).at(2).toInt(), 22);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(inserts.at(0).at(1).toInt(), 95);
        QCOMPARE(inserts.at(0).at(2).toInt(), 97);
        QCOMPARE(model.rowCount(), 98);
        checkLookups(model);

        QCOMPARE(model.rowOf(keyOf(20)), -1);
        QCOMPARE(model.rowOf(keyOf(60)), 56);
        QCOMPARE(model.index(56, PeersModel::Received).data(PeersModel::SortRole),
                 QVariant(qint64(60'001)));
        QCOMPARE(model.rowOf(keyOf(100)), 95);
        QCOMPARE(model.index(95, PeersModel::Status).data().toString(), u"Connected"_s);
        QCOMPARE(model.index(95, 0).data(PeersModel::ConnectedRole).toBool(), true);
        // The configured peer the kernel no longer has: still there, not connected.
        QCOMPARE(model.rowOf(keyOf(5)), 5);
        QCOMPARE(model.index(5, PeersModel::Name).data().toString(), u"peer 5"_s);
        QCOMPARE(model.index(5, PeersModel::Status).data().toString(), u"Not connected"_s);
        QCOMPARE(model.index(5, PeersModel::Received).data().toString(), QString());
        const Covered c = covered(changes);
        QCOMPARE(c.rows, 2);

        // Remove everything that is not configured: the configured rows stay, lookups hold.
        app::StatusDelta all;
        all.interfaceIdentifier = Wg0;
        for (int r = 0; r < model.rowCount(); ++r)
            all.removed.append(model.index(r, 0).data(PeersModel::PublicKeyRole).toString());
        model.applyDelta(all);
        QCOMPARE(model.rowCount(), 10);
        checkLookups(model);
        QCOMPARE(resets.size(), 0);
    }

    void mostRowsChangedIsOneSignal()
    {
        PeersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<app::PeerStatus> initial = statuses(100);
        model.setInterface(Wg0, {}, initial);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        app::StatusDelta delta;
        delta.interfaceIdentifier = Wg0;
        for (int i = 0; i < 100; i += 10) {
            for (int j = i; j < i + 6; ++j) // 60 rows in 10 runs
                delta.changed.append(bytesChange(initial.at(j), 1));
        }
        model.applyDelta(delta);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changes.first().at(1).toModelIndex().row(), 99);
        QCOMPARE(changes.first().at(0).toModelIndex().column(), int(PeersModel::Received));
        QCOMPARE(changes.first().at(1).toModelIndex().column(), int(PeersModel::Sent));
    }

    void otherInterfaceIgnored()
    {
        PeersModel model;
        model.setInterface(Wg0, {}, statuses(5));
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        app::StatusDelta delta;
        delta.interfaceIdentifier = u"wg1"_s;
        delta.removed = {keyOf(1)};
        delta.changed.append(bytesChange(status(2), 1));
        model.applyDelta(delta);
        QCOMPARE(changes.size(), 0);
        QCOMPARE(removes.size(), 0);
        QCOMPARE(model.rowCount(), 5);
    }

    void configurationUpdates()
    {
        PeersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<app::Peer> config;
        QList<app::PeerStatus> live;
        for (int i = 0; i < 10; ++i) {
            config.append(configured(i, u"peer %1"_s.arg(i)));
            if (i < 8) // 8 and 9 are configured but not in the kernel
                live.append(status(i, i == 0));
        }
        model.setInterface(Wg0, config, live);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(9, PeersModel::Status).data().toString(), u"Not connected"_s);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        // Renamed, disabled, removed (9: configured only, so its row goes), added (10).
        config[0].displayName = u"Alpha laptop"_s;
        config[5].disabled = QDateTime::currentDateTime();
        config.removeAt(9);
        config.append(configured(10, u"new"_s));
        model.setConfigured(config);

        QCOMPARE(resets.size(), 0);
        QCOMPARE(removes.size(), 1);
        QCOMPARE(removes.first().at(1).toInt(), 9);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(inserts.first().at(1).toInt(), 9);
        QCOMPARE(model.index(0, PeersModel::Name).data().toString(), u"Alpha laptop"_s);
        QCOMPARE(model.index(5, PeersModel::Status).data().toString(), u"Disabled"_s);
        QCOMPARE(model.index(9, PeersModel::Name).data().toString(), u"new"_s);
        checkLookups(model);
        // Row 0: only the name; row 5: only the status.
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).at(0).toModelIndex(), model.index(0, PeersModel::Name));
        QCOMPARE(changes.at(0).at(1).toModelIndex(), model.index(0, PeersModel::Name));
        QCOMPARE(changes.at(1).at(0).toModelIndex(), model.index(5, PeersModel::Status));
        QCOMPARE(changes.at(1).at(1).toModelIndex(), model.index(5, PeersModel::Status));

        // The same configuration again: nothing.
        model.setConfigured(config);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(removes.size(), 1);

        // No configuration: the peers the kernel has stay, unnamed, with a shortened key.
        model.setConfigured({});
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.index(0, PeersModel::Name).data().toString(),
                 keyOf(0).left(8) + u"\u2026"_s);
        QCOMPARE(model.index(5, PeersModel::Status).data().toString(), u"Not connected"_s);
        checkLookups(model);
        QCOMPARE(resets.size(), 0);
    }

    void sortsOnRawBytes()
    {
        PeersModel model;
        model.setInterface(Wg0, {}, {status(0, false, 2), status(1, false, 1000),
                                     status(2, false, 999)});
        PeersProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(PeersModel::Received, Qt::DescendingOrder);
        const auto receivedAt = [&proxy](int row) {
            return proxy.index(row, PeersModel::Received).data(PeersModel::SortRole).toLongLong();
        };
        QCOMPARE(receivedAt(0), 1000);
        QCOMPARE(receivedAt(1), 999);
        QCOMPARE(receivedAt(2), 2);
        proxy.sort(PeersModel::Received, Qt::AscendingOrder);
        QCOMPARE(receivedAt(0), 2);
        QCOMPARE(receivedAt(1), 999);
        QCOMPARE(receivedAt(2), 1000);
        QCOMPARE(proxy.index(0, PeersModel::Received).data().toString(), u"2 bytes"_s);

        // A live change re-sorts: peer 0 now has the most.
        app::StatusDelta delta;
        delta.interfaceIdentifier = Wg0;
        delta.changed.append(bytesChange(status(0, false, 2), 5000));
        model.applyDelta(delta);
        QCOMPARE(receivedAt(2), 5002);
    }

    void filters()
    {
        PeersModel model;
        QList<app::Peer> config{configured(0, u"Jane's Laptop"_s), configured(1, u"Phone"_s)};
        config[1].allowedIps = {u"10.9.8.7/32"_s};
        app::PeerStatus other = status(2, false);
        other.endpoint = u"[2001:db8::5]:51820"_s;
        model.setInterface(Wg0, config, {status(0, true), status(1, false), other});
        PeersProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 3);

        const auto keysShown = [&proxy]() {
            QStringList keys;
            for (int r = 0; r < proxy.rowCount(); ++r)
                keys.append(proxy.index(r, 0).data(PeersModel::PublicKeyRole).toString());
            keys.sort();
            return keys;
        };
        proxy.setFilterText(u"LAPTOP"_s);
        QCOMPARE(keysShown(), QStringList{keyOf(0)});
        proxy.setFilterText(u"10.9.8"_s);
        QCOMPARE(keysShown(), QStringList{keyOf(1)});
        proxy.setFilterText(u"2001:DB8"_s);
        QCOMPARE(keysShown(), QStringList{keyOf(2)});
        proxy.setFilterText(u"k0001/"_s);
        QCOMPARE(keysShown(), QStringList{keyOf(1)});
        proxy.setFilterText(u"no such peer"_s);
        QCOMPARE(proxy.rowCount(), 0);

        proxy.setFilterText({});
        proxy.setConnectedOnly(true);
        QCOMPARE(keysShown(), QStringList{keyOf(0)});

        // Peer 2 connects: it appears without any reset.
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        app::PeerStatus now = other;
        now.isConnected = true;
        app::StatusDelta delta;
        delta.interfaceIdentifier = Wg0;
        delta.changed.append({now, app::StatusField::IsConnected});
        model.applyDelta(delta);
        QCOMPARE(keysShown(), (QStringList{keyOf(0), keyOf(2)}));
        QCOMPARE(resets.size(), 0);

        proxy.setFilterText(u"phone"_s);
        QCOMPARE(proxy.rowCount(), 0); // the phone is not connected
        proxy.setConnectedOnly(false);
        QCOMPARE(keysShown(), QStringList{keyOf(1)});
    }

    void displayTexts()
    {
        QCOMPARE(PeersModel::relativeTime(12), u"12 s ago"_s);
        QCOMPARE(PeersModel::relativeTime(125), u"2 min ago"_s);
        PeersModel model;
        app::PeerStatus s = status(0, true, 1536);
        s.rxRate = 2048;
        model.setInterface(Wg0, {}, {s, status(1)});
        QCOMPARE(model.index(0, PeersModel::Received).data().toString(), u"1.5 KiB"_s);
        QCOMPARE(model.index(0, PeersModel::RxRate).data().toString(), u"2.0 KiB/s"_s);
        QCOMPARE(model.index(0, PeersModel::LastHandshake).data().toString(), u"12 s ago"_s);
        QCOMPARE(model.index(1, PeersModel::LastHandshake).data().toString(), u"never"_s);
        QCOMPARE(model.index(0, PeersModel::RxRate).data(PeersModel::SortRole).typeId(),
                 QMetaType::Double);
        QCOMPARE(model.index(0, PeersModel::Received).data(PeersModel::SortRole).typeId(),
                 QMetaType::LongLong);
        QCOMPARE(model.index(0, PeersModel::Status).data(Qt::DecorationRole).typeId(),
                 QMetaType::QColor);
    }
};

QTEST_GUILESS_MAIN(TestPeersModel)
#include "TestPeersModel.moc"
