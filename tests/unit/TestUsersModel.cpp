// The users table: checked by QAbstractItemModelTester, updated with the fewest signals (no
// reset or layout change, not even for the first fill; inserts and removes by range;
// dataChanged only for the rows and columns that changed), sorted on raw values and filtered
// through the proxy.
#include "UsersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace wgdesk;
using namespace wgdesk::models;
using namespace Qt::StringLiterals;

namespace {

QString idOf(int n)
{
    return u"user-%1"_s.arg(n, 2, 10, QChar(u'0'));
}

app::User user(const QString &identifier, const QString &first = {}, const QString &last = {})
{
    app::User u;
    u.identifier = identifier;
    u.firstname = first;
    u.lastname = last;
    u.email = identifier + u"@example.org"_s;
    u.department = u"Engineering"_s;
    u.createdAt = QDateTime::fromSecsSinceEpoch(1'750'000'000);
    u.updatedAt = u.createdAt;
    return u;
}

QList<app::User> users(int count)
{
    QList<app::User> list;
    for (int i = 0; i < count; ++i)
        list.append(user(idOf(i), u"First%1"_s.arg(i), u"Last%1"_s.arg(i)));
    return list;
}

QHash<QString, int> onePeerEach(const QList<app::User> &list)
{
    QHash<QString, int> counts;
    for (const app::User &u : list)
        counts.insert(u.identifier, 1);
    return counts;
}

// first and last row of a rowsInserted / rowsRemoved signal
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

} // namespace

class TestUsersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void firstFillIsOneInsert()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(&model);

        app::User jane = user(u"jane"_s, u"Jane"_s, u"Doe"_s);
        jane.isAdmin = true;
        jane.updatedBy = u"root"_s;
        app::User bob = user(u"bob"_s, u"Bob"_s);
        bob.disabled = QDateTime::fromSecsSinceEpoch(1'750'100'000);
        bob.disabledReason = u"left the company"_s;
        app::User other = user(u"jane"_s, u"Other"_s); // same identifier: the first wins
        model.setUsers({jane, user(u"carol"_s), bob, other}, {{u"jane"_s, 3}, {u"bob"_s, 1}});

        QCOMPARE(spies.inserts.size(), 1);
        QCOMPARE(rangeOf(spies.inserts.first()), qMakePair(0, 2));
        QCOMPARE(spies.resets.size(), 0);
        QCOMPARE(spies.layouts.size(), 0);
        QCOMPARE(spies.changes.size(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(UsersModel::ColumnCount));

        // Sorted by identifier.
        QCOMPARE(model.rowOf(u"bob"_s), 0);
        QCOMPARE(model.rowOf(u"carol"_s), 1);
        QCOMPARE(model.rowOf(u"jane"_s), 2);
        QCOMPARE(model.rowOf(u"nobody"_s), -1);
        QCOMPARE(model.index(2, UsersModel::Email).data(UsersModel::IdentifierRole).toString(),
                 u"jane"_s);
        QCOMPARE(model.user(2).firstname, u"Jane"_s);

        QCOMPARE(model.index(2, UsersModel::Name).data().toString(), u"Jane Doe"_s);
        QCOMPARE(model.index(0, UsersModel::Name).data().toString(), u"Bob"_s);
        QCOMPARE(model.index(1, UsersModel::Name).data().toString(), QString());
        QCOMPARE(model.index(2, UsersModel::Email).data().toString(), u"jane@example.org"_s);
        QCOMPARE(model.index(2, UsersModel::Department).data().toString(), u"Engineering"_s);
        QCOMPARE(model.index(2, UsersModel::Admin).data().toString(), u"Yes"_s);
        QCOMPARE(model.index(1, UsersModel::Admin).data().toString(), u"No"_s);
        QCOMPARE(model.index(2, UsersModel::State).data().toString(), u"Enabled"_s);
        QCOMPARE(model.index(0, UsersModel::State).data().toString(), u"Disabled"_s);
        QVERIFY(model.index(0, UsersModel::State)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(u": left the company"_s));
        QVERIFY(!model.index(2, UsersModel::State).data(Qt::ToolTipRole).isValid());
        QCOMPARE(model.index(0, UsersModel::Identifier).data(UsersModel::DisabledRole), true);
        QCOMPARE(model.index(2, UsersModel::Identifier).data(UsersModel::DisabledRole), false);
        QCOMPARE(model.index(2, UsersModel::Peers).data(), QVariant(3));
        QCOMPARE(model.index(1, UsersModel::Peers).data(), QVariant(0)); // not in the counts
        QVERIFY(!model.index(2, UsersModel::Updated).data().toString().isEmpty());
        QVERIFY(model.index(2, UsersModel::Updated)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"by root"_s));

        // Raw sort values.
        QCOMPARE(model.index(2, UsersModel::Updated).data(UsersModel::SortRole),
                 QVariant(qint64(1'750'000'000'000)));
        QCOMPARE(model.index(2, UsersModel::Peers).data(UsersModel::SortRole).typeId(),
                 QMetaType::Int);
        QCOMPARE(model.index(2, UsersModel::Admin).data(UsersModel::SortRole), QVariant(1));
        QCOMPARE(model.index(0, UsersModel::State).data(UsersModel::SortRole), QVariant(1));
        QCOMPARE(model.headerData(UsersModel::Email, Qt::Horizontal).toString(), u"Email"_s);
    }

