#include "PeerDialog.h"

#include "KeyTools.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace wgdesk::ui {

namespace {

struct Ipv4Prefix
{
    quint32 address = 0;
    int length = 0;
};

// "10.0.0.2/32" or "10.0.0.2"; nullopt for IPv6 or anything else.
std::optional<Ipv4Prefix> parseIpv4(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(u'/');
    const QHostAddress address(slash < 0 ? trimmed : trimmed.left(slash));
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;
    int length = 32;
    if (slash >= 0) {
        bool ok = false;
        length = trimmed.mid(slash + 1).toInt(&ok);
        if (!ok || length < 0 || length > 32)
            return std::nullopt;
    }
    return Ipv4Prefix{address.toIPv4Address(), length};
}

quint32 maskOf(int length)
{
    return length == 0 ? 0 : ~quint32(0) << (32 - length);
}

QString userLabel(const app::User &user)
{
    const QString name = QStringList{user.firstname, user.lastname}.join(u' ').trimmed();
    return name.isEmpty() ? user.identifier : PeerDialog::tr("%1 (%2)").arg(name, user.identifier);
}

} // namespace

PeerDialog::PeerDialog(const app::Interface &interface, std::vector<app::Peer> otherPeers,
                       QList<app::User> users, QWidget *parent)
    : EditDialog(parent)
    , m_interface(interface)
    , m_others(std::move(otherPeers))
{
    m_interfacePublicKey = interface.publicKey.isEmpty() ? app::publicKeyFor(interface.privateKey)
                                                         : interface.publicKey;
    setWindowTitle(tr("New Peer of %1").arg(interface.identifier));
    okButton()->setText(tr("&Add"));

    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(u"displayName"_s);
    m_displayName->setPlaceholderText(tr("e.g. Alice's laptop"));
    addRow(tr("&Display name:"), m_displayName);

    m_generateKeys = new QRadioButton(
        tr("Generate a key &pair (WG Desk can then give the peer its configuration)"), this);
    m_generateKeys->setObjectName(u"generateKeys"_s);
    m_usePublicKey = new QRadioButton(tr("Use the peer's public &key"), this);
    m_usePublicKey->setObjectName(u"usePublicKey"_s);
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_generateKeys);
    choice->addButton(m_usePublicKey);
    m_generateKeys->setChecked(true);
    auto *choiceBox = new QVBoxLayout;
    choiceBox->addWidget(m_generateKeys);
    choiceBox->addWidget(m_usePublicKey);
    form()->addRow(tr("Keys:"), choiceBox);
    m_keyChoiceRow = form()->rowCount() - 1;

    m_publicKey = createKeyEdit(u"publicKey"_s, false);
    m_publicKey->setToolTip(tr("The public key of the peer's device (wg pubkey)"));
    addRow(tr("P&ublic key:"), m_publicKey);

    m_presharedKey = createKeyEdit(u"presharedKey"_s, true);
    m_presharedKey->setToolTip(tr("Optional: a second, symmetric key both sides share"));
    m_presharedKey->setPlaceholderText(tr("None"));
    m_generatePresharedKey = new QPushButton(
        themeIcon(u"password-generate"_s, QStyle::SP_BrowserReload), tr("&Generate"), this);
    m_generatePresharedKey->setObjectName(u"generatePresharedKey"_s);
    m_generatePresharedKey->setAutoDefault(false);
    m_clearPresharedKey = new QPushButton(
        themeIcon(u"edit-clear"_s, QStyle::SP_LineEditClearButton), tr("C&lear"), this);
    m_clearPresharedKey->setObjectName(u"clearPresharedKey"_s);
    m_clearPresharedKey->setAutoDefault(false);
    connect(m_generatePresharedKey, &QPushButton::clicked, this,
            [this] { m_presharedKey->setText(app::generatePresharedKey()); });
    connect(m_clearPresharedKey, &QPushButton::clicked, m_presharedKey, &QLineEdit::clear);
    addRow(tr("Pre&shared key:"), m_presharedKey, {m_generatePresharedKey, m_clearPresharedKey});

    m_allowedIps = new QLineEdit(this);
    m_allowedIps->setObjectName(u"allowedIps"_s);
    m_allowedIps->setPlaceholderText(tr("10.0.0.2/32, fd00::2/128"));
    m_allowedIps->setToolTip(
        tr("The networks routed to this peer, separated by commas; host bits must be zero"));
    addRow(tr("Allowed &IPs:"), m_allowedIps);

    m_addresses = new QLineEdit(this);
    m_addresses->setObjectName(u"addresses"_s);
    m_addresses->setPlaceholderText(tr("10.0.0.2/32"));
    m_addresses->setToolTip(
        tr("The peer's own addresses on the tunnel, written into its configuration"));
    addRow(tr("Add&resses:"), m_addresses);

    m_endpoint = new QLineEdit(this);
    m_endpoint->setObjectName(u"endpoint"_s);
    m_endpoint->setPlaceholderText(tr("None: the peer connects to this host"));
    m_endpoint->setToolTip(tr("host:port or [IPv6]:port where this host reaches the peer"));
    addRow(tr("&Endpoint:"), m_endpoint);

    m_keepalive = new QSpinBox(this);
    m_keepalive->setObjectName(u"keepalive"_s);
    m_keepalive->setRange(0, 65535);
    m_keepalive->setSpecialValueText(tr("off"));
    m_keepalive->setSuffix(tr(" s"));
    m_keepalive->setToolTip(
        tr("Send a keepalive this often, for peers behind NAT; 25 seconds is usual"));
    addRow(tr("Persistent keepali&ve:"), m_keepalive);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(u"owner"_s);
    m_owner->addItem(tr("(nobody)"), QString());
    for (const app::User &user : std::as_const(users))
        m_owner->addItem(userLabel(user), user.identifier);
    addRow(tr("&Owner:"), m_owner);

    m_checkAddress = new QLineEdit(this);
    m_checkAddress->setObjectName(u"checkAddress"_s);
    m_checkAddress->setPlaceholderText(tr("The first tunnel address"));
    m_checkAddress->setToolTip(tr("The address pinged to check that the peer is reachable"));
    addRow(tr("C&heck address:"), m_checkAddress);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(4 * fontMetrics().lineSpacing());
    addRow(tr("&Notes:"), m_notes);

    m_enabled = new QCheckBox(tr("Ena&bled"), this);
    m_enabled->setObjectName(u"enabled"_s);
    m_enabled->setChecked(true);
    m_enabled->setToolTip(tr("A disabled peer is kept here but removed from the interface"));
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            m_disabledAt = QDateTime::currentDateTimeUtc();
    });
    form()->addRow(QString(), m_enabled);

    addField(u"PublicKey"_s, m_publicKey);
    addField(u"PresharedKey"_s, m_presharedKey);
    addField(u"AllowedIPs"_s, m_allowedIps);
    addField(u"Addresses"_s, m_addresses);
    addField(u"Endpoint"_s, m_endpoint);
    addField(u"PersistentKeepalive"_s, m_keepalive);
    addField(u"UserIdentifier"_s, m_owner);
    addField(u"CheckAddress"_s, m_checkAddress);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_displayName, m_usePublicKey, m_publicKey, m_presharedKey, m_allowedIps, m_addresses,
             m_endpoint, m_keepalive, m_checkAddress, m_notes, m_enabled})
        watch(widget);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &PeerDialog::revalidate);
    connect(m_usePublicKey, &QRadioButton::toggled, this, &PeerDialog::updateKeyChoice);
    chainTabOrder({m_displayName, m_generateKeys, m_usePublicKey, m_publicKey, m_presharedKey,
                   m_generatePresharedKey, m_clearPresharedKey, m_allowedIps, m_addresses,
                   m_endpoint, m_keepalive, m_owner, m_checkAddress, m_notes, m_enabled});

    m_generatedPrivateKey = app::generatePrivateKey();
    m_generatedPublicKey = app::publicKeyFor(m_generatedPrivateKey);
    const QString suggestion = suggestAddress(m_interface, m_others);
    m_addresses->setText(suggestion);
    m_allowedIps->setText(suggestion);
    updateKeyChoice();
}

