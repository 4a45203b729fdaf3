#include "Services.h"

#include "Keys.h"
#include "Payloads.h"
#include "Store.h"

#include <QCoreApplication>

#include <netdb.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

namespace wgdesk::app {

using platform::BackendError;
using platform::DeviceChange;
using platform::IpPrefix;
using platform::PeerChange;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Services", text);
}

const QString EntityUser = QStringLiteral("user");
const QString EntityPeer = QStringLiteral("peer");
const QString EntityInterface = QStringLiteral("interface");
const QString EventCreate = QStringLiteral("create");
const QString EventUpdate = QStringLiteral("update");
const QString EventDelete = QStringLiteral("delete");

// Records compare equal for "did anything change" when only the bookkeeping differs.
template <typename Record> Record withoutBookkeeping(Record record)
{
    record.createdAt = record.updatedAt = QDateTime();
    record.createdBy = record.updatedBy = QString();
    return record;
}

bool isOutcomeFor(const BackendError &error)
{
    using Kind = BackendError::Kind;
    return error.kind == Kind::InvalidName || error.kind == Kind::NameTaken
           || error.kind == Kind::InvalidArgument;
}

Outcome fromBackend(const BackendError &error)
{
    return isOutcomeFor(error) ? Outcome::invalid(error.message) : Outcome::failed(error.message);
}

// A transaction body's failure: either the operator's input (Invalid) or anything else.
struct Failure
{
    std::optional<Outcome> outcome;
    // Set as soon as the backend may have been changed: puts it back as the records have it,
    // for when the change is not stored after all (refused later, or the commit failed).
    std::function<std::optional<BackendError>()> undo;
    void invalid(const QString &message, Problems problems = {})
    {
        outcome = Outcome::invalid(message, std::move(problems));
    }
    void failed(const QString &message) { outcome = Outcome::failed(message); }
    void backend(const BackendError &error) { outcome = fromBackend(error); }
};

Outcome finish(bool committed, const QString &storeError, const Failure &failure, int events,
               Problems warnings = {})
{
    if (!committed) {
        Outcome outcome = failure.outcome
                              ? *failure.outcome
                              : Outcome::failed(tr("Could not save the change: %1").arg(storeError));
        if (!failure.undo) {
            if (!failure.outcome)
                outcome.message += u' ' + tr("Nothing was changed.");
            return outcome;
        }
        if (const auto problem = failure.undo()) {
            outcome.kind = Outcome::Kind::Failed;
            outcome.message += u' '
                               + tr("Putting WireGuard back as it was failed too: %1 WireGuard "
                                    "and WG Desk's records now differ; see “wgdeskctl "
                                    "drift”.")
                                     .arg(problem->message);
        } else {
            outcome.message += u' ' + tr("WireGuard was put back as it was; nothing was changed.");
        }
        return outcome;
    }
    Outcome outcome;
    outcome.eventsWritten = events;
    outcome.problems = std::move(warnings);
    return outcome;
}

Problems warningsOf(const Problems &problems)
{
    Problems warnings;
    for (const FieldProblem &p : problems)
        if (p.warning)
            warnings.append(p);
    return warnings;
}

// Applies the interface's own settings (key, port, fwmark, addresses, MTU) to a link that
// exists; on failure returns the error.
std::optional<BackendError> configureLink(platform::WireGuardBackend &backend,
                                          const Interface &interface, const Interface *old)
{
    DeviceChange change;
    change.name = interface.identifier;
    if (!old || old->privateKey != interface.privateKey) {
        if (interface.privateKey.isEmpty())
            change.privateKey = std::optional<platform::Key>();
        else
            change.privateKey = platform::Key::fromBase64(interface.privateKey);
    }
    if (!old || old->listenPort != interface.listenPort)
        change.listenPort = static_cast<std::uint16_t>(interface.listenPort);
    if (!old || old->firewallMark != interface.firewallMark)
        change.fwmark = interface.firewallMark;
    if (change.privateKey || change.listenPort || change.fwmark) {
        const platform::ApplyReport report = backend.applyChanges(change);
        if (!report.ok())
            return report.error;
    }
    const QStringList oldAddresses = old ? old->addresses : QStringList();
    for (const QString &address : oldAddresses) {
        if (!interface.addresses.contains(address)) {
            auto removed = backend.removeAddress(interface.identifier, *IpPrefix::parse(address));
            if (!removed && removed.error().errnum != EADDRNOTAVAIL)
                return removed.error();
        }
    }
    for (const QString &address : interface.addresses) {
        if (!oldAddresses.contains(address)) {
            auto added = backend.addAddress(interface.identifier, *IpPrefix::parse(address));
            if (!added && added.error().errnum != EEXIST)
                return added.error();
        }
    }
    if (interface.mtu != 0 && (!old || old->mtu != interface.mtu)) {
        if (auto set = backend.setMtu(interface.identifier, interface.mtu); !set)
            return set.error();
    }
    return std::nullopt;
}

