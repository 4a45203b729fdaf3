#include "WebhookDispatcher.h"

#include "Payloads.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace wgdesk::app {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WebhookDispatcher", text);
}

const char TimedOutProperty[] = "wgdesk.timedOut";
const char SslErrorsProperty[] = "wgdesk.sslErrors";
constexpr qint64 PruneAfterDays = 30;

// Sends one request with the contract's timeout, recording TLS errors for the result's
// sentence; `finished` is called exactly once.
QNetworkReply *post(QNetworkAccessManager &network, const WebhookSettings &settings,
                    const QList<QSslCertificate> &extraCas, const QString &deliveryId,
                    const QByteArray &body)
{
    QNetworkReply *reply = network.post(webhookRequest(settings, extraCas, deliveryId), body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        texts.removeDuplicates();
        reply->setProperty(SslErrorsProperty, texts.join(u"; "_s));
    });
    // A child of the reply, so it goes with it: a QTimer::singleShot with the reply as context
    // outlives the reply until it fires (Qt 6.4), which kept rate x timeout timers alive and
    // made memory grow with throughput (found by BenchWebhooks).
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply] {
        if (reply->isRunning()) {
            reply->setProperty(TimedOutProperty, true);
            reply->abort();
        }
    });
    timer->start(settings.timeoutSeconds * 1000);
    return reply;
}

AttemptResult resultOf(QNetworkReply *reply, int timeoutSeconds)
{
    return attemptResult(reply, reply->property(TimedOutProperty).toBool(), timeoutSeconds,
                         reply->property(SslErrorsProperty).toString());
}

} // namespace

