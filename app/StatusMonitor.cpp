#include "StatusMonitor.h"

#include "PingChecker.h"
#include "Services.h"
#include "Store.h"
#include "WireGuardBackend.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <algorithm>

namespace wgdesk::app {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StatusMonitor", text);
}

struct IntSetting
{
    const char16_t *key;
    int min, max;
    int StatusSettings::*field;
    int scale;         // stored in seconds; the field is in ms (1000) or seconds (1)
    const char *label; // for validateStatusSettings' sentences
};

// The one table of ranges: set(), load() and validateStatusSettings() all read it.
const IntSetting intSettings[] = {
    {u"status.poll_interval", statusLimits::minPollIntervalSeconds,
     statusLimits::maxPollIntervalSeconds, &StatusSettings::pollIntervalMs, 1000,
     QT_TRANSLATE_NOOP("StatusMonitor", "Poll interval")},
    {u"status.threshold", statusLimits::minThresholdSeconds, statusLimits::maxThresholdSeconds,
     &StatusSettings::thresholdSeconds, 1,
     QT_TRANSLATE_NOOP("StatusMonitor", "Connected threshold")},
    {u"status.ping_interval", statusLimits::minPingIntervalSeconds,
     statusLimits::maxPingIntervalSeconds, &StatusSettings::pingIntervalSeconds, 1,
     QT_TRANSLATE_NOOP("StatusMonitor", "Ping interval")},
};
const char16_t pingChecksKey[] = u"status.ping_checks";

QString pingKey(const QString &interfaceIdentifier, const QString &publicKey)
{
    return interfaceIdentifier + u'\n' + publicKey;
}

qint64 nanoseconds(qint64 sec, qint64 nsec)
{
    return sec * 1000000000LL + nsec;
}

} // namespace

// ---- Settings ------------------------------------------------------------------------------

Problems validateStatusSettings(const StatusSettings &settings)
{
    Problems problems;
    for (const IntSetting &s : intSettings) {
        const int value = settings.*s.field;
        const QString label = tr(s.label);
        if (value % s.scale != 0) {
            // Only whole seconds can be stored (a poll interval of 1500 ms cannot).
            problems.append(
                {QString::fromUtf16(s.key),
                 tr("%1: %2 ms is not a whole number of seconds.").arg(label).arg(value), false});
        } else if (value / s.scale < s.min || value / s.scale > s.max) {
            problems.append({QString::fromUtf16(s.key),
                             tr("%1: %2 s is not from %3 to %4 seconds.")
                                 .arg(label)
                                 .arg(value / s.scale)
                                 .arg(s.min)
                                 .arg(s.max),
                             false});
        }
    }
    if (settings.thresholdSeconds >= statusLimits::minThresholdSeconds
        && settings.thresholdSeconds < statusLimits::recommendedMinThresholdSeconds)
        problems.append({u"status.threshold"_s,
                         tr("%1: live tunnels handshake only every 120 s, so with less than %2 s "
                            "peers would flap between connected and disconnected.")
                             .arg(tr("Connected threshold"))
                             .arg(statusLimits::recommendedMinThresholdSeconds),
                         true});
    return problems;
}

QStringList StatusSettingsStore::keys()
{
    return {u"status.poll_interval"_s, u"status.threshold"_s, u"status.ping_checks"_s,
            u"status.ping_interval"_s};
}

std::optional<StatusSettings> StatusSettingsStore::load(const Store &store, QString *error)
{
    StatusSettings settings;
    QString err;
    for (const IntSetting &s : intSettings) {
        const auto value = store.setting(QString::fromUtf16(s.key), &err);
        if (!value && !err.isEmpty()) {
            if (error)
                *error = err;
            return std::nullopt;
        }
        bool ok = false;
        const int n = value ? value->toInt(&ok) : 0;
        if (ok && n >= s.min && n <= s.max)
            settings.*s.field = n * s.scale;
    }
    const auto ping = store.setting(QString::fromUtf16(pingChecksKey), &err);
    if (!ping && !err.isEmpty()) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    if (ping)
        settings.pingChecks = *ping != u"off"_s;
    return settings;
}

Problems StatusSettingsStore::set(Store &store, const QString &key, const QString &value,
                                  QString *error)
{
    QString stored;
    if (key == QString::fromUtf16(pingChecksKey)) {
        if (value != u"on"_s && value != u"off"_s)
            return {{key, tr("%1: “%2” is not on or off.").arg(key, value), false}};
        stored = value;
    } else {
        const auto it = std::find_if(std::begin(intSettings), std::end(intSettings),
                                     [&](const IntSetting &s) { return key == QString::fromUtf16(s.key); });
        if (it == std::end(intSettings))
            return {{u"Key"_s,
                     tr("Key: “%1” is not a setting; the settings are %2.")
                         .arg(key, keys().join(u", "_s)),
                     false}};
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < it->min || n > it->max)
            return {{key,
                     tr("%1: “%2” is not a whole number of seconds from %3 to %4.")
                         .arg(key, value)
                         .arg(it->min)
                         .arg(it->max),
                     false}};
        stored = QString::number(n);
    }
    if (!store.setSetting(key, stored, error))
        return {{u"Store"_s, error ? *error : QString(), false}};
    return {};
}

