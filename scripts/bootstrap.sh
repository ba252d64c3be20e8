#!/usr/bin/env bash
# Installs what Hearth needs to build, test and run its demo on Debian 12 (and
# newer), then makes sure QXmpp 1.10 for Qt 6 is available: an installed one
# when CMake finds it, else a cached build from the Debian source tarball.
# Idempotent: a second run checks and returns in about a second.
#
# Prints, as its last line, `QXMPP_PREFIX=<dir>` (empty when a system QXmpp is
# used) so callers can pass it to CMake.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
log() { printf 'bootstrap: %s\n' "$*" >&2; }
die() { printf 'bootstrap: error: %s\n' "$*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || die "run as root or install sudo"
  SUDO="sudo"
fi

# ---- 1. Debian packages ------------------------------------------------------
packages=(
  build-essential cmake ninja-build pkg-config ca-certificates
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qtquick-dialogs qml6-module-qtcore qml6-module-qttest qml6-module-qt-labs-settings
  qml6-module-qtquick-shapes
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
  qtkeychain-qt6-dev libsqlite3-dev libmd4c-dev libmd4c-html0-dev libgl-dev
  libarchive-dev libsodium-dev
  prosody lua-unbound
  xvfb xauth fonts-dejavu-core fonts-noto-color-emoji libgl1-mesa-dri
  clang libclang-rt-dev
  patch
  dbus-daemon qml6-module-qt-labs-platform python3-yaml
  appstream desktop-file-utils dpkg-dev file
)
if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${packages[@]}"; do
    st=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$st" = installed ] || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${#missing[@]} Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    # The packaged Prosody must not start a system-wide server: tests and the
    # demo run their own on loopback. policy-rc.d keeps invoke-rc.d quiet.
    policy=/usr/sbin/policy-rc.d
    if [ ! -e "$policy" ]; then
      printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
      $SUDO chmod +x "$policy"
      remove_policy=1
    fi
    rc=0
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 || rc=$?
    if [ "${remove_policy:-0}" = 1 ]; then $SUDO rm -f "$policy"; fi
    [ $rc -eq 0 ] || die "apt-get install failed"
  fi
else
  log "not a Debian system: install Qt 6.4+, QtKeychain, SQLite, md4c and QXmpp 1.10 yourself (see README)"
fi

# ---- 2. QXmpp 1.10 for Qt 6 --------------------------------------------------
QXMPP_VERSION=1.10.3
QXMPP_TARBALL=qxmpp_${QXMPP_VERSION}.orig.tar.gz
QXMPP_SHA256=0e280c364a7ae3728ea4a42f2486e4b6dc1d0808193c015224ff6f689c591930
# Applied to that tarball (see the patch's header; drop it with a QXmpp that
# parses incrementally). Its level is in the prefix's name, so a changed
# patch builds anew beside the old prefix.
QXMPP_PATCH=$here/patches/qxmpp-1.10.3-incremental-parse.patch
QXMPP_PATCH_SHA256=30561f4c25987e6697ded94cb995410394ae7ac49e687fd030b36902dd85f037
cache_root=${HEARTH_DEPS_DIR:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/hearth/deps}
prefix=$cache_root/qxmpp-$QXMPP_VERSION-hearth1

system_qxmpp() {
  # A tiny CMake probe: the same find_package the project uses.
  local d; d=$(mktemp -d)
  cat >"$d/CMakeLists.txt" <<'CM'
cmake_minimum_required(VERSION 3.16)
project(probe NONE)
find_package(QXmppQt6 1.10 QUIET)
if(NOT QXmppQt6_FOUND)
  message(FATAL_ERROR "no")
endif()
CM
  local ok=1
  cmake -S "$d" -B "$d/b" >/dev/null 2>&1 && ok=0
  rm -rf "$d"
  return $ok
}

if [ -f "$prefix/.hearth-complete" ]; then
  echo "QXMPP_PREFIX=$prefix"; exit 0
fi
if [ "${HEARTH_FORCE_QXMPP_BUILD:-0}" != 1 ] && system_qxmpp; then
  log "using the installed QXmpp for Qt 6"
  echo "QXMPP_PREFIX="; exit 0
fi

log "building QXmpp $QXMPP_VERSION for Qt 6 into $prefix (once, a few minutes)"
mkdir -p "$cache_root"
work=$(mktemp -d "$cache_root/.qxmpp-work.XXXXXX")
cleanup() { rm -rf "$work" "$prefix.partial"; }
trap cleanup EXIT

tarball="$cache_root/$QXMPP_TARBALL"
verify() { echo "$QXMPP_SHA256  $1" | sha256sum -c --status; }
if [ -f "$tarball" ] && ! verify "$tarball"; then rm -f "$tarball"; fi
if [ ! -f "$tarball" ]; then
  # A private apt configuration that adds Debian 13's sources from the mirror
  # this machine already uses: no host name is written here.
  mirror=$(
    { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}';
      grep -hsE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list |
        sed -E 's/^deb (\[[^]]*\] )?//' | awk '{print $1}'; } |
      grep -v -- '-security' | grep -E '/debian/?$' | head -n1 || true)
  [ -n "$mirror" ] || die "no Debian mirror found in /etc/apt to fetch the QXmpp source from"
  apt_dir="$work/apt"
  mkdir -p "$apt_dir/state/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/src"
  keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  echo "deb-src [signed-by=$keyring] ${mirror%/} trixie main" >"$apt_dir/sources.list"
  aptopts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=-"
           -o "Dir::State=$apt_dir/state" -o "Dir::Cache=$apt_dir/cache"
           -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root")
  log "fetching the qxmpp source package index through apt's mirror"
  apt-get "${aptopts[@]}" update -qq >&2 || die "apt could not read Debian 13's source index from $mirror"
  # The .dsc and .debian.tar.xz may be missing on the mirror; the orig
  # tarball is all we need and its hash is checked below.
  (cd "$apt_dir/src" && apt-get "${aptopts[@]}" source --download-only "qxmpp=$QXMPP_VERSION-1" >&2) || true
  [ -f "$apt_dir/src/$QXMPP_TARBALL" ] || die "could not download $QXMPP_TARBALL through apt"
  verify "$apt_dir/src/$QXMPP_TARBALL" || die "$QXMPP_TARBALL: SHA-256 mismatch, refusing to build it"
  mv "$apt_dir/src/$QXMPP_TARBALL" "$tarball"
