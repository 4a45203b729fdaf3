// Feeds a poll's change set to PeersModel in slices of at most maxChangesPerSlice peers, one
// slice per turn of the event loop, so that the GUI thread never stays busy for long even when
// every peer of a large interface changes in the same poll (busy hours: traffic everywhere).
// A small change set (the usual case) is applied in one slice, in the next turn.
#pragma once

#include "PeerStatus.h"
#include "PeersModel.h"

#include <QObject>

#include <deque>
#include <memory>

class QTimer;

namespace wgdesk::models {

class DeltaPacer final : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMaxChangesPerSlice = 2000;

    explicit DeltaPacer(PeersModel *model, int maxChangesPerSlice = defaultMaxChangesPerSlice,
                        QObject *parent = nullptr);

    // Queues `delta` (after what is queued); its slices are applied in order, removed and added
    // peers first.
    void enqueue(const app::StatusDelta &delta);
    // Applies the next slice now (if any); returns whether more are queued. The timer calls
    // it; a benchmark may call it to time each slice.
    bool applyNextSlice();
    // Forgets what is queued (the model shows another interface now).
    void clear();
    [[nodiscard]] bool idle() const { return m_slices.empty(); }
    [[nodiscard]] int maxChangesPerSlice() const { return m_maxChanges; }

Q_SIGNALS:
    void drained(); // the last queued slice was applied

private:
    PeersModel *m_model;
    int m_maxChanges;
    // Slices share one copy of the change set (its lists are implicitly shared, so queuing
    // copies nothing) and name their part of it.
    struct Slice
    {
        std::shared_ptr<const app::StatusDelta> delta;
        PeersModel::DeltaPart part;
    };
    std::deque<Slice> m_slices;
    QTimer *m_timer;
};

} // namespace wgdesk::models
