// WG Desk's admin window: the interfaces (state, backend, drift), the selected interface's
// peers with live status and a traffic graph, the users, and the webhook delivery log. Every
// read and change goes through app::AsyncServices, so the window never waits on netlink,
// SQLite or HTTP; long work (imports) shows progress.
#pragma once

#include "UiPreferences.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <optional>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace wgdesk::app {
class AsyncServices;
struct DeliveryQueueState;
struct Outcome;
struct StatusDelta;
struct Peer;
struct PeerList;
struct User;
} // namespace wgdesk::app
namespace wgdesk::models {
class DeltaPacer;
class DeliveriesModel;
class DeliveriesProxyModel;
class InterfacesModel;
class PeersModel;
class PeersProxyModel;
class UsersModel;
class UsersProxyModel;
} // namespace wgdesk::models

namespace wgdesk::ui {

class TrafficGraph;
class TrayIcon;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `services` may be null only together with a `backendError` (nothing can be read then).
    // `backendKind` names the backend in use ("kernel", "userspace"), empty without one.
    MainWindow(app::AsyncServices *services, const QString &backendKind,
               const QString &backendError, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and the composition root.
    [[nodiscard]] models::InterfacesModel *interfacesModel() const { return m_interfaces; }
    [[nodiscard]] models::PeersModel *peersModel() const { return m_peers; }
    [[nodiscard]] models::PeersProxyModel *peersProxy() const { return m_peersProxy; }
    [[nodiscard]] models::UsersModel *usersModel() const { return m_users; }
    [[nodiscard]] models::DeliveriesModel *deliveriesModel() const { return m_deliveries; }
    [[nodiscard]] TrayIcon *trayIcon() const { return m_tray; }
    [[nodiscard]] QString bannerText() const;
    [[nodiscard]] QString webhookStatusText() const;
    [[nodiscard]] QString peerStatusText() const;
    [[nodiscard]] QString currentInterface() const { return m_currentInterface; }
    [[nodiscard]] QString selectedInterface() const;
    [[nodiscard]] bool readOnly() const { return m_readOnly; }
    // The last sentence an operation reported (an error, or what was done).
    [[nodiscard]] QString lastMessage() const { return m_lastMessage; }
    [[nodiscard]] QAction *action(const QString &objectName) const;

    // Applies the preferences (tray, notices, language) as the settings dialog saved them.
    void applyPreferences(const UiPreferences &preferences);

public Q_SLOTS:
    void refresh();
    void selectInterface(const QString &name);
    // The webhook queue as this process's dispatcher reports it.
    void setWebhookState(const wgdesk::app::DeliveryQueueState &state);
    // Another process delivers (it holds the monitor lock); `who` names it.
    void setWebhooksDeliveredElsewhere(const QString &who);
    // A poll's change set from the status monitor (queued from the backend thread).
    void applyStatusDelta(const wgdesk::app::StatusDelta &delta);
    // A sentence from the monitors (a failed read, ping checks unavailable, ...).
    void showNotice(const QString &sentence);

    // The actions, public so that tests and the tray can drive them.
    void newInterface();
    void editInterface();
    void deleteInterface();
    void setInterfaceUp(const QString &name, bool up);
    void importInterface();
    void importInterfaceFrom(const QString &path);
    void exportInterface();
    void adoptInterface();
    void restoreInterface();
    void addPeer();
    void editPeer();
    void deletePeer();
    void togglePeerEnabled();
    void showClientConfig();
    void addUser();
    void editUser();
    void deleteUser();
    void retryDelivery();
    void retryFailedDeliveries();
    void showSettings();

Q_SIGNALS:
    void refreshed();          // the interface list was read (successfully or not)
    void peersLoaded();        // the peers of the current interface were read
    void usersLoaded();
    void deliveriesLoaded();
    void operationFinished(bool ok); // a change went through the core (lastMessage() says)
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QAction *makeAction(const char *objectName, const QString &icon, const QKeySequence &shortcut,
                        void (MainWindow::*slot)());
    void buildActions();
    void buildMenus();
    QWidget *buildInterfacesTab();
    QWidget *buildUsersTab();
    QWidget *buildDeliveriesTab();
    void retranslate();
    void updateActions();
    void showBanner(const QString &text);
    void loadPeers();
    void loadUsers();
    void loadDeliveries();
    void updateGraphs();
    void updatePeerCounts();
    void updateTray();
    void resolveDrift(bool adopt); // adopt what runs, or restore the records
    // Reads an interface's records and peers for a dialog or a change, then calls `use` unless
    // the read failed (said in the status bar); one such at a time (m_dialogPending).
    void withPeersOf(const QString &interfaceName, std::function<void(const app::PeerList &)> use);
    // The record of the peer `key` (the others into *others); says so when there is none.
    std::optional<app::Peer> recordOf(const app::PeerList &list, const QString &key,
                                      std::vector<app::Peer> *others = nullptr);
    void beginChange(); // a change of interfaces or peers starts: their actions wait
    // Shows an outcome; `endsChange` when it ends what beginChange() started.
    void report(const app::Outcome &outcome, const QString &success, bool endsChange = true);
    bool confirm(const QString &title, const QString &text, const QString &actionText);
    [[nodiscard]] QString selectedPeerKey() const;
    [[nodiscard]] QString selectedUser() const;
    [[nodiscard]] qint64 selectedDelivery() const;

    app::AsyncServices *m_services;
    QString m_backendKind;
    QString m_backendError;
    bool m_readOnly = false;
    bool m_permissionMissing = false;
    QString m_currentInterface;
    QString m_pendingSelection;
    QString m_lastMessage;
    QString m_lastProblem;
    UiPreferences m_preferences;

    models::InterfacesModel *m_interfaces;
    QSortFilterProxyModel *m_interfacesProxy;
    models::PeersModel *m_peers;
    models::PeersProxyModel *m_peersProxy;
    models::DeltaPacer *m_pacer;
    models::UsersModel *m_users;
    models::UsersProxyModel *m_usersProxy;
    models::DeliveriesModel *m_deliveries;
    models::DeliveriesProxyModel *m_deliveriesProxy;
    QList<app::User> m_userRecords;
    QHash<QString, std::pair<int, int>> m_peerCounts; // interface -> (connected, peers)

    QTabWidget *m_tabs = nullptr;
    QTableView *m_interfacesView = nullptr;
    QTableView *m_peersView = nullptr;
    QTableView *m_usersView = nullptr;
    QTableView *m_deliveriesView = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_peersTitle = nullptr;
    QLineEdit *m_peerFilter = nullptr;
    QCheckBox *m_connectedOnly = nullptr;
    QLineEdit *m_userFilter = nullptr;
    QComboBox *m_deliveryFilter = nullptr;
    TrafficGraph *m_interfaceGraph = nullptr;
    TrafficGraph *m_peerGraph = nullptr;
    QLabel *m_webhookStatus = nullptr;
    QLabel *m_peerStatus = nullptr;
    QLabel *m_backendLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolBar *m_toolbar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_interfaceMenu = nullptr;
    QMenu *m_peerMenu = nullptr;
    QMenu *m_userMenu = nullptr;
    QMenu *m_deliveryMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    TrayIcon *m_tray = nullptr;
    QTimer *m_tick = nullptr;      // "12 s ago" and the graphs
    QTimer *m_driftTimer = nullptr; // things changed outside WG Desk (ip link del, wg set)
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    int m_busy = 0;               // changes under way (beginChange)
    bool m_dialogPending = false; // a dialog is being prepared or open: one at a time
    int m_graphRequests = 0;
    QString m_peersLoadedFor;     // the interface whose peers were read since its selection
    bool m_quitting = false;
};

} // namespace wgdesk::ui
