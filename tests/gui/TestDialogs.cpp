// The admin window's edit dialogs: validation as you type, OK guarded, records returned as typed.
#include "InterfaceDialog.h"
#include "KeyTools.h"
#include "Keys.h"
#include "PeerDialog.h"
#include "UserDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wgdesk;

namespace {

template <typename T> T *child(const QWidget *dialog, const QString &name)
{
    T *widget = dialog->findChild<T *>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

QPushButton *okButton(const QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Replaces a field's text the way a user does: select everything, then type (or erase).
void enter(QWidget *widget, const QString &text)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        // A line break cannot be typed into a line edit, but it can be pasted.
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                edit->insert(u"\n"_s);
            QTest::keyClicks(edit, lines.at(i));
        }
    } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
        spin->selectAll();
        QTest::keyClicks(spin, text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        plain->selectAll();
        QTest::keyClicks(plain, text);
    } else {
        QFAIL("enter(): unsupported widget");
    }
}

QString newPublicKey()
{
    return app::publicKeyFor(app::generatePrivateKey());
}

// The dialog refuses: OK disabled, accept() keeps it open, the message names the field.
void verifyRefused(QDialog *dialog, bool acceptable, const QString &problemText,
                   const QString &label)
{
    QVERIFY2(!acceptable, qPrintable(problemText));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(problemText.contains(label), qPrintable(problemText));
}

app::Interface interfaceRecord()
{
    app::Interface interface;
    interface.identifier = u"wg0"_s;
    interface.privateKey = app::generatePrivateKey();
    interface.publicKey = app::publicKeyFor(interface.privateKey);
    interface.listenPort = 51820;
    interface.addresses = {u"10.0.0.1/24"_s, u"fd00::1/64"_s};
    return interface;
}

app::Peer peerRecord(const QString &name, const QString &address)
{
    app::Peer peer;
    peer.interfaceIdentifier = u"wg0"_s;
    peer.publicKey = newPublicKey();
    peer.displayName = name;
    peer.allowedIps = {address};
    peer.addresses = {address};
    return peer;
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void keyTools();

    void interfaceNewStartsQuiet();
    void interfaceInvalid_data();
    void interfaceInvalid();
    void interfaceValid();
    void interfaceKeys();
    void interfaceEditKeepsHiddenFields();

    void peerSuggestion_data();
    void peerSuggestion();
    void peerSuggestionFillsForm();
    void peerInvalid_data();
    void peerInvalid();
    void peerEmptyKeyShownAfterOk();
    void peerOverlapIsOnlyAWarning();
    void peerValidGenerated();
    void peerValidPublicKey();
    void peerPresharedKeyButtons();
    void peerEditKeepsHiddenFields();
    void peerEnabled();

    void userInvalid_data();
    void userInvalid();
    void userValid();
    void userEditKeepsHiddenFields();

private:
    app::Interface m_interface;
    std::vector<app::Peer> m_others;
    QList<app::User> m_users;
};

void TestDialogs::initTestCase()
{
    QVERIFY(platform::keys::initialize());
    m_interface = interfaceRecord();
    m_others = {peerRecord(u"Alice's laptop"_s, u"10.0.0.2/32"_s)};
    app::User bob;
    bob.identifier = u"bob"_s;
    bob.firstname = u"Bob"_s;
    bob.lastname = u"Builder"_s;
    app::User carol;
    carol.identifier = u"carol"_s;
    m_users = {bob, carol};
}

void TestDialogs::keyTools()
{
    const QString privateKey = app::generatePrivateKey();
    QVERIFY(platform::Key::fromBase64(privateKey));
    QCOMPARE(app::publicKeyFor(privateKey),
             platform::keys::publicKey(*platform::Key::fromBase64(privateKey)).toBase64());
    QCOMPARE(app::publicKeyFor(u"not a key"_s), QString());
    QCOMPARE(app::publicKeyFor(QString()), QString());
    const QString psk = app::generatePresharedKey();
    QVERIFY(platform::Key::fromBase64(psk));
    QVERIFY(psk != app::generatePresharedKey());
}

// Interfaces

