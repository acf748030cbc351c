"""Benchmarks. Run from the repository root:  python -m benchmarks

Figures are printed with their targets. Timings are medians of repeated runs;
where a target is a ratio, both sides are measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from benchmarks.gen import ANSWERS, flow_yaml


def _best_of(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_check(tmp: Path) -> dict:
    from guide.checks import check_flow
    from guide.parse import parse_flow

    cards = {"nl": {"presentie"}, "en": {"presentie"}}
    out = {}
    for n in (2000, 4000):
        data = flow_yaml(n).encode()

        def load_and_check(data=data):
            flow, problems, refs = parse_flow("bench.yaml", data)
            problems += check_flow(flow, refs, cards, {"bench"})
            assert not problems, problems[:3]

        out[n] = _best_of(load_and_check)
    print(f"load+check 2,000 steps: {out[2000] * 1000:7.1f} ms   (target < 200 ms)")
    print(f"load+check 4,000 steps: {out[4000] * 1000:7.1f} ms   ratio 4k/2k = {out[4000] / out[2000]:.2f} (target <= 2.1)")
    return out


def bench_engine() -> float:
    from guide.engine import Engine
    from guide.parse import parse_flow

    flow, problems, _ = parse_flow("bench.yaml", flow_yaml(2000).encode())
    flows = {"bench": flow}
    programs: dict = {}
    Engine(flows, "bench", programs).start()  # compile the machine once, as the app does

    per_step = []
    for _ in range(5):
        eng = Engine(flows, "bench", programs)
        eng.start()
        steps = 0
        start = time.perf_counter()
        while eng.current is not None:
            eng.submit(ANSWERS.get(eng.current.kind))
            steps += 1
        per_step.append((time.perf_counter() - start) / steps)
        eng.close()
    median = statistics.median(per_step)
    print(f"engine: {median * 1e6:7.1f} µs per step over {steps} steps   (target < 100 µs)")
    return median


def bench_memory() -> None:
    from guide.checks import check_flow
    from guide.engine import Engine
    from guide.parse import parse_flow

    tracemalloc.start()
    flow, problems, refs = parse_flow("bench.yaml", flow_yaml(4000).encode())
    check_flow(flow, refs, {"nl": {"presentie"}, "en": {"presentie"}}, {"bench"})
    eng = Engine({"bench": flow}, "bench")
    eng.start()
    while eng.current is not None:
        eng.submit(ANSWERS.get(eng.current.kind))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory, 4,000-step flow loaded, checked and run: {peak / 2**20:6.1f} MiB")


def bench_store(tmp: Path) -> None:
    from guide.engine import Engine
    from guide.parse import parse_flow
    from guide.store import Store

    flow, _, _ = parse_flow("bench.yaml", flow_yaml(400).encode())
    store = Store(tmp / "store")
    eng = Engine({"bench": flow}, "bench")
    eng.start()
    sid = store.create("B-1", "prepare", flow, "nl", eng.to_state())
    times = []
    while eng.current is not None:
        key = eng.key()
        eng.submit(ANSWERS.get(eng.current.kind))
        state = eng.to_state()
        start = time.perf_counter()
        store.record(sid, "answer", key, "x", state, "active", eng.phase or "", key)
        times.append(time.perf_counter() - start)
    times.sort()
    p99 = times[int(len(times) * 0.99) - 1]
    print(f"answer commit (WAL, synchronous=FULL, {len(times)} answers): median {statistics.median(times) * 1000:.2f} ms, "
          f"p99 {p99 * 1000:.2f} ms   (target median < 5 ms)")

    # 10,000 sessions, each with a state of about 8 KB (a 60-step conversation with its history)
    conn = store.conn
    conn.execute("BEGIN")
    now = time.time()
    conn.executemany(
        "INSERT INTO sessions (label, job, flow_id, flow_version, content_hash, lang, status, created, updated,"
        " state, phase, step) VALUES (?,?,?,?,?,?,?,?,?,'',?,?)",
        [(f"S-{i}", "prepare", "intake", "1", "h", "nl", "active", now - i, now - i,
          "intake", "intake/opening") for i in range(10_000)],
    )
    big = json.dumps({"history": ["x" * 100] * 80})
    conn.execute("INSERT INTO states (session_id, state) SELECT id, ? FROM sessions WHERE label LIKE 'S-%'", (big,))
    conn.execute("COMMIT")
    listing = _best_of(lambda: store.list(), repeat=7)
    print(f"sessions list with {len(store.list())} sessions: {listing * 1000:.1f} ms   (target < 50 ms)")
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--only", choices=("core", "store", "app", "classroom"), help="run one group")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        if args.only in (None, "core"):
            bench_check(tmp)
            bench_engine()
            bench_memory()
        if args.only in (None, "store"):
            bench_store(tmp)
        if args.only in (None, "app"):
            try:
                from benchmarks.app import bench_app
            except ImportError:
                print("app benchmark not available")
            else:
                bench_app()
        if args.only in (None, "classroom"):
            from benchmarks.classroom import bench_classroom

            bench_classroom()
    return 0


if __name__ == "__main__":
    sys.exit(main())
