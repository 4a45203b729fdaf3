#include "ClientConfigDialog.h"

#include "ClientConfig.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace wgdesk::ui {

namespace {

constexpr int QuietZone = 4;        // modules of white around the code, as the QR standard asks
constexpr int QrTargetPixels = 280; // the code's logical size on screen, about

// A peer's display name may contain a slash; it must not turn into a folder.
QString safeFileName(const QString &name)
{
    QString result = name.trimmed();
    result.replace(u'/', u'-');
    result.replace(QChar(0), u'-');
    return result.isEmpty() ? u"client.conf"_s : result;
}

} // namespace

ClientConfigDialog::ClientConfigDialog(const QString &title, const QString &configText,
                                       const QString &suggestedFileName, QWidget *parent)
    : QDialog(parent)
    , m_configText(configText)
    , m_suggestedFileName(safeFileName(suggestedFileName))
{
    setWindowTitle(title);
    setSizeGripEnabled(true);

    // The warning first: this text is a key to the tunnel.
    const int iconSize = fontMetrics().height() * 3 / 2;
    auto *warningIcon = new QLabel;
    warningIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    warningIcon->setAlignment(Qt::AlignTop);
    auto *warningText = new QLabel(tr("This configuration contains the peer's private key. "
                                      "Give it only to the peer's owner."));
    warningText->setObjectName(u"warning"_s);
    warningText->setWordWrap(true);
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(warningIcon);
    warningRow->addWidget(warningText, 1);

    auto *text = new QPlainTextEdit;
    text->setObjectName(u"configText"_s);
    text->setAccessibleName(tr("Client configuration"));
    text->setPlainText(m_configText);
    text->setReadOnly(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    text->setFont(fixed);
    // Wide enough for "PrivateKey = " and a 44-character key beside a scroll bar.
    text->setMinimumWidth(QFontMetrics(fixed).horizontalAdvance(u'M') * 60 +
                          2 * text->frameWidth() +
                          style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, text) + 8);

    m_qrLabel = new QLabel;
    m_qrLabel->setObjectName(u"qrCode"_s);
    m_qrLabel->setAlignment(Qt::AlignCenter);
    if (const std::optional<app::QrCode> code = app::qrCode(m_configText)) {
        const int modules = code->size + 2 * QuietZone;
        const int logicalModule = std::max(2, QrTargetPixels / modules);
        const qreal ratio = devicePixelRatioF();
        // Whole device pixels per module keep the edges sharp on any scale factor.
        const int devicePixels = std::max(1, int(std::ceil(logicalModule * ratio)));
        m_qrImage = renderQrCode(*code, devicePixels, QuietZone);
        m_qrImage.setDevicePixelRatio(ratio);
        m_qrLabel->setPixmap(QPixmap::fromImage(m_qrImage));
        m_qrLabel->setAccessibleName(tr("QR code of the client configuration"));
        m_qrLabel->setToolTip(tr("Scan this with the WireGuard app on the peer's device."));
    } else {
        m_qrLabel->setText(qrUnavailableText());
        m_qrLabel->setWordWrap(true);
        m_qrLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
        m_qrLabel->setMaximumWidth(fontMetrics().averageCharWidth() * 36);
    }

    auto *content = new QHBoxLayout;
    content->addWidget(text, 1);
    content->addWidget(m_qrLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *saveButton = buttons->addButton(tr("Save As…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(u"saveAs"_s);
    m_copyButton = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(u"copy"_s);
    m_copyButton->setToolTip(
        tr("Copies the configuration, private key included, to the clipboard."));
    // Enter closes rather than opening a file dialog by surprise.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(saveButton, &QPushButton::clicked, this, &ClientConfigDialog::saveAs);
    connect(m_copyButton, &QPushButton::clicked, this, &ClientConfigDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(warningRow);
    layout->addLayout(content, 1);
    layout->addWidget(buttons);
}

QString ClientConfigDialog::qrUnavailableText() const
{
    if (!m_qrImage.isNull())
        return {};
    return tr("This configuration is too long for a QR code. Save it as a file or copy it "
              "instead.");
}

QImage ClientConfigDialog::renderQrCode(const app::QrCode &code, int modulePixels, int quietZone)
{
    modulePixels = std::max(1, modulePixels);
    quietZone = std::max(0, quietZone);
    const int side = (code.size + 2 * quietZone) * modulePixels;
    // Black on white whatever the theme: that is what scanners expect.
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < code.size; ++y) {
        for (int x = 0; x < code.size; ++x) {
            if (!code.dark(x, y))
                continue;
            const int left = (x + quietZone) * modulePixels;
            const int top = (y + quietZone) * modulePixels;
            for (int row = top; row < top + modulePixels; ++row)
                std::memset(image.scanLine(row) + left, 0, std::size_t(modulePixels));
        }
    }
    return image;
}

bool ClientConfigDialog::saveTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    const auto fail = [&](const QString &reason) {
        if (error) {
            *error = tr("Could not save the client configuration to %1: %2. Choose a folder "
                        "you can write to and try again.")
                         .arg(QDir::toNativeSeparators(path), reason);
        }
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // Owner read/write only before any byte of the private key is written.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(file.errorString());
    const QByteArray bytes = m_configText.toUtf8();
    if (file.write(bytes) != bytes.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

void ClientConfigDialog::saveAs()
{
    QFileDialog dialog(this, tr("Save Client Configuration"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({tr("WireGuard configuration (*.conf)"), tr("All files (*)")});
    dialog.setDefaultSuffix(u"conf"_s);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    dialog.setDirectory(!documents.isEmpty() && QDir(documents).exists() ? documents
                                                                         : QDir::homePath());
    dialog.selectFile(m_suggestedFileName);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString error;
    if (!saveTo(dialog.selectedFiles().constFirst(), &error))
        QMessageBox::warning(this, tr("Configuration Not Saved"), error);
}

void ClientConfigDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(m_configText);
    m_copyButton->setText(tr("Copied"));
    QTimer::singleShot(2000, this, [this] { m_copyButton->setText(tr("Copy")); });
}

} // namespace wgdesk::ui
