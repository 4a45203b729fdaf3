// The users in WG Desk's records, one row each, kept sorted by identifier. Updates are
// incremental (style.md): rows are inserted and removed in runs as users come and go, and
// dataChanged covers only the cells that changed, one signal per run of adjacent rows; there is
// no reset, not even for the first fill (one insert of every row).
// UsersProxyModel sorts on the raw values of SortRole and filters by text and state.
#pragma once

#include "Domain.h"

#include "IncrementalTableModel.h"
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

#include <vector>

namespace wgdesk::models {

class UsersModel final : public IncrementalTableModel
{
    Q_OBJECT

public:
    enum Column { Identifier, Name, Email, Department, Admin, State, Peers, Updated, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: strings, 0/1, counts, ms since the epoch
        IdentifierRole,              // the user's identifier, any column
        DisabledRole,                // bool, any column; its changes are signalled on State
    };

    explicit UsersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Makes the model show `users` with the fewest signals. peerCounts maps a user identifier
    // to the number of peers the user owns (missing = 0). Of two users with one identifier,
    // the first is shown.
    void setUsers(QList<app::User> users, const QHash<QString, int> &peerCounts);

    [[nodiscard]] int rowOf(const QString &identifier) const; // -1 if none
    // The user shown in `row` (0 <= row < rowCount()).
    [[nodiscard]] const app::User &user(int row) const;

private:
    struct Row
    {
        app::User user;
        int peers = 0;
    };

    static RowChange changeOf(int row, const Row &before, const Row &after);
    QString stateToolTip(const app::User &user) const;
    QString updatedToolTip(const app::User &user) const;

    void removeRows(std::vector<int> rows);
    void emitChanges(std::vector<RowChange> changes);

    std::vector<Row> m_rows; // sorted by identifier: rowOf is a binary search
};

class UsersProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter { All, EnabledOnly, DisabledOnly };

    explicit UsersProxyModel(QObject *parent = nullptr);

    // Case-insensitive, in the identifier, name, email and department; empty = all.
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }
    void setStateFilter(StateFilter filter);
    [[nodiscard]] StateFilter stateFilter() const { return m_state; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    StateFilter m_state = StateFilter::All;
};

} // namespace wgdesk::models
