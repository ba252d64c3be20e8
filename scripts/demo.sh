#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds, and starts
# Hearth on its built-in demo (a private Prosody on a free loopback port with
# seeded accounts), logged in. Extra arguments go to hearth, for example
# `scripts/demo.sh --view settings` or `scripts/demo.sh --screenshot demo.png`.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${HEARTH_BUILD_DIR:-$top/build}
bash "$top/scripts/build.sh"

wants_screenshot=0
for arg in "$@"; do
  [ "$arg" = "--screenshot" ] && wants_screenshot=1
done
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] && [ "$(uname)" = Linux ]; then
  if [ $wants_screenshot = 1 ]; then
    export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software
  else
    cat >&2 <<'MSG'
demo: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).
  To see the app on a virtual display:  xvfb-run -a scripts/demo.sh
  To save a picture of it instead:      scripts/demo.sh --screenshot demo.png [--view feed|settings|...]
MSG
    exit 2
  fi
fi
exec "$build/app/hearth" --demo "$@"
