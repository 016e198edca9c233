#!/usr/bin/env bash
# SSH checks against a real OpenSSH sshd on 127.0.0.1:2222 serving intake through the project's
# own drop-in (Sources/deploy/50-intake.conf): items 1 to 15, 32 and 34 of the checklist in kiosk-ssh.md.
# Needs root (it adds a temporary account) and openssh-server, openssh-client and tmux.
#   Tests/terminal/ssh-tests.sh [path/to/intake]
set -u
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
. "$here/lib.sh"
binary=${1:-$repo/.build/debug/intake}
[ -x "$binary" ] || { echo "no intake binary at $binary (swift build first)"; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "the SSH tests need root (they add a temporary account)"; exit 2; }

. "$here/sshd-lib.sh"
user=intaketest
port=2222
work=$(mktemp -d /tmp/intake-ssh-test.XXXXXX)
force_args="--idle 30 --warn 5"
agent_pid=

cleanup() {
    t kill-server 2>/dev/null
    [ -n "$agent_pid" ] && kill "$agent_pid" 2>/dev/null
    sshd_cleanup
}
trap cleanup EXIT

# --- the account, the keys and the sshd, as Sources/deploy/setup-ssh-account.sh would -----------
sshd_setup
touch "$work/home/CANARY-FILE-IN-HOME"
sshd_start

canary="CANARY-$$-$RANDOM-SSH"      # made at run time: this script's text never matches it
intake_pids() { pgrep -u "$user" -f "intake kiosk" ; }
live_processes() { ps -u "$user" -o stat= 2>/dev/null | grep -vc '^Z'; }

# --- 1 to 5, 11, 12: one interactive session over ssh -tt, inside tmux -----------------------------
eval "$(ssh-agent -s)" >/dev/null
agent_pid=$SSH_AGENT_PID
t new-session -d -s s -x 100 -y 30 \
    "DISPLAY=:99 exec $ssh_base -tt -A -X -o SetEnv='LD_PRELOAD=/tmp/evil.so INPUTRC=/tmp/evil BASH_ENV=/tmp/evil LC_ALL=tr_TR.UTF-8 LANG=de_DE.UTF-8' $target"
check "1 a prompt appears over ssh -tt (the language offer)" wait_for "For English, type 1." 20 s
keys s "1" Enter
check "1 ... and the first question in English" wait_for "Was your case in a California state court?" 5 s
keys s Tab Tab
check "2 Tab Tab lists no files of the home folder" bash -c "! tmux -L $tmux_socket capture-pane -p -t s | grep -q CANARY-FILE"
keys s "/et" Tab
check "3 /et + Tab does not complete to /etc/" bash -c "! tmux -L $tmux_socket capture-pane -p -t s | grep -q '/etc/'"
keys s C-u
keys s C-c; keys s 'C-\'; keys s C-z
keys s "1" Enter
check "4 Ctrl-C, Ctrl-\\ and Ctrl-Z leave the program running" wait_for "Was your case in a California state court?" 5 s
keys s 'echo SHELL-ESCAPE-$((6*7))' Enter
sleep 0.5
check "5 typed text never reaches a shell" bash -c "! tmux -L $tmux_socket capture-pane -p -S - -t s | grep -q 'SHELL-ESCAPE-42'"
pid=$(intake_pids | head -n 1)
environment=$(tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null)
check "11 the session has no forwarded agent (SSH_AUTH_SOCK)" bash -c "! grep -q '^SSH_AUTH_SOCK=' <<<\"\$1\"" _ "$environment"
check "11 the session has no X11 display (DISPLAY)" bash -c "! grep -q '^DISPLAY=' <<<\"\$1\"" _ "$environment"
check "12 LC_ALL from the client is replaced by C.UTF-8" grep -qx 'LC_ALL=C.UTF-8' <<<"$environment"
check "12 LANG from the client is replaced by C.UTF-8" grep -qx 'LANG=C.UTF-8' <<<"$environment"
check "12 LD_PRELOAD, BASH_ENV and INPUTRC from the client do not arrive" bash -c "! grep -q '^LD_PRELOAD=\|^BASH_ENV=\|^INPUTRC=/tmp/evil' <<<\"\$1\"" _ "$environment"
check "12 positive control: the check reads the session's environment (USER=$user is there)" \
    grep -qx "USER=$user" <<<"$environment"

# --- 6: killing the client mid-answer leaves no process of the account ---------------------------
keys s "$canary"
kill -KILL "$(pane_pid s)"
gone=no
for _ in $(seq 1 100); do [ "$(live_processes)" -eq 0 ] && { gone=yes; break; }; sleep 0.1; done
check "6 a killed client leaves no process of the account within 10 s" [ "$gone" = yes ]
t kill-session -t s 2>/dev/null

