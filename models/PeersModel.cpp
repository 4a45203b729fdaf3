#include "PeersModel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <bit>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace wgdesk::models {

namespace {

// Role bits of a RowChange, turned into the roles list of dataChanged.
enum RoleBit : quint32 {
    DisplayBit = 1u << 0,
    SortBit = 1u << 1,
    ToolTipBit = 1u << 2,
    DecorationBit = 1u << 3,
    ConnectedBit = 1u << 4,
    PublicKeyBit = 1u << 5,
};

constexpr quint32 ValueBits = DisplayBit | SortBit;

quint32 column(int c)
{
    return 1u << c;
}

QList<int> rolesOf(quint32 bits)
{
    QList<int> roles;
    if (bits & DisplayBit)
        roles.append(Qt::DisplayRole);
    if (bits & SortBit)
        roles.append(PeersModel::SortRole);
    if (bits & ToolTipBit)
        roles.append(Qt::ToolTipRole);
    if (bits & DecorationBit)
        roles.append(Qt::DecorationRole);
    if (bits & ConnectedBit)
        roles.append(PeersModel::ConnectedRole);
    if (bits & PublicKeyBit)
        roles.append(PeersModel::PublicKeyRole);
    return roles;
}

qint64 raw(quint64 bytes)
{
    constexpr auto max = static_cast<quint64>(std::numeric_limits<qint64>::max());
    return static_cast<qint64>(std::min(bytes, max));
}

QString bytesText(quint64 bytes)
{
    return QLocale().formattedDataSize(raw(bytes), 1, QLocale::DataSizeIecFormat);
}

QString sessionTime(qint64 sec, qint64 nsec)
{
    if (sec == 0 && nsec == 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(sec * 1000 + nsec / 1'000'000),
                              QLocale::ShortFormat);
}

// The columns a status column set spans: every status column.
constexpr quint32 AllStatusColumns = (1u << PeersModel::Status) | (1u << PeersModel::Endpoint)
                                     | (1u << PeersModel::LastHandshake)
                                     | (1u << PeersModel::Received) | (1u << PeersModel::Sent)
                                     | (1u << PeersModel::RxRate) | (1u << PeersModel::TxRate)
                                     | (1u << PeersModel::Name);

template <typename T> int threeWay(T a, T b)
{
    return (b < a) - (a < b);
}

// Emits updateStarted now and updateFinished when it goes out of scope.
class UpdateBracket
{
public:
    explicit UpdateBracket(PeersModel *model) : m_model(model) { Q_EMIT m_model->updateStarted(); }
    ~UpdateBracket() { Q_EMIT m_model->updateFinished(); }
    UpdateBracket(const UpdateBracket &) = delete;
    UpdateBracket &operator=(const UpdateBracket &) = delete;

private:
    PeersModel *m_model;
};

} // namespace

PeersModel::PeersModel(QObject *parent) : IncrementalTableModel(parent) {}

int PeersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PeersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PeersModel::rowOf(const QString &publicKey) const
{
    return m_rowByKey.value(publicKey, -1);
}

QString PeersModel::relativeTime(qint64 secondsAgo)
{
    if (secondsAgo < 0)
        secondsAgo = 0;
    if (secondsAgo < 60)
        return tr("%n s ago", nullptr, static_cast<int>(secondsAgo));
    if (secondsAgo < 3600)
        return tr("%n min ago", nullptr, static_cast<int>(secondsAgo / 60));
    if (secondsAgo < 86400)
        return tr("%n h ago", nullptr, static_cast<int>(secondsAgo / 3600));
    return tr("%n day(s) ago", nullptr, static_cast<int>(secondsAgo / 86400));
}

QString PeersModel::name(const Row &row) const
{
    if (row.configured && !row.config.displayName.isEmpty())
        return row.config.displayName;
    if (row.live && !row.status.displayName.isEmpty())
        return row.status.displayName;
    return row.publicKey.left(8) + u"\u2026"_s;
}

