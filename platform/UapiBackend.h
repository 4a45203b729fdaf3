// WireGuard in userspace: wireguard-go, managed over its UAPI socket
// (/var/run/wireguard/NAME.sock, the key=value protocol wg(8) speaks to it), with the TUN link
// handled over rtnetlink like any other link.
#pragma once

#include "RouteNetlink.h"
#include "WireGuardBackend.h"

namespace wgdesk::platform {

class UapiBackend final : public WireGuardBackend
{
public:
    // An empty wireGuardGoPath means findWireGuardGo().
    explicit UapiBackend(const QString &wireGuardGoPath = QString(),
                         const QString &socketDirectory = defaultSocketDirectory());
    ~UapiBackend() override;

    [[nodiscard]] QString kind() const override { return QStringLiteral("userspace"); }
    Result<void> probe() override;
    Result<QStringList> listInterfaces() override;
    Result<void> createInterface(const QString &name) override;
    Result<void> deleteInterface(const QString &name) override;
    Result<Device> readDevice(const QString &name) override;
    ApplyReport applyChanges(const DeviceChange &change) override;
    Result<LinkInfo> linkInfo(const QString &name) override;
    Result<void> setMtu(const QString &name, int mtu) override;
    Result<void> setUp(const QString &name, bool up) override;
    Result<void> addAddress(const QString &name, const IpPrefix &address) override;
    Result<void> removeAddress(const QString &name, const IpPrefix &address) override;

    // Where wireguard-go puts its sockets: /var/run/wireguard.
    static QString defaultSocketDirectory();
    // $WGDESK_WIREGUARD_GO if set, else wireguard-go found on PATH; empty when neither.
    static QString findWireGuardGo();
    // The sentence for a machine without wireguard-go (also used by the backend chooser).
    static BackendError notInstalledError();

    void setWireGuardGoPath(const QString &path);
    [[nodiscard]] QString wireGuardGoPath() const { return m_wireGuardGo; }
    [[nodiscard]] QString socketDirectory() const { return m_socketDirectory; }
    [[nodiscard]] QString socketPath(const QString &name) const;

    // How long a socket may stay silent before an exchange fails (default 10 s), and how long
    // createInterface and deleteInterface wait for wireguard-go (default 5 s).
    void setIoTimeout(int milliseconds) { m_ioTimeoutMs = milliseconds; }
    void setStartTimeout(int milliseconds) { m_startTimeoutMs = milliseconds; }

private:
    // Connects to NAME's socket and sends `request`; on success `reply` holds the answer up to
    // and including its terminating blank line.
    Result<void> exchange(const QString &name, const QString &what, const QByteArray &request,
                          QByteArray &reply, int timeoutMs);
    // The error for a socket that could not be reached (errno from connect or the exchange).
    BackendError socketError(int errnum, const QString &what, const QString &name);
    // Whether NAME's socket answers a connect (0) or the errno why not.
    int probeSocket(const QString &name) const;
    Result<void> requireUserspace(const QString &name, const QString &what);

    RouteNetlink m_route;
    QString m_wireGuardGo;
    QString m_socketDirectory;
    int m_ioTimeoutMs = 10000;
    int m_startTimeoutMs = 5000;
};

} // namespace wgdesk::platform
