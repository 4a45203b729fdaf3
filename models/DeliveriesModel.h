// The webhook delivery log: one row per outbox event, newest first (descending id). Updates are
// incremental (style.md): new events are inserted in one block per run (at the top, as ids only
// grow), events that left the window are removed in runs, and dataChanged covers only the cells
// that changed (state, attempts, last result, next attempt), one signal per run of adjacent
// rows; there is no reset, not even for the first fill.
// DeliveriesProxyModel sorts on the raw values of SortRole and filters by state and text.
#pragma once

#include "Store.h"

#include "IncrementalTableModel.h"
#include <QList>
#include <QSortFilterProxyModel>

#include <vector>

namespace wgdesk::models {

class DeliveriesModel final : public IncrementalTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        State,
        Event,
        Identifier,
        Attempts,
        LastResult,
        NextAttempt,
        Time,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: ids, counts, ms since the epoch, ...
        IdRole,                      // qint64 outbox id, any column
        StateRole,                   // DeliveryState as int, any column; signalled on State
    };
    enum DeliveryState { Pending = 0, Delivered = 1, Failed = 2 };

    explicit DeliveriesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Makes the model show `events` (e.g. the newest N of the store, in any order) with the
    // fewest signals. Payloads are not shown and not kept.
    void setDeliveries(QList<app::OutboxEvent> events);

    [[nodiscard]] int rowOf(qint64 id) const; // -1 if none
    // The event shown in `row` (0 <= row < rowCount()), without its payload.
    [[nodiscard]] const app::OutboxEvent &delivery(int row) const;

    static DeliveryState stateOf(const app::OutboxEvent &event);
    // "peer connect", "user create", ...: entity and event, translated where known.
    static QString eventText(const QString &entity, const QString &event);
    // The last error, else "HTTP 200" for a response, else empty (never attempted).
    static QString lastResultText(const app::OutboxEvent &event);

private:

    static RowChange changeOf(int row, const app::OutboxEvent &before,
                              const app::OutboxEvent &after);
    static QString stateToolTip(const app::OutboxEvent &event);

    void removeRows(std::vector<int> rows);
    void emitChanges(std::vector<RowChange> changes);

    std::vector<app::OutboxEvent> m_rows; // descending id: rowOf is a binary search
};

class DeliveriesProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter { All, Pending, Failed, Delivered };

    explicit DeliveriesProxyModel(QObject *parent = nullptr);

    // Case-insensitive, in the identifier, the event and the last result; empty = all.
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }
    void setStateFilter(StateFilter filter);
    [[nodiscard]] StateFilter stateFilter() const { return m_state; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    StateFilter m_state = StateFilter::All;
};

} // namespace wgdesk::models
