# A private OpenSSH sshd on 127.0.0.1 serving intake through the project's own drop-in
# (Sources/deploy/50-intake.conf), as Sources/deploy/setup-ssh-account.sh sets it up, for the
# SSH tests and the SSH load benchmark. Needs root. Source it, set the variables, then call
# sshd_setup and sshd_start; sshd_cleanup undoes everything.
#   user=NAME port=PORT binary=PATH work=FOLDER repo=REPOSITORY
#   force_args="--idle 30 --warn 5"     extra arguments for `intake kiosk --ssh`

sshd_pid=

# sshd_setup: the account, its restricted key, a copy of the binary, and the sshd
# configuration: the shipped drop-in with this account, binary and key file, short keepalives
# and a short UnusedConnectionTimeout.
sshd_setup() {
    chmod 755 "$work"
    mkdir -p "$work/home" "$work/bin"
    install -m 0755 "$binary" "$work/bin/intake"
    ssh-keygen -q -t ed25519 -N '' -f "$work/host_key"
    ssh-keygen -q -t ed25519 -N '' -f "$work/client_key"
    awk -f "$repo/Sources/deploy/restrict-keys.awk" "$work/client_key.pub" > "$work/authorized_keys"
    chmod 644 "$work/authorized_keys"
    userdel "$user" 2>/dev/null
    useradd -M -d "$work/home" -s /bin/sh "$user"
    usermod -p '*' "$user"      # no password, but not locked (UsePAM no refuses locked accounts)
    sed -e "s|^Match User intake|Match User $user|" \
        -e "s|ForceCommand exec /usr/local/bin/intake kiosk --ssh|ForceCommand exec $work/bin/intake kiosk --ssh ${force_args:-}|" \
        -e "s|AuthorizedKeysFile /etc/ssh/authorized_keys/%u|AuthorizedKeysFile $work/authorized_keys|" \
        -e "s|ClientAliveInterval 30|ClientAliveInterval 2|" \
        -e "s|ClientAliveCountMax 4|ClientAliveCountMax 2|" \
        -e "s|UnusedConnectionTimeout 60|UnusedConnectionTimeout 3|" \
        "$repo/Sources/deploy/50-intake.conf" > "$work/50-intake.conf"
    cat > "$work/sshd_config" <<CONFIG
Include $work/50-intake.conf
ListenAddress 127.0.0.1
Port $port
HostKey $work/host_key
PidFile none
UsePAM no
StrictModes no
AllowUsers $user
PrintMotd no
LogLevel VERBOSE
AcceptEnv LANG LC_*
Subsystem sftp /usr/lib/openssh/sftp-server
CONFIG
    mkdir -p /run/sshd
    ssh_base="ssh -i $work/client_key -p $port -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes -o ConnectTimeout=5 -o LogLevel=ERROR"
    target="$user@127.0.0.1"
}

sshd_start() {
    if ! /usr/sbin/sshd -t -f "$work/sshd_config"; then echo "sshd rejects the test configuration"; exit 2; fi
    /usr/sbin/sshd -D -e -f "$work/sshd_config" >> "$work/sshd.log" 2>&1 &
    sshd_pid=$!
    for _ in $(seq 1 50); do grep -q "Server listening" "$work/sshd.log" && break; sleep 0.1; done
    grep -q "Server listening" "$work/sshd.log" || { echo "sshd did not start:"; cat "$work/sshd.log"; exit 2; }
}

sshd_stop() {
    [ -n "$sshd_pid" ] && kill "$sshd_pid" 2>/dev/null && wait "$sshd_pid" 2>/dev/null
    sshd_pid=
}

sshd_cleanup() {
    sshd_stop
    pkill -KILL -u "$user" 2>/dev/null
    userdel "$user" 2>/dev/null
    rm -rf "$work"
}
