#include "WireGuardBackend.h"

#include <QCoreApplication>
#include <QLocale>

namespace wgdesk::platform {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WireGuardBackend", text);
}

} // namespace

bool isValidInterfaceName(const QString &name, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (name.isEmpty())
        return fail(tr("Interface name: it is empty; give 1 to 15 characters."));
    if (name.size() > 15)
        return fail(tr("Interface name: “%1” is %2 characters long; Linux allows at "
                       "most 15.")
                        .arg(name)
                        .arg(name.size()));
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return fail(tr("Interface name: “%1” is reserved.").arg(name));
    for (const QChar c : name) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                             || (c >= u'0' && c <= u'9') || c == u'_' || c == u'=' || c == u'+'
                             || c == u'.' || c == u'-';
        if (!allowed)
            return fail(tr("Interface name: “%1” contains “%2”; only letters, "
                           "digits and _ = + . - are allowed.")
                            .arg(name, c));
    }
    return true;
}

QString ApplyReport::describe(const DeviceChange &change) const
{
    const QLocale locale;
    const auto total = static_cast<qlonglong>(change.peers.size());
    if (ok())
        return tr("Applied all %1 peer changes to %2.")
            .arg(locale.toString(total), change.name);
    QString text = error.message;
    if (messagesSent > 0) {
        text += u' '
                + tr("Applied before the failure: %1 of %2 peer changes%3%4.")
                      .arg(locale.toString(peersApplied), locale.toString(total))
                      .arg(partialPeerAllowedIps > 0
                               ? tr(" (and %1 allowed IPs of the next)")
                                     .arg(locale.toString(partialPeerAllowedIps))
                               : QString())
                      .arg(deviceFieldsApplied ? tr(", and the interface's own settings")
                                               : QString());
    }
    if (failedMessagePeers > 0)
        text += u' '
                + tr("The refused request held the next %1 peer changes: WireGuard applies them "
                     "in order up to the one it refuses, so the ones before it are in effect. "
                     "Nothing after that request was sent.")
                      .arg(locale.toString(failedMessagePeers));
    else if (messagesSent == 0)
        text += u' ' + tr("Nothing was applied.");
    return text;
}

} // namespace wgdesk::platform