QString StatusSettingsStore::text(const StatusSettings &settings, const QString &key)
{
    if (key == QString::fromUtf16(pingChecksKey))
        return settings.pingChecks ? u"on"_s : u"off"_s;
    for (const IntSetting &s : intSettings)
        if (key == QString::fromUtf16(s.key))
            return QString::number(settings.*s.field / s.scale);
    return {};
}

// ---- The monitor ---------------------------------------------------------------------------

StatusMonitor::StatusMonitor(platform::WireGuardBackend &backend, QString databasePath,
                             bool restoreMissing, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_databasePath(std::move(databasePath))
    , m_restoreMissing(restoreMissing)
{
    qRegisterMetaType<StatusDelta>();
}

StatusMonitor::~StatusMonitor() = default;

void StatusMonitor::resetTracking()
{
    QString error;
    m_deferredFlips.clear();
    m_tracker = std::make_unique<StatusTracker>(m_settings);
    m_history = std::make_unique<RateHistory>(m_settings.pollIntervalMs);

    // The last known state: a peer whose state did not change while no monitor ran is not
    // announced again.
    if (const auto states = m_store->peerStates(&error)) {
        QList<PeerStatus> seed;
        seed.reserve(states->size());
        for (const Store::PeerState &s : *states) {
            PeerStatus status;
            status.interfaceIdentifier = s.interfaceIdentifier;
            status.publicKey = s.publicKey;
            status.isConnected = s.isConnected;
            status.isPingable = s.isPingable;
            status.lastPing = s.lastPing;
            status.lastHandshakeSec = s.lastHandshakeNs / 1000000000LL;
            status.lastHandshakeNsec = s.lastHandshakeNs % 1000000000LL;
            status.lastSessionStartSec = s.lastSessionStartNs / 1000000000LL;
            status.lastSessionStartNsec = s.lastSessionStartNs % 1000000000LL;
            seed.append(status);
        }
        m_tracker->seed(seed);
    } else {
        report(error);
    }
}

void StatusMonitor::takeOver()
{
    if (!m_observeOnly)
        return;
    m_observeOnly = false;
    if (!m_store)
        return; // start() has not run yet: it will record from its first poll
    // Compare the next poll with the last state recorded (by the monitor that ran until now),
    // not with what this process watched: a connect or disconnect in between is announced.
    resetTracking();
    poll();
}

void StatusMonitor::start()
{
    if (m_store)
        return;
    m_store = std::make_unique<Store>();
    QString error;
    if (!m_store->open(m_databasePath, &error)) {
        report(error);
        m_store.reset();
        return;
    }
    // After a reboot (a new kernel boot id), recorded interfaces that do not run are created
    // again. Otherwise a missing interface was deleted on purpose (`ip link del`): that is
    // drift, shown by `wgdeskctl drift` and never silently undone.
    QFile bootIdFile(u"/proc/sys/kernel/random/boot_id"_s);
    const QString bootId = bootIdFile.open(QIODevice::ReadOnly)
                               ? QString::fromLatin1(bootIdFile.readAll().trimmed())
                               : QString();
    const std::optional<QString> lastBootId = m_store->setting(u"system.boot_id"_s, nullptr);
    const bool rebooted = lastBootId && !bootId.isEmpty() && *lastBootId != bootId;
    if (!m_observeOnly && !bootId.isEmpty() && lastBootId != bootId
        && !m_store->setSetting(u"system.boot_id"_s, bootId, &error))
        report(error);
    if (!m_observeOnly && m_restoreMissing && rebooted) {
        QStringList restoredNames;
        const Outcome outcome = Services(*m_store, m_backend).restoreMissingInterfaces(&restoredNames);
        if (!outcome.ok())
            report(outcome.message);
        if (!restoredNames.isEmpty())
            Q_EMIT restored(restoredNames);
    }
    m_settings = StatusSettingsStore::load(*m_store, &error).value_or(StatusSettings{});
    resetTracking();

    m_ping = new PingChecker(this);
    connect(m_ping, &PingChecker::results, this, &StatusMonitor::onPingResults);
    connect(m_ping, &PingChecker::unavailable, this, &StatusMonitor::report);

    m_dataVersion = m_store->dataVersion();
    reloadFromDatabase();
    m_pollTimer = new QTimer(this);
    m_pollTimer->setTimerType(Qt::PreciseTimer);
    m_pollTimer->setInterval(m_settings.pollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &StatusMonitor::poll);
    m_pollTimer->start();
    m_pingTimer = new QTimer(this);
    m_pingTimer->setInterval(m_settings.pingIntervalSeconds * 1000);
    connect(m_pingTimer, &QTimer::timeout, this, &StatusMonitor::startPingRound);
    if (m_settings.pingChecks)
        m_pingTimer->start();
    poll();
    if (m_settings.pingChecks)
        startPingRound();
}

void StatusMonitor::stop()
{
    if (m_pollTimer)
        m_pollTimer->stop();
    if (m_pingTimer)
        m_pingTimer->stop();
}

void StatusMonitor::pollNow()
{
    if (m_store)
        poll();
}

QList<PeerStatus> StatusMonitor::statuses(const QString &interfaceIdentifier) const
{
    return m_tracker ? m_tracker->statuses(interfaceIdentifier) : QList<PeerStatus>{};
}

QList<RateSample> StatusMonitor::rateHistory(const QString &interfaceIdentifier,
                                             const QString &publicKey) const
{
    if (!m_history)
        return {};
    return publicKey.isEmpty() ? m_history->interfaceSamples(interfaceIdentifier)
                               : m_history->samples(interfaceIdentifier, publicKey);
}

void StatusMonitor::report(const QString &sentence)
{
    if (m_reported.contains(sentence))
        return;
    m_reported.insert(sentence);
    Q_EMIT problem(sentence);
}

void StatusMonitor::reloadFromDatabase()
{
    QString error;
    if (const auto settings = StatusSettingsStore::load(*m_store, &error)) {
        if (!(*settings == m_settings)) {
            const bool pingWasOn = m_settings.pingChecks;
            m_settings = *settings;
            m_tracker->setSettings(m_settings);
            if (m_pollTimer)
                m_pollTimer->setInterval(m_settings.pollIntervalMs);
            if (m_pingTimer) {
                m_pingTimer->setInterval(m_settings.pingIntervalSeconds * 1000);
                if (m_settings.pingChecks && !m_pingTimer->isActive())
                    m_pingTimer->start();
                else if (!m_settings.pingChecks)
                    m_pingTimer->stop();
            }
            if (m_settings.pingChecks && !pingWasOn) {
                m_ping->reset();
                QTimer::singleShot(0, this, &StatusMonitor::startPingRound);
            }
        }
    } else {
        report(error);
    }
    const auto interfaces = m_store->interfaces(&error);
    if (!interfaces) {
        report(error);
        return;
    }
    QHash<QString, QHash<QString, Peer>> stored;
    for (const Interface &interface : *interfaces) {
        const auto peers = m_store->peers(interface.identifier, &error);
        if (!peers) {
            report(error);
            continue;
        }
        QHash<QString, Peer> byKey;
        byKey.reserve(peers->size());
        for (const Peer &peer : *peers)
            byKey.insert(peer.publicKey, peer);
        // Keep the old hash (shared, so the tracker skips its look-ups) when nothing changed.
        const auto old = m_storedPeers.constFind(interface.identifier);
        if (old != m_storedPeers.cend() && *old == byKey)
            stored.insert(interface.identifier, *old);
        else
            stored.insert(interface.identifier, byKey);
    }
    m_storedPeers = stored;
}

void StatusMonitor::poll()
{
    const qint64 version = m_store->dataVersion();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        reloadFromDatabase();
    }
    const auto names = m_backend.listInterfaces();
    if (!names) {
        report(names.error().message);
        return;
    }
    m_running = names.value();
    for (const QString &name : std::as_const(m_running)) {
        auto device = m_backend.readDevice(name);
        if (!device)
            continue; // gone between the list and the read; the next poll forgets it
        StatusTracker::PollInput input;
        input.interfaceIdentifier = name;
        input.device = std::move(device).value();
        input.polledAt = QDateTime::currentDateTime();
        input.storedPeers = m_storedPeers.value(name);
        input.lastSuccessfulPing = m_pings.value(name);
        const StatusDelta delta = m_tracker->poll(input);
        m_history->record(delta);
        if (!m_observeOnly) {
            const QList<ConnectionFlip> flips = flipsToRecord(name, delta.flips);
            if (!flips.isEmpty() || !delta.removed.isEmpty())
                recordFlips(flips, delta.removed, name);
        }
        if (delta.hasPeerChanges())
            Q_EMIT polled(delta);
    }
    for (const QString &known : m_tracker->interfaces()) {
        if (m_running.contains(known))
            continue;
        const StatusDelta delta = m_tracker->forgetInterface(known);
        m_history->forgetInterface(known);
        m_pings.remove(known);
        if (!m_observeOnly)
            recordFlips(m_deferredFlips.take(known) + delta.flips, delta.removed, known);
        Q_EMIT polled(delta);
    }
}

