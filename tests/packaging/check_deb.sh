#!/bin/sh
# Issue 18: the .deb. Builds it with CPack from this build, installs it with
# dpkg into a scratch root (its own dpkg database; the dependencies are this
# machine's Debian packages, not installed again there), and checks that the
# installed hearth runs from there without the build tree: --version, the
# private QXmpp found through $ORIGIN, the desktop entry and AppStream
# metainfo valid.
# Usage: check_deb.sh BUILD_DIR
set -eu
build=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/hearth-deb-XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "check_deb: FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/hearth_*.deb)
echo "check_deb: built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# What it asks of the system: Debian's packages only.
depends=$(dpkg-deb -f "$deb" Depends)
echo "$depends" | grep -q 'libqt6core6' || fail "Depends lacks Qt: $depends"
echo "$depends" | grep -q 'qml6-module-qtquick-controls' || fail "Depends lacks the QML modules: $depends"
echo "$depends" | grep -qi 'qxmpp' && fail "Depends names QXmpp, which Debian 12 does not have: $depends"

# Installed into a scratch root with dpkg (maintainer scripts run outside it:
# they only call ldconfig).
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
: >"$root/var/lib/dpkg/status"
dpkg --root="$root" --force-depends --force-script-chrootless --log=/dev/null -i "$deb" >"$work/dpkg.log" 2>&1 \
    || { cat "$work/dpkg.log"; fail "dpkg -i"; }
dpkg --root="$root" -s hearth | grep -q '^Status: install ok installed' || fail "dpkg does not list hearth as installed"
hearth="$root/usr/bin/hearth"
[ -x "$hearth" ] || fail "no $hearth"

# Nothing points at the build machine.
runpath=$(readelf -d "$hearth" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')
case "$runpath" in
    *"$build"*|*/.cache/*|*/home/*|*/root/*) fail "RUNPATH names the build machine: $runpath" ;;
esac
resolved=$(ldd "$hearth" | grep libQXmppQt6 || true)
case "$(echo "$resolved" | sed 's|/usr/bin/\.\./|/usr/|')" in
    *"$root/usr/lib/hearth/"*) ;;
    *) fail "QXmpp is not the packaged one: $resolved" ;;
esac
ldd "$hearth" | grep -q 'not found' && fail "unresolved libraries: $(ldd "$hearth" | grep 'not found')"

first=$(QT_QPA_PLATFORM=offscreen "$hearth" --version | head -n 1)
[ "$first" = "hearth $(dpkg-deb -f "$deb" Version)" ] || fail "--version said: $first"
"$hearth" --version | grep -q '^QXmpp 1\.10' || fail "--version does not list QXmpp"
# OMEMO: QXmpp's module, QCA and QCA's OpenSSL provider come with the package,
# and the installed binary finds the provider (else --version says "missing").
for lib in libQXmppOmemoQt6.so.5 libqca-qt6.so.2 qca-qt6/crypto/libqca-ossl.so; do
    [ -f "$root/usr/lib/hearth/$lib" ] || fail "the package lacks /usr/lib/hearth/$lib"
done
qca=$("$hearth" --version | grep '^QCA ' || true)
echo "$qca" | grep -q '^QCA 2\.' || fail "--version does not list QCA: $qca"
echo "$qca" | grep -q 'missing' && fail "the installed hearth does not find QCA's provider: $qca"
# ... the packaged one (this machine also has the build's, where QCA looks last).
LD_DEBUG=files "$hearth" --version 2>&1 >/dev/null | grep 'calling init:.*libqca-ossl\.so' \
    | grep -q "$root/usr/lib/hearth/qca-qt6/crypto/" || fail "the installed hearth loads another QCA provider than its own"
ldd "$root/usr/lib/hearth/qca-qt6/crypto/libqca-ossl.so" | grep -q 'not found' && fail "QCA's provider has unresolved libraries"

# And its window: the login page drawn from the installed binary.
QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software XDG_RUNTIME_DIR="$work" \
    "$hearth" --profile "$work/profile" --no-keychain --view login --screenshot-timeout 30 --screenshot "$work/login.png" >"$work/gui.log" 2>&1 \
    || { tail -20 "$work/gui.log"; fail "the installed hearth did not draw its window"; }
[ -s "$work/login.png" ] || fail "no screenshot from the installed hearth"

desktop-file-validate "$root/usr/share/applications/im.hearth.Hearth.desktop" || fail "desktop entry"
grep -q '^Exec=hearth %u$' "$root/usr/share/applications/im.hearth.Hearth.desktop" || fail "the desktop entry does not pass links"
grep -q 'x-scheme-handler/xmpp' "$root/usr/share/applications/im.hearth.Hearth.desktop" || fail "no xmpp: handler"
appstreamcli validate --no-net "$root/usr/share/metainfo/im.hearth.Hearth.metainfo.xml" || fail "metainfo"
[ -f "$root/usr/share/icons/hicolor/scalable/apps/im.hearth.Hearth.svg" ] || fail "no icon"
echo "check_deb: installed in a scratch root; $first; QXmpp from $(echo "$resolved" | awk '{print $3}')"
