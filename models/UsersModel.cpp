#include "UsersModel.h"

#include <QLocale>

#include <algorithm>
#include <bit>
#include <functional>

using namespace Qt::StringLiterals;

namespace wgdesk::models {

namespace {

// Role bits of a RowChange, turned into the roles list of dataChanged.
enum RoleBit : quint32 {
    DisplayBit = 1u << 0,
    SortBit = 1u << 1,
    ToolTipBit = 1u << 2,
    DisabledBit = 1u << 3,
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
        roles.append(UsersModel::SortRole);
    if (bits & ToolTipBit)
        roles.append(Qt::ToolTipRole);
    if (bits & DisabledBit)
        roles.append(UsersModel::DisabledRole);
    return roles;
}

qint64 msecs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time, QLocale::ShortFormat) : QString();
}

bool identifierLess(const QString &a, const QString &b)
{
    return a < b;
}

} // namespace

UsersModel::UsersModel(QObject *parent) : IncrementalTableModel(parent) {}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int UsersModel::rowOf(const QString &identifier) const
{
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), identifier,
        [](const Row &row, const QString &id) { return identifierLess(row.user.identifier, id); });
    if (it == m_rows.cend() || it->user.identifier != identifier)
        return -1;
    return static_cast<int>(it - m_rows.cbegin());
}

const app::User &UsersModel::user(int row) const
{
    return m_rows[static_cast<std::size_t>(row)].user;
}

QString UsersModel::stateToolTip(const app::User &user) const
{
    if (!user.disabled.isValid())
        return {};
    const QString since = shortTime(user.disabled);
    if (user.disabledReason.isEmpty())
        return tr("Disabled since %1.").arg(since);
    return tr("Disabled since %1: %2").arg(since, user.disabledReason);
}

