// The GUI learns of another process's change: a real wgdeskctl writes to the same SQLite file,
// and the watcher (its own thread and connection) says so; a change by nobody says nothing.
#include "KernelTestSupport.h"
#include "Store.h"
#include "StoreWatcher.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wgdesk;

class TestStoreWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seesAnotherProcesssChange()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner
                                                      | QFile::ExeOwner));
        const QString db = dir.filePath(u"wgdesk.db"_s);
        {
            app::Store store;
            QString error;
            QVERIFY2(store.open(db, &error), qPrintable(error));
        }
        app::StoreWatcher watcher(db, 50);
        QSignalSpy changed(&watcher, &app::StoreWatcher::changed);
        QSignalSpy problems(&watcher, &app::StoreWatcher::problem);
        QTest::qWait(300);
        QCOMPARE(changed.count(), 0);

        QProcess ctl;
        ctl.start(tests::testBinary(u"../bin/wgdeskctl"_s),
                  {u"--db"_s, db, u"user"_s, u"add"_s, u"watched"_s});
        QVERIFY(ctl.waitForFinished(30000));
        QCOMPARE(ctl.exitCode(), 0);
        QVERIFY(changed.wait(5000));
        QTest::qWait(300);
        QCOMPARE(changed.count(), 1); // once per change, not per tick
        QCOMPARE(problems.count(), 0);
    }

    void saysWhyItCannotWatch()
    {
        app::StoreWatcher watcher(u"/proc/no-such-dir/wgdesk.db"_s, 50);
        QSignalSpy problems(&watcher, &app::StoreWatcher::problem);
        QVERIFY(problems.wait(5000));
        QVERIFY(!problems.at(0).at(0).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreWatcher)
#include "TestStoreWatcher.moc"
