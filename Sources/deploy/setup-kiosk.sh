#!/bin/sh
# Turns a Debian machine into an intake kiosk on tty1. Run as root from a clone of the
# repository, after installing the binary to /usr/local/bin/intake (see README.md).
set -eu
here=$(dirname "$0")

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

systemctl daemon-reload
systemctl disable --now getty@tty1.service
systemctl enable --now intake-kiosk.service
echo "Done. Also set firmware and boot-loader passwords, and use a keyboard without function keys if you can."
