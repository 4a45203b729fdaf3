// Sorting and filtering of the peers table: sorts on the raw values of PeersModel::SortRole
// (1000 bytes after 999, not before 2), filters by free text and, optionally, connected peers.
#pragma once

#include <QSortFilterProxyModel>

namespace wgdesk::models {

class PeersProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PeersProxyModel(QObject *parent = nullptr);

    // Case-insensitive, in the name, public key, endpoint and allowed IPs; empty = all.
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }
    void setConnectedOnly(bool connectedOnly);
    [[nodiscard]] bool connectedOnly() const { return m_connectedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_connectedOnly = false;
};

} // namespace wgdesk::models
