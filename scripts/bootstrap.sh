#!/usr/bin/env bash
# Installs what Hearth needs to build, test and run its demo on Debian 12 (and
# newer), then makes sure QXmpp 1.10 for Qt 6 with its OMEMO module is
# available: an installed one when CMake finds it, else a cached build from
# Debian's source tarballs (QCA for Qt 6 first: Debian 12 has none).
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
  libomemo-c-dev libssl-dev qt6-5compat-dev libzxing-dev gnome-keyring
  qt6-multimedia-dev qml6-module-qtmultimedia gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  python3-omemo python3-oldmemo python3-twomemo python3-slixmpp python3-xmlschema
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

# ---- 2. QCA and QXmpp 1.10 for Qt 6, with OMEMO -------------------------------
QXMPP_VERSION=1.10.3
QXMPP_TARBALL=qxmpp_${QXMPP_VERSION}.orig.tar.gz
QXMPP_SHA256=0e280c364a7ae3728ea4a42f2486e4b6dc1d0808193c015224ff6f689c591930
# Applied to that tarball in this order, each checked first (see each
# patch's header for why, and when to drop it).
QXMPP_PATCHES=(
  "qxmpp-1.10.3-incremental-parse.patch 30561f4c25987e6697ded94cb995410394ae7ac49e687fd030b36902dd85f037"
  "qxmpp-1.10.3-omemo-kex.patch a586ee4dfe72a14c618399c05cc34dc8b5f0ff822b308ce6019bebbafb9eb164"
  "qxmpp-1.10.3-sce-extensions.patch 7beeeaed9eebe2298681e3887ba99a62b12fc9cb20ae3b2b1747610ff9406dfb"
  "qxmpp-1.10.3-omemo-qt-hmac.patch 6404e3cf44991a572a601c11f7aef983678911233a914405ddce0c8d4cb1e3fd"
  "qxmpp-1.10.3-omemo-one-session.patch b40131eb01c9e4ca964bc5ddaf1a1173dba96cb777facc128aa2304bb9fff621"
)
# QCA (Qt Cryptographic Architecture) for Qt 6, which QXmpp's OMEMO and file
# encryption need, from Debian unstable's source package.
QCA_VERSION=2.3.12
QCA_TARBALL=qca2_${QCA_VERSION}.orig.tar.xz
QCA_SHA256=d4a2b3aa0272d73ea0c4cd2140960177fa34ddc2030e59a48ecfb80c757572c3
# Both go into one prefix whose name says what is in it (hearth4: OMEMO, QCA
# and the four OMEMO patches), so a changed patch or flag builds anew
# beside the old prefix.
cache_root=${HEARTH_DEPS_DIR:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/hearth/deps}
prefix=$cache_root/qxmpp-$QXMPP_VERSION-hearth4

