#include "StoreWatcher.h"

#include "Store.h"

#include <QTimer>

#include <memory>

namespace wgdesk::app {

namespace {

// Lives on the watcher's thread: the store connection and the timer.
class Worker final : public QObject
{
public:
    Worker(StoreWatcher *owner, QString path, int intervalMs)
        : m_owner(owner)
        , m_path(std::move(path))
        , m_intervalMs(intervalMs)
    {
    }

    void start()
    {
        QString error;
        m_store = std::make_unique<Store>();
        if (!m_store->open(m_path, &error)) {
            QMetaObject::invokeMethod(m_owner, [owner = m_owner, error] {
                Q_EMIT owner->problem(error);
            });
            m_store.reset();
            return;
        }
        m_version = m_store->dataVersion();
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this] {
            const qint64 version = m_store->dataVersion();
            if (version == m_version)
                return;
            m_version = version;
            QMetaObject::invokeMethod(m_owner, [owner = m_owner] { Q_EMIT owner->changed(); });
        });
        timer->start(m_intervalMs);
    }

private:
    StoreWatcher *m_owner;
    QString m_path;
    int m_intervalMs;
    std::unique_ptr<Store> m_store;
    qint64 m_version = -1;
};

} // namespace

StoreWatcher::StoreWatcher(const QString &databasePath, int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("wgdesk-store-watcher"));
    auto *worker = new Worker(this, databasePath, intervalMs);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(worker, [worker] { worker->start(); });
}

StoreWatcher::~StoreWatcher()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace wgdesk::app
