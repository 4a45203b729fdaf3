// The dialog that adds a peer to an interface or edits one.
#pragma once

#include "EditDialog.h"

#include <QList>

#include <vector>

class QComboBox;
class QPlainTextEdit;
class QRadioButton;

namespace wgdesk::ui {

class PeerDialog final : public EditDialog
{
    Q_OBJECT

public:
    // A new peer of `interface`. `otherPeers` are its other peers (duplicate keys are refused,
    // overlapping allowed IPs warned about); `users` fill the Owner choice.
    PeerDialog(const app::Interface &interface, std::vector<app::Peer> otherPeers,
               QList<app::User> users, QWidget *parent = nullptr);

    // Edits `peer`: its public key is read-only, and fields the dialog does not show are kept.
    void setPeer(const app::Peer &peer);
    // The record the form holds (valid once the dialog was accepted), with the generated key
    // pair when WG Desk generates it.
    [[nodiscard]] app::Peer peer() const;
    // The next free host address of the interface's first IPv4 network, e.g. "10.0.0.3/32";
    // empty when none fits.
    [[nodiscard]] static QString suggestAddress(const app::Interface &interface,
                                                const std::vector<app::Peer> &others);

protected:
    [[nodiscard]] app::Problems currentProblems() const override;

private:
    void updateKeyChoice();
    void selectOwner(const QString &identifier);

    app::Interface m_interface;
    QString m_interfacePublicKey;
    std::vector<app::Peer> m_others;
    app::Peer m_original;
    bool m_editing = false;
    QString m_generatedPrivateKey;
    QString m_generatedPublicKey;
    QString m_typedPublicKey; // kept while the generated key is shown
    QDateTime m_disabledAt;   // when the operator unchecked Enabled
    int m_keyChoiceRow = -1;

    QLineEdit *m_displayName = nullptr;
    QRadioButton *m_generateKeys = nullptr;
    QRadioButton *m_usePublicKey = nullptr;
    QLineEdit *m_publicKey = nullptr;
    QLineEdit *m_presharedKey = nullptr;
    QPushButton *m_generatePresharedKey = nullptr;
    QPushButton *m_clearPresharedKey = nullptr;
    QLineEdit *m_allowedIps = nullptr;
    QLineEdit *m_addresses = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QSpinBox *m_keepalive = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_checkAddress = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_enabled = nullptr;
};

} // namespace wgdesk::ui
