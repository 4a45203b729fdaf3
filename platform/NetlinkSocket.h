// A libnl socket that keeps what libnl's error codes lose: the kernel's raw errno and its
// extended-ack message. Every request asks for an ACK; extended ACKs are enabled and capped
// (so a refused 32 KiB message is not echoed back in full).
#pragma once

#include "Result.h"

#include <QString>

struct nl_sock;
struct nl_msg;
struct nl_cb;
struct nlmsgerr;
struct sockaddr_nl;

namespace wgdesk::platform {

class NetlinkSocket
{
public:
    explicit NetlinkSocket(int protocol);
    ~NetlinkSocket();
    NetlinkSocket(const NetlinkSocket &) = delete;
    NetlinkSocket &operator=(const NetlinkSocket &) = delete;

    // Null (and openError() set) when the socket could not be made.
    [[nodiscard]] nl_sock *get() const { return m_sock; }
    [[nodiscard]] const QString &openError() const { return m_openError; }

    // Call before a request; afterwards lastErrno()/lastKernelMessage() describe a refusal.
    void clearError();
    [[nodiscard]] int lastErrno() const { return m_errno; }
    [[nodiscard]] const QString &lastKernelMessage() const { return m_kernelMessage; }

    // Sends msg (takes ownership) and waits for its ACK. Returns 0 or a negative libnl code;
    // on a kernel refusal lastErrno() holds the errno.
    int sendAndWaitForAck(nl_msg *msg);

    // Translates a libnl result code into an error, preferring the raw errno when the kernel
    // sent one. `what` says what was being done, e.g. "create the interface wg0".
    [[nodiscard]] BackendError makeError(int nlResult, const QString &what,
                                         const QString &interfaceName) const;

    // The error handler installed on callbacks used with this socket.
    static int errorHandler(::sockaddr_nl *, ::nlmsgerr *error, void *arg);
    void installErrorHandler(nl_cb *cb);

private:
    nl_sock *m_sock = nullptr;
    QString m_openError;
    int m_errno = 0;
    QString m_kernelMessage;
};

// An error sentence for errno `errnum` while doing `what` (already translated).
BackendError errorFromErrno(int errnum, const QString &what, const QString &interfaceName,
                            const QString &kernelMessage = {});

} // namespace wgdesk::platform