QList<ConnectionFlip> StatusMonitor::flipsToRecord(const QString &interfaceIdentifier,
                                                  const QList<ConnectionFlip> &flips)
{
    // A peer being added (wgdeskctl or the window) runs in the kernel a moment before its
    // record is committed, and it may handshake in that moment: its connect would go out
    // without its name and owner. A flip of a peer without a record waits one poll, and is
    // recorded then with what the records say by that time.
    const QHash<QString, Peer> stored = m_storedPeers.value(interfaceIdentifier);
    QList<ConnectionFlip> ready;
    for (ConnectionFlip flip : m_deferredFlips.take(interfaceIdentifier)) {
        if (const auto peer = stored.constFind(flip.status.publicKey); peer != stored.cend()) {
            flip.status.displayName = peer->displayName;
            flip.status.userIdentifier = peer->userIdentifier;
        }
        ready.append(flip);
    }
    QList<ConnectionFlip> deferred;
    for (const ConnectionFlip &flip : flips) {
        if (stored.contains(flip.status.publicKey))
            ready.append(flip);
        else
            deferred.append(flip);
    }
    if (!deferred.isEmpty())
        m_deferredFlips.insert(interfaceIdentifier, deferred);
    return ready;
}

void StatusMonitor::recordFlips(const QList<ConnectionFlip> &flips, const QStringList &removedKeys,
                                const QString &interfaceIdentifier)
{
    QString error;
    const bool committed = m_store->transaction(
        [&](QString *err) {
            for (const ConnectionFlip &flip : flips) {
                const PeerStatus &s = flip.status;
                if (!m_store->enqueueEvent(u"peer"_s,
                                           flip.connected ? u"connect"_s : u"disconnect"_s,
                                           s.publicKey, statusPayload(s), err))
                    return false;
                Store::PeerState state;
                state.interfaceIdentifier = s.interfaceIdentifier;
                state.publicKey = s.publicKey;
                state.isConnected = s.isConnected;
                state.isPingable = s.isPingable;
                state.lastPing = s.lastPing;
                state.lastHandshakeNs = nanoseconds(s.lastHandshakeSec, s.lastHandshakeNsec);
                state.lastSessionStartNs =
                    nanoseconds(s.lastSessionStartSec, s.lastSessionStartNsec);
                if (!m_store->savePeerState(state, err))
                    return false;
            }
            // A peer that no longer runs has no state to remember.
            for (const QString &key : removedKeys)
                if (!m_store->removePeerState(interfaceIdentifier, key, err))
                    return false;
            return true;
        },
        &error);
    if (!committed) {
        report(error);
        return;
    }
    if (!flips.isEmpty())
        Q_EMIT flipsRecorded(static_cast<int>(flips.size()));
}

