#include "ClientConfig.h"

#include "WgQuickConfig.h"
#include "WireGuardTypes.h"

#include <QCoreApplication>

#include <qrencode.h>

#include <memory>

namespace wgdesk::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ClientConfig", text);
}

} // namespace

QString clientConfig(const Interface &interface, const Peer &peer, QString *error)
{
    if (peer.privateKey.isEmpty()) {
        *error = tr("Peer %1: WG Desk did not generate its key pair, so it has no private key to "
                    "put in a client configuration.")
                     .arg(peer.displayName.isEmpty() ? peer.publicKey : peer.displayName);
        return {};
    }
    if (interface.externalEndpoint.isEmpty()) {
        *error = tr("Interface %1 has no external endpoint (the host:port clients connect to); "
                    "set one first.")
                     .arg(interface.identifier);
        return {};
    }
    WgQuickFile file;
    file.interface.identifier = interface.identifier;
    file.interface.privateKey = peer.privateKey;
    file.interface.addresses = peer.addresses;
    file.interface.dns = interface.dns;
    Peer server;
    server.interfaceIdentifier = interface.identifier;
    server.publicKey = interface.publicKey;
    server.presharedKey = peer.presharedKey;
    server.endpoint = interface.externalEndpoint;
    server.persistentKeepalive = peer.persistentKeepalive;
    // The client routes the tunnel's networks to this host.
    for (const QString &address : interface.addresses) {
        if (const auto prefix = platform::IpPrefix::parse(address)) {
            const QString network = prefix->network().toString();
            if (!server.allowedIps.contains(network))
                server.allowedIps.append(network);
        }
    }
    file.peers.push_back(server);
    return writeWgQuick(file);
}

bool QrCode::dark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= size || y >= size)
        return false;
    return modules[std::size_t(y) * std::size_t(size) + std::size_t(x)];
}

std::optional<QrCode> qrCode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_L, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return std::nullopt;
    QrCode result;
    result.size = code->width;
    const std::size_t count = std::size_t(code->width) * std::size_t(code->width);
    result.modules.resize(count);
    // Bit 0 of each libqrencode byte is the module's colour; the other bits say what it is part of.
    for (std::size_t i = 0; i < count; ++i)
        result.modules[i] = (code->data[i] & 1) != 0;
    return result;
}

QString qrForTerminal(const QString &text)
{
    const std::optional<QrCode> code = qrCode(text);
    if (!code)
        return {};
    constexpr int Quiet = 2;
    const int width = code->size;
    // Light text on a dark terminal is the common case: draw light modules as blocks, so the
    // code reads as dark-on-light to a phone camera.
    QString out;
    for (int y = -Quiet; y < width + Quiet; y += 2) {
        for (int x = -Quiet; x < width + Quiet; ++x) {
            const bool top = !code->dark(x, y), bottom = !code->dark(x, y + 1);
            out += top && bottom ? QChar(0x2588) : top ? QChar(0x2580) : bottom ? QChar(0x2584)
                                                                                : QChar(u' ');
        }
        out += u'\n';
    }
    return out;
}

} // namespace wgdesk::app
