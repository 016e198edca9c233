#!/usr/bin/env bash
# Start-up, memory, loading and answering speed, measured side by side in one run (medians).
# Prints figures; passes or fails nothing. Run from anywhere:  Tests/benchmarks/run.sh [RUNS]
# Builds: the release intake (a static executable, as it ships), intake-bench, and the peers.
set -eu
cd "$(dirname "$0")/../.."
runs=${1:-50}
work=$(mktemp -d /tmp/intake-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

swift build -c release --product intake >/dev/null 2>&1
swift build -c release --product intake-bench >/dev/null
bench=.build/release/intake-bench
cc -O2 -o "$work/prompt" Tests/benchmarks/peers/prompt.c -lreadline
cc -O2 -o "$work/parse" Tests/benchmarks/peers/parse.c -lyaml
swiftc -O -static-executable Tests/benchmarks/peers/prompt.swift -o "$work/swift-prompt" 2>/dev/null
python=$(python3 -c 'import sys; print(sys.executable)')
"$python" -c 'import yaml; yaml.CLoader' 2>/dev/null || python3 -m pip install -q pyyaml

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
ms() { awk -v s="$1" 'BEGIN { printf "%.2f ms", s * 1000 }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f MB", k / 1024 }'; }

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"), $(swift --version 2>/dev/null | head -n 1)"
echo
echo "Start to first question, median of $runs runs (peak RSS at that moment):"
read -r c_time c_rss < <("$bench" startup "$runs" -- "$work/prompt")
read -r s_time s_rss < <("$bench" startup "$runs" -- "$work/swift-prompt")
read -r i_time i_rss < <("$bench" startup "$runs" -- .build/release/intake)
read -r p_time p_rss < <("$bench" startup "$runs" -- "$python" Tests/benchmarks/peers/prompt.py Dialogs/california.yaml)
printf '  %-34s %10s  %8s\n' "C + readline (the floor)" "$(ms "$c_time")" "$(mb "$c_rss")"
printf '  %-34s %10s  %8s   %sx the time, %sx the memory of C\n' "Swift, no Foundation (its floor)" "$(ms "$s_time")" "$(mb "$s_rss")" "$(ratio "$s_time" "$c_time")" "$(ratio "$s_rss" "$c_rss")"
printf '  %-34s %10s  %8s   %sx the time, %sx the memory of C\n' "intake, California dialog" "$(ms "$i_time")" "$(mb "$i_rss")" "$(ratio "$i_time" "$c_time")" "$(ratio "$i_rss" "$c_rss")"
printf '  %-34s %10s  %8s   %sx the time, %sx the memory of C\n' "Python + PyYAML CLoader + input()" "$(ms "$p_time")" "$(mb "$p_rss")" "$(ratio "$p_time" "$c_time")" "$(ratio "$p_rss" "$c_rss")"
echo "  targets: intake within 1.5x of C in time and 2.5x in memory"
echo
echo "Load and check the California dialog (as intake check does), beside libyaml's bare event parse (medians):"
load=$("$bench" load Dialogs/california.yaml 51)
bare=$("$work/parse" Dialogs/california.yaml 51)
printf '  %-12s intake %10s   libyaml %10s   %sx (long texts in two languages: reading levels take most of it)\n' "California:" "$(ms "$load")" "$(ms "$bare")" "$(ratio "$load" "$bare")"
whole=$(python3 - .build/release/intake <<'PY'
import statistics, subprocess, sys, time
times = []
for _ in range(21):
    start = time.perf_counter()
    subprocess.run([sys.argv[1], "check", "Dialogs/california.yaml"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    times.append(time.perf_counter() - start)
print(statistics.median(times))
PY
)
printf '  %-12s intake check as a whole process: %s (target: well under 20 ms)\n' "" "$(ms "$whole")"
echo
read -r answer count < <("$bench" answers)
echo "Answer to next question in a long scripted conversation: median $(awk -v s="$answer" 'BEGIN { printf "%.1f µs", s * 1e6 }') over $count answers"
