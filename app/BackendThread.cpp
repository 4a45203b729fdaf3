#include "BackendThread.h"

namespace wgdesk::app {

BackendThread::BackendThread(std::unique_ptr<platform::WireGuardBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
    , m_kind(m_backend->kind())
{
    m_thread.setObjectName(QStringLiteral("wgdesk-backend"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

BackendThread::~BackendThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace wgdesk::app
