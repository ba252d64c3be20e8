#!/usr/bin/env bash
# Builds the libFuzzer target with clang and runs it for a bounded time
# (default 60 s) on a copy of the seed corpus.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
line=$(bash "$top/scripts/bootstrap.sh" | tail -n 1)
prefix=${line#QXMPP_PREFIX=}
build=${HEARTH_FUZZ_BUILD_DIR:-$top/build-fuzz}
command -v clang++ >/dev/null || { echo "fuzz: clang++ is needed (Debian: clang)" >&2; exit 1; }
if [ ! -f "$build/CMakeCache.txt" ]; then
  args=(-G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo)
  [ -n "$prefix" ] && args+=("-DCMAKE_PREFIX_PATH=$prefix")
  cmake -S "$top/tests/fuzz" -B "$build" "${args[@]}" >/dev/null
fi
cmake --build "$build" -j "${HEARTH_JOBS:-2}" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$top"/tests/fuzz/corpus/* "$work"/
cd "$work"
"$build/fuzz_microblog" "$work" -max_total_time="$seconds" -max_len=65536 -timeout=10 -print_final_stats=1 2>&1 | tail -n 12
