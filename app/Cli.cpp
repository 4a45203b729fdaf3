#include "Cli.h"

#include "BackendChooser.h"
#include "BackendThread.h"
#include "ClientConfig.h"
#include "Drift.h"
#include "Keys.h"
#include "MonitorLock.h"
#include "Payloads.h"
#include "Services.h"
#include "StatusMonitor.h"
#include "Store.h"
#include "WebhookDispatcher.h"
#include "WebhookSettings.h"
#include "WgQuickConfig.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <functional>
#include <memory>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace wgdesk::app {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("wgdeskctl", text, disambiguation, n);
}

enum Exit { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

struct Context
{
    explicit Context(CliStreams streams) : io(streams) {}

    CliStreams io;
    QString dbPath;
    QString backendChoice;
    bool json = false;
    QStringList positionals;
    QHash<QString, QStringList> values;
    QSet<QString> flags;
    Store *store = nullptr;
    platform::WireGuardBackend *backend = nullptr;
    QString backendError;

    [[nodiscard]] bool has(const QString &name) const { return values.contains(name); }
    [[nodiscard]] QString value(const QString &name) const
    {
        return values.value(name).isEmpty() ? QString() : values.value(name).last();
    }
    [[nodiscard]] QStringList all(const QString &name) const { return values.value(name); }
    [[nodiscard]] bool flag(const QString &name) const { return flags.contains(name); }

    int usage(const QString &message)
    {
        io.err << message << Qt::endl;
        return ExitUsage;
    }
    int failure(const QString &message)
    {
        io.err << message << Qt::endl;
        return ExitFailure;
    }
    void printJson(const QJsonValue &value)
    {
        io.out << (value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                   : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
        io.out.flush();
    }
    // Reports an outcome: 0, 1 or 2, with warnings on stderr and the record on success.
    int report(const Outcome &outcome, const QString &doneText, const QJsonObject &record = {})
    {
        for (const FieldProblem &p : outcome.problems)
            if (p.warning)
                io.err << tr("Warning: %1").arg(p.message) << Qt::endl;
        if (outcome.kind == Outcome::Kind::Invalid)
            return usage(outcome.message);
        if (outcome.kind == Outcome::Kind::Failed)
            return failure(outcome.message);
        if (json && !record.isEmpty())
            printJson(record);
        else if (!json)
            io.out << doneText << Qt::endl;
        return ExitOk;
    }
    bool requireBackend()
    {
        if (backend)
            return true;
        io.err << backendError << Qt::endl;
        return false;
    }
};

struct Command
{
    QStringList path;
    QString synopsis;
    QStringList valueOptions;
    QStringList flagOptions;
    int minArgs = 0, maxArgs = 0;
    bool needsBackend = true;
    std::function<int(Context &)> run;
};

// Reads an integer option into `out`; false (and a message) when it is not a number in range.
bool intOption(Context &ctx, const QString &name, const QString &label, qint64 min, qint64 max,
               qint64 &out, int &exitCode)
{
    if (!ctx.has(name))
        return true;
    const QString text = ctx.value(name);
    bool ok = false;
    const qint64 value = text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)
                             ? text.mid(2).toLongLong(&ok, 16)
                             : text.toLongLong(&ok, 10);
    if (!ok || value < min || value > max) {
        exitCode = ctx.usage(tr("%1: “%2” is not a number from %3 to %4.")
                                 .arg(label, text)
                                 .arg(min)
                                 .arg(max));
        return false;
    }
    out = value;
    return true;
}

QString table(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], static_cast<int>(row[i].size()));
        }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out += line.trimmed() + u'\n';
    }
    return out;
}

// --- interfaces ---------------------------------------------------------------------------

const QStringList InterfaceValueOptions = {
    QStringLiteral("address"),      QStringLiteral("listen-port"), QStringLiteral("mtu"),
    QStringLiteral("fwmark"),       QStringLiteral("private-key"), QStringLiteral("display-name"),
    QStringLiteral("dns"),          QStringLiteral("external-endpoint"), QStringLiteral("table")};

// Applies the interface options given on the command line to `interface`.
bool applyInterfaceOptions(Context &ctx, Interface &interface, int &exitCode)
{
    qint64 number = 0;
    if (ctx.has(QStringLiteral("address")))
        interface.addresses = ctx.all(QStringLiteral("address"));
    if (!intOption(ctx, QStringLiteral("listen-port"), tr("Listen port"), 0, 65535, number,
                   exitCode))
        return false;
    if (ctx.has(QStringLiteral("listen-port")))
        interface.listenPort = static_cast<int>(number);
    if (!intOption(ctx, QStringLiteral("mtu"), tr("MTU"), 0, 65535, number, exitCode))
        return false;
    if (ctx.has(QStringLiteral("mtu")))
        interface.mtu = static_cast<int>(number);
    if (!intOption(ctx, QStringLiteral("fwmark"), tr("Firewall mark"), 0, 0xffffffffLL, number,
                   exitCode))
        return false;
    if (ctx.has(QStringLiteral("fwmark")))
        interface.firewallMark = static_cast<quint32>(number);
    if (ctx.has(QStringLiteral("private-key")))
        interface.privateKey = ctx.value(QStringLiteral("private-key"));
    if (ctx.has(QStringLiteral("display-name")))
        interface.displayName = ctx.value(QStringLiteral("display-name"));
    if (ctx.has(QStringLiteral("dns")))
        interface.dns = ctx.all(QStringLiteral("dns"));
    if (ctx.has(QStringLiteral("external-endpoint")))
        interface.externalEndpoint = ctx.value(QStringLiteral("external-endpoint"));
    if (ctx.has(QStringLiteral("table")))
        interface.table = ctx.value(QStringLiteral("table"));
    return true;
}

int interfaceList(Context &ctx)
{
    QString error;
    const auto interfaces = ctx.store->interfaces(&error);
    if (!interfaces)
        return ctx.failure(error);
    QStringList running;
    if (ctx.backend)
        if (auto names = ctx.backend->listInterfaces())
            running = names.value();
    QJsonArray array;
    QList<QStringList> rows{{tr("NAME"), tr("STATE"), tr("ADDRESSES"), tr("PORT"), tr("PEERS"),
                             tr("PUBLIC KEY")}};
    QSet<QString> known;
    for (const Interface &interface : *interfaces) {
        known.insert(interface.identifier);
        const auto peers = ctx.store->peers(interface.identifier, &error);
        const int peerCount = peers ? static_cast<int>(peers->size()) : 0;
        QString state;
        if (interface.disabled.isValid())
            state = tr("disabled");
        else if (!ctx.backend)
            state = tr("unknown");
        else if (!running.contains(interface.identifier))
            state = tr("missing");
        else if (auto link = ctx.backend->linkInfo(interface.identifier))
            state = link.value().up ? tr("up") : tr("down");
        QJsonObject o = interfacePayload(interface);
        o.insert(QStringLiteral("State"), state);
        o.insert(QStringLiteral("PeerCount"), peerCount);
        array.append(o);
        rows.append({interface.identifier, state, interface.addresses.join(u','),
                     QString::number(interface.listenPort), QString::number(peerCount),
                     interface.publicKey});
    }
    // Drift: WireGuard interfaces that run but WG Desk does not manage.
    for (const QString &name : running) {
        if (known.contains(name))
            continue;
        QJsonObject o{{QStringLiteral("Identifier"), name},
                      {QStringLiteral("State"), QStringLiteral("unmanaged")}};
        array.append(o);
        rows.append({name, tr("unmanaged"), QString(), QString(), QString(), QString()});
    }
    if (ctx.json)
        ctx.printJson(array);
    else
        ctx.io.out << table(rows);
    return ExitOk;
}

