#include "Validation.h"

#include "Keys.h"
#include "WireGuardBackend.h"
#include "WireGuardTypes.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sys/socket.h>

namespace wgdesk::app {

using platform::IpPrefix;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Validation", text);
}

// The first problem of a lower layer's message is its sentence; prefix it with the field.
QString withLabel(const QString &label, const QString &sentence)
{
    return tr("%1: %2").arg(label, sentence);
}

bool isHostname(const QString &host)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}"
        "[A-Za-z0-9])?)*\\.?$"));
    return pattern.match(host).hasMatch();
}

void add(Problems &problems, const QString &field, const QString &message, bool warning = false)
{
    if (!message.isEmpty())
        problems.append({field, message, warning});
}

bool overlaps(const IpPrefix &a, const IpPrefix &b)
{
    if (a.family != b.family)
        return false;
    IpPrefix shorter = a.length <= b.length ? a : b;
    IpPrefix longer = a.length <= b.length ? b : a;
    longer.length = shorter.length;
    return longer.network().address == shorter.network().address;
}

} // namespace

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const FieldProblem &p) { return !p.warning; });
}

QString errorText(const Problems &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        if (!p.warning)
            lines.append(p.message);
    return lines.join(u'\n');
}

QString checkKey(const QString &label, const QString &base64)
{
    QString error;
    if (!platform::Key::fromBase64(base64, &error))
        return withLabel(label, error);
    return {};
}

QString checkCidr(const QString &label, const QString &text, bool allowHostBits)
{
    QString error;
    const auto prefix = IpPrefix::parse(text, &error);
    if (!prefix)
        return withLabel(label, error);
    if (!text.contains(u'/'))
        return withLabel(label, tr("“%1” has no prefix length; write it as %2.")
                                    .arg(text.trimmed(), prefix->toString()));
    if (!allowHostBits && prefix->hasHostBits())
        return withLabel(label, tr("“%1” has host bits set; did you mean %2?")
                                    .arg(text.trimmed(), prefix->network().toString()));
    return {};
}

QString checkEndpoint(const QString &label, const QString &text)
{
    const QString trimmed = text.trimmed();
    QString host, portText;
    if (trimmed.startsWith(u'[')) {
        QString error;
        if (!platform::Endpoint::parse(trimmed, &error))
            return withLabel(label, error);
        return {};
    }
    const qsizetype colon = trimmed.lastIndexOf(u':');
    if (colon <= 0 || trimmed.indexOf(u':') != colon)
        return withLabel(label, tr("“%1” is not of the form host:port or [IPv6]:port.")
                                    .arg(trimmed));
    host = trimmed.left(colon);
    portText = trimmed.mid(colon + 1);
    bool ok = false;
    const int port = portText.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return withLabel(label,
                         tr("the port “%1” is not a number from 1 to 65535.").arg(portText));
    if (platform::Endpoint::parse(trimmed))
        return {};
    if (!isHostname(host))
        return withLabel(label, tr("“%1” is neither an IP address nor a host name.")
                                    .arg(host));
    return {};
}

QString checkPort(const QString &label, int port, bool allowZero)
{
    if ((allowZero && port == 0) || (port >= 1 && port <= 65535))
        return {};
    return withLabel(label, allowZero ? tr("%1 is not a port number from 0 (random) to 65535.")
                                            .arg(port)
                                      : tr("%1 is not a port number from 1 to 65535.").arg(port));
}

QString checkMtu(const QString &label, int mtu, bool hasIpv6)
{
    if (mtu == 0)
        return {};
    const int minimum = hasIpv6 ? 1280 : 576;
    if (mtu < minimum || mtu > 65535)
        return withLabel(label, hasIpv6 ? tr("%1 is outside 1280 to 65535 (IPv6 needs at least "
                                             "1280).")
                                              .arg(mtu)
                                        : tr("%1 is outside 576 to 65535.").arg(mtu));
    return {};
}

QString checkInterfaceName(const QString &label, const QString &name)
{
    QString error;
    if (!platform::isValidInterfaceName(name, &error)) {
        // The platform's sentence starts with "Interface name: "; use our label instead.
        const QString prefix = QStringLiteral("Interface name: ");
        return withLabel(label, error.startsWith(prefix) ? error.mid(prefix.size()) : error);
    }
    return {};
}

QString checkUserIdentifier(const QString &label, const QString &identifier)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@+-]{1,64}$"));
    if (identifier.isEmpty())
        return withLabel(label, tr("it is empty."));
    if (!pattern.match(identifier).hasMatch())
        return withLabel(label, tr("“%1” may contain only letters, digits and . _ @ + -, "
                                   "at most 64 characters.")
                                    .arg(identifier));
    return {};
}

Problems validateUser(const User &user)
{
    Problems problems;
    add(problems, QStringLiteral("Identifier"), checkUserIdentifier(tr("Identifier"), user.identifier));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!user.email.isEmpty() && !email.match(user.email).hasMatch())
        add(problems, QStringLiteral("Email"),
            withLabel(tr("Email"), tr("“%1” is not an email address.").arg(user.email)));
    return problems;
}

