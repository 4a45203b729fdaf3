#include "DeltaPacer.h"

#include <QTimer>

#include <algorithm>

namespace wgdesk::models {

DeltaPacer::DeltaPacer(PeersModel *model, int maxChangesPerSlice, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_maxChanges(std::max(1, maxChangesPerSlice))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!applyNextSlice())
            m_timer->stop();
    });
}

void DeltaPacer::enqueue(const app::StatusDelta &delta)
{
    const auto shared = std::make_shared<const app::StatusDelta>(delta);
    const qsizetype total = delta.removed.size() + delta.added.size() + delta.changed.size();
    if (total <= m_maxChanges) {
        m_slices.push_back({shared, {}});
    } else {
        // Removed peers first, then added ones, then changes: a change never refers to a row
        // that a later slice adds.
        m_slices.push_back({shared, {true, 0, 0, 0, 0}});
        for (qsizetype i = 0; i < delta.added.size(); i += m_maxChanges)
            m_slices.push_back({shared, {false, i, i + m_maxChanges, 0, 0}});
        for (qsizetype i = 0; i < delta.changed.size(); i += m_maxChanges)
            m_slices.push_back({shared, {false, 0, 0, i, i + m_maxChanges}});
    }
    if (!m_timer->isActive())
        m_timer->start();
}

bool DeltaPacer::applyNextSlice()
{
    if (m_slices.empty())
        return false;
    const Slice slice = std::move(m_slices.front());
    m_slices.pop_front();
    m_model->applyDelta(*slice.delta, slice.part);
    if (m_slices.empty()) {
        Q_EMIT drained();
        return false;
    }
    return true;
}

void DeltaPacer::clear()
{
    m_slices.clear();
    m_timer->stop();
}

} // namespace wgdesk::models
