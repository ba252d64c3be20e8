#!/usr/bin/env bash
# Installs what is missing (scripts/bootstrap.sh), then configures and builds
# Hearth into build/ (or $HEARTH_BUILD_DIR). Incremental on later runs.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${HEARTH_BUILD_DIR:-$top/build}

line=$(bash "$top/scripts/bootstrap.sh" | tail -n 1)
case "$line" in
  QXMPP_PREFIX=*) prefix=${line#QXMPP_PREFIX=} ;;
  *) echo "build: bootstrap did not finish" >&2; exit 1 ;;
esac

if [ ! -f "$build/CMakeCache.txt" ]; then
  args=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHEARTH_WERROR=ON)
  [ -n "$prefix" ] && args+=("-DCMAKE_PREFIX_PATH=$prefix" "-DQXmppQt6_DIR=$prefix/lib/cmake/QXmppQt6")
  cmake -S "$top" -B "$build" "${args[@]}"
elif [ -n "$prefix" ] && ! grep '^QXmppQt6_DIR:' "$build/CMakeCache.txt" | grep -qF "=$prefix/lib/cmake/QXmppQt6"; then
  # Another QXmpp build (a new patch level): point the build at it, and
  # forget where the old one's OMEMO module and QCA were found.
  cmake -S "$top" -B "$build" -UQXmppOmemoQt6_DIR -UQca-qt6_DIR "-DCMAKE_PREFIX_PATH=$prefix" "-DQXmppQt6_DIR=$prefix/lib/cmake/QXmppQt6"
fi
cmake --build "$build" -j "${HEARTH_JOBS:-2}"
