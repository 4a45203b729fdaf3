// WireGuard keys as base64 text, for the widgets: the ui layer may not include platform headers.
#pragma once

#include <QString>

namespace wgdesk::app {

// A new private key (clamped), as `wg genkey` prints it.
QString generatePrivateKey();
// The public key of a base64 private key; empty when the text is not a valid key.
QString publicKeyFor(const QString &privateKeyBase64);
// A new preshared key, as `wg genpsk` prints it.
QString generatePresharedKey();

} // namespace wgdesk::app
