// The webhook dispatcher: delivers the outbox to the configured URL exactly as webhooks.md
// says, on its own thread with its own QNetworkAccessManager and its own database connection.
//
// - Events of one entity (entity + identifier) go out one at a time in the order they were
//   recorded; events of different entities go out concurrently (maxInFlight).
// - A failed attempt is retried with backoff and jitter (1 s, 2 s, 4 s, ... 5 min) or after the
//   receiver's Retry-After; after 24 h of failures the event is marked failed.
// - Results are written back in batches (one transaction per flush): delivery is at least once,
//   so a crash between an answer and its flush only means the receiver sees that delivery id
//   again.
// - Memory stays flat: at most `windowSize` events are held; the rest wait in the database.
// - New events (from this process or another), retries by hand and changed settings are found
//   by watching PRAGMA data_version, so the dispatcher needs no call from the code that writes.
#pragma once

#include "Store.h"
#include "WebhookSettings.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThread>

#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace wgdesk::app {

struct DispatcherOptions
{
    int maxInFlight = 6; // QNetworkAccessManager's connections per HTTP/1.1 host
    int windowSize = 1000;
    int flushIntervalMs = 50;
    int flushBatch = 256;
    int watchIntervalMs = 250;
    qint64 giveUpAfterMs = qint64(24) * 3600 * 1000;
    // One pass, for a wgdeskctl edit made while no monitor runs: only the entities that have an
    // event after `singlePassAfterId` are delivered, each event is attempted at most once (a
    // failure stops its entity), and the pass ends when nothing is left or after deadlineMs.
    bool singlePass = false;
    qint64 singlePassAfterId = 0;
    int deadlineMs = 10000;
};

// What the tray and the status bar show.
struct DeliveryQueueState
{
    bool enabled = false; // a URL is set
    qint64 pending = 0;
    qint64 failed = 0;
    int inFlight = 0;
    QString lastError;
    QDateTime lastErrorAt;
    QDateTime lastDeliveredAt;
};

class WebhookDispatcher final : public QObject
{
    Q_OBJECT

public:
    explicit WebhookDispatcher(QString databasePath, DispatcherOptions options = {},
                               QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    // Single pass: how it went.
    [[nodiscard]] int delivered() const { return m_delivered; }
    [[nodiscard]] int failedAttempts() const { return m_failedAttempts; }
    [[nodiscard]] int leftPending() const { return m_leftPending; }
    [[nodiscard]] QString lastError() const { return m_state.lastError; }

public Q_SLOTS:
    void start();
    void wake(); // look for new events and changed settings now
    void stop(); // aborts what is in flight (it stays pending) and writes back all results

Q_SIGNALS:
    void stateChanged(const wgdesk::app::DeliveryQueueState &state);
    void attempted(qint64 id, bool delivered, int httpStatus, const QString &error);
    void problem(const QString &sentence); // the database could not be read or written
    void finished();                       // a single pass is over (or could not start)

private:
    struct Entry
    {
        OutboxEvent event;
        QString key; // entity + identifier
        bool inFlight = false;
        bool attemptedThisPass = false;
        bool blockedThisPass = false;
    };
    struct Result
    {
        qint64 id = 0;
        bool delivered = false;
        bool giveUp = false;
        int httpStatus = 0;
        QString error;
        QDateTime nextAttemptAt;
    };

    void watch();
    bool reloadSettings();
    void refill();
    void addToWindow(const OutboxEvent &event);
    void dispatch();
    void send(Entry &entry);
    void onFinished(qint64 id, QNetworkReply *reply);
    void flush();
    void scheduleFlush();
    void emitState(bool force);
    void finishPass();

    QString m_databasePath;
    DispatcherOptions m_options;
    std::unique_ptr<Store> m_store;
    QNetworkAccessManager *m_network = nullptr;
    WebhookSettings m_settings;
    QList<QSslCertificate> m_extraCas;
    bool m_settingsUsable = false;
    qint64 m_dataVersion = -1;
    bool m_started = false;
    bool m_stopping = false;
    bool m_finished = false;

    std::map<qint64, Entry> m_window; // by id: the order of recording
    qint64 m_cursor = 0;              // every pending event with id <= cursor is in m_window
    bool m_exhausted = false;         // the last load found nothing more after the cursor
    QSet<qint64> m_unflushedDone;     // delivered or given up, not yet written back
    QList<Result> m_results;
    QHash<QNetworkReply *, qint64> m_replies;

    QTimer *m_watchTimer = nullptr;
    QTimer *m_dueTimer = nullptr;
    QTimer *m_flushTimer = nullptr;
    QDateTime m_lastPrune;
    qint64 m_lastStateMs = 0;
    DeliveryQueueState m_state;

    int m_delivered = 0;
    int m_failedAttempts = 0;
    int m_leftPending = 0;
};

// Runs a WebhookDispatcher on a thread of its own; stops it (writing back every result) when
// destroyed. Connect to dispatcher() with queued connections.
class WebhookDispatcherThread final
{
public:
    explicit WebhookDispatcherThread(const QString &databasePath, DispatcherOptions options = {});
    ~WebhookDispatcherThread();
    WebhookDispatcherThread(const WebhookDispatcherThread &) = delete;
    WebhookDispatcherThread &operator=(const WebhookDispatcherThread &) = delete;

    [[nodiscard]] WebhookDispatcher *dispatcher() const { return m_dispatcher; }
    void start();

private:
    QThread m_thread;
    WebhookDispatcher *m_dispatcher = nullptr;
};

// The test event of the contract ({"event":"test","entity":"webhook","identifier":"test",...}),
// sent once with these settings, without the outbox; `done` gets the result on `network`'s
// thread.
void sendTestWebhook(QNetworkAccessManager &network, const WebhookSettings &settings,
                     const std::function<void(const AttemptResult &)> &done);
QJsonObject testWebhookBody();

} // namespace wgdesk::app

Q_DECLARE_METATYPE(wgdesk::app::DeliveryQueueState)
