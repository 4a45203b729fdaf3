// Validation of what an operator enters, with a message that names the field and the reason.
// Nothing is applied or stored until a record has no errors; warnings are shown but allowed.
#pragma once

#include "Domain.h"

#include <QList>
#include <QString>

#include <vector>

namespace wgdesk::app {

struct FieldProblem
{
    QString field;   // the payload's field name, e.g. "ListenPort", "AllowedIPs"
    QString message; // a sentence that starts with the field's label and says why
    bool warning = false;

    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

using Problems = QList<FieldProblem>;

[[nodiscard]] bool hasErrors(const Problems &problems);
// All error messages, one per line (warnings left out).
[[nodiscard]] QString errorText(const Problems &problems);

// Single values. Each returns an empty string when valid, else the sentence.
QString checkKey(const QString &label, const QString &base64);
QString checkCidr(const QString &label, const QString &text, bool allowHostBits);
QString checkEndpoint(const QString &label, const QString &text); // host:port, [v6]:port
QString checkPort(const QString &label, int port, bool allowZero);
QString checkMtu(const QString &label, int mtu, bool hasIpv6);
QString checkInterfaceName(const QString &label, const QString &name);
QString checkUserIdentifier(const QString &label, const QString &identifier);

Problems validateUser(const User &user);
Problems validateInterface(const Interface &interface);
// `others` are the other peers of the same interface: duplicate keys are errors, overlapping
// allowed IPs warnings. `interfacePublicKey` may be empty.
Problems validatePeer(const Peer &peer, const std::vector<Peer> &others,
                      const QString &interfacePublicKey = {});

} // namespace wgdesk::app
