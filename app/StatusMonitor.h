// The status monitor (product.md, "Threads"): on the backend thread it reads every WireGuard
// interface at the poll interval, turns each read into a change set with StatusTracker, keeps
// 15 minutes of rates (RateHistory), runs the ping checks, and records connect and disconnect
// events in the outbox together with the peers' last known state. Only change sets leave the
// thread (the polled() signal, queued to the GUI's models).
//
// Settings come from the database (status.poll_interval, status.threshold, status.ping_checks,
// status.ping_interval) and are picked up while it runs, as are new and changed peers (their
// names and check addresses), through PRAGMA data_version.
#pragma once

#include "PeerStatus.h"
#include "Validation.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

class QTimer;

namespace wgdesk::platform {
class WireGuardBackend;
}

namespace wgdesk::app {

class PingChecker;
struct PingResult;
class Store;

// The ranges of the status settings, in seconds: what StatusSettingsStore::set accepts and
// validateStatusSettings checks.
namespace statusLimits {
inline constexpr int minPollIntervalSeconds = 1;
inline constexpr int maxPollIntervalSeconds = 3600;
inline constexpr int minThresholdSeconds = 5;
inline constexpr int maxThresholdSeconds = 86400;
inline constexpr int minPingIntervalSeconds = 5;
inline constexpr int maxPingIntervalSeconds = 86400;
// Live tunnels handshake every 120 s (REKEY_AFTER_TIME) plus jitter: a lower threshold flaps.
inline constexpr int recommendedMinThresholdSeconds = 130;
} // namespace statusLimits

// Problems name the setting's key (status.poll_interval, ...) as the field and its label in
// the sentence; a threshold below recommendedMinThresholdSeconds is a warning.
Problems validateStatusSettings(const StatusSettings &settings);

// The status settings in the database, with their ranges.
struct StatusSettingsStore
{
    static std::optional<StatusSettings> load(const Store &store, QString *error);
    // KEY VALUE as `wgdeskctl settings set` takes them; a problem names the key.
    static Problems set(Store &store, const QString &key, const QString &value, QString *error);
    static QStringList keys();
    // The value as shown by `settings show` (seconds, on/off).
    static QString text(const StatusSettings &settings, const QString &key);
};

class StatusMonitor final : public QObject
{
    Q_OBJECT

public:
    // `backend` must be used only from the thread this object lives on (the backend thread).
    // With restoreMissing, start() first creates the recorded (enabled) interfaces that do not
    // run if the machine rebooted since a monitor last ran (the kernel's boot id changed), so
    // that a monitor started as a service brings them back. Without a reboot, a missing
    // interface is drift and left alone.
    StatusMonitor(platform::WireGuardBackend &backend, QString databasePath,
                  bool restoreMissing = true, QObject *parent = nullptr);
    ~StatusMonitor() override;

    // Before start(): live status for this process only, while another process is the monitor
    // (product.md, "One monitor at a time"): nothing is written to the database, no events are
    // recorded and nothing is restored.
    void setObserveOnly(bool observeOnly) { m_observeOnly = observeOnly; }

    // On the monitor's thread only.
    [[nodiscard]] QList<PeerStatus> statuses(const QString &interfaceIdentifier) const;
    // A peer's rates, or the interface's totals when publicKey is empty.
    [[nodiscard]] QList<RateSample> rateHistory(const QString &interfaceIdentifier,
                                                const QString &publicKey) const;
    [[nodiscard]] const StatusSettings &settings() const { return m_settings; }

public Q_SLOTS:
    void start();
    void stop();
    // An observer becomes the monitor (the process that held the lock is gone): from now on it
    // records, starting from the last state recorded.
    void takeOver();
    void pollNow();

Q_SIGNALS:
    // One per interface per poll, when something changed (every peer is "added" on the first).
    void polled(const wgdesk::app::StatusDelta &delta);
    // Connect or disconnect events were recorded (after their transaction committed).
    void flipsRecorded(int count);
    // Interfaces that start() created again from the records.
    void restored(const QStringList &interfaces);
    // A sentence for the operator: a read that fails, the database, ping checks unavailable.
    // Each distinct sentence is reported once until the condition clears.
    void problem(const QString &sentence);

private:
    void poll();
    void resetTracking(); // a fresh tracker and history, seeded with the last recorded state
    void reloadFromDatabase();
    // The flips of a poll to record now: those of peers with a record, and those deferred by
    // the poll before (a flip of a peer without a record waits one poll for it).
    QList<ConnectionFlip> flipsToRecord(const QString &interfaceIdentifier,
                                        const QList<ConnectionFlip> &flips);
    void recordFlips(const QList<ConnectionFlip> &flips, const QStringList &removedKeys,
                     const QString &interfaceIdentifier);
    void startPingRound();
    void onPingResults(const QList<PingResult> &results);
    void report(const QString &sentence);

    platform::WireGuardBackend &m_backend;
    QString m_databasePath;
    bool m_restoreMissing = true;
    bool m_observeOnly = false;
    std::unique_ptr<Store> m_store;
    StatusSettings m_settings;
    std::unique_ptr<StatusTracker> m_tracker;
    std::unique_ptr<RateHistory> m_history;
    PingChecker *m_ping = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_pingTimer = nullptr;
    qint64 m_dataVersion = -1;
    bool m_seeded = false;
    // Per interface: its stored peers by public key, and the last answered ping by public key.
    // Replaced (never modified in place) so that StatusTracker sees the change.
    QHash<QString, QHash<QString, Peer>> m_storedPeers;
    QHash<QString, QHash<QString, QDateTime>> m_pings;
    QHash<QString, QList<ConnectionFlip>> m_deferredFlips; // per interface, for one poll
    QStringList m_running;
    QSet<QString> m_reported;
};

} // namespace wgdesk::app
