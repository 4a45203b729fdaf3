#include "Payloads.h"

#include <QJsonArray>
#include <QTimeZone>

namespace wgdesk::app {

namespace {

QString offsetSuffix(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(QChar(offsetSeconds < 0 ? u'-' : u'+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QJsonValue rfc3339(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    const QDateTime local = time.toLocalTime();
    const int offset = local.offsetFromUtc();
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + offsetSuffix(offset);
}

QJsonValue rfc3339(qint64 secondsSinceEpoch, qint64 nanoseconds)
{
    if (secondsSinceEpoch == 0 && nanoseconds == 0)
        return QJsonValue::Null;
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch).toLocalTime();
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'.'
           + QStringLiteral("%1").arg(nanoseconds, 9, 10, QLatin1Char('0'))
           + offsetSuffix(local.offsetFromUtc());
}

QJsonObject userPayload(const User &user)
{
    return {
        {QStringLiteral("Identifier"), user.identifier},
        {QStringLiteral("Email"), user.email},
        {QStringLiteral("Firstname"), user.firstname},
        {QStringLiteral("Lastname"), user.lastname},
        {QStringLiteral("Phone"), user.phone},
        {QStringLiteral("Department"), user.department},
        {QStringLiteral("Notes"), user.notes},
        {QStringLiteral("IsAdmin"), user.isAdmin},
        {QStringLiteral("Disabled"), rfc3339(user.disabled)},
        {QStringLiteral("DisabledReason"), user.disabledReason},
        {QStringLiteral("CreatedAt"), rfc3339(user.createdAt)},
        {QStringLiteral("UpdatedAt"), rfc3339(user.updatedAt)},
        {QStringLiteral("CreatedBy"), user.createdBy},
        {QStringLiteral("UpdatedBy"), user.updatedBy},
    };
}

QJsonObject interfacePayload(const Interface &interface)
{
    return {
        {QStringLiteral("Identifier"), interface.identifier},
        {QStringLiteral("DisplayName"), interface.displayName},
        {QStringLiteral("PublicKey"), interface.publicKey},
        {QStringLiteral("ListenPort"), interface.listenPort},
        {QStringLiteral("Addresses"), QJsonArray::fromStringList(interface.addresses)},
        {QStringLiteral("Mtu"), interface.mtu},
        {QStringLiteral("FirewallMark"), static_cast<qint64>(interface.firewallMark)},
        {QStringLiteral("Disabled"), rfc3339(interface.disabled)},
        {QStringLiteral("CreatedAt"), rfc3339(interface.createdAt)},
        {QStringLiteral("UpdatedAt"), rfc3339(interface.updatedAt)},
        {QStringLiteral("CreatedBy"), interface.createdBy},
        {QStringLiteral("UpdatedBy"), interface.updatedBy},
    };
}

QJsonObject peerPayload(const Peer &peer)
{
    return {
        {QStringLiteral("Identifier"), peer.publicKey},
        {QStringLiteral("PublicKey"), peer.publicKey},
        {QStringLiteral("DisplayName"), peer.displayName},
        {QStringLiteral("UserIdentifier"), peer.userIdentifier},
        {QStringLiteral("InterfaceIdentifier"), peer.interfaceIdentifier},
        {QStringLiteral("Endpoint"), peer.endpoint},
        {QStringLiteral("AllowedIPsStr"), peer.allowedIps.join(QStringLiteral(","))},
        {QStringLiteral("Addresses"), QJsonArray::fromStringList(peer.addresses)},
        {QStringLiteral("PersistentKeepalive"), peer.persistentKeepalive},
        {QStringLiteral("Disabled"), rfc3339(peer.disabled)},
        {QStringLiteral("DisabledReason"), peer.disabledReason},
        {QStringLiteral("ExpiresAt"), rfc3339(peer.expiresAt)},
        {QStringLiteral("Notes"), peer.notes},
        {QStringLiteral("CreatedAt"), rfc3339(peer.createdAt)},
        {QStringLiteral("UpdatedAt"), rfc3339(peer.updatedAt)},
        {QStringLiteral("CreatedBy"), peer.createdBy},
        {QStringLiteral("UpdatedBy"), peer.updatedBy},
    };
}

QJsonObject envelope(const QString &event, const QString &entity, const QString &identifier,
                     const QJsonObject &payload)
{
    return {
        {QStringLiteral("event"), event},
        {QStringLiteral("entity"), entity},
        {QStringLiteral("identifier"), identifier},
        {QStringLiteral("payload"), payload},
    };
}

} // namespace wgdesk::app
