// Errors crossing the platform seam: a kind a program can act on, the errno behind it, and a
// sentence for the operator (with the kernel's own extended-ack text when it sent one).
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace wgdesk::platform {

struct BackendError
{
    enum class Kind {
        None,
        NoWireGuard,       // the kernel has no WireGuard (generic netlink family missing)
        PermissionDenied,  // CAP_NET_ADMIN missing
        NoSuchInterface,   // no link by that name, or it is not a WireGuard link
        InvalidName,       // interface name does not match [a-zA-Z0-9_=+.-]{1,15}
        NameTaken,         // a link with that name exists
        InvalidArgument,   // the kernel refused a value
        Unavailable,       // the backend cannot be used here (e.g. wireguard-go missing)
        Io,                // socket or protocol failure
    };

    Kind kind = Kind::None;
    int errnum = 0;        // positive errno, 0 when not from the system
    QString message;       // a complete sentence for the operator
    QString kernelMessage; // the kernel's extended-ack message, when it sent one

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
};

template <typename T> class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(BackendError error) : m_state(std::move(error)) {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return std::get<T>(m_state); }
    [[nodiscard]] T &value() & { return std::get<T>(m_state); }
    [[nodiscard]] T value() && { return std::get<T>(std::move(m_state)); }
    // An empty error (kind None) when the result is a value.
    [[nodiscard]] const BackendError &error() const
    {
        static const BackendError none;
        const auto *error = std::get_if<BackendError>(&m_state);
        return error ? *error : none;
    }

private:
    std::variant<T, BackendError> m_state;
};

// Result<void>: success or an error.
template <> class Result<void>
{
public:
    Result() = default;
    Result(BackendError error) : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const BackendError &error() const
    {
        static const BackendError none;
        return m_error ? *m_error : none;
    }

private:
    std::optional<BackendError> m_error;
};

} // namespace wgdesk::platform
