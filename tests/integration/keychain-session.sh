#!/bin/sh
# Runs tst_keychainsecrets in a home of its own, in one of three worlds:
#   real       a private session bus with gnome-keyring-daemon's Secret Service, unlocked
#   noservice  a private session bus on which no keyring service runs (nor can be started)
#   nobus      no session bus at all
# The test asserts that nothing but the keyring's own files appears in that home.
set -eu
mode=$1
test_exe=$2
bus_config=$3
home=$(mktemp -d "${TMPDIR:-/tmp}/backupdash-keychain.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" BACKUPDASH_KEYCHAIN_MODE="$mode"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL XDG_CURRENT_DESKTOP \
    DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION
case "$mode" in
real)
    command -v gnome-keyring-daemon >/dev/null || { echo "gnome-keyring-daemon missing: run scripts/setup-deps" >&2; exit 1; }
    # --unlock reads the login keyring's password on stdin: a new keyring is made and unlocked
    # with it, so no prompt is needed.
    exec dbus-run-session --config-file="$bus_config" -- sh -c '
        printf %s "backupdash-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec "$0" realKeyring answerAfterTheContextIsGoneIsDropped' "$test_exe"
    ;;
noservice)
    exec dbus-run-session --config-file="$bus_config" -- "$test_exe" noKeyring answerAfterTheContextIsGoneIsDropped
    ;;
nobus)
    exec "$test_exe" noKeyring answerAfterTheContextIsGoneIsDropped
    ;;
esac
echo "unknown mode $mode" >&2
exit 2