void PeerDialog::setPeer(const app::Peer &peer)
{
    m_original = peer;
    m_editing = true;
    // A caller may pass all peers of the interface: this one's own key is no duplicate.
    std::erase_if(m_others, [&peer](const app::Peer &p) { return p.publicKey == peer.publicKey; });
    setWindowTitle(
        tr("Edit Peer %1").arg(peer.displayName.isEmpty() ? peer.publicKey : peer.displayName));
    okButton()->setText(tr("&Save"));
    form()->setRowVisible(m_keyChoiceRow, false);
    m_publicKey->setReadOnly(true);
    m_publicKey->setText(peer.publicKey);
    m_publicKey->setToolTip(tr("A peer's key cannot be changed; remove the peer and add it "
                               "again to use another key"));
    m_displayName->setText(peer.displayName);
    m_presharedKey->setText(peer.presharedKey);
    m_allowedIps->setText(peer.allowedIps.join(u", "_s));
    m_addresses->setText(peer.addresses.join(u", "_s));
    m_endpoint->setText(peer.endpoint);
    m_keepalive->setValue(peer.persistentKeepalive);
    selectOwner(peer.userIdentifier);
    m_checkAddress->setText(peer.checkAddress);
    m_notes->setPlainText(peer.notes);
    m_enabled->setChecked(!peer.disabled.isValid());
    resetTouched();
    revalidate();
    m_displayName->setFocus(Qt::OtherFocusReason);
}