QStringView PeersModel::nameView(const Row &row, std::array<QChar, 9> &buffer)
{
    if (row.configured && !row.config.displayName.isEmpty())
        return row.config.displayName;
    if (row.live && !row.status.displayName.isEmpty())
        return row.status.displayName;
    const auto length = std::min<qsizetype>(8, row.publicKey.size());
    std::copy_n(row.publicKey.constData(), length, buffer.begin());
    buffer[static_cast<std::size_t>(length)] = QChar(u'\u2026');
    return QStringView(buffer.data(), length + 1);
}

QStringView PeersModel::endpointOf(const Row &row)
{
    return row.live ? row.status.endpoint : row.config.endpoint;
}

int PeersModel::compareRows(int column, int a, int b) const
{
    const Row &x = m_rows[static_cast<std::size_t>(a)];
    const Row &y = m_rows[static_cast<std::size_t>(b)];
    // Each case compares what data(SortRole) returns for the column.
    switch (column) {
    case Name: {
        std::array<QChar, 9> bufferX;
        std::array<QChar, 9> bufferY;
        return nameView(x, bufferX).compare(nameView(y, bufferY), Qt::CaseInsensitive);
    }
    case Status: {
        const auto rank = [](const Row &row) {
            return row.configured && row.config.disabled ? 0
                   : row.live && row.status.isConnected  ? 2
                                                         : 1;
        };
        return threeWay(rank(x), rank(y));
    }
    case Endpoint: return endpointOf(x).compare(endpointOf(y), Qt::CaseInsensitive);
    case LastHandshake: return threeWay(x.status.lastHandshakeSec, y.status.lastHandshakeSec);
    case Received: return threeWay(raw(x.status.bytesReceived), raw(y.status.bytesReceived));
    case Sent: return threeWay(raw(x.status.bytesTransmitted), raw(y.status.bytesTransmitted));
    case RxRate: return threeWay(x.status.rxRate, y.status.rxRate);
    case TxRate: return threeWay(x.status.txRate, y.status.txRate);
    case AllowedIPs:
        return QStringView(x.config.allowedIps).compare(y.config.allowedIps, Qt::CaseInsensitive);
    case PublicKey:
        return QStringView(x.publicKey).compare(y.publicKey, Qt::CaseInsensitive);
    default: return 0;
    }
}

namespace {

// Unsigned numbers in the order of the signed ones.
quint64 orderable(qint64 value)
{
    return static_cast<quint64>(value) ^ (quint64{1} << 63);
}

// Unsigned numbers in the order of the doubles (NaN above infinity).
quint64 orderable(double value)
{
    const auto bits = std::bit_cast<quint64>(value == 0 ? 0.0 : value); // -0 == +0
    return (bits >> 63) ? ~bits : bits | (quint64{1} << 63);
}

PeersModel::SortKey numberKey(quint64 value)
{
    return {value, 0, true, true};
}

} // namespace

PeersModel::SortKey PeersModel::textSortKey(QStringView text, Qt::CaseSensitivity cs)
{
    // One byte per character, zero after the end: shorter sorts first, as QString::compare.
    SortKey key;
    const qsizetype length = std::min<qsizetype>(text.size(), 16);
    for (qsizetype i = 0; i < length; ++i) {
        char32_t unit = text[i].unicode();
        if (cs == Qt::CaseInsensitive && !QChar::isSurrogate(unit))
            unit = QChar::toCaseFolded(unit);
        if (unit > 0xff) {
            key.usable = false; // QString::compare folds beyond Latin-1 and surrogate pairs
            return key;
        }
        quint64 &word = i < 8 ? key.high : key.low;
        word |= quint64{unit} << (8 * (7 - i % 8));
    }
    return key;
}

