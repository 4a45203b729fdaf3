// The webhook settings of webhooks.md (url, secret, timeout, ca_file), kept in the database so
// that the GUI, wgdeskctl and `wgdeskctl monitor` share them, and the request every delivery
// (and the test event) is built from.
//
// The secret is a credential: it is sent only as the Authorization header and never shown,
// logged or put in --json output. TLS certificates are always verified.
#pragma once

#include "Validation.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkReply;
class QNetworkRequest;

namespace wgdesk::app {

class Store;

struct WebhookSettings
{
    static constexpr int defaultTimeoutSeconds = 10; // WireGuard Portal's default
    static constexpr int maxTimeoutSeconds = 300;

    QString url;    // empty = webhooks off
    QString secret; // empty = no Authorization header
    int timeoutSeconds = defaultTimeoutSeconds;
    QString caFile; // PEM with extra CAs to trust; empty = the system's CAs only

    [[nodiscard]] bool enabled() const { return !url.isEmpty(); }

    // Reads them from the store (defaults for what is unset).
    static std::optional<WebhookSettings> load(const Store &store, QString *error);
    // Validates, then stores all four in one transaction; nothing is stored when invalid.
    // Problems name the field (URL, Timeout, CA file); a plain http:// URL is a warning.
    Problems save(Store &store, QString *error) const;
    [[nodiscard]] Problems validate() const;

    friend bool operator==(const WebhookSettings &, const WebhookSettings &) = default;
};

// The settings' keys in the settings table.
namespace webhookKeys {
inline constexpr char16_t url[] = u"webhook.url";
inline constexpr char16_t secret[] = u"webhook.secret";
inline constexpr char16_t timeout[] = u"webhook.timeout";
inline constexpr char16_t caFile[] = u"webhook.ca_file";
} // namespace webhookKeys

// Reads the CA certificates of a PEM file; nullopt and a sentence naming the field when the
// file cannot be read or holds none.
std::optional<QList<QSslCertificate>> loadCaFile(const QString &path, QString *error);

// One POST of the contract: Content-Type, Authorization (verbatim, only when set),
// X-WGDesk-Delivery, TLS verification with the system's CAs plus ca_file's, redirects not
// followed (a 3xx is a failed attempt).
QNetworkRequest webhookRequest(const WebhookSettings &settings,
                               const QList<QSslCertificate> &extraCas, const QString &deliveryId);

// The outcome of one attempt, as the delivery log shows it.
struct AttemptResult
{
    bool delivered = false;
    int httpStatus = 0;    // 0 when there was no HTTP answer
    QString error;         // a sentence; empty when delivered
    int retryAfterSeconds = -1; // from a 429 or 503 answer's Retry-After; -1 = none
};

// Classifies a finished reply. `timedOut` is set when WG Desk aborted it at the timeout.
AttemptResult attemptResult(QNetworkReply *reply, bool timedOut, int timeoutSeconds,
                            const QString &sslErrors);

// Retry-After as seconds from `now` (delta-seconds or an HTTP date); -1 when absent or invalid.
int parseRetryAfter(const QByteArray &value, const QDateTime &now);

// The delay before attempt `attempts + 1` after `attempts` failed ones: 1 s, 2 s, 4 s, ...
// capped at 5 min, each scaled by a random factor in [0.8, 1.2) so that many waiting events do
// not all come back in the same instant.
qint64 backoffMs(int attempts);

} // namespace wgdesk::app
