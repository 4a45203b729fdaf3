// The peers of one interface, one row each: the stored configuration and the live status
// together. Rows are the union of the configured peers (enabled or not) and the peers the
// kernel has (managed or not). Updates are incremental (product.md, style.md): rows are
// inserted and removed as peers come and go, dataChanged covers only the cells that changed,
// batched into one signal per run of adjacent rows; a reset happens only in setInterface.
#pragma once

#include "Domain.h"
#include "PeerStatus.h"

#include "IncrementalTableModel.h"
#include <QHash>

#include <vector>

namespace wgdesk::models {

class PeersModel final : public IncrementalTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Status,
        Endpoint,
        LastHandshake,
        Received,
        Sent,
        RxRate,
        TxRate,
        AllowedIPs,
        PublicKey,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: qint64 bytes, double rates, seconds, ...
        PublicKeyRole,               // the base64 key, any column
        ConnectedRole,               // bool, any column
    };

    explicit PeersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows another interface (or the same one afresh): the only reset.
    void setInterface(const QString &name, const QList<app::Peer> &configured,
                      const QList<app::PeerStatus> &statuses);
    // One poll's change set; deltas of other interfaces are ignored.
    void applyDelta(const app::StatusDelta &delta);
    // The stored configuration changed (names, allowed IPs, enabled/disabled, peers added or
    // removed): updated with the fewest signals, like applyDelta.
    void setConfigured(const QList<app::Peer> &configured);
    // "12 s ago" ages without any change: a view calls this on a timer to repaint that column.
    void refreshRelativeTimes();

    [[nodiscard]] QString interfaceName() const { return m_interface; }
    [[nodiscard]] int rowOf(const QString &publicKey) const; // -1 if none

    // "12 s ago", "3 min ago", ...; "never" for 0.
    static QString relativeTime(qint64 secondsAgo);

private:
    struct Configured
    {
        QString displayName;
        QString userIdentifier;
        QString endpoint;
        QString allowedIps; // joined with ", "
        bool disabled = false;

        friend bool operator==(const Configured &, const Configured &) = default;
    };
    struct Row
    {
        QString publicKey;
        bool configured = false;
        Configured config;
        bool live = false; // the kernel has the peer
        app::PeerStatus status;
    };

    static Configured configuredOf(const app::Peer &peer);
    static void statusColumns(quint32 fields, quint32 &columns, quint32 &roles);
    QString name(const Row &row) const;

    void reindexFrom(int row);
    void removeRows(std::vector<int> rows);
    void appendRows(std::vector<Row> rows);
    void emitChanges(std::vector<RowChange> changes);

    QString m_interface;
    std::vector<Row> m_rows;
    QHash<QString, int> m_rowByKey;
};

} // namespace wgdesk::models