PeersModel::SortKey PeersModel::sortKey(int column, int row) const
{
    const Row &r = m_rows[static_cast<std::size_t>(row)];
    const app::PeerStatus &s = r.status;
    switch (column) {
    case Name: {
        std::array<QChar, 9> buffer;
        return textSortKey(nameView(r, buffer), Qt::CaseInsensitive);
    }
    case Status:
        return numberKey(r.configured && r.config.disabled ? 0 : r.live && s.isConnected ? 2 : 1);
    case Endpoint: return textSortKey(endpointOf(r), Qt::CaseInsensitive);
    case LastHandshake: return numberKey(orderable(s.lastHandshakeSec));
    case Received: return numberKey(orderable(raw(s.bytesReceived)));
    case Sent: return numberKey(orderable(raw(s.bytesTransmitted)));
    case RxRate: return numberKey(orderable(s.rxRate));
    case TxRate: return numberKey(orderable(s.txRate));
    case AllowedIPs: return textSortKey(r.config.allowedIps, Qt::CaseInsensitive);
    case PublicKey: return textSortKey(r.publicKey, Qt::CaseInsensitive);
    default: return numberKey(0);
    }
}

bool PeersModel::isConnectedAt(int row) const
{
    const Row &r = m_rows[static_cast<std::size_t>(row)];
    return r.live && r.status.isConnected;
}

bool PeersModel::rowContains(int row, QStringView text) const
{
    const Row &r = m_rows[static_cast<std::size_t>(row)];
    std::array<QChar, 9> buffer;
    return nameView(r, buffer).contains(text, Qt::CaseInsensitive)
           || QStringView(r.publicKey).contains(text, Qt::CaseInsensitive)
           || endpointOf(r).contains(text, Qt::CaseInsensitive)
           || QStringView(r.config.allowedIps).contains(text, Qt::CaseInsensitive);
}

QVariant PeersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const app::PeerStatus &s = row.status;
    const bool disabled = row.configured && row.config.disabled;
    const bool connected = row.live && s.isConnected;

    switch (role) {
    case PublicKeyRole:
        return row.publicKey;
    case ConnectedRole:
        return connected;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return name(row);
        case Status:
            return disabled ? tr("Disabled") : connected ? tr("Connected") : tr("Not connected");
        case Endpoint: return row.live ? s.endpoint : row.config.endpoint;
        case LastHandshake:
            if (!row.live)
                return QString();
            if (s.lastHandshakeSec == 0)
                return tr("never");
            return relativeTime(QDateTime::currentSecsSinceEpoch() - s.lastHandshakeSec);
        case Received: return row.live ? bytesText(s.bytesReceived) : QString();
        case Sent: return row.live ? bytesText(s.bytesTransmitted) : QString();
        case RxRate:
            return row.live ? tr("%1/s").arg(bytesText(static_cast<quint64>(s.rxRate)))
                            : QString();
        case TxRate:
            return row.live ? tr("%1/s").arg(bytesText(static_cast<quint64>(s.txRate)))
                            : QString();
        case AllowedIPs: return row.config.allowedIps;
        case PublicKey: return row.publicKey;
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case Name: return name(row);
        case Status: return disabled ? 0 : connected ? 2 : 1;
        case Endpoint: return row.live ? s.endpoint : row.config.endpoint;
        case LastHandshake: return s.lastHandshakeSec;
        case Received: return raw(s.bytesReceived);
        case Sent: return raw(s.bytesTransmitted);
        case RxRate: return s.rxRate;
        case TxRate: return s.txRate;
        case AllowedIPs: return row.config.allowedIps;
        case PublicKey: return row.publicKey;
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name: {
            const QString user = row.configured ? row.config.userIdentifier : s.userIdentifier;
            if (!row.configured)
                return tr("Not in WG Desk's records: added outside WG Desk.");
            return user.isEmpty() ? QVariant() : QVariant(tr("Owner: %1").arg(user));
        }
        case Status: {
            if (disabled)
                return tr("Disabled: kept in the records, not in the kernel.");
            if (!row.live)
                return tr("Not running: the kernel does not have this peer.");
            QStringList lines;
            if (s.isPingable)
                lines.append(tr("Answers ping checks."));
            if (s.lastPing.isValid())
                lines.append(tr("Last answered ping: %1")
                                 .arg(QLocale().toString(s.lastPing, QLocale::ShortFormat)));
            const QString session = sessionTime(s.lastSessionStartSec, s.lastSessionStartNsec);
            if (!session.isEmpty())
                lines.append(connected ? tr("Connected since %1").arg(session)
                                       : tr("Last session started %1").arg(session));
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
        }
        case LastHandshake:
            return sessionTime(s.lastHandshakeSec, s.lastHandshakeNsec);
        case PublicKey: return row.publicKey;
        default: return {};
        }
    case Qt::DecorationRole:
        if (index.column() != Status)
            return {};
        // A coloured dot without needing a GUI application or an icon theme.
        return disabled ? QColor(Qt::gray) : connected ? QColor(0x2e, 0xa0, 0x43)
                                                       : QColor(0xc0, 0x39, 0x2b);
    case Qt::TextAlignmentRole:
        if (index.column() >= Received && index.column() <= TxRate)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant PeersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Status: return tr("Status");
    case Endpoint: return tr("Endpoint");
    case LastHandshake: return tr("Latest handshake");
    case Received: return tr("Received");
    case Sent: return tr("Sent");
    case RxRate: return tr("Receiving");
    case TxRate: return tr("Sending");
    case AllowedIPs: return tr("Allowed IPs");
    case PublicKey: return tr("Public key");
    default: return {};
    }
}

