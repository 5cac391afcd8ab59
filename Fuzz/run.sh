#!/usr/bin/env bash
# make fuzz: builds the libFuzzer targets in .build-fuzz and runs each for FUZZ_SECONDS (60) on a
# working copy of its seed corpus in Fuzz/Corpus; prints executions per target and stops at the
# first failure, leaving the input in .build-fuzz/artifacts/<target>/.
# FUZZ_TARGETS picks some of json filter patch mapper; FUZZ_SKIP_BUILD=1 reuses the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-json filter patch mapper}
BUILD=.build-fuzz
# Release for speed; the fuzzer flag instruments every Swift module for coverage. lld: gold fails on
# the instrumented objects (an internal error in its DWARF reader).
FLAGS=(--package-path Fuzz --build-path "$BUILD" -c release -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld)
if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ]; then
    for target in $TARGETS; do "$SWIFT" build "${FLAGS[@]}" --product "fuzz-$target"; done
fi
BIN=$("$SWIFT" build "${FLAGS[@]}" --show-bin-path)
# The store-backed targets write throwaway databases under TMPDIR; keep them in the build folder.
export TMPDIR=$PWD/$BUILD/tmp
# A failed check traps; libFuzzer, not the Swift runtime's backtracer, must catch it to save the input.
export SWIFT_BACKTRACE=enable=no
rm -rf "$TMPDIR" && mkdir -p "$TMPDIR"
printf '%-8s %12s %10s %s\n' target executions per-second found
status=0
for target in $TARGETS; do
    corpus=$BUILD/corpus/$target artifacts=$BUILD/artifacts/$target/ log=$BUILD/fuzz-$target.log
    mkdir -p "$corpus" "$artifacts"
    if "$BIN/fuzz-$target" -max_total_time="$SECONDS_EACH" -timeout=20 -max_len=8192 -print_final_stats=1 \
        -artifact_prefix="$artifacts" "$corpus" "Fuzz/Corpus/$target" >"$log" 2>&1; then
        found=none
    else
        found="FAILURE: $(grep -m1 -E 'Fatal error|ERROR:' "$log" | cut -c1-200) (input in $artifacts, log $log)"
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    printf '%-8s %12s %10s %s\n' "$target" "${runs:-?}" "${rate:-?}" "$found"
    rm -rf "${TMPDIR:?}"/*
done
exit $status
