#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (C++ tr() and QML qsTr()).
# Run after changing user-visible strings; commit the .ts files.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=$(command -v lupdate-qt6 || true)
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || { echo "lupdate (Qt 6 Linguist tools) not found" >&2; exit 1; }
cd "$top"
for lang in fr de; do
  "$lupdate" -silent -locations relative -no-obsolete core ui qml app \
    -ts "translations/hearth_${lang}.ts" -target-language "$lang"
done
echo "updated: translations/hearth_fr.ts translations/hearth_de.ts"
