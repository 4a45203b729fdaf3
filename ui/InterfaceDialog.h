// The dialog that creates or edits a WireGuard interface.
#pragma once

#include "EditDialog.h"

class QCheckBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wgdesk::ui {

class InterfaceDialog final : public EditDialog
{
    Q_OBJECT

public:
    // A new interface, with a freshly generated private key.
    explicit InterfaceDialog(QWidget *parent = nullptr);

    // Edits `interface`: its name is read-only, and fields the dialog does not show are kept.
    void setInterface(const app::Interface &interface);
    // The record the form holds (valid once the dialog was accepted).
    [[nodiscard]] app::Interface interface() const;
    // Whether to bring a new interface up after creating it (false when editing).
    [[nodiscard]] bool bringUp() const;

protected:
    [[nodiscard]] app::Problems currentProblems() const override;

private:
    void updatePublicKey();

    app::Interface m_original;
    bool m_editing = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_privateKey = nullptr;
    QPushButton *m_generate = nullptr;
    QLineEdit *m_publicKey = nullptr;
    QSpinBox *m_listenPort = nullptr;
    QLineEdit *m_addresses = nullptr;
    QSpinBox *m_mtu = nullptr;
    QLineEdit *m_firewallMark = nullptr;
    QLineEdit *m_dns = nullptr;
    QLineEdit *m_externalEndpoint = nullptr;
    QCheckBox *m_bringUp = nullptr;
};

} // namespace wgdesk::ui
