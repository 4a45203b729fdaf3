#include "DeliveriesModel.h"

#include <QColor>
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
    DecorationBit = 1u << 3,
    StateBit = 1u << 4,
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
        roles.append(DeliveriesModel::SortRole);
    if (bits & ToolTipBit)
        roles.append(Qt::ToolTipRole);
    if (bits & DecorationBit)
        roles.append(Qt::DecorationRole);
    if (bits & StateBit)
        roles.append(DeliveriesModel::StateRole);
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

// The next attempt is shown for pending events only.
QDateTime nextAttempt(const app::OutboxEvent &event)
{
    return event.isPending() ? event.nextAttemptAt : QDateTime();
}

} // namespace

DeliveriesModel::DeliveriesModel(QObject *parent) : IncrementalTableModel(parent) {}

int DeliveriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeliveriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DeliveriesModel::rowOf(qint64 id) const
{
    const auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                         [](const app::OutboxEvent &row, qint64 key) { return row.id > key; });
    if (it == m_rows.cend() || it->id != id)
        return -1;
    return static_cast<int>(it - m_rows.cbegin());
}

const app::OutboxEvent &DeliveriesModel::delivery(int row) const
{
    return m_rows[static_cast<std::size_t>(row)];
}

DeliveriesModel::DeliveryState DeliveriesModel::stateOf(const app::OutboxEvent &event)
{
    if (event.deliveredAt.isValid())
        return Delivered;
    if (event.failedAt.isValid())
        return Failed;
    return Pending;
}

QString DeliveriesModel::eventText(const QString &entity, const QString &event)
{
    QString what = entity;
    if (entity == u"user")
        what = tr("user");
    else if (entity == u"peer")
        what = tr("peer");
    else if (entity == u"interface")
        what = tr("interface");
    QString happened = event;
    if (event == u"create")
        happened = tr("create");
    else if (event == u"update")
        happened = tr("update");
    else if (event == u"delete")
        happened = tr("delete");
    else if (event == u"connect")
        happened = tr("connect");
    else if (event == u"disconnect")
        happened = tr("disconnect");
    return tr("%1 %2", "webhook event: entity, then what happened").arg(what, happened);
}

QString DeliveriesModel::lastResultText(const app::OutboxEvent &event)
{
    if (!event.lastError.isEmpty())
        return event.lastError;
    if (event.lastStatus)
        return tr("HTTP %1").arg(event.lastStatus);
    return {};
}

QString DeliveriesModel::stateToolTip(const app::OutboxEvent &event)
{
    QString line;
    switch (stateOf(event)) {
    case Delivered: line = tr("Delivered %1.").arg(shortTime(event.deliveredAt)); break;
    case Failed:
        line = tr("Given up %1 after %n attempt(s).", nullptr, event.attempts)
                   .arg(shortTime(event.failedAt));
        break;
    case Pending:
        line = event.attempts ? tr("Not delivered yet after %n attempt(s).", nullptr,
                                   event.attempts)
                              : tr("Not sent yet.");
        break;
    }
    if (event.deliveryId.isEmpty())
        return line;
    return line + u'\n' + tr("Delivery ID: %1").arg(event.deliveryId);
}

QVariant DeliveriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const app::OutboxEvent &e = m_rows[static_cast<std::size_t>(index.row())];
    const DeliveryState state = stateOf(e);

    switch (role) {
    case IdRole:
        return e.id;
    case StateRole:
        return int(state);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id: return e.id;
        case State:
            return state == Delivered ? tr("Delivered") : state == Failed ? tr("Failed")
                                                                          : tr("Pending");
        case Event: return eventText(e.entity, e.event);
        case Identifier: return e.identifier;
        case Attempts: return e.attempts;
        case LastResult: return lastResultText(e);
        case NextAttempt: return shortTime(nextAttempt(e));
        case Time: return shortTime(e.createdAt);
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case Id: return e.id;
        case State: return int(state);
        case Event: return QString(e.entity + u' ' + e.event);
        case Identifier: return e.identifier;
        case Attempts: return e.attempts;
        case LastResult: return lastResultText(e);
        case NextAttempt: return msecs(nextAttempt(e));
        case Time: return msecs(e.createdAt);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case State: return stateToolTip(e);
        case LastResult:
            if (!e.lastAttemptAt.isValid())
                return {};
            return tr("Last attempt: %1").arg(shortTime(e.lastAttemptAt));
        default: return {};
        }
    case Qt::DecorationRole:
        if (index.column() != State)
            return {};
        // A coloured dot without needing a GUI application or an icon theme.
        return state == Delivered ? QColor(0x2e, 0xa0, 0x43)
               : state == Failed  ? QColor(0xc0, 0x39, 0x2b)
                                  : QColor(0xd6, 0x8a, 0x00);
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Attempts)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant DeliveriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("ID");
    case State: return tr("State");
    case Event: return tr("Event");
    case Identifier: return tr("Identifier");
    case Attempts: return tr("Attempts");
    case LastResult: return tr("Last result");
    case NextAttempt: return tr("Next attempt");
    case Time: return tr("Time");
    default: return {};
    }
}

