#!/usr/bin/env bash
# Runs the live-status poll-cycle benchmark inside the test VM (one boot), from a configured
# build tree. Usage: tests/bench/run-status-bench.sh [BUILD_DIR] [BenchStatusPoll ARGS...]
# (default peer counts: 10000 100000; see docs/benchmarks.md, "Live status: poll cycle").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd -P)
shift || true
cmake --build "$build" --target BenchStatusPoll >/dev/null
# QT_HASH_SEED=0: under the VM's emulated CPU, Qt's AES-based string hash spreads keys so badly
# that every QHash<QString, ...> probes linearly (see BenchStatusPoll.cpp); the portable hash
# Qt uses with seed 0 is unaffected.
WGDESK_VM_TIMEOUT=${WGDESK_VM_TIMEOUT:-3600} WGDESK_VM_MEMORY=${WGDESK_VM_MEMORY:-8192} \
  "$here/../vm/run-in-vm.sh" "$build/vm" "$build" -- \
  /usr/bin/env QT_HASH_SEED=0 "$build/tests/bench/BenchStatusPoll" "$@"
