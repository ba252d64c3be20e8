#!/bin/sh
# Runs a command with a real system keychain of its own: a private D-Bus
# session bus with GNOME Keyring's Secret Service, in a scratch home (the
# user's keyring is never touched). Used by the tests of what Hearth keeps
# in the keychain. Usage: dbus-run-session -- with-keyring.sh COMMAND...
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# An unlocked login keyring with a throwaway password; the daemon lives as
# long as the session bus.
printf 'hearth-test' | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
"$@"
