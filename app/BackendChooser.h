// Which WireGuard backend to use: the one asked for (--backend, WGDESK_BACKEND), or the kernel's.
#pragma once

#include "Result.h"
#include "WireGuardBackend.h"

#include <memory>

namespace wgdesk::app {

// `requested` is "auto", "kernel" or "userspace" (empty means: WGDESK_BACKEND, else "auto").
// Returns the backend, or an error sentence saying why none can be used.
platform::Result<std::unique_ptr<platform::WireGuardBackend>>
chooseBackend(const QString &requested);

} // namespace wgdesk::app
