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
#include <QStringView>

#include <array>
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
    // Part of one: its removals or not, and ranges of its added and changed peers (to < 0 = to
    // the end). DeltaPacer feeds a large change set this way, slice by slice, without copying.
    struct DeltaPart
    {
        bool removed = true;
        qsizetype addedFrom = 0, addedTo = -1;
        qsizetype changedFrom = 0, changedTo = -1;
    };
    void applyDelta(const app::StatusDelta &delta, const DeltaPart &part);
    // The stored configuration changed (names, allowed IPs, enabled/disabled, peers added or
    // removed): updated with the fewest signals, like applyDelta.
    void setConfigured(const QList<app::Peer> &configured);
    // "12 s ago" ages without any change: a view calls this on a timer to repaint that column.
    void refreshRelativeTimes();

    [[nodiscard]] QString interfaceName() const { return m_interface; }
    [[nodiscard]] int rowOf(const QString &publicKey) const; // -1 if none

    // Typed access for PeersProxyModel, which sorts and filters 100,000 rows per poll without
    // a QVariant per comparison. Rows must be valid.
    // < 0, 0 or > 0 as row a's SortRole value in `column` orders before, with or after row b's
    // (text case-insensitively).
    [[nodiscard]] int compareRows(int column, int a, int b) const;

    // A row's sort value packed into two unsigned numbers, compared high then low, so that a
    // sort touches a small array instead of the rows. Numbers are packed exactly; text by its
    // first 16 characters (case-folded if asked), so equal keys still need the full compare.
    struct SortKey
    {
        quint64 high = 0;
        quint64 low = 0;
        bool exact = false; // equal keys mean equal values
        bool usable = true; // false: a non-Latin-1 character in the first 16; compare in full
    };
    [[nodiscard]] SortKey sortKey(int column, int row) const;
    static SortKey textSortKey(QStringView text, Qt::CaseSensitivity cs);
    [[nodiscard]] const QString &publicKeyAt(int row) const
    {
        return m_rows[static_cast<std::size_t>(row)].publicKey;
    }
    [[nodiscard]] bool isConnectedAt(int row) const;
    // The free-text filter: in the shown name, public key, endpoint or allowed IPs, any case.
    [[nodiscard]] bool rowContains(int row, QStringView text) const;

    // "12 s ago", "3 min ago", ...; "never" for 0.
    static QString relativeTime(qint64 secondsAgo);

Q_SIGNALS:
    // Bracket the signals of one applyDelta or setConfigured, so that a proxy can re-sort once
    // per update instead of once per dataChanged.
    void updateStarted();
    void updateFinished();

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
    // name() without allocating: an unnamed peer's shortened key is built in `buffer`.
    static QStringView nameView(const Row &row, std::array<QChar, 9> &buffer);
    static QStringView endpointOf(const Row &row);

    void reindexFrom(int row);
    void removeRows(std::vector<int> rows);
    void appendRows(std::vector<Row> rows);
    void emitChanges(std::vector<RowChange> changes);

    QString m_interface;
    std::vector<Row> m_rows;
    QHash<QString, int> m_rowByKey;
};

} // namespace wgdesk::models