app::Peer PeerDialog::peer() const
{
    app::Peer result = m_original;
    result.interfaceIdentifier = m_interface.identifier;
    if (!m_editing && m_generateKeys->isChecked()) {
        result.privateKey = m_generatedPrivateKey;
        result.publicKey = m_generatedPublicKey;
    } else if (!m_editing) {
        result.privateKey.clear();
        result.publicKey = m_publicKey->text().trimmed();
    }
    result.displayName = m_displayName->text().trimmed();
    result.presharedKey = m_presharedKey->text().trimmed();
    result.allowedIps = splitList(m_allowedIps->text());
    result.addresses = splitList(m_addresses->text());
    result.endpoint = m_endpoint->text().trimmed();
    result.persistentKeepalive = m_keepalive->value();
    result.userIdentifier = m_owner->currentData().toString();
    result.checkAddress = m_checkAddress->text().trimmed();
    result.notes = m_notes->toPlainText();
    if (m_enabled->isChecked()) {
        result.disabled = QDateTime();
        result.disabledReason.clear();
    } else if (!result.disabled.isValid()) {
        result.disabled = m_disabledAt.isValid() ? m_disabledAt : QDateTime::currentDateTimeUtc();
    }
    return result;
}

QString PeerDialog::suggestAddress(const app::Interface &interface,
                                   const std::vector<app::Peer> &others)
{
    std::optional<Ipv4Prefix> network;
    for (const QString &address : interface.addresses) {
        if ((network = parseIpv4(address)))
            break;
    }
    // A /31 or /32 has no address to spare for a peer.
    if (!network || network->length > 30)
        return {};
    const quint32 mask = maskOf(network->length);
    const quint32 base = network->address & mask;
    const quint32 broadcast = base | ~mask;

    // Ranges taken inside the network: every tunnel address as a host, allowed IPs whole.
    std::vector<std::pair<quint32, quint32>> used;
    auto take = [&](const QString &text, bool asHost) {
        const auto prefix = parseIpv4(text);
        if (!prefix)
            return;
        const int length = asHost ? 32 : prefix->length;
        // A wider route (a gateway's 0.0.0.0/0) says nothing about the addresses handed out.
        if (length < network->length || (prefix->address & mask) != base)
            return;
        const quint32 start = prefix->address & maskOf(length);
        used.emplace_back(start, start | ~maskOf(length));
    };
    for (const QString &address : interface.addresses)
        take(address, true);
    for (const app::Peer &peer : others) {
        for (const QString &address : peer.addresses)
            take(address, true);
        for (const QString &ip : peer.allowedIps)
            take(ip, false);
    }
    std::sort(used.begin(), used.end());
    quint64 candidate = quint64(base) + 1;
    for (const auto &[start, end] : used) {
        if (start > candidate)
            break;
        candidate = std::max<quint64>(candidate, quint64(end) + 1);
    }
    if (candidate >= broadcast)
        return {};
    return QHostAddress(static_cast<quint32>(candidate)).toString() + u"/32"_s;
}

app::Problems PeerDialog::currentProblems() const
{
    return app::validatePeer(peer(), m_others, m_interfacePublicKey);
}

void PeerDialog::updateKeyChoice()
{
    if (m_editing)
        return;
    const bool generate = m_generateKeys->isChecked();
    if (generate) {
        if (m_publicKey->text() != m_generatedPublicKey)
            m_typedPublicKey = m_publicKey->text();
        m_publicKey->setText(m_generatedPublicKey);
        m_publicKey->setToolTip(tr("The public key of the key pair WG Desk generated"));
    } else {
        m_publicKey->setText(m_typedPublicKey);
        m_publicKey->setToolTip(tr("The public key of the peer's device (wg pubkey)"));
        m_publicKey->setFocus(Qt::OtherFocusReason);
    }
    m_publicKey->setReadOnly(generate);
    revalidate();
}

void PeerDialog::selectOwner(const QString &identifier)
{
    int index = m_owner->findData(identifier);
    // An owner that is no longer among the users is kept, not silently dropped.
    if (index < 0) {
        m_owner->addItem(identifier, identifier);
        index = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(index);
}

} // namespace wgdesk::ui