PeersModel::Configured PeersModel::configuredOf(const app::Peer &peer)
{
    return {peer.displayName, peer.userIdentifier, peer.endpoint,
            peer.allowedIps.join(u", "_s), peer.disabled.isValid()};
}

void PeersModel::statusColumns(quint32 fields, quint32 &columns, quint32 &roles)
{
    using F = app::StatusField;
    if (fields & F::IsConnected) {
        columns |= column(Status);
        roles |= ValueBits | ToolTipBit | DecorationBit | ConnectedBit;
    }
    if (fields & (F::IsPingable | F::LastPing | F::LastSessionStart)) {
        columns |= column(Status);
        roles |= ToolTipBit;
    }
    if (fields & F::Endpoint) {
        columns |= column(Endpoint);
        roles |= ValueBits;
    }
    if (fields & F::LastHandshake) {
        columns |= column(LastHandshake);
        roles |= ValueBits | ToolTipBit;
    }
    if (fields & F::BytesReceived) {
        columns |= column(Received);
        roles |= ValueBits;
    }
    if (fields & F::BytesTransmitted) {
        columns |= column(Sent);
        roles |= ValueBits;
    }
    if (fields & F::RxRate) {
        columns |= column(RxRate);
        roles |= ValueBits;
    }
    if (fields & F::TxRate) {
        columns |= column(TxRate);
        roles |= ValueBits;
    }
    if (fields & F::DisplayName) {
        columns |= column(Name);
        roles |= ValueBits;
    }
    if (fields & F::UserIdentifier) {
        columns |= column(Name);
        roles |= ToolTipBit;
    }
}

void PeersModel::setInterface(const QString &name, const QList<app::Peer> &configured,
                              const QList<app::PeerStatus> &statuses)
{
    beginResetModel();
    m_interface = name;
    m_rows.clear();
    m_rowByKey.clear();
    m_rows.reserve(static_cast<std::size_t>(configured.size() + statuses.size()));
    m_rowByKey.reserve(configured.size() + statuses.size());
    for (const app::Peer &peer : configured) {
        if (m_rowByKey.contains(peer.publicKey))
            continue;
        m_rowByKey.insert(peer.publicKey, static_cast<int>(m_rows.size()));
        m_rows.push_back({peer.publicKey, true, configuredOf(peer), false, {}});
    }
    for (const app::PeerStatus &status : statuses) {
        const auto it = m_rowByKey.constFind(status.publicKey);
        if (it != m_rowByKey.cend()) {
            Row &row = m_rows[static_cast<std::size_t>(*it)];
            row.live = true;
            row.status = status;
            continue;
        }
        m_rowByKey.insert(status.publicKey, static_cast<int>(m_rows.size()));
        m_rows.push_back({status.publicKey, false, {}, true, status});
    }
    endResetModel();
}

