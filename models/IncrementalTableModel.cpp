#include "IncrementalTableModel.h"

#include <algorithm>
#include <bit>

namespace wgdesk::models {

void IncrementalTableModel::removeRowRuns(std::vector<int> rows,
                                          const std::function<void(int, int)> &erase)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the bottom up, so that the rows still to be removed keep their numbers.
    std::size_t i = 0;
    while (i < rows.size()) {
        const int last = rows[i];
        int first = last;
        while (i + 1 < rows.size() && rows[i + 1] == first - 1)
            first = rows[++i];
        ++i;
        beginRemoveRows({}, first, last);
        erase(first, last);
        endRemoveRows();
    }
}

void IncrementalTableModel::emitChanges(std::vector<RowChange> changes,
                                        const std::function<QList<int>(quint32)> &rolesOf)
{
    std::erase_if(changes, [](const RowChange &c) { return c.row < 0 || c.columns == 0; });
    if (changes.empty())
        return;
    std::sort(changes.begin(), changes.end(),
              [](const RowChange &a, const RowChange &b) { return a.row < b.row; });
    std::vector<RowChange> merged;
    merged.reserve(changes.size());
    for (const RowChange &c : changes) {
        if (!merged.empty() && merged.back().row == c.row) {
            merged.back().columns |= c.columns;
            merged.back().roles |= c.roles;
        } else {
            merged.push_back(c);
        }
    }

    const int rows = rowCount();
    // Most rows changed: one signal for all of them is cheaper for views and proxies.
    if (merged.size() * 2 > static_cast<std::size_t>(rows)) {
        quint32 columns = 0;
        quint32 roles = 0;
        for (const RowChange &c : merged) {
            columns |= c.columns;
            roles |= c.roles;
        }
        Q_EMIT dataChanged(index(0, std::countr_zero(columns)),
                           index(rows - 1, 31 - std::countl_zero(columns)), rolesOf(roles));
        return;
    }

    const int columnTotal = columnCount();
    std::size_t i = 0;
    while (i < merged.size()) {
        const int firstRow = merged[i].row;
        quint32 columns = merged[i].columns;
        quint32 roles = merged[i].roles;
        while (i + 1 < merged.size() && merged[i + 1].row == merged[i].row + 1) {
            ++i;
            columns |= merged[i].columns;
            roles |= merged[i].roles;
        }
        const int lastRow = merged[i].row;
        ++i;
        // One signal per run of adjacent changed columns: no unchanged column is covered.
        const QList<int> roleList = rolesOf(roles);
        int c = 0;
        while (c < columnTotal) {
            if (!(columns & (1u << c))) {
                ++c;
                continue;
            }
            const int firstColumn = c;
            while (c + 1 < columnTotal && (columns & (1u << (c + 1))))
                ++c;
            Q_EMIT dataChanged(index(firstRow, firstColumn), index(lastRow, c), roleList);
            ++c;
        }
    }
}

} // namespace wgdesk::models
