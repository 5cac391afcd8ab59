#!/usr/bin/env python3
"""Formats one `make bench` run: a table on stdout and RUN/report.json.

Usage: report.py RUN_FOLDER SCIMDESK_BINARY
Reads RUN/results/<op>.txt (wrk output with a BENCH_RESULT line from Tests/Bench/wrk/common.lua and a
memory line from bench.sh), RUN/results/startup-*.txt, durability.txt, RUN/data/seed.json and the
console-load log, and checks the targets of the bench issue.

Each operation is also compared with the previous run (.bench/latest.json, before this run replaces it):
as a ratio of the two runs' shares of their own ceilings, so a slower or busier machine does not read as
a regression, and a drop of more than 10% is marked.
"""
import json
import os
import platform
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the scripts
import report_postgres  # noqa: E402

OPERATIONS = [
    ("baseline", "bare Hummingbird, fixed 500 B JSON"),
    ("get_user", "GET /Users/{id}"),
    ("filter_username", "GET /Users?filter=userName eq"),
    ("filter_username_c4", "  same, 4 connections"),
    ("list_page", "GET /Users?startIndex=rnd&count=100"),
    ("filter_co", "GET /Users?filter=displayName co &count=100"),
    ("post_user", "POST /Users"),
    ("put_user", "PUT /Users/{id}"),
    ("patch_deactivate", "PATCH /Users/{id} active=false"),
    ("patch_group", "PATCH /Groups/{id} 1,000 members"),
    ("patch_group_c1", "  same, one connection"),
    ("patch_group_lean", "  same, response without members"),
    ("get_group", "GET /Groups/{id}?excludedAttributes=members"),
    ("get_user_ref", "GET /Users/{id} (reference for console)"),
    ("get_user_console", "GET /Users/{id} + console at 20 fps"),
]


def read(path, default=None):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return default


def parse_op(path):
    text = read(path)
    if text is None:
        return None
    match = re.search(r"^BENCH_RESULT (\{.*\})$", text, re.M)
    if not match:
        return {"error": "no BENCH_RESULT line", "raw": text[-2000:]}
    result = json.loads(match.group(1))
    memory = re.search(r"^connections (\d+)(.*)$", text, re.M)
    if memory:
        result["connections"] = int(memory.group(1))
        fields = dict(re.findall(r"(VmRSS|VmHWM): (\d+)", memory.group(2)))
        result["rss_kb"] = int(fields.get("VmRSS", 0))
        result["hwm_kb"] = int(fields.get("VmHWM", 0))
    cpu = re.search(r"^cpu_ticks (\d+) (\d+)$", text, re.M)
    if cpu and result.get("requests"):
        result["cpu_us_per_request"] = round(int(cpu.group(1)) * 1e6 / int(cpu.group(2)) / result["requests"], 1)
    return result


def command(args):
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine_info(binary):
    cpu = ""
    for line in (read("/proc/cpuinfo", "") or "").splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory_kb = 0
    for line in (read("/proc/meminfo", "") or "").splitlines():
        if line.startswith("MemTotal:"):
            memory_kb = int(line.split()[1])
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(memory_kb / 1048576, 1),
        "kernel": platform.release(),
        "os": (command(["sh", "-c", ". /etc/os-release && echo $PRETTY_NAME"]) or platform.platform()),
        "swift": command(["swift", "--version"]).splitlines()[0] if command(["swift", "--version"]) else "",
        "wrk": command(["sh", "-c", "wrk --version 2>&1 | head -1"]).split(" Copyright")[0],
        "sqlite": command(["sqlite3", "--version"]).split(" ")[0],
        "binary": binary,
    }


def previous_fractions(run):
    """Each operation's share of the ceiling in the previous run, if there is one with the same seed size."""
    previous = read(os.path.join(os.path.dirname(run.rstrip("/")), "latest.json"))
    if not previous:
        return {}, None
    try:
        report = json.loads(previous)
    except ValueError:
        return {}, None
    fractions = {name: op.get("fraction_of_ceiling") for name, op in report.get("operations", {}).items()}
    return fractions, report.get("seed", {}).get("users")


def milliseconds(us):
    return us / 1000.0


