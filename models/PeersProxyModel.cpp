#include "PeersProxyModel.h"

#include "PeersModel.h"

#include <algorithm>
#include <utility>

namespace wgdesk::models {

namespace {

// Up to this many runs of adjacent rows leave with a remove signal each (every one shifts the
// rows below it); more are moved to the end in one layout change and removed with one signal.
constexpr std::size_t MaxRemoveRuns = 8;

int threeWay(quint64 a, quint64 b)
{
    return (b < a) - (a < b);
}

// Runs of adjacent values in ascending `rows`, as (first, last).
std::vector<std::pair<int, int>> runsOf(const std::vector<int> &rows)
{
    std::vector<std::pair<int, int>> runs;
    for (const int r : rows) {
        if (!runs.empty() && runs.back().second + 1 == r)
            runs.back().second = r;
        else
            runs.emplace_back(r, r);
    }
    return runs;
}

} // namespace

PeersProxyModel::PeersProxyModel(QObject *parent) : QAbstractProxyModel(parent) {}

void PeersProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *peers = qobject_cast<PeersModel *>(sourceModel);
    if (sourceModel && !peers)
        qWarning("PeersProxyModel: the source model must be a PeersModel");
    if (peers == m_peers)
        return;

    beginResetModel();
    for (const QMetaObject::Connection &connection : m_connections)
        disconnect(connection);
    m_connections.clear();
    m_peers = peers;
    QAbstractProxyModel::setSourceModel(peers);
    if (peers) {
        using M = QAbstractItemModel;
        const auto reset = [this] { beginResetModel(); };
        const auto rebuilt = [this] {
            m_dirty.clear();
            rebuild();
            endResetModel();
        };
        m_connections = {
            connect(peers, &M::dataChanged, this, &PeersProxyModel::sourceDataChanged),
            connect(peers, &M::rowsInserted, this, &PeersProxyModel::sourceRowsInserted),
            connect(peers, &M::rowsAboutToBeRemoved, this,
                    &PeersProxyModel::sourceRowsAboutToBeRemoved),
            connect(peers, &M::rowsRemoved, this, &PeersProxyModel::sourceRowsRemoved),
            connect(peers, &PeersModel::updateStarted, this, [this] { ++m_updateDepth; }),
            connect(peers, &PeersModel::updateFinished, this,
                    &PeersProxyModel::sourceUpdateFinished),
            connect(peers, &M::headerDataChanged, this,
                    [this](Qt::Orientation orientation, int first, int last) {
                        if (orientation == Qt::Horizontal)
                            Q_EMIT headerDataChanged(orientation, first, last);
                    }),
            connect(peers, &M::modelAboutToBeReset, this, reset),
            connect(peers, &M::modelReset, this, rebuilt),
            // Changes PeersModel never makes: a reset is correct, if not the cheapest.
            connect(peers, &M::layoutAboutToBeChanged, this, reset),
            connect(peers, &M::layoutChanged, this, rebuilt),
            connect(peers, &M::rowsAboutToBeMoved, this, reset),
            connect(peers, &M::rowsMoved, this, rebuilt),
            connect(peers, &M::columnsAboutToBeInserted, this, reset),
            connect(peers, &M::columnsInserted, this, rebuilt),
            connect(peers, &M::columnsAboutToBeRemoved, this, reset),
            connect(peers, &M::columnsRemoved, this, rebuilt),
            connect(peers, &M::columnsAboutToBeMoved, this, reset),
            connect(peers, &M::columnsMoved, this, rebuilt),
            connect(peers, &QObject::destroyed, this,
                    [this] {
                        beginResetModel();
                        m_peers = nullptr;
                        m_connections.clear();
                        m_dirty.clear();
                        rebuild();
                        endResetModel();
                    }),
        };
    }
    m_dirty.clear();
    m_updateDepth = 0;
    rebuild();
    endResetModel();
}

void PeersProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    markAllDirty(false, true);
    placeDirtyRows();
}

void PeersProxyModel::setConnectedOnly(bool connectedOnly)
{
    if (connectedOnly == m_connectedOnly)
        return;
    m_connectedOnly = connectedOnly;
    markAllDirty(false, true);
    placeDirtyRows();
}

void PeersProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= PeersModel::ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return; // the order is kept sorted at all times
    if (column != m_sortColumn) {
        m_sortColumn = column;
        computeKeys();
    }
    m_sortOrder = order;
    m_next = m_proxyToSource;
    std::sort(m_next.begin(), m_next.end(), [this](int a, int b) { return lessThan(a, b); });
    relayoutToNext();
}

QModelIndex PeersProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex PeersProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex PeersProxyModel::sibling(int row, int column, const QModelIndex &index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

int PeersProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_proxyToSource.size());
}

int PeersProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_peers ? 0 : m_peers->columnCount();
}

bool PeersProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_proxyToSource.empty() && columnCount() > 0;
}

QModelIndex PeersProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_peers || !proxyIndex.isValid() || proxyIndex.row() >= rowCount())
        return {};
    return m_peers->index(m_proxyToSource[static_cast<std::size_t>(proxyIndex.row())],
                          proxyIndex.column());
}

QModelIndex PeersProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_peers || !sourceIndex.isValid() || sourceIndex.model() != m_peers
        || static_cast<std::size_t>(sourceIndex.row()) >= m_sourceToProxy.size())
        return {};
    const int row = m_sourceToProxy[static_cast<std::size_t>(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QItemSelection PeersProxyModel::mapSelectionToSource(const QItemSelection &selection) const
{
    QItemSelection mapped;
    if (!m_peers)
        return mapped;
    for (const QItemSelectionRange &range : selection) {
        if (!range.isValid() || range.model() != this)
            continue;
        std::vector<int> rows;
        for (int r = range.top(); r <= range.bottom(); ++r)
            rows.push_back(m_proxyToSource[static_cast<std::size_t>(r)]);
        std::sort(rows.begin(), rows.end());
        for (const auto &[first, last] : runsOf(rows))
            mapped.append({m_peers->index(first, range.left()),
                           m_peers->index(last, range.right())});
    }
    return mapped;
}

QItemSelection PeersProxyModel::mapSelectionFromSource(const QItemSelection &selection) const
{
    QItemSelection mapped;
    for (const QItemSelectionRange &range : selection) {
        if (!m_peers || !range.isValid() || range.model() != m_peers)
            continue;
        std::vector<int> rows;
        for (int r = range.top(); r <= range.bottom(); ++r) {
            const int row = m_sourceToProxy[static_cast<std::size_t>(r)];
            if (row >= 0)
                rows.push_back(row);
        }
        std::sort(rows.begin(), rows.end());
        for (const auto &[first, last] : runsOf(rows))
            mapped.append({index(first, range.left()), index(last, range.right())});
    }
    return mapped;
}

bool PeersProxyModel::accepts(int sourceRow) const
{
    if (m_connectedOnly && !m_peers->isConnectedAt(sourceRow))
        return false;
    return m_text.isEmpty() || m_peers->rowContains(sourceRow, m_text);
}

PeersProxyModel::Key PeersProxyModel::keyOf(int sourceRow) const
{
    const PeersModel::SortKey value = m_peers->sortKey(m_sortColumn, sourceRow);
    const PeersModel::SortKey tie =
        PeersModel::textSortKey(m_peers->publicKeyAt(sourceRow), Qt::CaseSensitive);
    return {value.high, value.low, tie.high, value.exact, value.usable, tie.usable};
}

void PeersProxyModel::computeKeys()
{
    m_keys.clear();
    if (!m_peers || m_sortColumn < 0)
        return;
    const int rows = m_peers->rowCount();
    m_keys.reserve(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r)
        m_keys.push_back(keyOf(r));
}

bool PeersProxyModel::lessThan(int sourceA, int sourceB) const
{
    if (m_sortColumn < 0)
        return sourceA < sourceB;
    const Key &a = m_keys[static_cast<std::size_t>(sourceA)];
    const Key &b = m_keys[static_cast<std::size_t>(sourceB)];
    int order = 0;
    if (a.usable && b.usable) {
        order = threeWay(a.high, b.high);
        if (order == 0)
            order = threeWay(a.low, b.low);
        if (order == 0 && !a.exact)
            order = m_peers->compareRows(m_sortColumn, sourceA, sourceB);
    } else {
        order = m_peers->compareRows(m_sortColumn, sourceA, sourceB);
    }
    // Ties by public key: the order is the same whatever order the rows came in.
    if (order == 0 && a.tieUsable && b.tieUsable)
        order = threeWay(a.tie, b.tie);
    if (order == 0)
        order = m_peers->publicKeyAt(sourceA).compare(m_peers->publicKeyAt(sourceB));
    if (order == 0)
        return sourceA < sourceB;
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void PeersProxyModel::rebuild()
{
    const int rows = m_peers ? m_peers->rowCount() : 0;
    m_sourceToProxy.assign(static_cast<std::size_t>(rows), -1);
    m_proxyToSource.clear();
    m_proxyToSource.reserve(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r) {
        if (accepts(r))
            m_proxyToSource.push_back(r);
    }
    computeKeys();
    if (m_sortColumn >= 0)
        std::sort(m_proxyToSource.begin(), m_proxyToSource.end(),
                  [this](int a, int b) { return lessThan(a, b); });
    reindexFrom(0);
}

void PeersProxyModel::reindexFrom(std::size_t proxyRow)
{
    for (std::size_t p = proxyRow; p < m_proxyToSource.size(); ++p)
        m_sourceToProxy[static_cast<std::size_t>(m_proxyToSource[p])] = static_cast<int>(p);
}

// m_next: the shown source rows, all of them, in their new order.
void PeersProxyModel::relayoutToNext()
{
    if (m_next == m_proxyToSource)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(static_cast<std::size_t>(from.size()));
    for (const QModelIndex &index : from)
        sourceRows.push_back(m_proxyToSource[static_cast<std::size_t>(index.row())]);
    m_proxyToSource.swap(m_next);
    reindexFrom(0);
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i)
        to.append(createIndex(m_sourceToProxy[static_cast<std::size_t>(sourceRows[i])],
                              from.at(i).column()));
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PeersProxyModel::removeProxyRows(std::vector<int> proxyRows)
{
    if (proxyRows.empty())
        return;
    std::sort(proxyRows.begin(), proxyRows.end());
    proxyRows.erase(std::unique(proxyRows.begin(), proxyRows.end()), proxyRows.end());
    const auto runs = runsOf(proxyRows);
    if (runs.size() > MaxRemoveRuns) {
        std::vector<int> dropping;
        dropping.reserve(proxyRows.size());
        for (const int p : proxyRows)
            dropping.push_back(m_proxyToSource[static_cast<std::size_t>(p)]);
        mergeIntoNext({}, dropping);
        relayoutToNext();
        removeTail(dropping.size());
        return;
    }
    // From the bottom up, so that the runs still to go keep their rows.
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        const auto [first, last] = *run;
        beginRemoveRows({}, first, last);
        for (int p = first; p <= last; ++p) {
            const int source = m_proxyToSource[static_cast<std::size_t>(p)];
            m_sourceToProxy[static_cast<std::size_t>(source)] = -1;
        }
        m_proxyToSource.erase(m_proxyToSource.begin() + first, m_proxyToSource.begin() + last + 1);
        reindexFrom(static_cast<std::size_t>(first));
        endRemoveRows();
    }
}

void PeersProxyModel::removeTail(std::size_t count)
{
    if (count == 0)
        return;
    const std::size_t first = m_proxyToSource.size() - count;
    beginRemoveRows({}, static_cast<int>(first), static_cast<int>(m_proxyToSource.size()) - 1);
    for (std::size_t p = first; p < m_proxyToSource.size(); ++p)
        m_sourceToProxy[static_cast<std::size_t>(m_proxyToSource[p])] = -1;
    m_proxyToSource.resize(first);
    endRemoveRows();
}

// Into m_next: the shown rows with `moving` (shown rows whose place may have changed) sorted and
// merged back in, and `dropping` (shown rows about to be removed) at the end. The other rows are
// still in order, so k moving rows cost O(k log n) comparisons and one O(n) copy.
void PeersProxyModel::mergeIntoNext(std::vector<int> moving, const std::vector<int> &dropping)
{
    if (m_marks.size() < m_sourceToProxy.size())
        m_marks.resize(m_sourceToProxy.size(), 0);
    for (const int s : moving)
        m_marks[static_cast<std::size_t>(s)] = 1;
    for (const int s : dropping)
        m_marks[static_cast<std::size_t>(s)] = 1;
    m_kept.clear();
    for (const int s : m_proxyToSource) {
        if (!m_marks[static_cast<std::size_t>(s)])
            m_kept.push_back(s);
    }
    for (const int s : moving)
        m_marks[static_cast<std::size_t>(s)] = 0;
    for (const int s : dropping)
        m_marks[static_cast<std::size_t>(s)] = 0;

    const auto less = [this](int a, int b) { return lessThan(a, b); };
    std::sort(moving.begin(), moving.end(), less);
    m_next.clear();
    auto from = m_kept.cbegin();
    for (const int s : moving) {
        const auto to = std::upper_bound(from, m_kept.cend(), s, less);
        m_next.insert(m_next.end(), from, to);
        m_next.push_back(s);
        from = to;
    }
    m_next.insert(m_next.end(), from, m_kept.cend());
    m_next.insert(m_next.end(), dropping.begin(), dropping.end());
}

void PeersProxyModel::markAllDirty(bool resort, bool refilter)
{
    const int rows = static_cast<int>(m_sourceToProxy.size());
    m_dirty.reserve(m_dirty.size() + m_sourceToProxy.size());
    for (int r = 0; r < rows; ++r)
        m_dirty.push_back({r, resort, refilter});
}

// Hides the dirty rows the filter no longer accepts, shows those it now does, and puts the
// shown ones whose sort value changed in their places: at most one layout change.
void PeersProxyModel::placeDirtyRows()
{
    std::vector<Dirty> dirty;
    dirty.swap(m_dirty);
    if (!m_peers || dirty.empty())
        return;
    std::sort(dirty.begin(), dirty.end(),
              [](const Dirty &a, const Dirty &b) { return a.row < b.row; });

    std::vector<int> hiding;  // proxy rows
    std::vector<int> showing; // source rows, in the model's order
    std::vector<int> moving;  // source rows
    std::size_t i = 0;
    while (i < dirty.size()) {
        const int row = dirty[i].row;
        bool resort = false;
        bool refilter = false;
        for (; i < dirty.size() && dirty[i].row == row; ++i) {
            resort = resort || dirty[i].resort;
            refilter = refilter || dirty[i].refilter;
        }
        if (resort && m_sortColumn >= 0)
            m_keys[static_cast<std::size_t>(row)] = keyOf(row);
        const int shownAt = m_sourceToProxy[static_cast<std::size_t>(row)];
        const bool shown = shownAt >= 0;
        const bool accepted = refilter ? accepts(row) : shown;
        if (shown && !accepted)
            hiding.push_back(shownAt);
        else if (!shown && accepted)
            showing.push_back(row);
        else if (shown && resort && m_sortColumn >= 0)
            moving.push_back(row);
    }

    // Rows to hide in a few runs go first; many go to the end in the layout change below.
    std::sort(hiding.begin(), hiding.end());
    std::vector<int> dropping;
    if (runsOf(hiding).size() <= MaxRemoveRuns) {
        removeProxyRows(std::move(hiding));
    } else {
        for (const int p : hiding)
            dropping.push_back(m_proxyToSource[static_cast<std::size_t>(p)]);
    }
    // Rows to show are added at the end in one signal, then merged into place.
    if (!showing.empty()) {
        const std::size_t first = m_proxyToSource.size();
        beginInsertRows({}, static_cast<int>(first),
                        static_cast<int>(first + showing.size()) - 1);
        m_proxyToSource.insert(m_proxyToSource.end(), showing.begin(), showing.end());
        reindexFrom(first);
        endInsertRows();
        moving.insert(moving.end(), showing.begin(), showing.end());
    }
    if (!moving.empty() || !dropping.empty()) {
        mergeIntoNext(std::move(moving), dropping);
        relayoutToNext();
    }
    removeTail(dropping.size());
}

void PeersProxyModel::sourceDataChanged(const QModelIndex &topLeft,
                                        const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!m_peers || !topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    const int left = topLeft.column();
    const int right = bottomRight.column();

    // Passed on for the shown rows, one signal per run of adjacent proxy rows.
    std::vector<int> shown;
    const auto span = static_cast<std::size_t>(last - first + 1);
    if (span * 16 > m_proxyToSource.size()) {
        // Many rows: marked in proxy order, linear instead of a sort.
        std::vector<char> hit(m_proxyToSource.size(), 0);
        for (int r = first; r <= last; ++r) {
            const int p = m_sourceToProxy[static_cast<std::size_t>(r)];
            if (p >= 0)
                hit[static_cast<std::size_t>(p)] = 1;
        }
        for (std::size_t p = 0; p < hit.size(); ++p) {
            if (hit[p])
                shown.push_back(static_cast<int>(p));
        }
    } else {
        for (int r = first; r <= last; ++r) {
            const int p = m_sourceToProxy[static_cast<std::size_t>(r)];
            if (p >= 0)
                shown.push_back(p);
        }
        std::sort(shown.begin(), shown.end());
    }
    for (const auto &[top, bottom] : runsOf(shown))
        Q_EMIT dataChanged(index(top, left), index(bottom, right), roles);

    const auto has = [&roles](int role) { return roles.isEmpty() || roles.contains(role); };
    const bool resort = m_sortColumn >= left && m_sortColumn <= right && has(PeersModel::SortRole);
    bool refilter = m_connectedOnly && has(PeersModel::ConnectedRole);
    if (!m_text.isEmpty() && has(Qt::DisplayRole)) {
        for (const int column : {PeersModel::Name, PeersModel::PublicKey, PeersModel::Endpoint,
                                 PeersModel::AllowedIPs})
            refilter = refilter || (column >= left && column <= right);
    }
    if (!resort && !refilter)
        return;
    for (int r = first; r <= last; ++r)
        m_dirty.push_back({r, resort, refilter});
    if (m_updateDepth == 0)
        placeDirtyRows();
}

void PeersProxyModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const bool appended = static_cast<std::size_t>(first) == m_sourceToProxy.size();
    m_sourceToProxy.insert(m_sourceToProxy.begin() + first, static_cast<std::size_t>(count), -1);
    if (m_sortColumn >= 0) {
        m_keys.insert(m_keys.begin() + first, static_cast<std::size_t>(count), Key());
        for (int r = first; r <= last; ++r)
            m_keys[static_cast<std::size_t>(r)] = keyOf(r);
    }
    if (!appended) {
        for (int &s : m_proxyToSource) {
            if (s >= first)
                s += count;
        }
    }
    for (Dirty &d : m_dirty) {
        if (d.row >= first)
            d.row += count;
    }
    for (int r = first; r <= last; ++r)
        m_dirty.push_back({r, true, true});
    if (m_updateDepth == 0)
        placeDirtyRows();
}

void PeersProxyModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::vector<int> rows;
    for (int r = first; r <= last; ++r) {
        const int p = m_sourceToProxy[static_cast<std::size_t>(r)];
        if (p >= 0)
            rows.push_back(p);
    }
    removeProxyRows(std::move(rows));
}

void PeersProxyModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const bool atEnd = static_cast<std::size_t>(last) + 1 == m_sourceToProxy.size();
    m_sourceToProxy.erase(m_sourceToProxy.begin() + first, m_sourceToProxy.begin() + last + 1);
    if (m_sortColumn >= 0)
        m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
    if (!atEnd) {
        for (int &s : m_proxyToSource) {
            if (s > last)
                s -= count;
        }
    }
    std::erase_if(m_dirty,
                  [first, last](const Dirty &d) { return d.row >= first && d.row <= last; });
    for (Dirty &d : m_dirty) {
        if (d.row > last)
            d.row -= count;
    }
}

void PeersProxyModel::sourceUpdateFinished()
{
    if (m_updateDepth > 0 && --m_updateDepth == 0)
        placeDirtyRows();
}

} // namespace wgdesk::models
