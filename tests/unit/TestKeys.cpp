// Keys as wg(8) makes them: WG Desk's generated keys are accepted by `wg pubkey`, and the
// public keys WG Desk derives equal the ones wg derives (an independent implementation).
#include "Keys.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace wgdesk::platform;

class TestKeys : public QObject
{
    Q_OBJECT

private:
    static QString wgPubkey(const QString &privateKey)
    {
        QProcess wg;
        wg.start(QStringLiteral("wg"), {QStringLiteral("pubkey")});
        wg.write(privateKey.toLatin1() + '\n');
        wg.closeWriteChannel();
        if (!wg.waitForFinished(10000) || wg.exitCode() != 0)
            return {};
        return QString::fromLatin1(wg.readAllStandardOutput()).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(keys::initialize());
        if (QStandardPaths::findExecutable(QStringLiteral("wg")).isEmpty())
            QFAIL("wg (wireguard-tools) is needed as the reference implementation");
    }

    void generatedPrivateKeyIsClamped()
    {
        for (int i = 0; i < 50; ++i) {
            const Key key = keys::generatePrivateKey();
            QCOMPARE(key.bytes[0] & 7, 0);
            QCOMPARE(key.bytes[31] & 128, 0);
            QCOMPARE(key.bytes[31] & 64, 64);
            QCOMPARE(keys::clamped(key), key);
        }
    }

    void publicKeyMatchesWg()
    {
        for (int i = 0; i < 5; ++i) {
            const Key privateKey = keys::generatePrivateKey();
            const QString expected = wgPubkey(privateKey.toBase64());
            QVERIFY(!expected.isEmpty());
            QCOMPARE(keys::publicKey(privateKey).toBase64(), expected);
        }
    }

    void wgGeneratedKeyRoundTrips()
    {
        QProcess genkey;
        genkey.start(QStringLiteral("wg"), {QStringLiteral("genkey")});
        QVERIFY(genkey.waitForFinished(10000));
        const QString text = QString::fromLatin1(genkey.readAllStandardOutput()).trimmed();
        QString error;
        const auto key = Key::fromBase64(text, &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->toBase64(), text);
        QCOMPARE(keys::publicKey(*key).toBase64(), wgPubkey(text));
    }

    void presharedKeysDiffer()
    {
        QVERIFY(keys::generatePresharedKey() != keys::generatePresharedKey());
        QVERIFY(!keys::generatePresharedKey().isZero());
    }

    void hexRoundTrip()
    {
        const Key key = keys::generatePrivateKey();
        QCOMPARE(key.toHex().size(), 64);
        QCOMPARE(Key::fromHex(key.toHex()), key);
        QVERIFY(!Key::fromHex(QStringLiteral("abc")));
    }

    void invalidKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("The key is empty.");
        QTest::newRow("too short") << QStringLiteral("AAAA")
                                   << QStringLiteral("The key is 4 characters long");
        QTest::newRow("43 characters, missing padding")
            << QStringLiteral("yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk")
            << QStringLiteral("The key is 43 characters long");
        QTest::newRow("not base64")
            << QStringLiteral("yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBm!=")
            << QStringLiteral("which is not a base64 character");
        QTest::newRow("two padding characters (31 bytes)")
            << QStringLiteral("yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBg==")
            << QStringLiteral("ending in one");
        QTest::newRow("hex instead of base64")
            << QStringLiteral("c8a9e7e5317e95d5c9b5ed78b638b7ce530dabe85ddab614220241801ddf0669")
            << QStringLiteral("is 64 characters long");
    }

    void invalidKeys()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Key::fromBase64(text, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void validKeyWithWhitespace()
    {
        QVERIFY(Key::fromBase64(QStringLiteral("  yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=\n")));
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "TestKeys.moc"