int interfaceCreate(Context &ctx)
{
    Interface interface;
    interface.identifier = ctx.positionals.at(0);
    int exitCode = ExitOk;
    if (!applyInterfaceOptions(ctx, interface, exitCode))
        return exitCode;
    Services services(*ctx.store, *ctx.backend);
    const Outcome outcome = services.createInterface(interface, ctx.flag(QStringLiteral("up")));
    const auto stored = ctx.store->interface(interface.identifier, nullptr);
    return ctx.report(outcome, tr("Created interface %1.").arg(interface.identifier),
                      stored ? interfacePayload(*stored) : QJsonObject());
}

int interfaceUpdate(Context &ctx)
{
    QString error;
    auto interface = ctx.store->interface(ctx.positionals.at(0), &error);
    if (!interface)
        return error.isEmpty() ? ctx.usage(noSuchInterface(ctx.positionals.at(0)))
                               : ctx.failure(error);
    int exitCode = ExitOk;
    if (!applyInterfaceOptions(ctx, *interface, exitCode))
        return exitCode;
    if (ctx.flag(QStringLiteral("disable")) && ctx.flag(QStringLiteral("enable")))
        return ctx.usage(tr("Disabled: give --disable or --enable, not both."));
    if (ctx.flag(QStringLiteral("disable")) && !interface->disabled.isValid())
        interface->disabled = QDateTime::currentDateTime();
    if (ctx.flag(QStringLiteral("enable")))
        interface->disabled = QDateTime();
    Services services(*ctx.store, *ctx.backend);
    const Outcome outcome = services.updateInterface(*interface);
    const auto stored = ctx.store->interface(interface->identifier, nullptr);
    return ctx.report(outcome,
                      outcome.eventsWritten ? tr("Updated interface %1.").arg(interface->identifier)
                                            : tr("Nothing to change on %1.")
                                                  .arg(interface->identifier),
                      stored ? interfacePayload(*stored) : QJsonObject());
}

int interfaceDelete(Context &ctx)
{
    Services services(*ctx.store, *ctx.backend);
    return ctx.report(services.deleteInterface(ctx.positionals.at(0)),
                      tr("Deleted interface %1.").arg(ctx.positionals.at(0)));
}

int interfaceUpDown(Context &ctx, bool up)
{
    Services services(*ctx.store, *ctx.backend);
    return ctx.report(services.setInterfaceUp(ctx.positionals.at(0), up),
                      up ? tr("%1 is up.").arg(ctx.positionals.at(0))
                         : tr("%1 is down.").arg(ctx.positionals.at(0)));
}

