// The SQLite store (Qt SQL): users, interfaces, peers, settings, the webhook outbox and the
// status monitor's per-peer state, in one file shared by the GUI and any number of `wgdeskctl`
// processes.
//
// - One Store = one SQLite connection with its own QSqlDatabase connection name. Use a Store
//   from the thread that opened it only; give each thread (e.g. the webhook dispatcher) its own.
// - The file holds private keys: it is created 0600 in a 0700 directory, and a file or directory
//   that other users can read or write is refused with a sentence saying how to fix it.
// - WAL, foreign keys on, a busy timeout; the schema is versioned with PRAGMA user_version and
//   migrated in one transaction; a database made by a newer WG Desk is refused.
// - Concurrency: do read-then-write work inside transaction(); it starts with BEGIN IMMEDIATE,
//   so writers from all processes queue for the write lock up front and no update is lost.
// - Times are stored as UTC milliseconds since the epoch (NULL = invalid QDateTime) and read
//   back as local time (the same instant, ms precision). List fields are stored as JSON arrays.
//
// Error convention: functions returning bool or std::optional set *error (if given) to a
// sentence on failure. A getter returning std::nullopt with an empty *error means "not found".
#pragma once

#include "Domain.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace wgdesk::app {

// One row of the webhook outbox.
struct OutboxEvent
{
    qint64 id = 0;      // increasing: the order in which events were recorded
    QString deliveryId; // a random UUID, stable across retries (X-WGDesk-Delivery)
    QString entity;     // user, peer, interface
    QString event;      // create, update, delete, connect, disconnect
    QString identifier;
    QJsonObject payload;
    QDateTime createdAt;
    int attempts = 0;
    int lastStatus = 0; // HTTP status of the last attempt, 0 = none (not sent or no response)
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime deliveredAt; // invalid = not delivered
    QDateTime failedAt;    // invalid = not given up
    QDateTime retrySince;  // start of the current retry window (creation, or a retry by hand)
    QDateTime lastAttemptAt; // invalid = never attempted

    [[nodiscard]] bool isPending() const { return !deliveredAt.isValid() && !failedAt.isValid(); }

    friend bool operator==(const OutboxEvent &, const OutboxEvent &) = default;
};

class Store
{
public:
    // The schema version this build creates and understands.
    static constexpr int schemaVersion = 2;
    static constexpr int busyTimeoutMs = 10000;

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // $WGDESK_DB if set, else $XDG_DATA_HOME/wgdesk/wgdesk.db (~/.local/share/wgdesk/wgdesk.db).
    static QString defaultPath();

    // Opens (creating if needed) the database at `path`, checks its permissions, sets it up and
    // migrates it. On failure nothing is left open and *error says why.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    // The QSqlDatabase connection name of this store (QSqlDatabase::database(name)), for code
    // that needs a query of its own on the same connection.
    QString connectionName() const { return m_connectionName; }

    // Runs `body` in one write transaction (BEGIN IMMEDIATE ... COMMIT). If body returns false,
    // everything it did is rolled back and its *error is passed on. Nested calls use savepoints.
    bool transaction(const std::function<bool(QString *error)> &body, QString *error);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Changes by another connection (another process, or another Store) since the last call
    // make this number change; -1 on error. The GUI polls it to know when to refresh.
    qint64 dataVersion() const;

    // Users.
    std::optional<QList<User>> users(QString *error) const;
    std::optional<User> user(const QString &identifier, QString *error) const;
    bool insertUser(const User &user, QString *error);
    bool updateUser(const User &user, QString *error); // by identifier
    bool removeUser(const QString &identifier, QString *error); // refused while it owns peers

    // Interfaces.
    std::optional<QList<Interface>> interfaces(QString *error) const;
    std::optional<Interface> interface(const QString &identifier, QString *error) const;
    bool insertInterface(const Interface &interface, QString *error);
    bool updateInterface(const Interface &interface, QString *error); // by identifier
    bool removeInterface(const QString &identifier, QString *error); // and its peers

    // Peers, identified by (interface, public key); listed in the order they were added.
    std::optional<QList<Peer>> peers(const QString &interfaceIdentifier, QString *error) const;
    std::optional<Peer> peer(const QString &interfaceIdentifier, const QString &publicKey,
                             QString *error) const;
    bool insertPeer(const Peer &peer, QString *error);
    bool updatePeer(const Peer &peer, QString *error);
    bool removePeer(const QString &interfaceIdentifier, const QString &publicKey, QString *error);
    std::optional<int> peerCountForUser(const QString &userIdentifier, QString *error) const;

