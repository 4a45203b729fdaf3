// The tray status icon: the aggregate state at a glance (an icon per state), a tooltip with the
// counts per interface, a menu (show the window, each interface up or down, quit) and the
// optional desktop notices on connect and disconnect. It only shows and asks; the window does
// what the signals ask for.
//
// The QSystemTrayIcon is created lazily, when the icon is first made visible, and creation is
// retried while the desktop has no system tray yet (a session that is still starting). Without
// any tray (e.g. the offscreen platform) everything but the showing still works.
#pragma once

#include "WebhookDispatcher.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace wgdesk::ui {

struct TrayInterface
{
    QString name;
    bool up = false;
    int connected = 0; // peers connected now
    int peers = 0;

    friend bool operator==(const TrayInterface &, const TrayInterface &) = default;
};

class TrayIcon final : public QObject
{
    Q_OBJECT

public:
    // Highest first: the icon shows the most urgent one.
    enum class State
    {
        Idle,              // no interfaces
        AllUp,             // every interface is up
        SomeDown,          // at least one interface is down
        DeliveriesFailing, // webhook deliveries fail now, or some were given up
        NoPermission,      // WireGuard cannot be managed (CAP_NET_ADMIN is missing)
    };
    Q_ENUM(State)

    // How long a creation is retried while no system tray is available, one try a second.
    static constexpr int trayRetries = 60;

    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    void setInterfaces(const QList<TrayInterface> &interfaces);
    void setWebhookState(const app::DeliveryQueueState &state);
    void setPermissionMissing(bool missing);
    void setNoticesEnabled(bool enabled);
    [[nodiscard]] bool noticesEnabled() const { return m_noticesEnabled; }
    // A desktop notice, only when notices are enabled. `peerName` may be empty.
    void notifyConnection(const QString &interfaceName, const QString &peerName, bool connected);

    // Shows or hides the icon; showing creates it once a system tray is there.
    void setVisible(bool visible);
    [[nodiscard]] bool isVisible() const { return m_visible; } // wanted
    // Really in a system tray now: only then may closing the window keep WG Desk running.
    [[nodiscard]] bool isShown() const;

    void retranslate(); // on QEvent::LanguageChange

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString iconName() const { return iconNameFor(m_state); } // a resource path
    [[nodiscard]] QString toolTip() const { return m_toolTip; }
    [[nodiscard]] QMenu *menu() const { return m_menu.get(); }
    [[nodiscard]] static QString iconNameFor(State state);
    [[nodiscard]] static State stateFor(const QList<TrayInterface> &interfaces,
                                        const app::DeliveryQueueState &webhooks,
                                        bool permissionMissing);

Q_SIGNALS:
    void activated();           // a click on the icon: show or hide the window
    void showWindowRequested(); // "Show WG Desk"
    void setInterfaceUpRequested(const QString &name, bool up);
    void quitRequested();
    void shownChanged(bool shown); // the icon appeared in or left the system tray
    // Every notice given (also where no tray can show it), for tests and a log.
    void noticeGiven(const QString &title, const QString &message);

private:
    void update();
    void rebuildInterfaceActions();
    void updateInterfaceActions();
    void tryCreate();
    [[nodiscard]] QString makeToolTip() const;

    std::unique_ptr<QMenu> m_menu; // a QMenu has no QObject parent here: owned explicitly
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_retryTimer = nullptr;
    int m_retriesLeft = 0;
    QAction *m_showAction = nullptr;
    QAction *m_interfaceSeparator = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_interfaceActions; // in the order of m_interfaces

    QList<TrayInterface> m_interfaces;
    app::DeliveryQueueState m_webhooks;
    bool m_permissionMissing = false;
    bool m_noticesEnabled = false;
    bool m_visible = false;
    State m_state = State::Idle;
    QString m_toolTip;
};

} // namespace wgdesk::ui