# --- 7 to 10, 13: what a client must not get ------------------------------------------------------
out=$(timeout 15 $ssh_base "$target" 'id; cat /etc/passwd' 2>&1)
check "7 a client-supplied command does not run" bash -c "! grep -q 'uid=\|root:' <<<\"\$1\"" _ "$out"
check "7 ... and the refusal says why" grep -qF "only runs the intake" <<<"$out"
timeout 15 $ssh_base -W 127.0.0.1:22 "$target" </dev/null >/dev/null 2>&1
check "8 ssh -W is refused (exit 255)" [ $? -eq 255 ]
timeout 15 $ssh_base -N -o ExitOnForwardFailure=yes -R 127.0.0.1:2399:127.0.0.1:$port "$target" </dev/null >/dev/null 2>&1
check "9 ssh -N -R with ExitOnForwardFailure is refused (exit 255)" [ $? -eq 255 ]
echo "uploaded" > "$work/upload.txt"
timeout 15 scp -q -i "$work/client_key" -P $port -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes "$work/upload.txt" "$target:" >/dev/null 2>&1
timeout 15 scp -q -O -i "$work/client_key" -P $port -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes "$work/upload.txt" "$target:upload-legacy.txt" >/dev/null 2>&1
printf 'put %s\n' "$work/upload.txt" | timeout 15 sftp -q -b - -i "$work/client_key" -P $port -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes "$target" >/dev/null 2>&1
check "10 scp, legacy scp and sftp copy nothing" bash -c "[ -z \"\$(ls '$work/home' | grep -v CANARY-FILE-IN-HOME)\" ]"
timeout 15 scp -q -i "$work/client_key" -P $port -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes "$target:/etc/passwd" "$work/stolen" >/dev/null 2>&1
check "10 scp cannot fetch a file" [ ! -s "$work/stolen" ]
out=$(printf 'yes\npartial' | timeout 15 $ssh_base -T "$target" 2>&1)
check "13 ssh -T (no terminal) is refused politely" grep -qF "Please connect with a terminal" <<<"$out"
check "13 ... and nothing was asked or answered" bash -c "! grep -q 'state court\|English' <<<\"\$1\"" _ "$out"