fi

tar -xzf "$tarball" -C "$work"
src=$(find "$work" -maxdepth 1 -type d -name 'qxmpp*' | head -n1)
[ -n "$src" ] || die "unexpected layout in $QXMPP_TARBALL"
echo "$QXMPP_PATCH_SHA256  $QXMPP_PATCH" | sha256sum -c --status || die "$QXMPP_PATCH: SHA-256 mismatch, refusing to apply it"
(cd "$src" && patch -p1 --batch --forward --quiet <"$QXMPP_PATCH") >&2 || die "$QXMPP_PATCH does not apply to $QXMPP_TARBALL"
rm -rf "$prefix.partial"
cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DQT_VERSION_MAJOR=6 -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_DOCUMENTATION=OFF \
  -DCMAKE_INSTALL_PREFIX="$prefix" >&2
cmake --build "$work/build" -j "${HEARTH_JOBS:-2}" >&2
DESTDIR="$prefix.partial" cmake --install "$work/build" >&2
# Install into a staging dir, then move it into place in one step, so an
# interrupted build never leaves a half-made prefix that looks complete.
rm -rf "$prefix"
mv "$prefix.partial$prefix" "$prefix"
touch "$prefix/.hearth-complete"
log "QXmpp $QXMPP_VERSION installed in $prefix"
echo "QXMPP_PREFIX=$prefix"
