// Every event of every entity, produced by the real wgdeskctl through the services against real
// wireguard-go, arrives at a real HTTPS receiver (test CA) with exactly the contract's envelope,
// payload keys and JSON types, the Authorization header verbatim, and no secret anywhere. Also
// the `wgdeskctl webhook` commands: refusals that save nothing, the masked secret, the test
// event, the delivery log and retry by hand.
#include "Keys.h"
#include "TestCertificates.h"
#include "UserspaceTestSupport.h"
#include "WebhookReceiver.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace wgdesk;
using namespace wgdesk::tests;
using namespace wgdesk::tests::userspace;

namespace {

struct Ctl
{
    int exitCode = -1;
    QString out, err;
};

const QStringList UserKeys{u"Identifier"_s, u"Email"_s,     u"Firstname"_s,      u"Lastname"_s,
                           u"Phone"_s,      u"Department"_s, u"Notes"_s,          u"IsAdmin"_s,
                           u"Disabled"_s,   u"DisabledReason"_s, u"CreatedAt"_s, u"UpdatedAt"_s,
                           u"CreatedBy"_s,  u"UpdatedBy"_s};
const QStringList PeerKeys{u"Identifier"_s,     u"PublicKey"_s,    u"DisplayName"_s,
                           u"UserIdentifier"_s, u"InterfaceIdentifier"_s, u"Endpoint"_s,
                           u"AllowedIPsStr"_s,  u"Addresses"_s,    u"PersistentKeepalive"_s,
                           u"Disabled"_s,       u"DisabledReason"_s, u"ExpiresAt"_s,
                           u"Notes"_s,          u"CreatedAt"_s,    u"UpdatedAt"_s,
                           u"CreatedBy"_s,      u"UpdatedBy"_s};
const QStringList InterfaceKeys{u"Identifier"_s, u"DisplayName"_s, u"PublicKey"_s,
                                u"ListenPort"_s, u"Addresses"_s,   u"Mtu"_s,
                                u"FirewallMark"_s, u"Disabled"_s,  u"CreatedAt"_s,
                                u"UpdatedAt"_s,  u"CreatedBy"_s,   u"UpdatedBy"_s};
const QStringList TimeKeys{u"Disabled"_s, u"ExpiresAt"_s, u"CreatedAt"_s, u"UpdatedAt"_s};
const QStringList NumberKeys{u"ListenPort"_s, u"Mtu"_s, u"FirewallMark"_s,
                             u"PersistentKeepalive"_s};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Checks one payload against the contract; returns "" or what is wrong.
QString contractProblem(const QString &entity, const QJsonObject &payload)
{
    const QStringList &keys = entity == u"user"_s ? UserKeys
                              : entity == u"peer"_s ? PeerKeys
                                                    : InterfaceKeys;
    if (sorted(payload.keys()) != sorted(keys))
        return u"keys %1"_s.arg(payload.keys().join(u',')); // exactly these, no more
    static const QRegularExpression time(
        uR"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)$)"_s);
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        const QString &k = it.key();
        const QJsonValue v = it.value();
        if (TimeKeys.contains(k)) {
            if (!v.isNull() && !(v.isString() && time.match(v.toString()).hasMatch()))
                return u"%1 is not an RFC 3339 time or null: %2"_s.arg(k, v.toVariant().toString());
            if ((k == u"CreatedAt"_s || k == u"UpdatedAt"_s) && v.isNull())
                return k + u" is null"_s;
        } else if (NumberKeys.contains(k)) {
            if (!v.isDouble())
                return k + u" is not a number"_s;
        } else if (k == u"IsAdmin"_s) {
            if (!v.isBool())
                return k + u" is not a bool"_s;
        } else if (k == u"Addresses"_s) {
            if (!v.isArray())
                return k + u" is not an array"_s;
        } else if (!v.isString()) {
            return k + u" is not a string"_s;
        }
    }
    return {};
}

} // namespace

