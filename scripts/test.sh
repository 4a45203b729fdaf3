#!/usr/bin/env bash
# Installs what WG Desk's tests need (Debian 12, as root), builds, and runs every test level:
# unit, userspace (wireguard-go in a private network namespace), kernel (real kernel WireGuard
# in a qemu VM) and gui (offscreen).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${WGDESK_BUILD_DIR:-$top/build}
"$top/scripts/install-deps.sh" test
cmake -S "$top" -B "$build" -G Ninja -DBUILD_TESTING=ON >/dev/null
cmake --build "$build" -j "$(nproc)"
cd "$build"
ctest --output-on-failure -j 2 "$@"
