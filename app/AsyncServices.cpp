#include "AsyncServices.h"

#include "BackendThread.h"
#include "ClientConfig.h"
#include "StatusMonitor.h"
#include "UnavailableBackend.h"
#include "WgQuickConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace wgdesk::app {

using namespace Qt::StringLiterals;

CoreWorker::CoreWorker(QString databasePath, platform::WireGuardBackend *backend)
    : m_databasePath(std::move(databasePath)), m_backend(backend)
{
}

CoreWorker::~CoreWorker() = default;

Store *CoreWorker::store(QString *error)
{
    if (m_store && m_store->isOpen())
        return m_store.get();
    auto store = std::make_unique<Store>();
    if (!store->open(m_databasePath, error))
        return nullptr;
    m_store = std::move(store);
    return m_store.get();
}

AsyncServices::AsyncServices(BackendThread *backend, QString databasePath, QString backendError,
                             QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_databasePath(std::move(databasePath))
    , m_backendError(std::move(backendError))
{
    if (m_backend) {
        m_worker = new CoreWorker(m_databasePath, &m_backend->backendForThreadObjects());
        m_backend->adopt(m_worker);
    } else {
        // Users, settings and the delivery log need no WireGuard: a thread of their own.
        m_ownThread = std::make_unique<QThread>();
        m_ownThread->setObjectName(u"wgdesk-core"_s);
        m_worker = new CoreWorker(m_databasePath, nullptr);
        m_worker->moveToThread(m_ownThread.get());
        m_ownThread->start();
    }
}

AsyncServices::~AsyncServices()
{
    if (m_backend) {
        m_backend->destroyOnThread(m_worker);
    } else {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; },
                                  Qt::BlockingQueuedConnection);
        m_ownThread->quit();
        m_ownThread->wait();
    }
}

void AsyncServices::setStatusMonitor(StatusMonitor *monitor)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, monitor] {
        worker->setStatusMonitor(monitor);
    });
}

void AsyncServices::loadInterfaces(QObject *context, std::function<void(const InterfaceList &)> done)
{
    run(
        [](CoreWorker &worker) {
            QString error;
            Store *store = worker.store(&error);
            if (!store) {
                InterfaceList list;
                list.problem = error;
                return list;
            }
            return readInterfaceList(*store, worker.backend());
        },
        context, std::move(done));
}

void AsyncServices::loadPeers(const QString &interfaceName, QObject *context,
                              std::function<void(const PeerList &)> done)
{
    run(
        [interfaceName](CoreWorker &worker) {
            PeerList list;
            Store *store = worker.store(&list.error);
            if (!store)
                return list;
            if (auto record = store->interface(interfaceName, &list.error)) {
                list.interface = *record;
                list.managed = true;
                if (auto peers = store->peers(interfaceName, &list.error))
                    list.configured = *peers;
                else
                    return list;
            } else if (!list.error.isEmpty()) {
                return list;
            } else {
                list.interface.identifier = interfaceName;
            }
            if (StatusMonitor *monitor = worker.statusMonitor())
                list.statuses = monitor->statuses(interfaceName);
            return list;
        },
        context, std::move(done));
}

void AsyncServices::loadUsers(QObject *context, std::function<void(const UserList &)> done)
{
    run(
        [](CoreWorker &worker) {
            UserList list;
            Store *store = worker.store(&list.error);
            if (!store)
                return list;
            auto users = store->users(&list.error);
            if (!users)
                return list;
            list.users = *users;
            for (const User &user : std::as_const(list.users))
                if (auto count = store->peerCountForUser(user.identifier, nullptr))
                    list.peerCounts.insert(user.identifier, *count);
            return list;
        },
        context, std::move(done));
}

void AsyncServices::loadDeliveries(Store::DeliveryFilter filter, int limit, QObject *context,
                                   std::function<void(const DeliveryList &)> done)
{
    run(
        [filter, limit](CoreWorker &worker) {
            DeliveryList list;
            Store *store = worker.store(&list.error);
            if (!store)
                return list;
            if (auto events = store->deliveries(filter, limit, &list.error))
                list.events = *events;
            return list;
        },
        context, std::move(done));
}

void AsyncServices::loadSettings(QObject *context, std::function<void(const AllSettings &)> done)
{
    run(
        [](CoreWorker &worker) {
            AllSettings settings;
            Store *store = worker.store(&settings.error);
            if (!store)
                return settings;
            if (auto webhook = WebhookSettings::load(*store, &settings.error))
                settings.webhook = *webhook;
            if (auto status = StatusSettingsStore::load(*store, &settings.error))
                settings.status = *status;
            return settings;
        },
        context, std::move(done));
}

