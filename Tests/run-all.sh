#!/usr/bin/env bash
# Every test: the shipped dialogs check clean and have no path problems, every transcript
# replays with full coverage, hostile dialog and transcript files end quickly within a memory
# cap, a short fuzzing pass, the kiosk in a real terminal (tmux), the SSH service through a
# real sshd on 127.0.0.1, the printed handout through a private cupsd, and the Swift test suite
# last (so its closing line is the last one). Needs root for the SSH and print tests, and tmux,
# openssh-server, openssh-client, cups, cups-client, printer-driver-cups-pdf and poppler-utils
# (.ci/run installs them).
set -u
cd "$(dirname "$0")/.."
status=0
step() { echo; echo "== $*"; "$@" || status=1; }

swift build || exit 1
# Formatting: .swift-format at the root; `swift format format -i -r Sources Tests Package.swift` fixes it.
step swift format lint --strict -r Sources Tests Package.swift
# What an author runs: check --strict, paths, every transcript replayed, and coverage.
step .build/debug/intake test
# The terminal tests drive the binary that ships: the static release build.
echo
echo "== swift build -c release --product intake"
# (Without the linker's getpwnam warnings, which README explains.)
(set -o pipefail; swift build -c release --product intake 2>&1 | { grep -v "in statically linked applications requires" || true; }) || exit 1
step Tests/cli/hostile-files.sh .build/release/intake
step Tests/terminal/kiosk-tests.sh .build/release/intake
step Tests/terminal/ssh-tests.sh .build/release/intake
step Tests/terminal/print-tests.sh .build/release/intake
# A short pass of every fuzz target (and every kept regression input); Tests/fuzz/run.sh 600
# is the long run.
step Tests/fuzz/run.sh 15
echo
echo "== swift test"
swift test || status=1
exit $status
