#!/usr/bin/env bash
# Builds Hearth and runs every benchmark at the README's sizes, one at a
# time, then prints the performance table they measured (what, measured,
# target, met) with the machine. Exits non-zero when a benchmark fails its
# own checks or misses a target. Usage: scripts/bench.sh [bench_name...]
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${HEARTH_BUILD_DIR:-$top/build}
bash "$top/scripts/build.sh" >&2
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} QT_QUICK_BACKEND=${QT_QUICK_BACKEND:-software}
# The README's sizes: nothing from CTest's smoke settings.
unset HEARTH_BENCH_SMOKE HEARTH_BENCH_RUNS HEARTH_BENCH_POSTS HEARTH_BENCH_SCROLL HEARTH_BENCH_MESSAGES HEARTH_BENCH_CATCHUP HEARTH_BENCH_E2EE_MESSAGES
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(bench_startup bench_login bench_contacts bench_feed bench_catchup bench_scroll bench_chat bench_chat_open bench_communities bench_export bench_import bench_memory bench_links bench_omemo bench_omemo_catchup bench_qrscan)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
failed=()
for name in "${names[@]}"; do
  echo "== $name" >&2
  if ! "$build/tests/benchmarks/$name" 2>"$out.err" | tee -a "$out" >&2; then
    failed+=("$name")
    tail -n 5 "$out.err" >&2
  fi
  rm -f "$out.err"
done
echo
echo "Machine: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | xargs), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%d)"
echo
echo "| What | Measured | Target | |"
echo "|---|---|---|---|"
grep '^row: ' "$out" | sed -e 's/^row: /| /' -e 's/$/ |/'
if [ ${#failed[@]} -gt 0 ]; then
  echo
  echo "bench: failed a check or missed a target: ${failed[*]}" >&2
  exit 1
fi
