#!/bin/sh
# macOS: Hearth.app with Qt, QML and the libraries inside, and a .dmg.
# Usage (from a Homebrew build, see the README): packaging/macos/bundle.sh BUILD_DIR
set -eu
build=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
app="$build/app/hearth.app"
[ -d "$app" ] || { echo "bundle.sh: no $app (configure on macOS: the target is a bundle there)" >&2; exit 1; }
# QML imports are read from the sources so every module they use is copied.
macdeployqt "$app" -qmldir="$src/qml" -always-overwrite
# Ad-hoc signature: enough to run on the machine that built it; a release
# is signed and notarized with the developer's identity instead.
codesign --force --deep --sign - "$app"
hdiutil create -volname Hearth -srcfolder "$app" -ov -format UDZO "$build/Hearth.dmg"
echo "bundle.sh: $build/Hearth.dmg"
