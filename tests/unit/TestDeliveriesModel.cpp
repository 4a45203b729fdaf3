// The webhook delivery log: checked by QAbstractItemModelTester, newest first, updated with the
// fewest signals (no reset or layout change; new events in one insert at the top, vanished ones
// removed by range; dataChanged only for the rows and columns that changed: 1 % of 1,000
// deliveries changing state signals about 1 % of the rows), sorted on raw values and filtered
// through the proxy.
#include "DeliveriesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <set>

using namespace wgdesk;
using namespace wgdesk::models;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Base = QDateTime::fromSecsSinceEpoch(1'750'000'000);

app::OutboxEvent pending(qint64 id, const QString &event = u"connect"_s)
{
    app::OutboxEvent e;
    e.id = id;
    e.deliveryId = u"00000000-0000-4000-8000-%1"_s.arg(id, 12, 10, QChar(u'0'));
    e.entity = u"peer"_s;
    e.event = event;
    e.identifier = u"K%1/abcdefghijklmnopqrstuvwxyz0123456789ABC="_s.arg(id, 4, 10, QChar(u'0'));
    e.payload = QJsonObject{{u"Id"_s, id}};
    e.createdAt = Base.addSecs(id);
    e.retrySince = e.createdAt;
    e.nextAttemptAt = e.createdAt;
    return e;
}

app::OutboxEvent delivered(app::OutboxEvent e, int status = 200)
{
    ++e.attempts;
    e.lastStatus = status;
    e.lastAttemptAt = e.createdAt.addSecs(1);
    e.deliveredAt = e.lastAttemptAt;
    return e;
}

app::OutboxEvent attemptFailed(app::OutboxEvent e, const QString &error, int status = 0,
                               bool giveUp = false)
{
    ++e.attempts;
    e.lastStatus = status;
    e.lastError = error;
    e.lastAttemptAt = e.createdAt.addSecs(e.attempts);
    if (giveUp)
        e.failedAt = e.lastAttemptAt;
    else
        e.nextAttemptAt = e.lastAttemptAt.addSecs(60);
    return e;
}

// Events first..last, oldest first (the order does not matter to the model).
QList<app::OutboxEvent> pendingRange(qint64 first, qint64 last)
{
    QList<app::OutboxEvent> list;
    for (qint64 id = first; id <= last; ++id)
        list.append(pending(id));
    return list;
}

QPair<int, int> rangeOf(const QList<QVariant> &signal)
{
    return {signal.at(1).toInt(), signal.at(2).toInt()};
}

struct Spies
{
    explicit Spies(QAbstractItemModel *model)
        : resets(model, &QAbstractItemModel::modelReset)
        , layouts(model, &QAbstractItemModel::layoutChanged)
        , inserts(model, &QAbstractItemModel::rowsInserted)
        , removes(model, &QAbstractItemModel::rowsRemoved)
        , changes(model, &QAbstractItemModel::dataChanged)
    {
    }
    QSignalSpy resets, layouts, inserts, removes, changes;
};

struct Covered
{
    std::set<int> rows;
    std::set<int> columns;
};

Covered covered(const QSignalSpy &spy)
{
    Covered c;
    for (const QList<QVariant> &signal : spy) {
        const QModelIndex tl = signal.at(0).toModelIndex();
        const QModelIndex br = signal.at(1).toModelIndex();
        for (int row = tl.row(); row <= br.row(); ++row)
            c.rows.insert(row);
        for (int col = tl.column(); col <= br.column(); ++col)
            c.columns.insert(col);
    }
    return c;
}

QList<qint64> idsOf(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.index(r, 0).data(DeliveriesModel::IdRole).toLongLong());
    return ids;
}

} // namespace

class TestDeliveriesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void firstFillNewestFirst()
    {
        DeliveriesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(&model);

        app::OutboxEvent four = pending(4, u"create"_s);
        four.entity = u"user"_s;
        model.setDeliveries({delivered(pending(1)),
                             attemptFailed(pending(2, u"disconnect"_s), u"HTTP 503"_s, 503, true),
                             attemptFailed(pending(3), u"Connection refused"_s), four,
                             pending(5, u"reload"_s)});

        QCOMPARE(spies.inserts.size(), 1);
        QCOMPARE(rangeOf(spies.inserts.first()), qMakePair(0, 4));
        QCOMPARE(spies.resets.size(), 0);
        QCOMPARE(spies.layouts.size(), 0);
        QCOMPARE(spies.changes.size(), 0);
        QCOMPARE(idsOf(model), (QList<qint64>{5, 4, 3, 2, 1}));
        QCOMPARE(model.rowOf(2), 3);
        QCOMPARE(model.rowOf(42), -1);
        QVERIFY(model.delivery(0).payload.isEmpty()); // not kept

        const auto text = [&model](qint64 id, int column) {
            return model.index(model.rowOf(id), column).data().toString();
        };
        QCOMPARE(text(1, DeliveriesModel::State), u"Delivered"_s);
        QCOMPARE(text(2, DeliveriesModel::State), u"Failed"_s);
        QCOMPARE(text(3, DeliveriesModel::State), u"Pending"_s);
        QCOMPARE(text(1, DeliveriesModel::Event), u"peer connect"_s);
        QCOMPARE(text(2, DeliveriesModel::Event), u"peer disconnect"_s);
        QCOMPARE(text(4, DeliveriesModel::Event), u"user create"_s);
        QCOMPARE(text(5, DeliveriesModel::Event), u"peer reload"_s); // unknown: as recorded
        QCOMPARE(text(1, DeliveriesModel::LastResult), u"HTTP 200"_s);
        QCOMPARE(text(2, DeliveriesModel::LastResult), u"HTTP 503"_s);
        QCOMPARE(text(3, DeliveriesModel::LastResult), u"Connection refused"_s);
        QCOMPARE(text(4, DeliveriesModel::LastResult), QString());
        QCOMPARE(text(3, DeliveriesModel::Attempts), u"1"_s);
        QCOMPARE(text(3, DeliveriesModel::Id), u"3"_s);
        QCOMPARE(text(3, DeliveriesModel::NextAttempt),
                 QLocale().toString(Base.addSecs(3 + 1 + 60), QLocale::ShortFormat));
        QCOMPARE(text(1, DeliveriesModel::NextAttempt), QString()); // delivered: none
        QCOMPARE(text(2, DeliveriesModel::NextAttempt), QString()); // given up: none
        QCOMPARE(text(1, DeliveriesModel::Time),
                 QLocale().toString(Base.addSecs(1), QLocale::ShortFormat));
        QVERIFY(model.index(model.rowOf(2), DeliveriesModel::State)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"after 1 attempt(s)"_s));

        const auto state = [&model](qint64 id) {
            return model.index(model.rowOf(id), DeliveriesModel::Time)
                .data(DeliveriesModel::StateRole);
        };
        QCOMPARE(state(3), QVariant(0));
        QCOMPARE(state(1), QVariant(1));
        QCOMPARE(state(2), QVariant(2));
        QCOMPARE(model.index(0, DeliveriesModel::State).data(Qt::DecorationRole).typeId(),
                 QMetaType::QColor);
        QVERIFY(model.index(model.rowOf(1), DeliveriesModel::State).data(Qt::DecorationRole)
                != model.index(model.rowOf(2), DeliveriesModel::State).data(Qt::DecorationRole));
        QCOMPARE(model.index(0, DeliveriesModel::Id).data(DeliveriesModel::SortRole).typeId(),
                 QMetaType::LongLong);
        QCOMPARE(model.index(0, DeliveriesModel::Attempts).data(DeliveriesModel::SortRole).typeId(),
                 QMetaType::Int);
        QCOMPARE(model.index(0, DeliveriesModel::Time).data(DeliveriesModel::SortRole),
                 QVariant(qint64(1'750'000'005'000)));
        QCOMPARE(model.headerData(DeliveriesModel::LastResult, Qt::Horizontal).toString(),
                 u"Last result"_s);
    }

    void windowSlides()
    {
        DeliveriesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        DeliveriesProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(DeliveriesModel::Id, Qt::AscendingOrder);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDeliveries(pendingRange(1, 20)); // the newest 20
        Spies spies(&model);
        QSignalSpy proxyResets(&proxy, &QAbstractItemModel::modelReset);

        // Five new events: they come at the top in one block, the five oldest leave the window.
        model.setDeliveries(pendingRange(6, 25));
        QCOMPARE(spies.removes.size(), 1);
        QCOMPARE(rangeOf(spies.removes.first()), qMakePair(15, 19));
        QCOMPARE(spies.inserts.size(), 1);
        QCOMPARE(rangeOf(spies.inserts.first()), qMakePair(0, 4));
        QCOMPARE(spies.changes.size(), 0);
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.index(0, 0).data(DeliveriesModel::IdRole), QVariant(qint64(25)));
        QCOMPARE(model.index(19, 0).data(DeliveriesModel::IdRole), QVariant(qint64(6)));
        QCOMPARE(proxy.index(0, 0).data(DeliveriesModel::IdRole), QVariant(qint64(6)));

        // Vanished in the middle (pruned): one remove per run, bottom up.
        QList<app::OutboxEvent> window;
        for (const app::OutboxEvent &e : pendingRange(6, 25)) {
            if (e.id != 20 && (e.id < 10 || e.id > 12))
                window.append(e);
        }
        model.setDeliveries(window);
        QCOMPARE(spies.removes.size(), 3);
        QCOMPARE(rangeOf(spies.removes.at(1)), qMakePair(13, 15)); // ids 12, 11, 10
        QCOMPARE(rangeOf(spies.removes.at(2)), qMakePair(5, 5));   // id 20
        QCOMPARE(spies.inserts.size(), 1);
        QCOMPARE(model.rowCount(), 16);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowOf(model.index(r, 0).data(DeliveriesModel::IdRole).toLongLong()),
                     r);

        // An older event back in the window (the limit grew): inserted at the bottom.
        window.append(pending(5));
        model.setDeliveries(window);
        QCOMPARE(spies.inserts.size(), 2);
        QCOMPARE(rangeOf(spies.inserts.last()), qMakePair(16, 16));

        model.setDeliveries({});
        QCOMPARE(rangeOf(spies.removes.last()), qMakePair(0, 16));
        QCOMPARE(spies.resets.size(), 0);
        QCOMPARE(spies.layouts.size(), 0);
        QCOMPARE(proxyResets.size(), 0);
    }

    void changedCellsOnly()
    {
        DeliveriesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<app::OutboxEvent> events = pendingRange(1, 10); // rows: id 10 first
        model.setDeliveries(events);
        Spies spies(&model);

        // 7 is delivered (row 3); 2 failed an attempt and stays pending (row 8).
        events[6] = delivered(events[6]);
        events[1] = attemptFailed(events[1], u"Operation timed out"_s);
        events.append(pending(11)); // and one new at the top: rows shift by one
        model.setDeliveries(events);

        QCOMPARE(spies.resets.size(), 0);
        QCOMPARE(spies.layouts.size(), 0);
        QCOMPARE(spies.removes.size(), 0);
        QCOMPARE(spies.inserts.size(), 1);
        QCOMPARE(rangeOf(spies.inserts.first()), qMakePair(0, 0));
        QCOMPARE(model.rowOf(7), 4);
        QCOMPARE(model.rowOf(2), 9);

        // Per row: State, then Attempts..NextAttempt; nothing else.
        QCOMPARE(spies.changes.size(), 4);
        const auto span = [&spies](int i) {
            const QModelIndex tl = spies.changes.at(i).at(0).toModelIndex();
            const QModelIndex br = spies.changes.at(i).at(1).toModelIndex();
            return QList<int>{tl.row(), tl.column(), br.row(), br.column()};
        };
        const auto roles = [&spies](int i) {
            return spies.changes.at(i).at(2).value<QList<int>>();
        };
        QCOMPARE(span(0), (QList<int>{4, DeliveriesModel::State, 4, DeliveriesModel::State}));
        QCOMPARE(span(1),
                 (QList<int>{4, DeliveriesModel::Attempts, 4, DeliveriesModel::NextAttempt}));
        QCOMPARE(span(2), (QList<int>{9, DeliveriesModel::State, 9, DeliveriesModel::State}));
        QCOMPARE(span(3),
                 (QList<int>{9, DeliveriesModel::Attempts, 9, DeliveriesModel::NextAttempt}));
        for (const int role : {int(Qt::DisplayRole), int(DeliveriesModel::SortRole),
                               int(Qt::DecorationRole), int(DeliveriesModel::StateRole)})
            QVERIFY(roles(0).contains(role));
        // Still pending: its State cell changed only its tooltip (one more attempt).
        QVERIFY(roles(2).contains(Qt::ToolTipRole));
        QVERIFY(!roles(2).contains(Qt::DecorationRole));
        QVERIFY(!roles(2).contains(DeliveriesModel::StateRole));

        QCOMPARE(model.index(4, DeliveriesModel::State).data().toString(), u"Delivered"_s);
        QCOMPARE(model.index(4, DeliveriesModel::LastResult).data().toString(), u"HTTP 200"_s);
        QCOMPARE(model.index(4, DeliveriesModel::NextAttempt).data().toString(), QString());
        QCOMPARE(model.index(9, DeliveriesModel::State).data().toString(), u"Pending"_s);
        QCOMPARE(model.index(9, DeliveriesModel::LastResult).data().toString(),
                 u"Operation timed out"_s);
        QCOMPARE(model.index(9, DeliveriesModel::Attempts).data(), QVariant(1));

        // The same again: nothing; a new payload alone: nothing (not shown).
        events[0].payload = QJsonObject{{u"changed"_s, true}};
        model.setDeliveries(events);
        QCOMPARE(spies.changes.size(), 4);
        QCOMPARE(spies.inserts.size(), 1);
    }

    void onePercentChangedState()
    {
        DeliveriesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        DeliveriesProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(DeliveriesModel::Time, Qt::DescendingOrder);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<app::OutboxEvent> events = pendingRange(1, 1000);
        model.setDeliveries(events);
        QCOMPARE(model.rowCount(), 1000);

        Spies spies(&model);
        QSignalSpy proxyResets(&proxy, &QAbstractItemModel::modelReset);
        QSignalSpy proxyInserts(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy proxyRemoves(&proxy, &QAbstractItemModel::rowsRemoved);

        // 10 of 1,000 (ids 500 and 501 adjacent) delivered or given up.
        const QList<qint64> ids{4, 150, 298, 420, 500, 501, 610, 777, 901, 1000};
        for (const qint64 id : ids) {
            app::OutboxEvent &e = events[id - 1];
            e = id % 2 ? attemptFailed(e, u"HTTP 410"_s, 410, true) : delivered(e);
        }
        model.setDeliveries(events);

        QCOMPARE(spies.resets.size(), 0);
        QCOMPARE(spies.layouts.size(), 0);
        QCOMPARE(spies.inserts.size(), 0);
        QCOMPARE(spies.removes.size(), 0);
        const Covered c = covered(spies.changes);
        QCOMPARE(c.rows.size(), std::size_t(10)); // 1 % of the rows, exactly those
        for (const qint64 id : ids)
            QVERIFY(c.rows.count(model.rowOf(id)));
        QCOMPARE(c.columns, (std::set<int>{DeliveriesModel::State, DeliveriesModel::Attempts,
                                           DeliveriesModel::LastResult,
                                           DeliveriesModel::NextAttempt}));
        QCOMPARE(spies.changes.size(), 18); // 9 runs of rows, 2 runs of columns each
        QCOMPARE(proxyResets.size(), 0);
        QCOMPARE(proxyInserts.size(), 0);
        QCOMPARE(proxyRemoves.size(), 0);
        QCOMPARE(model.index(model.rowOf(1000), DeliveriesModel::State).data().toString(),
                 u"Delivered"_s);
        QCOMPARE(model.index(model.rowOf(501), DeliveriesModel::State).data().toString(),
                 u"Failed"_s);
    }

    void mostRowsChangedIsOneSignal()
    {
        DeliveriesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<app::OutboxEvent> events = pendingRange(1, 100);
        model.setDeliveries(events);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 100; i += 10) {
            for (int j = i; j < i + 6; ++j) // 60 rows in 10 runs
                events[j] = delivered(events[j]);
        }
        model.setDeliveries(events);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex(), model.index(0, DeliveriesModel::State));
        QCOMPARE(changes.first().at(1).toModelIndex(),
                 model.index(99, DeliveriesModel::NextAttempt));
    }

    void proxySortsOnRawValues()
    {
        DeliveriesModel model;
        app::OutboxEvent nine = pending(9);
        app::OutboxEvent ten = pending(10);
        app::OutboxEvent hundred = pending(100);
        nine.attempts = 2;
        ten.attempts = 10;
        hundred.attempts = 9;
        model.setDeliveries({ten, hundred, nine});
        DeliveriesProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // As strings "9" > "2" > "10"; as numbers 10 > 9 > 2.
        proxy.sort(DeliveriesModel::Attempts, Qt::DescendingOrder);
        const auto attemptsAt = [&proxy](int row) {
            return proxy.index(row, DeliveriesModel::Attempts).data().toInt();
        };
        QCOMPARE(attemptsAt(0), 10);
        QCOMPARE(attemptsAt(1), 9);
        QCOMPARE(attemptsAt(2), 2);
        proxy.sort(DeliveriesModel::Attempts, Qt::AscendingOrder);
        QCOMPARE(attemptsAt(0), 2);
        QCOMPARE(attemptsAt(2), 10);

        // Ids as numbers: 9 < 10 < 100 (as strings "10" < "100" < "9").
        proxy.sort(DeliveriesModel::Id, Qt::AscendingOrder);
        QCOMPARE(idsOf(proxy), (QList<qint64>{9, 10, 100}));
        proxy.sort(DeliveriesModel::Id, Qt::DescendingOrder);
        QCOMPARE(idsOf(proxy), (QList<qint64>{100, 10, 9}));

        // State: pending < delivered < failed; a live change re-sorts without a reset.
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        proxy.sort(DeliveriesModel::State, Qt::DescendingOrder);
        model.setDeliveries({ten, attemptFailed(hundred, u"gone"_s, 410, true), delivered(nine)});
        QCOMPARE(idsOf(proxy), (QList<qint64>{100, 9, 10}));
        QCOMPARE(resets.size(), 0);
    }

    void proxyFilters()
    {
        DeliveriesModel model;
        const app::OutboxEvent waiting = attemptFailed(pending(3), u"Connection refused"_s);
        model.setDeliveries({delivered(pending(1)),
                             attemptFailed(pending(2, u"disconnect"_s), u"HTTP 503"_s, 503, true),
                             waiting, pending(4, u"update"_s)});
        DeliveriesProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto idsShown = [&proxy]() {
            QList<qint64> ids = idsOf(proxy);
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QCOMPARE(idsShown(), (QList<qint64>{1, 2, 3, 4}));

        proxy.setStateFilter(DeliveriesProxyModel::StateFilter::Pending);
        QCOMPARE(idsShown(), (QList<qint64>{3, 4}));
        proxy.setStateFilter(DeliveriesProxyModel::StateFilter::Failed);
        QCOMPARE(idsShown(), (QList<qint64>{2}));
        proxy.setStateFilter(DeliveriesProxyModel::StateFilter::Delivered);
        QCOMPARE(idsShown(), (QList<qint64>{1}));
        proxy.setStateFilter(DeliveriesProxyModel::StateFilter::All);

        proxy.setFilterText(u"k0003/"_s); // identifier
        QCOMPARE(idsShown(), (QList<qint64>{3}));
        proxy.setFilterText(u"peer update"_s); // event
        QCOMPARE(idsShown(), (QList<qint64>{4}));
        proxy.setFilterText(u"disconnect"_s);
        QCOMPARE(idsShown(), (QList<qint64>{2}));
        proxy.setFilterText(u" REFUSED "_s); // error
        QCOMPARE(idsShown(), (QList<qint64>{3}));
        proxy.setFilterText(u"http"_s); // last result, from the status too
        QCOMPARE(idsShown(), (QList<qint64>{1, 2}));
        proxy.setFilterText(u"nothing like this"_s);
        QCOMPARE(proxy.rowCount(), 0);

        // State and text together; delivery 3 gives up and appears without a reset.
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        proxy.setFilterText(u"connect"_s);
        proxy.setStateFilter(DeliveriesProxyModel::StateFilter::Failed);
        QCOMPARE(idsShown(), (QList<qint64>{2}));
        model.setDeliveries({delivered(pending(1)),
                             attemptFailed(pending(2, u"disconnect"_s), u"HTTP 503"_s, 503, true),
                             attemptFailed(waiting, u"Connection refused"_s, 0, true),
                             pending(4, u"update"_s)});
        QCOMPARE(idsShown(), (QList<qint64>{2, 3}));
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeliveriesModel)
#include "TestDeliveriesModel.moc"
