# `make bench` with BENCH_STORE=postgres: sourced by bench.sh (it uses its variables and functions),
# and `postgres_phase` is run after the SQLite measurements. It starts a throwaway PostgreSQL 15
# cluster, seeds it with the same number of users, and measures the same operations on it with one
# `scimdesk serve` and then with two on the same database (one wrk on each, at the same time), so the
# report shows them beside this run's SQLite figures and ceiling. The cluster is stopped and deleted
# on exit, failures included.
#
# The server runs with PostgreSQL's durable defaults (fsync, synchronous_commit and full_page_writes
# on, unlike the tests' cluster), on a Unix socket in its own temporary directory and no TCP port,
# with shared_buffers large enough to hold the seeded directory (BENCH_PG_SHARED_BUFFERS [256MB]).
#
# Environment: BENCH_PG_BIN [/usr/lib/postgresql/15/bin], BENCH_PG_POOL connections per listener [8].

PG_BIN=${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}
PG_POOL=${BENCH_PG_POOL:-8}
PG_OPS="get_user filter_username filter_co post_user patch_group"
PG_DIR=""
PG_PIDS=()

[ -x "$PG_BIN/initdb" ] || {
  echo "bench: BENCH_STORE=postgres needs the PostgreSQL 15 server binaries in $PG_BIN; run ./.ci/install-deps (Debian package postgresql)" >&2
  exit 1
}

# initdb refuses root: as root the server's commands run as the postgres user.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_sql() { # pg_sql DATABASE STATEMENT: unaligned output
  "$PG_BIN/psql" -h "$PG_DIR" -U postgres -d "$1" -X -A -t -v ON_ERROR_STOP=1 -c "$2"
}

pg_stop_listeners() {
  local pid
  for pid in "${PG_PIDS[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  PG_PIDS=()
}

pg_cleanup() {
  stop_server
  pg_stop_listeners
  if [ -n "$PG_DIR" ]; then
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    cp "$PG_DIR/server.log" "$RUN/pg/server.log" 2>/dev/null || true
    rm -rf "$PG_DIR"
    PG_DIR=""
  fi
}

pg_start_cluster() {
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/scimdesk-bench-pg.XXXXXX")
  trap pg_cleanup EXIT
  trap 'exit 130' INT TERM HUP
  [ "$(id -u)" -ne 0 ] || chown postgres "$PG_DIR"
  pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$RUN/pg/initdb.log" 2>&1
  local options="-c listen_addresses='' -c unix_socket_directories=$PG_DIR -c max_connections=100"
  options+=" -c shared_buffers=${BENCH_PG_SHARED_BUFFERS:-256MB}"
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -o "$options" -l "$PG_DIR/server.log" -w start >/dev/null
  pg_sql postgres "CREATE DATABASE bench" >/dev/null
  {
    "$PG_BIN/postgres" --version
    pg_sql postgres "SELECT name || '=' || current_setting(name) FROM pg_settings
      WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers', 'wal_level') ORDER BY name"
  } >"$RESULTS/pg-settings.txt"
}

# The CPU time of the cluster's processes (the postmaster and its children: one backend per pooled
# connection, which live for the whole run), in clock ticks.
pg_cpu_ticks() {
  local postmaster; postmaster=$(head -1 "$PG_DIR/data/postmaster.pid")
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v pm="$postmaster" '$1 == pm || $4 == pm { s += $14 + $15 } END { print s + 0 }'
}

pg_wanted() {
  [ -z "${BENCH_OPS:-}" ] || [[ " $BENCH_OPS " == *" $1 "* ]]
}

# The same measurement as run_op, with the cluster's CPU time beside the listener's.
pg_run_one() {
  local op=$1
  pg_wanted "$op" || return 0
  local before; before=$(pg_cpu_ticks)
  BENCH_OPS="" run_op "pg1_$op" "$op.lua"
  echo "db_cpu_ticks $(( $(pg_cpu_ticks) - before )) $(getconf CLK_TCK)" >>"$RESULTS/pg1_$op.txt"
}

