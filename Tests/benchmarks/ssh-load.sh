#!/usr/bin/env bash
# SSH under load: the project's sshd set-up on 127.0.0.1:2223, then N visitors at once, each
# through a real pty (ssh -tt) answering a scripted story. Prints figures; passes or fails
# nothing. Needs root (it adds a temporary account), openssh-server and python3.
#   Tests/benchmarks/ssh-load.sh [N...]          (default: 10 50 100)
# Each N runs twice: a burst (every visitor answers the moment the next question shows) and
# with about a second of thinking before each answer, as people at a clinic answer.
set -u
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
[ "$(id -u)" -eq 0 ] || { echo "the SSH benchmark needs root (it adds a temporary account)"; exit 2; }
counts=${*:-10 50 100}

(cd "$repo" && swift build -c release --product intake 2>&1 | grep -E "error|Compiling intake|Build" | tail -n 1)
. "$repo/Tests/terminal/sshd-lib.sh"
user=intakebench
port=2223
binary=$repo/.build/release/intake
work=$(mktemp -d /tmp/intake-ssh-load.XXXXXX)
trap sshd_cleanup EXIT
sshd_setup
# A lot of clients from one address: the bench's sshd lets more log in at once than the
# drop-in's public limits would (the visitors still log in three at a time).
sed -i -e 's/^MaxStartups .*/MaxStartups 200/' -e 's/^PerSourceMaxStartups .*/PerSourceMaxStartups 10/' "$work/50-intake.conf"
sshd_start

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(ssh -V 2>&1)"
for n in $counts; do
    for think in 0 1; do
        python3 "$here/ssh-load.py" "$n" "$user" "$port" "$work/client_key" "$sshd_pid" "$think"
        sleep 1
    done
done
