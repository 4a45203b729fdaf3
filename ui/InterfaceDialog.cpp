#include "InterfaceDialog.h"

#include "KeyTools.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace wgdesk::ui {

namespace {

// "51820", "0xca6c" or empty (none); nullopt when it is neither.
std::optional<quint32> parseFirewallMark(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return 0;
    bool ok = false;
    const qulonglong value = trimmed.startsWith(u"0x"_s, Qt::CaseInsensitive)
                                 ? trimmed.mid(2).toULongLong(&ok, 16)
                                 : trimmed.toULongLong(&ok, 10);
    if (!ok || value > 0xffffffffULL)
        return std::nullopt;
    return static_cast<quint32>(value);
}

} // namespace

InterfaceDialog::InterfaceDialog(QWidget *parent)
    : EditDialog(parent)
{
    setWindowTitle(tr("New Interface"));
    okButton()->setText(tr("&Create"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("wg0"));
    m_name->setToolTip(tr("The Linux interface name: 1 to 15 letters, digits or _ = + . -"));
    addRow(tr("&Name:"), m_name);

    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(u"displayName"_s);
    m_displayName->setPlaceholderText(tr("Optional, e.g. Office gateway"));
    addRow(tr("&Display name:"), m_displayName);

    m_privateKey = createKeyEdit(u"privateKey"_s, true);
    m_generate = new QPushButton(themeIcon(u"password-generate"_s, QStyle::SP_BrowserReload),
                                 tr("&Generate"), this);
    m_generate->setObjectName(u"generatePrivateKey"_s);
    m_generate->setToolTip(tr("Replace the private key with a new random one"));
    m_generate->setAutoDefault(false);
    connect(m_generate, &QPushButton::clicked, this,
            [this] { m_privateKey->setText(app::generatePrivateKey()); });
    addRow(tr("&Private key:"), m_privateKey, {m_generate});

    m_publicKey = createKeyEdit(u"publicKey"_s, false);
    m_publicKey->setReadOnly(true);
    m_publicKey->setPlaceholderText(tr("Follows from the private key"));
    m_publicKey->setToolTip(tr("Give this key to the peers of this interface"));
    addRow(tr("P&ublic key:"), m_publicKey);

    m_listenPort = new QSpinBox(this);
    m_listenPort->setObjectName(u"listenPort"_s);
    m_listenPort->setRange(0, 65535);
    m_listenPort->setSpecialValueText(tr("random"));
    m_listenPort->setValue(51820);
    m_listenPort->setToolTip(tr("The UDP port peers connect to; 0 lets the kernel choose"));
    addRow(tr("&Listen port:"), m_listenPort);

    m_addresses = new QLineEdit(this);
    m_addresses->setObjectName(u"addresses"_s);
    m_addresses->setPlaceholderText(tr("10.0.0.1/24, fd00::1/64"));
    m_addresses->setToolTip(
        tr("This host's addresses on the tunnel, with prefix length, separated by commas"));
    addRow(tr("&Addresses:"), m_addresses);

    m_mtu = new QSpinBox(this);
    m_mtu->setObjectName(u"mtu"_s);
    m_mtu->setRange(0, 65535);
    m_mtu->setSpecialValueText(tr("default"));
    addRow(tr("&MTU:"), m_mtu);

    m_firewallMark = new QLineEdit(this);
    m_firewallMark->setObjectName(u"firewallMark"_s);
    m_firewallMark->setPlaceholderText(tr("none"));
    m_firewallMark->setToolTip(tr("A number, decimal or hexadecimal with 0x, e.g. 0xca6c"));
    addRow(tr("&Firewall mark:"), m_firewallMark);

    m_dns = new QLineEdit(this);
    m_dns->setObjectName(u"dns"_s);
    m_dns->setPlaceholderText(tr("10.0.0.1, office.lan"));
    m_dns->setToolTip(tr("DNS servers and search domains for wg-quick, separated by commas"));
    addRow(tr("DN&S servers:"), m_dns);

    m_externalEndpoint = new QLineEdit(this);
    m_externalEndpoint->setObjectName(u"externalEndpoint"_s);
    m_externalEndpoint->setPlaceholderText(tr("vpn.example.com:51820"));
    m_externalEndpoint->setToolTip(
        tr("The host:port peers use to reach this interface; needed for client configurations"));
    addRow(tr("&External endpoint:"), m_externalEndpoint);

    m_bringUp = new QCheckBox(tr("&Bring the interface up"), this);
    m_bringUp->setObjectName(u"bringUp"_s);
    m_bringUp->setChecked(true);
    form()->addRow(QString(), m_bringUp);

    addField(u"Identifier"_s, m_name);
    addField(u"PrivateKey"_s, m_privateKey);
    addField(u"ListenPort"_s, m_listenPort);
    addField(u"Addresses"_s, m_addresses);
    addField(u"Mtu"_s, m_mtu);
    addField(u"FirewallMark"_s, m_firewallMark);
    addField(u"DNS"_s, m_dns);
    addField(u"ExternalEndpoint"_s, m_externalEndpoint);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_displayName),
          static_cast<QWidget *>(m_privateKey), static_cast<QWidget *>(m_listenPort),
          static_cast<QWidget *>(m_addresses), static_cast<QWidget *>(m_mtu),
          static_cast<QWidget *>(m_firewallMark), static_cast<QWidget *>(m_dns),
          static_cast<QWidget *>(m_externalEndpoint)})
        watch(widget);
    connect(m_privateKey, &QLineEdit::textChanged, this, &InterfaceDialog::updatePublicKey);
    chainTabOrder({m_name, m_displayName, m_privateKey, m_generate, m_publicKey, m_listenPort,
                   m_addresses, m_mtu, m_firewallMark, m_dns, m_externalEndpoint, m_bringUp});

    m_privateKey->setText(app::generatePrivateKey());
    revalidate();
}

