// Runs a job on a worker object's thread and hands its result back to the caller's thread,
// for BackendThread and AsyncServices alike.
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <utility>

namespace wgdesk::app {

// Runs job(*target) on `worker`'s thread, then done(result) on `replyVia`'s thread if `context`
// still exists by then. The result travels through `replyVia` (which must outlive the jobs it
// is given) and only there is `context` checked, so a context destroyed meanwhile is never used.
template <typename Target, typename Job, typename Done>
void runAndReply(QObject *worker, Target *target, QObject *replyVia, QObject *context, Job job,
                 Done done)
{
    QPointer<QObject> guard(context);
    QPointer<QObject> reply(replyVia);
    QMetaObject::invokeMethod(worker, [target, reply, guard, job = std::move(job),
                                       done = std::move(done)]() mutable {
        auto result = job(*target);
        QMetaObject::invokeMethod(
            reply.data(),
            [result = std::move(result), guard, done = std::move(done)]() mutable {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace wgdesk::app