void TestDialogs::interfaceNewStartsQuiet()
{
    ui::InterfaceDialog dialog;
    const auto *privateKey = child<QLineEdit>(&dialog, u"privateKey"_s);
    QVERIFY(platform::Key::fromBase64(privateKey->text()));
    QCOMPARE(privateKey->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLineEdit>(&dialog, u"publicKey"_s)->text(),
             app::publicKeyFor(privateKey->text()));
    QCOMPARE(child<QSpinBox>(&dialog, u"listenPort"_s)->value(), 51820);
    QVERIFY(dialog.bringUp());
    // The empty name blocks OK but is not scolded before the user got to it.
    QVERIFY(!dialog.isAcceptable());
    QVERIFY(!okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.problemText(), QString());

    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.problemText().startsWith(u"Name"_s), qPrintable(dialog.problemText()));
    QVERIFY(child<QAction>(&dialog, u"IdentifierProblem"_s)->isVisible());
}

void TestDialogs::interfaceInvalid_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");

    QTest::newRow("name too long") << u"name"_s << u"wireguard-office1"_s << u"Name"_s;
    QTest::newRow("name with bad characters") << u"name"_s << u"wg/0"_s << u"Name"_s;
    QTest::newRow("name erased") << u"name"_s << QString() << u"Name"_s;
    QTest::newRow("malformed private key") << u"privateKey"_s << u"abc"_s << u"Private key"_s;
    QTest::newRow("private key not base64")
        << u"privateKey"_s << u"!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!="_s << u"Private key"_s;
    QTest::newRow("private key erased") << u"privateKey"_s << QString() << u"Private key"_s;
    QTest::newRow("CIDR with bad prefix") << u"addresses"_s << u"10.0.0.1/33"_s << u"Address"_s;
    QTest::newRow("address without prefix") << u"addresses"_s << u"10.0.0.1"_s << u"Address"_s;
    QTest::newRow("second address bad")
        << u"addresses"_s << u"10.0.0.1/24,\nfd00::1/129"_s << u"Address"_s;
    QTest::newRow("MTU too small") << u"mtu"_s << u"500"_s << u"MTU"_s;
    QTest::newRow("firewall mark not a number")
        << u"firewallMark"_s << u"0xZZ"_s << u"Firewall mark"_s;
    QTest::newRow("firewall mark too large")
        << u"firewallMark"_s << u"4294967296"_s << u"Firewall mark"_s;
    QTest::newRow("DNS not a host") << u"dns"_s << u"10.0.0.1, bad_host!"_s << u"DNS"_s;
    QTest::newRow("endpoint without port")
        << u"externalEndpoint"_s << u"vpn.example.com"_s << u"External endpoint"_s;
    QTest::newRow("endpoint port out of range")
        << u"externalEndpoint"_s << u"vpn.example.com:70000"_s << u"External endpoint"_s;
    QTest::newRow("endpoint bad host")
        << u"externalEndpoint"_s << u"vpn_example!:51820"_s << u"External endpoint"_s;
}

void TestDialogs::interfaceInvalid()
{
    QFETCH(QString, widget);
    QFETCH(QString, text);
    QFETCH(QString, label);

    ui::InterfaceDialog dialog;
    dialog.show();
    enter(child<QLineEdit>(&dialog, u"name"_s), u"wg0"_s);
    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
    QVERIFY(okButton(&dialog)->isEnabled());

    enter(child<QWidget>(&dialog, widget), text);
    verifyRefused(&dialog, dialog.isAcceptable(), dialog.problemText(), label);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    // The offending field carries the message too.
    auto *field = child<QWidget>(&dialog, widget);
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        const QList<QAction *> actions = edit->actions();
        QVERIFY(std::any_of(actions.cbegin(), actions.cend(), [&label](const QAction *a) {
            return a->isVisible() && a->toolTip().contains(label);
        }));
    } else {
        QVERIFY(field->toolTip().contains(label));
    }
}

