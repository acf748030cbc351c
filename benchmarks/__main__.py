"""Benchmarks. Run from the repository root:  python -m benchmarks

Figures are printed with their targets. Timings are medians of repeated runs (the start-up
figures as min / median / max); where a target is a ratio, both sides are measured in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from benchmarks.core import bench_check
from benchmarks.gen import ANSWERS, flow_yaml
from benchmarks.store import bench_store


def _best_of(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_engine() -> float:
    from guide.flows.parse import parse_flow
    from guide.run.engine import Engine

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
    from guide.flows.checks import check_flow
    from guide.flows.parse import parse_flow
    from guide.run.engine import Engine

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


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--only", choices=("core", "store", "app", "classroom", "moves", "options"),
                        help="run one group")
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
        if args.only in (None, "moves"):
            from benchmarks.moves import bench_moves

            bench_moves()
        if args.only in (None, "options"):
            from benchmarks.options import bench_options

            bench_options()
    return 0


if __name__ == "__main__":
    sys.exit(main())
