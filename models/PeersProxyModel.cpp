#include "PeersProxyModel.h"

#include "PeersModel.h"

namespace wgdesk::models {

PeersProxyModel::PeersProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PeersModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PeersProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void PeersProxyModel::setConnectedOnly(bool connectedOnly)
{
    if (connectedOnly == m_connectedOnly)
        return;
    m_connectedOnly = connectedOnly;
    invalidateFilter();
}

bool PeersProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_connectedOnly
        && !source->index(sourceRow, 0, sourceParent).data(PeersModel::ConnectedRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column : {PeersModel::Name, PeersModel::PublicKey, PeersModel::Endpoint,
                             PeersModel::AllowedIPs}) {
        if (source->index(sourceRow, column, sourceParent)
                .data(Qt::DisplayRole)
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace wgdesk::models