void TestDialogs::interfaceValid()
{
    ui::InterfaceDialog dialog;
    dialog.show();
    const QString privateKey = app::generatePrivateKey();
    enter(child<QLineEdit>(&dialog, u"name"_s), u"wg-office"_s);
    enter(child<QLineEdit>(&dialog, u"displayName"_s), u"Office gateway"_s);
    enter(child<QLineEdit>(&dialog, u"privateKey"_s), privateKey);
    enter(child<QSpinBox>(&dialog, u"listenPort"_s), u"51821"_s);
    enter(child<QLineEdit>(&dialog, u"addresses"_s), u"10.8.0.1/24,fd00:8::1/64"_s);
    enter(child<QSpinBox>(&dialog, u"mtu"_s), u"1420"_s);
    enter(child<QLineEdit>(&dialog, u"firewallMark"_s), u"0xca6c"_s);
    enter(child<QLineEdit>(&dialog, u"dns"_s), u"10.8.0.1 office.lan"_s);
    enter(child<QLineEdit>(&dialog, u"externalEndpoint"_s), u"vpn.example.com:51821"_s);
    child<QCheckBox>(&dialog, u"bringUp"_s)->setChecked(false);

    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.problemText(), QString());
    QCOMPARE(okButton(&dialog)->text(), u"&Create"_s);

    app::Interface expected;
    expected.identifier = u"wg-office"_s;
    expected.displayName = u"Office gateway"_s;
    expected.privateKey = privateKey;
    expected.publicKey = app::publicKeyFor(privateKey);
    expected.listenPort = 51821;
    expected.addresses = {u"10.8.0.1/24"_s, u"fd00:8::1/64"_s};
    expected.mtu = 1420;
    expected.firewallMark = 0xca6c;
    expected.dns = {u"10.8.0.1"_s, u"office.lan"_s};
    expected.externalEndpoint = u"vpn.example.com:51821"_s;
    QCOMPARE(dialog.interface(), expected);
    QVERIFY(!dialog.bringUp());

    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
}

void TestDialogs::interfaceKeys()
{
    ui::InterfaceDialog dialog;
    auto *privateKey = child<QLineEdit>(&dialog, u"privateKey"_s);
    auto *publicKey = child<QLineEdit>(&dialog, u"publicKey"_s);
    QVERIFY(publicKey->isReadOnly());

    const QString before = privateKey->text();
    QTest::mouseClick(child<QPushButton>(&dialog, u"generatePrivateKey"_s), Qt::LeftButton);
    QVERIFY(privateKey->text() != before);
    QVERIFY(platform::Key::fromBase64(privateKey->text()));
    QCOMPARE(publicKey->text(), app::publicKeyFor(privateKey->text()));
    QCOMPARE(dialog.interface().publicKey, publicKey->text());

    // The public key follows as the private key is typed, and is empty while it is invalid.
    const QString typed = app::generatePrivateKey();
    enter(privateKey, typed.left(20));
    QCOMPARE(publicKey->text(), QString());
    QTest::keyClicks(privateKey, typed.mid(20));
    QCOMPARE(publicKey->text(), app::publicKeyFor(typed));

    auto *reveal = child<QAction>(&dialog, u"privateKeyReveal"_s);
    reveal->trigger();
    QCOMPARE(privateKey->echoMode(), QLineEdit::Normal);
    reveal->trigger();
    QCOMPARE(privateKey->echoMode(), QLineEdit::Password);
}

