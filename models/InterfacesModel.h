// The WireGuard interfaces of this machine and WG Desk's records of them, one row each, with
// their state and drift. Updates are incremental: rows are
// inserted and removed as interfaces come and go, and only changed rows signal dataChanged.
#pragma once

#include "InterfaceOverview.h"

#include <QAbstractTableModel>

#include <vector>

namespace wgdesk::models {

class InterfacesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        State,
        Drift,
        Description,
        Addresses,
        ListenPort,
        Peers,
        Mtu,
        Backend,
        PublicKey,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 }; // raw values, for sorting

    explicit InterfacesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Makes the model show `interfaces` (sorted by name), with the fewest signals.
    void setInterfaces(std::vector<app::InterfaceOverview> interfaces);
    [[nodiscard]] const std::vector<app::InterfaceOverview> &interfaces() const { return m_rows; }

    static QString stateText(const app::InterfaceOverview &row);
    static QString driftText(const app::InterfaceOverview &row);

private:
    std::vector<app::InterfaceOverview> m_rows; // sorted by name
};

} // namespace wgdesk::models
