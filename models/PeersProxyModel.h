// Sorting and filtering of the peers table: sorts on the raw values of PeersModel::SortRole
// (1000 bytes after 999, not before 2; text in any case; ties by public key), filters by free
// text and, optionally, connected peers.
//
// Not a QSortFilterProxyModel: that one re-sorts each changed row on its own, a pass over all
// rows each (125 ms per poll at 100,000 peers sorted by a traffic column; docs/benchmarks.md).
// This one compares typed keys taken from PeersModel (PeersModel::sortKey, no QVariant) and,
// once per update (PeersModel::updateStarted/updateFinished), takes the changed rows out of the
// order, sorts them and merges them back in one pass, inside one layout change.
#pragma once

#include <QAbstractProxyModel>
#include <QItemSelection>

#include <vector>

namespace wgdesk::models {

class PeersModel;

class PeersProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit PeersProxyModel(QObject *parent = nullptr);

    // The source must be a PeersModel (anything else is refused with a warning).
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // Case-insensitive, in the name, public key, endpoint and allowed IPs; empty = all.
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }
    void setConnectedOnly(bool connectedOnly);
    [[nodiscard]] bool connectedOnly() const { return m_connectedOnly; }

    // As QTableView's header calls it; column -1 shows the model's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QItemSelection mapSelectionToSource(const QItemSelection &selection) const override;
    QItemSelection mapSelectionFromSource(const QItemSelection &selection) const override;

private:
    // A source row to place again at the end of the update.
    struct Dirty
    {
        int row = 0;
        bool resort = false;   // its sort value changed
        bool refilter = false; // what the filter looks at changed (or the row is new)
    };

    // A source row's sort value and public key, abbreviated (PeersModel::SortKey): comparisons
    // read this array, not the rows scattered in memory.
    struct Key
    {
        quint64 high = 0;
        quint64 low = 0;
        quint64 tie = 0; // the public key's first 8 characters
        bool exact = false;
        bool usable = false;
        bool tieUsable = false;
    };

    [[nodiscard]] Key keyOf(int sourceRow) const;
    void computeKeys();
    [[nodiscard]] bool accepts(int sourceRow) const;
    [[nodiscard]] bool lessThan(int sourceA, int sourceB) const;
    void rebuild();
    void reindexFrom(std::size_t proxyRow);
    void relayoutToNext();
    void removeProxyRows(std::vector<int> proxyRows);
    void removeTail(std::size_t count);
    void mergeIntoNext(std::vector<int> moving, const std::vector<int> &dropping);
    void markAllDirty(bool resort, bool refilter);
    void placeDirtyRows();

    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceUpdateFinished();

    PeersModel *m_peers = nullptr;
    std::vector<int> m_proxyToSource; // the shown source rows, in order
    std::vector<int> m_sourceToProxy; // -1 for rows the filter hides
    std::vector<Key> m_keys;          // per source row while sorted by a column
    std::vector<Dirty> m_dirty;       // waiting for the end of the source's update
    // Scratch space kept between polls: reallocating 100,000 rows each poll costs page faults.
    std::vector<int> m_next;          // the order being built, swapped with m_proxyToSource
    std::vector<int> m_kept;
    std::vector<char> m_marks;        // per source row, all 0 between uses
    int m_updateDepth = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_text;
    bool m_connectedOnly = false;
    std::vector<QMetaObject::Connection> m_connections;
};

} // namespace wgdesk::models
