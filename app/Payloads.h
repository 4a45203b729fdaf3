// The webhook payloads of webhooks.md, also used for `wgdeskctl --json`: PascalCase keys,
// times in RFC 3339 with the local UTC offset, and never a secret (no private or preshared key).
#pragma once

#include "Domain.h"

#include <QJsonObject>
#include <QJsonValue>

namespace wgdesk::app {

// RFC 3339 with the local offset and milliseconds; null for an invalid (unknown) time.
QJsonValue rfc3339(const QDateTime &time);
// The same for a time known to the nanosecond (kernel handshake times); null when sec == 0.
QJsonValue rfc3339(qint64 secondsSinceEpoch, qint64 nanoseconds);

QJsonObject userPayload(const User &user);
QJsonObject interfacePayload(const Interface &interface);
QJsonObject peerPayload(const Peer &peer);

// The envelope: exactly event, entity, identifier, payload.
QJsonObject envelope(const QString &event, const QString &entity, const QString &identifier,
                     const QJsonObject &payload);

} // namespace wgdesk::app
