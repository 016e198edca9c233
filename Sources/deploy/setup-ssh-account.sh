#!/bin/sh
# Sets up the "intake" account that sshd serves intake to. Run as root on Debian, from a clone
# of the repository, after installing the binary to /usr/local/bin/intake (see README.md).
#   sh Sources/deploy/setup-ssh-account.sh clinic-keys.pub
# clinic-keys.pub: the public keys of the clinics' computers, one per line.
set -eu
keys=${1:?usage: setup-ssh-account.sh CLINIC-PUBLIC-KEYS-FILE}
here=$(dirname "$0")

apt-get install -y openssh-server ncurses-base
test -x /usr/local/bin/intake || { echo "install /usr/local/bin/intake first (README.md)" >&2; exit 1; }

# A real shell (sshd runs ForceCommand through it), but dash, which reads no rc file.
id intake >/dev/null 2>&1 || useradd --system --user-group --home-dir /var/lib/intake --shell /bin/sh intake
# A home the account cannot write: no .inputrc, .ssh/rc or .pam_environment can be planted.
install -d -o root -g root -m 0755 /var/lib/intake
# Keys in a root-owned file outside the home, each limited by "restrict,pty" (restrict-keys.awk).
install -d -o root -g root -m 0755 /etc/ssh/authorized_keys
keyed=$(mktemp)
awk -f "$here/restrict-keys.awk" "$keys" > "$keyed"
install -o root -g root -m 0644 "$keyed" /etc/ssh/authorized_keys/intake
rm -f "$keyed"
install -o root -g root -m 0644 "$here/50-intake.conf" /etc/ssh/sshd_config.d/50-intake.conf

sshd -t
sshd -T -C user=intake,addr=198.51.100.7,host=x,laddr=192.0.2.1,lport=22 \
    | grep -E '^(forcecommand|disableforwarding|permittty|maxsessions|setenv|unusedconnectiontimeout)'
systemctl reload ssh
echo "Done. From a clinic computer: ssh -t intake@THIS-HOST"