void AsyncServices::rateHistory(const QString &interfaceName, const QString &publicKey,
                                QObject *context,
                                std::function<void(const QList<RateSample> &)> done)
{
    run(
        [interfaceName, publicKey](CoreWorker &worker) {
            StatusMonitor *monitor = worker.statusMonitor();
            return monitor ? monitor->rateHistory(interfaceName, publicKey) : QList<RateSample>{};
        },
        context, std::move(done));
}

void AsyncServices::exportInterface(const QString &name, QObject *context,
                                    std::function<void(const TextResult &)> done)
{
    run(
        [name](CoreWorker &worker) {
            TextResult result;
            Store *store = worker.store(&result.error);
            if (!store)
                return result;
            const auto interface = store->interface(name, &result.error);
            if (!interface) {
                if (result.error.isEmpty())
                    result.error = noSuchInterface(name);
                return result;
            }
            const auto peers = store->peers(name, &result.error);
            if (!peers)
                return result;
            WgQuickFile file;
            file.interface = *interface;
            file.peers.assign(peers->begin(), peers->end());
            result.text = writeWgQuick(file);
            return result;
        },
        context, std::move(done));
}

void AsyncServices::clientConfig(const QString &interfaceName, const QString &publicKey,
                                 QObject *context, std::function<void(const TextResult &)> done)
{
    run(
        [interfaceName, publicKey](CoreWorker &worker) {
            TextResult result;
            Store *store = worker.store(&result.error);
            if (!store)
                return result;
            const auto interface = store->interface(interfaceName, &result.error);
            const auto peer =
                interface ? store->peer(interfaceName, publicKey, &result.error) : std::nullopt;
            if (!interface || !peer) {
                if (result.error.isEmpty())
                    result.error = tr("WG Desk has no record of this peer, so it has no "
                                      "configuration to give.");
                return result;
            }
            result.text = app::clientConfig(*interface, *peer, &result.error);
            return result;
        },
        context, std::move(done));
}

void AsyncServices::change(QObject *context, OutcomeDone done,
                           std::function<Outcome(Services &)> body)
{
    const QString backendError = m_backendError;
    run(
        [body = std::move(body), backendError](CoreWorker &worker) {
            QString error;
            Store *store = worker.store(&error);
            if (!store)
                return Outcome::failed(error);
            if (worker.backend()) {
                Services services(*store, *worker.backend());
                return body(services);
            }
            platform::UnavailableBackend none(
                backendError.isEmpty() ? tr("WG Desk has no WireGuard backend.") : backendError);
            Services services(*store, none);
            return body(services);
        },
        context, std::move(done));
}

void AsyncServices::createInterface(const Interface &interface, bool up, QObject *context,
                                    OutcomeDone done)
{
    change(context, std::move(done),
           [interface, up](Services &s) { return s.createInterface(interface, up); });
}

void AsyncServices::updateInterface(const Interface &interface, QObject *context, OutcomeDone done)
{
    change(context, std::move(done),
           [interface](Services &s) { return s.updateInterface(interface); });
}

void AsyncServices::deleteInterface(const QString &name, QObject *context, OutcomeDone done)
{
    change(context, std::move(done), [name](Services &s) { return s.deleteInterface(name); });
}

void AsyncServices::setInterfaceUp(const QString &name, bool up, QObject *context,
                                   OutcomeDone done)
{
    change(context, std::move(done),
           [name, up](Services &s) { return s.setInterfaceUp(name, up); });
}

void AsyncServices::adoptInterface(const QString &name, QObject *context, OutcomeDone done)
{
    change(context, std::move(done), [name](Services &s) { return s.adoptInterface(name); });
}

void AsyncServices::restoreInterface(const QString &name, QObject *context, OutcomeDone done)
{
    change(context, std::move(done), [name](Services &s) { return s.restoreInterface(name); });
}