QString UsersModel::updatedToolTip(const app::User &user) const
{
    QStringList lines;
    if (user.createdAt.isValid())
        lines.append(user.createdBy.isEmpty()
                         ? tr("Created %1").arg(shortTime(user.createdAt))
                         : tr("Created %1 by %2").arg(shortTime(user.createdAt), user.createdBy));
    if (user.updatedAt.isValid())
        lines.append(user.updatedBy.isEmpty()
                         ? tr("Updated %1").arg(shortTime(user.updatedAt))
                         : tr("Updated %1 by %2").arg(shortTime(user.updatedAt), user.updatedBy));
    return lines.join(u'\n');
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const app::User &u = row.user;
    const bool disabled = u.disabled.isValid();

    switch (role) {
    case IdentifierRole:
        return u.identifier;
    case DisabledRole:
        return disabled;
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Identifier: return u.identifier;
        case Name:
            return tr("%1 %2", "first name, last name").arg(u.firstname, u.lastname).trimmed();
        case Email: return u.email;
        case Department: return u.department;
        case Admin:
            if (role == SortRole)
                return int(u.isAdmin);
            return u.isAdmin ? tr("Yes") : tr("No");
        case State:
            if (role == SortRole)
                return int(disabled);
            return disabled ? tr("Disabled") : tr("Enabled");
        case Peers: return row.peers;
        case Updated:
            if (role == SortRole)
                return msecs(u.updatedAt);
            return shortTime(u.updatedAt);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case State: {
            const QString tip = stateToolTip(u);
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        case Updated: {
            const QString tip = updatedToolTip(u);
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Peers)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Identifier: return tr("Identifier");
    case Name: return tr("Name");
    case Email: return tr("Email");
    case Department: return tr("Department");
    case Admin: return tr("Admin");
    case State: return tr("State");
    case Peers: return tr("Peers");
    case Updated: return tr("Updated");
    default: return {};
    }
}

UsersModel::RowChange UsersModel::changeOf(int row, const Row &before, const Row &after)
{
    const app::User &a = before.user;
    const app::User &b = after.user;
    RowChange change{row, 0, 0};
    const auto mark = [&change](int c, quint32 roles) {
        change.columns |= column(c);
        change.roles |= roles;
    };
    if (a.firstname != b.firstname || a.lastname != b.lastname)
        mark(Name, ValueBits);
    if (a.email != b.email)
        mark(Email, ValueBits);
    if (a.department != b.department)
        mark(Department, ValueBits);
    if (a.isAdmin != b.isAdmin)
        mark(Admin, ValueBits);
    if (a.disabled.isValid() != b.disabled.isValid())
        mark(State, ValueBits | ToolTipBit | DisabledBit);
    else if (b.disabled.isValid()
             && (a.disabled != b.disabled || a.disabledReason != b.disabledReason))
        mark(State, ToolTipBit);
    if (before.peers != after.peers)
        mark(Peers, ValueBits);
    if (a.updatedAt != b.updatedAt)
        mark(Updated, ValueBits | ToolTipBit);
    else if (a.updatedBy != b.updatedBy || a.createdAt != b.createdAt
             || a.createdBy != b.createdBy)
        mark(Updated, ToolTipBit);
    return change;
}

void UsersModel::setUsers(QList<app::User> users, const QHash<QString, int> &peerCounts)
{
    std::vector<Row> incoming;
    incoming.reserve(static_cast<std::size_t>(users.size()));
    for (app::User &u : users) {
        const int peers = peerCounts.value(u.identifier, 0);
        incoming.push_back({std::move(u), peers});
    }
    users.clear();
    const auto less = [](const Row &a, const Row &b) {
        return identifierLess(a.user.identifier, b.user.identifier);
    };
    std::stable_sort(incoming.begin(), incoming.end(), less);
    incoming.erase(std::unique(incoming.begin(), incoming.end(),
                               [](const Row &a, const Row &b) {
                                   return a.user.identifier == b.user.identifier;
                               }),
                   incoming.end());

    // Both lists are sorted: one walk finds the rows whose user went.
    std::vector<int> gone;
    std::size_t in = 0;
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        while (in < incoming.size() && less(incoming[in], m_rows[r]))
            ++in;
        if (in == incoming.size() || incoming[in].user.identifier != m_rows[r].user.identifier)
            gone.push_back(static_cast<int>(r));
    }
    removeRows(std::move(gone));

    // Every row left is in `incoming`: a second walk updates them and inserts the users that
    // came, one insert per run of new rows. Rows above the walk no longer move, so the changes
    // keep their row numbers.
    std::vector<RowChange> changes;
    std::size_t row = 0;
    in = 0;
    while (in < incoming.size()) {
        if (row < m_rows.size() && m_rows[row].user.identifier == incoming[in].user.identifier) {
            const RowChange change = changeOf(static_cast<int>(row), m_rows[row], incoming[in]);
            if (change.columns)
                changes.push_back(change);
            m_rows[row] = std::move(incoming[in]); // also the fields not shown
            ++row;
            ++in;
            continue;
        }
        std::size_t end = in + 1;
        while (end < incoming.size()
               && (row == m_rows.size() || less(incoming[end], m_rows[row])))
            ++end;
        const int first = static_cast<int>(row);
        beginInsertRows({}, first, first + static_cast<int>(end - in) - 1);
        m_rows.insert(m_rows.begin() + static_cast<std::ptrdiff_t>(row),
                      std::make_move_iterator(incoming.begin() + static_cast<std::ptrdiff_t>(in)),
                      std::make_move_iterator(incoming.begin() + static_cast<std::ptrdiff_t>(end)));
        endInsertRows();
        row += end - in;
        in = end;
    }
    emitChanges(std::move(changes));
}

void UsersModel::removeRows(std::vector<int> rows)
{
    if (rows.empty())
        return;
    removeRowRuns(std::move(rows), [this](int first, int last) {
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    });
}

void UsersModel::emitChanges(std::vector<RowChange> changes)
{
    IncrementalTableModel::emitChanges(std::move(changes), rolesOf);
}

UsersProxyModel::UsersProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(UsersModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void UsersProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void UsersProxyModel::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateFilter();
}

bool UsersProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_state != StateFilter::All) {
        const bool disabled =
            source->index(sourceRow, 0, sourceParent).data(UsersModel::DisabledRole).toBool();
        if (disabled != (m_state == StateFilter::DisabledOnly))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (const int column :
         {UsersModel::Identifier, UsersModel::Name, UsersModel::Email, UsersModel::Department}) {
        if (source->index(sourceRow, column, sourceParent)
                .data(Qt::DisplayRole)
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace wgdesk::models