# --- 14 (and 26): a frozen client is cut off; a 0 x 0 terminal wraps at 80 ------------------------
mkfifo "$work/stdin"
sleep 60 > "$work/stdin" &
holder=$!
disown "$holder"
$ssh_base -tt "$target" < "$work/stdin" > "$work/frozen.log" 2>&1 &
client=$!
disown "$client"
for _ in $(seq 1 100); do grep -q "English" "$work/frozen.log" 2>/dev/null && break; sleep 0.1; done
printf '1\n' > "$work/stdin"     # pick English, so the long welcome text is written
for _ in $(seq 1 100); do grep -q "state court" "$work/frozen.log" 2>/dev/null && break; sleep 0.1; done
longest=$(tr -d '\r' < "$work/frozen.log" | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' | awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }')
check "26 a 0 x 0 terminal (ssh -tt from a pipe) is wrapped as 80 columns, not 0 (longest line: $longest)" [ "$longest" -gt 60 ] && [ "$longest" -le 80 ]
pid=$(intake_pids | head -n 1)
kill -STOP "$client"
gone=no
for _ in $(seq 1 200); do [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null && { gone=yes; break; }; sleep 0.1; done
check "14 ClientAlive ends the session of a frozen client (within 20 s)" [ "$gone" = yes ]
kill -KILL "$client" "$holder" 2>/dev/null

# --- 15: the production drop-in, as sshd reads it ----------------------------------------------
printf 'Include %s\nHostKey %s\n' "$repo/Sources/deploy/50-intake.conf" "$work/host_key" > "$work/production.conf"
effective() { /usr/sbin/sshd -T -f "$1" -C "user=$2,addr=198.51.100.7,host=x,laddr=192.0.2.1,lport=22" 2>&1; }
intake_view=$(effective "$work/production.conf" intake)
check "15 forcecommand runs intake kiosk --ssh" grep -qx 'forcecommand exec /usr/local/bin/intake kiosk --ssh' <<<"$intake_view"
check "15 disableforwarding yes" grep -qx 'disableforwarding yes' <<<"$intake_view"
check "15 maxsessions 1" grep -qx 'maxsessions 1' <<<"$intake_view"
check "15 setenv LANG=C.UTF-8" grep -q '^setenv.*LANG=C.UTF-8' <<<"$intake_view"
check "15 permittty yes" grep -qx 'permittty yes' <<<"$intake_view"
check "15 unusedconnectiontimeout 60 (ssh -N cannot hold a connection open)" grep -qx 'unusedconnectiontimeout 60' <<<"$intake_view"
check "15 maxauthtries 3" grep -qx 'maxauthtries 3' <<<"$intake_view"
check "15 permituserenvironment no" grep -qx 'permituserenvironment no' <<<"$intake_view"
check "15 another account gets no forcecommand" grep -qx 'forcecommand none' <<<"$(effective "$work/production.conf" admin)"
# For every other account the drop-in changes only the three settings that must be global.
printf 'HostKey %s\n' "$work/host_key" > "$work/plain.conf"
changed=$(diff <(effective "$work/plain.conf" admin | sort) <(effective "$work/production.conf" admin | sort) | sed -n 's/^> \([a-z]*\) .*/\1/p' | sort | tr '\n' ' ')
check "15 for another account only logingracetime, maxstartups, persourcemaxstartups change (changed: ${changed:-none})" \
    [ "$changed" = "logingracetime maxstartups persourcemaxstartups " ]
# negative control: the same check on a drop-in without ForceCommand fails.
grep -v ForceCommand "$repo/Sources/deploy/50-intake.conf" > "$work/broken.conf"
printf 'Include %s\nHostKey %s\n' "$work/broken.conf" "$work/host_key" > "$work/broken-main.conf"
check "15 negative control: without ForceCommand the check sees none" bash -c "! grep -qx 'forcecommand exec /usr/local/bin/intake kiosk --ssh' <<<\"\$1\"" _ "$(effective "$work/broken-main.conf" intake)"

# --- keys: each installed key allows nothing but a terminal ------------------------------------------
check "16 the installed key carries restrict,pty" grep -q '^restrict,pty ssh-ed25519 ' "$work/authorized_keys"
check "16 ... and still gets a terminal (the session in check 1 had one)" grep -q "Allocated\|session opened\|Starting session: forced-command" "$work/sshd.log"

# --- 35 over SSH: long text is paged on a small client terminal (80x24 in English, 40x15 in Spanish)
for run in "80 24 1 yes" "40 15 2 si"; do
    set -- $run; cols=$1; rows=$2; pick=$3; yes=$4
    story=("$pick" 1 1 30 5 felony no 3 "$yes" no 2 "2025-01" 1 "$yes" no)
    t new-session -d -s p -x "$cols" -y "$rows" "$ssh_base -tt $target; sleep 30"
    wait_for "type 1." 20 p
    play_story p "$work/ssh-$cols.screens" "${story[@]}"
    printf '%s\n' "${story[@]}" | "$binary" run --width "$(( cols < 76 ? cols : 76 ))" > "$work/ssh-$cols.expected"
    missing=$(all_shown "$work/ssh-$cols.expected" "$work/ssh-$cols.screens")
    pages=$(cat "$work/ssh-$cols.screens.pages" 2>/dev/null || echo 0)
    name="35 over SSH at ${cols}x$rows: paged ($pages Enter presses), every line on a screen before a key ${missing:+($missing)}"
    if [ -z "$missing" ] && [ "$pages" -gt 0 ]; then pass "$name"; else fail "$name"; fi
    t kill-session -t p 2>/dev/null
done

# --- 34: a logged-in connection that opens no session is closed (UnusedConnectionTimeout) -------------
started=$(date +%s)
timeout 20 $ssh_base -N "$target" </dev/null >/dev/null 2>&1
held=$(( $(date +%s) - started ))
check "34 ssh -N is closed by the server (after ${held} s; the limit here is 3 s)" [ "$held" -lt 15 ]

# --- 32 over SSH: a stopped screen cannot hold the session open past the idle limit ------------------
sshd_stop
sed -i "s|kiosk --ssh --idle 30 --warn 5|kiosk --ssh --idle 4 --warn 2|" "$work/50-intake.conf"
sshd_start
canary32="CANARY-$$-$RANDOM-SSH32"
t new-session -d -s x -x 100 -y 30 "$ssh_base -tt $target; echo SESSION-ENDED; sleep 60"
wait_for "For English, type 1." 20 x
keys x "1" Enter
wait_for "state court?" 5 x
pid=$(intake_pids | tail -n 1)
remote_tty=/dev/$(ps -o tty= -p "$pid" | tr -d ' ')
check "32 flow control is off on the visitor's terminal over SSH" bash -c "stty -F '$remote_tty' -a | grep -q -- '-ixon'"
keys x "$canary32" Enter
stty -F "$remote_tty" ixon       # a stopped screen all the same
keys x C-s "more"
check "32 the session ends once the idle limit has passed, though the screen is stopped" wait_for "SESSION-ENDED" 15 x
check "32 ... and no process of the account is left" bash -c "sleep 1; [ \$(ps -u $user -o stat= | grep -vc '^Z') -eq 0 ]"
t kill-session -t x 2>/dev/null

# --- an author's own dialog, served through the same drop-in (README, "Serving your own dialog") --------
cp "$here/../fixtures/notice.yaml" "$work/notice.yaml"
chmod 644 "$work/notice.yaml"
sshd_stop
sed -i "s|kiosk --ssh --idle 4 --warn 2|kiosk --ssh --idle 30 --warn 5 $work/notice.yaml|" "$work/50-intake.conf"
sshd_start
t new-session -d -s d -x 100 -y 30 "$ssh_base -tt $target; sleep 30"
check "own dialog over SSH: its first question comes (ForceCommand names the file)" wait_for "Did you get a written notice from your landlord?" 20 d
keys d "yes" Enter
check "own dialog over SSH: its outcome follows" wait_for "Keep the notice. Bring it when you ask for help." 5 d
t kill-session -t d 2>/dev/null

# --- privacy: nothing typed over SSH is on disk or in the sshd log ----------------------------------
hits=$(grep -rIl -e "$canary" -e "$canary32" "$work" /tmp /var/log 2>/dev/null | head -n 3)
check "30 nothing typed over SSH was written anywhere (found: ${hits:-none})" [ -z "$hits" ]

finish
