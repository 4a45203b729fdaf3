#include "TrafficGraph.h"

#include <QEvent>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace wgdesk::ui {

namespace {

// Below this peak the y-axis stays at 1 KiB/s, so a keepalive does not look like a download.
constexpr double MinimumScale = 1024;
constexpr double Kibi = 1024;

// A rate that is not a number or negative (a counter reset) draws as nothing: 0.
double sane(double rate)
{
    return std::isfinite(rate) && rate > 0 ? rate : 0;
}

app::RateSample sane(const app::RateSample &sample)
{
    return {sample.msecsSinceEpoch, sane(sample.rxRate), sane(sample.txRate)};
}

bool earlier(const app::RateSample &a, const app::RateSample &b)
{
    return a.msecsSinceEpoch < b.msecsSinceEpoch;
}

QFont smallerFont(const QFont &font)
{
    QFont result = font;
    if (font.pointSizeF() > 0)
        result.setPointSizeF(font.pointSizeF() * 0.85);
    else if (font.pixelSize() > 0)
        result.setPixelSize(std::max(1, int(font.pixelSize() * 0.85)));
    return result;
}

QColor blend(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

double roundTo(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

} // namespace

TrafficGraph::TrafficGraph(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    contentChanged();
}

void TrafficGraph::setSamples(const QList<app::RateSample> &samples)
{
    m_samples.clear();
    m_samples.reserve(samples.size());
    for (const app::RateSample &sample : samples)
        m_samples.append(sane(sample));
    if (!std::is_sorted(m_samples.cbegin(), m_samples.cend(), earlier))
        std::stable_sort(m_samples.begin(), m_samples.end(), earlier);
    dropOutsideWindow();
    contentChanged();
}

void TrafficGraph::addSample(const app::RateSample &given)
{
    const app::RateSample sample = sane(given);
    if (m_samples.isEmpty() || !earlier(sample, m_samples.constLast())) {
        m_samples.append(sample);
    } else {
        const auto at = std::upper_bound(m_samples.cbegin(), m_samples.cend(), sample, earlier);
        m_samples.insert(at - m_samples.cbegin(), sample);
    }
    dropOutsideWindow();
    contentChanged();
}

void TrafficGraph::clear()
{
    m_samples.clear();
    contentChanged();
}

void TrafficGraph::setWindow(std::chrono::seconds window)
{
    window = std::max(window, std::chrono::seconds(1));
    if (window == m_window)
        return;
    m_window = window;
    dropOutsideWindow();
    contentChanged();
}

void TrafficGraph::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    contentChanged();
}

void TrafficGraph::dropOutsideWindow()
{
    if (m_samples.isEmpty())
        return;
    const qint64 cutoff = m_samples.constLast().msecsSinceEpoch -
                          std::chrono::duration_cast<std::chrono::milliseconds>(m_window).count();
    const auto keep = std::lower_bound(m_samples.cbegin(), m_samples.cend(),
                                       app::RateSample{cutoff, 0, 0}, earlier);
    m_samples.remove(0, keep - m_samples.cbegin());
}

void TrafficGraph::contentChanged()
{
    setAccessibleName(m_title.isEmpty() ? tr("Traffic graph") : m_title);
    if (m_samples.isEmpty()) {
        setAccessibleDescription(tr("No traffic data yet"));
    } else {
        double peak = 0;
        for (const app::RateSample &sample : std::as_const(m_samples))
            peak = std::max({peak, sample.rxRate, sample.txRate});
        setAccessibleDescription(
            tr("Receiving %1 and sending %2 now; the highest rate in the last %3 was %4.")
                .arg(formatRate(m_samples.constLast().rxRate),
                     formatRate(m_samples.constLast().txRate), windowDuration(), formatRate(peak)));
    }
    update();
}

double TrafficGraph::maximumRate() const
{
    if (m_samples.isEmpty())
        return 0;
    double peak = MinimumScale;
    for (const app::RateSample &sample : m_samples)
        peak = std::max({peak, sample.rxRate, sample.txRate});
    return niceMaximum(peak);
}

QString TrafficGraph::maximumLabel() const
{
    return m_samples.isEmpty() ? QString() : formatRate(maximumRate());
}

QString TrafficGraph::receivedLegend() const
{
    return tr("Received %1")
        .arg(formatRate(m_samples.isEmpty() ? 0 : m_samples.constLast().rxRate));
}

QString TrafficGraph::sentLegend() const
{
    return tr("Sent %1").arg(formatRate(m_samples.isEmpty() ? 0 : m_samples.constLast().txRate));
}

QString TrafficGraph::legendText() const
{
    return m_samples.isEmpty() ? QString() : receivedLegend() + u'\n' + sentLegend();
}

QColor TrafficGraph::receivedColor() const
{
    return palette().color(QPalette::Highlight);
}

QColor TrafficGraph::sentColor() const
{
    // The highlight's opposite hue, as light as the theme needs to read on its base colour.
    const QColor highlight = receivedColor();
    int hue = highlight.hslHue();
    if (hue < 0 || highlight.hslSaturation() < 40)
        hue = 210; // a grey highlight: pair it with orange, as if it were blue
    const bool darkTheme = palette().color(QPalette::Base).lightness() < 128;
    return QColor::fromHsl((hue + 180) % 360, 220, darkTheme ? 165 : 110);
}

QString TrafficGraph::formatRate(double bytesPerSecond)
{
    double value = sane(bytesPerSecond);
    constexpr int LastUnit = 4;
    int unit = 0;
    int decimals = 0;
    for (;; ++unit) {
        decimals = unit > 0 && value < 10 ? 1 : 0;
        const double rounded = roundTo(value, decimals);
        // Decide the unit after rounding, so 1023.7 B/s reads "1 KiB/s", not "1024 B/s".
        if (rounded < Kibi || unit == LastUnit) {
            value = rounded;
            break;
        }
        value /= Kibi;
    }
    if (decimals > 0 && value == std::floor(value))
        decimals = 0;
    QLocale locale;
    // German "1.023" would read as one: no group separators (values stay below 1024 anyway).
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    const QString number = locale.toString(value, 'f', decimals);
    switch (unit) {
    case 0:
        return tr("%1 B/s").arg(number);
    case 1:
        return tr("%1 KiB/s").arg(number);
    case 2:
        return tr("%1 MiB/s").arg(number);
    case 3:
        return tr("%1 GiB/s").arg(number);
    default:
        return tr("%1 TiB/s").arg(number);
    }
}

double TrafficGraph::niceMaximum(double rate)
{
    if (!(rate > 0))
        return 1;
    static constexpr double Steps[] = {1, 1.5, 2, 3, 5, 7.5};
    double unit = 1;
    for (int u = 0; u <= 4; ++u, unit *= Kibi) {
        // Up to 750 of a unit; above that the next unit's 1 reads better than "1000 KiB/s".
        for (double decade = 1; decade <= 100; decade *= 10) {
            for (const double step : Steps) {
                if (step * decade * unit >= rate)
                    return step * decade * unit;
            }
        }
    }
    return rate;
}

QString TrafficGraph::windowDuration() const
{
    const auto seconds = m_window.count();
    if (seconds % 60 == 0)
        return tr("%n min", nullptr, int(seconds / 60));
    return tr("%n s", nullptr, int(seconds));
}

QSize TrafficGraph::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {std::max(320, metrics.horizontalAdvance(u'0') * 40),
            std::max(120, metrics.height() * 6)};
}