void PeersModel::applyDelta(const app::StatusDelta &delta)
{
    applyDelta(delta, DeltaPart{});
}

void PeersModel::applyDelta(const app::StatusDelta &delta, const DeltaPart &part)
{
    if (delta.interfaceIdentifier != m_interface)
        return;
    const UpdateBracket bracket(this);
    const auto bounds = [](qsizetype from, qsizetype to, qsizetype size) {
        return std::pair{std::clamp<qsizetype>(from, 0, size),
                         to < 0 ? size : std::clamp<qsizetype>(to, 0, size)};
    };

    // Gone from the kernel: a configured peer keeps its row (it shows "not running").
    std::vector<RowChange> changes;
    std::vector<int> gone;
    for (const QString &key : part.removed ? delta.removed : QStringList()) {
        const int r = rowOf(key);
        if (r < 0)
            continue;
        Row &row = m_rows[static_cast<std::size_t>(r)];
        if (!row.live)
            continue;
        if (row.configured) {
            row.live = false;
            row.status = {};
            changes.push_back({r, AllStatusColumns, ValueBits | ToolTipBit | DecorationBit
                                                        | ConnectedBit});
        } else {
            gone.push_back(r);
        }
    }
    if (!gone.empty()) {
        // Rows shift: the changes collected so far are redone by key below.
        std::vector<QString> changedKeys;
        changedKeys.reserve(changes.size());
        for (const RowChange &change : changes)
            changedKeys.push_back(m_rows[static_cast<std::size_t>(change.row)].publicKey);
        removeRows(std::move(gone));
        for (std::size_t i = 0; i < changes.size(); ++i)
            changes[i].row = rowOf(changedKeys[i]);
    }

    const auto [changedFrom, changedTo] = bounds(part.changedFrom, part.changedTo,
                                                 delta.changed.size());
    for (qsizetype i = changedFrom; i < changedTo; ++i) {
        const app::PeerStatusChange &change = delta.changed.at(i);
        const int r = rowOf(change.status.publicKey);
        if (r < 0)
            continue; // not shown: set afresh by setInterface
        Row &row = m_rows[static_cast<std::size_t>(r)];
        RowChange rowChange{r, 0, 0};
        if (!row.live) {
            rowChange.columns = AllStatusColumns;
            rowChange.roles = ValueBits | ToolTipBit | DecorationBit | ConnectedBit;
        } else {
            statusColumns(change.changedFields, rowChange.columns, rowChange.roles);
        }
        row.live = true;
        row.status = change.status;
        if (rowChange.columns)
            changes.push_back(rowChange);
    }

    std::vector<Row> added;
    const auto [addedFrom, addedTo] = bounds(part.addedFrom, part.addedTo, delta.added.size());
    for (qsizetype i = addedFrom; i < addedTo; ++i) {
        const app::PeerStatus &status = delta.added.at(i);
        const int r = rowOf(status.publicKey);
        if (r >= 0) {
            Row &row = m_rows[static_cast<std::size_t>(r)];
            row.live = true;
            row.status = status;
            changes.push_back({r, AllStatusColumns, ValueBits | ToolTipBit | DecorationBit
                                                        | ConnectedBit});
        } else {
            added.push_back({status.publicKey, false, {}, true, status});
        }
    }
    appendRows(std::move(added));
    emitChanges(std::move(changes));
}