void StatusMonitor::startPingRound()
{
    if (!m_settings.pingChecks || !m_ping)
        return;
    QList<PingTarget> targets;
    for (const QString &name : std::as_const(m_running)) {
        const auto peers = m_storedPeers.constFind(name);
        if (peers == m_storedPeers.cend())
            continue;
        for (const Peer &peer : *peers) {
            if (peer.disabled.isValid())
                continue;
            if (const auto address = PingChecker::checkAddressFor(peer))
                targets.append({pingKey(name, peer.publicKey), *address});
        }
    }
    if (!targets.isEmpty())
        m_ping->check(targets);
}

void StatusMonitor::onPingResults(const QList<PingResult> &results)
{
    QHash<QString, QHash<QString, QDateTime>> pings = m_pings;
    bool changed = false;
    for (const PingResult &r : results) {
        if (!r.answered)
            continue;
        const qsizetype split = r.key.indexOf(u'\n');
        const QString name = r.key.left(split);
        const QString key = r.key.mid(split + 1);
        pings[name].insert(key, r.answeredAt.toLocalTime());
        changed = true;
    }
    if (!changed)
        return;
    m_pings = pings; // new hashes: the next poll recomputes IsPingable
    // For `wgdeskctl status` and the next start.
    QList<std::pair<std::pair<QString, QString>, QDateTime>> answered;
    for (const PingResult &r : results) {
        if (!r.answered)
            continue;
        const qsizetype split = r.key.indexOf(u'\n');
        answered.append({{r.key.left(split), r.key.mid(split + 1)}, r.answeredAt});
    }
    QString error;
    if (!m_observeOnly && !m_store->recordPings(answered, &error))
        report(error);
}

} // namespace wgdesk::app
