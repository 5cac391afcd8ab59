"""The BENCH_STORE=postgres part of a `make bench` report (used by report.py).

Reads RUN/results/pg1_<op>.txt (one listener on PostgreSQL) and pg2_<op>.a.txt / .b.txt (two listeners
on the same database, one wrk on each at the same time), RUN/results/pg-settings.txt, pg-database.txt,
RUN/pg/data/seed.json and the listeners' logs (traffic batches they could not store). The two
listeners' rates are summed; their p50 and p99 are the worse of the two. Each row is shown beside the
same run's SQLite row and as a share of the same ceiling.
"""
import json
import os
import re

OPERATIONS = [
    ("get_user", "GET /Users/{id}"),
    ("filter_username", "GET /Users?filter=userName eq"),
    ("post_user", "POST /Users"),
    ("patch_group", "PATCH /Groups/{id} 1,000 members"),
    ("filter_co", "GET /Users?filter=displayName co &count=100"),
]


def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


def database_cpu(path, result):
    """The cluster's CPU µs per request (bench.sh's db_cpu_ticks line), into result."""
    match = re.search(r"^db_cpu_ticks (\d+) (\d+)$", read(path) or "", re.M)
    if match and result.get("requests"):
        result["db_cpu_us_per_request"] = round(int(match.group(1)) * 1e6 / int(match.group(2)) / result["requests"], 1)


def combine(a, b):
    """Two wrk runs at once against two listeners: rates and counts summed, latencies the worse."""
    both = {"listeners": [a, b]}
    for key in ("requests", "rps", "non2xx", "connect_errors", "read_errors", "write_errors", "timeouts", "connections"):
        both[key] = a.get(key, 0) + b.get(key, 0)
    for key in ("p50_us", "p90_us", "p99_us", "p999_us", "max_us"):
        both[key] = max(a.get(key, 0), b.get(key, 0))
    if both["requests"]:
        cpu = sum(side.get("cpu_us_per_request", 0) * side.get("requests", 0) for side in (a, b))
        both["cpu_us_per_request"] = round(cpu / both["requests"], 1)
        if "db_cpu_us_per_request" in a:  # the cluster's time was measured once, on side a
            both["db_cpu_us_per_request"] = round(a["db_cpu_us_per_request"] * a["requests"] / both["requests"], 1)
    both["connections_each"] = a.get("connections")
    return both


def collect(run, parse_op, sqlite_ops, ceiling):
    """The PostgreSQL figures of this run, or None when it had no PostgreSQL phase."""
    results = os.path.join(run, "results")
    operations = {}
    for name, _ in OPERATIONS:
        one_path = os.path.join(results, "pg1_%s.txt" % name)
        one = parse_op(one_path)
        if one and "rps" in one:
            database_cpu(one_path, one)
            operations["pg1_" + name] = one
        a_path, b_path = (os.path.join(results, "pg2_%s.%s.txt" % (name, side)) for side in "ab")
        a, b = parse_op(a_path), parse_op(b_path)
        if a and b and "rps" in a and "rps" in b:
            database_cpu(a_path, a)
            operations["pg2_" + name] = combine(a, b)
    if not operations:
        return None
    for name, result in operations.items():
        if ceiling:
            result["fraction_of_ceiling"] = round(result["rps"] / ceiling, 3)
        sqlite = sqlite_ops.get(name[4:])
        if sqlite and sqlite.get("rps"):
            result["versus_sqlite"] = round(result["rps"] / sqlite["rps"], 3)
    # The listener logs each traffic batch it could not store (the request itself was answered).
    dropped = {}
    for name in ("pg1", "pg2-0", "pg2-1"):
        log = read(os.path.join(run, "server-%s.log" % name))
        if log is not None:
            dropped[name] = sum(int(n) for n in re.findall(r"could not write (\d+) traffic records", log))
    settings = (read(os.path.join(results, "pg-settings.txt")) or "").split("\n")
    size = (read(os.path.join(results, "pg-database.txt")) or "0").strip()
    return {
        "server": settings[0].strip() if settings else "",
        "settings": [line.strip() for line in settings[1:] if line.strip()],
        "database_bytes": int(size) if size.isdigit() else 0,
        "seed": json.loads(read(os.path.join(run, "pg", "data", "seed.json")) or "{}"),
        "operations": operations,
        "traffic_records_dropped": dropped,
    }


def table(postgres, sqlite_ops, ceiling):
    """Lines of text: per operation, SQLite, then PostgreSQL with one listener and with two."""
    seed = postgres["seed"]
    lines = [
        "PostgreSQL beside SQLite (same run, same ceiling%s): %s, %s; database %.0f MiB, seeded at %d users/s" % (
            " %.0f req/s" % ceiling if ceiling else "", postgres["server"], ", ".join(postgres["settings"]),
            postgres["database_bytes"] / 1048576, seed.get("users_per_second", 0)),
        "two listeners: one wrk on each at once with half the connections, req/s summed, p50/p99 the worse of the two;",
        "CPU µs: the listener processes' CPU per request; DB µs: the PostgreSQL cluster's",
    ]
    header = "%-44s %-16s %5s %9s %8s %8s %8s %7s %7s %7s %7s" % (
        "operation", "store", "conns", "req/s", "ceiling", "p50 ms", "p99 ms", "non2xx", "CPU µs", "DB µs", "vs SQLite")
    lines += [header, "-" * len(header)]
    for name, label in OPERATIONS:
        rows = [("SQLite", sqlite_ops.get(name)), ("PG, 1 listener", postgres["operations"].get("pg1_" + name)),
                ("PG, 2 listeners", postgres["operations"].get("pg2_" + name))]
        first = True
        for store, r in rows:
            if not r or "rps" not in r:
                continue
            conns = "2×%s" % r["connections_each"] if "connections_each" in r else r.get("connections", "")
            lines.append("%-44s %-16s %5s %9.0f %8s %8.2f %8.2f %7d %7s %7s %7s" % (
                label if first else "", store, conns, r["rps"],
                "%7.1f%%" % (100 * r["rps"] / ceiling) if ceiling else "", r["p50_us"] / 1000.0, r["p99_us"] / 1000.0,
                r["non2xx"] + r["connect_errors"] + r["read_errors"] + r["write_errors"] + r["timeouts"],
                "%.0f" % r["cpu_us_per_request"] if "cpu_us_per_request" in r else "",
                "%.0f" % r["db_cpu_us_per_request"] if "db_cpu_us_per_request" in r else "",
                "%.2fx" % r["versus_sqlite"] if "versus_sqlite" in r else ""))
            first = False
    dropped = postgres.get("traffic_records_dropped", {})
    if any(dropped.values()):
        lines.append("traffic records the listeners could not store (see server-*.log): " + ", ".join(
            "%s %d" % item for item in sorted(dropped.items())))
    return lines
