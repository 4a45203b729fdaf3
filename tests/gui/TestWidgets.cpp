// TrafficGraph and ClientConfigDialog, offscreen: rate formatting, scaling and the sample
// window; the graph painted at many sizes; the QR code read back with a real decoder (zbarimg);
// the saved file's permissions; and qrForTerminal kept byte-identical across its refactoring.
#include "ClientConfig.h"
#include "ClientConfigDialog.h"
#include "TrafficGraph.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace wgdesk;

namespace {

constexpr double KiB = 1024;
constexpr double MiB = 1024 * KiB;
constexpr double GiB = 1024 * MiB;
constexpr qint64 T0 = 1'700'000'000'000; // msecs since the epoch

const QString SampleConfig = u"[Interface]\n"
                             u"PrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=\n"
                             u"Address = 10.42.0.2/32\n"
                             u"DNS = 10.42.0.1\n"
                             u"\n"
                             u"[Peer]\n"
                             u"PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=\n"
                             u"AllowedIPs = 10.42.0.0/24\n"
                             u"Endpoint = vpn.example.org:51820\n"
                             u"PersistentKeepalive = 25\n"_s;

// One sample every `stepSeconds` from `fromSeconds` to `toSeconds` after T0, inclusive.
QList<app::RateSample> samples(int fromSeconds, int toSeconds, double rx, double tx,
                               int stepSeconds = 1)
{
    QList<app::RateSample> result;
    for (int s = fromSeconds; s <= toSeconds; s += stepSeconds)
        result.append({T0 + s * 1000LL, rx, tx});
    return result;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(239, 239, 239));
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(48, 140, 198));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(45, 45, 45));
    palette.setColor(QPalette::WindowText, QColor(230, 230, 230));
    palette.setColor(QPalette::Base, QColor(30, 30, 30));
    palette.setColor(QPalette::Text, QColor(230, 230, 230));
    palette.setColor(QPalette::Highlight, QColor(42, 130, 218));
    return palette;
}

