// A throwaway PKI for TLS tests, made with the openssl(1) command-line tool: a CA, a server
// certificate it signs for 127.0.0.1 and localhost, and a second, unrelated CA for "wrong CA"
// tests. EC P-256 keys (fast to make), valid for 2 days. Header-only.
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <optional>

namespace wgdesk::tests {

using namespace Qt::StringLiterals;

struct TestPki
{
    QString dir;         // where everything lives
    QString caCert;      // PEM: the CA that signed serverCert (give it to clients to trust)
    QString serverCert;  // PEM: leaf for IP:127.0.0.1 and DNS:localhost, serverAuth
    QString serverKey;   // PEM: PKCS#8 EC private key of serverCert, unencrypted
    QString otherCaCert; // PEM: an unrelated CA (a client trusting only this must refuse us)
};

namespace detail {

inline bool runOpenssl(const QString &program, const QStringList &args, const QString &workDir,
                       QString *error)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, args);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(60000);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (!finished)
        process.kill();
    if (error) {
        *error = u"openssl "_s + args.join(u' ') + u" failed"_s
                 + (finished ? u" (exit code "_s + QString::number(process.exitCode()) + u"): "_s
                             : u" (timed out or did not start): "_s)
                 + QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    }
    return false;
}

inline QString randomSerial()
{
    // A positive 63-bit serial, so that no serial file is needed.
    const quint64 value = QRandomGenerator::global()->generate64() & 0x7fffffffffffffffULL;
    return u"0x"_s + QString::number(value | 1, 16);
}

} // namespace detail

// Writes ca.pem/ca.key, server.pem/server.key, other-ca.pem/other-ca.key (and pki.cnf,
// server.csr) under dir, creating dir if needed. Returns nullopt and sets *error on failure.
inline std::optional<TestPki> makeTestPki(const QString &dir, QString *error = nullptr)
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty()) {
        if (error)
            *error = u"openssl is not on PATH"_s;
        return std::nullopt;
    }
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = u"cannot create "_s + dir;
        return std::nullopt;
    }
    const QDir d(dir);
    TestPki pki;
    pki.dir = d.absolutePath();
    pki.caCert = d.absoluteFilePath(u"ca.pem"_s);
    pki.serverCert = d.absoluteFilePath(u"server.pem"_s);
    pki.serverKey = d.absoluteFilePath(u"server.key"_s);
    pki.otherCaCert = d.absoluteFilePath(u"other-ca.pem"_s);
    const QString caKey = d.absoluteFilePath(u"ca.key"_s);
    const QString otherCaKey = d.absoluteFilePath(u"other-ca.key"_s);
    const QString csr = d.absoluteFilePath(u"server.csr"_s);
    const QString config = d.absoluteFilePath(u"pki.cnf"_s);

    // Our own config, so the system's openssl.cnf (default extensions) plays no part.
    QFile cnf(config);
    if (!cnf.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = u"cannot write "_s + config + u": "_s + cnf.errorString();
        return std::nullopt;
    }
    cnf.write("[req]\n"
              "distinguished_name = dn\n"
              "prompt = no\n"
              "[dn]\n"
              "CN = placeholder\n"
              "[ca_ext]\n"
              "basicConstraints = critical,CA:TRUE\n"
              "keyUsage = critical,keyCertSign,cRLSign\n"
              "subjectKeyIdentifier = hash\n"
              "authorityKeyIdentifier = keyid:always\n"
              "[server_ext]\n"
              "basicConstraints = critical,CA:FALSE\n"
              "keyUsage = critical,digitalSignature,keyEncipherment\n"
              "extendedKeyUsage = serverAuth\n"
              "subjectAltName = IP:127.0.0.1,DNS:localhost\n"
              "subjectKeyIdentifier = hash\n"
              "authorityKeyIdentifier = keyid,issuer\n");
    cnf.close();

    const QStringList ecKey = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                               u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    const auto makeCa = [&](const QString &cert, const QString &key, const QString &cn) {
        return detail::runOpenssl(openssl,
                                  QStringList{u"req"_s, u"-x509"_s, u"-config"_s, config,
                                              u"-extensions"_s, u"ca_ext"_s}
                                      + ecKey
                                      + QStringList{u"-keyout"_s, key, u"-out"_s, cert,
                                                    u"-subj"_s, u"/CN="_s + cn, u"-days"_s,
                                                    u"2"_s, u"-set_serial"_s,
                                                    detail::randomSerial()},
                                  pki.dir, error);
    };
    if (!makeCa(pki.caCert, caKey, u"WG Desk Test CA"_s))
        return std::nullopt;
    if (!detail::runOpenssl(openssl,
                            QStringList{u"req"_s, u"-new"_s, u"-config"_s, config} + ecKey
                                + QStringList{u"-keyout"_s, pki.serverKey, u"-out"_s, csr,
                                              u"-subj"_s, u"/CN=127.0.0.1"_s},
                            pki.dir, error))
        return std::nullopt;
    if (!detail::runOpenssl(openssl,
                            {u"x509"_s, u"-req"_s, u"-in"_s, csr, u"-CA"_s, pki.caCert,
                             u"-CAkey"_s, caKey, u"-set_serial"_s, detail::randomSerial(),
                             u"-days"_s, u"2"_s, u"-extfile"_s, config, u"-extensions"_s,
                             u"server_ext"_s, u"-out"_s, pki.serverCert},
                            pki.dir, error))
        return std::nullopt;
    if (!makeCa(pki.otherCaCert, otherCaKey, u"WG Desk Unrelated Test CA"_s))
        return std::nullopt;
    return pki;
}

} // namespace wgdesk::tests
