// Tells the GUI when another process (wgdeskctl, a monitor) or another connection changed the
// database, by watching PRAGMA data_version on a connection of its own, on a thread of its
// own, so the GUI thread never waits on SQLite. The GUI then reloads what it shows.
#pragma once

#include <QObject>
#include <QThread>

namespace wgdesk::app {

class StoreWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit StoreWatcher(const QString &databasePath, int intervalMs = 500,
                          QObject *parent = nullptr);
    ~StoreWatcher() override;

Q_SIGNALS:
    void changed();                         // on the thread that created the watcher
    void problem(const QString &sentence); // the database could not be opened

private:
    QThread m_thread;
};

} // namespace wgdesk::app