std::optional<BackendError> applyPeer(platform::WireGuardBackend &backend,
                                      const QString &interfaceName, PeerChange change)
{
    DeviceChange device;
    device.name = interfaceName;
    device.peers.push_back(std::move(change));
    const platform::ApplyReport report = backend.applyChanges(device);
    if (!report.ok())
        return report.error;
    return std::nullopt;
}

PeerChange removal(const QString &publicKey)
{
    PeerChange change;
    change.publicKey = *platform::Key::fromBase64(publicKey);
    change.mode = PeerChange::Mode::Remove;
    return change;
}

std::optional<BackendError> undoResult(const platform::Result<void> &result)
{
    if (result || result.error().kind == BackendError::Kind::NoSuchInterface)
        return std::nullopt;
    return result.error();
}

std::optional<BackendError> undoOutcome(const Outcome &outcome)
{
    if (outcome.ok())
        return std::nullopt;
    BackendError error;
    error.kind = BackendError::Kind::Io;
    error.message = outcome.message;
    return error;
}

// A new interface record: key generated if none was given, clamped as the kernel keeps it,
// public key derived, bookkeeping set. Returns the validation problems (errors stop here).
Problems prepareNewInterface(Interface &interface, const QString &actor)
{
    interface.identifier = interface.identifier.trimmed();
    if (interface.privateKey.isEmpty())
        interface.privateKey = platform::keys::generatePrivateKey().toBase64();
    const Problems problems = validateInterface(interface);
    if (hasErrors(problems))
        return problems;
    const platform::Key key = platform::keys::clamped(*platform::Key::fromBase64(interface.privateKey));
    interface.privateKey = key.toBase64();
    interface.publicKey = platform::keys::publicKey(key).toBase64();
    interface.createdAt = interface.updatedAt = QDateTime::currentDateTime();
    interface.createdBy = interface.updatedBy = actor;
    return problems;
}

// Inside a transaction: the name is not recorded yet (else the failure says so).
bool isNewInterface(Store &store, const QString &name, Failure &failure, QString *err)
{
    if (store.interface(name, err)) {
        failure.invalid(tr("Name: WG Desk already manages an interface named “%1”.")
                            .arg(name));
        return false;
    }
    return err->isEmpty();
}

// Creates and configures the link of a new interface; from then on the failure's undo
// deletes it again.
bool createLink(platform::WireGuardBackend &backend, const Interface &interface, Failure &failure)
{
    if (auto created = backend.createInterface(interface.identifier); !created) {
        failure.backend(created.error());
        return false;
    }
    failure.undo = [&backend, name = interface.identifier] {
        return undoResult(backend.deleteInterface(name));
    };
    if (auto problem = configureLink(backend, interface, nullptr)) {
        failure.backend(*problem);
        return false;
    }
    return true;
}

// Keys as WG Desk stores and compares them: standard base64 without surrounding spaces.
// Invalid keys are left as they are, for validation to name.
void canonicalizeKeys(Peer &peer)
{
    for (QString *key : {&peer.publicKey, &peer.presharedKey, &peer.privateKey}) {
        if (key->isEmpty())
            continue;
        if (const auto parsed = platform::Key::fromBase64(*key))
            *key = parsed->toBase64();
        else
            *key = key->trimmed();
    }
}

template <typename Peers>
std::optional<BackendError> addPeerChanges(const Peers &peers, DeviceChange &change)
{
    change.peers.reserve(change.peers.size() + static_cast<std::size_t>(peers.size()));
    for (const Peer &peer : peers) {
        if (peer.disabled.isValid())
            continue;
        auto peerChange = peerChangeFor(peer);
        if (!peerChange)
            return peerChange.error();
        change.peers.push_back(std::move(peerChange).value());
    }
    return std::nullopt;
}

} // namespace

QString noSuchInterface(const QString &name, bool asInterfaceField)
{
    return asInterfaceField
               ? tr("Interface: WG Desk has no interface named “%1”.").arg(name)
               : tr("Name: WG Desk has no interface named “%1”.").arg(name);
}

Outcome Outcome::invalid(const QString &message, Problems problems)
{
    Outcome outcome;
    outcome.kind = Kind::Invalid;
    outcome.message = message;
    outcome.problems = std::move(problems);
    return outcome;
}

Outcome Outcome::failed(const QString &message)
{
    Outcome outcome;
    outcome.kind = Kind::Failed;
    outcome.message = message;
    return outcome;
}

Services::Services(Store &store, platform::WireGuardBackend &backend, QString actor)
    : m_store(store)
    , m_backend(backend)
    , m_actor(std::move(actor))
{
}