DeliveriesModel::RowChange DeliveriesModel::changeOf(int row, const app::OutboxEvent &a,
                                                     const app::OutboxEvent &b)
{
    RowChange change{row, 0, 0};
    const auto mark = [&change](int c, quint32 roles) {
        change.columns |= column(c);
        change.roles |= roles;
    };
    const DeliveryState stateA = stateOf(a);
    const DeliveryState stateB = stateOf(b);
    if (stateA != stateB)
        mark(State, ValueBits | ToolTipBit | DecorationBit | StateBit);
    else if (a.attempts != b.attempts || a.deliveredAt != b.deliveredAt
             || a.failedAt != b.failedAt || a.deliveryId != b.deliveryId)
        mark(State, ToolTipBit);
    if (a.entity != b.entity || a.event != b.event)
        mark(Event, ValueBits);
    if (a.identifier != b.identifier)
        mark(Identifier, ValueBits);
    if (a.attempts != b.attempts)
        mark(Attempts, ValueBits);
    if (lastResultText(a) != lastResultText(b))
        mark(LastResult, ValueBits);
    if (a.lastAttemptAt != b.lastAttemptAt)
        mark(LastResult, ToolTipBit);
    if (nextAttempt(a) != nextAttempt(b))
        mark(NextAttempt, ValueBits);
    if (a.createdAt != b.createdAt)
        mark(Time, ValueBits);
    return change;
}

void DeliveriesModel::setDeliveries(QList<app::OutboxEvent> events)
{
    std::vector<app::OutboxEvent> incoming;
    incoming.reserve(static_cast<std::size_t>(events.size()));
    for (app::OutboxEvent &e : events) {
        e.payload = {};
        incoming.push_back(std::move(e));
    }
    events.clear();
    const auto before = [](const app::OutboxEvent &a, const app::OutboxEvent &b) {
        return a.id > b.id;
    };
    std::stable_sort(incoming.begin(), incoming.end(), before);
    incoming.erase(std::unique(incoming.begin(), incoming.end(),
                               [](const auto &a, const auto &b) { return a.id == b.id; }),
                   incoming.end());

    // Both lists are in descending id order: one walk finds the rows that left the window.
    std::vector<int> gone;
    std::size_t in = 0;
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        while (in < incoming.size() && before(incoming[in], m_rows[r]))
            ++in;
        if (in == incoming.size() || incoming[in].id != m_rows[r].id)
            gone.push_back(static_cast<int>(r));
    }
    removeRows(std::move(gone));

    // Every row left is in `incoming`: a second walk updates them and inserts the new events,
    // one insert per run (new events form one run at the top). Rows above the walk no longer
    // move, so the changes keep their row numbers.
    std::vector<RowChange> changes;
    std::size_t row = 0;
    in = 0;
    while (in < incoming.size()) {
        if (row < m_rows.size() && m_rows[row].id == incoming[in].id) {
            const RowChange change = changeOf(static_cast<int>(row), m_rows[row], incoming[in]);
            if (change.columns)
                changes.push_back(change);
            m_rows[row] = std::move(incoming[in]);
            ++row;
            ++in;
            continue;
        }
        std::size_t end = in + 1;
        while (end < incoming.size()
               && (row == m_rows.size() || before(incoming[end], m_rows[row])))
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

void DeliveriesModel::removeRows(std::vector<int> rows)
{
    if (rows.empty())
        return;
    removeRowRuns(std::move(rows), [this](int first, int last) {
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    });
}

void DeliveriesModel::emitChanges(std::vector<RowChange> changes)
{
    IncrementalTableModel::emitChanges(std::move(changes), rolesOf);
}

DeliveriesProxyModel::DeliveriesProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DeliveriesModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DeliveriesProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void DeliveriesProxyModel::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateFilter();
}

bool DeliveriesProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_state != StateFilter::All) {
        const int state =
            source->index(sourceRow, 0, sourceParent).data(DeliveriesModel::StateRole).toInt();
        const int wanted = m_state == StateFilter::Pending     ? DeliveriesModel::Pending
                           : m_state == StateFilter::Delivered ? DeliveriesModel::Delivered
                                                               : DeliveriesModel::Failed;
        if (state != wanted)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (const int column :
         {DeliveriesModel::Identifier, DeliveriesModel::Event, DeliveriesModel::LastResult}) {
        if (source->index(sourceRow, column, sourceParent)
                .data(Qt::DisplayRole)
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace wgdesk::models
