// The update machinery the live table models share (style.md, "live table models"): rows
// removed bottom-up one signal per run of adjacent rows, and dataChanged only for the cells that
// changed, merged into ranges of adjacent rows and adjacent columns, or one signal for all when
// most rows changed.
#pragma once

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace wgdesk::models {

class IncrementalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // A changed cell set of one row: a bit per column and a bit per role (the model's own).
    struct RowChange
    {
        int row = 0;
        quint32 columns = 0;
        quint32 roles = 0;
    };

    // Removes `rows` (any order, duplicates allowed): `erase(first, last)` drops them from the
    // model's storage between begin and endRemoveRows.
    void removeRowRuns(std::vector<int> rows, const std::function<void(int first, int last)> &erase);
    // Signals `changes` (entries for the same row are merged; rows < 0 and empty ones ignored);
    // `rolesOf` turns role bits into the roles list.
    void emitChanges(std::vector<RowChange> changes,
                     const std::function<QList<int>(quint32 roles)> &rolesOf);
};

} // namespace wgdesk::models
