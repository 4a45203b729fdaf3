#!/usr/bin/env bash
# Installs what WG Desk needs (Debian 12, as root), builds it, and starts it.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh" run
cmake -S "$top" -B "$top/build" -G Ninja -DBUILD_TESTING=OFF >/dev/null
cmake --build "$top/build" --target wgdesk wgdeskctl
exec "$top/build/bin/wgdesk" "$@"
