#!/usr/bin/env bash
# Runs the webhook delivery benchmark (issue 5) from a configured build tree, on this machine (no
# VM: it needs only loopback). Extra arguments go to BenchWebhooks (--events, --runs, ...).
# Usage: tests/bench/run-webhook-bench.sh [BUILD_DIR] [BenchWebhooks options...]
# WGDESK_BENCH_MAX_LOAD=1.0 waits (up to 30 min) until the 1-minute load average is below that,
# since other builds on a 2-core machine move the numbers by 2x.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [[ $# -gt 0 && $1 != -* ]]; then
  build=$(cd "$1" && pwd -P)
  shift
else
  build=$(cd "$here/../../build" && pwd -P)
fi
cmake --build "$build" --target BenchWebhooks >/dev/null
if [[ -n ${WGDESK_BENCH_MAX_LOAD:-} ]]; then
  for _ in $(seq 180); do
    awk -v max="$WGDESK_BENCH_MAX_LOAD" '{ exit !($1 < max) }' /proc/loadavg && break
    sleep 10
  done
fi
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
exec "$build/tests/bench/BenchWebhooks" "$@"
