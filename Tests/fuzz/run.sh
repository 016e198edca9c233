#!/usr/bin/env bash
# Builds the libFuzzer targets (Tests/fuzz/Fuzz.swift with Sources/IntakeKit, instrumented for
# coverage and AddressSanitizer) and runs each for SECONDS, with a memory limit and a time limit
# per input, so a blow-up counts as a failure like a crash. Seeds come from the repository's
# own files; an input that found a bug is kept under Tests/fuzz/regressions/TARGET/ and is
# replayed first on every run.
#   Tests/fuzz/run.sh SECONDS [TARGET...]      (targets: loader condition transcript answers)
# Ends with "N passed, N failed", one per target.
set -u
cd "$(dirname "$0")/../.."
seconds=${1:?usage: Tests/fuzz/run.sh SECONDS [TARGET...]}
shift
targets=${*:-loader condition transcript answers}
out=${FUZZ_OUT:-.build-fuzz}   # FUZZ_OUT: another folder, to run two at once
mkdir -p "$out"

echo "== building $out/intake-fuzz"
swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name IntakeFuzz -package-name intake \
    -I Sources/CYAML -lyaml -o "$out/intake-fuzz" \
    $(find Sources/IntakeKit -name '*.swift' | sort) Tests/fuzz/Fuzz.swift || exit 1

# Seeds: small pieces of the repository's own dialogs, transcripts and conditions.
seeds() {
    dir="$out/seeds/$1"
    rm -rf "$dir"; mkdir -p "$dir"
    case $1 in
        loader)
            cp Tests/IntakeKitTests/Fixtures/Invalid/*.yaml "$dir/"
            cp Dialogs/README.md "$dir/readme.md"
            head -c 4000 Dialogs/california.yaml > "$dir/california-start.yaml" ;;
        condition)
            grep -h -o 'if: .*' Dialogs/california.yaml Tests/IntakeKitTests/Fixtures/Invalid/*.yaml \
                | sed 's/^if: //' | sort -u | head -n 200 | split -l 1 - "$dir/c-" ;;
        transcript)
            find Transcripts -name '*.txt' | sort | head -n 40 | while read -r f; do cp "$f" "$dir/$(echo "$f" | tr / _)"; done ;;
        answers)
            find Transcripts -name '*.txt' | sort | head -n 40 | while read -r f; do
                sed -n 's/^> //p' "$f" > "$dir/$(echo "$f" | tr / _)"
            done ;;
    esac
    echo "$dir"
}

passed=0
failed=0
for target in $targets; do
    echo
    echo "== $target for $seconds s"
    corpus="$out/corpus/$target"
    regressions="Tests/fuzz/regressions/$target"
    mkdir -p "$corpus" "$out/crashes/$target"
    seed_dir=$(seeds "$target")
    # Replay every kept regression input first (each once).
    if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
        INTAKE_FUZZ=$target ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=Tests/fuzz/lsan.supp "$out/intake-fuzz" -rss_limit_mb=2048 -timeout=10 \
            "$regressions"/* > "$out/$target-regressions.log" 2>&1 \
            || { echo "FAIL $target: a kept regression input fails again (see $out/$target-regressions.log)"; failed=$((failed + 1)); continue; }
    fi
    if INTAKE_FUZZ=$target ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=Tests/fuzz/lsan.supp "$out/intake-fuzz" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=1024 -timeout=10 -max_len=65536 \
        -artifact_prefix="$out/crashes/$target/" -print_final_stats=1 \
        "$corpus" "$seed_dir" > "$out/$target.log" 2>&1; then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/$target.log" | grep -o '[0-9]*$')
        echo "PASS $target: ${runs:-?} inputs, no crash, leak or limit"
        passed=$((passed + 1))
    else
        echo "FAIL $target: see $out/$target.log and $out/crashes/$target/"
        grep -E 'ERROR|SUMMARY|Test unit written' "$out/$target.log" | head -n 5
        failed=$((failed + 1))
    fi
done
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
