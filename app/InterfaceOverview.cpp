#include "InterfaceOverview.h"

#include "BackendThread.h"
#include "Store.h"

#include <QCoreApplication>
#include <QFile>

#include <QHash>

namespace wgdesk::app {

InterfaceOverviewResult readInterfaceOverview(platform::WireGuardBackend &backend)
{
    auto names = backend.listInterfaces();
    if (!names)
        return names.error();
    std::vector<InterfaceOverview> result;
    for (const QString &name : names.value()) {
        auto device = backend.readDevice(name);
        auto link = backend.linkInfo(name);
        if (!device && device.error().kind == platform::BackendError::Kind::NoSuchInterface)
            continue; // deleted between listing and reading
        if (!device)
            return device.error();
        if (!link && link.error().kind == platform::BackendError::Kind::NoSuchInterface)
            continue; // deleted between reading the device and its link
        if (!link)
            return link.error();
        InterfaceOverview overview;
        overview.name = name;
        overview.up = link.value().up;
        overview.mtu = link.value().mtu;
        overview.listenPort = device.value().listenPort;
        if (device.value().publicKey)
            overview.publicKey = device.value().publicKey->toBase64();
        overview.peerCount = static_cast<int>(device.value().peers.size());
        for (const auto &address : link.value().addresses)
            overview.addresses.append(address.toString());
        result.push_back(std::move(overview));
    }
    return result;
}

void requestInterfaceOverview(BackendThread &thread, QObject *context,
                              std::function<void(const InterfaceOverviewResult &)> done)
{
    thread.run([](platform::WireGuardBackend &backend) { return readInterfaceOverview(backend); },
               context, std::move(done));
}

} // namespace wgdesk::app

namespace wgdesk::app {

namespace {

// Whether the calling thread has CAP_NET_ADMIN in its effective set (from CapEff in
// /proc/thread-self/status); true when that cannot be read, so that nothing is refused on a
// guess: the kernel's own answer then decides.
bool hasNetAdminCapability()
{
    QFile status(QStringLiteral("/proc/thread-self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return true;
    while (!status.atEnd()) {
        const QByteArray line = status.readLine();
        if (line.startsWith("CapEff:")) {
            bool ok = false;
            const qulonglong caps = line.mid(7).trimmed().toULongLong(&ok, 16);
            constexpr int CapNetAdmin = 12;
            return !ok || (caps >> CapNetAdmin) & 1U;
        }
    }
    return true;
}

} // namespace

InterfaceList readInterfaceList(Store &store, platform::WireGuardBackend *backend)
{
    InterfaceList list;
    QString error;
    const auto records = store.interfaces(&error);
    if (!records) {
        list.problem = error;
        return list;
    }
    QHash<QString, InterfaceOverview> byName;
    if (backend) {
        auto running = readInterfaceOverview(*backend);
        if (running) {
            for (InterfaceOverview &overview : running.value()) {
                overview.backend = backend->kind();
                byName.insert(overview.name, std::move(overview));
            }
        } else {
            list.problem = running.error().message;
            list.permissionMissing =
                running.error().kind == platform::BackendError::Kind::PermissionDenied;
        }
    }
    // The kernel lists interfaces to anyone; only reading or changing them needs the
    // capability. With no interface to read, ask the process itself.
    if (backend && list.problem.isEmpty() && backend->kind() == QLatin1String("kernel")
        && !hasNetAdminCapability()) {
        list.problem = QCoreApplication::translate(
            "InterfaceOverview",
            "WG Desk may not manage WireGuard: it lacks the CAP_NET_ADMIN capability.");
        list.permissionMissing = true;
    }
    const bool backendRead = backend && list.problem.isEmpty();
    for (const Interface &record : *records) {
        auto found = byName.find(record.identifier);
        if (found == byName.end()) {
            InterfaceOverview missing;
            missing.name = record.identifier;
            missing.running = false;
            missing.listenPort = record.listenPort;
            missing.mtu = record.mtu;
            missing.publicKey = record.publicKey;
            missing.addresses = record.addresses;
            const auto peers = store.peers(record.identifier, nullptr);
            missing.peerCount = peers ? static_cast<int>(peers->size()) : 0;
            found = byName.insert(record.identifier, std::move(missing));
        }
        found->managed = true;
        found->displayName = record.displayName;
        found->disabled = record.disabled.isValid();
    }
    if (backendRead) {
        // Drift only when what runs could be read: without it every record would look missing.
        auto drift = findDrift(store, *backend);
        if (!drift)
            list.problem = drift.error().message;
        if (drift) {
            for (const InterfaceDrift &d : drift.value()) {
                auto found = byName.find(d.name);
                if (found == byName.end())
                    continue;
                found->drift = d.kind;
                found->driftDetails = d.differences;
                for (const PeerDrift &peer : d.peers) {
                    found->driftDetails.append(QStringLiteral("%1 (%2)").arg(
                        peer.publicKey, driftKindName(peer.kind)));
                    for (const QString &difference : peer.differences)
                        found->driftDetails.append(QStringLiteral("    ") + difference);
                }
            }
        }
    }
    list.rows.reserve(static_cast<std::size_t>(byName.size()));
    for (auto &row : byName)
        list.rows.push_back(std::move(row));
    return list;
}

} // namespace wgdesk::app