system_qxmpp() {
  # A tiny CMake probe: the same find_package the project uses.
  local d; d=$(mktemp -d)
  cat >"$d/CMakeLists.txt" <<'CM'
cmake_minimum_required(VERSION 3.16)
project(probe NONE)
find_package(QXmppQt6 1.10 QUIET COMPONENTS Omemo)
if(NOT QXmppQt6_FOUND OR NOT TARGET QXmpp::Omemo)
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
  log "using the installed QXmpp for Qt 6 (with OMEMO)"
  echo "QXMPP_PREFIX="; exit 0
fi

log "building QCA $QCA_VERSION and QXmpp $QXMPP_VERSION for Qt 6 into $prefix (once, several minutes)"
mkdir -p "$cache_root"
work=$(mktemp -d "$cache_root/.qxmpp-work.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Whatever an interrupted run left: the prefix only counts with its marker.
rm -rf "$prefix"

verify() { echo "$2  $1" | sha256sum -c --status; }
# fetch_source SUITE PACKAGE VERSION TARBALL SHA256: the orig tarball of a
# Debian source package, through a private apt configuration that adds SUITE's
# sources from the mirror this machine already uses (no host name is written
# here), checked against its SHA-256 and kept in the cache.
fetch_source() {
  local suite=$1 package=$2 version=$3 file=$4 sha=$5
  local dest="$cache_root/$file"
  if [ -f "$dest" ] && ! verify "$dest" "$sha"; then rm -f "$dest"; fi
  [ -f "$dest" ] && return 0
  local mirror
  mirror=$(
    { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}';
      grep -hsE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list |
        sed -E 's/^deb (\[[^]]*\] )?//' | awk '{print $1}'; } |
      grep -v -- '-security' | grep -E '/debian/?$' | head -n1 || true)
  [ -n "$mirror" ] || die "no Debian mirror found in /etc/apt to fetch the $package source from"
  local apt_dir="$work/apt-$suite"
  mkdir -p "$apt_dir/state/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/src"
  local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  echo "deb-src [signed-by=$keyring] ${mirror%/} $suite main" >"$apt_dir/sources.list"
  local aptopts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=-"
                 -o "Dir::State=$apt_dir/state" -o "Dir::Cache=$apt_dir/cache"
                 -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root")
  if [ ! -f "$apt_dir/.updated" ]; then
    log "fetching Debian $suite's source package index through apt's mirror"
    apt-get "${aptopts[@]}" update -qq >&2 || die "apt could not read Debian $suite's source index from $mirror"
    touch "$apt_dir/.updated"
  fi
  # The pinned revision first, then whatever the suite has now: the orig
  # tarball is all we need and its hash decides.
  (cd "$apt_dir/src" && { apt-get "${aptopts[@]}" source --download-only "$package=$version" >&2 ||
                          apt-get "${aptopts[@]}" source --download-only "$package" >&2; }) || true
  [ -f "$apt_dir/src/$file" ] || die "could not download $file through apt"
  verify "$apt_dir/src/$file" "$sha" || die "$file: SHA-256 mismatch, refusing to build it"
  mv "$apt_dir/src/$file" "$dest"
}

fetch_source sid qca2 "$QCA_VERSION-1" "$QCA_TARBALL" "$QCA_SHA256"
fetch_source trixie qxmpp "$QXMPP_VERSION-1" "$QXMPP_TARBALL" "$QXMPP_SHA256"

# Libraries find each other in the prefix's lib (and a QCA plugin two levels
# up) through $ORIGIN, so the same files work when a package carries them.
rpath='$ORIGIN:$ORIGIN/../..'

log "building QCA $QCA_VERSION (the OpenSSL provider only)"
tar -xJf "$cache_root/$QCA_TARBALL" -C "$work"
qca_src=$(find "$work" -maxdepth 1 -type d -name 'qca*' | head -n1)
[ -n "$qca_src" ] || die "unexpected layout in $QCA_TARBALL"
cmake -S "$qca_src" -B "$work/qca-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DBUILD_WITH_QT6=ON -DBUILD_TESTS=OFF -DBUILD_TOOLS=OFF -DBUILD_PLUGINS=ossl \
  -DCMAKE_INSTALL_RPATH="$rpath" -DCMAKE_INSTALL_PREFIX="$prefix" >&2
cmake --build "$work/qca-build" -j "${HEARTH_JOBS:-2}" >&2
cmake --install "$work/qca-build" >&2

log "building QXmpp $QXMPP_VERSION with OMEMO"
tar -xzf "$cache_root/$QXMPP_TARBALL" -C "$work"
src=$(find "$work" -maxdepth 1 -type d -name 'qxmpp*' | head -n1)
[ -n "$src" ] || die "unexpected layout in $QXMPP_TARBALL"
for entry in "${QXMPP_PATCHES[@]}"; do
  read -r name sha <<<"$entry"
  patch_file=$here/patches/$name
  echo "$sha  $patch_file" | sha256sum -c --status || die "$patch_file: SHA-256 mismatch, refusing to apply it"
  (cd "$src" && patch -p1 --batch --forward --quiet <"$patch_file") >&2 || die "$patch_file does not apply to $QXMPP_TARBALL"
done
cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DQT_VERSION_MAJOR=6 -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_DOCUMENTATION=OFF \
  -DBUILD_OMEMO=ON -DWITH_QCA=ON -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_INSTALL_RPATH="$rpath" -DCMAKE_INSTALL_PREFIX="$prefix" >&2
cmake --build "$work/build" -j "${HEARTH_JOBS:-2}" >&2
cmake --install "$work/build" >&2
# Only now does the prefix count: an interrupted build is redone next time.
touch "$prefix/.hearth-complete"
log "QCA $QCA_VERSION and QXmpp $QXMPP_VERSION installed in $prefix"
echo "QXMPP_PREFIX=$prefix"
