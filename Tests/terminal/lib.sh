# Shared helpers for the terminal tests: counters, bounded waits, a private tmux server.
# Every wait has a limit; every test prints PASS or FAIL; the script ends with "N passed, N failed".

passed=0
failed=0

pass() { passed=$((passed + 1)); printf 'PASS %s\n' "$1"; }
fail() { failed=$((failed + 1)); printf 'FAIL %s\n' "$1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/     /'; return 0; }
check() { # check NAME COMMAND...: passes when the command succeeds
    name=$1; shift
    if "$@"; then pass "$name"; else fail "$name"; fi
}
finish() { printf '%s passed, %s failed\n' "$passed" "$failed"; [ "$failed" -eq 0 ]; }

# tmux on a private socket, so tests never touch a user's sessions.
tmux_socket="intake-test-$$"
t() { tmux -L "$tmux_socket" "$@"; }
screen() { t capture-pane -p -t "${1:-k}" 2>/dev/null; }
history() { t capture-pane -p -S - -t "${1:-k}" 2>/dev/null; }
joined() { t capture-pane -p -J -t "${1:-k}" 2>/dev/null; }

# wait_for PATTERN [SECONDS] [SESSION]: until the screen shows PATTERN (fixed string).
wait_for() {
    limit=$(( ${2:-10} * 10 ))
    i=0
    while [ $i -lt $limit ]; do
        screen "${3:-k}" | grep -qF -- "$1" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}

# wait_gone PID [SECONDS]: until the process has exited (zombies count as gone).
wait_gone() {
    limit=$(( ${2:-10} * 10 ))
    i=0
    while [ $i -lt $limit ]; do
        state=$(ps -o stat= -p "$1" 2>/dev/null | cut -c1)
        [ -z "$state" ] || [ "$state" = Z ] && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}

# The process the tmux pane runs, and its first child.
pane_pid() { t display-message -p -t "${1:-k}" '#{pane_pid}'; }
child_of() { pgrep -P "$1" | head -n 1; }

# keys SESSION KEYS...: send keys, then give the program a moment to draw.
keys() { s=$1; shift; t send-keys -t "$s" "$@"; sleep 0.3; }

# --- Paging: playing a story a screen at a time, and checking nothing scrolled away unread ------

# settle SESSION BEFORE: until the screen differs from BEFORE, waits at an empty prompt (its
# last non-blank line is ">") and has not changed for 0.3 s; at most 10 s.
settle() {
    i=0; last=
    while [ $i -lt 100 ]; do
        now=$(screen "$1")
        if [ "$now" = "$last" ] && [ "$now" != "$2" ] && [ "$(printf '%s\n' "$now" | grep -v '^ *$' | tail -n 1)" = ">" ]; then
            return 0
        fi
        last=$now; sleep 0.3; i=$((i + 3))
    done
    return 1
}

# on_page SESSION: the screen ends with a page prompt (the paragraph just above the input line
# starts "Page N of N." or "Página N de N.").
on_page() {
    screen "$1" | awk '/^ *$/ { gap = 1; next } gap || NR == 1 { first = $0 } { gap = 0 }
        END { exit !(first ~ /^(Page [0-9]+ of|Página [0-9]+ de) [0-9]+\./) }'
}

# play_story SESSION CAPTURES ANSWER...: answers each question in turn; before every key it
# appends the whole screen to CAPTURES; on a page it presses Enter and captures again.
play_story() {
    s=$1; out=$2; shift 2
    pages=0; before=
    for answer in "$@" ""; do
        while settle "$s" "$before"; do
            before=$(screen "$s")
            printf '%s\n' "$before" >> "$out"
            on_page "$s" || break
            pages=$((pages + 1))
            t send-keys -t "$s" Enter
            [ $pages -lt 200 ] || return 1
        done
        [ -n "$answer" ] || break
        t send-keys -t "$s" -l "$answer"; t send-keys -t "$s" Enter
    done
    echo "$pages" > "$out.pages"
}

# all_shown EXPECTED CAPTURES: every line of EXPECTED that is not typed (">" lines) appears in
# CAPTURES in the same order: no line left the screen before a capture caught it.
all_shown() {
    [ -s "$1" ] && [ -s "$2" ] || { echo "nothing to compare: $1 or $2 is empty or missing"; return 1; }
    awk 'NR == FNR { if ($0 !~ /^>/ && $0 !~ /^ *$/) want[++n] = $0; next }
         i < n && $0 == want[i + 1] { i++ }
         END { if (i < n) { print "never on the screen: " want[i + 1]; exit 1 } }' "$1" "$2"
}
