#!/usr/bin/env bash
# Where the time goes: serves the database of the last `make bench` run, drives one operation's wrk
# script against it, and records a CPU profile of the server with perf (DWARF call graphs, so Swift's
# frames unwind), then prints the functions by inclusive share and the server's CPU time per request.
#
# Usage: Tests/Bench/profile.sh [OPERATION] [SECONDS]   (defaults: get_user 5)
# OPERATION names a script in Tests/Bench/wrk (get_user, filter_username, list_page, filter_co, …).
# Output: .bench/profile-OPERATION.data (perf report -i … to explore) and .bench/profile-OPERATION.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."

OP=${1:-get_user}
SECONDS_TO_RECORD=${2:-5}
PORT=${BENCH_PORT:-18099}
BIN=${BENCH_SCRATCH:-.build-release}/release/scimdesk
URL="http://127.0.0.1:$PORT"
command -v perf >/dev/null || { echo "profile: perf is missing (Debian: linux-perf)" >&2; exit 1; }
[ -x "$BIN" ] || { echo "profile: no release binary at $BIN; run make bench first" >&2; exit 1; }
RUN=$(ls -d .bench/*-*/ 2>/dev/null | tail -1)
[ -n "$RUN" ] && [ -f "$RUN/bench.sqlite" ] || { echo "profile: no bench run in .bench; run make bench first" >&2; exit 1; }
export BENCH_DATA="$PWD/${RUN}data" BENCH_LUA="$PWD/Tests/Bench/wrk" BENCH_THREADS=2

"$BIN" serve --database "${RUN}bench.sqlite" --listen "127.0.0.1:$PORT" --rate-limit off >".bench/profile-$OP.log" 2>&1 &
SERVER=$!
trap 'kill -TERM $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -sf -o /dev/null "$URL/healthz" && break; sleep 0.1; done
wrk -t2 -c32 -d2s -s "Tests/Bench/wrk/$OP.lua" "$URL" >/dev/null  # warm-up

ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
before=$(ticks)
perf record -F 499 --call-graph dwarf,32768 -p "$SERVER" -o ".bench/profile-$OP.data" -- sleep "$SECONDS_TO_RECORD" 2>/dev/null &
RECORDER=$!
requests=$(wrk -t2 -c32 -d"$((SECONDS_TO_RECORD + 1))s" -s "Tests/Bench/wrk/$OP.lua" "$URL" | awk '/requests in/ {print $1}')
wait $RECORDER || true
used=$(( $(ticks) - before ))

{
  echo "$OP: $requests requests, $(( used * 1000000 / $(getconf CLK_TCK) / requests )) µs of server CPU per request (profiling included)"
  echo
  perf report -i ".bench/profile-$OP.data" --children --sort symbol --stdio -g none 2>/dev/null | grep -E '^ +[0-9]' |
    { command -v swift >/dev/null && swift demangle --simplified || cat; } | cut -c1-160 | head -"${PROFILE_LINES:-80}"
} | tee ".bench/profile-$OP.txt"
