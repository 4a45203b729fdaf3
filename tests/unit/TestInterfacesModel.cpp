// The interface list model: checked by QAbstractItemModelTester, and updated with the fewest
// signals (no reset; inserts, removes and dataChanged only for rows that changed).
#include "InterfacesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace wgdesk;

namespace {

app::InterfaceOverview overview(const char *name, int peers = 0)
{
    app::InterfaceOverview o;
    o.name = QString::fromLatin1(name);
    o.peerCount = peers;
    o.listenPort = 51820;
    o.mtu = 1420;
    return o;
}

} // namespace

class TestInterfacesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incrementalUpdates()
    {
        models::InterfacesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        model.setInterfaces({overview("wg1"), overview("wg0"), overview("wg2")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, models::InterfacesModel::Name).data().toString(), u"wg0");
        QCOMPARE(inserts.size(), 3);

        // Same content: no signal at all.
        model.setInterfaces({overview("wg0"), overview("wg1"), overview("wg2")});
        QCOMPARE(changes.size(), 0);

        // One interface changed, one went, one came.
        model.setInterfaces({overview("wg0"), overview("wg2", 5), overview("wg3")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(removes.size(), 1);
        QCOMPARE(inserts.size(), 4);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, models::InterfacesModel::Peers).data().toInt(), 5);
        QCOMPARE(model.index(2, models::InterfacesModel::Name).data().toString(), u"wg3");

        model.setInterfaces({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 0);
    }

    void sortRoleHasRawValues()
    {
        models::InterfacesModel model;
        model.setInterfaces({overview("wg0", 10), overview("wg1", 9)});
        QCOMPARE(model.index(0, models::InterfacesModel::Peers)
                     .data(models::InterfacesModel::SortRole)
                     .typeId(),
                 QMetaType::Int);
    }
};

QTEST_GUILESS_MAIN(TestInterfacesModel)
#include "TestInterfacesModel.moc"
