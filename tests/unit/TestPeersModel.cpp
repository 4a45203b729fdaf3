// The peers table: checked by QAbstractItemModelTester, updated with the fewest signals (no
// reset or layout change after setInterface; inserts and removes by range; dataChanged only
// for the rows and columns that changed), sorted on raw values and filtered through the proxy.
#include "DeltaPacer.h"
#include "PeersModel.h"
#include "PeersProxyModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <random>
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

// The StatusField bits of what differs between two statuses of a peer, as the tracker sets them.
quint32 fieldsChanged(const app::PeerStatus &was, const app::PeerStatus &now)
{
    using F = app::StatusField;
    quint32 fields = 0;
    if (was.isConnected != now.isConnected)
        fields |= F::IsConnected;
    if (was.bytesReceived != now.bytesReceived)
        fields |= F::BytesReceived;
    if (was.bytesTransmitted != now.bytesTransmitted)
        fields |= F::BytesTransmitted;
    if (was.lastHandshakeSec != now.lastHandshakeSec)
        fields |= F::LastHandshake;
    if (was.endpoint != now.endpoint)
        fields |= F::Endpoint;
    if (was.rxRate != now.rxRate)
        fields |= F::RxRate;
    if (was.txRate != now.txRate)
        fields |= F::TxRate;
    if (was.displayName != now.displayName)
        fields |= F::DisplayName;
    return fields;
}

// The proxy's rows as public keys, top to bottom.
QStringList shownKeys(const QAbstractItemModel &proxy)
{
    QStringList keys;
    for (int r = 0; r < proxy.rowCount(); ++r)
        keys.append(proxy.index(r, 0).data(PeersModel::PublicKeyRole).toString());
    return keys;
}

int compareSortValues(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
    const QPartialOrdering order = QVariant::compare(a, b);
    return order == QPartialOrdering::Less ? -1 : order == QPartialOrdering::Greater ? 1 : 0;
}

