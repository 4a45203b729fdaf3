#include "WireGuardTypes.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <net/if.h>
#include <sodium.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstring>

namespace wgdesk::platform {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WireGuardTypes", text);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

bool Key::isZero() const
{
    return sodium_is_zero(bytes.data(), bytes.size()) == 1;
}

QString Key::toBase64() const
{
    char out[sodium_base64_ENCODED_LEN(Size, sodium_base64_VARIANT_ORIGINAL)];
    sodium_bin2base64(out, sizeof out, bytes.data(), bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    return QString::fromLatin1(out, 44);
}

QString Key::toHex() const
{
    char out[Size * 2 + 1];
    sodium_bin2hex(out, sizeof out, bytes.data(), bytes.size());
    return QString::fromLatin1(out, Size * 2);
}

std::optional<Key> Key::fromBase64(QStringView text, QString *error)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty()) {
        setError(error, tr("The key is empty."));
        return std::nullopt;
    }
    for (const QChar c : trimmed) {
        const bool base64 = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
                            || (c >= u'0' && c <= u'9') || c == u'+' || c == u'/' || c == u'=';
        if (!base64) {
            setError(error, tr("The key contains “%1”, which is not a base64 character.")
                                .arg(c));
            return std::nullopt;
        }
    }
    if (trimmed.size() != 44 || trimmed.at(43) != u'=' || trimmed.at(42) == u'=') {
        setError(error, tr("The key is %1 characters long; a WireGuard key is 44 characters "
                           "of base64 ending in one “=”.")
                            .arg(trimmed.size()));
        return std::nullopt;
    }
    const QByteArray latin = trimmed.toLatin1();
    Key key;
    size_t length = 0;
    if (sodium_base642bin(key.bytes.data(), key.bytes.size(), latin.constData(),
                          static_cast<size_t>(latin.size()), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_ORIGINAL)
            != 0
        || length != Key::Size) {
        setError(error, tr("The key is not valid base64."));
        return std::nullopt;
    }
    return key;
}

std::optional<Key> Key::fromHex(QStringView text, QString *error)
{
    const QByteArray latin = text.trimmed().toLatin1();
    Key key;
    size_t length = 0;
    if (latin.size() != Size * 2
        || sodium_hex2bin(key.bytes.data(), key.bytes.size(), latin.constData(),
                          static_cast<size_t>(latin.size()), nullptr, &length, nullptr)
               != 0
        || length != Key::Size) {
        setError(error, tr("The key is not 64 hexadecimal digits."));
        return std::nullopt;
    }
    return key;
}

std::size_t KeyHash::operator()(const Key &key) const noexcept
{
    // Keys are uniformly random: their first bytes are already a good hash.
    std::size_t h;
    std::memcpy(&h, key.bytes.data(), sizeof h);
    return h;
}

int IpPrefix::addressSize() const
{
    return family == AF_INET ? 4 : 16;
}

int IpPrefix::maxLength() const
{
    return family == AF_INET ? 32 : 128;
}

QString IpPrefix::toString() const
{
    char buffer[INET6_ADDRSTRLEN];
    inet_ntop(family, address.data(), buffer, sizeof buffer);
    return QStringLiteral("%1/%2").arg(QLatin1String(buffer)).arg(length);
}

IpPrefix IpPrefix::network() const
{
    IpPrefix result = *this;
    const int size = addressSize();
    for (int i = 0; i < size; ++i) {
        const int bitsHere = std::clamp(length - i * 8, 0, 8);
        result.address[i] &= static_cast<std::uint8_t>(0xff00 >> bitsHere);
    }
    return result;
}

bool IpPrefix::hasHostBits() const
{
    return network().address != address;
}

std::optional<IpPrefix> IpPrefix::parse(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setError(error, tr("The address is empty."));
        return std::nullopt;
    }
    const qsizetype slash = trimmed.indexOf(u'/');
    const QByteArray host = (slash < 0 ? trimmed : trimmed.left(slash)).toLatin1();
    IpPrefix prefix;
    if (inet_pton(AF_INET, host.constData(), prefix.address.data()) == 1) {
        prefix.family = AF_INET;
    } else if (inet_pton(AF_INET6, host.constData(), prefix.address.data()) == 1) {
        prefix.family = AF_INET6;
    } else {
        setError(error, tr("“%1” is not an IPv4 or IPv6 address.")
                            .arg(QString::fromLatin1(host)));
        return std::nullopt;
    }
    prefix.length = static_cast<std::uint8_t>(prefix.maxLength());
    if (slash >= 0) {
        bool ok = false;
        const QStringView lengthText = trimmed.mid(slash + 1);
        const int length = lengthText.toInt(&ok);
        if (!ok || lengthText.startsWith(u'+') || lengthText.startsWith(u'-') || length < 0
            || length > prefix.maxLength()) {
            setError(error, tr("The prefix length “%1” is not a number from 0 to %2.")
                                .arg(lengthText.toString())
                                .arg(prefix.maxLength()));
            return std::nullopt;
        }
        prefix.length = static_cast<std::uint8_t>(length);
    }
    return prefix;
}

