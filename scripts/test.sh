#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every
# test (unit, integration against a private Prosody, QML, GUI smoke), the
# benchmarks at small sizes as smoke tests, and the fuzz targets, with CTest.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${HEARTH_BUILD_DIR:-$top/build}
bash "$top/scripts/build.sh"
cd "$build"
# Tests that need a display get the offscreen platform from CTest itself.
# With arguments, they go to one ctest run (e.g. -R tst_chat).
if [ $# -gt 0 ]; then
  exec ctest --output-on-failure -j "${HEARTH_JOBS:-2}" "$@"
fi
# Three phases, each run even when an earlier one failed: the tests, two at
# a time; then the benchmarks at CI sizes, one at a time (nothing beside a
# timed run); then the fuzz targets (a second build, with clang).
status=0
ctest --output-on-failure -j "${HEARTH_JOBS:-2}" -LE 'benchmark|fuzz' || status=1
ctest --output-on-failure -L benchmark || status=1
ctest --output-on-failure -L fuzz || status=1
exit $status