void TestDialogs::interfaceEditKeepsHiddenFields()
{
    app::Interface original = interfaceRecord();
    original.displayName = u"Lab"_s;
    original.mtu = 1380;
    original.firewallMark = 51820;
    original.dns = {u"10.0.0.1"_s};
    original.externalEndpoint = u"[2001:db8::1]:51820"_s;
    original.table = u"off"_s;
    original.preUp = {u"echo pre"_s};
    original.postUp = {u"iptables -A FORWARD -i %i -j ACCEPT"_s};
    original.preDown = {u"echo bye"_s};
    original.postDown = {u"iptables -D FORWARD -i %i -j ACCEPT"_s};
    original.saveConfig = true;
    original.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    original.updatedAt = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC);
    original.createdBy = u"root"_s;
    original.updatedBy = u"admin"_s;

    ui::InterfaceDialog dialog;
    dialog.setInterface(original);
    QVERIFY(child<QLineEdit>(&dialog, u"name"_s)->isReadOnly());
    QVERIFY(child<QCheckBox>(&dialog, u"bringUp"_s)->isHidden());
    QVERIFY(!dialog.bringUp());
    QCOMPARE(okButton(&dialog)->text(), u"&Save"_s);
    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
    QCOMPARE(dialog.interface(), original);

    enter(child<QLineEdit>(&dialog, u"displayName"_s), u"Lab gateway"_s);
    enter(child<QSpinBox>(&dialog, u"listenPort"_s), u"0"_s);
    app::Interface expected = original;
    expected.displayName = u"Lab gateway"_s;
    expected.listenPort = 0;
    QCOMPARE(dialog.interface(), expected);
    auto *listenPort = child<QSpinBox>(&dialog, u"listenPort"_s);
    listenPort->setValue(1);
    listenPort->setValue(0);
    QCOMPARE(listenPort->text(), u"random"_s);
}

// Peers

void TestDialogs::peerSuggestion_data()
{
    QTest::addColumn<QStringList>("interfaceAddresses");
    QTest::addColumn<QStringList>("peerAddresses"); // one peer each, as address and allowed IP
    QTest::addColumn<QString>("suggestion");

    QTest::newRow("next after the peers")
        << QStringList{u"10.0.0.1/24"_s} << QStringList{u"10.0.0.2/32"_s} << u"10.0.0.3/32"_s;
    QTest::newRow("first gap") << QStringList{u"10.0.0.1/24"_s}
                               << QStringList{u"10.0.0.2/32"_s, u"10.0.0.4/32"_s, u"10.0.0.3/32"_s,
                                              u"10.0.0.6/32"_s}
                               << u"10.0.0.5/32"_s;
    QTest::newRow("interface not first")
        << QStringList{u"10.0.0.9/24"_s} << QStringList{} << u"10.0.0.1/32"_s;
    QTest::newRow("no peers") << QStringList{u"192.168.7.1/24"_s} << QStringList{}
                              << u"192.168.7.2/32"_s;
    QTest::newRow("IPv6 first, IPv4 used") << QStringList{u"fd00::1/64"_s, u"10.1.0.1/16"_s}
                                           << QStringList{u"10.1.0.2/32"_s} << u"10.1.0.3/32"_s;
    QTest::newRow("a routed subnet is taken")
        << QStringList{u"10.0.0.1/24"_s} << QStringList{u"10.0.0.0/29"_s} << u"10.0.0.8/32"_s;
    QTest::newRow("a gateway's default route is ignored")
        << QStringList{u"10.0.0.1/24"_s} << QStringList{u"0.0.0.0/0"_s} << u"10.0.0.2/32"_s;
    QTest::newRow("network full") << QStringList{u"10.0.0.1/30"_s} << QStringList{u"10.0.0.2/32"_s}
                                  << QString();
    QTest::newRow("point to point") << QStringList{u"10.0.0.1/31"_s} << QStringList{} << QString();
    QTest::newRow("IPv6 only") << QStringList{u"fd00::1/64"_s} << QStringList{} << QString();
    QTest::newRow("no addresses") << QStringList{} << QStringList{} << QString();
}

void TestDialogs::peerSuggestion()
{
    QFETCH(QStringList, interfaceAddresses);
    QFETCH(QStringList, peerAddresses);
    QFETCH(QString, suggestion);

    app::Interface interface = interfaceRecord();
    interface.addresses = interfaceAddresses;
    std::vector<app::Peer> others;
    for (const QString &address : std::as_const(peerAddresses))
        others.push_back(peerRecord(QString(), address));
    QCOMPARE(ui::PeerDialog::suggestAddress(interface, others), suggestion);
}

