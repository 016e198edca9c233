#!/bin/sh
# Turns a Debian machine into an intake kiosk on tty1. Run as root from a clone of the
# repository, after installing the binary to /usr/local/bin/intake (see README.md).
#   sh setup-kiosk.sh [--dialog FILE] [--printer QUEUE]
# --dialog: serve your own dialog instead of the built-in one; it is checked, then installed as
# /etc/intake/NAME.yaml (root's, readable by all).
# --printer: offer visitors a printed handout on that CUPS queue (add the queue first, with
# lpadmin or the CUPS web page); CUPS is then set to keep no job files and no job history.
set -eu
here=$(dirname "$0")
printer=
dialog=
while [ $# -gt 0 ]; do
    case "$1" in
        --printer) printer=${2:?--printer needs a CUPS queue name}; shift 2 ;;
        --dialog) dialog=${2:?--dialog needs a dialog file}; shift 2 ;;
        *) echo "usage: sh setup-kiosk.sh [--dialog FILE] [--printer QUEUE]" >&2; exit 64 ;;
    esac
done

apt-get install -y ncurses-base kbd console-setup-linux
test -x /usr/local/bin/intake || { echo "install /usr/local/bin/intake first (README.md)" >&2; exit 1; }

id kiosk >/dev/null 2>&1 || useradd --system --user-group --home-dir /var/lib/kiosk --shell /usr/sbin/nologin kiosk
install -d -o root -g root -m 0755 /var/lib/kiosk
install -o root -g root -m 0644 "$here/intake-kiosk.service" /etc/systemd/system/intake-kiosk.service

# Lock the console down: no other virtual terminals, no Ctrl-Alt-Del reboot, no SysRq keys.
for n in 2 3 4 5 6; do systemctl mask "getty@tty$n.service"; done
mkdir -p /etc/systemd/logind.conf.d
printf '[Login]\nNAutoVTs=0\nReserveVT=0\n' > /etc/systemd/logind.conf.d/intake-kiosk.conf
systemctl mask ctrl-alt-del.target
echo 'kernel.sysrq = 0' > /etc/sysctl.d/90-intake-kiosk.conf
sysctl -p /etc/sysctl.d/90-intake-kiosk.conf

arguments=
if [ -n "$dialog" ]; then
    /usr/local/bin/intake check "$dialog"
    install -d -o root -g root -m 0755 /etc/intake
    installed=/etc/intake/$(basename "$dialog")
    install -o root -g root -m 0644 "$dialog" "$installed"
    arguments="$installed"
fi
if [ -n "$printer" ]; then
    apt-get install -y cups cups-client
    lpstat -p "$printer" >/dev/null || { echo "no CUPS queue '$printer': add it first (lpadmin -p $printer ...)" >&2; exit 1; }
    # A printed job's file and its history (title, size, time) go as soon as it is printed.
    cupsctl PreserveJobFiles=No PreserveJobHistory=No
    arguments="$arguments --printer $printer"
fi
mkdir -p /etc/systemd/system/intake-kiosk.service.d
if [ -n "$arguments" ]; then
    printf '[Service]\nExecStart=\nExecStart=/usr/local/bin/intake kiosk %s\n' "$arguments" \
        > /etc/systemd/system/intake-kiosk.service.d/local.conf
else
    rm -f /etc/systemd/system/intake-kiosk.service.d/local.conf
fi

systemctl daemon-reload
systemctl disable --now getty@tty1.service
systemctl enable --now intake-kiosk.service
echo "Done. Also set firmware and boot-loader passwords, and use a keyboard without function keys if you can."