void InterfaceDialog::setInterface(const app::Interface &interface)
{
    m_original = interface;
    m_editing = true;
    setWindowTitle(tr("Edit Interface %1").arg(interface.identifier));
    okButton()->setText(tr("&Save"));
    m_name->setText(interface.identifier);
    m_name->setReadOnly(true);
    m_name->setToolTip(tr("An interface cannot be renamed"));
    m_displayName->setText(interface.displayName);
    m_privateKey->setText(interface.privateKey);
    m_listenPort->setValue(interface.listenPort);
    m_addresses->setText(interface.addresses.join(u", "_s));
    m_mtu->setValue(interface.mtu);
    // Shown as `wg show` prints it.
    m_firewallMark->setText(interface.firewallMark == 0
                                ? QString()
                                : u"0x"_s + QString::number(interface.firewallMark, 16));
    m_dns->setText(interface.dns.join(u", "_s));
    m_externalEndpoint->setText(interface.externalEndpoint);
    form()->setRowVisible(m_bringUp, false);
    resetTouched();
    revalidate();
    m_displayName->setFocus(Qt::OtherFocusReason);
}

app::Interface InterfaceDialog::interface() const
{
    app::Interface result = m_original;
    result.identifier = m_name->text().trimmed();
    result.displayName = m_displayName->text().trimmed();
    result.privateKey = m_privateKey->text().trimmed();
    result.publicKey = app::publicKeyFor(result.privateKey);
    result.listenPort = m_listenPort->value();
    result.addresses = splitList(m_addresses->text());
    result.mtu = m_mtu->value();
    result.firewallMark = parseFirewallMark(m_firewallMark->text()).value_or(0);
    result.dns = splitList(m_dns->text());
    result.externalEndpoint = m_externalEndpoint->text().trimmed();
    return result;
}

bool InterfaceDialog::bringUp() const
{
    return !m_editing && m_bringUp->isChecked();
}

app::Problems InterfaceDialog::currentProblems() const
{
    app::Problems problems = app::validateInterface(interface());
    if (m_privateKey->text().trimmed().isEmpty())
        problems.append({u"PrivateKey"_s,
                         tr("Private key: it is empty; paste the interface's key or press "
                            "Generate."),
                         false});
    if (!parseFirewallMark(m_firewallMark->text()))
        problems.append({u"FirewallMark"_s,
                         tr("Firewall mark: “%1” is not a number from 0 to 4294967295 "
                            "(decimal, or hexadecimal with 0x).")
                             .arg(m_firewallMark->text().trimmed()),
                         false});
    return problems;
}

void InterfaceDialog::updatePublicKey()
{
    m_publicKey->setText(app::publicKeyFor(m_privateKey->text()));
}

} // namespace wgdesk::ui
