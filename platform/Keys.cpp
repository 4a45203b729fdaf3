#include "Keys.h"

#include <sodium.h>

namespace wgdesk::platform::keys {

bool initialize()
{
    return sodium_init() >= 0;
}

Key clamped(Key key)
{
    key.bytes[0] &= 248;
    key.bytes[31] = static_cast<std::uint8_t>((key.bytes[31] & 127) | 64);
    return key;
}

Key generatePrivateKey()
{
    Key key;
    randombytes_buf(key.bytes.data(), key.bytes.size());
    return clamped(key);
}

Key publicKey(const Key &privateKey)
{
    Key result;
    if (crypto_scalarmult_curve25519_base(result.bytes.data(), privateKey.bytes.data()) != 0)
        result = Key{}; // only for degenerate (all-zero) private keys
    return result;
}

Key generatePresharedKey()
{
    Key key;
    randombytes_buf(key.bytes.data(), key.bytes.size());
    return key;
}

} // namespace wgdesk::platform::keys