void PeersModel::setConfigured(const QList<app::Peer> &configured)
{
    const UpdateBracket bracket(this);
    QHash<QString, const app::Peer *> byKey;
    byKey.reserve(configured.size());
    for (const app::Peer &peer : configured)
        byKey.insert(peer.publicKey, &peer);

    constexpr quint32 ConfigColumns = (1u << Name) | (1u << Status) | (1u << Endpoint)
                                      | (1u << AllowedIPs);
    std::vector<RowChange> changes;
    std::vector<int> gone;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const int r = static_cast<int>(i);
        const auto it = byKey.constFind(row.publicKey);
        if (it == byKey.cend()) {
            if (!row.configured)
                continue;
            if (!row.live) {
                gone.push_back(r);
                continue;
            }
            row.configured = false;
            row.config = {};
            changes.push_back({r, ConfigColumns, ValueBits | ToolTipBit | DecorationBit});
            continue;
        }
        const Configured config = configuredOf(**it);
        if (!row.configured || !(row.config == config)) {
            quint32 columns = 0;
            quint32 roles = 0;
            if (!row.configured) {
                columns = ConfigColumns;
                roles = ValueBits | ToolTipBit | DecorationBit;
            } else {
                if (row.config.displayName != config.displayName) {
                    columns |= column(Name);
                    roles |= ValueBits;
                }
                if (row.config.userIdentifier != config.userIdentifier) {
                    columns |= column(Name);
                    roles |= ToolTipBit;
                }
                if (row.config.disabled != config.disabled) {
                    columns |= column(Status);
                    roles |= ValueBits | ToolTipBit | DecorationBit;
                }
                if (row.config.endpoint != config.endpoint && !row.live) {
                    columns |= column(Endpoint);
                    roles |= ValueBits;
                }
                if (row.config.allowedIps != config.allowedIps) {
                    columns |= column(AllowedIPs);
                    roles |= ValueBits;
                }
            }
            row.configured = true;
            row.config = config;
            if (columns)
                changes.push_back({r, columns, roles});
        }
        byKey.erase(it);
    }

    std::vector<Row> added;
    for (const app::Peer &peer : configured) {
        if (byKey.remove(peer.publicKey)) // each new key once, in the given order
            added.push_back({peer.publicKey, true, configuredOf(peer), false, {}});
    }

    if (!gone.empty()) {
        std::vector<QString> changedKeys;
        changedKeys.reserve(changes.size());
        for (const RowChange &change : changes)
            changedKeys.push_back(m_rows[static_cast<std::size_t>(change.row)].publicKey);
        removeRows(std::move(gone));
        for (std::size_t i = 0; i < changes.size(); ++i)
            changes[i].row = rowOf(changedKeys[i]);
    }
    appendRows(std::move(added));
    emitChanges(std::move(changes));
}

void PeersModel::refreshRelativeTimes()
{
    if (m_rows.empty())
        return;
    Q_EMIT dataChanged(index(0, LastHandshake),
                       index(static_cast<int>(m_rows.size()) - 1, LastHandshake),
                       {Qt::DisplayRole});
}

void PeersModel::reindexFrom(int first)
{
    for (std::size_t i = static_cast<std::size_t>(first); i < m_rows.size(); ++i)
        m_rowByKey.insert(m_rows[i].publicKey, static_cast<int>(i));
}

void PeersModel::removeRows(std::vector<int> rows)
{
    if (rows.empty())
        return;
    for (const int r : rows)
        m_rowByKey.remove(m_rows[static_cast<std::size_t>(r)].publicKey);
    const int lowest = *std::min_element(rows.begin(), rows.end());
    removeRowRuns(std::move(rows), [this](int first, int last) {
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    });
    reindexFrom(lowest);
}

void PeersModel::appendRows(std::vector<Row> rows)
{
    if (rows.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.reserve(m_rows.size() + rows.size());
    for (Row &row : rows) {
        m_rowByKey.insert(row.publicKey, static_cast<int>(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
}

void PeersModel::emitChanges(std::vector<RowChange> changes)
{
    IncrementalTableModel::emitChanges(std::move(changes), rolesOf);
}

} // namespace wgdesk::models