// What the proxy must show, worked out independently: through data() and QVariant, filtered as
// the filter box describes, sorted in full, ties by public key, descending the exact reverse.
QStringList referenceKeys(const PeersModel &model, int column, Qt::SortOrder order,
                          const QString &text = {}, bool connectedOnly = false)
{
    struct Entry
    {
        QVariant value;
        QString key;
    };
    std::vector<Entry> entries;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (connectedOnly && !model.index(r, 0).data(PeersModel::ConnectedRole).toBool())
            continue;
        bool match = text.isEmpty();
        for (const int c : {PeersModel::Name, PeersModel::PublicKey, PeersModel::Endpoint,
                            PeersModel::AllowedIPs})
            match = match
                    || model.index(r, c).data().toString().contains(text, Qt::CaseInsensitive);
        if (match)
            entries.push_back({model.index(r, column).data(PeersModel::SortRole),
                               model.index(r, 0).data(PeersModel::PublicKeyRole).toString()});
    }
    std::sort(entries.begin(), entries.end(), [order](const Entry &a, const Entry &b) {
        int c = compareSortValues(a.value, b.value);
        if (c == 0)
            c = QString::compare(a.key, b.key);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QStringList keys;
    for (const Entry &e : entries)
        keys.append(e.key);
    return keys;
}

// Live peers that change at random between polls, with few distinct values so that ties are
// common: some peers are configured (named), some also not running, the rest unmanaged.
class RandomPeers
{
public:
    explicit RandomPeers(quint32 seed) : m_random(seed)
    {
        const QStringList names{u"alpha"_s, u"Alpha"_s, u"\u03a9mega"_s, u"\u03c9MEGA 2"_s,
                                u"a long common prefix of names 1"_s,
                                u"a long common prefix of names 2"_s, u"Zed"_s, QString(),
                                u"\u00b5 phone"_s, u"\u00c9milie"_s};
        for (int i = 0; i < 40; ++i)
            m_configured.append(configured(i, names.at(i % names.size())));
        for (int i = 0; i < 150; ++i) {
            if (i >= 30 && i < 40)
                continue; // configured, not running
            m_live.insert(keyOf(i), randomStatus(i));
        }
        m_next = 150;
    }

    QList<app::Peer> configuredPeers() const { return m_configured; }
    QList<app::PeerStatus> statuses() const { return m_live.values(); }

    // One poll: about 10 % of the peers change, up to `removals` leave, up to 2 arrive.
    app::StatusDelta poll(int removals = 2)
    {
        app::StatusDelta delta;
        delta.interfaceIdentifier = Wg0;
        const QStringList keys = m_live.keys();
        for (const QString &key : keys) {
            if (m_random() % 10 != 0)
                continue;
            const app::PeerStatus was = m_live.value(key);
            app::PeerStatus now = randomStatus(key);
            now.displayName = was.displayName;
            if (m_random() % 2) // some fields keep their values
                now.endpoint = was.endpoint;
            const quint32 fields = fieldsChanged(was, now);
            if (fields == 0)
                continue;
            m_live.insert(key, now);
            delta.changed.append({now, fields});
        }
        std::set<QString> changed;
        for (const app::PeerStatusChange &c : std::as_const(delta.changed))
            changed.insert(c.status.publicKey);
        for (int i = 0, n = static_cast<int>(m_random() % (removals + 1)); i < n && !keys.isEmpty();
             ++i) {
            const QString key = keys.at(static_cast<qsizetype>(m_random() % keys.size()));
            if (changed.count(key) || delta.removed.contains(key))
                continue;
            delta.removed.append(key);
            m_live.remove(key);
        }
        for (int i = 0, n = static_cast<int>(m_random() % 3); i < n; ++i) {
            // A configured peer starting again, or a new unmanaged one.
            const QString back = keyOf(30 + static_cast<int>(m_random() % 10));
            const QString key = m_random() % 2 && !m_live.contains(back)
                                        && !delta.removed.contains(back)
                                    ? back
                                    : keyOf(m_next++);
            const app::PeerStatus status = randomStatus(key);
            m_live.insert(key, status);
            delta.added.append(status);
        }
        return delta;
    }

private:
    app::PeerStatus randomStatus(int n) { return randomStatus(keyOf(n)); }
    app::PeerStatus randomStatus(const QString &key)
    {
        app::PeerStatus s;
        s.interfaceIdentifier = Wg0;
        s.publicKey = key;
        s.isConnected = m_random() % 3 == 0;
        const quint64 bytes[]{0, 999, 1000, 2000, 5'000'000'000ull};
        s.bytesReceived = bytes[m_random() % 5];
        s.bytesTransmitted = bytes[m_random() % 5];
        const double rates[]{0, 1.5, 2048, 2048.25};
        s.rxRate = rates[m_random() % 4];
        s.txRate = rates[m_random() % 4];
        s.lastHandshakeSec = m_random() % 4 == 0 ? 0 : 1'750'000'000 + (m_random() % 3) * 60;
        s.endpoint = u"192.0.2.%1:%2"_s.arg(m_random() % 20).arg(51820 + m_random() % 2);
        return s;
    }

    std::mt19937 m_random;
    QList<app::Peer> m_configured;
    QMap<QString, app::PeerStatus> m_live;
    int m_next = 0;
};

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

    void sortedOrderFollowsPolls_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("connectedOnly");
        const auto row = [](const char *name, int column, Qt::SortOrder order,
                            const QString &text = {}, bool connectedOnly = false) {
            QTest::newRow(name) << column << order << text << connectedOnly;
        };
        row("Received ascending", PeersModel::Received, Qt::AscendingOrder);
        row("Received descending", PeersModel::Received, Qt::DescendingOrder);
        row("RxRate ascending", PeersModel::RxRate, Qt::AscendingOrder);
        row("RxRate descending", PeersModel::RxRate, Qt::DescendingOrder);
        row("LastHandshake ascending", PeersModel::LastHandshake, Qt::AscendingOrder);
        row("LastHandshake descending", PeersModel::LastHandshake, Qt::DescendingOrder);
        row("Endpoint ascending", PeersModel::Endpoint, Qt::AscendingOrder);
        row("Status descending", PeersModel::Status, Qt::DescendingOrder);
        row("Name ascending", PeersModel::Name, Qt::AscendingOrder);
        row("Name descending", PeersModel::Name, Qt::DescendingOrder);
        row("Received, filter text", PeersModel::Received, Qt::AscendingOrder, u"7:"_s);
        row("RxRate, filter text", PeersModel::RxRate, Qt::DescendingOrder, u"7:"_s);
        row("Received, connected only", PeersModel::Received, Qt::DescendingOrder, {}, true);
        row("LastHandshake, connected only", PeersModel::LastHandshake, Qt::AscendingOrder, {},
            true);
        row("Endpoint, both filters", PeersModel::Endpoint, Qt::AscendingOrder, u"1"_s, true);
        row("model order, filter text", -1, Qt::AscendingOrder, u"3"_s);
    }

    void sortedOrderFollowsPolls()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, text);
        QFETCH(bool, connectedOnly);

        RandomPeers peers(static_cast<quint32>(qHash(QByteArray(QTest::currentDataTag()))));
        PeersModel model;
        model.setInterface(Wg0, peers.configuredPeers(), peers.statuses());
        PeersProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setFilterText(text);
        proxy.setConnectedOnly(connectedOnly);
        static_cast<QAbstractItemModel &>(proxy).sort(column, order); // as the header does
        QCOMPARE(proxy.sortColumn(), column);
        const auto reference = [&] {
            if (column >= 0)
                return referenceKeys(model, column, order, text, connectedOnly);
            // Unsorted: the model's order, filtered.
            QStringList all = referenceKeys(model, PeersModel::PublicKey, Qt::AscendingOrder,
                                            text, connectedOnly);
            std::sort(all.begin(), all.end(), [&model](const QString &a, const QString &b) {
                return model.rowOf(a) < model.rowOf(b);
            });
            return all;
        };
        QCOMPARE(shownKeys(proxy), reference());

        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        int moved = 0;
        for (int poll = 0; poll < 25; ++poll) {
            layouts.clear();
            model.applyDelta(peers.poll());
            QCOMPARE(shownKeys(proxy), reference());
            QVERIFY2(layouts.size() <= 1, qPrintable(QString::number(layouts.size())));
            moved += static_cast<int>(layouts.size());
        }
        QCOMPARE(resets.size(), 0);
        if (column >= 0 && column != PeersModel::Name)
            QVERIFY(moved > 0); // the polls did move rows

        // The filter changed while sorted, then changed back.
        proxy.setFilterText(u"5"_s);
        QCOMPARE(shownKeys(proxy), column >= 0 ? referenceKeys(model, column, order, u"5"_s,
                                                               connectedOnly)
                                               : shownKeys(proxy));
        proxy.setFilterText(text);
        QCOMPARE(shownKeys(proxy), reference());
    }

    void namesSortCaseInsensitively()
    {
        RandomPeers peers(7);
        PeersModel model;
        QList<app::Peer> config = peers.configuredPeers();
        model.setInterface(Wg0, config, peers.statuses());
        PeersProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(PeersModel::Name, Qt::AscendingOrder);
        QCOMPARE(shownKeys(proxy), referenceKeys(model, PeersModel::Name, Qt::AscendingOrder));
        // "alpha" and "Alpha" are equal: the public key decides.
        const QStringList keys = shownKeys(proxy);
        QVERIFY(keys.indexOf(keyOf(0)) + 1 == keys.indexOf(keyOf(1))
                || keys.indexOf(keyOf(0)) < keys.indexOf(keyOf(1)));

        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        // Renames through the configuration: past 16 shared characters, beyond Latin-1, case.
        config[0].displayName = u"a long common prefix of names 0"_s;
        config[2].displayName = u"\u03c9mega 0"_s;
        config[6].displayName = u"ZED"_s;
        config[7].displayName = u"\u00e9MILIE"_s;
        model.setConfigured(config);
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(shownKeys(proxy), referenceKeys(model, PeersModel::Name, Qt::AscendingOrder));
        proxy.sort(PeersModel::Name, Qt::DescendingOrder);
        QCOMPARE(shownKeys(proxy), referenceKeys(model, PeersModel::Name, Qt::DescendingOrder));
        proxy.sort(PeersModel::AllowedIPs, Qt::AscendingOrder);
        QCOMPARE(shownKeys(proxy),
                 referenceKeys(model, PeersModel::AllowedIPs, Qt::AscendingOrder));
        proxy.sort(PeersModel::PublicKey, Qt::DescendingOrder);
        QCOMPARE(shownKeys(proxy),
                 referenceKeys(model, PeersModel::PublicKey, Qt::DescendingOrder));
    }

    void persistentIndexFollowsItsRow()
    {
        PeersModel model;
        QList<app::PeerStatus> initial;
        for (int i = 0; i < 50; ++i)
            initial.append(status(i, true, 1000u * static_cast<quint64>(i)));
        model.setInterface(Wg0, {}, initial);
        PeersProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(PeersModel::Received, Qt::AscendingOrder);
        QItemSelectionModel selection(&proxy);

        // Peer 10 is row 10; selected, current, and held by a persistent index.
        const QPersistentModelIndex held = proxy.index(10, PeersModel::Received);
        QCOMPARE(held.data(PeersModel::PublicKeyRole).toString(), keyOf(10));
        selection.setCurrentIndex(proxy.index(10, 0), QItemSelectionModel::NoUpdate);
        selection.select(proxy.index(10, 0),
                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);

        // It receives the most and moves to the bottom; peer 40 falls to the top.
        app::StatusDelta delta;
        delta.interfaceIdentifier = Wg0;
        delta.changed.append(bytesChange(initial.at(10), 10'000'000));
        app::PeerStatus quiet = initial.at(40);
        quiet.bytesReceived = 0;
        delta.changed.append({quiet, app::StatusField::BytesReceived});
        model.applyDelta(delta);

        QCOMPARE(layouts.size(), 1);
        QCOMPARE(held.row(), 49);
        QCOMPARE(held.column(), int(PeersModel::Received));
        QCOMPARE(held.data(PeersModel::PublicKeyRole).toString(), keyOf(10));
        QCOMPARE(selection.currentIndex().data(PeersModel::PublicKeyRole).toString(), keyOf(10));
        const QModelIndexList selected = selection.selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().row(), 49);
        // Peer 0 and peer 40 both received 0: the public key puts peer 0 first.
        QCOMPARE(proxy.index(0, 0).data(PeersModel::PublicKeyRole).toString(), keyOf(0));
        QCOMPARE(proxy.index(1, 0).data(PeersModel::PublicKeyRole).toString(), keyOf(40));

        // Mapped both ways and as selections.
        const QModelIndex source = proxy.mapToSource(held);
        QCOMPARE(source.row(), model.rowOf(keyOf(10)));
        QCOMPARE(proxy.mapFromSource(source), QModelIndex(held));
        const QItemSelection inSource = proxy.mapSelectionToSource(selection.selection());
        QCOMPARE(inSource.size(), 1);
        QCOMPARE(inSource.first().top(), model.rowOf(keyOf(10)));
        QCOMPARE(proxy.mapSelectionFromSource(inSource).first().top(), 49);

        // A change to a column the table is not sorted by moves nothing.
        delta.changed = {{initial.at(20), app::StatusField::Endpoint}};
        delta.changed.first().status.endpoint = u"203.0.113.1:1"_s;
        delta.changed.first().status.bytesReceived = 20'000;
        model.applyDelta(delta);
        QCOMPARE(layouts.size(), 1);

        // Removed by the kernel (unmanaged): the row leaves, the index becomes invalid.
        delta.changed.clear();
        delta.removed = {keyOf(10)};
        model.applyDelta(delta);
        QVERIFY(!held.isValid());
        QCOMPARE(proxy.rowCount(), 49);
    }

    void manyRowsLeaveAtOnce()
    {
        RandomPeers peers(11);
        PeersModel model;
        model.setInterface(Wg0, peers.configuredPeers(), peers.statuses());
        PeersProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(PeersModel::Received, Qt::DescendingOrder);
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        const QPersistentModelIndex last = proxy.index(proxy.rowCount() - 1, 0);
        const QString lastKey = last.data(PeersModel::PublicKeyRole).toString();

        // Dozens of rows scattered over the view leave in one poll (more than one signal
        // per run of rows would be worth), and the filters hide and show many at once.
        for (int poll = 0; poll < 4; ++poll) {
            model.applyDelta(peers.poll(40));
            QCOMPARE(shownKeys(proxy),
                     referenceKeys(model, PeersModel::Received, Qt::DescendingOrder));
        }
        QCOMPARE(shownKeys(proxy), referenceKeys(model, PeersModel::Received, Qt::DescendingOrder));
        proxy.setConnectedOnly(true);
        QCOMPARE(shownKeys(proxy),
                 referenceKeys(model, PeersModel::Received, Qt::DescendingOrder, {}, true));
        proxy.setConnectedOnly(false);
        proxy.setFilterText(u"0"_s);
        QCOMPARE(shownKeys(proxy),
                 referenceKeys(model, PeersModel::Received, Qt::DescendingOrder, u"0"_s));
        proxy.setFilterText({});
        QCOMPARE(shownKeys(proxy), referenceKeys(model, PeersModel::Received, Qt::DescendingOrder));
        if (last.isValid())
            QCOMPARE(last.data(PeersModel::PublicKeyRole).toString(), lastKey);
        QCOMPARE(resets.size(), 0);

        // Every unmanaged peer leaves: one block of the model, spread over the whole view (by
        // endpoint, the configured peers come between them).
        proxy.sort(PeersModel::Endpoint, Qt::AscendingOrder);
        QSignalSpy removes(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy sourceRemoves(&model, &QAbstractItemModel::rowsRemoved);
        app::StatusDelta gone;
        gone.interfaceIdentifier = Wg0;
        for (const app::PeerStatus &status : peers.statuses())
            gone.removed.append(status.publicKey);
        model.applyDelta(gone);
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(sourceRemoves.size(), 1);
        QCOMPARE(shownKeys(proxy), referenceKeys(model, PeersModel::Endpoint, Qt::AscendingOrder));
        QCOMPARE(removes.size(), 1); // moved to the end first, then removed in one signal
        QCOMPARE(resets.size(), 0);

        // Back to the model's order, and a reset of the model.
        proxy.sort(-1);
        QStringList modelOrder;
        for (int r = 0; r < model.rowCount(); ++r)
            modelOrder.append(model.index(r, 0).data(PeersModel::PublicKeyRole).toString());
        QCOMPARE(shownKeys(proxy), modelOrder);
        proxy.sort(PeersModel::Sent, Qt::AscendingOrder);
        model.setInterface(Wg0, peers.configuredPeers(), peers.statuses());
        QCOMPARE(shownKeys(proxy), referenceKeys(model, PeersModel::Sent, Qt::AscendingOrder));
    }

    // A poll in which every peer changed, fed through the window's DeltaPacer: applied in
    // slices of at most 2,000 peers, one per event-loop turn, ending exactly where applying it
    // at once ends; a small poll is one slice; clear() drops what is queued.
    void pacerAppliesLargePollsInSlices()
    {
        const QList<app::PeerStatus> initial = statuses(9000);
        PeersModel paced, direct;
        paced.setInterface(Wg0, {}, initial.mid(0, 8000));
        direct.setInterface(Wg0, {}, initial.mid(0, 8000));
        PeersProxyModel proxy;
        proxy.setSourceModel(&paced);
        proxy.sort(PeersModel::Received, Qt::DescendingOrder);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        models::DeltaPacer pacer(&paced);
        QCOMPARE(pacer.maxChangesPerSlice(), 2000);

        app::StatusDelta delta;
        delta.interfaceIdentifier = Wg0;
        delta.removed = {keyOf(0), keyOf(1)};
        delta.added = initial.mid(8000); // 1,000 new peers
        for (int i = 2; i < 8000; ++i)
            delta.changed.append(bytesChange(initial.at(i), 7u * static_cast<quint64>(i % 97)));
        QSignalSpy updates(&paced, &PeersModel::updateFinished);
        QSignalSpy drained(&pacer, &models::DeltaPacer::drained);
        pacer.enqueue(delta);
        QCOMPARE(paced.rowCount(), 8000); // nothing yet: the slices come in later turns
        QVERIFY(drained.wait(5000));
        // One slice for the removals, one for the 1,000 added, four for the 7,998 changes.
        QCOMPARE(updates.size(), 6);
        direct.applyDelta(delta);
        QCOMPARE(paced.rowCount(), direct.rowCount());
        for (int r = 0; r < direct.rowCount(); ++r) {
            const QString key = direct.index(r, 0).data(PeersModel::PublicKeyRole).toString();
            const int p = paced.rowOf(key);
            QVERIFY(p >= 0);
            for (const int c : {PeersModel::Received, PeersModel::Sent, PeersModel::Endpoint})
                QCOMPARE(paced.index(p, c).data(PeersModel::SortRole),
                         direct.index(r, c).data(PeersModel::SortRole));
        }
        // The proxy followed: still sorted by Received, descending.
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, PeersModel::Received).data(PeersModel::SortRole).toLongLong()
                    >= proxy.index(r, PeersModel::Received).data(PeersModel::SortRole).toLongLong());

        // A small poll: one slice.
        app::StatusDelta small;
        small.interfaceIdentifier = Wg0;
        small.changed.append(bytesChange(initial.at(5), 1));
        updates.clear();
        pacer.enqueue(small);
        QVERIFY(drained.wait(5000));
        QCOMPARE(updates.size(), 1);

        // Switching interfaces drops what is queued.
        pacer.enqueue(delta);
        pacer.clear();
        QVERIFY(pacer.idle());
        QVERIFY(!pacer.applyNextSlice());
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
