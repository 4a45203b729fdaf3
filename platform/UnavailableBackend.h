// The backend of a process that has no WireGuard backend: every call fails with the reason
// there is none, so that work needing no WireGuard (users, settings, the delivery log) can
// still go through Services, and work that needs it says why it cannot.
#pragma once

#include "WireGuardBackend.h"

namespace wgdesk::platform {

class UnavailableBackend final : public WireGuardBackend
{
public:
    explicit UnavailableBackend(QString reason)
        : m_error{BackendError::Kind::Unavailable, 0, std::move(reason), {}}
    {
    }

    [[nodiscard]] QString kind() const override { return QStringLiteral("none"); }
    Result<void> probe() override { return m_error; }
    Result<QStringList> listInterfaces() override { return m_error; }
    Result<void> createInterface(const QString &) override { return m_error; }
    Result<void> deleteInterface(const QString &) override { return m_error; }
    Result<Device> readDevice(const QString &) override { return m_error; }
    ApplyReport applyChanges(const DeviceChange &) override
    {
        ApplyReport report;
        report.error = m_error;
        return report;
    }
    Result<LinkInfo> linkInfo(const QString &) override { return m_error; }
    Result<void> setMtu(const QString &, int) override { return m_error; }
    Result<void> setUp(const QString &, bool) override { return m_error; }
    Result<void> addAddress(const QString &, const IpPrefix &) override { return m_error; }
    Result<void> removeAddress(const QString &, const IpPrefix &) override { return m_error; }

private:
    BackendError m_error;
};

} // namespace wgdesk::platform