QString Endpoint::toString() const
{
    if (family == 0)
        return {};
    char buffer[INET6_ADDRSTRLEN];
    inet_ntop(family, address.data(), buffer, sizeof buffer);
    if (family == AF_INET)
        return QStringLiteral("%1:%2").arg(QLatin1String(buffer)).arg(port);
    QString host = QLatin1String(buffer);
    if (scopeId != 0) {
        char name[IF_NAMESIZE];
        host += u'%'
                + (if_indextoname(scopeId, name) ? QString::fromLatin1(name)
                                                 : QString::number(scopeId));
    }
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

std::optional<Endpoint> Endpoint::parse(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    QStringView host;
    QStringView portText;
    if (trimmed.startsWith(u'[')) {
        const qsizetype close = trimmed.indexOf(u']');
        if (close < 0 || close + 1 >= trimmed.size() || trimmed.at(close + 1) != u':') {
            setError(error, tr("The endpoint “%1” is not of the form [IPv6]:port.")
                                .arg(trimmed.toString()));
            return std::nullopt;
        }
        host = trimmed.mid(1, close - 1);
        portText = trimmed.mid(close + 2);
    } else {
        const qsizetype colon = trimmed.lastIndexOf(u':');
        if (colon <= 0 || trimmed.indexOf(u':') != colon) {
            setError(error, tr("The endpoint “%1” is not of the form host:port or "
                               "[IPv6]:port.")
                                .arg(trimmed.toString()));
            return std::nullopt;
        }
        host = trimmed.left(colon);
        portText = trimmed.mid(colon + 1);
    }
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port == 0 || port > 65535 || portText.startsWith(u'+')) {
        setError(error, tr("The endpoint's port “%1” is not a number from 1 to 65535.")
                            .arg(portText.toString()));
        return std::nullopt;
    }
    Endpoint endpoint;
    endpoint.port = static_cast<std::uint16_t>(port);
    QStringView address = host;
    const qsizetype percent = host.indexOf(u'%');
    if (percent >= 0)
        address = host.left(percent);
    const QByteArray latin = address.toLatin1();
    const bool bracketed = trimmed.startsWith(u'[');
    if (!bracketed && percent < 0
        && inet_pton(AF_INET, latin.constData(), endpoint.address.data()) == 1) {
        endpoint.family = AF_INET;
    } else if (inet_pton(AF_INET6, latin.constData(), endpoint.address.data()) == 1) {
        endpoint.family = AF_INET6;
        if (percent >= 0) {
            const QByteArray scope = host.mid(percent + 1).toLatin1();
            bool numeric = false;
            endpoint.scopeId = QString::fromLatin1(scope).toUInt(&numeric);
            if (!numeric)
                endpoint.scopeId = if_nametoindex(scope.constData());
            if (endpoint.scopeId == 0) {
                setError(error, tr("The endpoint's scope “%1” is not a known interface.")
                                    .arg(QString::fromLatin1(scope)));
                return std::nullopt;
            }
        }
    } else {
        setError(error, tr("The endpoint's host “%1” is not a numeric IP address.")
                            .arg(host.toString()));
        return std::nullopt;
    }
    return endpoint;
}

DeviceChange DeviceChange::replaceWith(const Device &device)
{
    DeviceChange change;
    change.name = device.name;
    change.privateKey = device.privateKey;
    change.listenPort = device.listenPort;
    change.fwmark = device.fwmark;
    change.replacePeers = true;
    change.peers.reserve(device.peers.size());
    for (const Peer &peer : device.peers) {
        PeerChange p;
        p.publicKey = peer.publicKey;
        p.presharedKey = peer.presharedKey;
        if (peer.endpoint.isSet())
            p.endpoint = peer.endpoint;
        p.persistentKeepalive = peer.persistentKeepalive;
        p.replaceAllowedIps = true;
        p.allowedIps = peer.allowedIps;
        change.peers.push_back(std::move(p));
    }
    return change;
}

} // namespace wgdesk::platform
