#include "InterfacesModel.h"

#include <QColor>
#include <QIcon>

#include <algorithm>

namespace wgdesk::models {

InterfacesModel::InterfacesModel(QObject *parent) : QAbstractTableModel(parent) {}

int InterfacesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InterfacesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterfacesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const app::InterfaceOverview &row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return row.name;
        case State: return stateText(row);
        case Drift: return driftText(row);
        case Description: return row.displayName;
        case Addresses: return row.addresses.join(QStringLiteral(", "));
        case ListenPort: return row.listenPort ? QVariant(row.listenPort) : QVariant(tr("random"));
        case Peers: return row.peerCount;
        case Mtu: return row.mtu;
        case Backend: return row.backend;
        case PublicKey: return row.publicKey.isEmpty() ? tr("(no private key)") : row.publicKey;
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Name: return row.name;
        case State: return (row.running ? 2 : 0) + (row.up ? 1 : 0);
        case Drift: return static_cast<int>(row.drift);
        case Description: return row.displayName;
        case Backend: return row.backend;
        case Addresses: return row.addresses.join(QStringLiteral(", "));
        case ListenPort: return row.listenPort;
        case Peers: return row.peerCount;
        case Mtu: return row.mtu;
        case PublicKey: return row.publicKey;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == ListenPort || index.column() == Peers
                                          || index.column() == Mtu))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == PublicKey)
        return row.publicKey;
    if (role == Qt::ToolTipRole && index.column() == Drift && !row.driftDetails.isEmpty())
        return row.driftDetails.join(u'\n');
    if (role == Qt::DecorationRole && index.column() == State)
        return QIcon::fromTheme(!row.running ? QStringLiteral("dialog-warning")
                                : row.up     ? QStringLiteral("network-vpn")
                                             : QStringLiteral("network-offline"));
    if (role == Qt::ForegroundRole && index.column() == Drift
        && row.drift != app::InterfaceDrift::Kind::InSync)
        return QColor(0xb0, 0x5a, 0x00);
    return {};
}

QVariant InterfacesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Interface");
    case State: return tr("State");
    case Drift: return tr("Drift");
    case Description: return tr("Description");
    case Backend: return tr("Backend");
    case Addresses: return tr("Addresses");
    case ListenPort: return tr("Listen port");
    case Peers: return tr("Peers");
    case Mtu: return tr("MTU");
    case PublicKey: return tr("Public key");
    default: return {};
    }
}

QString InterfacesModel::stateText(const app::InterfaceOverview &row)
{
    if (row.disabled)
        return tr("Disabled");
    if (!row.running)
        return tr("Not running");
    return row.up ? tr("Up") : tr("Down");
}

QString InterfacesModel::driftText(const app::InterfaceOverview &row)
{
    switch (row.drift) {
    case app::InterfaceDrift::Kind::InSync: return row.managed ? tr("In sync") : QString();
    case app::InterfaceDrift::Kind::Unmanaged: return tr("Not managed by WG Desk");
    case app::InterfaceDrift::Kind::Missing: return tr("Missing");
    case app::InterfaceDrift::Kind::Differs: return tr("Differs from the records");
    }
    return {};
}

void InterfacesModel::setInterfaces(std::vector<app::InterfaceOverview> interfaces)
{
    std::sort(interfaces.begin(), interfaces.end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });
    // Merge the two sorted lists: remove rows that went, insert rows that came, and signal
    // dataChanged only for rows whose values changed.
    std::size_t row = 0;
    for (auto &incoming : interfaces) {
        while (row < m_rows.size() && m_rows[row].name < incoming.name) {
            const int r = static_cast<int>(row);
            beginRemoveRows({}, r, r);
            m_rows.erase(m_rows.begin() + static_cast<std::ptrdiff_t>(row));
            endRemoveRows();
        }
        const int r = static_cast<int>(row);
        if (row < m_rows.size() && m_rows[row].name == incoming.name) {
            if (!(m_rows[row] == incoming)) {
                m_rows[row] = std::move(incoming);
                Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
            }
        } else {
            beginInsertRows({}, r, r);
            m_rows.insert(m_rows.begin() + static_cast<std::ptrdiff_t>(row), std::move(incoming));
            endInsertRows();
        }
        ++row;
    }
    if (row < m_rows.size()) {
        beginRemoveRows({}, static_cast<int>(row), static_cast<int>(m_rows.size()) - 1);
        m_rows.erase(m_rows.begin() + static_cast<std::ptrdiff_t>(row), m_rows.end());
        endRemoveRows();
    }
}

} // namespace wgdesk::models
