#include "KeyTools.h"

#include "Keys.h"
#include "WireGuardTypes.h"

namespace wgdesk::app {

QString generatePrivateKey()
{
    return platform::keys::generatePrivateKey().toBase64();
}

QString publicKeyFor(const QString &privateKeyBase64)
{
    const auto key = platform::Key::fromBase64(privateKeyBase64);
    if (!key)
        return {};
    return platform::keys::publicKey(*key).toBase64();
}

QString generatePresharedKey()
{
    return platform::keys::generatePresharedKey().toBase64();
}

} // namespace wgdesk::app