def main():
    run, binary = sys.argv[1], sys.argv[2]
    results = os.path.join(run, "results")
    ops = {name: parse_op(os.path.join(results, name + ".txt")) for name, _ in OPERATIONS}
    ops = {k: v for k, v in ops.items() if v is not None}
    seed = json.loads(read(os.path.join(run, "data", "seed.json"), "{}"))
    startup = {}
    for name in ("serve", "restart", "console", "baseline"):
        value = read(os.path.join(results, "startup-%s.txt" % name))
        if value:
            startup[name] = int(value.strip())
    durability = {}
    text = read(os.path.join(results, "durability.txt"))
    if text:
        fields = text.split()
        durability = {fields[i]: int(fields[i + 1]) for i in range(0, len(fields) - 1, 2)}
    console_log = read(os.path.join(run, "server-console.log"), "") or ""
    console = {}
    match = re.search(r"console-load: (\d+) frames in ([\d.]+) s \(([\d.]+) fps\), (\d+) µs", console_log)
    if match:
        console = {"frames": int(match.group(1)), "seconds": float(match.group(2)),
                   "fps": float(match.group(3)), "loop_us_per_frame": int(match.group(4))}

    ceiling = ops.get("baseline", {}).get("rps")
    for result in ops.values():
        if ceiling and "rps" in result:
            result["fraction_of_ceiling"] = round(result["rps"] / ceiling, 3)

    previous, previous_users = previous_fractions(run)
    if previous_users != seed.get("users"):
        previous = {}  # another directory size is another benchmark

    def versus_last(name, result):
        before = previous.get(name)
        if not before or "fraction_of_ceiling" not in result:
            return ""
        change = result["fraction_of_ceiling"] / before
        result["versus_previous_run"] = round(change, 3)
        return "%5.2fx%s" % (change, " ▼" if change < 0.9 else "")

    # The table.
    lines = []
    header = "%-46s %5s %9s %8s %8s %8s %7s %8s %8s %8s" % (
        "operation", "conns", "req/s", "ceiling", "p50 ms", "p99 ms", "non2xx", "RSS MB", "CPU µs", "vs last")
    lines.append(header)
    lines.append("-" * len(header))
    for name, label in OPERATIONS:
        r = ops.get(name)
        if not r or "rps" not in r:
            continue
        fraction = "%7.1f%%" % (100 * r["fraction_of_ceiling"]) if "fraction_of_ceiling" in r else ""
        lines.append("%-46s %5s %9.0f %8s %8.2f %8.2f %7d %8.1f %8s %8s" % (
            label, r.get("connections", ""), r["rps"], fraction, milliseconds(r["p50_us"]), milliseconds(r["p99_us"]),
            r["non2xx"] + r["connect_errors"] + r["read_errors"] + r["write_errors"] + r["timeouts"],
            r.get("rss_kb", 0) / 1024, "%.0f" % r["cpu_us_per_request"] if "cpu_us_per_request" in r else "",
            versus_last(name, r)))

    # The targets.
    targets = []

    def target(name, ok, detail):
        targets.append({"target": name, "met": bool(ok), "detail": detail})

    def ratio(name):
        r = ops.get(name)
        return r.get("fraction_of_ceiling") if r else None

    for name, label in (("get_user", "GET by id"), ("filter_username", "userName eq")):
        value = ratio(name)
        if value is not None:
            target("%s >= 35%% of the bare endpoint" % label, value >= 0.35, "%.1f%%" % (100 * value))
    get_rps = (ops.get("get_user") or {}).get("rps")
    for name, label, share in (("filter_co", "co search", 0.20), ("list_page", "random page of 100", 0.10)):
        r = ops.get(name)
        if r and get_rps:
            detail = "%.1f%% (%.0f vs %.0f req/s), p99 %.1f ms" % (100 * r["rps"] / get_rps, r["rps"], get_rps,
                                                                 milliseconds(r["p99_us"]))
            target("%s >= %d%% of GET by id" % (label, 100 * share), r["rps"] >= share * get_rps, detail)
    r = ops.get("filter_co")
    if r:
        target("co search p99 < 50 ms", r["p99_us"] < 50000, "p99 %.1f ms" % milliseconds(r["p99_us"]))
    post = ops.get("post_user")
    if post:
        created = post.get("created", 0)
        stored = durability.get("users_after_kill", 0) - durability.get("users_before", 0)
        value = ratio("post_user") or 0
        target("POST >= 15% of the bare endpoint", value >= 0.15 and post["non2xx"] == 0,
               "%.1f%%, %.0f/s, %d non-2xx" % (100 * value, post["rps"], post["non2xx"]))
        target("every 201 durable (SIGKILL after the run, then count)", durability and stored >= created,
               "%d acknowledged 201s (wrk run incl. warm-up excluded), %d new rows after SIGKILL" % (created, stored))
    for name, label in (("patch_group", "32 connections"), ("patch_group_c1", "1 connection"),
                        ("patch_group_lean", "1 connection, excludedAttributes=members")):
        r = ops.get(name)
        if r:
            target("1,000-member PATCH p99 < 50 ms (%s)" % label, r["p99_us"] < 50000 and r["non2xx"] == 0,
                   "p99 %.1f ms" % milliseconds(r["p99_us"]))
    r = ops.get("get_group")
    if r:
        target("excludedAttributes=members p99 < 2 ms", r["p99_us"] < 2000, "p99 %.2f ms" % milliseconds(r["p99_us"]))
    users = seed.get("users", 0)
    serve_ops = [v for k, v in ops.items() if k not in ("baseline", "get_user_console") and "rss_kb" in v]
    peak_rss = max([v["rss_kb"] for v in serve_ops] or [0])
    peak_hwm = max([v["hwm_kb"] for v in serve_ops] or [0])
    suffix = "" if users >= 1000000 else " (target is for 1M users; this run has %d)" % users
    target("RSS < 200 MB" + suffix, peak_rss < 200 * 1024, "max VmRSS %.1f MB, VmHWM %.1f MB" % (peak_rss / 1024, peak_hwm / 1024))
    r = ops.get("filter_username_c4")
    if r:
        target("userName eq p99 < 5 ms at 4 connections" + suffix, r["p99_us"] < 5000, "p99 %.2f ms" % milliseconds(r["p99_us"]))
    if "serve" in startup:
        target("startup < 1 s" + suffix, startup["serve"] < 1000,
               "%d ms (after SIGKILL: %s ms)" % (startup["serve"], startup.get("restart", "?")))
    ref, with_console = ops.get("get_user_ref"), ops.get("get_user_console")
    if ref and with_console:
        lost = 1 - with_console["rps"] / ref["rps"]
        target("console attached: < 5% throughput lost", lost < 0.05 and with_console["non2xx"] == 0,
               "%.1f%% lost (%.0f → %.0f req/s), %d non-2xx, %s fps" % (
                   100 * lost, ref["rps"], with_console["rps"], with_console["non2xx"], console.get("fps", "?")))

    postgres = report_postgres.collect(run, parse_op, ops, ceiling)

    machine = machine_info(binary)
    report = {
        "machine": machine,
        "config": {k: os.environ.get(k) for k in ("BENCH_USERS", "BENCH_DURATION", "BENCH_WARMUP", "BENCH_THREADS", "BENCH_CONNECTIONS")},
        "seed": seed,
        "operations": ops,
        "startup_ms": startup,
        "durability": durability,
        "console": console,
        "targets": targets,
    }
    if postgres:
        report["postgres"] = postgres
    with open(os.path.join(run, "report.json"), "w") as f:
        json.dump(report, f, indent=2)
        f.write("\n")

    print()
    print("ScimDesk bench — %d users, %s s per operation, wrk %s threads; %s, %s cores, kernel %s, %s" % (
        users, os.environ.get("BENCH_DURATION", "?"), os.environ.get("BENCH_THREADS", "?"), machine["cpu"], machine["cores"],
        machine["kernel"], machine["swift"]))
    if seed:
        print("seed: %d users in %.1f s (%d/s), %d groups in %.1f s, database %.0f MiB" % (
            users, seed.get("user_seconds", 0), seed.get("users_per_second", 0), seed.get("groups", 0),
            seed.get("group_seconds", 0), seed.get("database_bytes", 0) / 1048576))
    print("startup (process start → first GET /Users/{id} 200): %s" % ", ".join("%s %d ms" % kv for kv in startup.items()))
    if console:
        print("console: %d frames in %.1f s (%.1f fps), %d µs of loop work per frame" % (
            console["frames"], console["seconds"], console["fps"], console["loop_us_per_frame"]))
    print()
    print("\n".join(lines))
    print()
    if postgres:
        print("\n".join(report_postgres.table(postgres, ops, ceiling)))
        print()
    for t in targets:
        print("%s  %-62s %s" % ("MET " if t["met"] else "MISS", t["target"], t["detail"]))
    print()
    print("report: %s" % os.path.join(run, "report.json"))


if __name__ == "__main__":
    main()