void TestDialogs::peerSuggestionFillsForm()
{
    ui::PeerDialog dialog(m_interface, m_others, m_users);
    QCOMPARE(child<QLineEdit>(&dialog, u"addresses"_s)->text(), u"10.0.0.3/32"_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"allowedIps"_s)->text(), u"10.0.0.3/32"_s);
    // A generated key pair and a suggested address: ready to add as it opens.
    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
    QCOMPARE(dialog.peer().allowedIps, QStringList{u"10.0.0.3/32"_s});
}

void TestDialogs::peerInvalid_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");

    QTest::newRow("malformed public key") << u"publicKey"_s << u"abc"_s << u"Public key"_s;
    QTest::newRow("public key erased") << u"publicKey"_s << QString() << u"Public key"_s;
    QTest::newRow("duplicate public key")
        << u"publicKey"_s << m_others.front().publicKey << u"Public key"_s;
    QTest::newRow("the interface's own key")
        << u"publicKey"_s << m_interface.publicKey << u"Public key"_s;
    QTest::newRow("malformed preshared key")
        << u"presharedKey"_s << u"c2hvcnQ="_s << u"Preshared key"_s;
    QTest::newRow("allowed IP with bad prefix")
        << u"allowedIps"_s << u"10.0.0.5/33"_s << u"Allowed IPs"_s;
    QTest::newRow("allowed IP with host bits")
        << u"allowedIps"_s << u"10.0.0.5/24"_s << u"Allowed IPs"_s;
    QTest::newRow("allowed IP not an address")
        << u"allowedIps"_s << u"10.0.0.5/32, everything"_s << u"Allowed IPs"_s;
    QTest::newRow("tunnel address bad") << u"addresses"_s << u"10.0.0.300/32"_s << u"Addresses"_s;
    QTest::newRow("endpoint without port") << u"endpoint"_s << u"203.0.113.9"_s << u"Endpoint"_s;
    QTest::newRow("endpoint port zero")
        << u"endpoint"_s << u"peer.example.com:0"_s << u"Endpoint"_s;
    QTest::newRow("endpoint IPv6 without brackets")
        << u"endpoint"_s << u"2001:db8::1:51820"_s << u"Endpoint"_s;
    QTest::newRow("check address not an IP")
        << u"checkAddress"_s << u"laptop.lan"_s << u"Check address"_s;
}

void TestDialogs::peerInvalid()
{
    QFETCH(QString, widget);
    QFETCH(QString, text);
    QFETCH(QString, label);

    ui::PeerDialog dialog(m_interface, m_others, m_users);
    dialog.show();
    auto *usePublicKey = child<QRadioButton>(&dialog, u"usePublicKey"_s);
    QTest::mouseClick(usePublicKey, Qt::LeftButton, {}, QPoint(8, usePublicKey->height() / 2));
    QVERIFY(child<QRadioButton>(&dialog, u"usePublicKey"_s)->isChecked());
    enter(child<QLineEdit>(&dialog, u"publicKey"_s), newPublicKey());
    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));

    enter(child<QWidget>(&dialog, widget), text);
    verifyRefused(&dialog, dialog.isAcceptable(), dialog.problemText(), label);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QList<QAction *> actions = child<QLineEdit>(&dialog, widget)->actions();
    QVERIFY(std::any_of(actions.cbegin(), actions.cend(), [&label](const QAction *a) {
        return a->isVisible() && a->toolTip().contains(label);
    }));
}

void TestDialogs::peerEmptyKeyShownAfterOk()
{
    ui::PeerDialog dialog(m_interface, m_others, m_users);
    dialog.show();
    auto *publicKey = child<QLineEdit>(&dialog, u"publicKey"_s);
    QVERIFY(publicKey->isReadOnly());
    QCOMPARE(publicKey->text(), dialog.peer().publicKey);

    child<QRadioButton>(&dialog, u"usePublicKey"_s)->setChecked(true);
    QVERIFY(!publicKey->isReadOnly());
    QCOMPARE(publicKey->text(), QString());
    QVERIFY(!dialog.isAcceptable());
    QCOMPARE(dialog.problemText(), QString());
    QTest::keyClick(publicKey, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.problemText().startsWith(u"Public key"_s), qPrintable(dialog.problemText()));

    // Back to the generated pair: valid again, and the typed key is remembered.
    QTest::keyClicks(publicKey, u"abc"_s);
    child<QRadioButton>(&dialog, u"generateKeys"_s)->setChecked(true);
    QVERIFY(dialog.isAcceptable());
    child<QRadioButton>(&dialog, u"usePublicKey"_s)->setChecked(true);
    QCOMPARE(publicKey->text(), u"abc"_s);
}

