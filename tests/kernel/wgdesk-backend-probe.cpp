// A tiny program for the kernel suite: runs one backend operation and prints the error (kind
// and sentence) on failure, so a test can run it without CAP_NET_ADMIN.
#include "Keys.h"
#include "NetlinkBackend.h"

#include <QCoreApplication>
#include <QMetaEnum>

#include <cstdio>

using namespace wgdesk::platform;

namespace {

const char *kindName(BackendError::Kind kind)
{
    switch (kind) {
    case BackendError::Kind::None: return "None";
    case BackendError::Kind::NoWireGuard: return "NoWireGuard";
    case BackendError::Kind::PermissionDenied: return "PermissionDenied";
    case BackendError::Kind::NoSuchInterface: return "NoSuchInterface";
    case BackendError::Kind::InvalidName: return "InvalidName";
    case BackendError::Kind::NameTaken: return "NameTaken";
    case BackendError::Kind::InvalidArgument: return "InvalidArgument";
    case BackendError::Kind::Unavailable: return "Unavailable";
    case BackendError::Kind::Io: return "Io";
    }
    return "?";
}

int report(const BackendError &error)
{
    std::fprintf(stderr, "kind=%s message=%s\n", kindName(error.kind), qPrintable(error.message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    keys::initialize();
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: wgdesk-backend-probe read|create|delete|port NAME\n");
        return 2;
    }
    NetlinkBackend backend;
    const QString op = args[1], name = args[2];
    if (op == QLatin1String("read")) {
        auto r = backend.readDevice(name);
        return r ? 0 : report(r.error());
    }
    if (op == QLatin1String("create")) {
        auto r = backend.createInterface(name);
        return r ? 0 : report(r.error());
    }
    if (op == QLatin1String("delete")) {
        auto r = backend.deleteInterface(name);
        return r ? 0 : report(r.error());
    }
    if (op == QLatin1String("port")) {
        DeviceChange change;
        change.name = name;
        change.listenPort = 4321;
        auto r = backend.applyChanges(change);
        return r.ok() ? 0 : report(r.error);
    }
    return 2;
}
