// The wg-quick configuration a peer's own device needs, for a peer whose key pair WG Desk
// generated: its private key and addresses, the interface's DNS, and the interface as its peer.
// This text hands a private key to its owner, so it is shown only when asked for.
#pragma once

#include "Domain.h"

#include <QString>

#include <optional>
#include <vector>

namespace wgdesk::app {

// The .conf text; on failure (no private key stored, no external endpoint) returns an empty
// string and *error says what is missing.
QString clientConfig(const Interface &interface, const Peer &peer, QString *error);

// A QR code's modules, without the quiet zone: one encoding for the terminal and the GUI.
struct QrCode
{
    int size = 0;              // modules per side
    std::vector<bool> modules; // row by row, size * size entries; true = dark
    // Outside the code (the quiet zone) is light.
    [[nodiscard]] bool dark(int x, int y) const;
};

// `text` as UTF-8 bytes in a QR code (error correction level L, for the most capacity); none
// if it is too long for one (more than 2953 bytes).
std::optional<QrCode> qrCode(const QString &text);

// `text` as a QR code drawn with UTF-8 half blocks (two modules per character cell, with the
// quiet zone), for a terminal; empty if the text is too long for a QR code.
QString qrForTerminal(const QString &text);

} // namespace wgdesk::app