Problems validateInterface(const Interface &interface)
{
    Problems problems;
    add(problems, QStringLiteral("Identifier"), checkInterfaceName(tr("Name"), interface.identifier));
    if (!interface.privateKey.isEmpty())
        add(problems, QStringLiteral("PrivateKey"), checkKey(tr("Private key"), interface.privateKey));
    add(problems, QStringLiteral("ListenPort"),
        checkPort(tr("Listen port"), interface.listenPort, true));
    bool hasIpv6 = false;
    for (const QString &address : interface.addresses) {
        add(problems, QStringLiteral("Addresses"), checkCidr(tr("Address"), address, true));
        if (const auto p = IpPrefix::parse(address); p && p->family == AF_INET6)
            hasIpv6 = true;
    }
    add(problems, QStringLiteral("Mtu"), checkMtu(tr("MTU"), interface.mtu, hasIpv6));
    const QString table = interface.table.trimmed().toLower();
    bool numeric = false;
    table.toUInt(&numeric);
    if (!table.isEmpty() && table != QLatin1String("off") && table != QLatin1String("auto")
        && !numeric)
        add(problems, QStringLiteral("Table"),
            withLabel(tr("Table"), tr("“%1” is not off, auto or a table number.")
                                       .arg(interface.table)));
    for (const QString &entry : interface.dns) {
        if (!IpPrefix::parse(entry) && !isHostname(entry))
            add(problems, QStringLiteral("DNS"),
                withLabel(tr("DNS"), tr("“%1” is neither an IP address nor a search "
                                        "domain.")
                                         .arg(entry)));
    }
    if (!interface.externalEndpoint.isEmpty())
        add(problems, QStringLiteral("ExternalEndpoint"),
            checkEndpoint(tr("External endpoint"), interface.externalEndpoint));
    return problems;
}

Problems validatePeer(const Peer &peer, const std::vector<Peer> &others,
                      const QString &interfacePublicKey)
{
    Problems problems;
    add(problems, QStringLiteral("PublicKey"), checkKey(tr("Public key"), peer.publicKey));
    if (!peer.presharedKey.isEmpty())
        add(problems, QStringLiteral("PresharedKey"),
            checkKey(tr("Preshared key"), peer.presharedKey));
    if (!peer.privateKey.isEmpty()) {
        const QString error = checkKey(tr("Private key"), peer.privateKey);
        add(problems, QStringLiteral("PrivateKey"), error);
        const auto privateKey = platform::Key::fromBase64(peer.privateKey);
        if (error.isEmpty() && privateKey
            && platform::keys::publicKey(*privateKey).toBase64() != peer.publicKey.trimmed())
            add(problems, QStringLiteral("PrivateKey"),
                withLabel(tr("Private key"), tr("it does not belong to the public key.")));
    }
    if (!interfacePublicKey.isEmpty() && peer.publicKey.trimmed() == interfacePublicKey)
        add(problems, QStringLiteral("PublicKey"),
            withLabel(tr("Public key"), tr("it is the interface's own public key.")));
    for (const Peer &other : others) {
        if (other.publicKey == peer.publicKey.trimmed())
            add(problems, QStringLiteral("PublicKey"),
                withLabel(tr("Public key"), tr("another peer of %1 (%2) already has this key.")
                                                .arg(peer.interfaceIdentifier,
                                                     other.displayName.isEmpty()
                                                         ? other.publicKey
                                                         : other.displayName)));
    }
    std::vector<IpPrefix> mine;
    for (const QString &ip : peer.allowedIps) {
        const QString error = checkCidr(tr("Allowed IPs"), ip, false);
        add(problems, QStringLiteral("AllowedIPs"), error);
        if (error.isEmpty())
            mine.push_back(*IpPrefix::parse(ip));
    }
    for (const Peer &other : others) {
        for (const QString &ip : other.allowedIps) {
            const auto theirs = IpPrefix::parse(ip);
            if (!theirs)
                continue;
            for (const IpPrefix &p : mine) {
                if (overlaps(p, *theirs)) {
                    add(problems, QStringLiteral("AllowedIPs"),
                        withLabel(tr("Allowed IPs"),
                                  tr("%1 overlaps %2 of peer %3; the kernel routes the overlap to "
                                     "the peer with the more specific prefix.")
                                      .arg(p.toString(), theirs->toString(),
                                           other.displayName.isEmpty() ? other.publicKey
                                                                       : other.displayName)),
                        true);
                }
            }
        }
    }
    for (const QString &address : peer.addresses)
        add(problems, QStringLiteral("Addresses"), checkCidr(tr("Addresses"), address, true));
    if (!peer.endpoint.isEmpty())
        add(problems, QStringLiteral("Endpoint"), checkEndpoint(tr("Endpoint"), peer.endpoint));
    if (peer.persistentKeepalive < 0 || peer.persistentKeepalive > 65535)
        add(problems, QStringLiteral("PersistentKeepalive"),
            withLabel(tr("Persistent keepalive"),
                      tr("%1 is not a number of seconds from 0 (off) to 65535.")
                          .arg(peer.persistentKeepalive)));
    if (!peer.checkAddress.isEmpty() && !IpPrefix::parse(peer.checkAddress))
        add(problems, QStringLiteral("CheckAddress"),
            withLabel(tr("Check address"), tr("“%1” is not an IP address.")
                                               .arg(peer.checkAddress)));
    if (!peer.userIdentifier.isEmpty())
        add(problems, QStringLiteral("UserIdentifier"),
            checkUserIdentifier(tr("User"), peer.userIdentifier));
    return problems;
}

} // namespace wgdesk::app
