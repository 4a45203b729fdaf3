// A small graph of an interface's or a peer's received and sent rates over the last minutes
// (app::RateHistory's samples), because people read a graph faster than numbers.
#pragma once

#include "PeerStatus.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

#include <chrono>

namespace wgdesk::ui {

class TrafficGraph final : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficGraph(QWidget *parent = nullptr);

    // Samples in time order, oldest first (as RateHistory gives them). The newest sample is
    // "now" on the x-axis; samples older than the window before it are dropped.
    void setSamples(const QList<app::RateSample> &samples);
    void addSample(const app::RateSample &sample);
    void clear();

    void setWindow(std::chrono::seconds window); // default 15 minutes
    [[nodiscard]] std::chrono::seconds window() const { return m_window; }
    void setTitle(const QString &title);
    [[nodiscard]] QString title() const { return m_title; }

    // What the graph shows, for tests and assistive technology.
    [[nodiscard]] int sampleCount() const { return int(m_samples.size()); }
    [[nodiscard]] double maximumRate() const;   // the y-axis' top, bytes per second; 0 if empty
    [[nodiscard]] QString maximumLabel() const; // e.g. "1.5 MiB/s"; empty if there are no samples
    [[nodiscard]] QString legendText() const;   // "Received 1.2 MiB/s\nSent 3.4 KiB/s"; or empty
    [[nodiscard]] QString receivedLegend() const;
    [[nodiscard]] QString sentLegend() const;
    [[nodiscard]] QColor receivedColor() const;
    [[nodiscard]] QColor sentColor() const;

    // "0 B/s", "1023 B/s", "1.5 KiB/s", "820 KiB/s", "1 MiB/s": binary units, the default
    // QLocale's digits, about three significant digits.
    [[nodiscard]] static QString formatRate(double bytesPerSecond);
    // The smallest value of 1, 1.5, 2, 3, 5, 7.5 × 10^n B/s, KiB/s, MiB/s, ... not below `rate`.
    [[nodiscard]] static double niceMaximum(double rate);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void dropOutsideWindow();
    void contentChanged();
    [[nodiscard]] QString windowDuration() const; // "15 min"

    QList<app::RateSample> m_samples; // oldest first
    std::chrono::seconds m_window{15 * 60};
    QString m_title;
};

} // namespace wgdesk::ui