    // The status monitor's last known state per peer (so a restart does not announce again
    // what did not change). Handshake and session start times are nanoseconds since the epoch.
    struct PeerState
    {
        QString interfaceIdentifier;
        QString publicKey;
        bool isConnected = false;
        bool isPingable = false;
        QDateTime lastPing;
        qint64 lastHandshakeNs = 0;
        qint64 lastSessionStartNs = 0;
        QDateTime updatedAt;
    };
    std::optional<QList<PeerState>> peerStates(QString *error) const;
    bool savePeerState(const PeerState &state, QString *error); // insert or replace
    bool removePeerState(const QString &interfaceIdentifier, const QString &publicKey,
                         QString *error);
    // The answered ping checks of a round: (interface, public key) -> when; other columns kept.
    bool recordPings(const QList<std::pair<std::pair<QString, QString>, QDateTime>> &answered,
                     QString *error);

    // Settings (key/value text). setting() returns nullopt with an empty *error when unset.
    std::optional<QString> setting(const QString &key, QString *error) const;
    bool setSetting(const QString &key, const QString &value, QString *error);
    bool removeSetting(const QString &key, QString *error);

    // The webhook outbox. Call enqueueEvent() inside the transaction() that makes the change, so
    // the change and its event are committed together or not at all. Events are recorded only
    // while webhooks are on (a webhook URL is set): turning them on later does not replay
    // history at the receiver. Returns true, recording nothing, while they are off.
    bool enqueueEvent(const QString &entity, const QString &event, const QString &identifier,
                      const QJsonObject &payload, QString *error);
    // Events neither delivered nor given up, oldest first (by id); limit <= 0 = all.
    std::optional<QList<OutboxEvent>> pendingEvents(QString *error, int limit = 0) const;
    std::optional<OutboxEvent> outboxEvent(qint64 id, QString *error) const;
    bool markDelivered(qint64 id, int httpStatus, QString *error);
    // Counts an attempt; the event is retried at nextAttemptAt, or given up when giveUp is set.
    bool recordFailedAttempt(qint64 id, int httpStatus, const QString &message,
                             const QDateTime &nextAttemptAt, bool giveUp, QString *error);

    // Pending events with afterId < id <= upToId, oldest first; limit <= 0 = all.
    std::optional<QList<OutboxEvent>> pendingEventsBetween(qint64 afterId, qint64 upToId, int limit,
                                                           QString *error) const;
    // Pending events of every entity (entity + identifier) that has an event with id > afterId,
    // oldest first: what a wgdeskctl edit delivers itself, with the earlier events it must
    // follow.
    std::optional<QList<OutboxEvent>> pendingEventsOfEntitiesSince(qint64 afterId,
                                                                   QString *error) const;
    // Ids of pending events with id <= upToId whose next attempt is due at `now`.
    std::optional<QList<qint64>> duePendingIds(qint64 upToId, const QDateTime &now,
                                               QString *error) const;
    // How many events are pending with id <= upToId (uses the pending index).
    std::optional<qint64> pendingCountUpTo(qint64 upToId, QString *error) const;
    // The newest id in the outbox, 0 when empty.
    std::optional<qint64> lastEventId(QString *error) const;

    struct OutboxCounts
    {
        qint64 pending = 0;
        qint64 failed = 0;
    };
    std::optional<OutboxCounts> outboxCounts(QString *error) const;

    // The delivery log, newest first.
    enum class DeliveryFilter { All, Pending, Failed, Delivered };
    std::optional<QList<OutboxEvent>> deliveries(DeliveryFilter filter, int limit,
                                                 QString *error) const;
    // Retry by hand: a failed event becomes pending again with a new 24-hour window, and a
    // pending one is attempted now. A delivered event is refused (with a sentence).
    bool retryEvent(qint64 id, QString *error);
    // All failed events, as retryEvent(); returns how many.
    std::optional<qint64> retryFailedEvents(QString *error);
    // Deletes delivered events older than `before`; returns how many.
    std::optional<qint64> pruneDelivered(const QDateTime &before, QString *error);

private:
    bool setUp(QString *error);
    bool migrate(QString *error);
    bool beginImmediate(QString *error);

    QString m_path;
    QString m_connectionName;
    int m_transactionDepth = 0;
};

} // namespace wgdesk::app
