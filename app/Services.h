// The operator's changes: each is validated, applied to the backend, stored, and its change
// event written to the outbox in the same database transaction. If the backend refuses,
// nothing is stored and no event is written; an update that changes nothing writes no event.
// Blocking (netlink, SQLite): call from the backend thread or a command-line process.
#pragma once

#include "Domain.h"
#include "Validation.h"
#include "WireGuardBackend.h"

#include <QString>

#include <functional>
#include <optional>

namespace wgdesk::app {

class Store;
struct WgQuickFile;

struct Outcome
{
    enum class Kind {
        Ok,
        Invalid, // the input was refused (exit code 2); nothing changed
        Failed,  // something else failed (exit code 1); message says what state things are in
    };
    Kind kind = Kind::Ok;
    QString message;   // sentence(s) for the operator; empty on success
    Problems problems; // field problems (errors for Invalid; warnings may come with Ok)
    int eventsWritten = 0;

    [[nodiscard]] bool ok() const { return kind == Kind::Ok; }
    static Outcome invalid(const QString &message, Problems problems = {});
    static Outcome failed(const QString &message);
};

class Services
{
public:
    // `actor` is who makes the changes (CreatedBy/UpdatedBy): by default the OS user.
    Services(Store &store, platform::WireGuardBackend &backend, QString actor = currentUser());

    static QString currentUser();

    Outcome createInterface(Interface interface, bool up);
    // Fields not meant to change must be passed as stored (read the record, change, pass).
    Outcome updateInterface(Interface interface);
    Outcome deleteInterface(const QString &name);
    Outcome setInterfaceUp(const QString &name, bool up);

    Outcome addPeer(Peer peer);
    Outcome updatePeer(Peer peer);
    Outcome removePeer(const QString &interfaceName, const QString &publicKey);

    // Creates the interface and all its peers of a wg-quick file in one step: one transaction,
    // one backend apply for all peers. `progress(stage, done, total)` is called as peers are
    // applied to WireGuard, then as they are stored.
    enum class ImportStage { Applying, Storing };
    Outcome importInterface(const WgQuickFile &file,
                            const std::function<void(ImportStage, int, int)> &progress = {});

    // Drift (see Drift.h). Adopt takes what runs into the records: an unmanaged interface
    // with all its peers, or a managed one's unknown peers and running settings; recorded peers
    // that do not run are kept. Restore makes what runs equal to the records (creating the
    // interface if it is missing, replacing its peers). Neither runs on its own, except
    // restoreMissingInterfaces(), which only creates recorded interfaces that do not run.
    Outcome adoptInterface(const QString &name);
    Outcome restoreInterface(const QString &name);
    Outcome restoreMissingInterfaces(QStringList *restored = nullptr);

    Outcome addUser(User user);
    Outcome updateUser(User user);
    // A user who owns peers is refused unless movePeersTo is given: the peers then move to that
    // user (or to nobody, if it is empty). Peers are never deleted as a side effect.
    Outcome deleteUser(const QString &identifier, const std::optional<QString> &movePeersTo = {});

private:
    Store &m_store;
    platform::WireGuardBackend &m_backend;
    QString m_actor;
};

// "Name: WG Desk has no interface named “wg9”." (or "Interface: ..." for a peer's field).
QString noSuchInterface(const QString &name, bool asInterfaceField = false);

// Resolves a peer endpoint ("host:port", "[v6]:port", numeric or a host name) for the kernel.
platform::Result<platform::Endpoint> resolveEndpoint(const QString &text);

// The kernel's view of a stored peer, as a change that creates or fully updates it.
platform::Result<platform::PeerChange> peerChangeFor(const Peer &peer);

} // namespace wgdesk::app