QString Services::currentUser()
{
    const QString sudoUser = qEnvironmentVariable("SUDO_USER");
    if (!sudoUser.isEmpty())
        return sudoUser;
    if (const passwd *entry = getpwuid(geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(geteuid());
}

platform::Result<platform::Endpoint> resolveEndpoint(const QString &text)
{
    if (auto numeric = platform::Endpoint::parse(text))
        return *numeric;
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(u':');
    BackendError error;
    error.kind = BackendError::Kind::InvalidArgument;
    if (colon <= 0) {
        error.message = tr("Endpoint: “%1” is not of the form host:port.").arg(trimmed);
        return error;
    }
    const QByteArray host = trimmed.left(colon).toUtf8();
    const QByteArray port = trimmed.mid(colon + 1).toLatin1();
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_protocol = IPPROTO_UDP;
    addrinfo *results = nullptr;
    const int rc = getaddrinfo(host.constData(), port.constData(), &hints, &results);
    if (rc != 0 || !results) {
        // A name that does not exist is the operator's input; a resolver that cannot answer
        // now is not.
        if (rc == EAI_AGAIN || rc == EAI_FAIL || rc == EAI_SYSTEM || rc == EAI_MEMORY)
            error.kind = BackendError::Kind::Io;
        error.message = tr("Endpoint: the host name “%1” could not be resolved: %2.")
                            .arg(QString::fromUtf8(host), QString::fromLocal8Bit(gai_strerror(rc)));
        return error;
    }
    platform::Endpoint endpoint;
    if (results->ai_family == AF_INET) {
        const auto *in = reinterpret_cast<const sockaddr_in *>(results->ai_addr);
        endpoint.family = AF_INET;
        std::memcpy(endpoint.address.data(), &in->sin_addr, 4);
        endpoint.port = ntohs(in->sin_port);
    } else {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(results->ai_addr);
        endpoint.family = AF_INET6;
        std::memcpy(endpoint.address.data(), &in6->sin6_addr, 16);
        endpoint.port = ntohs(in6->sin6_port);
        endpoint.scopeId = in6->sin6_scope_id;
    }
    freeaddrinfo(results);
    return endpoint;
}

platform::Result<PeerChange> peerChangeFor(const Peer &peer)
{
    PeerChange change;
    change.publicKey = *platform::Key::fromBase64(peer.publicKey);
    change.mode = PeerChange::Mode::Upsert;
    if (peer.presharedKey.isEmpty())
        change.presharedKey = std::optional<platform::Key>();
    else
        change.presharedKey = platform::Key::fromBase64(peer.presharedKey);
    if (!peer.endpoint.isEmpty()) {
        auto endpoint = resolveEndpoint(peer.endpoint);
        if (!endpoint)
            return endpoint.error();
        change.endpoint = endpoint.value();
    }
    change.persistentKeepalive = static_cast<std::uint16_t>(peer.persistentKeepalive);
    change.replaceAllowedIps = true;
    for (const QString &ip : peer.allowedIps)
        change.allowedIps.push_back(*IpPrefix::parse(ip));
    return change;
}

Outcome Services::createInterface(Interface interface, bool up)
{
    const Problems problems = prepareNewInterface(interface, m_actor);
    if (hasErrors(problems))
        return Outcome::invalid(errorText(problems), problems);

    Failure failure;
    QString error;
    const bool committed = m_store.transaction(
        [&](QString *err) {
            if (!isNewInterface(m_store, interface.identifier, failure, err))
                return false;
            if (!interface.disabled.isValid()) {
                if (!createLink(m_backend, interface, failure))
                    return false;
                if (up) {
                    if (auto raised = m_backend.setUp(interface.identifier, true); !raised) {
                        failure.backend(raised.error());
                        return false;
                    }
                }
            }
            return m_store.insertInterface(interface, err)
                   && m_store.enqueueEvent(EntityInterface, EventCreate, interface.identifier,
                                           interfacePayload(interface), err);
        },
        &error);
    return finish(committed, error, failure, 1, warningsOf(problems));
}

Outcome Services::updateInterface(Interface interface)
{
    Failure failure;
    int events = 0;
    Problems problems;
    QString error;
    const bool committed = m_store.transaction(
        [&](QString *err) {
            const auto old = m_store.interface(interface.identifier, err);
            if (!old) {
                if (err->isEmpty())
                    failure.invalid(noSuchInterface(interface.identifier));
                return false;
            }
            if (interface.privateKey.isEmpty())
                interface.privateKey = old->privateKey;
            problems = validateInterface(interface);
            if (hasErrors(problems)) {
                failure.invalid(errorText(problems), problems);
                return false;
            }
            interface.privateKey =
                platform::keys::clamped(*platform::Key::fromBase64(interface.privateKey))
                    .toBase64();
            interface.publicKey =
                platform::keys::publicKey(*platform::Key::fromBase64(interface.privateKey))
                    .toBase64();
            interface.createdAt = old->createdAt;
            interface.createdBy = old->createdBy;
            if (withoutBookkeeping(interface) == withoutBookkeeping(*old))
                return true; // nothing changed: no event
            const bool wasActive = !old->disabled.isValid();
            const bool isActive = !interface.disabled.isValid();
            const Interface before = *old;
            if (wasActive && isActive) {
                failure.undo = [this, before, interface] {
                    return configureLink(m_backend, before, &interface);
                };
                if (auto problem = configureLink(m_backend, interface, &*old)) {
                    failure.backend(*problem);
                    return false;
                }
            } else if (wasActive && !isActive) {
                if (auto removed = m_backend.deleteInterface(interface.identifier);
                    !removed && removed.error().kind != BackendError::Kind::NoSuchInterface) {
                    failure.backend(removed.error());
                    return false;
                }
                failure.undo = [this, name = interface.identifier] {
                    return undoOutcome(restoreInterface(name));
                };
            } else if (!wasActive && isActive) {
                if (auto created = m_backend.createInterface(interface.identifier); !created) {
                    failure.backend(created.error());
                    return false;
                }
                failure.undo = [this, name = interface.identifier] {
                    return undoResult(m_backend.deleteInterface(name));
                };
                if (auto problem = configureLink(m_backend, interface, nullptr)) {
                    failure.backend(*problem);
                    return false;
                }
                const auto peers = m_store.peers(interface.identifier, err);
                if (!peers)
                    return false;
                DeviceChange change;
                change.name = interface.identifier;
                if (auto problem = addPeerChanges(*peers, change)) {
                    failure.backend(*problem);
                    return false;
                }
                if (const auto report = m_backend.applyChanges(change); !report.ok()) {
                    failure.failed(report.describe(change));
                    return false;
                }
            }
            interface.updatedAt = QDateTime::currentDateTime();
            interface.updatedBy = m_actor;
            events = 1;
            return m_store.updateInterface(interface, err)
                   && m_store.enqueueEvent(EntityInterface, EventUpdate, interface.identifier,
                                           interfacePayload(interface), err);
        },
        &error);
    return finish(committed, error, failure, events, warningsOf(problems));
}

Outcome Services::deleteInterface(const QString &name)
{
    Failure failure;
    int events = 0;
    QString error;
    const bool committed = m_store.transaction(
        [&](QString *err) {
            const auto old = m_store.interface(name, err);
            if (!old) {
                if (err->isEmpty())
                    failure.invalid(noSuchInterface(name));
                return false;
            }
            const auto peers = m_store.peers(name, err);
            if (!peers)
                return false;
            if (auto removed = m_backend.deleteInterface(name);
                !removed && removed.error().kind != BackendError::Kind::NoSuchInterface) {
                failure.backend(removed.error());
                return false;
            }
            if (!old->disabled.isValid())
                failure.undo = [this, name] { return undoOutcome(restoreInterface(name)); };
            if (!m_store.removeInterface(name, err))
                return false;
            // One event per entity changed: the interface's peers go with it.
            for (const Peer &peer : *peers) {
                if (!m_store.enqueueEvent(EntityPeer, EventDelete, peer.publicKey,
                                          peerPayload(peer), err))
                    return false;
                ++events;
            }
            ++events;
            return m_store.enqueueEvent(EntityInterface, EventDelete, name, interfacePayload(*old),
                                        err);
        },
        &error);
    return finish(committed, error, failure, events);
}

Outcome Services::setInterfaceUp(const QString &name, bool up)
{
    QString error;
    const auto stored = m_store.interface(name, &error);
    if (!stored && error.isEmpty())
        return Outcome::invalid(noSuchInterface(name));
    if (!stored)
        return Outcome::failed(error);
    if (auto set = m_backend.setUp(name, up); !set)
        return fromBackend(set.error());
    return {};
}

Outcome Services::addPeer(Peer peer)
{
    canonicalizeKeys(peer);
    Failure failure;
    Problems problems;
    QString error;
    const QDateTime now = QDateTime::currentDateTime();
    const bool committed = m_store.transaction(
        [&](QString *err) {
            const auto interface = m_store.interface(peer.interfaceIdentifier, err);
            if (!interface) {
                if (err->isEmpty())
                    failure.invalid(noSuchInterface(peer.interfaceIdentifier, true));
                return false;
            }
            const auto others = m_store.peers(peer.interfaceIdentifier, err);
            if (!others)
                return false;
            problems = validatePeer(peer, std::vector<Peer>(others->begin(), others->end()),
                                    interface->publicKey);
            if (hasErrors(problems)) {
                failure.invalid(errorText(problems), problems);
                return false;
            }
            if (!peer.userIdentifier.isEmpty() && !m_store.user(peer.userIdentifier, err)) {
                if (err->isEmpty())
                    failure.invalid(tr("User: there is no user “%1”.")
                                        .arg(peer.userIdentifier));
                return false;
            }
            if (!peer.disabled.isValid() && !interface->disabled.isValid()) {
                auto change = peerChangeFor(peer);
                if (!change) {
                    failure.backend(change.error());
                    return false;
                }
                // A peer with this key may already run without a record (added with `wg set`):
                // adding would overwrite it, and undoing a failed add would delete it. Refuse;
                // adopting keeps what runs.
                if (auto running = m_backend.readDevice(peer.interfaceIdentifier)) {
                    const platform::Key key = change.value().publicKey;
                    for (const platform::Peer &live : running.value().peers)
                        if (live.publicKey == key) {
                            failure.invalid(
                                tr("Public key: a peer with this key already runs on %1, but WG "
                                   "Desk has no record of it; take it in with “wgdeskctl "
                                   "interface adopt %1” instead.")
                                    .arg(peer.interfaceIdentifier));
                            return false;
                        }
                }
                if (auto problem = applyPeer(m_backend, peer.interfaceIdentifier,
                                             std::move(change).value())) {
                    failure.backend(*problem);
                    return false;
                }
                failure.undo = [this, &peer] {
                    return applyPeer(m_backend, peer.interfaceIdentifier, removal(peer.publicKey));
                };
            }
            peer.createdAt = peer.updatedAt = now;
            peer.createdBy = peer.updatedBy = m_actor;
            return m_store.insertPeer(peer, err)
                   && m_store.enqueueEvent(EntityPeer, EventCreate, peer.publicKey,
                                           peerPayload(peer), err);
        },
        &error);
    return finish(committed, error, failure, 1, warningsOf(problems));
}

Outcome Services::updatePeer(Peer peer)
{
    canonicalizeKeys(peer);
    Failure failure;
    Problems problems;
    int events = 0;
    QString error;
    const bool committed = m_store.transaction(
        [&](QString *err) {
            const auto interface = m_store.interface(peer.interfaceIdentifier, err);
            const auto old = interface
                                 ? m_store.peer(peer.interfaceIdentifier, peer.publicKey, err)
                                 : std::nullopt;
            if (!interface || !old) {
                if (err->isEmpty())
                    failure.invalid(tr("Public key: %1 has no peer with the key %2.")
                                        .arg(peer.interfaceIdentifier, peer.publicKey));
                return false;
            }
            const auto all = m_store.peers(peer.interfaceIdentifier, err);
            if (!all)
                return false;
            std::vector<Peer> others;
            for (const Peer &p : *all)
                if (p.publicKey != peer.publicKey)
                    others.push_back(p);
            problems = validatePeer(peer, others, interface->publicKey);
            if (hasErrors(problems)) {
                failure.invalid(errorText(problems), problems);
                return false;
            }
            if (!peer.userIdentifier.isEmpty() && !m_store.user(peer.userIdentifier, err)) {
                if (err->isEmpty())
                    failure.invalid(tr("User: there is no user “%1”.")
                                        .arg(peer.userIdentifier));
                return false;
            }
            peer.createdAt = old->createdAt;
            peer.createdBy = old->createdBy;
            if (withoutBookkeeping(peer) == withoutBookkeeping(*old))
                return true; // nothing changed: no event
            const bool wasActive = !old->disabled.isValid() && !interface->disabled.isValid();
            const bool isActive = !peer.disabled.isValid() && !interface->disabled.isValid();
            std::optional<PeerChange> change;
            if (wasActive && !isActive) {
                change = removal(peer.publicKey);
            } else if (isActive) {
                Peer toSend = peer;
                if (wasActive && old->endpoint == peer.endpoint)
                    toSend.endpoint.clear(); // unchanged: do not resolve its name again
                auto full = peerChangeFor(toSend);
                if (!full) {
                    failure.backend(full.error());
                    return false;
                }
                change = std::move(full).value();
                if (wasActive) {
                    // Send only what changed, and never create the peer anew.
                    change->mode = PeerChange::Mode::UpdateOnly;
                    if (old->presharedKey == peer.presharedKey)
                        change->presharedKey.reset();
                    if (old->endpoint == peer.endpoint)
                        change->endpoint.reset();
                    if (old->persistentKeepalive == peer.persistentKeepalive)
                        change->persistentKeepalive.reset();
                    if (old->allowedIps == peer.allowedIps) {
                        change->replaceAllowedIps = false;
                        change->allowedIps.clear();
                    }
                }
            }
            if (change) {
                if (auto problem = applyPeer(m_backend, peer.interfaceIdentifier, *change)) {
                    failure.backend(*problem);
                    return false;
                }
                failure.undo = [this, before = *old, wasActive] {
                    if (!wasActive)
                        return applyPeer(m_backend, before.interfaceIdentifier,
                                         removal(before.publicKey));
                    auto back = peerChangeFor(before);
                    if (!back)
                        return std::optional<BackendError>(back.error());
                    return applyPeer(m_backend, before.interfaceIdentifier,
                                     std::move(back).value());
                };
            }
            peer.updatedAt = QDateTime::currentDateTime();
            peer.updatedBy = m_actor;
            events = 1;
            return m_store.updatePeer(peer, err)
                   && m_store.enqueueEvent(EntityPeer, EventUpdate, peer.publicKey,
                                           peerPayload(peer), err);
        },
        &error);
    return finish(committed, error, failure, events, warningsOf(problems));
}

Outcome Services::removePeer(const QString &interfaceName, const QString &publicKey)
{
    Failure failure;
    QString error;
    const bool committed = m_store.transaction(
        [&](QString *err) {
            const auto interface = m_store.interface(interfaceName, err);
            const auto old = interface ? m_store.peer(interfaceName, publicKey.trimmed(), err)
                                       : std::nullopt;
            if (!interface || !old) {
                if (err->isEmpty())
                    failure.invalid(tr("Public key: %1 has no peer with the key %2.")
                                        .arg(interfaceName, publicKey));
                return false;
            }
            if (!old->disabled.isValid() && !interface->disabled.isValid()) {
                if (auto problem = applyPeer(m_backend, interfaceName, removal(old->publicKey))) {
                    failure.backend(*problem);
                    return false;
                }
                failure.undo = [this, before = *old] {
                    auto back = peerChangeFor(before);
                    if (!back)
                        return std::optional<BackendError>(back.error());
                    return applyPeer(m_backend, before.interfaceIdentifier,
                                     std::move(back).value());
                };
            }
            return m_store.removePeer(interfaceName, old->publicKey, err)
                   && m_store.enqueueEvent(EntityPeer, EventDelete, old->publicKey,
                                           peerPayload(*old), err);
        },
        &error);
    return finish(committed, error, failure, 1);
}

Outcome Services::addUser(User user)
{
    user.identifier = user.identifier.trimmed();
    const Problems problems = validateUser(user);
    if (hasErrors(problems))
        return Outcome::invalid(errorText(problems), problems);
    user.createdAt = user.updatedAt = QDateTime::currentDateTime();
    user.createdBy = user.updatedBy = m_actor;
    Failure failure;
    QString error;
    const bool committed = m_store.transaction(
        [&](QString *err) {
            if (m_store.user(user.identifier, err)) {
                failure.invalid(tr("Identifier: a user “%1” already exists.")
                                    .arg(user.identifier));
                return false;
            }
            if (!err->isEmpty())
                return false;
            return m_store.insertUser(user, err)
                   && m_store.enqueueEvent(EntityUser, EventCreate, user.identifier,
                                           userPayload(user), err);
        },
        &error);
    return finish(committed, error, failure, 1);
}

Outcome Services::updateUser(User user)
{
    const Problems problems = validateUser(user);
    if (hasErrors(problems))
        return Outcome::invalid(errorText(problems), problems);
    Failure failure;
    int events = 0;
    QString error;
    const bool committed = m_store.transaction(
        [&](QString *err) {
            const auto old = m_store.user(user.identifier, err);
            if (!old) {
                if (err->isEmpty())
                    failure.invalid(tr("Identifier: there is no user “%1”.")
                                        .arg(user.identifier));
                return false;
            }
            user.createdAt = old->createdAt;
            user.createdBy = old->createdBy;
            if (withoutBookkeeping(user) == withoutBookkeeping(*old))
                return true;
            user.updatedAt = QDateTime::currentDateTime();
            user.updatedBy = m_actor;
            events = 1;
            return m_store.updateUser(user, err)
                   && m_store.enqueueEvent(EntityUser, EventUpdate, user.identifier,
                                           userPayload(user), err);
        },
        &error);
    return finish(committed, error, failure, events);
}

Outcome Services::deleteUser(const QString &identifier, const std::optional<QString> &movePeersTo)
{
    Failure failure;
    int events = 0;
    QString error;
    const bool committed = m_store.transaction(
        [&](QString *err) {
            const auto old = m_store.user(identifier, err);
            if (!old) {
                if (err->isEmpty())
                    failure.invalid(tr("Identifier: there is no user “%1”.")
                                        .arg(identifier));
                return false;
            }
            const auto owned = m_store.peerCountForUser(identifier, err);
            if (!owned)
                return false;
            if (*owned > 0 && !movePeersTo) {
                failure.invalid(tr("User: “%1” owns %2 peer(s); move them to another "
                                   "user first, or remove them.")
                                    .arg(identifier)
                                    .arg(*owned));
                return false;
            }
            if (*owned > 0) {
                if (!movePeersTo->isEmpty() && !m_store.user(*movePeersTo, err)) {
                    if (err->isEmpty())
                        failure.invalid(tr("User: there is no user “%1” to move the "
                                           "peers to.")
                                            .arg(*movePeersTo));
                    return false;
                }
                const auto interfaces = m_store.interfaces(err);
                if (!interfaces)
                    return false;
                for (const Interface &interface : *interfaces) {
                    const auto peers = m_store.peers(interface.identifier, err);
                    if (!peers)
                        return false;
                    for (Peer peer : *peers) {
                        if (peer.userIdentifier != identifier)
                            continue;
                        peer.userIdentifier = *movePeersTo;
                        peer.updatedAt = QDateTime::currentDateTime();
                        peer.updatedBy = m_actor;
                        if (!m_store.updatePeer(peer, err)
                            || !m_store.enqueueEvent(EntityPeer, EventUpdate, peer.publicKey,
                                                     peerPayload(peer), err))
                            return false;
                        ++events;
                    }
                }
            }
            ++events;
            return m_store.removeUser(identifier, err)
                   && m_store.enqueueEvent(EntityUser, EventDelete, identifier, userPayload(*old),
                                           err);
        },
        &error);
    return finish(committed, error, failure, events);
}

} // namespace wgdesk::app

#include "WgQuickConfig.h"

namespace wgdesk::app {

Outcome Services::importInterface(const WgQuickFile &file,
                                  const std::function<void(ImportStage, int, int)> &progress)
{
    Interface interface = file.interface;
    const Problems problems = prepareNewInterface(interface, m_actor);
    if (hasErrors(problems))
        return Outcome::invalid(errorText(problems), problems);
    const QDateTime now = interface.createdAt;

    // Each peer on its own (the parser already refused duplicate keys); overlaps between
    // thousands of imported peers are not checked here, as wg itself does not.
    std::vector<Peer> peers = file.peers;
    for (Peer &peer : peers) {
        peer.interfaceIdentifier = interface.identifier;
        const Problems peerProblems = validatePeer(peer, {}, interface.publicKey);
        if (hasErrors(peerProblems))
            return Outcome::invalid(errorText(peerProblems), peerProblems);
        peer.createdAt = peer.updatedAt = now;
        peer.createdBy = peer.updatedBy = m_actor;
    }

    Failure failure;
    int events = 0;
    QString error;
    const bool committed = m_store.transaction(
        [&](QString *err) {
            if (!isNewInterface(m_store, interface.identifier, failure, err)
                || !createLink(m_backend, interface, failure))
                return false;
            DeviceChange change;
            change.name = interface.identifier;
            if (auto problem = addPeerChanges(peers, change)) {
                failure.backend(*problem);
                return false;
            }
            if (progress)
                change.progress = [&progress](int done, int total) {
                    progress(ImportStage::Applying, done, total);
                };
            if (const auto report = m_backend.applyChanges(change); !report.ok()) {
                failure.failed(report.describe(change));
                return false;
            }
            if (!m_store.insertInterface(interface, err)
                || !m_store.enqueueEvent(EntityInterface, EventCreate, interface.identifier,
                                         interfacePayload(interface), err))
                return false;
            ++events;
            const int total = static_cast<int>(peers.size());
            for (int i = 0; i < total; ++i) {
                const Peer &peer = peers[static_cast<std::size_t>(i)];
                if (!m_store.insertPeer(peer, err)
                    || !m_store.enqueueEvent(EntityPeer, EventCreate, peer.publicKey,
                                             peerPayload(peer), err))
                    return false;
                ++events;
                if (progress && ((i + 1) % 250 == 0 || i + 1 == total))
                    progress(ImportStage::Storing, i + 1, total);
            }
            return true;
        },
        &error);
    return finish(committed, error, failure, events, warningsOf(problems));
}

} // namespace wgdesk::app

namespace wgdesk::app {

Outcome Services::adoptInterface(const QString &name)
{
    auto device = m_backend.readDevice(name);
    if (!device && device.error().kind == BackendError::Kind::NoSuchInterface)
        return Outcome::invalid(tr("Name: %1").arg(device.error().message));
    if (!device)
        return fromBackend(device.error());
    auto link = m_backend.linkInfo(name);
    if (!link)
        return fromBackend(link.error());
    const QDateTime now = QDateTime::currentDateTime();

    Interface running;
    running.identifier = name;
    if (device.value().privateKey)
        running.privateKey = device.value().privateKey->toBase64();
    if (device.value().publicKey)
        running.publicKey = device.value().publicKey->toBase64();
    running.listenPort = device.value().listenPort;
    running.firewallMark = device.value().fwmark;
    running.mtu = link.value().mtu;
    for (const auto &address : link.value().addresses)
        if (!(address.family == AF_INET6 && address.address[0] == 0xfe
              && (address.address[1] & 0xc0) == 0x80))
            running.addresses.append(address.toString());

    Failure failure;
    int events = 0;
    QString error;
    const bool committed = m_store.transaction(
        [&](QString *err) {
            auto recorded = m_store.interface(name, err);
            if (!recorded && !err->isEmpty())
                return false;
            if (!recorded) {
                Interface interface = running;
                interface.createdAt = interface.updatedAt = now;
                interface.createdBy = interface.updatedBy = m_actor;
                if (!m_store.insertInterface(interface, err)
                    || !m_store.enqueueEvent(EntityInterface, EventCreate, name,
                                             interfacePayload(interface), err))
                    return false;
                ++events;
            } else {
                Interface interface = *recorded;
                interface.privateKey = running.privateKey;
                interface.publicKey = running.publicKey;
                interface.listenPort = running.listenPort;
                interface.firewallMark = running.firewallMark;
                interface.addresses = running.addresses;
                if (interface.mtu != 0)
                    interface.mtu = running.mtu;
                interface.disabled = QDateTime();
                if (!(withoutBookkeeping(interface) == withoutBookkeeping(*recorded))) {
                    interface.updatedAt = now;
                    interface.updatedBy = m_actor;
                    if (!m_store.updateInterface(interface, err)
                        || !m_store.enqueueEvent(EntityInterface, EventUpdate, name,
                                                 interfacePayload(interface), err))
                        return false;
                    ++events;
                }
            }
            for (const platform::Peer &live : device.value().peers) {
                const QString key = live.publicKey.toBase64();
                auto peer = m_store.peer(name, key, err);
                if (!peer && !err->isEmpty())
                    return false;
                Peer adopted = peer.value_or(Peer{});
                adopted.interfaceIdentifier = name;
                adopted.publicKey = key;
                adopted.presharedKey =
                    live.presharedKey ? live.presharedKey->toBase64() : QString();
                adopted.allowedIps.clear();
                for (const auto &ip : live.allowedIps)
                    adopted.allowedIps.append(ip.toString());
                adopted.persistentKeepalive = live.persistentKeepalive;
                adopted.disabled = QDateTime(); // it runs: the records now say so too
                adopted.disabledReason.clear();
                if (!peer) {
                    if (live.endpoint.isSet())
                        adopted.endpoint = live.endpoint.toString();
                    adopted.createdAt = adopted.updatedAt = now;
                    adopted.createdBy = adopted.updatedBy = m_actor;
                    if (!m_store.insertPeer(adopted, err)
                        || !m_store.enqueueEvent(EntityPeer, EventCreate, key,
                                                 peerPayload(adopted), err))
                        return false;
                    ++events;
                } else if (!(withoutBookkeeping(adopted) == withoutBookkeeping(*peer))) {
                    adopted.updatedAt = now;
                    adopted.updatedBy = m_actor;
                    if (!m_store.updatePeer(adopted, err)
                        || !m_store.enqueueEvent(EntityPeer, EventUpdate, key,
                                                 peerPayload(adopted), err))
                        return false;
                    ++events;
                }
            }
            return true;
        },
        &error);
    return finish(committed, error, failure, events);
}

Outcome Services::restoreInterface(const QString &name)
{
    QString error;
    const auto interface = m_store.interface(name, &error);
    if (!interface)
        return error.isEmpty() ? Outcome::invalid(noSuchInterface(name))
                               : Outcome::failed(error);
    if (interface->disabled.isValid())
        return Outcome::invalid(tr("Name: %1 is disabled; enable it to bring it back.").arg(name));
    const auto peers = m_store.peers(name, &error);
    if (!peers)
        return Outcome::failed(error);
    // Everything that can fail without touching the system comes first: resolving peers.
    DeviceChange change;
    change.name = name;
    change.replacePeers = true;
    if (auto problem = addPeerChanges(*peers, change))
        return fromBackend(*problem);
    auto names = m_backend.listInterfaces();
    if (!names)
        return fromBackend(names.error());
    const bool exists = names.value().contains(name);
    const Interface *old = nullptr;
    Interface current;
    if (!exists) {
        if (auto created = m_backend.createInterface(name); !created)
            return fromBackend(created.error());
    } else {
        // Compare with what runs so that only differences are sent.
        auto link = m_backend.linkInfo(name);
        if (!link)
            return fromBackend(link.error());
        current = *interface;
        current.addresses.clear();
        for (const auto &address : link.value().addresses)
            if (!(address.family == AF_INET6 && address.address[0] == 0xfe
                  && (address.address[1] & 0xc0) == 0x80))
                current.addresses.append(address.toString());
        current.privateKey.clear(); // always send the key, port and mark
        current.listenPort = -1;
        current.firewallMark = ~interface->firewallMark;
        current.mtu = link.value().mtu;
        old = &current;
    }
    const auto undo = [&](const Outcome &outcome) {
        if (!exists)
            (void)m_backend.deleteInterface(name); // leave nothing half-built behind
        return outcome;
    };
    if (auto problem = configureLink(m_backend, *interface, old))
        return undo(fromBackend(*problem));
    if (const auto report = m_backend.applyChanges(change); !report.ok())
        return undo(Outcome::failed(report.describe(change)));
    if (auto raised = m_backend.setUp(name, true); !raised)
        return undo(fromBackend(raised.error()));
    return {};
}

Outcome Services::restoreMissingInterfaces(QStringList *restored)
{
    QString error;
    const auto interfaces = m_store.interfaces(&error);
    if (!interfaces)
        return Outcome::failed(error);
    auto names = m_backend.listInterfaces();
    if (!names)
        return fromBackend(names.error());
    QStringList failures;
    for (const Interface &interface : *interfaces) {
        if (interface.disabled.isValid() || names.value().contains(interface.identifier))
            continue;
        const Outcome outcome = restoreInterface(interface.identifier);
        if (!outcome.ok())
            failures.append(outcome.message);
        else if (restored)
            restored->append(interface.identifier);
    }
    if (!failures.isEmpty())
        return Outcome::failed(failures.join(u'\n'));
    return {};
}

} // namespace wgdesk::app
