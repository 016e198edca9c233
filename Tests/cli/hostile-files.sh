#!/usr/bin/env bash
# Hostile dialog files and transcripts through the real executable: each must end quickly with a
# clear message, within a memory cap, never a crash (issue 14's findings 3 to 9).
#   Tests/cli/hostile-files.sh [path/to/intake]
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../terminal/lib.sh"
intake=$(cd "$(dirname "${1:-.build/debug/intake}")" && pwd)/$(basename "${1:-.build/debug/intake}")
[ -x "$intake" ] || { echo "no intake binary at $intake (swift build first)"; exit 2; }
work=$(mktemp -d /tmp/intake-hostile.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"

# capped SECONDS MEGABYTES COMMAND...: runs the command with a time and memory limit; prints its
# exit code (124 for time-out; 128+N for a signal, such as 134 or 139 for a crash).
capped() {
    seconds=$1; megabytes=$2; shift 2
    ( ulimit -v $((megabytes * 1024)); timeout -k 2 "$seconds" "$@" > out.txt 2> err.txt < /dev/null ); echo $?
}

# --- 3: text that grows without bound ---------------------------------------------------------------
{
    printf 'id: chain\nstart: n0\nnodes:\n'
    for i in $(seq 0 39); do printf '  n%d:\n    outcome: Step %d.\n    summary: "S {summary}"\n    next: n%d\n' "$i" "$i" $((i + 1)); done
    printf '  n40:\n    outcome: "{summary}"\n'
} > chain.yaml
code=$(capped 10 1000 "$intake" check --strict chain.yaml)
check "3 40 summaries that show {summary} fail check (exit $code)" [ "$code" = 65 ]
check "3 ... with a message that says why" grep -q "shows '{summary}': each summary would hold every one before it" err.txt
code=$(capped 10 1000 "$intake" run chain.yaml)
check "3 run refuses it too, within 1 GB (exit $code)" [ "$code" = 65 ]
printf 'id: loop\nstart: a\nnodes:\n  a:\n    outcome: "Again. {summary}"\n    summary: A summary that is long enough to matter.\n    next: a\n' > loop.yaml
code=$(capped 10 1000 "$intake" run --lang en loop.yaml)
check "3 a one-node loop with a summary ends within 1 GB and 10 s (exit $code)" [ "$code" = 0 ]

# --- 4: replay of a long transcript that differs everywhere ---------------------------------------
{ printf '# dialog: california\n# lang: en\n'; for i in $(seq 1 5000); do echo "a line the replay will not show $i"; done; } > long.txt
code=$(capped 60 400 "$intake" replay long.txt)
check "4 a 5,000-line transcript that differs everywhere replays within 400 MB (exit $code)" [ "$code" = 1 ]
check "4 ... and its diff is shown" grep -q "^-a line the replay will not show 5000" out.txt
{ printf '# dialog: california\n'; yes '> yes' | head -n 300000; } > huge.txt
code=$(capped 10 400 "$intake" replay huge.txt)
check "4 a transcript over 1 MiB is refused with exit 65 (exit $code)" [ "$code" = 65 ]
check "4 ... as file: error:" grep -q "^huge.txt:1: error: the transcript is [0-9]* bytes; a transcript may be at most 1 MiB" err.txt

# --- 5: deep nesting ----------------------------------------------------------------------------------
deep() {
    printf 'id: deep\nstart: a\nnodes:\n  a:\n    ask: Q?\n    help: H.\n    answer: yes_no\n    save: x\n    next:\n      - if: %s\n        goto: b\n      - goto: b\n  b:\n    outcome: Bye.\n' "$1"
}
deep "$(printf '%.0s(' $(seq 5000))x$(printf '%.0s)' $(seq 5000))" > parens.yaml
deep "$(printf '%.0snot ' $(seq 100000))x" > nots.yaml
for file in parens nots; do
    for command in check paths graph; do
        code=$(capped 20 1000 "$intake" $command $file.yaml)
        check "5 $command on $file.yaml: a located error, not a crash (exit $code)" \
            bash -c "[ $code = 65 ] && grep -q '^$file.yaml:10:[0-9]*: error: .*more than 64 of' err.txt"
    done
done

# --- 6: 10,000 unknown ids in one condition ---------------------------------------------------------
deep "x in [$(seq -s, -f 'c%g' 1 10000)]" > many.yaml
code=$(capped 20 1000 "$intake" check many.yaml)
size=$(wc -c < err.txt)
check "6 10,000 unknown ids: exit 65 and at most 200 KB of messages ($size bytes)" [ "$code" = 65 ] && [ "$size" -lt 200000 ]
check "6 ... ending with how many more there are" grep -q "^\.\.\. and [0-9]* more$" err.txt

# --- 7: control characters in a dialog text -----------------------------------------------------------
printf 'id: esc\nstart: a\nnodes:\n  a:\n    outcome: "Hi \\e]52;c;aGk=\\a \\e]0;title\\a there."\n' > esc.yaml
code=$(capped 10 1000 "$intake" check esc.yaml)
check "7 check rejects a control character in a text (exit $code)" bash -c "[ $code = 65 ] && grep -q 'holds the control character U+001B' err.txt"
check "7 ... and the message writes no escape to the terminal" bash -c "! grep -q \$'\\e' err.txt"

# --- 8: paths --outcomes within its budget -------------------------------------------------------------
{
    printf 'id: wide\nstart: q0\nnodes:\n'
    for i in $(seq 0 10); do
        next=q$((i + 1)); [ "$i" = 10 ] && next=end
        printf '  q%d:\n    ask: Q%d?\n    help: H.\n    answer:\n      choice:\n' "$i" "$i"
        for c in a b c d; do printf '        - { id: %s, label: %s }\n' "$c" "$c"; done
        # Every answer counts as a path, but only the last one decides the outcome: the table
        # has two routes, and finding them means walking every path (no answer is read before).
        if [ "$i" = 10 ]; then
            printf '    save: s%d\n    next:\n      - if: s%d == a\n        goto: end\n      - goto: other_end\n' "$i" "$i"
        else
            printf '    save: s%d\n    next: %s\n' "$i" "$next"
        fi
    done
    printf '  end:\n    outcome: Bye.\n  other_end:\n    outcome: Bye too.\n'
} > wide.yaml
code=$(capped 60 300 "$intake" paths --outcomes wide.yaml)
check "8 paths --outcomes on 4^11 paths stops at its budget within 300 MB and 60 s (exit $code)" [ "$code" = 1 ]
check "8 ... and says so" grep -q "paths stopped before it was done: listing the paths took more than" err.txt
code=$(capped 60 300 "$intake" paths --table wide.yaml)
check "8 paths --table says the paths are too many, without suggesting --table again" \
    bash -c "grep -q 'too many to list' err.txt && ! grep -q 'try --table' err.txt"

# --- 9: files -----------------------------------------------------------------------------------------
mkfifo fifo.yaml
code=$(capped 5 1000 "$intake" check fifo.yaml)
check "9 a FIFO named as a dialog is refused at once (exit $code)" bash -c "[ $code = 66 ] && grep -q 'not a regular file' err.txt"
printf '# dialog: fifo.yaml\n# lang: en\n' > fifo-transcript.txt
code=$(capped 5 1000 "$intake" replay fifo-transcript.txt)
check "9 a transcript whose dialog is a FIFO does not hang, and is a file that cannot be read (exit $code)" [ "$code" = 66 ]
printf '# dialog: /etc/shadow\n' > shadow.txt
code=$(capped 5 1000 "$intake" replay shadow.txt)
check "9 '# dialog: /etc/shadow' is refused (exit $code)" bash -c "[ $code = 65 ] && grep -q 'is an absolute path' err.txt && ! grep -q 'root:' err.txt out.txt"
printf '# dialog: ../../etc/x.yaml\n' > climb.txt
code=$(capped 5 1000 "$intake" replay climb.txt)
check "9 '# dialog: ../../' is refused (exit $code)" bash -c "[ $code = 65 ] && grep -q \"climbs out with '..'\" err.txt"
printf '# dialog: california\n# dialog: other.yaml\n' > twice.txt
code=$(capped 5 1000 "$intake" replay twice.txt)
check "9 a second dialog header is an error (exit $code)" bash -c "[ $code = 65 ] && grep -q \"second 'dialog' header\" err.txt"
printf '# dialog: california\n# lang: en\n' > builtin.txt
"$intake" run --lang en --width 72 < /dev/null >> builtin.txt 2>/dev/null
code=$(capped 10 1000 "$intake" replay builtin.txt)
check "9 a transcript may name a built-in dialog (exit $code)" [ "$code" = 0 ]

finish
