// "One monitor at a time" (product.md): status polling, connect/disconnect detection and
// webhook delivery are done by the process holding an flock() on a file beside the database:
// the GUI while it runs, or `wgdeskctl monitor`. A wgdeskctl edit made while no monitor runs
// holds it briefly (role "cli") to deliver its own events.
//
// The lock is released by the kernel when its holder exits, even on SIGKILL; the file's text
// (pid and role) only says who holds it. The descriptor is close-on-exec, so children such as
// wireguard-go never inherit the lock.
#pragma once

#include <QString>

#include <optional>

namespace wgdesk::app {

class MonitorLock
{
public:
    struct Holder
    {
        qint64 pid = 0;
        QString role; // "gui", "monitor" or "cli"
    };

    MonitorLock() = default;
    ~MonitorLock();
    MonitorLock(const MonitorLock &) = delete;
    MonitorLock &operator=(const MonitorLock &) = delete;

    // The lock file of a database: "<database>.monitor-lock".
    static QString pathFor(const QString &databasePath);

    // Takes the lock without waiting. False when another process holds it (*holder then says
    // who, if it could be read) or on an error (*error says why; empty when just held).
    bool tryLock(const QString &databasePath, const QString &role, Holder *holder,
                 QString *error);
    // Like tryLock, but waits up to timeoutMs while a holder of role "cli" has it (a monitor
    // never lets go, so a "gui" or "monitor" holder ends the wait at once).
    bool lockUnlessMonitor(const QString &databasePath, const QString &role, int timeoutMs,
                           Holder *holder, QString *error);
    void unlock();
    [[nodiscard]] bool isLocked() const { return m_fd >= 0; }

    // Who holds the lock of this database now; nullopt when nobody does.
    static std::optional<Holder> holder(const QString &databasePath);

private:
    int m_fd = -1;
};

} // namespace wgdesk::app