WebhookDispatcher::WebhookDispatcher(QString databasePath, DispatcherOptions options,
                                     QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_options(options)
{
    qRegisterMetaType<DeliveryQueueState>();
}

WebhookDispatcher::~WebhookDispatcher()
{
    stop();
}

void WebhookDispatcher::start()
{
    if (m_started)
        return;
    m_started = true;
    m_store = std::make_unique<Store>();
    QString error;
    if (!m_store->open(m_databasePath, &error)) {
        m_state.lastError = error;
        Q_EMIT problem(error);
        m_store.reset();
        finishPass();
        return;
    }
    m_network = new QNetworkAccessManager(this);
    m_network->setAutoDeleteReplies(false);
    m_watchTimer = new QTimer(this);
    m_watchTimer->setInterval(m_options.watchIntervalMs);
    connect(m_watchTimer, &QTimer::timeout, this, &WebhookDispatcher::watch);
    m_dueTimer = new QTimer(this);
    m_dueTimer->setSingleShot(true);
    connect(m_dueTimer, &QTimer::timeout, this, &WebhookDispatcher::dispatch);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(m_options.flushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &WebhookDispatcher::flush);

    m_dataVersion = m_store->dataVersion();
    reloadSettings();
    if (m_options.singlePass) {
        if (!m_settings.enabled()) {
            finishPass();
            return;
        }
        const auto events = m_store->pendingEventsOfEntitiesSince(m_options.singlePassAfterId,
                                                                  &error);
        if (!events) {
            m_state.lastError = error;
            Q_EMIT problem(error);
            finishPass();
            return;
        }
        for (const OutboxEvent &event : *events)
            addToWindow(event);
        m_exhausted = true;
        QTimer::singleShot(m_options.deadlineMs, this, [this] { finishPass(); });
    } else {
        refill();
        m_watchTimer->start();
    }
    emitState(true);
    dispatch();
}

void WebhookDispatcher::wake()
{
    if (m_started && !m_stopping && !m_options.singlePass)
        watch();
}

bool WebhookDispatcher::reloadSettings()
{
    QString error;
    std::optional<WebhookSettings> settings = WebhookSettings::load(*m_store, &error);
    if (!settings) {
        Q_EMIT problem(error);
        return false;
    }
    if (*settings == m_settings && m_state.enabled == settings->enabled())
        return false;
    m_settings = *settings;
    m_extraCas.clear();
    m_settingsUsable = m_settings.enabled();
    if (!m_settings.caFile.isEmpty()) {
        if (auto cas = loadCaFile(m_settings.caFile, &error)) {
            m_extraCas = *cas;
        } else {
            // Delivering without the CA would fail every attempt against a private CA and
            // count against the events' 24 hours; wait for a usable setting instead.
            m_settingsUsable = false;
            m_state.lastError = error;
            m_state.lastErrorAt = QDateTime::currentDateTime();
            Q_EMIT problem(error);
        }
    }
    m_state.enabled = m_settings.enabled();
    return true;
}

void WebhookDispatcher::watch()
{
    if (!m_store || m_stopping)
        return;
    const qint64 version = m_store->dataVersion();
    if (version == m_dataVersion && m_exhausted)
        return;
    const bool changed = version != m_dataVersion;
    m_dataVersion = version;
    if (changed) {
        if (reloadSettings()) {
            // Connections made with the old URL or CA must not be reused: QNetworkAccessManager
            // keeps a connection's TLS setup for as long as it caches it.
            m_network->clearConnectionCache();
            // A new URL, secret or CA deserves an attempt now, not after the old backoff.
            const QDateTime now = QDateTime::currentDateTime();
            for (auto &[id, entry] : m_window)
                entry.event.nextAttemptAt = now;
        }
        // Retries by hand (and events this window has not seen) that are due now.
        QString error;
        const QDateTime now = QDateTime::currentDateTime();
        if (const auto due = m_store->duePendingIds(m_cursor, now, &error)) {
            for (qint64 id : *due) {
                if (m_unflushedDone.contains(id))
                    continue;
                auto it = m_window.find(id);
                if (it != m_window.end()) {
                    if (it->second.event.nextAttemptAt > now)
                        it->second.event.nextAttemptAt = now;
                } else if (auto event = m_store->outboxEvent(id, &error)) {
                    addToWindow(*event);
                }
            }
        } else {
            Q_EMIT problem(error);
        }
        m_exhausted = false;
    }
    refill();
    emitState(false);
    dispatch();
}

void WebhookDispatcher::refill()
{
    if (m_exhausted || m_options.singlePass)
        return;
    const int room = m_options.windowSize - static_cast<int>(m_window.size());
    if (room < m_options.windowSize / 2 && !m_window.empty())
        return;
    QString error;
    const auto events = m_store->pendingEventsBetween(m_cursor, std::numeric_limits<qint64>::max(),
                                                      room, &error);
    if (!events) {
        Q_EMIT problem(error);
        return;
    }
    for (const OutboxEvent &event : *events)
        addToWindow(event);
    if (!events->isEmpty())
        m_cursor = std::max(m_cursor, events->constLast().id);
    m_exhausted = events->size() < room;
}

void WebhookDispatcher::addToWindow(const OutboxEvent &event)
{
    Entry entry;
    entry.event = event;
    entry.key = event.entity + u'\x1f' + event.identifier;
    if (m_options.singlePass)
        m_cursor = std::max(m_cursor, event.id);
    m_window.emplace(event.id, std::move(entry));
}

void WebhookDispatcher::dispatch()
{
    if (!m_store || m_stopping || m_finished)
        return;
    if (!m_settingsUsable) {
        if (m_options.singlePass && m_replies.isEmpty())
            finishPass();
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime earliest;
    QSet<QString> seen;
    bool anythingLeft = false;
    for (auto &[id, entry] : m_window) {
        if (m_replies.size() >= m_options.maxInFlight) {
            anythingLeft = true;
            break;
        }
        if (seen.contains(entry.key))
            continue; // an earlier event of this entity goes first
        seen.insert(entry.key);
        if (entry.inFlight)
            continue;
        if (m_options.singlePass) {
            if (entry.attemptedThisPass)
                continue; // failed once: the entity waits for the monitor
            send(entry);
            anythingLeft = true;
            continue;
        }
        if (entry.event.nextAttemptAt.isValid() && entry.event.nextAttemptAt > now) {
            if (!earliest.isValid() || entry.event.nextAttemptAt < earliest)
                earliest = entry.event.nextAttemptAt;
            continue;
        }
        send(entry);
    }
    if (m_options.singlePass) {
        if (!anythingLeft && m_replies.isEmpty())
            finishPass();
        return;
    }
    if (earliest.isValid()) {
        const qint64 wait = std::max<qint64>(0, now.msecsTo(earliest));
        if (!m_dueTimer->isActive() || m_dueTimer->remainingTime() > wait)
            m_dueTimer->start(static_cast<int>(std::min<qint64>(wait + 1, 24 * 3600 * 1000)));
    }
    if (m_window.size() < static_cast<size_t>(m_options.windowSize / 2) && !m_exhausted) {
        refill();
        if (!m_window.empty() && m_replies.size() < m_options.maxInFlight)
            QMetaObject::invokeMethod(this, &WebhookDispatcher::dispatch, Qt::QueuedConnection);
    }
}

void WebhookDispatcher::send(Entry &entry)
{
    entry.inFlight = true;
    entry.attemptedThisPass = true;
    const QByteArray body = QJsonDocument(envelope(entry.event.event, entry.event.entity,
                                                   entry.event.identifier, entry.event.payload))
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = post(*m_network, m_settings, m_extraCas, entry.event.deliveryId, body);
    const qint64 id = entry.event.id;
    m_replies.insert(reply, id);
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { onFinished(id, reply); });
}

void WebhookDispatcher::onFinished(qint64 id, QNetworkReply *reply)
{
    reply->deleteLater();
    if (!m_replies.remove(reply))
        return; // aborted by stop()
    const auto it = m_window.find(id);
    if (it == m_window.end())
        return;
    Entry &entry = it->second;
    entry.inFlight = false;
    const AttemptResult attempt = resultOf(reply, m_settings.timeoutSeconds);
    const QDateTime now = QDateTime::currentDateTime();

    Result result;
    result.id = id;
    result.httpStatus = attempt.httpStatus;
    if (attempt.delivered) {
        result.delivered = true;
        ++m_delivered;
        m_state.lastDeliveredAt = now;
    } else {
        ++m_failedAttempts;
        result.error = attempt.error;
        result.giveUp = !m_options.singlePass
                        && entry.event.retrySince.msecsTo(now) >= m_options.giveUpAfterMs;
        const qint64 delay = attempt.retryAfterSeconds >= 0
                                 ? qint64(attempt.retryAfterSeconds) * 1000
                                 : backoffMs(entry.event.attempts + 1);
        result.nextAttemptAt = now.addMSecs(delay);
        m_state.lastError = attempt.error;
        m_state.lastErrorAt = now;
    }
    Q_EMIT attempted(id, attempt.delivered, attempt.httpStatus, attempt.error);
    m_results.append(result);
    if (result.delivered || result.giveUp) {
        m_window.erase(it);
        m_unflushedDone.insert(id);
    } else {
        entry.event.attempts += 1;
        entry.event.lastStatus = attempt.httpStatus;
        entry.event.lastError = attempt.error;
        entry.event.nextAttemptAt = result.nextAttemptAt;
    }
    scheduleFlush();
    dispatch();
}

void WebhookDispatcher::scheduleFlush()
{
    if (m_results.size() >= m_options.flushBatch)
        flush();
    else if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void WebhookDispatcher::flush()
{
    if (!m_store)
        return;
    if (!m_results.isEmpty()) {
        QString error;
        const bool written = m_store->transaction(
            [&](QString *err) {
                for (const Result &r : std::as_const(m_results)) {
                    const bool ok = r.delivered
                                        ? m_store->markDelivered(r.id, r.httpStatus, err)
                                        : m_store->recordFailedAttempt(r.id, r.httpStatus, r.error,
                                                                       r.nextAttemptAt, r.giveUp,
                                                                       err);
                    if (!ok)
                        return false;
                }
                return true;
            },
            &error);
        if (!written) {
            // Kept for the next flush: the answers are not lost while the database is busy.
            Q_EMIT problem(error);
            if (!m_stopping)
                m_flushTimer->start(1000);
            return;
        }
        m_results.clear();
        m_unflushedDone.clear();
        // (Our own commits do not change data_version, so the watch still sees other writers.)
    }
    const QDateTime now = QDateTime::currentDateTime();
    if (!m_options.singlePass && (!m_lastPrune.isValid() || m_lastPrune.secsTo(now) > 3600)) {
        m_lastPrune = now;
        QString error;
        m_store->pruneDelivered(now.addDays(-PruneAfterDays), &error);
    }
    emitState(false);
}

void WebhookDispatcher::emitState(bool force)
{
    if (!m_store)
        return;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (!force && nowMs - m_lastStateMs < 500)
        return;
    m_lastStateMs = nowMs;
    QString error;
    if (const auto counts = m_store->outboxCounts(&error)) {
        m_state.pending = counts->pending;
        m_state.failed = counts->failed;
    }
    m_state.inFlight = static_cast<int>(m_replies.size());
    Q_EMIT stateChanged(m_state);
}

void WebhookDispatcher::finishPass()
{
    if (m_finished)
        return;
    m_finished = true;
    stop();
    m_leftPending = 0;
    for (const auto &[id, entry] : m_window)
        if (id > m_options.singlePassAfterId)
            ++m_leftPending;
    Q_EMIT finished();
}

void WebhookDispatcher::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_watchTimer)
        m_watchTimer->stop();
    if (m_dueTimer)
        m_dueTimer->stop();
    // What is in flight stays pending (its attempt is not counted) and goes out next time.
    const auto replies = m_replies.keys();
    m_replies.clear();
    for (QNetworkReply *reply : replies) {
        reply->abort();
        reply->deleteLater();
    }
    flush();
    if (m_flushTimer)
        m_flushTimer->stop();
}