void TestDialogs::peerOverlapIsOnlyAWarning()
{
    ui::PeerDialog dialog(m_interface, m_others, m_users);
    dialog.show();
    enter(child<QLineEdit>(&dialog, u"allowedIps"_s), u"10.0.0.0/30"_s);
    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY2(dialog.problemText().contains(u"overlaps"_s), qPrintable(dialog.problemText()));
    QVERIFY(dialog.problemText().contains(u"Allowed IPs"_s));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestDialogs::peerValidGenerated()
{
    ui::PeerDialog dialog(m_interface, m_others, m_users);
    dialog.show();
    QCOMPARE(okButton(&dialog)->text(), u"&Add"_s);
    enter(child<QLineEdit>(&dialog, u"displayName"_s), u"Bob's phone"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"generatePresharedKey"_s), Qt::LeftButton);
    const QString psk = child<QLineEdit>(&dialog, u"presharedKey"_s)->text();
    QVERIFY(platform::Key::fromBase64(psk));
    enter(child<QLineEdit>(&dialog, u"allowedIps"_s), u"10.0.0.7/32\nfd00::7/128"_s);
    enter(child<QLineEdit>(&dialog, u"addresses"_s), u"10.0.0.7/32, fd00::7/128"_s);
    enter(child<QLineEdit>(&dialog, u"endpoint"_s), u"[2001:db8::7]:51820"_s);
    enter(child<QSpinBox>(&dialog, u"keepalive"_s), u"25"_s);
    auto *owner = child<QComboBox>(&dialog, u"owner"_s);
    QCOMPARE(owner->count(), 3);
    QCOMPARE(owner->itemText(0), u"(nobody)"_s);
    owner->setCurrentIndex(owner->findData(u"bob"_s));
    QCOMPARE(owner->currentText(), u"Bob Builder (bob)"_s);
    enter(child<QLineEdit>(&dialog, u"checkAddress"_s), u"10.0.0.7"_s);
    enter(child<QPlainTextEdit>(&dialog, u"notes"_s), u"Given out at the door."_s);

    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
    QCOMPARE(dialog.problemText(), QString());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const app::Peer peer = dialog.peer();
    QVERIFY(platform::Key::fromBase64(peer.privateKey));
    QCOMPARE(peer.publicKey, app::publicKeyFor(peer.privateKey));
    QCOMPARE(child<QLineEdit>(&dialog, u"publicKey"_s)->text(), peer.publicKey);

    app::Peer expected;
    expected.interfaceIdentifier = u"wg0"_s;
    expected.publicKey = peer.publicKey;
    expected.privateKey = peer.privateKey;
    expected.presharedKey = psk;
    expected.displayName = u"Bob's phone"_s;
    expected.userIdentifier = u"bob"_s;
    expected.endpoint = u"[2001:db8::7]:51820"_s;
    expected.allowedIps = {u"10.0.0.7/32"_s, u"fd00::7/128"_s};
    expected.addresses = {u"10.0.0.7/32"_s, u"fd00::7/128"_s};
    expected.persistentKeepalive = 25;
    expected.checkAddress = u"10.0.0.7"_s;
    expected.notes = u"Given out at the door."_s;
    QCOMPARE(peer, expected);
}

void TestDialogs::peerValidPublicKey()
{
    ui::PeerDialog dialog(m_interface, m_others, m_users);
    const QString key = newPublicKey();
    child<QRadioButton>(&dialog, u"usePublicKey"_s)->setChecked(true);
    enter(child<QLineEdit>(&dialog, u"publicKey"_s), key);
    enter(child<QLineEdit>(&dialog, u"endpoint"_s), u"peer.example.com:51820"_s);
    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
    const app::Peer peer = dialog.peer();
    QCOMPARE(peer.publicKey, key);
    QCOMPARE(peer.privateKey, QString());
    QCOMPARE(peer.endpoint, u"peer.example.com:51820"_s);
    QCOMPARE(peer.userIdentifier, QString());
    QCOMPARE(peer.allowedIps, QStringList{u"10.0.0.3/32"_s});
    QVERIFY(!peer.disabled.isValid());
}

