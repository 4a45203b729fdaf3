#include "InterfaceOverview.h"

#include "BackendThread.h"

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