class TestWebhookEvents : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString db;
    std::optional<TestPki> pki;
    WebhookReceiver receiver;
    const QString secret = u"Bearer s3cr3t-webhook-token"_s;

    // Runs wgdeskctl while this thread keeps serving the receiver (the command delivers its
    // own events before it exits).
    Ctl ctl(const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        process.start(testBinary(u"../bin/wgdeskctl"_s),
                      QStringList{u"--db"_s, db, u"--backend"_s, u"userspace"_s} + args);
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        QDeadlineTimer deadline(60000);
        while (!process.waitForFinished(5) && !deadline.hasExpired())
            QCoreApplication::processEvents();
        Ctl result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QJsonObject showJson()
    {
        return QJsonDocument::fromJson(ctl({u"--json"_s, u"webhook"_s, u"show"_s}).out.toUtf8())
            .object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner
                                                      | QFile::ExeOwner));
        db = dir.filePath(u"state/wgdesk.db"_s);
        QString error;
        pki = makeTestPki(dir.filePath(u"pki"_s), &error);
        QVERIFY2(pki, qPrintable(error));
        QVERIFY(receiver.setTls(pki->serverCert, pki->serverKey, &error));
        QVERIFY(receiver.listen());
    }

    void cleanup() { cleanUpEverything(); }

    void settingsAreValidatedAndTheSecretNeverShown()
    {
        // Refused: exit 2, the sentence names the field, nothing saved.
        const QList<std::pair<QStringList, QString>> refused{
            {{u"--url"_s, u"ftp://127.0.0.1/hook"_s}, u"URL:"_s},
            {{u"--url"_s, u"https://"_s}, u"URL:"_s},
            {{u"--url"_s, u"https://user:pw@127.0.0.1/hook"_s}, u"URL:"_s},
            {{u"--url"_s, receiver.url(), u"--timeout"_s, u"0"_s}, u"Timeout"_s},
            {{u"--url"_s, receiver.url(), u"--ca-file"_s, dir.filePath(u"missing.pem"_s)},
             u"CA file:"_s},
            {{u"--url"_s, receiver.url(), u"--ca-file"_s, pki->serverKey}, u"CA file:"_s},
        };
        for (const auto &[args, field] : refused) {
            const Ctl r = ctl(QStringList{u"webhook"_s, u"set"_s} + args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + u": "_s + r.err));
            QVERIFY2(r.err.startsWith(field), qPrintable(r.err));
            QCOMPARE(showJson().value(u"Url"_s).toString(), QString());
        }
        // http:// is accepted with a warning.
        Ctl r = ctl({u"webhook"_s, u"set"_s, u"--url"_s, u"http://127.0.0.1:9/hook"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"unencrypted"_s), qPrintable(r.err));

        // The real settings; the secret from standard input.
        r = ctl({u"webhook"_s, u"set"_s, u"--url"_s, receiver.url(), u"--secret"_s, u"-"_s,
                 u"--timeout"_s, u"5"_s, u"--ca-file"_s, pki->caCert},
                secret.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        const QJsonObject shown = showJson();
        QCOMPARE(shown.value(u"Url"_s).toString(), receiver.url());
        QCOMPARE(shown.value(u"SecretSet"_s).toBool(), true);
        QCOMPARE(shown.value(u"Timeout"_s).toInt(), 5);
        QCOMPARE(shown.value(u"CaFile"_s).toString(), pki->caCert);
        const QString text = ctl({u"webhook"_s, u"show"_s}).out;
        QVERIFY(text.contains(u"set (hidden)"_s));
        QVERIFY(!text.contains(u"s3cr3t"_s));
        QVERIFY(!QJsonDocument(shown).toJson().contains("s3cr3t"));

        // The test event, over HTTPS with the test CA.
        const int before = receiver.count();
        r = ctl({u"webhook"_s, u"test"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(receiver.count(), before + 1);
        const ReceivedRequest test = receiver.requests().constLast();
        QCOMPARE(test.header("Authorization"), secret.toUtf8());
        QCOMPARE(QJsonDocument::fromJson(test.body).object().value(u"event"_s).toString(),
                 u"test"_s);
    }

    void everyEventOfEveryEntityKeepsTheContract()
    {
        const int first = receiver.count();
        const QString name = ifname("w");
        const QString interfaceKey = platform::keys::generatePrivateKey().toBase64();
        QCOMPARE(ctl({u"user"_s, u"add"_s, u"jane"_s, u"--email"_s, u"jane@example.org"_s,
                      u"--admin"_s})
                     .exitCode,
                 0);
        QCOMPARE(ctl({u"user"_s, u"update"_s, u"jane"_s, u"--phone"_s, u"+49 30 1234"_s})
                     .exitCode,
                 0);
        Ctl r = ctl({u"interface"_s, u"create"_s, name, u"--address"_s, u"10.50.0.1/24"_s,
                     u"--listen-port"_s, u"51900"_s, u"--private-key"_s, interfaceKey,
                     u"--external-endpoint"_s, u"vpn.example.org:51900"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(ctl({u"interface"_s, u"update"_s, name, u"--mtu"_s, u"1380"_s}).exitCode, 0);
        r = ctl({u"--json"_s, u"peer"_s, u"add"_s, name, u"--generate-keys"_s,
                 u"--generate-psk"_s, u"--allowed-ip"_s, u"10.50.0.2/32"_s, u"--address"_s,
                 u"10.50.0.2/24"_s, u"--user"_s, u"jane"_s, u"--display-name"_s, u"laptop"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString peerKey =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"PublicKey"_s).toString();
        QVERIFY(!peerKey.isEmpty());
        const QString psk = wgDump(name).peers.value(peerKey).presharedKey;
        QCOMPARE(psk.size(), 44);
        const Ctl configRun = ctl({u"peer"_s, u"config"_s, name, peerKey});
        QVERIFY2(configRun.exitCode == 0, qPrintable(configRun.err));
        const QString config = configRun.out;
        const QString peerPrivate =
            QRegularExpression(u"PrivateKey\\s*=\\s*(\\S+)"_s).match(config).captured(1);
        QCOMPARE(peerPrivate.size(), 44);
        QCOMPARE(ctl({u"peer"_s, u"update"_s, name, peerKey, u"--endpoint"_s,
                      u"127.0.0.1:4000"_s})
                     .exitCode,
                 0);
        QCOMPARE(ctl({u"peer"_s, u"remove"_s, name, peerKey}).exitCode, 0);
        r = ctl({u"--json"_s, u"peer"_s, u"add"_s, name, u"--generate-keys"_s, u"--allowed-ip"_s,
                 u"10.50.0.3/32"_s});
        const QString secondPeer =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"PublicKey"_s).toString();
        QCOMPARE(ctl({u"interface"_s, u"delete"_s, name}).exitCode, 0);
        QCOMPARE(ctl({u"user"_s, u"delete"_s, u"jane"_s}).exitCode, 0);

        const QList<ReceivedRequest> got = receiver.requests().mid(first);
        QStringList sequence;
        for (const ReceivedRequest &req : got) {
            QCOMPARE(req.method, QByteArray("POST"));
            QCOMPARE(req.header("Authorization"), secret.toUtf8());
            QCOMPARE(req.header("Content-Type"), QByteArray("application/json"));
            QVERIFY(!QUuid::fromString(QString::fromLatin1(req.header("X-WGDesk-Delivery")))
                         .isNull());
            // No secret of any kind, anywhere in the body.
            for (const QString &s : {interfaceKey, peerPrivate, psk, secret})
                QVERIFY2(!req.body.contains(s.toUtf8()), req.body.constData());
            const QJsonObject body = QJsonDocument::fromJson(req.body).object();
            QCOMPARE(sorted(body.keys()),
                     (QStringList{u"entity"_s, u"event"_s, u"identifier"_s, u"payload"_s}));
            const QString entity = body.value(u"entity"_s).toString();
            const QJsonObject payload = body.value(u"payload"_s).toObject();
            const QString problem = contractProblem(entity, payload);
            QVERIFY2(problem.isEmpty(), qPrintable(entity + u": "_s + problem));
            QCOMPARE(body.value(u"identifier"_s).toString(),
                     payload.value(u"Identifier"_s).toString());
            sequence.append(body.value(u"event"_s).toString() + u' ' + entity + u' '
                            + body.value(u"identifier"_s).toString());
        }
        // One command's events of different entities may arrive in any order (only events of
        // the same entity are ordered): the interface delete's two events are compared as a set.
        QCOMPARE(sequence.size(), 11);
        QCOMPARE(sequence.mid(0, 8), (QStringList{
                                         u"create user jane"_s,
                                         u"update user jane"_s,
                                         u"create interface "_s + name,
                                         u"update interface "_s + name,
                                         u"create peer "_s + peerKey,
                                         u"update peer "_s + peerKey,
                                         u"delete peer "_s + peerKey,
                                         u"create peer "_s + secondPeer,
                                     }));
        QCOMPARE(QSet<QString>(sequence.begin() + 8, sequence.begin() + 10),
                 (QSet<QString>{u"delete peer "_s + secondPeer, u"delete interface "_s + name}));
        QCOMPARE(sequence.at(10), u"delete user jane"_s);
        // The values a receiver relies on.
        const auto payloadOf = [&](int i) {
            return QJsonDocument::fromJson(got[i].body).object().value(u"payload"_s).toObject();
        };
        QCOMPARE(payloadOf(1).value(u"Phone"_s).toString(), u"+49 30 1234"_s);
        QCOMPARE(payloadOf(1).value(u"IsAdmin"_s).toBool(), true);
        QCOMPARE(payloadOf(2).value(u"PublicKey"_s).toString(),
                 platform::keys::publicKey(*platform::Key::fromBase64(interfaceKey)).toBase64());
        QCOMPARE(payloadOf(2).value(u"ListenPort"_s).toInt(), 51900);
        QCOMPARE(payloadOf(3).value(u"Mtu"_s).toInt(), 1380);
        QCOMPARE(payloadOf(4).value(u"AllowedIPsStr"_s).toString(), u"10.50.0.2/32"_s);
        QCOMPARE(payloadOf(4).value(u"Addresses"_s).toArray().at(0).toString(),
                 u"10.50.0.2/24"_s);
        QCOMPARE(payloadOf(4).value(u"UserIdentifier"_s).toString(), u"jane"_s);
        QCOMPARE(payloadOf(4).value(u"InterfaceIdentifier"_s).toString(), name);
        QCOMPARE(payloadOf(5).value(u"Endpoint"_s).toString(), u"127.0.0.1:4000"_s);

        // All delivered, as the log shows.
        const QJsonArray log = QJsonDocument::fromJson(
                                   ctl({u"--json"_s, u"webhook"_s, u"deliveries"_s}).out.toUtf8())
                                   .array();
        QCOMPARE(log.size(), 11);
        for (const auto &entry : log) {
            QCOMPARE(entry[u"State"_s].toString(), u"delivered"_s);
            QCOMPARE(entry[u"LastStatus"_s].toInt(), 200);
            QCOMPARE(entry[u"Attempts"_s].toInt(), 1);
        }
    }

    void deliveryLogAndRetryByHand()
    {
        receiver.setResponder([](const ReceivedRequest &) {
            Reply reply;
            reply.status = 500;
            return reply;
        });
        Ctl r = ctl({u"user"_s, u"add"_s, u"kim"_s});
        QCOMPARE(r.exitCode, 0); // the change stands
        QVERIFY2(r.err.contains(u"could not be delivered now"_s), qPrintable(r.err));
        QJsonArray pending = QJsonDocument::fromJson(
                                 ctl({u"--json"_s, u"webhook"_s, u"deliveries"_s, u"--pending"_s})
                                     .out.toUtf8())
                                 .array();
        QCOMPARE(pending.size(), 1);
        const QJsonObject entry = pending.at(0).toObject();
        QCOMPARE(entry.value(u"Identifier"_s).toString(), u"kim"_s);
        QCOMPARE(entry.value(u"Attempts"_s).toInt(), 1);
        QCOMPARE(entry.value(u"LastStatus"_s).toInt(), 500);
        QVERIFY(entry.value(u"NextAttemptAt"_s).isString());
        QVERIFY(entry.value(u"LastError"_s).toString().contains(u"500"_s));
        const QString id = QString::number(entry.value(u"Id"_s).toInteger());

        QCOMPARE(ctl({u"webhook"_s, u"retry"_s}).exitCode, 2);
        QCOMPARE(ctl({u"webhook"_s, u"retry"_s, u"abc"_s}).exitCode, 2);
        QCOMPARE(ctl({u"webhook"_s, u"retry"_s, u"999999"_s}).exitCode, 2);
        QCOMPARE(ctl({u"webhook"_s, u"retry"_s, id}).exitCode, 0);
        QCOMPARE(ctl({u"webhook"_s, u"retry"_s, u"1"_s}).exitCode, 2); // delivered already

        // A monitor delivers it once the receiver is healthy again.
        receiver.setResponder({});
        QProcess monitor;
        monitor.start(testBinary(u"../bin/wgdeskctl"_s), {u"--db"_s, db, u"monitor"_s});
        QVERIFY(monitor.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(
            QJsonDocument::fromJson(
                ctl({u"--json"_s, u"webhook"_s, u"deliveries"_s, u"--pending"_s}).out.toUtf8())
                .array()
                .size(),
            0, 20000);
        const QJsonObject show = showJson();
        QCOMPARE(show.value(u"Monitor"_s).toObject().value(u"Role"_s).toString(), u"monitor"_s);
        QCOMPARE(show.value(u"Pending"_s).toInt(), 0);
        // A second monitor is refused while the first runs.
        r = ctl({u"monitor"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Another monitor"_s), qPrintable(r.err));
        monitor.terminate();
        QVERIFY(monitor.waitForFinished(10000));
        QCOMPARE(monitor.exitCode(), 0);
        QVERIFY(showJson().value(u"Monitor"_s).isNull());
    }
};

int main(int argc, char *argv[])
{
    return runInPrivateNetworkNamespace<TestWebhookEvents>("TestWebhookEvents", u"wgh"_s, argc,
                                                           argv);
}

#include "TestWebhookEvents.moc"
