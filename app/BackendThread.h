// The one thread that owns the WireGuard backend (its netlink or UAPI sockets) and runs its
// calls in order. Callers hand it a job and get the result back on their own thread, so the
// GUI thread never waits on netlink.
#pragma once

#include "AsyncJob.h"
#include "WireGuardBackend.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>
#include <type_traits>

namespace wgdesk::app {

class BackendThread final : public QObject
{
    Q_OBJECT

public:
    explicit BackendThread(std::unique_ptr<platform::WireGuardBackend> backend,
                           QObject *parent = nullptr);
    ~BackendThread() override;

    [[nodiscard]] QString backendKind() const { return m_kind; }

    // Runs job(backend) on the backend thread, then done(result) on context's thread (if
    // context still exists by then).
    template <typename Job, typename Done> void run(Job job, QObject *context, Done done)
    {
        runAndReply(m_worker, m_backend.get(), this, context, std::move(job), std::move(done));
    }

    // For an object that works on the backend thread itself (the status monitor): give it
    // backendForThreadObjects() (to be used from that thread only), then adopt() it, which
    // moves it there. Delete it with destroyOnThread() before this BackendThread goes.
    platform::WireGuardBackend &backendForThreadObjects() { return *m_backend; }
    void adopt(QObject *object) { object->moveToThread(&m_thread); }
    void destroyOnThread(QObject *object)
    {
        QMetaObject::invokeMethod(
            m_worker, [object] { delete object; }, Qt::BlockingQueuedConnection);
    }

private:
    std::unique_ptr<platform::WireGuardBackend> m_backend;
    QString m_kind;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; jobs are queued to it
};

} // namespace wgdesk::app
