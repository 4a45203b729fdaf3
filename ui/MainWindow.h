// WG Desk's main window. For now: the WireGuard interfaces the backend finds, refreshed
// every few seconds, or a banner that says why they cannot be shown.
#pragma once

#include <QHash>
#include <QMainWindow>

class QLabel;
class QTableView;
class QTimer;

namespace wgdesk::app {
class BackendThread;
struct DeliveryQueueState;
struct StatusDelta;
}
namespace wgdesk::models {
class InterfacesModel;
}

namespace wgdesk::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `backend` may be null; `backendError` then says why there is none.
    MainWindow(app::BackendThread *backend, const QString &backendError,
               QWidget *parent = nullptr);

    [[nodiscard]] models::InterfacesModel *interfacesModel() const { return m_model; }
    [[nodiscard]] QString bannerText() const;
    [[nodiscard]] QString webhookStatusText() const;
    [[nodiscard]] QString peerStatusText() const;

public Q_SLOTS:
    void refresh();
    // The webhook queue as this process's dispatcher reports it.
    void setWebhookState(const wgdesk::app::DeliveryQueueState &state);
    // Another process delivers (it holds the monitor lock); `who` names it.
    void setWebhooksDeliveredElsewhere(const QString &who);
    // A poll's change set from the status monitor (queued from the backend thread).
    void applyStatusDelta(const wgdesk::app::StatusDelta &delta);
    // A sentence from the monitors (a failed read, ping checks unavailable, ...).
    void showNotice(const QString &sentence);

Q_SIGNALS:
    void refreshed(); // a refresh finished (successfully or not)

private:
    void showBanner(const QString &text);

    app::BackendThread *m_backend;
    models::InterfacesModel *m_model;
    QTableView *m_table;
    QLabel *m_banner;
    QLabel *m_webhookStatus;
    QLabel *m_peerStatus;
    QHash<QString, std::pair<int, int>> m_peerCounts; // interface -> (connected, peers)
    QTimer *m_timer;
    bool m_refreshing = false;
};

} // namespace wgdesk::ui
