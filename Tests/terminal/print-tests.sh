#!/usr/bin/env bash
# The printed handout with a real CUPS: a private cupsd (started by absolute path with its own
# configuration, socket and loopback port, stopped by PID whatever happens), a cups-pdf queue
# whose "paper" is a PDF, and the kiosk in tmux. Needs root (cups-pdf reads its per-queue
# settings from /etc/cups) and cups, cups-client, printer-driver-cups-pdf, poppler-utils, tmux.
#   Tests/terminal/print-tests.sh [path/to/intake]
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
intake=$(cd "$(dirname "${1:-.build/debug/intake}")" && pwd)/$(basename "${1:-.build/debug/intake}")
[ -x "$intake" ] || { echo "no intake binary at $intake (swift build first)"; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "the print tests need root (cups-pdf's settings live in /etc/cups)"; exit 2; }
for tool in /usr/sbin/cupsd /usr/sbin/lpadmin /usr/bin/lp /usr/bin/pdftotext /usr/lib/cups/backend/cups-pdf; do
    [ -x "$tool" ] || { echo "missing $tool (apt-get install cups cups-client printer-driver-cups-pdf poppler-utils)"; exit 2; }
done

work=$(mktemp -d /tmp/intake-print-test.XXXXXX)
chmod 755 "$work"   # cupsd runs filters as lp, which must reach its spool and temp folders
queue="intake-test-$$"
port=$((6400 + $$ % 500))
cupsd_pid=
pdf_conf="/etc/cups/cups-pdf-$queue.conf"
stop_cupsd() {
    [ -n "$cupsd_pid" ] || return 0
    kill "$cupsd_pid" 2>/dev/null
    wait_gone "$cupsd_pid" 10 || kill -9 "$cupsd_pid" 2>/dev/null
    wait "$cupsd_pid" 2>/dev/null
    cupsd_pid=
}
cleanup() { t kill-server 2>/dev/null; stop_cupsd; rm -f "$pdf_conf"; rm -rf "$work"; }
trap cleanup EXIT

export CUPS_SERVER="$work/cups.sock"
mkdir -p "$work/screens" "$work/etc" "$work/spool/tmp" "$work/cache" "$work/state" "$work/log" "$work/pdf" "$work/pdf-spool"
cat > "$pdf_conf" <<EOF
Out $work/pdf
AnonDirName $work/pdf
Spool $work/pdf-spool
Log $work/log
EOF

# start_cupsd KEEP: a cupsd that keeps job files and history (Yes) or not (No, as README asks).
start_cupsd() {
    cat > "$work/etc/cups-files.conf" <<EOF
ServerRoot $work/etc
RequestRoot $work/spool
TempDir $work/spool/tmp
CacheDir $work/cache
StateDir $work/state
ErrorLog $work/log/error_log
AccessLog $work/log/access_log
PageLog $work/log/page_log
User lp
Group lp
SystemGroup root
EOF
    cat > "$work/etc/cupsd.conf" <<EOF
Listen $work/cups.sock
Listen 127.0.0.1:$port
LogLevel warn
Browsing No
WebInterface No
PreserveJobFiles $1
PreserveJobHistory $1
<Location />
  Order allow,deny
  Allow localhost
</Location>
EOF
    /usr/sbin/cupsd -f -c "$work/etc/cupsd.conf" -s "$work/etc/cups-files.conf" >"$work/log/cupsd.out" 2>&1 &
    cupsd_pid=$!
    for _ in $(seq 50); do lpstat -r 2>/dev/null | grep -q "is running" && return 0; sleep 0.2; done
    return 1
}
spool_files() { find "$work/spool" "$work/pdf-spool" -type f 2>/dev/null; }

start_cupsd No || { fail "cupsd starts" "$(cat "$work/log/cupsd.out" "$work/log/error_log" 2>/dev/null)"; finish; exit 1; }
lpadmin -p "$queue" -E -v "cups-pdf:/$queue" -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null
check "a cups-pdf queue on a private cupsd" bash -c "lpstat -p '$queue' | grep -q idle"

canary="CANARY-$$-$RANDOM-PRINT"      # made at run time: this script's text never matches it
# An arrest with no charges, the canary typed where the age is asked (and asked again).
story=(1 1 "$canary" 25 1 1 no "October 2024" yes no)
kiosk="$intake kiosk --lang en --idle 120 --printer $queue"