# Two wrk processes at once, one per listener, each with half the connections and threads of a
# single run (the same client load in total); their threads own different users (BENCH_TID_OFFSET).
pg_run_pair() {
  local op=$1
  pg_wanted "$op" || return 0
  local connections=$(( (CONNECTIONS + 1) / 2 )) threads=$(( THREADS > 1 ? THREADS / 2 : 1 ))
  local urls=("http://$HOST:$PORT" "http://$HOST:$((PORT + 1))") sides=(a b) i
  echo "== pg2_$op ($DURATION s, 2 listeners, wrk on each: $threads threads, $connections connections)" >&2
  local ticks=() db_before wrk_pids=()
  if [ "$WARMUP" != 0 ]; then
    for i in 0 1; do
      BENCH_THREADS=$((threads * 2)) BENCH_TID_OFFSET=$((threads * i)) \
        wrk -t"$threads" -c"$connections" -d"${WARMUP}s" -s "Tests/Bench/wrk/$op.lua" "${urls[$i]}" >/dev/null &
      wrk_pids+=($!)
    done
    wait "${wrk_pids[@]}"  # not a bare wait: the listeners are background jobs too
    wrk_pids=()
  fi
  db_before=$(pg_cpu_ticks)
  for i in 0 1; do
    ticks[i]=$(SERVER_PID=${PG_PIDS[$i]} cpu_ticks)
    BENCH_THREADS=$((threads * 2)) BENCH_TID_OFFSET=$((threads * i)) \
      wrk -t"$threads" -c"$connections" -d"${DURATION}s" --timeout "${BENCH_TIMEOUT:-30}s" --latency \
      -s "Tests/Bench/wrk/$op.lua" "${urls[$i]}" >"$RESULTS/pg2_$op.${sides[$i]}.txt" &
    wrk_pids+=($!)
  done
  wait "${wrk_pids[@]}"
  local db_ticks=$(( $(pg_cpu_ticks) - db_before ))
  for i in 0 1; do
    local file="$RESULTS/pg2_$op.${sides[$i]}.txt"
    echo "connections $connections $(SERVER_PID=${PG_PIDS[$i]} memory)" >>"$file"
    echo "cpu_ticks $(( $(SERVER_PID=${PG_PIDS[$i]} cpu_ticks) - ticks[i] )) $(getconf CLK_TCK)" >>"$file"
    # The cluster serves both listeners: its whole CPU time goes on side a, none on b.
    [ "$i" -eq 1 ] || echo "db_cpu_ticks $db_ticks $(getconf CLK_TCK)" >>"$file"
    grep '^BENCH_RESULT' "$file" | cut -c14- >&2
  done
}

postgres_phase() {
  mkdir -p "$RUN/pg"
  echo "== PostgreSQL: throwaway cluster (fsync on)" >&2
  pg_start_cluster
  local url="postgres://postgres@/bench?host=$PG_DIR&connect_timeout=30" key="$PWD/$RUN/pg/audit-key"
  local serve=("$BIN" serve --database "$url" --audit-key "$key" --db-pool "$PG_POOL" --rate-limit off)

  DATA="$RUN/pg/data"
  echo "== seeding $USERS users into PostgreSQL" >&2
  "$BIN" bench seed --database "$url" --audit-key "$key" --users "$USERS" --out "$DATA" 2>&1 | tee "$RUN/pg/seed.log" >&2
  # What autovacuum would reach soon after a bulk load: statistics for the planner, a visibility map.
  pg_sql bench "VACUUM ANALYZE" >/dev/null
  pg_sql bench "SELECT pg_database_size('bench')" >"$RESULTS/pg-database.txt"
  BENCH_DATA="$PWD/$DATA"
  BENCH_PATCH_GROUP=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["patch_group_id"])' "$DATA/seed.json")
  BENCH_LARGE_GROUP=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["large_group_id"])' "$DATA/seed.json")
  export BENCH_DATA BENCH_PATCH_GROUP BENCH_LARGE_GROUP
  local first; first=$(head -1 "$DATA/users.tsv" | cut -f1)

  # One listener.
  start_server pg1 "/scim/v2/Users/$first" "${serve[@]}" --listen "$HOST:$PORT"
  local op
  for op in $PG_OPS; do pg_run_one "$op"; done
  stop_server

  # Two listeners on the same database, as behind a load balancer.
  local i
  for i in 0 1; do
    URL="http://$HOST:$((PORT + i))" start_server "pg2-$i" "/scim/v2/Users/$first" "${serve[@]}" --listen "$HOST:$((PORT + i))"
    PG_PIDS+=("$SERVER_PID")
    SERVER_PID=""
  done
  for op in $PG_OPS; do pg_run_pair "$op"; done
  pg_cleanup
}
