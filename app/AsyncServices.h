// The core as the desktop window uses it: every read and every change runs off the GUI thread
// (on the backend thread, in order with the status monitor's polls, or on a thread of its own
// when there is no WireGuard backend), and its result comes back as a callback on the caller's
// thread. The GUI thread never waits on netlink, SQLite or HTTP (product.md, "Threads").
#pragma once

#include "AsyncJob.h"
#include "Domain.h"
#include "InterfaceOverview.h"
#include "PeerStatus.h"
#include "Services.h"
#include "Store.h"
#include "WebhookSettings.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace wgdesk::app {

class BackendThread;
class StatusMonitor;

// What the worker thread holds: the database connection (opened there, on first use), the
// backend (null without one) and, when this process monitors, the status monitor.
class CoreWorker final : public QObject
{
    Q_OBJECT

public:
    CoreWorker(QString databasePath, platform::WireGuardBackend *backend);
    ~CoreWorker() override;

    // Null with *error set when the database cannot be opened.
    Store *store(QString *error);
    [[nodiscard]] platform::WireGuardBackend *backend() const { return m_backend; }
    [[nodiscard]] StatusMonitor *statusMonitor() const { return m_monitor; }
    void setStatusMonitor(StatusMonitor *monitor) { m_monitor = monitor; }

private:
    QString m_databasePath;
    platform::WireGuardBackend *m_backend;
    std::unique_ptr<Store> m_store;
    StatusMonitor *m_monitor = nullptr;
};

struct PeerList
{
    QString error; // a sentence; the rest is empty then
    Interface interface;
    bool managed = false; // WG Desk has a record of the interface
    QList<Peer> configured;
    QList<PeerStatus> statuses; // from the status monitor; empty when another process monitors
};

struct UserList
{
    QString error;
    QList<User> users;
    QHash<QString, int> peerCounts;
};

struct DeliveryList
{
    QString error;
    QList<OutboxEvent> events;
};

struct AllSettings
{
    QString error;
    WebhookSettings webhook;
    StatusSettings status;
};

struct TextResult
{
    QString error; // a sentence; text is empty then
    QString text;
};

class AsyncServices final : public QObject
{
    Q_OBJECT

public:
    // `backend` may be null (no WireGuard backend): changes of interfaces and peers then fail
    // with `backendError`; users, settings and the delivery log still work.
    AsyncServices(BackendThread *backend, QString databasePath, QString backendError = {},
                  QObject *parent = nullptr);
    ~AsyncServices() override;

    [[nodiscard]] QString databasePath() const { return m_databasePath; }
    [[nodiscard]] bool hasBackend() const { return m_backend != nullptr; }

    // Makes the monitor's live status available to loadPeers() and rateHistory(). The monitor
    // must live on the backend thread.
    void setStatusMonitor(StatusMonitor *monitor);

    // Runs job(worker) off the GUI thread, then done(result) on context's thread (if context
    // still exists).
    template <typename Job, typename Done> void run(Job job, QObject *context, Done done)
    {
        runAndReply(m_worker, m_worker, this, context, std::move(job), std::move(done));
    }

    // Reads.
    void loadInterfaces(QObject *context, std::function<void(const InterfaceList &)> done);
    void loadPeers(const QString &interfaceName, QObject *context,
                   std::function<void(const PeerList &)> done);
    void loadUsers(QObject *context, std::function<void(const UserList &)> done);
    void loadDeliveries(Store::DeliveryFilter filter, int limit, QObject *context,
                        std::function<void(const DeliveryList &)> done);
    void loadSettings(QObject *context, std::function<void(const AllSettings &)> done);
    // 15 minutes of rates; an empty publicKey means the interface's total.
    void rateHistory(const QString &interfaceName, const QString &publicKey, QObject *context,
                     std::function<void(const QList<RateSample> &)> done);
    void exportInterface(const QString &name, QObject *context,
                         std::function<void(const TextResult &)> done);
    void clientConfig(const QString &interfaceName, const QString &publicKey, QObject *context,
                      std::function<void(const TextResult &)> done);

    // Changes (Services' rules: validated, applied, stored, and their event recorded).
    using OutcomeDone = std::function<void(const Outcome &)>;
    void createInterface(const Interface &interface, bool up, QObject *context, OutcomeDone done);
    void updateInterface(const Interface &interface, QObject *context, OutcomeDone done);
    void deleteInterface(const QString &name, QObject *context, OutcomeDone done);
    void setInterfaceUp(const QString &name, bool up, QObject *context, OutcomeDone done);
    void adoptInterface(const QString &name, QObject *context, OutcomeDone done);
    void restoreInterface(const QString &name, QObject *context, OutcomeDone done);
    // Reads and imports a wg-quick file. `progress(done, total)` runs on context's thread, at
    // most every 1 % of the peers.
    void importInterface(const QString &path, const QString &name, QObject *context,
                         std::function<void(const QString &stage, int, int)> progress,
                         OutcomeDone done);
    void addPeer(const Peer &peer, QObject *context, OutcomeDone done);
    void updatePeer(const Peer &peer, QObject *context, OutcomeDone done);
    void removePeer(const QString &interfaceName, const QString &publicKey, QObject *context,
                    OutcomeDone done);
    void addUser(const User &user, QObject *context, OutcomeDone done);
    void updateUser(const User &user, QObject *context, OutcomeDone done);
    void deleteUser(const QString &identifier, std::optional<QString> movePeersTo,
                    QObject *context, OutcomeDone done);
    // Webhook and status settings, validated and stored together (nothing stored when invalid).
    void saveSettings(const WebhookSettings &webhook, const StatusSettings &status,
                      QObject *context, OutcomeDone done);
    void retryDelivery(qint64 id, QObject *context, OutcomeDone done);
    void retryFailedDeliveries(QObject *context, OutcomeDone done);

private:
    void change(QObject *context, OutcomeDone done,
                std::function<Outcome(Services &)> body);

    BackendThread *m_backend;
    QString m_databasePath;
    QString m_backendError;
    std::unique_ptr<QThread> m_ownThread; // only without a backend
    CoreWorker *m_worker = nullptr;
};

} // namespace wgdesk::app
