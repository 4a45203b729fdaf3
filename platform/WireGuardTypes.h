// Plain value types for what WireGuard devices hold. They are kept free of per-peer heap
// allocations where possible (fixed arrays for keys and addresses), because a device may have
// 100,000 peers and is read every second.
#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace wgdesk::platform {

struct Key
{
    static constexpr int Size = 32;
    std::array<std::uint8_t, Size> bytes{};

    [[nodiscard]] bool isZero() const;
    [[nodiscard]] QString toBase64() const;
    [[nodiscard]] QString toHex() const;
    // Parses a base64 key (as wg prints it). On failure returns nullopt and, if error is
    // given, a sentence saying what is wrong with it.
    static std::optional<Key> fromBase64(QStringView text, QString *error = nullptr);
    static std::optional<Key> fromHex(QStringView text, QString *error = nullptr);

    friend bool operator==(const Key &, const Key &) = default;
};

struct KeyHash
{
    std::size_t operator()(const Key &key) const noexcept;
};

// An IPv4 or IPv6 address with a prefix length: an allowed IP, or an interface address.
struct IpPrefix
{
    int family = 0; // AF_INET or AF_INET6
    std::array<std::uint8_t, 16> address{};
    std::uint8_t length = 0;

    [[nodiscard]] QString toString() const;
    [[nodiscard]] int addressSize() const; // 4 or 16
    [[nodiscard]] int maxLength() const;
    [[nodiscard]] bool hasHostBits() const;
    [[nodiscard]] IpPrefix network() const; // host bits cleared
    // Parses "10.0.0.1/24", "fd00::1/64" or a bare address (full-length prefix).
    static std::optional<IpPrefix> parse(QStringView text, QString *error = nullptr);

    friend bool operator==(const IpPrefix &, const IpPrefix &) = default;
};

// A peer's UDP endpoint: an IPv4 or IPv6 address (with scope id) and a port. Hostnames are
// resolved before they reach the platform layer.
struct Endpoint
{
    int family = 0; // 0 = none, AF_INET or AF_INET6
    std::array<std::uint8_t, 16> address{};
    std::uint16_t port = 0;
    std::uint32_t scopeId = 0;

    [[nodiscard]] bool isSet() const { return family != 0; }
    [[nodiscard]] QString toString() const; // "1.2.3.4:51820" or "[fd00::1]:51820"
    // Parses a numeric "IP:port" or "[IPv6]:port".
    static std::optional<Endpoint> parse(QStringView text, QString *error = nullptr);

    friend bool operator==(const Endpoint &, const Endpoint &) = default;
};

struct Peer
{
    Key publicKey;
    std::optional<Key> presharedKey;
    Endpoint endpoint;
    std::uint16_t persistentKeepalive = 0; // seconds, 0 = off
    std::vector<IpPrefix> allowedIps;
    std::int64_t lastHandshakeSec = 0; // Unix time, 0 = never
    std::int64_t lastHandshakeNsec = 0;
    std::uint64_t rxBytes = 0;
    std::uint64_t txBytes = 0;
};

struct Device
{
    QString name;
    int ifindex = 0;
    std::optional<Key> privateKey;
    std::optional<Key> publicKey;
    std::uint16_t listenPort = 0;
    std::uint32_t fwmark = 0;
    std::vector<Peer> peers;
};

// One peer's part of a change set. Only the fields that are set are sent, so an update
// touches nothing else.
struct PeerChange
{
    enum class Mode {
        Upsert,     // create the peer, or update it if it exists
        UpdateOnly, // update the peer only if it exists (no-op otherwise)
        Remove,
    };

    Key publicKey;
    Mode mode = Mode::Upsert;
    std::optional<std::optional<Key>> presharedKey; // outer: change it; inner nullopt: remove
    std::optional<Endpoint> endpoint;
    std::optional<std::uint16_t> persistentKeepalive;
    bool replaceAllowedIps = false;
    std::vector<IpPrefix> allowedIps; // added (or the full set, with replaceAllowedIps)
};

struct DeviceChange
{
    QString name;
    std::optional<std::optional<Key>> privateKey; // outer: change it; inner nullopt: remove
    std::optional<std::uint16_t> listenPort;
    std::optional<std::uint32_t> fwmark;
    bool replacePeers = false;
    std::vector<PeerChange> peers;
    // Called as peers are applied (after each acknowledged message): peers done, of all.
    std::function<void(int done, int total)> progress = {};

    // A change that makes the device equal to `device` (key, port, fwmark, all peers): what
    // `wg setconf` does.
    static DeviceChange replaceWith(const Device &device);
};

// What an apply did. Changes are sent in order and each message commits on its own, so what
// was applied is always a prefix of the change set.
struct ApplyReport
{
    bool deviceFieldsApplied = false; // private key, port, fwmark, replace-peers
    int peersApplied = 0;             // peer changes fully applied, from the start
    int partialPeerAllowedIps = 0;    // of peer [peersApplied], allowed IPs already added
    int messagesSent = 0;
    // Peer changes in the message the kernel refused: it applies them in order up to the
    // refused one, so these may be partly applied; everything after them was not sent.
    int failedMessagePeers = 0;
    BackendError error;

    [[nodiscard]] bool ok() const { return !error.isError(); }
    // "Applied 120 of 10,000 peer changes ..." for an operator reading a failure.
    [[nodiscard]] QString describe(const DeviceChange &change) const;
};

struct LinkInfo
{
    QString name;
    int ifindex = 0;
    QString kind;  // "wireguard" for kernel devices, "tun" for wireguard-go
    int mtu = 0;
    bool up = false;      // administratively up (IFF_UP)
    bool running = false; // IFF_RUNNING / lower up
    std::vector<IpPrefix> addresses;
};

} // namespace wgdesk::platform