int interfaceImport(Context &ctx)
{
    const QString path = ctx.positionals.at(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.usage(tr("%1: cannot be read: %2.").arg(path, file.errorString()));
    QString name = ctx.value(QStringLiteral("name"));
    if (name.isEmpty()) {
        name = QFileInfo(path).fileName();
        if (name.endsWith(QLatin1String(".conf")))
            name.chop(5);
    }
    QString error;
    const auto parsed = parseWgQuick(QString::fromUtf8(file.readAll()), name, &error);
    if (!parsed)
        return ctx.usage(tr("%1: %2").arg(path, error));
    for (const QString &warning : parsed->warnings)
        ctx.io.err << tr("Warning: %1").arg(warning) << Qt::endl;
    Services services(*ctx.store, *ctx.backend);
    const bool showProgress = ctx.io.errIsTerminal && parsed->peers.size() >= 500;
    Services::ImportStage lastStage = Services::ImportStage::Applying;
    const Outcome outcome = services.importInterface(
        *parsed, [&](Services::ImportStage stage, int done, int total) {
            if (!showProgress)
                return;
            if (stage != lastStage)
                ctx.io.err << Qt::endl;
            lastStage = stage;
            ctx.io.err << u'\r'
                       << (stage == Services::ImportStage::Applying
                               ? tr("Applying peers to WireGuard: %1 of %2")
                               : tr("Storing peers: %1 of %2"))
                              .arg(done)
                              .arg(total);
            ctx.io.err.flush();
        });
    if (showProgress)
        ctx.io.err << Qt::endl;
    const auto stored = ctx.store->interface(name, nullptr);
    return ctx.report(outcome,
                      tr("Imported %1 with %2 peers.").arg(name).arg(parsed->peers.size()),
                      stored ? interfacePayload(*stored) : QJsonObject());
}

int interfaceExport(Context &ctx)
{
    QString error;
    const auto interface = ctx.store->interface(ctx.positionals.at(0), &error);
    if (!interface)
        return error.isEmpty() ? ctx.usage(noSuchInterface(ctx.positionals.at(0)))
                               : ctx.failure(error);
    const auto peers = ctx.store->peers(interface->identifier, &error);
    if (!peers)
        return ctx.failure(error);
    WgQuickFile file;
    file.interface = *interface;
    file.peers.assign(peers->begin(), peers->end());
    ctx.io.out << writeWgQuick(file);
    return ExitOk;
}

int interfaceAdopt(Context &ctx)
{
    Services services(*ctx.store, *ctx.backend);
    const Outcome outcome = services.adoptInterface(ctx.positionals.at(0));
    const auto stored = ctx.store->interface(ctx.positionals.at(0), nullptr);
    return ctx.report(outcome,
                      tr("Adopted %1: %2 record(s) created or updated.")
                          .arg(ctx.positionals.at(0))
                          .arg(outcome.eventsWritten),
                      stored ? interfacePayload(*stored) : QJsonObject());
}

int interfaceRestore(Context &ctx)
{
    Services services(*ctx.store, *ctx.backend);
    return ctx.report(services.restoreInterface(ctx.positionals.at(0)),
                      tr("Restored %1 from WG Desk's records.").arg(ctx.positionals.at(0)));
}

int drift(Context &ctx)
{
    auto found = findDrift(*ctx.store, *ctx.backend);
    if (!found)
        return ctx.failure(found.error().message);
    QJsonArray array;
    QString text;
    for (const InterfaceDrift &d : found.value()) {
        if (d.kind == InterfaceDrift::Kind::InSync)
            continue;
        QJsonArray peers;
        for (const PeerDrift &p : d.peers)
            peers.append(QJsonObject{{QStringLiteral("PublicKey"), p.publicKey},
                                     {QStringLiteral("Drift"), driftKindName(p.kind)},
                                     {QStringLiteral("Differences"),
                                      QJsonArray::fromStringList(p.differences)}});
        array.append(QJsonObject{{QStringLiteral("Identifier"), d.name},
                                 {QStringLiteral("Drift"), driftKindName(d.kind)},
                                 {QStringLiteral("Differences"),
                                  QJsonArray::fromStringList(d.differences)},
                                 {QStringLiteral("Peers"), peers}});
        text += tr("%1: %2").arg(d.name, driftKindName(d.kind)) + u'\n';
        for (const QString &difference : d.differences)
            text += QStringLiteral("  ") + difference + u'\n';
        for (const PeerDrift &p : d.peers) {
            text += QStringLiteral("  ") + tr("peer %1: %2").arg(p.publicKey, driftKindName(p.kind))
                    + u'\n';
            for (const QString &difference : p.differences)
                text += QStringLiteral("    ") + difference + u'\n';
        }
    }
    if (ctx.json)
        ctx.printJson(array);
    else
        ctx.io.out << (text.isEmpty() ? tr("No drift: what runs matches WG Desk's records.") + u'\n'
                                      : text + tr("Adopt what runs with “wgdeskctl interface "
                                                  "adopt NAME”, or restore the records with "
                                                  "“wgdeskctl interface restore NAME”.")
                                                   + u'\n');
    return ExitOk;
}

// --- peers --------------------------------------------------------------------------------

const QStringList PeerValueOptions = {
    QStringLiteral("public-key"), QStringLiteral("allowed-ip"),    QStringLiteral("address"),
    QStringLiteral("endpoint"),   QStringLiteral("keepalive"),     QStringLiteral("preshared-key"),
    QStringLiteral("user"),       QStringLiteral("display-name"),  QStringLiteral("notes"),
    QStringLiteral("check-address")};

bool applyPeerOptions(Context &ctx, Peer &peer, int &exitCode)
{
    if (ctx.has(QStringLiteral("allowed-ip")))
        peer.allowedIps = ctx.all(QStringLiteral("allowed-ip"));
    if (ctx.has(QStringLiteral("address")))
        peer.addresses = ctx.all(QStringLiteral("address"));
    if (ctx.has(QStringLiteral("endpoint")))
        peer.endpoint = ctx.value(QStringLiteral("endpoint"));
    qint64 keepalive = 0;
    if (!intOption(ctx, QStringLiteral("keepalive"), tr("Persistent keepalive"), 0, 65535,
                   keepalive, exitCode))
        return false;
    if (ctx.has(QStringLiteral("keepalive")))
        peer.persistentKeepalive = static_cast<int>(keepalive);
    if (ctx.has(QStringLiteral("preshared-key")) && ctx.flag(QStringLiteral("generate-psk"))) {
        exitCode = ctx.usage(tr("Preshared key: give --preshared-key or --generate-psk, not "
                                "both."));
        return false;
    }
    if (ctx.has(QStringLiteral("preshared-key")))
        peer.presharedKey = ctx.value(QStringLiteral("preshared-key"));
    if (ctx.flag(QStringLiteral("generate-psk")))
        peer.presharedKey = platform::keys::generatePresharedKey().toBase64();
    if (ctx.has(QStringLiteral("user")))
        peer.userIdentifier = ctx.value(QStringLiteral("user"));
    if (ctx.has(QStringLiteral("display-name")))
        peer.displayName = ctx.value(QStringLiteral("display-name"));
    if (ctx.has(QStringLiteral("notes")))
        peer.notes = ctx.value(QStringLiteral("notes"));
    if (ctx.has(QStringLiteral("check-address")))
        peer.checkAddress = ctx.value(QStringLiteral("check-address"));
    if (ctx.flag(QStringLiteral("disable")) && ctx.flag(QStringLiteral("enable"))) {
        exitCode = ctx.usage(tr("Disabled: give --disable or --enable, not both."));
        return false;
    }
    if (ctx.flag(QStringLiteral("disable")) && !peer.disabled.isValid())
        peer.disabled = QDateTime::currentDateTime();
    if (ctx.flag(QStringLiteral("enable")))
        peer.disabled = QDateTime();
    return true;
}

int peerList(Context &ctx)
{
    QString error;
    const QString name = ctx.positionals.at(0);
    if (!ctx.store->interface(name, &error))
        return error.isEmpty() ? ctx.usage(noSuchInterface(name, true))
                               : ctx.failure(error);
    const auto peers = ctx.store->peers(name, &error);
    if (!peers)
        return ctx.failure(error);
    QJsonArray array;
    QList<QStringList> rows{
        {tr("NAME"), tr("PUBLIC KEY"), tr("ALLOWED IPS"), tr("ENDPOINT"), tr("USER"), tr("STATE")}};
    for (const Peer &peer : *peers) {
        array.append(peerPayload(peer));
        rows.append({peer.displayName.isEmpty() ? QStringLiteral("-") : peer.displayName,
                     peer.publicKey, peer.allowedIps.join(u','),
                     peer.endpoint.isEmpty() ? QStringLiteral("-") : peer.endpoint,
                     peer.userIdentifier.isEmpty() ? QStringLiteral("-") : peer.userIdentifier,
                     peer.disabled.isValid() ? tr("disabled") : tr("enabled")});
    }
    if (ctx.json)
        ctx.printJson(array);
    else
        ctx.io.out << table(rows);
    return ExitOk;
}

int peerAdd(Context &ctx)
{
    Peer peer;
    peer.interfaceIdentifier = ctx.positionals.at(0);
    const bool generate = ctx.flag(QStringLiteral("generate-keys"));
    if (generate == ctx.has(QStringLiteral("public-key")))
        return ctx.usage(tr("Public key: give either --public-key KEY or --generate-keys."));
    if (generate) {
        const platform::Key key = platform::keys::generatePrivateKey();
        peer.privateKey = key.toBase64();
        peer.publicKey = platform::keys::publicKey(key).toBase64();
    } else {
        peer.publicKey = ctx.value(QStringLiteral("public-key")).trimmed();
    }
    int exitCode = ExitOk;
    if (!applyPeerOptions(ctx, peer, exitCode))
        return exitCode;
    Services services(*ctx.store, *ctx.backend);
    const Outcome outcome = services.addPeer(peer);
    const auto stored = ctx.store->peer(peer.interfaceIdentifier, peer.publicKey, nullptr);
    return ctx.report(outcome, tr("Added peer %1 to %2.").arg(peer.publicKey, peer.interfaceIdentifier),
                      stored ? peerPayload(*stored) : QJsonObject());
}

int peerUpdate(Context &ctx)
{
    QString error;
    auto peer = ctx.store->peer(ctx.positionals.at(0), ctx.positionals.at(1).trimmed(), &error);
    if (!peer)
        return error.isEmpty() ? ctx.usage(tr("Public key: %1 has no peer with the key %2.")
                                               .arg(ctx.positionals.at(0), ctx.positionals.at(1)))
                               : ctx.failure(error);
    int exitCode = ExitOk;
    if (!applyPeerOptions(ctx, *peer, exitCode))
        return exitCode;
    Services services(*ctx.store, *ctx.backend);
    const Outcome outcome = services.updatePeer(*peer);
    const auto stored = ctx.store->peer(peer->interfaceIdentifier, peer->publicKey, nullptr);
    return ctx.report(outcome,
                      outcome.eventsWritten ? tr("Updated peer %1.").arg(peer->publicKey)
                                            : tr("Nothing to change on peer %1.")
                                                  .arg(peer->publicKey),
                      stored ? peerPayload(*stored) : QJsonObject());
}

int peerRemove(Context &ctx)
{
    Services services(*ctx.store, *ctx.backend);
    return ctx.report(services.removePeer(ctx.positionals.at(0), ctx.positionals.at(1)),
                      tr("Removed peer %1 from %2.")
                          .arg(ctx.positionals.at(1), ctx.positionals.at(0)));
}

int peerConfig(Context &ctx)
{
    QString error;
    const auto interface = ctx.store->interface(ctx.positionals.at(0), &error);
    const auto peer = interface ? ctx.store->peer(ctx.positionals.at(0),
                                                  ctx.positionals.at(1).trimmed(), &error)
                                : std::nullopt;
    if (!interface || !peer)
        return error.isEmpty() ? ctx.usage(tr("Public key: %1 has no peer with the key %2.")
                                               .arg(ctx.positionals.at(0), ctx.positionals.at(1)))
                               : ctx.failure(error);
    const QString text = clientConfig(*interface, *peer, &error);
    if (text.isEmpty())
        return ctx.usage(error);
    if (ctx.flag(QStringLiteral("qr"))) {
        const QString qr = qrForTerminal(text);
        if (qr.isEmpty())
            return ctx.failure(tr("The configuration is too long for a QR code."));
        ctx.io.out << qr;
    } else if (ctx.json) {
        // The one --json output with a secret: it exists to hand the key to the peer's owner.
        ctx.printJson(QJsonObject{{QStringLiteral("Identifier"), peer->publicKey},
                                  {QStringLiteral("InterfaceIdentifier"), interface->identifier},
                                  {QStringLiteral("Config"), text}});
    } else {
        ctx.io.out << text;
    }
    return ExitOk;
}

// --- users --------------------------------------------------------------------------------

const QStringList UserValueOptions = {QStringLiteral("email"),      QStringLiteral("firstname"),
                                      QStringLiteral("lastname"),   QStringLiteral("phone"),
                                      QStringLiteral("department"), QStringLiteral("notes"),
                                      QStringLiteral("reason")};

bool applyUserOptions(Context &ctx, User &user, int &exitCode)
{
    if (ctx.has(QStringLiteral("email")))
        user.email = ctx.value(QStringLiteral("email"));
    if (ctx.has(QStringLiteral("firstname")))
        user.firstname = ctx.value(QStringLiteral("firstname"));
    if (ctx.has(QStringLiteral("lastname")))
        user.lastname = ctx.value(QStringLiteral("lastname"));
    if (ctx.has(QStringLiteral("phone")))
        user.phone = ctx.value(QStringLiteral("phone"));
    if (ctx.has(QStringLiteral("department")))
        user.department = ctx.value(QStringLiteral("department"));
    if (ctx.has(QStringLiteral("notes")))
        user.notes = ctx.value(QStringLiteral("notes"));
    if (ctx.flag(QStringLiteral("admin")) && ctx.flag(QStringLiteral("no-admin"))) {
        exitCode = ctx.usage(tr("Admin: give --admin or --no-admin, not both."));
        return false;
    }
    if (ctx.flag(QStringLiteral("admin")))
        user.isAdmin = true;
    if (ctx.flag(QStringLiteral("no-admin")))
        user.isAdmin = false;
    if (ctx.flag(QStringLiteral("disable")) && ctx.flag(QStringLiteral("enable"))) {
        exitCode = ctx.usage(tr("Disabled: give --disable or --enable, not both."));
        return false;
    }
    if (ctx.flag(QStringLiteral("disable")) && !user.disabled.isValid())
        user.disabled = QDateTime::currentDateTime();
    if (ctx.has(QStringLiteral("reason")))
        user.disabledReason = ctx.value(QStringLiteral("reason"));
    if (ctx.flag(QStringLiteral("enable"))) {
        user.disabled = QDateTime();
        user.disabledReason.clear();
    }
    return true;
}

int userList(Context &ctx)
{
    QString error;
    const auto users = ctx.store->users(&error);
    if (!users)
        return ctx.failure(error);
    QJsonArray array;
    QList<QStringList> rows{{tr("IDENTIFIER"), tr("NAME"), tr("EMAIL"), tr("ADMIN"), tr("STATE")}};
    for (const User &user : *users) {
        array.append(userPayload(user));
        rows.append({user.identifier,
                     QStringList{user.firstname, user.lastname}.join(u' ').trimmed(),
                     user.email, user.isAdmin ? tr("yes") : tr("no"),
                     user.disabled.isValid() ? tr("disabled") : tr("enabled")});
    }
    if (ctx.json)
        ctx.printJson(array);
    else
        ctx.io.out << table(rows);
    return ExitOk;
}

int userAdd(Context &ctx)
{
    User user;
    user.identifier = ctx.positionals.at(0);
    int exitCode = ExitOk;
    if (!applyUserOptions(ctx, user, exitCode))
        return exitCode;
    Services services(*ctx.store, *ctx.backend);
    const Outcome outcome = services.addUser(user);
    const auto stored = ctx.store->user(user.identifier, nullptr);
    return ctx.report(outcome, tr("Added user %1.").arg(user.identifier),
                      stored ? userPayload(*stored) : QJsonObject());
}

int userUpdate(Context &ctx)
{
    QString error;
    auto user = ctx.store->user(ctx.positionals.at(0), &error);
    if (!user)
        return error.isEmpty()
                   ? ctx.usage(tr("Identifier: there is no user “%1”.")
                                   .arg(ctx.positionals.at(0)))
                   : ctx.failure(error);
    int exitCode = ExitOk;
    if (!applyUserOptions(ctx, *user, exitCode))
        return exitCode;
    Services services(*ctx.store, *ctx.backend);
    const Outcome outcome = services.updateUser(*user);
    const auto stored = ctx.store->user(user->identifier, nullptr);
    return ctx.report(outcome,
                      outcome.eventsWritten ? tr("Updated user %1.").arg(user->identifier)
                                            : tr("Nothing to change on user %1.")
                                                  .arg(user->identifier),
                      stored ? userPayload(*stored) : QJsonObject());
}

int userDelete(Context &ctx)
{
    Services services(*ctx.store, *ctx.backend);
    std::optional<QString> moveTo;
    if (ctx.has(QStringLiteral("move-peers-to")))
        moveTo = ctx.value(QStringLiteral("move-peers-to"));
    return ctx.report(services.deleteUser(ctx.positionals.at(0), moveTo),
                      tr("Deleted user %1.").arg(ctx.positionals.at(0)));
}

// --- webhooks -------------------------------------------------------------------------------

QString roleText(const QString &role)
{
    if (role == u"gui"_s)
        return tr("the WG Desk window");
    if (role == u"monitor"_s)
        return tr("wgdeskctl monitor");
    if (role == u"cli"_s)
        return tr("another wgdeskctl command");
    return tr("another process");
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? rfc3339(t) : QJsonValue(QJsonValue::Null);
}

QString shortTime(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("-");
    return QLocale().toString(t, QLocale::ShortFormat);
}

int webhookShow(Context &ctx)
{
    QString error;
    const auto settings = WebhookSettings::load(*ctx.store, &error);
    if (!settings)
        return ctx.failure(error);
    const auto counts = ctx.store->outboxCounts(&error);
    if (!counts)
        return ctx.failure(error);
    const auto holder = MonitorLock::holder(ctx.dbPath);
    if (ctx.json) {
        QJsonObject monitor;
        if (holder)
            monitor = {{QStringLiteral("Pid"), holder->pid}, {QStringLiteral("Role"), holder->role}};
        ctx.printJson(QJsonObject{
            {QStringLiteral("Url"), settings->url},
            {QStringLiteral("SecretSet"), !settings->secret.isEmpty()},
            {QStringLiteral("Timeout"), settings->timeoutSeconds},
            {QStringLiteral("CaFile"), settings->caFile},
            {QStringLiteral("Pending"), counts->pending},
            {QStringLiteral("Failed"), counts->failed},
            {QStringLiteral("Monitor"), holder ? QJsonValue(monitor) : QJsonValue(QJsonValue::Null)},
        });
        return ExitOk;
    }
    QList<QStringList> rows{
        {tr("URL:"), settings->url.isEmpty() ? tr("not set (webhooks are off)") : settings->url},
        {tr("Secret:"), settings->secret.isEmpty() ? tr("not set (no Authorization header)")
                                                   : tr("set (hidden)")},
        {tr("Timeout:"), tr("%1 s").arg(settings->timeoutSeconds)},
        {tr("CA file:"), settings->caFile.isEmpty() ? tr("none (the system's CAs)")
                                                    : settings->caFile},
        {tr("Pending:"), QString::number(counts->pending)},
        {tr("Failed:"), QString::number(counts->failed)},
        {tr("Delivered by:"),
         holder ? tr("%1 (PID %2)").arg(roleText(holder->role)).arg(holder->pid)
                : tr("no monitor runs; each wgdeskctl edit delivers its own events")},
    };
    ctx.io.out << table(rows);
    return ExitOk;
}

int webhookSet(Context &ctx)
{
    if (ctx.values.isEmpty())
        return ctx.usage(tr("Give at least one of --url, --secret, --timeout, --ca-file.\nUsage: "
                            "wgdeskctl webhook set [--url URL] [--secret SECRET|-] "
                            "[--timeout SECONDS] [--ca-file PEM]"));
    QString error;
    auto settings = WebhookSettings::load(*ctx.store, &error);
    if (!settings)
        return ctx.failure(error);
    if (ctx.has(QStringLiteral("url")))
        settings->url = ctx.value(QStringLiteral("url")).trimmed();
    if (ctx.has(QStringLiteral("secret"))) {
        QString secret = ctx.value(QStringLiteral("secret"));
        if (secret == u"-"_s) {
            // From standard input, so that it shows neither in `ps` nor in the shell history.
            QTextStream in(stdin);
            secret = in.readLine();
        }
        settings->secret = secret;
    }
    qint64 timeout = 0;
    int exitCode = ExitOk;
    if (!intOption(ctx, QStringLiteral("timeout"), tr("Timeout"), 1,
                   WebhookSettings::maxTimeoutSeconds, timeout, exitCode))
        return exitCode;
    if (ctx.has(QStringLiteral("timeout")))
        settings->timeoutSeconds = static_cast<int>(timeout);
    if (ctx.has(QStringLiteral("ca-file"))) {
        const QString path = ctx.value(QStringLiteral("ca-file"));
        settings->caFile = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    }
    const Problems problems = settings->save(*ctx.store, &error);
    for (const FieldProblem &p : problems)
        if (p.warning)
            ctx.io.err << tr("Warning: %1").arg(p.message) << Qt::endl;
    if (hasErrors(problems)) {
        for (const FieldProblem &p : problems)
            if (p.field == u"Store"_s)
                return ctx.failure(p.message);
        return ctx.usage(errorText(problems));
    }
    if (!ctx.json)
        ctx.io.out << (settings->enabled() ? tr("Webhook settings saved.")
                                           : tr("Webhook settings saved; webhooks are off."))
                   << Qt::endl;
    else
        return webhookShow(ctx);
    return ExitOk;
}

int webhookTest(Context &ctx)
{
    QString error;
    const auto settings = WebhookSettings::load(*ctx.store, &error);
    if (!settings)
        return ctx.failure(error);
    if (!settings->enabled())
        return ctx.usage(tr("URL: no webhook URL is set; set one with “wgdeskctl webhook set "
                            "--url URL”."));
    QNetworkAccessManager network;
    QEventLoop loop;
    AttemptResult result;
    sendTestWebhook(network, *settings, [&](const AttemptResult &r) {
        result = r;
        loop.quit();
    });
    if (result.error.isEmpty() && !result.delivered)
        loop.exec();
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("Delivered"), result.delivered},
            {QStringLiteral("Status"),
             result.httpStatus ? QJsonValue(result.httpStatus) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("Error"), result.error},
        });
        return result.delivered ? ExitOk : ExitFailure;
    }
    if (!result.delivered)
        return ctx.failure(tr("The test event was not delivered: %1").arg(result.error));
    ctx.io.out << tr("The test event was delivered: the receiver answered HTTP %1.")
                      .arg(result.httpStatus)
               << Qt::endl;
    return ExitOk;
}

