// The tray icon under the offscreen platform (no system tray): the aggregate state, its icon and
// tooltip through every state and back, the menu's signals, notices only when enabled, and
// retranslation.
#include "TrayIcon.h"

#include <QAction>
#include <QLibraryInfo>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wgdesk;
using State = ui::TrayIcon::State;

namespace {

ui::TrayInterface iface(const QString &name, bool up, int connected, int peers)
{
    ui::TrayInterface i;
    i.name = name;
    i.up = up;
    i.connected = connected;
    i.peers = peers;
    return i;
}

app::DeliveryQueueState failingDeliveries(qint64 pending)
{
    app::DeliveryQueueState s;
    s.enabled = true;
    s.pending = pending;
    s.lastDeliveredAt = QDateTime::currentDateTime().addSecs(-60);
    s.lastError = u"The receiver answered HTTP 503 Service Unavailable."_s;
    s.lastErrorAt = QDateTime::currentDateTime();
    return s;
}

QAction *actionNamed(QMenu *menu, const QString &objectName)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions)
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

QString lreleasePath()
{
    for (const QString &path :
         {QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lrelease"_s,
          QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) + u"/lrelease"_s,
          u"/usr/lib/qt6/bin/lrelease"_s})
        if (QFileInfo(path).isExecutable())
            return path;
    return {};
}

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iconAndToolTipFollowTheStatus()
    {
        ui::TrayIcon tray;
        QCOMPARE(tray.state(), State::Idle);
        QCOMPARE(tray.iconName(), u":/icons/tray-idle.svg"_s);
        QCOMPARE(tray.toolTip(), u"WG Desk\nNo WireGuard interfaces"_s);

        tray.setInterfaces({iface(u"wg0"_s, true, 3, 5), iface(u"wg1"_s, true, 0, 1)});
        QCOMPARE(tray.state(), State::AllUp);
        QCOMPARE(tray.iconName(), u":/icons/tray-ok.svg"_s);
        QCOMPARE(tray.toolTip(),
                 u"WG Desk\nwg0: 3 of 5 peers connected\nwg1: 0 of 1 peers connected"_s);

        tray.setInterfaces({iface(u"wg0"_s, true, 4, 5), iface(u"wg1"_s, false, 0, 1)});
        QCOMPARE(tray.state(), State::SomeDown);
        QCOMPARE(tray.iconName(), u":/icons/tray-some-down.svg"_s);
        QCOMPARE(tray.toolTip(), u"WG Desk\nwg0: 4 of 5 peers connected\nwg1: down"_s);

        tray.setWebhookState(failingDeliveries(7));
        QCOMPARE(tray.state(), State::DeliveriesFailing);
        QCOMPARE(tray.iconName(), u":/icons/tray-webhooks-failing.svg"_s);
        QVERIFY2(tray.toolTip().endsWith(u"\nWebhooks: 7 events waiting; the last attempt failed: "
                                         "The receiver answered HTTP 503 Service Unavailable."_s),
                 qPrintable(tray.toolTip()));

        tray.setPermissionMissing(true);
        QCOMPARE(tray.state(), State::NoPermission);
        QCOMPARE(tray.iconName(), u":/icons/tray-no-permission.svg"_s);
        QVERIFY(tray.toolTip().contains(u"CAP_NET_ADMIN"_s));

        // And back down the ladder.
        tray.setPermissionMissing(false);
        QCOMPARE(tray.state(), State::DeliveriesFailing);
        QVERIFY(!tray.toolTip().contains(u"CAP_NET_ADMIN"_s));
        app::DeliveryQueueState recovered = failingDeliveries(0);
        recovered.lastDeliveredAt = recovered.lastErrorAt.addSecs(1); // a success after it
        tray.setWebhookState(recovered);
        QCOMPARE(tray.state(), State::SomeDown);
        QVERIFY(!tray.toolTip().contains(u"Webhooks"_s));
        tray.setInterfaces({iface(u"wg0"_s, true, 5, 5), iface(u"wg1"_s, true, 1, 1)});
        QCOMPARE(tray.state(), State::AllUp);
        tray.setInterfaces({});
        QCOMPARE(tray.state(), State::Idle);
        QCOMPARE(tray.toolTip(), u"WG Desk\nNo WireGuard interfaces"_s);
    }

    void deliveriesGivenUpOrNeverDeliveredCountAsFailing()
    {
        app::DeliveryQueueState s;
        s.enabled = true;
        s.failed = 2;
        s.lastDeliveredAt = QDateTime::currentDateTime();
        QCOMPARE(ui::TrayIcon::stateFor({}, s, false), State::DeliveriesFailing);
        ui::TrayIcon tray;
        tray.setWebhookState(s);
        QVERIFY(tray.toolTip().contains(u"Webhooks: 2 events could not be delivered"_s));

        app::DeliveryQueueState never; // an error and no success yet
        never.enabled = true;
        never.lastError = u"The connection to 127.0.0.1:9 was refused."_s;
        QCOMPARE(ui::TrayIcon::stateFor({}, never, false), State::DeliveriesFailing);
        // Webhooks off: whatever is left from before does not count.
        never.enabled = false;
        QCOMPARE(ui::TrayIcon::stateFor({}, never, false), State::Idle);
        app::DeliveryQueueState fine;
        fine.enabled = true;
        fine.pending = 3;
        QCOMPARE(ui::TrayIcon::stateFor({iface(u"wg0"_s, true, 0, 0)}, fine, false), State::AllUp);
    }

    void everyStateHasItsOwnIcon()
    {
        QSet<QString> names;
        for (State s : {State::Idle, State::AllUp, State::SomeDown, State::DeliveriesFailing,
                        State::NoPermission}) {
            const QString name = ui::TrayIcon::iconNameFor(s);
            QVERIFY2(QFile::exists(name), qPrintable(name));
            const QIcon icon(name);
            QVERIFY(!icon.isNull());
            const QImage image = icon.pixmap(QSize(32, 32)).toImage();
            QVERIFY2(!image.isNull() && image.width() == 32, qPrintable(name));
            names.insert(name);
        }
        QCOMPARE(names.size(), 5);
    }

    void menuRequestsWhatTheOperatorChose()
    {
        ui::TrayIcon tray;
        QSignalSpy show(&tray, &ui::TrayIcon::showWindowRequested);
        QSignalSpy quit(&tray, &ui::TrayIcon::quitRequested);
        QSignalSpy upDown(&tray, &ui::TrayIcon::setInterfaceUpRequested);
        tray.setInterfaces({iface(u"wg0"_s, true, 1, 2), iface(u"wg1"_s, false, 0, 3)});

        QMenu *menu = tray.menu();
        QVERIFY(menu);
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 5); // show, wg0, wg1, separator, quit
        QCOMPARE(actions.at(0)->text(), u"&Show WG Desk"_s);
        QCOMPARE(actions.at(1)->text(), u"wg0 up"_s);
        QCOMPARE(actions.at(2)->text(), u"wg1 up"_s);
        QVERIFY(actions.at(3)->isSeparator());
        QCOMPARE(actions.at(4)->text(), u"&Quit"_s);

        QAction *wg0 = actionNamed(menu, u"interface:wg0"_s);
        QAction *wg1 = actionNamed(menu, u"interface:wg1"_s);
        QVERIFY(wg0 && wg1);
        QVERIFY(wg0->isCheckable() && wg0->isChecked());
        QVERIFY(!wg1->isChecked());

        wg0->trigger();
        QCOMPARE(upDown.size(), 1);
        QCOMPARE(upDown.at(0).at(0).toString(), u"wg0"_s);
        QCOMPARE(upDown.at(0).at(1).toBool(), false);
        // The check mark shows what runs until the interface really changes.
        QVERIFY(wg0->isChecked());
        wg1->trigger();
        QCOMPARE(upDown.size(), 2);
        QCOMPARE(upDown.at(1).at(0).toString(), u"wg1"_s);
        QCOMPARE(upDown.at(1).at(1).toBool(), true);
        tray.setInterfaces({iface(u"wg0"_s, false, 0, 2), iface(u"wg1"_s, true, 0, 3)});
        QCOMPARE(actionNamed(menu, u"interface:wg0"_s), wg0); // counts only: same actions
        QVERIFY(!wg0->isChecked());
        QVERIFY(wg1->isChecked());

        actionNamed(menu, u"showWindow"_s)->trigger();
        QCOMPARE(show.size(), 1);
        actionNamed(menu, u"quit"_s)->trigger();
        QCOMPARE(quit.size(), 1);

        // Interfaces come and go: the menu follows, in order.
        tray.setInterfaces({iface(u"wg2"_s, true, 0, 0)});
        QCOMPARE(menu->actions().size(), 4);
        QCOMPARE(menu->actions().at(1)->text(), u"wg2 up"_s);
        QVERIFY(!actionNamed(menu, u"interface:wg0"_s));

        // Without the permission nothing can be brought up or down.
        tray.setPermissionMissing(true);
        QVERIFY(!actionNamed(menu, u"interface:wg2"_s)->isEnabled());
        tray.setPermissionMissing(false);
        QVERIFY(actionNamed(menu, u"interface:wg2"_s)->isEnabled());
    }

    void noticesOnlyWhenEnabled()
    {
        ui::TrayIcon tray;
        QSignalSpy notices(&tray, &ui::TrayIcon::noticeGiven);
        QVERIFY(!tray.noticesEnabled());
        tray.notifyConnection(u"wg0"_s, u"Ana's laptop"_s, true);
        QCOMPARE(notices.size(), 0);

        tray.setNoticesEnabled(true);
        tray.notifyConnection(u"wg0"_s, u"Ana's laptop"_s, true);
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.at(0).at(0).toString(), u"Ana's laptop connected"_s);
        QCOMPARE(notices.at(0).at(1).toString(), u"Ana's laptop is now connected on wg0."_s);
        tray.notifyConnection(u"wg1"_s, QString(), false);
        QCOMPARE(notices.size(), 2);
        QCOMPARE(notices.at(1).at(0).toString(), u"A peer disconnected"_s);
        QVERIFY(notices.at(1).at(1).toString().contains(u"wg1"_s));

        tray.setNoticesEnabled(false);
        tray.notifyConnection(u"wg0"_s, u"Ana's laptop"_s, false);
        QCOMPARE(notices.size(), 2);
    }

    void showingWithoutASystemTrayIsHarmless()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen
        ui::TrayIcon tray;
        QSignalSpy shown(&tray, &ui::TrayIcon::shownChanged);
        tray.setVisible(true);
        QVERIFY(tray.isVisible());
        QVERIFY(!tray.isShown()); // closing the window must not hide WG Desk in no tray
        tray.setInterfaces({iface(u"wg0"_s, true, 1, 1)});
        tray.setNoticesEnabled(true);
        tray.notifyConnection(u"wg0"_s, u"peer"_s, true);
        tray.setVisible(false);
        QVERIFY(!tray.isVisible());
        QCOMPARE(shown.size(), 0);
    }

    void retranslateKeepsWorking()
    {
        ui::TrayIcon tray;
        tray.setInterfaces({iface(u"wg0"_s, true, 2, 3), iface(u"wg1"_s, false, 0, 1)});
        const QString english = tray.toolTip();

        QTemporaryDir dir;
        const QString lrelease = lreleasePath();
        if (lrelease.isEmpty()) {
            tray.retranslate();
            QCOMPARE(tray.toolTip(), english);
            QSKIP("lrelease is not available to make a translation");
        }
        const QString ts = dir.filePath(u"tray_de.ts"_s);
        QFile file(ts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
<name>wgdesk::ui::TrayIcon</name>
<message><source>&amp;Quit</source><translation>&amp;Beenden</translation></message>
<message><source>%1 up</source><translation>%1 aktiv</translation></message>
<message><source>%1: down</source><translation>%1: inaktiv</translation></message>
<message numerus="yes"><source>%1: %2 of %n peers connected</source>
<translation><numerusform>%1: %2 von %n Peer verbunden</numerusform><numerusform>%1: %2 von %n Peers verbunden</numerusform></translation></message>
</context>
</TS>
)");
        file.close();
        QProcess process;
        process.start(lrelease, {u"-silent"_s, ts, u"-qm"_s, dir.filePath(u"tray_de.qm"_s)});
        QVERIFY(process.waitForFinished(30000) && process.exitCode() == 0);

        QTranslator translator;
        QVERIFY(translator.load(dir.filePath(u"tray_de.qm"_s)));
        QCoreApplication::installTranslator(&translator);
        tray.retranslate();
        QCOMPARE(tray.toolTip(), u"WG Desk\nwg0: 2 von 3 Peers verbunden\nwg1: inaktiv"_s);
        QCOMPARE(actionNamed(tray.menu(), u"quit"_s)->text(), u"&Beenden"_s);
        QCOMPARE(actionNamed(tray.menu(), u"interface:wg0"_s)->text(), u"wg0 aktiv"_s);
        // Later updates stay translated.
        tray.setInterfaces({iface(u"wg0"_s, true, 1, 1)});
        QCOMPARE(tray.toolTip(), u"WG Desk\nwg0: 1 von 1 Peer verbunden"_s);

        QCoreApplication::removeTranslator(&translator);
        tray.retranslate();
        QCOMPARE(tray.toolTip(), u"WG Desk\nwg0: 1 of 1 peers connected"_s);
        QCOMPARE(actionNamed(tray.menu(), u"quit"_s)->text(), u"&Quit"_s);
    }
};

QTEST_MAIN(TestTrayIcon)
#include "TestTrayIcon.moc"
