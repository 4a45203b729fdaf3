// What the interface list shows of each WireGuard interface that runs on this machine.
#pragma once

#include "WireGuardBackend.h"

#include <functional>
#include <vector>

class QObject;

namespace wgdesk::app {

class BackendThread;

struct InterfaceOverview
{
    QString name;
    bool up = false;
    int mtu = 0;
    int listenPort = 0;
    QString publicKey; // base64, empty when no private key is set
    int peerCount = 0;
    QStringList addresses;

    friend bool operator==(const InterfaceOverview &, const InterfaceOverview &) = default;
};

using InterfaceOverviewResult = platform::Result<std::vector<InterfaceOverview>>;

// Reads every WireGuard interface the backend sees. Blocking: call on the backend thread.
InterfaceOverviewResult readInterfaceOverview(platform::WireGuardBackend &backend);

// The same on the backend thread; `done` runs on context's thread.
void requestInterfaceOverview(BackendThread &thread, QObject *context,
                              std::function<void(const InterfaceOverviewResult &)> done);

} // namespace wgdesk::app
