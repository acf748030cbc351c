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
    print(f"{label:<62} {wall:7.2f} wall    {cpu:7.2f} CPU      target <= {TARGET_RATIO}{'  met' if met else '  NOT MET'}")


def bench_check(tmp: Path) -> dict:
    from guide.checks import check_flow
    from guide.parse import parse_flow

    cards = {"nl": {"presentie"}, "en": {"presentie"}}
    inside, whole = {}, {}
    env = bench_env(tmp)
    for n in SIZES:
        data = flow_yaml(n).encode()

        def load_and_check(data=data):
            flow, problems, refs = parse_flow("bench.yaml", data)
            problems += check_flow(flow, refs, cards, {"bench"})
            assert not problems, problems[:3]

        inside[n] = timed(load_and_check)
        path = tmp / f"bench-{n}" / "bench.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

        def vet(done, n=n):
            assert done.returncode == 0, (n, done.stdout[-500:], done.stderr[-500:])

        whole[n] = timed_command(command() + ["check", str(path)], env, check=vet)
    for n in SIZES:
        line(f"parse+check {n:,} steps (in process)", *inside[n],
             f"< {TARGET_S * 1000:.0f} ms" if n == 2000 else "-", inside[n][0] < TARGET_S if n == 2000 else None)
    _ratio("  ratio 4,000 / 2,000 (in process)", inside[2000], inside[4000])
    for n in SIZES:
        line(f"bindkracht check FILE, {n:,} steps (whole command)", *whole[n],
             f"< {TARGET_S * 1000:.0f} ms" if n == 2000 else "-", whole[n][0] < TARGET_S if n == 2000 else None)
    _ratio("  ratio 4,000 / 2,000 (whole command)", whole[2000], whole[4000])
    empty = tmp / "empty.yaml"
    empty.write_text(flow_yaml(4))
    line("bindkracht check FILE, 4 steps (start-up and shipped flows)",
         *timed_command(command() + ["check", str(empty)], env), "-")
    return inside