void AsyncServices::importInterface(const QString &path, const QString &name, QObject *context,
                                    std::function<void(const QString &, int, int)> progress,
                                    OutcomeDone done)
{
    QPointer<QObject> guard(context);
    QPointer<AsyncServices> self(this);
    change(context, std::move(done), [path, name, guard, self, progress](Services &s) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Outcome::invalid(tr("File: %1 cannot be read: %2.")
                                        .arg(QFileInfo(path).fileName(), file.errorString()));
        QString error;
        const auto parsed = parseWgQuick(QString::fromUtf8(file.readAll()), name, &error);
        if (!parsed)
            return Outcome::invalid(
                tr("File: %1: %2").arg(QFileInfo(path).fileName(), error));
        int lastPercent = -1;
        Services::ImportStage lastStage = Services::ImportStage::Applying;
        const Outcome outcome = s.importInterface(
            *parsed, [&](Services::ImportStage stage, int count, int total) {
                const int percent = total > 0 ? count * 100 / total : 100;
                if (!progress || (percent == lastPercent && stage == lastStage))
                    return;
                lastPercent = percent;
                lastStage = stage;
                const QString text = stage == Services::ImportStage::Applying
                                         ? tr("Applying peers to WireGuard")
                                         : tr("Storing peers");
                QMetaObject::invokeMethod(
                    self.data(),
                    [guard, progress, text, count, total] {
                        if (guard)
                            progress(text, count, total);
                    },
                    Qt::QueuedConnection);
            });
        Outcome result = outcome;
        for (const QString &warning : parsed->warnings)
            result.problems.append(FieldProblem{u"File"_s, warning, true});
        return result;
    });
}

void AsyncServices::addPeer(const Peer &peer, QObject *context, OutcomeDone done)
{
    change(context, std::move(done), [peer](Services &s) { return s.addPeer(peer); });
}

void AsyncServices::updatePeer(const Peer &peer, QObject *context, OutcomeDone done)
{
    change(context, std::move(done), [peer](Services &s) { return s.updatePeer(peer); });
}

void AsyncServices::removePeer(const QString &interfaceName, const QString &publicKey,
                               QObject *context, OutcomeDone done)
{
    change(context, std::move(done), [interfaceName, publicKey](Services &s) {
        return s.removePeer(interfaceName, publicKey);
    });
}

void AsyncServices::addUser(const User &user, QObject *context, OutcomeDone done)
{
    change(context, std::move(done), [user](Services &s) { return s.addUser(user); });
}

void AsyncServices::updateUser(const User &user, QObject *context, OutcomeDone done)
{
    change(context, std::move(done), [user](Services &s) { return s.updateUser(user); });
}

void AsyncServices::deleteUser(const QString &identifier, std::optional<QString> movePeersTo,
                               QObject *context, OutcomeDone done)
{
    change(context, std::move(done), [identifier, movePeersTo](Services &s) {
        return s.deleteUser(identifier, movePeersTo);
    });
}

void AsyncServices::saveSettings(const WebhookSettings &webhook, const StatusSettings &status,
                                 QObject *context, OutcomeDone done)
{
    run(
        [webhook, status](CoreWorker &worker) {
            QString error;
            Store *store = worker.store(&error);
            if (!store)
                return Outcome::failed(error);
            Problems problems = webhook.validate();
            if (hasErrors(problems))
                return Outcome::invalid(errorText(problems), problems);
            const std::pair<QString, QString> values[] = {
                {u"status.poll_interval"_s, QString::number(status.pollIntervalMs / 1000)},
                {u"status.threshold"_s, QString::number(status.thresholdSeconds)},
                {u"status.ping_checks"_s, status.pingChecks ? u"on"_s : u"off"_s},
                {u"status.ping_interval"_s, QString::number(status.pingIntervalSeconds)},
            };
            // One transaction: the webhook settings and the status settings stand or fall
            // together.
            Problems statusProblems;
            const bool ok = store->transaction(
                [&](QString *e) {
                    for (const auto &[key, value] : values) {
                        const Problems p = StatusSettingsStore::set(*store, key, value, e);
                        statusProblems.append(p);
                        if (hasErrors(p) || !e->isEmpty())
                            return false;
                    }
                    const Problems p = webhook.save(*store, e);
                    return !hasErrors(p) && e->isEmpty();
                },
                &error);
            if (hasErrors(statusProblems))
                return Outcome::invalid(errorText(statusProblems), statusProblems);
            if (!ok)
                return Outcome::failed(error);
            Outcome outcome;
            outcome.problems = problems + statusProblems;
            return outcome;
        },
        context, std::move(done));
}

void AsyncServices::retryDelivery(qint64 id, QObject *context, OutcomeDone done)
{
    run(
        [id](CoreWorker &worker) {
            QString error;
            Store *store = worker.store(&error);
            if (!store || !store->retryEvent(id, &error))
                return Outcome::failed(error);
            return Outcome{};
        },
        context, std::move(done));
}

void AsyncServices::retryFailedDeliveries(QObject *context, OutcomeDone done)
{
    run(
        [](CoreWorker &worker) {
            QString error;
            Store *store = worker.store(&error);
            if (!store)
                return Outcome::failed(error);
            if (!store->retryFailedEvents(&error))
                return Outcome::failed(error);
            return Outcome{};
        },
        context, std::move(done));
}

} // namespace wgdesk::app
