#!/usr/bin/env bash
# Builds Hearth and runs the benchmarks with their full number of runs; the
# figures go into the README's performance table with the machine they came
# from.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${HEARTH_BUILD_DIR:-$top/build}
bash "$top/scripts/build.sh"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} QT_QUICK_BACKEND=${QT_QUICK_BACKEND:-software}
echo "machine: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | xargs), $(nproc) cores"
for bench in "$build"/tests/benchmarks/bench_*; do
  if [ -f "$bench" ] && [ -x "$bench" ]; then
    "$bench" 2>/dev/null || echo "bench: $(basename "$bench") failed" >&2
  fi
done
