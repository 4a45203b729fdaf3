// Shows a peer's client configuration (app::clientConfig) as text and as a QR code, to hand to
// the peer's owner: save it as a file (owner-only permissions), copy it, or let a phone scan it.
#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace wgdesk::app {
struct QrCode;
}

namespace wgdesk::ui {

class ClientConfigDialog final : public QDialog
{
    Q_OBJECT

public:
    // `suggestedFileName` is what Save As… offers, e.g. "wg0-alice-phone.conf".
    ClientConfigDialog(const QString &title, const QString &configText,
                       const QString &suggestedFileName, QWidget *parent = nullptr);

    [[nodiscard]] QString configText() const { return m_configText; }
    [[nodiscard]] QString suggestedFileName() const { return m_suggestedFileName; }
    // The QR code as shown (black on white, quiet zone, whole pixels per module); null when the
    // text is too long for one.
    [[nodiscard]] QImage qrImage() const { return m_qrImage; }
    // What stands in place of the image: empty while there is one.
    [[nodiscard]] QString qrUnavailableText() const;

    // Writes the text atomically with permissions 0600 (it holds a private key); on failure
    // returns false and *error is a sentence for the user. What Save As… does after asking.
    bool saveTo(const QString &path, QString *error);

    // `code` with a quiet zone of `quietZone` modules, `modulePixels` pixels per module.
    [[nodiscard]] static QImage renderQrCode(const app::QrCode &code, int modulePixels,
                                             int quietZone = 4);

private:
    void saveAs();
    void copyToClipboard();

    QString m_configText;
    QString m_suggestedFileName;
    QImage m_qrImage;
    QLabel *m_qrLabel = nullptr;
    QPushButton *m_copyButton = nullptr;
};

} // namespace wgdesk::ui
