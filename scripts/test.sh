#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every
# test (unit, integration against a private Prosody, QML, GUI smoke, and the
# benchmarks once each) with CTest.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${HEARTH_BUILD_DIR:-$top/build}
bash "$top/scripts/build.sh"
cd "$build"
# Tests that need a display get the offscreen platform from CTest itself.
ctest --output-on-failure -j "${HEARTH_JOBS:-2}" "$@"
