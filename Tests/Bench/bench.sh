#!/usr/bin/env bash
# `make bench`: seeds a fresh database, starts the listener on loopback and measures each SCIM
# operation with wrk against a bare Hummingbird endpoint of the same binary (the ceiling), then prints
# a table and writes .bench/<run>/report.json (and .bench/latest.json).
#
# Environment (defaults in brackets):
#   BENCH_USERS [100000]  BENCH_DURATION seconds per operation [10]  BENCH_WARMUP seconds [2]
#   BENCH_THREADS [2]  BENCH_CONNECTIONS [32]  BENCH_PORT [18080]  BENCH_OPS (space-separated subset)
#   BENCH_TIMEOUT wrk request timeout in seconds [30]; BENCH_SKIP_BUILD=1 uses the existing release binary.
#   BENCH_STORE [sqlite]: postgres also measures GET by id, userName eq, co, POST and group PATCH on a
#   throwaway PostgreSQL cluster with one and two listeners (Tests/Bench/postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."

USERS=${BENCH_USERS:-100000}
DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-2}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
PORT=${BENCH_PORT:-18080}
SCRATCH=${BENCH_SCRATCH:-.build-release}
HOST=127.0.0.1
URL="http://$HOST:$PORT"

command -v wrk >/dev/null || { echo "bench: wrk is missing; run ./.ci/install-deps (Debian package wrk)" >&2; exit 1; }
case "${BENCH_STORE:-sqlite}" in
  sqlite) ;;
  postgres) source Tests/Bench/postgres.sh ;;
  *) echo "bench: BENCH_STORE is sqlite or postgres, not ${BENCH_STORE}" >&2; exit 1 ;;
esac

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "== release build (scratch path $SCRATCH)" >&2
  swift build -c release --product scimdesk --scratch-path "$SCRATCH" >&2
fi
BIN="$SCRATCH/release/scimdesk"

RUN=".bench/$(date -u +%Y%m%d-%H%M%S)-$USERS"
DATA="$RUN/data"
RESULTS="$RUN/results"
DB="$RUN/bench.sqlite"
mkdir -p "$RESULTS"
export BENCH_DATA="$PWD/$DATA" BENCH_LUA="$PWD/Tests/Bench/wrk" BENCH_THREADS="$THREADS" BENCH_USERS="$USERS" \
  BENCH_DURATION="$DURATION" BENCH_WARMUP="$WARMUP" BENCH_CONNECTIONS="$CONNECTIONS"

SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
trap stop_server EXIT

# Starts "$@" in the background and waits until GET $1-path answers 2xx; writes the milliseconds
# from start to that first success into $RESULTS/startup-<name>.txt.
start_server() {
  local name=$1 probe=$2; shift 2
  local start_ns; start_ns=$(date +%s%N)
  "$@" >"$RUN/server-$name.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 3000); do
    if curl -sf -o /dev/null -H "Authorization: Bearer $(cat "$DATA/token")" "$URL$probe"; then
      echo $(( ($(date +%s%N) - start_ns) / 1000000 )) >"$RESULTS/startup-$name.txt"
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "bench: $name exited; see $RUN/server-$name.log" >&2; exit 1; }
    sleep 0.005
  done
  echo "bench: $name did not answer within 30 s" >&2
  exit 1
}

memory() { # VmRSS and VmHWM of the server, in kB
  awk '/^VmRSS|^VmHWM/ {printf "%s %s ", $1, $2}' "/proc/$SERVER_PID/status"
}

# The server's user + system CPU time in clock ticks. CPU time per request moves far less with the
# neighbours' load than a rate does: it is the figure to read on a busy machine.
cpu_ticks() {
  awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"
}

