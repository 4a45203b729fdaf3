#!/usr/bin/env bash
# Runs the kernel backend benchmark inside the test VM (one boot), from a configured build tree.
# Usage: tests/bench/run-netlink-bench.sh [BUILD_DIR] [PEER_COUNTS...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd -P)
shift || true
cmake --build "$build" --target BenchNetlink >/dev/null
WGDESK_VM_TIMEOUT=${WGDESK_VM_TIMEOUT:-3000} WGDESK_VM_MEMORY=${WGDESK_VM_MEMORY:-8192} \
  "$here/../vm/run-in-vm.sh" "$build/vm" "$build" -- "$build/tests/bench/BenchNetlink" "$@"