QSize TrafficGraph::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    const QFontMetrics small(smallerFont(font()));
    return {std::max(120, metrics.horizontalAdvance(tr("No traffic data yet")) + 8),
            metrics.height() + small.height() + 24};
}

void TrafficGraph::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        contentChanged();
        break;
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        update();
        break;
    default:
        break;
    }
}

void TrafficGraph::paintEvent(QPaintEvent *)
{
    const QRect area = contentsRect();
    if (area.width() < 4 || area.height() < 4)
        return;

    QPainter painter(this);
    const QPalette pal = palette();
    const QFont labelFont = smallerFont(font());
    const QFontMetrics metrics(font());
    const QFontMetrics labelMetrics(labelFont);
    const int gap = std::max(2, metrics.height() / 4);
    const QColor textColour = pal.color(QPalette::WindowText);
    const QColor labelColour = blend(textColour, pal.color(QPalette::Window), 0.3);
    const QColor gridColour = blend(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.15);
    const bool empty = m_samples.isEmpty();

    // Too small for text: the plot alone.
    const bool withText =
        area.height() >= metrics.height() + labelMetrics.height() + 2 * gap + 16 &&
        area.width() >= 80;
    QRectF plot = area;
    if (withText) {
        const QString maxLabel = maximumLabel();
        const int labelWidth = empty ? 0 : labelMetrics.horizontalAdvance(maxLabel) + gap;
        plot = QRectF(area.left() + labelWidth, area.top() + metrics.height() + gap,
                      area.width() - labelWidth,
                      area.height() - metrics.height() - labelMetrics.height() - 2 * gap);

        // Header: the title on the left, the legend (colour swatch and current rate) right.
        painter.setFont(font());
        const int swatch = std::max(6, metrics.height() / 2);
        const QList<std::pair<QColor, QString>> entries =
            empty ? QList<std::pair<QColor, QString>>{}
                  : QList<std::pair<QColor, QString>>{{receivedColor(), receivedLegend()},
                                                      {sentColor(), sentLegend()}};
        int legendWidth = 0;
        for (const auto &[colour, text] : entries)
            legendWidth +=
                (legendWidth ? 3 * gap : 0) + swatch + gap + metrics.horizontalAdvance(text);
        int x = std::max(area.left(), area.right() + 1 - legendWidth);
        const int titleWidth = x - area.left() - 3 * gap;
        if (!m_title.isEmpty() && titleWidth > 0) {
            painter.setPen(textColour);
            painter.drawText(QRect(area.left(), area.top(), titleWidth, metrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(m_title, Qt::ElideRight, titleWidth));
        }
        for (const auto &[colour, text] : entries) {
            painter.fillRect(QRect(x, area.top() + (metrics.height() - swatch) / 2, swatch, swatch),
                             colour);
            x += swatch + gap;
            painter.setPen(textColour);
            const int width = metrics.horizontalAdvance(text);
            painter.drawText(QRect(x, area.top(), width, metrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, text);
            x += width + 3 * gap;
        }

        // Axis labels: the scale's top beside the plot, the time span under it.
        painter.setFont(labelFont);
        painter.setPen(labelColour);
        if (!empty) {
            const int top = std::max(area.top(), int(plot.top()) - labelMetrics.height() / 2);
            painter.drawText(QRect(area.left(), top, labelWidth - gap, labelMetrics.height()),
                             Qt::AlignRight | Qt::AlignVCenter, maxLabel);
        }
        const QRect footer(int(plot.left()), area.bottom() + 1 - labelMetrics.height(),
                           int(plot.width()), labelMetrics.height());
        painter.drawText(
            footer, Qt::AlignLeft | Qt::AlignVCenter,
            tr("%1 ago", "how far back the graph's left edge is").arg(windowDuration()));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("now"));
    }
    if (plot.width() < 4 || plot.height() < 4)
        return;

    // Background and grid, not anti-aliased so the lines stay one crisp pixel.
    painter.fillRect(plot, pal.color(QPalette::Base));
    painter.setPen(QPen(gridColour, 0));
    const QRectF inner = plot.adjusted(0, 0, -1, -1);
    for (int i = 1; i < 4; ++i) {
        const double y = inner.top() + inner.height() * i / 4;
        painter.drawLine(QPointF(inner.left(), y), QPointF(inner.right(), y));
    }
    const qint64 windowMs = std::chrono::duration_cast<std::chrono::milliseconds>(m_window).count();
    // A vertical line every 10 s ... 1 h, at most six of them, counted back from now.
    static constexpr qint64 TickSeconds[] = {10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600};
    qint64 tickMs = 0;
    for (const qint64 seconds : TickSeconds) {
        if (windowMs / (seconds * 1000) <= 6) {
            tickMs = seconds * 1000;
            break;
        }
    }
    if (tickMs > 0) {
        for (qint64 ago = tickMs; ago < windowMs; ago += tickMs) {
            const double x = inner.right() - inner.width() * double(ago) / double(windowMs);
            painter.drawLine(QPointF(x, inner.top()), QPointF(x, inner.bottom()));
        }
    }
    painter.drawRect(inner);

    if (empty) {
        painter.setFont(font());
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, tr("No traffic data yet"));
        return;
    }

    // Data: a gap of more than three usual poll intervals (monitoring paused) breaks the line.
    std::vector<qint64> intervals;
    intervals.reserve(std::size_t(m_samples.size()));
    for (qsizetype i = 1; i < m_samples.size(); ++i)
        intervals.push_back(m_samples[i].msecsSinceEpoch - m_samples[i - 1].msecsSinceEpoch);
    qint64 breakAfter = std::numeric_limits<qint64>::max();
    if (!intervals.empty()) {
        const auto middle = intervals.begin() + std::ptrdiff_t(intervals.size() / 2);
        std::nth_element(intervals.begin(), middle, intervals.end());
        breakAfter = std::max<qint64>(3 * *middle, 1);
    }
    const qint64 start = m_samples.constLast().msecsSinceEpoch - windowMs;
    const double maximum = maximumRate();
    const auto point = [&](const app::RateSample &sample, double rate) {
        const double x =
            plot.left() + plot.width() * double(sample.msecsSinceEpoch - start) / double(windowMs);
        const double y = plot.bottom() - plot.height() * std::clamp(rate / maximum, 0.0, 1.0);
        return QPointF(x, y);
    };
    const auto drawSeries = [&](const QColor &colour, double app::RateSample::*rate) {
        QPainterPath line;
        QPainterPath fill;
        QList<QPointF> dots; // runs of a single sample
        qsizetype runStart = 0;
        for (qsizetype i = 0; i <= m_samples.size(); ++i) {
            const bool runEnds =
                i == m_samples.size() ||
                (i > 0 &&
                 m_samples[i].msecsSinceEpoch - m_samples[i - 1].msecsSinceEpoch > breakAfter);
            if (!runEnds)
                continue;
            if (i - runStart == 1) {
                dots.append(point(m_samples[runStart], m_samples[runStart].*rate));
            } else if (i - runStart > 1) {
                const QPointF first = point(m_samples[runStart], m_samples[runStart].*rate);
                line.moveTo(first);
                fill.moveTo(first.x(), plot.bottom());
                fill.lineTo(first);
                QPointF last = first;
                for (qsizetype j = runStart + 1; j < i; ++j) {
                    last = point(m_samples[j], m_samples[j].*rate);
                    line.lineTo(last);
                    fill.lineTo(last);
                }
                fill.lineTo(last.x(), plot.bottom());
                fill.closeSubpath();
            }
            runStart = i;
        }
        QColor fillColour = colour;
        fillColour.setAlpha(40);
        painter.fillPath(fill, fillColour);
        painter.setPen(QPen(colour, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(line);
        for (const QPointF &dot : std::as_const(dots))
            painter.drawPoint(dot);
    };
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(plot);
    // Received on top: it is the highlight colour, the one the eye goes to first.
    drawSeries(sentColor(), &app::RateSample::txRate);
    drawSeries(receivedColor(), &app::RateSample::rxRate);
}

} // namespace wgdesk::ui