// ---- The thread ----------------------------------------------------------------------------

WebhookDispatcherThread::WebhookDispatcherThread(const QString &databasePath,
                                                 DispatcherOptions options)
{
    m_thread.setObjectName(u"wgdesk-webhooks"_s);
    m_dispatcher = new WebhookDispatcher(databasePath, options);
    m_dispatcher->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_dispatcher, &QObject::deleteLater);
}

void WebhookDispatcherThread::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_dispatcher, &WebhookDispatcher::start, Qt::QueuedConnection);
}

WebhookDispatcherThread::~WebhookDispatcherThread()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_dispatcher, &WebhookDispatcher::stop,
                                  Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_dispatcher;
    }
}

// ---- The test event ------------------------------------------------------------------------

QJsonObject testWebhookBody()
{
    const QJsonObject payload{
        {u"Message"_s, tr("This is a test event from WG Desk.")},
        {u"Host"_s, QHostInfo::localHostName()},
        {u"SentAt"_s, rfc3339(QDateTime::currentDateTime())},
    };
    return envelope(u"test"_s, u"webhook"_s, u"test"_s, payload);
}

void sendTestWebhook(QNetworkAccessManager &network, const WebhookSettings &settings,
                     const std::function<void(const AttemptResult &)> &done)
{
    QString error;
    QList<QSslCertificate> cas;
    if (!settings.caFile.isEmpty()) {
        auto loaded = loadCaFile(settings.caFile, &error);
        if (!loaded) {
            done(AttemptResult{false, 0, error, -1});
            return;
        }
        cas = *loaded;
    }
    QNetworkReply *reply =
        post(network, settings, cas, QUuid::createUuid().toString(QUuid::WithoutBraces),
             QJsonDocument(testWebhookBody()).toJson(QJsonDocument::Compact));
    const int timeout = settings.timeoutSeconds;
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, timeout, done] {
        reply->deleteLater();
        done(resultOf(reply, timeout));
    });
}

} // namespace wgdesk::app
