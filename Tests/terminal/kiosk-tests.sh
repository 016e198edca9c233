#!/usr/bin/env bash
# Kiosk checks in a real terminal (tmux): items 16 to 33 of the checklist in kiosk-ssh.md,
# with negative controls that show each check can fail.
#   Tests/terminal/kiosk-tests.sh [path/to/intake]
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
intake=$(cd "$(dirname "${1:-.build/debug/intake}")" && pwd)/$(basename "${1:-.build/debug/intake}")
[ -x "$intake" ] || { echo "no intake binary at $intake (swift build first)"; exit 2; }

work=$(mktemp -d /tmp/intake-kiosk-test.XXXXXX)
cleanup() { t kill-server 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work/home" "$work/cwd"
touch "$work/cwd/CANARY-FILE-IN-CWD" "$work/home/CANARY-FILE-IN-HOME"
export HOME="$work/home"
cd "$work/cwd"

# start SESSION WIDTH COMMAND...: a kiosk in a new tmux session.
start() {
    s=$1; w=$2; shift 2
    t new-session -d -s "$s" -x "$w" -y 30 "$*"
}
kiosk="$intake kiosk --lang en --idle 4 --warn 2"
# Canaries are made at run time, so this script's own text never matches them.
canary17="CANARY-$$-$RANDOM-17"
canary20="SECRET-$$-$RANDOM-20"
canary27="CANARY-$$-$RANDOM-27"

# --- 16: completion: choices only, whole multi-word labels, no trailing space -------------------
start k 80 "$kiosk"
wait_for "Was your case in a California state court?" 10 k || fail "kiosk starts" "$(screen k)"
keys k "Yes, a" Tab
keys k "X"
check "16 Tab completes a multi-word choice with no trailing space" grep -qF "> Yes, a California courtX" <(screen k)
keys k C-u
keys k Tab Tab
check "16 Tab Tab lists the choices" grep -qF "No, a court in another state" <(screen k)
check "16 Tab Tab lists no files" bash -c "! screen_out=\$(tmux -L $tmux_socket capture-pane -p -t k); ! grep -q CANARY-FILE <<<\"\$screen_out\""
keys k "/et" Tab Tab
check "16 /et + Tab does not complete to /etc/" bash -c "! tmux -L $tmux_socket capture-pane -p -t k | grep -q '/etc/'"
keys k C-u
# negative control: a plain readline line (bash read -e) does list the files.
start neg 80 "bash --norc --noprofile -c 'read -e x'"
sleep 0.5; keys neg Tab Tab
check "16 negative control: plain readline lists the canary file" grep -q CANARY-FILE-IN-CWD <(screen neg)
t kill-session -t neg

# --- 19 and keys: Ctrl-D on an empty line, Ctrl-C, Ctrl-\ and Ctrl-Z keep the visitor --------------
supervisor=$(pane_pid k)
visitor=$(child_of "$supervisor")
keys k C-d
keys k "typed" C-c
keys k 'C-\' C-z
check "19 Ctrl-D, Ctrl-C, Ctrl-\\, Ctrl-Z keep the same visitor process" [ "$(child_of "$supervisor")" = "$visitor" ]
keys k "1" Enter
check "19 the kiosk still answers after those keys" wait_for "Is anything still open for you right now" 5 k

# --- 17: idle timeout wipes the screen and the scrollback, and a new process serves ------------
keys k "$canary17" Enter
check "17 positive control: the canary is on the screen before the timeout" grep -qF "$canary17" <(history k)
wait_for "Are you still there?" 8 k && pass "17 the idle warning comes first" || fail "17 the idle warning comes first" "$(screen k)"
sleep 3
wait_for "Was your case in a California state court?" 5 k
check "17 after the timeout, no earlier answer on the screen or in the scrollback" bash -c "! tmux -L $tmux_socket capture-pane -p -S - -t k | grep -q $canary17"
check "17 the visitor process was replaced" [ "$(child_of "$supervisor")" != "$visitor" ]

# --- 18: steady slow typing does not time out ------------------------------------------------------
visitor=$(child_of "$supervisor")
for c in s l o w l y t y p i n g; do keys k "$c"; sleep 0.6; done   # ~11 s, idle is 4 s
check "18 typing slowly for longer than the idle time keeps the visitor" [ "$(child_of "$supervisor")" = "$visitor" ]
check "18 what was typed is still there" grep -qF "> slowlytyping" <(screen k)
keys k C-u

# --- 20, 21: the next visitor cannot reach the last one's words (Ctrl-Y, Up, Ctrl-R) ------------
keys k "$canary20" C-u        # into readline's kill ring
keys k "quit" Enter
keys k "yes" Enter
wait_for "When you are done, press Enter" 5 k || fail "20 quit leads to the done screen" "$(screen k)"
keys k Enter
wait_for "Was your case in a California state court?" 5 k
keys k C-y
check "20 Ctrl-Y in the next visitor's process brings nothing back" bash -c "! tmux -L $tmux_socket capture-pane -p -t k | grep -qF '$canary20'"
keys k C-u Up
check "21 Up shows no earlier answer (the prompt stays empty)" [ "$(screen k | grep -v '^$' | tail -n 1)" = ">" ]
keys k C-u C-r "q"
check "21 Ctrl-R searches nothing (only what was typed after it is on the line)" [ "$(screen k | grep -v '^$' | tail -n 1)" = "> q" ]
keys k C-u
# negative control: within one process the kill ring does bring it back.
start neg 80 "$intake run --lang en"
wait_for "Was your case in a California state court?" 10 neg
keys neg "SECRET-KILLRING-NEG" C-u
keys neg C-y
check "20 negative control: in one process Ctrl-Y brings the text back" grep -qF "SECRET-KILLRING-NEG" <(screen neg)
t kill-session -t neg

# --- 32: Ctrl-S cannot keep a visitor's answers on the screen ----------------------------------
tty=$(t display-message -p -t k '#{pane_tty}')
check "32 flow control is off on the visitor's terminal" bash -c "stty -F '$tty' -a | grep -q -- '-ixon'"
keys k C-s "still-drawn"
check "32 text typed after Ctrl-S is drawn at once (the screen is not stopped)" grep -qF "> still-drawn" <(screen k)
keys k C-u
# A screen that is stopped all the same (Scroll Lock on a Linux console, or XON/XOFF turned back
# on from outside, as here) blocks the visitor inside a write: the supervisor must end it.
canary32="CANARY-$$-$RANDOM-32"
supervisor=$(pane_pid k); visitor=$(child_of "$supervisor")
keys k "$canary32" Enter
keys k "$canary32-typed"
stty -F "$tty" ixon
keys k C-s "$canary32-after"
check "32 positive control: the canary is on the screen before the limit" grep -qF "$canary32" <(history k)
sleep 10      # idle 4 + warning 2 + the supervisor's 3, and slack
keys k C-q
wait_for "Was your case in a California state court?" 5 k
check "32 after the limit the frozen visitor's process was ended" [ "$(child_of "$supervisor")" != "$visitor" ]
check "32 ... and nothing of it is on the screen or in the scrollback" bash -c "! tmux -L $tmux_socket capture-pane -p -S - -t k | grep -q '$canary32'"
keys k C-y
check "32 ... Ctrl-Y brings nothing back" bash -c "! tmux -L $tmux_socket capture-pane -p -t k | grep -q '$canary32'"
keys k C-u "review" Enter
check "32 ... and review shows an empty visit" wait_for "You have not answered any questions yet." 5 k
check "32 ... with flow control off again" bash -c "stty -F '$tty' -a | grep -q -- '-ixon'"
# negative control: the visitor alone (no supervisor), frozen the same way, keeps the canary.
start neg 80 "$intake kiosk --lang en --idle 4 --warn 2 --visitor; sleep 30"
wait_for "state court?" 10 neg
keys neg "NEG-$canary32" Enter
stty -F "$(t display-message -p -t neg '#{pane_tty}')" ixon
keys neg C-s
sleep 9
check "32 negative control: a frozen visitor without the supervisor keeps the canary on screen" grep -qF "NEG-$canary32" <(history neg)
t kill-session -t neg

# --- 33: no readline command reads the system ---------------------------------------------------
# Each line: what to type, then the key. What a plain readline shows for each is a home folder,
# a user, a file, a variable, a host or a command name, or an editor.
bindings=(
    "~root M-&" "~ro M-~" "/et M-/" "\$HO M-\$" "local M-@" "bas M-!" "~r C-x ~" "/et C-x /"
    "\$HO C-x \$" "loc C-x @" "bas C-x !" "x C-x C-e" "x M-." "x M-_" "x M-C-y" "x C-r" "x C-s"
    "x C-x C-v" "x C-x C-r" "x M-C-j" "x C-o" "x M-<"
)
revealed='/root\|root/\|/etc\|etc/\|HOME\|HOSTNAME\|localhost\|bash\|base64\|readline\|version\|search\|CANARY-FILE\|bash-fc'
leaks=
for binding in "${bindings[@]}"; do
    set -- $binding
    keys k C-u; keys k -l "$1"; shift; keys k "$@"
    out=$(screen k | grep -v '^$' | tail -n 3)
    grep -q "$revealed" <<<"$out" && leaks="$leaks [$binding]"
    keys k C-g C-u
done
check "33 no key reveals a file, user, host, variable, command, history or version (leaks:${leaks:- none})" [ -z "$leaks" ]
check "33 ... and the visitor is still at the first question" grep -qF "Was your case in a California state court?" <(screen k)
keys k "Yes, a" Tab
check "33 Tab still completes the choices" grep -qF "> Yes, a California court" <(screen k)
keys k C-a "[" C-e "]" BSpace Left Left C-d Home Right C-k
check "33 editing keys still work (Ctrl-A, Ctrl-E, Backspace, arrows, Ctrl-D, Home, Ctrl-K)" [ "$(screen k | grep -v '^$' | tail -n 1)" = "> [" ]
keys k C-u
# negative control: plain readline (bash's read -e) reveals them.
start neg 80 "bash --norc --noprofile -c 'read -e x'"
sleep 0.5
keys neg -l "~root"; keys neg M-\&
keys neg C-u; keys neg -l "/et"; keys neg M-/
check "33 negative control: plain readline expands ~root and completes /etc" bash -c "tmux -L $tmux_socket capture-pane -p -t neg | grep -q '/root\|/etc/'"
t kill-session -t neg

# --- 22, 23: a hostile INPUTRC or ~/.inputrc changes nothing and prints nothing ------------------
printf '"\\t": "INJECTED"\n$include /etc/passwd\n' > "$work/hostile-inputrc"
mkdir -p "$work/hostile-home"; cp "$work/hostile-inputrc" "$work/hostile-home/.inputrc"
start rc 80 "env INPUTRC=$work/hostile-inputrc $intake kiosk --lang en"
wait_for "Was your case in a California state court?" 10 rc
keys rc Tab
check "22 a hostile INPUTRC rebinds nothing and prints no file" bash -c "! tmux -L $tmux_socket capture-pane -p -t rc | grep -q 'INJECTED\\|root:\\|daemon'"
t kill-session -t rc
start rc 80 "env HOME=$work/hostile-home $intake kiosk --lang en"
wait_for "Was your case in a California state court?" 10 rc
keys rc Tab
check "23 a hostile ~/.inputrc rebinds nothing and prints no file" bash -c "! tmux -L $tmux_socket capture-pane -p -t rc | grep -q 'INJECTED\\|root:\\|daemon'"
t kill-session -t rc
start neg 80 "env INPUTRC=$work/hostile-inputrc bash --norc --noprofile -c 'read -e x'"
sleep 0.5; keys neg Tab
check "22 negative control: plain readline obeys the hostile INPUTRC" grep -q 'INJECTED\|root' <(screen neg)
t kill-session -t neg

# --- 24: UTF-8 editing with no locale set ------------------------------------------------------
start u 80 "env -u LANG -u LC_ALL -u LC_CTYPE $intake run --lang en --record $work/utf8.txt"
wait_for "Was your case in a California state court?" 10 u
keys u "Zoë 日本" BSpace Enter
sleep 0.3; keys u C-d
check "24 with no locale, Backspace removes one whole character" grep -qF "> Zoë 日" "$work/utf8.txt"
check "24 and nothing more" bash -c "! grep -qF '> Zoë 日本' '$work/utf8.txt'"
t kill-session -t u 2>/dev/null

# --- 25: colour only when allowed; a long line redraws right at 30 columns -----------------------
start c 30 "env TERM=xterm-256color $intake run --lang en"
wait_for "state court?" 10 c
check "25 questions are bold on a colour terminal (the check can see colour)" grep -qF $'\e[1m' <(t capture-pane -p -e -t c)
long="this is a long answer that wraps over two lines"
keys c "$long" BSpace BSpace BSpace BSpace BSpace BSpace
check "25 a wrapped line edits and redraws correctly at 30 columns" grep -qF "two" <(t capture-pane -p -J -t c)
check "25 ... with no leftovers" bash -c "! tmux -L $tmux_socket capture-pane -p -J -t c | grep -q 'lines'"
t kill-session -t c
start c 30 "env TERM=xterm-256color NO_COLOR=1 $intake run --lang en"
wait_for "state court?" 10 c
check "25 no colour codes with NO_COLOR=1" bash -c "! tmux -L $tmux_socket capture-pane -p -e -t c | grep -qF $'\e[1m'"
t kill-session -t c

# --- 26: output fits a 40-column terminal -------------------------------------------------------
start n 40 "$intake run --lang en"
wait_for "state court?" 10 n
keys n 1 Enter; keys n 1 Enter; keys n 1 Enter
longest=$(t capture-pane -p -J -t n | awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }')
check "26 no line is wider than 40 columns (longest: $longest)" [ "$longest" -le 40 ]
t kill-session -t n

# --- 27: SIGHUP during a question: the process ends and writes nothing ---------------------------
start h 80 "$intake kiosk --lang en"
wait_for "state court?" 10 h
sup=$(pane_pid h); vis=$(child_of "$sup")
keys h "$canary27"
kill -HUP "$vis"
check "27 SIGHUP ends the visitor's process" wait_gone "$vis" 5
t kill-session -t h 2>/dev/null

# --- 28: SIGTERM: the process ends and the terminal is back in canonical mode with echo ---------
start s 80 "bash --norc --noprofile -c '$intake kiosk --lang en --visitor; stty -a > $work/stty.txt; sleep 30'"
wait_for "state court?" 10 s
vis=$(pgrep -f "intake kiosk --lang en --visitor" -P "$(pane_pid s)" | head -n 1)
keys s "half typed"
kill -TERM "$vis"
for _ in $(seq 1 50); do [ -s "$work/stty.txt" ] && break; sleep 0.1; done
check "28 after SIGTERM the terminal is canonical again" grep -qE '(^| )icanon( |$)' "$work/stty.txt"
check "28 ... with echo on" grep -qE '(^| )echo( |$)' "$work/stty.txt"
t kill-session -t s 2>/dev/null
# and the supervisor stops on SIGTERM
start s 80 "$intake kiosk --lang en; echo SUPERVISOR-ENDED; sleep 30"
wait_for "state court?" 10 s
kill -TERM "$(pgrep -f "intake kiosk --lang en$" -P "$(pane_pid s)" | head -n 1)" 2>/dev/null || kill -TERM "$(child_of "$(pane_pid s)")"
check "28 SIGTERM stops the kiosk supervisor" wait_for "SUPERVISOR-ENDED" 5 s
t kill-session -t s 2>/dev/null

# --- 29: piped input: no echo from readline, no escape sequences ---------------------------------
out=$(printf '1\n1\n' | "$intake" run --lang en)
check "29 piped output has no escape sequences" bash -c "! grep -q \$'\\e' <<<\"\$1\"" _ "$out"
check "29 kiosk mode refuses a pipe" bash -c "! printf '1\n' | '$intake' kiosk >/dev/null 2>&1"

# --- a visitor first picks a language, one key each, in both languages ----------------------------
start l 80 "$intake kiosk"
check "the kiosk offers English and Spanish first" wait_for "Para español, escriba 2." 10 l
keys l "2" Enter
check "2 picks Spanish" wait_for "¿Su caso fue en una corte del estado de California?" 5 l
t kill-session -t l

# --- 35: long text is paged: nothing scrolls away before Enter, at 80x24 and 40x15, en and es ---
# A felony with a state prison sentence: the longest explanation. Every line the piped run shows
# must be on some screen captured just before a key was pressed.
story_en=(1 1 30 5 felony no 3 yes no 2 "January 2025" 1 yes no)
story_es=(1 1 30 5 felony no 3 si no 2 "enero 2025" 1 si no)
for size in 80x24 40x15; do
    cols=${size%x*}; rows=${size#*x}; wrap=$(( cols < 76 ? cols : 76 ))
    for lang in en es; do
        story_name="story-$lang-$size"; eval "story=(\"\${story_$lang[@]}\")"
        t new-session -d -s p -x "$cols" -y "$rows" "$intake kiosk --lang $lang --idle 120"
        play_story p "$work/$story_name.screens" "${story[@]}"
        printf '%s\n' "${story[@]}" | "$intake" run --lang "$lang" --width "$wrap" > "$work/$story_name.expected"
        check "35 $lang at $size: the explanation took more than one page ($(cat "$work/$story_name.screens.pages" 2>/dev/null) Enter presses)" \
            [ "$(cat "$work/$story_name.screens.pages" 2>/dev/null || echo 0)" -gt 0 ]
        missing=$(all_shown "$work/$story_name.expected" "$work/$story_name.screens")
        check "35 $lang at $size: every line was on the screen before a key was pressed ${missing:+($missing)}" [ -z "$missing" ]
        check "35 $lang at $size: the visit ends on the done screen" wait_for "$( [ $lang = en ] && echo 'press Enter.' || echo 'oprima Enter.')" 5 p
        t kill-session -t p
    done
done
# negative control: the same story unpaged (--height 500) at 80x24 loses lines off the top.
t new-session -d -s p -x 80 -y 24 "$intake run --lang en --height 500; sleep 5"
play_story p "$work/unpaged.screens" "${story_en[@]}"
name="35 negative control: without paging, a line leaves the screen unread"
if [ -s "$work/unpaged.screens" ] && ! all_shown "$work/story-en-80x24.expected" "$work/unpaged.screens" >/dev/null; then
    pass "$name"
else
    fail "$name"
fi
t kill-session -t p 2>/dev/null

# --- 36: the last screen of a three-case visit fits 80x24 without paging --------------------------
t new-session -d -s p -x 80 -y 24 "$intake kiosk --lang en --idle 120"
play_story p "$work/three.screens" 1 1 30 5 felony no 3 yes no 2 "January 2025" 1 yes yes \
    1 1 25 1 1 no "October 2024" yes 1 1 30 dismissed no "June 2025" no
last=$(screen p)
shows() { grep -q -- "$1" <<<"$last"; }
name="36 the end screen shows the list of three cases and the done line at once, with no page prompt"
if shows '^What may fit each case' && shows '^1\. State prison' && shows '^3\. Dismissed charges' \
    && shows 'When you are done, press Enter' && ! shows '^Page [0-9]'; then pass "$name"; else fail "$name" "$last"; fi
t kill-session -t p

# --- an author's own dialog at the kiosk (README, "Serving your own dialog") ----------------------
cp "$here/../fixtures/notice.yaml" "$work/notice.yaml"
start d 80 "$intake kiosk $work/notice.yaml --idle 60"
check "own dialog at the kiosk: its first question comes" wait_for "Did you get a written notice from your landlord?" 10 d
keys d "no" Enter
check "own dialog at the kiosk: its outcome, then the done line" bash -c "sleep 0.5; tmux -L $tmux_socket capture-pane -p -t d | grep -q 'you may have more time' && tmux -L $tmux_socket capture-pane -p -t d | grep -q 'When you are done, press Enter'"
keys d Enter
check "own dialog at the kiosk: Enter starts the next visitor on the same dialog" wait_for "Did you get a written notice" 10 d
t kill-session -t d
printf 'id: broken\n' > "$work/broken.yaml"
out=$("$intake" kiosk "$work/broken.yaml" 2>&1 </dev/null); code=$?
check "own dialog at the kiosk: a broken file is refused at start, with its place (exit $code)" bash -c "[ $code -eq 65 ] && grep -q 'broken.yaml:1:1: error' <<<\"\$1\"" _ "$out"

# --- 31: the binary carries the GPL notice while it links readline -----------------------------
# A debug build links libreadline.so; a release build is static and holds readline's own code.
check "31 the binary links libreadline" bash -c "ldd '$intake' 2>/dev/null | grep -q libreadline || grep -aq 'readline_callback_read_char() called with no handler' '$intake'"
check "31 intake --version states GPL-3.0-or-later and the source offer" bash -c "'$intake' --version | grep -q 'version 3 or later' && '$intake' --version | grep -q 'complete source'"

# --- 30: no canary typed in these tests is anywhere on disk -------------------------------------
recorded="CANARY-$$-$RANDOM-30"
printf '%s\n' "$recorded" | "$intake" run --lang en --record "$work/recorded.txt" >/dev/null
check "30 positive control: the search finds a canary that was recorded on purpose" grep -rqF "$recorded" "$work"
hits=$(grep -rIl -e "$canary17" -e "$canary20" -e "$canary27" "$work" "$HOME" /tmp /var/log 2>/dev/null | head -n 5)
check "30 no answer typed in the kiosk was written to disk (found: ${hits:-none})" [ -z "$hits" ]

finish
