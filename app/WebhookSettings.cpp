#include "WebhookSettings.h"

#include "Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>

#include <algorithm>

namespace wgdesk::app {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WebhookSettings", text);
}

QString key(const char16_t *k)
{
    return QString::fromUtf16(k);
}

} // namespace

std::optional<WebhookSettings> WebhookSettings::load(const Store &store, QString *error)
{
    WebhookSettings s;
    QString err;
    const auto read = [&](const char16_t *k, QString &into) {
        const std::optional<QString> value = store.setting(key(k), &err);
        if (value)
            into = *value;
        return value.has_value() || err.isEmpty();
    };
    QString timeout;
    if (!read(webhookKeys::url, s.url) || !read(webhookKeys::secret, s.secret)
        || !read(webhookKeys::timeout, timeout) || !read(webhookKeys::caFile, s.caFile)) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    bool ok = false;
    const int seconds = timeout.toInt(&ok);
    if (ok && seconds >= 1 && seconds <= maxTimeoutSeconds)
        s.timeoutSeconds = seconds;
    return s;
}

Problems WebhookSettings::validate() const
{
    Problems problems;
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        const QString scheme = parsed.scheme().toLower();
        if (!parsed.isValid()) {
            problems.append({u"Url"_s,
                             tr("URL: “%1” is not a valid URL (%2).")
                                 .arg(url, parsed.errorString()),
                             false});
        } else if (scheme != u"https"_s && scheme != u"http"_s) {
            problems.append({u"Url"_s,
                             tr("URL: “%1” must start with https:// (or http://).")
                                 .arg(url),
                             false});
        } else if (parsed.host().isEmpty()) {
            problems.append({u"Url"_s, tr("URL: “%1” has no host.").arg(url), false});
        } else if (!parsed.userInfo().isEmpty()) {
            // A password in the URL would be shown and logged with it; the secret is the place.
            problems.append({u"Url"_s,
                             tr("URL: put no user name or password in the URL; set the "
                                "Authorization value (e.g. “Basic …”) as the "
                                "secret instead."),
                             false});
        } else if (!parsed.fragment().isEmpty()) {
            problems.append(
                {u"Url"_s, tr("URL: “%1” has a #fragment, which is never sent.").arg(url),
                 false});
        } else if (scheme == u"http"_s) {
            problems.append(
                {u"Url"_s,
                 secret.isEmpty()
                     ? tr("URL: events travel unencrypted over http://; use https:// where the "
                          "receiver supports it.")
                     : tr("URL: the secret and the events travel unencrypted over http://; use "
                          "https:// where the receiver supports it."),
                 true});
        }
    }
    if (secret.contains(u'\n') || secret.contains(u'\r'))
        problems.append({u"Secret"_s, tr("Secret: it must be a single line."), false});
    if (timeoutSeconds < 1 || timeoutSeconds > maxTimeoutSeconds)
        problems.append({u"Timeout"_s,
                         tr("Timeout: %1 s is not from 1 to %2 seconds.")
                             .arg(timeoutSeconds)
                             .arg(maxTimeoutSeconds),
                         false});
    if (!caFile.isEmpty()) {
        QString error;
        if (!loadCaFile(caFile, &error))
            problems.append({u"CaFile"_s, error, false});
    }
    return problems;
}

Problems WebhookSettings::save(Store &store, QString *error) const
{
    const Problems problems = validate();
    if (hasErrors(problems))
        return problems;
    const bool stored = store.transaction(
        [&](QString *err) {
            return store.setSetting(key(webhookKeys::url), url, err)
                   && store.setSetting(key(webhookKeys::secret), secret, err)
                   && store.setSetting(key(webhookKeys::timeout), QString::number(timeoutSeconds),
                                       err)
                   && store.setSetting(key(webhookKeys::caFile), caFile, err);
        },
        error);
    if (!stored)
        return problems + Problems{{u"Store"_s, error ? *error : QString(), false}};
    return problems;
}

std::optional<QList<QSslCertificate>> loadCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("CA file: %1 cannot be read (%2).")
                         .arg(path, QFileInfo::exists(path) ? file.errorString()
                                                            : tr("no such file"));
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(),
                                                                          QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = tr("CA file: %1 holds no PEM certificate (“-----BEGIN "
                        "CERTIFICATE-----”).")
                         .arg(path);
        return std::nullopt;
    }
    return certificates;
}

QNetworkRequest webhookRequest(const WebhookSettings &settings,
                               const QList<QSslCertificate> &extraCas, const QString &deliveryId)
{
    QNetworkRequest request{QUrl(settings.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"WG-Desk-Webhook/1"_s);
    if (!settings.secret.isEmpty())
        request.setRawHeader("Authorization", settings.secret.toUtf8());
    request.setRawHeader("X-WGDesk-Delivery", deliveryId.toLatin1());
    // The contract counts a 3xx as a failed attempt; following it could also send the secret
    // to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(extraCas);
        request.setSslConfiguration(tls);
    }
    return request;
}

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : static_cast<int>(std::min<qint64>(seconds, 24 * 3600));
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return static_cast<int>(std::clamp<qint64>(now.secsTo(at), 0, 24 * 3600));
}

qint64 backoffMs(int attempts)
{
    constexpr qint64 capMs = 5 * 60 * 1000;
    const int exponent = std::clamp(attempts - 1, 0, 20);
    const qint64 base = std::min<qint64>(capMs, qint64(1000) << exponent);
    const double factor = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return static_cast<qint64>(double(base) * factor);
}

AttemptResult attemptResult(QNetworkReply *reply, bool timedOut, int timeoutSeconds,
                            const QString &sslErrors)
{
    AttemptResult result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl url = reply->request().url();
    const QString where = url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
    if (timedOut) {
        result.httpStatus = 0;
        result.error = tr("The receiver at %1 did not answer within %2 s.")
                           .arg(where)
                           .arg(timeoutSeconds);
        return result;
    }
    if (result.httpStatus >= 200 && result.httpStatus <= 299) {
        result.delivered = true;
        return result;
    }
    if (result.httpStatus > 0) {
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
        result.error = reason.isEmpty()
                           ? tr("The receiver answered HTTP %1.").arg(result.httpStatus)
                           : tr("The receiver answered HTTP %1 %2.").arg(result.httpStatus).arg(reason);
        if (result.httpStatus == 429 || result.httpStatus == 503)
            result.retryAfterSeconds =
                parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        return result;
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        result.error = tr("The connection to %1 was refused; is the receiver running?").arg(where);
        break;
    case QNetworkReply::HostNotFoundError:
        result.error = tr("The host %1 was not found.").arg(url.host());
        break;
    case QNetworkReply::SslHandshakeFailedError:
        result.error = sslErrors.isEmpty()
                           ? tr("The TLS handshake with %1 failed: %2.")
                                 .arg(where, reply->errorString())
                           : tr("The TLS certificate of %1 is not trusted: %2. If the receiver "
                                "uses a private CA, set that CA's certificate as the CA file.")
                                 .arg(where, sslErrors);
        break;
    case QNetworkReply::RemoteHostClosedError:
        result.error = tr("The receiver at %1 closed the connection without an answer.").arg(where);
        break;
    default:
        result.error = tr("The request to %1 failed: %2.").arg(where, reply->errorString());
        break;
    }
    return result;
}

} // namespace wgdesk::app
