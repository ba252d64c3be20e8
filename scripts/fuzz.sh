#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang and runs each for a
# bounded time (default 60 s) on a copy of its seed corpus
# (tests/fuzz/corpus/<target>). Exits non-zero when a target finds a crash
# or cannot be built. Usage: scripts/fuzz.sh [seconds per target] [target...]
# HEARTH_FUZZ_SEED fixes libFuzzer's seed (CTest uses 1, so that CI runs the
# same inputs each time); unset, every run explores anew.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(microblog chat profile rooms subscriptions export omemo)
line=$(bash "$top/scripts/bootstrap.sh" | tail -n 1)
prefix=${line#QXMPP_PREFIX=}
build=${HEARTH_FUZZ_BUILD_DIR:-$top/build-fuzz}
command -v clang++ >/dev/null || { echo "fuzz: clang++ is needed (Debian: clang; scripts/bootstrap.sh installs it)" >&2; exit 1; }
if [ ! -f "$build/CMakeCache.txt" ]; then
  args=(-G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo)
  [ -n "$prefix" ] && args+=("-DCMAKE_PREFIX_PATH=$prefix" "-DQXmppQt6_DIR=$prefix/lib/cmake/QXmppQt6")
  cmake -S "$top/tests/fuzz" -B "$build" "${args[@]}" >/dev/null
elif [ -n "$prefix" ] && ! grep '^QXmppQt6_DIR:' "$build/CMakeCache.txt" | grep -qF "=$prefix/lib/cmake/QXmppQt6"; then
  cmake -S "$top/tests/fuzz" -B "$build" "-DCMAKE_PREFIX_PATH=$prefix" "-DQXmppQt6_DIR=$prefix/lib/cmake/QXmppQt6" >/dev/null
fi
cmake --build "$build" -j "${HEARTH_JOBS:-2}" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in "${targets[@]}"; do
  mkdir -p "$work/$target"
  cp "$top/tests/fuzz/corpus/$target"/* "$work/$target"/
  echo "fuzz_$target: ${seconds} s on $(ls "$work/$target" | wc -l) seeds"
  (cd "$work" && "$build/fuzz_$target" "$work/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -seed="${HEARTH_FUZZ_SEED:-0}" -artifact_prefix="$build/crash-$target-" \
     -print_final_stats=1 > "$work/$target.log" 2>&1) || { tail -n 40 "$work/$target.log"; echo "fuzz_$target FAILED (the input is kept as $build/crash-$target-*)" >&2; exit 1; }
  grep -E "stat::number_of_executed_units|Done" "$work/$target.log" | tail -n 2
done
