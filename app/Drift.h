// Truth and drift (product.md): what runs is the truth about now, the records are the desired
// configuration. A difference between them is shown, never overwritten silently: the operator
// adopts what runs into the records, or restores the records onto what runs.
#pragma once

#include "Domain.h"
#include "WireGuardBackend.h"

#include <QStringList>

#include <vector>

namespace wgdesk::app {

class Store;

struct PeerDrift
{
    enum class Kind {
        Unknown, // runs, but WG Desk has no record of it
        Missing, // in the records (enabled), but not running
        Differs, // both, with different settings
    };
    QString publicKey;
    Kind kind = Kind::Unknown;
    QStringList differences; // "Allowed IPs: recorded 10.0.0.2/32, running 10.0.0.9/32"
};

struct InterfaceDrift
{
    enum class Kind {
        InSync,
        Unmanaged, // runs, but WG Desk has no record of it
        Missing,   // in the records (enabled), but not running
        Differs,   // both, with different settings or peers
    };
    QString name;
    Kind kind = Kind::InSync;
    QStringList differences;
    std::vector<PeerDrift> peers;
};

// Compares every recorded interface and every running WireGuard interface. Blocking.
platform::Result<std::vector<InterfaceDrift>> findDrift(Store &store,
                                                        platform::WireGuardBackend &backend);

// Short words for the kinds, for tables and --json ("in sync", "unmanaged", ...).
QString driftKindName(InterfaceDrift::Kind kind);
QString driftKindName(PeerDrift::Kind kind);

} // namespace wgdesk::app