void TestDialogs::peerPresharedKeyButtons()
{
    ui::PeerDialog dialog(m_interface, m_others, m_users);
    auto *psk = child<QLineEdit>(&dialog, u"presharedKey"_s);
    QCOMPARE(psk->text(), QString());
    QCOMPARE(psk->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QPushButton>(&dialog, u"generatePresharedKey"_s), Qt::LeftButton);
    QVERIFY(platform::Key::fromBase64(psk->text()));
    QCOMPARE(dialog.peer().presharedKey, psk->text());
    child<QAction>(&dialog, u"presharedKeyReveal"_s)->trigger();
    QCOMPARE(psk->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(child<QPushButton>(&dialog, u"clearPresharedKey"_s), Qt::LeftButton);
    QCOMPARE(dialog.peer().presharedKey, QString());
    QVERIFY(dialog.isAcceptable());
}

void TestDialogs::peerEditKeepsHiddenFields()
{
    app::Peer original = peerRecord(u"Dana"_s, u"10.0.0.9/32"_s);
    original.privateKey = app::generatePrivateKey();
    original.publicKey = app::publicKeyFor(original.privateKey);
    original.presharedKey = app::generatePresharedKey();
    original.userIdentifier = u"dana"_s; // no longer among the users
    original.endpoint = u"198.51.100.4:51820"_s;
    original.persistentKeepalive = 25;
    original.notes = u"line one\nline two"_s;
    original.disabled = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    original.disabledReason = u"lost phone"_s;
    original.expiresAt = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    original.createdAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    original.createdBy = u"admin"_s;

    // All peers, itself included: its own key is no duplicate.
    std::vector<app::Peer> all = m_others;
    all.push_back(original);
    ui::PeerDialog dialog(m_interface, all, m_users);
    dialog.setPeer(original);
    QVERIFY(child<QLineEdit>(&dialog, u"publicKey"_s)->isReadOnly());
    QVERIFY(child<QRadioButton>(&dialog, u"generateKeys"_s)->isHidden());
    QVERIFY(!child<QCheckBox>(&dialog, u"enabled"_s)->isChecked());
    QCOMPARE(child<QComboBox>(&dialog, u"owner"_s)->currentData().toString(), u"dana"_s);
    QCOMPARE(okButton(&dialog)->text(), u"&Save"_s);
    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
    QCOMPARE(dialog.problemText(), QString());
    QCOMPARE(dialog.peer(), original);

    enter(child<QLineEdit>(&dialog, u"endpoint"_s), u"198.51.100.5:51820"_s);
    app::Peer expected = original;
    expected.endpoint = u"198.51.100.5:51820"_s;
    QCOMPARE(dialog.peer(), expected);
}

void TestDialogs::peerEnabled()
{
    ui::PeerDialog dialog(m_interface, m_others, m_users);
    auto *enabled = child<QCheckBox>(&dialog, u"enabled"_s);
    QVERIFY(enabled->isChecked());
    QVERIFY(!dialog.peer().disabled.isValid());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    enabled->setChecked(false);
    const QDateTime disabled = dialog.peer().disabled;
    QVERIFY(disabled.isValid());
    QVERIFY(disabled >= before.addSecs(-1) && disabled <= QDateTime::currentDateTimeUtc());
    QCOMPARE(dialog.peer().disabled, disabled); // stable while the dialog is open
    enabled->setChecked(true);
    QVERIFY(!dialog.peer().disabled.isValid());
}

// Users

void TestDialogs::userInvalid_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");

    QTest::newRow("identifier with a space") << u"identifier"_s << u"al ice"_s << u"Identifier"_s;
    QTest::newRow("identifier with a slash") << u"identifier"_s << u"a/b"_s << u"Identifier"_s;
    QTest::newRow("identifier too long") << u"identifier"_s << QString(65, u'a') << u"Identifier"_s;
    QTest::newRow("identifier erased") << u"identifier"_s << QString() << u"Identifier"_s;
    QTest::newRow("email without @") << u"email"_s << u"alice.example.com"_s << u"Email"_s;
    QTest::newRow("email without domain") << u"email"_s << u"alice@example"_s << u"Email"_s;
}