# --- 1: a visit ends with the offer; yes prints a page that holds the advice ---------------------
t new-session -d -s k -x 80 -y 30 "$kiosk"
wait_for "state court?" 10 k
play_story k "$work/screens/1" "${story[@]}"
check "1 the last screen offers a printed copy" wait_for "Do you want a printed copy" 5 k
keys k "yes" Enter
wait_for "Your page is printed" 40 k && pass "1 the kiosk says the page is printed" || fail "1 the kiosk says the page is printed" "$(screen k)"
pdf=
for _ in $(seq 50); do pdf=$(find "$work/pdf" -name '*.pdf' | head -n 1); [ -n "$pdf" ] && break; sleep 0.2; done
check "1 the queue made a PDF (the paper)" [ -n "$pdf" ]
text=$( [ -n "$pdf" ] && pdftotext -layout "$pdf" - 2>/dev/null | tr -s ' \n' '  ')
for needed in "Clearing a California record" "Penal Code 851.91" "CR-409" "FW-001" "BCIA 8016RR" "Free help" "not legal advice"; do
    check "1 the page says: $needed" grep -qF -- "$needed" <<<"$text"
done
check "1 the page has nothing typed (the canary)" bash -c "! grep -qF -- '$canary' <<<\"\$1\"" _ "$text"
keys k Enter
check "1 Enter after it wipes the screen for the next visitor" wait_for "state court?" 10 k
check "1 ... and the last visitor's words are gone from the scrollback" bash -c "! tmux -L $tmux_socket capture-pane -p -S - -t k | grep -q 'Your page is printed'"
sleep 1
files=$(spool_files)
check "1 the spool holds no job file afterwards (found: ${files:-none})" [ -z "$files" ]
# (The test's own captures of the screen, under screens/, are left out: they are this script's.)
hits=$(grep -rIl --exclude-dir=screens -e "$canary" "$work" /tmp /var/log /var/spool 2>/dev/null | head -n 5)
check "1 the canary is in no file: spool, logs, anywhere (found: ${hits:-none})" [ -z "$hits" ]

# --- 2: no to the offer prints nothing ---------------------------------------------------------------
pdfs_before=$(find "$work/pdf" -name '*.pdf' | wc -l)
play_story k "$work/screens/2" "${story[@]}"
wait_for "Do you want a printed copy" 5 k
keys k "no" Enter
check "2 no: the done line follows" wait_for "When you are done, press Enter" 5 k
sleep 1
check "2 no: nothing was printed" [ "$(find "$work/pdf" -name '*.pdf' | wc -l)" -eq "$pdfs_before" ]
keys k Enter
wait_for "state court?" 10 k

# print_fails N WHAT: a visit that asks for a print the printer cannot make: the calm message
# within seconds, and the wipe for the next visitor.
print_fails() {
    play_story k "$work/screens/$1" "${story[@]}"
    wait_for "Do you want a printed copy" 5 k
    started=$(date +%s)
    keys k "yes" Enter
    check "$1 $2 gets the calm message" wait_for "the printer is not working right now" 20 k
    check "$1 ... within a few seconds ($(( $(date +%s) - started )) s)" [ $(( $(date +%s) - started )) -lt 15 ]
    files=$(spool_files)
    check "$1 ... and no job waits in the spool (found: ${files:-none})" [ -z "$files" ]
    keys k Enter
    check "$1 ... and the screen is wiped for the next visitor" wait_for "state court?" 10 k
}

# --- 3: a stopped queue: the calm message, nothing waits in the spool, and the wipe ----------------
cupsdisable "$queue"
print_fails 3 "a stopped queue"
cupsenable "$queue"

# --- 4: CUPS down: the same ------------------------------------------------------------------------------
stop_cupsd
print_fails 4 "CUPS not running"
t kill-session -t k

# --- 5: over SSH the offer is never made ----------------------------------------------------------
t new-session -d -s s -x 80 -y 30 "$intake kiosk --ssh --lang en --idle 120 --printer $queue"
wait_for "state court?" 10 s
play_story s "$work/screens/5" "${story[@]}"
check "5 --ssh: the visit ends with the done line" wait_for "When you are done, press Enter" 5 s
check "5 --ssh: no printed copy is offered" bash -c "! tmux -L $tmux_socket capture-pane -p -S - -t s | grep -q 'printed copy'"
t kill-session -t s

# --- negative control: with job files and history kept, the spool check finds them --------------------
start_cupsd Yes || fail "cupsd restarts" "$(tail -n 5 "$work/log/error_log" 2>/dev/null)"
printf 'a handout\n' | lp -d "$queue" -t intake - >/dev/null 2>&1
for _ in $(seq 50); do [ -n "$(spool_files)" ] && break; sleep 0.2; done
sleep 2
check "negative control: PreserveJobFiles Yes leaves job files the spool check finds" [ -n "$(spool_files)" ]
stop_cupsd

finish