QString deliveryState(const OutboxEvent &e)
{
    if (e.deliveredAt.isValid())
        return QStringLiteral("delivered");
    if (e.failedAt.isValid())
        return QStringLiteral("failed");
    return QStringLiteral("pending");
}

int webhookDeliveries(Context &ctx)
{
    const int chosen = int(ctx.flag(QStringLiteral("failed")))
                       + int(ctx.flag(QStringLiteral("pending")))
                       + int(ctx.flag(QStringLiteral("delivered")));
    if (chosen > 1)
        return ctx.usage(tr("Give only one of --failed, --pending and --delivered."));
    qint64 limit = 50;
    int exitCode = ExitOk;
    if (!intOption(ctx, QStringLiteral("limit"), tr("Limit"), 0, 10000000, limit, exitCode))
        return exitCode;
    Store::DeliveryFilter filter = Store::DeliveryFilter::All;
    if (ctx.flag(QStringLiteral("failed")))
        filter = Store::DeliveryFilter::Failed;
    else if (ctx.flag(QStringLiteral("pending")))
        filter = Store::DeliveryFilter::Pending;
    else if (ctx.flag(QStringLiteral("delivered")))
        filter = Store::DeliveryFilter::Delivered;
    QString error;
    const auto events = ctx.store->deliveries(filter, static_cast<int>(limit), &error);
    if (!events)
        return ctx.failure(error);
    if (ctx.json) {
        QJsonArray array;
        for (const OutboxEvent &e : *events)
            array.append(QJsonObject{
                {QStringLiteral("Id"), e.id},
                {QStringLiteral("DeliveryId"), e.deliveryId},
                {QStringLiteral("State"), deliveryState(e)},
                {QStringLiteral("Event"), e.event},
                {QStringLiteral("Entity"), e.entity},
                {QStringLiteral("Identifier"), e.identifier},
                {QStringLiteral("CreatedAt"), timeOrNull(e.createdAt)},
                {QStringLiteral("Attempts"), e.attempts},
                {QStringLiteral("LastStatus"),
                 e.lastStatus ? QJsonValue(e.lastStatus) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("LastError"), e.lastError},
                {QStringLiteral("LastAttemptAt"), timeOrNull(e.lastAttemptAt)},
                {QStringLiteral("NextAttemptAt"),
                 e.isPending() ? timeOrNull(e.nextAttemptAt) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("DeliveredAt"), timeOrNull(e.deliveredAt)},
                {QStringLiteral("FailedAt"), timeOrNull(e.failedAt)},
            });
        ctx.printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows{{tr("ID"), tr("STATE"), tr("EVENT"), tr("IDENTIFIER"), tr("ATTEMPTS"),
                             tr("NEXT ATTEMPT"), tr("LAST RESULT")}};
    for (const OutboxEvent &e : *events) {
        QString last = e.lastError;
        if (last.isEmpty() && e.lastStatus)
            last = tr("HTTP %1").arg(e.lastStatus);
        rows.append({QString::number(e.id), deliveryState(e), e.entity + u' ' + e.event,
                     e.identifier, QString::number(e.attempts),
                     e.isPending() ? shortTime(e.nextAttemptAt) : QStringLiteral("-"),
                     last.isEmpty() ? QStringLiteral("-") : last});
    }
    ctx.io.out << table(rows);
    return ExitOk;
}

int webhookRetry(Context &ctx)
{
    const bool all = ctx.flag(QStringLiteral("all-failed"));
    if (all == !ctx.positionals.isEmpty())
        return ctx.usage(tr("Give a delivery ID or --all-failed.\nUsage: wgdeskctl webhook retry "
                            "ID|--all-failed"));
    QString error;
    if (all) {
        const auto count = ctx.store->retryFailedEvents(&error);
        if (!count)
            return ctx.failure(error);
        if (!ctx.json)
            ctx.io.out << tr("%n failed delivery(s) will be attempted again.", nullptr,
                             static_cast<int>(*count))
                       << Qt::endl;
        return ExitOk;
    }
    bool ok = false;
    const qint64 id = ctx.positionals.at(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(tr("ID: “%1” is not a delivery ID (see wgdeskctl webhook "
                            "deliveries).")
                             .arg(ctx.positionals.at(0)));
    if (!ctx.store->retryEvent(id, &error))
        return error.startsWith(tr("ID: ")) ? ctx.usage(error) : ctx.failure(error);
    if (!ctx.json)
        ctx.io.out << tr("Delivery %1 will be attempted again now.").arg(id) << Qt::endl;
    return ExitOk;
}

// --- status and settings ------------------------------------------------------------------

QString humanBytes(quint64 bytes)
{
    const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1024 && unit < 4) {
        value /= 1024;
        ++unit;
    }
    return unit == 0 ? QStringLiteral("%1 B").arg(bytes)
                     : QStringLiteral("%1 %2").arg(value, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

QString ago(qint64 seconds)
{
    if (seconds <= 0)
        return tr("never");
    const qint64 age = QDateTime::currentSecsSinceEpoch() - seconds;
    if (age < 60)
        return tr("%1 s ago").arg(age);
    if (age < 3600)
        return tr("%1 min ago").arg(age / 60);
    if (age < 86400)
        return tr("%1 h ago").arg(age / 3600);
    return tr("%1 days ago").arg(age / 86400);
}

int status(Context &ctx)
{
    QString error;
    const auto settings = StatusSettingsStore::load(*ctx.store, &error);
    if (!settings)
        return ctx.failure(error);
    QStringList names;
    if (!ctx.positionals.isEmpty()) {
        names = ctx.positionals;
    } else {
        auto running = ctx.backend->listInterfaces();
        if (!running)
            return ctx.failure(running.error().message);
        names = running.value();
        names.sort();
    }
    // What the monitor knows (its last ping checks and session starts), if one ran.
    const auto states = ctx.store->peerStates(&error);
    if (!states)
        return ctx.failure(error);
    QHash<QString, QHash<QString, QDateTime>> pings;
    QList<PeerStatus> seed;
    for (const Store::PeerState &s : *states) {
        if (s.lastPing.isValid())
            pings[s.interfaceIdentifier].insert(s.publicKey, s.lastPing);
        PeerStatus status;
        status.interfaceIdentifier = s.interfaceIdentifier;
        status.publicKey = s.publicKey;
        status.isConnected = s.isConnected;
        status.lastSessionStartSec = s.lastSessionStartNs / 1000000000LL;
        status.lastSessionStartNsec = s.lastSessionStartNs % 1000000000LL;
        seed.append(status);
    }
    StatusTracker tracker(*settings);
    tracker.seed(seed);
    QJsonArray array;
    QList<QStringList> rows{{tr("INTERFACE"), tr("PEER"), tr("STATUS"), tr("ENDPOINT"),
                             tr("LAST HANDSHAKE"), tr("RECEIVED"), tr("SENT")}};
    for (const QString &name : std::as_const(names)) {
        auto device = ctx.backend->readDevice(name);
        if (!device) {
            if (!ctx.positionals.isEmpty())
                return device.error().kind == platform::BackendError::Kind::NoSuchInterface
                           ? ctx.usage(noSuchInterface(name))
                           : ctx.failure(device.error().message);
            continue;
        }
        StatusTracker::PollInput input;
        input.interfaceIdentifier = name;
        input.device = std::move(device).value();
        input.polledAt = QDateTime::currentDateTime();
        if (const auto peers = ctx.store->peers(name, nullptr))
            for (const Peer &peer : *peers)
                input.storedPeers.insert(peer.publicKey, peer);
        input.lastSuccessfulPing = pings.value(name);
        tracker.poll(input);
        for (const PeerStatus &s : tracker.statuses(name)) {
            array.append(statusPayload(s));
            rows.append({name, s.displayName.isEmpty() ? s.publicKey : s.displayName,
                         s.isConnected ? tr("connected") : tr("not connected"),
                         s.endpoint.isEmpty() ? QStringLiteral("-") : s.endpoint,
                         ago(s.lastHandshakeSec), humanBytes(s.bytesReceived),
                         humanBytes(s.bytesTransmitted)});
        }
    }
    if (ctx.json)
        ctx.printJson(array);
    else
        ctx.io.out << table(rows);
    return ExitOk;
}

int settingsShow(Context &ctx)
{
    QString error;
    const auto settings = StatusSettingsStore::load(*ctx.store, &error);
    if (!settings)
        return ctx.failure(error);
    QJsonObject object;
    QList<QStringList> rows;
    for (const QString &key : StatusSettingsStore::keys()) {
        const QString value = StatusSettingsStore::text(*settings, key);
        bool numeric = false;
        const int n = value.toInt(&numeric);
        object.insert(key, numeric ? QJsonValue(n) : QJsonValue(value));
        rows.append({key, value});
    }
    if (ctx.json)
        ctx.printJson(object);
    else
        ctx.io.out << table(rows);
    return ExitOk;
}

int settingsSet(Context &ctx)
{
    QString error;
    const Problems problems =
        StatusSettingsStore::set(*ctx.store, ctx.positionals.at(0), ctx.positionals.at(1), &error);
    if (hasErrors(problems)) {
        if (problems.first().field == u"Store"_s)
            return ctx.failure(problems.first().message);
        return ctx.usage(errorText(problems));
    }
    if (!ctx.json)
        ctx.io.out << tr("%1 is now %2.").arg(ctx.positionals.at(0), ctx.positionals.at(1))
                   << Qt::endl;
    return ExitOk;
}

// --- monitor --------------------------------------------------------------------------------

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}

int monitor(Context &ctx)
{
    MonitorLock lock;
    MonitorLock::Holder holder;
    QString error;
    if (!lock.tryLock(ctx.dbPath, QStringLiteral("monitor"), &holder, &error)) {
        if (!error.isEmpty())
            return ctx.failure(error);
        return ctx.failure(tr("Another monitor runs for this database: %1 (PID %2). Only one "
                              "may poll and deliver at a time.")
                               .arg(roleText(holder.role))
                               .arg(holder.pid));
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        return ctx.failure(tr("Could not set up signal handling."));
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    QEventLoop loop;
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, &QEventLoop::quit);

    const auto settings = WebhookSettings::load(*ctx.store, &error);
    ctx.io.err << (settings && settings->enabled()
                       ? tr("Monitoring; webhooks go to %1.").arg(settings->url)
                       : tr("Monitoring; webhooks are off (no URL is set)."))
               << Qt::endl;

    WebhookDispatcherThread webhooks(ctx.dbPath);
    QTextStream &err = ctx.io.err;
    QObject::connect(webhooks.dispatcher(), &WebhookDispatcher::attempted, &loop,
                     [&err](qint64 id, bool delivered, int, const QString &message) {
                         if (!delivered)
                             err << tr("Webhook delivery %1 failed: %2").arg(id).arg(message)
                                 << Qt::endl;
                     });
    QObject::connect(webhooks.dispatcher(), &WebhookDispatcher::problem, &loop,
                     [&err](const QString &message) { err << message << Qt::endl; });
    webhooks.start();

    // Status polling needs WireGuard; without it, the monitor still delivers webhooks.
    std::unique_ptr<BackendThread> backendThread;
    StatusMonitor *statusMonitor = nullptr;
    auto backend = chooseBackend(ctx.backendChoice);
    if (backend) {
        backendThread = std::make_unique<BackendThread>(std::move(backend).value());
        statusMonitor = new StatusMonitor(backendThread->backendForThreadObjects(), ctx.dbPath);
    } else {
        ctx.io.err << tr("Status polling is off: %1").arg(backend.error().message) << Qt::endl;
    }
    if (statusMonitor) {
        backendThread->adopt(statusMonitor);
        QObject::connect(statusMonitor, &StatusMonitor::problem, &loop,
                         [&err](const QString &message) { err << message << Qt::endl; });
        QObject::connect(statusMonitor, &StatusMonitor::polled, &loop,
                         [&err](const StatusDelta &delta) {
                             for (const ConnectionFlip &flip : delta.flips)
                                 err << (flip.connected ? tr("%1: peer %2 connected.")
                                                        : tr("%1: peer %2 disconnected."))
                                            .arg(delta.interfaceIdentifier,
                                                 flip.status.displayName.isEmpty()
                                                     ? flip.status.publicKey
                                                     : flip.status.displayName + u" ("_s
                                                           + flip.status.publicKey + u')')
                                     << Qt::endl;
                         });
        QObject::connect(statusMonitor, &StatusMonitor::restored, &loop,
                         [&err](const QStringList &names) {
                             err << tr("Restored from the records: %1.").arg(names.join(u", "_s))
                                 << Qt::endl;
                         });
        QMetaObject::invokeMethod(statusMonitor, &StatusMonitor::start, Qt::QueuedConnection);
    }
    loop.exec();
    ctx.io.err << tr("Stopping.") << Qt::endl;
    if (statusMonitor)
        backendThread->destroyOnThread(statusMonitor);
    return ExitOk;
}

// After an edit made while no monitor runs, delivers this command's events (and the earlier
// pending events of the same entities, which must go first), bounded by the webhook timeout.
void deliverOwnEvents(Context &ctx, qint64 lastIdBefore)
{
    QString error;
    const auto lastId = ctx.store->lastEventId(&error);
    if (!lastId || *lastId <= lastIdBefore)
        return;
    const auto settings = WebhookSettings::load(*ctx.store, &error);
    if (!settings || !settings->enabled())
        return;
    const int timeoutMs = settings->timeoutSeconds * 1000;
    MonitorLock lock;
    MonitorLock::Holder holder;
    if (!lock.lockUnlessMonitor(ctx.dbPath, QStringLiteral("cli"), timeoutMs, &holder, &error))
        return; // a monitor delivers them (or, on an error, the next one will)
    DispatcherOptions options;
    options.singlePass = true;
    options.singlePassAfterId = lastIdBefore;
    options.deadlineMs = timeoutMs;
    WebhookDispatcher dispatcher(ctx.dbPath, options);
    QEventLoop loop;
    QObject::connect(&dispatcher, &WebhookDispatcher::finished, &loop, &QEventLoop::quit);
    QMetaObject::invokeMethod(&dispatcher, &WebhookDispatcher::start, Qt::QueuedConnection);
    loop.exec();
    if (dispatcher.leftPending() > 0)
        ctx.io.err << tr("Warning: %n webhook event(s) could not be delivered now (%1); the next "
                         "monitor (the WG Desk window or wgdeskctl monitor) will retry.",
                         nullptr, dispatcher.leftPending())
                          .arg(dispatcher.lastError())
                   << Qt::endl;
}


QList<Command> commands()
{
    const QStringList interfaceFlags{QStringLiteral("up")};
    const QStringList peerFlags{QStringLiteral("generate-keys"), QStringLiteral("generate-psk"),
                                QStringLiteral("disable"), QStringLiteral("enable")};
    const QStringList userFlags{QStringLiteral("admin"), QStringLiteral("no-admin"),
                                QStringLiteral("disable"), QStringLiteral("enable")};
    const auto c = [](QString words, QString synopsis, QStringList values, QStringList flags,
                      int minArgs, int maxArgs, bool needsBackend, std::function<int(Context &)> run) {
        return Command{words.split(u' '), std::move(synopsis), std::move(values), std::move(flags),
                       minArgs,           maxArgs,             needsBackend,      std::move(run)};
    };
    return {
        c(QStringLiteral("interface list"), QStringLiteral("interface list"), {}, {}, 0, 0, false,
          interfaceList),
        c(QStringLiteral("interface create"),
          QStringLiteral("interface create NAME [--address CIDR]... [--listen-port N] [--mtu N] "
                         "[--fwmark N] [--private-key KEY] [--display-name TEXT] [--dns ADDR]... "
                         "[--external-endpoint HOST:PORT] [--table off|auto|N] [--up]"),
          InterfaceValueOptions, interfaceFlags, 1, 1, true, interfaceCreate),
        c(QStringLiteral("interface update"),
          QStringLiteral("interface update NAME [same options as create] [--disable|--enable]"),
          InterfaceValueOptions, {QStringLiteral("disable"), QStringLiteral("enable")}, 1, 1, true,
          interfaceUpdate),
        c(QStringLiteral("interface delete"), QStringLiteral("interface delete NAME"), {}, {}, 1, 1,
          true, interfaceDelete),
        c(QStringLiteral("interface up"), QStringLiteral("interface up NAME"), {}, {}, 1, 1, true,
          [](Context &ctx) { return interfaceUpDown(ctx, true); }),
        c(QStringLiteral("interface down"), QStringLiteral("interface down NAME"), {}, {}, 1, 1,
          true, [](Context &ctx) { return interfaceUpDown(ctx, false); }),
        c(QStringLiteral("interface import"), QStringLiteral("interface import FILE [--name NAME]"),
          {QStringLiteral("name")}, {}, 1, 1, true, interfaceImport),
        c(QStringLiteral("interface export"), QStringLiteral("interface export NAME"), {}, {}, 1, 1,
          false, interfaceExport),
        c(QStringLiteral("interface adopt"), QStringLiteral("interface adopt NAME"), {}, {}, 1, 1,
          true, interfaceAdopt),
        c(QStringLiteral("interface restore"), QStringLiteral("interface restore NAME"), {}, {}, 1,
          1, true, interfaceRestore),
        c(QStringLiteral("drift"), QStringLiteral("drift"), {}, {}, 0, 0, true, drift),
        c(QStringLiteral("peer list"), QStringLiteral("peer list IFACE"), {}, {}, 1, 1, false,
          peerList),
        c(QStringLiteral("peer add"),
          QStringLiteral("peer add IFACE (--public-key KEY | --generate-keys) [--allowed-ip CIDR]... "
                         "[--address CIDR]... [--endpoint HOST:PORT] [--keepalive N] "
                         "[--preshared-key KEY | --generate-psk] [--user ID] [--display-name TEXT] "
                         "[--notes TEXT] [--check-address IP] [--disable]"),
          PeerValueOptions, peerFlags, 1, 1, true, peerAdd),
        c(QStringLiteral("peer update"),
          QStringLiteral("peer update IFACE PUBKEY [same options as add, but the key] "
                         "[--disable|--enable]"),
          QStringList(PeerValueOptions).filter(QRegularExpression(QStringLiteral("^(?!public-key$)"))),
          {QStringLiteral("generate-psk"), QStringLiteral("disable"), QStringLiteral("enable")}, 2,
          2, true, peerUpdate),
        c(QStringLiteral("peer remove"), QStringLiteral("peer remove IFACE PUBKEY"), {}, {}, 2, 2,
          true, peerRemove),
        c(QStringLiteral("peer config"), QStringLiteral("peer config IFACE PUBKEY [--qr]"), {},
          {QStringLiteral("qr")}, 2, 2, false, peerConfig),
        c(QStringLiteral("user list"), QStringLiteral("user list"), {}, {}, 0, 0, false, userList),
        c(QStringLiteral("user add"),
          QStringLiteral("user add ID [--email E] [--firstname F] [--lastname L] [--phone P] "
                         "[--department D] [--notes TEXT] [--admin]"),
          UserValueOptions, userFlags, 1, 1, false, userAdd),
        c(QStringLiteral("user update"),
          QStringLiteral("user update ID [same options as add] [--no-admin] [--disable [--reason "
                         "TEXT]] [--enable]"),
          UserValueOptions, userFlags, 1, 1, false, userUpdate),
        c(QStringLiteral("user delete"), QStringLiteral("user delete ID [--move-peers-to ID]"),
          {QStringLiteral("move-peers-to")}, {}, 1, 1, false, userDelete),
        c(QStringLiteral("webhook show"), QStringLiteral("webhook show"), {}, {}, 0, 0, false,
          webhookShow),
        c(QStringLiteral("webhook set"),
          QStringLiteral("webhook set [--url URL] [--secret SECRET|-] [--timeout SECONDS] "
                         "[--ca-file PEM]"),
          {QStringLiteral("url"), QStringLiteral("secret"), QStringLiteral("timeout"),
           QStringLiteral("ca-file")},
          {}, 0, 0, false, webhookSet),
        c(QStringLiteral("webhook test"), QStringLiteral("webhook test"), {}, {}, 0, 0, false,
          webhookTest),
        c(QStringLiteral("webhook deliveries"),
          QStringLiteral("webhook deliveries [--failed|--pending|--delivered] [--limit N]"),
          {QStringLiteral("limit")},
          {QStringLiteral("failed"), QStringLiteral("pending"), QStringLiteral("delivered")}, 0, 0,
          false, webhookDeliveries),
        c(QStringLiteral("webhook retry"), QStringLiteral("webhook retry ID|--all-failed"), {},
          {QStringLiteral("all-failed")}, 0, 1, false, webhookRetry),
        c(QStringLiteral("monitor"), QStringLiteral("monitor"), {}, {}, 0, 0, false, monitor),
        c(QStringLiteral("status"), QStringLiteral("status [IFACE]"), {}, {}, 0, 1, true, status),
        c(QStringLiteral("settings show"), QStringLiteral("settings show"), {}, {}, 0, 0, false,
          settingsShow),
        c(QStringLiteral("settings set"),
          QStringLiteral("settings set KEY VALUE   (status.poll_interval, status.threshold, "
                         "status.ping_interval: seconds; status.ping_checks: on|off)"),
          {}, {}, 2, 2, false, settingsSet),
    };
}

QString usageText(const QList<Command> &all)
{
    QString text = tr("Usage: wgdeskctl [--db PATH] [--backend auto|kernel|userspace] [--json] "
                      "COMMAND\n\nCommands:\n");
    for (const Command &command : all)
        text += QStringLiteral("  ") + command.synopsis + u'\n';
    return text;
}

} // namespace

int runWgdeskctl(const QStringList &arguments, CliStreams streams)
{
    Context ctx(streams);
    const QList<Command> all = commands();

    // Global options may stand anywhere.
    QString dbPath, backendChoice;
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        const auto takeValue = [&](const QString &name, QString &into) {
            if (arg.startsWith(name + u'=')) {
                into = arg.mid(name.size() + 1);
                return true;
            }
            if (arg == name) {
                if (i + 1 >= arguments.size())
                    return false;
                into = arguments[++i];
                return true;
            }
            return false;
        };
        if (arg == QLatin1String("--json")) {
            ctx.json = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            streams.out << usageText(all);
            return ExitOk;
        } else if (arg.startsWith(QLatin1String("--db"))
                   && (arg == QLatin1String("--db") || arg.startsWith(QLatin1String("--db=")))) {
            if (!takeValue(QStringLiteral("--db"), dbPath))
                return ctx.usage(tr("--db needs a path."));
        } else if (arg == QLatin1String("--backend")
                   || arg.startsWith(QLatin1String("--backend="))) {
            if (!takeValue(QStringLiteral("--backend"), backendChoice))
                return ctx.usage(tr("--backend needs auto, kernel or userspace."));
        } else {
            rest.append(arg);
        }
    }

    // The longest command whose words start the rest.
    const Command *command = nullptr;
    for (const Command &candidate : all) {
        if (rest.size() >= candidate.path.size()
            && rest.mid(0, candidate.path.size()) == candidate.path
            && (!command || candidate.path.size() > command->path.size()))
            command = &candidate;
    }
    if (!command) {
        if (rest.isEmpty())
            return ctx.usage(usageText(all));
        return ctx.usage(tr("Unknown command “%1”.\n\n%2")
                             .arg(rest.mid(0, 2).join(u' '), usageText(all)));
    }
    rest = rest.mid(command->path.size());
    const QString commandName = command->path.join(u' ');
    for (int i = 0; i < rest.size(); ++i) {
        const QString &arg = rest[i];
        if (!arg.startsWith(QLatin1String("--"))) {
            ctx.positionals.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        if (command->valueOptions.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= rest.size())
                    return ctx.usage(tr("--%1 needs a value.").arg(name));
                value = rest[++i];
            }
            ctx.values[name].append(value);
        } else if (command->flagOptions.contains(name) && !hasInlineValue) {
            ctx.flags.insert(name);
        } else {
            return ctx.usage(tr("“%1” does not take --%2.\nUsage: wgdeskctl %3")
                                 .arg(commandName, name, command->synopsis));
        }
    }
    if (ctx.positionals.size() < command->minArgs || ctx.positionals.size() > command->maxArgs)
        return ctx.usage(tr("Usage: wgdeskctl %1").arg(command->synopsis));

    if (!platform::keys::initialize())
        return ctx.failure(tr("The key library (libsodium) could not be initialised."));
    Store store;
    QString error;
    ctx.dbPath = dbPath.isEmpty() ? Store::defaultPath() : dbPath;
    ctx.backendChoice = backendChoice;
    if (!store.open(ctx.dbPath, &error))
        return ctx.failure(error);
    ctx.store = &store;

    std::unique_ptr<platform::WireGuardBackend> backend;
    auto chosen = chooseBackend(backendChoice);
    if (chosen) {
        backend = std::move(chosen).value();
        ctx.backend = backend.get();
    } else {
        ctx.backendError = chosen.error().message;
        if (chosen.error().kind == platform::BackendError::Kind::Unavailable
            && !backendChoice.isEmpty() && backendChoice != QLatin1String("auto")
            && backendChoice != QLatin1String("kernel")
            && backendChoice != QLatin1String("userspace"))
            return ctx.usage(ctx.backendError);
    }
    if (command->needsBackend && !ctx.requireBackend())
        return ExitFailure;
    const qint64 lastEventBefore = ctx.store->lastEventId(nullptr).value_or(0);
    const int code = command->run(ctx);
    if (command->path.first() != u"webhook"_s && command->path.first() != u"monitor"_s
        && command->path.first() != u"status"_s && command->path.first() != u"settings"_s)
        deliverOwnEvents(ctx, lastEventBefore);
    return code;
}

} // namespace wgdesk::app
