"""Scale benchmark: kcli's queries on synthetic databases of 1k, 100k and 1M events, timed in-process.

Run from the repository root (not part of the test suite):

    .venv/bin/python benchmarks/bench_scale.py                      # 1k, 100k and 1M events
    .venv/bin/python benchmarks/bench_scale.py --sizes 1k,100k      # skip the million
    .venv/bin/python benchmarks/bench_scale.py --build-only         # just seeds and databases

It first times the build of the shipped seed (db/seed.sql, `kcli db build`, target < 1 s). Then, for
each size, it writes a synthetic seed with benchmarks/gen_seed.py (real schema, generated rows),
builds it with `kcli db build` (timed, whole process; the databases are kept in --work-dir and reused
on later runs while the seed's schema and kcli's build code are unchanged, or until --rebuild), and
times with timeit, per call:

- a timeline window of about 50 events near the end of the data (queries.list_events),
- an actor lookup by alias (queries.find_actor + queries.get_actor),
- an as-of membership query (queries.list_members, 20 members),
- a search with a limit, for a word found in 25 records at every size (search.search),

each against the target of 1 ms at 1M events, flat as the size grows. Extra rows (no target) show a
search for a common word, the bare window SQL, and candidate fixes measured on the same file without
changing it (TEMP tables on the read-only connection): an R*Tree over the event spans for the window,
and an index on aliases.actor_id for the lookup.

Building 1M events with the build as it was in November 2026 takes about an hour (every row of the
search table was committed on its own); see docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import gen_seed  # noqa: E402 - beside this file

SIZES = {"1k": 1_000, "100k": 100_000, "1m": 1_000_000}
TARGET_MS = 1.0


def fingerprint(kcli: Path) -> str:
    """What a built database depends on besides its seed: the build code of the kcli that builds it."""
    code = (
        "import hashlib, pathlib, karabakh_cli.build as b; d = pathlib.Path(b.__file__).parent;"
        " print(hashlib.sha256(b''.join((d / n).read_bytes() for n in ('build.py', 'checks.py', 'db.py'))).hexdigest())"
    )
    interpreter = kcli.read_text(encoding="utf-8", errors="replace").splitlines()[0][2:].strip().split()[0]
    return subprocess.run([interpreter, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def seed_is_current(seed: Path) -> bool:
    """A synthetic seed starts with the schema of db/seed.sql; a changed schema needs a new seed."""
    schema = gen_seed.schema_text()
    with seed.open(encoding="utf-8") as stream:
        return stream.read(len(schema)) == schema


def run_build(kcli: Path, seed: Path, output: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [str(kcli), "db", "build", str(seed), "--output", str(output)], capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"kcli db build {seed} failed:\n{result.stderr}")
    return elapsed


def per_call_ms(function, repeat: int = 7) -> float:
    """Median over `repeat` rounds of timeit's autoranged loop, in ms per call."""
    timer = timeit.Timer(function)
    number, _ = timer.autorange()
    number = max(1, number // 4)  # autorange aims at 0.2 s a round; a fifth of that is plenty
    return statistics.median(t / number for t in timer.repeat(repeat=repeat, number=number)) * 1e3


# --- candidate fixes, measured without touching the database file --------------------------------


def add_span_rtree(conn: sqlite3.Connection) -> float:
    """A TEMP R*Tree over event spans as YYYYMMDD integers (string order kept, '-31' month ends too)."""
    start = time.perf_counter()
    conn.execute("CREATE VIRTUAL TABLE temp.events_when USING rtree_i32 (id, day_from, day_to)")
    conn.execute(
        "INSERT INTO temp.events_when SELECT rowid, CAST(replace(span_start, '-', '') AS INTEGER),"
        " CAST(replace(span_end, '-', '') AS INTEGER) FROM main.events"
    )
    return time.perf_counter() - start


def window_with_rtree(conn: sqlite3.Connection, start: str, end: str):
    """list_events(start=, end=) answered through the R*Tree: same rows, same order."""
    from karabakh_cli.dates import first_day, last_day
    from karabakh_cli.queries import _events

    rows = conn.execute(
        "SELECT e.* FROM temp.events_when w JOIN events e ON e.rowid = w.id"
        " WHERE w.day_to >= ? AND w.day_from <= ? ORDER BY e.span_start, e.span_end, e.id",
        (int(first_day(start).replace("-", "")), int(last_day(end).replace("-", ""))),
    ).fetchall()
    return _events(conn, rows)


def shadow_aliases_with_index(conn: sqlite3.Connection) -> None:
    """A TEMP copy of aliases with an index on actor_id; unqualified names now resolve to it."""
    conn.execute("CREATE TEMP TABLE aliases AS SELECT * FROM main.aliases")
    conn.execute("CREATE INDEX temp.aliases_actor ON aliases (actor_id, alias)")


# --- one database -----------------------------------------------------------------------------------


def measure(path: Path, full: bool) -> dict:
    from karabakh_cli.db import connect
    from karabakh_cli.queries import find_actor, get_actor, list_events, list_members
    from karabakh_cli.search import search

    conn = connect(path)
    (events,) = conn.execute("SELECT count(*) FROM events").fetchone()
    # The window: from the start of the 50th-last event to the end of the data (recent dates, as people ask).
    (w_from,) = conn.execute("SELECT span_start FROM events ORDER BY span_start DESC LIMIT 1 OFFSET 49").fetchone()
    w_to = "2025-12-31"
    window_rows = len(list_events(conn, start=w_from, end=w_to))
    out: dict = {"events": events, "window": f"{w_from}..{w_to}", "window_rows": window_rows, "ms": {}}
    ms = out["ms"]

    def lookup():
        return get_actor(conn, find_actor(conn, "Probia").actor_id)

    members = len(list_members(conn, "org-probe", "2005-06-15"))
    rare = len(search(conn, "tavush", limit=20))
    out["members"], out["rare_hits"] = members, rare
    ms["timeline window (list_events)"] = per_call_ms(lambda: list_events(conn, start=w_from, end=w_to))
    ms["actor lookup (find_actor+get_actor)"] = per_call_ms(lookup)
    ms["members as of (list_members)"] = per_call_ms(lambda: list_members(conn, "org-probe", "2005-06-15"))
    ms["search rare word, limit 20"] = per_call_ms(lambda: search(conn, "tavush", limit=20))
    if full:
        ms["search common word, limit 20"] = per_call_ms(lambda: search(conn, "ceasefire", limit=20))
        sql = (
            "SELECT * FROM events e WHERE e.span_end >= ? AND e.span_start <= ? ORDER BY e.span_start, e.span_end, e.id"
        )
        ms["window SQL only (no hydration)"] = per_call_ms(lambda: conn.execute(sql, (w_from, w_to)).fetchall())
        out["rtree_build_s"] = round(add_span_rtree(conn), 2)
        same = [e.id for e in window_with_rtree(conn, w_from, w_to)] == [
            e.id for e in list_events(conn, start=w_from, end=w_to)
        ]
        if not same:
            raise SystemExit(f"{path}: the R*Tree window differs from list_events")
        ms["window via R*Tree (candidate)"] = per_call_ms(lambda: window_with_rtree(conn, w_from, w_to))
        shadow_aliases_with_index(conn)
        ms["actor lookup, aliases index (candidate)"] = per_call_ms(lookup)
    conn.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1k,100k,1m", help="comma-separated: 1k, 100k, 1m (default all)")
    parser.add_argument(
        "--work-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "kcli-scale",
        help="where seeds and databases are kept between runs (default $TMPDIR/kcli-scale)",
    )
    parser.add_argument("--kcli", type=Path, default=Path(sys.executable).parent / "kcli", help="kcli to build with")
    parser.add_argument("--rebuild", action="store_true", help="build the databases again even if present")
    parser.add_argument("--build-only", action="store_true", help="write seeds and build, time nothing else")
    parser.add_argument("--quick", action="store_true", help="only the four targets, no extra rows")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args(argv)
    labels = [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    unknown = [label for label in labels if label not in SIZES]
    if unknown:
        raise SystemExit(f"unknown size(s) {unknown}; use {', '.join(SIZES)}")
    work = args.work_dir
    work.mkdir(parents=True, exist_ok=True)
    print(
        f"kcli: {args.kcli}\nwork: {work}\nmachine: {os.cpu_count()} cores, SQLite {sqlite3.sqlite_version},"
        f" load {os.getloadavg()[0]:.2f}\n"
    )

    results: dict = {"sizes": {}}
    with tempfile.TemporaryDirectory() as tmp:
        times = [run_build(args.kcli, ROOT / "db" / "seed.sql", Path(tmp) / "kcli.db") for _ in range(5)]
    shipped = statistics.median(times)
    results["shipped_seed_build_s"] = round(shipped, 3)
    print(
        f"shipped seed: kcli db build db/seed.sql: median {shipped:.2f} s of 5 (target < 1 s)"
        f" {'ok' if shipped < 1 else 'MISSED'}\n"
    )

    built_by = fingerprint(args.kcli)
    for label in labels:
        seed, db = work / f"seed-{label}.sql", work / f"kcli-{label}.db"
        note = db.with_suffix(".json")
        if not seed.exists() or not seed_is_current(seed):
            start = time.perf_counter()
            counts = gen_seed.generate(SIZES[label], seed)
            seconds = time.perf_counter() - start
            print(f"{label}: wrote {seed.name} ({seed.stat().st_size / 1e6:.0f} MB) in {seconds:.0f} s")
        else:
            counts = None
        built = json.loads(note.read_text()) if note.exists() else {}
        stale = not db.exists() or db.stat().st_mtime < seed.stat().st_mtime or built.get("fingerprint") != built_by
        if args.rebuild or stale:
            print(f"{label}: building with {args.kcli} ...", flush=True)
            seconds = run_build(args.kcli, seed, db)
            built = {"build_s": round(seconds, 1), "kcli": str(args.kcli), "fingerprint": built_by}
            note.write_text(json.dumps(built) + "\n")
        entry = {
            "seed_mb": round(seed.stat().st_size / 1e6, 1),
            "db_mb": round(db.stat().st_size / 1e6, 1),
            "build_s": built["build_s"],
            **({"rows": counts} if counts else {}),
        }
        print(f"{label}: seed {entry['seed_mb']} MB, database {entry['db_mb']} MB, built in {entry['build_s']} s")
        if not args.build_only:
            entry.update(measure(db, full=not args.quick))
        results["sizes"][label] = entry

    if args.build_only:
        return 0
    names = list(next(iter(results["sizes"].values()))["ms"])
    print(f"\n{'ms per call (median)':44}" + "".join(f"{label:>10}" for label in labels) + "  target")
    for name in names:
        cells = "".join(f"{results['sizes'][label]['ms'][name]:>10.3f}" for label in labels)
        target = "" if "candidate" in name or "only" in name or "common" in name else f"  < {TARGET_MS:g} ms"
        print(f"{name:44}{cells}{target}")
    print(f"{'(window rows)':44}" + "".join(f"{results['sizes'][label]['window_rows']:>10}" for label in labels))
    print(f"{'(database MB)':44}" + "".join(f"{results['sizes'][label]['db_mb']:>10.0f}" for label in labels))
    print(
        f"{'(build s, whole kcli db build)':44}"
        + "".join(f"{results['sizes'][label]['build_s']!s:>10}" for label in labels)
    )
    print(f"\nload at end {os.getloadavg()[0]:.2f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
