#include "MonitorLock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace wgdesk::app {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MonitorLock", text);
}

std::optional<MonitorLock::Holder> readHolder(int fd)
{
    char buffer[128] = {};
    const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
    if (n <= 0)
        return std::nullopt;
    const QStringList parts = QString::fromLatin1(buffer, n).trimmed().split(u' ');
    MonitorLock::Holder h;
    h.pid = parts.value(0).toLongLong();
    h.role = parts.value(1);
    if (h.pid <= 0)
        return std::nullopt;
    return h;
}

int openLockFile(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0 && error)
        *error = tr("Could not open the monitor lock %1: %2.")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    return fd;
}

} // namespace

MonitorLock::~MonitorLock()
{
    unlock();
}

QString MonitorLock::pathFor(const QString &databasePath)
{
    return databasePath + u".monitor-lock"_s;
}

bool MonitorLock::tryLock(const QString &databasePath, const QString &role, Holder *holder,
                          QString *error)
{
    if (error)
        error->clear();
    if (m_fd >= 0)
        return true;
    const QString path = pathFor(databasePath);
    const int fd = openLockFile(path, error);
    if (fd < 0)
        return false;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int saved = errno;
        if (saved == EWOULDBLOCK) {
            if (holder)
                *holder = readHolder(fd).value_or(Holder{});
        } else if (error) {
            *error = tr("Could not lock %1: %2.")
                         .arg(path, QString::fromLocal8Bit(std::strerror(saved)));
        }
        ::close(fd);
        return false;
    }
    const QByteArray text = QByteArray::number(qint64(::getpid())) + ' ' + role.toLatin1() + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, text.constData(), text.size(), 0) != text.size()) {
        // The lock holds all the same; only the "who" text is missing.
    }
    m_fd = fd;
    return true;
}

bool MonitorLock::lockUnlessMonitor(const QString &databasePath, const QString &role,
                                    int timeoutMs, Holder *holder, QString *error)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        Holder h;
        if (tryLock(databasePath, role, &h, error))
            return true;
        if (holder)
            *holder = h;
        if ((error && !error->isEmpty()) || h.role != u"cli"_s || deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
}

void MonitorLock::unlock()
{
    if (m_fd < 0)
        return;
    // Leave the file; truncating it first would race with the next holder's text.
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

std::optional<MonitorLock::Holder> MonitorLock::holder(const QString &databasePath)
{
    const int fd = ::open(QFile::encodeName(pathFor(databasePath)).constData(),
                          O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return std::nullopt;
    std::optional<Holder> result;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK)
        result = readHolder(fd).value_or(Holder{});
    else
        ::flock(fd, LOCK_UN);
    ::close(fd);
    return result;
}

} // namespace wgdesk::app
