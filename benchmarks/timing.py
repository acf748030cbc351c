"""Timing helpers shared by the store and core benchmarks: wall and CPU time, in and out of process."""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(fn, repeat: int = 5) -> tuple[float, float]:
    """Median (wall, CPU) seconds of calling fn in this process."""
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        cpus.append(time.process_time() - c)
        walls.append(time.perf_counter() - w)
    return statistics.median(walls), statistics.median(cpus)


def command() -> list[str]:
    """`bindkracht` as a user starts it: the installed script beside this Python, else `python -m guide`."""
    script = Path(sys.executable).with_name("bindkracht")
    if script.exists():
        return [str(script)]
    found = shutil.which("bindkracht")
    return [found] if found else [sys.executable, "-m", "guide"]


def run_command(args: list[str], env: dict) -> tuple[float, float, subprocess.CompletedProcess]:
    """One whole command, process start to exit: (wall s, CPU s of the child, result)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done


def timed_command(args: list[str], env: dict, repeat: int = 5, check=None) -> tuple[float, float]:
    """Median (wall, CPU) of a whole command run `repeat` times; `check(result)` vets each run."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu, done = run_command(args, env)
        if check is not None:
            check(done)
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


def bench_env(tmp: Path) -> dict:
    """A user's environment, without the settings or flows of the person running the benchmark: folders
    found the usual way (XDG), a settings file that picks English, byte code cached as after installing."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("BINDKRACHT_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    config = tmp / "xdg-config" / "bindkracht"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.toml").write_text('lang = "en"\n', encoding="utf-8")
    return dict(env, XDG_CONFIG_HOME=str(tmp / "xdg-config"), XDG_DATA_HOME=str(tmp / "xdg-data"))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def line(label: str, wall: float, cpu: float, target: str, met: bool | None = None) -> None:
    """One figure: wall and CPU time beside each other, then the target and whether it is met."""
    verdict = "" if met is None else ("  met" if met else "  NOT MET")
    print(f"{label:<62} {ms(wall)} wall {ms(cpu)} CPU   target {target}{verdict}")