// Pixels of `region` (device pixels) within `tolerance` of `colour` in every channel.
int pixelsNear(const QImage &image, const QRect &region, const QColor &colour, int tolerance = 40)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    const QRect clipped = region.intersected(argb.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            const QRgb pixel = argb.pixel(x, y);
            if (std::abs(qRed(pixel) - colour.red()) <= tolerance &&
                std::abs(qGreen(pixel) - colour.green()) <= tolerance &&
                std::abs(qBlue(pixel) - colour.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

QImage render(QWidget &widget, const QSize &size, qreal ratio = 1)
{
    widget.resize(size);
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    widget.render(&image);
    return image;
}

double colourDistance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

} // namespace

class TestWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Expected strings below are in US English; formatRate follows the default locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // --- TrafficGraph ---

    void formatRate_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0.0 << u"0 B/s"_s;
        QTest::newRow("negative is nothing") << -5.0 << u"0 B/s"_s;
        QTest::newRow("not a number") << std::nan("") << u"0 B/s"_s;
        QTest::newRow("one byte") << 1.0 << u"1 B/s"_s;
        QTest::newRow("fractions of bytes round") << 99.4 << u"99 B/s"_s;
        QTest::newRow("largest in bytes, no group separator") << 1023.0 << u"1023 B/s"_s;
        QTest::newRow("rounds up into KiB") << 1023.6 << u"1 KiB/s"_s;
        QTest::newRow("one KiB") << KiB << u"1 KiB/s"_s;
        QTest::newRow("one and a half KiB") << 1.5 * KiB << u"1.5 KiB/s"_s;
        QTest::newRow("one decimal below ten") << 3.4 * KiB << u"3.4 KiB/s"_s;
        QTest::newRow("9.96 KiB rounds to 10") << 9.96 * KiB << u"10 KiB/s"_s;
        QTest::newRow("whole above ten") << 820.4 * KiB << u"820 KiB/s"_s;
        QTest::newRow("largest in KiB") << 1023.0 * KiB << u"1023 KiB/s"_s;
        QTest::newRow("one byte short of a MiB") << MiB - 1 << u"1 MiB/s"_s;
        QTest::newRow("one MiB") << MiB << u"1 MiB/s"_s;
        QTest::newRow("1.2 MiB") << 1.2 * MiB << u"1.2 MiB/s"_s;
        QTest::newRow("1.5 MiB") << 1.5 * MiB << u"1.5 MiB/s"_s;
        QTest::newRow("largest in MiB") << 1023.0 * MiB << u"1023 MiB/s"_s;
        QTest::newRow("one GiB") << GiB << u"1 GiB/s"_s;
        QTest::newRow("2.25 GiB") << 2.25 * GiB << u"2.3 GiB/s"_s;
        QTest::newRow("one TiB") << 1024 * GiB << u"1 TiB/s"_s;
        QTest::newRow("beyond TiB stays in TiB") << 4096 * 1024 * GiB << u"4096 TiB/s"_s;
    }

    void formatRate()
    {
        QFETCH(double, rate);
        QFETCH(QString, expected);
        QCOMPARE(ui::TrafficGraph::formatRate(rate), expected);
    }

    void formatRateUsesTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = ui::TrafficGraph::formatRate(1.5 * MiB);
        const QString bytes = ui::TrafficGraph::formatRate(1023);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(german, u"1,5 MiB/s"_s);
        QCOMPARE(bytes, u"1023 B/s"_s); // "1.023" would read as one
    }

    void niceMaximum_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("expected");
        QTest::newRow("exact step") << 2 * KiB << 2 * KiB;
        QTest::newRow("just above a step") << 2.01 * KiB << 3 * KiB;
        QTest::newRow("1.3 MiB") << 1.3 * MiB << 1.5 * MiB;
        QTest::newRow("above 750 goes to the next unit") << 820 * KiB << MiB;
        QTest::newRow("tens") << 42 * KiB << 50 * KiB;
        QTest::newRow("hundreds") << 600 * MiB << 750 * MiB;
        QTest::newRow("GiB") << 4.2 * GiB << 5 * GiB;
    }

    void niceMaximum()
    {
        QFETCH(double, rate);
        QFETCH(double, expected);
        QCOMPARE(ui::TrafficGraph::niceMaximum(rate), expected);
    }

    void maximumLabelFollowsTheData()
    {
        ui::TrafficGraph graph;
        graph.setSamples(samples(0, 60, 100, 20));
        QCOMPARE(graph.maximumLabel(), u"1 KiB/s"_s); // keepalives do not fill the graph
        graph.setSamples(samples(0, 60, 1.3 * MiB, 10 * KiB));
        QCOMPARE(graph.maximumLabel(), u"1.5 MiB/s"_s);
        QCOMPARE(graph.maximumRate(), 1.5 * MiB);
        graph.setSamples(samples(0, 60, 10 * KiB, 820 * KiB));
        QCOMPARE(graph.maximumLabel(), u"1 MiB/s"_s); // the sent rate counts too
        graph.addSample({T0 + 61'000, 4.2 * GiB, 0});
        QCOMPARE(graph.maximumLabel(), u"5 GiB/s"_s);

        // The peak leaves the window: the scale comes back down.
        graph.setWindow(60s);
        graph.addSample({T0 + 121'000, 2 * KiB, KiB});
        QCOMPARE(graph.maximumLabel(), u"5 GiB/s"_s); // 61 s is exactly 60 s old: still in
        graph.addSample({T0 + 122'000, 2 * KiB, KiB});
        QCOMPARE(graph.maximumLabel(), u"2 KiB/s"_s);
        QCOMPARE(graph.sampleCount(), 2);
    }

    void windowDropsOldSamples()
    {
        ui::TrafficGraph graph;
        QCOMPARE(graph.window(), std::chrono::seconds(15min));
        graph.setSamples(samples(0, 1200, KiB, KiB)); // 20 minutes
        QCOMPARE(graph.sampleCount(), 901);           // 15 minutes at 1 s, both ends included

        graph.setWindow(60s);
        QCOMPARE(graph.sampleCount(), 61);
        for (int s = 1201; s <= 1260; ++s)
            graph.addSample({T0 + s * 1000LL, KiB, KiB});
        QCOMPARE(graph.sampleCount(), 61);

        // A late sample lands in time order; one older than the window is dropped at once.
        graph.addSample({T0 + 1230'500, 7 * KiB, 0});
        QCOMPARE(graph.sampleCount(), 62);
        QCOMPARE(graph.maximumLabel(), u"7.5 KiB/s"_s);
        graph.addSample({T0 + 10'000, 100 * MiB, 0});
        QCOMPARE(graph.sampleCount(), 62);
        QCOMPARE(graph.maximumLabel(), u"7.5 KiB/s"_s);

        // setSamples replaces, and sorts what comes out of order.
        QList<app::RateSample> shuffled = samples(0, 10, KiB, KiB);
        std::swap(shuffled[0], shuffled[10]);
        graph.setSamples(shuffled);
        QCOMPARE(graph.sampleCount(), 11);
        QCOMPARE(graph.legendText(), u"Received 1 KiB/s\nSent 1 KiB/s"_s);

        // Rates that are not numbers, or negative, count as 0.
        graph.addSample({T0 + 11'000, std::nan(""), -5});
        QCOMPARE(graph.legendText(), u"Received 0 B/s\nSent 0 B/s"_s);
        QCOMPARE(graph.maximumLabel(), u"1 KiB/s"_s);
        graph.setSamples({{T0, std::numeric_limits<double>::infinity(), 2 * KiB}});
        QCOMPARE(graph.maximumLabel(), u"2 KiB/s"_s);
    }

    void legendShowsCurrentRates()
    {
        ui::TrafficGraph graph;
        graph.setTitle(u"wg0"_s);
        QList<app::RateSample> list = samples(0, 30, 5 * MiB, 5 * MiB);
        list.append({T0 + 31'000, 1.2 * MiB, 3.4 * KiB});
        graph.setSamples(list);
        QCOMPARE(graph.legendText(), u"Received 1.2 MiB/s\nSent 3.4 KiB/s"_s);
        QCOMPARE(graph.accessibleName(), u"wg0"_s);
        QVERIFY2(graph.accessibleDescription().contains(u"1.2 MiB/s"_s),
                 qPrintable(graph.accessibleDescription()));
        QVERIFY(graph.accessibleDescription().contains(u"in the last 15 min was 5 MiB/s"_s));
        graph.setWindow(90s);
        QVERIFY2(graph.accessibleDescription().contains(u"in the last 90 s"_s),
                 qPrintable(graph.accessibleDescription()));
    }

    void emptyState()
    {
        ui::TrafficGraph graph;
        QCOMPARE(graph.sampleCount(), 0);
        QCOMPARE(graph.maximumLabel(), QString());
        QCOMPARE(graph.legendText(), QString());
        QCOMPARE(graph.maximumRate(), 0.0);
        QCOMPARE(graph.accessibleDescription(), u"No traffic data yet"_s);

        graph.setSamples(samples(0, 5, KiB, KiB));
        QVERIFY(!graph.legendText().isEmpty());
        graph.clear();
        QCOMPARE(graph.sampleCount(), 0);
        QCOMPARE(graph.accessibleDescription(), u"No traffic data yet"_s);

        // Painted: a plot with no line colour in it.
        graph.setPalette(lightPalette());
        const QImage image = render(graph, graph.sizeHint());
        QCOMPARE(pixelsNear(image, image.rect(), graph.receivedColor(), 20), 0);
    }

    void sizeHints()
    {
        ui::TrafficGraph graph;
        QVERIFY(graph.sizeHint().width() >= 320);
        QVERIFY(graph.sizeHint().height() >= 120);
        QVERIFY(graph.minimumSizeHint().width() < graph.sizeHint().width());
        QVERIFY(graph.minimumSizeHint().height() < graph.sizeHint().height());
    }

    void paintsAtAnySize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("ratio");
        QTest::newRow("1x1") << QSize(1, 1) << 1.0;
        QTest::newRow("5x3") << QSize(5, 3) << 1.0;
        QTest::newRow("40x20") << QSize(40, 20) << 1.0;
        QTest::newRow("minimum") << QSize(120, 50) << 1.0;
        QTest::newRow("hint") << QSize(320, 120) << 1.0;
        QTest::newRow("hint, high DPI") << QSize(320, 120) << 2.0;
        QTest::newRow("hint, fractional DPI") << QSize(320, 120) << 1.25;
        QTest::newRow("tall and narrow") << QSize(60, 600) << 1.0;
        QTest::newRow("large") << QSize(2400, 900) << 1.0;
    }

    void paintsAtAnySize()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, ratio);
        for (const bool withData : {false, true}) {
            ui::TrafficGraph graph;
            graph.setTitle(u"A rather long interface title that will not fit"_s);
            graph.setPalette(lightPalette());
            if (withData) {
                // Busy, then a gap (monitoring paused), then a single sample, then busy again.
                QList<app::RateSample> list = samples(0, 300, 300 * KiB, 20 * KiB);
                list.append({T0 + 500'000, 200 * KiB, 10 * KiB});
                list.append(samples(700, 900, 500 * KiB, 50 * KiB));
                graph.setSamples(list);
            }
            const QImage image = render(graph, size, ratio);
            QCOMPARE(image.size(), size * ratio);
            if (withData && size.width() >= 40 && size.height() >= 20)
                QVERIFY(pixelsNear(image, image.rect(), graph.receivedColor()) > 0);
        }
    }

    void linesAreDrawnWhereThereIsTraffic_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<qreal>("ratio");
        QTest::newRow("light") << false << 1.0;
        QTest::newRow("dark") << true << 1.0;
        QTest::newRow("light, high DPI") << false << 2.0;
    }

    void linesAreDrawnWhereThereIsTraffic()
    {
        QFETCH(bool, dark);
        QFETCH(qreal, ratio);
        ui::TrafficGraph graph;
        graph.setPalette(dark ? darkPalette() : lightPalette());
        graph.setTitle(u"wg0"_s);
        // Traffic only in the last 5 of 15 minutes: the right third of the plot.
        graph.setSamples(samples(0, 599, 0, 0));
        for (int s = 600; s <= 900; ++s)
            graph.addSample({T0 + s * 1000LL, 800 * KiB, 200 * KiB});
        QCOMPARE(graph.sampleCount(), 901);
        QCOMPARE(graph.maximumLabel(), u"1 MiB/s"_s);
        const QColor received = graph.receivedColor();
        const QColor sent = graph.sentColor();
        // The two colours tell apart, and each stands out from the plot's background.
        QVERIFY(colourDistance(received, sent) > 150);
        QVERIFY(colourDistance(received, graph.palette().color(QPalette::Base)) > 150);
        QVERIFY(colourDistance(sent, graph.palette().color(QPalette::Base)) > 150);

        const QSize size(480, 160);
        const QImage image = render(graph, size, ratio);
        // Between the header (legend swatches) and the footer (time labels), in device pixels.
        const int header = QFontMetrics(graph.font()).height() + 1;
        const int top = int(header * ratio);
        const int bottom = int((size.height() - header) * ratio);
        const int middle = (top + bottom) / 2;
        const auto upperHalf = [&](double from, double to) {
            return QRect(int(size.width() * from * ratio), top,
                         int(size.width() * (to - from) * ratio), middle - top);
        };
        const auto lowerHalf = [&](double from, double to) {
            return QRect(int(size.width() * from * ratio), middle,
                         int(size.width() * (to - from) * ratio), bottom - middle);
        };
        // 800 KiB/s received on a 1 MiB/s scale is high in the plot, 200 KiB/s sent is low.
        QVERIFY(pixelsNear(image, upperHalf(0.75, 0.97), received) > 20);
        QVERIFY(pixelsNear(image, lowerHalf(0.75, 0.97), sent) > 20);
        QCOMPARE(pixelsNear(image, upperHalf(0.75, 0.97), sent), 0);
        // Where the rates were 0 the lines lie on the bottom edge.
        QCOMPARE(pixelsNear(image, upperHalf(0.3, 0.6), received), 0);
        QCOMPARE(pixelsNear(image, upperHalf(0.3, 0.6), sent), 0);
    }

    // --- ClientConfig: one QR encoding for the terminal and the GUI ---

    void qrForTerminalIsUnchanged()
    {
        // Captured from qrForTerminal before it used qrCode().
        const QString expected = u"█████████████████████████\n"
                                 u"██ ▄▄▄▄▄ ██ ▀ ▄█ ▄▄▄▄▄ ██\n"
                                 u"██ █   █ █▄ █ ▄█ █   █ ██\n"
                                 u"██ █▄▄▄█ ███▄█ █ █▄▄▄█ ██\n"
                                 u"██▄▄▄▄▄▄▄█ ▀▄▀ █▄▄▄▄▄▄▄██\n"
                                 u"██▄ ▄▀▄▄▄    ▄█▄ ▀██▄▀███\n"
                                 u"██▀█▀  ▀▄▀▀█▄█▄█▀█  █▄ ██\n"
                                 u"███▄▄█▄▄▄█ █ ▀▄▀▄▀▀▀█▄▄██\n"
                                 u"██ ▄▄▄▄▄ █ █▀ ▀ ▄▄ █▄▄ ██\n"
                                 u"██ █   █ █▄  ▄█▄ █ █▄ ▄██\n"
                                 u"██ █▄▄▄█ █   █▄█▀▄▄█▄▀▄██\n"
                                 u"██▄▄▄▄▄▄▄█▄▄██▄█▄▄▄██▄▄██\n"
                                 u"█████████████████████████\n"_s;
        QCOMPARE(app::qrForTerminal(u"WG Desk"_s), expected);
        const auto sha256 = [](const QString &text) {
            return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
        };
        QCOMPARE(sha256(app::qrForTerminal(SampleConfig)),
                 "784ababf2b7b1c4baa74fccd42fcc49ef35b00989d5ff48bd04fe02ebc84ee29");
        QCOMPARE(sha256(app::qrForTerminal(u"Grüße € ✓"_s)),
                 "b67559f59fb4d4626a735d5a178e589376e4706f8e55377aca848c68fd654aa0");
        QCOMPARE(app::qrForTerminal(QString(3000, u'x')), QString());
    }

    void qrCodeMatrix()
    {
        const auto code = app::qrCode(u"WG Desk"_s);
        QVERIFY(code);
        QCOMPARE(code->size, 21); // version 1
        QCOMPARE(code->modules.size(), std::size_t(21 * 21));
        // Finder patterns: dark corners, a light ring inside, a dark centre.
        for (const auto &[x, y] : {std::pair{0, 0}, std::pair{20, 0}, std::pair{0, 20}})
            QVERIFY(code->dark(x, y));
        QVERIFY(!code->dark(1, 1));
        QVERIFY(code->dark(3, 3));
        // The quiet zone is light.
        QVERIFY(!code->dark(-1, 0));
        QVERIFY(!code->dark(0, 21));
        QVERIFY(!code->dark(21, 21));
        // 2953 bytes is the most a QR code (version 40, level L) holds.
        QVERIFY(app::qrCode(QString(2953, u'x')));
        QVERIFY(!app::qrCode(QString(2954, u'x')));
    }

    // --- ClientConfigDialog ---

    void dialogShowsTheConfig()
    {
        ui::ClientConfigDialog dialog(u"Client configuration: alice"_s, SampleConfig,
                                      u"wg0-alice/phone.conf"_s);
        QCOMPARE(dialog.windowTitle(), u"Client configuration: alice"_s);
        QCOMPARE(dialog.suggestedFileName(), u"wg0-alice-phone.conf"_s);
        auto *text = dialog.findChild<QPlainTextEdit *>(u"configText"_s);
        QVERIFY(text);
        QCOMPARE(text->toPlainText(), SampleConfig);
        QVERIFY(text->isReadOnly());
        QVERIFY(QFontInfo(text->font()).fixedPitch());
        auto *warning = dialog.findChild<QLabel *>(u"warning"_s);
        QVERIFY(warning);
        QCOMPARE(warning->text(), u"This configuration contains the peer's private key. Give it "
                                  u"only to the peer's owner."_s);
        QCOMPARE(dialog.qrUnavailableText(), QString());
        auto *qr = dialog.findChild<QLabel *>(u"qrCode"_s);
        QVERIFY(qr);
        QVERIFY(!qr->pixmap().isNull());
    }

    void qrImageDecodesToTheConfig_data()
    {
        QTest::addColumn<QString>("config");
        QTest::newRow("client config") << SampleConfig;
        QTest::newRow("UTF-8 comment") << u"# Alice’s phone — Grüße\n"_s + SampleConfig;
    }

    void qrImageDecodesToTheConfig()
    {
        QFETCH(QString, config);
        const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
        if (zbarimg.isEmpty())
            QFAIL("zbarimg is missing: install zbar-tools (scripts/install-deps.sh test)");
        ui::ClientConfigDialog dialog(u"Client configuration"_s, config, u"wg0-alice.conf"_s);
        const QImage image = dialog.qrImage();
        QVERIFY(!image.isNull());
        const auto code = app::qrCode(config);
        QVERIFY(code);

        // Crisp: square, whole pixels per module, only black and white, a white quiet zone.
        QCOMPARE(image.width(), image.height());
        const int modules = code->size + 8;
        QCOMPARE(image.width() % modules, 0);
        const int modulePixels = image.width() / modules;
        QVERIFY(modulePixels >= 2);
        const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < grey.height(); ++y) {
            for (int x = 0; x < grey.width(); ++x) {
                const int value = qGray(grey.pixel(x, y));
                if (value != 0 && value != 255)
                    QFAIL(qPrintable(u"grey pixel at %1,%2"_s.arg(x).arg(y)));
                const bool quiet = x < 4 * modulePixels || y < 4 * modulePixels ||
                                   x >= image.width() - 4 * modulePixels ||
                                   y >= image.height() - 4 * modulePixels;
                if (quiet && value != 255)
                    QFAIL(qPrintable(u"dark pixel in the quiet zone at %1,%2"_s.arg(x).arg(y)));
                const bool dark = code->dark(x / modulePixels - 4, y / modulePixels - 4);
                if (dark != (value == 0))
                    QFAIL(qPrintable(u"wrong module at pixel %1,%2"_s.arg(x).arg(y)));
            }
        }

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(u"qr.png"_s);
        QVERIFY(image.save(png));
        QProcess process;
        // -Sbinary: the bytes as encoded, without zbar's guess at a character set.
        process.start(zbarimg, {u"--raw"_s, u"-q"_s, u"-Sbinary"_s, png});
        QVERIFY(process.waitForFinished(60'000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());
        const QByteArray decoded = process.readAllStandardOutput();
        QCOMPARE(QString::fromUtf8(decoded), config);
    }

    void renderQrCodeScales()
    {
        const auto code = app::qrCode(u"WG Desk"_s);
        QVERIFY(code);
        const QImage image = ui::ClientConfigDialog::renderQrCode(*code, 3, 2);
        QCOMPARE(image.size(), QSize((21 + 4) * 3, (21 + 4) * 3));
        QCOMPARE(qGray(image.pixel(0, 0)), 255);
        QCOMPARE(qGray(image.pixel(6, 6)), 0); // the finder pattern's corner
        QCOMPARE(qGray(image.pixel(8, 8)), 0);
        QCOMPARE(qGray(image.pixel(9, 9)), 255); // its light ring
    }

    void saveToWritesOwnerOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ui::ClientConfigDialog dialog(u"Client configuration"_s, SampleConfig, u"x.conf"_s);
        const QString path = dir.filePath(u"wg0-alice.conf"_s);
        QString error;
        QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
        QCOMPARE(error, QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), SampleConfig);
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0600));

        // An existing, world-readable file is replaced by an owner-only one.
        const QString existing = dir.filePath(u"existing.conf"_s);
        {
            QFile old(existing);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        QVERIFY(QFile::setPermissions(existing, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ReadGroup |
                                                    QFileDevice::ReadOther));
        QVERIFY2(dialog.saveTo(existing, &error), qPrintable(error));
        QCOMPARE(::stat(QFile::encodeName(existing).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0600));
        QFile replaced(existing);
        QVERIFY(replaced.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(replaced.readAll()), SampleConfig);
    }

    void saveToReportsAnUnwritablePath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ui::ClientConfigDialog dialog(u"Client configuration"_s, SampleConfig, u"x.conf"_s);
        // A missing folder: even root cannot write there (tests may run as root).
        const QString path = dir.filePath(u"no-such-folder/wg0-alice.conf"_s);
        QString error;
        QVERIFY(!dialog.saveTo(path, &error));
        QVERIFY2(error.startsWith(u"Could not save the client configuration to "_s),
                 qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.endsWith(u'.'), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!dialog.saveTo(path, nullptr)); // the sentence is optional
    }

    void tooLongForAQrCode()
    {
        const QString config = SampleConfig + u"# "_s + QString(3000, u'x') + u'\n';
        ui::ClientConfigDialog dialog(u"Client configuration"_s, config, u"x.conf"_s);
        QVERIFY(dialog.qrImage().isNull());
        const QString message = dialog.qrUnavailableText();
        QVERIFY(message.contains(u"too long for a QR code"_s));
        auto *qr = dialog.findChild<QLabel *>(u"qrCode"_s);
        QVERIFY(qr);
        QCOMPARE(qr->text(), message);
        QVERIFY(qr->pixmap().isNull());
        // The text itself is still all there.
        auto *text = dialog.findChild<QPlainTextEdit *>(u"configText"_s);
        QVERIFY(text);
        QCOMPARE(text->toPlainText(), config);
    }

    void copyPutsTheConfigOnTheClipboard()
    {
        ui::ClientConfigDialog dialog(u"Client configuration"_s, SampleConfig, u"x.conf"_s);
        auto *copy = dialog.findChild<QPushButton *>(u"copy"_s);
        QVERIFY(copy);
        QApplication::clipboard()->clear();
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), SampleConfig);
        QCOMPARE(copy->text(), u"Copied"_s);
        QTRY_COMPARE_WITH_TIMEOUT(copy->text(), u"Copy"_s, 5000);
    }
};

QTEST_MAIN(TestWidgets)
#include "TestWidgets.moc"