void TestDialogs::userInvalid()
{
    QFETCH(QString, widget);
    QFETCH(QString, text);
    QFETCH(QString, label);

    ui::UserDialog dialog;
    dialog.show();
    QVERIFY(!dialog.isAcceptable());
    QCOMPARE(dialog.problemText(), QString());
    enter(child<QLineEdit>(&dialog, u"identifier"_s), u"alice"_s);
    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));

    enter(child<QLineEdit>(&dialog, widget), text);
    verifyRefused(&dialog, dialog.isAcceptable(), dialog.problemText(), label);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestDialogs::userValid()
{
    ui::UserDialog dialog;
    dialog.show();
    enter(child<QLineEdit>(&dialog, u"identifier"_s), u"alice@example.com"_s);
    enter(child<QLineEdit>(&dialog, u"email"_s), u"alice@example.com"_s);
    enter(child<QLineEdit>(&dialog, u"firstname"_s), u"Alice"_s);
    enter(child<QLineEdit>(&dialog, u"lastname"_s), u"Liddell"_s);
    enter(child<QLineEdit>(&dialog, u"phone"_s), u"+44 20 7946 0000"_s);
    enter(child<QLineEdit>(&dialog, u"department"_s), u"Research"_s);
    enter(child<QPlainTextEdit>(&dialog, u"notes"_s), u"Has two laptops."_s);
    child<QCheckBox>(&dialog, u"admin"_s)->setChecked(true);
    auto *reason = child<QLineEdit>(&dialog, u"disabledReason"_s);
    QVERIFY(!reason->isEnabled());
    child<QCheckBox>(&dialog, u"disabled"_s)->setChecked(true);
    QVERIFY(reason->isEnabled());
    enter(reason, u"On leave"_s);

    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
    QCOMPARE(okButton(&dialog)->text(), u"&Create"_s);
    const app::User user = dialog.user();
    app::User expected;
    expected.identifier = u"alice@example.com"_s;
    expected.email = u"alice@example.com"_s;
    expected.firstname = u"Alice"_s;
    expected.lastname = u"Liddell"_s;
    expected.phone = u"+44 20 7946 0000"_s;
    expected.department = u"Research"_s;
    expected.notes = u"Has two laptops."_s;
    expected.isAdmin = true;
    expected.disabled = user.disabled;
    expected.disabledReason = u"On leave"_s;
    QVERIFY(user.disabled.isValid());
    QCOMPARE(user, expected);

    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestDialogs::userEditKeepsHiddenFields()
{
    app::User original;
    original.identifier = u"bob"_s;
    original.email = u"bob@example.com"_s;
    original.firstname = u"Bob"_s;
    original.isAdmin = true;
    original.disabled = QDateTime(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC);
    original.disabledReason = u"Left"_s;
    original.createdAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    original.updatedAt = QDateTime(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC);
    original.createdBy = u"root"_s;
    original.updatedBy = u"admin"_s;

    ui::UserDialog dialog;
    dialog.setUser(original);
    QVERIFY(child<QLineEdit>(&dialog, u"identifier"_s)->isReadOnly());
    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
    QCOMPARE(dialog.user(), original);

    enter(child<QLineEdit>(&dialog, u"lastname"_s), u"Builder"_s);
    child<QCheckBox>(&dialog, u"disabled"_s)->setChecked(false);
    app::User expected = original;
    expected.lastname = u"Builder"_s;
    expected.disabled = QDateTime();
    expected.disabledReason.clear();
    QCOMPARE(dialog.user(), expected);
}

QTEST_MAIN(TestDialogs)
#include "TestDialogs.moc"
