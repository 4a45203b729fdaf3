// What the interface list shows of each WireGuard interface that runs on this machine.
#pragma once

#include "Drift.h"
#include "WireGuardBackend.h"

#include <functional>
#include <vector>

class QObject;

namespace wgdesk::app {

class BackendThread;
class Store;

struct InterfaceOverview
{
    QString name;
    bool up = false;
    int mtu = 0;
    int listenPort = 0;
    QString publicKey; // base64, empty when no private key is set
    int peerCount = 0;
    QStringList addresses;
    // The records' side (readInterfaceList): what WG Desk knows and how it compares.
    bool running = true;  // false: recorded, but no such interface runs
    bool managed = false; // WG Desk has a record of it
    bool disabled = false;
    QString displayName;
    InterfaceDrift::Kind drift = InterfaceDrift::Kind::InSync;
    QStringList driftDetails; // what differs, one line each
    QString backend;            // "kernel", "userspace"; empty when it does not run

    friend bool operator==(const InterfaceOverview &, const InterfaceOverview &) = default;
};

using InterfaceOverviewResult = platform::Result<std::vector<InterfaceOverview>>;

// Reads every WireGuard interface the backend sees. Blocking: call on the backend thread.
InterfaceOverviewResult readInterfaceOverview(platform::WireGuardBackend &backend);

// The same on the backend thread; `done` runs on context's thread.
// The interface list of the window: every recorded interface and every running WireGuard
// interface, merged, with drift. When the backend cannot be read (no permission, no WireGuard)
// the records alone, with the reason. Blocking: call off the GUI thread.
struct InterfaceList
{
    std::vector<InterfaceOverview> rows;
    QString problem; // a sentence when the backend could not be read; rows are the records then
    bool permissionMissing = false; // the problem is a missing CAP_NET_ADMIN
};
InterfaceList readInterfaceList(Store &store, platform::WireGuardBackend *backend);

void requestInterfaceOverview(BackendThread &thread, QObject *context,
                              std::function<void(const InterfaceOverviewResult &)> done);

} // namespace wgdesk::app