# run_op NAME SCRIPT [CONNECTIONS [THREADS]]: warm-up, then the measured run; saves wrk's output and the RSS.
run_op() {
  local name=$1 script=$2 connections=${3:-$CONNECTIONS} threads=${4:-$THREADS}
  if [ -n "${BENCH_OPS:-}" ] && [[ " $BENCH_OPS " != *" $name "* ]]; then return 0; fi
  echo "== $name ($DURATION s, $threads threads, $connections connections)" >&2
  if [ "$WARMUP" != 0 ]; then
    BENCH_THREADS=$threads wrk -t"$threads" -c"$connections" -d"${WARMUP}s" -s "Tests/Bench/wrk/$script" "$URL" >/dev/null
  fi
  local ticks_before; ticks_before=$(cpu_ticks)
  BENCH_THREADS=$threads wrk -t"$threads" -c"$connections" -d"${DURATION}s" --timeout "${BENCH_TIMEOUT:-30}s" --latency -s "Tests/Bench/wrk/$script" "$URL" \
    >"$RESULTS/$name.txt"
  echo "connections $connections $(memory)" >>"$RESULTS/$name.txt"
  echo "cpu_ticks $(( $(cpu_ticks) - ticks_before )) $(getconf CLK_TCK)" >>"$RESULTS/$name.txt"
  grep '^BENCH_RESULT' "$RESULTS/$name.txt" | cut -c14- >&2
}

users_in_db() { # python3's sqlite3 module: no sqlite3 CLI needed
  python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM users").fetchone()[0])' "$DB"
}

echo "== seeding $USERS users into $DB" >&2
"$BIN" bench seed --database "$DB" --users "$USERS" --out "$DATA" 2>&1 | tee "$RUN/seed.log" >&2
FIRST_ID=$(head -1 "$DATA/users.tsv" | cut -f1)
BENCH_LARGE_GROUP=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["large_group_id"])' "$DATA/seed.json")
BENCH_PATCH_GROUP=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["patch_group_id"])' "$DATA/seed.json")
export BENCH_LARGE_GROUP BENCH_PATCH_GROUP

# 1. The ceiling: a bare Hummingbird endpoint of the same binary, same client script.
start_server baseline "/scim/v2/Users/$FIRST_ID" "$BIN" bench baseline --listen "$HOST:$PORT"
run_op baseline get_user.lua
stop_server

# 2. The listener on the seeded database; startup is process start → first authenticated GET by id.
start_server serve "/scim/v2/Users/$FIRST_ID" "$BIN" serve --database "$DB" --listen "$HOST:$PORT" --rate-limit off
run_op get_user get_user.lua
run_op filter_username filter_username.lua
run_op filter_username_c4 filter_username.lua 4
run_op list_page list_page.lua
run_op filter_co filter_co.lua
before=$(users_in_db)
run_op post_user post_user.lua
# Durability: SIGKILL right after the run, then every acknowledged 201 must be in the file.
kill -KILL "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
echo "users_before $before users_after_kill $(users_in_db)" >"$RESULTS/durability.txt"
start_server restart "/scim/v2/Users/$FIRST_ID" "$BIN" serve --database "$DB" --listen "$HOST:$PORT" --rate-limit off
run_op put_user put_user.lua
run_op patch_deactivate patch_deactivate.lua
run_op patch_group patch_group.lua
run_op patch_group_c1 patch_group.lua 1 1
# The same with the response's member list left out (excludedAttributes=members): the cost of the change itself.
BENCH_PATCH_QUERY="?excludedAttributes=members" run_op patch_group_lean patch_group.lua 1 1
run_op get_group get_group.lua
run_op get_user_ref get_user.lua
stop_server

# 3. The same GET by id with the console attached (headless, Traffic view, same process).
start_server console "/scim/v2/Users/$FIRST_ID" "$BIN" bench console-load --database "$DB" --listen "$HOST:$PORT" --rate-limit off \
  --dump-frame "$PWD/$RUN/console-frame.txt"
run_op get_user_console get_user.lua
stop_server

# 4. BENCH_STORE=postgres: the same operations on PostgreSQL, one listener and two.
if [ "${BENCH_STORE:-sqlite}" = postgres ]; then postgres_phase; fi

python3 Tests/Bench/wrk/report.py "$RUN" "$BIN"
cp "$RUN/report.json" .bench/latest.json
