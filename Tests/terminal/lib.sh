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