    void incrementalUpdates()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        UsersProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(UsersModel::Peers, Qt::DescendingOrder);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QList<app::User> list = users(10);
        QHash<QString, int> counts = onePeerEach(list);
        model.setUsers(list, counts);
        QCOMPARE(model.rowCount(), 10);

        Spies spies(&model);
        QSignalSpy proxyResets(&proxy, &QAbstractItemModel::modelReset);

        // user-02, -03 and -07 go; user-03a and user-10 come; user-00 has more peers,
        // user-05 a new email, user-08 is disabled.
        QList<app::User> next;
        for (const app::User &u : std::as_const(list)) {
            if (u.identifier != idOf(2) && u.identifier != idOf(3) && u.identifier != idOf(7))
                next.append(u);
        }
        next.append(user(u"user-03a"_s));
        next.prepend(user(idOf(10))); // any order
        for (app::User &u : next) {
            if (u.identifier == idOf(5))
                u.email = u"five@example.org"_s;
            if (u.identifier == idOf(8))
                u.disabled = QDateTime::fromSecsSinceEpoch(1'750'500'000);
        }
        counts.insert(idOf(0), 4);
        model.setUsers(next, counts);

        QCOMPARE(spies.resets.size(), 0);
        QCOMPARE(spies.layouts.size(), 0);
        // Bottom up, one signal per run of adjacent rows.
        QCOMPARE(spies.removes.size(), 2);
        QCOMPARE(rangeOf(spies.removes.at(0)), qMakePair(7, 7));
        QCOMPARE(rangeOf(spies.removes.at(1)), qMakePair(2, 3));
        QCOMPARE(spies.inserts.size(), 2);
        QCOMPARE(rangeOf(spies.inserts.at(0)), qMakePair(2, 2));
        QCOMPARE(rangeOf(spies.inserts.at(1)), qMakePair(8, 8));
        QCOMPARE(model.rowCount(), 9);
        const QStringList expected{idOf(0), idOf(1), u"user-03a"_s, idOf(4), idOf(5),
                                   idOf(6), idOf(8), idOf(9),       idOf(10)};
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.index(r, 0).data(UsersModel::IdentifierRole).toString(),
                     expected.at(r));
            QCOMPARE(model.rowOf(expected.at(r)), r);
        }

        // One signal per changed cell: user-00 Peers, user-05 Email, user-08 State.
        QCOMPARE(spies.changes.size(), 3);
        const auto cell = [&spies](int i) {
            const QModelIndex tl = spies.changes.at(i).at(0).toModelIndex();
            const QModelIndex br = spies.changes.at(i).at(1).toModelIndex();
            return tl == br ? qMakePair(tl.row(), tl.column()) : qMakePair(-1, -1);
        };
        QCOMPARE(cell(0), qMakePair(0, int(UsersModel::Peers)));
        QCOMPARE(cell(1), qMakePair(4, int(UsersModel::Email)));
        QCOMPARE(cell(2), qMakePair(6, int(UsersModel::State)));
        const QList<int> valueRoles = spies.changes.at(0).at(2).value<QList<int>>();
        QCOMPARE(valueRoles, (QList<int>{Qt::DisplayRole, UsersModel::SortRole}));
        const QList<int> stateRoles = spies.changes.at(2).at(2).value<QList<int>>();
        QVERIFY(stateRoles.contains(Qt::DisplayRole));
        QVERIFY(stateRoles.contains(UsersModel::SortRole));
        QVERIFY(stateRoles.contains(Qt::ToolTipRole));
        QVERIFY(stateRoles.contains(UsersModel::DisabledRole));
        QCOMPARE(model.index(0, UsersModel::Peers).data(), QVariant(4));
        QCOMPARE(model.index(4, UsersModel::Email).data().toString(), u"five@example.org"_s);
        QCOMPARE(model.index(6, UsersModel::State).data().toString(), u"Disabled"_s);
        // The proxy follows: user-00 (4 peers) first, the new users (0 peers) last.
        QCOMPARE(proxy.index(0, 0).data(UsersModel::IdentifierRole).toString(), idOf(0));
        QCOMPARE(proxy.index(8, UsersModel::Peers).data(), QVariant(0));

        // The same again: nothing at all.
        model.setUsers(next, counts);
        QCOMPARE(spies.changes.size(), 3);
        QCOMPARE(spies.inserts.size(), 2);
        QCOMPARE(spies.removes.size(), 2);

        // A field no column shows: kept, not signalled.
        next[0].phone = u"+1 555 0100"_s;
        model.setUsers(next, counts);
        QCOMPARE(spies.changes.size(), 3);
        QCOMPARE(model.user(model.rowOf(next[0].identifier)).phone, u"+1 555 0100"_s);

        // Adjacent rows (1, 2, 3) in one signal.
        for (app::User &u : next) {
            if (u.identifier == idOf(1) || u.identifier == u"user-03a"_s
                || u.identifier == idOf(4))
                u.department = u"Sales"_s;
        }
        model.setUsers(next, counts);
        QCOMPARE(spies.changes.size(), 4);
        QCOMPARE(spies.changes.last().at(0).toModelIndex(),
                 model.index(1, UsersModel::Department));
        QCOMPARE(spies.changes.last().at(1).toModelIndex(),
                 model.index(3, UsersModel::Department));

        model.setUsers({}, {});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(spies.removes.size(), 3);
        QCOMPARE(rangeOf(spies.removes.last()), qMakePair(0, 8));
        QCOMPARE(spies.resets.size(), 0);
        QCOMPARE(spies.layouts.size(), 0);
        QCOMPARE(proxyResets.size(), 0);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void mostRowsChangedIsOneSignal()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<app::User> list = users(10);
        model.setUsers(list, {});
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 10; i += 2) {
            list[i].email = u"x%1@example.org"_s.arg(i);
            list[i + 1].isAdmin = true;
        }
        model.setUsers(list, {});
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex(), model.index(0, UsersModel::Email));
        QCOMPARE(changes.first().at(1).toModelIndex(), model.index(9, UsersModel::Admin));
    }

    void proxySortsOnRawValues()
    {
        UsersModel model;
        app::User a = user(u"a"_s);
        app::User b = user(u"b"_s);
        app::User c = user(u"c"_s);
        b.updatedAt = QDateTime::fromSecsSinceEpoch(1'800'000'000);
        c.updatedAt = QDateTime::fromSecsSinceEpoch(1'600'000'000);
        model.setUsers({a, b, c}, {{u"a"_s, 2}, {u"b"_s, 10}, {u"c"_s, 9}});
        UsersProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto idsShown = [&proxy]() {
            QStringList ids;
            for (int r = 0; r < proxy.rowCount(); ++r)
                ids.append(proxy.index(r, 0).data(UsersModel::IdentifierRole).toString());
            return ids;
        };

        // As strings "9" > "2" > "10"; as numbers 10 > 9 > 2.
        proxy.sort(UsersModel::Peers, Qt::DescendingOrder);
        QCOMPARE(idsShown(), (QStringList{u"b"_s, u"c"_s, u"a"_s}));
        proxy.sort(UsersModel::Peers, Qt::AscendingOrder);
        QCOMPARE(idsShown(), (QStringList{u"a"_s, u"c"_s, u"b"_s}));
        proxy.sort(UsersModel::Updated, Qt::AscendingOrder);
        QCOMPARE(idsShown(), (QStringList{u"c"_s, u"a"_s, u"b"_s}));

        // A live change re-sorts without a reset.
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        proxy.sort(UsersModel::Peers, Qt::DescendingOrder);
        model.setUsers({a, b, c}, {{u"a"_s, 11}, {u"b"_s, 10}, {u"c"_s, 9}});
        QCOMPARE(idsShown(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(resets.size(), 0);
    }

    void proxyFilters()
    {
        UsersModel model;
        app::User jane = user(u"jdoe"_s, u"Jane"_s, u"Doe"_s);
        jane.email = u"jane@corp.example"_s;
        app::User max = user(u"mmuster"_s, u"Max"_s, u"Mustermann"_s);
        max.department = u"Sales"_s;
        app::User gone = user(u"old"_s, u"Olga"_s, u"Old"_s);
        gone.disabled = QDateTime::fromSecsSinceEpoch(1'700'000'000);
        model.setUsers({jane, max, gone}, {});
        UsersProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 3);

        const auto idsShown = [&proxy]() {
            QStringList ids;
            for (int r = 0; r < proxy.rowCount(); ++r)
                ids.append(proxy.index(r, 0).data(UsersModel::IdentifierRole).toString());
            ids.sort();
            return ids;
        };
        proxy.setFilterText(u"  JANE DOE "_s); // the full name, trimmed
        QCOMPARE(idsShown(), QStringList{u"jdoe"_s});
        proxy.setFilterText(u"corp.example"_s); // email
        QCOMPARE(idsShown(), QStringList{u"jdoe"_s});
        proxy.setFilterText(u"sales"_s); // department
        QCOMPARE(idsShown(), QStringList{u"mmuster"_s});
        proxy.setFilterText(u"MMUST"_s); // identifier
        QCOMPARE(idsShown(), QStringList{u"mmuster"_s});
        proxy.setFilterText(u"engineering"_s);
        QCOMPARE(idsShown(), (QStringList{u"jdoe"_s, u"old"_s}));
        proxy.setFilterText(u"nobody"_s);
        QCOMPARE(proxy.rowCount(), 0);

        proxy.setFilterText({});
        proxy.setStateFilter(UsersProxyModel::StateFilter::DisabledOnly);
        QCOMPARE(idsShown(), QStringList{u"old"_s});
        proxy.setStateFilter(UsersProxyModel::StateFilter::EnabledOnly);
        QCOMPARE(idsShown(), (QStringList{u"jdoe"_s, u"mmuster"_s}));

        // Jane is disabled: she leaves the "enabled only" view without a reset.
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        jane.disabled = QDateTime::fromSecsSinceEpoch(1'750'000'000);
        model.setUsers({jane, max, gone}, {});
        QCOMPARE(idsShown(), QStringList{u"mmuster"_s});
        proxy.setStateFilter(UsersProxyModel::StateFilter::DisabledOnly);
        QCOMPARE(idsShown(), (QStringList{u"jdoe"_s, u"old"_s}));
        proxy.setFilterText(u"doe"_s);
        QCOMPARE(idsShown(), QStringList{u"jdoe"_s});
        proxy.setStateFilter(UsersProxyModel::StateFilter::All);
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUsersModel)
#include "TestUsersModel.moc"
