// WireGuard key material (X25519 through libsodium), as `wg genkey`, `wg pubkey` and
// `wg genpsk` make it.
#pragma once

#include "WireGuardTypes.h"

namespace wgdesk::platform::keys {

// False when libsodium could not initialise (no entropy source); nothing else works then.
bool initialize();

// 32 random bytes, clamped for Curve25519 (as the kernel stores it, so round trips compare).
Key generatePrivateKey();
// The public key of a private key: X25519(key, 9).
Key publicKey(const Key &privateKey);
// 32 random bytes, not clamped.
Key generatePresharedKey();
// Curve25519 clamping: k[0] &= 248; k[31] = (k[31] & 127) | 64.
Key clamped(Key key);

} // namespace wgdesk::platform::keys
