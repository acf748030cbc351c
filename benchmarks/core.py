"""`check` figures: loading and checking a generated flow of 2,000 and 4,000 steps, in process
and as the whole `bindkracht check FILE` command, with the 4k/2k ratio of the same run."""

from __future__ import annotations

from pathlib import Path

from benchmarks.gen import flow_yaml
from benchmarks.timing import bench_env, command, line, timed, timed_command

SIZES = (2000, 4000)
TARGET_S = 0.200
TARGET_RATIO = 2.1


def _ratio(label: str, small: tuple[float, float], big: tuple[float, float]) -> None:
    wall, cpu = big[0] / small[0], big[1] / small[1]
    met = wall <= TARGET_RATIO
    print(f"{label:<62} {wall:7.2f} wall    {cpu:7.2f} CPU      target <= "
          f"{TARGET_RATIO}{'  met' if met else '  NOT MET'}")


def bench_check(tmp: Path, rounds: int = 5) -> dict:
    """Both sizes measured in turns (2k, 4k, 2k, 4k, ...), so that both see the same machine load."""
    import statistics

    from guide.flows.checks import check_flow
    from guide.flows.parse import parse_flow

    cards = {"nl": {"presentie"}, "en": {"presentie"}}
    env = bench_env(tmp)
    jobs = {}
    for n in SIZES:
        data = flow_yaml(n).encode()

        def load_and_check(data=data):
            flow, problems, refs = parse_flow("bench.yaml", data)
            problems += check_flow(flow, refs, cards, {"bench"})
            assert not problems, problems[:3]

        path = tmp / f"bench-{n}" / "bench.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

        def vet(done, n=n):
            assert done.returncode == 0, (n, done.stdout[-500:], done.stderr[-500:])

        jobs[n] = (load_and_check, command() + ["check", str(path)], vet)
    empty = tmp / "empty.yaml"
    empty.write_text(flow_yaml(4))
    start_up = command() + ["check", str(empty)]
    runs = {(n, where): [] for n in SIZES for where in ("inside", "whole")}
    runs[4, "whole"] = []
    for n in SIZES:  # warm up: byte code, disk cache, the allocator's arenas
        jobs[n][0]()
    for _ in range(rounds):
        runs[4, "whole"].append(timed_command(start_up, env, repeat=1))
        for n in SIZES:
            fn, args, vet = jobs[n]
            runs[n, "inside"].append(timed(fn, repeat=1))
            runs[n, "whole"].append(timed_command(args, env, repeat=1, check=vet))

    def median(key):
        return tuple(statistics.median(r[i] for r in runs[key]) for i in (0, 1))

    inside = {n: median((n, "inside")) for n in SIZES}
    whole = {n: median((n, "whole")) for n in (4, *SIZES)}
    for n in SIZES:
        line(f"parse+check {n:,} steps (in process)", *inside[n],
             f"< {TARGET_S * 1000:.0f} ms" if n == 2000 else "-",
             inside[n][0] < TARGET_S if n == 2000 else None)
    _ratio("  ratio 4,000 / 2,000 (in process)", inside[2000], inside[4000])
    for n in SIZES:
        line(f"bindkracht check FILE, {n:,} steps (whole command)", *whole[n],
             f"< {TARGET_S * 1000:.0f} ms" if n == 2000 else "-",
             whole[n][0] < TARGET_S if n == 2000 else None)
    _ratio("  ratio 4,000 / 2,000 (whole command)", whole[2000], whole[4000])
    line("bindkracht check FILE, 4 steps (start-up and shipped flows)", *whole[4], "-")
    spread = {n: "/".join(f"{f(r[0] for r in runs[n, 'whole']) * 1000:.0f}"
                          for f in (min, statistics.median, max)) for n in (4, *SIZES)}
    print(f"{'  whole command, wall ms min/med/max':<62} 4 steps {spread[4]}, 2,000 steps {spread[2000]}, "
          f"4,000 steps {spread[4000]}")
    own = {n: tuple(whole[n][i] - whole[4][i] for i in (0, 1)) for n in SIZES}
    _ratio("  ratio 4,000 / 2,000 (whole command less 4 steps)", own[2000], own[4000])
    return inside
